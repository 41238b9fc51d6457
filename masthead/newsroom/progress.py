"""Ingest sources with a rich progress bar on a terminal (and quietly elsewhere)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from masthead.newsroom.models import Source
from masthead.newsroom.services import IngestResult, ingest_source
from masthead.pipeline.fetch import Fetcher


def ingest_with_progress(
    sources: Iterable[Source], console: Console, fetcher: Fetcher | None = None
) -> list[IngestResult]:
    results = []
    with Progress(
        TextColumn("{task.description:<30}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=console, disable=not console.is_terminal,
    ) as progress:
        for source in sources:
            task_id = progress.add_task((source.name or source.url)[:30], total=None)

            def report(done: int, total: int, task_id: Any = task_id) -> None:
                progress.update(task_id, completed=done, total=total)

            results.append(ingest_source(source, fetcher=fetcher, progress=report))
    return results
