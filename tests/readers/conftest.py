from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def empty_caches() -> Iterator[None]:
    """Rate limits, read windows and cached pages live in caches: every test starts afresh."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()
