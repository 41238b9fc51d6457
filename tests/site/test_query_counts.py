"""Listing pages cost a fixed number of queries, however many sections, articles and authors."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client

from masthead.newsroom.models import Author, Section, Tag
from tests.site.newsdesk import START, Desk, build_desk, empty_caches, make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_caches")]
__all__ = ["empty_caches"]

BOT = "Mozilla/5.0 (compatible; Googlebot/2.1)"


@pytest.fixture
def crowded() -> Desk:
    """The small desk, plus eight sections of seven articles with two authors and two tags."""
    desk = build_desk()
    authors = [Author.objects.create(name="Writer %d" % n, slug="writer-%d" % n)
               for n in range(3)]
    tags = [Tag.objects.create(name="Topic %d" % n, slug="topic-%d" % n) for n in range(3)]
    number = 200
    for index in range(8):
        section = Section.objects.create(name="Desk %d" % index, slug="desk-%d" % index)
        for _ in range(7):
            number += 1
            item = make_article(desk.courier, number, section=section,
                                published_at=START + timedelta(minutes=number))
            item.authors.add(authors[number % 3], desk.odile)
            item.tags.add(tags[number % 3], desk.harbour)
    return desk


# Each listing: the object, its page of articles and their count, the articles' authors, and the
# navigation's sections. The front page: top stories and their authors, every section block (one
# query), their authors, the sections, the navigation.
@pytest.mark.parametrize("path, queries", [
    ("/", 6),
    ("/section/desk-3/", 5),
    ("/section/desk-3/?page=2", 5),
    ("/tag/harbour/", 5),
    ("/author/odile-brandt/", 5),
])
def test_listing_pages(crowded: Desk, path: str, queries: int,
                       django_assert_max_num_queries: object) -> None:
    with django_assert_max_num_queries(queries):  # type: ignore[operator]
        response = Client(HTTP_USER_AGENT=BOT).get(path)
    assert response.status_code == 200


def test_the_front_page_shows_each_sections_newest_five(crowded: Desk) -> None:
    body = Client(HTTP_USER_AGENT=BOT).get("/").content.decode()
    for index in range(8):
        section = Section.objects.get(slug="desk-%d" % index)
        newest = list(section.articles.order_by("-published_at")[:6])
        block = body.split('id="s-desk-%d"' % index)[1].split("</section>")[0]
        assert all(item.title + "<" in block for item in newest[:5])
        assert newest[5].title + "<" not in block
