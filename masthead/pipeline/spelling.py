"""Likely misspellings: words no dictionary holds that sit one or two edits from a common word.

Two word lists, both shipped inside their wheels (nothing is downloaded at run time):

- pyspellchecker's dictionary says whether a word is spelt right. It is curated: common
  misspellings ("goverment", "recieve", "teh") are not in it.
- wordfreq's frequency list says how common a word is. It is not curated (it holds
  "goverment" and many names), so it only vouches for words that are frequent in real text
  ("covid", "blockchain"), and it ranks suggestions.

A word is flagged only when it is in neither list as a frequent word AND a much more frequent
word lies one or two edits away ("officiasl" -> "officials"). Everything that is usually right
though unknown is left alone, so that editors are not drowned in noise: capitalised words
(names; a sentence's first word only when even the frequency list, rich in names, does not
know it and it is one slip from a common word), acronyms,
words with digits, URLs and e-mail addresses, compounds whose parts are words, possessives,
words of the article's title and tags, words written twice in the article, words the same
source uses in other articles (`SiteVocabulary`), and sentences dense with unknown words
(a quotation in another language, code, a transliteration).

Suggestions come from a small deletion index (the frequent words and their one-letter
deletions), so finding every word within two edits costs a few hundred dictionary look-ups
instead of the ~10^5 candidates of a plain edit-distance search (pyspellchecker's own
distance-2 search takes about a second for a word with no near neighbour).
"""

from __future__ import annotations

import gc
import re
import threading
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from masthead.pipeline.integrity.tokens import guess_language, lexicon, zipf
from masthead.pipeline.wordforms import explained

# Languages whose false-positive rate was measured on clean news text (see the tests).
CHECKED_LANGUAGES = frozenset({"en"})
SUGGESTION_ZIPF = 3.0  # suggestions are common words: at least once per million words
# A word this frequent in real text is a word, whatever the dictionary says ("intro", "carb");
# the misspellings people repeat stay below it ("goverment" 2.7, "definately" 2.9).
KNOWN_ZIPF = 3.0
# Stems that explain a word form (see `wordforms`): dictionary words this common, or any word
# more common than COMMON_ZIPF. A rare stem explains too many slips.
STEM_ZIPF = 3.0
COMMON_ZIPF = 4.0
# How much more frequent than the word its correction must be (Zipf points), by edit distance.
MARGIN = {1: 2.0, 2: 3.0}
MIN_LENGTH = 3
# Words shorter than this are checked only when one slip away from a very common word ("ths",
# "fom"): most short unknown words are abbreviations and units.
SHORT_WORD = 4
SHORT_WORD_ZIPF = 3.0
SHORT_SUGGESTION_ZIPF = 5.5
# A capitalised word at a sentence's start is checked only against a correction this common.
CAPITALISED_SUGGESTION_ZIPF = 4.0
# A sentence with more unknown lower-case words than this is not English prose.
MAX_UNKNOWN_PER_SENTENCE = 2
# Shorter lines are labels, list items and names, not prose.
MIN_SENTENCE_WORDS = 4
CACHE_SIZE = 100_000  # words whose verdict is remembered, per dictionary

# Latin and French set phrases of English prose, written without their accents, that the
# dictionary leaves out ("a priori", "du jour", "quo warranto", "pro tem", "pro forma").
LOANWORDS = frozenset(
    "priori posteriori jour warranto tem generis etat brulee gratia nauseam infinitum absentia "
    "parentis amicus ipso forma naivete passe protege entree crema".split()
)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*(?:-[A-Za-z\u00C0-\u024F]+)*")
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_SKIPPED_CHUNK = re.compile(
    r"@|://|^www\.|\.(?:com|org|net|gov|edu|io|co|uk)\b|[\d\[\]{}<>=/\\_#]"
    r"|^\W*(?:[A-Za-z]\.){2,}",  # "U.S.", "e.g.": abbreviations, not words
    re.IGNORECASE,
)
_OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u024F\u1E00-\u1EFF]")
_VOWELS = frozenset("aeiouy")


@dataclass(frozen=True)
class Misspelling:
    text: str  # the word as written
    suggestion: str  # the word with the likely correction
    start: int  # offset in the text


class Dictionary:
    """One language's spelling dictionary, frequency list and suggestion index."""

    def __init__(self, words: Iterable[str], frequencies: dict[str, float]) -> None:
        self.words = frozenset(words) | LOANWORDS
        self.frequencies = frequencies
        self.index: dict[str, list[str]] = {}
        self._unknown: dict[str, bool] = {}
        self._corrections: dict[str, tuple[str, int] | None] = {}
        least = 10 ** (SUGGESTION_ZIPF - 9)  # the frequency of that Zipf value
        common = [word for word, frequency in frequencies.items() if frequency >= least]
        # ~200,000 small lists: the cyclic garbage collector would walk the word lists
        # again and again while they are made (it takes three times as long).
        collecting = gc.isenabled()
        gc.disable()
        try:
            for word in common:
                if word in self.words and word.isalpha() and word.isascii():
                    for key in {word, *_deletions(word)}:
                        self.index.setdefault(key, []).append(word)
        finally:
            if collecting:
                gc.enable()

    def zipf(self, word: str) -> float:
        return zipf(self.frequencies, word)

    def knows(self, word: str) -> bool:
        """Whether a lower-cased word is spelt right (or common enough to be a word)."""
        return word in self.words or self.zipf(word) >= KNOWN_ZIPF

    def common(self, word: str) -> bool:
        """Whether a lower-cased word is a common word: the stems that explain word forms."""
        frequency = self.zipf(word)
        return frequency >= COMMON_ZIPF or (frequency >= STEM_ZIPF and word in self.words)

    def unknown(self, word: str) -> bool:
        """Whether a lower-cased word is neither known nor a regular form of known words."""
        if word in self.words:
            return False
        verdict = self._unknown.get(word)
        if verdict is None:
            verdict = not self.knows(word) and not explained(word, self.knows, self.common)
            self._remember(self._unknown, word, verdict)
        return verdict

    def correction(self, word: str) -> tuple[str, int] | None:
        """The likely correction of an unknown lower-cased word and its edit distance, when a
        common word is near and much more frequent; else None (a rare word, a name)."""
        try:
            return self._corrections[word]
        except KeyError:
            pass
        found = self.suggest(word)
        if found is not None and self.zipf(found[0]) - self.zipf(word) < MARGIN[found[1]]:
            found = None  # a rare word that happens to be near a common one
        self._remember(self._corrections, word, found)
        return found

    def suggest(self, word: str) -> tuple[str, int] | None:
        """The likeliest common word within two edits of a lower-cased word, and its distance."""
        candidates: set[str] = set()
        for variant in _edits(word):
            candidates.update(self.index.get(variant, ()))
        candidates.discard(word)
        ranked = []
        for candidate in candidates:
            distance = edit_distance(word, candidate)
            if distance <= 2:
                likeliness = self.zipf(candidate) + _slip_bonus(word, candidate)
                ranked.append((distance, -likeliness, candidate))
        if not ranked:
            return None
        distance, _, best = min(ranked)
        return best, distance

    @staticmethod
    def _remember(cache: dict[str, Any], word: str, value: Any) -> None:
        if len(cache) > CACHE_SIZE:
            cache.clear()  # a long batch of pages: start again rather than grow without end
        cache[word] = value


def _deletions(word: str) -> Iterator[str]:
    for index in range(len(word)):
        yield word[:index] + word[index + 1 :]


def _edits(word: str) -> set[str]:
    """The word and every string one edit away (the index adds a second deletion)."""
    splits = [(word[:index], word[index:]) for index in range(len(word) + 1)]
    edits = {word}
    edits.update(left + right[1:] for left, right in splits if right)
    edits.update(
        left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1
    )
    edits.update(left + letter + right[1:] for left, right in splits if right
                 for letter in _ALPHABET)
    edits.update(left + letter + right for left, right in splits for letter in _ALPHABET)
    return edits


def edit_distance(first: str, second: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    neighbouring letters each cost one."""
    rows = len(first) + 1
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i in range(1, rows):
        current = [i] + [0] * len(second)
        for j in range(1, len(second) + 1):
            cost = first[i - 1] != second[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (i > 1 and j > 1 and first[i - 1] == second[j - 2]
                    and first[i - 2] == second[j - 1]):
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _slip_bonus(word: str, candidate: str) -> float:
    """Zipf points for the slips people make most, to rank corrections at the same distance:
    two letters swapped ("officiasl" -> "officials", not "official"), one vowel for another
    ("projecter")."""
    if sorted(word) == sorted(candidate):
        return 1.5
    if len(word) == len(candidate):
        changed = [(a, b) for a, b in zip(word, candidate, strict=True) if a != b]
        if len(changed) == 1 and changed[0][0] in _VOWELS and changed[0][1] in _VOWELS:
            return 1.0
    return 0.0


_DICTIONARIES: dict[str, Dictionary | None] = {}
_LOCK = threading.Lock()


def dictionary(language: str) -> Dictionary | None:
    """The cached dictionary of `language`, or None when none is checked for it."""
    if language not in _DICTIONARIES:
        with _LOCK:
            if language not in _DICTIONARIES:
                _DICTIONARIES[language] = _load(language)
    return _DICTIONARIES[language]


def _load(language: str) -> Dictionary | None:
    if language not in CHECKED_LANGUAGES:
        return None
    try:
        from spellchecker import SpellChecker
    except ImportError:  # an optional check: inspect still works without it
        return None
    checker = SpellChecker(language=language, distance=1)
    frequencies = lexicon(language)
    if not frequencies:
        return None
    return Dictionary(checker.word_frequency.dictionary.keys(), frequencies)


class SiteVocabulary:
    """Words one source uses across its articles: rare domain words and names recur from
    article to article, a slip of the keyboard does not."""

    def __init__(self) -> None:
        self.articles: Counter[str] = Counter()

    def add(self, text: str) -> None:
        self.articles.update(set(_WORD.findall(text.lower())))

    def recurring(self, min_articles: int = 2) -> frozenset[str]:
        return frozenset(word for word, count in self.articles.items() if count >= min_articles)


def spelling_language(text: str, declared: str = "") -> str:
    """The language to check `text` in: what its words say, else the page's declaration."""
    return guess_language(text) or declared.lower()[:2]


def misspellings(
    text: str,
    language: str,
    ignore: Iterable[str] = (),
    site_words: Collection[str] = frozenset(),
) -> list[Misspelling]:
    """Likely misspellings in `text` (see the module's notes). `ignore` and `site_words` hold
    lower-cased words known to be right here: the title's and tags' words, and the words the
    source uses in several articles (`SiteVocabulary.recurring`). A language without a
    checked dictionary gives no findings (`dictionary(language)` is None)."""
    words = dictionary(language)
    if words is None:
        return []
    # First the distinct words: most texts have no suspect at all and end here.
    counts = Counter(_WORD.findall(text))
    known = words.words
    rare = [form for form in counts if form.lower() not in known]
    if not rare:
        return []
    lowered: Counter[str] = Counter()
    for form, count in counts.items():
        lowered[form.lower()] += count
    ignored = set(ignore)
    suspects = {
        form for form in rare
        if lowered[form.lower()] == 1
        and form.lower() not in ignored
        and form.lower() not in site_words
        and _suspect(words, form)
    }
    if not suspects:
        return []
    found: list[Misspelling] = []
    for start, line in _lines(text):
        if any(suspect in line for suspect in suspects):
            for sentence in _sentences(line, start):
                found.extend(_in_sentence(words, sentence, suspects))
    return found


def _suspect(words: Dictionary, form: str) -> bool:
    """Whether a distinct word form could be a slip: unknown, long enough, and written in
    lower case (or capitalised, in case it starts a sentence)."""
    parts = form.split("-")
    if len(parts) > 1:  # one suspect part among known ones ("over-usuing")
        suspect = [part for part in parts if _suspect(words, part)]
        return len(suspect) == 1 and not any(
            _strange(words, part) for part in parts if part not in suspect
        )
    word = _strip_possessive(form)
    if len(word) < MIN_LENGTH or not word.isascii() or not word.isalpha():
        return False
    if word[1:] != word[1:].lower():
        return False  # an acronym or a CamelCase name
    if word[0].isupper() and (word != form or words.zipf(word.lower()) > 0):
        # A name: possessive ("Pohiva's"), or in the frequency list, which holds many names
        # ("Sundar", "Deval") and few slips.
        return False
    return words.unknown(word.lower())


def _strange(words: Dictionary, token: str) -> bool:
    """Whether a word is unknown to the dictionary (a name, a foreign word, a slip)."""
    if "-" in token:
        return any(_strange(words, part) for part in token.split("-") if part)
    word = _strip_possessive(token).replace("’", "'")
    if len(word) == 1:
        return word.isupper() and word not in "AI"  # an initial: "P. cyclindrica"
    if word.isupper():
        return False  # an acronym reads as a word here ("the US government")
    if not word.isascii():
        return True
    lowered = word.lower()
    if "'" in lowered:  # "weren't", "o'clock", "rock'n'roll"
        return words.unknown(lowered) and words.unknown(lowered.split("'")[0] or lowered)
    return words.unknown(lowered)


def _foreign_looking(words: Dictionary, token: str) -> bool:
    """An unknown neighbour that says "not English prose here": a lower-case unknown word, an
    initial, or a capitalised word not even the frequency list (rich in names) has."""
    if token[0].islower() or len(token) == 1:
        return True
    word = _strip_possessive(token)
    if word != token:
        return False  # "Pohiva's": a person or a place the text talks about
    return not word.isascii() or words.zipf(word.lower()) == 0


def _in_sentence(
    words: Dictionary, sentence: list[tuple[int, str, bool]], suspects: set[str]
) -> Iterator[Misspelling]:
    if len(sentence) < MIN_SENTENCE_WORDS:
        return  # a label, a list item, a name
    strange = [_strange(words, token) for _start, token, _initial in sentence]
    lower_strange = sum(
        flag and token[0].islower()
        for (_start, token, _initial), flag in zip(sentence, strange, strict=True)
    )
    if lower_strange > MAX_UNKNOWN_PER_SENTENCE:
        return  # a quotation in another language, code, a transliteration
    for position, (start, token, initial) in enumerate(sentence):
        if token not in suspects or (token[0].isupper() and not initial):
            continue
        # A slip of the keyboard stands among known words; unknown words side by side
        # are a foreign phrase or a Latin name ("Caudipteryx zoui", "creme brule").
        neighbours = [
            sentence[index][1]
            for index in (position - 1, position + 1)
            if 0 <= index < len(sentence) and strange[index]
        ]
        if any(_foreign_looking(words, neighbour) for neighbour in neighbours):
            continue
        suggestion = _suggestion(words, token)
        if suggestion:
            yield Misspelling(token, suggestion, start)


def _suggestion(words: Dictionary, token: str) -> str:
    """The token as it should likely be written, or "" when no correction is likely."""
    if "-" in token:
        parts = token.split("-")
        for number, part in enumerate(parts):
            if _suspect(words, part):
                fixed = _suggestion(words, part)
                return "-".join(parts[:number] + [fixed] + parts[number + 1 :]) if fixed else ""
        return ""
    word = _strip_possessive(token)
    found = words.correction(word.lower())
    if found is None:
        return ""
    suggestion, distance = found
    if len(word) < SHORT_WORD and (
        distance > 1 or words.zipf(suggestion) < SHORT_SUGGESTION_ZIPF or word[0].isupper()
        or words.zipf(word.lower()) >= SHORT_WORD_ZIPF
    ):
        return ""  # most short unknown words are abbreviations: only "ths", "fom" count
    if word[0].isupper():
        # A capitalised word that starts a sentence is still more likely a name: only a single
        # slip away from a common word counts.
        if distance > 1 or words.zipf(suggestion) < CAPITALISED_SUGGESTION_ZIPF:
            return ""
        suggestion = suggestion.capitalize()
    return token.replace(word, suggestion, 1)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _sentences(line: str, offset: int) -> Iterator[list[tuple[int, str, bool]]]:
    """The line's sentences as lists of (offset in the text, word, starts the sentence).
    Words in URLs, e-mail addresses, next to digits or editorial brackets ("[e]xtremely")
    are left out, and so are sentences written partly in another script."""
    sentence: list[tuple[int, str, bool]] = []
    initial = True
    foreign = False
    for chunk in _CHUNK.finditer(line):
        if initial and (sentence or foreign):
            if not foreign:
                yield sentence
            sentence, foreign = [], False
        value = chunk.group()
        if not value.isascii() and _OTHER_SCRIPT.search(value):
            foreign = True
        elif not _SKIPPED_CHUNK.search(value):
            for match in _WORD.finditer(value):
                sentence.append((offset + chunk.start() + match.start(), match.group(), initial))
                initial = False
        initial = bool(_SENTENCE_END.search(value))
    if sentence and not foreign:
        yield sentence


def _strip_possessive(token: str) -> str:
    if "'" not in token and "’" not in token:
        return token
    for ending in ("'s", "’s", "'", "’"):
        if token.endswith(ending) and len(token) > len(ending):
            return token[: -len(ending)]
    return token


__all__ = [
    "CHECKED_LANGUAGES",
    "Dictionary",
    "Misspelling",
    "SiteVocabulary",
    "dictionary",
    "edit_distance",
    "misspellings",
    "spelling_language",
]
