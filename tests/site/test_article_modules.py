"""The article page's discovery modules, share links, "also reported", story and source pages.

The page is the same for every reader: Recommended on it is what a new reader gets. A reader's
own Recommended comes from the for-you endpoint (`builders.recommended_html`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.newsroom.models import Article, Author, Source, Tag
from masthead.readers.models import ArticleView
from masthead.site import modules
from masthead.site.caching import bump_site_version
from tests.readers import builders
from tests.readers.builders import module_html, module_links, recommended_html

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_caches() -> Iterator[None]:
    """Read windows, rate limits and cached pages: every test starts afresh."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@dataclass
class Desk:
    courier: Source
    herald: Source
    gazette: Source
    main: Article
    both_tags: Article
    same_place: Article
    same_section: Article
    unrelated: Article
    other_outlet: Article


@pytest.fixture
def desk() -> Desk:
    courier, herald, gazette = (builders.source(name) for name in ("Courier", "Herald", "Gazette"))
    politics, science, sport = (builders.section(name) for name in ("Politics", "Science", "Sport"))
    lakemoor = builders.tag("Lakemoor", Tag.Kind.PLACE)
    elections = builders.tag("Elections")
    vote = builders.story("Harbour council vote")
    main = builders.article("Harbour council votes", outlet=courier, in_section=politics,
                            tags=(lakemoor, elections), in_story=vote)
    return Desk(
        courier, herald, gazette, main,
        both_tags=builders.article("Lakemoor election lab", outlet=courier, in_section=science,
                                   tags=(lakemoor, elections), age=timedelta(days=3)),
        same_place=builders.article("Lakemoor mayor", outlet=courier, in_section=politics,
                                    tags=(lakemoor,), age=timedelta(days=2)),
        same_section=builders.article("Budget talks", outlet=courier, in_section=politics,
                                      age=timedelta(days=1)),
        unrelated=builders.article("Cup final", outlet=courier, in_section=sport,
                                   tags=(builders.tag("Football"),)),
        other_outlet=builders.article("Council vote in Lakemoor", outlet=herald,
                                      in_section=politics, tags=(lakemoor, elections),
                                      in_story=vote),
    )


def page(client: Client, item: Article) -> str:
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_related_prefers_shared_tags_and_leaves_out_the_same_story(desk: Desk) -> None:
    body = page(builders.reader_client(), desk.main)
    assert module_links(body, "related") == [
        desk.both_tags.get_absolute_url(),     # a place and a topic, other section
        desk.same_place.get_absolute_url(),    # the place and the section
        desk.same_section.get_absolute_url(),  # the section only
    ]
    assert "Also about Elections, Lakemoor" in module_html(body, "related")


def test_ranking_follows_counted_reads(desk: Desk) -> None:
    reads = {desk.same_section: 3, desk.unrelated: 2, desk.same_place: 1}
    address = 0
    for item, count in reads.items():
        for _ in range(count):
            address += 1
            builders.reader_client("10.1.0.%d" % address).get(item.get_absolute_url())
            # A bot and a reload never move the ranking.
            builders.reader_client("10.2.0.1", agent="Googlebot/2.1").get(item.get_absolute_url())
    assert ArticleView.objects.count() == 6
    # Seen from a page with nothing related, so the whole ranking shows.
    loner = builders.article("Weather", outlet=desk.gazette)
    body = page(builders.reader_client(agent="Googlebot/2.1"), loner)
    assert module_links(body, "ranking") == [
        item.get_absolute_url() for item in (desk.same_section, desk.unrelated, desk.same_place)]
    ranking = module_html(body, "ranking")
    assert "3 reads this week" in ranking and "1 read this week" in ranking
    # Where Related lists some of them, Most read leaves those out rather than repeat them.
    body = page(builders.reader_client(agent="Googlebot/2.1"), desk.main)
    assert module_links(body, "ranking") == [desk.unrelated.get_absolute_url()]


def test_ranking_decays_with_time(desk: Desk) -> None:
    now = timezone.now()
    for number in range(4):
        ArticleView.objects.create(article=desk.unrelated, reader="old%d" % number,
                                   viewed_at=now - timedelta(days=6))
    for number in range(9):  # older than the ranking's week: not counted at all
        ArticleView.objects.create(article=desk.same_place, reader="stale%d" % number,
                                   viewed_at=now - timedelta(days=8))
    for number in range(2):
        ArticleView.objects.create(article=desk.same_section, reader="new%d" % number)
    loner = builders.article("Weather", outlet=desk.gazette)
    links = module_links(page(builders.reader_client(), loner), "ranking")
    # Two fresh reads beat four from six days ago; nine from last month count for nothing.
    assert links == [desk.same_section.get_absolute_url(), desk.unrelated.get_absolute_url()]


def test_no_article_is_linked_twice_by_the_modules(desk: Desk) -> None:
    extra = [builders.article("Lakemoor note %d" % number, outlet=desk.gazette,
                              in_section=builders.section("Politics"),
                              tags=(builders.tag("Lakemoor"),)) for number in range(6)]
    reader = builders.reader_client()
    for item in (desk.same_place, extra[0], desk.unrelated):
        page(reader, item)
    body = page(reader, desk.main)
    shared = [link for key in ("related", "ranking") for link in module_links(body, key)]
    mine = recommended_html(reader, desk.main)
    caches["pages"].clear()  # another process, which never rendered the page, answers too
    for recommended in (module_html(body, "recommended"), mine,
                        recommended_html(reader, desk.main)):
        links = shared + module_links(recommended, "recommended")
        assert len(links) == len(set(links)) >= 8


def test_a_new_site_ranks_the_latest_articles(desk: Desk) -> None:
    body = page(builders.reader_client(), desk.main)
    # No reads yet: the latest story Related does not list; the other outlet's version of this
    # story is left out (it is behind "Also reported by").
    assert module_links(body, "ranking") == [desk.unrelated.get_absolute_url()]
    assert ">New<" in module_html(body, "ranking")


def test_recommended_follows_the_readers_reads(desk: Desk) -> None:
    science = builders.section("Science")
    tides = builders.tag("Tides")
    read = builders.article("Spring tides", outlet=desk.gazette, in_section=science,
                            tags=(tides,), age=timedelta(days=1))
    same_story = builders.article("Spring tides again", outlet=desk.herald, in_section=science,
                                  tags=(tides,), in_story=builders.story("Spring tides"))
    Article.objects.filter(pk=read.pk).update(story=same_story.story)
    unread = builders.article("Tide tables", outlet=desk.gazette, in_section=science,
                              tags=(tides,), age=timedelta(days=4))
    reader = builders.reader_client()
    page(reader, read)
    body = page(reader, desk.main)
    assert "Because you read" not in body  # the page is everybody's; their own parts are not
    mine = recommended_html(reader, desk.main)
    links = module_links(mine, "recommended")
    assert links[0] == unread.get_absolute_url()
    assert read.get_absolute_url() not in links            # already read
    assert same_story.get_absolute_url() not in links      # the same story from another outlet
    assert desk.main.get_absolute_url() not in links       # the page itself
    assert "Because you read \u201cSpring tides\u201d" in mine
    # The same markup as the page's section, so the script can swap one for the other.
    assert mine.startswith('<section data-module="recommended" '
                           'aria-labelledby="module-recommended-heading" class="module">')
    assert 'id="module-recommended-heading">Recommended for you</h2>' in mine


def test_recommended_learns_from_reactions(desk: Desk) -> None:
    # Someone else's read gives Most read its own list (not the latest articles).
    builders.reader_client("10.5.5.5").get(
        builders.article("Weather", outlet=desk.gazette).get_absolute_url())
    reader = builders.reader_client()
    reader.post("/article/%s/react" % desk.unrelated.slug, {"kind": "very_good"})
    football = builders.article("Transfer window", outlet=desk.gazette,
                                tags=(builders.tag("Football"),), age=timedelta(days=9))
    mine = recommended_html(reader, desk.main)
    assert module_links(mine, "recommended")[0] == football.get_absolute_url()
    assert "Because you read \u201cCup final\u201d" in mine


def test_a_new_reader_gets_the_latest_news_not_listed_yet(desk: Desk) -> None:
    weather = [builders.article("Weather %d" % number, outlet=desk.gazette,
                                age=timedelta(hours=number + 1)) for number in range(8)]
    reader = builders.reader_client()
    body = page(reader, desk.main)
    listed = module_links(body, "related") + module_links(body, "ranking")
    links = module_links(body, "recommended")
    assert links == [item.get_absolute_url() for item in weather
                     if item.get_absolute_url() not in listed][:5]
    assert len(links) == 4 and not set(links) & set(listed)
    assert "Latest news" in module_html(body, "recommended")
    # Asked for their own: having read only this article, the reader gets the same list; a
    # client without a reader cookie is told the page's list is already theirs.
    mine = recommended_html(reader, desk.main)
    assert module_links(mine, "recommended") == links and "Latest news" in mine
    assert builders.for_you(builders.reader_client(agent="curl/8"), desk.main) == {
        "reaction": None, "modules": {}}


class NothingModule(modules.DiscoveryModule):
    key = "nothing"
    title = "Nothing here"

    def items(self, article: Article, reader: str | None,
              limit: int) -> list[modules.Suggestion]:
        return []


def test_an_empty_module_says_so(desk: Desk) -> None:
    modules.register(NothingModule)
    try:
        body = page(builders.reader_client(), desk.unrelated)
    finally:
        modules.unregister("nothing")
        bump_site_version()
    assert "Nothing to suggest yet." in module_html(body, "nothing")


class LatestFromOutletModule(modules.DiscoveryModule):
    key = "outlet"
    title = "More from this outlet"

    def items(self, article: Article, reader: str | None,
              limit: int) -> list[modules.Suggestion]:
        found = modules.listed_articles().filter(source_id=article.source_id).exclude(
            pk=article.pk)[:limit]
        return [modules.Suggestion(item) for item in found]

    def explain(self, item: modules.Suggestion) -> str:
        return "From %s" % item.article.site_name


def test_a_registered_module_is_rendered(desk: Desk) -> None:
    modules.register(LatestFromOutletModule)
    try:
        body = page(builders.reader_client(), desk.main)
    finally:
        modules.unregister("outlet")
        # The registry is code: a real site restarts to change it, which a new version mimics.
        bump_site_version()
    assert 'id="module-outlet-heading">More from this outlet</h2>' in body
    assert desk.same_section.get_absolute_url() in module_links(body, "outlet")
    assert "From Courier" in module_html(body, "outlet")
    assert 'data-module="outlet"' not in page(builders.reader_client(), desk.main)


def test_article_page_and_for_you_queries_stay_flat(
        desk: Desk, django_assert_max_num_queries: object) -> None:
    """A returning reader with reads and reactions: the worst case, and it does not grow."""
    def read_and_react(reader: Client, items: list[Article]) -> None:
        for item in items:
            page(reader, item)
            reader.post("/article/%s/react" % item.slug, {"kind": "insightful"})

    def queries_for_the_page(reader: Client) -> int:
        # Rendered afresh (not from the page cache), the shared modules computed too.
        for cache in caches.all():
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            body = page(reader, desk.main)
        for key in ("related", "ranking", "recommended"):
            assert module_links(body, key)
        return len(captured)

    def queries_for_the_readers_parts(reader: Client) -> int:
        for cache in caches.all():  # the shared modules' list, which Recommended avoids, too
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            answer = builders.for_you(reader, desk.main)
        assert module_links(answer["modules"]["recommended"], "recommended")
        assert answer["reaction"] == "insightful"
        return len(captured)

    author = Author.objects.create(name="Odile Brandt", slug="odile-brandt", bio="Harbour desk.")
    desk.main.authors.add(author)
    football = builders.tag("Football")
    for title in ("Transfer window", "Derby preview"):  # Recommended's own picks
        builders.article(title, outlet=desk.gazette, tags=(football,), age=timedelta(days=5))
    builders.article("Weather", outlet=desk.gazette)  # and one to fill its list up
    reader = builders.reader_client()
    read_and_react(reader, [desk.both_tags, desk.same_place, desk.unrelated, desk.main])
    for cache in caches.all():
        cache.clear()
    with django_assert_max_num_queries(11):  # type: ignore[operator]
        page(reader, desk.main)
    # The reader's parts: the article, their reaction, Recommended's seeds with their tags, its
    # picks with the tags they match, the fill-up. What the page's shared modules list (which
    # Recommended avoids) the page's render left in the caches, for every process ...
    with django_assert_max_num_queries(8):  # type: ignore[operator]
        builders.for_you(reader, desk.main)
    caches["pages"].clear()  # ... this one's and the shared one
    with django_assert_max_num_queries(8):  # type: ignore[operator]
        builders.for_you(reader, desk.main)
    for cache in caches.all():  # without them, the shared modules are computed again
        cache.clear()
    with django_assert_max_num_queries(14):  # type: ignore[operator]
        builders.for_you(reader, desk.main)
    few, few_for_you = queries_for_the_page(reader), queries_for_the_readers_parts(reader)

    more_tags = [builders.tag("Topic %d" % number) for number in range(6)]
    more = [builders.article("More %d" % number, outlet=desk.gazette, tags=tuple(more_tags),
                             in_section=desk.main.section, age=timedelta(hours=number))
            for number in range(12)]
    desk.main.tags.add(*more_tags)
    desk.main.authors.add(Author.objects.create(name="Tomas Reyes", slug="tomas-reyes"))
    read_and_react(reader, more[:8])
    # The fill-up queries may not even be needed.
    assert queries_for_the_page(reader) <= few
    assert queries_for_the_readers_parts(reader) <= few_for_you


def test_share_links_and_reactions_markup(desk: Desk) -> None:
    body = page(builders.reader_client(), desk.main)
    url = "http://testserver" + desk.main.get_absolute_url()
    assert '<nav class="share" aria-label="Share this article">' in body
    expected = {
        "x": "https://x.com/intent/tweet?url=%s" % quote(url, safe=""),
        "facebook": "https://www.facebook.com/sharer/sharer.php?u=%s" % quote(url, safe=""),
        "linkedin": "https://www.linkedin.com/sharing/share-offsite/?url=%s" % quote(url, safe=""),
        "email": "mailto:?subject=Harbour%20council%20votes&amp;body=" + quote(url, safe=""),
    }
    for key, start in expected.items():
        link = re.search(r'<a data-share="%s" href="([^"]+)"' % key, body)
        assert link and link[1].startswith(start), key
    assert '<button type="button" data-share="copy"' in body and ">Copy link</button>" in body
    assert 'href="%s" data-share-fallback' % url in body
    form = re.search(r'<form class="reactions" id="reactions" method="post" action="([^"]+)"',
                     body)
    assert form and form[1] == "/article/%s/react" % desk.main.slug
    assert 'name="csrfmiddlewaretoken"' in body
    assert ('<button type="submit" name="kind" value="very_good" aria-pressed="false">very good! '
            '<span class="count" data-count>0</span></button>') in body
    assert "/static/site/reactions.js" in body


def test_also_reported_links_to_the_story_page(desk: Desk) -> None:
    third = builders.article("Lakemoor votes", outlet=desk.gazette, in_story=desk.main.story)
    again = builders.article("Vote, second take", outlet=desk.herald, in_story=desk.main.story)
    body = page(builders.reader_client(), desk.main)
    story_url = "/story/%s/" % desk.main.story.slug  # type: ignore[union-attr]
    assert ('<p class="also-reported"><a href="%s">Also reported by 2 sources</a></p>'
            % story_url) in body
    third.is_hidden = True
    third.save()
    assert "Also reported by 1 source<" in page(builders.reader_client(), desk.main)
    story = builders.reader_client().get(story_url).content.decode()
    for item in (desk.main, desk.other_outlet, again):
        assert item.get_absolute_url() in story
    assert third.get_absolute_url() not in story
    assert 'href="/source/%d/"' % desk.herald.pk in story
    assert "Reported by 2 sources in 3 versions." in story


def test_copies_are_marked_on_the_story_page_and_never_suggested(desk: Desk) -> None:
    scraper = builders.source("Scraper")
    copy = builders.article("Zentrix Markets|Lakemoor mayor", outlet=scraper,
                            in_section=builders.section("Politics"),
                            tags=tuple(desk.same_place.tags.all()))
    copy.copy_of = desk.same_place
    copy.story = builders.story("Lakemoor mayor")
    copy.save()
    desk.same_place.story = copy.story
    desk.same_place.save()
    body = page(builders.reader_client(), desk.main)
    for key in ("related", "ranking", "recommended"):
        assert copy.get_absolute_url() not in module_links(body, key)
    assert desk.same_place.get_absolute_url() in module_links(body, "related")
    story = builders.reader_client().get("/story/%s/" % copy.story.slug).content.decode()
    marked = re.findall(r'<li class="version">.*?</li>', story, re.S)
    assert len(marked) == 2
    assert [('class="copy-mark"' in version, copy.get_absolute_url() in version)
            for version in marked] == [(False, False), (True, True)]


def test_no_other_source_no_line(desk: Desk) -> None:
    assert "also-reported" not in page(builders.reader_client(), desk.same_place)
    desk.other_outlet.source = desk.courier
    desk.other_outlet.save()
    assert "also-reported" not in page(builders.reader_client(), desk.main)


def test_source_page_lists_its_articles_paginated(desk: Desk) -> None:
    for number in range(21):
        builders.article("Herald brief %d" % number, outlet=desk.herald,
                         age=timedelta(hours=number + 1))
    client = builders.reader_client()
    first = client.get("/source/%d/" % desk.herald.pk).content.decode()
    assert "<h1>Herald</h1>" in first and "Page 1 of 2" in first
    assert "Council vote in Lakemoor" in first and "Herald brief 0<" in first
    second = client.get("/source/%d/?page=2" % desk.herald.pk).content.decode()
    assert "Herald brief 20<" in second and "Cup final" not in second
    assert client.get("/source/999999/").status_code == 404
    assert client.get("/story/no-such-story/").status_code == 404


def test_a_module_links_one_version_of_a_story(desk: Desk) -> None:
    from masthead.newsroom.models import Story

    story = Story.objects.create(title="One event", slug="one-event-modules")
    versions = [builders.article("Version %d" % number, outlet=desk.gazette,
                                 tags=tuple(desk.main.tags.all()))
                for number in range(3)]
    Article.objects.filter(pk__in=[v.pk for v in versions]).update(story=story)
    body = page(builders.reader_client(), desk.main)
    for key in ("related", "ranking", "recommended"):
        linked = {link for link in module_links(body, key)
                  if link in {v.get_absolute_url() for v in versions}}
        assert len(linked) <= 1, (key, linked)
