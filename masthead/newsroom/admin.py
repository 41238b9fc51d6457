"""The editors' admin: sources with health, articles, authors, tags, sections, stories.

Every changelist annotates the counts it shows and selects or prefetches the relations it
renders, so a page of 100 rows costs the same few queries as a page of 1.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import models, transaction
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from masthead.newsroom.admin_integrity import (
    IntegrityFilter,
    integrity_badges,
    integrity_report,
)
from masthead.newsroom.models import (
    Article,
    Author,
    FetchAttempt,
    Section,
    Source,
    Story,
    Tag,
)
from masthead.newsroom.tasks import fetch_source

admin.site.site_header = "%s newsroom" % settings.MASTHEAD_SITE_NAME
admin.site.site_title = "%s newsroom" % settings.MASTHEAD_SITE_NAME
admin.site.index_title = "Editors' desk"
# The app list sidebar repeats the breadcrumbs and takes 280 px the changelists need.
admin.site.enable_nav_sidebar = False

RECENT = 10  # fetch attempts shown on a source's page

# Colour plus a word: the state never depends on colour alone.
HEALTH_COLOURS = {"ok": "#1a7f37", "failing": "#b42318", "new": "#6b7280"}
HEALTH_QUERIES = {
    "new": Q(last_fetched_at__isnull=True),
    "failing": Q(last_fetched_at__isnull=False, error_count__gt=0),
    "ok": Q(last_fetched_at__isnull=False, error_count=0),
}
# Worst first when an editor sorts by health.
HEALTH_ORDER = Case(
    When(HEALTH_QUERIES["failing"], then=Value(0)),
    When(HEALTH_QUERIES["new"], then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


class NewsroomAdmin(admin.ModelAdmin):
    """Shared by the newsroom's admins.

    Those that annotate counts state their `ordering`: aggregating querysets drop Meta.ordering.
    """

    # Addresses without a scheme are web addresses today; Django 6 makes https the default.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


def health_badge(health: str) -> SafeString:
    return format_html(
        '<span class="health health-{}" style="color:{};font-weight:bold">&#9679; {}</span>',
        health, HEALTH_COLOURS.get(health, "inherit"), health,
    )


class HealthFilter(admin.SimpleListFilter):
    title = "health"
    parameter_name = "health"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("ok", "ok"), ("failing", "failing"), ("new", "new (never fetched)")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() in HEALTH_QUERIES:
            return queryset.filter(HEALTH_QUERIES[str(self.value())])
        return queryset


@admin.register(Source)
class SourceAdmin(NewsroomAdmin):
    ordering = ["name", "url"]
    list_display = ["__str__", "kind_code", "section", "health", "last_fetched_at", "error_count",
                    "article_count", "is_active"]
    list_filter = [HealthFilter, "kind", "is_active", "is_original", "section"]
    list_select_related = ["section"]
    search_fields = ["name", "url"]
    fieldsets = [
        (None, {"fields": ["url", "kind", "name", "site_url", "section", "column",
                           "is_active", "is_original"]}),
        ("Integrity", {"fields": ["injected_phrases"]}),
        ("Health", {"fields": ["health", "last_fetched_at", "last_success_at", "error_count",
                               "last_error", "interval", "next_fetch_at", "recent_attempts"]}),
        ("Conditional GET", {"classes": ["collapse"],
                             "fields": ["etag", "last_modified", "created_at"]}),
    ]
    readonly_fields = ["health", "etag", "last_modified", "last_fetched_at", "last_success_at",
                       "error_count", "last_error", "created_at", "recent_attempts"]
    actions = ["fetch_now"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return super().get_queryset(request).annotate(
            article_count=Count("articles"), health_rank=HEALTH_ORDER
        )

    @admin.display(description="Kind", ordering="kind")
    def kind_code(self, obj: Source) -> str:
        return obj.kind  # the short code: the long label wraps the column

    @admin.display(description="Health", ordering="health_rank")
    def health(self, obj: Source) -> SafeString:
        return health_badge(obj.health)

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj: Source) -> int:
        return obj.article_count  # type: ignore[attr-defined]

    @admin.display(description="Recent fetches")
    def recent_attempts(self, obj: Source) -> SafeString | str:
        # The latest few only: a source fetched every ten minutes logs 50,000 attempts a year.
        attempts = FetchAttempt.objects.filter(source=obj).order_by("-started_at")[:RECENT]
        rows = format_html_join(
            "", "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            ((date_format(timezone.localtime(a.started_at), "SHORT_DATETIME_FORMAT"),
              a.get_status_display(), a.http_status or "-", "%.2f s" % a.duration,
              a.new_articles, a.error or "") for a in attempts),
        )
        if not rows:
            return "Never fetched."
        return format_html(
            "<table><thead><tr><th>Started</th><th>Status</th><th>HTTP</th><th>Took</th>"
            "<th>New</th><th>Error</th></tr></thead><tbody>{}</tbody></table>", rows,
        )

    @admin.action(description="Fetch now")
    def fetch_now(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        source_ids = list(queryset.values_list("pk", flat=True))
        # Enqueue after the admin's transaction commits, so a worker never sees an old state.
        for source_id in source_ids:
            transaction.on_commit(partial(fetch_source.enqueue, source_id))
        self.message_user(request, "Queued %d sources for fetching." % len(source_ids),
                          messages.SUCCESS)


@admin.register(Section)
class SectionAdmin(NewsroomAdmin):
    ordering = ["position", "name"]
    list_display = ["name", "slug", "position", "article_count"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request: HttpRequest) -> QuerySet[Section]:
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj: Section) -> int:
        return obj.article_count  # type: ignore[attr-defined]


@admin.register(Article)
class ArticleAdmin(NewsroomAdmin):
    list_display = ["title", "byline", "source", "section", "published_at", "findings",
                    "is_featured", "is_pinned", "is_hidden"]
    list_filter = [IntegrityFilter, "section", "source", "is_featured", "is_pinned", "is_hidden"]
    list_editable = ["is_featured", "is_pinned", "is_hidden"]
    list_select_related = ["source", "section"]
    search_fields = ["title", "url", "authors__name"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["authors", "tags", "section", "story"]
    fieldsets = [
        (None, {"fields": ["title", "section", "column", "summary", "published_at"]}),
        ("Byline", {"fields": ["authors", "contributors"]}),
        ("Tags", {"fields": ["tags"]}),
        ("Front page", {"fields": ["is_featured", "is_pinned", "is_hidden", "story"]}),
        ("Integrity", {"fields": ["report"]}),
        ("Body", {"classes": ["collapse"], "fields": ["body"]}),
        ("Ingestion", {"classes": ["collapse"], "fields": [
            "source", "guid", "url", "canonical_url", "original_url", "site_name", "language",
            "image", "content_hash", "fetched_at", "updated_at"]}),
    ]
    # What ingestion recorded is evidence, not editorial copy; the body is stored sanitised
    # HTML, so editing it here would bypass the sanitiser.
    readonly_fields = ["report", "body", "source", "guid", "url", "canonical_url", "original_url",
                       "site_name", "language", "image", "content_hash", "fetched_at",
                       "updated_at"]

    class Media:
        css = {"all": ["newsroom/admin.css"]}

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).prefetch_related("authors")

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Articles come from ingestion, which sets the keys that make it idempotent; a hand-made
        # one would have no source, guid or canonical URL. Editors add a source instead.
        return False

    @admin.display(description="Byline")
    def byline(self, obj: Article) -> str:
        return ", ".join(author.name for author in obj.authors.all())

    @admin.display(description="Findings")
    def findings(self, obj: Article) -> SafeString | str:
        return integrity_badges(obj)

    @admin.display(description="Integrity report")
    def report(self, obj: Article) -> SafeString | str:
        return integrity_report(obj)

    @admin.display(description="Body")
    def body(self, obj: Article) -> SafeString:
        # Stored article HTML went through masthead.pipeline.sanitize at ingestion.
        return mark_safe(obj.html)


@admin.register(Author)
class AuthorAdmin(NewsroomAdmin):
    ordering = ["name"]
    list_display = ["photo_thumbnail", "name", "slug", "article_count"]
    list_display_links = ["name"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "bio", "photo", "photo_preview", "links"]
    readonly_fields = ["photo_preview"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Author]:
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj: Author) -> int:
        return getattr(obj, "article_count", 0)

    @admin.display(description="Photo")
    def photo_thumbnail(self, obj: Author) -> SafeString | str:
        return self._photo(obj, 32)

    @admin.display(description="Preview")
    def photo_preview(self, obj: Author) -> SafeString | str:
        return self._photo(obj, 160) or "No photo."

    @staticmethod
    def _photo(obj: Author, size: int) -> SafeString | str:
        # Only web addresses: a javascript: or data: value must never reach an <img src>.
        if not obj.photo.startswith(("https://", "http://")):
            return ""
        return format_html(
            '<img src="{}" alt="{}" width="{}" loading="lazy" referrerpolicy="no-referrer" '
            'style="max-height:{}px;object-fit:cover">',
            obj.photo, obj.name, size, size,
        )


@admin.register(Tag)
class TagAdmin(NewsroomAdmin):
    ordering = ["name"]
    list_display = ["name", "kind", "slug", "article_count"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["merge_tags"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Tag]:
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj: Tag) -> int:
        return getattr(obj, "article_count", 0)

    @admin.action(description="Merge selected tags into one", permissions=["change", "delete"])
    def merge_tags(self, request: HttpRequest, queryset: QuerySet[Tag]) -> TemplateResponse | None:
        # The most used tag is offered as the one to keep.
        tags = sorted(queryset, key=lambda tag: (-getattr(tag, "article_count", 0), tag.name))
        if len(tags) < 2:
            self.message_user(request, "Select at least two tags to merge.", messages.WARNING)
            return None
        error = ""
        if request.POST.get("post") == "yes":
            target = next((t for t in tags if str(t.pk) == request.POST.get("target")), None)
            if target is not None:
                moved = merge_into(target, [t for t in tags if t.pk != target.pk])
                self.message_user(
                    request,
                    "Merged %d tags into \u201c%s\u201d; %d articles now carry it."
                    % (len(tags) - 1, target.name, moved),
                    messages.SUCCESS,
                )
                return None
            error = "Choose the tag to keep."
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge tags",
            "opts": self.model._meta,
            "tags": tags,
            "error": error,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/newsroom/tag/merge.html", context)


def merge_into(target: Tag, others: list[Tag]) -> int:
    """Move every article of `others` to `target`, delete `others`; returns target's articles.

    Through the ORM's relation API, not bulk writes on the link table: search indexing and page
    caches listen to those signals (m2m_changed, pre_delete).
    """
    with transaction.atomic():
        article_ids = set(
            Article.tags.through.objects.filter(tag__in=others)
            .values_list("article_id", flat=True)
        )
        target.articles.add(*article_ids)
        Tag.objects.filter(pk__in=[tag.pk for tag in others]).delete()
    return target.articles.count()


class StoryArticleInline(admin.TabularInline):
    model = Article
    fields = ["title", "source", "published_at", "is_hidden"]
    readonly_fields = ["title", "source", "published_at"]
    extra = 0
    max_num = 0
    # Deleting a row here would delete the article itself, not take it out of the story.
    can_delete = False
    show_change_link = True
    ordering = ["published_at"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).select_related("source")


@admin.register(Story)
class StoryAdmin(NewsroomAdmin):
    ordering = ["-created_at"]
    list_display = ["title", "created_at", "article_count", "source_count", "outlets"]
    search_fields = ["title"]
    readonly_fields = ["created_at"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [StoryArticleInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Story]:
        return (
            super().get_queryset(request)
            .annotate(article_count=Count("articles", distinct=True),
                      source_count=Count("articles__source", distinct=True))
            .prefetch_related("articles__source")
        )

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj: Story) -> int:
        return getattr(obj, "article_count", 0)

    @admin.display(description="Sources", ordering="source_count")
    def source_count(self, obj: Story) -> int:
        return getattr(obj, "source_count", 0)

    @admin.display(description="Outlets")
    def outlets(self, obj: Story) -> SafeString:
        names = sorted({str(article.source) for article in obj.articles.all()})
        return format_html_join(", ", "{}", ((name,) for name in names))
