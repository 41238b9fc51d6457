"""`masthead demo [--no-serve]`: build the demo portal through the real pipeline, then serve it.

A local HTTP server serves the fictional outlets of `masthead.demo`; the guarded fetcher is
allowed to reach that one server and nothing else private, exactly as an operator would allow it.
"""

from __future__ import annotations

import secrets
from argparse import ArgumentParser
from dataclasses import replace
from typing import IO, Any, cast

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from rich.console import Console

from masthead.demo import DEFAULT_PORT, DemoServer, demo_sources
from masthead.newsroom.fetching import fetch_policy
from masthead.newsroom.management.commands.stats import collect_stats
from masthead.newsroom.models import Source
from masthead.newsroom.progress import ingest_with_progress
from masthead.newsroom.services import add_source
from masthead.pipeline.collect import SourceError
from masthead.pipeline.fetch import Fetcher, FetchError


class Command(BaseCommand):
    help = "Ingest the bundled fictional outlets through the real pipeline and serve the site."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--no-serve", action="store_true", help="Build the demo, then exit.")
        parser.add_argument("--port", type=int, default=8000, help="Port of the site (8000).")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--outlets-port", type=int, default=DEFAULT_PORT,
                            help="Port of the demo outlets' server (%d)." % DEFAULT_PORT)

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        console = Console(file=cast(IO[str], self.stdout))
        server = DemoServer(options["outlets_port"])
        try:
            server.start()
        except OSError as exc:
            raise CommandError(
                "cannot start the demo outlets' server on port %d: %s (use --outlets-port)"
                % (options["outlets_port"], exc.strerror or exc)
            ) from None
        try:
            self.build(server, console)
            stats = collect_stats()
            self.stdout.write(
                "Demo ready: %(articles)d articles from %(sources)d sources in %(sections)d "
                "sections, %(authors)d authors, %(tags)d tags." % stats
            )
            self.ensure_editor()
            if not options["no_serve"]:
                from masthead.site.management.commands.serve import serve

                self.stdout.write("Serving on http://%s:%d/ (Ctrl+C to stop)"
                                  % (options["host"], options["port"]))
                serve(options["host"], options["port"], workers=2, threads=4)
        finally:
            server.stop()

    def build(self, server: DemoServer, console: Console) -> None:
        policy = replace(fetch_policy(), allowed_hosts=frozenset({server.host_port}))
        sources = []
        with Fetcher(policy) as fetcher:
            for demo in demo_sources():
                try:
                    sources.append(add_source(server.base_url + demo.path, demo.section, fetcher))
                except (FetchError, SourceError) as exc:
                    raise CommandError("demo source %s: %s" % (demo.name, exc)) from None
            for result in ingest_with_progress(sources, console, fetcher):
                if result.error:
                    raise CommandError("demo source %d: %s" % (result.source_id, result.error))
        Source.objects.filter(pk__in=[s.pk for s in sources]).update(is_active=True)

    def ensure_editor(self) -> None:
        """A staff account for trying the admin; its password is printed once, at creation."""
        users = get_user_model()
        if users.objects.filter(username="editor").exists():
            return
        password = secrets.token_urlsafe(12)
        users.objects.create_superuser("editor", "editor@example.invalid", password)
        self.stdout.write("Admin: user 'editor', password '%s' (shown once)" % password)
