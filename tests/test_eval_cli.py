"""`masthead eval extraction` prints Masthead beside trafilatura on both shared sets."""

from __future__ import annotations

import json
from pathlib import Path

from tests.shared_data import shared_data_path, shared_data_root
from tests.test_cli import assert_one_clear_line, cli_env, run  # noqa: F401


def test_eval_extraction_small_sample(cli_env: dict[str, str]) -> None:  # noqa: F811
    shared_data_path("extraction/wcxb-dev-articles")
    shared_data_path("extraction/trafilatura-eval")
    done = run(["eval", "extraction", "--limit", "5", "--data", str(shared_data_root())],
               cli_env)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    for key in ("trafilatura_eval_f1_masthead", "trafilatura_eval_f1_trafilatura",
                "wcxb_f1_masthead", "wcxb_f1_trafilatura"):
        assert 0.5 <= summary[key] <= 1.0
    assert "(5 pages)" in done.stdout


def test_eval_without_data_says_so(cli_env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    assert_one_clear_line(run(["eval", "extraction", "--data", str(tmp_path)], cli_env),
                          "evaluation data not found")


def test_eval_injection_meets_the_goals_with_the_learner(cli_env: dict[str, str]) -> None:  # noqa: F811
    shared_data_path("news/wikinews-en-2019-2020")
    done = run(["eval", "injection", "--limit", "0", "--data", str(shared_data_root())],
               cli_env, timeout=300)
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["articles"] >= 290
    assert figures["recall_learner"] >= 0.97
    assert figures["leak_learner"] <= 0.02
    assert figures["fp_clean"] <= 0.01
    assert "goal >= 0.97" in done.stdout
