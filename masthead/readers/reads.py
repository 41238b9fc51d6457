"""Counting reads for Ranking and remembering them for Recommended.

A read counts when a person (not a bot, not a prefetch, not a HEAD request) opens an article,
at most once per reader and article per view window. The window is kept in the cache with an
atomic `add`, so a repeated read costs no database write and a counted one costs one INSERT.

Clients that send no reader cookie (cookies blocked, scripts, load generators) would otherwise
count as a new reader on every request; for them the window is keyed by address and
User-Agent instead, so reloading in a loop cannot push an article up the ranking.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

from masthead.readers.identity import Reader
from masthead.readers.models import ArticleView
from masthead.readers.ratelimit import client_address

# Browsers announce speculative loads in one of these headers.
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")


def is_bot(request: HttpRequest) -> bool:
    """True for crawlers and tools, by User-Agent fragment; an empty User-Agent is a tool too."""
    agent = str(request.META.get("HTTP_USER_AGENT", "")).lower()
    if not agent.strip():
        return True
    return any(fragment.lower() in agent
               for fragment in settings.MASTHEAD["MASTHEAD_BOT_USER_AGENTS"])


def is_prefetch(request: HttpRequest) -> bool:
    for header in PREFETCH_HEADERS:
        value = str(request.META.get(header, "")).lower()
        if "prefetch" in value or "prerender" in value or "preview" in value:
            return True
    return False


def counts_as_read(request: HttpRequest) -> bool:
    return request.method == "GET" and not is_prefetch(request) and not is_bot(request)


def _window_key(kind: str, value: str, article_id: int) -> str:
    return "masthead:read:%s:%s:%d" % (kind, value, article_id)


def record_view(request: HttpRequest, article_id: int, reader: Reader) -> bool:
    """Count this read unless it is a bot's, a prefetch or a repeat; True when counted."""
    if not counts_as_read(request):
        return False
    window = settings.MASTHEAD["MASTHEAD_VIEW_WINDOW"]
    reader_key = _window_key("reader", reader.id, article_id)
    if reader.is_new:
        agent = str(request.META.get("HTTP_USER_AGENT", ""))
        client = salted_hmac("masthead.readers.reads",
                             client_address(request) + "\n" + agent).hexdigest()[:32]
        if not cache.add(_window_key("client", client, article_id), 1, timeout=window):
            return False
        # The same person's next request carries the cookie: that read is a repeat too.
        cache.set(reader_key, 1, timeout=window)
    elif not cache.add(reader_key, 1, timeout=window):
        return False
    ArticleView.objects.create(article_id=article_id, reader=reader.id)
    return True
