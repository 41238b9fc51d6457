"""`masthead demo --no-serve` builds the demo through the real pipeline, idempotently."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.support.httpserver import closed_port
from tests.test_cli import cli_env, run  # noqa: F401 (cli_env is a fixture)


def test_demo_twice_leaves_the_counts_unchanged(cli_env: dict[str, str]) -> None:  # noqa: F811
    port = str(closed_port())
    first = run(["demo", "--no-serve", "--outlets-port", port], cli_env, timeout=300)
    assert first.returncode == 0, first.stderr
    stats = json.loads(run(["stats", "--json"], cli_env).stdout)
    assert stats["articles"] >= 100
    assert stats["sources"] >= 5
    assert stats["sections"] >= 6
    assert stats["authors"] >= 10

    second = run(["demo", "--no-serve", "--outlets-port", port], cli_env, timeout=300)
    assert second.returncode == 0, second.stderr
    assert json.loads(run(["stats", "--json"], cli_env).stdout) == stats

    database = Path(cli_env["MASTHEAD_DATA_DIR"]) / "masthead.sqlite3"
    with sqlite3.connect(database) as db:
        kinds = {kind for (kind,) in db.execute("SELECT kind FROM newsroom_source")}
        bios = db.execute("SELECT COUNT(*) FROM newsroom_author WHERE bio != ''").fetchone()[0]
        empty = db.execute(
            "SELECT COUNT(*) FROM newsroom_article WHERE length(text) < 200"
        ).fetchone()[0]
        credited = db.execute(
            "SELECT COUNT(*) FROM newsroom_article WHERE contributors != ''"
        ).fetchone()[0]
    assert kinds == {"feed", "sitemap"}
    assert bios >= 10
    assert empty == 0
    assert credited >= 10
