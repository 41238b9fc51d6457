"""Shared pieces of the benchmarks: a loopback server, the data folder, medians."""

from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"


class DataMissing(SystemExit):
    pass


def require_folder(path: Path, what: str) -> Path:
    if not path.is_dir():
        raise DataMissing(
            "benchmark data not found: %s is absent (%s); pass --data DIR" % (path, what)
        )
    return path


class StaticSite:
    """Serve a dict of path -> (content type, body) on 127.0.0.1 and an ephemeral port."""

    def __init__(self, pages: dict[str, tuple[str, bytes]]) -> None:
        site = pages

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                page = site.get(unquote(urlsplit(self.path).path))
                if page is None:
                    self.send_error(404)
                    return
                content_type, body = page
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return "http://127.0.0.1:%d" % self.server.server_address[1]

    @property
    def host_port(self) -> str:
        return "127.0.0.1:%d" % self.server.server_address[1]

    def __enter__(self) -> StaticSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def print_result(result: dict[str, object]) -> None:
    """The last line of every benchmark: one JSON object."""
    print(json.dumps(result, sort_keys=True), flush=True)


def quiet_django(data_dir: str) -> None:
    """Point Django at a throwaway SQLite database before it loads its settings."""
    os.environ["MASTHEAD_DATA_DIR"] = data_dir
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("MASTHEAD_SECRET_KEY", "benchmark-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.config.settings")
