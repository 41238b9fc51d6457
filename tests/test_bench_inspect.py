"""`masthead bench inspect`: a table, then one JSON line with the ratio to plain trafilatura."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.shared_data import shared_data_path
from tests.test_cli import cli_env, run  # noqa: F401


@pytest.mark.shared_data
def test_bench_inspect_prints_the_ratio_last(cli_env: dict[str, str]) -> None:  # noqa: F811
    folder = shared_data_path("extraction/trafilatura-eval")
    done = run(["bench", "inspect", "--data", str(folder), "--limit", "4", "--rounds", "1"],
               cli_env, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert any(line.startswith("masthead inspect") for line in lines)
    result = json.loads(lines[-1])
    assert result["benchmark"] == "inspect" and result["pages"] == 4
    assert result["ratio"] > 0 and result["target_ratio"] == 0.8
    assert result["trafilatura_pages_per_s"] > 0 and result["masthead_pages_per_s"] > 0


def test_bench_inspect_without_its_data_says_so(
    cli_env: dict[str, str], tmp_path: Path  # noqa: F811
) -> None:
    done = run(["bench", "inspect", "--data", str(tmp_path / "absent")], cli_env)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "absent" in done.stderr
