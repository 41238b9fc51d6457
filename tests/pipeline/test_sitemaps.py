"""Sitemaps: plain, news, index, gzipped and plain-text, and their failure modes."""

from __future__ import annotations

import gzip
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from masthead.pipeline.feeds import FeedError, parse_feed
from masthead.pipeline.sitemaps import MAX_URLS, parse_sitemap

DATA = Path(__file__).parent / "testdata" / "sitemaps"


def load(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_sitemap() -> None:
    feed = parse_sitemap(load("sitemap.xml"), "https://quarry.example/sitemap.xml")
    assert feed.kind == "sitemap"
    assert feed.sitemaps == []
    assert [e.url for e in feed.entries] == [
        "https://quarry.example/",
        "https://quarry.example/stories/granite-festival",  # whitespace trimmed, dupe dropped
        "https://quarry.example/stories/relative-path",  # resolved; the ftp: URL is dropped
        "https://quarry.example/stories/bad-date",
    ]
    home, festival, _, bad_date = feed.entries
    assert home.published == home.updated == datetime(2024, 6, 1, tzinfo=UTC)
    assert festival.updated == datetime(2024, 5, 30, 12, 20, tzinfo=UTC)
    assert festival.image == "https://quarry.example/img/festival.jpg"
    assert festival.guid == festival.url
    assert bad_date.published is None  # unreadable lastmod is ignored, not fatal


def test_news_sitemap() -> None:
    feed = parse_sitemap(load("news-sitemap.xml"), "https://tidings.example/sitemap-news.xml")
    assert feed.title == "The Evening Tidings"
    keeper, regatta = feed.entries
    assert keeper.title == "Lighthouse keeper retires after 41 years & one storm too many"
    assert keeper.language == "en"
    # The news publication date wins over lastmod for `published`.
    assert keeper.published == datetime(2024, 6, 3, 8, 45, tzinfo=UTC)
    assert keeper.updated == datetime(2024, 6, 3, 12, 0, tzinfo=UTC)
    assert keeper.tags == ["coast", "people", "retirement"]
    assert regatta.published == datetime(2024, 6, 2, tzinfo=UTC)
    assert regatta.updated is None


def test_sitemap_index() -> None:
    feed = parse_sitemap(load("sitemap-index.xml"), "https://tidings.example/sitemap.xml")
    assert feed.kind == "sitemap"
    assert feed.entries == []
    assert feed.sitemaps == [
        "https://tidings.example/sitemap-news.xml",
        "https://tidings.example/sitemap-2024-05.xml.gz",
        "https://tidings.example/sitemap-pages.xml",
    ]


def test_gzipped_sitemap() -> None:
    plain = parse_sitemap(load("sitemap.xml"), "https://quarry.example/sitemap.xml")
    zipped = parse_sitemap(load("sitemap.xml.gz"), "https://quarry.example/sitemap.xml.gz")
    assert zipped == plain


def test_text_sitemap() -> None:
    feed = parse_sitemap(load("sitemap.txt"), "https://plain.example/sitemap.txt")
    assert [e.url for e in feed.entries] == [
        "https://plain.example/one",
        "https://plain.example/two",
        "http://plain.example/three",
    ]


def test_parse_feed_hands_sitemaps_over() -> None:
    feed = parse_feed(load("news-sitemap.xml"), "https://tidings.example/sitemap-news.xml")
    assert feed.kind == "sitemap" and len(feed.entries) == 2


def test_unnamespaced_and_old_google_namespace() -> None:
    for namespace in ("", " xmlns='http://www.google.com/schemas/sitemap/0.84'"):
        data = f"<urlset{namespace}><url><loc>https://a.example/x</loc></url></urlset>".encode()
        assert [e.url for e in parse_sitemap(data, "https://a.example/").entries] == [
            "https://a.example/x"
        ]


def test_url_cap() -> None:
    urls = "".join(f"<url><loc>https://big.example/{i}</loc></url>" for i in range(MAX_URLS + 5))
    data = f"<urlset>{urls}</urlset>".encode()
    started = time.perf_counter()
    feed = parse_sitemap(data, "https://big.example/sitemap.xml")
    assert len(feed.entries) == MAX_URLS
    assert time.perf_counter() - started < 10


def test_gzip_bomb_refused() -> None:
    bomb = gzip.compress(b" " * (51 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 200_000
    started = time.perf_counter()
    with pytest.raises(FeedError, match="expands beyond"):
        parse_sitemap(bomb, "https://bomb.example/sitemap.xml.gz")
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"<!DOCTYPE html><html><body>hi</body></html>", "HTML page"),
        (b"<rss><channel/></rss>", "root element is <rss>"),
        (b"<urlset><url><loc>https://a.example/</loc></url>", "not well-formed"),
        (b"<!DOCTYPE urlset [<!ENTITY a 'x'>]><urlset/>", "refused unsafe XML"),
        (b"no urls in here\njust text", "neither XML"),
        (b"https://\n", "no http"),
        (b"\x1f\x8b\x08\x00broken", "corrupt gzip"),
    ],
)
def test_refusals(data: bytes, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        parse_sitemap(data, "https://x.example/sitemap.xml")
