"""The demo: fictional news outlets written for Masthead, and the local server that serves
them so `masthead demo` can ingest them through the real pipeline.

Pure Python and data; no Django. Everything in the outlets is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from masthead.demo.content.world import OUTLETS
from masthead.demo.scraper import scraper_ground_truth
from masthead.demo.server import DemoServer
from masthead.demo.site import DEFAULT_PORT, build_site
from masthead.demo.truth import article_records, story_ground_truth

__all__ = [
    "DEFAULT_PORT",
    "DemoServer",
    "DemoSource",
    "article_records",
    "build_site",
    "demo_sources",
    "scraper_ground_truth",
    "story_ground_truth",
]


@dataclass(frozen=True)
class DemoSource:
    name: str  # outlet name, e.g. "The Harbour Ledger"
    path: str  # URL path of what to subscribe to (feed, home page or sitemap)
    section: str  # default section for the source ("" when pages carry their own)
    kind: str  # rss | atom | json | sitemap | home | rss-summary


def demo_sources() -> list[DemoSource]:
    """What `masthead demo` subscribes to, one per outlet (the scraper last)."""
    return [DemoSource(o.name, o.subscribe_path, o.section, o.kind) for o in OUTLETS]
