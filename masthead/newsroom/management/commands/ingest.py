"""`masthead ingest [--source ID]`: fetch sources now, with a progress bar."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from masthead.newsroom.models import Source
from masthead.newsroom.services import IngestResult, ingest_source


class Command(BaseCommand):
    help = "Fetch sources now and store their new articles."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--source", type=int, action="append", metavar="ID",
                            help="Only this source (repeatable). Default: every active source.")

    def handle(self, *args: Any, **options: Any) -> None:
        results = ingest_with_progress(options["source"], Console(file=cast(IO[str], self.stdout)))
        failed = [r for r in results if r.error]
        new = sum(r.new for r in results)
        self.stdout.write(
            "%d sources, %d new articles, %d updated, %d failed sources"
            % (len(results), new, sum(r.updated for r in results), len(failed))
        )
        for result in failed:
            self.stderr.write("source %d: %s" % (result.source_id, result.error))


def ingest_with_progress(source_ids: list[int] | None, console: Console) -> list[IngestResult]:
    sources = Source.objects.filter(is_active=True).order_by("id")
    if source_ids:
        sources = Source.objects.filter(pk__in=source_ids).order_by("id")
        missing = set(source_ids) - {s.pk for s in sources}
        if missing:
            raise CommandError(
                "no source with id %s (see `masthead sources list`)"
                % ", ".join(str(i) for i in sorted(missing))
            )
    results = []
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=not console.is_terminal,
        disable=not console.is_terminal,
    ) as progress:
        for source in sources:
            task_id = progress.add_task((source.name or source.url)[:40], total=None)

            def report(done: int, total: int, task_id: Any = task_id) -> None:
                progress.update(task_id, completed=done, total=total)

            results.append(ingest_source(source, progress=report))
    return results
