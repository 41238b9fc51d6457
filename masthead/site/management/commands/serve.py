"""`masthead serve`: the production web server (gunicorn), not Django's runserver."""

from __future__ import annotations

import os
from argparse import ArgumentParser
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from gunicorn.app.base import BaseApplication


class MastheadServer(BaseApplication):  # type: ignore[misc]
    """Gunicorn configured from code, serving Masthead's WSGI application."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from masthead.config.wsgi import application

        return application


def serve(host: str, port: int, workers: int, threads: int) -> None:
    # Hashed, compressed copies of the static files, served with year-long immutable caching.
    call_command("collectstatic", interactive=False, verbosity=0)
    MastheadServer(
        {
            "bind": "%s:%d" % (host, port),
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread",
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
            "timeout": 60,
            "graceful_timeout": 10,
        }
    ).run()


class Command(BaseCommand):
    help = "Serve the site with gunicorn (production-grade; put a proxy in front for TLS)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=min(4, (os.cpu_count() or 1) + 1))
        parser.add_argument("--threads", type=int, default=4)

    def handle(self, *args: Any, **options: Any) -> None:
        if not 0 < options["port"] < 65536:
            raise CommandError("--port must be between 1 and 65535")
        if options["workers"] < 1 or options["threads"] < 1:
            raise CommandError("--workers and --threads must be at least 1")
        self.stdout.write("Serving on http://%s:%d/" % (options["host"], options["port"]))
        serve(options["host"], options["port"], options["workers"], options["threads"])
