"""The sitemap index and its sitemaps, read back with Masthead's own sitemap parser."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.test import Client

from masthead.pipeline.draft import Feed
from masthead.pipeline.sitemaps import parse_sitemap
from masthead.site.sitemaps import ArticleSitemap
from tests.site.newsdesk import Desk, build_desk, empty_caches, make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_caches")]
__all__ = ["empty_caches"]

BASE = "http://testserver"


@pytest.fixture
def desk() -> Desk:
    return build_desk()


def fetch(client: Client, url: str) -> Feed:
    parts = urlsplit(url)
    response = client.get(parts.path + ("?" + parts.query if parts.query else ""))
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return parse_sitemap(response.content, url)


def crawl(client: Client) -> dict[str, Feed]:
    """Every child sitemap named by /sitemap.xml, by URL."""
    index = fetch(client, BASE + "/sitemap.xml")
    assert index.entries == [] and index.sitemaps
    return {url: fetch(client, url) for url in index.sitemaps}


def test_every_visible_article_is_listed_with_its_lastmod(client: Client, desk: Desk) -> None:
    children = crawl(client)
    articles = children[BASE + "/sitemap-articles.xml"].entries
    assert [entry.url for entry in articles] == [
        BASE + item.get_absolute_url() for item in desk.articles]
    for entry, item in zip(articles, desk.articles, strict=True):
        item.refresh_from_db()
        assert entry.updated == item.updated_at
    listed = {entry.url for child in children.values() for entry in child.entries}
    assert BASE + desk.hidden.get_absolute_url() not in listed


def test_sections_tags_and_authors_with_visible_articles_are_listed(client: Client,
                                                                    desk: Desk) -> None:
    children = crawl(client)

    def urls(kind: str) -> set[str]:
        return {entry.url for entry in children[BASE + "/sitemap-%s.xml" % kind].entries}

    assert urls("sections") == {BASE + "/section/politics/", BASE + "/section/science/"}
    assert urls("tags") == {BASE + "/tag/lakemoor/", BASE + "/tag/harbour/"}
    assert urls("authors") == {BASE + "/author/odile-brandt/", BASE + "/author/tomas-reyes/"}
    politics = next(entry for entry in children[BASE + "/sitemap-sections.xml"].entries
                    if entry.url.endswith("/politics/"))
    newest = max(item.updated_at for item in desk.articles if item.section_id == desk.politics.pk)
    assert politics.updated == newest


def test_a_large_kind_is_split_into_pages_listed_in_the_index(
        client: Client, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    index = fetch(client, BASE + "/sitemap.xml")
    pages = [url for url in index.sitemaps if "/sitemap-articles.xml" in url]
    assert len(pages) == 3  # 7 visible articles, 3 per page
    listed = [entry.url for url in pages for entry in fetch(client, url).entries]
    assert listed == [BASE + item.get_absolute_url() for item in desk.articles]
    assert client.get("/sitemap-articles.xml?p=9").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_robots_txt_names_the_sitemap(client: Client, desk: Desk) -> None:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: %s/sitemap.xml" % BASE in response.content.decode().splitlines()


def test_sitemaps_cost_a_fixed_number_of_queries(client: Client, desk: Desk,
                                                 django_assert_max_num_queries: object) -> None:
    for number in range(20):
        make_article(desk.courier, 100 + number, section=desk.politics).tags.add(desk.harbour)
    # The index: a count and a newest lastmod per kind; a sitemap: a count and its page.
    for path, queries in (("/sitemap.xml", 8), ("/sitemap-articles.xml", 2),
                          ("/sitemap-tags.xml", 2)):
        with django_assert_max_num_queries(queries):  # type: ignore[operator]
            assert client.get(path).status_code == 200
