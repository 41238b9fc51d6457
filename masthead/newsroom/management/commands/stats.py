"""`masthead stats [--json]`: counts of what the portal holds."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from masthead.newsroom.models import Article, Author, Section, Source, Story, Tag


def collect_stats() -> dict[str, int]:
    return {
        "articles": Article.objects.count(),
        "sources": Source.objects.count(),
        "sections": Section.objects.count(),
        "authors": Author.objects.count(),
        "tags": Tag.objects.count(),
        "stories": Story.objects.count(),
    }


class Command(BaseCommand):
    help = "Print counts of articles, sources, sections, authors, tags and stories."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        stats = collect_stats()
        if options["json"]:
            self.stdout.write(json.dumps(stats, sort_keys=True))
        else:
            for name, count in stats.items():
                self.stdout.write("%-10s %d" % (name, count))
