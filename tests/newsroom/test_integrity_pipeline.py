"""Every ingested article goes through the integrity review: injected phrases are learned,
removed and reported, copy errors reported, and copies linked to their originals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from masthead.demo import DemoServer, article_records, demo_sources, scraper_ground_truth
from masthead.newsroom.copylinks import link_copies
from masthead.newsroom.fetching import fetch_policy
from masthead.newsroom.integrity import learn_for_source
from masthead.newsroom.models import Article, Source
from masthead.newsroom.persist import persist_draft
from masthead.newsroom.services import add_source, ingest_source
from masthead.newsroom.storylinks import assign_stories
from masthead.pipeline.draft import ArticleDraft
from masthead.pipeline.fetch import Fetcher

pytestmark = pytest.mark.django_db

BRAND = "Quorvex Daily"


@pytest.fixture
def demo() -> Iterator[DemoServer]:
    """The demo outlets, ingested through the real pipeline (scraper included)."""
    with DemoServer(port=0) as server:
        policy = replace(fetch_policy(), allowed_hosts=frozenset({server.host_port}))
        with Fetcher(policy) as fetcher:
            for demo_source in demo_sources():
                source = add_source(server.base_url + demo_source.path, demo_source.section,
                                    fetcher)
                result = ingest_source(source, fetcher)
                assert not result.error and not result.failed
        yield server


def by_path(server: DemoServer, path: str) -> Article:
    return Article.objects.get(url=server.base_url + path)


def test_scraper_copies_are_cleaned_reported_and_linked(demo: DemoServer) -> None:
    truth = scraper_ground_truth()
    assert Source.objects.get(name=BRAND).injected_phrases == [BRAND]
    for record in truth:
        copy = by_path(demo, record["copy_path"])
        original = by_path(demo, record["original_path"])
        # The reader sees the cleaned title and text: no trace of the brand.
        assert BRAND not in copy.title and "Quorvex" not in copy.text
        assert copy.title == record["original_title"]
        # The report says what was removed, where and how many times.
        expected = {"title": 0, "body": 0}
        for injection in record["injections"]:
            expected[injection["where"]] += 1
        reported = {"title": 0, "body": 0}
        for found in copy.integrity["injected"]:
            assert found["phrase"] == BRAND
            reported[found["where"]] += found["count"]
        assert reported == expected, record["copy_path"]
        assert copy.integrity["original_title"] == record["title"]
        assert copy.injected_count == sum(expected.values())
        # Copy errors are reported, never corrected in the text.
        reported_errors = {(e["kind"], e["text"]) for e in copy.integrity["copy_errors"]}
        for error in record["copy_errors"]:
            assert error["wrong"] in copy.text
            if error["kind"] == "misspelling":
                assert ("misspelling", error["wrong"]) in reported_errors, error
            else:
                doubled = re.search(r"\b(\w+) \1\b", error["wrong"], re.IGNORECASE)
                assert doubled and ("doubled_word", doubled.group(0)) in reported_errors, error
        assert copy.copy_error_count == len(copy.integrity["copy_errors"])
        if "interior-ministry" in record["copy_path"]:  # the reference page: politics in Finance
            assert {"kind": "section_mismatch", "text": record["claimed_section"],
                    "suggestion": record["original_section"]} in copy.integrity["copy_errors"]
            assert "section_mismatch" in copy.copy_error_kinds
        # The copy points at its original, and both are one story.
        assert copy.copy_of_id == original.pk
        assert original.copy_of_id is None
        assert copy.story_id is not None and copy.story_id == original.story_id
        assert copy.original_url == original.url


def test_real_outlets_are_left_alone(demo: DemoServer) -> None:
    scraper_paths = {record["copy_path"] for record in scraper_ground_truth()}
    for record in article_records():
        if record["path"] in scraper_paths:
            continue
        article = by_path(demo, record["path"])
        assert article.injected_count == 0, (record["path"], article.integrity)
        assert article.copy_error_count == 0, (record["path"], article.integrity)
        assert article.copy_of_id is None
        assert article.title == record["title"]
    for source in Source.objects.exclude(name=BRAND):
        assert source.injected_phrases == []


def draft(number: int, phrase_at: str) -> ArticleDraft:
    topics = ["harbour dredging plan", "tram timetable change", "library opening hours",
              "bridge repair budget", "school meals contract"]
    topic = topics[number % len(topics)]
    paragraphs = [
        "Council officers presented the %s to residents on Tuesday evening." % topic,
        "Several residents asked how the %s would be paid for, and officers said the "
        "figures would follow%s." % (topic, phrase_at),
        "A final decision on the %s is expected before the summer recess." % topic,
    ]
    return ArticleDraft(
        url="https://scraper.example/%d" % number, guid="g%d" % number,
        title="Residents question the %s" % topic, text="\n\n".join(paragraphs),
        html="".join("<p>%s</p>" % p for p in paragraphs), site_name="Scraper",
        published=datetime(2025, 4, 1, tzinfo=UTC) + timedelta(days=number),
    )


def test_phrase_learned_later_is_removed_from_articles_stored_before() -> None:
    source = Source.objects.create(url="https://scraper.example/feed.xml", name="Scraper")
    first, _ = persist_draft(source, draft(0, " Zentrix Markets"))
    assert "Zentrix Markets" in first.text  # one article alone is not evidence enough
    later = [draft(n, " Zentrix Markets") for n in range(1, 5)]
    evidence = learn_for_source(source, later)
    assert "Zentrix Markets" in evidence.phrases
    first.refresh_from_db()
    assert "Zentrix" not in first.text
    assert first.injected_count == 1
    assert first.integrity["injected"] == [
        {"phrase": "Zentrix Markets", "where": "body", "count": 1}
    ]
    source.refresh_from_db()
    assert "Zentrix Markets" in source.injected_phrases


def test_an_authoritative_source_is_the_original_even_when_later() -> None:
    wire = Source.objects.create(url="https://wire.example/feed.xml", name="Wire",
                                 is_original=True)
    early = Source.objects.create(url="https://early.example/feed.xml", name="Early")
    text = " ".join("word%d" % n for n in range(200))
    first, _ = persist_draft(early, ArticleDraft(
        url="https://early.example/a", title="A", text=text,
        published=datetime(2025, 4, 1, tzinfo=UTC)))
    assert link_copies(first) is None and first.story_id is None
    second, _ = persist_draft(wire, ArticleDraft(
        url="https://wire.example/a", title="A", text=text + " extra",
        published=datetime(2025, 4, 2, tzinfo=UTC)))
    assert link_copies(second) == second
    assign_stories()
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.copy_of_id == second.pk and second.copy_of_id is None
    assert first.story_id == second.story_id is not None


def test_outlets_reporting_one_event_share_a_story(demo: DemoServer) -> None:
    records = {record["path"]: record for record in article_records()}

    def event_of(path: str) -> str:
        record = records[path]
        if record["copy_of"]:
            return event_of(record["copy_of"])
        return record["event"] or path

    story_of = {
        url.removeprefix(demo.base_url): story
        for url, story in Article.objects.values_list("url", "story")
    }
    assert None not in story_of.values()
    together = right = truly = 0
    paths = sorted(story_of)
    for position, first in enumerate(paths):
        for second in paths[position + 1:]:
            same_story = story_of[first] == story_of[second]
            same_event = event_of(first) == event_of(second)
            together += same_story
            right += same_story and same_event
            truly += same_event
    precision, recall = right / together, right / truly
    assert precision >= 0.95 and recall >= 0.9, (precision, recall)


@pytest.mark.django_db(transaction=True)
def test_bulk_copy_and_story_links_refresh_reader_pages() -> None:
    # A transactional test: the links commit, as they do in a worker.
    from masthead.site.caching import SITE, versions

    first_source = Source.objects.create(url="https://one.example/feed.xml", name="One")
    second_source = Source.objects.create(url="https://two.example/feed.xml", name="Two")
    text = " ".join("word%d" % n for n in range(200))
    first, _ = persist_draft(first_source, ArticleDraft(
        url="https://one.example/a", title="A", text=text,
        published=datetime(2025, 4, 1, tzinfo=UTC)))
    second, _ = persist_draft(second_source, ArticleDraft(
        url="https://two.example/a", title="A", text=text,
        published=datetime(2025, 4, 2, tzinfo=UTC)))
    link_copies(first)
    before = versions(SITE)
    assert link_copies(second) is not None
    after_copies = versions(SITE)
    assert after_copies != before
    assign_stories()
    assert versions(SITE) != after_copies
