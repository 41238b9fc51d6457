"""Articles for the search tests, written the way the newsroom writes them, index included.

The tests run inside a transaction that never commits, so the index updates that wait for the
commit (`transaction.on_commit`) are run by `django_capture_on_commit_callbacks`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from django.core.cache import cache

from masthead.newsroom.models import Article, Author, Section, Source, Tag
from masthead.search.forms import TOP_TAGS_CACHE_KEY

Committed = Callable[[], Any]


@pytest.fixture(autouse=True)
def fresh_tag_choices() -> Iterator[None]:
    cache.delete(TOP_TAGS_CACHE_KEY)
    yield
    cache.delete(TOP_TAGS_CACHE_KEY)


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Any) -> Committed:
    """`with committed():` runs the block's on-commit callbacks (the index updates) at its end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def desk(db: None) -> dict[str, Any]:
    return {
        "politics": Section.objects.create(name="Politics", slug="politics"),
        "science": Section.objects.create(name="Science", slug="science"),
        "courier": Source.objects.create(url="https://courier.example/feed.xml", name="Courier"),
        "ledger": Source.objects.create(url="https://ledger.example/feed.xml", name="Ledger"),
    }


@pytest.fixture
def make_article(desk: dict[str, Any], committed: Committed) -> Callable[..., Article]:
    counter = iter(range(1, 10_000))

    def make(title: str, text: str = "", *, summary: str = "", section: str = "politics",
             source: str = "courier", day: int = 9, tags: tuple[str, ...] = (),
             authors: tuple[str, ...] = (), hidden: bool = False) -> Article:
        number = next(counter)
        with committed():
            article = Article.objects.create(
                source=desk[source], guid="g%d" % number,
                url="https://%s.example/%d" % (source, number),
                canonical_url="https://%s.example/%d" % (source, number),
                slug="article-%d" % number, title=title, text=text, summary=summary,
                html="<p>%s</p>" % text, published_at=datetime(2025, 4, day, 12, 0, tzinfo=UTC),
                section=desk[section] if section else None, site_name=desk[source].name,
                is_hidden=hidden,
            )
            for name in tags:
                tag, _ = Tag.objects.get_or_create(slug=name.lower().replace(" ", "-"),
                                                   defaults={"name": name})
                article.tags.add(tag)
            for name in authors:
                author, _ = Author.objects.get_or_create(
                    slug=name.lower().replace(" ", "-"), defaults={"name": name}
                )
                article.authors.add(author)
        return article

    return make
