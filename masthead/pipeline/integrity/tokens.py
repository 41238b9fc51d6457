"""Words, languages and word lists for the integrity checks.

The word lists come from `wordfreq`, which ships word-frequency lists for ~20 languages inside
its wheel (no download at run time). Its "large" lists hold names and compounds as well as
words ("pelosi", "workflow", "bundesregierung"): a capitalised word found there is the page's
own word, never a brand glued to the next one. They are loaded lazily, once per language
(~0.25 s each).
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

# A word: starts and ends with a letter or digit; apostrophes and hyphens may join its parts
# ("don't", "well-known"). Periods never join, so "border.Zentrix" is two words with "." between.
WORD_RE = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")

# Function words per language: they decide the language of a text, and mark a sentence start
# ("Zentrix Markets The ..."): a capitalised function word begins a sentence, it is not a brand.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the a an and or but of in on at to for from by with as is are was were be been has have "
        "had he she it they we i you this that these those his her its their our my your not no "
        "will would can could should may might do does did there here when while after before "
        "if because so than then also about into over under some many most all one two three "
        "however according who which what where why how each every other such only more less "
        "just even still yet both either neither nor since until during through against "
        "between among without within upon per via".split()
    ),
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer eines und oder aber in im an am auf "
        "aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen "
        "ohne um ist sind war waren wird werden wurde wurden hat haben hatte hatten er sie es wir "
        "ich ihr man nicht kein keine auch noch schon nur sehr wie als wenn dass daß ob weil denn "
        "doch so dabei dazu damit davon darauf daher dann sich sein seine ihre ihren dies diese "
        "dieser dieses jener mehr alle beim bis seit trotz während wegen".split()
    ),
    "fr": frozenset(
        "le la les un une des du de et ou mais dans sur sous avec pour par en au aux est sont "
        "était été a ont il elle ils elles nous vous je ce cette ces son sa ses leur leurs ne pas "
        "plus qui que quoi où comme si lors selon après avant entre".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas del de y o pero en sobre con para por al es son era fue "
        "ha han él ella ellos ellas nosotros yo este esta estos estas su sus no más que quien "
        "donde como si según después antes entre".split()
    ),
    "it": frozenset(
        "il lo la i gli le un uno una del della dei delle di e o ma in su con per da al alla è "
        "sono era fu ha hanno lui lei loro noi io questo questa questi queste suo sua suoi non "
        "più che chi dove come se secondo dopo prima tra fra".split()
    ),
    "nl": frozenset(
        "de het een en of maar in op aan te voor van door met als is zijn was waren wordt werd "
        "heeft hebben hij zij het wij ik dit dat deze die zijn haar hun niet geen ook nog wel "
        "wie waar hoe na tussen".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas do da dos das de e ou mas em no na nos nas com para por ao é "
        "são era foi tem têm ele ela eles elas nós eu este esta estes estas seu sua seus não mais "
        "que quem onde como se segundo depois antes entre".split()
    ),
}

# One- and two-letter English words that may stand on their own after a glued brand; every
# other such fragment ("sa", "ll") is too likely an accident of splitting.
SHORT_WORDS_EN = frozenset(
    "a i an as at be by do go he if in is it me my no of on or so to up us we am".split()
)

_LEXICONS: dict[str, dict[str, float]] = {}
_LOCK = threading.Lock()


class Token(NamedTuple):
    """One word of a paragraph, with what separates it from the word before."""

    text: str
    start: int
    end: int
    gap: str  # the characters between the previous word (or the paragraph start) and this one

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(paragraph: str) -> list[Token]:
    tokens: list[Token] = []
    previous_end = 0
    for match in WORD_RE.finditer(paragraph):
        start, end = match.span()
        tokens.append(Token(match.group(), start, end, paragraph[previous_end:start]))
        previous_end = end
    return tokens


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; each is returned stripped, empty ones dropped."""
    return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]


def words(text: str) -> Iterator[str]:
    for match in WORD_RE.finditer(text):
        yield match.group()


def guess_language(text: str | list[str]) -> str:
    """The language whose function words cover most of the text's words ("" when unsure).
    `text` may be given as its words already split."""
    sample = text[:400] if isinstance(text, list) else list(words(text[:4000]))[:400]
    lowered = Counter(word.lower() for word in sample)
    counts = {
        language: sum(count for word, count in lowered.items() if word in function_words)
        for language, function_words in FUNCTION_WORDS.items()
    }
    if not sample:
        return ""
    language, best = max(counts.items(), key=lambda item: item[1])
    return language if best >= max(2, len(sample) * 0.08) else ""


def lexicon(language: str) -> dict[str, float]:
    """Lower-cased word -> frequency (share of all words) in `language`; empty when unknown."""
    if language in _LEXICONS:
        return _LEXICONS[language]
    with _LOCK:
        if language not in _LEXICONS:
            _LEXICONS[language] = _load_lexicon(language)
    return _LEXICONS[language]


def zipf(frequencies: dict[str, float], word: str) -> float:
    """The Zipf value of a lower-cased word: log10 of its count per billion words, 0 if absent.
    3 is a common word ("crossing" 4.3), 1 the rarest a list keeps."""
    frequency = frequencies.get(word, 0.0)
    return math.log10(frequency * 1e9) if frequency > 0 else 0.0


def _load_lexicon(language: str) -> dict[str, float]:
    if not language:
        return {}
    try:
        import wordfreq
    except ImportError:  # the article's own vocabulary still works without it
        return {}
    try:
        # wordfreq caches this dict itself (~37 MB for English): use it, never copy it.
        frequencies: dict[str, float] = wordfreq.get_frequency_dict(language, wordlist="large")
        return frequencies
    except (LookupError, ValueError):  # no list ships for this language
        return {}
