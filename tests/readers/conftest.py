from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site.newsdesk import clear_caches


@pytest.fixture(autouse=True)
def empty_caches() -> Iterator[None]:
    """Rate limits, read windows and cached pages live in caches: every test starts afresh."""
    clear_caches()
    yield
    clear_caches()
