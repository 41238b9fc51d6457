"""A small threaded HTTP server on 127.0.0.1 for tests, demos and benchmarks.

Also `NoNetwork` (records and blocks every lookup and connection) and `FakeDNS` (answers
chosen names, e.g. to play a DNS-rebinding resolver) for tests of network code.

    with FixtureServer() as server:
        server.add("/feed.xml", FEED, headers={"Content-Type": "application/rss+xml"})
        server.add("/slow", handler)  # handler(request) -> (status, headers, body)
        fetch(server.url("/feed.xml"))
        assert server.requests[0].headers["if-none-match"] == '"v1"'

A route is either a `StaticRoute` (what `add(path, body, status, headers)` builds) or a
callable taking the `RecordedRequest` and returning `(status, headers, body)`, where body is
bytes/str or an iterable of byte chunks; a generator may sleep between chunks to trickle.
Iterable bodies are sent with chunked encoding unless the headers set Content-Length (then
the chunks are written as they come, letting a test lie about the length).

Routes match the request path with its query string first, then without. With `directory`
set, other paths are served from that folder (never outside it). With `ssl_context` (a
server-side context holding a certificate) the server speaks HTTPS instead.
"""

from __future__ import annotations

import mimetypes
import posixpath
import socket
import ssl
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

Body = bytes | str | Iterable[bytes]
Reply = tuple[int, dict[str, str], Body]


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # as sent, including the query string
    headers: dict[str, str]  # lower-cased names


@dataclass(frozen=True)
class StaticRoute:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)

    def __call__(self, request: RecordedRequest) -> Reply:
        return self.status, dict(self.headers), self.body


Route = StaticRoute | Callable[[RecordedRequest], Reply]

_DISCONNECTS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fixture: FixtureServer
    ssl_context: ssl.SSLContext | None = None

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The TLS handshake runs here, in the connection's own thread, so a client that never
        # completes it cannot stall the accept loop.
        if self.ssl_context is None:
            super().finish_request(request, client_address)
            return
        # wrap_socket takes the descriptor over from `request`, so the wrapper must be closed.
        with self.ssl_context.wrap_socket(request, server_side=True) as wrapped:
            super().finish_request(wrapped, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up mid-response is what many tests do on purpose: stay quiet.
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, *, send_body: bool) -> None:
        request = RecordedRequest(
            method=self.command,
            path=self.path,
            headers={name.lower(): value for name, value in self.headers.items()},
        )
        fixture = self.server.fixture
        fixture._record(request)
        try:
            status, headers, body = fixture._reply(request)
        except Exception:  # a broken test handler: answer 500 with the traceback, visibly
            status, headers, body = 500, {"Content-Type": "text/plain"}, traceback.format_exc()
        try:
            self._send(status, headers, body, send_body)
        except _DISCONNECTS:
            self.close_connection = True

    def _send(self, status: int, headers: dict[str, str], body: Body, send_body: bool) -> None:
        names = {name.lower() for name in headers}
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if isinstance(body, str):
            body = body.encode("utf-8")
        if isinstance(body, bytes):
            if "content-length" not in names and status not in (204, 304):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body and status not in (204, 304):
                self.wfile.write(body)
            return
        chunked = "content-length" not in names
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.flush()
        if not send_body:
            return
        for chunk in body:
            if not chunk:
                continue
            if chunked:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            else:
                self.wfile.write(chunk)
            self.wfile.flush()
        if chunked:
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.close_connection = True  # the length may have been a lie: don't reuse


class FixtureServer:
    """An HTTP/1.1 server on 127.0.0.1 with an ephemeral port, running in a daemon thread."""

    def __init__(
        self,
        routes: dict[str, Route] | None = None,
        directory: Path | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.directory = directory.resolve() if directory is not None else None
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fixture = self
        self._server.ssl_context = ssl_context
        self.scheme = "https" if ssl_context is not None else "http"
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def host_port(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return f"{self.scheme}://{self.host_port}/{path.lstrip('/')}"

    def add(
        self,
        path: str,
        body: bytes | str | Route = b"",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Serve `body` (or call `body` if it is a handler) at `path`."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        route: Route = body if callable(body) else StaticRoute(body, status, dict(headers or {}))
        with self._lock:
            self.routes[path] = route

    def start(self) -> FixtureServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"fixture-http-{self.port}",
                daemon=True,
            )
            self._thread.start()
        return self

    def close(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _reply(self, request: RecordedRequest) -> Reply:
        path_only = urlsplit(request.path).path
        with self._lock:
            route = self.routes.get(request.path) or self.routes.get(path_only)
        if route is not None:
            return route(request)
        if self.directory is not None:
            return self._from_directory(path_only)
        return 404, {"Content-Type": "text/plain"}, b"not found"

    def _from_directory(self, path: str) -> Reply:
        assert self.directory is not None
        not_found: Reply = (404, {"Content-Type": "text/plain"}, b"not found")
        # Decode once, refuse anything that could step outside the folder, then confirm
        # with the resolved path (symlinks included).
        decoded = unquote(path)
        parts = [part for part in decoded.split("/") if part]
        if "\x00" in decoded or "\\" in decoded or any(part in (".", "..") for part in parts):
            return not_found
        target = (self.directory / posixpath.join(*parts)) if parts else self.directory
        try:
            target = target.resolve()
        except (OSError, RuntimeError):
            return not_found
        if not target.is_relative_to(self.directory):
            return not_found
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return not_found
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type.endswith(("xml", "json")):
            content_type += "; charset=utf-8"
        return 200, {"Content-Type": content_type}, target.read_bytes()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- name resolution for tests: no DNS server runs here, so lookups are blocked or played ----


class NoNetwork:
    """Records (and blocks) every name lookup and connection attempt."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[str] = []

        def lookup(host: Any, *args: Any, **kwargs: Any) -> Any:
            self.attempts.append(f"getaddrinfo {host}")
            raise socket.gaierror(socket.EAI_NONAME, "network disabled in this test")

        def connect(sock: socket.socket, address: Any) -> None:
            self.attempts.append(f"connect {address}")
            raise ConnectionRefusedError("network disabled in this test")

        monkeypatch.setattr(socket, "getaddrinfo", lookup)
        monkeypatch.setattr(socket.socket, "connect", connect)


class FakeDNS:
    """A resolver answering chosen names (possibly differently each time); others are real."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: dict[str, list[list[str]]] = {}
        self.lookups: list[str] = []
        real = socket.getaddrinfo

        def lookup(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
            name = host.decode() if isinstance(host, bytes) else str(host)
            if name not in self.answers:
                return real(host, port, *args, **kwargs)
            self.lookups.append(name)
            queue = self.answers[name]
            addresses = queue.pop(0) if len(queue) > 1 else queue[0]
            return [
                (
                    socket.AF_INET6 if ":" in ip else socket.AF_INET,
                    socket.SOCK_STREAM,
                    socket.IPPROTO_TCP,
                    "",
                    (ip, int(port), 0, 0) if ":" in ip else (ip, int(port)),
                )
                for ip in addresses
            ]

        monkeypatch.setattr(socket, "getaddrinfo", lookup)

    def answer(self, name: str, *rounds: list[str]) -> None:
        self.answers[name] = list(rounds)
