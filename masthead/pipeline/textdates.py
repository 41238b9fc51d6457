"""Dates as scraped pages print them, for the plain-text dump reader (`textdump`).

A dump keeps only the words a page shows, so the publication time is a line such as
"2025-04-09 13:50:46", "April 9, 2025 1:50 PM GMT+2", "09.04.2025, 13:50 Uhr",
"Published: 10 April 2025, 07:15 BST" or "Publié le 9 avril 2025 à 13h50".
`parse_date_line` answers only when the date is (nearly) the whole line, so a sentence that
mentions a date is never mistaken for the page's date line.

Naive times (no offset or known zone name on the line) are taken as UTC: the page's own
zone is unknown, and UTC is the guess the rest of the pipeline makes (see `pagemeta`).
Numeric day/month order: "09.04.2025" and "9-4-2025" are day first (the dotted form is
European); "04/09/2025" is month first unless the first number is above 12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

__all__ = ["DateHit", "parse_date_line"]

_MONTH_NAMES: dict[int, str] = {
    1: "january jan januar jänner janvier janv enero ene gennaio gen januari",
    2: "february feb februar février fevrier févr fevr febrero febbraio februari",
    3: "march mar märz maerz mär mars marzo maart mrt",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maggio mag mei",
    6: "june jun juni juin junio giugno giu",
    7: "july jul juli juillet juil julio luglio lug",
    8: "august aug août aout agosto ago augustus",
    9: "september sep sept septembre septiembre setiembre settembre set",
    10: "october oct oktober okt octobre octubre ottobre ott",
    11: "november nov novembre noviembre",
    12: "december dec dezember dez décembre decembre déc diciembre dic dicembre",
}
_MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_MONTH = "(?P<mon>%s)\\.?" % "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th|er|º|\.)?"

# Tried in order; the first that matches gives the date. Boundaries are look-arounds
# rather than \b so that "2025-04-09T13:50" still matches.
_DATE_PATTERNS = [
    re.compile(r"(?<!\d)(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    re.compile(
        r"(?<!\w)(?P<day>\d{1,2})" + _ORDINAL + r"\s*(?:de\s+)?" + _MONTH
        + r",?\s+(?:de\s+)?(?P<year>\d{4})(?!\d)", re.IGNORECASE,
    ),
    re.compile(
        r"(?<!\w)" + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORDINAL + r",?\s+(?P<year>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s?(?P<mon>\d{1,2})\.\s?(?P<year>\d{4})(?!\d)"),
    re.compile(r"(?<![\d/])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})(?!\d)"),
    re.compile(r"(?<![\d-])(?P<day>\d{1,2})-(?P<mon>\d{1,2})-(?P<year>\d{4})(?!\d)"),
]  # fmt: skip
_TIME_PATTERNS = [
    # 1:50 PM, 1:50pm, 1:50 p.m.
    re.compile(
        r"(?<![\d.:])(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*"
        r"(?P<ampm>[ap])\.?\s?m\b\.?", re.IGNORECASE,
    ),
    # 13:50, 13:50:46, T13:50:46.123
    re.compile(r"(?<![\d.:])(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,]\d+)?)?(?!\d)"),
    # 13.50 Uhr, 06.00 BST, 13h50, 13 h 50
    re.compile(
        r"(?<![\d.:])(?P<h>\d{1,2})(?:\.(?P<m>[0-5]\d)(?=\s*(?:uhr|h|utc|gmt|bst|cet|cest|mez|"
        r"mesz)\b)|\s?h\s?(?P<m2>[0-5]\d))",
        re.IGNORECASE,
    ),
    # 1 PM
    re.compile(r"(?<![\d.:])(?P<h>\d{1,2})\s*(?P<ampm>[ap])\.?\s?m\b\.?", re.IGNORECASE),
]  # fmt: skip
_ZONES = {
    "z": 0, "utc": 0, "gmt": 0, "wet": 0, "bst": 60, "cet": 60, "mez": 60, "cest": 120,
    "mesz": 120, "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240, "cst": -360,
    "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "jst": 540, "aest": 600,
}  # fmt: skip
_ZONE_RE = re.compile(
    r"\s*\(?(?:(?P<off>[+-]\d{2}:?\d{2})|(?P<name>%s)(?:\s*(?P<rel>[+-])\s*(?P<relh>\d{1,2})"
    r"(?::?(?P<relm>\d{2}))?)?)\b\)?" % "|".join(sorted(_ZONES, key=len, reverse=True)),
    re.IGNORECASE,
)
_PUBLISHED_WORDS = re.compile(
    r"\b(?:published|posted|first published|veröffentlicht|erschienen|publié|publicado|"
    r"pubblicato|gepubliceerd|date|datum)\b", re.IGNORECASE,
)  # fmt: skip
_UPDATED_WORDS = re.compile(
    r"\b(?:updated?|last modified|modified|aktualisiert|geändert|stand|mis à jour|actualizado|"
    r"aggiornato|bijgewerkt)\b", re.IGNORECASE,
)  # fmt: skip
# Words that may surround a date on its line without making it a sentence.
_FILLER = frozenset(
    """published posted first updated update last modified on at the date dated time local
    am um uhr stand veröffentlicht erschienen aktualisiert zuletzt geändert publié publie mis
    à a jour le el de del publicado actualizado pubblicato aggiornato il alle ore gepubliceerd
    bijgewerkt op om h hrs hr st nd rd th er of et pt ct mt this article was
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa
    so lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves
    viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()
)
_RELATIVE_RE = re.compile(
    r"^(?:(?:updated|published|posted|aktualisiert|veröffentlicht)\s*:?\s*)?(?:"
    r"(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|"
    r"vor\s+(?:\d+|einer?)\s+(?:sekunden|minuten?|stunden?|tagen?|wochen?)|"
    r"il y a\s+\d+\s+(?:minutes?|heures?|jours?)|hace\s+\d+\s+(?:minutos?|horas?|días?)|"
    r"\d+\s+(?:minuti|ore|giorni)\s+fa|\d+\s+(?:minuten|uur|dagen)\s+geleden|"
    r"just now|gerade eben|today|yesterday|heute|gestern)$",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
_MAX_LINE = 120
_MAX_LEFTOVER = 3  # letters and digits on the line that are neither date nor filler


@dataclass(frozen=True)
class DateHit:
    """A date line: its time (None for "2 hours ago") and what it says it is."""

    value: datetime | None
    kind: str  # "published", "updated" or "plain"


def _date_parts(match: re.Match[str]) -> tuple[int, int, int] | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if "first" in groups:
        first, second = int(groups["first"]), int(groups["second"])
        month, day = (second, first) if first > 12 else (first, second)
    else:
        day = int(groups["day"])
        mon = groups["mon"]
        month = int(mon) if mon.isdigit() else _MONTHS[mon.lower().rstrip(".")]
    if not 1990 <= year <= 2100:
        return None
    return year, month, day


def _zone(line: str, start: int) -> tuple[timezone, int] | None:
    """The offset written right after the time, and where it ends."""
    match = _ZONE_RE.match(line, start)
    if not match:
        return None
    if match.group("off"):
        digits = match.group("off").replace(":", "")
        minutes = int(digits[1:3]) * 60 + int(digits[3:5])
        minutes = -minutes if digits[0] == "-" else minutes
    else:
        minutes = _ZONES[match.group("name").lower()]
        if match.group("rel"):
            extra = int(match.group("relh")) * 60 + int(match.group("relm") or 0)
            minutes += extra if match.group("rel") == "+" else -extra
    if abs(minutes) >= 24 * 60:
        return None
    return timezone(timedelta(minutes=minutes)), match.end()


def _find_time(line: str) -> tuple[int, int, int, int, int] | None:
    """(hour, minute, second, start, end) of the first time of day on the line."""
    for pattern in _TIME_PATTERNS:
        match = pattern.search(line)
        if not match:
            continue
        groups = match.groupdict()
        hour = int(groups["h"])
        minute = int(groups.get("m") or groups.get("m2") or 0)
        second = int(groups.get("s") or 0)
        ampm = (groups.get("ampm") or "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm == "p" else 0)
        if hour > 23:
            continue
        return hour, minute, second, match.start(), match.end()
    return None


def _blank(line: str, start: int, end: int) -> str:
    return line[:start] + " " * (end - start) + line[end:]


def _kind(line: str) -> str:
    published = _PUBLISHED_WORDS.search(line)
    updated = _UPDATED_WORDS.search(line)
    if updated and not (published and published.start() < updated.start()):
        return "updated"
    return "published" if published else "plain"


def parse_date_line(line: str) -> DateHit | None:
    """A DateHit when `line` is a date line (the date is nearly all of it), else None."""
    line = " ".join(line.split())
    if not line or len(line) > _MAX_LINE or not _DIGIT_RE.search(line):
        if line and len(line) <= 40 and _RELATIVE_RE.match(line.rstrip(".")):
            return DateHit(None, _kind(line))
        return None
    if _RELATIVE_RE.match(line.rstrip(".")):
        return DateHit(None, _kind(line))
    for pattern in _DATE_PATTERNS:
        match = pattern.search(line)
        if match:
            break
    else:
        return None
    parts = _date_parts(match)
    if parts is None:
        return None
    rest = _blank(line, match.start(), match.end())
    hour = minute = second = 0
    tzinfo: timezone = UTC
    found = _find_time(rest)
    if found:
        hour, minute, second, start, end = found
        rest = _blank(rest, start, end)
        zone = _zone(rest, end)
        if zone:
            tzinfo, zone_end = zone
            rest = _blank(rest, end, zone_end)
        # A second time on the line is the update's ("..., mis à jour à 15h02").
        later = _find_time(rest)
        if later:
            rest = _blank(rest, later[3], later[4])
    try:
        value = datetime(*parts, hour, minute, second, tzinfo=tzinfo)
    except ValueError:
        return None
    leftover = [token for token in re.findall(r"[^\W_]+", rest.lower()) if token not in _FILLER]
    if sum(len(token) for token in leftover) > _MAX_LEFTOVER:
        return None
    return DateHit(value, _kind(line))
