"""Per-host politeness: never hit one host more often than once per `delay` seconds."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit


class HostThrottle:
    """Spaces requests to the same host; safe to share between threads of one process.

    Workers on several machines each keep their own throttle; the scheduler spreads sources
    over time, so the combined rate per host stays low.
    """

    def __init__(
        self,
        delay: float,
        exempt: frozenset[str] = frozenset(),
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = delay
        self.exempt = exempt
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}

    def wait(self, url: str, exempt: frozenset[str] = frozenset()) -> float:
        """Block until `url`'s host may be contacted; return the seconds waited.

        Hosts in `exempt` (host:port, e.g. an operator's own fixture server) are not spaced.
        """
        host = urlsplit(url).netloc.lower()
        if self.delay <= 0 or host in self.exempt or host in exempt:
            return 0.0
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self.delay
        waited = slot - now
        if waited > 0:
            self._sleep(waited)
        return waited
