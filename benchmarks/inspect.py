"""Benchmark: `masthead inspect` beside plain trafilatura on the same pages.

Reads the pages of trafilatura's evaluation set, then, in alternating rounds, times
`trafilatura.extract` on every page and `inspect_many` on all of them in one batch, as
`masthead inspect FOLDER` does (extraction, boilerplate report, injected-spam detection with
the per-site learner, copy-desk checks, copy linking). trafilatura runs in this one process;
inspect extracts in worker processes as `masthead inspect` does by default (one per CPU;
`--processes 1` makes it single process against single process).
trafilatura is given the HTML already decompressed; inspect is given the files' bytes as they
are on disk (gzip) and pays for decompressing them. Prints a table of pages per second (median
of the rounds) and, as the last line, JSON with `ratio`, the median of the rounds' ratios.

    masthead bench inspect [--data DIR] [--limit N] [--rounds R] [--processes N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import time
from pathlib import Path

from benchmarks._support import DEFAULT_DATA, print_result, require_folder

TARGET_RATIO = 0.8
# Enough pages to start the worker processes before the timed rounds.
POOL_WARMUP = 16


def load_files(folder: Path, limit: int | None) -> list[tuple[str, bytes]]:
    """(path, gzipped bytes) of the evaluation pages, in the evaluation set's order."""
    index = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    files: list[tuple[str, bytes]] = []
    for entry in index.values():
        for sub in ("eval", "cache"):
            path = folder / sub / (entry["file"] + ".gz")
            if path.exists():
                files.append((str(path), path.read_bytes()))
                break
        if limit is not None and len(files) >= limit:
            break
    return files


def time_trafilatura(pages: list[bytes]) -> float:
    import trafilatura

    started = time.perf_counter()
    for html in pages:
        trafilatura.extract(html)
    return time.perf_counter() - started


def time_inspect(files: list[tuple[str, bytes]], processes: int) -> tuple[float, list[object]]:
    from masthead.pipeline.inspection import inspect_many
    from masthead.pipeline.parallel import process_pool

    started = time.perf_counter()
    reports: list[object] = list(inspect_many(files, process_pool(processes)))
    return time.perf_counter() - started, reports


def time_copy_desk(reports: list[object]) -> tuple[float, int]:
    """The copy-desk checks alone, again, on the inspected articles: their share of the time."""
    from masthead.pipeline import copydesk
    from masthead.pipeline.inspection import PageReport

    articles = [report for report in reports if isinstance(report, PageReport)]
    started = time.perf_counter()
    errors = 0
    for report in articles:
        desk = copydesk.check(report.title, report.text, language=report.language,
                              section=report.section, tags=report.tags)
        errors += len(desk.errors)
    return time.perf_counter() - started, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="masthead bench inspect", description=__doc__)
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA / "extraction" / "trafilatura-eval"
    )
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N pages.")
    parser.add_argument("--rounds", type=int, default=3, help="Alternating rounds (median).")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1,
                        help="Extraction processes for inspect, as `masthead inspect` uses by "
                        "default (one per CPU); 1 compares one process with one.")
    args = parser.parse_args(argv)
    if args.rounds < 1 or (args.limit is not None and args.limit < 1):
        parser.error("--rounds and --limit must be at least 1")
    folder = require_folder(args.data, "trafilatura's evaluation set")
    files = load_files(folder, args.limit)
    if not files:
        raise SystemExit("no pages found in %s" % folder)
    pages = [gzip.decompress(data) for _, data in files]
    print("pages: %d (%.1f MB of HTML)" % (len(pages), sum(map(len, pages)) / 1e6))

    # One warm-up page each, so that neither side pays for first imports in a round.
    time_trafilatura(pages[:1])
    time_inspect(files[:POOL_WARMUP], args.processes)
    baseline_rates, inspect_rates = [], []
    reports: list[object] = []
    for round_number in range(1, args.rounds + 1):
        base_seconds = time_trafilatura(pages)
        inspect_seconds, reports = time_inspect(files, args.processes)
        baseline_rates.append(len(pages) / base_seconds)
        inspect_rates.append(len(files) / inspect_seconds)
        print("round %d: trafilatura.extract %.1f pages/s, masthead inspect %.1f pages/s"
              % (round_number, baseline_rates[-1], inspect_rates[-1]))
    desk_seconds, desk_errors = time_copy_desk(reports)
    baseline = statistics.median(baseline_rates)
    inspected = statistics.median(inspect_rates)
    # Each round times both sides back to back, under the same load from other processes:
    # the median of the rounds' own ratios is steadier than a ratio of medians.
    ratio = statistics.median(
        mine / theirs for mine, theirs in zip(inspect_rates, baseline_rates, strict=True)
    )
    print()
    print("%-28s %12s %14s" % ("", "pages/s", "ms/page"))
    print("%-28s %12.1f %14.1f" % ("trafilatura.extract", baseline, 1000 / baseline))
    print("%-28s %12.1f %14.1f" % ("masthead inspect", inspected, 1000 / inspected))
    print("%-28s %12s %14.2f" % ("  of which copy desk", "", 1000 * desk_seconds / len(files)))
    print("%-28s %12.3f %14s" % ("ratio (target >= %.1f)" % TARGET_RATIO, ratio, ""))
    print_result({
        "benchmark": "inspect",
        "pages": len(files),
        "trafilatura_pages_per_s": round(baseline, 2),
        "masthead_pages_per_s": round(inspected, 2),
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "copy_desk_ms_per_page": round(1000 * desk_seconds / len(files), 2),
        "copy_errors": desk_errors,
        "rounds": args.rounds,
        "inspect_processes": args.processes,
        "processes": 1,
        "cpus": os.cpu_count(),
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
