"""One shared article page for every reader; each reader's own parts from the for-you endpoint."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.test import Client
from pytest_django.fixtures import Settings as SettingsWrapper

from masthead.newsroom.models import Article, Tag
from masthead.readers.identity import COOKIE_NAME
from masthead.readers.models import ArticleView, Reaction
from tests.readers import builders
from tests.readers.builders import for_you, module_html, module_links, recommended_html
from tests.site.newsdesk import clear_caches

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[A-Za-z0-9]{64}"')


@pytest.fixture(autouse=True)
def empty_caches() -> Iterator[None]:
    clear_caches()
    yield
    clear_caches()


@dataclass
class Shelf:
    main: Article
    tides: Article  # what Alice reads
    tide_tables: Article  # like it, unread
    cup_final: Article  # what Bob reads
    transfers: Article  # like it, unread


@pytest.fixture
def shelf() -> Shelf:
    courier, gazette = builders.source("Courier"), builders.source("Gazette")
    politics, science, sport = (builders.section(name) for name in ("Politics", "Science", "Sport"))
    tides, football = builders.tag("Tides"), builders.tag("Football")
    shelf = Shelf(
        main=builders.article("Harbour council votes", outlet=courier, in_section=politics,
                              tags=(builders.tag("Lakemoor", Tag.Kind.PLACE),)),
        tides=builders.article("Spring tides", outlet=gazette, in_section=science,
                               tags=(tides,), age=timedelta(days=1)),
        tide_tables=builders.article("Tide tables", outlet=gazette, in_section=science,
                                     tags=(tides,), age=timedelta(days=4)),
        cup_final=builders.article("Cup final", outlet=courier, in_section=sport,
                                   tags=(football,), age=timedelta(days=2)),
        transfers=builders.article("Transfer window", outlet=gazette, in_section=sport,
                                   tags=(football,), age=timedelta(days=5)),
    )
    for number in range(6):  # the latest news, which fill Recommended up
        builders.article("Weather %d" % number, outlet=gazette, age=timedelta(hours=number))
    return shelf


def react(client: Client, item: Article, kind: str) -> None:
    assert client.post("/article/%s/react" % item.slug, {"kind": kind}).status_code == 303


def alice_and_bob(shelf: Shelf) -> tuple[Client, Client]:
    """Two readers with their own histories: reads, and a reaction to the main article."""
    alice, bob = builders.reader_client("10.0.0.1"), builders.reader_client("10.0.0.2")
    alice.get(shelf.tides.get_absolute_url())
    react(alice, shelf.main, "sad")
    bob.get(shelf.cup_final.get_absolute_url())
    react(bob, shelf.main, "insightful")
    assert alice.cookies[COOKIE_NAME].value != bob.cookies[COOKIE_NAME].value
    return alice, bob


@pytest.mark.parametrize("cache_seconds", [60, 0], ids=["page-cache", "no-page-cache"])
def test_readers_get_the_same_page_whatever_their_history(
        shelf: Shelf, settings: SettingsWrapper, cache_seconds: int) -> None:
    # With the page cache off every page is rendered by the view itself, with the reader's
    # cookie: the view, not only the cache, must leave the reader out.
    settings.MASTHEAD = {**settings.MASTHEAD, "MASTHEAD_PAGE_CACHE_SECONDS": cache_seconds}
    alice, bob = alice_and_bob(shelf)
    newcomer = builders.reader_client("10.0.0.3")
    url = shelf.main.get_absolute_url()
    responses = [client.get(url) for client in (alice, bob, newcomer, alice)]
    assert all(response.status_code == 200 for response in responses)
    bodies = [response.content.decode() for response in responses]
    assert all(len(TOKEN.findall(body)) == 1 for body in bodies)
    assert len({TOKEN.sub("TOKEN", body) for body in bodies}) == 1
    assert len({response["ETag"] for response in responses}) == 1
    body = bodies[0]
    assert 'aria-pressed="true"' not in body and "Because you read" not in body
    assert re.search(r'value="sad" aria-pressed="false">sad <span class="count" data-count>1<',
                     body)
    assert "Latest news" in module_html(body, "recommended")
    assert 'data-for-you="/article/%s/for-you"' % shelf.main.slug in body
    assert re.search(r'<script src="/static/site/personal\.js" defer>', body)


def test_for_you_answers_each_reader_with_their_own(shelf: Shelf) -> None:
    alice, bob = alice_and_bob(shelf)
    for _ in range(2):  # asked in turn, and again: nothing of one answer reaches the other
        mine, theirs = for_you(alice, shelf.main), for_you(bob, shelf.main)
        assert mine["reaction"] == "sad" and theirs["reaction"] == "insightful"
        assert set(mine["modules"]) == set(theirs["modules"]) == {"recommended"}
        alices, bobs = mine["modules"]["recommended"], theirs["modules"]["recommended"]
        assert module_links(alices, "recommended")[0] == shelf.tide_tables.get_absolute_url()
        assert "Because you read \u201cSpring tides\u201d" in alices
        assert "Cup final" not in alices and shelf.transfers.get_absolute_url() not in alices
        assert module_links(bobs, "recommended")[0] == shelf.transfers.get_absolute_url()
        assert "Because you read \u201cCup final\u201d" in bobs
        assert "Spring tides" not in bobs and shelf.tide_tables.get_absolute_url() not in bobs
    # A stranger sending Alice's id without its signature is nobody: nothing of hers.
    forger = builders.reader_client("10.0.0.9")
    forger.cookies[COOKIE_NAME] = Reaction.objects.get(kind="sad").reader
    assert for_you(forger, shelf.main) == {"reaction": None, "modules": {}}
    assert for_you(builders.reader_client("10.0.0.8"), shelf.main) == {"reaction": None,
                                                                       "modules": {}}


def test_the_modules_html_is_the_sites_own_escaped_rendering(shelf: Shelf) -> None:
    Article.objects.filter(pk=shelf.tide_tables.pk).update(
        title='Tides <script>alert("x")</script> & "more"')
    alice = builders.reader_client()
    alice.get(shelf.tides.get_absolute_url())
    html = recommended_html(alice, shelf.main)
    assert "<script" not in html
    assert "Tides &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;more&quot;" in html
    assert html.count("<section") == 1 and html.rstrip().endswith("</section>")


def test_for_you_is_not_a_read_issues_no_cookie_and_costs_nothing_without_a_reader(
        shelf: Shelf, django_assert_num_queries: object) -> None:
    url = "/article/%s/for-you" % shelf.main.slug
    newcomer = builders.reader_client()
    first = newcomer.get(url)
    assert first.status_code == 200 and COOKIE_NAME not in first.cookies
    with django_assert_num_queries(0):  # type: ignore[operator]
        assert newcomer.get(url).json() == {"reaction": None, "modules": {}}
    assert not ArticleView.objects.exists()
    reader = builders.reader_client("10.0.0.2")
    reader.get(shelf.tides.get_absolute_url())
    views = ArticleView.objects.count()
    answer = reader.get(url)
    assert answer.status_code == 200 and answer.json()["modules"]
    assert COOKIE_NAME not in answer.cookies
    assert ArticleView.objects.count() == views
    assert answer["Cache-Control"] == "private, no-store"


def test_for_you_of_a_missing_or_hidden_article(shelf: Shelf) -> None:
    reader = builders.reader_client()
    reader.get(shelf.tides.get_absolute_url())
    newcomer = builders.reader_client("10.0.0.2")
    for client in (reader, newcomer):
        assert client.get("/article/no-such-article/for-you").status_code == 404
        assert client.get("/article/%s/for-you" % shelf.main.slug).status_code == 200
    shelf.main.is_hidden = True
    shelf.main.save()  # as the admin does; the save bumps the site's version
    for client in (reader, newcomer):
        assert client.get("/article/%s/for-you" % shelf.main.slug).status_code == 404
    assert reader.post("/article/%s/for-you" % shelf.tides.slug).status_code == 405
