"""Caching of reader pages: versions, conditional GET, and a page cache for cookieless readers.

Design (the reasons are in docs/architecture.md):

- **Versions.** Every cached page is keyed by version tokens kept in the shared cache
  (`caches["default"]`: a file cache for the processes of one machine, Redis across machines).
  The `site` version changes whenever an article, section, tag, author, source or story is saved
  or deleted (signals, wired in `SiteConfig.ready`); `article:<slug>` changes when that article's
  reactions change. A token is random, so a cleared cache can never bring an old one back. A change
  inside a transaction bumps again on commit, so no reader can cache the state from before it
  under the new token.
- **Shared pages.** A request that carries no cookie except the CSRF cookie and the reader
  cookie (a new reader, a returning one, a crawler, a link preview) gets the page rendered for any
  such request, kept for MASTHEAD_PAGE_CACHE_SECONDS in the shared cache (so each version of a
  page is rendered once for all processes) and in `caches["pages"]` (per process, so a hit reads
  no file and makes no network round trip). That bound is how old Ranking may get; edits show
  at once. The page's CSRF tokens are cut out before it is stored and each request gets its own,
  so no reader ever receives another's token. What the view does per request besides rendering
  (issuing the reader cookie, counting the read) is redone on every hit by the route's `on_hit`.
  A view behind `reader_page` therefore never renders anything from the reader cookie: the
  reader's own parts of an article page (their reaction, Recommended) come from
  `/article/<slug>/for-you`, never stored, which the page's script fetches after load.
- **Personal pages.** A request with any other cookie (a session, an unknown cookie) or an
  Authorization header is rendered by the view every time; nothing of it is stored server-side.
- **Conditional GET.** Every page gets a weak ETag, the hash of its content with the CSRF tokens
  cut out, so it is exact for personal pages too, and `Cache-Control: private, no-cache` with
  `Vary: Cookie`: browsers revalidate and get 304 while nothing changed. Shared pages also carry
  Last-Modified (when they were rendered).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, TypedDict

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware import csrf
from django.middleware.csrf import get_token
from django.template.response import SimpleTemplateResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from masthead.readers.identity import COOKIE_NAME as READER_COOKIE_NAME

__all__ = [
    "SITE",
    "article_scope",
    "bump_article_version",
    "bump_site_version",
    "fragment_key",
    "invalidates_article",
    "is_personal",
    "reader_page",
    "versions",
    "visible_article_id",
]

SITE = "site"
VERSION_PREFIX = "masthead:version:"
PAGE_PREFIX = "masthead:page:"

# Stands in for a CSRF token in a stored page; a NUL byte never survives sanitising or escaping.
CSRF_HOLE = b"\x00masthead-csrf\x00"
# A masked CSRF token: 64 letters and digits (django.middleware.csrf).
_TOKEN_PATTERN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")

# on_hit(request, response, view kwargs, version tokens of the page)
HitHook = Callable[[HttpRequest, HttpResponseBase, dict[str, Any], list[str]], None]


class PageEntry(TypedDict):
    body: bytes  # with CSRF_HOLE where the tokens were
    headers: dict[str, str]  # the view's, with the validators and Cache-Control added
    rendered_at: float
    expires_at: float


# Versions -------------------------------------------------------------------------------------

# Scopes this thread bumped and has not read since: a second change inside the same transaction
# need not bump again (see `scope_changed`). Per thread, because a connection is per thread.
_state = threading.local()


def _fresh_scopes() -> set[str]:
    fresh: set[str] | None = getattr(_state, "fresh", None)
    if fresh is None:
        fresh = _state.fresh = set()
    return fresh


def article_scope(slug: str) -> str:
    return "article:%s" % slug


# Tokens read from the shared cache are reused by this process for this long: reading them
# was a quarter of a cached page's cost (two file reads per request on the file cache). A
# change made in this process is seen at once (`_bump` updates the memo); one made in another
# process (the worker, another server process) is seen within this many seconds.
VERSION_MEMO_SECONDS = 1.0
MEMO_MAX_SCOPES = 10_000  # one per article read lately; a flood of made-up slugs is dropped
_memo: dict[str, tuple[str, float]] = {}


def versions(*scopes: str) -> list[str]:
    """The current version token of each scope (created on first use)."""
    now = time.monotonic()
    tokens: dict[str, str] = {}
    for scope in scopes:
        hit = _memo.get(scope)
        if hit is not None and now - hit[1] < VERSION_MEMO_SECONDS:
            tokens[scope] = hit[0]
    stale = [scope for scope in scopes if scope not in tokens]
    if stale:
        if len(_memo) > MEMO_MAX_SCOPES:
            _memo.clear()
        shared = caches["default"]
        found = shared.get_many([VERSION_PREFIX + scope for scope in stale])
        for scope in stale:
            key = VERSION_PREFIX + scope
            token = found.get(key)
            if token is None:
                token = secrets.token_hex(8)
                if not shared.add(key, token, timeout=None):
                    token = shared.get(key) or token
            tokens[scope] = str(token)
            _memo[scope] = (tokens[scope], now)
    _fresh_scopes().difference_update(scopes)
    return [tokens[scope] for scope in scopes]


def _bump(scope: str) -> None:
    token = secrets.token_hex(8)
    caches["default"].set(VERSION_PREFIX + scope, token, timeout=None)
    _memo[scope] = (token, time.monotonic())


def forget_versions() -> None:
    """Drop the tokens this process remembers (after clearing the shared cache)."""
    _memo.clear()


class _BumpOnCommit:
    def __init__(self, scope: str) -> None:
        self.scope = scope

    def __call__(self) -> None:
        _bump(self.scope)


def scope_changed(scope: str) -> None:
    """Record that what `scope` covers changed; pages cached for it are no longer served.

    Outside a transaction the change is committed: bump now. Inside one, bump on commit (once per
    transaction), so no reader can cache the old state under the new token; and bump now too when
    this thread may have read the old token, because the transaction's own connection already
    sees the change (tests run inside a transaction that never commits).
    """
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _bump(scope)
        return
    fresh = _fresh_scopes()
    if scope not in fresh:
        _bump(scope)
        fresh.add(scope)
    pending = getattr(connection, "run_on_commit", [])
    if not any(isinstance(entry[1], _BumpOnCommit) and entry[1].scope == scope
               for entry in pending):
        transaction.on_commit(_BumpOnCommit(scope))


def bump_site_version() -> None:
    """Every reader page may have changed (call after queryset.update()/bulk writes)."""
    scope_changed(SITE)


def pages_changed(sender: object, **kwargs: Any) -> None:
    """Receiver of newsroom.signals.articles_changed (bulk changes made without saves)."""
    bump_site_version()


def bump_article_version(slug: str) -> None:
    """One article's page changed without a model save (e.g. its reaction counts)."""
    scope_changed(article_scope(slug))


def fragment_key(name: str, *parts: object, scopes: Iterable[str] = (SITE,)) -> str:
    """A cache key for a shared template fragment or value that follows the versions."""
    text = "\n".join([name, *map(str, parts), *versions(*scopes)])
    return "masthead:fragment:%s" % hashlib.sha256(text.encode()).hexdigest()[:40]


# Conditional GET ------------------------------------------------------------------------------


def is_personal(request: HttpRequest) -> bool:
    """True when the request carries anything that may change the page for this one reader.

    The CSRF cookie's token is refilled per request, and the reader cookie changes nothing a
    reader page renders (see the module docstring): neither makes a page personal.
    """
    if "HTTP_AUTHORIZATION" in request.META:
        return True
    shared = (settings.CSRF_COOKIE_NAME, READER_COOKIE_NAME)
    return any(name not in shared for name in request.COOKIES)


def _cut_csrf_tokens(request: HttpRequest, body: bytes) -> bytes:
    """The body with every masked form of this request's CSRF secret replaced by CSRF_HOLE."""
    secret = request.META.get("CSRF_COOKIE")
    if not secret or not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return body  # the page asked for no token

    def replace(match: re.Match[bytes]) -> bytes:
        token = match.group().decode("ascii")
        # Django's own check of a submitted token; private, so a Django upgrade that changes
        # it fails tests/site/test_caching.py rather than passing tokens through unnoticed.
        unmasked = csrf._unmask_cipher_token(token)  # type: ignore[attr-defined]
        return CSRF_HOLE if unmasked == secret else match.group()

    return _TOKEN_PATTERN.sub(replace, body)


def _etag(body: bytes) -> str:
    # Weak: pages with a form carry a different (equally valid) CSRF token each time.
    return 'W/"%s"' % hashlib.sha256(body).hexdigest()[:32]


def _cacheable(response: HttpResponseBase) -> bool:
    if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
        response.render()  # the sitemap views answer with a lazy TemplateResponse
    return (
        response.status_code == 200
        and isinstance(response, HttpResponse)
        and not response.streaming
        and "no-store" not in response.get("Cache-Control", "")
    )


# Request headers that may turn the answer into a 304 or 412.
_CONDITIONAL_HEADERS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH",
                        "HTTP_IF_UNMODIFIED_SINCE")


def _validated(response: HttpResponse, etag: str, rendered_at: float | None) -> None:
    """Give `response` its validators and ask browsers to revalidate before reusing it."""
    response["ETag"] = etag
    if rendered_at is not None:
        response["Last-Modified"] = http_date(int(rendered_at))
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))


def _conditional(request: HttpRequest, response: HttpResponse,
                 rendered_at: float | None) -> HttpResponseBase:
    if not any(name in request.META for name in _CONDITIONAL_HEADERS):
        return response
    result = get_conditional_response(
        request, etag=response.get("ETag"),
        last_modified=int(rendered_at) if rendered_at is not None else None, response=response,
    )
    assert result is not None  # a response was passed in, so one comes back
    return result


def _stored_entry(key: str) -> PageEntry | None:
    """The page from this process's memory, else from the shared cache (kept here after)."""
    local = caches["pages"]
    entry: PageEntry | None = local.get(key)
    if entry is None:
        entry = caches["default"].get(key)
        if entry is not None:
            remaining = int(entry["expires_at"] - time.time())
            if remaining <= 0:
                return None
            local.set(key, entry, remaining)
    return entry


def _store_entry(key: str, entry: PageEntry, timeout: int) -> None:
    # Shared, so each version of a page is rendered once for all processes; and kept here too,
    # so a hit costs no file read or network round trip.
    caches["pages"].set(key, entry, timeout)
    caches["default"].set(key, entry, timeout)


def _response_from(request: HttpRequest, entry: PageEntry) -> HttpResponse:
    body = entry["body"]
    if CSRF_HOLE in body:
        body = body.replace(CSRF_HOLE, get_token(request).encode("ascii"))
    response = HttpResponse(body)
    for name, value in entry["headers"].items():
        response[name] = value
    return response


def _page_key(request: HttpRequest, tokens: list[str]) -> str:
    text = "\n".join([request.build_absolute_uri(), *tokens])
    return PAGE_PREFIX + hashlib.sha256(text.encode()).hexdigest()[:40]


def reader_page(view: Callable[..., HttpResponseBase] | None = None, *,
                scope: str | None = None, on_hit: HitHook | None = None) -> Any:
    """Decorate a reader view with the caching described in this module's docstring.

    `scope` ("article") adds the `<scope>:<slug>` version to the key. `on_hit` redoes, on a cached
    page, what the view does per request besides rendering.
    """

    def decorator(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if request.method not in ("GET", "HEAD"):
                return view(request, *args, **kwargs)
            timeout = settings.MASTHEAD["MASTHEAD_PAGE_CACHE_SECONDS"]
            if is_personal(request) or not timeout:
                return _personal(request, view(request, *args, **kwargs))
            scopes = [SITE]
            if scope:
                scopes.append("%s:%s" % (scope, kwargs["slug"]))
            tokens = versions(*scopes)
            key = _page_key(request, tokens)
            entry = _stored_entry(key)
            if entry is None:
                response = view(request, *args, **kwargs)
                if not _cacheable(response):
                    return response
                assert isinstance(response, HttpResponse)
                if CSRF_HOLE in response.content:
                    return _personal(request, response)
                body = _cut_csrf_tokens(request, response.content)
                now = time.time()
                _validated(response, _etag(body), now)
                _store_entry(key, PageEntry(body=body, headers=dict(response.headers.items()),
                                            rendered_at=now, expires_at=now + timeout),
                             timeout)
                # This request's own render already has its cookies and tokens: serve it.
                return _conditional(request, response, now)
            hit = _conditional(request, _response_from(request, entry), entry["rendered_at"])
            if on_hit is not None:
                on_hit(request, hit, kwargs, tokens)
            return hit

        return wrapper

    return decorator(view) if view is not None else decorator


def _personal(request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
    """A page rendered for this request alone: ETag from its content, nothing stored."""
    if not _cacheable(response):
        return response
    assert isinstance(response, HttpResponse)
    _validated(response, _etag(_cut_csrf_tokens(request, response.content)), None)
    return _conditional(request, response, None)


def invalidates_article(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """For views that change one article's page by POST (reactions): bump its version."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        response = view(request, *args, **kwargs)
        if request.method == "POST" and response.status_code < 400:
            bump_article_version(kwargs["slug"])
        return response

    return wrapper


def count_article_read(request: HttpRequest, response: HttpResponseBase, kwargs: dict[str, Any],
                       tokens: list[str]) -> None:
    """On a cached article page, what the article view does per request: a person (not a bot,
    not a prefetch) gets a reader id when they have none, and the read is counted."""
    from masthead.readers.identity import ensure_reader, remember_reader
    from masthead.readers.reads import counts_as_read, record_view

    if not counts_as_read(request):
        return
    article_id = visible_article_id(kwargs["slug"], tokens)
    if article_id is None:
        return
    reader = ensure_reader(request)
    record_view(request, article_id, reader)
    remember_reader(request, response)


def visible_article_id(slug: str, tokens: list[str]) -> int | None:
    """The id of the article shown at `slug` (None when there is none or it is hidden),
    remembered per process under `tokens`, the versions of its page (hiding bumps them)."""
    from masthead.newsroom.models import Article

    pages = caches["pages"]
    key = "masthead:article-id:%s:%s" % (":".join(tokens), slug)
    article_id: int | None = pages.get(key)
    if article_id is None:
        article_id = (Article.objects.filter(slug=slug, is_hidden=False)
                      .values_list("pk", flat=True).first())
        if article_id is not None:
            pages.set(key, article_id, settings.MASTHEAD["MASTHEAD_PAGE_CACHE_SECONDS"])
    return article_id


# Invalidation ---------------------------------------------------------------------------------

# Source fields shown on reader pages; a fetch rewrites the scheduling fields of a source on
# every run, which must not throw the page cache away.
SHOWN_SOURCE_FIELDS = ("url", "name", "site_url", "section_id", "column", "is_original")


def _site_changed(**kwargs: Any) -> None:
    bump_site_version()


def _shown_source_fields(source: Any) -> tuple[Any, ...]:
    return tuple(getattr(source, name, None) for name in SHOWN_SOURCE_FIELDS)


def _source_loaded(sender: Any, instance: Any, **kwargs: Any) -> None:
    instance._masthead_shown = _shown_source_fields(instance)


def _source_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    if created or getattr(instance, "_masthead_shown", None) != _shown_source_fields(instance):
        instance._masthead_shown = _shown_source_fields(instance)
        bump_site_version()


def _m2m_changed(action: str, **kwargs: Any) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        bump_site_version()


def _reaction_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    from masthead.newsroom.models import Article

    slug = Article.objects.filter(pk=instance.article_id).values_list("slug", flat=True).first()
    if slug:
        bump_article_version(slug)


def connect_invalidation() -> None:
    """Wire the version bumps to model signals (called once, from SiteConfig.ready)."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_init, post_save

    from masthead.newsroom.models import Article, Author, Section, Source, Story, Tag

    for model in (Article, Author, Section, Story, Tag):
        post_save.connect(_site_changed, sender=model, dispatch_uid="masthead-site-save")
        post_delete.connect(_site_changed, sender=model, dispatch_uid="masthead-site-delete")
    post_init.connect(_source_loaded, sender=Source, dispatch_uid="masthead-source-init")
    post_save.connect(_source_saved, sender=Source, dispatch_uid="masthead-source-save")
    post_delete.connect(_site_changed, sender=Source, dispatch_uid="masthead-source-delete")
    for through in (Article.authors.through, Article.tags.through):
        m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid="masthead-site-m2m")
    # Reactions are another app's; counted by this route's page version when it is installed.
    # Its own writes use update()/bulk_create (no signals): the react route is wrapped with
    # `invalidates_article` in urls.py; these catch the admin's and any save()/delete().
    try:
        reaction = apps.get_model("readers", "Reaction")
    except LookupError:
        return
    post_save.connect(_reaction_changed, sender=reaction, dispatch_uid="masthead-reaction-save")
    post_delete.connect(_reaction_changed, sender=reaction,
                        dispatch_uid="masthead-reaction-delete")
