"""Metadata for machines on article pages: canonical link, OpenGraph, Twitter, JSON-LD."""

from __future__ import annotations

import json
from typing import Any

import lxml.html
import pytest
from django.test import Client

from masthead.newsroom.models import Article
from masthead.site.structured import json_ld
from tests.site.newsdesk import BROWSER, Desk, build_desk, empty_caches, make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_caches")]
__all__ = ["empty_caches"]

BASE = "http://testserver"
HOSTILE = 'Rates </script><script>alert("x")</script> & <!-- "quotes" \u2028 \'end\''


@pytest.fixture
def desk() -> Desk:
    return build_desk()


class Head:
    def __init__(self, client: Client, article: Article) -> None:
        response = client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200
        self.html = response.content.decode()
        self.tree = lxml.html.fromstring(self.html)

    def meta(self, key: str) -> list[str]:
        return [str(el.get("content")) for el in self.tree.xpath(
            "//head/meta[@property=$key or @name=$key]", key=key)]

    def one(self, key: str) -> str:
        values = self.meta(key)
        assert len(values) == 1, (key, values)
        return values[0]

    def json_ld(self, kind: str) -> dict[str, Any]:
        found = [json.loads(script.text) for script in
                 self.tree.xpath('//script[@type="application/ld+json"]')]
        matches = [data for data in found if data.get("@type") == kind]
        assert len(matches) == 1, found
        return matches[0]


def test_canonical_opengraph_and_twitter_tags(client: Client, desk: Desk) -> None:
    item = desk.articles[0]
    head = Head(client, item)
    url = BASE + item.get_absolute_url()
    assert head.tree.xpath('//head/link[@rel="canonical"]/@href') == [url]
    assert head.one("og:type") == "article"
    assert head.one("og:title") == item.title
    assert head.one("og:description") == item.summary
    assert head.one("og:url") == url
    assert head.one("og:image") == item.image
    assert head.one("og:site_name") == "Masthead"
    assert head.one("article:published_time") == item.published_at.isoformat()
    assert head.one("article:modified_time") >= head.one("article:published_time")
    assert head.one("article:section") == item.section.name
    assert sorted(head.meta("article:tag")) == sorted(t.name for t in item.tags.all())
    assert head.one("twitter:card") == "summary_large_image"
    assert head.one("twitter:title") == item.title
    assert head.one("twitter:image") == item.image


def test_news_article_json_ld(client: Client, desk: Desk) -> None:
    item = desk.articles[0]
    data = Head(client, item).json_ld("NewsArticle")
    url = BASE + item.get_absolute_url()
    author = item.authors.get()
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == item.title
    assert data["datePublished"] == item.published_at.isoformat()
    assert data["dateModified"] >= data["datePublished"]
    assert data["author"] == [{"@type": "Person", "name": author.name,
                               "url": BASE + author.get_absolute_url()}]
    assert data["publisher"] == {"@type": "Organization", "name": "Masthead",
                                 "url": BASE + "/"}
    assert data["articleSection"] == item.section.name
    assert sorted(data["keywords"]) == sorted(t.name for t in item.tags.all())
    assert data["image"] == [item.image]
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert "isBasedOn" not in data


def test_a_copy_names_its_original_and_a_bare_article_still_validates(client: Client,
                                                                      desk: Desk) -> None:
    data = Head(client, desk.copy).json_ld("NewsArticle")
    assert data["isBasedOn"] == "https://herald.example/original-story"
    # No byline, no image, no tags: the outlet stands as author; nothing empty is claimed.
    assert data["author"] == [{"@type": "Organization", "name": "Courier"}]
    assert "image" not in data and "keywords" not in data
    head = Head(client, desk.copy)
    assert head.one("twitter:card") == "summary" and head.meta("og:image") == []


def test_breadcrumb_list(client: Client, desk: Desk) -> None:
    item = desk.articles[0]
    data = Head(client, item).json_ld("BreadcrumbList")
    assert data["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": BASE + "/"},
        {"@type": "ListItem", "position": 2, "name": item.section.name,
         "item": BASE + item.section.get_absolute_url()},
        {"@type": "ListItem", "position": 3, "name": item.title,
         "item": BASE + item.get_absolute_url()},
    ]


def test_a_hostile_title_cannot_leave_its_script_element(client: Client, desk: Desk) -> None:
    item = make_article(desk.courier, 70, title=HOSTILE, summary=HOSTILE, section=desk.politics)
    head = Head(client, item)
    # Had the title closed a <script>, the parser would find a script running alert().
    scripts = head.tree.xpath("//script")
    assert not any("alert(" in (script.text or "") and script.get("type") != "application/ld+json"
                   for script in scripts)
    assert len(head.tree.xpath('//script[@type="application/ld+json"]')) == 2
    assert "<script>alert" not in head.html
    # And the data reads back exactly.
    assert head.json_ld("NewsArticle")["headline"] == HOSTILE
    assert head.json_ld("NewsArticle")["description"] == " ".join(HOSTILE.split())
    assert head.json_ld("BreadcrumbList")["itemListElement"][2]["name"] == HOSTILE
    assert head.one("og:title") == HOSTILE


def test_a_long_headline_is_cut_for_json_ld_only(client: Client, desk: Desk) -> None:
    title = "A headline that goes on " * 8
    head = Head(client, make_article(desk.courier, 71, title=title.strip()))
    assert len(head.json_ld("NewsArticle")["headline"]) == 110
    assert head.one("og:title") == title.strip()


def test_json_ld_escapes_what_could_end_a_script() -> None:
    text = json_ld({"headline": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"headline": "</script><!-- & \u2028"}
