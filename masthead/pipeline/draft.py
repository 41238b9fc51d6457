"""The plain data passed between pipeline steps.

Every step of the pipeline takes and returns these dataclasses, never ORM objects, so that
`masthead inspect`, the benchmarks and the tests run the steps without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class FetchResponse:
    """What the guarded fetcher returns for one successful (2xx or 304) request."""

    url: str  # the final URL, after redirects
    status: int
    headers: dict[str, str]  # lower-cased names
    content: bytes  # empty on 304
    elapsed: float  # seconds, whole fetch including redirects
    redirects: tuple[str, ...] = ()

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def etag(self) -> str:
        return self.headers.get("etag", "")

    @property
    def last_modified(self) -> str:
        return self.headers.get("last-modified", "")

    @property
    def encoding(self) -> str | None:
        """The charset named in Content-Type, if any."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


@dataclass
class FeedEntry:
    """One item of a feed (RSS, Atom, RDF or JSON Feed) or one URL of a sitemap."""

    url: str
    guid: str = ""
    title: str = ""
    summary_html: str = ""
    content_html: str = ""  # full content when the feed carries it
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None  # timezone-aware (UTC) when known
    updated: datetime | None = None
    tags: list[str] = field(default_factory=list)
    image: str = ""
    language: str = ""


@dataclass
class Feed:
    """A parsed feed. `kind` is one of: rss, atom, rdf, json, sitemap."""

    kind: str
    title: str = ""
    link: str = ""  # the site's home page
    language: str = ""
    entries: list[FeedEntry] = field(default_factory=list)
    # For a sitemap index: the child sitemaps to fetch next.
    sitemaps: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Outline:
    """One subscription of an OPML file."""

    xml_url: str
    title: str = ""
    html_url: str = ""
    category: str = ""  # the enclosing outline's title, used as the section name


@dataclass
class ArticleDraft:
    """An article as the pipeline sees it, before it is persisted."""

    url: str
    canonical_url: str = ""
    guid: str = ""
    title: str = ""
    text: str = ""  # clean body, paragraphs separated by blank lines
    html: str = ""  # sanitised body HTML
    summary: str = ""  # plain text
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)  # from credit lines
    published: datetime | None = None
    site_name: str = ""
    image: str = ""
    language: str = ""
    tags: list[str] = field(default_factory=list)
    section: str = ""  # the section the page claims, e.g. from its breadcrumb
    column: str = ""  # a column or collection label
    original_url: str = ""  # the page's claim of where it was first published
    author_bios: dict[str, str] = field(default_factory=dict)  # author name -> bio text
