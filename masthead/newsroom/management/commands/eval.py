"""`masthead eval extraction|injection`: quality figures on the shared evaluation data.

- extraction: Masthead beside plain trafilatura on both extraction sets.
- injection: brand phrases injected into clean Wikinews and WCXB articles by our generator;
  the detector's recall, leak and false-positive rates, alone and with the per-source learner.
"""

from __future__ import annotations

import json
import random
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from masthead.evaluation.extraction import evaluate_trafilatura_set, evaluate_wcxb
from masthead.pipeline.integrity.generator import evaluate, load_eval_articles

INJECTION_GOALS = {"recall": ">= 0.97", "leak": "<= 0.02", "fp_clean": "<= 0.01",
                   "text_f1": "(higher is better)"}
DEFAULT_DATA = Path(__file__).resolve().parents[4].parent / "shared" / "data"


class Command(BaseCommand):
    help = "Evaluate a pipeline step on the shared evaluation data (extraction)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("what", choices=["extraction", "injection"])
        parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                            help="The shared data folder (default: ../shared/data).")
        parser.add_argument("--limit", type=int, default=None, help="Pages per set.")
        parser.add_argument("--seed", type=int, default=2025, help="Injection generator seed.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["what"] == "injection":
            self.evaluate_injection(options["data"], options["limit"], options["seed"])
            return
        data: Path = options["data"]
        sets = {
            "trafilatura-eval": data / "extraction" / "trafilatura-eval",
            "wcxb-dev-articles": data / "extraction" / "wcxb-dev-articles",
        }
        missing = [str(path) for path in sets.values() if not path.is_dir()]
        if missing:
            raise CommandError("evaluation data not found: %s (pass --data DIR)"
                               % ", ".join(missing))
        summary: dict[str, Any] = {"evaluation": "extraction"}
        snippets = evaluate_trafilatura_set(sets["trafilatura-eval"], options["limit"])
        self.stdout.write("trafilatura-eval (snippet precision / recall / F1, ms per page):")
        for name, score in snippets.items():
            self.stdout.write("  %-12s %.3f / %.3f / %.3f  %.1f ms  (%d pages)" % (
                name, score.precision, score.recall, score.f1, score.ms_per_page, score.pages))
            summary["trafilatura_eval_f1_" + name] = round(score.f1, 4)
        words = evaluate_wcxb(sets["wcxb-dev-articles"], options["limit"])
        self.stdout.write("wcxb-dev-articles (mean bag-of-words F1 per page, ms per page):")
        for name, score in words.items():
            self.stdout.write("  %-12s %.3f  %.1f ms  (%d pages)" % (
                name, score.mean_page_f1, score.ms_per_page, score.pages))
            summary["wcxb_f1_" + name] = round(score.mean_page_f1, 4)
        self.stdout.write(json.dumps(summary, sort_keys=True))

    def evaluate_injection(self, data: Path, limit: int | None, seed: int) -> None:
        articles = load_eval_articles(data, wcxb_limit=limit)
        if not articles:
            raise CommandError("evaluation data not found under %s (pass --data DIR)" % data)
        figures = evaluate(articles, random.Random(seed))
        self.stdout.write("injection, %d clean articles (seed %d):" % (len(articles), seed))
        for name, goal in INJECTION_GOALS.items():
            for suffix in ("", "_learner"):
                key = name + suffix
                if key in figures:
                    self.stdout.write("  %-24s %.4f   goal %s" % (key, figures[key], goal))
        shown = {name + suffix for name in INJECTION_GOALS for suffix in ("", "_learner")}
        for key in sorted(set(figures) - shown):
            value = figures[key]
            counted = key.startswith(("pages", "clean_pages"))
            self.stdout.write("  %-24s %s" % (key, "%d" % value if counted else "%.4f" % value))
        summary = {"evaluation": "injection", "articles": len(articles), "seed": seed}
        summary.update({key: round(value, 4) for key, value in figures.items()})
        self.stdout.write(json.dumps(summary, sort_keys=True))
