"""Readers' search words -> a small query tree -> each database's full-text syntax.

One parser serves both backends, so a query means the same on SQLite and PostgreSQL, and no
reader input ever reaches a database's query language unquoted: every term is rendered as a
quoted string (FTS5 `"..."`, tsquery `'...'`) and the database's own tokeniser splits it.

The syntax is what search boxes usually accept:

    harbour council      both words (AND)
    "harbour council"    the phrase
    harbour OR port      either
    -weather  NOT rain   without the word
    -"heavy rain"        without the phrase
    counc*               a word starting with "counc"

Anything else (parentheses, stray quotes, operators in odd places, punctuation) is ignored,
never an error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 200
MAX_TERMS = 16

# Control characters never reach the index or a query: the snippet markers are control
# characters, so stored text can never fake one.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TOKEN = re.compile(r'-*"|[^\s"()]+')


def strip_control(text: str) -> str:
    return _CONTROL.sub("", text)


def _has_word_character(text: str) -> bool:
    return any(unicodedata.category(char)[0] in "LN" for char in text)


@dataclass(frozen=True)
class Term:
    """Words to match together: one word, a hyphenated word, or a quoted phrase."""

    text: str
    prefix: bool = False


@dataclass
class ParsedQuery:
    """(any of `alternatives`, each a list of terms all required) and none of `excluded`."""

    alternatives: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when nothing is left to look for (a query of only exclusions finds nothing)."""
        return not any(self.alternatives)

    @property
    def terms(self) -> list[Term]:
        return [term for group in self.alternatives for term in group]

    def fts5(self) -> str:
        """The query in SQLite FTS5 syntax."""
        groups = ["(%s)" % " AND ".join(_fts5_term(t) for t in group)
                  for group in self.alternatives if group]
        rendered = "(%s)" % " OR ".join(groups)
        for term in self.excluded:
            rendered += " NOT %s" % _fts5_term(term)
        return rendered

    def tsquery(self) -> str:
        """The query in PostgreSQL tsquery syntax, for to_tsquery(config, ...)."""
        groups = ["(%s)" % " & ".join(_tsquery_term(t) for t in group)
                  for group in self.alternatives if group]
        rendered = "(%s)" % " | ".join(groups)
        for term in self.excluded:
            rendered += " & !%s" % _tsquery_term(term)
        return rendered


def _fts5_term(term: Term) -> str:
    # Inside an FTS5 string only the double quote is special, and it is doubled.
    quoted = '"%s"' % term.text.replace('"', '""')
    return quoted + " *" if term.prefix else quoted


def _tsquery_term(term: Term) -> str:
    # Inside a tsquery quoted value, the quote and the backslash are special.
    quoted = "'%s'" % term.text.replace("\\", "\\\\").replace("'", "''")
    return quoted + ":*" if term.prefix else quoted


def parse(text: str) -> ParsedQuery:
    """Parse a reader's query; never raises, whatever the input."""
    text = strip_control(unicodedata.normalize("NFC", text))[:MAX_QUERY_CHARS]
    query = ParsedQuery(alternatives=[[]])
    tokens = _TOKEN.findall(text)
    negate_next = False
    count = 0
    index = 0
    while index < len(tokens) and count < MAX_TERMS:
        token = tokens[index]
        index += 1
        if token.endswith('"'):  # an opening quote, -" for an excluded phrase
            words = []
            while index < len(tokens) and not tokens[index].endswith('"'):
                words.append(tokens[index])
                index += 1
            if index < len(tokens):  # the closing quote (a missing one ends the phrase too)
                words.append(tokens[index][:-1])
                index += 1
            term: Term | None = _term(" ".join(words), prefix=False)
            negate_next = negate_next or token.startswith("-")
        elif token == "OR":
            if query.alternatives[-1]:
                query.alternatives.append([])
            continue
        elif token == "AND":
            continue
        elif token == "NOT":
            negate_next = True
            continue
        else:
            negative = token.startswith("-")
            token = token.lstrip("-")
            prefix = token.endswith("*")
            term = _term(token.strip("*"), prefix=prefix)
            negate_next = negate_next or negative
        if term is None:
            negate_next = False
            continue
        count += 1
        if negate_next:
            query.excluded.append(term)
        else:
            query.alternatives[-1].append(term)
        negate_next = False
    query.alternatives = [group for group in query.alternatives if group]
    return query


def _term(text: str, prefix: bool) -> Term | None:
    text = " ".join(text.split())
    if not _has_word_character(text):
        return None
    # A prefix of one or two letters would match half the index; treat it as a word.
    return Term(text, prefix=prefix and len(text) >= 3)
