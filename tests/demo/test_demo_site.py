"""The demo outlets and their server: enough content, well-formed feeds, a server that behaves
like a real news site's, consistent ground truth, and pages that are realistic yet extractable."""

from __future__ import annotations

import gzip
import hashlib
import html
import http.client
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import feedparser
import httpx
import pytest
import trafilatura
from lxml import etree
from lxml import html as lxml_html

from masthead.demo import (
    DEFAULT_PORT,
    DemoServer,
    article_records,
    build_site,
    demo_sources,
    scraper_ground_truth,
    story_ground_truth,
)
from masthead.demo.content.entities import ENTITY_KINDS
from masthead.demo.content.events import EVENTS_BY_KEY
from masthead.demo.content.model import Outlet
from masthead.demo.content.world import AUTHORS, OUTLETS, SCRAPER, SECTIONS
from masthead.demo.truth import ArticleRecord

REAL_OUTLETS = [o for o in OUTLETS if o.slug != SCRAPER]
BASE = "http://127.0.0.1:%d" % DEFAULT_PORT
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def site() -> dict[str, tuple[str, bytes]]:
    return build_site()


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with DemoServer(port=0) as running:
        yield running


def page_text(site: dict[str, tuple[str, bytes]], path: str) -> str:
    return html.unescape(site[path][1].decode("utf-8"))


def originals() -> list[ArticleRecord]:
    return [r for r in article_records() if not r["copy_of"]]


# --- Counts ---------------------------------------------------------------------------------


def test_enough_outlets_articles_sections_and_authors(site: dict[str, tuple[str, bytes]]) -> None:
    assert len(REAL_OUTLETS) >= 5
    assert [o.slug for o in OUTLETS].count(SCRAPER) == 1
    records = originals()
    assert len(records) >= 100
    assert len({r["path"] for r in article_records()}) == len(article_records())
    assert len({r["section"] for r in records}) >= 6
    assert {r["section"] for r in records} <= set(SECTIONS)
    writers = [a for a in AUTHORS if a.outlet != SCRAPER and len(a.bio) > 60]
    assert len(writers) >= 10
    for author in writers:
        mine = [r for r in records if r["author"] == author.name]
        assert mine, author.name
        # The bio is shown on the author's article pages (the author bio box).
        assert author.bio in page_text(site, mine[0]["path"])


def test_every_article_has_a_body_tags_and_a_time_in_the_window() -> None:
    for record in article_records():
        assert 4 <= len(record["paragraphs"]) <= 9, record["path"]
        published = datetime.fromisoformat(record["published"])
        assert datetime.fromisoformat("2025-03-25T00:00:00+00:00") <= published
        assert published <= datetime.fromisoformat("2025-05-01T00:00:00+00:00")
        assert record["tags"], record["path"]
        if not record["copy_of"]:
            assert all(tag in ENTITY_KINDS for tag in record["tags"]), record["path"]
    stamps = sorted(datetime.fromisoformat(r["published"]) for r in article_records())
    assert stamps[-1] - stamps[0] >= timedelta(days=21)
    assert len(set(stamps)) == len(stamps)  # precise times, no two alike


def test_demo_sources_exist_and_cover_every_kind(site: dict[str, tuple[str, bytes]]) -> None:
    sources = demo_sources()
    assert {s.kind for s in sources} >= {"rss", "atom", "json", "sitemap", "home", "rss-summary"}
    for source in sources:
        assert source.path in site, source
    home = next(s for s in sources if s.kind == "home")
    tree = lxml_html.fromstring(site[home.path][1])
    alternates = tree.xpath('//link[@rel="alternate"]/@href')
    assert alternates and alternates[0].startswith(BASE)
    assert alternates[0][len(BASE):] in site


# --- Feeds ----------------------------------------------------------------------------------

NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "atom": "http://www.w3.org/2005/Atom",
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def articles_of(slug: str) -> list[ArticleRecord]:
    return [r for r in article_records() if r["outlet"] == slug]


@pytest.mark.parametrize("outlet", OUTLETS, ids=lambda o: o.slug)
def test_feed_is_well_formed_and_complete(
    site: dict[str, tuple[str, bytes]], outlet: Outlet,
) -> None:
    content_type, body = site[outlet.feed_path]
    assert "charset=utf-8" in content_type
    expected = {BASE + r["path"] for r in articles_of(outlet.slug)}
    if outlet.kind == "json":
        feed = json.loads(body)
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert {item["url"] for item in feed["items"]} == expected
        for item in feed["items"]:
            assert item["content_html"].startswith("<p>")
            assert item["authors"][0]["name"] and item["tags"]
            datetime.fromisoformat(item["date_published"])
        return
    root = etree.fromstring(body)
    if outlet.kind == "sitemap":
        assert {loc.text for loc in root.iterfind("sm:url/sm:loc", NS)} == expected
        assert len(root.findall("sm:url/sm:lastmod", NS)) == len(expected)
        assert len(root.findall(".//news:publication_date", NS)) == len(expected)
        return
    if outlet.kind == "atom":
        entries = root.findall("atom:entry", NS)
        links = {link.get("href") for e in entries for link in e.findall("atom:link", NS)
                 if link.get("rel") == "alternate"}
        assert links == expected
        for entry in entries:
            for tag in ("atom:published", "atom:updated", "atom:author/atom:name",
                        "atom:category", "atom:content"):
                assert entry.find(tag, NS) is not None, tag
    else:
        items = root.findall("channel/item")
        assert {i.findtext("link") for i in items} == expected
        for item in items:
            assert item.findtext("pubDate") and item.findtext("dc:creator", namespaces=NS)
            assert item.findall("category")
            full = item.find("content:encoded", NS)
            if outlet.kind == "rss-summary":
                # Only one sentence: the full text must come from the article page.
                assert full is None
                description = item.findtext("description") or ""
                assert description.count(". ") == 0 and len(description) < 400
            else:
                assert full is not None and "<p>" in (full.text or "")
    parsed = feedparser.parse(body)
    assert not parsed.bozo
    assert len(parsed.entries) == len(expected)
    assert all(e.get("published_parsed") and e.get("author") for e in parsed.entries)


def test_comments_feed_is_well_formed(site: dict[str, tuple[str, bytes]]) -> None:
    root = etree.fromstring(site["/northwind/comments/feed/"][1])
    assert root.findall("channel/item")


# --- The server -----------------------------------------------------------------------------


def test_server_serves_every_path_of_the_site(server: DemoServer) -> None:
    expected = build_site(server.base_url)
    with httpx.Client(base_url=server.base_url) as client:
        for path, (content_type, body) in expected.items():
            response = client.get(path, headers={"Accept-Encoding": "identity"})
            assert response.status_code == 200, path
            assert response.headers["content-type"] == content_type
            assert response.content == body, path
            if not content_type.startswith("image/png"):
                assert "charset=utf-8" in content_type
            assert response.headers["etag"] and response.headers["last-modified"]


def test_conditional_get_and_gzip(server: DemoServer) -> None:
    path = "/harbour-ledger/feed.xml"
    with httpx.Client(base_url=server.base_url) as client:
        plain = client.get(path, headers={"Accept-Encoding": "identity"})
        etag, last_modified = plain.headers["etag"], plain.headers["last-modified"]
        assert "content-encoding" not in plain.headers
        again = client.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200
        assert client.get(path, headers={"If-Modified-Since": last_modified}).status_code == 304
        earlier = datetime.now().astimezone() - timedelta(days=3650)
        older = client.get(path, headers={"If-Modified-Since": format_datetime(earlier)})
        assert older.status_code == 200
        raw = httpx.get(server.base_url + path, headers={"Accept-Encoding": "gzip"})
        assert raw.headers["content-encoding"] == "gzip"
        assert raw.content == plain.content  # httpx decoded it
        zipped = client.get(path, headers={"Accept-Encoding": "gzip;q=0, identity"})
        assert "content-encoding" not in zipped.headers
        gz_etag = raw.headers["etag"]
        assert client.get(path, headers={"If-None-Match": gz_etag}).status_code == 304
        head = client.head(path, headers={"Accept-Encoding": "identity"})
        assert head.status_code == 200 and head.content == b""
        assert int(head.headers["content-length"]) == len(plain.content)
    assert gzip.decompress(gzip.compress(plain.content)) == plain.content


@pytest.mark.parametrize(
    "path",
    ["/nope", "/harbour-ledger/feed.xml/", "/harbour-ledger/../robots.txt", "//etc/passwd",
     "/harbour-ledger/2025/04/09/not-an-article.html", "/%2e%2e/%2e%2e/etc/passwd"],
)
def test_unknown_paths_are_404(server: DemoServer, path: str) -> None:
    # http.client sends the path as given (httpx would normalise the dot segments away).
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        assert response.status == 404
    finally:
        connection.close()


def _digest(site: dict[str, tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for path in sorted(site):
        digest.update(path.encode() + b"\0" + site[path][0].encode() + b"\0" + site[path][1])
    return digest.hexdigest()


def test_build_is_deterministic() -> None:
    assert build_site() == build_site()
    assert build_site("http://127.0.0.1:1") != build_site()  # URLs follow the server's address
    # Another process, with another string-hash seed, builds the very same bytes.
    code = (
        "import hashlib, sys\n"
        "from masthead.demo import build_site\n"
        "from tests.demo.test_demo_site import _digest\n"
        "sys.stdout.write(_digest(build_site()))\n"
    )
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60,
        env={**os.environ, "PYTHONHASHSEED": "12345"}, cwd=str(REPO_ROOT),
    )
    assert other.stdout == _digest(build_site())


def test_python_m_serves_until_interrupted() -> None:
    process = subprocess.Popen(
        [sys.executable, "-u", "-m", "masthead.demo", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)/", first)
        assert match, first
        assert httpx.get(match.group(1) + "/robots.txt").status_code == 200
    finally:
        process.send_signal(2)  # SIGINT, as Ctrl-C
        process.communicate(timeout=10)
    assert process.returncode == 0


# --- Ground truth ---------------------------------------------------------------------------


def test_scraper_ground_truth_is_consistent(site: dict[str, tuple[str, bytes]]) -> None:
    records = scraper_ground_truth()
    assert len(records) >= 15
    styles = set()
    for record in records:
        copy_path, original_path = record["copy_path"], record["original_path"]
        copy, original = page_text(site, copy_path), page_text(site, original_path)
        phrase = record["phrase"]
        assert phrase in copy and phrase not in original
        assert copy_path.startswith("/%s/" % SCRAPER)
        published = datetime.fromisoformat(record["published"])
        assert published > datetime.fromisoformat(record["original_published"])
        for injection in record["injections"]:
            assert injection["text"] in copy, injection
            styles.add(injection["style"])
        for error in record["copy_errors"]:
            assert error["wrong"] in copy and error["wrong"] not in original
            assert error["right"] in original
        tree = lxml_html.fromstring(site[copy_path][1])
        crumbs = " ".join(tree.xpath('//div[@class="entry-crumbs"]//a/text()'))
        assert record["claimed_section"] in crumbs
        for heading in record["junk_lists"]:
            assert tree.xpath("//h4[text()=$h]", h=heading)
    assert {"glued", "spaced", "after-stop", "prefix-pipe", "suffix-dash"} <= styles
    assert any(r["claimed_section"] != r["original_section"] for r in records)
    glued = re.compile(re.escape(records[0]["phrase"]) + "[a-z]")
    assert any(glued.search(page_text(site, r["copy_path"])) for r in records)


def test_events_are_covered_by_several_outlets_in_their_own_words() -> None:
    by_path = {r["path"]: r for r in article_records()}
    events = story_ground_truth()
    assert len(events) >= 20
    for key, paths in events.items():
        versions = [by_path[p] for p in paths]
        assert len({v["outlet"] for v in versions}) == len(versions) >= 2, key
        assert len({v["title"] for v in versions}) == len(versions), key
        seen: set[str] = set()
        for version in versions:
            paragraphs = set(version["paragraphs"])
            assert not paragraphs & seen, key  # no paragraph shared word for word
            seen |= paragraphs
            text = " ".join(version["paragraphs"])
            for fact in EVENTS_BY_KEY[key].facts:
                assert fact in text, (key, version["outlet"], fact)


# --- Pages ----------------------------------------------------------------------------------


def test_article_pages_carry_every_element_of_the_reference_page(
    site: dict[str, tuple[str, bytes]],
) -> None:
    for record in article_records():
        path = record["path"]
        raw = site[path][1]
        tree = lxml_html.fromstring(raw)
        text = html.unescape(raw.decode("utf-8"))
        assert tree.get("lang", "").startswith("en")
        assert tree.findtext(".//title")
        for prop in ("og:title", "og:site_name", "og:image", "og:description"):
            assert tree.xpath('//meta[@property=$p]/@content', p=prop), (path, prop)
        assert tree.xpath('//meta[@name="description"]/@content')
        assert tree.xpath('//link[@rel="canonical"]/@href') == [BASE + path]
        image = tree.xpath('//meta[@property="og:image"]/@content')[0][len(BASE):]
        assert site[image][1].startswith(b"\x89PNG\r\n\x1a\n")
        ld = json.loads(tree.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert ld["@type"] == "NewsArticle" and ld["headline"] == record["title"]
        published = datetime.fromisoformat(record["published"])
        assert datetime.fromisoformat(ld["datePublished"]) == published
        assert ld["articleSection"] == record["section"] and ld["keywords"]
        assert ld["author"][0]["name"] == record["author"]
        author_href = tree.xpath("//a[text()=$name]/@href", name=record["author"])
        assert any(href in site for href in author_href), path
        assert ">Home<" in text and "In:" in text
        for marker in ("x.com/intent", "facebook.com/sharer", "linkedin.com/sharing", "mailto:",
                       "Copy link"):
            assert marker in text, (path, marker)
        assert re.search(r">[a-z !-]+ \(\d\)</button>", text), path
        assert ">Related<" in text
        assert record["title"] in text
        if record["credit"]:
            assert record["credit"] in text
        for paragraph in record["paragraphs"]:
            assert paragraph in text


def test_outlets_use_different_markup(site: dict[str, tuple[str, bytes]]) -> None:
    classes = {}
    for outlet in OUTLETS:
        path = articles_of(outlet.slug)[0]["path"]
        tree = lxml_html.fromstring(site[path][1])
        classes[outlet.slug] = {c for value in tree.xpath("//@class") for c in value.split()}
    slugs = list(classes)
    for i, a in enumerate(slugs):
        for b in slugs[i + 1:]:
            overlap = len(classes[a] & classes[b]) / len(classes[a] | classes[b])
            assert overlap < 0.3, (a, b, overlap)


BOILERPLATE = ("Privacy policy", "Cookie settings", "All rights reserved", "Sign up",
               "Share on Facebook", "Most read", "Recommended", "About the author")


@pytest.mark.parametrize("outlet", [o.slug for o in OUTLETS])
def test_trafilatura_extracts_the_body_without_navigation_or_footer(
    site: dict[str, tuple[str, bytes]], outlet: str,
) -> None:
    record = articles_of(outlet)[2]
    path = record["path"]
    text = trafilatura.extract(site[path][1].decode("utf-8"), url=BASE + path) or ""
    for paragraph in record["paragraphs"]:
        assert paragraph in text, (path, paragraph[:50])
    for label in BOILERPLATE:
        assert label not in text, (path, label)
    nav = lxml_html.fromstring(site[path][1]).xpath("//ul[1]/li/a/text()")
    assert not [item for item in nav if len(item) > 8 and "\n%s\n" % item in "\n%s\n" % text]


def test_images_and_logos_are_valid(site: dict[str, tuple[str, bytes]]) -> None:
    for path, (content_type, body) in site.items():
        if content_type == "image/png":
            # A real PNG: signature, IHDR size, and IDAT rows that decompress to that size.
            width, height = struct.unpack(">II", body[16:24])
            start = body.index(b"IDAT")
            (length,) = struct.unpack(">I", body[start - 4:start])
            assert len(zlib.decompress(body[start + 4:start + 4 + length])) == height * (
                1 + 3 * width), path
        elif content_type.startswith("image/svg+xml"):
            assert etree.fromstring(body).tag == "{http://www.w3.org/2000/svg}svg"
