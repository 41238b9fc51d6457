"""The demo's HTTP server: serves the in-memory site on 127.0.0.1, with the behaviour a real
news site's server has (Content-Type with charset, ETag and Last-Modified with 304 answers to
conditional requests, gzip when asked for), so the fetcher and scheduler are truly exercised.

Only paths of the built site are ever served: a path is a key of a dict, never a file name.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from masthead.demo.site import DEFAULT_PORT, build

logger = logging.getLogger(__name__)

_NOT_FOUND = (
    b'<!DOCTYPE html>\n<html lang="en"><title>Not found</title><h1>Not found</h1></html>\n'
)


@dataclass
class _Resource:
    content_type: str
    body: bytes
    etag: str  # quoted, strong
    last_modified: datetime
    gzipped: bytes | None = None  # filled on first request that accepts gzip

    @property
    def compressible(self) -> bool:
        return not self.content_type.startswith("image/png") and len(self.body) > 256


def _accepts_gzip(header: str) -> bool:
    """Whether an Accept-Encoding header allows gzip (q-values honoured, "*" understood)."""
    allowed: dict[str, float] = {}
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if name:
            allowed[name.strip().lower()] = q
    if "gzip" in allowed:
        return allowed["gzip"] > 0
    return allowed.get("*", 0) > 0


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    resources: dict[str, _Resource]
    gzip_lock: threading.Lock


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = 30  # idle keep-alive connections end instead of holding a thread forever
    # Headers and body go out in separate writes; without TCP_NODELAY, Nagle's algorithm and
    # delayed ACKs add ~40 ms to every keep-alive response.
    disable_nagle_algorithm = True
    server_version = "MastheadDemo/1.0"

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's naming)
        self._respond(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(with_body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        # The stdlib passes a %-format and its arguments: hand both to logging, lazily.
        logger.debug("demo server: %s", format % args)

    def _respond(self, *, with_body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        resource = self.server.resources.get(path)
        if resource is None:
            self._send(404, "text/html; charset=utf-8", _NOT_FOUND, with_body, {})
            return
        gzip_ok = resource.compressible and _accepts_gzip(
            self.headers.get("Accept-Encoding", "")
        )
        etag = resource.etag[:-1] + '-gzip"' if gzip_ok else resource.etag
        headers = {
            "ETag": etag,
            "Last-Modified": format_datetime(resource.last_modified, usegmt=True),
            "Cache-Control": "public, max-age=300",
            "Vary": "Accept-Encoding",
        }
        if self._not_modified(resource):
            self._send(304, "", b"", False, headers)
            return
        body = resource.body
        if gzip_ok:
            with self.server.gzip_lock:
                if resource.gzipped is None:
                    # mtime=0: the same bytes every time, like the ETag promises.
                    resource.gzipped = gzip.compress(resource.body, mtime=0)
            body = resource.gzipped
            headers["Content-Encoding"] = "gzip"
        self._send(200, resource.content_type, body, with_body, headers)

    def _not_modified(self, resource: _Resource) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            # RFC 9110: If-None-Match wins over If-Modified-Since; weak comparison.
            core = resource.etag.strip('"')
            for tag in if_none_match.split(","):
                tag = tag.strip()
                if tag == "*":
                    return True
                tag = tag.removeprefix("W/").strip('"')
                if tag in (core, core + "-gzip"):
                    return True
            return False
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                return False
            return resource.last_modified.replace(microsecond=0) <= since
        return False

    def _send(
        self, status: int, content_type: str, body: bytes, with_body: bool,
        headers: dict[str, str],
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body and status != 304:
            self.wfile.write(body)


class DemoServer:
    """The demo outlets on http://127.0.0.1:PORT (port 0: an ephemeral port, known after start).

    Use as a context manager, or call start() and stop(). The site is built once, at start,
    with absolute URLs on this server's own address.
    """

    def __init__(self, port: int = DEFAULT_PORT) -> None:
        self._requested_port = port
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._httpd is not None:
            return int(self._httpd.server_address[1])
        if self._requested_port == 0:
            raise RuntimeError("an ephemeral port is only known once the server has started")
        return self._requested_port

    @property
    def host_port(self) -> str:
        return "127.0.0.1:%d" % self.port

    @property
    def base_url(self) -> str:
        return "http://" + self.host_port

    def start(self) -> None:
        if self._httpd is not None:
            raise RuntimeError("the demo server is already running")
        httpd = _Server(("127.0.0.1", self._requested_port), _Handler)
        try:
            base = "http://127.0.0.1:%d" % httpd.server_address[1]
            site = build(base)
            httpd.resources = {
                path: _Resource(
                    content_type=content_type,
                    body=body,
                    etag='"%s"' % hashlib.sha256(body).hexdigest()[:20],
                    last_modified=site.modified[path],
                )
                for path, (content_type, body) in site.pages.items()
            }
            httpd.gzip_lock = threading.Lock()
        except BaseException:
            httpd.server_close()
            raise
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
            name="masthead-demo-server", daemon=True,
        )
        self._thread.start()
        logger.info("demo server listening on %s", self.base_url)

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        self._httpd = None
        self._thread = None

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
