"""Minimal reader pages: home, section, article, tag and author.

The full reader site (ranking, reactions, search, feeds) builds on these.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render

from masthead.newsroom.models import Article, Author, Section, Tag

PAGE_SIZE = 20


def visible_articles() -> QuerySet[Article]:
    return (
        Article.objects.filter(is_hidden=False)
        .select_related("section", "source")
        .prefetch_related("authors")
    )


def home(request: HttpRequest) -> HttpResponse:
    articles = visible_articles()
    top = list(articles.order_by("-is_pinned", "-is_featured", "-published_at")[:8])
    blocks = []
    for section in Section.objects.all():
        items = list(articles.filter(section=section)[:5])
        if items:
            blocks.append((section, items))
    return render(request, "site/home.html", {"top": top, "blocks": blocks})


def section(request: HttpRequest, slug: str) -> HttpResponse:
    section = get_object_or_404(Section, slug=slug)
    page = Paginator(visible_articles().filter(section=section), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "site/section.html", {"section": section, "page": page})


def article(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(
        visible_articles().prefetch_related("tags"), slug=slug
    )
    related = (
        visible_articles().filter(section=item.section).exclude(pk=item.pk)[:5]
        if item.section_id else []
    )
    return render(request, "site/article.html", {"article": item, "related": related})


def tag(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(Tag, slug=slug)
    page = Paginator(visible_articles().filter(tags=item), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "site/listing.html", {"heading": item.name, "page": page})


def author(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(Author, slug=slug)
    page = Paginator(visible_articles().filter(authors=item), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "site/listing.html", {"heading": item.name, "bio": item.bio,
                                                 "page": page})


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True, "articles": Article.objects.count()})
