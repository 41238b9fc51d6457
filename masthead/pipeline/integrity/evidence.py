"""Evidence of injected phrases on one page: odd title segments, glued and stuck words, breaks.

The detector (`injection`) weighs this evidence; the learner (`PhraseLearner`) counts it across
a source's articles. Everything here is about where a phrase sits, never about what it means.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from masthead.pipeline.integrity.tokens import (
    FUNCTION_WORDS,
    SHORT_WORDS_EN,
    WORD_RE,
    Token,
    guess_language,
    lexicon,
    split_paragraphs,
    tokenize,
    zipf,
)

# Title separators: a bar with or without spaces, a spaced dash or middle dot, a colon before
# a space. An unspaced hyphen or dash joins words ("well-known", "2019–2020"), it separates nothing.
TITLE_SEPARATOR_RE = re.compile(r"\s*\|\s*|\s+[-–—·•»]\s+|\s*[–—]\s+|:\s+")

# Word endings that form names ("Johnson", "Blackrock", "Facebook"): a capitalised word that
# splits into a part plus one of these is far more likely one name than a glued brand.
NAME_ENDINGS = frozenset(
    "son sen man men ton town land burg berg field wood ford ville stone worth ley well more ham "
    "ware book net soft tech point line care bank star rock water side way ridge hill dale gate "
    "port mouth brook bridge wick by ing er ers ly ness less ship hood dom chat cast gram face "
    "tube pal flix box bay bot hub lab labs works wise sport mart hall house light lock over "
    "view park lake bury shire castle mouth peace fox man ville stad dorf heim hausen field "
    "ground world space time force fire storm wind sun moon land wall gard gaard lund holm "
    "vale mere moor marsh wick thorpe ness ford mark berry stein".split()
)


@dataclass
class Occurrence:
    """One place where a phrase is glued to the next word, or stuck after a full stop."""

    kind: str  # "glued" | "stuck"
    paragraph: int
    candidates: list[str]  # possible phrases, most likely first
    strong: bool  # enough on its own, without a second piece of evidence
    best: int = 0  # how many of the candidates come from the likeliest reading (0: all)
    telling: bool = True  # worth counting across a source's articles (see PhraseLearner)
    right: str = ""  # the word the phrase is glued to


class TokenCache:
    """The words of each paragraph, split on first use: most paragraphs are never needed."""

    def __init__(self, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
        self.cache: dict[int, list[Token]] = {}

    def __getitem__(self, number: int) -> list[Token]:
        if number not in self.cache:
            self.cache[number] = tokenize(self.paragraphs[number])
        return self.cache[number]


@dataclass
class Page:
    """A page split into paragraphs and words, with its vocabulary and its language's lexicon."""

    title: str
    paragraphs: list[str]
    tokens: TokenCache
    language: str
    lexicon: dict[str, float]
    function_words: frozenset[str]
    lower_counts: Counter[str] = field(default_factory=Counter)
    lower_forms: set[str] = field(default_factory=set)  # words the page writes in lower case
    body: str = ""  # the paragraphs joined, for counting phrases in one pass
    known: set[str] = field(default_factory=set)  # lower-cased page words the lexicon holds
    capitalised_words: set[str] = field(default_factory=set)
    title_segments: list[str] = field(default_factory=list)
    title_separators: list[str] = field(default_factory=list)


def analyse(title: str, text: str) -> Page:
    paragraphs = split_paragraphs(text)
    tokens = TokenCache(paragraphs)
    all_words = WORD_RE.findall(title + "\n" + text)
    language = guess_language(all_words[len(WORD_RE.findall(title)) :]) or "en"
    page = Page(
        title=title.strip(),
        paragraphs=paragraphs,
        tokens=tokens,
        language=language,
        lexicon=lexicon(language),
        function_words=FUNCTION_WORDS.get(language, frozenset()),
    )
    page.lower_counts.update(word.lower() for word in all_words)
    page.lower_forms = {word for word in all_words if word.islower()}
    page.capitalised_words = {word for word in all_words if word[0].isupper()}
    page.body = "\n\n".join(paragraphs)
    page.known = {word for word in page.lower_counts if word in page.lexicon}
    parts = TITLE_SEPARATOR_RE.split(page.title)
    page.title_segments = [part.strip() for part in parts]
    page.title_separators = TITLE_SEPARATOR_RE.findall(page.title)
    return page


def normalise(phrase: str) -> str:
    return " ".join(phrase.split())


@functools.lru_cache(maxsize=4096)
def _pattern(phrase: str) -> re.Pattern[str]:
    # No look-behind: a pattern that starts with a literal is searched much faster.
    return re.compile(r"\s+".join(re.escape(part) for part in phrase.split()))


def find_phrase(text: str, phrase: str) -> list[tuple[int, int]]:
    """Spans of `phrase` starting a word (a period may precede: stuck); anything may follow
    (glued)."""
    first = phrase.split()[0] if phrase.split() else ""
    if not first or first not in text:
        return []
    spans = []
    for match in _pattern(phrase).finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            continue
        spans.append(match.span())
    return spans


def count_phrase(page: Page, phrase: str) -> int:
    """Occurrences of `phrase`, glued ones included."""
    return len(find_phrase(page.body, phrase))


def count_whole(page: Page, phrase: str) -> int:
    """Occurrences of `phrase` as whole words ("Hub" does not count in "Hubei")."""
    body = page.body
    spans = find_phrase(body, phrase)
    return sum(1 for _start, end in spans if end == len(body) or not body[end].isalnum())


def word_zipf(page: Page, word: str) -> float:
    return zipf(page.lexicon, word.lower())


def is_word(page: Page, word: str, strict: bool = False) -> bool:
    """Whether `word` stands on its own in the page's language (lexicon or the page itself)."""
    lowered = word.lower().split("'")[0].split("’")[0].split("-")[0]
    if not lowered.isalpha():
        return False
    if lowered in page.function_words:
        return True
    if len(lowered) <= 2:
        return page.language == "en" and lowered in SHORT_WORDS_EN
    # A noun-capitalising language glues compounds ("Bundesregierung"): a lower-case tail only
    # counts as a word when the page itself uses it in lower case.
    if page.language != "de" or not strict:
        if zipf(page.lexicon, lowered) >= (3.5 if len(lowered) == 3 else 2.0):
            return True
    return lowered in page.lower_forms


def glued_splits(page: Page, word: str) -> list[tuple[str, str]]:
    """Ways to read `word` as a brand's last word glued to a real word, best first."""
    if len(word) < 4 or not word[0].isupper() or not word.isalnum():
        return []  # hyphens and apostrophes join words on purpose
    lowered = word.lower()
    if lowered in page.function_words or zipf(page.lexicon, lowered) > 0:
        return []  # a known word, name or compound ("Pelosi", "Workflow")
    parts = CAMEL_PART_RE.findall(word)
    if len(parts) >= 2 and "".join(parts) == word and word_zipf(page, parts[-1]) > 0:
        return []  # a CamelCase compound of words ("TaxTutor", "GarageGym")
    splits: list[tuple[float, str, str]] = []
    for index in range(2, len(word)):
        left, right = word[:index], word[index:]
        if not (left[-1].islower() or left[-1].isdigit()) or not right[0].isalpha():
            continue
        if right[0].islower():
            if not is_word(page, right, strict=True):
                continue
            score = 0.0
        elif len(right) >= 2 and right[1:].islower():
            # A CamelCase seam: the next word started a sentence or was a name.
            if right.lower() not in page.function_words and not is_word(page, right):
                continue
            score = 1.0
        else:
            continue
        score += 3.0 * whole_word(page, left) + 2.0 * (right.lower() in page.function_words)
        score += (word_zipf(page, right) >= 3.0) + 0.2 * min(len(right), 8)
        splits.append((score, left, right))
    splits.sort(key=lambda item: -item[0])
    return [(left, right) for _score, left, right in splits]


CAMEL_PART_RE = re.compile(r"[A-Z][a-z]+|[0-9]+")


def whole_word(page: Page, word: str) -> bool:
    """Whether `word` can end a brand as it is: a common word ("Markets"), a CamelCase
    compound of such ("NovaPulse"), or ending in digits ("Quorvex24")."""
    if word[-1].isdigit():
        return sum(char.isalpha() for char in word) >= 3  # "Vextra24", not "OP1"
    parts = CAMEL_PART_RE.findall(word)
    if len(parts) >= 2 and "".join(parts) == word:
        return all(len(part) >= 3 for part in parts) and word_zipf(page, parts[-1]) >= 2.0
    lowered = word.lower()
    return len(word) >= 4 and word_zipf(page, word) >= 3.0 and lowered not in page.function_words


def _run_before(tokens: list[Token], index: int, function_words: frozenset[str]) -> list[Token]:
    """Capitalised words right before tokens[index], in the same sentence, nearest last."""
    run: list[Token] = []
    position = index
    while position > 0:
        gap = tokens[position].gap
        if gap not in (" ", "\u00a0"):
            break
        previous = tokens[position - 1]
        if not previous.capitalised or previous.text.lower() in function_words:
            break
        run.insert(0, previous)
        position -= 1
        if len(run) >= 4:
            break
    return run


STUCK_RE = re.compile(r"[^\W\d_]{3}[.!?][^\W\d_]")


def find_occurrences(page: Page) -> list[Occurrence]:
    """Every glued or stuck place on the page, with the phrases it may hold."""
    # Only words seen once, capitalised, with lower case after the capital, and unknown to
    # the lexicon can be glued: find those first, and split only the paragraphs holding them.
    suspects = [
        word
        for word in page.capitalised_words
        if page.lower_counts[word.lower()] == 1
        and len(word) >= 4
        and word.lower() not in page.lexicon
        and word[1:] != word[1:].upper()
    ]
    occurrences: list[Occurrence] = []
    for number, paragraph in enumerate(page.paragraphs):
        if not STUCK_RE.search(paragraph) and not any(word in paragraph for word in suspects):
            continue
        tokens = page.tokens[number]
        for index, token in enumerate(tokens):
            if token.capitalised and token.text[1:] != token.text[1:].upper():
                found = _glued_occurrence(page, tokens, index, number)
                if found:
                    occurrences.append(found)
            if token.gap in (".", "!", "?") and index > 0:
                found = _stuck_occurrence(page, tokens, index, number)
                if found:
                    occurrences.append(found)
    return occurrences


def _glued_occurrence(
    page: Page, tokens: list[Token], index: int, number: int
) -> Occurrence | None:
    token = tokens[index]
    if page.lower_counts[token.text.lower()] >= 2:
        return None  # a word the page uses twice is the page's own word, not an accident
    splits = glued_splits(page, token.text)
    if not splits:
        return None
    run = [] if token.gap == "." else _run_before(tokens, index, page.function_words)
    candidates: list[str] = []
    for left, _right in splits[:2]:
        for start in range(len(run) + 1):
            candidates.append(" ".join([t.text for t in run[start:]] + [left]))
    left, right = splits[0]
    strong = _strong_glue(page, run, left, right)
    # Across articles, a brand glued to a lower-case word tells; a name part before a
    # capitalised word ("EuroAfrica") or a fragment ("Zamiocul|cas") does not.
    telling = strong or right[0].islower() and (bool(run) or whole_word(page, left))
    return Occurrence("glued", number, candidates, strong, len(run) + 1, telling, right)


def _strong_glue(page: Page, run: list[Token], left: str, right: str) -> bool:
    """Whether one glued place is evidence enough on its own.

    Names and compounds the lexicon lacks split into a word and a word all the time
    ("Subsequent Movie|film", "Trail|made"), so a lone glued place counts only when the next
    word is a function word ("Marketsthe", "Marketsof"), the brand's last word is whole
    ("Markets", "NovaPulse", "Vextra24") and the brand has a made-up word ("Zentrix").
    """
    lowered = right.lower()
    if len(right) < 2 or not whole_word(page, left) or lowered in NAME_ENDINGS:
        return False
    if lowered not in page.function_words:
        # A common word of four letters or more, after a made-up name word: "Zentrix
        # Marketscrossing" (a compound the lexicon lacks seldom follows a made-up word).
        common = right[0].islower() and len(right) >= 4 and word_zipf(page, right) >= 3.0
        return common and any(_unknown_word(page, token.text) for token in run)
    if right[0].isupper() and (not run or len(right) < 3):
        return False  # "MarketsThe": only after a name word, before a sentence opener
    if any(_looks_invented(page, token.text) for token in run):
        return True
    parts = CAMEL_PART_RE.findall(left)
    if left[-1].isdigit():
        return bool(parts) and _looks_invented(page, parts[0])
    return len(parts) >= 2 and all(word_zipf(page, part) >= 3.0 for part in parts)


def _unknown_word(page: Page, word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and not word.isupper() and word_zipf(page, word) == 0


def _looks_invented(page: Page, word: str) -> bool:
    """A brand's own word: CamelCase, letters with digits, or not in the lexicon."""
    if not word.isalnum() or len(word) < 3:
        return False
    if word.isupper() or word[:-1].isupper():
        return False  # an acronym ("FSB", "NBA", "SMBs")
    if any(char.isupper() for char in word[1:]):
        return True
    if any(char.isdigit() for char in word):
        return any(char.isalpha() for char in word)
    return word_zipf(page, word) == 0


def invented(page: Page, phrase: str) -> bool:
    return any(_looks_invented(page, word) for word in phrase.split())


def unknown(page: Page, phrase: str) -> bool:
    """Whether a word of `phrase` is unknown to the lexicon even as one lower-case word:
    "Zentrix", "NovaPulse", "Quorvex24", but not "TikTok" or "WiFi"."""
    return any(
        len(word) >= 3 and word.isalnum() and not word[:-1].isupper() and word_zipf(page, word) == 0
        for word in phrase.split()
    )


def _stuck_occurrence(
    page: Page, tokens: list[Token], index: int, number: int
) -> Occurrence | None:
    previous, token = tokens[index - 1], tokens[index]
    if not previous.text.isalpha() or not previous.text[-1].islower() or len(previous.text) < 3:
        return None  # "U.S.Army", "Ph.D": abbreviations
    if not token.capitalised or len(token.text) < 2:
        return None
    if token.text.lower() in page.function_words:
        return None  # "border.The": only a lost space between two sentences
    run = [token]
    position = index + 1
    while position < len(tokens) and tokens[position].gap in (" ", "\u00a0"):
        following = tokens[position]
        if not following.capitalised:
            break
        run.append(following)
        position += 1
        if following.text.lower() in page.function_words:
            break
    # The next sentence starts inside the run: the phrase is what comes before its opener.
    opens = run[-1].text.lower() in page.function_words
    if not opens and position < len(tokens) and tokens[position].gap not in (" ", "\u00a0"):
        return None  # "options.IgnoreCase = true": code, not prose
    limit = len(run) - 1
    if limit < 1:
        return None
    candidates = [" ".join(t.text for t in run[:k]) for k in range(limit, 0, -1)]
    opener = run[limit].text
    # The next sentence opens with a function word ("Zentrix Markets The"), or a common word
    # after a made-up name ("AlphaPulse Authorities said"); "World The" may be a lost space.
    made_up = any(_looks_invented(page, t.text) for t in run[:limit])
    strong = (made_up or limit >= 2) and opener.lower() in page.function_words
    strong = strong or made_up and not opener.isupper() and word_zipf(page, opener) >= 3.0
    return Occurrence("stuck", number, candidates, strong)


def direct_structural(page: Page, phrase: str) -> tuple[int, int]:
    """Places where a given phrase (a title segment) is glued to the next word, or stuck
    after a full stop: (glued, stuck)."""
    glued = stuck = 0
    last = phrase.split()[-1]
    for paragraph in page.paragraphs:
        for start, end in find_phrase(paragraph, phrase):
            match = WORD_RE.match(paragraph, end)
            if match and match.start() == end:
                whole = last + match.group()
                if (
                    word_zipf(page, whole) == 0
                    and page.lower_counts[whole.lower()] < 2
                    and (is_word(page, match.group()) or match.group()[0].isupper())
                ):
                    glued += 1
            elif start >= 2 and paragraph[start - 1] in ".!?" and paragraph[start - 2].isalpha():
                stuck += 1
    return glued, stuck


def title_ends(page: Page) -> tuple[str, str]:
    """The first and last segments of a title split by separators ("", "" if unsplit)."""
    segments = page.title_segments
    if len(segments) < 2:
        return "", ""
    return segments[0], segments[-1]


def overlaps(first: list[str], second: list[str]) -> bool:
    """Whether one phrase is a run of words of the other, or they share an end word: two
    readings of the same place."""
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    for start in range(len(long) - len(short) + 1):
        if long[start : start + len(short)] == short:
            return True
    return first[-1] == second[-1] or first[0] == second[0]


def brand_like(segment: str) -> bool:
    """A title segment that could be a brand: a few words, capitalised but for small ones."""
    words = segment.split()
    if not 1 <= len(words) <= 5 or len(segment) > 60 or len(segment) < 3:
        return False
    lower = [w for w in words if not (w[:1].isupper() or w[:1].isdigit() or w in ("&", "+"))]
    return len(lower) <= 1 and all(w in ("of", "and", "the", "for", "de", "und") for w in lower)
