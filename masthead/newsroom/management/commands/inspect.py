"""`masthead inspect [--json] PATH|URL ...`: what is the real article, and what was done to it.

Reads HTML, gzipped HTML and plain-text files (folders recursively) and URLs (through the
guarded fetcher). Needs no database. With --json, one JSON object per input per line.
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser, ArgumentTypeError
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from masthead.config.declared import parse_process_count
from masthead.newsroom.fetching import make_fetcher
from masthead.pipeline.fetch import FetchError
from masthead.pipeline.inspection import InputError, PageReport, inspect_many
from masthead.pipeline.parallel import process_pool

MAX_FILE_BYTES = 50 * 1024 * 1024


def expand(paths: list[str]) -> Iterator[str]:
    """Inputs in order: URLs as given, files as given, folders as their files (sorted)."""
    for item in paths:
        if item.startswith(("http://", "https://")):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file())
        else:
            yield item


def read_inputs(items: list[str]) -> Iterator[tuple[str, bytes] | InputError]:
    fetcher = None
    try:
        for item in items:
            if item.startswith(("http://", "https://")):
                fetcher = fetcher or make_fetcher()
                try:
                    yield item, fetcher.get(item).content
                except FetchError as exc:
                    yield InputError(str(exc))
                continue
            path = Path(item)
            try:
                if path.stat().st_size > MAX_FILE_BYTES:
                    yield InputError("%s: larger than %d bytes" % (item, MAX_FILE_BYTES))
                    continue
                yield item, path.read_bytes()
            except OSError as exc:
                yield InputError("%s: %s" % (item, exc.strerror or exc))
    finally:
        if fetcher is not None:
            fetcher.close()


def _process_count(value: str) -> int:
    try:
        return parse_process_count(value)
    except ValueError:
        raise ArgumentTypeError(
            "expected 'auto' or a number of processes, got %r" % value) from None


class Command(BaseCommand):
    help = "Inspect pages or text files: article, metadata, injected spam, boilerplate, copies."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("inputs", nargs="+", metavar="PATH|URL")
        parser.add_argument("--json", action="store_true", help="One JSON object per line.")
        parser.add_argument(
            "--processes", type=_process_count, default=None,
            help="Worker processes for extraction (default: MASTHEAD_EXTRACT_PROCESSES, "
            "one per CPU); 0 or 1 works in this process.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        items = list(expand(options["inputs"]))
        readable: list[tuple[str, bytes]] = []
        errors: list[InputError] = []
        for entry in read_inputs(items):
            if isinstance(entry, InputError):
                errors.append(entry)
            else:
                readable.append(entry)
        processes = options["processes"]
        if processes is None:
            processes = settings.MASTHEAD["MASTHEAD_EXTRACT_PROCESSES"]
        console = Console(file=sys.stderr)
        with Progress(
            TextColumn("inspecting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=console, disable=not console.is_terminal, transient=True,
        ) as bar:
            task_id = bar.add_task("inspect", total=len(readable))

            def report(done: int, total: int) -> None:
                bar.update(task_id, completed=done, total=total)

            results = inspect_many(readable, process_pool(processes), report)
        for result in results:
            if isinstance(result, InputError):
                errors.append(result)
            elif options["json"]:
                self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))
            else:
                self.show(result)
        if errors and not readable:
            if len(errors) == 1:
                raise CommandError(str(errors[0]))
            for error in errors:
                self.stderr.write("masthead inspect: %s" % error)
            raise CommandError("nothing could be inspected")
        for error in errors:
            self.stderr.write("masthead inspect: %s" % error)

    def show(self, report: PageReport) -> None:
        console = Console(file=cast(IO[str], self.stdout), highlight=False, soft_wrap=True)
        integrity = report.integrity
        console.print("[bold]%s[/bold]" % escape(report.source))
        console.print("  [cyan]title[/cyan]     %s" % escape(report.title))
        console.print("  [cyan]by[/cyan]        %s" % escape(", ".join(report.authors) or "-"))
        if report.contributors:
            console.print("  [cyan]credit[/cyan]    %s" % escape(", ".join(report.contributors)))
        console.print("  [cyan]published[/cyan] %s" % (report.published or "-"))
        console.print("  [cyan]site[/cyan]      %s   [cyan]section[/cyan] %s" % (
            escape(report.site_name or "-"), escape(report.section or "-")))
        if report.tags:
            console.print("  [cyan]tags[/cyan]      %s" % escape(", ".join(report.tags)))
        console.print("  [cyan]text[/cyan]      %d words" % len(report.text.split()))
        for found in integrity["injected"]:
            console.print("  [red]injected[/red]  %r in %s, %d times" % (
                found["phrase"], found["where"], found["count"]))
        for error in integrity["copy_errors"]:
            console.print("  [yellow]copy desk[/yellow] %s: %r -> %r" % (
                error["kind"], error["text"], error["suggestion"]))
        if integrity["copy_of"]:
            console.print("  [magenta]copy of[/magenta]   %s" % escape(integrity["copy_of"]))
        removed = ", ".join(
            "%s (%d)" % (kind, len(items)) for kind, items in integrity["boilerplate"].items()
        )
        console.print("  [dim]removed   %s[/dim]" % escape(removed or "-"))
