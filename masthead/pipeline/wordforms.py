"""English word forms a dictionary does not list but a reader knows at once.

Spelling dictionaries list the common inflections of common words; real news also writes
British spellings ("organised", "colour"), the plural of a word used as a count noun
("financials", "learnings"), derived words ("agentic", "bursty", "brushers"), prefixed words
("upskilled", "reopenings") and closed compounds ("mocktails"). Each is explained here by a known
word and a regular rule, so the spelling check can leave it alone. A few rules stop where
the form is itself a classic slip: "-ys" after a consonant ("redundancys") and "-er" where
"-or" is the word ("projecter").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

Known = Callable[[str], bool]

# British spelling -> American, as (British part, American part); tried one at a time.
_BRITISH = (
    ("our", "or"),
    ("tre", "ter"),
    ("isation", "ization"),
    ("ise", "ize"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysing", "yzing"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("llor", "lor"),
    ("llery", "lery"),
    ("ae", "e"),
    ("oe", "e"),
    ("mme", "m"),
    ("ould", "old"),
    ("eable", "able"),
    ("ey", "y"),
    ("que", "ck"),
    ("vre", "ver"),
)
# Rules that would turn a short slip into a word: only for longer words ("paediatric").
_SHORT_RISK = frozenset({"ae", "oe", "vre", "ey"})
_PREFIXES = (
    "re", "un", "non", "pre", "post", "co", "de", "dis", "mis", "over", "under", "out", "up",
    "sub", "super", "inter", "multi", "anti", "counter", "micro", "macro", "mega", "cyber",
    "eco", "bio", "geo", "self", "semi", "mid", "hyper", "auto", "tele", "trans", "cross", "pro",
    "neo", "off", "down", "ultra", "mini", "meta", "para", "pseudo", "quasi", "tri", "bi",
)
# Suffix -> what the stem may need back before it: "" nothing, "e" the silent e that a suffix
# beginning with a vowel drops ("reusers"), "y" the y that turned into i ("partiers").
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("s", ("",)),
    ("es", ("",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
    ("ings", ("", "e")),
    ("er", ("", "e")),
    ("ers", ("", "e")),
    ("ly", ("", "le")),
    ("y", ("", "e")),
    ("ic", ("", "e", "y")),
    ("al", ("", "e")),
    ("ish", ("", "e")),
    ("ness", ("",)),
    ("ment", ("",)),
    ("ments", ("",)),
    ("able", ("", "e")),
    ("ful", ("",)),
    ("less", ("",)),
    ("ship", ("",)),
    ("ist", ("", "e", "y")),
    ("ists", ("", "e", "y")),
    ("ism", ("", "e")),
    ("ity", ("", "e")),
    ("ify", ("", "e", "y")),
    ("wise", ("",)),
)
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
_VOWELS = frozenset("aeiouy")
_SIBILANTS = ("s", "x", "z", "ch", "sh")
_DOUBLING = frozenset({"ed", "ing", "ings", "er", "ers", "y", "ish", "able"})
_TRIPLE = re.compile(r"(.)\1\1")


def explained(word: str, known: Known, common: Known | None = None) -> bool:
    """Whether a lower-cased word unknown to the dictionary is a regular form of known words:
    a British spelling of a `known` word, or a `common` word (by default a known one) with a
    suffix, a prefix or another common word. Keep `common` to frequent words: a rare stem
    explains too many slips ("dited" is no form of "dit")."""
    if _TRIPLE.search(word):
        return False  # no English word writes a letter three times ("fullly")
    if any(known(variant) for variant in american_variants(word)):
        return True
    common = common or known
    return derived(word, common) or prefixed(word, common) or compound(word, common)


def american_variants(word: str) -> Iterator[str]:
    """The word with one British spelling turned American ("colour" -> "color")."""
    for british, american in _BRITISH:
        if len(word) < (7 if british in _SHORT_RISK else 5):
            continue  # "stae", "ovre", "laest" are slips, not British spellings
        start = word.find(british, 1)
        while start != -1:
            yield word[:start] + american + word[start + len(british) :]
            start = word.find(british, start + 1)


def derived(word: str, known: Known) -> bool:
    """A known stem with a regular suffix ("financials", "agentic", "brushers", "shipped")."""
    for suffix, endings in _SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        stem = word[: -len(suffix)]
        if suffix in ("s", "es") and _consonant_y(stem):
            return False  # "redundancys": the plural of a "-y" noun is a classic slip
        if suffix == "s" and stem.endswith(_SIBILANTS):
            continue  # never "boxs"
        if suffix == "es" and not stem.endswith((*_SIBILANTS, "o")):
            continue  # "boxes", "wishes", "heroes", but never "markes"
        if suffix in ("er", "ers") and known(stem + "or" + suffix[2:]):
            return False  # "projecter", "semiconducter"
        if suffix[0] in _VOWELS and stem.endswith("e"):
            continue  # a silent e goes before a vowel: never "changeed"
        # Three-letter stems make forms of slips: "beter" is no "bet" + "er".
        if any(len(stem + ending) >= 4 and known(stem + ending) for ending in endings):
            return True
        if suffix in _DOUBLING and _doubled(stem) and known(stem[:-1]):
            return True  # "shipped", "bigger"
        if stem.endswith("i") and suffix != "s" and known(stem[:-1] + "y"):
            return True  # "partiers", "happiness"
    return False


def _doubled(stem: str) -> bool:
    """A final consonant doubled after one vowel, as in "shipp-ed" or "plann-ing"."""
    return (
        len(stem) >= 4
        and stem[-1] == stem[-2]
        and stem[-1] in _CONSONANTS
        and stem[-3] in _VOWELS
        and stem[-4] in _CONSONANTS
    )


def _consonant_y(stem: str) -> bool:
    return len(stem) >= 2 and stem[-1] == "y" and stem[-2] in _CONSONANTS


def prefixed(word: str, known: Known) -> bool:
    """A known word behind a common prefix ("upskilled", "reopenings", "ecospace")."""
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        # After a two-letter prefix a short rest is too often a slip ("co|ruse", "de|butts").
        if len(rest) < (6 if len(prefix) == 2 else 5) or not word.startswith(prefix):
            continue
        if known(rest) or derived(rest, known):
            return True
    return False


def compound(word: str, known: Known) -> bool:
    """Two known words of four letters or more written as one ("mocktails")."""
    return any(
        word[split - 1] != word[split]  # "work|king" is a slip: compounds rarely double
        and known(word[:split])
        and (known(word[split:]) or derived(word[split:], known))
        for split in range(4, len(word) - 3)
    )


__all__ = ["american_variants", "compound", "derived", "explained", "prefixed"]
