"""Fixed-window request limits kept in Django's cache.

The counters live in the default cache. With one process (the laptop setup) that is exact; with
several web processes the cache must be shared (Redis, Memcached) for the limits to be global,
otherwise each process enforces them on its own share of the traffic.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int  # seconds until the current window ends


def hit(scope: str, key: str, rate: tuple[int, int]) -> Verdict:
    """Count one request for `key` under `scope`; allowed while within `rate` (count, seconds)."""
    limit, period = rate
    now = time.time()
    window = int(now // period)
    cache_key = "masthead:rate:%s:%s:%d" % (scope, key, window)
    cache.add(cache_key, 0, timeout=period + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # the counter expired between add and incr
        cache.set(cache_key, 1, timeout=period + 1)
        count = 1
    retry_after = max(1, int((window + 1) * period - now))
    return Verdict(allowed=count <= limit, retry_after=retry_after)


def client_address(request: HttpRequest) -> str:
    """The peer address. Behind a proxy this is the proxy's unless it rewrites REMOTE_ADDR."""
    return str(request.META.get("REMOTE_ADDR") or "unknown")
