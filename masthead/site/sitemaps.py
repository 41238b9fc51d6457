"""The sitemaps (django.contrib.sitemaps): `/sitemap.xml` is an index of one sitemap per kind.

Articles (every visible one, newest first, with lastmod), then sections, tags and authors that
have a visible article. A kind with more than `limit` URLs is split into pages (`?p=2`), each
listed in the index, so the index form is used from the start and crawlers never see the
layout change as the site grows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from masthead.newsroom.models import Article, Author, Section, Tag


class ArticleSitemap(Sitemap):  # type: ignore[type-arg]
    limit = 5000
    changefreq = "daily"

    def items(self) -> QuerySet[Article]:
        return (Article.objects.filter(is_hidden=False).only("slug", "updated_at")
                .order_by("-published_at", "-id"))

    def lastmod(self, item: Article) -> datetime:
        return item.updated_at

    def get_latest_lastmod(self) -> datetime | None:
        # The default walks every item; one aggregate query gives the same answer.
        latest: datetime | None = self.items().aggregate(latest=Max("updated_at"))["latest"]
        return latest


class _ListingSitemap(Sitemap):  # type: ignore[type-arg]
    """Pages listing articles: lastmod is their newest visible article's."""

    model: Any
    changefreq = "hourly"

    def items(self) -> QuerySet[Any]:
        visible = Q(articles__is_hidden=False)
        return (self.model.objects.filter(visible)
                .annotate(lastmod=Max("articles__updated_at", filter=visible))
                .order_by("slug"))

    def lastmod(self, item: Any) -> datetime | None:
        return item.lastmod  # type: ignore[no-any-return]

    def get_latest_lastmod(self) -> datetime | None:
        latest: datetime | None = (
            self.model.objects.filter(articles__is_hidden=False)
            .aggregate(latest=Max("articles__updated_at"))["latest"]
        )
        return latest


class SectionSitemap(_ListingSitemap):
    model = Section


class TagSitemap(_ListingSitemap):
    model = Tag


class AuthorSitemap(_ListingSitemap):
    model = Author


SITEMAPS: dict[str, type[Sitemap]] = {  # type: ignore[type-arg]
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
}


def robots_txt(request: HttpRequest) -> HttpResponse:
    """robots.txt: everything may be crawled; the sitemap index says where the pages are."""
    sitemap = request.build_absolute_uri(reverse("site:sitemap"))
    return HttpResponse("User-agent: *\nAllow: /\n\nSitemap: %s\n" % sitemap,
                        content_type="text/plain; charset=utf-8")
