"""Story clustering: which articles from different outlets report the same event.

Outlets that cover one event in their own words share few sentences (copies.py finds those
that do) but many rare terms: the names of the people, places and organisations involved,
the figures (2,300 evacuated, a rate of 3.25) and the event's own vocabulary. Each article
becomes a small weighted term vector, cheap to store as JSON:

- a term's weight is its rarity in the article's language (wordfreq's Zipf scale, so no
  corpus is needed and a new portal works from its first article) times its sublinear count;
- terms in the title, in the lead and in the source's tags count more, and so do
  capitalised words inside a sentence (names), the usual signature of an event;
- only the strongest terms are kept, and the vector is scaled to unit length.

When articles are compared, terms common in the portal's own recent articles (TermStats: the
city a local hub names everywhere) are weighed down, since general rarity cannot know them.

A new article joins the story of the candidate it is most similar to (cosine of the vectors)
when that candidate was published within a window around it and the similarity clears a
threshold; a candidate from the same source must clear a higher one, since an outlet's own
articles share its vocabulary (and a scraper's, its injected brand) whatever they report.
A story also stops growing MAX_SPAN after its first article, so that a long-running subject
(a pandemic, an election campaign) does not chain day after day into one endless story.
`cluster` replays those decisions over a batch in publication order, so the batch result is
what the orchestrator would have built one article at a time.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache

from wordfreq import available_languages, zipf_frequency

TermVector = dict[str, float]

FEATURES_VERSION = 1  # stored vectors made by another version should be recomputed
MAX_TERMS = 60
WINDOW = timedelta(days=3)
MAX_SPAN = timedelta(days=7)
THRESHOLD = 0.30
SAME_SOURCE_THRESHOLD = 0.50
TITLE_WEIGHT = 3.0
TAG_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
NAME_WEIGHT = 1.5
LEAD_WORDS = 80
TEXT_WORDS = 600  # the rest of a long article is background; it only blurs the event
LOCAL_SHARE = 0.05  # one story rarely fills more of a portal's recent articles than this
PRIOR_DOCUMENTS = 5  # pads a young portal's few articles, so two alike are not "common"

# Zipf 7 is "of"/"and"; anything that common carries no event. Zipf 0 is a word wordfreq never
# saw (a local name, a new coinage, a typo): the rarest, so the heaviest.
_COMMON_ZIPF = 6.0
_CEILING_ZIPF = 7.0
_PLURAL_MARGIN = 1.0  # a real plural is at most ten times as common as its singular
# Present in almost every news story of a given week, whatever it reports: these would tie
# together unrelated articles published on the same days.
_NEWS_STOPWORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    week month year percent per cent told according also would could last next first second
    mr mrs ms dr""".split()
)
_WORDLISTS = frozenset(available_languages("best"))
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$")


@dataclass(frozen=True)
class StoryFeatures:
    """One article as story matching sees it; `terms` is what the orchestrator stores."""

    key: str
    terms: Mapping[str, float]
    published: datetime | None = None
    source: str = ""
    # For an article already in a story: when that story's first article was published.
    story_start: datetime | None = None


@dataclass(frozen=True)
class MatchSettings:
    window: timedelta | None = WINDOW  # None: compare regardless of dates
    max_span: timedelta | None = MAX_SPAN
    threshold: float = THRESHOLD
    same_source_threshold: float = SAME_SOURCE_THRESHOLD


def wordlist_language(language: str) -> str:
    """The wordfreq language for an article's language tag ("de-AT" -> "de"); English when
    wordfreq has no list for it (or none is known)."""
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in _WORDLISTS else "en"


@lru_cache(maxsize=65536)
def _rarity(term: str, language: str) -> float:
    """How much a term says about which event a text reports: 0 for common words."""
    try:
        zipf = zipf_frequency(term, language)
    except (ImportError, LookupError, ValueError):
        # Japanese, Korean and Chinese lists need tokenisers (MeCab, jieba) that are optional
        # and not installed: such a term counts as rare, which is what most names are.
        zipf = 0.0
    if zipf >= _COMMON_ZIPF:
        return 0.0
    return _CEILING_ZIPF - zipf


def normalise(token: str, language: str = "en") -> str:
    """A token's term: lower case, thousands separators and possessives dropped, plurals folded
    to the singular so that "strikes" meets "strike". A plural folds only when its singular is
    a word about as common as it (not "Texas" to "texa", nor "Sanders" to "sander"): missing a
    fold costs a little similarity, a wrong one merges two different words. Plurals and
    possessives are folded in English only."""
    term = token.lower().replace("’", "'")
    if term[0].isdigit():
        return term.replace(",", "")
    if language != "en":
        return term
    if term.endswith("'s"):
        term = term[:-2]
    if len(term) > 4 and term.endswith("ies"):
        singular = term[:-3] + "y"
    elif len(term) > 3 and term.endswith("s") and not term.endswith(("ss", "us", "is")):
        singular = term[:-1]
    else:
        return term
    return singular if _is_plural_of(term, singular) else term


@lru_cache(maxsize=65536)
def _is_plural_of(plural: str, singular: str) -> bool:
    singular_zipf = zipf_frequency(singular, "en")
    return singular_zipf > 0 and singular_zipf > zipf_frequency(plural, "en") - _PLURAL_MARGIN


def _tokens(text: str, language: str, limit: int | None = None) -> list[tuple[str, bool]]:
    """(term, looks like a name) for each token (the first `limit` only, when given); a name is
    capitalised and not the first word of a sentence, where every word is capitalised."""
    result: list[tuple[str, bool]] = []
    sentence_start = True
    for match in _TOKEN.finditer(text):
        token = match.group()
        if len(token) < 2 and not token.isdigit():
            sentence_start = False
            continue
        before = text[max(0, match.start() - 3) : match.start()]
        if _SENTENCE_END.search(before) or "\n" in before:
            sentence_start = True
        is_name = token[0].isupper() and not sentence_start
        result.append((normalise(token, language), is_name))
        sentence_start = False
        if limit is not None and len(result) >= limit:
            break
    return result


def _term_weight(term: str, language: str) -> float:
    if language == "en" and term in _NEWS_STOPWORDS:
        return 0.0
    if term[0].isdigit():
        # A bare small number ("3 ministers", "14 June") is in every story; figures with
        # three or more digits or a decimal point ("2300", "3.25") pin down an event.
        if len(term) < 3:
            return 0.0
        return _rarity(term, language)
    if len(term) < 3:
        return 0.0
    return _rarity(term, language)


def features_vector(title: str, text: str, tags: Iterable[str] = (), language: str = "en",
                    max_terms: int = MAX_TERMS) -> TermVector:
    """The unit-length weighted term vector of an article (at most `max_terms` terms, rounded
    so that it stores compactly as JSON). `language` is the article's language tag: rarity is
    judged against that language's word list (words are split on spaces and punctuation, so
    Chinese and Japanese text yields phrases rather than words)."""
    language = wordlist_language(language)
    counts: dict[str, float] = {}
    boosts: dict[str, float] = {}

    def count(term: str, boost: float) -> None:
        counts[term] = counts.get(term, 0.0) + 1.0
        boosts[term] = max(boosts.get(term, 1.0), boost)

    for term, is_name in _tokens(title, language):
        count(term, TITLE_WEIGHT * (NAME_WEIGHT if is_name else 1.0))
    for tag in tags:
        for term, _ in _tokens(tag, language):
            count(term, TAG_WEIGHT)
    for position, (term, is_name) in enumerate(_tokens(text, language, TEXT_WORDS)):
        boost = LEAD_WEIGHT if position < LEAD_WORDS else 1.0
        count(term, boost * (NAME_WEIGHT if is_name else 1.0))
    weighted = {}
    for term, tally in counts.items():
        weight = _term_weight(term, language)
        if weight > 0:
            weighted[term] = weight * boosts[term] * (1.0 + math.log(tally))
    strongest = sorted(weighted.items(), key=lambda item: (-item[1], item[0]))[:max_terms]
    norm = math.sqrt(sum(weight * weight for _, weight in strongest))
    if not norm:
        return {}
    return {term: round(weight / norm, 4) for term, weight in strongest}


class TermStats:
    """In how many of a portal's recent articles each term appears. General rarity does not
    know that a local news hub names its city in every other article: a term that
    is common in the portal's own recent output says little about which event is reported,
    whatever wordfreq thinks of it. Build it from a long enough stretch of articles (the
    last thousand, say; a few days' worth is too few), since one story's articles share
    their event's terms and must not make those look common."""

    def __init__(self) -> None:
        self.documents = 0
        self.document_frequency: dict[str, int] = {}
        self._factors: dict[str, float] = {}

    @classmethod
    def of(cls, vectors: Iterable[Mapping[str, float]]) -> TermStats:
        stats = cls()
        for terms in vectors:
            stats.add(terms)
        return stats

    def add(self, terms: Mapping[str, float]) -> None:
        self.documents += 1
        for term in terms:
            self.document_frequency[term] = self.document_frequency.get(term, 0) + 1
        self._factors.clear()

    def remove(self, terms: Mapping[str, float]) -> None:
        """Forget an article added before (for a sliding window of recent articles)."""
        self.documents -= 1
        for term in terms:
            left = self.document_frequency.get(term, 0) - 1
            if left > 0:
                self.document_frequency[term] = left
            else:
                self.document_frequency.pop(term, None)
        self._factors.clear()

    def factor(self, term: str) -> float:
        """1 for a term in at most LOCAL_SHARE of the articles, falling to 0 for a term in
        all of them (inverse document frequency, scaled so that one story's coverage keeps
        its full weight). Small samples are padded with articles that lack the term."""
        known = self._factors.get(term)
        if known is not None:
            return known
        share = self.document_frequency.get(term, 0) / (self.documents + PRIOR_DOCUMENTS)
        if share <= LOCAL_SHARE:
            result = 1.0
        elif share >= 1:
            result = 0.0
        else:
            result = math.log(share) / math.log(LOCAL_SHARE)
        self._factors[term] = result
        return result


def weigh(terms: Mapping[str, float], background: TermStats) -> TermVector:
    """`terms` with each weight scaled by its local factor, back to unit length."""
    scaled = {}
    for term, weight in terms.items():
        factor = background.factor(term)
        if factor > 0:
            scaled[term] = weight * factor
    norm = math.sqrt(sum(weight * weight for weight in scaled.values()))
    return {term: weight / norm for term, weight in scaled.items()} if norm else {}


def similarity(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """Cosine similarity of two unit-length term vectors."""
    if len(second) < len(first):
        first, second = second, first
    total = 0.0
    for term, weight in first.items():
        other = second.get(term)
        if other is not None:
            total += weight * other
    return total


class StoryIndex:
    """The articles a new one may join, each weighed once: the orchestrator loads the last
    few days' articles, then for each new article calls `match` and `add`."""

    def __init__(self, background: TermStats, settings: MatchSettings | None = None) -> None:
        self.background = background
        self.settings = settings or MatchSettings()
        self._entries: list[tuple[StoryFeatures, TermVector]] = []

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, item: StoryFeatures) -> None:
        self._entries.append((item, weigh(item.terms, self.background)))

    def scores(self, new: StoryFeatures) -> list[tuple[str, float]]:
        """(key, similarity) of the indexed articles `new` may join, most similar first:
        published within the window and above the threshold for their source."""
        settings = self.settings
        terms = weigh(new.terms, self.background)
        scored = []
        for candidate, candidate_terms in self._entries:
            if candidate.key == new.key:
                continue
            if not _within(new.published, candidate.published, settings.window):
                continue
            if not _within(new.published, candidate.story_start, settings.max_span):
                continue
            score = similarity(terms, candidate_terms)
            same_source = bool(new.source) and new.source == candidate.source
            if score >= (settings.same_source_threshold if same_source else settings.threshold):
                scored.append((candidate.key, score))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return scored

    def match(self, new: StoryFeatures) -> str | None:
        """The key of the article whose story `new` belongs to, or None for a new story."""
        scored = self.scores(new)
        return scored[0][0] if scored else None


def _within(first: datetime | None, second: datetime | None, window: timedelta | None) -> bool:
    if window is None or first is None or second is None:
        return True
    return abs(first - second) <= window


def story_match(new: StoryFeatures, candidates: Iterable[StoryFeatures], background: TermStats,
                settings: MatchSettings | None = None) -> str | None:
    """One-off form of StoryIndex.match: the candidate whose story `new` belongs to, or None."""
    index = StoryIndex(background, settings)
    for candidate in candidates:
        index.add(candidate)
    return index.match(new)


def _order(item: StoryFeatures) -> tuple[int, float, str]:
    stamp = item.published.timestamp() if item.published else 0.0
    return (0 if item.published else 1, stamp, item.key)


def cluster(items: Iterable[StoryFeatures], settings: MatchSettings | None = None,
            background: TermStats | None = None) -> list[list[str]]:
    """Stories (lists of keys, each sorted, the largest first) formed by adding the items one
    by one in publication order, as the orchestrator does; singletons included. Without a
    `background`, term commonness is measured over the whole batch."""
    ordered = sorted(items, key=_order)
    if background is None:
        background = TermStats.of(item.terms for item in ordered)
    index = StoryIndex(background, settings)
    story_of: dict[str, int] = {}
    stories: list[list[str]] = []
    starts: list[datetime | None] = []
    for item in ordered:
        match = index.match(item)
        if match is None:
            story_of[item.key] = len(stories)
            stories.append([item.key])
            starts.append(item.published)
        else:
            story_of[item.key] = story_of[match]
            stories[story_of[match]].append(item.key)
        index.add(replace(item, story_start=starts[story_of[item.key]]))
    return sorted((sorted(story) for story in stories), key=lambda s: (-len(s), s[0]))
