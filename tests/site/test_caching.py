"""Reader-page caching: what is shared, what never is, and that every change shows at once."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest
from django.db import transaction
from django.test import Client
from django.utils.http import http_date

from masthead.newsroom.models import Article
from masthead.readers.models import ArticleView
from masthead.site import caching
from tests.site import caching_urls
from tests.site.newsdesk import BROWSER, Desk, build_desk, empty_caches

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_caches")]
__all__ = ["empty_caches"]

BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


@pytest.fixture
def desk() -> Desk:
    return build_desk()


@pytest.fixture
def renders() -> list[str]:
    caching_urls.renders.clear()
    return caching_urls.renders


def crawler() -> Client:
    return Client(HTTP_USER_AGENT=BOT)


def reader(address: str = "10.0.0.1", **options: object) -> Client:
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=address, **options)  # type: ignore[arg-type]


# The article page, end to end ------------------------------------------------------------------


def test_a_cached_page_costs_no_query(desk: Desk,
                                      django_assert_num_queries: object) -> None:
    item = desk.articles[0]
    first = crawler().get(item.get_absolute_url())
    assert first.status_code == 200
    with django_assert_num_queries(0):  # type: ignore[operator]
        again = crawler().get(item.get_absolute_url())
    assert again.status_code == 200
    assert again["ETag"] == first["ETag"]
    assert again["Last-Modified"] == first["Last-Modified"]
    assert again["Cache-Control"] == "private, no-cache" and again["Vary"] == "Cookie"


def test_an_edit_shows_at_once(desk: Desk) -> None:
    item = desk.articles[0]
    before = crawler().get(item.get_absolute_url())
    home_before = crawler().get("/").content.decode()
    assert "Harbour story 5" in home_before
    item.title = "Harbour council resigns"
    item.save()
    after = crawler().get(item.get_absolute_url())
    assert "<h1>Harbour council resigns</h1>" in after.content.decode()
    assert after["ETag"] != before["ETag"]
    assert "Harbour council resigns" in crawler().get("/").content.decode()
    # A browser holding the old version revalidates and gets the new one.
    revalidated = crawler().get(item.get_absolute_url(), HTTP_IF_NONE_MATCH=before["ETag"])
    assert revalidated.status_code == 200


def test_related_objects_and_hiding_invalidate_too(desk: Desk) -> None:
    item = desk.articles[0]
    crawler().get(item.get_absolute_url())
    desk.lakemoor.name = "Lakemoor Bay"
    desk.lakemoor.save()
    assert "Lakemoor Bay" in crawler().get(item.get_absolute_url()).content.decode()
    item.tags.remove(desk.lakemoor)
    assert 'href="/tag/lakemoor/"' not in crawler().get(item.get_absolute_url()).content.decode()
    item.is_hidden = True
    item.save()
    assert crawler().get(item.get_absolute_url()).status_code == 404


def test_bulk_updates_call_bump_site_version(desk: Desk) -> None:
    item = desk.articles[0]
    crawler().get(item.get_absolute_url())
    Article.objects.filter(pk=item.pk).update(title="Quietly renamed")  # sends no signal
    caching.bump_site_version()
    assert "Quietly renamed" in crawler().get(item.get_absolute_url()).content.decode()


def test_unchanged_pages_answer_304(desk: Desk) -> None:
    item = desk.articles[0]
    first = crawler().get(item.get_absolute_url())
    by_etag = crawler().get(item.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_etag.status_code == 304 and by_etag.content == b""
    assert by_etag["ETag"] == first["ETag"]
    by_date = crawler().get(item.get_absolute_url(),
                            HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 304
    older = crawler().get(item.get_absolute_url(), HTTP_IF_MODIFIED_SINCE=http_date(0))
    assert older.status_code == 200
    listing = crawler().get("/section/politics/")
    assert crawler().get("/section/politics/",
                         HTTP_IF_NONE_MATCH=listing["ETag"]).status_code == 304


def test_a_returning_reader_gets_the_shared_page(desk: Desk,
                                                django_assert_num_queries: object) -> None:
    item = desk.articles[0]
    alice = reader()
    alice.get(item.get_absolute_url())
    assert "mh_reader" in alice.cookies
    alice.post(item.get_absolute_url() + "react", {"kind": "sad"})
    mine = alice.get(item.get_absolute_url())  # the reaction made a new version: rendered
    alice.get(item.get_absolute_url())  # a hit: the process looks the article's id up once
    with django_assert_num_queries(0):  # type: ignore[operator]
        again = alice.get(item.get_absolute_url())  # stored, and a repeat read in the window
    assert again["ETag"] == mine["ETag"]
    assert TOKEN.sub("", again.content.decode()) == TOKEN.sub("", mine.content.decode())
    assert "mh_reader" not in again.cookies
    assert alice.get(item.get_absolute_url(),
                     HTTP_IF_NONE_MATCH=mine["ETag"]).status_code == 304
    # The page Alice got is everybody's: her button is pressed by her page's script only.
    other = crawler().get(item.get_absolute_url())
    assert other["ETag"] == mine["ETag"]
    assert 'aria-pressed="true"' not in mine.content.decode()
    assert re.search(r'value="sad" aria-pressed="false">sad <span class="count" data-count>1<',
                     other.content.decode())
    assert alice.get(item.get_absolute_url() + "for-you").json()["reaction"] == "sad"


def test_a_returning_reader_served_from_the_cache_is_counted(desk: Desk) -> None:
    first, second = desk.articles[:2]
    alice = reader("10.0.2.9")
    alice.get(first.get_absolute_url())
    reader_id = alice.cookies["mh_reader"].value.split(":")[0]
    crawler().get(second.get_absolute_url())  # stored
    response = alice.get(second.get_absolute_url())
    assert response.status_code == 200 and "mh_reader" not in response.cookies
    assert list(ArticleView.objects.filter(reader=reader_id).order_by("id")
                .values_list("article_id", flat=True)) == [first.pk, second.pk]


def test_a_reaction_updates_the_cached_count(desk: Desk) -> None:
    item = desk.articles[0]
    assert "data-count>0<" in crawler().get(item.get_absolute_url()).content.decode()
    for number in range(2):
        reader("10.0.1.%d" % number).post(item.get_absolute_url() + "react",
                                          {"kind": "very_good"})
    body = crawler().get(item.get_absolute_url()).content.decode()
    assert re.search(r'value="very_good" aria-pressed="false">[^<]*<span class="count" '
                     r'data-count>2<', body)


def test_a_new_reader_served_from_the_cache_is_still_counted(desk: Desk) -> None:
    item = desk.articles[0]
    crawler().get(item.get_absolute_url())  # stored; bots are never counted
    assert ArticleView.objects.count() == 0
    first = reader("10.0.2.1")
    response = first.get(item.get_absolute_url())
    assert response.status_code == 200 and "mh_reader" in response.cookies
    assert ArticleView.objects.filter(article=item).count() == 1
    second = reader("10.0.2.2").get(item.get_absolute_url())
    assert "mh_reader" in second.cookies
    assert second.cookies["mh_reader"].value != response.cookies["mh_reader"].value
    assert ArticleView.objects.filter(article=item).count() == 2
    # Reloading (now with a cookie) is a repeat: still two reads.
    first.get(item.get_absolute_url())
    assert ArticleView.objects.filter(article=item).count() == 2


def test_every_reader_gets_a_csrf_token_of_their_own(desk: Desk) -> None:
    item = desk.articles[0]
    pages = [reader("10.0.3.%d" % n, enforce_csrf_checks=True) for n in range(3)]
    tokens = []
    for client in pages:
        response = client.get(item.get_absolute_url())
        assert b"\x00" not in response.content
        tokens.append(TOKEN.findall(response.content.decode()))
    assert all(len(found) == 1 for found in tokens)
    assert len({found[0] for found in tokens}) == 3
    assert len({client.cookies["csrftoken"].value for client in pages}) == 3
    # Each token works with its own cookie, and with no one else's.
    react = item.get_absolute_url() + "react"
    stranger = pages[1].post(react, {"kind": "sad", "csrfmiddlewaretoken": tokens[0][0]})
    assert stranger.status_code == 403
    for client, found in zip(pages, tokens, strict=True):
        posted = client.post(react, {"kind": "sad", "csrfmiddlewaretoken": found[0]})
        assert posted.status_code == 303


# The mechanism, on a view that shows what it was given --------------------------------------


@pytest.mark.urls("tests.site.caching_urls")
def test_personal_parts_are_never_shared(renders: list[str]) -> None:
    anonymous = Client()
    assert "Hello nobody" in anonymous.get("/whoami").content.decode()
    assert "Hello nobody" in Client().get("/whoami").content.decode()
    assert renders == ["nobody"]  # the second came from the cache
    alice = Client()
    alice.cookies["who"] = "alice"
    assert "Hello alice" in alice.get("/whoami").content.decode()
    assert "Hello alice" in alice.get("/whoami").content.decode()
    assert renders == ["nobody", "alice", "alice"]  # rendered for her each time, never stored
    assert "Hello nobody" in Client().get("/whoami").content.decode()
    assert renders == ["nobody", "alice", "alice"]
    # The reader cookie (read by no reader page) and the CSRF cookie get the shared page.
    returning = Client()
    returning.cookies["mh_reader"] = "anything"
    returning.cookies["csrftoken"] = "A" * 32
    assert "Hello nobody" in returning.get("/whoami").content.decode()
    assert renders == ["nobody", "alice", "alice"]


@pytest.mark.urls("tests.site.caching_urls")
def test_tokens_in_any_attribute_are_cut_and_refilled(renders: list[str]) -> None:
    clients = [Client(enforce_csrf_checks=True) for _ in range(2)]
    bodies = [client.get("/whoami").content.decode() for client in clients]
    assert renders == ["nobody"]
    for client, body in zip(clients, bodies, strict=True):
        form_token = TOKEN.findall(body)
        meta_token = re.findall(r"content='([A-Za-z0-9]{64})'", body)
        assert len(form_token) == 1 and len(meta_token) == 1
        for token in (form_token[0], meta_token[0]):
            assert client.post("/post", {"csrfmiddlewaretoken": token}).status_code == 200
    assert TOKEN.findall(bodies[0]) != TOKEN.findall(bodies[1])


@pytest.mark.urls("tests.site.caching_urls")
def test_the_page_cache_can_be_turned_off(renders: list[str], settings: object) -> None:
    settings.MASTHEAD = {**settings.MASTHEAD,  # type: ignore[attr-defined]
                         "MASTHEAD_PAGE_CACHE_SECONDS": 0}
    first = Client().get("/whoami")
    second = Client().get("/whoami", HTTP_IF_NONE_MATCH=first["ETag"])
    assert renders == ["nobody", "nobody"]
    assert second.status_code == 304


@pytest.mark.django_db(transaction=True)
def test_a_change_inside_a_transaction_bumps_again_on_commit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    bumps: list[str] = []
    real_bump = caching._bump
    monkeypatch.setattr(caching, "_bump", lambda scope: (bumps.append(scope), real_bump(scope)))
    desk = build_desk()
    (before,) = caching.versions(caching.SITE)
    bumps.clear()
    with transaction.atomic():
        desk.politics.name = "Government"
        desk.politics.save()  # this thread read the version: bump now, and on commit
        (during,) = caching.versions(caching.SITE)
        desk.science.save()  # read again since: bump now; the commit bump is already queued
        desk.empty.save()  # nothing read since: no need to bump now
        assert bumps == [caching.SITE, caching.SITE]
    assert bumps == [caching.SITE] * 3
    (after,) = caching.versions(caching.SITE)
    assert len({before, during, after}) == 3
    # Outside a transaction a change is already committed: one bump.
    desk.empty.save()
    assert bumps == [caching.SITE] * 4


def test_a_bump_in_another_process_is_seen_here() -> None:
    (before,) = caching.versions(caching.SITE)
    read_at = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "masthead", "shell", "-c",
         "from masthead.site.caching import bump_site_version; bump_site_version()"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    # This process remembers a token it read for VERSION_MEMO_SECONDS: the bump shows after.
    time.sleep(max(0.0, caching.VERSION_MEMO_SECONDS - (time.monotonic() - read_at)))
    (after,) = caching.versions(caching.SITE)
    assert after != before


def test_a_bump_in_this_process_is_seen_at_once() -> None:
    (before,) = caching.versions(caching.SITE)
    caching.bump_site_version()
    (after,) = caching.versions(caching.SITE)
    assert after != before


# Error pages -----------------------------------------------------------------------------------


def test_404_is_friendly(desk: Desk) -> None:
    response = crawler().get("/article/no-such-story/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "We could not find that page" in body and 'href="/section/politics/"' in body
    assert '<meta name="robots" content="noindex">' in body


@pytest.mark.urls("tests.site.caching_urls")
def test_500_is_friendly_and_needs_no_database(django_assert_num_queries: object) -> None:
    client = Client(raise_request_exception=False)
    with django_assert_num_queries(0):  # type: ignore[operator]
        response = client.get("/broken")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
