"""Extraction in worker processes gives exactly what extraction in the ingesting process gives."""

from __future__ import annotations

import pytest
from django.test import override_settings

from masthead.newsroom.models import Article
from masthead.newsroom.services import PROCESS_POOL_MIN_PAGES, add_source, ingest_source
from masthead.pipeline import parallel
from masthead.pipeline.collect import draft_from, fetch_page
from masthead.pipeline.fetch import Fetcher, FetchPolicy
from tests.support.httpserver import FixtureServer

pytestmark = pytest.mark.django_db

PAGES = PROCESS_POOL_MIN_PAGES + 4


def many_pages_outlet() -> FixtureServer:
    server = FixtureServer()
    items = "".join(
        "<item><title>Orchard report %d</title><link>/o/%d.html</link><guid>orchard-%d</guid>"
        "<pubDate>Tue, 08 Apr 2025 10:%02d:00 +0000</pubDate></item>" % (i, i, i, i)
        for i in range(PAGES)
    )
    server.add("/feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Orchard '
               "Weekly</title>%s</channel></rss>" % items,
               headers={"Content-Type": "application/rss+xml"})
    for i in range(PAGES):
        paragraphs = "".join(
            "<p>Growers in the valley counted %d crates of pears on day %d, and the co-operative "
            "said prices held steady despite the late frost in the upper terraces.</p>"
            % (i * 10 + p, p) for p in range(5)
        )
        server.add("/o/%d.html" % i, "<html><head><title>Orchard report %d</title></head><body>"
                   "<nav><a href='/'>Home</a></nav><article><h1>Orchard report %d</h1>%s"
                   "</article><footer>Orchard Weekly</footer></body></html>" % (i, i, paragraphs),
                   headers={"Content-Type": "text/html; charset=utf-8"})
    return server


def test_process_pool_extraction_matches_in_process(settings: object) -> None:
    with many_pages_outlet() as server:
        policy = FetchPolicy(allowed_hosts=frozenset({server.host_port}), deadline=10)
        config = dict(settings.MASTHEAD, MASTHEAD_EXTRACT_PROCESSES=2)  # type: ignore[attr-defined]
        with Fetcher(policy) as fetcher, override_settings(MASTHEAD=config):
            source = add_source(server.url("/feed.xml"), fetcher=fetcher)
            result = ingest_source(source, fetcher=fetcher)
            assert (result.new, result.failed) == (PAGES, 0)
            assert parallel._pool is not None  # the pages really went to worker processes
            from masthead.pipeline.feeds import parse_feed

            feed = parse_feed(fetcher.get(server.url("/feed.xml")).content,
                              server.url("/feed.xml"))
            for entry in feed.entries:
                expected = draft_from(entry, fetch_page(entry, fetcher, None))
                stored = Article.objects.get(source=source, guid=entry.guid)
                assert stored.text == expected.text
                assert stored.title == expected.title
                assert "crates of pears" in stored.text and "Orchard Weekly" not in stored.text
