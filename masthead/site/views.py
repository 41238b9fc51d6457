"""Reader pages: home, section, article, story, source, tag and author.

Listings show originals only: a copy (another outlet's text lifted) is reached through its
story's page, beside the original, and the front page shows one card per story.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.paginator import Paginator
from django.db.models import F, QuerySet, Window
from django.db.models.functions import RowNumber
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_safe

from masthead.newsroom.models import Article, Author, Section, Source, Story, Tag
from masthead.readers.identity import ensure_reader, existing_reader, remember_reader
from masthead.readers.reactions import reaction_buttons, reaction_counts, reader_reaction
from masthead.readers.reads import counts_as_read, record_view
from masthead.readers.share import share_links
from masthead.site import modules
from masthead.site.caching import (
    SITE,
    article_scope,
    fragment_key,
    versions,
    visible_article_id,
)

PAGE_SIZE = 20


def visible_articles() -> QuerySet[Article]:
    return (
        Article.objects.filter(is_hidden=False)
        .select_related("section", "source")
        .prefetch_related("authors")
    )


def listed_articles() -> QuerySet[Article]:
    """What listings show: visible originals."""
    return visible_articles().filter(copy_of__isnull=True)


def top_stories(articles: QuerySet[Article], count: int = 8) -> list[Article]:
    """The leading article of each of the top `count` stories (pinned, featured, newest)."""
    ordered = articles.order_by("-is_pinned", "-is_featured", "-published_at", "-id")
    chosen: list[Article] = []
    seen: set[int] = set()
    # Outlets reporting one event crowd the newest articles: read a few pages of candidates.
    for item in ordered[: count * 4]:
        key = item.story_id or -item.pk
        if key not in seen:
            seen.add(key)
            chosen.append(item)
            if len(chosen) == count:
                break
    return chosen


def home(request: HttpRequest) -> HttpResponse:
    articles = listed_articles()
    return render(request, "site/home.html",
                  {"top": top_stories(articles), "blocks": section_blocks(articles)})


def section_blocks(articles: QuerySet[Article],
                   per_section: int = 5) -> list[tuple[Section, list[Article]]]:
    """Each section with its newest articles, in one query however many sections there are."""
    newest_first = [F("published_at").desc(), F("id").desc()]
    ranked = articles.filter(section__isnull=False).annotate(
        rank=Window(RowNumber(), partition_by=F("section_id"), order_by=newest_first)
    ).filter(rank__lte=per_section)
    by_section: dict[int, list[Article]] = defaultdict(list)
    for item in sorted(ranked, key=lambda item: (item.published_at, item.pk), reverse=True):
        by_section[item.section_id].append(item)  # type: ignore[index]
    return [(section, by_section[section.pk]) for section in Section.objects.all()
            if by_section[section.pk]]


def section(request: HttpRequest, slug: str) -> HttpResponse:
    section = get_object_or_404(Section, slug=slug)
    page = Paginator(listed_articles().filter(section=section), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "site/section.html", {"section": section, "page": page})


def article(request: HttpRequest, slug: str) -> HttpResponse:
    """The article page, the same for every reader (see `article_for_you` for their own parts).

    It is cached and shared whether or not the request carries a reader cookie
    (masthead.site.caching), so nothing here may depend on who reads: the reaction buttons show
    the counts with none pressed, and the personal modules their fallback for a new reader.
    """
    item = get_object_or_404(
        visible_articles().select_related("story", "copy_of").prefetch_related("tags"),
        slug=slug
    )
    # A reader id is issued only to people reading (bots and prefetches get no cookie); the
    # route's on_hit does the same on a cached page.
    if counts_as_read(request):
        record_view(request, item.pk, ensure_reader(request))
    shared = article_shared_context(request, item)
    context = {"article": item, **shared,
               "reaction_buttons": reaction_buttons(shared["reaction_counts"], None)}
    response = render(request, "site/article.html", context)
    remember_reader(request, response)
    return response


def article_shared_context(request: HttpRequest, item: Article) -> dict[str, Any]:
    """What every reader of the article sees: share links, counts, other outlets, modules."""
    url = request.build_absolute_uri(item.get_absolute_url())
    return {
        "share_url": url,
        "share_links": share_links(url, item.title),
        "reaction_counts": reaction_counts(item.pk),
        **_shared_discovery(item),
    }


def _shared_discovery(item: Article) -> dict[str, Any]:
    """The other outlets' count and the modules as a new reader sees them, kept per process.

    Pages are cached, but a session (staff) gets its page rendered every time: these parts cost
    most of a render. They follow the site's and the article's versions, and Ranking may be as
    old as a cached page (MASTHEAD_PAGE_CACHE_SECONDS).
    """
    seconds = settings.MASTHEAD["MASTHEAD_PAGE_CACHE_SECONDS"]
    key = _discovery_key(item)
    local = caches["pages"]
    found: dict[str, Any] | None = local.get(key) if seconds else None
    if found is not None:
        return found
    also_reported = 0
    if item.story_id:
        # Copies are not reporting: a scraper lifting the text is not another source.
        also_reported = (Article.objects.filter(story_id=item.story_id, is_hidden=False,
                                                copy_of__isnull=True)
                         .exclude(source_id=item.source_id)
                         .values("source_id").distinct().count())
    shared_modules = modules.render_modules(item, personal=False)
    listed = modules.listed_ids(shared_modules)
    found = {
        "also_reported": also_reported,
        "shared_modules": shared_modules,
        # The personal modules as a reader with nothing stored gets them: the page is complete
        # without scripts, and the for-you answer replaces them for a reader with a history.
        "personal_modules": modules.render_modules(item, None, personal=True, avoid=listed),
    }
    if seconds:
        local.set(key, found, seconds)
        # Shared with every process: their for-you answers avoid what this page lists.
        caches["default"].set(key + ":listed", sorted(listed), seconds)
    return found


def _discovery_key(item: Article) -> str:
    return fragment_key("article-discovery", item.pk, scopes=(SITE, article_scope(item.slug)))


def _listed_on_page(item: Article) -> set[int]:
    """The articles the page's shared modules list, which the reader's own modules avoid.

    The page's render left them in the shared cache: a process answering for-you for an article
    whose page it never rendered (the page came from the cache) reads them rather than compute
    the shared modules again, and avoids exactly what the page shows.
    """
    key = _discovery_key(item)
    found: dict[str, Any] | None = caches["pages"].get(key)
    if found is not None:
        return modules.listed_ids(found["shared_modules"])
    listed: list[int] | None = caches["default"].get(key + ":listed")
    if listed is not None:
        return set(listed)
    return modules.listed_ids(_shared_discovery(item)["shared_modules"])


@require_safe
def article_for_you(request: HttpRequest, slug: str) -> JsonResponse:
    """One reader's own parts of an article page, as JSON for the page's script (personal.js).

    `reaction`: the kind this reader chose, or null. `modules`: key -> the HTML of each personal
    module rendered for this reader (the same template as on the page); empty when the page's
    fallback is already theirs. Never stored anywhere, never counted as a read, and it issues no
    reader id: only a reader with a valid cookie costs queries.
    """
    reader = existing_reader(request)
    if reader is None:
        # Hiding an article bumps the site's version; an article version is not created for
        # whatever slug a client makes up.
        if visible_article_id(slug, versions(SITE)) is None:
            raise Http404("No such article.")
        return _private(JsonResponse({"reaction": None, "modules": {}}))
    # The modules need the article's keys, not its body or reports.
    body_fields = ("text", "html", "summary", "integrity", "story_terms")
    item = get_object_or_404(Article.objects.filter(is_hidden=False).defer(*body_fields),
                             slug=slug)
    personal = modules.render_modules(item, reader.id, personal=True,
                                      avoid=_listed_on_page(item))
    return _private(JsonResponse({
        "reaction": reader_reaction(item.pk, reader.id),
        "modules": {module.key: render_to_string(module.template_name, {"module": module})
                    for module in personal},
    }))


def _private(response: JsonResponse) -> JsonResponse:
    # One reader's answer: no cache anywhere may keep it (nor hand it to another reader).
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ("Cookie",))
    return response


def story(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(Story, slug=slug)
    versions = list(
        visible_articles().filter(story=item).order_by("published_at", "id")
    )
    if not versions:
        raise Http404("No visible version of this story.")
    sources = {version.source_id for version in versions}
    return render(request, "site/story.html",
                  {"story": item, "versions": versions, "source_count": len(sources)})


def source(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Source, pk=pk)
    page = Paginator(visible_articles().filter(source=item), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "site/source.html", {"source": item, "page": page})


def tag(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(Tag, slug=slug)
    page = Paginator(listed_articles().filter(tags=item), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "site/listing.html", {"heading": item.name, "tag": item, "page": page})


def author(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(Author, slug=slug)
    page = Paginator(listed_articles().filter(authors=item), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "site/listing.html", {"heading": item.name, "bio": item.bio,
                                                 "page": page})


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True, "articles": Article.objects.count()})
