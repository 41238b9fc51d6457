"""With MASTHEAD_REDIS_URL the shared cache is Redis: versions and pages cross machines."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from masthead.site import caching
from tests.site.newsdesk import Desk, build_desk

pytestmark = pytest.mark.django_db

REDIS_SERVER = shutil.which("redis-server")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (.ci/run installs it)")
    port = _free_port()
    folder: Path = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)
        yield "redis://127.0.0.1:%d/0" % port
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture
def redis_caches(redis_url: str) -> Iterator[None]:
    shared = {"BACKEND": "django.core.cache.backends.redis.RedisCache",
              "LOCATION": redis_url, "KEY_PREFIX": "masthead"}
    pages = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
             "LOCATION": "masthead-pages-redis-test"}
    with override_settings(CACHES={"default": shared, "pages": pages}):
        for cache in caches.all():
            cache.clear()
        yield
        for cache in caches.all():
            cache.clear()


def test_settings_choose_redis_from_the_environment(redis_url: str) -> None:
    script = ("from django.conf import settings; from masthead.site import caching; "
              "print(settings.CACHES['default']['BACKEND']); caching.bump_site_version(); "
              "print(caching.versions(caching.SITE)[0])")
    done = subprocess.run(
        [sys.executable, "-m", "masthead", "shell", "-c", script],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "MASTHEAD_REDIS_URL": redis_url},
    )
    assert done.returncode == 0, done.stderr
    backend, token = done.stdout.split()[-2:]
    assert backend == "django.core.cache.backends.redis.RedisCache"
    # This process, pointed at the same Redis, sees the version the other one set.
    with override_settings(CACHES={"default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url,
            "KEY_PREFIX": "masthead"}}):
        assert caching.versions(caching.SITE) == [token]


@pytest.mark.usefixtures("redis_caches")
def test_pages_are_shared_and_invalidated_through_redis() -> None:
    desk: Desk = build_desk()
    item = desk.articles[0]
    crawler = "Mozilla/5.0 (compatible; Googlebot/2.1)"
    first = Client(HTTP_USER_AGENT=crawler).get(item.get_absolute_url())
    # Another process has an empty memory: it finds the page in Redis.
    caches["pages"].clear()
    again = Client(HTTP_USER_AGENT=crawler).get(item.get_absolute_url())
    assert again["ETag"] == first["ETag"]
    item.title = "Renamed through Redis"
    item.save()
    after = Client(HTTP_USER_AGENT=crawler).get(item.get_absolute_url())
    assert "Renamed through Redis" in after.content.decode()
