"""Typos made from clean articles, and the evaluation of the spelling check on them.

`make_typo` slips one word the ways fingers do (two neighbouring letters swapped, a letter
dropped, doubled or inserted, one replaced); `evaluate` puts one typo into each of a set of
clean articles and measures how many the check finds (recall), how often its suggestion is
the word that was meant, and how many flags it raises on the clean articles (noise).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from masthead.pipeline.spelling import Dictionary, dictionary, misspellings, spelling_language

KINDS = ("swap", "drop", "double", "insert", "replace")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Keys next to each other on a QWERTY keyboard: most inserted or replaced letters are one.
_NEAR_KEYS = {
    row[index]: row[max(0, index - 1) : index] + row[index + 1 : index + 2]
    for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    for index in range(len(row))
}
_LOWER_WORD = re.compile(r"(?<![\w'’\-\[])[a-z]{4,}(?![\w'’\-\]])")


def make_typo(word: str, rng: random.Random, kind: str | None = None) -> str:
    """`word` with one slip of the keyboard of the given kind (a random kind by default)."""
    kind = kind or rng.choice(KINDS)
    position = rng.randrange(1, len(word) - 1)  # first and last letters are rarely wrong
    if kind == "swap" and word[position] != word[position + 1]:
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    if kind == "drop":
        return word[:position] + word[position + 1 :]
    if kind == "double":
        return word[:position] + word[position] + word[position:]
    letter = rng.choice(_NEAR_KEYS.get(word[position], "") or _LETTERS)
    if rng.random() < 0.3:
        letter = rng.choice(_LETTERS)
    if kind == "insert":
        return word[:position] + letter + word[position:]
    return word[:position] + letter + word[position + 1 :]


@dataclass
class TypoPlaced:
    original: str
    typo: str
    start: int
    kind: str


def place_typo(
    text: str, words: Dictionary, rng: random.Random, kind: str | None = None
) -> tuple[str, TypoPlaced | None]:
    """One typo in a random lower-case word of four letters or more that the dictionary
    knows. A typo that makes another real word ("form" -> "from") is not a misspelling and
    is not placed: another word is tried."""
    spots = [match for match in _LOWER_WORD.finditer(text) if match.group() in words.words]
    rng.shuffle(spots)
    for match in spots[:20]:
        chosen = kind or rng.choice(KINDS)
        typo = make_typo(match.group(), rng, chosen)
        if typo == match.group() or words.knows(typo):
            continue
        placed = TypoPlaced(match.group(), typo, match.start(), chosen)
        return text[: match.start()] + typo + text[match.end() :], placed
    return text, None


@dataclass
class SpellingScore:
    articles: int = 0
    words: int = 0
    skipped_language: dict[str, int] = field(default_factory=dict)
    clean_flags: list[tuple[str, str]] = field(default_factory=list)
    typos: int = 0
    found: int = 0
    right_suggestion: int = 0
    found_by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [found, placed]
    missed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "words": self.words,
            "skipped_language": self.skipped_language,
            "clean_flags": len(self.clean_flags),
            "flags_per_article": round(len(self.clean_flags) / max(1, self.articles), 3),
            "flags_per_1000_words": round(1000 * len(self.clean_flags) / max(1, self.words), 3),
            "typos": self.typos,
            "recall": round(self.found / max(1, self.typos), 3),
            "suggestion_accuracy": round(self.right_suggestion / max(1, self.found), 3),
            "recall_by_kind": {
                kind: round(found / max(1, placed), 3)
                for kind, (found, placed) in sorted(self.found_by_kind.items())
            },
            "ms_per_article": round(1000 * self.seconds / max(1, self.articles), 2),
        }


def evaluate(articles: Sequence[tuple[str, str]], seed: int = 7) -> SpellingScore:
    """Check every English (title, text) article as it is (its flags are noise: the texts
    are published, edited articles) and with one typo placed in it."""
    rng = random.Random(seed)
    score = SpellingScore()
    for title, text in articles:
        language = spelling_language(text)
        words = dictionary(language)
        if words is None:
            score.skipped_language[language] = score.skipped_language.get(language, 0) + 1
            continue
        ignore = {word.lower() for word in re.findall(r"\w+", title)}
        started = time.perf_counter()
        clean = misspellings(text, language, ignore)
        score.seconds += time.perf_counter() - started
        score.articles += 1
        score.words += len(text.split())
        score.clean_flags.extend((found.text, found.suggestion) for found in clean)
        typed, placed = place_typo(text, words, rng)
        if placed is None:
            continue
        score.typos += 1
        tally = score.found_by_kind.setdefault(placed.kind, [0, 0])
        tally[1] += 1
        hits = [found for found in misspellings(typed, language, ignore)
                if found.start == placed.start]
        if hits:
            score.found += 1
            tally[0] += 1
            score.right_suggestion += hits[0].suggestion == placed.original
        else:
            score.missed.append((placed.typo, placed.original))
    return score


__all__ = ["KINDS", "SpellingScore", "TypoPlaced", "evaluate", "make_typo", "place_typo"]
