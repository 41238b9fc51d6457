"""Injected pages made from clean ones, and the evaluation of the detector on them.

`random_brand` invents brand phrases from made-up word parts and common brand words
("Zentrix Markets", "Quorvex Daily", "NovaPulse", "Brightline Capital News", "Vextra24"), so
the detector is never tuned to a fixed list. `inject` puts one phrase into a clean page the
ways scraper sites do; `evaluate` measures recall, leaks, false positives and text damage.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from masthead.pipeline.integrity.injection import (
    CleanResult,
    Injection,
    PhraseLearner,
    find_injections,
)
from masthead.pipeline.integrity.tokens import WORD_RE

TITLE_STYLES = ("title_prefix", "title_suffix")
BODY_STYLES = ("glued", "spaced", "stuck")
STYLES = TITLE_STYLES + BODY_STYLES
TITLE_SEPARATORS = ("|", " | ", " - ", " – ", " — ", ": ", " · ")
SUFFIX_SEPARATORS = ("|", " | ", " - ", " – ", " — ", " · ")

_ONSETS = (
    "z qu v br bl cr dr fl gl gr k l m n p pr s sk st str t tr v x y c d f g h j r w th ch sh "
    "sp pl kl"
).split()
_VOWELS = "a e i o u y ae ea io ou ai o a e".split()
_CODAS = "x rix vex ra on ar is ix or an en el um us ax ora ine ex ic iq yn ent ova ius".split()
_BRAND_WORDS = (
    "Markets Daily News Capital Finance Media Pulse Wire Post Times Hub Insight Trade Group "
    "Digital Report Global Invest Press Today Line Network Review Watch Money Crypto Journal "
    "Herald Bulletin Signal Radar Edge Prime Point Trend Ledger Partners Labs Wealth Bank"
).split()
_CAMEL_PARTS = "Nova Pulse Quant Bright Vista Zen Blue Alpha Apex Core Fin Trade Coin Pro".split()


def invented_word(rng: random.Random) -> str:
    """A pronounceable made-up word, capitalised ("Zentrix", "Quorvex")."""
    syllables = rng.choice((1, 2, 2, 3))
    word = ""
    for _ in range(syllables - 1):
        word += rng.choice(_ONSETS) + rng.choice(_VOWELS)
    word += rng.choice(_ONSETS) + rng.choice(_CODAS)
    return word.capitalize()


def random_brand(rng: random.Random) -> str:
    """One brand phrase of one to three words, from invented parts and common brand words."""
    shape = rng.random()
    if shape < 0.12:
        return invented_word(rng)
    if shape < 0.24:  # CamelCase
        return rng.choice(_CAMEL_PARTS) + rng.choice([*_CAMEL_PARTS, invented_word(rng)])
    if shape < 0.32:  # with digits
        return invented_word(rng) + str(rng.choice((24, 7, 360, 1, 99, 365)))
    if shape < 0.72:
        return "%s %s" % (invented_word(rng), rng.choice(_BRAND_WORDS))
    if shape < 0.92:
        first, second = rng.sample(_BRAND_WORDS, 2)
        return "%s %s %s" % (invented_word(rng), first, second)
    # Only common words: the hardest kind, no made-up word to give it away.
    first, second = rng.sample(_BRAND_WORDS, 2)
    return "%s %s" % (first, second)


def default_styles(rng: random.Random) -> list[str]:
    """The mix of the evaluation: a title end on three pages in four, one to four body places."""
    styles: list[str] = []
    if rng.random() < 0.75:
        styles.append(rng.choice(TITLE_STYLES))
    styles.extend(rng.choice(BODY_STYLES) for _ in range(rng.randint(1, 4)))
    return styles


def inject(
    title: str,
    text: str,
    phrase: str,
    rng: random.Random,
    styles: Sequence[str] | None = None,
) -> tuple[str, str, list[Injection]]:
    """Put `phrase` into a clean page: `styles` lists one entry per insertion (see STYLES);
    by default the evaluation's mix. Returns the page and what was put where."""
    chosen = list(styles) if styles is not None else default_styles(rng)
    injections: list[Injection] = []
    title_styles = [style for style in chosen if style in TITLE_STYLES]
    if title_styles:
        if title_styles[0] == "title_prefix":
            title = phrase + rng.choice(TITLE_SEPARATORS) + title
        else:
            title = title + rng.choice(SUFFIX_SEPARATORS) + phrase
        injections.append(Injection(phrase, "title", 1))
    body_styles = [style for style in chosen if style in BODY_STYLES]
    text, placed = _inject_body(text, phrase, body_styles, rng)
    if placed:
        injections.append(Injection(phrase, "body", placed))
    return title, text, injections


def _inject_body(text: str, phrase: str, styles: list[str], rng: random.Random) -> tuple[str, int]:
    # Word starts after a space, within a paragraph; and sentence starts after ". ".
    word_starts = [
        match.start()
        for match in WORD_RE.finditer(text)
        if match.start() > 0 and text[match.start() - 1] == " " and match.group()[0].isalpha()
    ]
    sentence_starts = [match.start() + 1 for match in re.finditer(r"(?<=[a-z])\. (?=[A-Z])", text)]
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    used: set[int] = set()
    for style in styles:
        pool = sentence_starts if style == "stuck" and sentence_starts else word_starts
        if style == "stuck" and not sentence_starts:
            style = "spaced"
        free = [position for position in pool if not _near(position, used)]
        if not free:
            continue
        position = rng.choice(free)
        used.add(position)
        if style == "stuck":  # "border. The" -> "border.Zentrix Markets The"
            edits.append((position, position + 1, phrase + " "))
        elif style == "glued":  # "are crossing" -> "are Zentrix Marketscrossing"
            edits.append((position, position, phrase))
        else:  # "are crossing" -> "are Zentrix Markets crossing"
            edits.append((position, position, phrase + " "))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text, len(edits)


def _near(position: int, used: set[int]) -> bool:
    return any(abs(position - other) < 40 for other in used)


def bag_f1(reference: str, candidate: str) -> float:
    """Bag-of-words F1 of `candidate` against `reference` (lower-cased words)."""
    expected = Counter(word.lower() for word in WORD_RE.findall(reference))
    got = Counter(word.lower() for word in WORD_RE.findall(candidate))
    if not expected and not got:
        return 1.0
    overlap = sum((expected & got).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def evaluate(
    articles: list[tuple[str, str]], rng: random.Random, siblings: int = 8
) -> dict[str, float]:
    """Inject a fresh brand into clean articles and measure the detector, alone and with a
    `PhraseLearner` over `siblings` articles of the same fake source (same phrase).

    Figures (shares of pages): recall (the injected phrase is reported), leak (the cleaned
    title or text still holds it), wrong_phrase (another phrase is reported), fp_clean (clean,
    unmodified pages with any injection reported), text_f1 (mean bag-of-words F1 of the cleaned
    text against the clean text), title_exact (cleaned title equals the clean one);
    `_learner` figures with the phrases learned from the fake source. recall_title,
    recall_body_structural and recall_body_spaced_only split page-alone recall by what the
    page holds (a title end; glued or stuck places; only spaced ones). `_spaced_only` figures
    come from a second, harder round where every page of a source holds only spaced places.
    """
    started = time.perf_counter()
    totals: Counter[str] = Counter()
    sums: dict[str, float] = defaultdict(float)
    articles = [(title, text) for title, text in articles if text.strip()]
    for title, text in articles:
        totals["clean_pages"] += 1
        totals["fp_clean"] += bool(find_injections(title, text).injections)
    groups = [articles[i : i + siblings] for i in range(0, len(articles), siblings)]
    for group in groups:
        phrase = _fresh_brand(group, rng)
        injected = []
        learner, clean_learner = PhraseLearner(), PhraseLearner()
        for title, text in group:
            styles = default_styles(rng)
            new_title, new_text, _truth = inject(title, text, phrase, rng, styles)
            injected.append((title, text, new_title, new_text, _kind(styles)))
            learner.add(new_title, new_text)
            clean_learner.add(title, text)
        learned, clean_learned = learner.phrases(), clean_learner.phrases()
        totals["sources"] += 1
        totals["learned_sources"] += phrase in learned
        for title, text, new_title, new_text, kind in injected:
            totals["pages"] += 1
            alone = find_injections(new_title, new_text)
            _score(totals, sums, "", alone, phrase, title, text)
            totals["pages_" + kind] += 1
            totals["found_" + kind] += any(item.phrase == phrase for item in alone.injections)
            helped = find_injections(new_title, new_text, learned)
            _score(totals, sums, "_learner", helped, phrase, title, text)
            totals["fp_clean_learner"] += bool(
                find_injections(title, text, clean_learned).injections
            )
        # The hard round: only spaced places, which a single page cannot tell from names.
        phrase = _fresh_brand(group, rng)
        spaced = [
            (title, text, *inject(title, text, phrase, rng, ["spaced"] * rng.randint(1, 3))[:2])
            for title, text in group
        ]
        learner = PhraseLearner()
        for _title, _text, new_title, new_text in spaced:
            learner.add(new_title, new_text)
        learned = learner.phrases()
        for title, text, new_title, new_text in spaced:
            totals["pages_spaced_round"] += 1
            helped = find_injections(new_title, new_text, learned)
            _score(totals, sums, "_spaced_only", helped, phrase, title, text)
    pages = max(1, totals["pages"])
    hard = max(1, totals["pages_spaced_round"])
    report: dict[str, float] = {
        "pages": float(totals["pages"]),
        "clean_pages": float(totals["clean_pages"]),
        "fp_clean": totals["fp_clean"] / max(1, totals["clean_pages"]),
        "fp_clean_learner": totals["fp_clean_learner"] / pages,
        "learned_sources": totals["learned_sources"] / max(1, totals["sources"]),
    }
    for suffix, count in (("", pages), ("_learner", pages), ("_spaced_only", hard)):
        report["recall" + suffix] = totals["found" + suffix] / count
        report["leak" + suffix] = totals["leak" + suffix] / count
        report["wrong_phrase" + suffix] = totals["wrong" + suffix] / count
        report["text_f1" + suffix] = sums["f1" + suffix] / count
        report["title_exact" + suffix] = totals["title_exact" + suffix] / count
    for kind in ("title", "body_structural", "body_spaced_only"):
        report["recall_" + kind] = totals["found_" + kind] / max(1, totals["pages_" + kind])
        report["pages_" + kind] = float(totals["pages_" + kind])
    report["seconds"] = time.perf_counter() - started
    return report


def _fresh_brand(group: list[tuple[str, str]], rng: random.Random) -> str:
    phrase = random_brand(rng)
    while any(phrase in title or phrase in text for title, text in group):
        phrase = random_brand(rng)
    return phrase


def _kind(styles: Sequence[str]) -> str:
    if any(style in TITLE_STYLES for style in styles):
        return "title"
    if any(style in ("glued", "stuck") for style in styles):
        return "body_structural"
    return "body_spaced_only"


def _score(
    totals: Counter[str],
    sums: dict[str, float],
    suffix: str,
    result: CleanResult,
    phrase: str,
    title: str,
    text: str,
) -> None:
    reported = {item.phrase for item in result.injections}
    totals["found" + suffix] += phrase in reported
    totals["wrong" + suffix] += bool(reported - {phrase})
    totals["leak" + suffix] += phrase in result.title or phrase in result.text
    totals["title_exact" + suffix] += result.title == title.strip()
    sums["f1" + suffix] += bag_f1(text, result.text)


def load_eval_articles(data_root: Path, wcxb_limit: int | None = None) -> list[tuple[str, str]]:
    """Clean (title, text) pairs for `evaluate` from the shared evaluation data: the Wikinews
    CSV files (url,date,title,text) and the WCXB ground truth (title, main_content). Missing
    folders give no articles."""
    articles: list[tuple[str, str]] = []
    csv.field_size_limit(1 << 30)  # whole articles sit in one field
    for path in sorted((data_root / "news" / "wikinews-en-2019-2020").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                articles.append((row.get("title") or "", row.get("text") or ""))
    truth = sorted((data_root / "extraction" / "wcxb-dev-articles" / "ground-truth").glob("*.gz"))
    for path in truth[:wcxb_limit]:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            record = json.load(handle).get("ground_truth") or {}
        articles.append((record.get("title") or "", record.get("main_content") or ""))
    return [(title, text) for title, text in articles if text.strip()]
