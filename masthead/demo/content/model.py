"""The plain records the demo's content is written in: outlets, authors, events and stories.

The prose lives in the sibling `events_*.py` and `singles_*.py` modules as calls to `story()`,
which keeps each article readable as one block of text (paragraphs separated by blank lines).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class Outlet:
    slug: str  # the URL path prefix: /<slug>/...
    name: str
    kind: str  # how Masthead subscribes: rss, atom, json, sitemap, home, rss-summary
    subscribe_path: str  # what to subscribe to
    feed_path: str  # the feed or sitemap the outlet publishes ("" for none)
    section: str  # default section of the source ("" when pages carry their own)
    tagline: str
    city: str
    language: str
    colour: str  # "#rrggbb": the outlet's brand colour, for its stylesheet and images


@dataclass(frozen=True)
class Author:
    slug: str
    name: str
    outlet: str  # outlet slug
    role: str
    bio: str


@dataclass(frozen=True)
class Event:
    """The fact sheet of one event that several outlets cover in their own words."""

    key: str
    title: str  # neutral description, never shown on pages
    facts: tuple[str, ...]  # strings every outlet's version contains (names, numbers, places)
    tags: tuple[str, ...]  # default "In:" tags for the versions


@dataclass(frozen=True)
class Story:
    """One article as one outlet wrote it."""

    outlet: str
    author: str  # author slug
    published: datetime  # timezone-aware, UTC
    section: str
    headline: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]
    slug: str
    event: str = ""  # Event.key when several outlets cover it
    column: str = ""
    credit: str = ""
    summary: str = ""  # one sentence

    @property
    def path(self) -> str:
        return "/%s/%s/%s.html" % (self.outlet, self.published.strftime("%Y/%m/%d"), self.slug)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def slugify(text: str, max_words: int = 9) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", plain.lower().replace("'", ""))
    return "-".join(words[:max_words])


def paragraphs_of(body: str) -> tuple[str, ...]:
    """Split a triple-quoted body into paragraphs; lines inside a paragraph are joined."""
    blocks = re.split(r"\n\s*\n", body.strip())
    return tuple(" ".join(line.strip() for line in block.splitlines()) for block in blocks)


def story(
    outlet: str,
    author: str,
    when: str,
    section: str,
    headline: str,
    body: str,
    *,
    tags: tuple[str, ...] = (),
    event: str = "",
    column: str = "",
    credit: str = "",
    summary: str = "",
    slug: str = "",
) -> Story:
    """Build a Story; `when` is "YYYY-MM-DD HH:MM:SS" in UTC."""
    published = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    paragraphs = paragraphs_of(body)
    return Story(
        outlet=outlet,
        author=author,
        published=published,
        section=section,
        headline=headline,
        paragraphs=paragraphs,
        tags=tags,
        slug=slug or slugify(headline),
        event=event,
        column=column,
        credit=credit,
        summary=summary or first_sentence(paragraphs[0]),
    )
