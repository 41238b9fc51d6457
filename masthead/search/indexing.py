"""Keep the search index in step with the articles.

Signals only note which articles changed; the index is written once per article after the
transaction that changed it commits (`transaction.on_commit`), so an article saved and then
given its authors and tags in one transaction (as `newsroom.persist` does) is indexed once, with
its tags, and a rolled-back change is never indexed. Index writes are local database writes.

Writes that bypass signals (QuerySet.update, bulk_create of m2m links) call
`schedule_reindex(ids)` themselves; `masthead search-reindex` rebuilds everything.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable
from functools import partial
from typing import Any

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete

from masthead.newsroom.models import Article, Author, Tag
from masthead.search.backends import backend_for
from masthead.search.documents import BATCH_SIZE, all_article_id_batches, documents_for

_local = threading.local()


def _pending(using: str) -> set[int]:
    by_alias: dict[str, set[int]] = _local.__dict__.setdefault("by_alias", {})
    return by_alias.setdefault(using, set())


def schedule_reindex(article_ids: Iterable[int], using: str = DEFAULT_DB_ALIAS) -> None:
    """Re-index these articles (or drop them from the index) once the transaction commits."""
    ids = {int(pk) for pk in article_ids if pk is not None}
    if not ids:
        return
    _pending(using).update(ids)
    # One callback per call; the first to run takes every pending id and the rest find none.
    # Ids noted in a transaction that rolled back are harmless: they are re-read from the
    # database at the next flush, like any other.
    transaction.on_commit(partial(flush, using), using=using, robust=True)


def flush(using: str = DEFAULT_DB_ALIAS) -> None:
    pending = _pending(using)
    ids = set(pending)
    pending.clear()
    if ids:
        sync_articles(ids, using)


def sync_articles(article_ids: Collection[int], using: str = DEFAULT_DB_ALIAS) -> None:
    """Write the current documents of `article_ids`; drop the rows of those that are gone."""
    backend = backend_for(using)
    ordered = sorted(article_ids)
    for start in range(0, len(ordered), BATCH_SIZE):
        batch = ordered[start:start + BATCH_SIZE]
        with transaction.atomic(using=using):
            documents = documents_for(batch, using)
            found = {document.article_id for document in documents}
            backend.write(documents, [pk for pk in batch if pk not in found])


def rebuild(using: str = DEFAULT_DB_ALIAS,
            progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Re-index every article; (articles indexed, stale rows removed).

    Each batch is its own transaction and replaces rows in place, so searching keeps working
    while the rebuild runs and an interrupted rebuild leaves a usable index.
    """
    backend = backend_for(using)
    total = Article.objects.using(using).count()
    done = 0
    if progress:
        progress(done, total)
    for batch in all_article_id_batches(using):
        sync_articles(batch, using)
        done += len(batch)
        if progress:
            progress(done, max(total, done))
    with transaction.atomic(using=using):
        removed = backend.delete_orphans()
    backend.optimise()
    return done, removed


def reconcile(using: str = DEFAULT_DB_ALIAS) -> None:
    """Index articles the index lacks and drop rows of deleted ones (cheap when in step).

    Runs after `migrate` (the first migrate of an existing database fills the index) and after
    Django's test flush, which empties the article table but not the index.
    """
    backend = backend_for(using)
    if not backend.schema_exists():
        return
    with transaction.atomic(using=using):
        backend.delete_orphans()
    missing = backend.unindexed_article_ids()
    if missing:
        sync_articles(missing, using)


# Signal receivers, connected by SearchConfig.ready().

def _article_saved(sender: type[Model], instance: Article, using: str, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        schedule_reindex([instance.pk], using)


def _article_deleted(sender: type[Model], instance: Article, using: str, **kwargs: Any) -> None:
    schedule_reindex([instance.pk], using)


def _links_changed(sender: type[Model], instance: Model, action: str, reverse: bool,
                   pk_set: set[int] | None, using: str, **kwargs: Any) -> None:
    """article.tags/authors changed (reverse=False) or tag/author.articles changed (True)."""
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            schedule_reindex([instance.pk], using)
        return
    if action in ("post_add", "post_remove") and pk_set:
        schedule_reindex(pk_set, using)
    elif action == "pre_clear":
        # After the clear the links are gone: note the articles while they can be found.
        schedule_reindex(_article_ids_of(instance, using), using)


def _name_saved(sender: type[Model], instance: Author | Tag, created: bool, using: str,
                update_fields: frozenset[str] | None, **kwargs: Any) -> None:
    """A renamed author or tag changes the documents of its articles."""
    if created or kwargs.get("raw"):
        return
    if update_fields is not None and "name" not in update_fields:
        return
    schedule_reindex(_article_ids_of(instance, using), using)


def _name_deleted(sender: type[Model], instance: Author | Tag, using: str,
                  **kwargs: Any) -> None:
    # The cascade deletes the links without an m2m signal: note the articles beforehand.
    schedule_reindex(_article_ids_of(instance, using), using)


def _article_ids_of(instance: Model, using: str) -> list[int]:
    if instance.pk is None:
        return []
    return list(
        Article.objects.using(using).filter(**{_link_field(instance): instance.pk})
        .values_list("pk", flat=True)
    )


def _link_field(instance: Model) -> str:
    return "tags" if isinstance(instance, Tag) else "authors"


def _migrated(sender: Any, using: str = DEFAULT_DB_ALIAS, **kwargs: Any) -> None:
    reconcile(using)


def connect_signals() -> None:
    uid = "masthead.search.%s"
    post_save.connect(_article_saved, sender=Article, dispatch_uid=uid % "article_saved")
    post_delete.connect(_article_deleted, sender=Article, dispatch_uid=uid % "article_deleted")
    for through in (Article.tags.through, Article.authors.through):
        m2m_changed.connect(_links_changed, sender=through,
                            dispatch_uid=uid % ("links_" + through.__name__))
    for model in (Author, Tag):
        post_save.connect(_name_saved, sender=model, dispatch_uid=uid % ("saved_" + model.__name__))
        pre_delete.connect(_name_deleted, sender=model,
                           dispatch_uid=uid % ("deleted_" + model.__name__))


def connect_post_migrate(sender: Any) -> None:
    post_migrate.connect(_migrated, sender=sender, dispatch_uid="masthead.search.migrated")
