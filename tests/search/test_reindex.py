"""Rebuilding and repairing the index: `masthead search-reindex` and the post-migrate check."""

from __future__ import annotations

import re
from collections.abc import Callable
from io import StringIO

import pytest
from django.core.management import call_command

from masthead.newsroom.models import Article
from masthead.search.backends import backend_for
from masthead.search.documents import Document
from masthead.search.indexing import reconcile
from masthead.search.query import parse
from masthead.search.service import Filters, SearchResults

pytestmark = pytest.mark.django_db


def found(words: str) -> int:
    return SearchResults(parse(words), Filters()).count()


def break_the_index(articles: list[Article]) -> None:
    """Lose every article's row and keep one for an article that does not exist."""
    ghost = Document(article_id=10**9, title="Ghost ship", summary="", body="", people="",
                     tags="")
    backend_for().write([ghost], [article.pk for article in articles])


def test_search_reindex_rebuilds_with_a_summary_line(make_article: Callable[..., Article]
                                                     ) -> None:
    articles = [make_article("Canal lock %d" % n, "Barges wait at the lock.") for n in range(3)]
    break_the_index(articles)
    assert found("canal") == 0
    out = StringIO()
    call_command("search-reindex", stdout=out)
    assert found("canal") == 3 and found("barges") == 3
    assert backend_for().indexed_count() == 3
    assert re.fullmatch(r"%s: 3 articles indexed, 1 stale entries removed in \d+\.\ds\n"
                        % backend_for().name, out.getvalue())


def test_reconcile_indexes_what_is_missing_and_drops_ghosts(
        make_article: Callable[..., Article]) -> None:
    articles = [make_article("Canal lock %d" % n) for n in range(2)]
    break_the_index(articles[:1])
    assert found("canal") == 1
    reconcile()
    assert found("canal") == 2
    assert backend_for().indexed_count() == 2


def test_migrate_repairs_the_index(make_article: Callable[..., Article]) -> None:
    """`migrate` (and Django's test flush) send post_migrate; the index is checked then."""
    from django.core.management.sql import emit_post_migrate_signal

    articles = [make_article("Canal lock %d" % n) for n in range(2)]
    break_the_index(articles)
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert found("canal") == 2 and found("ghost") == 0
