"""Injected spam: brand phrases that scraper sites put into copied titles and sentences.

A scraper copies an article and injects a phrase ("Zentrix Markets") as a title prefix or
suffix ("Zentrix Markets|White House says ...") and into body sentences: glued to the next
word with the space lost ("migrants are Zentrix Marketscrossing the border"), spaced
("migrants are Zentrix Markets crossing"), or stuck after a full stop ("border.Zentrix Markets
The ..."). `find_injections` finds such phrases from the page's own evidence (see `evidence`)
and from phrases a `PhraseLearner` saw recur at random places across the same source's
articles, removes them (repairing glued words) and reports them.

Evidence is weighed so that a phrase that belongs to the article is kept: a company the story
is about is mentioned at natural places (as subject, after "of", before "said"), often in the
headline and in quotes; a single odd-looking place is not enough to remove it.

A title segment equal to the site's name ("... - The Harbour Ledger") is boilerplate, not spam:
it is stripped from the title but not reported as an injection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from masthead.pipeline.integrity.contexts import spaced_contexts
from masthead.pipeline.integrity.evidence import (
    TITLE_SEPARATOR_RE,
    Occurrence,
    Page,
    analyse,
    brand_like,
    count_phrase,
    count_whole,
    direct_structural,
    find_occurrences,
    find_phrase,
    invented,
    normalise,
    overlaps,
    title_ends,
    word_zipf,
)
from masthead.pipeline.integrity.learner import PhraseLearner  # part of this module's API


@dataclass(frozen=True)
class Injection:
    phrase: str
    where: str  # "title" | "body"
    count: int


@dataclass
class CleanResult:
    title: str  # cleaned
    text: str  # cleaned, paragraphs separated by blank lines, glued words repaired
    injections: list[Injection] = field(default_factory=list)


@dataclass
class _Evidence:
    phrase: str
    known: bool = False
    title: bool = False
    glued: int = 0
    stuck: int = 0
    strong: int = 0
    spaced: int = 0
    lone_midsentence: bool = False  # a single spaced occurrence, inside a sentence
    subject_like: bool = False  # named in the lede or as a sentence's subject
    natural: int = 0
    breaks: int = 0
    consistent: bool = True
    rank: int = 99  # position among an occurrence's candidates: lower is likelier
    sources: set[int] = field(default_factory=set)  # the glued and stuck places it explains
    glued_sources: bool = False
    stuck_sources: bool = False

    @property
    def structural(self) -> int:
        return self.glued + self.stuck


def find_injections(
    title: str, text: str, known_phrases: Sequence[str] = (), site_name: str = ""
) -> CleanResult:
    """Remove injected phrases from `title` and `text` and report them."""
    page = analyse(title, text)
    occurrences = find_occurrences(page)
    prefix, suffix = title_ends(page)
    site = normalise(site_name).casefold()
    known = {normalise(phrase) for phrase in known_phrases if normalise(phrase)}
    title_candidates = {
        segment
        for segment in (prefix, suffix)
        if segment and segment.casefold() != site and brand_like(segment)
    }
    evidence = _collect(page, occurrences, title_candidates, known)
    chosen = _choose(evidence, page)
    injections: list[Injection] = []
    # A site name that is also a known injected phrase (a scraper stamping its own brand on
    # copies) is removed as an injection and reported, not silently stripped as a suffix.
    strip_site = site and site not in {phrase.casefold() for phrase in known}
    new_title = _strip_site_name(page, site) if strip_site else page.title
    for phrase in chosen:
        new_title, removed = _remove_from_title(new_title, phrase, page)
        if removed:
            injections.append(Injection(phrase, "title", removed))
    paragraphs = page.paragraphs
    for phrase in chosen:
        paragraphs, removed = _remove_from_body(paragraphs, phrase)
        if removed:
            injections.append(Injection(phrase, "body", removed))
    injections.sort(key=lambda item: (chosen.index(item.phrase), item.where != "title"))
    return CleanResult(new_title, "\n\n".join(paragraphs), injections)


def _collect(
    page: Page, occurrences: list[Occurrence], title_candidates: set[str], known: set[str]
) -> dict[str, _Evidence]:
    evidence: dict[str, _Evidence] = {}

    def get(phrase: str) -> _Evidence:
        if phrase not in evidence:
            evidence[phrase] = _Evidence(phrase)
        return evidence[phrase]

    for number, occurrence in enumerate(occurrences):
        for rank, phrase in enumerate(occurrence.candidates):
            item = get(phrase)
            item.rank = min(item.rank, rank)
            item.sources.add(number)
            if occurrence.kind == "glued":
                item.glued += 1
                item.glued_sources = True
            else:
                item.stuck += 1
                item.stuck_sources = True
            # Strength belongs to the likeliest reading of the place only.
            if occurrence.strong and (not occurrence.best or rank < occurrence.best):
                item.strong += 1
    for phrase in title_candidates:
        item = get(phrase)
        item.title = True
        glued, stuck = direct_structural(page, phrase)
        item.glued = max(item.glued, glued)
        item.stuck = max(item.stuck, stuck)
    for phrase in known:
        get(phrase).known = True
    for item in evidence.values():
        contexts = spaced_contexts(page, item.phrase)
        item.lone_midsentence = len(contexts) == 1 and (
            contexts[0].breaks or not contexts[0].opening
        )
        item.subject_like = any(
            (context.lede or context.subject) and not context.breaks for context in contexts
        )
        for context in contexts:
            item.spaced += 1
            if context.quoted or context.natural:
                item.natural += 1
            elif context.breaks:
                item.breaks += 1
        item.consistent = _consistent(page, item)
    return evidence


def _consistent(page: Page, item: _Evidence) -> bool:
    """Whether the words that extend a phrase beyond its anchor appear only inside it.

    A glued place anchors a phrase's last word and extends it leftwards over capitalised
    words ("Zentrix" of "Zentrix Marketscrossing"); a stuck place anchors the first word and
    extends rightwards. A word that appears elsewhere on the page ("Putin" before "Zentrix
    Marketson") belongs to the article, not to the phrase.
    """
    words = item.phrase.split()
    if len(words) == 1 or not item.sources:
        return True
    occurrences = count_phrase(page, item.phrase)
    if not occurrences:
        return False
    first_ok = count_whole(page, words[0]) <= occurrences
    last_ok = count_whole(page, words[-1]) <= occurrences
    return item.glued_sources and first_ok or item.stuck_sources and last_ok


def _injected(item: _Evidence, page: Page) -> bool:
    present = item.structural + item.spaced
    if item.known:
        return present > 0 or item.title or count_phrase(page, item.phrase) > 0
    made_up = invented(page, item.phrase)
    if item.title:
        if item.structural:
            return True
        if item.lone_midsentence and (item.breaks or made_up):
            # A story about a company names it more than once; a lone echo of a made-up
            # title segment inside a body sentence is the spammer's.
            return True
        if made_up and item.spaced and not item.subject_like:
            # A made-up title end echoed in the body, but never where a story names what it
            # is about: in its first lines or as the subject of a sentence.
            return True
        # Common words of a title end echoed at odd places, a few times only: a phrase the
        # article keeps using ("Mobile App") is its topic.
        return 2 <= item.spaced <= 4 and item.breaks >= 2 and item.breaks > item.natural
    if not item.consistent:
        return False
    if not item.structural:
        # Only spaced places: names of the article's own sit at odd-looking places too often
        # ("Forbury Gardens", "PyTorch") for these to be told apart on one page; the
        # source's other articles tell (PhraseLearner).
        return False
    if item.natural >= 2 and item.natural > item.breaks and not item.strong:
        return False  # named at natural places: the article's own
    if item.strong:
        return True
    multiword = len(item.phrase.split()) >= 2
    if item.spaced and (made_up or multiword and item.breaks):
        return True  # glued at one place, and the same brand again elsewhere
    if item.structural >= 2 and multiword:
        return True  # the same name glued to two different words
    # A single made-up word glued at two places or more, not the stem of a word the page
    # uses ("Psychiat" in "Psychiatry").
    last = item.phrase.split()[-1].lower()
    return (
        item.structural >= 2
        and word_zipf(page, last) == 0
        and not any(word.startswith(last) and word != last for word in page.known)
    )


def _choose(evidence: dict[str, _Evidence], page: Page) -> list[str]:
    """The injected phrases, best supported first, without two readings of one place."""
    accepted = [item for item in evidence.values() if _injected(item, page)]
    accepted.sort(
        key=lambda item: (
            -int(item.known),
            -int(item.title),
            -item.structural,
            -int(item.consistent),
            -item.breaks,
            # A brand starts with its made-up word ("Zentrix Markets"); the name before it
            # in the sentence ("Citizens", "Putin") does not belong to it.
            -int(invented(page, item.phrase.split()[0])),
            -len(item.phrase.split()),
            item.rank,
        )
    )
    chosen: list[str] = []
    explained: set[int] = set()
    for item in accepted:
        words = item.phrase.split()
        if any(overlaps(words, other.split()) for other in chosen):
            continue
        if item.sources and item.sources <= explained and not (item.known or item.title):
            continue  # another reading of places already explained
        chosen.append(item.phrase)
        explained |= item.sources
    return chosen


def _strip_site_name(page: Page, site: str) -> str:
    segments = page.title_segments
    separators = page.title_separators
    if len(segments) >= 2 and segments[-1].casefold() == site:
        return _join_title(segments[:-1], separators[:-1])
    if len(segments) >= 2 and segments[0].casefold() == site:
        return _join_title(segments[1:], separators[1:])
    return page.title


def _join_title(segments: list[str], separators: list[str]) -> str:
    parts = [segments[0]]
    for separator, segment in zip(separators, segments[1:], strict=False):
        parts.append(separator)
        parts.append(segment)
    return "".join(parts).strip()


def _remove_from_title(title: str, phrase: str, page: Page) -> tuple[str, int]:
    segments = [part.strip() for part in TITLE_SEPARATOR_RE.split(title)]
    separators = TITLE_SEPARATOR_RE.findall(title)
    if len(segments) >= 2 and normalise(segments[0]) == phrase:
        return _join_title(segments[1:], separators[1:]), 1
    if len(segments) >= 2 and normalise(segments[-1]) == phrase:
        return _join_title(segments[:-1], separators[:-1]), 1
    # Inside the headline only where it is glued to a word: a spaced name in a headline is
    # too likely the story's own.
    for start, end in find_phrase(title, phrase):
        if end < len(title) and title[end].isalnum():
            return (title[:start] + title[end:]).strip(), 1
    return title, 0


def _remove_from_body(paragraphs: list[str], phrase: str) -> tuple[list[str], int]:
    removed = 0
    result: list[str] = []
    for paragraph in paragraphs:
        pieces: list[str] = []
        position = 0
        for start, end in find_phrase(paragraph, phrase):
            if start < position:
                continue
            after = paragraph[end:]
            before = paragraph[start - 1] if start else ""
            if after[:1].isalnum():
                pass  # glued: the next word stays, in place of the phrase
            elif before and not before.isspace():
                pass  # stuck after a full stop: the space after the phrase stays
            elif after[:1] in (" ", "\t", "\u00a0"):
                spaces = len(after) - len(after.lstrip(" \t\u00a0"))
                end += spaces
            else:
                while start > position and paragraph[start - 1] in " \t\u00a0":
                    start -= 1
            pieces.append(paragraph[position:start])
            position = end
            removed += 1
        pieces.append(paragraph[position:])
        cleaned = "".join(pieces).strip()
        if cleaned:
            result.append(cleaned)
    return result, removed


__all__ = ["CleanResult", "Injection", "PhraseLearner", "find_injections"]
