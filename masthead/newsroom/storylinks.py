"""Stories in the database: every article joins the story of the event it reports.

The pure side (term vectors, the matching rules) is `pipeline.stories`. After an ingest run,
the articles still without a story are matched in publication order against the articles
published around them; each joins its best match's story or starts a new one. Copies were
already put into their original's story by `copylinks`.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from masthead.newsroom.models import Article, Story, unique_slug
from masthead.newsroom.signals import articles_changed
from masthead.pipeline.stories import (
    WINDOW,
    StoryFeatures,
    StoryIndex,
    TermStats,
)

# Term commonness is measured over this many recent articles (see pipeline.stories.TermStats).
BACKGROUND_ARTICLES = 1000


def _features(article: Article, story_start: datetime | None = None) -> StoryFeatures:
    return StoryFeatures(
        key=str(article.pk), terms=article.story_terms or {}, published=article.published_at,
        source=str(article.source_id), story_start=story_start,
    )


@transaction.atomic
def assign_stories() -> int:
    """Put every article without a story into one; return how many stories were started."""
    waiting = list(Article.objects.filter(story__isnull=True).order_by("published_at", "id"))
    if not waiting:
        return 0
    recent = Article.objects.order_by("-published_at").values_list("story_terms", flat=True)
    background = TermStats.of(terms for terms in recent[:BACKGROUND_ARTICLES] if terms)
    index = StoryIndex(background)
    earliest = waiting[0].published_at - WINDOW
    latest = waiting[-1].published_at + WINDOW
    neighbours = (
        Article.objects.filter(story__isnull=False, published_at__range=(earliest, latest))
        .select_related("story")
    )
    story_of: dict[str, Story] = {}
    for article in neighbours:
        assert article.story is not None
        story_of[str(article.pk)] = article.story
        index.add(_features(article, article.story.first_published_at))
    started = 0
    # Originals first: a copy joins its original's story, whatever it says itself.
    copies = [article for article in waiting if article.copy_of_id]
    for article in waiting:
        if article.copy_of_id:
            continue
        match = index.match(_features(article))
        story = story_of.get(match) if match else None
        if story is None:
            story = Story.objects.create(
                title=article.title[:500], slug=unique_slug(Story, article.title),
                first_published_at=article.published_at,
            )
            started += 1
        Article.objects.filter(pk=article.pk).update(story=story)
        story_of[str(article.pk)] = story
        index.add(_features(article, story.first_published_at))
    story_of_original = dict(
        Article.objects.filter(pk__in=[a.copy_of_id for a in copies]).values_list("pk", "story")
    )
    for article in copies:
        Article.objects.filter(pk=article.pk).update(
            story=story_of_original.get(article.copy_of_id or 0)
        )
    changed = [article.pk for article in waiting]
    transaction.on_commit(lambda: articles_changed.send(sender=Article, ids=changed))
    return started


__all__ = ["assign_stories"]
