"""Find sources that are due and hand them to the task queue, once each.

Several schedulers (one per `masthead worker`) may run at once: a source is claimed by moving
its `next_fetch_at` forward with a conditional UPDATE, which only one of them can win.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone

from masthead.newsroom.models import Source
from masthead.newsroom.tasks import fetch_source

logger = logging.getLogger(__name__)

# While a fetch is queued or running, the source is not due again for this long; if the worker
# dies, the source comes back after it.
CLAIM_SECONDS = 900


def claim_due_sources(limit: int = 50) -> list[int]:
    """Claim up to `limit` due sources; return their ids."""
    now = timezone.now()
    claimed: list[int] = []
    candidates = Source.objects.filter(is_active=True, next_fetch_at__lte=now).order_by(
        "next_fetch_at"
    )
    for source_id, due_at in candidates.values_list("id", "next_fetch_at")[:limit]:
        won = Source.objects.filter(pk=source_id, next_fetch_at=due_at).update(
            next_fetch_at=now + timedelta(seconds=CLAIM_SECONDS)
        )
        if won:
            claimed.append(source_id)
    return claimed


def enqueue_due_sources(limit: int = 50) -> list[int]:
    """Claim due sources and enqueue a fetch for each once the claim is committed."""
    with transaction.atomic():
        claimed = claim_due_sources(limit)
        for source_id in claimed:
            transaction.on_commit(partial(fetch_source.enqueue, source_id))
    if claimed:
        logger.info("Enqueued %d due sources", len(claimed))
    return claimed
