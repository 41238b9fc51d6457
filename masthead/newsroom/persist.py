"""Persist article drafts idempotently: the only place the pipeline's output meets the ORM.

Each article is written in its own transaction and found again by (source, guid) or by
canonical URL, so fetching the same thing twice, or restarting a worker killed half-way,
updates what exists and never duplicates it.
"""

from __future__ import annotations

import hashlib
from typing import Any, TypeVar

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import slugify

from masthead.newsroom.models import Article, Author, Section, Source, Tag, unique_slug
from masthead.pipeline.draft import ArticleDraft
from masthead.pipeline.stories import features_vector

NamedModel = TypeVar("NamedModel", Author, Tag, Section)


def content_hash(text: str) -> str:
    normalised = " ".join(text.lower().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def get_or_create_named(model: type[NamedModel], name: str, **defaults: object) -> NamedModel:
    """Find or create a row by the slug of its name, safe against concurrent workers."""
    name = " ".join(name.split())[:200]
    slug = slugify(name)[:100] or "item"
    manager = model._default_manager
    existing = manager.filter(slug=slug).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return manager.create(name=name, slug=slug, **defaults)
    except IntegrityError:
        # Another worker created it between our read and write, or the name clashes with an
        # existing unique name under another slug.
        found = manager.filter(models.Q(slug=slug) | models.Q(name=name)).first()
        if found is None:
            raise
        return found


def resolve_section(source: Source, draft: ArticleDraft) -> Section | None:
    """The page's own section claim when it makes one, else the source's default section."""
    if draft.section.strip():
        by_name = Section.objects.filter(name__iexact=draft.section.strip()).first()
        return by_name or get_or_create_named(Section, draft.section.strip().title())
    return source.section


def _canonical_for(source: Source, draft: ArticleDraft, guid: str) -> tuple[str, str]:
    """(canonical URL to store, original URL) for a draft.

    A page may claim another outlet's URL as its canonical (scrapers do): that claim is kept
    as the original's URL, and the copy is stored under its own address. A page may also claim
    a canonical URL that a different article of its own source already holds (sites that point
    every page at their home page): the claim is wrong, and the page keeps its own address
    rather than overwriting the other article.
    """
    canonical = (draft.canonical_url or draft.url)[:2000]
    original = draft.original_url
    owner = Article.objects.filter(canonical_url=canonical).values("source_id", "guid", "url")
    holder = owner.first()
    if holder is not None and canonical != draft.url[:2000]:
        if holder["source_id"] != source.pk:
            original = original or canonical
            canonical = draft.url[:2000]
        elif holder["guid"] != guid and holder["url"] != draft.url[:2000]:
            canonical = draft.url[:2000]
    return canonical, original[:2000]


@transaction.atomic
def persist_draft(
    source: Source,
    draft: ArticleDraft,
    integrity: dict[str, Any] | None = None,
    story_terms: dict[str, float] | None = None,
) -> tuple[Article, bool]:
    """Insert or update the article for `draft`; return it and whether it is new.

    `integrity` is the review's report (see `pipeline.review`), stored for editors;
    `story_terms` the draft's story vector when it was computed already.
    """
    guid = (draft.guid or draft.canonical_url or draft.url)[:1000]
    canonical, original = _canonical_for(source, draft, guid)
    article = (
        Article.objects.select_for_update()
        .filter(models.Q(source=source, guid=guid) | models.Q(canonical_url=canonical))
        .first()
    )
    created = article is None
    if article is None:
        article = Article(source=source, guid=guid, slug=unique_slug(Article, draft.title))
    article.url = draft.url[:2000]
    article.canonical_url = canonical
    article.title = (draft.title or draft.url)[:500]
    article.text = draft.text
    article.html = draft.html
    article.summary = draft.summary
    article.image = draft.image[:2000]
    article.language = draft.language[:20]
    article.site_name = (draft.site_name or source.name)[:200]
    article.column = (draft.column or source.column)[:100]
    article.published_at = draft.published or article.published_at or timezone.now()
    article.contributors = ", ".join(draft.contributors)[:500]
    article.original_url = original
    article.content_hash = content_hash(draft.text)
    if story_terms is None:
        story_terms = features_vector(article.title, draft.text, draft.tags,
                                      article.language or "en")
    article.story_terms = story_terms
    article.integrity = integrity or {}
    article.injected_count = sum(item["count"] for item in article.integrity.get("injected", []))
    article.copy_error_count = len(article.integrity.get("copy_errors", []))
    article.copy_error_kinds = ",".join(
        sorted({error["kind"] for error in article.integrity.get("copy_errors", [])})
    )[:200]
    if created or not article.section_id:
        article.section = resolve_section(source, draft)
    article.save()
    _attach_people_and_tags(article, draft, created)
    return article, created


def named_rows(model: type[NamedModel], names: list[str]) -> list[NamedModel]:
    """Rows for `names` (found by slug, created when missing), in the order given, deduplicated.

    Three queries whatever the number of names: a page with twenty tags costs what one costs.
    """
    wanted: dict[str, str] = {}
    for raw in names:
        name = " ".join(raw.split())[:200]
        slug = slugify(name)[:100]
        if slug and slug not in wanted:
            wanted[slug] = name
    if not wanted:
        return []
    manager = model._default_manager
    found = {row.slug: row for row in manager.filter(slug__in=list(wanted))}
    missing = [model(name=name, slug=slug) for slug, name in wanted.items() if slug not in found]
    if missing:
        # ignore_conflicts: a concurrent worker may create the same rows; the re-read finds them.
        manager.bulk_create(missing, ignore_conflicts=True)
        found.update((row.slug, row) for row in manager.filter(slug__in=[m.slug for m in missing]))
    return [found[slug] for slug in wanted if slug in found]


def _attach_people_and_tags(article: Article, draft: ArticleDraft, created: bool) -> None:
    authors = named_rows(Author, draft.authors)
    for author in authors:
        bio = next(
            (text.strip() for name, text in draft.author_bios.items()
             if slugify(name)[:100] == author.slug and text.strip()),
            "",
        )
        if bio and not author.bio:
            author.bio = bio
            author.save(update_fields=["bio"])
    tags = named_rows(Tag, draft.tags)
    if created:
        # A new article has no links yet: add them without reading the current set first.
        if authors:
            article.authors.add(*authors)
        if tags:
            article.tags.add(*tags)
    else:
        article.authors.set(authors)
        article.tags.set(tags)
