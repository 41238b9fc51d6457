"""The `masthead` command as a user runs it: real processes, real servers, clear errors."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.httpserver import FixtureServer, RecordedRequest, Reply, closed_port

ARTICLES = 8


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "masthead", *args],
        env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["MASTHEAD_DATA_DIR"] = str(tmp_path / "data")
    env["MASTHEAD_TASK_BACKEND"] = "database"
    return env


def assert_one_clear_line(done: subprocess.CompletedProcess, *needles: str) -> None:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1, message
    for needle in needles:
        assert needle in message


def test_refused_address_is_one_clear_line(cli_env: dict[str, str]) -> None:
    assert run(["migrate", "-v", "0"], cli_env).returncode == 0
    done = run(["sources", "add", "http://127.0.0.1:9/"], cli_env)
    assert_one_clear_line(done, "refused", "127.0.0.1")


def test_user_mistakes_never_print_tracebacks(cli_env: dict[str, str], tmp_path: Path) -> None:
    assert run(["migrate", "-v", "0"], cli_env).returncode == 0
    assert_one_clear_line(run(["sources", "import", str(tmp_path / "absent.opml")], cli_env),
                          "absent.opml")
    (tmp_path / "bad.opml").write_text("<opml><body><outline")
    assert_one_clear_line(run(["sources", "import", str(tmp_path / "bad.opml")], cli_env),
                          "bad.opml")
    assert_one_clear_line(run(["sources", "add", "ftp://example.com/feed"], cli_env), "ftp")
    assert_one_clear_line(run(["sources", "add", "not a url"], cli_env), "not a url")
    closed = "127.0.0.1:%d" % closed_port()
    unreachable = dict(cli_env, MASTHEAD_FETCH_ALLOWED_HOSTS=closed)
    assert_one_clear_line(run(["sources", "add", "http://%s/feed" % closed], unreachable), closed)
    assert_one_clear_line(run(["ingest", "--source", "999"], cli_env), "999")
    assert_one_clear_line(run(["bench", "no-such-benchmark"], cli_env), "unknown benchmark")
    bad_setting = dict(cli_env, MASTHEAD_FETCH_DEADLINE="soon")
    assert_one_clear_line(run(["stats"], bad_setting), "MASTHEAD_FETCH_DEADLINE")


def slow_outlet() -> FixtureServer:
    """A feed of ARTICLES items whose pages take 0.3 s each, so ingestion can be interrupted."""
    server = FixtureServer()
    items = "".join(
        "<item><title>Ferry crossing number %d resumes</title><link>/a/%d.html</link>"
        "<guid>slow-%d</guid><pubDate>Mon, 07 Apr 2025 0%d:00:00 +0000</pubDate></item>"
        % (i, i, i, i) for i in range(ARTICLES)
    )
    server.add("/feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Slow '
               "Outlet</title>%s</channel></rss>" % items,
               headers={"Content-Type": "application/rss+xml"})

    def page(request: RecordedRequest) -> Reply:
        time.sleep(0.3)
        number = request.path.rsplit("/", 1)[-1].split(".")[0]
        body = "".join(
            "<p>The ferry on crossing %s carried passengers again this morning after weeks of "
            "repairs to the landing stage, paragraph %d of the report.</p>" % (number, p)
            for p in range(6)
        )
        return 200, {"Content-Type": "text/html"}, (
            "<html><head><title>Ferry %s</title></head><body><article><h1>Ferry crossing %s "
            "resumes</h1>%s</article></body></html>" % (number, number, body)
        )

    for i in range(ARTICLES):
        server.add("/a/%d.html" % i, page)
    return server


def article_rows(data_dir: Path) -> list[tuple[str, str]]:
    try:
        with sqlite3.connect(data_dir / "masthead.sqlite3", timeout=5) as db:
            return db.execute("SELECT guid, canonical_url FROM newsroom_article").fetchall()
    except sqlite3.OperationalError:
        return []


def test_worker_killed_half_way_loses_and_duplicates_nothing(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    with slow_outlet() as server:
        env = dict(cli_env, MASTHEAD_FETCH_ALLOWED_HOSTS=server.host_port,
                   MASTHEAD_FETCH_WORKERS="1")
        assert run(["migrate", "-v", "0"], env).returncode == 0
        added = run(["sources", "add", server.url("/feed.xml")], env)
        assert added.returncode == 0, added.stderr
        process = subprocess.Popen(
            [sys.executable, "-m", "masthead", "ingest"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        data_dir = Path(env["MASTHEAD_DATA_DIR"])
        deadline = time.monotonic() + 60
        while len(article_rows(data_dir)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        interrupted = len(article_rows(data_dir))
        assert 2 <= interrupted < ARTICLES

        resumed = run(["ingest"], env)
        assert resumed.returncode == 0, resumed.stderr
        rows = article_rows(data_dir)
        # RSS guids are permalinks unless marked otherwise, so they come back as URLs.
        assert sorted(guid.rsplit("/", 1)[-1] for guid, _ in rows) == sorted(
            "slow-%d" % i for i in range(ARTICLES)
        )
        assert len({url for _, url in rows}) == ARTICLES
        again = run(["stats", "--json"], env)
        assert '"articles": %d' % ARTICLES in again.stdout
