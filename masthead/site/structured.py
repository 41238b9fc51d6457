"""Metadata for machines on an article page: OpenGraph, Twitter cards and schema.org JSON-LD.

Built in Python so every value is computed once and the JSON-LD is serialised by `json.dumps`,
never assembled in a template: `<`, `>` and `&` are written as \\u003c, \\u003e and \\u0026, so
no title or summary can close the `<script>` element it sits in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from masthead.newsroom.models import Article

DESCRIPTION_CHARS = 300
# Google shows at most 110 characters of a NewsArticle headline.
HEADLINE_CHARS = 110

_JSON_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    # Line and paragraph separators end a line in older JavaScript parsers.
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def json_ld(data: dict[str, Any]) -> SafeString:
    """`data` as JSON safe to place between <script type="application/ld+json"> tags."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 (escaped above)


@dataclass(frozen=True)
class Person:
    name: str
    url: str


@dataclass(frozen=True)
class ArticleMeta:
    """Everything the head of an article page says about it, as absolute URLs and plain text."""

    url: str
    title: str
    description: str
    image: str
    site_name: str
    published: str
    modified: str
    section: str
    tags: list[str]
    authors: list[Person]
    news_article: SafeString
    breadcrumbs: SafeString
    twitter_card: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "twitter_card",
                           "summary_large_image" if self.image else "summary")


def description_of(article: Article) -> str:
    text = article.summary or article.text
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_CHARS)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _modified(article: Article) -> datetime:
    return max(article.updated_at, article.published_at)


def news_article(article: Article, request: HttpRequest) -> dict[str, Any]:
    """schema.org NewsArticle for `article` (authors, section and tags prefetched)."""
    url = request.build_absolute_uri(article.get_absolute_url())
    authors: list[dict[str, str]] = [
        {"@type": "Person", "name": author.name,
         "url": request.build_absolute_uri(author.get_absolute_url())}
        for author in article.authors.all()
    ]
    if not authors:
        # No byline: the outlet that published it stands as the author.
        authors = [{"@type": "Organization", "name": article.site_name or str(article.source)}]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": Truncator(article.title).chars(HEADLINE_CHARS),
        "description": description_of(article),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": _iso(article.published_at),
        "dateModified": _iso(_modified(article)),
        "author": authors,
        "publisher": {
            "@type": "Organization",
            "name": settings.MASTHEAD_SITE_NAME,
            "url": request.build_absolute_uri(reverse("site:home")),
        },
    }
    if article.section is not None:
        data["articleSection"] = article.section.name
    keywords = [tag.name for tag in article.tags.all()]
    if keywords:
        data["keywords"] = keywords
    if article.image:
        data["image"] = [article.image]
    if article.language:
        data["inLanguage"] = article.language
    if article.original_url:
        data["isBasedOn"] = article.original_url
    return data


def breadcrumb_list(article: Article, request: HttpRequest) -> dict[str, Any]:
    """schema.org BreadcrumbList: Home > Section > the article, as the page's breadcrumb."""
    trail = [("Home", reverse("site:home"))]
    if article.section is not None:
        trail.append((article.section.name, article.section.get_absolute_url()))
    trail.append((article.title, article.get_absolute_url()))
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name,
             "item": request.build_absolute_uri(path)}
            for position, (name, path) in enumerate(trail, start=1)
        ],
    }


def article_meta(article: Article, request: HttpRequest) -> ArticleMeta:
    # A copy's canonical page is its original's: search engines should index the original.
    canonical = article.copy_of if article.copy_of_id and article.copy_of else article
    return ArticleMeta(
        url=request.build_absolute_uri(canonical.get_absolute_url()),
        title=article.title,
        description=description_of(article),
        image=article.image,
        site_name=settings.MASTHEAD_SITE_NAME,
        published=_iso(article.published_at),
        modified=_iso(_modified(article)),
        section=article.section.name if article.section is not None else "",
        tags=[tag.name for tag in article.tags.all()],
        authors=[Person(author.name, request.build_absolute_uri(author.get_absolute_url()))
                 for author in article.authors.all()],
        news_article=json_ld(news_article(article, request)),
        breadcrumbs=json_ld(breadcrumb_list(article, request)),
    )
