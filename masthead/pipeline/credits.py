"""Credit lines: the short paragraphs naming who else worked on a story.

"Jane Roe contributed to this report." / "Additional reporting by Jane Roe." /
"(Reporting by Jane Roe in Lisbon; Editing by John Doe)" / "Contributing: Jane Roe".
They are metadata, not article text: extraction removes the paragraph and reports the names
as contributors. A paragraph only counts when the whole of it is a credit line and at least
one name in it looks like a name (capitalised words), so ordinary prose that happens to say
"contributed" stays in the text.
"""

from __future__ import annotations

import re

__all__ = ["parse_credit_line", "split_credit_lines", "split_names"]

_MAX_LENGTH = 300  # a credit line is short; longer paragraphs are prose

_OBJECT = r"(?:this|the)\s+(?:report|article|story|piece|coverage)"
_CONTRIBUTED_RE = re.compile(
    r"^(?P<names>.{2,240}?)\s+(?:also\s+)?contributed\s+"
    r"(?:(?:additional\s+)?(?:reporting|research)(?:\s+to\s+"
    + _OBJECT
    + r")?|to\s+"
    + _OBJECT
    + r")"
    r"(?:\s+(?:from|in)\s+[^.;]{1,60})?$",
    re.IGNORECASE | re.DOTALL,
)
_PREFIXED_RE = re.compile(
    r"^(?:(?:with\s+)?(?:additional|further)\s+reporting\s+by|with\s+reporting\s+by|"
    r"contributing(?:\s+reporters?|\s+writers?)?\s*:)\s*(?P<names>.{2,240})$",
    re.IGNORECASE | re.DOTALL,
)
_ROLE_RE = re.compile(
    r"^(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|research|"
    r"graphics|photos?|photography|fact[- ]checking|produced|production|translated|"
    r"translation|video|data|design)\s+by\s+(?P<names>.{2,200})$",
    re.IGNORECASE | re.DOTALL,
)
_SEGMENT_SPLIT_RE = re.compile(r"\s*;\s*|\.\s+(?=[A-Z])|,\s+(?=(?:[a-z]+\s+)?(?:by)\b)")
_WRAPPER_CHARS = " \t\n\r()[]{}*_-\u2013\u2014\u00a0"
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)
_PLACE_RE = re.compile(r"\s+(?:in|from|at)\s+.*$", re.DOTALL)
_PARTICLES = frozenset(
    "de da di del della der den van von ten ter la le du dos das bin ibn al el y e of".split()
)
_NAME_TOKEN_RE = re.compile(r"^[^\W\d_][\w'\u2019.\-]*$")


def _valid_name(name: str) -> bool:
    tokens = name.split()
    if not 1 <= len(tokens) <= 6 or len(name) > 60:
        return False
    if not tokens[0][0].isupper():
        return False
    if len(tokens) == 1 and (len(name) < 3 or "." in name):
        return False  # "D.C." left over from "in Washington, D.C."
    for token in tokens:
        if not _NAME_TOKEN_RE.match(token):
            return False
        if not token[0].isupper() and token.lower() not in _PARTICLES:
            return False
    return True


def _trailing_name(chunk: str) -> str:
    """'Times staff writer Jane Roe' -> 'Jane Roe': the trailing run of capitalised words."""
    tokens = chunk.split()
    run: list[str] = []
    for token in reversed(tokens):
        if token[:1].isupper() or (run and token.lower() in _PARTICLES):
            run.insert(0, token)
        else:
            break
    while run and run[0].lower() in _PARTICLES:
        run.pop(0)
    return " ".join(run)


def split_names(names: str) -> list[str]:
    """Split 'Jane Roe in Paris, John Doe and Ann Lee' into valid names; drops non-names."""
    found: list[str] = []
    for chunk in _NAME_SPLIT_RE.split(names):
        chunk = chunk.strip(_WRAPPER_CHARS + ".:")
        chunk = re.sub(r"^(?:by|von|par|por)\s+", "", chunk, flags=re.IGNORECASE)
        chunk = _PLACE_RE.sub("", chunk).strip(_WRAPPER_CHARS + ".")
        if not chunk:
            continue
        if not _valid_name(chunk):
            chunk = _trailing_name(chunk)
            if not _valid_name(chunk):
                continue
        if chunk.lower() not in (seen.lower() for seen in found):
            found.append(chunk)
    return found


def parse_credit_line(paragraph: str) -> list[str] | None:
    """The contributor names if the whole paragraph is a credit line, else None."""
    text = " ".join(paragraph.split())
    if not text or len(text) > _MAX_LENGTH:
        return None
    text = text.strip(_WRAPPER_CHARS).rstrip(".").strip(_WRAPPER_CHARS)
    match = _CONTRIBUTED_RE.match(text) or _PREFIXED_RE.match(text)
    if match:
        names = split_names(match.group("names"))
        return names or None
    segments = [segment for segment in _SEGMENT_SPLIT_RE.split(text) if segment.strip()]
    if not segments:
        return None
    names = []
    for segment in segments:
        role = _ROLE_RE.match(segment.strip(_WRAPPER_CHARS + "."))
        if not role:
            return None  # every part must be "<role> by <names>"
        names.extend(split_names(role.group("names")))
    unique = list(dict.fromkeys(names))
    return unique or None


def split_credit_lines(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Separate credit lines from prose: (kept paragraphs, contributor names in order)."""
    kept: list[str] = []
    contributors: list[str] = []
    for paragraph in paragraphs:
        names = parse_credit_line(paragraph)
        if names is None:
            kept.append(paragraph)
            continue
        for name in names:
            if name.lower() not in (known.lower() for known in contributors):
                contributors.append(name)
    return kept, contributors
