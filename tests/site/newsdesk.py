"""A small newsroom for the tests of feeds, sitemaps, metadata and caching."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import caches

from masthead.newsroom.models import Article, Author, Section, Source, Tag
from masthead.site.caching import forget_versions

START = datetime(2025, 4, 9, 13, 50, 46, tzinfo=UTC)
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture
def empty_caches() -> Iterator[None]:
    """Versions, pages and read windows live in caches: a test starts and ends with none."""
    clear_caches()
    yield
    clear_caches()


def clear_caches() -> None:
    for cache in caches.all():
        cache.clear()
    forget_versions()


@dataclass
class Desk:
    politics: Section
    science: Section
    empty: Section
    courier: Source
    odile: Author
    tomas: Author
    lakemoor: Tag
    harbour: Tag
    unused: Tag
    articles: list[Article]  # visible, newest first
    hidden: Article
    copy: Article  # a scraper's copy: original_url names the outlet it came from


def make_article(source: Source, number: int, **fields: object) -> Article:
    values: dict[str, object] = {
        "source": source, "guid": "g%d" % number, "url": "https://courier.example/%d" % number,
        "canonical_url": "https://courier.example/%d" % number, "slug": "story-%d" % number,
        "title": "Harbour story %d" % number, "text": "Body %d of the story." % number,
        "html": "<p>Body %d of the story.</p>" % number, "summary": "Summary %d" % number,
        "published_at": START + timedelta(hours=number), "site_name": "Courier",
    }
    values.update(fields)
    return Article.objects.create(**values)


def build_desk() -> Desk:
    politics = Section.objects.create(name="Politics", slug="politics", position=1)
    science = Section.objects.create(name="Science", slug="science", position=2)
    empty = Section.objects.create(name="Empty", slug="empty", position=3)
    courier = Source.objects.create(url="https://courier.example/feed.xml", name="Courier",
                                    site_url="https://courier.example/")
    odile = Author.objects.create(name="Odile Brandt", slug="odile-brandt",
                                  bio="Odile covers the harbour council.")
    tomas = Author.objects.create(name="Tomas Reyes", slug="tomas-reyes")
    lakemoor = Tag.objects.create(name="Lakemoor", slug="lakemoor", kind=Tag.Kind.PLACE)
    harbour = Tag.objects.create(name="Harbour", slug="harbour")
    unused = Tag.objects.create(name="Unused", slug="unused")
    articles = []
    for number in range(6):
        item = make_article(courier, number, section=politics if number % 2 else science,
                            image="https://courier.example/img/%d.png" % number)
        item.authors.add(odile if number % 3 else tomas)
        item.tags.add(lakemoor, *([harbour] if number % 2 else []))
        articles.append(item)
    hidden = make_article(courier, 90, section=politics, is_hidden=True,
                          title="Hidden story")
    hidden.tags.add(lakemoor)
    hidden.authors.add(odile)
    copy = make_article(courier, 91, section=politics, title="Copied story",
                        published_at=START - timedelta(days=1),
                        original_url="https://herald.example/original-story")
    articles.append(copy)
    articles.sort(key=lambda item: item.published_at, reverse=True)
    return Desk(politics, science, empty, courier, odile, tomas, lakemoor, harbour, unused,
                articles, hidden, copy)
