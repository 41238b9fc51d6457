"""`masthead inspect`: every pipeline step for one page or text file, without a database.

Inputs are inspected in two passes so that evidence can cross pages: first every page is
extracted; then phrases that recur across one site's pages are learned, injections are removed
and reported, and near-duplicates among the inputs are linked to their original.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from masthead.pipeline.copies import CopyIndex, Version, pick_original, signature
from masthead.pipeline.draft import ArticleDraft
from masthead.pipeline.extract import decode_html, extract_article
from masthead.pipeline.integrity.learner import Observation, observe
from masthead.pipeline.review import learn_from, review_draft
from masthead.pipeline.textdump import looks_like_text_dump, parse_text_dump, text_dump_boilerplate
from masthead.pipeline.xmlsafe import MalformedXML, UnsafeXML, gunzip_bounded

MAX_DECOMPRESSED = 50 * 1024 * 1024
# Below this many inputs, worker processes cost more than they save.
POOL_MIN_INPUTS = 8
# Where boilerplate hides in HTML: element names and class/id words, by the kind reported.
BOILERPLATE_KINDS: dict[str, tuple[str, ...]] = {
    "navigation": ("nav", "menu", "breadcrumb", "masthead"),
    "share": ("share", "social", "sharing"),
    "reactions": ("reaction", "rating", "vote", "like"),
    "related": ("related", "ranking", "recommend", "most-read", "mostread", "popular", "teaser"),
    "bio": ("bio", "author-box", "about-author"),
    "newsletter": ("newsletter", "subscribe", "signup", "sign-up"),
    "promo": ("promo", "advert", "sponsor", "banner", "ad-slot"),
    "comments": ("comment",),
    "footer": ("footer",),
}


_MARK_WORDS = sorted({word for words in BOILERPLATE_KINDS.values() for word in words})
_ANY_MARK = re.compile("|".join(re.escape(word) for word in _MARK_WORDS))
# Elements with a class, id or role, the HTML tags that are marks themselves, and custom
# elements ("<share-button>"), whose names may be.
_MARKED = (
    "//*[@class or @id or @role] | //nav | //menu | //menuitem | //footer"
    " | //*[contains(name(), '-')]"
)


class InputError(ValueError):
    """An input that cannot be inspected; the message is one line."""


@dataclass
class PageReport:
    source: str
    title: str = ""
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    published: str | None = None
    site_name: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    language: str = ""
    text: str = ""
    integrity: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def decompress(data: bytes) -> bytes:
    """Gunzip `data` when it is gzip, refusing to inflate past MAX_DECOMPRESSED."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        return gunzip_bounded(data, MAX_DECOMPRESSED)
    except (UnsafeXML, MalformedXML) as exc:
        raise InputError(str(exc)) from None


def draft_of(data: bytes, source: str) -> tuple[ArticleDraft, dict[str, list[str]]]:
    """Extract the article from HTML or a plain-text dump; also say what boilerplate went."""
    data = decompress(data)
    url = source if source.startswith(("http://", "https://")) else ""
    if looks_like_text_dump(data):
        text = decode_html(data)
        return parse_text_dump(text, url), text_dump_boilerplate(text)
    draft = extract_article(data, url)
    return draft, html_boilerplate(data, draft.text)


def html_boilerplate(data: bytes, body: str, per_kind: int = 8) -> dict[str, list[str]]:
    """Blocks of the page that look like boilerplate and did not make it into the body."""
    try:
        tree = lxml_html.document_fromstring(data)
    except (ValueError, lxml_html.etree.ParserError):
        return {}
    found: dict[str, list[str]] = defaultdict(list)
    # Only elements that carry a mark, or whose tag is one, can match: an XPath selects them
    # and one regular expression rules most of them out, in C rather than Python.
    for element in tree.xpath(_MARKED):
        marks = " ".join(
            [element.tag, element.get("class") or "", element.get("id") or "",
             element.get("role") or ""]
        ).lower()
        if not _ANY_MARK.search(marks):
            continue
        for kind, words in BOILERPLATE_KINDS.items():
            if len(found[kind]) >= per_kind or not any(word in marks for word in words):
                continue
            snippet = _text_start(element, 120)
            if snippet and snippet not in body and snippet not in found[kind]:
                found[kind].append(snippet)
            break
    return {kind: items for kind, items in found.items() if items}


def _text_start(element: lxml_html.HtmlElement, length: int) -> str:
    """The element's text with runs of white space made single, cut at `length`; reads only
    as much of a long element (a whole page's wrapper) as that needs."""
    words: list[str] = []
    size = -1
    for piece in element.itertext():
        for word in piece.split():
            words.append(word)
            size += len(word) + 1
        if size >= length:
            break
    return " ".join(words)[:length]


def site_key(draft: ArticleDraft, source: str) -> str:
    return draft.site_name or urlsplit(source).netloc or "local"


Extracted = tuple[str, ArticleDraft, dict[str, list[str]], Observation]


def _extracted(item: tuple[str, bytes]) -> Extracted | InputError:
    """One input's draft, boilerplate and what it shows the phrase learner, or its error.

    Top-level and picklable: in a batch it runs in worker processes, with the costly part of
    learning (`integrity.observe`) beside the extraction.
    """
    source, data = item
    try:
        draft, boilerplate = draft_of(data, source)
    except InputError as exc:
        return InputError("%s: %s" % (source, exc))
    return source, draft, boilerplate, observe(draft.title, draft.text)


def inspect_many(
    inputs: Sequence[tuple[str, bytes]],
    pool: Executor | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[PageReport | InputError]:
    """Inspect (source, bytes) pairs together; an unreadable input gives its InputError.

    Each site's pages are reviewed as the ingestion pipeline reviews a source's batch
    (`review.learn_from`, `review.review_draft`): the same checks, the same findings.
    Extraction, the costly first pass, runs in `pool`'s worker processes when one is given;
    `progress(done, total)` is told as each input is extracted.
    """
    if pool is not None and len(inputs) >= POOL_MIN_INPUTS:
        extracting: Iterable[Extracted | InputError] = pool.map(_extracted, inputs, chunksize=4)
    else:
        extracting = map(_extracted, inputs)
    drafts: list[Extracted | InputError] = []
    for item in extracting:
        drafts.append(item)
        if progress is not None:
            progress(len(drafts), len(inputs))
    by_site: dict[str, list[ArticleDraft]] = defaultdict(list)
    seen_by_site: dict[str, list[Observation]] = defaultdict(list)
    for item in drafts:
        if not isinstance(item, InputError):
            source, draft, _, seen = item
            by_site[site_key(draft, source)].append(draft)
            seen_by_site[site_key(draft, source)].append(seen)
    evidence = {site: learn_from(site_drafts, observations=seen_by_site[site])
                for site, site_drafts in by_site.items()}
    reports: list[PageReport | InputError] = []
    cleaned: list[tuple[int, str, ArticleDraft]] = []
    for item in drafts:
        if isinstance(item, InputError):
            reports.append(item)
            continue
        source, draft, boilerplate, _ = item
        review = review_draft(draft, evidence[site_key(draft, source)])
        report = PageReport(
            source=source,
            title=review.draft.title,
            authors=draft.authors,
            contributors=draft.contributors,
            published=draft.published.isoformat() if draft.published else None,
            site_name=draft.site_name,
            section=draft.section,
            tags=draft.tags,
            language=draft.language,
            text=review.draft.text,
            integrity={
                "injected": review.injected,
                "boilerplate": boilerplate,
                "copy_errors": review.copy_errors,
                "copy_of": None,
            },
        )
        cleaned.append((len(reports), source, draft))
        reports.append(report)
    _link_copies(reports, cleaned)
    return reports


def _link_copies(
    reports: list[PageReport | InputError], cleaned: list[tuple[int, str, ArticleDraft]]
) -> None:
    """Among the inputs, point every near-duplicate at the original (earliest published)."""
    index = CopyIndex()
    groups: dict[str, list[int]] = {}
    for position, source, _ in cleaned:
        report = reports[position]
        assert isinstance(report, PageReport)
        sig = signature(report.text)
        near = index.near(sig)
        group = groups.get(near[0][0]) if near else None
        if group is None:
            group = []
        group.append(position)
        groups[source] = group
        index.add(source, sig)
    seen: set[int] = set()
    for group in groups.values():
        if len(group) < 2 or id(group) in seen:
            continue
        seen.add(id(group))
        versions = [
            Version(str(position), _draft_at(cleaned, position).published) for position in group
        ]
        original = int(pick_original(versions).key)
        original_report = reports[original]
        assert isinstance(original_report, PageReport)
        original_url = _draft_at(cleaned, original).url or original_report.source
        for position in group:
            report = reports[position]
            if position != original and isinstance(report, PageReport):
                report.integrity["copy_of"] = original_url


def _draft_at(cleaned: list[tuple[int, str, ArticleDraft]], position: int) -> ArticleDraft:
    return next(draft for index, _, draft in cleaned if index == position)


__all__ = ["InputError", "PageReport", "decompress", "draft_of", "inspect_many"]
