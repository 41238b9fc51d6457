"""Which network addresses the fetcher may connect to, and the network layer enforcing it.

Feeds and pages are fetched from URLs that outsiders choose (a feed's links, a redirect, an
OPML file), so every address is checked before a connection is made: only globally routable
public unicast addresses pass by default. The tables below are explicit rather than relying on
`ipaddress.is_global` alone, because that property changed between Python releases and does not
look inside the IPv6 forms that embed an IPv4 address.
"""

from __future__ import annotations

import contextvars
import ipaddress
import re
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# (network, kind, lifted by allow_private). First match wins, so narrow entries come first.
_V4_TABLE: tuple[tuple[ipaddress.IPv4Network, str, bool], ...] = tuple(
    (ipaddress.IPv4Network(net), kind, private_ok)
    for net, kind, private_ok in (
        ("0.0.0.0/32", "unspecified", False),
        ("0.0.0.0/8", "reserved", False),  # "this network"
        ("10.0.0.0/8", "private", True),
        ("100.64.0.0/10", "shared (CGNAT)", True),
        ("127.0.0.0/8", "loopback", True),
        ("169.254.169.254/32", "cloud metadata", False),
        ("169.254.0.0/16", "link-local", True),
        ("172.16.0.0/12", "private", True),
        ("192.0.0.0/24", "reserved", False),  # IETF protocol assignments, Oracle metadata
        ("192.0.2.0/24", "documentation", False),
        ("192.88.99.0/24", "reserved", False),  # deprecated 6to4 relay anycast
        ("192.168.0.0/16", "private", True),
        ("198.18.0.0/15", "benchmarking", False),
        ("198.51.100.0/24", "documentation", False),
        ("203.0.113.0/24", "documentation", False),
        ("224.0.0.0/4", "multicast", False),
        ("255.255.255.255/32", "broadcast", False),
        ("240.0.0.0/4", "reserved", False),
        # Azure's wire server: a public-looking address only reachable from inside the cloud.
        ("168.63.129.16/32", "cloud metadata", False),
    )
)

_V6_TABLE: tuple[tuple[ipaddress.IPv6Network, str, bool], ...] = tuple(
    (ipaddress.IPv6Network(net), kind, private_ok)
    for net, kind, private_ok in (
        ("::/128", "unspecified", False),
        ("::1/128", "loopback", True),
        ("fd00:ec2::254/128", "cloud metadata", False),
        ("100::/64", "reserved", False),  # discard-only
        ("2001:2::/48", "benchmarking", False),
        ("2001:db8::/32", "documentation", False),
        ("3fff::/20", "documentation", False),
        ("2001::/23", "reserved", False),  # IETF protocol assignments (Teredo handled before)
        ("fc00::/7", "private", True),  # unique local
        ("fe80::/10", "link-local", True),
        ("fec0::/10", "private", True),  # deprecated site-local
        ("ff00::/8", "multicast", False),
    )
)

_GLOBAL_UNICAST_V6 = ipaddress.IPv6Network("2000::/3")
_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")
_TRANSLATED = ipaddress.IPv6Network("::ffff:0:0:0/96")
_COMPATIBLE = ipaddress.IPv6Network("::/96")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")
_TEREDO = ipaddress.IPv6Network("2001::/32")

# What inet_aton accepts: dotted parts in decimal, octal or 0x-hex, one to four of them.
_NUMERIC_HOST = re.compile(r"[0-9a-fx.]+", re.IGNORECASE)
_HOSTNAME = re.compile(r"[a-z0-9_.-]+")


@dataclass(frozen=True)
class Refusal:
    """Why an address is not public: `describe()` reads as "a loopback address"."""

    address: str  # the address as checked, e.g. "127.0.0.1" or "::ffff:a00:1"
    kind: str  # "loopback", "private", "cloud metadata", ...
    private_ok: bool  # whether the operator's allow_private setting lifts the refusal
    via: str = ""  # for embedding IPv6 forms: "an IPv4-mapped IPv6 address embedding 10.0.0.1"

    def describe(self) -> str:
        plain = f"{_article(self.kind)} {self.kind} address"
        return f"{self.via}, {plain}" if self.via else plain


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def classify(ip: IPAddress) -> Refusal | None:
    """Return why `ip` is not a globally routable public unicast address, or None if it is."""
    if isinstance(ip, ipaddress.IPv4Address):
        return _classify_v4(ip, str(ip))
    return _classify_v6(ip)


def _classify_v4(ip: ipaddress.IPv4Address, shown: str) -> Refusal | None:
    for network, kind, private_ok in _V4_TABLE:
        if ip in network:
            return Refusal(shown, kind, private_ok)
    if not ip.is_global:  # anything IANA adds later
        return Refusal(shown, "reserved", False)
    return None


def _embedded(ip: ipaddress.IPv6Address, shift: int) -> ipaddress.IPv4Address:
    return ipaddress.IPv4Address((int(ip) >> shift) & 0xFFFFFFFF)


def _via_embedded(
    ip: ipaddress.IPv6Address, form: str, v4: ipaddress.IPv4Address
) -> Refusal | None:
    inner = _classify_v4(v4, str(ip))
    if inner is None:
        return None
    via = f"{_article(form)} {form} IPv6 address embedding {v4}"
    return Refusal(str(ip), inner.kind, inner.private_ok, via)


def _classify_v6(ip: ipaddress.IPv6Address) -> Refusal | None:
    ip = ipaddress.IPv6Address(int(ip))  # drop any %scope
    shown = str(ip)
    if ip in _MAPPED or ip in _TRANSLATED:
        form = "IPv4-mapped" if ip in _MAPPED else "IPv4-translated"
        return _via_embedded(ip, form, _embedded(ip, 0))
    if ip in _NAT64:
        return _via_embedded(ip, "NAT64", _embedded(ip, 0))
    if ip in _NAT64_LOCAL:
        # Local-use NAT64 leads into the operator's own network whatever it embeds.
        v4 = _embedded(ip, 0)
        via = f"a local-use NAT64 IPv6 address embedding {v4}"
        inner = _classify_v4(v4, shown)
        if inner is None:
            return Refusal(shown, "private", True, via)
        return Refusal(shown, inner.kind, inner.private_ok, via)
    if ip in _SIX_TO_FOUR:
        return _via_embedded(ip, "6to4", _embedded(ip, 80))
    if ip in _TEREDO:
        # Teredo is obsolete; its client address is stored inverted. Refused whatever it holds.
        client = ipaddress.IPv4Address(~int(ip) & 0xFFFFFFFF)
        return Refusal(shown, "tunnel", False, f"a Teredo IPv6 address embedding {client}")
    for network, kind, private_ok in _V6_TABLE:
        if ip in network:
            return Refusal(shown, kind, private_ok)
    if ip in _COMPATIBLE:
        # Deprecated IPv4-compatible form: no public server uses it, some stacks route it as v4.
        v4 = _embedded(ip, 0)
        inner = _classify_v4(v4, shown)
        kind, private_ok = (inner.kind, inner.private_ok) if inner else ("deprecated", False)
        return Refusal(shown, kind, private_ok, f"an IPv4-compatible IPv6 address embedding {v4}")
    if ip not in _GLOBAL_UNICAST_V6 or not ip.is_global:
        return Refusal(shown, "reserved", False)
    return None


def parse_ip(host: str) -> IPAddress | None:
    """The IP address a URL host denotes, read the way the system resolver reads it.

    Besides dotted quads this accepts the inet_aton forms ("2130706433", "0x7f.1", "127.1")
    that getaddrinfo would turn into an address without asking DNS, and bracketed IPv6 with an
    optional (percent-encoded) zone. Returns None for a host name.
    """
    host = host.strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if ":" in host:
        host = host.replace("%25", "%", 1)
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            return None
    if host.endswith("."):
        host = host[:-1]
    if not host or not _NUMERIC_HOST.fullmatch(host):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def is_valid_hostname(host: str) -> bool:
    """Whether `host` (already IDNA-encoded, lower-case) is something DNS could answer."""
    return bool(_HOSTNAME.fullmatch(host)) and ".." not in host and not host.startswith(".")


def normalise_host(host: str) -> str:
    """The canonical spelling of a host for comparisons: IPs compressed, names lower-case."""
    ip = parse_ip(host)
    if ip is not None:
        return str(_unscoped(ip))
    return host.strip().lower().removesuffix(".")


def _unscoped(ip: IPAddress) -> IPAddress:
    return ipaddress.IPv6Address(int(ip)) if isinstance(ip, ipaddress.IPv6Address) else ip


def parse_allowed_hosts(entries: Iterable[str]) -> frozenset[tuple[str, int]]:
    """Parse "host:port" entries ("127.0.0.1:8701", "[::1]:8701", "feeds.lan:80").

    Raises ValueError naming the first malformed entry, so a typo in the operator's setting is
    reported instead of silently allowing nothing.
    """
    parsed: set[tuple[str, int]] = set()
    for entry in entries:
        host, sep, port_text = entry.strip().rpartition(":")
        if host.startswith("[") != host.endswith("]"):
            sep = ""
        if not sep or not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(
                f"allowed host {entry!r} must look like host:port, e.g. 127.0.0.1:8701"
            )
        if ":" in host and not host.startswith("["):
            raise ValueError(f"allowed host {entry!r}: write IPv6 addresses as [addr]:port")
        parsed.add((normalise_host(host), int(port_text)))
    return frozenset(parsed)


# ---------------------------------------------------------------------------------------------
# Enforcement at connect time: the network layer under httpx that only reaches checked addresses.


class Gate(Protocol):
    """The operator's exceptions to the rule (FetchPolicy implements it)."""

    def allows(self, host: str, port: int) -> bool:
        """Whether host:port (a name or an IP) is explicitly allowed."""
        ...

    def permits(self, refusal: Refusal) -> bool:
        """Whether a refused kind of address is allowed anyway (allow_private)."""
        ...


class AddressRefused(Exception):
    """Raised inside the connection pool; the fetcher turns it into RefusedAddress with the URL."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.describe())
        self.refusal = refusal


# The running fetch's deadline (time.monotonic()), read by the network layer so that every
# connect, read and write is cut at the deadline. A context variable keeps threads apart.
fetch_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "masthead_fetch_deadline", default=None
)


def _time_left(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = fetch_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("deadline reached")
    return left if timeout is None else min(timeout, left)


def _resolve(host: str, port: int, timeout: float | None) -> list[tuple[Any, ...]]:
    """getaddrinfo with a timeout: the C resolver has none, so it runs in a daemon thread."""
    result: list[Any] = []

    def lookup() -> None:
        try:
            result.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:  # gaierror, or a label IDNA cannot encode
            result.append(exc)

    worker = threading.Thread(target=lookup, name="masthead-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    if not result:
        raise httpcore.ConnectTimeout(f"DNS lookup of {host} timed out")
    if isinstance(result[0], Exception):
        raise httpcore.ConnectError(f"could not resolve {host} ({result[0]})")
    return list(result[0])


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write is cut at the running fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _time_left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves, checks every resolved address, then connects to a checked IP (never re-resolves).

    httpcore still starts TLS with the URL's host name, so SNI and certificate checks are
    unaffected by connecting to an IP.
    """

    def __init__(self, gate: Gate) -> None:
        self._gate = gate

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _time_left(timeout, httpcore.ConnectTimeout)
        infos = _resolve(host, port, timeout)
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not addresses:
            raise httpcore.ConnectError(f"could not resolve {host} (no addresses)")
        if not self._gate.allows(host, port):
            for address in addresses:
                self._check(address, port)
        error: Exception = httpcore.ConnectError(f"could not connect to {host}")
        for address in addresses:
            try:
                # A literal IP: create_connection's own getaddrinfo does no DNS lookup.
                stream = super().connect_tcp(
                    address,
                    port,
                    timeout=_time_left(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:
                error = exc
                continue
            return _DeadlineStream(stream)
        raise error

    def _check(self, address: str, port: int) -> None:
        ip = parse_ip(address)
        if ip is None:  # getaddrinfo always answers with numeric addresses
            raise httpcore.ConnectError(f"resolver returned {address!r}")
        refusal = classify(ip)
        if refusal is None or self._gate.allows(str(ip), port):
            return
        if not self._gate.permits(refusal):
            raise AddressRefused(refusal)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are never used by the fetcher")


# Most specific first: httpcore's exceptions as the httpx ones the Client expects.
_CORE_TO_HTTPX: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


def _as_httpx(exc: Exception) -> Exception:
    for core_type, httpx_type in _CORE_TO_HTTPX:
        if isinstance(exc, core_type):
            return httpx_type(str(exc))
    return exc


class _CoreStream(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except Exception as exc:
            raise _as_httpx(exc) from exc

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool that connects only through _GuardedBackend.

    Built from public httpx/httpcore pieces rather than by patching HTTPTransport's pool.
    """

    def __init__(self, gate: Gate) -> None:
        self._pool = httpcore.ConnectionPool(
            # trust_env only lets SSL_CERT_FILE/SSL_CERT_DIR name the CA bundle (for operators
            # behind their own CA); it has no say over which addresses are reached.
            ssl_context=httpx.create_ssl_context(trust_env=True),
            max_connections=20,
            max_keepalive_connections=10,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(gate),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            core_response = self._pool.handle_request(core_request)
        except Exception as exc:
            raise _as_httpx(exc) from exc
        assert isinstance(core_response.stream, Iterable)
        return httpx.Response(
            status_code=core_response.status,
            headers=core_response.headers,
            stream=_CoreStream(core_response.stream),
            extensions=core_response.extensions,
        )

    def close(self) -> None:
        self._pool.close()
