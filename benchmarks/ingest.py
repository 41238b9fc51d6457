"""Benchmark: the whole ingestion pipeline beside plain trafilatura on the same pages.

Serves the pages of trafilatura's evaluation set from loopback behind a sitemap, ingests them
through Masthead's pipeline (guarded fetch, sitemap parse, extract, sanitise, persist to a
throwaway SQLite database), and times `trafilatura.extract` on the same pages in the same run.
Prints pages per second for both and their ratio; the last line is JSON.

    masthead bench ingest [--data DIR] [--limit N] [--rounds R]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks._support import DEFAULT_DATA, StaticSite, print_result, quiet_django, require_folder
from masthead.evaluation.extraction import trafilatura_eval_pages


def load_pages(folder: Path, limit: int | None) -> dict[str, bytes]:
    """Page name -> HTML, in the evaluation set's order (the name keeps served paths readable)."""
    index = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    return {
        index[url]["file"]: html for url, html, _, _ in trafilatura_eval_pages(folder, limit)
    }


def time_trafilatura(pages: dict[str, bytes], base_url: str) -> float:
    import trafilatura

    started = time.perf_counter()
    for name, html in pages.items():
        trafilatura.extract(html, url=base_url + "/p/" + name)
    return time.perf_counter() - started


def time_pipeline(pages: dict[str, bytes]) -> tuple[float, int]:
    from dataclasses import replace

    from masthead.newsroom.fetching import fetch_policy
    from masthead.newsroom.models import Article, Source
    from masthead.newsroom.services import add_source, ingest_source
    from masthead.pipeline.fetch import Fetcher

    Article.objects.all().delete()
    Source.objects.all().delete()
    site: dict[str, tuple[str, bytes]] = {
        "/p/" + name: ("text/html", html) for name, html in pages.items()
    }
    with StaticSite(site) as server:
        urls = "".join(
            "<url><loc>%s</loc></url>" % escape(server.base_url + path) for path in site
        )
        site["/sitemap.xml"] = (
            "application/xml",
            ('<?xml version="1.0" encoding="UTF-8"?><urlset '
             'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % urls).encode(),
        )
        policy = replace(fetch_policy(), allowed_hosts=frozenset({server.host_port}))
        with Fetcher(policy) as fetcher:
            started = time.perf_counter()
            source = add_source(server.base_url + "/sitemap.xml", fetcher=fetcher)
            result = ingest_source(source, fetcher=fetcher)
            elapsed = time.perf_counter() - started
    return elapsed, result.new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="masthead bench ingest", description=__doc__)
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA / "extraction" / "trafilatura-eval"
    )
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N pages.")
    parser.add_argument("--rounds", type=int, default=3, help="Alternating rounds (median).")
    parser.add_argument(
        "--processes", default="auto",
        help="MASTHEAD_EXTRACT_PROCESSES for the pipeline: auto (one per CPU) or a number; "
        "0 extracts in the ingesting process, like the single-threaded baseline.",
    )
    args = parser.parse_args(argv)
    folder = require_folder(args.data, "trafilatura's evaluation set")
    with tempfile.TemporaryDirectory(prefix="masthead-bench-") as data_dir:
        quiet_django(data_dir)
        os.environ["MASTHEAD_EXTRACT_PROCESSES"] = args.processes
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        pages = load_pages(folder, args.limit)
        if not pages:
            raise SystemExit("no pages found in %s" % folder)
        print("pages: %d (%.1f MB of HTML)" % (len(pages), sum(map(len, pages.values())) / 1e6))
        baseline_rates, pipeline_rates, stored = [], [], 0
        for round_number in range(1, args.rounds + 1):
            base_seconds = time_trafilatura(pages, "http://127.0.0.1")
            pipe_seconds, stored = time_pipeline(pages)
            baseline_rates.append(len(pages) / base_seconds)
            pipeline_rates.append(len(pages) / pipe_seconds)
            print("round %d: trafilatura.extract %.1f pages/s, masthead ingest %.1f pages/s "
                  "(%d stored)" % (round_number, baseline_rates[-1], pipeline_rates[-1], stored))
    baseline = statistics.median(baseline_rates)
    pipeline = statistics.median(pipeline_rates)
    print_result({
        "benchmark": "ingest",
        "pages": len(pages),
        "stored": stored,
        "trafilatura_pages_per_s": round(baseline, 2),
        "masthead_pages_per_s": round(pipeline, 2),
        "ratio": round(pipeline / baseline, 3),
        "target_ratio": 0.75,
        "rounds": args.rounds,
        "extract_processes": args.processes,
        "cpus": os.cpu_count(),
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
