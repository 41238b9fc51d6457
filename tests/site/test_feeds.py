"""Outbound RSS and Atom feeds: parsed back with feedparser, as a feed reader would."""

from __future__ import annotations

import html
from datetime import timedelta

import feedparser
import pytest
from django.test import Client

from masthead.newsroom.models import Article
from masthead.pipeline.discover import discover_feeds
from tests.site.newsdesk import START, Desk, build_desk, empty_caches, make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_caches")]
__all__ = ["empty_caches"]

FEEDS = [
    ("/feed/rss.xml", "rss20"), ("/feed/atom.xml", "atom10"),
]


@pytest.fixture
def desk() -> Desk:
    return build_desk()


def parsed(client: Client, path: str) -> feedparser.FeedParserDict:
    response = client.get(path)
    assert response.status_code == 200, path
    result = feedparser.parse(response.content)
    assert not result.bozo, (path, result.get("bozo_exception"))
    return result


@pytest.mark.parametrize("path, version", FEEDS)
def test_site_feed_lists_visible_articles_newest_first(client: Client, desk: Desk, path: str,
                                                       version: str) -> None:
    feed = parsed(client, path)
    assert feed.version == version
    assert feed.feed.title == "Masthead"
    assert feed.feed.link == "http://testserver/"
    links = [entry.link for entry in feed.entries]
    assert links == ["http://testserver" + item.get_absolute_url() for item in desk.articles]
    assert "http://testserver" + desk.hidden.get_absolute_url() not in links
    newest = feed.entries[0]
    item = desk.articles[0]
    assert newest.title == item.title
    assert newest.summary == item.summary
    assert newest.author == item.authors.get().name
    assert sorted(tag.term for tag in newest.tags) == sorted(t.name for t in item.tags.all())
    assert newest.published_parsed[:6] == item.published_at.utctimetuple()[:6]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_section_and_tag_feeds_hold_only_their_articles(client: Client, desk: Desk,
                                                        kind: str) -> None:
    section = parsed(client, "/section/politics/%s.xml" % kind)
    assert section.feed.title == "Masthead: Politics"
    assert section.feed.link == "http://testserver/section/politics/"
    expected = [item for item in desk.articles if item.section_id == desk.politics.pk]
    assert [entry.title for entry in section.entries] == [item.title for item in expected]
    tagged = parsed(client, "/tag/harbour/%s.xml" % kind)
    assert tagged.feed.title == "Masthead: Harbour"
    expected = [item for item in desk.articles if desk.harbour in item.tags.all()]
    assert [entry.title for entry in tagged.entries] == [item.title for item in expected]
    assert parsed(client, "/section/empty/%s.xml" % kind).entries == []


@pytest.mark.parametrize("path", [
    "/section/nothing/rss.xml", "/section/nothing/atom.xml", "/tag/nothing/rss.xml",
    "/tag/nothing/atom.xml",
])
def test_unknown_slugs_are_404(client: Client, desk: Desk, path: str) -> None:
    assert client.get(path).status_code == 404


def shown_text(detail: feedparser.FeedParserDict) -> str:
    """What a feed reader displays for a title or summary: HTML is rendered, text is shown."""
    if detail.type == "text/html":
        assert "<" not in detail.value, "markup would be live: %r" % detail.value
        return html.unescape(detail.value)
    return str(detail.value)


@pytest.mark.parametrize("path", ["/feed/rss.xml", "/feed/atom.xml"])
def test_markup_in_titles_and_summaries_is_text(client: Client, desk: Desk, path: str) -> None:
    title = "Tom & Jerry's <b>bold</b> </script><script>alert(1)</script>"
    summary = "Fish & chips <img src=x onerror=alert(1)> are \"back\""
    make_article(desk.courier, 50, title=title, summary=summary,
                 published_at=START + timedelta(days=30))
    entry = parsed(client, path).entries[0]
    assert shown_text(entry.title_detail) == title
    # The summary is escaped plain text: a reader shows the markup and runs none of it.
    assert entry.summary_detail.type == "text/html"
    assert shown_text(entry.summary_detail) == summary


def test_an_article_without_summary_is_described_by_its_text(client: Client, desk: Desk) -> None:
    make_article(desk.courier, 51, summary="", text="First words of a long body. " * 40,
                 published_at=START + timedelta(days=30))
    entry = parsed(client, "/feed/rss.xml").entries[0]
    assert entry.summary.startswith("First words of a long body.")
    assert len(entry.summary.split()) <= 61


def test_feeds_cost_a_fixed_number_of_queries(client: Client, desk: Desk,
                                              django_assert_max_num_queries: object) -> None:
    for number in range(20):
        item = make_article(desk.courier, 100 + number, section=desk.politics)
        item.tags.add(desk.harbour)
        item.authors.add(desk.odile, desk.tomas)
    for path in ("/feed/rss.xml", "/section/politics/atom.xml", "/tag/harbour/rss.xml"):
        with django_assert_max_num_queries(5):  # type: ignore[operator]
            assert client.get(path).status_code == 200
    assert Article.objects.count() > 25


@pytest.mark.parametrize("page, rss, atom", [
    ("/", "/feed/rss.xml", "/feed/atom.xml"),
    ("/section/politics/", "/section/politics/rss.xml", "/section/politics/atom.xml"),
    ("/tag/harbour/", "/tag/harbour/rss.xml", "/tag/harbour/atom.xml"),
])
def test_listing_pages_announce_their_feeds(client: Client, desk: Desk, page: str, rss: str,
                                            atom: str) -> None:
    # Found the way Masthead itself discovers a site's feeds.
    found = discover_feeds(client.get(page).content, "http://testserver" + page)
    assert found[:2] == ["http://testserver" + rss, "http://testserver" + atom]
    for path in (rss, atom):
        assert client.get(path).status_code == 200
