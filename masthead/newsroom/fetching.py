"""Build the guarded fetcher and the politeness throttle from settings, at call time."""

from __future__ import annotations

from django.conf import settings

from masthead.pipeline.fetch import Fetcher, FetchPolicy
from masthead.pipeline.politeness import HostThrottle


def fetch_policy() -> FetchPolicy:
    config = settings.MASTHEAD
    return FetchPolicy(
        allow_private=config["MASTHEAD_FETCH_ALLOW_PRIVATE"],
        allowed_hosts=frozenset(config["MASTHEAD_FETCH_ALLOWED_HOSTS"]),
        deadline=config["MASTHEAD_FETCH_DEADLINE"],
        max_bytes=config["MASTHEAD_FETCH_MAX_BYTES"],
        max_redirects=config["MASTHEAD_FETCH_MAX_REDIRECTS"],
        user_agent=config["MASTHEAD_FETCH_USER_AGENT"],
    )


def make_fetcher() -> Fetcher:
    return Fetcher(fetch_policy())


_throttle: HostThrottle | None = None


def host_throttle() -> HostThrottle:
    """The process-wide throttle; hosts an operator allowed explicitly are trusted fixtures."""
    global _throttle
    config = settings.MASTHEAD
    if _throttle is None or _throttle.delay != config["MASTHEAD_HOST_DELAY"]:
        _throttle = HostThrottle(
            config["MASTHEAD_HOST_DELAY"],
            exempt=frozenset(config["MASTHEAD_FETCH_ALLOWED_HOSTS"]),
        )
    return _throttle
