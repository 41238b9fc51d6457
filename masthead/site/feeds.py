"""Outbound RSS 2.0 and Atom feeds: the whole site, one section, one tag.

Built on django.contrib.syndication. Items are the newest visible articles; the description is
the article's plain-text summary, escaped (feed readers treat it as HTML, so markup in a summary
shows as text and never runs). Authors are named, tags become categories.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.html import escape
from django.utils.text import Truncator

from masthead.newsroom.models import Article, Section, Tag
from masthead.site.views import listed_articles

FEED_ITEMS = 30


def feed_articles() -> QuerySet[Article]:
    return listed_articles().prefetch_related("tags").order_by("-published_at", "-id")


class SiteFeed(Feed):  # type: ignore[type-arg]
    """Every visible article, newest first."""

    feed_type: type[SyndicationFeed] = Rss201rev2Feed
    feed_name = "rss"
    request: HttpRequest

    @classmethod
    def as_view(cls) -> Callable[..., HttpResponse]:
        """A view making one feed object per request, so the request it keeps is its own."""

        def view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            return cls()(request, *args, **kwargs)  # type: ignore[no-any-return]

        view.__name__ = cls.__name__
        return view

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        self.request = request
        return None

    def title(self, obj: Any) -> str:
        return str(settings.MASTHEAD_SITE_NAME)

    def description(self, obj: Any) -> str:
        return "The latest stories on %s." % settings.MASTHEAD_SITE_NAME

    def link(self, obj: Any) -> str:
        return reverse("site:home")

    def feed_url(self, obj: Any) -> str:
        return reverse("site:feed-%s" % self.feed_name)

    def items(self, obj: Any) -> QuerySet[Article]:
        return feed_articles()[:FEED_ITEMS]

    def item_title(self, item: Article) -> str:
        # Feed readers render titles as HTML, so the text is escaped once more (as Django does).
        return escape(item.title)

    def item_description(self, item: Article) -> str:
        text = item.summary or Truncator(item.text).words(60)
        return escape(text)

    def item_link(self, item: Article) -> str:
        return item.get_absolute_url()

    def item_author_name(self, item: Article) -> str | None:
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_author_link(self, item: Article) -> str | None:
        authors = list(item.authors.all())
        if len(authors) != 1:
            return None
        return self.request.build_absolute_uri(authors[0].get_absolute_url())

    def item_categories(self, item: Article) -> list[str]:
        return [tag.name for tag in item.tags.all()]

    def item_pubdate(self, item: Article) -> datetime:
        return item.published_at

    def item_updateddate(self, item: Article) -> datetime:
        return max(item.updated_at, item.published_at)


class _AtomFeed(SiteFeed):
    """The Atom form of a feed. Atom titles are text (type="text"), so they are not escaped."""

    feed_type = Atom1Feed
    feed_name = "atom"

    def subtitle(self, obj: Any) -> str:
        return self.description(obj)

    def item_title(self, item: Article) -> str:
        return item.title


class SiteAtomFeed(_AtomFeed):
    pass


class SectionFeed(SiteFeed):
    """The newest visible articles of one section (404 for an unknown slug)."""

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Section:
        self.request = request
        return get_object_or_404(Section, slug=kwargs["slug"])

    def title(self, obj: Section) -> str:
        return "%s: %s" % (settings.MASTHEAD_SITE_NAME, obj.name)

    def description(self, obj: Section) -> str:
        return obj.description or "The latest %s stories on %s." % (
            obj.name, settings.MASTHEAD_SITE_NAME)

    def link(self, obj: Section) -> str:
        return obj.get_absolute_url()

    def feed_url(self, obj: Section) -> str:
        return reverse("site:section-%s" % self.feed_name, args=[obj.slug])

    def items(self, obj: Section) -> QuerySet[Article]:
        return feed_articles().filter(section=obj)[:FEED_ITEMS]


class SectionAtomFeed(_AtomFeed, SectionFeed):
    pass


class TagFeed(SiteFeed):
    """The newest visible articles with one tag (404 for an unknown slug)."""

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Tag:
        self.request = request
        return get_object_or_404(Tag, slug=kwargs["slug"])

    def title(self, obj: Tag) -> str:
        return "%s: %s" % (settings.MASTHEAD_SITE_NAME, obj.name)

    def description(self, obj: Tag) -> str:
        return "The latest stories about %s on %s." % (obj.name, settings.MASTHEAD_SITE_NAME)

    def link(self, obj: Tag) -> str:
        return obj.get_absolute_url()

    def feed_url(self, obj: Tag) -> str:
        return reverse("site:tag-%s" % self.feed_name, args=[obj.slug])

    def items(self, obj: Tag) -> QuerySet[Article]:
        return feed_articles().filter(tags=obj)[:FEED_ITEMS]


class TagAtomFeed(_AtomFeed, TagFeed):
    pass
