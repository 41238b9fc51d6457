"""Parse XML sitemaps (with the Google News and image extensions), sitemap indexes, gzipped
sitemaps and plain-text sitemaps into a `Feed` of kind "sitemap".

News sites that publish no feed usually publish a news sitemap, which carries the title, language
and publication date of each recent article. Sitemaps can hold 50,000 URLs, so XML is streamed
and each element dropped once read.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from masthead.pipeline.discover import looks_like_html
from masthead.pipeline.draft import Feed, FeedEntry
from masthead.pipeline.feeds import FeedError, http_url, parse_datetime, plain_text
from masthead.pipeline.xmlsafe import (
    MalformedXML,
    UnsafeXML,
    check_xml,
    gunzip_bounded,
    iterparse_xml,
    root_tag,
)

__all__ = ["MAX_SITEMAP_BYTES", "MAX_URLS", "parse_sitemap"]

# The sitemap protocol's own limits: 50 MiB uncompressed and 50,000 URLs per file.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
MAX_URLS = 50_000

_GZIP_MAGIC = b"\x1f\x8b"


def _local(tag: Any) -> str:
    # Comments and processing instructions have a function, not a string, as their tag.
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _child(element: etree._Element, name: str) -> etree._Element | None:
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _child_text(element: etree._Element | None, name: str) -> str:
    if element is None:
        return ""
    child = _child(element, name)
    return (child.text or "").strip() if child is not None else ""


def _url_entry(element: etree._Element, base: str) -> FeedEntry | None:
    url = http_url(_child_text(element, "loc"), base)
    if not url:
        return None
    lastmod = parse_datetime(_child_text(element, "lastmod"))
    news = _child(element, "news")
    publication = _child(news, "publication") if news is not None else None
    image = http_url(_child_text(_child(element, "image"), "loc"), base)
    keywords = _child_text(news, "keywords")
    return FeedEntry(
        url=url,
        guid=url,
        title=plain_text(_child_text(news, "title")),
        published=parse_datetime(_child_text(news, "publication_date")) or lastmod,
        updated=lastmod,
        tags=[k.strip() for k in keywords.split(",") if k.strip()],
        image=image,
        language=_child_text(publication, "language"),
    )


def _publication_name(element: etree._Element) -> str:
    news = _child(element, "news")
    publication = _child(news, "publication") if news is not None else None
    return plain_text(_child_text(publication, "name"))


def _parse_xml(data: bytes, url: str) -> Feed:
    try:
        check_xml(data)  # first, so an attack is reported as one, not as an odd root element
    except UnsafeXML as exc:
        raise FeedError(f"refused unsafe XML: {exc}") from exc
    root = root_tag(data).rpartition(":")[2].lower()
    if root not in ("urlset", "sitemapindex"):
        if root == "html" or looks_like_html(data):
            raise FeedError("not a sitemap: an HTML page")
        raise FeedError("not a sitemap: XML whose root element is <%s>" % (root[:40] or "?"))
    feed = Feed(kind="sitemap")
    seen: set[str] = set()
    try:
        for _, element in iterparse_xml(data):
            name = _local(element.tag)
            if name == "url" and root == "urlset":
                entry = _url_entry(element, url)
                if entry is not None and entry.url not in seen and len(seen) < MAX_URLS:
                    seen.add(entry.url)
                    feed.entries.append(entry)
                    feed.title = feed.title or _publication_name(element)
            elif name == "sitemap" and root == "sitemapindex":
                child = http_url(_child_text(element, "loc"), url)
                if child and child not in seen and len(seen) < MAX_URLS:
                    seen.add(child)
                    feed.sitemaps.append(child)
            else:
                continue
            # Drop what has been read so a 50,000-URL sitemap never sits in memory whole.
            element.clear()
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    except UnsafeXML as exc:
        raise FeedError(f"refused unsafe XML: {exc}") from exc
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not a sitemap: not well-formed XML ({exc})") from exc
    return feed


def _parse_text(data: bytes, url: str) -> Feed:
    feed = Feed(kind="sitemap")
    seen: set[str] = set()
    for line in data.decode("utf-8", "replace").splitlines():
        # Each line must be a whole URL on its own: nothing is resolved against the sitemap.
        entry_url = http_url(line.strip(), "")
        if entry_url and entry_url not in seen:
            seen.add(entry_url)
            feed.entries.append(FeedEntry(url=entry_url, guid=entry_url))
            if len(seen) >= MAX_URLS:
                break
    if not feed.entries:
        raise FeedError("not a sitemap: no http(s) URL found")
    return feed


def parse_sitemap(data: bytes, url: str) -> Feed:
    """Parse a sitemap, news sitemap, sitemap index (fills .sitemaps), gzip or text sitemap.

    Only http(s) URLs are kept, resolved against `url`. Raises FeedError (one human line).
    """
    if data.startswith(_GZIP_MAGIC):
        try:
            data = gunzip_bounded(data, MAX_SITEMAP_BYTES)
        except (UnsafeXML, MalformedXML) as exc:
            raise FeedError(f"not a sitemap: {exc}") from exc
    start = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start:
        raise FeedError("not a sitemap: the document is empty")
    if start[:8].lower().startswith((b"http://", b"https://")):
        return _parse_text(data, url)
    if not start.startswith(b"<") and not root_tag(data):
        raise FeedError("not a sitemap: neither XML nor a list of URLs")
    return _parse_xml(data, url)
