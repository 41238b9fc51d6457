"""Cross-article evidence of injected phrases for one source (see `PhraseLearner`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from masthead.pipeline.integrity.contexts import capitalised_runs, spaced_contexts
from masthead.pipeline.integrity.evidence import (
    analyse,
    brand_like,
    count_phrase,
    find_occurrences,
    normalise,
    overlaps,
    title_ends,
    unknown,
)


@dataclass
class Observation:
    """What one article shows the learner; plain sets and lists, so that it can be computed
    in a worker process and counted in another."""

    odd: set[str] = field(default_factory=set)  # phrases at odd places
    placed: set[str] = field(default_factory=set)  # ... stuck or as a title end
    glued: list[tuple[str, str]] = field(default_factory=list)  # (phrase, glued word's start)
    present: set[str] = field(default_factory=set)
    places: list[str] = field(default_factory=list)  # every whole capitalised run
    breaks: list[str] = field(default_factory=list)  # ... that breaks its sentence
    breaking: set[str] = field(default_factory=set)
    made_up: set[str] = field(default_factory=set)  # breaking runs no lexicon knows
    strange: set[str] = field(default_factory=set)  # runs no lexicon knows
    titled: set[str] = field(default_factory=set)  # runs the title names


def observe(title: str, text: str) -> Observation:
    """Everything `PhraseLearner.record` counts for one article (the costly part of learning)."""
    page = analyse(title, text)
    seen = Observation()
    for occurrence in find_occurrences(page):
        if not occurrence.telling:
            continue
        candidates = occurrence.candidates[: occurrence.best or None]
        seen.odd.update(candidates)
        if occurrence.kind == "stuck":
            seen.placed.update(candidates)
        seen.glued.extend((phrase, occurrence.right[:3].lower()) for phrase in candidates)
    for segment in title_ends(page):
        if not segment or not brand_like(segment) or not count_phrase(page, segment):
            continue
        # A title end the body names in its first lines or as a sentence's subject is
        # what the story (or the site: "The Harbour Ledger reported") is about.
        contexts = spaced_contexts(page, segment)
        if any((context.lede or context.subject) and not context.breaks for context in contexts):
            continue
        seen.odd.add(segment)
        seen.placed.add(segment)
    seen.present = {phrase for phrase in seen.odd if count_phrase(page, phrase)}
    runs: set[str] = set()
    for phrase, context in capitalised_runs(page):
        runs.add(phrase)
        words = phrase.split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                seen.present.add(" ".join(words[start:end]))
        seen.places.append(phrase)
        if context.breaks and not context.quoted:
            seen.breaking.add(phrase)
            seen.breaks.append(phrase)
    seen.made_up = {phrase for phrase in seen.breaking if unknown(page, phrase)}
    seen.strange = {phrase for phrase in runs if unknown(page, phrase)}
    seen.titled = {phrase for phrase in runs if phrase in title}
    return seen


class PhraseLearner:
    """Cross-article evidence for one source: phrases that recur at random places across
    unrelated articles.

    A scraper site injects the same phrase into every article it copies, wherever it lands; a
    name the source writes about sits where names sit. A phrase is learned in two ways:

    - odd places: present in at least `min_articles` articles, glued to the next word, stuck
      after a full stop or standing as a title end echoed in the body in at least two of them
      (and in two fifths of those it is present in), glued to different words each time
      ("Euro|game", "Euro|games" is a compound the source uses, not a brand);
    - random places: a made-up name (a word no lexicon knows) present in at least
      `min_articles` articles and breaking the sentence it sits in ("migrants are Zentrix
      Markets crossing") in at least two of them and in half of those it is present in.

    - everywhere: a made-up name in three quarters of the source's articles or more, never in
      a title.

    The site's own name, given at construction, is never learned.
    """

    def __init__(self, site_name: str = "") -> None:
        self.site = normalise(site_name).casefold()
        self.articles = 0
        self.present: Counter[str] = Counter()  # articles holding the phrase
        self.odd: Counter[str] = Counter()  # ... where it sits at an odd place
        self.placed: Counter[str] = Counter()  # ... stuck or as a title end, not only glued
        self.glued_to: dict[str, set[str]] = {}  # how the words it is glued to begin
        self.breaking: Counter[str] = Counter()  # ... where it breaks a sentence
        self.made_up: Counter[str] = Counter()  # ... where it holds a made-up word
        self.places: Counter[str] = Counter()  # places it stands at as a whole run
        self.breaks: Counter[str] = Counter()  # ... that break the sentence
        self.strange: Counter[str] = Counter()  # articles where it is a word no lexicon knows
        self.titled: Counter[str] = Counter()  # articles whose title names it

    def add(self, title: str, text: str) -> None:
        self.record(observe(title, text))

    def record(self, seen: Observation) -> None:
        """Count what one article showed (see `observe`, which may run elsewhere)."""
        for phrase, right in seen.glued:
            self.glued_to.setdefault(phrase, set()).add(right)
        odd = {phrase for phrase in seen.odd if phrase.casefold() != self.site}
        self.places.update(seen.places)
        self.breaks.update(seen.breaks)
        self.articles += 1
        self.present.update(seen.present)
        self.odd.update(odd & seen.present)
        self.placed.update(seen.placed & seen.present)
        breaking = {phrase for phrase in seen.breaking if phrase.casefold() != self.site}
        self.breaking.update(breaking)
        self.made_up.update(seen.made_up & breaking)
        self.strange.update(seen.strange)
        self.titled.update(seen.titled)

    def phrases(self, min_articles: int = 3) -> list[str]:
        """Candidate injected phrases learned from the source's articles, likeliest first."""
        scores: dict[str, int] = {}
        for phrase, odd in self.odd.items():
            present = self.present[phrase]
            if (
                odd >= 2
                and present >= min_articles
                and odd >= 0.4 * present
                and (self.placed[phrase] or len(self.glued_to.get(phrase, ())) >= 2)
            ):
                scores[phrase] = odd
        for phrase, breaking in self.breaking.items():
            present = self.present[phrase]
            if breaking < 2 or present < min_articles or phrase.isupper():
                continue
            made_up = 2 * self.made_up[phrase] > breaking
            share = self.breaks[phrase] / max(1, self.places[phrase])
            # A made-up name breaking a fifth of its places; or a name of common words in three
            # quarters of all articles, breaking a third of its places.
            if (made_up and share >= 0.2) or (
                not made_up
                and len(phrase.split()) >= 2
                and present >= 0.75 * self.articles
                and 5 * breaking >= 2 * present
                and share >= 0.3
            ):
                scores[phrase] = max(scores.get(phrase, 0), breaking)
        for phrase, strange in self.strange.items():
            # A made-up word in nearly every article, never named by a title: no source
            # writes about the same unknown thing in all its stories, unless it is its own
            # name (pass it as `site_name`).
            if (
                strange >= max(min_articles, 0.75 * self.articles)
                and not self.titled[phrase]
                and not phrase.isupper()
            ):
                scores[phrase] = max(scores.get(phrase, 0), strange)
        learned = sorted(scores, key=lambda phrase: (-scores[phrase], -len(phrase.split()), phrase))
        result: list[str] = []
        for phrase in learned:
            if not any(overlaps(phrase.split(), other.split()) for other in result):
                result.append(phrase)
        return result
