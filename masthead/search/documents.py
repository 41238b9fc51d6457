"""What the index holds for an article: its words, by field, read from the newsroom's tables."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from django.db.models import Prefetch

from masthead.newsroom.models import Article, Author, Tag
from masthead.search.query import strip_control

BATCH_SIZE = 500


@dataclass(frozen=True)
class Document:
    article_id: int
    title: str
    summary: str
    body: str
    people: str
    tags: str


def document_for(article: Article) -> Document:
    """The article's document; `article` comes with its authors and tags prefetched."""
    people = [author.name for author in article.authors.all()] + article.contributor_list
    return Document(
        article_id=article.pk,
        title=strip_control(article.title),
        summary=strip_control(article.summary),
        body=strip_control(article.text),
        people=strip_control(", ".join(people)),
        tags=strip_control(", ".join(tag.name for tag in article.tags.all())),
    )


def documents_for(article_ids: Collection[int], using: str) -> list[Document]:
    """Documents for those of `article_ids` that exist (hidden ones too: hiding is a filter)."""
    articles = (
        Article.objects.using(using)
        .filter(pk__in=list(article_ids))
        .only("pk", "title", "summary", "text", "contributors")
        .prefetch_related(
            Prefetch("authors", queryset=Author.objects.using(using).only("pk", "name")),
            Prefetch("tags", queryset=Tag.objects.using(using).only("pk", "name")),
        )
        .order_by("pk")
    )
    return [document_for(article) for article in articles]


def all_article_id_batches(using: str, size: int = BATCH_SIZE) -> Iterator[list[int]]:
    """Every article id, in ascending batches (keyset pagination: no growing OFFSET)."""
    last = 0
    while True:
        batch = list(
            Article.objects.using(using).filter(pk__gt=last).order_by("pk")
            .values_list("pk", flat=True)[:size]
        )
        if not batch:
            return
        yield batch
        last = batch[-1]
