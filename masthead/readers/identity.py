"""The anonymous reader: a random id in a signed cookie, issued the first time it is needed.

The cookie is signed (django.core.signing) so a reader cannot claim another reader's id by
guessing, HttpOnly (scripts never need it), SameSite=Lax and Secure on HTTPS. It is set only on
the response that issues it, so later responses carry no Set-Cookie and stay cacheable.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponseBase

COOKIE_NAME = "mh_reader"
COOKIE_SALT = "masthead.readers.reader"
COOKIE_MAX_AGE = 365 * 24 * 3600


@dataclass(frozen=True)
class Reader:
    id: str
    is_new: bool = False


def existing_reader(request: HttpRequest) -> Reader | None:
    """The reader named by a valid cookie, or None (no cookie, or a forged or expired one)."""
    cached = getattr(request, "_masthead_reader", None)
    if isinstance(cached, Reader):
        return cached
    value = request.get_signed_cookie(COOKIE_NAME, default=None, salt=COOKIE_SALT,
                                      max_age=COOKIE_MAX_AGE)
    if not value or len(value) != 32 or not value.isalnum():
        return None
    reader = Reader(value)
    request._masthead_reader = reader  # type: ignore[attr-defined]
    return reader


def ensure_reader(request: HttpRequest) -> Reader:
    """The request's reader, issuing a new id when it has none; pair with `remember_reader`."""
    reader = existing_reader(request)
    if reader is None:
        reader = Reader(secrets.token_hex(16), is_new=True)
        request._masthead_reader = reader  # type: ignore[attr-defined]
    return reader


def remember_reader(request: HttpRequest, response: HttpResponseBase) -> None:
    """Set the cookie on `response` when this request issued a new reader id."""
    reader = getattr(request, "_masthead_reader", None)
    if not isinstance(reader, Reader) or not reader.is_new:
        return
    response.set_signed_cookie(
        COOKIE_NAME, reader.id, salt=COOKIE_SALT, max_age=COOKIE_MAX_AGE,
        httponly=True, samesite="Lax", secure=request.is_secure(),
    )
