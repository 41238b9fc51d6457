"""Reactions: one per reader and article, CSRF-protected, rate-limited, with and without JS."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import Client
from pytest_django.fixtures import Settings as SettingsWrapper

from masthead.newsroom.models import Article
from masthead.readers.identity import COOKIE_NAME
from masthead.readers.models import Reaction
from tests.readers import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def item() -> Article:
    outlet = builders.source("Courier")
    return builders.article("Harbour vote", outlet=outlet, in_section=builders.section("Politics"))


def react_url(item: Article) -> str:
    return "/article/%s/react" % item.slug


def counts_on_page(client: Client, item: Article) -> dict[str, tuple[int, str]]:
    """kind -> (count shown, aria-pressed) as the reader sees the buttons: the shared page's
    counts, none pressed, then pressed as the page's script does from the for-you answer."""
    body = client.get(item.get_absolute_url()).content.decode()
    found = re.findall(r'<button type="submit" name="kind" value="(\w+)" aria-pressed="(\w+)">'
                       r'[^<]*<span class="count" data-count>(\d+)</span></button>', body)
    assert len(found) == 3 and all(pressed == "false" for _, pressed, _ in found)
    mine = builders.for_you(client, item)["reaction"]
    return {kind: (int(count), "true" if kind == mine else "false") for kind, _, count in found}


def limit_rates(settings: SettingsWrapper, **rates: tuple[int, int]) -> None:
    settings.MASTHEAD = {**settings.MASTHEAD, **rates}


def test_a_reader_counts_once_per_article(item: Article) -> None:
    reader = builders.reader_client()
    first = reader.post(react_url(item), {"kind": "very_good"})
    second = reader.post(react_url(item), {"kind": "very_good"})
    assert first.status_code == second.status_code == 303
    assert first["Location"] == "/article/%s/#reactions" % item.slug
    assert Reaction.objects.filter(article=item).count() == 1
    shown = counts_on_page(reader, item)
    assert shown["very_good"] == (1, "true")
    assert shown["sad"] == (0, "false")


def test_another_kind_switches_the_readers_reaction(item: Article) -> None:
    reader = builders.reader_client()
    reader.post(react_url(item), {"kind": "very_good"})
    reader.post(react_url(item), {"kind": "sad"})
    shown = counts_on_page(reader, item)
    assert shown["very_good"] == (0, "false")
    assert shown["sad"] == (1, "true")


def test_different_readers_count_separately(item: Article) -> None:
    for number in range(3):
        builders.reader_client("10.0.0.%d" % number).post(react_url(item), {"kind": "insightful"})
    shown = counts_on_page(builders.reader_client("10.0.9.9"), item)
    assert shown["insightful"] == (3, "false")


def test_the_reader_cookie_is_signed_httponly_and_lax(item: Article) -> None:
    reader = builders.reader_client()
    response = reader.post(react_url(item), {"kind": "sad"})
    cookie = response.cookies[COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and not cookie["secure"]
    assert ":" in cookie.value  # signed
    # The cookie is issued once: later responses carry no Set-Cookie for it.
    assert COOKIE_NAME not in reader.post(react_url(item), {"kind": "sad"}).cookies
    secure = builders.reader_client().post(react_url(item), {"kind": "sad"}, secure=True)
    assert secure.cookies[COOKIE_NAME]["secure"]


def test_a_forged_cookie_is_not_another_reader(item: Article) -> None:
    victim = builders.reader_client()
    victim.post(react_url(item), {"kind": "sad"})
    reader_id = Reaction.objects.get().reader
    forger = builders.reader_client("10.0.0.2")
    forger.cookies[COOKIE_NAME] = reader_id  # the id without a valid signature
    forger.post(react_url(item), {"kind": "very_good"})
    assert sorted(Reaction.objects.values_list("kind", flat=True)) == ["sad", "very_good"]


def test_csrf_is_enforced(item: Article) -> None:
    reader = builders.reader_client(enforce_csrf_checks=True)
    assert reader.post(react_url(item), {"kind": "sad"}).status_code == 403
    assert not Reaction.objects.exists()
    page = reader.get(item.get_absolute_url()).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    response = reader.post(react_url(item), {"kind": "sad", "csrfmiddlewaretoken": token[1]})
    assert response.status_code == 303
    assert Reaction.objects.filter(kind="sad").count() == 1


def test_json_answer_for_scripts(item: Article) -> None:
    builders.reader_client("10.0.0.7").post(react_url(item), {"kind": "insightful"})
    reader = builders.reader_client()
    response = reader.post(react_url(item), {"kind": "very_good"},
                           HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"counts": {"very_good": 1, "insightful": 1, "sad": 0},
                               "mine": "very_good"}
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_form_posts_from_browsers_get_a_redirect(item: Article) -> None:
    browser_accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = builders.reader_client().post(react_url(item), {"kind": "sad"},
                                             HTTP_ACCEPT=browser_accept)
    assert response.status_code == 303


def test_unknown_kind_is_refused(item: Article) -> None:
    reader = builders.reader_client()
    page = reader.post(react_url(item), {"kind": "angry"})
    assert page.status_code == 400
    assert "not one we know" in page.content.decode()
    assert reader.post(react_url(item), {}, HTTP_ACCEPT="application/json").json()["error"]
    assert not Reaction.objects.exists()


def test_too_many_reactions_from_one_reader(item: Article, settings: SettingsWrapper) -> None:
    limit_rates(settings, MASTHEAD_REACTION_RATE=(2, 60))
    reader = builders.reader_client()
    assert [reader.post(react_url(item), {"kind": kind}).status_code
            for kind in ("sad", "insightful")] == [303, 303]
    refused = reader.post(react_url(item), {"kind": "very_good"})
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "faster than we can count" in refused.content.decode()
    scripted = reader.post(react_url(item), {"kind": "very_good"}, HTTP_ACCEPT="application/json")
    assert scripted.status_code == 429 and "Please wait" in scripted.json()["error"]
    assert Reaction.objects.get().kind == "insightful"
    # Another reader is not held back by this one.
    assert builders.reader_client("10.0.0.2").post(react_url(item),
                                                   {"kind": "sad"}).status_code == 303


def test_too_many_reactions_from_one_address(item: Article, settings: SettingsWrapper) -> None:
    # A client refusing cookies is a new reader every time; its address still counts.
    limit_rates(settings, MASTHEAD_REACTION_IP_RATE=(3, 60))
    statuses = [builders.reader_client("10.0.0.5").post(react_url(item), {"kind": "sad"})
                .status_code for _ in range(4)]
    assert statuses == [303, 303, 303, 429]
    assert Reaction.objects.count() == 3


def test_default_rates_are_declared() -> None:
    assert settings.MASTHEAD["MASTHEAD_REACTION_RATE"] == (10, 60)
    assert settings.MASTHEAD["MASTHEAD_REACTION_IP_RATE"] == (60, 60)


def test_get_and_hidden_articles(item: Article) -> None:
    reader = builders.reader_client()
    response = reader.get(react_url(item))
    assert response.status_code == 302 and response["Location"].endswith("#reactions")
    assert not Reaction.objects.exists()
    Article.objects.filter(pk=item.pk).update(is_hidden=True)
    assert reader.post(react_url(item), {"kind": "sad"}).status_code == 404
    assert reader.post("/article/no-such-article/react", {"kind": "sad"}).status_code == 404
