"""The newsroom's data: sources and what was ingested from them.

Models hold data and small derived properties only. Fetching, parsing and persisting live in
`services` (the orchestrator) and `tasks`; nothing here touches the network.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify


def unique_slug(model: type[models.Model], text: str, max_length: int = 80) -> str:
    """A slug for `text` not yet used by `model` (suffixes -2, -3, ... on collision)."""
    base = slugify(text)[:max_length].strip("-") or "item"
    slug = base
    counter = 2
    while model._default_manager.filter(slug=slug).exists():  # type: ignore[attr-defined]
        suffix = "-%d" % counter
        slug = base[: max_length - len(suffix)] + suffix
        counter += 1
    return slug


class Section(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    position = models.PositiveIntegerField(default=100, help_text="Lower comes first.")
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("site:section", args=[self.slug])


class Source(models.Model):
    class Kind(models.TextChoices):
        FEED = "feed", "Feed (RSS, Atom, RDF, JSON Feed)"
        SITEMAP = "sitemap", "Sitemap"
        PAGE = "page", "Single article page"

    url = models.URLField(max_length=2000, unique=True, help_text="Feed, sitemap or page URL.")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.FEED)
    name = models.CharField(max_length=200, blank=True)
    site_url = models.URLField(max_length=2000, blank=True)
    section = models.ForeignKey(
        Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources",
        help_text="Default section for this source's articles.",
    )
    column = models.CharField(max_length=100, blank=True, help_text="Column label, if any.")
    is_active = models.BooleanField(default=True)
    is_original = models.BooleanField(
        default=False, help_text="An authoritative outlet: its versions are named the original."
    )
    injected_phrases = models.JSONField(
        default=list, blank=True,
        help_text="Phrases learned as injected spam across this source's articles; they are "
        "removed from its articles' titles and bodies.",
    )
    # Scheduling state, owned by newsroom.scheduler.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    interval = models.PositiveIntegerField(default=3600, help_text="Seconds between fetches.")
    next_fetch_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_fetched_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    error_count = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "url"]

    def __str__(self) -> str:
        return self.name or self.url

    @property
    def health(self) -> str:
        """ok, failing (recent errors) or new (never fetched)."""
        if self.last_fetched_at is None:
            return "new"
        if self.error_count:
            return "failing"
        return "ok"


class Author(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    bio = models.TextField(blank=True)
    photo = models.URLField(max_length=2000, blank=True)
    links = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("site:author", args=[self.slug])


class Tag(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        PLACE = "place", "Place"
        ORGANISATION = "organisation", "Organisation"
        TOPIC = "topic", "Topic"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.TOPIC)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("site:tag", args=[self.slug])


class Story(models.Model):
    """One event, as reported by one or more outlets."""

    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=100, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    first_published_at = models.DateTimeField(
        null=True, blank=True, db_index=True,
        help_text="When its first article was published; a story stops growing a week later.",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("site:story", args=[self.slug])


class Article(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="articles")
    guid = models.CharField(max_length=1000, help_text="The source's identifier for the item.")
    url = models.URLField(max_length=2000)
    canonical_url = models.URLField(max_length=2000, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    title = models.CharField(max_length=500)
    text = models.TextField(blank=True, help_text="Clean body, paragraphs split by blank lines.")
    html = models.TextField(blank=True, help_text="Sanitised body HTML.")
    summary = models.TextField(blank=True)
    image = models.URLField(max_length=2000, blank=True)
    language = models.CharField(max_length=20, blank=True)
    site_name = models.CharField(max_length=200, blank=True)
    column = models.CharField(max_length=100, blank=True)
    published_at = models.DateTimeField(db_index=True)
    fetched_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    section = models.ForeignKey(
        Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    authors = models.ManyToManyField(Author, blank=True, related_name="articles")
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    contributors = models.CharField(
        max_length=500, blank=True, help_text="Names from the credit line, comma-separated."
    )
    original_url = models.URLField(
        max_length=2000, blank=True, help_text="Where the article was first published."
    )
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    content_hash = models.CharField(max_length=64, blank=True, db_index=True)
    copy_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies",
        help_text="The original this article is a near-duplicate of.",
    )
    signature = models.BinaryField(blank=True, default=b"", editable=False,
                                   help_text="MinHash signature of the text (copy detection).")
    integrity = models.JSONField(
        default=dict, blank=True,
        help_text="What the integrity review found: injected phrases removed, copy errors.",
    )
    story_terms = models.JSONField(
        default=dict, blank=True, editable=False,
        help_text="Weighted terms for story matching (pipeline.stories.features_vector).",
    )
    injected_count = models.PositiveIntegerField(default=0, db_index=True)
    copy_error_count = models.PositiveIntegerField(default=0, db_index=True)
    copy_error_kinds = models.CharField(
        max_length=200, blank=True, editable=False,
        help_text="Kinds of copy errors found, comma-separated (for filtering).",
    )
    is_featured = models.BooleanField(default=False)
    is_pinned = models.BooleanField(default=False)
    is_hidden = models.BooleanField(default=False)

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "guid"], name="article_unique_source_guid"),
        ]
        indexes = [models.Index(fields=["section", "-published_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("site:article", args=[self.slug])

    @property
    def contributor_list(self) -> list[str]:
        return [name.strip() for name in self.contributors.split(",") if name.strip()]


class CopyBand(models.Model):
    """One LSH band key of an article's signature: articles sharing a key are copy candidates."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="copy_bands")
    key = models.CharField(max_length=24, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "key"], name="copyband_unique_article_key"),
        ]

    def __str__(self) -> str:
        return self.key


class FetchAttempt(models.Model):
    class Status(models.TextChoices):
        OK = "ok", "OK"
        NOT_MODIFIED = "not_modified", "Not modified"
        ERROR = "error", "Error"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="attempts")
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    duration = models.FloatField(default=0.0, help_text="Seconds.")
    status = models.CharField(max_length=20, choices=Status.choices)
    http_status = models.PositiveIntegerField(null=True, blank=True)
    bytes = models.PositiveIntegerField(default=0)
    new_articles = models.PositiveIntegerField(default=0)
    updated_articles = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return "%s %s %s" % (self.source, self.status, self.started_at)
