"""`masthead inspect` on HTML, gzipped HTML and plain text, without a database."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from masthead.demo import build_site, scraper_ground_truth
from tests.test_cli import assert_one_clear_line, cli_env, run  # noqa: F401

TEXTDUMPS = Path(__file__).parent / "pipeline" / "testdata" / "textdump"


def page_at(prefix: str) -> bytes:
    return next(body for path, (_, body) in build_site().items() if path.startswith(prefix))


def test_inspect_json_lines(cli_env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    truth = scraper_ground_truth()[0]
    (tmp_path / "copy.html").write_bytes(page_at(truth["copy_path"]))
    (tmp_path / "original.html.gz").write_bytes(gzip.compress(page_at(truth["original_path"])))
    dump = sorted(p for p in TEXTDUMPS.glob("*") if not p.name.endswith(".json"))[0]
    (tmp_path / "dump.txt").write_bytes(dump.read_bytes())

    done = run(["inspect", "--json", str(tmp_path)], cli_env)
    assert done.returncode == 0, done.stderr
    rows = {Path(row["source"]).name: row for row in map(json.loads, done.stdout.splitlines())}
    assert set(rows) == {"copy.html", "original.html.gz", "dump.txt"}
    for row in rows.values():
        assert set(row) >= {"source", "title", "authors", "contributors", "published",
                            "site_name", "section", "tags", "language", "text", "integrity"}
        assert set(row["integrity"]) == {"injected", "boilerplate", "copy_errors", "copy_of"}

    copy, original = rows["copy.html"], rows["original.html.gz"]
    assert copy["title"] == original["title"] == truth["original_title"]
    assert truth["phrase"] not in copy["text"]
    assert any(i["phrase"] == truth["phrase"] for i in copy["integrity"]["injected"])
    assert {e["text"] for e in copy["integrity"]["copy_errors"]} >= {"He he", "in in"}
    assert copy["integrity"]["copy_of"] == str(tmp_path / "original.html.gz")
    assert original["integrity"]["copy_of"] is None
    assert original["published"] == truth["original_published"]
    assert "\n\n" in original["text"]
    assert "share" in original["integrity"]["boilerplate"]
    assert rows["dump.txt"]["title"]


def test_inspect_reports_unreadable_inputs(cli_env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    assert_one_clear_line(run(["inspect", str(tmp_path / "absent.html")], cli_env), "absent.html")
    (tmp_path / "ok.txt").write_text("Harbour news\n\nThe ferry ran on time again today.\n")
    mixed = run(["inspect", str(tmp_path / "ok.txt"), str(tmp_path / "absent.html")], cli_env)
    assert mixed.returncode == 0
    assert "absent.html" in mixed.stderr and "Traceback" not in mixed.stderr
    refused = run(["inspect", "http://127.0.0.1:9/page"], cli_env)
    assert refused.returncode != 0 and "refused" in refused.stderr


def test_worker_processes_change_nothing_but_speed() -> None:
    from masthead.pipeline.inspection import PageReport, inspect_many
    from masthead.pipeline.parallel import process_pool

    site = build_site()
    inputs = [("http://127.0.0.1:8701" + path, body) for path, (kind, body) in site.items()
              if path.endswith(".html") and "/20" in path][:24]
    alone = inspect_many(inputs)
    told: list[tuple[int, int]] = []
    pooled = inspect_many(inputs, process_pool(2), lambda done, total: told.append((done, total)))
    assert len(alone) == len(pooled) == len(inputs)
    assert told == [(done, len(inputs)) for done in range(1, len(inputs) + 1)]
    for one, other in zip(alone, pooled, strict=True):
        assert isinstance(one, PageReport) and isinstance(other, PageReport)
        assert one.as_dict() == other.as_dict()
