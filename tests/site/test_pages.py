"""The minimal reader pages render stored articles, safely and with few queries."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.test import Client

from masthead.newsroom.models import Article, Author, Section, Source, Tag

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom() -> Article:
    politics = Section.objects.create(name="Politics", slug="politics")
    Section.objects.create(name="Science", slug="science")
    source = Source.objects.create(url="https://courier.example/feed.xml", name="Courier")
    author = Author.objects.create(name="Odile Brandt", slug="odile-brandt",
                                   bio="Odile covers the harbour council.")
    tag = Tag.objects.create(name="Lakemoor", slug="lakemoor", kind="place")
    first = None
    for number in range(12):
        article = Article.objects.create(
            source=source, guid="g%d" % number, url="https://courier.example/%d" % number,
            canonical_url="https://courier.example/%d" % number, slug="story-%d" % number,
            title="Harbour story %d" % number, text="Body %d" % number,
            html="<p>Body %d</p>" % number, summary="Summary %d" % number,
            published_at=datetime(2025, 4, 9, 13, 50, number, tzinfo=UTC), section=politics,
            site_name="Courier", contributors="Tomas Reyes",
        )
        article.authors.add(author)
        article.tags.add(tag)
        first = first or article
    assert first is not None
    return first


def test_home_lists_articles_by_section(client: Client, newsroom: Article,
                                        django_assert_max_num_queries: object) -> None:
    with django_assert_max_num_queries(8):  # type: ignore[operator]
        response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Harbour story 11" in body and 'href="/section/politics/"' in body


def test_article_page_shows_the_reference_elements(client: Client, newsroom: Article) -> None:
    body = client.get(newsroom.get_absolute_url()).content.decode()
    assert "<h1>Harbour story 0</h1>" in body
    assert 'datetime="2025-04-09T13:50:00+00:00"' in body
    assert 'href="/author/odile-brandt/"' in body
    assert "Tomas Reyes contributed to this report." in body
    assert 'href="/tag/lakemoor/"' in body
    assert "Odile covers the harbour council." in body
    assert 'data-module="related"' in body
    assert "Originally published by" in body


def test_listing_pages_and_404(client: Client, newsroom: Article) -> None:
    section = client.get("/section/politics/").content.decode()
    assert all("Harbour story %d<" % n in section for n in range(12))
    assert 'aria-current="page">Politics' in section
    assert client.get("/tag/lakemoor/").status_code == 200
    author = client.get("/author/odile-brandt/").content.decode()
    assert "Odile covers the harbour council." in author
    assert client.get("/section/nothing/").status_code == 404
    assert client.get("/article/nothing/").status_code == 404


def test_hidden_articles_are_not_shown(client: Client, newsroom: Article) -> None:
    Article.objects.filter(pk=newsroom.pk).update(is_hidden=True)
    assert client.get(newsroom.get_absolute_url()).status_code == 404
    assert "Harbour story 0<" not in client.get("/section/politics/").content.decode()


def test_copies_stay_out_of_listings_and_point_to_their_original(
    client: Client, newsroom: Article
) -> None:
    from masthead.newsroom.models import Story

    scraper = Source.objects.create(url="https://scraper.example/feed.xml", name="Scraper")
    story = Story.objects.create(title="Harbour story 0", slug="harbour-story-0")
    Article.objects.filter(pk=newsroom.pk).update(story=story)
    copy = Article.objects.create(
        source=scraper, guid="c0", url="https://scraper.example/0",
        canonical_url="https://scraper.example/0", slug="copied-story",
        title="Copied harbour story", text="Body 0", html="<p>Body 0</p>",
        published_at=newsroom.published_at, section=newsroom.section, site_name="Scraper",
        copy_of=newsroom, story=story, original_url=newsroom.url,
    )
    copy.tags.add(*newsroom.tags.all())
    for path in ("/", "/section/politics/", "/tag/lakemoor/"):
        assert "Copied harbour story" not in client.get(path).content.decode(), path
    body = client.get(copy.get_absolute_url()).content.decode()
    assert 'This article is a copy of <a href="%s">' % newsroom.get_absolute_url() in body
    assert 'Originally published by <a href="%s"' % newsroom.url in body
    assert '<link rel="canonical" href="http://testserver%s">' % (
        newsroom.get_absolute_url()) in body
    # The original does not count the copy as another outlet reporting the story.
    assert "also-reported" not in client.get(newsroom.get_absolute_url()).content.decode()


def test_front_page_shows_one_card_per_story(client: Client, newsroom: Article) -> None:
    from masthead.newsroom.models import Story

    story = Story.objects.create(title="One event", slug="one-event")
    Article.objects.filter(slug__in=["story-11", "story-10", "story-9"]).update(story=story)
    body = client.get("/").content.decode()
    top = body.split('id="top-heading"', 1)[1].split("</section>", 1)[0]
    assert "Harbour story 11" in top
    assert "Harbour story 10" not in top and "Harbour story 9" not in top
    assert "Harbour story 3" in top  # the eight cards are filled from other stories
