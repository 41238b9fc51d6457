"""`masthead eval extraction`: extraction quality beside plain trafilatura, on the shared data."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from masthead.evaluation.extraction import evaluate_trafilatura_set, evaluate_wcxb

DEFAULT_DATA = Path(__file__).resolve().parents[4].parent / "shared" / "data"


class Command(BaseCommand):
    help = "Evaluate a pipeline step on the shared evaluation data (extraction)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("what", choices=["extraction"])
        parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                            help="The shared data folder (default: ../shared/data).")
        parser.add_argument("--limit", type=int, default=None, help="Pages per set.")

    def handle(self, *args: Any, **options: Any) -> None:
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
