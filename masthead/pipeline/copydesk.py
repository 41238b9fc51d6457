"""Copy-desk checks: doubled words ("in in", "He he"), likely misspellings ("officiasl") and a
section that does not fit the story (a politics story filed under Finance).

Reported to editors, never corrected in the text. A doubled word is sometimes right ("had
had", "that that" after a verb of saying), so those are left out of the report; misspellings
and sections have their own modules (`spelling`, `topics`), which explain how they keep
quiet about names, jargon and stories between two sections.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from masthead.pipeline.spelling import dictionary, misspellings, spelling_language
from masthead.pipeline.topics import section_mismatch

# Doublings that are grammatical in ordinary prose.
ALLOWED_DOUBLES = frozenset({"had", "is", "do", "bye", "so", "very", "really", "no",
                             "yes", "ha", "go", "knock", "tut", "bla", "blah", "sie", "die"})
# "that that" is right after a word that takes a clause ("he said that that was final") and
# wrong after a noun ("companies that that break the rules").
CLAUSE_TAKERS = frozenset(
    """said say says saying think thinks thought believe believes believed know knows knew
    known argue argues argued claim claims claimed note notes noted feel feels felt hope hopes
    hoped mean means meant show shows showed shown suggest suggests suggested insist insists
    insisted find finds found ensure ensures ensured realise realised realize realized is was
    are were be been being so such fact idea true clear sure except given added told tell
    tells warned agreed denied admitted stressed explained confirmed reported announced
    stated learned learnt heard remember remembered recognise recognize noticed decided
    concluded predicted promised replied wrote writes believing knowing but and""".split()
)
_DOUBLED = re.compile(r"\b(\w+)(\s+)(\1)\b", re.IGNORECASE | re.UNICODE)
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$", re.UNICODE)
_TITLE_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class CopyError:
    kind: str  # doubled_word | misspelling | section_mismatch
    text: str  # the offending text as written (for a section mismatch, the section's name)
    suggestion: str


@dataclass
class CopyDesk:
    """Everything the copy desk found in one article, and what it could not check."""

    errors: list[CopyError] = field(default_factory=list)
    spelling_language: str = ""  # the language the spelling was checked in, "" when it was not
    skipped: list[str] = field(default_factory=list)  # checks not run, and why


def doubled_words(text: str) -> list[CopyError]:
    """Every 'word word' repetition in `text`, with the single word as the suggestion."""
    errors = []
    for match in _DOUBLED.finditer(text):
        word = match.group(1)
        if word.lower() in ALLOWED_DOUBLES or word.isdigit() or "\n" in match.group(2):
            continue
        if word.lower() == "that" and _clause_follows(text, match.start()):
            continue
        errors.append(CopyError("doubled_word", match.group(0), word))
    return errors


def _clause_follows(text: str, start: int) -> bool:
    """Whether a "that that" at `start` is a conjunction and a pronoun: after a word that takes
    a clause, or at the start of a sentence ("That that happened is clear")."""
    before = text[max(0, start - 40) : start]
    previous = _PREVIOUS_WORD.search(before)
    if previous is None or before.rstrip()[-1:] in ".!?:;\"“":
        return True
    return previous.group(1).lower() in CLAUSE_TAKERS


def check(
    title: str,
    text: str,
    *,
    language: str = "",
    section: str = "",
    tags: Sequence[str] = (),
    site_words: Collection[str] = (),
    site_sections: Mapping[str, Sequence[str]] | None = None,
) -> CopyDesk:
    """Run every copy-desk check on one article.

    `language` is the page's declared language (the text's own words decide when they are
    clear); `site_words` are lower-cased words the source uses in several articles (see
    `spelling.SiteVocabulary`); `site_sections` maps the source's section names to texts of
    its articles there (see `topics.section_mismatch`)."""
    desk = CopyDesk(errors=doubled_words(text))
    checked = spelling_language(text, language)
    if dictionary(checked) is None:
        desk.skipped.append(
            "misspelling: no dictionary for language %r" % checked if checked
            else "misspelling: language not recognised"
        )
    else:
        desk.spelling_language = checked
        ignore = {word.lower() for word in _TITLE_WORD.findall(" ".join([title, *tags]))}
        desk.errors.extend(
            CopyError("misspelling", found.text, found.suggestion)
            for found in misspellings(text, checked, ignore, site_words)
        )
    if section:
        mismatch = section_mismatch(title, text, section, site_sections)
        if mismatch is not None:
            desk.errors.append(CopyError("section_mismatch", section, mismatch.suggestion))
    return desk


__all__ = ["ALLOWED_DOUBLES", "CopyDesk", "CopyError", "check", "doubled_words"]
