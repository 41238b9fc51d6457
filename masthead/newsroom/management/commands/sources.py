"""`masthead sources add|import|export|list`: manage what the portal follows."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.table import Table

from masthead.newsroom.models import Source
from masthead.newsroom.services import add_source, export_outlines, import_outlines
from masthead.pipeline.collect import SourceError
from masthead.pipeline.fetch import FetchError
from masthead.pipeline.opml import OPMLError, build_opml, parse_opml


class Command(BaseCommand):
    help = "Add, import, export and list sources."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        add = actions.add_parser("add", help="Follow a feed, sitemap, site home page or article.")
        add.add_argument("url")
        add.add_argument("--section", default="", help="Default section for its articles.")
        imp = actions.add_parser("import", help="Follow every feed of an OPML file.")
        imp.add_argument("file")
        exp = actions.add_parser("export", help="Write the sources as OPML.")
        exp.add_argument("--output", "-o", default="-", help="File to write (default: stdout).")
        listing = actions.add_parser("list", help="List sources with their health.")
        listing.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, "handle_" + options["action"])(options)

    def handle_add(self, options: dict[str, Any]) -> None:
        url = options["url"].strip()
        try:
            source = add_source(url, options["section"])
        except (FetchError, SourceError) as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write("Following %s (%s, id %d)" % (source.url, source.kind, source.pk))

    def handle_import(self, options: dict[str, Any]) -> None:
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError("cannot read %s: %s" % (path, exc.strerror)) from None
        try:
            outlines = parse_opml(data)
        except OPMLError as exc:
            raise CommandError("%s: %s" % (path, exc)) from None
        added, existing = import_outlines(outlines)
        self.stdout.write("Imported %d sources (%d already followed)" % (added, existing))

    def handle_export(self, options: dict[str, Any]) -> None:
        opml = build_opml(export_outlines())
        if options["output"] == "-":
            sys.stdout.buffer.write(opml)
            sys.stdout.flush()
            return
        try:
            Path(options["output"]).write_bytes(opml)
        except OSError as exc:
            raise CommandError("cannot write %s: %s" % (options["output"], exc.strerror)) from None

    def handle_list(self, options: dict[str, Any]) -> None:
        sources = Source.objects.select_related("section").order_by("id")
        if options["json"]:
            import json

            rows = [
                {
                    "id": s.pk, "url": s.url, "kind": s.kind, "name": s.name,
                    "section": s.section.name if s.section else "", "health": s.health,
                    "errors": s.error_count, "last_error": s.last_error,
                    "articles": s.articles.count(),
                    "last_fetched_at": s.last_fetched_at.isoformat() if s.last_fetched_at else None,
                    "next_fetch_at": s.next_fetch_at.isoformat(),
                }
                for s in sources
            ]
            self.stdout.write(json.dumps(rows, indent=2))
            return
        table = Table("id", "name", "kind", "section", "health", "articles", "last fetched",
                      "last error")
        for s in sources:
            table.add_row(
                str(s.pk), s.name or s.url, s.kind, s.section.name if s.section else "",
                s.health, str(s.articles.count()),
                s.last_fetched_at.strftime("%Y-%m-%d %H:%M") if s.last_fetched_at else "never",
                s.last_error[:60],
            )
        Console(file=cast(IO[str], self.stdout), width=160).print(table)
