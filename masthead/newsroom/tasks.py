"""Background tasks (Django's task API through django-tasks); thin wrappers over services."""

from __future__ import annotations

from django_tasks import task

from masthead.newsroom.models import Source
from masthead.newsroom.services import ingest_source


@task(queue_name="fetch")
def fetch_source(source_id: int) -> dict[str, object]:
    """Fetch one source and persist its articles; a missing or paused source is a no-op."""
    source = Source.objects.filter(pk=source_id, is_active=True).first()
    if source is None:
        return {"source_id": source_id, "skipped": True}
    result = ingest_source(source)
    return {
        "source_id": source_id,
        "new": result.new,
        "updated": result.updated,
        "failed": result.failed,
        "error": result.error,
    }
