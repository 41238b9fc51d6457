"""The scraper outlet, Quorvex Daily: near-verbatim copies of the real outlets' articles, with
the brand phrase injected into titles and sentences, copy errors, a wrong section and a later
date. `scraper_ground_truth()` records exactly what was done, for tests and evaluation; none of
it is shown on the pages.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import NotRequired, TypedDict

from masthead.demo.content import original_stories
from masthead.demo.content.model import Story, first_sentence
from masthead.demo.content.world import SCRAPER

BRAND = "Quorvex Daily"

TITLE_STYLES: dict[str, str] = {
    "prefix-pipe": "{brand}|{title}",
    "prefix-colon": "{brand}: {title}",
    "suffix-dash": "{title} - {brand}",
    "suffix-pipe": "{title} | {brand}",
}


@dataclass(frozen=True)
class CopySpec:
    original: str  # path of the original article
    title_style: str  # a key of TITLE_STYLES
    # (paragraph index, anchor, style): "glued" puts the phrase right before the anchor with the
    # space lost, "spaced" puts it before the anchor with a space, "after-stop" sticks it right
    # after the anchor, which ends with a full stop.
    body: tuple[tuple[int, str, str], ...]
    errors: tuple[tuple[str, str], ...]  # (right, wrong): the first occurrence is replaced
    delay: str  # "H:MM:SS" after the original
    section: str = "Finance"
    trim: int = 0  # paragraphs dropped from the end


COPY_SPECS: tuple[CopySpec, ...] = (
    CopySpec("/harbour-ledger/2025/04/09/interior-ministry-says-northern-border-crossings-fell"
             "-by-nearly.html", "prefix-pipe",
             ((3, "crossing the border at night", "glued"), (4, "last year.", "after-stop")),
             (("officials", "officiasl"), ("He noted", "He he noted"),
              ("in border crossings", "in in border crossings")), "6:41:09"),
    CopySpec("/lantern/2025/04/03/bank-of-valdmark-cuts-key-rate-to-3-25.html", "suffix-dash",
             ((2, "in Brennholt.", "after-stop"),), (("percent", "precent"),), "3:05:47"),
    CopySpec("/meridian/2025/04/15/okonkwo-brandt-bets-on-trains-and-tax-relief-in.html",
             "prefix-colon", ((2, "The tax-free allowance", "glued"),),
             (("the highest since", "the the highest since"),), "26:12:40", trim=1),
    CopySpec("/harbour-ledger/2025/04/07/dockworkers-walk-out-at-saltreach-container-terminal"
             ".html", "suffix-pipe", ((0, "stopped work at six", "spaced"),),
             (("demanding", "demandign"),), "9:28:51", trim=1),
    CopySpec("/lantern/2025/04/11/vellum-systems-picks-hollin-for-2-3-billion-crown.html",
             "prefix-pipe", ((3, "rose 4.3 percent", "glued"),),
             (("semiconductor", "semiconducter"),), "4:44:12"),
    CopySpec("/fieldstone/2025/04/26/vales-extra-time-strike-wins-the-valdmark-cup-for.html",
             "suffix-dash", ((1, "from the left.", "after-stop"),),
             (("for Athletic with", "for Athletic Athletic with"),), "14:03:22"),
    CopySpec("/meridian/2025/04/02/vell-calls-early-election-for-14-june-after-green.html",
             "prefix-colon", ((1, "far short of a majority", "glued"),),
             (("government", "goverment"),), "18:55:03"),
    CopySpec("/cobalt/2025/04/17/how-one-bad-update-silenced-northlights-network-for-nine.html",
             "prefix-pipe", ((2, "Engineers had to roll back", "spaced"),),
             (("overwhelmed", "overwhelmd"),), "11:20:31", section="Business"),
    CopySpec("/northwind/2025/04/05/tarn-bursts-its-banks-2-300-evacuated-from-lower.html",
             "suffix-pipe", ((2, "volunteers handed out", "glued"),),
             (("evacuated", "evacuted"),), "29:37:18"),
    CopySpec("/cobalt/2025/04/18/a-71-marsh-fever-vaccine-good-news-with-caveats.html",
             "suffix-dash", ((1, "small early studies.", "after-stop"),),
             (("infections", "infectoins"),), "7:16:45"),
    CopySpec("/meridian/2025/04/23/assembly-passes-algorithmic-transparency-act-in-final-vote"
             "-before.html", "prefix-pipe", ((0, "one of its last acts", "glued"),),
             (("Companies that break", "Companies that that break"),), "5:31:26"),
    CopySpec("/harbour-ledger/2025/04/08/seals-return-to-the-inner-harbour-for-the-first.html",
             "prefix-colon", ((1, "including two young ones", "spaced"),),
             (("biologists", "biologsts"),), "22:14:09", section="Business"),
    CopySpec("/fieldstone/2025/04/09/old-customs-house-cinema-saved-by-a-community-share.html",
             "suffix-dash", ((0, "bought shares", "glued"),),
             (("projector", "projecter"),), "35:48:50"),
    CopySpec("/lantern/2025/04/24/kestrel-air-agrees-to-buy-skylark-connect-for-640.html",
             "prefix-pipe", ((1, "three smaller airports.", "after-stop"),),
             (("said it would keep", "said it it would keep"),), "2:58:14"),
    CopySpec("/northwind/2025/04/16/hollin-steelworks-to-cut-600-jobs-in-switch-to.html",
             "suffix-pipe", ((3, "push for voluntary", "glued"),),
             (("redundancies", "redundancys"),), "12:42:37"),
)


class Injection(TypedDict):
    where: str  # "title" or "body"
    style: str  # a TITLE_STYLES key, or glued | spaced | after-stop
    text: str  # the exact polluted text as it appears in the copy
    paragraph: NotRequired[int]  # for body injections: index into the copy's paragraphs


class CopyError(TypedDict):
    kind: str  # "misspelling" or "doubled-word"
    right: str  # as in the original
    wrong: str  # as in the copy


class CopyRecord(TypedDict):
    copy_path: str
    original_path: str
    original_outlet: str
    phrase: str
    title: str
    original_title: str
    injections: list[Injection]
    copy_errors: list[CopyError]
    claimed_section: str
    original_section: str
    published: str  # ISO 8601
    original_published: str
    trimmed_paragraphs: int
    junk_lists: list[str]
    event: str


@dataclass(frozen=True)
class Copy:
    story: Story  # the copy, as the scraper publishes it
    original: Story
    record: CopyRecord  # the ground truth (see scraper_ground_truth)


def _delay(text: str) -> timedelta:
    hours, minutes, seconds = (int(part) for part in text.split(":"))
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def _inject(paragraph: str, anchor: str, style: str) -> tuple[str, str]:
    """Return the paragraph with the brand injected at the anchor, and the injected snippet."""
    if anchor not in paragraph:
        raise ValueError("anchor %r not in paragraph %r" % (anchor, paragraph[:60]))
    if style == "glued":
        snippet = BRAND + anchor
    elif style == "spaced":
        snippet = BRAND + " " + anchor
    elif style == "after-stop":
        if not anchor.endswith("."):
            raise ValueError("an after-stop anchor must end with a full stop: %r" % anchor)
        snippet = anchor + BRAND
    else:
        raise ValueError("unknown injection style %r" % style)
    return paragraph.replace(anchor, snippet, 1), snippet


def _error_kind(wrong: str) -> str:
    words = wrong.lower().split()
    doubled = any(a == b for a, b in zip(words, words[1:], strict=False))
    return "doubled-word" if doubled else "misspelling"


def _make_copy(spec: CopySpec, original: Story) -> Copy:
    paragraphs = list(original.paragraphs[: len(original.paragraphs) - spec.trim])
    injections: list[Injection] = []
    title = TITLE_STYLES[spec.title_style].format(brand=BRAND, title=original.headline)
    injections.append({"where": "title", "style": spec.title_style, "text": title})
    for index, anchor, style in spec.body:
        paragraphs[index], snippet = _inject(paragraphs[index], anchor, style)
        injections.append({"where": "body", "paragraph": index, "style": style, "text": snippet})
    errors: list[CopyError] = []
    for right, wrong in spec.errors:
        for index, paragraph in enumerate(paragraphs):
            # Whole words only, so that "percent" does not match inside "percentage".
            pattern = re.compile(r"(?<!\w)%s(?!\w)" % re.escape(right))
            if pattern.search(paragraph):
                paragraphs[index] = pattern.sub(wrong, paragraph, count=1)
                break
        else:
            raise ValueError("copy error target %r not in %s" % (right, spec.original))
        errors.append({"kind": _error_kind(wrong), "right": right, "wrong": wrong})
    published = original.published + _delay(spec.delay)
    copy = dataclasses.replace(
        original,
        outlet=SCRAPER,
        author="quorvex-desk",
        published=published,
        section=spec.section,
        headline=title,
        paragraphs=tuple(paragraphs),
        tags=original.tags[:3] + ("Markets",),
        column="",
        summary=first_sentence(paragraphs[0]),
    )
    record: CopyRecord = {
        "copy_path": copy.path,
        "original_path": original.path,
        "original_outlet": original.outlet,
        "phrase": BRAND,
        "title": title,
        "original_title": original.headline,
        "injections": injections,
        "copy_errors": errors,
        "claimed_section": spec.section,
        "original_section": original.section,
        "published": copy.published.isoformat(),
        "original_published": original.published.isoformat(),
        "trimmed_paragraphs": spec.trim,
        "junk_lists": ["Related", "Ranking", "Recommendation"],
        "event": original.event,
    }
    return Copy(story=copy, original=original, record=record)


@cache
def scraper_copies() -> tuple[Copy, ...]:
    by_path = {story.path: story for story in original_stories()}
    return tuple(_make_copy(spec, by_path[spec.original]) for spec in COPY_SPECS)


def scraper_ground_truth() -> list[CopyRecord]:
    """One record per scraper copy: copy_path, original_path, original_outlet, phrase, title,
    original_title, injections (where: title|body, style, paragraph, text: the exact injected
    snippet as it appears in the copy), copy_errors (kind, right, wrong), claimed_section,
    original_section, published, original_published (ISO 8601), trimmed_paragraphs, junk_lists
    (headings of the unrelated link lists under the copy) and event ("" for a single story).
    Paths are site paths (prefix them with the server's base URL)."""
    return [copy.record.copy() for copy in scraper_copies()]
