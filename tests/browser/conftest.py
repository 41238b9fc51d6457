"""Browser tests: the demo portal built once, served by the production server, read by Chromium.

The site runs in subprocesses (`masthead demo --no-serve`, then `masthead serve`) on its own
data folder, so these tests use no test database: they run in the SQLite pass only (the
PostgreSQL pass selects `-m django_db`). Debian's Chromium is driven by Playwright's sync API;
without /usr/bin/chromium the tests skip (CI installs it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.support import ADMIN_PATH, ROOT, DemoSite
from tests.support.httpserver import closed_port

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
# A reader's browser: a "HeadlessChrome" user agent would rightly be counted as a bot.
READER_AGENT = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/131.0.0.0 Safari/537.36")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Chromium against the served demo site")


def masthead(args: list[str], env: dict[str, str], timeout: float) -> str:
    done = subprocess.run([sys.executable, "-m", "masthead", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        pytest.fail("masthead %s failed:\n%s%s" % (args[0], done.stdout[-2000:],
                                                     done.stderr[-4000:]))
    return done.stdout


def wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail("masthead serve exited:\n" + log.read_text(errors="replace")[-4000:])
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail("masthead serve did not answer %s within 30 s" % url)


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's Chromium at %s (apt-get install chromium)"
                    % CHROMIUM)
    pytest.importorskip("playwright.sync_api", reason="browser tests need playwright")
    return CHROMIUM


@pytest.fixture(scope="session")
def demo_site(chromium_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSite]:
    """The demo built into a fresh data folder and served by `masthead serve`."""
    data = tmp_path_factory.mktemp("browser-site")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(MASTHEAD_DATA_DIR=str(data), MASTHEAD_TASK_BACKEND="database",
               MASTHEAD_ADMIN_PATH=ADMIN_PATH, MASTHEAD_DEBUG="false", PYTHONPATH=str(ROOT))
    masthead(["demo", "--no-serve", "--outlets-port", str(closed_port())], env, timeout=300)
    output = masthead(
        ["shell", "-c", "from tests.browser.site_setup import main; main()"], env, timeout=60
    )
    facts = json.loads(output.strip().splitlines()[-1])

    port = closed_port()
    log = data / "serve.log"
    with log.open("wb") as log_file:
        server = subprocess.Popen(
            [sys.executable, "-m", "masthead", "serve", "--host", "127.0.0.1", "--port",
             str(port), "--workers", "1", "--threads", "4"],
            cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT,
        )
    site = DemoSite("http://127.0.0.1:%d" % port, facts)
    try:
        wait_until_up(site.url("/healthz"), server, log)
        yield site
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(chromium_path),
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_context(browser: Any) -> Iterator[Callable[..., Any]]:
    """Open browser contexts (a reader each: own cookies, clock zone, screen); closed after."""
    opened: list[Any] = []

    def open_context(**options: Any) -> Any:
        options.setdefault("user_agent", READER_AGENT)
        options.setdefault("viewport", {"width": 1280, "height": 900})
        options.setdefault("timezone_id", "UTC")
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        opened.append(context)
        return context

    yield open_context
    for context in opened:
        context.close()


@pytest.fixture
def page(new_context: Callable[..., Any]) -> Any:
    return new_context().new_page()
