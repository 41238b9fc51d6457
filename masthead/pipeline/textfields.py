"""The article's fields read from a classified text dump (see `textdump`).

Each picker works on the dump's units once the body is known, and says which unit it took
so that `textdump` can report it as what it was (site name, column) rather than as noise.
"""

from __future__ import annotations

import re
from datetime import datetime

from masthead.pipeline.textlines import SITE_LINKS, Unit
from masthead.pipeline.textunits import TERMINAL_RE

__all__ = [
    "copyright_holder", "guess_language", "pick_column", "pick_published", "pick_section",
    "pick_site_name", "pick_title", "summarize",
]  # fmt: skip

_NEAR_WEIGHT = frozenset(
    {
        "date",
        "byline",
        "breadcrumb",
        "caption",
        "separator",
        "share",
        "reactions",
        "short",
        "links",
        "navigation",
        "promo",
    }
)  # these barely separate a headline from its body
_HOLDER_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?"
    r"(?P<holder>[^.,|·•©]{2,60})",
    re.IGNORECASE,
)
_HOLDER_TAIL_RE = re.compile(
    r"\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|tutti i diritti riservati|\d{4}).*$",
    re.IGNORECASE,
)
_PAPER_RE = re.compile(
    r"\b(?:times|post|news|daily|herald|journal|gazette|ledger|tribune|chronicle|observer|"
    r"review|courier|courrier|rundschau|zeitung|kurier|blatt|anzeiger|bote|wire|press|"
    r"presse|monitor|standard|telegraph|express|mirror|record|bulletin|dispatch|examiner|"
    r"notes|blog|magazine|weekly|today|online|media|radio|journal|diario|giornale|"
    r"corriere|dagblad|krant|nieuws|nachrichten|tageblatt|tagblatt|post)\b",
    re.IGNORECASE,
)
_COLUMN_PREFIX_RE = re.compile(
    r"^(?:column|kolumne|série|series|serie|rubrik|chronique|columna|rubrica)\s*:\s*(?P<label>.{2,60})$",
    re.IGNORECASE,
)
_DATE_RANK = {"published": 0, "plain": 1, "updated": 2}
_STOPWORDS = {
    "en": "the and of to in is that for was on with as by at from his her are were has have "
    "it said be this an which not but",
    "de": "der die und das ist nicht mit von den zu sich auf für dem ein eine im auch es wurde "
    "sind wie bei nach aus hat dass einer werden",
    "fr": "le la les des et est une du dans pour qui que sur pas au aux avec il elle sont ont "
    "été par plus ce cette",
    "es": "el la los las de y que en del por para con una es se su al como más pero fue han "
    "sus este esta",
    "it": "il la di che e è per una del della con non sono gli le nel nella al alla anche più "
    "dei ha come ma questo",
    "nl": "de het een en van is dat op te niet zijn voor met die aan er ook als bij door naar "
    "wordt werd maar nog heeft",
}
# A word common to several languages counts for each of them in proportion.
_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words.split():
        _WEIGHTS.setdefault(_word, {})[_lang] = 1.0
for _shares in _WEIGHTS.values():
    for _lang in _shares:
        _shares[_lang] = 1.0 / len(_shares)
_MIN_TOKENS = 15
_MIN_SHARE = 0.08  # stopwords are a third or more of running text in these languages


def _starts_capital(text: str) -> bool:
    first = text.lstrip("\"'“‘«¿¡(")[:1]
    return first.isupper() or first.isdigit()


def pick_title(units: list[Unit], body_start: int) -> int | None:
    """The headline: headline-shaped, close to the body, next to a date or byline, long."""
    best: tuple[float, int] | None = None
    distance = 0.0
    # The body's first line is a candidate too: a very long headline reads like a sentence
    # that lost its full stop, and only its place (by the date or byline) gives it away.
    for i in range(min(body_start, len(units) - 1), max(body_start - 30, 0) - 1, -1):
        unit = units[i]
        score = _title_score(units, i)
        if score is not None:
            score -= 1.2 * distance
            if best is None or score > best[0]:
                best = (score, i)
        distance += 0.25 if unit.kind in _NEAR_WEIGHT else 1.0
    return best[1] if best and best[0] > 0 else None


def _title_score(units: list[Unit], index: int) -> float | None:
    unit = units[index]
    words = unit.core.split()
    if not 2 <= len(words) <= 30 or not _starts_capital(unit.core):
        return None
    if unit.kind == "prose":
        question = len(words) <= 25 and unit.core.rstrip("\"'”’»").endswith(("?", "!"))
        unterminated = len(words) <= 40 and not TERMINAL_RE.search(unit.core)
        if not (question or unterminated):
            return None  # a question or exclamation can be a headline; a sentence cannot
        penalty = 1.0 if question else 3.0
    elif unit.kind in ("title_like", "short"):
        penalty = 1.5 if unit.kind == "short" else 0.0
    elif unit.kind in ("navigation", "related") and unit.info.kind in ("title_like", "short"):
        penalty = 3.0  # a misread headline can come back only when nothing else fits
    else:
        return None
    score = 0.5 * min(len(words), 14) - penalty
    # Next to its date or byline: a headline is set right above or below them.
    for offset, bonus in ((1, 3.0), (2, 1.5)):
        near = [k for k in (index - offset, index + offset) if 0 <= k < len(units)]
        if any(units[k].kind in ("date", "byline") for k in near):
            score += bonus
            break
    # The page's <title> repeats the headline with the site's name: "Headline | Site".
    if any(
        other.core != unit.core
        and other.core.startswith(unit.core)
        and re.match(r"\s*(?:\||–|—|-|::|·)\s*\S", other.core[len(unit.core) :])
        for other in units[max(index - 40, 0) : index]
    ):
        score += 3.0
    if unit.core.isupper():
        score -= 1.5  # site names and kickers are set in capitals, headlines rarely
    if unit.core.endswith(".") or unit.bulleted:
        score -= 2.0
    return score


def copyright_holder(units: list[Unit]) -> str:
    """Who the footer says owns the page ("© 2025 The Ledger. All rights reserved.")."""
    for unit in reversed(units):
        if unit.kind != "copyright":
            continue
        match = _HOLDER_RE.search(unit.core)
        if match:
            holder = _HOLDER_TAIL_RE.sub("", match.group("holder")).strip(" -–:;")
            if holder and len(holder.split()) <= 6 and _starts_capital(holder):
                return holder
    return ""


def pick_site_name(units: list[Unit], limit: int, holder: str, title: str) -> tuple[str, int]:
    """The site's name from the top of the page, the footer's owner or the title's suffix."""
    candidates: list[tuple[float, int]] = []
    first = True
    suffix = ""
    for unit in units[:40]:
        if title and unit.core != title and unit.core.startswith(title):
            suffix = re.sub(r"^\s*(?:\||–|—|-|::|·)\s*", "", unit.core[len(title) :]).strip()
    for i in range(min(limit, len(units), 40)):
        unit = units[i]
        if unit.kind not in ("short", "title_like", "navigation") or unit.bulleted:
            continue
        if not 1 <= len(unit.core.split()) <= 6 or not _starts_capital(unit.core):
            continue
        if unit.core.lower() in SITE_LINKS:
            continue
        score = 1.5 if first else 0.0
        first = False
        if holder and unit.core.casefold() == holder.casefold():
            score += 5.0
        if suffix and unit.core.casefold() == suffix.casefold():
            score += 4.0
        if _PAPER_RE.search(unit.core):
            score += 2.0
        if unit.kind == "navigation":
            score -= 1.0  # a menu item, unless the words say newspaper
        candidates.append((score, -i))
    if candidates:
        score, negative_index = max(candidates)
        if score >= 1.5:
            name = units[-negative_index].core
            if name.isupper() and holder and holder.casefold() == name.casefold():
                name = holder  # the footer spells it in ordinary case
            return name, -negative_index
    return holder or suffix, -1


def pick_column(units: list[Unit], title_index: int, taken: set[int], section: str) -> int:
    """A column or series label: "Column: ..." or a short label right above the headline."""
    for i in range(0, title_index):
        if _COLUMN_PREFIX_RE.match(units[i].core):
            return i
    for k in (title_index - 1, title_index + 1):
        if not 0 <= k < len(units) or k in taken:
            continue
        unit = units[k]
        if unit.kind not in ("short", "title_like") or unit.bulleted:
            continue
        if not 1 <= len(unit.core.split()) <= 5 or unit.core.casefold() == section.casefold():
            continue
        if k > title_index:
            follows = units[k + 1].kind if k + 1 < len(units) else ""
            if follows not in ("date", "byline"):
                continue  # below the headline only when the date or byline comes next
        return k
    return -1


def column_label(unit: Unit) -> str:
    match = _COLUMN_PREFIX_RE.match(unit.core)
    return match.group("label").strip() if match else unit.core


def pick_section(units: list[Unit], title: str) -> tuple[str, int]:
    """The last crumb of the first breadcrumb that is not the headline itself."""
    for i, unit in enumerate(units):
        if unit.kind != "breadcrumb":
            continue
        crumbs = list(unit.info.items)
        last = crumbs[-1].casefold().rstrip("…. ")
        folded = title.casefold()
        if folded and (last == folded or (len(last) >= 20 and folded.startswith(last))):
            crumbs.pop()
        if len(crumbs) >= 2:
            return crumbs[-1], i
        return "", i
    return "", -1


def pick_published(units: list[Unit], title_index: int, usable: list[bool]) -> datetime | None:
    """ "Published" before plain before "Updated"; then the date nearest the headline."""
    found: list[tuple[int, int, datetime]] = []
    for i, unit in enumerate(units):
        hit = unit.info.date
        if not usable[i] or unit.kind not in ("date", "byline") or hit is None:
            continue
        if hit.value is not None:
            found.append((_DATE_RANK[hit.kind], abs(i - title_index), hit.value))
    return min(found, key=lambda item: item[:2])[2] if found else None


def guess_language(text: str) -> str:
    """en, de, fr, es, it or nl from the share of their stopwords; "" when unsure."""
    tokens = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(tokens) < _MIN_TOKENS:
        return ""
    totals = dict.fromkeys(_STOPWORDS, 0.0)
    for token in tokens:
        for lang, weight in _WEIGHTS.get(token, {}).items():
            totals[lang] += weight
    ranked = sorted(totals.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top / len(tokens) < _MIN_SHARE or top < 1.5 * second:
        return ""
    return best


def summarize(text: str, length: int = 300) -> str:
    """The first ~`length` characters of the text, cut at a sentence or word end."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[:length]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if end > length // 2:
        return cut[: end + 1]
    return cut.rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
