"""Highlighted snippets, built safely: the text is escaped, then our own <mark> tags go in.

The databases mark matches with two control characters (`START`, `STOP`) that the indexed text
can never contain (the indexer strips them), so stored text is never trusted as HTML.
"""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

START = "\x02"
STOP = "\x03"
_MARKERS = re.compile("([\x02\x03])")


def has_match(raw: str) -> bool:
    return START in raw


def marked_html(raw: str) -> SafeString:
    """HTML for a database snippet: escaped text with balanced <mark> elements."""
    parts: list[str] = []
    inside = False
    for piece in _MARKERS.split(" ".join(raw.split())):
        if piece == START:
            if not inside:
                parts.append("<mark>")
                inside = True
        elif piece == STOP:
            if inside:
                parts.append("</mark>")
                inside = False
        elif piece:
            parts.append(escape(piece))
    if inside:
        parts.append("</mark>")
    # Safe: every piece above is escaped text or one of our own tags.
    return mark_safe("".join(parts))
