"""Find the feeds a web page advertises, and tell HTML pages from feeds.

An editor pastes a site's address, not its feed's; the page's `<link rel="alternate">` elements
name the feeds. Links in the body to obvious feed paths are a weaker hint, used after those.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

from masthead.pipeline.xmlsafe import root_tag

__all__ = ["discover_feeds", "looks_like_html"]

_FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/x-rss+xml",
        "application/x-atom+xml",
    }
)
# Generic types name a feed only when the link says so: WordPress puts
# <link rel="alternate" type="application/json"> to its REST API on every page, which is no feed.
_GENERIC_TYPES = frozenset({"application/json", "application/xml", "text/xml"})
_FEEDISH = re.compile(r"\b(?:rss|atom|feed|syndication)\b", re.IGNORECASE)
_FEED_PATH = re.compile(
    r"(?:/feed|/rss|/atom|\.rss|\.xml|\.atom|\.rdf|/feed\.json)$", re.IGNORECASE
)
_NOT_FEED_PATH = re.compile(r"sitemap|/wp-json/|oembed", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")

_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "urlset", "sitemapindex", "opml"})
# Elements that open an HTML document (tag soup often starts without <html>), never a feed.
_HTML_ROOTS = frozenset(
    {
        "html",
        "head",
        "body",
        "meta",
        "title",
        "link",
        "script",
        "style",
        "base",
        "div",
        "p",
        "table",
        "span",
        "a",
        "header",
        "main",
        "section",
        "article",
        "nav",
        "noscript",
        "form",
        "h1",
        "h2",
        "center",
        "font",
        "iframe",
        "img",
        "br",
    }
)
_HTML_DOCTYPE = re.compile(rb"<!doctype\s+html", re.IGNORECASE)


def looks_like_html(data: bytes, content_type: str = "") -> bool:
    """True when `data` is a web page rather than a feed, sitemap or OPML file.

    The body wins over the Content-Type: feeds served as text/html are common.
    """
    root = root_tag(data).rpartition(":")[2].lower()
    if root in _FEED_ROOTS:
        return False
    start = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"{", b"[")):
        return False
    if root in _HTML_ROOTS or _HTML_DOCTYPE.search(start[:1024]):
        return True
    mime = content_type.split(";")[0].strip().lower()
    return mime in ("text/html", "application/xhtml+xml")


def _parse(document: bytes | str) -> etree._Element | None:
    if isinstance(document, bytes):
        try:
            # Bytes that are valid UTF-8 are UTF-8; otherwise lxml reads the <meta charset>.
            document = document.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if isinstance(document, str):
        # lxml refuses str input that carries an XML declaration (XHTML pages do).
        document = _XML_DECLARATION.sub("", document, count=1)
    if not document.strip():
        return None
    try:
        return lxml.html.document_fromstring(document)
    except (etree.ParserError, ValueError):
        return None


def _http(href: str | None, base: str) -> str:
    if not href or not href.strip():
        return ""
    try:
        absolute = urldefrag(urljoin(base, href.strip()))[0]
        parts = urlsplit(absolute)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return absolute


def _same_site(url: str, page: str) -> bool:
    """Same host, or one a subdomain of the other (feeds.site.example for www.site.example)."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    page_host = (urlsplit(page).hostname or "").removeprefix("www.")
    if not host or not page_host:
        return False
    return host == page_host or host.endswith("." + page_host) or page_host.endswith("." + host)


def _alternate_feed(element: etree._Element) -> bool:
    rel = (element.get("rel") or "").lower().split()
    mime = (element.get("type") or "").split(";")[0].strip().lower()
    if "feed" in rel:
        return True
    if "alternate" not in rel:
        return False
    if mime in _FEED_TYPES:
        return True
    if mime in _GENERIC_TYPES:
        href = element.get("href") or ""
        hint = f"{element.get('title') or ''} {href}"
        return bool(_FEEDISH.search(hint)) and not _NOT_FEED_PATH.search(href)
    return False


def _feed_anchor(element: etree._Element, absolute: str, page: str) -> bool:
    if (element.get("type") or "").split(";")[0].strip().lower() in _FEED_TYPES:
        return True
    path = urlsplit(absolute).path.rstrip("/")
    return (
        bool(_FEED_PATH.search(path))
        and not _NOT_FEED_PATH.search(path)
        # Links to other sites' feeds (blogrolls, aggregators) are not this site's feed.
        and _same_site(absolute, page)
    )


def discover_feeds(html: bytes | str, url: str) -> list[str]:
    """Absolute feed URLs a page names: <link rel=alternate> first, then <a> to feed paths.

    In document order within each group, without duplicates; only http(s) URLs.
    """
    root = _parse(html)
    if root is None:
        return []
    base = url
    for element in root.iter("base"):
        candidate = _http(element.get("href"), url)
        if candidate:
            base = candidate
        break
    primary: list[str] = []
    fallback: list[str] = []
    for element in root.iter("link", "a"):
        href = _http(element.get("href"), base)
        if not href:
            continue
        if element.tag == "link":
            if _alternate_feed(element):
                primary.append(href)
        elif _feed_anchor(element, href, url):
            fallback.append(href)
    return list(dict.fromkeys(primary + fallback))
