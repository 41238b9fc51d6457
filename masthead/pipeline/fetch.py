"""The one guarded HTTP client every outbound request of Masthead goes through.

URLs come from outsiders (feeds, pages, redirects), so a fetch must not become a way to reach
the operator's own network (SSRF) or to exhaust the worker. The guard therefore:

- resolves host names itself at connect time, checks every resolved address (see
  `addresses.py`) and connects to the checked IP, so DNS rebinding cannot swap in a private
  address between the check and the connection; TLS still verifies the host name;
- follows redirects by hand, re-checking every hop;
- enforces one deadline for the whole fetch (connect, redirects and body), not per read;
- caps the decompressed body, inflating in bounded pieces so a gzip bomb never materialises;
- ignores proxy settings from the environment, which would bypass the address check.
"""

from __future__ import annotations

import importlib.util
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy
from types import TracebackType

import httpx

from masthead.pipeline.addresses import (
    AddressRefused,
    GuardedTransport,
    Refusal,
    classify,
    fetch_deadline,
    is_valid_hostname,
    normalise_host,
    parse_allowed_hosts,
    parse_ip,
)
from masthead.pipeline.draft import FetchResponse

__all__ = [
    "FetchError",
    "FetchPolicy",
    "FetchTimeout",
    "Fetcher",
    "HTTPStatusError",
    "HostUnreachable",
    "InvalidURL",
    "RefusedAddress",
    "TooLarge",
    "TooManyRedirects",
    "check_url",
]

_HINT_PRIVATE = "set MASTHEAD_FETCH_ALLOW_PRIVATE or MASTHEAD_FETCH_ALLOWED_HOSTS to allow it"
_HINT_EXPLICIT = "add it to MASTHEAD_FETCH_ALLOWED_HOSTS to allow it"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PIECE = 64 * 1024  # most bytes inflated at once: bounds memory whatever the ratio


@dataclass(frozen=True)
class FetchPolicy:
    """The operator's limits for outbound requests."""

    allow_private: bool = False  # allow loopback, private, link-local and CGNAT networks
    # "host:port" entries always allowed, e.g. "127.0.0.1:8701"; host (or IP) and port must match
    allowed_hosts: frozenset[str] = frozenset()
    deadline: float = 30.0  # total seconds per fetch, including redirects and the body
    max_bytes: int = 15 * 1024 * 1024  # cap on the decompressed body
    max_redirects: int = 5
    user_agent: str = "Masthead/0.1 (+https://example.invalid/masthead)"
    _allowed: frozenset[tuple[str, int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Parsed once (and validated, so a malformed setting fails loudly at start-up).
        object.__setattr__(self, "_allowed", parse_allowed_hosts(self.allowed_hosts))

    def allows(self, host: str, port: int) -> bool:
        """Whether "host:port" (a name or an IP, any spelling) is in allowed_hosts."""
        return (normalise_host(host), port) in self._allowed

    def permits(self, refusal: Refusal) -> bool:
        return self.allow_private and refusal.private_ok


class FetchError(Exception):
    """A fetch failed; str(error) is one human-readable line, `url` the URL asked for."""

    def __init__(self, url: str, message: str, *details: object) -> None:
        # args mirror the constructor so errors pickle (e.g. across task worker processes).
        super().__init__(url, message, *details)
        self.url = url
        self.message = " ".join(message.split())

    def __str__(self) -> str:
        return self.message


class InvalidURL(FetchError):
    """Not an http(s) URL with a host, or malformed."""


class RefusedAddress(FetchError):
    """The URL (or a redirect) leads to an address that is not public."""


class TooLarge(FetchError):
    """The body is larger than FetchPolicy.max_bytes (after decompression)."""


class FetchTimeout(FetchError):
    """The whole fetch did not finish within FetchPolicy.deadline."""


class TooManyRedirects(FetchError):
    """More than FetchPolicy.max_redirects redirects."""


class HostUnreachable(FetchError):
    """DNS failure, connection refused or reset while connecting, TLS failure."""


class HTTPStatusError(FetchError):
    """The server answered with a status other than 2xx or 304."""

    def __init__(self, url: str, message: str, status: int, retry_after: float | None) -> None:
        super().__init__(url, message, status, retry_after)
        self.status = status
        self.retry_after = retry_after  # seconds, from Retry-After, when the server sent one


def _refusal_message(url: str, address: str, refusal: Refusal) -> str:
    hint = _HINT_PRIVATE if refusal.private_ok else _HINT_EXPLICIT
    return f"refused: {url} resolves to {address}, {refusal.describe()} ({hint})"


def check_url(url: str, policy: FetchPolicy) -> None:
    """Refuse, without touching the network, what is obviously not fetchable.

    Raises InvalidURL for anything but an http(s) URL with a well-formed host and port, and
    RefusedAddress for a literal non-public IP (in any spelling the resolver accepts) or
    "localhost". Host names are checked again, after resolution, when connecting.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidURL(url, f"invalid URL: {url} ({exc})") from None
    if parsed.scheme not in ("http", "https"):
        raise InvalidURL(url, f"invalid URL: {url} (only http and https can be fetched)")
    host = parsed.raw_host.decode("ascii", "replace").lower()
    if not host:
        raise InvalidURL(url, f"invalid URL: {url} (no host)")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    if not 0 < port < 65536:
        raise InvalidURL(url, f"invalid URL: {url} (port {port} out of range)")
    ip = parse_ip(host)
    if ip is None and not is_valid_hostname(host):
        raise InvalidURL(url, f"invalid URL: {url} (malformed host {host!r})")
    if policy.allows(host, port):
        return
    if ip is not None:
        refusal = classify(ip)
        if refusal is not None and not policy.permits(refusal):
            raise RefusedAddress(url, _refusal_message(url, str(ip), refusal))
    elif host.removesuffix(".") == "localhost" or host.removesuffix(".").endswith(".localhost"):
        # RFC 6761: these names always mean this machine, no need to ask the resolver.
        refusal = Refusal("127.0.0.1", "loopback", True)
        if not policy.permits(refusal):
            raise RefusedAddress(url, _refusal_message(url, "127.0.0.1", refusal))


def _accept_encoding() -> str:
    # Advertise only what we can inflate; br/zstd only when httpx has their decoders.
    codings = ["gzip", "deflate"]
    if importlib.util.find_spec("brotli") or importlib.util.find_spec("brotlicffi"):
        codings.append("br")
    if importlib.util.find_spec("zstandard"):
        codings.append("zstd")
    return ", ".join(codings)


class _Inflater:
    """Incremental gzip/deflate decoding that never produces more than _PIECE bytes at once.

    httpx's own decoders inflate a whole network read in one call (64 KiB of gzip can become
    64 MiB), which defeats a size cap; zlib's max_length bounds each step instead.
    """

    def __init__(self, coding: str) -> None:
        self._gzip = coding in ("gzip", "x-gzip")
        self._raw_fallback = not self._gzip  # "deflate" is sometimes sent without zlib header
        self._later_member = False
        self.done = False  # the compressed stream ended: whatever follows is ignored
        self._obj = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while not self.done:
            try:
                out = self._obj.decompress(data, _PIECE)
            except zlib.error:
                if self._raw_fallback:
                    self._raw_fallback = False
                    self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                if self._later_member:  # junk after a complete gzip member, as gzip(1) allows
                    self.done = True
                    return
                raise
            self._raw_fallback = False
            if out:
                yield out
            if self._obj.eof:
                data = self._obj.unused_data
                if not self._gzip:
                    self.done = True
                    return
                # A gzip body may be several members one after the other.
                self._obj = zlib.decompressobj(zlib.MAX_WBITS | 16)
                self._later_member = True
                if not data:
                    return
                continue
            data = self._obj.unconsumed_tail
            if not data and len(out) < _PIECE:
                return  # all input used and no output pending

    def finish(self) -> bytes:
        return b"" if self.done else bytes(self._obj.flush())


def _decoded_chunks(response: httpx.Response) -> Iterator[bytes]:
    codings = [
        c.strip().lower()
        for c in response.headers.get("content-encoding", "").split(",")
        if c.strip() and c.strip().lower() != "identity"
    ]
    if not codings:
        yield from response.iter_raw()
        return
    if len(codings) > 1 or codings[0] not in ("gzip", "x-gzip", "deflate"):
        yield from response.iter_bytes()  # rare codings: httpx decodes what it can
        return
    inflater = _Inflater(codings[0])
    for raw in response.iter_raw():
        yield from inflater.feed(raw)
        if inflater.done:
            break
    tail = inflater.finish()
    if tail:
        yield tail


def _parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP-date (RFC 9110 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _megabytes(count: int) -> str:
    return "%.3g MiB" % (count / (1024 * 1024))


class Fetcher:
    """Fetches URLs under a FetchPolicy. Reuses connections; close() (or `with`) when done.

    One Fetcher may be shared by threads: per-fetch state lives in locals and a ContextVar.
    """

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._client = httpx.Client(
            transport=GuardedTransport(self.policy),
            trust_env=False,  # no proxies or netrc from the environment
            follow_redirects=False,
            timeout=self.policy.deadline,
            # Cookies live only within one fetch's redirect chain (see get), never across
            # fetches: this jar refuses everything the client would otherwise keep.
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
            headers={
                "User-Agent": self.policy.user_agent,
                "Accept-Encoding": _accept_encoding(),
                "Accept": "*/*",
            },
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self, url: str, *, etag: str = "", last_modified: str = "", accept: str = ""
    ) -> FetchResponse:
        """GET `url`, following redirects; a 2xx or 304 response, else a FetchError.

        `etag` / `last_modified` make the request conditional (If-None-Match /
        If-Modified-Since); a 304 answer comes back with empty content and not_modified set.
        """
        start = time.monotonic()
        token = fetch_deadline.set(start + self.policy.deadline)
        try:
            return self._get(url, start, etag=etag, last_modified=last_modified, accept=accept)
        finally:
            fetch_deadline.reset(token)

    def _get(
        self, url: str, start: float, *, etag: str, last_modified: str, accept: str
    ) -> FetchResponse:
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        cookies = httpx.Cookies()
        current = url
        redirects: list[str] = []
        while True:
            try:
                check_url(current, self.policy)
            except FetchError as exc:
                raise type(exc)(url, self._via(str(exc), redirects)) from None
            response = self._send(url, current, redirects, headers, cookies, start)
            try:
                status = response.status_code
                location = response.headers.get("location")
                if status in _REDIRECTS and location:
                    if len(redirects) >= self.policy.max_redirects:
                        raise TooManyRedirects(
                            url,
                            f"too many redirects: {url} redirected more than "
                            f"{self.policy.max_redirects} times (last to {location})",
                        )
                    cookies.extract_cookies(response)
                    redirects.append(current)
                    current = self._join(url, response.url, location)
                    continue
                if 200 <= status < 300 or status == 304:
                    content = b"" if status == 304 else self._read_body(url, response)
                    return FetchResponse(
                        url=current,
                        status=status,
                        headers=dict(response.headers.items()),
                        content=content,
                        elapsed=time.monotonic() - start,
                        redirects=tuple(redirects),
                    )
                retry_after = _parse_retry_after(response.headers.get("retry-after"))
                message = f"HTTP {status} {response.reason_phrase} from {current}"
                if retry_after is not None:
                    message += f" (retry after {retry_after:.0f} s)"
                raise HTTPStatusError(url, message, status, retry_after)
            except httpx.TimeoutException:
                raise self._timeout(url) from None
            except httpx.HTTPError as exc:
                raise FetchError(url, f"failed: {current} ({exc or type(exc).__name__})") from None
            finally:
                response.close()

    @staticmethod
    def _via(message: str, redirects: list[str]) -> str:
        if not redirects:
            return message
        return f"{message} (redirected from {redirects[0]})"

    @staticmethod
    def _join(url: str, base: httpx.URL, location: str) -> str:
        try:
            return str(base.join(location))
        except (httpx.InvalidURL, ValueError) as exc:
            raise InvalidURL(url, f"invalid redirect from {base} to {location!r} ({exc})") from None

    def _timeout(self, url: str) -> FetchTimeout:
        return FetchTimeout(
            url, f"timed out: {url} did not finish within {self.policy.deadline:g} s"
        )

    def _send(
        self,
        url: str,
        current: str,
        redirects: list[str],
        headers: dict[str, str],
        cookies: httpx.Cookies,
        start: float,
    ) -> httpx.Response:
        remaining = start + self.policy.deadline - time.monotonic()
        if remaining <= 0:
            raise self._timeout(url)
        request = self._client.build_request(
            "GET", current, headers=headers, cookies=cookies or None, timeout=remaining
        )
        try:
            return self._client.send(request, stream=True)
        except AddressRefused as exc:
            ip = exc.refusal.address
            message = _refusal_message(current, ip, exc.refusal)
            raise RefusedAddress(url, self._via(message, redirects)) from None
        except httpx.TimeoutException:
            raise self._timeout(url) from None
        except httpx.ConnectError as exc:
            message = f"unreachable: {current} ({exc})"
            raise HostUnreachable(url, self._via(message, redirects)) from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise InvalidURL(url, f"invalid URL: {current} ({exc})") from None
        except httpx.HTTPError as exc:
            message = f"failed: {current} ({exc or type(exc).__name__})"
            raise FetchError(url, self._via(message, redirects)) from None

    def _read_body(self, url: str, response: httpx.Response) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > limit:
            raise TooLarge(
                url,
                f"too large: {url} declares {_megabytes(int(declared))}, "
                f"over the {_megabytes(limit)} limit",
            )
        deadline = fetch_deadline.get()
        chunks: list[bytes] = []
        total = 0
        try:
            for chunk in _decoded_chunks(response):
                total += len(chunk)
                if total > limit:
                    raise TooLarge(url, f"too large: {url} is over the {_megabytes(limit)} limit")
                chunks.append(chunk)
                # A server trickling bytes never trips a read timeout: check the clock too.
                if deadline is not None and time.monotonic() > deadline:
                    raise self._timeout(url)
        except zlib.error as exc:
            raise FetchError(url, f"failed: {url} has a corrupt compressed body ({exc})") from None
        except httpx.DecodingError as exc:
            raise FetchError(url, f"failed: {url} could not be decoded ({exc})") from None
        return b"".join(chunks)
