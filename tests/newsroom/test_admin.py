"""The editors' admin: staff only, source health, editing, tag merging, constant query counts."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import clear_url_caches

from masthead.config import declared
from masthead.newsroom.models import (
    Article,
    Author,
    FetchAttempt,
    Section,
    Source,
    Story,
    Tag,
)
from tests.support.httpserver import FixtureServer

pytestmark = pytest.mark.django_db

ADMIN = "/" + settings.MASTHEAD["MASTHEAD_ADMIN_PATH"]
WHEN = datetime(2025, 4, 9, 13, 50, 46, tzinfo=UTC)


def make_source(number: int, **fields: object) -> Source:
    return Source.objects.create(url="https://outlet%d.example/feed.xml" % number,
                                 name="Outlet %d" % number, **fields)


def make_article(source: Source, number: int, **fields: object) -> Article:
    defaults: dict[str, object] = {
        "guid": "g%d" % number, "url": "https://x.example/%d" % number,
        "canonical_url": "https://x.example/%d" % number, "slug": "article-%d" % number,
        "title": "Harbour story %d" % number, "html": "<p>Body %d</p>" % number,
        "published_at": WHEN - timedelta(minutes=number),
    }
    defaults.update(fields)
    return Article.objects.create(source=source, **defaults)


def grow_newsroom(rows: int, offset: int) -> None:
    """`rows` more of everything the changelists show, each with its relations filled in."""
    for number in range(offset, offset + rows):
        section = Section.objects.create(name="Section %d" % number, slug="section-%d" % number)
        source = make_source(number, section=section, last_fetched_at=WHEN,
                             error_count=number % 2)
        story = Story.objects.create(title="Story %d" % number, slug="story-%d" % number)
        author = Author.objects.create(name="Author %d" % number, slug="author-%d" % number,
                                       photo="https://img.example/%d.jpg" % number)
        tag = Tag.objects.create(name="Tag %d" % number, slug="tag-%d" % number)
        article = make_article(source, number, section=section, story=story)
        article.authors.add(author)
        article.tags.add(tag)


def rows_of(body: str) -> list[str]:
    table = body.split('id="result_list"', 1)[1].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr>.*?</tr>", table, re.S)


@pytest.mark.parametrize("model", ["source", "section", "article", "author", "tag", "story"])
def test_changelist_queries_do_not_grow_with_rows(editor_client: Client, model: str) -> None:
    url = "%snewsroom/%s/" % (ADMIN, model)
    grow_newsroom(2, offset=0)
    with CaptureQueriesContext(connection) as few:
        assert editor_client.get(url).status_code == 200
    grow_newsroom(20, offset=100)
    with CaptureQueriesContext(connection) as many:
        response = editor_client.get(url)
    assert response.status_code == 200
    assert len(rows_of(response.content.decode())) == 22
    assert len(many) == len(few), "\n".join(q["sql"] for q in many.captured_queries)
    assert len(many) <= 12


def test_source_list_shows_health_last_fetch_errors_and_articles(editor_client: Client) -> None:
    fresh = make_source(1)
    failing = make_source(2, last_fetched_at=WHEN, error_count=3, last_error="timed out")
    healthy = make_source(3, last_fetched_at=WHEN)
    for number in range(4):
        make_article(healthy, number)
    body = editor_client.get(ADMIN + "newsroom/source/").content.decode()
    rows = {name: row for row in rows_of(body) for name in ("Outlet 1", "Outlet 2", "Outlet 3")
            if ">%s<" % name in row}
    assert "health-new" in rows["Outlet 1"] and "health-failing" in rows["Outlet 2"]
    assert 'class="health health-ok" style="color:#1a7f37' in rows["Outlet 3"]
    assert '<td class="field-article_count">4</td>' in rows["Outlet 3"]
    assert '<td class="field-error_count">3</td>' in rows["Outlet 2"]
    assert '<td class="field-last_fetched_at nowrap">-</td>' in rows["Outlet 1"]

    assert names_in(ADMIN + "newsroom/source/?health=failing", editor_client) == [failing.name]
    worst_first = names_in(ADMIN + "newsroom/source/?o=4", editor_client)
    assert worst_first == [failing.name, fresh.name, healthy.name]


def test_source_page_shows_its_latest_fetches_only(editor_client: Client) -> None:
    source = make_source(1, last_fetched_at=WHEN)
    FetchAttempt.objects.bulk_create(
        FetchAttempt(source=source, started_at=WHEN - timedelta(hours=n), status="error",
                     http_status=503, error="attempt %d failed" % n) for n in range(15)
    )
    body = editor_client.get("%snewsroom/source/%d/change/" % (ADMIN, source.pk)).content.decode()
    shown = re.findall(r"attempt (\d+) failed", body)
    assert shown == [str(n) for n in range(10)]
    assert "Never fetched." in editor_client.get(
        "%snewsroom/source/%d/change/" % (ADMIN, make_source(2).pk)).content.decode()


def names_in(url: str, client: Client) -> list[str]:
    rows = rows_of(client.get(url).content.decode())
    return [re.findall(r'<th class="field-__str__"><a [^>]*>([^<]+)</a>', row)[0] for row in rows]


def test_fetch_now_fetches_the_selected_source(
    editor_client: Client, outlet: FixtureServer,
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    source = Source.objects.create(url=outlet.url("/feed.xml"), kind="feed", name="Courier")
    allowed = {**settings.MASTHEAD, "MASTHEAD_FETCH_ALLOWED_HOSTS": [outlet.host_port],
               "MASTHEAD_HOST_DELAY": 0.0}
    with override_settings(MASTHEAD=allowed), \
            django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        response = editor_client.post(ADMIN + "newsroom/source/", {
            "action": "fetch_now", "_selected_action": [source.pk]}, follow=True)
    assert "Queued 1 sources for fetching." in response.content.decode()
    source.refresh_from_db()
    assert source.health == "ok"
    assert source.articles.count() == 4


def test_section_order_is_edited_in_the_list(editor_client: Client) -> None:
    first = Section.objects.create(name="World", slug="world", position=1)
    second = Section.objects.create(name="Finance", slug="finance", position=2)
    response = editor_client.post(ADMIN + "newsroom/section/", {
        "form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2",
        "form-0-id": first.pk, "form-0-position": "5",
        "form-1-id": second.pk, "form-1-position": "3",
        "_save": "Save",
    })
    assert response.status_code == 302
    assert list(Section.objects.values_list("name", flat=True)) == ["Finance", "World"]


def test_article_edit_changes_copy_not_ingestion_evidence(editor_client: Client) -> None:
    article = make_article(make_source(1), 1)
    politics = Section.objects.create(name="Politics", slug="politics")
    author = Author.objects.create(name="Odile Brandt", slug="odile-brandt")
    tags = [Tag.objects.create(name=n, slug=n.lower()) for n in ("Lakemoor", "Ports")]
    url = "%snewsroom/article/%d/change/" % (ADMIN, article.pk)
    form = editor_client.get(url).content.decode()
    assert "<p>Body 1</p>" in form  # the sanitised body, shown read-only
    assert 'name="guid"' not in form and 'name="html"' not in form

    response = editor_client.post(url, {
        "title": "Harbour council approves the ferry", "section": politics.pk,
        "column": "Letter from the Capital", "summary": "", "contributors": "Tomas Reyes",
        "published_at_0": "2025-04-09", "published_at_1": "13:50:46",
        "authors": [author.pk], "tags": [t.pk for t in tags], "is_featured": "on",
        "guid": "forged", "html": "<script>alert(1)</script>", "_save": "Save",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert (article.title, article.section, article.column) == (
        "Harbour council approves the ferry", politics, "Letter from the Capital")
    assert list(article.authors.all()) == [author] and article.is_featured
    assert set(article.tags.all()) == set(tags)
    assert (article.guid, article.html) == ("g1", "<p>Body 1</p>")


def test_articles_come_from_sources_not_the_add_form(editor_client: Client) -> None:
    assert editor_client.get(ADMIN + "newsroom/article/add/").status_code == 403
    assert "addlink" not in editor_client.get(ADMIN + "newsroom/article/").content.decode()


def test_article_list_searches_and_filters(editor_client: Client) -> None:
    source = make_source(1)
    politics = Section.objects.create(name="Politics", slug="politics")
    make_article(source, 1, title="Ferry strike ends", section=politics)
    make_article(source, 2, title="Observatory reopens", is_hidden=True)
    author = Author.objects.create(name="Odile Brandt", slug="odile-brandt")
    make_article(source, 3, title="Budget vote").authors.add(author)

    def titles(query: str) -> set[str]:
        body = editor_client.get(ADMIN + "newsroom/article/" + query).content.decode()
        return set(re.findall(r"Ferry strike ends|Observatory reopens|Budget vote", body))

    assert titles("?q=ferry") == {"Ferry strike ends"}
    assert titles("?q=brandt") == {"Budget vote"}
    assert titles("?section__id__exact=%d" % politics.pk) == {"Ferry strike ends"}
    assert titles("?is_hidden__exact=1") == {"Observatory reopens"}


def test_byline_authors_are_chosen_by_autocomplete(editor_client: Client) -> None:
    Author.objects.create(name="Odile Brandt", slug="odile-brandt")
    Author.objects.create(name="Tomas Reyes", slug="tomas-reyes")
    response = editor_client.get(ADMIN + "autocomplete/", {
        "app_label": "newsroom", "model_name": "article", "field_name": "authors",
        "term": "odi"})
    assert [item["text"] for item in response.json()["results"]] == ["Odile Brandt"]


def test_author_photo_preview_shows_web_images_only(editor_client: Client) -> None:
    shown = Author.objects.create(name="Odile Brandt", slug="odile-brandt",
                                  photo="https://img.example/odile.jpg")
    hidden = Author.objects.create(name="Mallory", slug="mallory", photo="javascript:alert(1)")
    body = editor_client.get("%snewsroom/author/%d/change/" % (ADMIN, shown.pk)).content.decode()
    assert '<img src="https://img.example/odile.jpg" alt="Odile Brandt" width="160"' in body
    body = editor_client.get("%snewsroom/author/%d/change/" % (ADMIN, hidden.pk)).content.decode()
    assert "No photo." in body and "<img src=\"javascript" not in body


def test_merging_tags_moves_articles_to_the_chosen_tag(editor_client: Client) -> None:
    source = make_source(1)
    keep = Tag.objects.create(name="Lakemoor", slug="lakemoor", kind="place")
    duplicate = Tag.objects.create(name="Lakemoor City", slug="lakemoor-city", kind="place")
    typo = Tag.objects.create(name="Lakmoor", slug="lakmoor", kind="place")
    unrelated = Tag.objects.create(name="Ports", slug="ports")
    both = make_article(source, 1)
    both.tags.add(keep, duplicate, unrelated)
    make_article(source, 2).tags.add(duplicate)
    make_article(source, 3).tags.add(typo)
    make_article(source, 4).tags.add(keep)
    selected = [keep.pk, duplicate.pk, typo.pk]
    changelist = ADMIN + "newsroom/tag/"
    reader = Client()
    assert "Harbour story 3" not in reader.get("/tag/lakemoor/").content.decode()

    confirm = editor_client.post(changelist, {"action": "merge_tags",
                                              "_selected_action": selected})
    page = confirm.content.decode()
    assert confirm.status_code == 200 and "Choose the tag to keep." in page
    assert page.count('type="radio" name="target"') == 3
    assert Tag.objects.count() == 4  # nothing happens before the editor confirms

    no_choice = editor_client.post(changelist, {"action": "merge_tags", "post": "yes",
                                                "_selected_action": selected})
    assert "errornote" in no_choice.content.decode() and Tag.objects.count() == 4

    done = editor_client.post(changelist, {"action": "merge_tags", "post": "yes",
                                           "target": keep.pk, "_selected_action": selected},
                              follow=True)
    assert "Merged 2 tags into" in done.content.decode()
    assert set(Tag.objects.values_list("name", flat=True)) == {"Lakemoor", "Ports"}
    assert keep.articles.count() == 4
    assert set(both.tags.values_list("name", flat=True)) == {"Lakemoor", "Ports"}
    # Readers see the merge at once: the tag page (cached above) lists the moved articles.
    tag_page = reader.get("/tag/lakemoor/").content.decode()
    assert all("Harbour story %d<" % n in tag_page for n in range(1, 5))
    assert reader.get("/tag/lakmoor/").status_code == 404


def test_merging_needs_two_tags(editor_client: Client) -> None:
    tag = Tag.objects.create(name="Lakemoor", slug="lakemoor")
    response = editor_client.post(ADMIN + "newsroom/tag/", {
        "action": "merge_tags", "_selected_action": [tag.pk]}, follow=True)
    assert "Select at least two tags to merge." in response.content.decode()
    assert Tag.objects.count() == 1


def test_story_page_lists_its_articles_inline(editor_client: Client) -> None:
    story = Story.objects.create(title="Ferry strike", slug="ferry-strike")
    for number in range(3):
        make_article(make_source(number), number, story=story,
                     title="Ferry strike, version %d" % number)
    listing = editor_client.get(ADMIN + "newsroom/story/").content.decode()
    assert '<td class="field-source_count">3</td>' in listing
    assert "Outlet 0, Outlet 1, Outlet 2" in listing
    body = editor_client.get("%snewsroom/story/%d/change/" % (ADMIN, story.pk)).content.decode()
    assert all("Ferry strike, version %d" % n in body for n in range(3))


def test_only_staff_get_in(client: Client) -> None:
    changelist = ADMIN + "newsroom/source/"
    anonymous = client.get(changelist)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(ADMIN + "login/?next=")

    User.objects.create_user("reader", password="reader-password")
    assert not client.login(username="nobody", password="x")
    refused = client.post(ADMIN + "login/", {"username": "reader",
                                             "password": "reader-password"})
    assert "Please enter the correct username and password for a staff account" in (
        refused.content.decode())
    client.force_login(User.objects.get(username="reader"))
    assert client.get(changelist)["Location"].startswith(ADMIN + "login/")


@pytest.fixture
def admin_at_desk() -> Iterator[None]:
    """The URLconf rebuilt with MASTHEAD_ADMIN_PATH=desk/, and restored afterwards."""
    import masthead.config.urls

    with override_settings(MASTHEAD={**settings.MASTHEAD, "MASTHEAD_ADMIN_PATH": "desk/"}):
        importlib.reload(masthead.config.urls)
        clear_url_caches()
        yield
    importlib.reload(masthead.config.urls)
    clear_url_caches()


def test_admin_path_is_configurable(admin_at_desk: None, editor_client: Client) -> None:
    assert editor_client.get("/desk/newsroom/article/").status_code == 200
    if ADMIN != "/desk/":
        assert editor_client.get(ADMIN + "newsroom/article/").status_code == 404
    assert Client().get("/desk/")["Location"].startswith("/desk/login/")


@pytest.mark.parametrize(("given", "used"), [("desk/", "desk/"), ("/desk", "desk/"),
                                             (" editors/desk/ ", "editors/desk/")])
def test_admin_path_setting_forgives_slashes(given: str, used: str) -> None:
    assert declared.parse_url_path(given) == used


@pytest.mark.parametrize("given", ["", "/", "desk?x=1", "a//b", "d\u00e9sk"])
def test_admin_path_setting_refuses_what_cannot_be_a_prefix(given: str) -> None:
    with pytest.raises(ValueError):
        declared.parse_url_path(given)
