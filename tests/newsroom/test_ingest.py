"""Ingestion end to end against a real HTTP server: add, ingest, re-ingest, fail, recover."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.newsroom.management.commands.stats import collect_stats
from masthead.newsroom.models import Article, FetchAttempt, Source
from masthead.newsroom.scheduler import claim_due_sources
from masthead.newsroom.services import add_source, ingest_source
from masthead.pipeline.fetch import Fetcher, FetchPolicy
from tests.support.httpserver import FixtureServer

pytestmark = pytest.mark.django_db


def test_home_page_discovers_its_feed(outlet: FixtureServer, outlet_fetcher: Fetcher) -> None:
    source = add_source(outlet.url("/"), "Local", fetcher=outlet_fetcher)
    assert source.url == outlet.url("/feed.xml")
    assert source.kind == "feed"
    assert source.name == "The Lakemoor Courier"
    assert source.section is not None and source.section.name == "Local"


def test_ingest_fetches_full_text_and_metadata(
    outlet: FixtureServer, outlet_fetcher: Fetcher
) -> None:
    source = add_source(outlet.url("/feed.xml"), fetcher=outlet_fetcher)
    result = ingest_source(source, fetcher=outlet_fetcher)
    assert (result.new, result.failed, result.error) == (4, 0, "")
    article = Article.objects.get(guid="courier-tide-barrier")
    # The feed carried a one-line summary; the body comes from the page.
    assert "Wharfside district" in article.text
    assert "Share on X" not in article.text
    assert "Ferry timetable" not in article.text
    assert "contributed to this report" not in article.text
    assert article.contributor_list == ["Tomas Reyes"]
    assert [a.name for a in article.authors.all()] == ["Odile Brandt"]
    assert article.section is not None and article.section.name == "Politics"
    assert article.published_at.isoformat().startswith("2025-04-07T09:00")
    assert article.canonical_url == outlet.url("/news/tide-barrier.html")
    assert "<script" not in article.html and "<p>" in article.html
    assert article.site_name == "The Lakemoor Courier"


def test_ingesting_twice_adds_nothing_and_uses_conditional_get(
    outlet: FixtureServer, outlet_fetcher: Fetcher
) -> None:
    source = add_source(outlet.url("/feed.xml"), fetcher=outlet_fetcher)
    ingest_source(source, fetcher=outlet_fetcher)
    before = collect_stats()
    texts = dict(Article.objects.values_list("guid", "text"))
    outlet.requests.clear()
    source.refresh_from_db()
    second = ingest_source(source, fetcher=outlet_fetcher)
    assert second.new == 0
    assert collect_stats() == before
    assert dict(Article.objects.values_list("guid", "text")) == texts
    feed_requests = [r for r in outlet.requests if r.path == "/feed.xml"]
    assert feed_requests[0].headers.get("if-none-match") == '"courier-v1"'
    assert second.not_modified
    # Forgetting the validators re-reads the feed, and still duplicates nothing.
    Source.objects.filter(pk=source.pk).update(etag="", last_modified="")
    source.refresh_from_db()
    third = ingest_source(source, fetcher=outlet_fetcher)
    assert (third.new, third.unchanged) == (0, 4)
    assert collect_stats() == before


def test_errors_back_off_then_recover(outlet_fetcher: Fetcher) -> None:
    with FixtureServer() as flaky:
        flaky.add("/feed.xml", b"busy", status=503, headers={"Retry-After": "7200"})
        policy = FetchPolicy(allowed_hosts=frozenset({flaky.host_port}), deadline=10)
        with Fetcher(policy) as fetcher:
            source = Source.objects.create(url=flaky.url("/feed.xml"), kind="feed")
            result = ingest_source(source, fetcher=fetcher)
            source.refresh_from_db()
            assert "503" in result.error
            assert source.error_count == 1 and source.health == "failing"
            assert source.next_fetch_at >= timezone.now() + timedelta(seconds=7000)
            attempt = FetchAttempt.objects.get(source=source)
            assert attempt.status == "error" and attempt.http_status == 503

            flaky.add("/feed.xml", b"not a feed at all", status=200,
                      headers={"Content-Type": "text/plain"})
            ingest_source(source, fetcher=fetcher)
            source.refresh_from_db()
            assert source.error_count == 2

            flaky.add(
                "/feed.xml",
                b'<?xml version="1.0"?><rss version="2.0"><channel><title>Back</title>'
                b"</channel></rss>",
                headers={"Content-Type": "application/rss+xml"},
            )
            ingest_source(source, fetcher=fetcher)
            source.refresh_from_db()
            assert source.error_count == 0 and source.health == "ok"
            assert source.next_fetch_at > timezone.now()


def test_scheduler_claims_each_due_source_once(outlet: FixtureServer) -> None:
    due = Source.objects.create(url=outlet.url("/feed.xml"), kind="feed")
    Source.objects.create(url=outlet.url("/later.xml"), kind="feed",
                          next_fetch_at=timezone.now() + timedelta(hours=1))
    assert claim_due_sources() == [due.pk]
    assert claim_due_sources() == []


def test_a_single_article_url_is_a_source_of_one(
    outlet: FixtureServer, outlet_fetcher: Fetcher
) -> None:
    source = add_source(outlet.url("/news/observatory.html"), "Science", fetcher=outlet_fetcher)
    assert source.kind == "page"
    result = ingest_source(source, fetcher=outlet_fetcher)
    assert (result.new, result.error) == (1, "")
    article = Article.objects.get(source=source)
    assert article.title == "Hilltop observatory reopens after restoration"
    assert article.contributor_list == ["Tomas Reyes"]
    assert ingest_source(source, fetcher=outlet_fetcher).new == 0


def test_pages_claiming_one_canonical_url_are_not_merged() -> None:
    from masthead.newsroom.persist import persist_draft
    from masthead.pipeline.draft import ArticleDraft

    source = Source.objects.create(url="https://sloppy.example/feed", kind="feed")
    for number in (1, 2):
        persist_draft(source, ArticleDraft(
            url="https://sloppy.example/story-%d" % number, guid="story-%d" % number,
            canonical_url="https://sloppy.example/", title="Story %d" % number,
            text="Body of story %d." % number,
        ))
    stored = dict(Article.objects.filter(source=source).values_list("guid", "title"))
    assert stored == {"story-1": "Story 1", "story-2": "Story 2"}
    # Re-ingesting either page updates it in place, still two articles.
    persist_draft(source, ArticleDraft(
        url="https://sloppy.example/story-2", guid="story-2",
        canonical_url="https://sloppy.example/", title="Story 2, updated", text="New body.",
    ))
    assert Article.objects.filter(source=source).count() == 2
    assert Article.objects.get(guid="story-2").title == "Story 2, updated"
