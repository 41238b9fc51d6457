"""Copies across sources, in the database: each near-duplicate points at its original.

The pure side (signatures, LSH band keys, choosing the original) is `pipeline.copies`; this
module stores an article's band keys, finds the stored articles sharing one, and links the
whole group to one original: the version of a source an editor marked as original, else the
earliest published. Copies join the original's story, so readers see one story, not several.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from masthead.newsroom.models import Article, CopyBand
from masthead.newsroom.signals import articles_changed
from masthead.pipeline.copies import (
    COPY_THRESHOLD,
    Version,
    band_keys,
    decode,
    pick_original,
    signature_bytes,
    similarity,
)


def index_signature(article: Article, data: bytes | None = None) -> bytes:
    """Store the article's signature and band keys; return the signature (empty when short).

    `data` is the signature when it was computed already (in an extraction worker)."""
    if data is None:
        data = signature_bytes(article.text)
    if bytes(article.signature or b"") != data:
        Article.objects.filter(pk=article.pk).update(signature=data)
        article.signature = data
        CopyBand.objects.filter(article=article).delete()
        if data:
            CopyBand.objects.bulk_create(
                [CopyBand(article=article, key=key) for key in band_keys(decode(data))]
            )
    return data


def near_copies(article: Article) -> list[Article]:
    """Stored articles of other sources whose text is a near-duplicate of this one's."""
    data = bytes(article.signature or b"")
    if not data:
        return []
    sig = decode(data)
    keys = band_keys(sig)
    candidates = (
        Article.objects.filter(copy_bands__key__in=keys)
        .exclude(pk=article.pk)
        .exclude(source_id=article.source_id)
        .select_related("source")
        .distinct()
    )
    return [
        other for other in candidates
        if similarity(sig, decode(bytes(other.signature))) >= COPY_THRESHOLD
    ]


@transaction.atomic
def link_copies(article: Article, signature: bytes | None = None) -> Article | None:
    """Link the article's copy group to one original; return the original when there is one."""
    index_signature(article, signature)
    matches = near_copies(article)
    if not matches:
        if article.copy_of_id is not None:
            Article.objects.filter(pk=article.pk).update(copy_of=None)
            article.copy_of = None
            articles_changed.send(sender=Article, ids=[article.pk])
        return None
    roots = {article.pk} | {m.copy_of_id or m.pk for m in matches} | {m.pk for m in matches}
    if article.copy_of_id:
        roots.add(article.copy_of_id)
    group = list(
        Article.objects.filter(Q(pk__in=roots) | Q(copy_of__in=roots))
        .select_related("source", "story")
    )
    original = _original_of(group)
    # The group shares one story; articles without one yet get it from `storylinks`.
    story = original.story or next((a.story for a in group if a.story is not None), None)
    copies = [member.pk for member in group if member.pk != original.pk]
    Article.objects.filter(pk__in=copies).update(copy_of=original, story=story)
    Article.objects.filter(pk=original.pk).update(copy_of=None, story=story)
    Article.objects.filter(pk__in=copies, original_url="").update(original_url=original.url)
    article.refresh_from_db(fields=["copy_of", "story", "original_url"])
    changed = [member.pk for member in group]
    transaction.on_commit(lambda: articles_changed.send(sender=Article, ids=changed))
    return original


def _original_of(group: list[Article]) -> Article:
    by_key = {str(member.pk): member for member in group}
    chosen = pick_original(
        [
            Version(str(member.pk), member.published_at, member.source.is_original)
            for member in group
        ]
    )
    return by_key[chosen.key]
