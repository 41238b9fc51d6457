"""The demo's written content: outlets, authors, events and the articles of the real outlets.

The scraper's copies are not written here; `masthead.demo.scraper` derives them from these.
"""

from __future__ import annotations

import dataclasses
import hashlib
from functools import cache

from masthead.demo.content import (
    events_a,
    events_b,
    events_c,
    events_d,
    singles_a,
    singles_b,
    singles_c,
    singles_d,
)
from masthead.demo.content.events import EVENTS_BY_KEY
from masthead.demo.content.model import Story
from masthead.demo.content.world import AUTHORS


def _with_credit(story: Story) -> Story:
    """Give about two in five stories without one a credit line naming a colleague (Lantern
    Wire signs its stories off in its own way, on the page)."""
    if story.credit or story.outlet == "lantern":
        return story
    h = int(hashlib.sha256(("credit:" + story.path).encode()).hexdigest()[:8], 16)
    if h % 5 >= 2:
        return story
    colleagues = [a.name for a in AUTHORS if a.outlet == story.outlet and a.slug != story.author]
    pattern = ("%s contributed to this report.", "Additional reporting by %s.")[h // 5 % 2]
    return dataclasses.replace(story, credit=pattern % colleagues[h // 10 % len(colleagues)])


@cache
def original_stories() -> tuple[Story, ...]:
    """Every article of the real outlets, oldest first (ties broken by path, so stable).

    A story written without tags gets its event's tags, so every article has an "In:" list.
    Credit lines are written by hand on some stories and added to others (see _with_credit).
    """
    stories = (
        events_a.STORIES + events_b.STORIES + events_c.STORIES + events_d.STORIES
        + singles_a.STORIES + singles_b.STORIES + singles_c.STORIES + singles_d.STORIES
    )
    resolved = [
        _with_credit(s if s.tags else dataclasses.replace(s, tags=EVENTS_BY_KEY[s.event].tags))
        for s in stories
    ]
    return tuple(sorted(resolved, key=lambda s: (s.published, s.path)))
