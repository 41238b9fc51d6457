"""Assemble the whole demo site in memory: path -> (content type, body).

Deterministic: the same bytes on every build (no clock, no unseeded randomness), so tests can
compare builds and the server can compute stable ETags.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from masthead.demo.articles import (
    SITE_EPOCH,
    Article,
    all_articles,
    articles_of,
    author_path,
    section_path,
    stable_hash,
)
from masthead.demo.content.model import Outlet
from masthead.demo.content.world import AUTHORS, OUTLETS, SECTIONS
from masthead.demo.feeds import (
    atom_feed,
    comments_feed,
    json_feed,
    news_sitemap,
    robots_txt,
    rss_feed,
)
from masthead.demo.layouts_a import (
    harbour_article,
    harbour_chrome,
    meridian_article,
    meridian_chrome,
    northwind_article,
    northwind_chrome,
)
from masthead.demo.layouts_b import (
    cobalt_article,
    cobalt_chrome,
    fieldstone_article,
    fieldstone_chrome,
    lantern_article,
    lantern_chrome,
)
from masthead.demo.layouts_c import listing_main, quorvex_article, quorvex_chrome, root_index
from masthead.demo.render_common import Head, Page, article_head, esc, head_html

DEFAULT_PORT = 8701
DEFAULT_BASE = "http://127.0.0.1:%d" % DEFAULT_PORT

HTML = "text/html; charset=utf-8"

Chrome = Callable[[Page, str], str]
ArticleMain = Callable[[Article, Page], str]

# outlet slug -> (page chrome, article main content, <title> pattern)
LAYOUTS: dict[str, tuple[Chrome, ArticleMain, str]] = {
    "harbour-ledger": (harbour_chrome, harbour_article, "%s | The Harbour Ledger"),
    "meridian": (meridian_chrome, meridian_article, "%s \u2014 The Meridian Standard"),
    "northwind": (northwind_chrome, northwind_article, "%s \u2013 Northwind Courier"),
    "lantern": (lantern_chrome, lantern_article, "%s | Lantern Wire"),
    "cobalt": (cobalt_chrome, cobalt_article, "%s \u00b7 Cobalt Review"),
    "fieldstone": (fieldstone_chrome, fieldstone_article, "%s - Fieldstone Gazette"),
    # The scraper's titles already carry its brand (that is the injection).
    "quorvex": (quorvex_chrome, quorvex_article, "%s"),
}

FEED_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "rss-summary": "application/rss+xml; charset=utf-8",
    "home": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
    "sitemap": "application/xml; charset=utf-8",
}


@dataclass(frozen=True)
class Site:
    pages: dict[str, tuple[str, bytes]]  # path -> (content type, body)
    modified: dict[str, datetime]  # path -> Last-Modified


def png(width: int, height: int, colour: str, accent: str, band: int) -> bytes:
    """A small valid PNG: a flat colour with an accent band (og:image and figure images)."""

    def rgb(hex_colour: str) -> bytes:
        return bytes.fromhex(hex_colour.lstrip("#"))

    base_row = rgb(colour) * width
    band_row = rgb(accent) * width
    raw = b"".join(
        b"\x00" + (band_row if band <= y < band + height // 5 else base_row) for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def logo_svg(name: str, colour: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40" viewBox="0 0 240 40">'
        '<rect width="240" height="40" fill="%s"/><text x="10" y="27" font-family="Georgia, '
        'serif" font-size="18" fill="#ffffff">%s</text></svg>\n' % (colour, esc(name))
    )


def stylesheet(colour: str) -> str:
    return (
        ":root { --brand: %s; }\n"
        "body { font-family: Georgia, serif; max-width: 72rem; margin: 0 auto; color: #222; }\n"
        "a { color: var(--brand); }\n"
        "header, footer { font-family: system-ui, sans-serif; }\n"
        "nav ul, .menu, ul.nav { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none;"
        " padding: 0; }\n"
        "h1 { font-size: 2rem; line-height: 1.2; }\n"
        "article p { font-size: 1.1rem; line-height: 1.6; }\n" % colour
    )


def _sections_of(outlet: str) -> tuple[str, ...]:
    present = {a.story.section for a in articles_of(outlet)}
    return tuple(s for s in SECTIONS if s in present)


Put = Callable[[str, str, "str | bytes", datetime], None]


def _listing(
    put: Put, page: Page, chrome: Chrome, path: str, heading: str, intro: str,
    items: list[Article],
) -> None:
    html = chrome(page, listing_main(page, heading, intro, items))
    put(path, HTML, html, max((a.updated for a in items), default=SITE_EPOCH))


def _outlet_pages(outlet: Outlet, base: str, put: Put) -> None:
    chrome, article_main, title_pattern = LAYOUTS[outlet.slug]
    articles = articles_of(outlet.slug)
    sections = _sections_of(outlet.slug)
    latest = tuple((a.headline, a.path) for a in articles[:5])
    newest = max(a.updated for a in articles)

    def page(path: str, title: str, description: str) -> Page:
        head = Head(title=title, description=description, canonical=base + path, outlet=outlet,
                    image=base + "/%s/logo.svg" % outlet.slug)
        return Page(outlet, base, sections, head_html(head, base), latest)

    home = "/%s/" % outlet.slug
    _listing(put, page(home, "%s \u2014 %s" % (outlet.name, outlet.tagline), outlet.tagline),
             chrome, home, "Latest news", "", list(articles))
    for section in sections:
        path = section_path(outlet.slug, section)
        items = [a for a in articles if a.story.section == section]
        description = "%s news from %s" % (section, outlet.name)
        _listing(put, page(path, title_pattern % section, description), chrome, path, section,
                 "", items)
    for author in AUTHORS:
        if author.outlet != outlet.slug:
            continue
        path = author_path(author)
        items = [a for a in articles if a.story.author == author.slug]
        intro = '<p class="role">%s</p>\n<p class="bio">%s</p>' % (esc(author.role),
                                                                   esc(author.bio))
        _listing(put, page(path, title_pattern % author.name, author.bio), chrome, path,
                 author.name, intro, items)

    for a in articles:
        head = article_head(a, base, title_pattern % a.headline)
        article_page = Page(outlet, base, sections, head, latest)
        put(a.path, HTML, chrome(article_page, article_main(a, article_page)), a.updated)
        h = stable_hash("image:" + a.path)
        accent = "#%06x" % (h & 0xFFFFFF)
        put(a.image_path, "image/png", png(240, 126, outlet.colour, accent, h % 100),
            a.published)

    put("/%s/logo.svg" % outlet.slug, "image/svg+xml; charset=utf-8",
        logo_svg(outlet.name, outlet.colour), SITE_EPOCH)
    put("/%s/static/site.css" % outlet.slug, "text/css; charset=utf-8",
        stylesheet(outlet.colour), SITE_EPOCH)

    feed_type = FEED_TYPES[outlet.kind]
    if outlet.kind in ("rss", "home"):
        put(outlet.feed_path, feed_type, rss_feed(outlet, base, full=True), newest)
    elif outlet.kind == "rss-summary":
        put(outlet.feed_path, feed_type, rss_feed(outlet, base, full=False), newest)
    elif outlet.kind == "atom":
        put(outlet.feed_path, feed_type, atom_feed(outlet, base), newest)
    elif outlet.kind == "json":
        put(outlet.feed_path, feed_type, json_feed(outlet, base), newest)
    elif outlet.kind == "sitemap":
        put(outlet.feed_path, feed_type, news_sitemap(outlet, base), newest)
    if outlet.slug == "northwind":
        put("/northwind/comments/feed/", FEED_TYPES["rss"], comments_feed(outlet, base), newest)


def build(base: str = DEFAULT_BASE) -> Site:
    """Build every page of the site, with absolute URLs on `base`."""
    pages: dict[str, tuple[str, bytes]] = {}
    modified: dict[str, datetime] = {}

    def put(path: str, content_type: str, body: str | bytes, when: datetime) -> None:
        if path in pages:
            raise ValueError("two pages at %s" % path)
        pages[path] = (content_type, body.encode("utf-8") if isinstance(body, str) else body)
        modified[path] = when

    for outlet in OUTLETS:
        _outlet_pages(outlet, base, put)
    everything = max(a.updated for a in all_articles())
    sitemaps = [o.feed_path for o in OUTLETS if o.kind == "sitemap"]
    put("/robots.txt", "text/plain; charset=utf-8", robots_txt(base, sitemaps), SITE_EPOCH)
    outlets = [(o.slug, o.name, o.tagline, o.subscribe_path) for o in OUTLETS]
    put("/", HTML, root_index(base, outlets), everything)
    return Site(pages=pages, modified=modified)


def build_site(base_url: str = DEFAULT_BASE) -> dict[str, tuple[str, bytes]]:
    """The whole demo site: path -> (content type, body). URLs inside the pages and feeds are
    absolute with `base_url` (the server passes its own)."""
    return build(base_url).pages
