"""The search page: form, results markup, escaping, filters, pages and query counts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from masthead.newsroom.models import Article

pytestmark = pytest.mark.django_db

MakeArticle = Callable[..., Article]
BODY = "The weekly market opened early while the wind came in from the bay. " * 3


def result_titles(html: str) -> list[str]:
    listing = html.split('<ol class="results"', 1)[1].split("</ol>", 1)[0]
    return [re.sub("<[^>]+>", "", title) for title in re.findall(r"<h2><a [^>]+>(.*?)</a>",
                                                                   listing)]


def test_every_page_has_the_header_search_form(client: Client) -> None:
    html = client.get("/").content.decode()
    assert '<form role="search" action="/search" method="get"' in html
    assert '<input id="site-search-q" name="q" type="search"' in html
    assert '<label for="site-search-q"' in html


def test_an_empty_query_shows_a_friendly_page(client: Client) -> None:
    response = client.get("/search")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<form role="search" action="/search" method="get"') == 2
    assert '<label for="search-q">Search for</label>' in html
    assert 'type="search" name="q"' in html and 'type="date" name="from"' in html
    assert "finds the phrase" in html and 'class="results"' not in html
    assert '<meta name="robots" content="noindex">' in html


def test_a_query_of_only_syntax_says_so(client: Client) -> None:
    html = client.get("/search", {"q": '"((( -- *'}).content.decode()
    assert 'class="result-count"' in html and "has no words to look for" in html


def test_results_markup_ranking_and_highlights(client: Client,
                                               make_article: MakeArticle) -> None:
    make_article("Weather and tides", BODY + "A ferry was late on Tuesday. " + BODY)
    ferry = make_article("Ferry service returns", BODY)
    html = client.get("/search", {"q": "ferry"}).content.decode()
    assert '<p class="result-count" role="status">2 results for &ldquo;ferry&rdquo;</p>' in html
    assert result_titles(html) == ["Ferry service returns", "Weather and tides"]
    assert '<a href="%s"><mark>Ferry</mark> service returns</a>' % ferry.get_absolute_url() in html
    assert "A <mark>ferry</mark> was late on Tuesday." in html
    assert '<time datetime="2025-04-09T12:00:00+00:00">' in html
    assert 'value="ferry"' in html  # the form keeps the words


def test_stored_text_is_never_trusted_as_html(client: Client,
                                              make_article: MakeArticle) -> None:
    make_article('<img src=x onerror="alert(1)"> Quay news',
                 '<script>alert("x")</script> quay \x02evil\x03 <b>bold</b>')
    html = client.get("/search", {"q": "quay"}).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold" not in html
    assert "<mark>quay</mark>" in html
    if connection.vendor == "sqlite":
        # (PostgreSQL's ts_headline leaves out what its parser reads as markup tags.)
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>quay</mark>" in html
    assert "<mark>evil</mark>" not in html
    html = client.get("/search", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)" not in html


def test_filters_in_the_url(client: Client, make_article: MakeArticle) -> None:
    make_article("Tidal power in politics", section="politics", day=3, tags=("Energy",))
    make_article("Tidal power in science", section="science", source="ledger", day=9)
    source_id = Article.objects.get(title__endswith="science").source_id
    assert result_titles(client.get("/search?q=tidal&section=science").content.decode()) == [
        "Tidal power in science"
    ]
    assert result_titles(client.get("/search?q=tidal&tag=energy").content.decode()) == [
        "Tidal power in politics"
    ]
    html = client.get("/search?q=tidal&source=%d" % source_id).content.decode()
    assert result_titles(html) == ["Tidal power in science"]
    assert '<option value="%d" selected>Ledger</option>' % source_id in html
    html = client.get("/search?q=tidal&from=2025-04-01&to=2025-04-05").content.decode()
    assert result_titles(html) == ["Tidal power in politics"]
    assert 'value="2025-04-01"' in html


def test_bad_filters_are_reported_not_applied(client: Client,
                                              make_article: MakeArticle) -> None:
    make_article("Tidal power", section="politics")
    response = client.get("/search", {"q": "tidal", "from": "2025-13-45", "to": "2025-04-30",
                                      "source": "abc", "section": "nowhere", "page": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid date." in html and "Select a valid choice." in html
    assert result_titles(html) == ["Tidal power"]
    html = client.get("/search?q=tidal&from=2025-05-01&to=2025-04-01").content.decode()
    assert "The end date is before the start date." in html
    html = client.get("/search?q=tidal&from=0001-01-01&to=9999-12-31").content.decode()
    assert result_titles(html) == ["Tidal power"]


def test_pages_keep_the_query_and_filters(client: Client, make_article: MakeArticle) -> None:
    for number in range(23):
        make_article("Lighthouse report %d" % number, BODY, day=1 + number)
    first = client.get("/search?q=lighthouse&section=politics").content.decode()
    assert "23 results for &ldquo;lighthouse&rdquo;, 1&ndash;20 shown" in first
    assert len(result_titles(first)) == 20
    assert 'href="?q=lighthouse&amp;section=politics&amp;page=2"' in first
    second = client.get("/search?q=lighthouse&section=politics&page=2").content.decode()
    assert len(result_titles(second)) == 3 and '<ol class="results" start="21">' in second
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    last = client.get("/search?q=lighthouse&page=99").content.decode()
    assert result_titles(last) == result_titles(second)


def test_query_count_does_not_grow_with_results(client: Client, make_article: MakeArticle,
                                                django_assert_max_num_queries: Any,
                                                django_assert_num_queries: Any) -> None:
    make_article("Beacon lit", BODY, tags=("Coast",), authors=("Odile Brandt",))
    client.get("/search?q=beacon")  # warm the tag-choice cache, as a running site has it
    with django_assert_max_num_queries(7) as one:
        html = client.get("/search?q=beacon&tag=coast").content.decode()
    assert len(result_titles(html)) == 1
    for number in range(30):
        make_article("Beacon %d" % number, BODY, tags=("Coast",), authors=("Odile Brandt",))
    with django_assert_num_queries(len(one.captured_queries)):
        html = client.get("/search?q=beacon&tag=coast").content.decode()
    assert len(result_titles(html)) == 20


@pytest.mark.parametrize("words", ['"', "(((", "-", "*", "AND OR NOT", "\x00", "🚀 中文",
                                   "%s %", "'; --", "harbour:*", "x" * 5000])
def test_hostile_queries_render(client: Client, make_article: MakeArticle, words: str) -> None:
    make_article("Harbour council votes", BODY)
    response = client.get("/search", {"q": words, "section": words, "tag": words})
    assert response.status_code == 200
    assert '<form role="search"' in response.content.decode()
