"""From a source URL to the entries it lists, and from an entry to an article draft.

This is the network-facing half of the pipeline: it calls the guarded fetcher and the pure
parsing steps, and still knows nothing about the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from masthead.pipeline.discover import discover_feeds
from masthead.pipeline.draft import ArticleDraft, Feed, FeedEntry, FetchResponse
from masthead.pipeline.extract import extract_article
from masthead.pipeline.feeds import FeedError, parse_feed, sniff_kind
from masthead.pipeline.fetch import Fetcher, FetchError
from masthead.pipeline.politeness import HostThrottle
from masthead.pipeline.sanitize import html_to_text
from masthead.pipeline.sitemaps import parse_sitemap

# A feed item with at least this many words of content is taken as full text; shorter ones
# are summaries, and the article page is fetched for the full text.
FULL_TEXT_MIN_WORDS = 150
# Sitemap indexes can nest and fan out; follow a bounded number of children per fetch.
MAX_CHILD_SITEMAPS = 10

FEED_KINDS = {"rss", "atom", "rdf", "json"}
SITEMAP_KINDS = {"sitemap", "sitemapindex"}


class SourceError(Exception):
    """A source URL that cannot be used; the message is one line for the user."""


@dataclass
class Listing:
    """What one fetch of a source yielded."""

    kind: str  # feed | sitemap | page
    url: str  # the URL to subscribe to (a discovered feed, not the home page)
    title: str = ""
    site_url: str = ""
    entries: list[FeedEntry] = field(default_factory=list)
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    bytes: int = 0
    status: int = 0


def resolve_source(url: str, fetcher: Fetcher) -> Listing:
    """Work out what `url` is (feed, sitemap, home page with a feed, or an article page).

    Raises SourceError for pages that are none of those, and FetchError for fetch failures.
    """
    response = fetcher.get(url)
    kind = sniff_kind(response.content, response.content_type)
    if kind in FEED_KINDS or kind in SITEMAP_KINDS:
        return _listing_from(response, kind, fetcher)
    if kind != "html":
        raise SourceError("%s is neither a feed, a sitemap nor an HTML page" % url)
    for feed_url in discover_feeds(response.content, response.url):
        try:
            feed_response = fetcher.get(feed_url)
        except FetchError:
            continue
        feed_kind = sniff_kind(feed_response.content, feed_response.content_type)
        if feed_kind in FEED_KINDS:
            listing = _listing_from(feed_response, feed_kind, fetcher)
            listing.site_url = listing.site_url or response.url
            return listing
    # No feed: take the page itself as a single article.
    return Listing(
        kind="page",
        url=response.url,
        entries=[FeedEntry(url=response.url, guid=response.url)],
        bytes=len(response.content),
        status=response.status,
    )


def read_listing(
    url: str, kind: str, fetcher: Fetcher, etag: str = "", last_modified: str = ""
) -> Listing:
    """Fetch a known source with a conditional GET and parse what it lists."""
    if kind == "page":
        return Listing(kind="page", url=url, entries=[FeedEntry(url=url, guid=url)])
    response = fetcher.get(url, etag=etag, last_modified=last_modified)
    if response.not_modified:
        return Listing(
            kind=kind, url=url, etag=etag, last_modified=last_modified, not_modified=True,
            status=response.status,
        )
    sniffed = sniff_kind(response.content, response.content_type)
    if sniffed not in FEED_KINDS and sniffed not in SITEMAP_KINDS:
        raise SourceError("%s no longer serves a feed or sitemap (got %s)" % (url, sniffed))
    return _listing_from(response, sniffed, fetcher)


def _listing_from(response: FetchResponse, kind: str, fetcher: Fetcher) -> Listing:
    try:
        if kind in SITEMAP_KINDS:
            feed = _read_sitemap_tree(response, fetcher)
        else:
            feed = parse_feed(response.content, response.url, response.content_type)
    except (FeedError, ValueError) as exc:
        raise SourceError(str(exc)) from exc
    return Listing(
        kind="sitemap" if kind in SITEMAP_KINDS else "feed",
        url=response.url,
        title=feed.title,
        site_url=feed.link,
        entries=feed.entries,
        etag=response.etag,
        last_modified=response.last_modified,
        bytes=len(response.content),
        status=response.status,
    )


def _read_sitemap_tree(response: FetchResponse, fetcher: Fetcher) -> Feed:
    feed = parse_sitemap(response.content, response.url)
    for child_url in feed.sitemaps[:MAX_CHILD_SITEMAPS]:
        try:
            child = fetcher.get(child_url)
            feed.entries.extend(parse_sitemap(child.content, child.url).entries)
        except (FetchError, ValueError):
            continue  # one broken child must not hide the others
    return feed


def word_count(html: str) -> int:
    return len(html_to_text(html).split()) if html else 0


def needs_page(entry: FeedEntry) -> bool:
    """True when the feed item carries only a summary, so the page must be fetched."""
    return word_count(entry.content_html) < FULL_TEXT_MIN_WORDS


@dataclass(frozen=True)
class Page:
    """An article page as fetched: what extraction needs, small enough to send to a process."""

    url: str
    content: bytes


def fetch_page(entry: FeedEntry, fetcher: Fetcher, throttle: HostThrottle | None) -> Page | None:
    """The entry's page when the feed carries only a summary; None when the feed suffices.

    A page that cannot be fetched falls back to what the feed carries (None), so a flaky host
    loses us full text, never the article; with nothing in the feed the FetchError propagates.
    """
    if not needs_page(entry):
        return None
    if throttle is not None:
        throttle.wait(entry.url, exempt=fetcher.policy.allowed_hosts)
    try:
        response = fetcher.get(entry.url)
    except FetchError:
        if not (entry.content_html or entry.summary_html):
            raise
        return None
    return Page(url=response.url, content=response.content)


def draft_from(entry: FeedEntry, page: Page | None) -> ArticleDraft:
    """Extract the article from its page, or from the feed's own content. Pure and picklable."""
    if page is not None:
        return extract_article(page.content, page.url, entry)
    html = entry.content_html or entry.summary_html
    wrapped = "<html><body><article>%s</article></body></html>" % html
    return extract_article(wrapped, entry.url, entry)


def build_draft(entry: FeedEntry, fetcher: Fetcher, throttle: HostThrottle | None) -> ArticleDraft:
    """Fetch (when needed) and extract one entry's article."""
    return draft_from(entry, fetch_page(entry, fetcher, throttle))
