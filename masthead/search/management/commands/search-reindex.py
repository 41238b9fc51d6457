"""`masthead search-reindex`: rebuild the full-text search index, with a progress bar."""

from __future__ import annotations

import time
from typing import IO, Any, cast

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from masthead.search.backends import backend_for
from masthead.search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the full-text search index from the stored articles."

    def handle(self, *args: Any, **options: Any) -> None:
        using = DEFAULT_DB_ALIAS
        try:
            backend = backend_for(using)
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from None
        if not backend.schema_exists():
            raise CommandError("the search index does not exist yet: run `masthead migrate`")
        console = Console(file=cast(IO[str], self.stdout))
        started = time.monotonic()
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), console=console, disable=not console.is_terminal,
        ) as progress:
            task_id = progress.add_task("indexing articles", total=None)

            def report(done: int, total: int) -> None:
                progress.update(task_id, completed=done, total=total)

            indexed, removed = rebuild(using, progress=report)
        self.stdout.write(
            "%s: %d articles indexed, %d stale entries removed in %.1fs"
            % (backend.name, indexed, removed, time.monotonic() - started)
        )
