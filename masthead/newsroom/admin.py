"""The editors' admin: sources with health, articles, authors, tags, sections, stories."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

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


class FetchAttemptInline(admin.TabularInline):
    model = FetchAttempt
    extra = 0
    max_num = 0
    can_delete = False
    ordering = ["-started_at"]
    readonly_fields = ["started_at", "status", "http_status", "duration", "bytes",
                       "new_articles", "updated_articles", "error"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[FetchAttempt]:
        return super().get_queryset(request).order_by("-started_at")


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "section", "health", "error_count", "last_fetched_at",
                    "next_fetch_at", "is_active"]
    list_filter = ["kind", "is_active", "section"]
    search_fields = ["name", "url"]
    readonly_fields = ["etag", "last_modified", "last_fetched_at", "last_success_at",
                       "error_count", "last_error", "created_at"]
    inlines = [FetchAttemptInline]
    actions = ["fetch_now"]

    @admin.display(description="Health")
    def health(self, obj: Source) -> str:
        return obj.health

    @admin.action(description="Fetch now")
    def fetch_now(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        for source in queryset:
            fetch_source.enqueue(source.pk)
        self.message_user(request, "Queued %d sources." % queryset.count(), messages.SUCCESS)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "source", "section", "published_at", "is_featured", "is_pinned",
                    "is_hidden"]
    list_filter = ["section", "source", "is_featured", "is_pinned", "is_hidden"]
    list_editable = ["is_featured", "is_pinned", "is_hidden"]
    search_fields = ["title", "url"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["authors", "tags"]
    list_select_related = ["source", "section"]


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "created_at"]
    search_fields = ["title"]
