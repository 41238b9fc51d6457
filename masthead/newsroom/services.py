"""The orchestrator: runs the pipeline for a source and persists what it yields.

Called by the CLI, the admin's "fetch now" and background tasks; never from save() or signals.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from masthead.newsroom.copylinks import link_copies
from masthead.newsroom.fetching import host_throttle, make_fetcher
from masthead.newsroom.integrity import learn_for_source
from masthead.newsroom.models import Article, FetchAttempt, Section, Source
from masthead.newsroom.persist import get_or_create_named, persist_draft
from masthead.newsroom.storylinks import assign_stories
from masthead.pipeline import schedule
from masthead.pipeline.collect import (
    Listing,
    Page,
    SourceError,
    fetch_page,
    read_listing,
    resolve_source,
)
from masthead.pipeline.draft import ArticleDraft, FeedEntry, Outline
from masthead.pipeline.fetch import Fetcher, FetchError, HTTPStatusError
from masthead.pipeline.integrity.learner import Observation
from masthead.pipeline.parallel import BrokenProcessPool, discard_pool, process_pool
from masthead.pipeline.review import Prepared, SourceEvidence, extract_observed, prepare

logger = logging.getLogger(__name__)

Observed = tuple[ArticleDraft, Observation]  # an extracted draft and what it shows the learner
Outcome = tuple[FeedEntry, Future[Observed] | FetchError]
Done = TypeVar("Done")

ProgressCallback = Callable[[int, int], None]  # (done, total)

# Entries handled per round of fetch-then-extract; bounds memory on huge sitemaps.
BATCH_SIZE = 64
# Below this many pages in a batch, starting worker processes costs more than it saves.
PROCESS_POOL_MIN_PAGES = 16


@dataclass
class IngestResult:
    source_id: int
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    not_modified: bool = False
    error: str = ""
    errors: list[str] = field(default_factory=list)


def add_source(url: str, section_name: str = "", fetcher: Fetcher | None = None) -> Source:
    """Subscribe to `url` (feed, sitemap, home page with a feed, or article page).

    Raises FetchError or SourceError with a one-line message when the URL cannot be used.
    """
    if fetcher is None:
        with make_fetcher() as own:
            listing = resolve_source(url, own)
    else:
        listing = resolve_source(url, fetcher)
    section = get_or_create_named(Section, section_name) if section_name else None
    source, created = Source.objects.get_or_create(
        url=listing.url,
        defaults={
            "kind": listing.kind,
            "name": listing.title[:200],
            "site_url": listing.site_url[:2000],
            "section": section,
        },
    )
    if not created and section is not None and source.section_id != section.pk:
        source.section = section
        source.save(update_fields=["section"])
    return source


def import_outlines(outlines: list[Outline]) -> tuple[int, int]:
    """Create sources from OPML outlines without fetching them; return (added, existing)."""
    added = existing = 0
    for outline in outlines:
        section = get_or_create_named(Section, outline.category) if outline.category else None
        _, created = Source.objects.get_or_create(
            url=outline.xml_url,
            defaults={"name": outline.title[:200], "site_url": outline.html_url[:2000],
                      "section": section},
        )
        added += created
        existing += not created
    return added, existing


def export_outlines() -> list[Outline]:
    return [
        Outline(
            xml_url=source.url,
            title=source.name,
            html_url=source.site_url,
            category=source.section.name if source.section else "",
        )
        for source in Source.objects.select_related("section").exclude(kind=Source.Kind.PAGE)
    ]


def ingest_source(
    source: Source,
    fetcher: Fetcher | None = None,
    progress: ProgressCallback | None = None,
) -> IngestResult:
    """Fetch `source`, persist every new or changed article, and record the attempt.

    The source's validators (ETag, Last-Modified) are saved only after every entry has been
    handled, so a worker killed half-way re-reads the whole listing next time and picks up
    where it stopped; per-article upserts make that repeat harmless.
    """
    result = IngestResult(source_id=source.pk)
    started = timezone.now()
    clock = time.monotonic()
    own_fetcher = fetcher is None
    client = fetcher or make_fetcher()
    listing: Listing | None = None
    try:
        listing = read_listing(
            source.url, source.kind, client, etag=source.etag, last_modified=source.last_modified
        )
        if listing.not_modified:
            result.not_modified = True
        else:
            _ingest_entries(source, listing.entries, client, result, progress)
    except (FetchError, SourceError) as exc:
        result.error = str(exc)
        retry_after = exc.retry_after if isinstance(exc, HTTPStatusError) else None
        _record_failure(source, result, started, time.monotonic() - clock, retry_after, exc)
        return result
    finally:
        if own_fetcher:
            client.close()
    _record_success(source, listing, result, started, time.monotonic() - clock)
    if result.new:
        assign_stories()
    return result


def _known_guids(source: Source) -> set[str]:
    return set(Article.objects.filter(source=source).values_list("guid", flat=True))


def _ingest_entries(
    source: Source,
    entries: list[FeedEntry],
    fetcher: Fetcher,
    result: IngestResult,
    progress: ProgressCallback | None,
) -> None:
    known = _known_guids(source)
    fresh = [entry for entry in _dedupe(entries) if (entry.guid or entry.url) not in known]
    result.unchanged = len(entries) - len(fresh)
    throttle = host_throttle()
    config = settings.MASTHEAD
    done = 0
    if progress:
        progress(0, len(fresh))

    def fetch(entry: FeedEntry) -> Page | None | FetchError:
        try:
            return fetch_page(entry, fetcher, throttle)
        except FetchError as exc:
            return exc

    # Pages are fetched by threads (network-bound) and extracted by processes (CPU-bound),
    # in bounded batches so a 50,000-URL sitemap never sits in memory at once. Writes stay on
    # this thread: each upsert is one short transaction on one connection. The next batch is
    # fetched and extracted while this thread stores the current one.
    with ThreadPoolExecutor(max_workers=config["MASTHEAD_FETCH_WORKERS"]) as threads:

        def start(batch: list[FeedEntry]) -> tuple[Executor | None, list[Outcome]]:
            pool = (
                process_pool(config["MASTHEAD_EXTRACT_PROCESSES"])
                if len(batch) >= PROCESS_POOL_MIN_PAGES else None
            )
            fetches = [threads.submit(fetch, entry) for entry in batch]
            outcomes: list[Outcome] = []
            for entry, fetching in zip(batch, fetches, strict=True):
                fetched = fetching.result()
                if isinstance(fetched, FetchError):
                    outcomes.append((entry, fetched))
                else:
                    outcomes.append((entry, _extract(pool, entry, fetched)))
            return pool, outcomes

        batches = [fresh[at : at + BATCH_SIZE] for at in range(0, len(fresh), BATCH_SIZE)]
        started = start(batches[0]) if batches else None
        for number, batch in enumerate(batches):
            assert started is not None
            pool, outcomes = started
            settled = [
                done_item for done_item in (
                    _settle(entry, outcome, result) for entry, outcome in outcomes
                ) if done_item is not None
            ]
            done += len(batch) - len(settled)  # the failures, already counted
            drafts = [draft for draft, _ in settled]
            # The batch is reviewed together: phrases a scraper injects across its articles
            # are learned from all of them before any is stored. Each article is then stored
            # in its own transaction, so an interrupted run loses at most this batch's work.
            evidence = learn_for_source(source, drafts, [seen for _, seen in settled])
            prepared = _prepare(pool, source, drafts, evidence)
            started = start(batches[number + 1]) if number + 1 < len(batches) else None
            for draft, preparing in zip(drafts, prepared, strict=True):
                try:
                    _persist_counted(source, preparing.result(), result)
                except Exception as exc:  # one article that cannot be stored must not stop
                    if isinstance(exc, BrokenProcessPool):  # its source
                        discard_pool()
                    logger.exception("Storing failed for %s", draft.url)
                    result.failed += 1
                    result.errors.append("%s: storing failed: %s" % (draft.url, exc))
                done += 1
                if progress:
                    progress(done, len(fresh))


def _submit(pool: Executor | None, work: Callable[..., Done], *args: Any) -> Future[Done]:
    """`work(*args)` in the pool, or right here (while the fetch threads read ahead); either
    way a future, so that one failure stays with its own article."""
    if pool is not None:
        return pool.submit(work, *args)
    future: Future[Done] = Future()
    try:
        future.set_result(work(*args))
    except Exception as exc:  # pipeline steps never raise by contract; keep one page local
        future.set_exception(exc)
    return future


def _extract(pool: Executor | None, entry: FeedEntry, page: Page | None) -> Future[Observed]:
    return _submit(pool, extract_observed, entry, page)


def _settle(
    entry: FeedEntry, outcome: Future[Observed] | FetchError, result: IngestResult
) -> Observed | None:
    """The extracted draft and its observation, or None (counted as a failure) when fetching
    or extraction failed."""
    if isinstance(outcome, FetchError):
        logger.warning("Could not fetch %s: %s", entry.url, outcome)
        _count_failure(entry, str(outcome), result)
        return None
    try:
        extracted = outcome.result()
    except BrokenProcessPool:
        # A worker process died (out of memory, killed by a hostile page): start a fresh pool
        # next time. The entry is not stored, so the next fetch of the source retries it.
        discard_pool()
        _count_failure(entry, "extraction process died", result)
        return None
    except Exception as exc:  # one broken page must not stop the rest of the source
        logger.exception("Extraction failed for %s", entry.url)
        _count_failure(entry, "extraction failed: %s" % exc, result)
        return None
    return extracted


def _count_failure(entry: FeedEntry, error: str, result: IngestResult) -> None:
    result.failed += 1
    result.errors.append("%s: %s" % (entry.url, error))


def _prepare(
    pool: Executor | None, source: Source, drafts: list[ArticleDraft], evidence: SourceEvidence
) -> list[Future[Prepared]]:
    """Review the batch and compute what storing needs, in the pool when there is one."""
    section = source.section.name if source.section else ""
    return [_submit(pool, prepare, draft, evidence, section) for draft in drafts]


def _persist_counted(source: Source, prepared: Prepared, result: IngestResult) -> None:
    reviewed = prepared.review
    try:
        article, created = persist_draft(source, reviewed.draft, reviewed.report(),
                                         prepared.story_terms)
    except IntegrityError:
        # A concurrent worker inserted the same article first; the retry finds and updates it.
        article, created = persist_draft(source, reviewed.draft, reviewed.report(),
                                         prepared.story_terms)
    link_copies(article, prepared.signature)
    if created:
        result.new += 1
    else:
        result.updated += 1


def _dedupe(entries: list[FeedEntry]) -> list[FeedEntry]:
    seen: set[str] = set()
    unique = []
    for entry in entries:
        key = entry.guid or entry.url
        if key and key not in seen and entry.url:
            seen.add(key)
            unique.append(entry)
    return unique


def _record_success(
    source: Source, listing: Listing | None, result: IngestResult, started, duration: float
) -> None:
    config = settings.MASTHEAD
    now = timezone.now()
    published = list(
        Article.objects.filter(source=source).order_by("-published_at")
        .values_list("published_at", flat=True)[:20]
    )
    source.interval = int(
        schedule.adaptive_interval(
            published, source.interval,
            config["MASTHEAD_MIN_INTERVAL"], config["MASTHEAD_MAX_INTERVAL"],
        )
    )
    with transaction.atomic():
        if listing is not None and not listing.not_modified:
            source.etag = listing.etag[:500]
            source.last_modified = listing.last_modified[:100]
            if not source.name and listing.title:
                source.name = listing.title[:200]
        source.last_fetched_at = now
        source.last_success_at = now
        source.error_count = 0
        source.last_error = ""
        source.next_fetch_at = now + timedelta(seconds=source.interval)
        source.save()
        FetchAttempt.objects.create(
            source=source,
            started_at=started,
            duration=duration,
            status=FetchAttempt.Status.NOT_MODIFIED if result.not_modified
            else FetchAttempt.Status.OK,
            http_status=listing.status if listing else None,
            bytes=listing.bytes if listing else 0,
            new_articles=result.new,
            updated_articles=result.updated,
            error="; ".join(result.errors[:5])[:2000],
        )


def _record_failure(
    source: Source,
    result: IngestResult,
    started,
    duration: float,
    retry_after: float | None,
    exc: Exception,
) -> None:
    config = settings.MASTHEAD
    now = timezone.now()
    source.error_count += 1
    delay = schedule.backoff_delay(
        source.error_count, config["MASTHEAD_MIN_INTERVAL"], config["MASTHEAD_MAX_INTERVAL"],
        retry_after=retry_after,
    )
    source.last_fetched_at = now
    source.last_error = result.error[:2000]
    source.next_fetch_at = now + timedelta(seconds=delay)
    with transaction.atomic():
        source.save()
        FetchAttempt.objects.create(
            source=source,
            started_at=started,
            duration=duration,
            status=FetchAttempt.Status.ERROR,
            http_status=exc.status if isinstance(exc, HTTPStatusError) else None,
            error=result.error[:2000],
        )
    logger.warning("Fetching %s failed: %s", source.url, result.error)
