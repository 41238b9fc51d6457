"""Copy-desk checks that need no dictionary: doubled words ("in in", "He he").

Reported to editors, never corrected in the text: a doubled word is sometimes right
("had had", "that that"), so those are left out of the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Doublings that are grammatical in ordinary prose.
ALLOWED_DOUBLES = frozenset({"had", "that", "is", "do", "bye", "so", "very", "really", "no",
                             "yes", "ha", "go", "knock", "tut", "bla", "blah", "sie", "die"})
_DOUBLED = re.compile(r"\b(\w+)(\s+)(\1)\b", re.IGNORECASE | re.UNICODE)


@dataclass(frozen=True)
class CopyError:
    kind: str  # doubled_word | misspelling | section_mismatch
    text: str  # the offending text as written
    suggestion: str


def doubled_words(text: str) -> list[CopyError]:
    """Every 'word word' repetition in `text`, with the single word as the suggestion."""
    errors = []
    for match in _DOUBLED.finditer(text):
        word = match.group(1)
        if word.lower() in ALLOWED_DOUBLES or word.isdigit() or "\n" in match.group(2):
            continue
        errors.append(CopyError("doubled_word", match.group(0), word))
    return errors
