"""Recover an article from a scraped plain-text dump of a web page.

A dump is a page flattened into lines: site name, menus, breadcrumb, headline, date line,
byline, body paragraphs, credit line, tag list, author bio, share and reaction widgets, lists
of related headlines, comments, footer. Reading it takes three steps:

1. Each line is classified on its own (`textlines.classify_line`): what it is made of (a
   date, "By" and names, crumbs, widget words) or, failing that, its shape: `prose`
   (a sentence), `title_like` (a capitalised line without final punctuation) or `short`.
2. Context refines the kinds (`textunits`): lines under a "Related"/"Most read" heading
   are a link list until something that is not a headline; headline/teaser pairs are a
   link list under any heading; three or more short lines in a row are a menu, three or
   more headline-shaped lines a link list; buttons under a cookie notice belong to it.
   Hard-wrapped paragraphs are joined first.
3. The body is the run of lines with the highest total score (maximum-sum segment): prose
   scores by its length, everything else is negative, and comment sections, footers and
   "About the author" are walls the body cannot cross. A maximum-sum run never starts or
   ends on a negative line but crosses one when prose follows, so a widget between two
   paragraphs is skipped, a one-sentence quote between paragraphs stays in the body
   (it scores like any sentence), and a sub-head flanked by prose is kept.
   The headline is the best headline-shaped line before the body: close to it, next to a
   date or byline, long rather than short. Site name, column, section, dates, authors,
   tags, bios and credits are read from the lines their kinds name (`textfields`).

Naive times are taken as UTC (see `textdates`). `parse_text_dump` never raises.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from masthead.pipeline import textfields
from masthead.pipeline.credits import split_credit_lines
from masthead.pipeline.draft import ArticleDraft
from masthead.pipeline.textlines import Unit, is_role
from masthead.pipeline.textunits import TERMINAL_RE, TEXT_KINDS, read_units

__all__ = ["looks_like_text_dump", "parse_text_dump", "text_dump_boilerplate"]

logger = logging.getLogger(__name__)

SUMMARY_LENGTH = 300
_SNIFF = 8192

_MARKUP_RE = re.compile(r"^\s*<(?:!doctype|html|\?xml|rss|feed|head|body|svg|!--)", re.I)
_JSON_START_RE = re.compile(r'^(?:\{\s*(?:"|\})|\[\s*(?:[\[{"\]]|-?\d+(?:\.\d+)?\s*,))')
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>")
_URL_RE = re.compile(r"^https?://[^\s/]+\.[^\s/]+", re.I)
_TITLE_SEP_RE = r"\s*(?:\||–|—|-|::|·)\s*"

# Scores per kind; prose and bio candidates score by length (`_prose_score`). A line that
# repeats the kind of the line before it counts a quarter (`_REPEAT`): six share buttons
# are one widget, and must not weigh six times what one button does between paragraphs.
_SCORES = {
    "title_like": -1.5, "short": -2.0, "separator": 0.0, "date": -2.0, "byline": -2.0,
    "breadcrumb": -3.0, "credit": -2.0, "tags": -3.0, "tags_heading": -3.0, "share": -1.5,
    "reactions": -1.5, "related": -2.5, "related_heading": -3.0, "links": -1.5,
    "navigation": -2.0, "promo": -1.5, "cookie": -5.0, "cookie_button": -3.0,
    "newsletter": -2.5, "caption": -1.0, "bio": -3.0,
}  # fmt: skip
_REPEAT = 0.25
_WALLS = frozenset({"comments", "copyright", "bio_heading"})
_REPORT = {
    "links": "navigation", "navigation": "navigation", "share": "share",
    "reactions": "reactions", "related": "related", "related_heading": "related",
    "bio": "bio", "bio_heading": "bio", "credit": "credit", "copyright": "footer",
    "tags": "tags", "tags_heading": "tags", "breadcrumb": "breadcrumb", "date": "date",
    "byline": "byline", "site_name": "site_name", "column": "column", "cookie": "cookie",
    "cookie_button": "cookie", "newsletter": "newsletter", "promo": "promo",
    "caption": "caption", "comments": "comments",
}  # fmt: skip


@dataclass
class _Analysis:
    draft: ArticleDraft
    boilerplate: dict[str, list[str]] = field(default_factory=dict)


def looks_like_text_dump(data: bytes | str) -> bool:
    """True for plain text: not HTML/XML markup, not JSON, not binary, not empty."""
    if isinstance(data, bytes):
        if data[:2] == b"\x1f\x8b" or b"\x00" in data[:_SNIFF]:
            return False  # gzip or binary
        sample = data[:_SNIFF].decode("utf-8", errors="replace")
    else:
        sample = data[:_SNIFF]
    sample = sample.lstrip("\ufeff \t\r\n")
    if not sample.strip():
        return False
    if _MARKUP_RE.match(sample) or len(_TAG_RE.findall(sample)) >= 5:
        return False
    if sample[0] in "{[" and _is_json(data):
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    replaced = sample.count("\ufffd")
    return (controls + replaced) <= len(sample) * 0.02


def _is_json(data: bytes | str) -> bool:
    """JSON, or what starts like a JSON object or array ("[1]Home" is a lynx link mark)."""
    try:
        json.loads(data)
    except ValueError:
        head = data[:200] if isinstance(data, str) else data[:200].decode("utf-8", "replace")
        return bool(_JSON_START_RE.match(head.lstrip("\ufeff \t\r\n")))
    return True


def parse_text_dump(text: str, source: str = "") -> ArticleDraft:
    """The article in a plain-text dump. Naive times are taken as UTC; never raises."""
    analysis = _analyse(text if isinstance(text, str) else "")
    draft = analysis.draft
    url = source.strip() if _URL_RE.match(source.strip() or "") else ""
    return ArticleDraft(
        url=url, title=draft.title, text=draft.text, summary=draft.summary,
        authors=list(draft.authors), contributors=list(draft.contributors),
        published=draft.published, site_name=draft.site_name, language=draft.language,
        tags=list(draft.tags), section=draft.section, column=draft.column,
        author_bios=dict(draft.author_bios),
    )  # fmt: skip


def text_dump_boilerplate(text: str) -> dict[str, list[str]]:
    """The lines recognised and left out of the body, by kind (only kinds that occur).

    Kinds: navigation, share, reactions, related, bio, credit, footer, tags, breadcrumb,
    date, byline, site_name, column, cookie, newsletter, promo, caption, comments, and
    other (lines outside the body that match no kind).
    """
    found = _analyse(text if isinstance(text, str) else "").boilerplate
    return {kind: list(lines) for kind, lines in found.items()}


# -- the body ---------------------------------------------------------------------------


def _prose_score(unit: Unit) -> float:
    return 1.0 + min(len(unit.core), 800) / 120.0


def _score(unit: Unit, authors: list[str], previous: str) -> float:
    if unit.kind in TEXT_KINDS:
        if unit.kind == "bio_candidate" and unit.info.names[0] in authors:
            return _SCORES["bio"]  # a line about the article's own author is a bio
        return _prose_score(unit)
    score = _SCORES.get(unit.kind, -2.0)
    return score * _REPEAT if unit.kind == previous else score


def _body_span(units: list[Unit], authors: list[str]) -> tuple[int, int] | None:
    """The maximum-sum run of units (Kadane), never across a wall."""
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for i, unit in enumerate(units):
        if unit.kind in _WALLS:
            total, start = 0.0, i + 1
            continue
        if total <= 0:
            total, start = 0.0, i
        total += _score(unit, authors, units[i - 1].kind if i else "")
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, i)
    if best is None:
        return None
    _, first, last = best
    while last > first and _is_bio(units[last], authors):
        last -= 1  # an author bio right after the last paragraph is not body
    return first, last


def _is_bio(unit: Unit, authors: list[str]) -> bool:
    if unit.kind == "bio":
        return True
    if unit.kind != "bio_candidate":
        return False
    return unit.info.names[0] in authors or is_role(" ".join(unit.core.split()[:16]))


def _body_paragraphs(units: list[Unit], span: tuple[int, int]) -> list[int]:
    """Prose in the span, plus sub-heads and list items that have prose on both sides."""
    first, last = span
    kept = []
    for i in range(first, last + 1):
        kind = units[i].kind
        if kind in TEXT_KINDS:
            kept.append(i)
        elif kind in ("title_like", "short") and _flanked(units, i, first, last):
            kept.append(i)
    return kept


def _flanked(units: list[Unit], index: int, first: int, last: int) -> bool:
    skip = ("title_like", "short", "separator")
    left = next((k for k in range(index - 1, first - 1, -1) if units[k].kind not in skip), -1)
    right = next((k for k in range(index + 1, last + 1) if units[k].kind not in skip), -1)
    return (
        left >= 0 and right >= 0
        and units[left].kind in TEXT_KINDS and units[right].kind in TEXT_KINDS
    )  # fmt: skip


# -- assembling ---------------------------------------------------------------------------


def _authors(units: list[Unit]) -> list[str]:
    """Names from bylines, stopping where a comment section starts after some prose."""
    names: list[str] = []
    prose = 0
    for unit in units:
        if unit.kind == "comments" and prose >= 2:
            break
        prose += unit.kind in TEXT_KINDS
        if unit.kind == "byline":
            names.extend(name for name in unit.info.names if name not in names)
    return names


def _comments_region(units: list[Unit], after: int) -> tuple[int, int]:
    """[start, end) of the comment section after the body, or an empty range."""
    start = next((i for i in range(after, len(units)) if units[i].kind == "comments"), -1)
    if start < 0:
        return len(units), len(units)
    end = start
    while end < len(units) and units[end].kind not in ("copyright", "related_heading"):
        end += 1
    return start, end


def _bios(units: list[Unit], kept: set[int], authors: list[str]) -> dict[str, str]:
    bios: dict[str, str] = {}
    for i, unit in enumerate(units):
        if i in kept or not _is_bio(unit, authors):
            continue
        unit.kind = "bio"
        name = unit.info.names[0] if unit.info.names else ""
        if not name:
            name = next((author for author in authors if unit.core.startswith(author)), "")
        if name and name not in bios:
            bios[name] = unit.core
    return bios


def _analyse_units(units: list[Unit]) -> _Analysis:
    authors = _authors(units)
    span = _body_span(units, authors)
    body_start = (
        span[0]
        if span
        else next(
            (i for i, unit in enumerate(units) if unit.kind in ("date", "byline")), len(units)
        )
    )
    kept = _body_paragraphs(units, span) if span else []
    title_index = textfields.pick_title(units, body_start)
    if kept and title_index == kept[0]:
        kept.pop(0)  # a headline long enough to pass for a paragraph
    if title_index is None and kept and _lone_sentence(units[kept[0]].core):
        # "Will the strike end?" or a very long headline, with nothing better above it.
        title_index = kept.pop(0)
    title = units[title_index].core if title_index is not None else ""
    kept_set = set(kept)
    body_end = span[1] if span else body_start
    comments = _comments_region(units, body_end + 1)
    usable = [
        (not comments[0] <= i < comments[1]) and units[i].kind != "related"
        for i in range(len(units))
    ]
    holder = textfields.copyright_holder(units)
    limit = title_index if title_index is not None else body_start
    site_name, site_index = textfields.pick_site_name(units, limit, holder, title)
    title = _strip_site(title, site_name)
    section, _ = textfields.pick_section(units, title)
    column, column_index = "", -1
    if title_index is not None:
        column_index = textfields.pick_column(units, title_index, {site_index}, section)
        column = textfields.column_label(units[column_index]) if column_index >= 0 else ""
    bios = _bios(units, kept_set, authors)
    if not authors:
        authors = list(bios)  # a bio at the foot of a page is its author's
    paragraphs, credited = split_credit_lines([" ".join(units[i].text.split()) for i in kept])
    contributors: list[str] = []
    tags: list[str] = []
    for i, unit in enumerate(units):
        if usable[i] and unit.kind == "credit":
            contributors.extend(name for name in unit.info.names if name not in contributors)
        if usable[i] and unit.kind == "tags":
            tags.extend(tag for tag in unit.info.items if tag not in tags)
    contributors.extend(name for name in credited if name not in contributors)
    text = "\n\n".join(paragraphs)
    draft = ArticleDraft(
        url="", title=title, text=text, summary=textfields.summarize(text, SUMMARY_LENGTH),
        authors=authors, contributors=contributors,
        published=textfields.pick_published(units, limit, usable),
        site_name=site_name, language=textfields.guess_language(text or title), tags=tags,
        section=section, column=column, author_bios=bios,
    )  # fmt: skip
    roles = {site_index: "site_name", column_index: "column"}
    skip = kept_set | ({title_index} if title_index is not None else set())
    report = _report(units, skip, roles, body_end, comments)
    return _Analysis(draft, report)


def _lone_sentence(text: str) -> bool:
    if not TERMINAL_RE.search(text):
        return len(text.split()) <= 40
    return len(text.split()) <= 20 and not re.search(r"[.!?]\s+\S", text.rstrip(".!?\"'”’ "))


def _strip_site(title: str, site_name: str) -> str:
    """ "Headline | The Ledger" -> "Headline"; only the site's own name is taken off."""
    if not site_name or title.casefold() == site_name.casefold():
        return title
    name = re.escape(site_name)
    stripped = re.sub(r"%s%s$" % (_TITLE_SEP_RE, name), "", title, flags=re.I)
    stripped = re.sub(r"^%s%s" % (name, _TITLE_SEP_RE), "", stripped, flags=re.I)
    return stripped.strip() or title


def _report(
    units: list[Unit],
    skip: set[int],
    roles: dict[int, str],
    body_end: int,
    comments: tuple[int, int],
) -> dict[str, list[str]]:
    """Every line left out of the body, under the kind it was recognised as."""
    report: dict[str, list[str]] = {}
    after_footer = False
    for i, unit in enumerate(units):
        if i in skip or unit.kind == "separator":
            continue
        kind = roles.get(i) or _REPORT.get(unit.kind, "other")
        if comments[0] <= i < comments[1] and kind not in ("related", "share", "footer"):
            kind = "comments"
        elif kind == "navigation" and i > body_end:
            kind = "footer"  # the same links, at the foot of the page
        elif kind == "other" and after_footer:
            kind = "footer"
        after_footer = after_footer or unit.kind == "copyright"
        report.setdefault(kind, []).append(" ".join(unit.text.split()))
    return report


@lru_cache(maxsize=8)
def _analyse(text: str) -> _Analysis:
    """Read a dump once; the two public readers share the result (copies are handed out)."""
    try:
        return _analyse_units(read_units(text))
    except Exception as error:
        # A bug must not stop a batch of `masthead inspect` over thousands of files: say so
        # and return an empty draft. The tests feed garbage and assert this is not reached.
        logger.warning("could not read the text dump: %s", error)
        return _Analysis(ArticleDraft(url=""))
