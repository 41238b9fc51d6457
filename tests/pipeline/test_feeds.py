"""Feed parsing (RSS, Atom, RDF, JSON Feed) and the XML safety checks in front of it."""

from __future__ import annotations

import codecs
import gzip
import json
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from masthead.pipeline import xmlsafe
from masthead.pipeline.draft import Feed
from masthead.pipeline.feeds import FeedError, parse_datetime, parse_feed, plain_text, sniff_kind
from masthead.pipeline.opml import OPMLError, parse_opml
from masthead.pipeline.sitemaps import parse_sitemap
from masthead.pipeline.xmlsafe import MalformedXML, UnsafeXML, check_xml, parse_xml
from tests.shared_data import shared_data_path

DATA = Path(__file__).parent / "testdata" / "feeds"
SITEMAPS = Path(__file__).parent / "testdata" / "sitemaps"


def load(name: str) -> bytes:
    return (DATA / name).read_bytes()


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, sec: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, sec, tzinfo=UTC)


# --- the formats --------------------------------------------------------------------------------


def test_rss091() -> None:
    feed = parse_feed(load("rss091.xml"), "https://gazette.example/rss")
    assert (feed.kind, feed.title, feed.link, feed.language) == (
        "rss",
        "Harbour Town Gazette",
        "https://gazette.example/",
        "en-gb",
    )
    assert [e.url for e in feed.entries] == [
        "https://gazette.example/2024/ferry-winter",
        "https://gazette.example/2024/quay-cafe",
    ]
    # Declared ISO-8859-1 with a character reference: decoded, not mangled.
    assert feed.entries[1].title == "Café on the quay reopens"
    assert feed.entries[0].guid == feed.entries[0].url  # no guid: the URL stands in
    assert feed.entries[0].published is None


def test_rss20_with_extensions() -> None:
    feed = parse_feed(load("rss20.xml"), "https://ledger.example/feed/")
    assert feed.kind == "rss"
    first, second, third = feed.entries
    assert first.title == "Council approves new bike lanes on Elm Row"  # markup stripped
    assert first.guid == "ledger-4411"
    assert first.authors == ["Mira Okonkwo", "Tomas Vell"]  # dc:creator, deduplicated
    assert first.tags == ["Transport", "City Council"]
    assert first.image == "https://cdn.ledger.example/img/elm-row.jpg"  # media:content
    assert first.published == utc(2024, 5, 14, 7, 30)  # +0200 converted to UTC
    assert first.published is not None and first.published.tzinfo is not None
    assert first.summary_html == "<p>The vote was <b>7 to 2</b>.</p>"
    # content:encoded, with its relative link resolved against the feed's URL.
    assert 'href="https://ledger.example/council/minutes"' in first.content_html
    assert "<p>Work starts in June" in first.content_html
    assert second.authors == ["Ada Brightwater"]  # "email (Name)" form
    assert second.image == "https://cdn.ledger.example/img/market-thumb.jpg"  # media:thumbnail
    assert second.content_html == ""
    assert third.image == "https://cdn.ledger.example/img/tram-cover.png"  # image enclosure only


def test_rss10_rdf() -> None:
    feed = parse_feed(load("rss10.rdf"), "https://almanac.example/index.rdf")
    assert (feed.kind, feed.title, feed.language) == ("rdf", "Moss Valley Almanac", "en")
    frost, bees = feed.entries
    assert frost.url == "https://almanac.example/notes/frost-warning"
    assert frost.authors == ["Parish Weather Desk"]
    assert frost.tags == ["Weather"]
    # dc:date is the only date: it is both the update and the publication time.
    assert frost.published == frost.updated == utc(2024, 4, 2, 21, 15)
    assert bees.published == utc(2024, 4, 1, 7, 0)


def test_atom10() -> None:
    feed = parse_feed(load("atom10.xml"), "https://cahiers.example/atom.xml")
    assert feed.kind == "atom"
    assert feed.title == "Les Cahiers de la Rive & Co"  # type="html" title made plain text
    assert feed.link == "https://cahiers.example/"
    assert feed.language == "fr"
    pont, riche = feed.entries
    assert pont.guid == "tag:cahiers.example,2024:pont"
    assert pont.published == utc(2024, 3, 9, 7, 0)
    assert pont.updated == utc(2024, 3, 10, 10, 30)
    assert pont.tags == ["Ville"]  # the label, not the term
    assert pont.summary_html == "Après six mois de travaux &amp; deux retards."  # text escaped
    assert pont.content_html == "<p>Le pont <strong>rouvre</strong> lundi.</p>"
    assert pont.language == "fr"
    assert riche.title == "Un titre riche"  # xhtml title
    assert riche.content_html == "Texte brut avec un signe &lt; inférieur."
    assert riche.summary_html == riche.content_html
    assert riche.authors == ["Rédaction des Cahiers"]  # inherited from the feed (Atom rule)
    assert riche.published == riche.updated == utc(2024, 3, 8, 10, 0)


def test_json_feed_11() -> None:
    feed = parse_feed(load("jsonfeed11.json"), "https://notes.example/feed.json")
    assert (feed.kind, feed.title, feed.link, feed.language) == (
        "json",
        "Copperfield Tech Notes",
        "https://notes.example/",
        "en",
    )
    first, second, third = feed.entries  # the string item is skipped
    assert first.title == "Why our cache & queue disagree"
    assert first.authors == ["Iris Tanaka", "Ben Adeyemi"]
    assert first.tags == ["infrastructure", "caching"]
    assert first.image == "https://notes.example/img/clocks.png"
    assert first.published == utc(2024, 2, 20, 15, 0)
    assert first.updated == utc(2024, 2, 21, 9, 0)
    assert first.summary_html == "Clock skew between workers."
    assert first.content_html == "<p>Two clocks, one truth.</p>"
    assert second.url == "https://notes.example/2024/plain"  # relative, resolved
    assert second.guid == "42"  # a numeric id becomes a string
    assert second.content_html == "<p>First line.</p><p>Second &lt;paragraph&gt; &amp; more.</p>"
    assert second.authors == ["Iris Tanaka"]  # the feed's authors (JSON Feed rule)
    assert (third.url, third.guid) == ("", "no-url-only-id")


def test_json_feed_10_author_and_content_type() -> None:
    document = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Old style",
        "author": {"name": "Solo Writer"},
        "items": [{"id": "a", "url": "https://old.example/a", "content_text": "Hi"}],
    }
    feed = parse_feed(json.dumps(document).encode(), "https://old.example/feed", "application/json")
    assert feed.entries[0].authors == ["Solo Writer"]
    assert feed.entries[0].content_html == "Hi"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"[1, 2, 3]", "not an object"),
        (b'{"title": "x", "items": []}', "JSON Feed version"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}', "items list"),
        (b'{"version": ', "invalid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid JSON"),  # deep nesting: RecursionError
    ],
)
def test_json_feed_refusals(payload: bytes, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        parse_feed(payload, "https://x.example/feed.json", "application/feed+json")


def test_relative_links_and_unsafe_schemes() -> None:
    feed = parse_feed(load("relative.xml"), "https://weekly.example/feeds/main.xml")
    assert feed.link == "https://weekly.example/"
    first, unsafe = feed.entries
    assert first.url == "https://weekly.example/issues/2.html"
    assert 'href="https://weekly.example/feeds/archive/1.html"' in first.summary_html
    assert unsafe.url == ""  # javascript: never becomes an entry URL
    assert unsafe.guid  # still identifiable


def test_strings_never_none() -> None:
    for name in ("rss091.xml", "rss20.xml", "rss10.rdf", "atom10.xml", "jsonfeed11.json"):
        for entry in parse_feed(load(name), "https://x.example/").entries:
            for value in (entry.title, entry.summary_html, entry.content_html, entry.url):
                assert isinstance(value, str)


def test_gzipped_feed() -> None:
    feed = parse_feed(gzip.compress(load("rss20.xml")), "https://ledger.example/feed/")
    assert len(feed.entries) == 3


def test_http_charset_is_honoured() -> None:
    body = "<rss version='2.0'><channel><title>Новости</title></channel></rss>"
    feed = parse_feed(body.encode("koi8-r"), "https://r.example/", "text/xml; charset=koi8-r")
    assert feed.title == "Новости"


# --- sniffing and refusals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "content_type", "kind"),
    [
        (load("rss20.xml"), "", "rss"),
        (load("rss20.xml"), "text/html", "rss"),  # mislabelled feeds are common
        (load("rss10.rdf"), "", "rdf"),
        (load("atom10.xml"), "", "atom"),
        (load("jsonfeed11.json"), "", "json"),
        (b'{"items": []}', "application/feed+json", "json"),
        (b'{"data": 1}', "", "unknown"),
        ((SITEMAPS / "sitemap.xml").read_bytes(), "", "sitemap"),
        ((SITEMAPS / "sitemap.xml.gz").read_bytes(), "", "sitemap"),
        ((SITEMAPS / "sitemap-index.xml").read_bytes(), "", "sitemapindex"),
        ((SITEMAPS / "sitemap.txt").read_bytes(), "text/plain", "sitemap"),
        (b"<?xml version='1.0'?><opml version='2.0'><body/></opml>", "", "opml"),
        (b"<!DOCTYPE html><title>x</title>", "", "html"),
        (b"<div>hello</div>", "", "html"),
        (b"\n\n<HTML><body></body></HTML>", "text/plain", "html"),
        (b"hello world", "", "unknown"),
        (b"<root/>", "", "unknown"),
        ("\ufeff<feed xmlns='http://www.w3.org/2005/Atom'/>".encode("utf-16"), "", "atom"),
    ],
)
def test_sniff_kind(data: bytes, content_type: str, kind: str) -> None:
    assert sniff_kind(data, content_type) == kind


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"<!DOCTYPE html><html><body>page</body></html>", "HTML page"),
        (b"<opml version='2.0'><body/></opml>", "OPML"),
        (b"<root><child/></root>", "root element is <root>"),
        (b"just some words", "no XML element"),
        (b"<!DOCTYPE rss [<!ENTITY a 'x'>]><rss/>", "refused unsafe XML"),
        (b"\x1f\x8bnot really gzip", "corrupt gzip"),
    ],
)
def test_parse_feed_refusals(data: bytes, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        parse_feed(data, "https://x.example/feed")


def test_feedparser_never_opens_a_path(tmp_path: Path) -> None:
    # feedparser.parse(bytes) treats bytes naming an existing file as that file.
    secret = tmp_path / "secret.xml"
    secret.write_text("<rss><channel><title>CANARY-7731</title></channel></rss>")
    try:
        feed: Feed | str = parse_feed(str(secret).encode(), "https://x.example/")
    except FeedError as exc:
        feed = str(exc)
    assert "CANARY-7731" not in repr(feed)


# --- the XML safety layer -------------------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        b"<!DOCTYPE rss SYSTEM 'http://dtd.example/rss.dtd'><rss/>",
        b"<!DOCTYPE rss PUBLIC '-//X//Y//EN' 'http://dtd.example/rss.dtd'><rss/>",
        b"<!DOCTYPE rss SYSTEM 'http://dtd.example/rss.dtd' [ ]><rss/>",
        b"<!DOCTYPE rss [ ]><rss/>",
        b"<?xml version='1.0'?>\n<!-- c -->\n<!doctype rss [<!ENTITY x 'y'>]>\n<rss>&x;</rss>",
        # Entity declarations hidden in a comment: feedparser's DOCTYPE rewriting finds them.
        b"<!DOCTYPE rss>\n<!--\n<!ENTITY a 'BBBB'>\n-->\n<rss>&a;</rss>",
        b"<!ENTITY a 'x'><rss/>",
        b"<!DOCTYPE a><!DOCTYPE b><rss/>",
        # A non-ASCII root hides nothing: the scan goes on to the first ASCII tag.
        b"<\xc3\xa9/><!DOCTYPE rss [<!ENTITY a 'x'>]><rss/>",
        # The same attack in UTF-16, with and without a byte order mark.
        "<!DOCTYPE r [<!ENTITY a 'x'>]><r>&a;</r>".encode("utf-16"),
        "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'x'>]><r/>".encode("utf-16-le"),
        # UTF-7 spells '!' as '+ACE-'; a parser that trusts the declaration would see a DTD.
        b"<?xml version='1.0' encoding='utf-7'?><+ACE-DOCTYPE r +AFs-<+ACE-ENTITY a 'x'>]><r/>",
        b"<?xml version='1.0'?><!--" + b"x" * (2 << 20) + b"--><rss/>",  # prolog too long
        b"\x1f\x8b\x08\x00",  # gzip must be decompressed (bounded) first
    ],
)
def test_check_xml_refuses(document: bytes) -> None:
    with pytest.raises(UnsafeXML):
        check_xml(document)


@pytest.mark.parametrize(
    "document",
    [
        b"<rss/>",
        b"<!DOCTYPE rss>\n<rss/>",
        b"\xef\xbb\xbf<?xml version='1.0'?><?xml-stylesheet href='s.xsl'?><rss/>",
        # DOCTYPE or ENTITY text after the root element is content, not a declaration.
        b"<rss><item><description><![CDATA[<!DOCTYPE x [<!ENTITY a 'b'>]>]]></description>"
        b"</item></rss>",
        b"<!-- a comment that mentions <!DOCTYPE html> -->\n<rss/>",
        b"",
        b"no markup at all",
        "<?xml version='1.0' encoding='utf-16'?><rss/>".encode("utf-16"),
    ],
)
def test_check_xml_accepts(document: bytes) -> None:
    check_xml(document)


def test_check_xml_scans_the_http_charset() -> None:
    document = b"+ADw-+ACE-DOCTYPE r +AFs-+ADw-+ACE-ENTITY a 'x'+AD4-+AF0-+AD4-<r/>"
    check_xml(document)  # harmless read as ASCII...
    with pytest.raises(UnsafeXML):
        check_xml(document, "utf-7")  # ...but not as the server says it is


def test_check_xml_is_fast_on_large_documents() -> None:
    body = b"<rss><channel>" + b"<item><title>a &lt; b</title></item>" * 300_000 + b"</channel>"
    started = time.perf_counter()
    check_xml(body + b"</rss>")
    assert time.perf_counter() - started < 0.5  # reads the prolog only (a full parse takes seconds)


def test_parse_xml() -> None:
    root = parse_xml(b"<?xml version='1.0'?><a xmlns='urn:x'><b>1</b></a>")
    assert etree.QName(root).localname == "a"
    with pytest.raises(MalformedXML):
        parse_xml(b"<a><b></a>")
    with pytest.raises(MalformedXML):
        parse_xml(b"")
    with pytest.raises(UnsafeXML):
        parse_xml(b"<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>")


def test_hardened_parser_alone_reads_no_file(tmp_path: Path) -> None:
    """Second layer: even without check_xml, the lxml settings never load external data."""
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY-5120")
    attack = (f"<!DOCTYPE r [<!ENTITY e SYSTEM '{secret.as_uri()}'>]><r>&e;</r>").encode()
    root = etree.fromstring(attack, xmlsafe._parser())
    assert "CANARY-5120" not in etree.tostring(root).decode()


def test_gunzip_bounded() -> None:
    assert xmlsafe.gunzip_bounded(gzip.compress(b"abc" * 10)) == b"abc" * 10
    bomb = gzip.compress(b"\0" * (4 << 20))
    with pytest.raises(UnsafeXML):
        xmlsafe.gunzip_bounded(bomb, limit=1 << 20)
    with pytest.raises(MalformedXML):
        xmlsafe.gunzip_bounded(b"\x1f\x8b\x08garbage")


# --- no fetch, ever -------------------------------------------------------------------------


class _CountingHandler(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = b"<!ENTITY leaked 'LEAKED-3391'>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass


@pytest.fixture
def counting_server() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []
    handler = type("Handler", (_CountingHandler,), {"hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_nothing_is_ever_fetched(counting_server: tuple[str, list[str]]) -> None:
    base, hits = counting_server
    documents = [
        f"<!DOCTYPE rss SYSTEM '{base}/dtd'><rss><channel><title>t</title></channel></rss>",
        f"<!DOCTYPE rss [<!ENTITY e SYSTEM '{base}/entity'>]><rss><channel><title>&e;</title>"
        "</channel></rss>",
        f"<!DOCTYPE rss [<!ENTITY % p SYSTEM '{base}/param'> %p;]><rss/>",
        f"<?xml-stylesheet href='{base}/style.xsl'?><rss><channel><title>t</title></channel></rss>",
        "<rss xmlns:xi='http://www.w3.org/2001/XInclude'><channel><title>t</title>"
        f"<xi:include href='{base}/xinclude'/></channel></rss>",
        f"<opml version='2.0'><body><outline xmlUrl='{base}/x'/></body></opml>",
        f"{base}/plain-url",
    ]
    parsers: list[Callable[[bytes], object]] = [
        lambda d: parse_feed(d, base + "/feed"),
        lambda d: parse_sitemap(d, base + "/sitemap"),
        parse_opml,
    ]
    outputs = []
    for document in documents:
        for parse in parsers:
            try:
                outputs.append(repr(parse(document.encode())))
            except (FeedError, OPMLError) as exc:
                outputs.append(str(exc))
    time.sleep(0.2)  # give a (wrong) background fetch the time to arrive
    assert hits == []
    assert not any("LEAKED-3391" in output for output in outputs)


# --- the defusedxml attack files ------------------------------------------------------------

XML_PARSERS: dict[str, Callable[[bytes], object]] = {
    "parse_feed": lambda d: parse_feed(d, "https://x.example/feed"),
    "parse_sitemap": lambda d: parse_sitemap(d, "https://x.example/sitemap.xml"),
    "parse_opml": parse_opml,
}
ATTACK_FILES = [
    "cyclic.xml", "dtd.xml", "dtd_element.xml", "external.xml", "external_file.xml",
    "quadratic.xml", "schema-include.xsd", "simple-ns.xml", "simple.xml", "xalan_exec.xsl",
    "xalan_write.xsl", "xmlbomb.xml", "xmlbomb2.xml",
]  # fmt: skip


def _attack_variants(folder: Path, name: str, tmp_path: Path) -> list[bytes]:
    data = (folder / name).read_bytes()
    variants = [data]
    if b"file:///PATH/TO/" in data:
        # Point the external entity at a real file, so a leak would be visible.
        secret = tmp_path / "simple.xml"
        secret.write_text("<root>CANARY-9902</root>")
        real = secret.as_uri().encode()
        variants.append(data.replace(b"file:///PATH/TO/xmltestdata/simple.xml", real))
    return variants


@pytest.mark.shared_data
def test_attack_folder_is_complete() -> None:
    folder = shared_data_path("security/xmltestdata")
    assert sorted(p.name for p in folder.iterdir()) == sorted(ATTACK_FILES)


@pytest.mark.shared_data
@pytest.mark.parametrize("parser", sorted(XML_PARSERS))
@pytest.mark.parametrize("name", ATTACK_FILES)
def test_xmltestdata_refused_quickly(name: str, parser: str, tmp_path: Path) -> None:
    folder = shared_data_path("security/xmltestdata")
    parse = XML_PARSERS[parser]
    parse(b"<rss/>") if parser == "parse_feed" else None  # warm up lazy imports
    for data in _attack_variants(folder, name, tmp_path):
        tracemalloc.start()
        started = time.perf_counter()
        try:
            result = parse(data)
        except (FeedError, OPMLError) as exc:
            result = exc
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert elapsed < 1.0, f"{name} took {elapsed:.2f}s in {parser}"
        assert peak < 20 * 1024 * 1024, f"{name} peaked at {peak} bytes in {parser}"
        # Nothing here is a feed, a sitemap or an OPML file: every one must be refused.
        assert isinstance(result, FeedError | OPMLError), f"{name} parsed: {result!r}"
        text = str(result)
        assert "CANARY-9902" not in text and "root:x:0:0" not in text
        assert "1234567890" * 4 not in text and "B" * 1000 not in text  # no entity expanded


# --- helpers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01", utc(2024, 5, 1)),
        ("2024-05", utc(2024, 5, 1)),
        ("2024", utc(2024, 1, 1)),
        ("2024-05-01T10:20Z", utc(2024, 5, 1, 10, 20)),
        ("2024-05-01T10:20:30.123456789+02:00", datetime(2024, 5, 1, 8, 20, 30, 123456, UTC)),
        ("2024-05-01 10:20:30-0130", utc(2024, 5, 1, 11, 50, 30)),
        ("2024-05-01T10:20:30", utc(2024, 5, 1, 10, 20, 30)),  # no zone: UTC
        ("2024-13-01", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_datetime(value: str, expected: datetime | None) -> None:
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Plain  title\n here", "Plain title here"),
        ("AT&amp;T wins", "AT&T wins"),
        ("<b>Bold</b> &amp; <i>brave</i>", "Bold & brave"),
        ("x < y and y > z", "x < y and y > z"),
        ("bell\x07 char", "bell char"),
        ("", ""),
    ],
)
def test_plain_text(value: str, expected: str) -> None:
    assert plain_text(value) == expected


def test_utf16_feed_parses() -> None:
    body = codecs.BOM_UTF16_LE + (
        "<?xml version='1.0' encoding='utf-16'?><rss version='2.0'><channel><title>Ünïcode"
        "</title><item><title>one</title><link>https://u.example/1</link></item></channel></rss>"
    ).encode("utf-16-le")
    feed = parse_feed(body, "https://u.example/feed")
    assert feed.title == "Ünïcode"
    assert [e.url for e in feed.entries] == ["https://u.example/1"]


def test_netscape_rss_091_doctype_is_inert_and_allowed() -> None:
    # The external DTD is only named, never loaded: the feed parses and nothing is fetched.
    feed = parse_feed(
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS '
        b'0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91">'
        b"<channel><title>Old Mill Notes</title><link>https://mill.example/</link>"
        b"<item><title>Wheel turns again</title><link>https://mill.example/wheel</link></item>"
        b"</channel></rss>",
        "https://mill.example/rss.xml",
    )
    assert feed.title == "Old Mill Notes"
    assert [entry.url for entry in feed.entries] == ["https://mill.example/wheel"]


def test_named_local_dtd_is_never_read(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "CANARY-5120">')
    feed = parse_feed(
        b'<!DOCTYPE rss SYSTEM "' + dtd.as_uri().encode() + b'"><rss version="2.0"><channel>'
        b"<title>Quiet &amp; safe</title><item><title>one</title><link>https://q.example/1"
        b"</link></item></channel></rss>",
        "https://q.example/feed",
    )
    assert "CANARY-5120" not in repr(feed)
    assert feed.title == "Quiet & safe"
