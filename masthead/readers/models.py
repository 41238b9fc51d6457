"""What anonymous readers do: react to articles and read them.

A reader is the random id held in their signed cookie (`masthead.readers.identity`); no account,
no personal data. Both tables are written from the request path, so each write is one statement.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from masthead.newsroom.models import Article

READER_ID_LENGTH = 32


class Reaction(models.Model):
    """One reader's reaction to one article: at most one per reader and article."""

    class Kind(models.TextChoices):
        VERY_GOOD = "very_good", "very good!"
        INSIGHTFUL = "insightful", "insightful"
        SAD = "sad", "sad"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="reactions")
    reader = models.CharField(max_length=READER_ID_LENGTH)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "reader"],
                                    name="reaction_one_per_reader_and_article"),
        ]
        # Recommended reads a reader's reactions as interest signals.
        indexes = [models.Index(fields=["reader", "-created_at"])]

    def __str__(self) -> str:
        return "%s: %s" % (self.article_id, self.kind)


class ArticleView(models.Model):
    """A counted read: one row per reader and article per view window, bots left out."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="reader_views")
    reader = models.CharField(max_length=READER_ID_LENGTH)
    viewed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            # Ranking sums recent views per article.
            models.Index(fields=["viewed_at", "article"]),
            # Recommended reads one reader's latest views.
            models.Index(fields=["reader", "-viewed_at"]),
        ]

    def __str__(self) -> str:
        return "%s at %s" % (self.article_id, self.viewed_at)
