"""Searching: a reader's words and filters -> ranked, highlighted results, page by page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import overload

from django.db import DEFAULT_DB_ALIAS
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.safestring import SafeString

from masthead.newsroom.models import Article
from masthead.search.backends import SearchBackend, backend_for
from masthead.search.highlight import marked_html
from masthead.search.query import ParsedQuery

# What a result shows; the long columns (text, html) stay in the database.
RESULT_FIELDS = ("pk", "slug", "title", "site_name", "published_at", "section__name",
                 "section__slug")


@dataclass(frozen=True)
class Filters:
    section: str = ""  # section slug
    tag: str = ""  # tag slug
    source: int | None = None  # source id
    published_from: date | None = None  # first day, inclusive
    published_to: date | None = None  # last day, inclusive


@dataclass(frozen=True)
class Result:
    article: Article
    title_html: SafeString
    snippet_html: SafeString


def candidate_articles(filters: Filters, using: str = DEFAULT_DB_ALIAS) -> QuerySet[Article]:
    """The articles a search may return: visible originals that pass the filters (a copy is
    reached through its original's story, never listed beside it)."""
    articles = Article.objects.using(using).filter(is_hidden=False, copy_of__isnull=True)
    if filters.section:
        articles = articles.filter(section__slug=filters.section)
    if filters.tag:
        articles = articles.filter(tags__slug=filters.tag)
    if filters.source is not None:
        articles = articles.filter(source_id=filters.source)
    # Whole days in the site's time zone; comparing datetimes keeps the index usable.
    if filters.published_from:
        articles = articles.filter(published_at__gte=_start_of(filters.published_from))
    if filters.published_to and filters.published_to < date.max:
        articles = articles.filter(
            published_at__lt=_start_of(filters.published_to + timedelta(days=1))
        )
    return articles


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


class SearchResults:
    """A lazy, sliceable result list for Django's Paginator: count() and [a:b] run queries.

    A page costs three queries whatever its length: the count, the ranked ids with their
    snippets, and the articles (with their sections).
    """

    def __init__(self, query: ParsedQuery, filters: Filters,
                 using: str = DEFAULT_DB_ALIAS, backend: SearchBackend | None = None) -> None:
        self.query = query
        self.filters = filters
        self.using = using
        self.backend = backend or backend_for(using)
        self._count: int | None = None

    def count(self) -> int:
        if self._count is None:
            self._count = self.backend.count(self.query, candidate_articles(self.filters,
                                                                             self.using))
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __iter__(self) -> Iterator[Result]:
        for offset in range(0, self.count(), 100):
            yield from self[offset:offset + 100]

    @overload
    def __getitem__(self, index: int) -> Result: ...

    @overload
    def __getitem__(self, index: slice) -> list[Result]: ...

    def __getitem__(self, index: int | slice) -> Result | list[Result]:
        if isinstance(index, int):
            if index < 0:
                index += self.count()
            found = self[index:index + 1] if index >= 0 else []
            if not found:
                raise IndexError(index)
            return found[0]
        if index.step not in (None, 1) or (index.start or 0) < 0 or (index.stop or 0) < 0:
            raise ValueError("SearchResults take forward slices from zero onwards")
        offset = index.start or 0
        limit = (index.stop if index.stop is not None else self.count()) - offset
        hits = self.backend.hits(self.query, candidate_articles(self.filters, self.using),
                                 offset, limit)
        articles = (
            Article.objects.using(self.using).select_related("section")
            .only(*RESULT_FIELDS).in_bulk([hit.article_id for hit in hits])
        )
        return [
            Result(articles[hit.article_id], marked_html(hit.title), marked_html(hit.snippet))
            for hit in hits
            if hit.article_id in articles
        ]
