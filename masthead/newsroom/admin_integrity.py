"""The integrity report in the editors' admin: a filter, a list column and the full report.

What the review found (`Article.integrity`, see `pipeline.review`) is evidence for editors:
the phrases removed from what readers see, the title before cleaning, copy errors left in
the text for a human to judge, and the original an article copies.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from masthead.newsroom.models import Article

COPY_ERROR_LABELS = {
    "doubled_word": "Doubled word",
    "misspelling": "Likely misspelling",
    "section_mismatch": "Section may not fit the story",
}


class IntegrityFilter(admin.SimpleListFilter):
    title = "integrity"
    parameter_name = "integrity"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [
            ("injected", "Injected spam removed"),
            ("copy_errors", "Any copy error"),
            ("doubled_word", "Doubled words"),
            ("misspelling", "Likely misspellings"),
            ("section_mismatch", "Section may not fit"),
            ("copies", "Copies of another article"),
            ("clean", "No findings"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        value = self.value()
        if value == "injected":
            return queryset.filter(injected_count__gt=0)
        if value == "copy_errors":
            return queryset.filter(copy_error_count__gt=0)
        if value in COPY_ERROR_LABELS:
            return queryset.filter(copy_error_kinds__contains=value)
        if value == "copies":
            return queryset.filter(copy_of__isnull=False)
        if value == "clean":
            return queryset.filter(
                Q(injected_count=0) & Q(copy_error_count=0) & Q(copy_of__isnull=True)
            )
        return queryset


def integrity_badges(article: Article) -> SafeString | str:
    """A short list column: how many injections, copy errors, and whether it is a copy."""
    badges = []
    if article.injected_count:
        badges.append(("mh-badge mh-bad", "spam \u00d7%d" % article.injected_count))
    if article.copy_error_count:
        badges.append(("mh-badge mh-warn", "copy \u00d7%d" % article.copy_error_count))
    if article.copy_of_id:
        badges.append(("mh-badge mh-info", "copy of #%d" % article.copy_of_id))
    if not badges:
        return "\u2014"
    return format_html_join(" ", '<span class="{}">{}</span>', badges)


def integrity_report(article: Article) -> SafeString | str:
    """The whole report, readable: every line escaped (it quotes third-party text)."""
    report = article.integrity or {}
    parts: list[SafeString] = []
    if report.get("original_title"):
        parts.append(format_html("<p><strong>Title as published:</strong> {}</p>",
                                 report["original_title"]))
    injected = report.get("injected") or []
    if injected:
        parts.append(format_html(
            "<p><strong>Injected phrases removed</strong></p><ul>{}</ul>",
            format_html_join("", "<li>\u201c{}\u201d in the {}, {} time(s)</li>",
                             ((item.get("phrase", ""), item.get("where", ""),
                               item.get("count", 0)) for item in injected)),
        ))
    errors = report.get("copy_errors") or []
    if errors:
        parts.append(format_html(
            "<p><strong>Copy errors</strong> (left in the text for an editor to judge)</p>"
            "<ul>{}</ul>",
            format_html_join("", "<li>{}: \u201c{}\u201d \u2192 \u201c{}\u201d</li>",
                             ((COPY_ERROR_LABELS.get(item.get("kind", ""), item.get("kind", "")),
                               item.get("text", ""), item.get("suggestion", ""))
                              for item in errors)),
        ))
    if article.copy_of_id:
        parts.append(format_html(
            '<p><strong>Copy of:</strong> <a href="{}">article #{}</a></p>',
            reverse("admin:newsroom_article_change", args=[article.copy_of_id]),
            article.copy_of_id,
        ))
    if not parts:
        return "Nothing found."
    return format_html_join("", "{}", ((part,) for part in parts))


__all__ = ["IntegrityFilter", "integrity_badges", "integrity_report"]
