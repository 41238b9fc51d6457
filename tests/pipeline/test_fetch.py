"""The guarded fetcher, against real HTTP(S) servers on 127.0.0.1.

Name resolution is only faked (by replacing socket.getaddrinfo) to play a DNS-rebinding
resolver, since no DNS server runs here; every connection and byte is real.
"""

from __future__ import annotations

import gzip
import http.client
import pickle
import ssl
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from masthead.pipeline.fetch import (
    Fetcher,
    FetchError,
    FetchPolicy,
    FetchTimeout,
    HostUnreachable,
    HTTPStatusError,
    InvalidURL,
    RefusedAddress,
    TooLarge,
    TooManyRedirects,
    check_url,
)
from tests.shared_data import shared_data_path
from tests.support.httpserver import (
    FakeDNS,
    FixtureServer,
    NoNetwork,
    RecordedRequest,
    Reply,
    closed_port,
)

TESTDATA = Path(__file__).parent / "testdata" / "fetch"
HINT = "(set MASTHEAD_FETCH_ALLOW_PRIVATE or MASTHEAD_FETCH_ALLOWED_HOSTS to allow it)"


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as running:
        yield running


def allowing(server: FixtureServer, **options: Any) -> Fetcher:
    return Fetcher(FetchPolicy(allowed_hosts=frozenset({server.host_port}), **options))


# --- refusals without touching the network ---------------------------------------------------


def url_list(name: str) -> list[str]:
    text = (TESTDATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


REFUSED = url_list("refused_urls.txt")
INVALID = [*url_list("invalid_urls.txt"), ""]


@pytest.mark.parametrize("url", REFUSED)
def test_non_public_addresses_are_refused_without_network(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = NoNetwork(monkeypatch)
    with pytest.raises(RefusedAddress) as refused:
        check_url(url, FetchPolicy())
    assert refused.value.url == url
    with Fetcher() as fetcher, pytest.raises(RefusedAddress):
        fetcher.get(url)
    assert network.attempts == []


def test_shared_ssrf_urls_are_refused_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    urls = [
        line.strip()
        for line in shared_data_path("security/ssrf_urls.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert urls
    network = NoNetwork(monkeypatch)
    with Fetcher() as fetcher:
        for url in urls:
            with pytest.raises((RefusedAddress, InvalidURL)):
                check_url(url, FetchPolicy())
            with pytest.raises((RefusedAddress, InvalidURL)):
                fetcher.get(url)
    assert network.attempts == []


@pytest.mark.parametrize("url", INVALID)
def test_non_http_and_malformed_urls_are_invalid(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    network = NoNetwork(monkeypatch)
    with pytest.raises(InvalidURL):
        check_url(url, FetchPolicy(allow_private=True))
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher, pytest.raises(InvalidURL):
        fetcher.get(url)
    assert network.attempts == []


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/feed.xml",
        "http://8.8.8.8:8080/",
        "http://[2606:4700:4700::1111]/",
        "http://[64:ff9b::808:808]/",
        "http://[::ffff:8.8.8.8]/",
        "https://xn--exmple-cua.example/",
    ],
)
def test_public_addresses_pass_the_quick_check(url: str) -> None:
    check_url(url, FetchPolicy())


def test_refusal_message_is_one_clear_line() -> None:
    with pytest.raises(RefusedAddress) as refused:
        check_url("http://127.0.0.1:9/", FetchPolicy())
    assert str(refused.value) == (
        "refused: http://127.0.0.1:9/ resolves to 127.0.0.1, a loopback address " + HINT
    )
    with pytest.raises(RefusedAddress) as refused:
        check_url("http://[::ffff:169.254.169.254]/", FetchPolicy(allow_private=True))
    message = str(refused.value)
    assert "IPv4-mapped IPv6 address embedding 169.254.169.254, a cloud metadata address" in message
    assert "MASTHEAD_FETCH_ALLOWED_HOSTS" in message and "\n" not in message


def test_allow_private_never_opens_metadata_or_multicast() -> None:
    policy = FetchPolicy(allow_private=True)
    for url in ("http://10.0.0.1/", "http://[::1]/", "http://localhost/", "http://100.64.0.1/"):
        check_url(url, policy)
    for url in ("http://169.254.169.254/", "http://[fd00:ec2::254]/", "http://224.0.0.1/"):
        with pytest.raises(RefusedAddress):
            check_url(url, policy)
    check_url(
        "http://169.254.169.254/", FetchPolicy(allowed_hosts=frozenset({"169.254.169.254:80"}))
    )


def test_malformed_allowed_host_is_reported() -> None:
    with pytest.raises(ValueError, match="host:port"):
        FetchPolicy(allowed_hosts=frozenset({"127.0.0.1"}))
    with pytest.raises(ValueError, match=r"\[addr\]:port"):
        FetchPolicy(allowed_hosts=frozenset({"::1:8701"}))


# --- the loopback fixture server and the operator's exceptions --------------------------------


def test_loopback_server_refused_by_default(server: FixtureServer) -> None:
    server.add("/feed.xml", "<rss/>")
    with Fetcher() as fetcher, pytest.raises(RefusedAddress) as refused:
        fetcher.get(server.url("/feed.xml"))
    assert "a loopback address" in str(refused.value)
    assert server.requests == []


def test_allowed_hosts_opens_exactly_that_host_and_port(server: FixtureServer) -> None:
    server.add("/feed.xml", "<rss/>", headers={"Content-Type": "application/rss+xml"})
    with allowing(server) as fetcher:
        response = fetcher.get(server.url("/feed.xml"))
    assert (response.status, response.content) == (200, b"<rss/>")
    assert response.content_type == "application/rss+xml"
    assert response.url == server.url("/feed.xml") and response.redirects == ()
    assert response.elapsed > 0
    other_port = Fetcher(FetchPolicy(allowed_hosts=frozenset({f"127.0.0.1:{closed_port()}"})))
    with other_port, pytest.raises(RefusedAddress):
        other_port.get(server.url("/feed.xml"))
    with allowing(server) as fetcher, pytest.raises(RefusedAddress):
        fetcher.get(f"http://localhost:{server.port}/feed.xml")  # the name is not the IP


def test_allow_private_opens_loopback(server: FixtureServer) -> None:
    server.add("/page", "<p>hi</p>")
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        assert fetcher.get(server.url("/page")).content == b"<p>hi</p>"
        assert fetcher.get(f"http://localhost:{server.port}/page").status == 200


def test_request_headers_and_proxy_environment(
    server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A proxy from the environment would take the request past the address check: ignored.
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{closed_port()}")
    server.add("/feed", "ok")
    with allowing(server, user_agent="Masthead-test/1") as fetcher:
        fetcher.get(server.url("/feed"), accept="application/rss+xml, */*;q=0.1")
    sent = server.requests[0]
    assert sent.path == "/feed"
    assert sent.headers["user-agent"] == "Masthead-test/1"
    assert sent.headers["accept"] == "application/rss+xml, */*;q=0.1"
    assert sent.headers["accept-encoding"] == "gzip, deflate"
    assert "if-none-match" not in sent.headers and "if-modified-since" not in sent.headers


# --- redirects ---------------------------------------------------------------------------------


def test_redirect_to_another_loopback_port_is_refused(server: FixtureServer) -> None:
    with FixtureServer() as other:
        other.add("/secret", "internal")
        server.add("/go", b"", 302, {"Location": other.url("/secret")})
        with allowing(server) as fetcher, pytest.raises(RefusedAddress) as refused:
            fetcher.get(server.url("/go"))
        assert other.requests == []
    assert refused.value.url == server.url("/go")
    assert "redirected from {}".format(server.url("/go")) in str(refused.value)


def test_redirect_to_metadata_or_file_is_refused(server: FixtureServer) -> None:
    server.add("/meta", b"", 301, {"Location": "http://169.254.169.254/latest/meta-data/"})
    server.add("/file", b"", 307, {"Location": "file:///etc/passwd"})
    with allowing(server, allow_private=True) as fetcher:
        with pytest.raises(RefusedAddress, match="cloud metadata"):
            fetcher.get(server.url("/meta"))
        with pytest.raises(InvalidURL):
            fetcher.get(server.url("/file"))


def test_redirects_are_followed_and_reported(server: FixtureServer) -> None:
    server.add("/old", b"", 301, {"Location": "/middle?x=1"})
    server.add("/middle", b"", 308, {"Location": server.url("/new")})
    server.add("/new", "moved here")
    with allowing(server) as fetcher:
        response = fetcher.get(server.url("/old"))
    assert response.content == b"moved here"
    assert response.url == server.url("/new")
    assert response.redirects == (server.url("/old"), server.url("/middle?x=1"))


def test_redirect_chain_limit(server: FixtureServer) -> None:
    for hop in range(7):
        server.add(f"/hop{hop}", b"", 302, {"Location": f"/hop{hop + 1}"})
    server.add("/hop7", "end")
    with allowing(server) as fetcher:
        assert len(fetcher.get(server.url("/hop2")).redirects) == 5
        with pytest.raises(TooManyRedirects) as too_many:
            fetcher.get(server.url("/hop1"))
    assert too_many.value.url == server.url("/hop1")
    server.add("/loop", b"", 302, {"Location": "/loop"})
    with allowing(server, max_redirects=2) as fetcher, pytest.raises(TooManyRedirects):
        fetcher.get(server.url("/loop"))


def test_cookies_live_only_within_one_redirect_chain(server: FixtureServer) -> None:
    server.add("/login", b"", 302, {"Location": "/landing", "Set-Cookie": "session=abc; Path=/"})
    server.add("/landing", "welcome")
    with allowing(server) as fetcher:
        fetcher.get(server.url("/login"))
        fetcher.get(server.url("/landing"))
    cookies = [request.headers.get("cookie") for request in server.requests]
    assert cookies == [None, "session=abc", None]


# --- the resolved address is what is checked and what is connected to --------------------------


def test_hostname_resolving_to_loopback_is_refused_at_connect(
    server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dns = FakeDNS(monkeypatch)
    dns.answer("rebind.test", ["127.0.0.1"])
    dns.answer("mixed.test", ["8.8.8.8", "10.0.0.7"])
    server.add("/", "internal")
    url = f"http://rebind.test:{server.port}/"
    check_url(url, FetchPolicy())  # a name: nothing to say before resolving
    with Fetcher() as fetcher:
        with pytest.raises(RefusedAddress) as refused:
            fetcher.get(url)
        assert (
            str(refused.value) == f"refused: {url} resolves to 127.0.0.1, a loopback address {HINT}"
        )
        # Every answer is checked, not just the first one.
        with pytest.raises(RefusedAddress, match="10.0.0.7, a private address"):
            fetcher.get(f"http://mixed.test:{server.port}/")
    assert server.requests == []


def test_connects_to_the_checked_address_without_resolving_again(
    server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dns = FakeDNS(monkeypatch)
    # A rebinding resolver: loopback (allowed here) first, then a private address.
    dns.answer("feeds.test", ["127.0.0.1"], ["10.0.0.7"], ["10.0.0.7"])
    server.add("/feed", "fresh")
    with allowing(server) as fetcher:
        response = fetcher.get(f"http://feeds.test:{server.port}/feed")
    assert response.content == b"fresh"
    assert dns.lookups == ["feeds.test"]
    assert server.requests[0].headers["host"] == f"feeds.test:{server.port}"


def test_dns_failure_and_closed_port_are_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    port = closed_port()
    with Fetcher(FetchPolicy(allowed_hosts=frozenset({f"127.0.0.1:{port}"}))) as fetcher:
        with pytest.raises(HostUnreachable, match=f"unreachable: http://127.0.0.1:{port}/"):
            fetcher.get(f"http://127.0.0.1:{port}/")
    dns = FakeDNS(monkeypatch)
    dns.answer("nowhere.test", [])
    with Fetcher() as fetcher, pytest.raises(HostUnreachable, match="could not resolve"):
        fetcher.get("http://nowhere.test/")


# --- TLS: the certificate is checked against the host name, not the IP connected to ------------


@pytest.fixture
def tls_server() -> Iterator[tuple[FixtureServer, list[str]]]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TESTDATA / "server.pem", TESTDATA / "server.key")
    server_names: list[str] = []
    context.sni_callback = lambda sock, name, ctx: server_names.append(name)
    with FixtureServer(ssl_context=context) as running:
        running.add("/feed", "secure")
        yield running, server_names


def test_tls_uses_the_host_name(
    tls_server: tuple[FixtureServer, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, server_names = tls_server
    dns = FakeDNS(monkeypatch)
    dns.answer("feeds.test", ["127.0.0.1"])
    dns.answer("other.test", ["127.0.0.1"])
    monkeypatch.setenv("SSL_CERT_FILE", str(TESTDATA / "ca.pem"))
    with allowing(server) as fetcher:
        response = fetcher.get(f"https://feeds.test:{server.port}/feed")
        assert response.content == b"secure"
        with pytest.raises(HostUnreachable, match="other.test"):
            fetcher.get(f"https://other.test:{server.port}/feed")
    assert server_names == ["feeds.test", "other.test"]
    monkeypatch.delenv("SSL_CERT_FILE")
    with allowing(server) as fetcher, pytest.raises(HostUnreachable, match="CERTIFICATE_VERIFY"):
        fetcher.get(f"https://feeds.test:{server.port}/feed")


def test_tls_error_is_unreachable(server: FixtureServer) -> None:
    with allowing(server) as fetcher, pytest.raises(HostUnreachable):
        fetcher.get(f"https://{server.host_port}/")  # a plain-HTTP server


# --- conditional GET and statuses --------------------------------------------------------------

LAST_MODIFIED = "Tue, 03 Mar 2026 10:00:00 GMT"


def conditional(request: RecordedRequest) -> Reply:
    if (
        request.headers.get("if-none-match") == '"v1"'
        or request.headers.get("if-modified-since") == LAST_MODIFIED
    ):
        return 304, {"ETag": '"v1"'}, b""
    return 200, {"ETag": '"v1"', "Last-Modified": LAST_MODIFIED}, b"<rss>v1</rss>"


def test_conditional_get(server: FixtureServer) -> None:
    server.add("/feed", conditional)
    with allowing(server) as fetcher:
        first = fetcher.get(server.url("/feed"))
        assert (first.status, first.not_modified, first.content) == (200, False, b"<rss>v1</rss>")
        by_etag = fetcher.get(server.url("/feed"), etag=first.etag)
        by_date = fetcher.get(server.url("/feed"), last_modified=first.last_modified)
    for response in (by_etag, by_date):
        assert (response.status, response.not_modified, response.content) == (304, True, b"")
    assert server.requests[1].headers["if-none-match"] == '"v1"'
    assert server.requests[2].headers["if-modified-since"] == LAST_MODIFIED
    assert "if-modified-since" not in server.requests[1].headers


def test_error_statuses_carry_retry_after(server: FixtureServer) -> None:
    in_90s = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    server.add("/busy", "slow down", 429, {"Retry-After": "120"})
    server.add("/down", "maintenance", 503, {"Retry-After": in_90s})
    server.add("/odd", "?", 503, {"Retry-After": "soon"})
    server.add("/past", "?", 503, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    server.add("/gone", "no", 404)
    with allowing(server) as fetcher:
        errors = {}
        for path in ("/busy", "/down", "/odd", "/past", "/gone"):
            with pytest.raises(HTTPStatusError) as failed:
                fetcher.get(server.url(path))
            errors[path] = failed.value
    assert (errors["/busy"].status, errors["/busy"].retry_after) == (429, 120.0)
    assert "retry after 120 s" in str(errors["/busy"])
    assert errors["/down"].status == 503
    assert errors["/down"].retry_after is not None and 80 <= errors["/down"].retry_after <= 91
    assert errors["/odd"].retry_after is None
    assert errors["/past"].retry_after == 0.0
    assert (errors["/gone"].status, errors["/gone"].retry_after) == (404, None)
    assert str(errors["/gone"]) == "HTTP 404 Not Found from {}".format(server.url("/gone"))
    assert isinstance(errors["/gone"], FetchError) and errors["/gone"].url == server.url("/gone")
    copy = pickle.loads(pickle.dumps(errors["/busy"]))
    assert (type(copy), str(copy), copy.url, copy.status, copy.retry_after) == (
        HTTPStatusError,
        str(errors["/busy"]),
        server.url("/busy"),
        429,
        120.0,
    )


# --- size cap ------------------------------------------------------------------------------------


def chunks(count: int, size: int, delay: float = 0.0) -> Callable[[RecordedRequest], Reply]:
    def handler(request: RecordedRequest) -> Reply:
        def body() -> Iterator[bytes]:
            for _ in range(count):
                if delay:
                    time.sleep(delay)
                yield b"x" * size

        return 200, {"Content-Type": "text/plain"}, body()

    return handler


def test_declared_length_over_the_cap_is_rejected_before_reading(server: FixtureServer) -> None:
    server.add("/huge", chunks(1, 10), headers=None)
    server.add("/liar", lambda request: (200, {"Content-Length": str(100 * 2**20)}, iter([b"x"])))
    with allowing(server, max_bytes=2**20) as fetcher:
        started = time.monotonic()
        with pytest.raises(TooLarge, match="declares 100 MiB"):
            fetcher.get(server.url("/liar"))
        assert time.monotonic() - started < 1.0


def test_body_without_length_is_cut_at_the_cap(server: FixtureServer) -> None:
    server.add("/stream", chunks(40, 64 * 1024))  # 2.5 MiB, chunked
    server.add("/exact", b"y" * 1000)
    server.add("/over", b"y" * 1001)
    with allowing(server, max_bytes=2**20) as fetcher, pytest.raises(TooLarge, match="1 MiB"):
        fetcher.get(server.url("/stream"))
    with allowing(server, max_bytes=1000) as fetcher:
        assert len(fetcher.get(server.url("/exact")).content) == 1000
        with pytest.raises(TooLarge):
            fetcher.get(server.url("/over"))


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    return gzip.compress(bytes(50 * 2**20), compresslevel=9)  # 50 MiB of zeros, ~50 KiB


def test_gzip_bomb_is_stopped_with_bounded_memory(server: FixtureServer, gzip_bomb: bytes) -> None:
    server.add("/bomb", gzip_bomb, headers={"Content-Encoding": "gzip"})
    with allowing(server, max_bytes=2**20) as fetcher:
        tracemalloc.start()
        started = time.monotonic()
        try:
            with pytest.raises(TooLarge):
                fetcher.get(server.url("/bomb"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert time.monotonic() - started < 2.0
    assert peak < 8 * 2**20, f"inflated {peak} bytes at once"


def test_compressed_bodies_are_decoded(server: FixtureServer) -> None:
    text = b"<p>Fictional copy for the decoder test.</p>" * 500
    raw_deflate = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    server.add("/gz", gzip.compress(text), headers={"Content-Encoding": "gzip"})
    server.add(
        "/two", gzip.compress(text) + gzip.compress(text), headers={"Content-Encoding": "gzip"}
    )
    server.add("/zlib", zlib.compress(text), headers={"Content-Encoding": "deflate"})
    server.add(
        "/raw",
        raw_deflate.compress(text) + raw_deflate.flush(),
        headers={"Content-Encoding": "deflate"},
    )
    server.add("/junk", gzip.compress(text) + bytes(100), headers={"Content-Encoding": "gzip"})
    server.add("/bad", b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with allowing(server) as fetcher:
        for path in ("/gz", "/zlib", "/raw"):
            assert fetcher.get(server.url(path)).content == text, path
        assert fetcher.get(server.url("/two")).content == text + text
        assert fetcher.get(server.url("/junk")).content == text
        with pytest.raises(FetchError, match="corrupt compressed body"):
            fetcher.get(server.url("/bad"))


# --- the deadline covers the whole fetch ---------------------------------------------------------


def test_trickling_server_is_cut_at_the_deadline(server: FixtureServer) -> None:
    server.add("/trickle", chunks(50, 1, delay=0.2))
    with allowing(server, deadline=1.0) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchTimeout, match="within 1 s"):
            fetcher.get(server.url("/trickle"))
    assert 0.9 <= time.monotonic() - started < 1.6


def test_silent_server_is_cut_at_the_deadline(server: FixtureServer) -> None:
    release = threading.Event()

    def silent(request: RecordedRequest) -> Reply:
        release.wait(5)
        return 200, {}, b"too late"

    server.add("/silent", silent)
    try:
        with allowing(server, deadline=0.5) as fetcher:
            started = time.monotonic()
            with pytest.raises(FetchTimeout):
                fetcher.get(server.url("/silent"))
            assert time.monotonic() - started < 1.0
    finally:
        release.set()


def test_deadline_spans_redirects(server: FixtureServer) -> None:
    def slow_redirect(request: RecordedRequest) -> Reply:
        time.sleep(0.3)
        return 302, {"Location": "/slow"}, b""

    server.add("/slow", slow_redirect)
    with allowing(server, deadline=1.0, max_redirects=20) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchTimeout):
            fetcher.get(server.url("/slow"))
    assert time.monotonic() - started < 1.5


# --- the fixture server itself ---------------------------------------------------------------


def test_fixture_server_serves_a_directory_safely(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    (site / "news" / "index.html").write_text("<h1>News</h1>")
    (site / "feed.xml").write_text("<rss/>")
    (tmp_path / "secret.txt").write_text("private")
    (site / "escape").symlink_to(tmp_path)
    with FixtureServer(directory=site) as running:
        results = {}
        for path in (
            "/feed.xml",
            "/news/",
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/news/..%2f..%2fsecret.txt",
            "/escape/secret.txt",
            "/missing",
        ):
            connection = http.client.HTTPConnection("127.0.0.1", running.port, timeout=5)
            connection.request("GET", path)
            reply = connection.getresponse()
            results[path] = (reply.status, reply.read())
            connection.close()
    assert results["/feed.xml"] == (200, b"<rss/>")
    assert results["/news/"] == (200, b"<h1>News</h1>")
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/news/..%2f..%2fsecret.txt"):
        assert results[path][0] == 404, path
    assert results["/escape/secret.txt"][0] == 404
    assert results["/missing"][0] == 404
