"""Parse RSS 0.9x/1.0/2.0, Atom and JSON Feed into plain `Feed` data.

XML feeds go through feedparser, which copes with the broken feeds of the real web, but only after
`check_xml` has refused every DTD and entity declaration (see xmlsafe). JSON Feed is parsed here:
it is small, strict and needs no recovery. The HTML of summaries and content is returned as the
feed carries it, after feedparser's own sanitiser (kept on as defence in depth); the project's
sanitiser runs in a later step.
"""

from __future__ import annotations

import codecs
import html
import io
import json
import logging
import re
import zlib
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html
from lxml import etree

from masthead.pipeline.discover import looks_like_html
from masthead.pipeline.draft import Feed, FeedEntry
from masthead.pipeline.xmlsafe import (
    MalformedXML,
    UnsafeXML,
    check_xml,
    gunzip_bounded,
    root_tag,
)

__all__ = ["FeedError", "parse_datetime", "parse_feed", "plain_text", "sniff_kind"]

logger = logging.getLogger(__name__)


class FeedError(ValueError):
    """The data is not a feed this step can read; the message is one line for a human."""


_GZIP_MAGIC = b"\x1f\x8b"
_VERSION_KINDS = (("rss090", "rdf"), ("rss10", "rdf"), ("rss", "rss"), ("atom", "atom"))
_ROOT_KINDS = {
    "rss": "rss",
    "feed": "atom",
    "rdf": "rdf",
    "urlset": "sitemap",
    "sitemapindex": "sitemapindex",
    "opml": "opml",
    "html": "html",
}
_JSON_FEED_VERSION = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')
_TEXT_SITEMAP = re.compile(rb"\A\s*https?://[^\s<>\"]+\s*(?:\r?\n|\Z)")
_TAG = re.compile(r"<[A-Za-z/!?][^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# Characters XML and lxml refuse; feeds in the wild carry them, and they mean nothing in a title.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_EMAIL_NAME = re.compile(r"^\s*[^\s()<>@]+@[^\s()<>]+\s*\((?P<name>[^()]*)\)\s*$")
_NAME_EMAIL = re.compile(r"^\s*(?P<name>[^<>]*?)\s*<[^<>@]+@[^<>]+>\s*$")
_W3C_DATE = re.compile(
    r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"\s*([Zz]|[+-]\d{2}:?\d{2})?)?)?)?\s*$"
)
_IMAGE_PATH = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Small helpers shared with sitemaps.py


def parse_datetime(value: str) -> datetime | None:
    """A W3C/RFC 3339 date or date-time as an aware UTC datetime; None when unreadable.

    Accepts the reduced forms sitemaps use (YYYY, YYYY-MM, YYYY-MM-DD); a time without a zone
    is taken as UTC, which is what such feeds nearly always mean.
    """
    match = _W3C_DATE.match(value or "")
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        tz: timezone = UTC
        if zone and zone not in "Zz":
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            tz = timezone(sign * offset)
        result = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=tz,
        )
        return result.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def plain_text(value: str) -> str:
    """Markup-free, entity-free, whitespace-collapsed text (for titles and names)."""
    if not value:
        return ""
    value = _CONTROL.sub("", value)
    if _TAG.search(value):
        try:
            value = lxml.html.fragment_fromstring(value, create_parent="div").text_content()
        except (etree.ParserError, ValueError):
            value = html.unescape(_TAG.sub("", value))
    elif _ENTITY.search(value):
        # Plain text that still holds entities was escaped twice by its publisher.
        value = html.unescape(value)
    return " ".join(value.split())


def http_url(value: object, base: str) -> str:
    """`value` resolved against `base` when it is an http(s) URL, else ""."""
    if not isinstance(value, str) or not value.strip():
        return ""
    try:
        resolved = urljoin(base, value.strip())
        parts = urlsplit(resolved)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return resolved


def _text_to_html(text: str) -> str:
    text = _CONTROL.sub("", text).strip()
    if "\n\n" not in text:
        return html.escape(text, quote=False)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            result.append(value)
    return result


def _split_content_type(content_type: str) -> tuple[str, str]:
    """(media type, charset) with the charset only when Python knows it."""
    mime, *params = content_type.split(";")
    charset = ""
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            candidate = value.strip().strip("\"'").strip()
            try:
                codecs.lookup(candidate)
            except LookupError:
                continue
            charset = candidate
    return mime.strip().lower(), charset


# ---------------------------------------------------------------------------------------------
# Sniffing


def sniff_kind(data: bytes, content_type: str = "") -> str:
    """What `data` is: rss, atom, rdf, json, sitemap, sitemapindex, opml, html or unknown.

    The body decides; the Content-Type only breaks ties, because servers label feeds text/html
    and pages text/xml often enough.
    """
    if data.startswith(_GZIP_MAGIC):
        try:
            data = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 65536)
        except zlib.error:  # corrupt gzip is simply not sniffable
            return "unknown"
    mime, _ = _split_content_type(content_type)
    start = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"{", b"[")):
        if _JSON_FEED_VERSION.search(data[:65536]) or mime in (
            "application/feed+json",
            "application/json",
        ):
            return "json"
        return "unknown"
    root = root_tag(data).rpartition(":")[2].lower()
    if root in _ROOT_KINDS:
        return _ROOT_KINDS[root]
    if looks_like_html(data, mime):
        return "html"
    if _TEXT_SITEMAP.match(data[:4096]):
        return "sitemap"
    return "unknown"


# ---------------------------------------------------------------------------------------------
# XML feeds through feedparser


def _struct_to_datetime(value: Any) -> datetime | None:
    # feedparser normalises every date it understands to a UTC struct_time.
    if not value:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in value[:6])
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _author_names(entry: dict[str, Any]) -> list[str]:
    authors = dict.get(entry, "authors") or []
    raw = dict.get(entry, "author") or ""
    if isinstance(raw, str) and "@" in raw and len(authors) <= 1:
        # feedparser mis-splits "desk@site.example (Jo Smith)" when the domain is unusual.
        match = _EMAIL_NAME.match(raw) or _NAME_EMAIL.match(raw)
        return [plain_text(match.group("name"))] if match else []
    names = []
    for author in authors:
        if isinstance(author, dict):
            name = author.get("name") or ""
            if isinstance(name, str) and "@" not in name:
                names.append(plain_text(name))
    return _dedupe(names)


def _image(entry: dict[str, Any], base: str) -> str:
    for media in dict.get(entry, "media_content") or []:
        if not isinstance(media, dict):
            continue
        medium = str(media.get("medium") or "").lower()
        mime = str(media.get("type") or "").lower()
        url = http_url(media.get("url"), base)
        is_image = medium == "image" or mime.startswith("image/")
        unlabelled = not medium and not mime and bool(_IMAGE_PATH.search(urlsplit(url).path))
        if url and (is_image or unlabelled):
            return url
    for thumbnail in dict.get(entry, "media_thumbnail") or []:
        url = http_url(thumbnail.get("url"), base) if isinstance(thumbnail, dict) else ""
        if url:
            return url
    for link in dict.get(entry, "links") or []:
        if (
            isinstance(link, dict)
            and link.get("rel") == "enclosure"
            and str(link.get("type") or "").lower().startswith("image/")
        ):
            url = http_url(link.get("href"), base)
            if url:
                return url
    itunes = dict.get(entry, "image")
    if isinstance(itunes, dict):
        return http_url(itunes.get("href"), base)
    return ""


def _detail_html(detail: Any) -> str:
    """The HTML of a feedparser text construct (escaping it when the feed says plain text)."""
    if not isinstance(detail, dict):
        return ""
    value = detail.get("value") or ""
    if not isinstance(value, str):
        return ""
    if str(detail.get("type") or "") == "text/plain":
        return _text_to_html(value)
    return value


def _entry_language(entry: dict[str, Any], default: str) -> str:
    for key in ("content", "summary_detail", "title_detail"):
        detail = dict.get(entry, key)
        if isinstance(detail, list):
            detail = detail[0] if detail else None
        if isinstance(detail, dict) and isinstance(detail.get("language"), str):
            return str(detail["language"])
    return default


def _xml_entry(entry: dict[str, Any], base: str, language: str, inherited: list[str]) -> FeedEntry:
    url = http_url(dict.get(entry, "link"), base)
    guid = dict.get(entry, "id")
    contents = [c for c in dict.get(entry, "content") or [] if isinstance(c, dict)]
    # Several content elements are rare; the first HTML one is the article.
    contents.sort(key=lambda c: str(c.get("type") or "") == "text/plain")
    summary_html = _detail_html(dict.get(entry, "summary_detail"))
    if not summary_html and contents and dict.get(entry, "summary") == contents[0].get("value"):
        # feedparser copies a lone <content> into summary without its type: keep the escaping.
        summary_html = _detail_html(contents[0])
    elif not summary_html and isinstance(dict.get(entry, "summary"), str):
        summary_html = str(dict.get(entry, "summary"))
    published = _struct_to_datetime(dict.get(entry, "published_parsed"))
    updated = _struct_to_datetime(dict.get(entry, "updated_parsed"))
    tags = []
    for tag in dict.get(entry, "tags") or []:
        if isinstance(tag, dict):
            tags.append(plain_text(str(tag.get("label") or tag.get("term") or "")))
    return FeedEntry(
        url=url,
        guid=guid if isinstance(guid, str) and guid.strip() else url,
        title=plain_text(str(dict.get(entry, "title") or "")),
        summary_html=summary_html,
        content_html=_detail_html(contents[0]) if contents else "",
        authors=_author_names(entry) or list(inherited),
        # RSS 1.0 (dc:date) and many Atom feeds date an entry only with "updated".
        published=published or updated,
        updated=updated,
        tags=_dedupe(tags),
        image=_image(entry, base),
        language=_entry_language(entry, language),
    )


def _kind_of(version: str, sniffed: str) -> str:
    for prefix, kind in _VERSION_KINDS:
        if version.startswith(prefix):
            return kind
    if version == "cdf":
        return "rss"
    return sniffed if sniffed in ("rss", "atom", "rdf") else ""


def _parse_xml_feed(data: bytes, url: str, charset: str, sniffed: str) -> Feed:
    # Always a stream: given bytes, feedparser may treat them as a file name and open it.
    headers = {"content-type": "application/xml", "content-location": url}
    if charset:
        headers["content-type"] += f"; charset={charset}"
    try:
        result = feedparser.parse(
            io.BytesIO(data),
            response_headers=headers,
            sanitize_html=True,
            resolve_relative_uris=True,
        )
    except Exception as exc:  # hostile input must never crash a fetch loop
        logger.info("feedparser failed on %s: %r", url, exc)
        raise FeedError(f"not a feed: the feed parser failed ({type(exc).__name__})") from exc
    meta = result.get("feed") or {}
    entries = [e for e in result.get("entries") or [] if isinstance(e, dict)]
    kind = _kind_of(str(result.get("version") or ""), sniffed)
    if not kind and not entries:
        root = root_tag(data)
        if root:
            raise FeedError(f"not a feed: XML whose root element is <{root[:40]}>")
        raise FeedError("not a feed: no RSS, Atom or RDF structure found")
    title_detail = dict.get(meta, "title_detail")
    language = str(dict.get(meta, "language") or "")
    if not language and isinstance(title_detail, dict):
        language = str(title_detail.get("language") or "")
    inherited: list[str] = []
    if kind == "atom":  # an Atom feed's authors are the authors of entries that name none
        inherited = _author_names(meta)
    return Feed(
        kind=kind or "rss",
        title=plain_text(str(dict.get(meta, "title") or "")),
        link=http_url(dict.get(meta, "link"), url),
        language=language,
        entries=[_xml_entry(entry, url, language, inherited) for entry in entries],
    )


# ---------------------------------------------------------------------------------------------
# JSON Feed 1.0 / 1.1


def _json_str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _json_authors(holder: dict[str, Any]) -> list[str]:
    authors = holder.get("authors")
    if not isinstance(authors, list):  # JSON Feed 1.0 has a single "author"
        authors = [holder.get("author")]
    names = [plain_text(_json_str(a.get("name"))) for a in authors if isinstance(a, dict)]
    return _dedupe(names)


def _json_item(item: dict[str, Any], base: str, language: str, inherited: list[str]) -> FeedEntry:
    url = http_url(item.get("url"), base) or http_url(item.get("external_url"), base)
    raw_id = item.get("id")
    guid = str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else ""
    content_html = _json_str(item.get("content_html"))
    if not content_html and _json_str(item.get("content_text")):
        content_html = _text_to_html(_json_str(item.get("content_text")))
    image = http_url(item.get("image"), base) or http_url(item.get("banner_image"), base)
    attachments = item.get("attachments")
    for attachment in attachments if isinstance(attachments, list) else []:
        if image:
            break
        if isinstance(attachment, dict) and _json_str(attachment.get("mime_type")).startswith(
            "image/"
        ):
            image = http_url(attachment.get("url"), base)
    tags = item.get("tags")
    return FeedEntry(
        url=url,
        guid=guid.strip() or url,
        title=plain_text(_json_str(item.get("title"))),
        summary_html=_text_to_html(_json_str(item.get("summary"))),
        content_html=content_html,
        authors=_json_authors(item) or list(inherited),
        published=parse_datetime(_json_str(item.get("date_published"))),
        updated=parse_datetime(_json_str(item.get("date_modified"))),
        tags=_dedupe([plain_text(t) for t in tags if isinstance(t, str)])
        if isinstance(tags, list)
        else [],
        image=image,
        language=_json_str(item.get("language")) or language,
    )


def _parse_json_feed(data: bytes, url: str) -> Feed:
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly nested arrays
        raise FeedError(f"not a feed: invalid JSON ({str(exc)[:100]})") from exc
    if not isinstance(document, dict):
        raise FeedError("not a feed: JSON that is not an object")
    version = _json_str(document.get("version"))
    if not re.match(r"https?://jsonfeed\.org/version/", version):
        raise FeedError("not a feed: JSON without a JSON Feed version")
    items = document.get("items")
    if not isinstance(items, list):
        raise FeedError("not a feed: a JSON Feed without an items list")
    language = _json_str(document.get("language"))
    inherited = _json_authors(document)
    entries = [
        _json_item(item, url, language, inherited) for item in items if isinstance(item, dict)
    ]
    return Feed(
        kind="json",
        title=plain_text(_json_str(document.get("title"))),
        link=http_url(document.get("home_page_url"), url),
        language=language,
        entries=entries,
    )


# ---------------------------------------------------------------------------------------------


def parse_feed(data: bytes, url: str, content_type: str = "") -> Feed:
    """Parse an RSS, Atom, RDF or JSON feed (or, handed one by mistake, a sitemap).

    `url` is where the feed was fetched from: relative links resolve against it. An entry's
    `url` is "" when it has no http(s) link; `guid` falls back to the URL. Raises FeedError with
    one human-readable line when the data is not a feed or is refused as unsafe.
    """
    if data.startswith(_GZIP_MAGIC):
        try:
            data = gunzip_bounded(data)
        except (UnsafeXML, MalformedXML) as exc:
            raise FeedError(f"not a feed: {exc}") from exc
    if not data.strip():
        raise FeedError("not a feed: the document is empty")
    _, charset = _split_content_type(content_type)
    kind = sniff_kind(data, content_type)
    if kind == "json":
        return _parse_json_feed(data, url)
    if kind == "html":
        raise FeedError("not a feed: an HTML page (its <link rel=alternate> may name the feed)")
    if kind == "opml":
        raise FeedError("not a feed: an OPML subscription list (import it instead)")
    if kind in ("sitemap", "sitemapindex"):
        # Imported here: sitemaps.py uses this module's FeedError and date parser.
        from masthead.pipeline.sitemaps import parse_sitemap

        return parse_sitemap(data, url)
    try:
        check_xml(data, charset, allow_external_dtd=True)
    except UnsafeXML as exc:
        raise FeedError(f"refused unsafe XML: {exc}") from exc
    if kind == "unknown" and not root_tag(data):
        raise FeedError("not a feed: no XML element or JSON object found")
    return _parse_xml_feed(data, url, charset, kind)
