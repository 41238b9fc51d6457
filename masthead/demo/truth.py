"""Machine-readable ground truth about the demo site, for tests and evaluation (never shown
on the pages): which articles cover the same event, and every article's metadata."""

from __future__ import annotations

from typing import TypedDict

from masthead.demo.articles import all_articles
from masthead.demo.content.entities import ENTITY_KINDS


class ArticleRecord(TypedDict):
    path: str
    outlet: str  # outlet slug
    site_name: str
    title: str  # as shown (a scraper copy's carries the injected brand)
    section: str  # as the page claims it
    column: str
    author: str
    credit: str  # the credit line ("X contributed to this report."), or ""
    published: str  # ISO 8601
    updated: str
    tags: dict[str, str]  # tag -> person | place | organisation | topic
    event: str  # event key, or "" for a single-outlet story
    copy_of: str  # the original's path for a scraper copy, else ""
    paragraphs: list[str]  # the body as written (Lantern's pages add a dateline and sign-off)


def story_ground_truth() -> dict[str, list[str]]:
    """Event key -> paths of the real outlets' articles about it (scraper copies excluded;
    see scraper_ground_truth for those), oldest first."""
    events: dict[str, list[str]] = {}
    for article in all_articles():
        if article.story.event and article.copy_of is None:
            events.setdefault(article.story.event, []).append(article.path)
    return events


def article_records() -> list[ArticleRecord]:
    """One record per article page, oldest first: path, outlet, site_name, title, section,
    column, author, contributors' credit line, published and updated (ISO 8601), tags with
    their kinds (person, place, organisation, topic), event, copy_of (original path or "")
    and the paragraphs of the body as written."""
    records: list[ArticleRecord] = []
    for a in all_articles():
        s = a.story
        records.append(
            {
                "path": a.path,
                "outlet": s.outlet,
                "site_name": a.outlet.name,
                "title": s.headline,
                "section": s.section,
                "column": s.column,
                "author": a.author.name,
                "credit": s.credit,
                "published": a.published.isoformat(),
                "updated": a.updated.isoformat(),
                "tags": {tag: ENTITY_KINDS.get(tag, "topic") for tag in s.tags},
                "event": s.event,
                "copy_of": a.copy_of.path if a.copy_of is not None else "",
                "paragraphs": list(s.paragraphs),
            }
        )
    return records
