"""Counting reads for Ranking: people once per window; bots, prefetches and HEAD never."""

from __future__ import annotations

import time

import pytest
from django.test import RequestFactory
from pytest_django.fixtures import Settings as SettingsWrapper

from masthead.newsroom.models import Article
from masthead.readers.identity import COOKIE_NAME, Reader
from masthead.readers.models import ArticleView
from masthead.readers.reads import record_view
from tests.readers import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def item() -> Article:
    return builders.article("Tide barrier", outlet=builders.source("Courier"))


@pytest.mark.parametrize("agent", [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Sogou web spider/4.0",
    "curl/8.5.0",
    "python-httpx/0.28.1",
    "",
])
def test_bots_and_tools_are_not_counted(item: Article, agent: str) -> None:
    response = builders.reader_client(agent=agent).get(item.get_absolute_url())
    assert response.status_code == 200
    assert not ArticleView.objects.exists()
    assert COOKIE_NAME not in response.cookies  # no reader id for a crawler


def test_headless_chromium_is_a_reader(item: Article) -> None:
    response = builders.reader_client(agent=builders.HEADLESS_CHROME).get(
        item.get_absolute_url())
    assert ArticleView.objects.filter(article=item).count() == 1
    assert COOKIE_NAME in response.cookies


def test_bot_patterns_are_a_setting(item: Article, settings: SettingsWrapper) -> None:
    settings.MASTHEAD = {**settings.MASTHEAD, "MASTHEAD_BOT_USER_AGENTS": ["firefox"]}
    builders.reader_client().get(item.get_absolute_url())
    assert not ArticleView.objects.exists()


@pytest.mark.parametrize("header", [
    {"HTTP_SEC_PURPOSE": "prefetch"},
    {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
    {"HTTP_PURPOSE": "prefetch"},
    {"HTTP_X_MOZ": "prefetch"},
])
def test_prefetches_are_not_counted(item: Article, header: dict[str, str]) -> None:
    assert builders.reader_client().get(item.get_absolute_url(), **header).status_code == 200
    assert not ArticleView.objects.exists()


def test_head_requests_are_not_counted(item: Article) -> None:
    assert builders.reader_client().head(item.get_absolute_url()).status_code == 200
    assert not ArticleView.objects.exists()


def test_repeated_reads_count_once(item: Article) -> None:
    reader = builders.reader_client()
    for _ in range(3):
        reader.get(item.get_absolute_url())
    views = list(ArticleView.objects.all())
    assert len(views) == 1
    assert views[0].reader == reader.cookies[COOKIE_NAME].value.split(":")[0]
    builders.reader_client("10.0.0.2").get(item.get_absolute_url())
    assert ArticleView.objects.count() == 2


def test_reloading_without_cookies_counts_once(item: Article) -> None:
    # A script that drops cookies is a new reader on every request; its address and
    # User-Agent still identify it within the window.
    for _ in range(3):
        builders.reader_client("10.0.0.3").get(item.get_absolute_url())
    assert ArticleView.objects.count() == 1


def test_a_read_counts_again_after_the_window(item: Article, settings: SettingsWrapper) -> None:
    settings.MASTHEAD = {**settings.MASTHEAD, "MASTHEAD_VIEW_WINDOW": 1}
    reader = builders.reader_client()
    reader.get(item.get_absolute_url())
    reader.get(item.get_absolute_url())
    assert ArticleView.objects.count() == 1
    time.sleep(1.2)
    reader.get(item.get_absolute_url())
    assert ArticleView.objects.count() == 2


def test_counting_a_read_is_one_insert(item: Article, django_assert_num_queries: object) -> None:
    request = RequestFactory().get("/", HTTP_USER_AGENT=builders.BROWSER)
    with django_assert_num_queries(1):  # type: ignore[operator]
        assert record_view(request, item.pk, Reader("a" * 32))
    with django_assert_num_queries(0):  # type: ignore[operator]
        assert not record_view(request, item.pk, Reader("a" * 32))
