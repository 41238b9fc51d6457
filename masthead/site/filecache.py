"""The shared cache of a one-machine install: Django's file cache, culled now and then.

Django's FileBasedCache lists its whole folder on every write to decide whether to cull,
so a write costs more the more entries there are (0.5 ms at 100 entries, 12 ms at 5,000,
measured by `masthead bench serve`): counting reads, one key per reader and article, became
the article page's bottleneck. Here the folder is listed on one write in CULL_EVERY, which
keeps the number of entries bounded (at most MAX_ENTRIES plus CULL_EVERY between culls)
at a small fraction of the cost. Culling may drop any entry; a dropped version token only
makes the pages it keyed render again.
"""

from __future__ import annotations

import random

from django.core.cache.backends.filebased import FileBasedCache

CULL_EVERY = 64


class SampledCullFileCache(FileBasedCache):
    def _cull(self) -> None:
        if random.randrange(CULL_EVERY) == 0:
            super()._cull()  # type: ignore[misc]


__all__ = ["CULL_EVERY", "SampledCullFileCache"]
