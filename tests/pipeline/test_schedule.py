import random
from datetime import UTC, datetime, timedelta

from masthead.pipeline.schedule import adaptive_interval, backoff_delay

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def test_hourly_source_is_checked_every_half_hour() -> None:
    stamps = [T0 - timedelta(hours=h) for h in range(10)]
    assert adaptive_interval(stamps, 3600, 600, 86400) == 1800


def test_interval_is_clamped_to_bounds() -> None:
    busy = [T0 - timedelta(seconds=30 * i) for i in range(10)]
    quiet = [T0 - timedelta(days=7 * i) for i in range(5)]
    assert adaptive_interval(busy, 3600, 600, 86400) == 600
    assert adaptive_interval(quiet, 3600, 600, 86400) == 86400


def test_without_enough_dates_the_current_interval_stays() -> None:
    assert adaptive_interval([T0], 5000, 600, 86400) == 5000
    assert adaptive_interval([T0, T0], 5000, 600, 86400) == 5000


def test_backoff_grows_and_is_capped() -> None:
    rng = random.Random(1)
    delays = [backoff_delay(n, 600, 86400, rng=rng) for n in range(1, 12)]
    assert 540 <= delays[0] <= 660
    assert delays[3] > delays[2] > delays[1] > delays[0]
    assert max(delays) <= 86400
    assert delays[-1] >= 86400 * 0.9


def test_retry_after_is_honoured_when_longer() -> None:
    assert backoff_delay(1, 600, 86400, retry_after=7200) == 7200
    assert backoff_delay(5, 600, 86400, retry_after=10) > 600
