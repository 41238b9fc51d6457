"""Sources, worker and serve through the `masthead` command, as an operator uses them."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.newsroom.conftest import OUTLET, conditional_feed
from tests.support.httpserver import FixtureServer, closed_port
from tests.test_cli import cli_env, run  # noqa: F401 (cli_env is a fixture)

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Editors' list</title></head><body>
  <outline text="Local"><outline text="Lakemoor Courier" type="rss" xmlUrl="%s"/></outline>
  <outline text="Tech"><outline text="Gadget Gazette" type="rss"
    xmlUrl="https://gadgets.example/feed" htmlUrl="https://gadgets.example/"/></outline>
</body></opml>"""


def courier() -> FixtureServer:
    server = FixtureServer(directory=OUTLET)
    server.add("/feed.xml", conditional_feed)
    return server


def test_opml_round_trip_and_list(cli_env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    assert run(["migrate", "-v", "0"], cli_env).returncode == 0
    opml = tmp_path / "list.opml"
    opml.write_bytes(OPML % b"https://courier.example/feed.xml")
    imported = run(["sources", "import", str(opml)], cli_env)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 sources" in imported.stdout
    again = run(["sources", "import", str(opml)], cli_env)
    assert "Imported 0 sources (2 already followed)" in again.stdout

    exported = run(["sources", "export"], cli_env)
    assert exported.returncode == 0
    assert 'xmlUrl="https://gadgets.example/feed"' in exported.stdout
    assert 'text="Tech"' in exported.stdout or 'title="Tech"' in exported.stdout

    listed = json.loads(run(["sources", "list", "--json"], cli_env).stdout)
    assert {row["url"] for row in listed} == {"https://courier.example/feed.xml",
                                              "https://gadgets.example/feed"}
    assert {row["section"] for row in listed} == {"Local", "Tech"}
    assert {row["health"] for row in listed} == {"new"}


def test_worker_batch_runs_due_sources(cli_env: dict[str, str]) -> None:  # noqa: F811
    with courier() as server:
        env = dict(cli_env, MASTHEAD_FETCH_ALLOWED_HOSTS=server.host_port)
        assert run(["migrate", "-v", "0"], env).returncode == 0
        assert run(["sources", "add", server.url("/"), "--section", "Local"], env).returncode == 0
        worked = run(["worker", "--batch"], env)
        assert worked.returncode == 0, worked.stderr
        stats = json.loads(run(["stats", "--json"], env).stdout)
        assert stats["articles"] == 4
        listed = json.loads(run(["sources", "list", "--json"], env).stdout)
        assert listed[0]["health"] == "ok" and listed[0]["articles"] == 4
        # Nothing is due any more: a second batch fetches nothing.
        server.requests.clear()
        assert run(["worker", "--batch"], env).returncode == 0
        assert not server.requests


def test_serve_answers_pages_and_static_files(cli_env: dict[str, str]) -> None:  # noqa: F811
    assert run(["migrate", "-v", "0"], cli_env).returncode == 0
    port = closed_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "masthead", "serve", "--port", str(port), "--workers", "1"],
        env=cli_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        base = "http://127.0.0.1:%d" % port
        deadline = time.monotonic() + 30
        while True:
            try:
                home = httpx.get(base + "/", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert home.status_code == 200
        assert "masthead sources add" in home.text
        css = httpx.get(base + "/static/site/site.css", timeout=5)
        assert css.status_code == 200 and "text/css" in css.headers["content-type"]
        assert httpx.get(base + "/article/no-such-thing/", timeout=5).status_code == 404
        assert httpx.get(base + "/", headers={"Host": "evil.example"}, timeout=5).status_code == 400
    finally:
        process.terminate()
        process.communicate(timeout=15)
