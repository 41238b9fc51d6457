"""Article extraction: one fetched HTML page (plus its feed entry) -> an ArticleDraft.

The page is decoded and parsed once (`pageparse`). Its metadata comes from that tree: the
page's own markup (`pagemeta`: Open Graph, JSON-LD, precise timestamps, breadcrumb section,
column, original source, author bios) and trafilatura's metadata readers, called through
`trafmeta.PageMetadata` so that each costly one (htmldate's date search, the author and
category heuristics) runs only when its answer is needed. trafilatura then extracts the
main text from a copy of the same tree. Trafilatura settings (TRAFILATURA_OPTIONS), chosen
on its evaluation pages: balanced mode (favor_precision lost ~3 points of recall for ~2 of
precision), no comments, tables, links and formatting kept so the body HTML keeps its
structure, images left out (their captions and photo credits leaked into the text: -2
points of precision; the lead image is `image`). trafilatura gets no URL, since it would
resolve links against the host root only; the extracted body's links are made absolute
here, against the page's own URL (or <base href>). The body HTML always goes through
`sanitize_html`; the plain text is derived from that sanitised HTML, so text and html
always say the same thing. Credit lines, and a headline, kicker or byline repeated at the
top of the body, are taken out of both (see `credits`).

Cost, on trafilatura's evaluation pages: about 1.15 to 1.2 times `trafilatura.extract` alone
(measured by `masthead bench ingest`); most of the excess is metadata (see `trafmeta`).

`extract_article` never raises: on hostile or broken input it returns what it found.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring
from trafilatura.htmlprocessing import convert_to_html
from trafilatura.settings import Document

from masthead.pipeline import pagemeta
from masthead.pipeline.credits import parse_credit_line
from masthead.pipeline.draft import ArticleDraft, FeedEntry
from masthead.pipeline.pagemeta import absolute_url, squash
from masthead.pipeline.pageparse import decode_html, parse_page
from masthead.pipeline.sanitize import html_to_text, sanitize_html
from masthead.pipeline.textfields import summarize
from masthead.pipeline.trafmeta import PageMetadata
from masthead.pipeline.widgets import prune_widgets

__all__ = ["decode_html", "extract_article", "split_authors"]

logger = logging.getLogger(__name__)

SUMMARY_LENGTH = 300
# The feed's body replaces the page's when the page yields less than this share of it
# (a teaser page, a paywall) -- "no body" is the extreme case.
FEED_BODY_RATIO = 0.8
_MAX_TAGS = 30

TRAFILATURA_OPTIONS: dict[str, Any] = {
    # Metadata comes from `trafmeta.PageMetadata`, which computes only the fields needed.
    "with_metadata": False,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,  # True let image captions and photo credits into the text
    "include_links": True,
    "include_formatting": True,
    # "html" rather than the default "python": skips trafilatura's own text rendering,
    # which Masthead does not use (it renders text from the sanitised HTML).
    "output_format": "html",
}


def _base_url(tree: HtmlElement, url: str) -> str:
    """The URL relative links are resolved against: the page's <base href>, else `url`."""
    for element in tree.iter("base"):
        return absolute_url(element.get("href"), url) or url
    return url


def _absolutize_links(body: HtmlElement, base: str) -> None:
    """Make every <a href> of an extracted body absolute.

    trafilatura would resolve links against the host root only ("../a" on /x/y/z -> /a),
    so it gets no URL and links are resolved here, properly, in the body only.
    """
    if not base:
        return
    for anchor in body.iter("a"):
        href = anchor.get("href")
        if href and not href.startswith(("http://", "https://", "#", "mailto:")):
            resolved = absolute_url(href, base)
            if resolved:
                anchor.set("href", resolved)


def _run_trafilatura(tree: HtmlElement) -> Document | None:
    """The document with a body, or None."""
    # No URL: it would only be used to resolve links, against the host root (see above).
    document = trafilatura.bare_extraction(tree, url=None, **TRAFILATURA_OPTIONS)
    if isinstance(document, Document) and document.body is not None:
        return document
    return None


def _blocks_of(container: HtmlElement) -> list[tuple[str, str, str]]:
    """Top-level blocks of a body as (tag, text, html)."""
    blocks = []
    if container.text and container.text.strip():
        blocks.append(("p", squash(container.text), f"<p>{_escape(container.text)}</p>"))
    for child in container:
        if not isinstance(child.tag, str):
            continue
        markup = etree.tostring(child, encoding="unicode", method="html", with_tail=False)
        text = squash(" ".join(child.itertext()))
        if text or child.tag == "img" or child.find(".//img") is not None:
            blocks.append((child.tag, text, markup))
        if child.tail and child.tail.strip():
            blocks.append(("p", squash(child.tail), f"<p>{_escape(child.tail)}</p>"))
    return blocks


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BYLINE_RE = re.compile(r"^(?:by|von|par|por|door|di)\s", re.IGNORECASE)


def _is_lead_furniture(tag: str, text: str, furniture: _Furniture) -> bool:
    """The headline, kicker or byline repeated at the top of an extracted body."""
    folded = text.casefold()
    if tag in _HEADINGS and folded == furniture.title.casefold():
        return True
    if furniture.column and folded == furniture.column.casefold():
        return True
    return (
        len(text) <= 120
        and bool(_BYLINE_RE.match(text))
        and any(author.casefold() in folded for author in furniture.authors)
    )


@dataclass
class _Furniture:
    """What surrounds a story on its page and must not be repeated inside its body."""

    title: str = ""
    column: str = ""
    authors: list[str] = field(default_factory=list)


def _body_from_blocks(
    blocks: list[tuple[str, str, str]], url: str, furniture: _Furniture
) -> tuple[str, str, list[str]]:
    """(sanitised html, text, contributors): credit lines and lead furniture taken out."""
    kept, contributors = [], []
    for position, (tag, text, markup) in enumerate(blocks):
        if position < 3 and _is_lead_furniture(tag, text, furniture):
            continue
        names = parse_credit_line(text) if tag in ("p", "div") else None
        if names is None:
            kept.append(markup)
        else:
            contributors.extend(names)
    html = sanitize_html("\n".join(kept), url)
    return html, html_to_text(html), _dedupe(contributors)


def _trafilatura_body(
    document: Document, url: str, furniture: _Furniture
) -> tuple[str, str, list[str]]:
    html_root = convert_to_html(document.body)  # rewrites trafilatura's XML tags in place
    body = html_root.find("body")
    container = body if body is not None else html_root
    _absolutize_links(container, url)
    return _body_from_blocks(_blocks_of(container), url, furniture)


def _feed_body(entry: FeedEntry, url: str, furniture: _Furniture) -> tuple[str, str, list[str]]:
    source = entry.content_html or entry.summary_html
    cleaned = sanitize_html(source, url)
    if not cleaned:
        return "", "", []
    try:
        container = fragment_fromstring(cleaned, create_parent="div")
    except (etree.ParserError, ValueError):
        return cleaned, html_to_text(cleaned), []
    return _body_from_blocks(_blocks_of(container), url, furniture)


def _dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            result.append(value)
    return result


_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:;|,|\||&|\band\b|\bund\b)\s*", re.IGNORECASE)
_AUTHOR_PREFIX_RE = re.compile(r"^(?:by|von|vom|par|por|door|text|written by)[:\s]+", re.IGNORECASE)
_NOT_AUTHORS = frozenset({"no author", "admin", "administrator", "unknown", "anonymous", "author"})
_ROLE_WORDS = frozenset(
    "correspondent editor reporter writer columnist contributor staff journalist redaktion "
    "redakteur redakteurin autor autorin photographer".split()
)


def split_authors(value: str | None) -> list[str]:
    """'By A and B', 'A, B', 'A; B' -> ['A', 'B']; job titles after a comma are dropped."""
    names = []
    for chunk in _AUTHOR_SPLIT_RE.split(value or ""):
        chunk = _AUTHOR_PREFIX_RE.sub("", squash(chunk)).strip(" :-\u2013\u2014")
        words = chunk.split()
        if not chunk or len(chunk) > 80 or len(words) > 8 or not any(c.isalpha() for c in chunk):
            continue
        if chunk.casefold() in _NOT_AUTHORS:
            continue
        if any(word.lower().strip(".,") in _ROLE_WORDS for word in words):
            continue
        names.append(chunk)
    return _dedupe(names)


def _language(value: str | None) -> str:
    """Primary language subtag, lower-cased: 'de-DE' -> 'de'."""
    primary = re.split(r"[-_]", squash(value).lower(), maxsplit=1)[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def _split_keywords(values: list[str]) -> list[str]:
    found: list[str] = []
    for value in values:
        found.extend(part.strip() for part in re.split(r"[,;]", value))
    return found


def _summary(text: str) -> str:
    """The first ~SUMMARY_LENGTH characters of `text`, cut at a sentence or word end."""
    first = text.split("\n\n", 1)[0]
    return summarize(first if len(first) > 80 else text, SUMMARY_LENGTH)


def _first(*values: Any) -> str:
    for value in values:
        if isinstance(value, str) and squash(value):
            return squash(value)
    return ""


@dataclass
class _PageFacts:
    """What the page said that is not a draft field as such."""

    published: datetime | None = None
    precise: bool = False  # published has a time of day
    description: str = ""  # an editorial description (JSON-LD, og:description)
    meta_description: str = ""  # <meta name=description>, often site-wide boilerplate
    furniture: _Furniture = field(default_factory=_Furniture)
    marked: pagemeta.Marked | None = None


def _canonical(tree: HtmlElement, url: str) -> str:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return absolute_url(link.get("href"), url)
    return ""


def _image(
    meta: dict[str, list[str]], article: dict[str, Any], metadata: PageMetadata, url: str
) -> str:
    for candidate in (
        *meta.get("og:image", []), *meta.get("og:image:url", []), *meta.get("twitter:image", []),
        pagemeta.jsonld_url(article.get("image")), metadata.image,
    ):  # fmt: skip
        image = absolute_url(candidate, url)
        if image:
            return image
    return ""


def _page_language(
    tree: HtmlElement, meta: dict[str, list[str]], article: dict[str, Any], metadata: PageMetadata
) -> str:
    candidates = (
        tree.get("lang"), tree.get("xml:lang"), *meta.get("content-language", []),
        *meta.get("og:locale", []), _first(article.get("inLanguage")), metadata.language,
    )  # fmt: skip
    return next((code for code in map(_language, candidates) if code), "")


def _page_tags(
    meta: dict[str, list[str]], article: dict[str, Any], metadata: PageMetadata
) -> list[str]:
    keywords = article.get("keywords")
    tags = [
        *meta.get("article:tag", []),
        *_split_keywords(meta.get("keywords", []) + meta.get("news_keywords", [])),
        *(_split_keywords([keywords]) if isinstance(keywords, str) else []),
        *([k for k in keywords if isinstance(k, str)] if isinstance(keywords, list) else []),
        *_split_keywords(metadata.tags or []),
        *(metadata.categories or []),
    ]
    return _dedupe([squash(tag) for tag in tags if 0 < len(squash(tag)) <= 60])[:_MAX_TAGS]


def _published(
    tree: HtmlElement,
    meta: dict[str, list[str]],
    article: dict[str, Any],
    metadata: PageMetadata,
    feed_dated: bool = False,
) -> tuple[datetime | None, bool]:
    """The page's publication time (UTC), preferring a precise timestamp over a bare date.

    htmldate's date (what trafilatura finds, a bare date, often the one shown on the page)
    breaks ties: the first precise timestamp on that local day wins. `feed_dated`: the feed
    entry has a date, which replaces any page date without a time of day.
    """
    candidates = pagemeta.published_candidates(tree, meta, article)
    precise = [value for value, has_time in candidates if has_time]
    # htmldate is the costliest metadata step (4 to 40 ms): it runs only when its answer
    # can matter, which is when the markup's dates disagree or the markup has none.
    if precise:
        if len({value.date() for value in precise}) > 1:
            shown = pagemeta.parse_datetime(metadata.date) if metadata.date else None
            if shown is not None:
                agreeing = [value for value in precise if value.date() == shown[0].date()]
                precise = agreeing or precise
        return precise[0].astimezone(UTC), True
    if candidates:
        return candidates[0][0].astimezone(UTC), False
    if feed_dated:
        return None, False
    shown = pagemeta.parse_datetime(metadata.date) if metadata.date else None
    return (shown[0].astimezone(UTC) if shown else None), False


def _fill_from_page(
    draft: ArticleDraft, page: str, tree: HtmlElement, url: str, facts: _PageFacts, feed_dated: bool
) -> None:
    """Fill `draft` and `facts` with what the page (its HTML and its parsed tree) says."""
    meta = pagemeta.collect_meta(tree)
    marked = facts.marked = pagemeta.Marked(tree)
    nodes = pagemeta.jsonld_nodes(tree)
    article = pagemeta.find_article_node(nodes)
    canonical = _canonical(tree, url)
    draft.canonical_url = canonical or url
    metadata = PageMetadata(tree, url or None)

    draft.title = _first(metadata.title, article.get("headline"), *meta.get("og:title", []))
    draft.authors = split_authors(metadata.author) or _dedupe(
        [
            name
            for raw in pagemeta.jsonld_names(article.get("author"))
            for name in split_authors(raw)
        ]
    )
    publisher = pagemeta.jsonld_names(article.get("publisher"))
    sitename = metadata.sitename or ""
    if "." in sitename and " " not in sitename:
        sitename = ""  # trafilatura falls back to the host name, which is not a name
    draft.site_name = _first(*meta.get("og:site_name", []), *publisher, sitename)
    draft.image = _image(meta, article, metadata, url)
    draft.language = _page_language(tree, meta, article, metadata)
    draft.tags = _page_tags(meta, article, metadata)
    section = article.get("articleSection")
    if isinstance(section, list):
        section = next((item for item in section if isinstance(item, str)), "")
    draft.section = _first(
        pagemeta.breadcrumb_section(marked, nodes, draft.title, url, canonical),
        *meta.get("article:section", []),
        section,
    )
    draft.column = pagemeta.column_label(marked, draft.title, draft.section)
    draft.original_url = pagemeta.original_url(tree, meta, article, url, page)
    facts.description = _first(article.get("description"), *meta.get("og:description", []))
    facts.meta_description = _first(metadata.description)
    facts.published, facts.precise = _published(tree, meta, article, metadata, feed_dated)
    facts.furniture = _Furniture(draft.title, draft.column, list(draft.authors))
    # Widgets go before the main text is extracted; metadata was read above, with them.
    prune_widgets(tree)
    document = _run_trafilatura(tree)  # it works on a copy: the tree stays as it is
    if document is not None:
        draft.html, draft.text, draft.contributors = _trafilatura_body(
            document, _base_url(tree, url), facts.furniture
        )


def _merge_entry(draft: ArticleDraft, entry: FeedEntry, facts: _PageFacts) -> None:
    """Feed values fill what the page lacks; see the module docstring for the rules."""
    # first: the page's date was not looked for when the feed has one (see _published)
    if not facts.precise and entry.published is not None:
        draft.published = entry.published
    draft.guid = entry.guid
    draft.title = draft.title or squash(entry.title)
    draft.authors = _dedupe(
        draft.authors + [name for a in entry.authors for name in split_authors(a)]
    )
    draft.tags = _dedupe(draft.tags + [squash(tag) for tag in entry.tags if squash(tag)])
    draft.image = draft.image or absolute_url(entry.image, draft.url)
    draft.language = draft.language or _language(entry.language)
    if not (entry.content_html or entry.summary_html).strip():
        return
    facts.furniture.title = facts.furniture.title or draft.title
    feed_html, feed_text, feed_contributors = _feed_body(entry, draft.url, facts.furniture)
    if feed_text and len(draft.text) < FEED_BODY_RATIO * len(feed_text):
        draft.html, draft.text = feed_html, feed_text
        draft.contributors = _dedupe(draft.contributors + feed_contributors)


def extract_article(html: str | bytes, url: str, entry: FeedEntry | None = None) -> ArticleDraft:
    """Extract the article of one page; feed `entry` values fill what the page lacks.

    The feed entry's body (content, else summary) replaces the page's when the page yields
    less than FEED_BODY_RATIO of its text: a teaser or paywalled page, or no body at all.
    Summary: the page's editorial description (JSON-LD, og:description), else the start of
    the text, else <meta name=description>, else the feed summary.
    """
    draft = ArticleDraft(url=url, canonical_url=url)
    facts = _PageFacts()
    # Hostile input must not stop the pipeline: each stage keeps what the earlier ones found.
    try:
        page = decode_html(html) if isinstance(html, bytes) else html
        tree = parse_page(page)
        if tree is not None:
            feed_dated = entry is not None and entry.published is not None
            _fill_from_page(draft, page, tree, url, facts, feed_dated)
    except Exception:
        logger.warning("extraction failed for %s", url, exc_info=True)
    draft.published = facts.published
    if entry is not None:
        try:
            _merge_entry(draft, entry, facts)
        except Exception:
            logger.warning("merging the feed entry failed for %s", url, exc_info=True)
    try:
        feed_summary = html_to_text(sanitize_html(entry.summary_html)) if entry else ""
        draft.summary = (
            facts.description
            or _summary(draft.text)
            or facts.meta_description
            or _summary(feed_summary)
        )
        if facts.marked is not None:
            draft.author_bios = pagemeta.author_bios(facts.marked, draft.authors)
    except Exception:
        logger.warning("summary or author bios failed for %s", url, exc_info=True)
    return draft
