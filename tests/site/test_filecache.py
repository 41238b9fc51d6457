"""The one-machine shared cache stays bounded while most writes skip listing its folder."""

from __future__ import annotations

import random
from pathlib import Path

from masthead.site.filecache import CULL_EVERY, SampledCullFileCache


def test_entries_stay_bounded_and_readable(tmp_path: Path) -> None:
    random.seed(20261129)  # when culls come is random: fix it, so the bound is not luck
    cache = SampledCullFileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 50}})
    for number in range(2000):
        cache.set("key-%d" % number, number)
    entries = len(list(tmp_path.glob("*.djcache")))
    # Culls come at random, about one write in CULL_EVERY; each drops a third of the entries.
    assert entries <= 50 + 8 * CULL_EVERY
    assert cache.get("key-1999") == 1999
    assert cache.add("fresh", 1) and not cache.add("fresh", 2)
