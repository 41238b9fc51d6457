import threading

from masthead.pipeline.politeness import HostThrottle


class FakeClock:
    """A deterministic clock: sleeping advances time instead of waiting."""

    def __init__(self) -> None:
        self.now = 0.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


def test_same_host_is_spaced_other_hosts_are_not() -> None:
    clock = FakeClock()
    throttle = HostThrottle(2.0, clock=clock, sleep=clock.sleep)
    assert throttle.wait("https://a.example/1") == 0
    assert throttle.wait("https://b.example/1") == 0
    assert throttle.wait("https://a.example/2") == 2.0
    assert clock.now == 2.0


def test_exempt_hosts_and_zero_delay_never_wait() -> None:
    clock = FakeClock()
    throttle = HostThrottle(
        5.0, exempt=frozenset({"127.0.0.1:8701"}), clock=clock, sleep=clock.sleep
    )
    for _ in range(3):
        assert throttle.wait("http://127.0.0.1:8701/x") == 0
        assert throttle.wait("http://fixture.test:9/x", exempt=frozenset({"fixture.test:9"})) == 0
    assert HostThrottle(0).wait("https://a.example/") == 0


def test_threads_get_distinct_slots() -> None:
    throttle = HostThrottle(0.05)
    waits: list[float] = []
    lock = threading.Lock()

    def hit() -> None:
        waited = throttle.wait("https://a.example/")
        with lock:
            waits.append(waited)

    threads = [threading.Thread(target=hit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(round(w, 2) for w in waits)[-1] >= 0.14
