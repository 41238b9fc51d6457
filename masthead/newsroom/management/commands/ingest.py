"""`masthead ingest [--source ID]`: fetch sources now, with a progress bar."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console

from masthead.newsroom.models import Source
from masthead.newsroom.progress import ingest_with_progress


class Command(BaseCommand):
    help = "Fetch sources now and store their new articles."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--source", type=int, action="append", metavar="ID",
                            help="Only this source (repeatable). Default: every active source.")

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=cast(IO[str], self.stdout))
        results = ingest_with_progress(sources_to_ingest(options["source"]), console)
        failed = [r for r in results if r.error]
        new = sum(r.new for r in results)
        self.stdout.write(
            "%d sources, %d new articles, %d updated, %d failed sources"
            % (len(results), new, sum(r.updated for r in results), len(failed))
        )
        for result in failed:
            self.stderr.write("source %d: %s" % (result.source_id, result.error))


def sources_to_ingest(source_ids: list[int] | None) -> list[Source]:
    if not source_ids:
        return list(Source.objects.filter(is_active=True).order_by("id"))
    sources = list(Source.objects.filter(pk__in=source_ids).order_by("id"))
    missing = set(source_ids) - {s.pk for s in sources}
    if missing:
        raise CommandError(
            "no source with id %s (see `masthead sources list`)"
            % ", ".join(str(i) for i in sorted(missing))
        )
    return sources
