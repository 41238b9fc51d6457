"""Read a plain-text dump into units, and let context refine their kinds (see `textdump`).

A unit is one line, or the lines of one hard-wrapped paragraph joined. Context: lines under
a "Related"/"Most read" heading are a link list until something that is not a headline;
headline/teaser pairs are a link list even under a heading no vocabulary knows; three or
more short lines in a row are a menu, three or more headline-shaped ones a link list;
one-word buttons under a cookie notice or a newsletter box belong to it.
"""

from __future__ import annotations

import re

from masthead.pipeline.textlines import Unit, classify_line

__all__ = ["TERMINAL_RE", "TEXT_KINDS", "read_units"]

_MAX_CHARS = 4_000_000  # larger inputs are cut: no article is that long
_MAX_LINE = 20_000
_LINK_MARK_RE = re.compile(r"\[\d{1,4}\]")  # lynx's numbered link references
_BULLET_RE = re.compile(r"^(?:[*•·▪◦‣–-]|\d{1,2}[.)]|\d{1,2}(?=\s+[A-ZÀ-Þ]))\s+")
_SPACES_RE = re.compile(r" {2,}")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\ufeff\u2028\u2029]")
TERMINAL_RE = re.compile(r"[.!?…:;。！？।॥؟۔][\"'”’»)\]」』]*$")
TEXT_KINDS = frozenset({"prose", "bio_candidate"})
_META = frozenset({"date", "byline", "breadcrumb", "caption", "separator", "share", "reactions"})
_RUN_GROUPS = {"short": "short", "links": "short", "title_like": "title"}


def read_units(text: str) -> list[Unit]:
    """The dump's units, kinds refined by their neighbours."""
    units = _units(text)
    _mark_lists(units)
    _mark_teaser_lists(units)
    _mark_runs(units)
    _mark_blocks(units)
    return units


def _lines(text: str) -> list[str]:
    text = text[:_MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ").translate({0xA0: 32, 0x2007: 32, 0x202F: 32})
    text = _CONTROL_RE.sub("", text)
    # Runs of spaces are kept as two: "Markets  Economy  Companies" is a row of links.
    return [
        _SPACES_RE.sub("  ", _LINK_MARK_RE.sub("", line[:_MAX_LINE])).strip()
        for line in text.split("\n")
    ]


def _wrap_width(lines: list[str]) -> int:
    """The column a hard-wrapped dump breaks at, or 0 when its lines are not wrapped.

    Wrapped prose shows itself by lines of nearly the same length followed directly by a
    line that starts in lower case (the sentence goes on); unwrapped dumps almost never
    have that. A dump can mix wrapped parts and long unwrapped lines.
    """
    going_on = sorted(
        len(line)
        for line, after in zip(lines, lines[1:], strict=False)
        if 30 <= len(line) <= 120 and after[:1].islower()
    )
    if len(going_on) < 3:
        return 0
    width = going_on[-1]
    full = sum(1 for length in going_on if width - 20 <= length <= width)
    return width if full >= len(going_on) * 0.6 else 0


def _joinable(kind: str) -> bool:
    return kind in ("prose", "title_like", "short", "bio_candidate")


def _units(text: str) -> list[Unit]:
    """Non-blank lines as units; the lines of a hard-wrapped paragraph become one unit."""
    lines = _lines(text)
    width = _wrap_width(lines)
    if not width and _double_spaced(lines):
        # Every line followed by a blank one: the blank lines say nothing about paragraphs,
        # so look for wrapping as if they were not there.
        solid = [line for line in lines if line]
        width = _wrap_width(solid)
        lines = solid if width else lines
    if not width:
        units: list[Unit] = []
        gap = 0
        for line in lines:
            if line:
                units.append(_unit(line, gap))
            gap = 0 if line else gap + 1
        return units
    return _unwrapped(lines, width)


def _double_spaced(lines: list[str]) -> bool:
    gaps: list[int] = []
    gap = -1
    for line in lines:
        if line:
            if gap >= 0:
                gaps.append(gap)
            gap = 0
        elif gap >= 0:
            gap += 1
    return len(gaps) >= 10 and sum(1 for gap in gaps if gap == 1) >= 0.9 * len(gaps)


def _unwrapped(lines: list[str], width: int) -> list[Unit]:
    """Join wrapped lines: chains of lines where each one continues the one before.

    A line continues the one before when that one is full (near the width), neither is
    meta, and it starts in lower case (the sentence goes on), or its first word would not
    have fitted on the line before (tools wrap greedily). The second cue also holds for a
    list of long headlines, so a chain joined on it must end like a paragraph (with a full
    stop); otherwise its lines stay apart.
    """
    units: list[Unit] = []
    chain: list[str] = []
    weak: list[bool] = []  # whether chain[k] was joined on the greedy cue alone
    chain_gap = gap = 0
    previous = ""
    previous_kind = ""

    def flush() -> None:
        if not chain:
            return
        if any(weak) and not TERMINAL_RE.search(chain[-1]) and not chain[-1].endswith(")"):
            pieces: list[list[str]] = []
            for line, is_weak in zip(chain, weak, strict=True):
                if is_weak or not pieces:
                    pieces.append([line])
                else:
                    pieces[-1].append(line)
        else:
            pieces = [chain]
        for k, piece in enumerate(pieces):
            units.append(_unit(_join(piece), chain_gap if k == 0 else 0))
        chain.clear()
        weak.clear()

    for line in lines:
        if not line:
            gap += 1
            previous = ""
            continue
        kind = classify_line(_BULLET_RE.sub("", line) or line).kind
        joined = False
        if chain and gap == 0 and width - 20 <= len(previous) <= width + 2:
            lower = line[:1].islower()
            greedy = len(previous) + 1 + len(line.split()[0]) > width - 2
            # "79. He had ..." continues a sentence; after a full stop it is a list item.
            item = bool(_BULLET_RE.match(line)) and bool(TERMINAL_RE.search(previous))
            if (
                (lower or greedy) and len(line) <= width + 2 and not item
                and _joinable(previous_kind) and _joinable(kind)
            ):  # fmt: skip
                chain.append(line)
                weak.append(not lower)
                joined = True
        if not joined:
            flush()
            chain.append(line)
            weak.append(False)
            chain_gap = gap
        gap = 0
        previous, previous_kind = line, kind
    flush()
    return units


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        hyphenated = text.endswith("-") and line[:1].islower() and text[-2:-1].isalpha()
        text += line if hyphenated else " " + line
    return text


def _unit(line: str, gap: int) -> Unit:
    core = _BULLET_RE.sub("", line) or line
    if core != line and line[:1].isdigit():
        whole = classify_line(line)
        if whole.kind in ("date", "byline"):
            return Unit(line, line, gap, whole)  # "9 April 2025" is a date, not item 9
    unit = Unit(line, core, gap, classify_line(core), bulleted=core != line)
    if unit.bulleted and unit.kind == "prose" and not TERMINAL_RE.search(core):
        unit.kind = "title_like"  # "2. A long listed headline" is a list item, not a paragraph
    return unit


def _starts_article(units: list[Unit], index: int) -> bool:
    """True when the lines after `index` are its date/byline and then body prose."""
    k = index + 1
    while k < len(units) and k <= index + 4 and units[k].kind in _META | {"short", "links"}:
        k += 1
    if k >= len(units) or units[k].kind not in TEXT_KINDS:
        return False
    after = units[k + 1].kind if k + 1 < len(units) else ""
    if after in TEXT_KINDS:
        return True
    # One long paragraph is an article too, unless another headline follows it: then it
    # is the teaser of a listed headline.
    return len(units[k].core.split()) >= 25 and after not in ("title_like", "related")


def _mark_lists(units: list[Unit]) -> None:
    """Lines under a "Related"/"Most read" heading are links while they look like them.

    A list may give each headline a teaser sentence; once it has done so, a headline
    followed by one paragraph is another item, not the start of the article.
    """
    for i, unit in enumerate(units):
        if unit.kind != "related_heading":
            continue
        teasers = False
        j = i + 1
        while j < len(units) and j - i <= 60:
            item = units[j]
            after = units[j + 1].kind if j + 1 < len(units) else ""
            if item.kind in ("title_like", "short"):
                two_paragraphs = j + 3 < len(units) and units[j + 2].kind in TEXT_KINDS
                if _starts_article(units, j) and (not teasers or two_paragraphs):
                    break
                item.kind = "related"
            elif item.kind in ("date", "reactions", "related", "caption"):
                item.kind = "related"
            elif item.kind == "prose" and not TERMINAL_RE.search(item.core):
                item.kind = "related"  # a headline too long to look like one
            elif item.kind == "prose" and units[j - 1].kind == "related":
                if after in TEXT_KINDS:
                    break  # two paragraphs in a row: the list is over
                item.kind = "related"  # a teaser under a listed headline
                teasers = True
            elif item.kind != "separator":
                break
            j += 1


def _mark_runs(units: list[Unit]) -> None:
    """Three or more short lines in a row are a menu; three headline-shaped ones, a list."""
    i = 0
    while i < len(units):
        group = _RUN_GROUPS.get(units[i].kind)
        if group is None:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(units)
            and _RUN_GROUPS.get(units[j + 1].kind) == group
            and units[j + 1].gap <= 1
        ):
            j += 1
        last = j
        if group == "title" and _starts_article(units, j):
            last -= 1  # the last one is the headline of what follows
        if last - i + 1 >= 3:
            if group == "short":
                for unit in units[i : last + 1]:
                    unit.kind = "navigation" if unit.kind == "short" else unit.kind
            elif not _inside_prose(units, i, last):
                for unit in units[i : last + 1]:
                    unit.kind = "related"
        i = j + 1


def _mark_teaser_lists(units: list[Unit]) -> None:
    """Headline, one-paragraph teaser, headline, teaser...: a link list with no heading
    the classifier knows ("Editors' choice"). Three pairs or more, not following body
    prose or the article's own date line: an article with sub-heads starts with prose."""
    i = 1
    while i < len(units) - 1:
        j = i
        while (
            j + 1 < len(units)
            and units[j].kind in ("title_like", "short")
            and units[j + 1].kind == "prose"
            and (j + 2 >= len(units) or units[j + 2].kind not in TEXT_KINDS)
        ):
            j += 2
        before = units[i - 1].kind
        if (j - i) // 2 >= 3 and before not in TEXT_KINDS | {"date", "byline", "caption"}:
            if before in ("short", "title_like"):
                units[i - 1].kind = "related"  # the list's heading
            for unit in units[i:j]:
                unit.kind = "related"
        i = max(j, i + 1)


def _inside_prose(units: list[Unit], first: int, last: int) -> bool:
    """A run with prose right before and after is a list inside the body, not links."""
    before = first > 0 and units[first - 1].kind in TEXT_KINDS
    after = last + 1 < len(units) and units[last + 1].kind in TEXT_KINDS
    return before and after


def _mark_blocks(units: list[Unit]) -> None:
    """Buttons after a cookie notice or newsletter box, tags and bios under their heading."""
    for i, unit in enumerate(units[1:], start=1):
        previous = units[i - 1].kind
        # A one-word button right under a notice ("Submit", "Continue") belongs to it; the
        # known buttons ("Accept all") classify themselves. Longer lines may be the masthead.
        button = unit.gap == 0 and len(unit.core.split()) == 1 and unit.kind == "short"
        if previous in ("cookie", "cookie_button") and (button or unit.kind == "cookie_button"):
            unit.kind = "cookie"
        elif previous == "newsletter" and (button or unit.kind == "cookie_button"):
            unit.kind = "newsletter"
        elif previous in ("tags_heading", "tags") and unit.kind in ("short", "title_like"):
            if previous == "tags_heading" or units[i - 1].info.kind == "tags_heading":
                unit.kind = "tags"
                unit.info.items = [item.strip() for item in unit.core.split(",") if item.strip()]
        elif previous == "bio_heading" and unit.kind in TEXT_KINDS:
            unit.kind = "bio"
