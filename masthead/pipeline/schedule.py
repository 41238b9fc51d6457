"""When to fetch a source next: adaptive intervals and error back-off, as pure arithmetic."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from statistics import median


def adaptive_interval(
    published: Sequence[datetime], current: float, minimum: float, maximum: float
) -> float:
    """Seconds until the next fetch, from how often the source publishes.

    Half the median gap between the most recent items: a source that publishes hourly is
    checked every half hour. Without enough dates, keep the current interval. Always clamped.
    """
    stamps = sorted(published, reverse=True)[:20]
    if len(stamps) < 2:
        return _clamp(current, minimum, maximum)
    gaps = [(a - b).total_seconds() for a, b in zip(stamps, stamps[1:], strict=False)]
    positive = [gap for gap in gaps if gap > 0]
    if not positive:
        return _clamp(current, minimum, maximum)
    return _clamp(median(positive) / 2, minimum, maximum)


def backoff_delay(
    errors: int,
    minimum: float,
    maximum: float,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait after `errors` consecutive failures: exponential, jittered, capped.

    A server's Retry-After is honoured even above the cap: it said when it wants us back.
    """
    exponent = max(errors - 1, 0)
    base = min(maximum, minimum * (2**exponent))
    jitter = (rng or random).uniform(0.9, 1.1)
    delay = min(maximum, base * jitter)
    if retry_after is not None and retry_after > delay:
        return retry_after
    return delay


def _clamp(value: float, minimum: float, maximum: float) -> float:
    return max(minimum, min(maximum, value))
