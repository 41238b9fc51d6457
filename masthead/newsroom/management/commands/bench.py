"""`masthead bench NAME [options]`: run a benchmark from benchmarks/ in a fresh process.

Each benchmark runs with its own throwaway database, so it never touches the portal's data.
"""

from __future__ import annotations

import os
import subprocess
import sys
from argparse import REMAINDER, ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

BENCHMARKS = Path(__file__).resolve().parents[4] / "benchmarks"


def available() -> list[str]:
    if not BENCHMARKS.is_dir():
        return []
    return sorted(p.stem for p in BENCHMARKS.glob("*.py") if not p.stem.startswith("_"))


class Command(BaseCommand):
    help = "Run a benchmark (see benchmarks/); the last line of its output is JSON."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("name", help="Benchmark name: %s" % ", ".join(available()))
        parser.add_argument("options", nargs=REMAINDER, help="Options for the benchmark.")

    def handle(self, *args: Any, **options: Any) -> None:
        names = available()
        if options["name"] not in names:
            raise CommandError(
                "unknown benchmark %r; choose from: %s"
                % (options["name"], ", ".join(names) or "(none: benchmarks/ is missing)")
            )
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(BENCHMARKS.parent), env.get("PYTHONPATH", "")])
        )
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks." + options["name"], *options["options"]],
            env=env, cwd=BENCHMARKS.parent, check=False,
        )
        if done.returncode != 0:
            raise CommandError("benchmark %s failed (exit %d)" % (options["name"], done.returncode))
