"""Run inside `masthead shell` against the built demo: add the test accounts, print what to visit.

The browser tests never hard-code demo content: they visit what this script finds in the
database the demo built (an article with every reference element, a section long enough to
paginate, a tag, an author), printed as one JSON line.
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth.models import Group, Permission, User
from django.db.models import Count, Q

from masthead.newsroom.models import Article, Section, Source, Story
from tests.browser.support import READER, STAFF


def add_accounts() -> None:
    desk = Group.objects.create(name="Desk")
    desk.permissions.set(Permission.objects.filter(content_type__app_label="newsroom"))
    editor = User.objects.create_user(STAFF[0], password=STAFF[1], is_staff=True)
    editor.groups.add(desk)
    User.objects.create_user(READER[0], password=READER[1])


def lengthen_a_section() -> Section:
    """An editor files the second-largest section's articles under the largest one.

    No demo section fills two pages on its own, and pagination must be seen working.
    """
    sizes = list(
        Section.objects.annotate(n=Count("articles", filter=Q(articles__is_hidden=False,
                                                              articles__copy_of__isnull=True)))
        .order_by("-n", "position")[:2]
    )
    largest, second = sizes
    Article.objects.filter(section=second).update(section=largest)
    return largest


def completeness(article: Article, multi_source_stories: set[int]) -> int:
    authors = list(article.authors.all())
    return sum([
        bool(article.column), bool(article.contributors), bool(list(article.tags.all())),
        any(a.bio for a in authors), bool(authors), article.story_id in multi_source_stories,
        not article.original_url,
    ])


def rarest_title_word(article: Article, titles: list[str]) -> str:
    words = [w.strip(".,:;!?'\"()") for w in article.title.split()]
    candidates = [w for w in words if len(w) >= 5 and w.isalpha()]
    return min(candidates, key=lambda w: (sum(w.lower() in t.lower() for t in titles), -len(w)))


def facts(section: Section) -> dict[str, Any]:
    visible = Article.objects.filter(is_hidden=False).prefetch_related("authors", "tags")
    multi = set(
        Story.objects.filter(articles__copy_of__isnull=True)
        .annotate(n=Count("articles__source", distinct=True))
        .filter(n__gte=2).values_list("pk", flat=True)
    )
    articles = list(visible.order_by("-published_at", "pk"))
    reference = max(articles, key=lambda a: completeness(a, multi))
    author = next(a for a in reference.authors.all() if a.bio)
    tag = reference.tags.all()[0]
    storied = next((a for a in articles if a.story_id in multi and a.copy_of_id is None), None)
    titles = [a.title for a in articles]
    return {
        "article": {
            "slug": reference.slug, "title": reference.title, "column": reference.column,
            "contributors": reference.contributors, "section": reference.section.name
            if reference.section else "", "published_at": reference.published_at.isoformat(),
            "tags": [t.slug for t in reference.tags.all()],
            "authors": [a.slug for a in reference.authors.all()],
        },
        "search": {"query": rarest_title_word(reference, titles), "slug": reference.slug},
        "author": {"slug": author.slug, "name": author.name, "bio": author.bio},
        "tag": {"slug": tag.slug, "name": tag.name},
        "section": {"slug": section.slug, "name": section.name,
                    "count": visible.filter(section=section, copy_of__isnull=True).count()},
        "story_article": None if storied is None else {
            "slug": storied.slug,
            "sources": Source.objects.filter(articles__story_id=storied.story_id,
                                             articles__copy_of__isnull=True)
            .distinct().count(),
        },
        "other_article": next(a.slug for a in articles if a.pk != reference.pk),
        "sources": Source.objects.count(),
        "articles": Article.objects.count(),
    }


def main() -> None:
    add_accounts()
    section = lengthen_a_section()
    print(json.dumps(facts(section)))
