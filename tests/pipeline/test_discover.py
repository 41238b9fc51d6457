"""Feed discovery in HTML pages, and telling pages from feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from masthead.pipeline.discover import discover_feeds, looks_like_html

DATA = Path(__file__).parent / "testdata" / "discover"
FEEDS = Path(__file__).parent / "testdata" / "feeds"


def test_alternates_then_anchors() -> None:
    html = (DATA / "alternates.html").read_bytes()
    assert discover_feeds(html, "https://courier.example/news/today") == [
        # <link rel=alternate>, in document order, resolved against <base href>, deduped.
        "https://courier.example/feed/",
        "https://courier.example/news/atom.xml",
        "https://courier.example/feed.json",
        # Then <a> to feed-looking paths on the same site (sitemap and other sites left out).
        "https://courier.example/comments/rss",
        "https://feeds.courier.example/all.rss",
    ]


def test_str_input_and_xml_declaration() -> None:
    page = (
        "<?xml version='1.0' encoding='utf-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>"
        "<head><link rel='alternate' type='application/atom+xml' href='/a.atom'/></head></html>"
    )
    assert discover_feeds(page, "https://x.example/") == ["https://x.example/a.atom"]


def test_fallback_only() -> None:
    html = (DATA / "no-alternates.html").read_bytes()
    assert discover_feeds(html, "https://bakery.example/") == ["https://bakery.example/atom"]


def test_generic_json_needs_a_hint() -> None:
    page = (
        b"<link rel=alternate type='application/json' href='/wp-json/wp/v2/posts/1'>"
        b"<link rel=alternate type='application/json' title='JSON Feed' href='/feed.json'>"
        b"<link rel=alternate type='text/xml' title='RSS' href='/index.xml'>"
    )
    assert discover_feeds(page, "https://wp.example/") == [
        "https://wp.example/feed.json",
        "https://wp.example/index.xml",
    ]


def test_non_utf8_bytes() -> None:
    page = (
        "<html><head><meta charset='iso-8859-1'><title>Caf\xe9</title>"
        "<link rel='alternate' type='application/rss+xml' href='/caf\xe9/feed'></head></html>"
    ).encode("latin-1")
    assert discover_feeds(page, "https://cafe.example/") == ["https://cafe.example/café/feed"]


@pytest.mark.parametrize("page", [b"", b"   ", "", b"\x00\x00", b"<html></html>", b"plain text"])
def test_nothing_to_find(page: bytes | str) -> None:
    assert discover_feeds(page, "https://x.example/") == []


@pytest.mark.parametrize(
    ("data", "content_type", "expected"),
    [
        ((DATA / "alternates.html").read_bytes(), "", True),
        ((DATA / "no-alternates.html").read_bytes(), "application/octet-stream", True),
        (b"<p>fragment", "", True),
        (b"odd body", "text/html; charset=utf-8", True),
        ((FEEDS / "rss20.xml").read_bytes(), "text/html", False),  # a feed served as HTML
        ((FEEDS / "atom10.xml").read_bytes(), "", False),
        ((FEEDS / "jsonfeed11.json").read_bytes(), "text/html", False),
        (b"<urlset/>", "text/html", False),
        (b"<root/>", "application/xml", False),
        (b"", "", False),
    ],
)
def test_looks_like_html(data: bytes, content_type: str, expected: bool) -> None:
    assert looks_like_html(data, content_type) is expected
