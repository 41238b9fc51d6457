"""Reactions: one per reader and article.

Reacting with another kind switches the reader's reaction; reacting again with the same kind
changes nothing. Repeating a click (a double click, a resent form) is therefore harmless, and
the count a reader sees goes up once.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone

from masthead.readers.models import Reaction

KINDS: tuple[str, ...] = tuple(Reaction.Kind.values)


@dataclass(frozen=True)
class ReactionButton:
    kind: str
    label: str
    count: int
    pressed: bool


def react(article_id: int, reader_id: str, kind: str) -> None:
    """Record `reader_id`'s reaction of `kind` (one of KINDS); two statements, race-safe."""
    if kind not in KINDS:
        raise ValueError("unknown reaction kind %r" % kind)
    now = timezone.now()
    Reaction.objects.filter(article_id=article_id, reader=reader_id).exclude(kind=kind).update(
        kind=kind, created_at=now
    )
    # Inserts only when the reader has no reaction yet; the unique constraint settles races.
    Reaction.objects.bulk_create(
        [Reaction(article_id=article_id, reader=reader_id, kind=kind, created_at=now)],
        ignore_conflicts=True,
    )


def reaction_counts(article_id: int) -> dict[str, int]:
    """Every kind's count for one article (zeros included): one query, the same for all readers."""
    counts = dict.fromkeys(KINDS, 0)
    rows = (Reaction.objects.filter(article_id=article_id).values_list("kind")
            .annotate(total=Count("id")).order_by())
    for kind, total in rows:
        if kind in counts:
            counts[kind] = total
    return counts


def reader_reaction(article_id: int, reader_id: str | None) -> str | None:
    """The kind this reader chose for the article, if any (the per-reader part of the page)."""
    if reader_id is None:
        return None
    return (Reaction.objects.filter(article_id=article_id, reader=reader_id)
            .values_list("kind", flat=True).first())


def reaction_buttons(counts: dict[str, int], mine: str | None) -> list[ReactionButton]:
    labels = dict(Reaction.Kind.choices)
    return [ReactionButton(kind, str(labels[kind]), counts.get(kind, 0), kind == mine)
            for kind in KINDS]
