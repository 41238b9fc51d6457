"""Editors see what the integrity review found, and filter articles by it."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.newsroom.test_admin import ADMIN, make_article, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def findings() -> dict[str, int]:
    source = make_source(1, injected_phrases=["Zentrix Markets"])
    original = make_article(source, 1, title="Border crossings fell")
    spammed = make_article(
        source, 2, title="Border crossings fell sharply", injected_count=2, copy_error_count=1,
        copy_error_kinds="doubled_word", copy_of=original,
        integrity={
            "original_title": "Zentrix Markets|Border crossings fell sharply",
            "injected": [{"phrase": "Zentrix Markets", "where": "title", "count": 1},
                         {"phrase": "Zentrix Markets", "where": "body", "count": 1}],
            "copy_errors": [{"kind": "doubled_word", "text": "in in", "suggestion": "in"}],
        },
    )
    filed = make_article(
        source, 3, title="Vote on the budget", copy_error_count=1,
        copy_error_kinds="section_mismatch",
        integrity={"injected": [], "copy_errors": [
            {"kind": "section_mismatch", "text": "Finance", "suggestion": "Politics"}]},
    )
    return {"source": source.pk, "original": original.pk, "spammed": spammed.pk,
            "filed": filed.pk}


def titles(response: object) -> set[str]:
    body = response.content.decode()  # type: ignore[attr-defined]
    return {title for title in ("Border crossings fell sharply", "Vote on the budget",
                                "Border crossings fell<") if title in body}


def test_the_list_filters_by_finding(editor_client: Client, findings: dict[str, int]) -> None:
    url = ADMIN + "newsroom/article/"
    assert titles(editor_client.get(url + "?integrity=injected")) == {
        "Border crossings fell sharply"}
    assert titles(editor_client.get(url + "?integrity=section_mismatch")) == {
        "Vote on the budget"}
    assert titles(editor_client.get(url + "?integrity=copy_errors")) == {
        "Border crossings fell sharply", "Vote on the budget"}
    assert titles(editor_client.get(url + "?integrity=copies")) == {
        "Border crossings fell sharply"}
    listing = editor_client.get(url).content.decode()
    assert "spam \u00d72" in listing and "copy of #%d" % findings["original"] in listing


def test_the_article_page_shows_the_report_escaped(editor_client: Client,
                                                   findings: dict[str, int]) -> None:
    page = editor_client.get(ADMIN + "newsroom/article/%d/change/" % findings["spammed"])
    body = page.content.decode()
    assert "Zentrix Markets|Border crossings fell sharply" in body
    assert "\u201cZentrix Markets\u201d in the title, 1 time(s)" in body
    assert "Doubled word: \u201cin in\u201d" in body
    assert "/newsroom/article/%d/change/" % findings["original"] in body


def test_learned_phrases_are_editable_on_the_source(editor_client: Client,
                                                    findings: dict[str, int]) -> None:
    page = editor_client.get(ADMIN + "newsroom/source/")
    assert page.status_code == 200
    source_page = editor_client.get(
        ADMIN + "newsroom/source/%d/change/" % findings["source"]).content.decode()
    assert "Zentrix Markets" in source_page and 'name="injected_phrases"' in source_page
