"""Start a throwaway PostgreSQL server for the test session.

PostgreSQL refuses to run as root, and CI runs as root: then the server runs as the `postgres`
system user, in a temporary folder that user owns. It listens on 127.0.0.1 and a free port only.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/" + name), reverse=True)
    if candidates:
        return candidates[0]
    raise PostgresUnavailable("%s not found (install PostgreSQL server binaries)" % name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    directory: Path
    port: int
    run_as: list[str]

    @property
    def url(self) -> str:
        return "postgres://postgres@127.0.0.1:%d/postgres" % self.port

    def stop(self) -> None:
        subprocess.run(
            [*self.run_as, _binary("pg_ctl"), "-D", str(self.directory / "data"), "-m", "immediate",
             "stop"],
            capture_output=True, check=False, timeout=60,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


def start_postgres() -> PostgresServer:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    directory = Path(tempfile.mkdtemp(prefix="masthead-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(directory, "postgres", "postgres")
    data = directory / "data"
    port = _free_port()
    commands = [
        [*run_as, initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
         "--no-sync"],
        [*run_as, pg_ctl, "-D", str(data), "-l", str(directory / "log"), "-w", "-t", "60",
         "-o", "-h 127.0.0.1 -p %d -k %s -F -c fsync=off -c full_page_writes=off "
         "-c synchronous_commit=off" % (port, directory),
         "start"],
    ]
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
        if done.returncode != 0:
            log = (directory / "log").read_text() if (directory / "log").exists() else ""
            shutil.rmtree(directory, ignore_errors=True)
            raise PostgresUnavailable(
                "%s failed: %s %s" % (Path(command[len(run_as)]).name, done.stderr.strip(), log)
            )
    server = PostgresServer(directory, port, run_as)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.stop()
    raise PostgresUnavailable("PostgreSQL did not start listening on port %d" % port)
