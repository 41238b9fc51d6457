"""Small builders for reader tests: articles in sections, tags and stories, and reader clients."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from django.test import Client
from django.utils.text import slugify

from masthead.newsroom.models import Article, Section, Source, Story, Tag

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
# The browser tests drive headless Chromium: it is a reader, not a bot.
HEADLESS_CHROME = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "HeadlessChrome/131.0.0.0 Safari/537.36")
START = datetime(2025, 4, 9, 13, 50, 46, tzinfo=UTC)
_numbers = itertools.count(1)


def reader_client(address: str = "10.0.0.1", agent: str = BROWSER, **options: object) -> Client:
    """A browser-like client: a User-Agent, its own address, and its own cookie jar."""
    return Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=address, **options)  # type: ignore[arg-type]


def source(name: str) -> Source:
    return Source.objects.create(url="https://%s.example/feed.xml" % name.lower(), name=name,
                                 site_url="https://%s.example/" % name.lower())


def section(name: str) -> Section:
    return Section.objects.get_or_create(name=name, slug=name.lower())[0]


def tag(name: str, kind: str = Tag.Kind.TOPIC) -> Tag:
    return Tag.objects.get_or_create(slug=slugify(name),
                                     defaults={"name": name, "kind": kind})[0]


def story(title: str) -> Story:
    return Story.objects.create(title=title, slug=slugify(title))


def article(title: str, *, outlet: Source, in_section: Section | None = None,
            tags: tuple[Tag, ...] = (), in_story: Story | None = None,
            age: timedelta = timedelta(0)) -> Article:
    number = next(_numbers)
    slug = "%s-%d" % (slugify(title), number)
    item = Article.objects.create(
        source=outlet, guid=slug, url="https://%s.example/%s" % (outlet.name.lower(), slug),
        canonical_url="https://%s.example/%s" % (outlet.name.lower(), slug), slug=slug,
        title=title, text="Body of %s." % title, html="<p>Body of %s.</p>" % title,
        published_at=START - age, section=in_section, site_name=outlet.name, story=in_story,
    )
    item.tags.add(*tags)
    return item


def module_links(body: str, key: str) -> list[str]:
    """The article paths listed in the page's `<section data-module=key>`, in order."""
    found = re.search(r'<section data-module="%s".*?</section>' % re.escape(key), body, re.S)
    assert found, "no %s module on the page" % key
    return re.findall(r'<a href="(/article/[^"]+/)"', found.group(0))


def module_html(body: str, key: str) -> str:
    found = re.search(r'<section data-module="%s".*?</section>' % re.escape(key), body, re.S)
    assert found, "no %s module on the page" % key
    return found.group(0)


def for_you(client: Client, item: Article) -> dict[str, Any]:
    """The article's for-you answer for `client`'s reader (their reaction, personal modules)."""
    response = client.get("/article/%s/for-you" % item.slug, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Type"] == "application/json"
    answer: dict[str, Any] = response.json()
    return answer


def recommended_html(client: Client, item: Article) -> str:
    """The Recommended section rendered for `client`'s reader by the for-you endpoint."""
    html = for_you(client, item)["modules"].get("recommended")
    assert html, "the for-you answer has no recommended module"
    return str(html)
