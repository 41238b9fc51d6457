"""Benchmark: article pages from the production server, beside a static file of the same size.

Builds the demo portal in a throwaway folder (`masthead demo --no-serve`), starts `masthead
serve` (gunicorn) on a free loopback port, warms it up, then drives it with an HTTP/1.1
keep-alive load generator (asyncio, written for this benchmark: a general client's per-request
overhead would be measured instead of the server) at 32 concurrent connections:

- static: one rendered article page saved as a file WhiteNoise serves, the same size as a page;
- article: a rotating set of article URLs, requested like a new reader does (a browser's
  User-Agent, no cookie: the server issues a reader cookie and counts the read every time);
- returning: the same URLs from readers who send their cookies back (the reader cookie and the
  CSRF cookie, issued before the run): the same shared page, their reads counted;
- for-you: what a returning reader's browser asks next, `/article/<slug>/for-you` (their
  reaction and their own Recommended, rendered for them alone), from the same readers, who by
  then have read the articles of the returning run.

Prints a table, then the last line JSON with `ratio` = article requests/s / static requests/s
(new readers) and `returning_ratio` likewise for returning readers.
Targets: both ratios >= 0.5 and p99 < 50 ms.

    masthead bench serve [--duration S] [--connections N] [--workers W] [--threads T]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from benchmarks._support import print_result, quiet_django

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
STATIC_PATH = "/static/bench/article.html"


@dataclass
class Run:
    """What one load run measured."""

    name: str
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    body_bytes: int = 0
    server_cpu: float = 0.0  # seconds of CPU the server used during the run

    @property
    def cpu_ms_per_request(self) -> float:
        return self.server_cpu / len(self.latencies) * 1000 if self.latencies else float("nan")

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000


class Connection:
    """One keep-alive HTTP/1.1 connection; optionally keeps the cookies it is given."""

    def __init__(self, port: int, keep_cookies: bool) -> None:
        self.port = port
        self.keep_cookies = keep_cookies
        self.cookies: dict[str, str] = {}
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, int]:
        """GET `path`; (status, body length). Reconnects when the server closed the line."""
        if self.writer is None:
            await self.open()
        assert self.reader is not None and self.writer is not None
        cookie = ("Cookie: %s\r\n" % "; ".join("%s=%s" % item for item in self.cookies.items())
                  if self.cookies else "")
        self.writer.write(("GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUser-Agent: %s\r\n"
                           "Accept: text/html\r\n%s\r\n"
                           % (path, self.port, BROWSER, cookie)).encode("latin-1"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length, close = 0, False
        for line in lines[1:]:
            name, _, value = line.partition(":")
            lowered = name.strip().lower()
            if lowered == "content-length":
                length = int(value)
            elif lowered == "connection" and value.strip().lower() == "close":
                close = True
            elif lowered == "set-cookie" and self.keep_cookies:
                pair = value.strip().split(";", 1)[0]
                key, _, cookie_value = pair.partition("=")
                self.cookies[key] = cookie_value
        await self.reader.readexactly(length)
        if close:
            self.close()
        return status, length


async def load(port: int, paths: list[str], seconds: float, connections: int, name: str,
               jars: list[dict[str, str]] | None = None, server_pid: int = 0) -> Run:
    """`connections` clients requesting `paths` in turn for `seconds`; every answer timed.

    With `jars` (one cookie jar per client, kept between runs) the clients are returning
    readers: a client whose jar is empty first gets its cookies from `paths[0]`, untimed.
    """
    run = Run(name, seconds)
    if jars is not None:
        await asyncio.gather(*(issue_cookies(port, jar, paths[0]) for jar in jars if not jar))
    cpu_before = server_cpu_seconds(server_pid) if server_pid else 0.0
    turn = count()
    deadline = time.perf_counter() + seconds

    async def client(number: int) -> None:
        connection = Connection(port, keep_cookies=jars is not None)
        if jars is not None:
            connection.cookies = jars[number]
        try:
            while time.perf_counter() < deadline:
                path = paths[next(turn) % len(paths)]
                started = time.perf_counter()
                try:
                    status, length = await connection.get(path)
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    run.errors += 1
                    connection.close()
                    continue
                if status != 200:
                    run.errors += 1
                    continue
                run.latencies.append(time.perf_counter() - started)
                run.body_bytes = length
        finally:
            connection.close()

    await asyncio.gather(*(client(number) for number in range(connections)))
    if server_pid:
        run.server_cpu = server_cpu_seconds(server_pid) - cpu_before
    return run


async def issue_cookies(port: int, jar: dict[str, str], path: str) -> None:
    """Fill `jar` the way a reader's first page does (reader id, CSRF cookie)."""
    connection = Connection(port, keep_cookies=True)
    connection.cookies = jar
    try:
        await connection.get(path)
    finally:
        connection.close()


def server_cpu_seconds(pid: int) -> float:
    """CPU time used so far by the server and its worker processes (Linux /proc; else 0)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    try:
        children = Path("/proc/%d/task/%d/children" % (pid, pid)).read_text().split()
        for process in [str(pid), *children]:
            fields = Path("/proc/%s/stat" % process).read_text().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    except (OSError, ValueError, IndexError):
        return 0.0
    return total


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def build_demo(env: dict[str, str], log: Path) -> None:
    with log.open("w") as out:
        done = subprocess.run([sys.executable, "-m", "masthead", "demo", "--no-serve",
                               "--outlets-port", "0"], env=env, stdout=out,
                              stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        raise SystemExit("building the demo failed; see %s" % log)
    ready = [line for line in log.read_text().splitlines() if line.startswith("Demo ready")]
    print(ready[0] if ready else "demo built")


def article_pages(port: int, limit: int) -> tuple[list[str], bytes]:
    """Article paths, newest first, and the median-sized page rendered as the server would."""
    from django.test import Client

    from masthead.newsroom.models import Article

    slugs = list(Article.objects.filter(is_hidden=False).order_by("-published_at")
                 .values_list("slug", flat=True)[:limit])
    if not slugs:
        raise SystemExit("the demo has no articles")
    paths = ["/article/%s/" % slug for slug in slugs]
    client = Client(HTTP_HOST="127.0.0.1:%d" % port, HTTP_USER_AGENT=BROWSER)
    pages = sorted((client.get(path).content for path in paths), key=len)
    return paths, pages[len(pages) // 2]


def start_server(env: dict[str, str], port: int, workers: int, threads: int,
                 log: Path) -> subprocess.Popen[bytes]:
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "masthead", "serve", "--host", "127.0.0.1", "--port",
             str(port), "--workers", str(workers), "--threads", str(threads)],
            env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("masthead serve exited (%d); see %s" % (server.returncode, log))
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/healthz" % port, timeout=2):
                return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    raise SystemExit("masthead serve did not answer within 90 s; see %s" % log)


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)  # gunicorn's graceful shutdown of its workers
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="masthead bench serve", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=10.0, help="Seconds per target (10).")
    parser.add_argument("--warmup", type=float, default=3.0, help="Warm-up seconds (3).")
    parser.add_argument("--connections", type=int, default=32, help="Concurrent connections.")
    parser.add_argument("--articles", type=int, default=100,
                        help="Article URLs in the rotating set (100).")
    parser.add_argument("--workers", type=int, default=None,
                        help="gunicorn workers (default: masthead serve's).")
    parser.add_argument("--threads", type=int, default=None,
                        help="Threads per worker (default: masthead serve's).")
    parser.add_argument("--no-returning", action="store_true",
                        help="Skip the returning-reader runs (page and for-you).")
    args = parser.parse_args(argv)
    if args.duration <= 0 or args.connections < 1 or args.articles < 1:
        parser.error("--duration, --connections and --articles must be positive")
    workers = args.workers or min(4, (os.cpu_count() or 1) + 1)
    threads = args.threads or 4

    with tempfile.TemporaryDirectory(prefix="masthead-bench-serve-") as data_dir:
        quiet_django(data_dir)
        env = dict(os.environ)
        folder = Path(data_dir)
        print("building the demo portal in %s ..." % data_dir, flush=True)
        build_demo(env, folder / "demo.log")
        import django

        django.setup()
        port = free_port()
        paths, page = article_pages(port, args.articles)
        static_file = folder / "static" / STATIC_PATH.removeprefix("/static/")
        static_file.parent.mkdir(parents=True, exist_ok=True)
        static_file.write_bytes(page)
        print("serving on 127.0.0.1:%d with %d workers x %d threads; %d article URLs, "
              "static file of %d bytes" % (port, workers, threads, len(paths), len(page)),
              flush=True)
        server = start_server(env, port, workers, threads, folder / "serve.log")
        try:
            runs = asyncio.run(measure(port, paths, args, server.pid))
        finally:
            stop_server(server)

    static, article = runs["static"], runs["article"]
    returning, for_you = runs.get("returning"), runs.get("for-you")
    print()
    print("%-34s %8s %8s %8s %12s %7s %6s" % ("target", "req/s", "p50 ms", "p99 ms",
                                             "server CPU ms", "bytes", "errors"))
    for run in runs.values():
        print("%-34s %8.0f %8.2f %8.2f %12.3f %7d %6d" % (
            run.name, run.rps, run.percentile(0.5), run.percentile(0.99),
            run.cpu_ms_per_request, run.body_bytes, run.errors))
    print("(server CPU ms: CPU time of the server's processes per request; the load generator "
          "shares the same %d CPUs)" % (os.cpu_count() or 1))
    ratio = article.rps / static.rps if static.rps else 0.0
    print("\nratio article/static: %.2f (target >= 0.5); article p99 %.1f ms (target < 50)"
          % (ratio, article.percentile(0.99)))
    if returning is not None:
        print("ratio returning/static: %.2f (target >= 0.5); returning p99 %.1f ms (target < 50)"
              % (returning.rps / static.rps if static.rps else 0.0, returning.percentile(0.99)))
    result: dict[str, object] = {
        "benchmark": "serve",
        "article_rps": round(article.rps, 1),
        "article_p50_ms": round(article.percentile(0.5), 2),
        "article_p99_ms": round(article.percentile(0.99), 2),
        "static_rps": round(static.rps, 1),
        "static_p50_ms": round(static.percentile(0.5), 2),
        "static_p99_ms": round(static.percentile(0.99), 2),
        "article_server_cpu_ms": round(article.cpu_ms_per_request, 3),
        "static_server_cpu_ms": round(static.cpu_ms_per_request, 3),
        "ratio": round(ratio, 3),
        "target_ratio": 0.5,
        "target_p99_ms": 50,
        "errors": sum(run.errors for run in runs.values()),
        "page_bytes": len(page),
        "articles": len(paths),
        "connections": args.connections,
        "duration_s": args.duration,
        "workers": workers,
        "threads": threads,
        "cpus": os.cpu_count(),
    }
    if returning is not None:
        result["returning_rps"] = round(returning.rps, 1)
        result["returning_p50_ms"] = round(returning.percentile(0.5), 2)
        result["returning_p99_ms"] = round(returning.percentile(0.99), 2)
        result["returning_server_cpu_ms"] = round(returning.cpu_ms_per_request, 3)
        result["returning_ratio"] = round(returning.rps / static.rps if static.rps else 0.0, 3)
    if for_you is not None:
        result["for_you_rps"] = round(for_you.rps, 1)
        result["for_you_p50_ms"] = round(for_you.percentile(0.5), 2)
        result["for_you_p99_ms"] = round(for_you.percentile(0.99), 2)
        result["for_you_server_cpu_ms"] = round(for_you.cpu_ms_per_request, 3)
    print_result(result)
    return 0


async def measure(port: int, paths: list[str], args: argparse.Namespace,
                  server_pid: int) -> dict[str, Run]:
    # Warm-up: each page rendered once (into the shared cache), then every worker process
    # takes its copies and warms its code paths.
    first = Connection(port, keep_cookies=False)
    for path in paths:
        await first.get(path)
    first.close()
    await load(port, paths + [STATIC_PATH], args.warmup, args.connections, "warm-up")
    runs = {
        "static": await load(port, [STATIC_PATH], args.duration, args.connections,
                             "static file (same size)", server_pid=server_pid),
        "article": await load(port, paths, args.duration, args.connections,
                              "article page, new reader", server_pid=server_pid),
    }
    if not args.no_returning:
        # The same readers in both runs: by the for-you run they have read the articles.
        jars: list[dict[str, str]] = [{} for _ in range(args.connections)]
        runs["returning"] = await load(port, paths, args.duration, args.connections,
                                       "article page, returning reader", jars=jars,
                                       server_pid=server_pid)
        runs["for-you"] = await load(port, [path + "for-you" for path in paths], args.duration,
                                     args.connections, "for-you, returning reader", jars=jars,
                                     server_pid=server_pid)
    if any(run.errors and not run.latencies for run in runs.values()):
        raise SystemExit("every request failed: %s" % statistics.mode(
            [run.name for run in runs.values() if not run.latencies]))
    return runs


if __name__ == "__main__":
    sys.exit(main())
