"""OPML import (nested categories, dedupe, hostile input) and export round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from masthead.pipeline.draft import Outline
from masthead.pipeline.opml import OPMLError, build_opml, parse_opml

DATA = Path(__file__).parent / "testdata" / "opml"


def test_nested_categories() -> None:
    outlines = parse_opml((DATA / "nested.opml").read_bytes())
    assert outlines == [
        Outline(
            xml_url="https://daily.example/rss",
            title="Uncategorised Daily",
            html_url="https://daily.example/",
        ),
        Outline(
            xml_url="https://ledger.example/feed/",
            title="Lantern Street Ledger",
            html_url="https://ledger.example/",
            category="Local news",  # the folder's title wins over its text
        ),
        Outline(
            xml_url="https://gazette.example/rss.xml",
            title="Harbour & Town <Gazette>",
            category="Local news",
        ),
        Outline(
            xml_url="https://almanac.example/index.rdf",  # lower-case xmlurl attribute
            title="Parish Almanac",
            category="Inner folder",  # the nearest enclosing folder
        ),
        Outline(
            xml_url="https://notes.example/feed.json",
            title="Copperfield Tech Notes",
            category="Tech",
        ),
        # The second ledger entry is a duplicate; javascript: is dropped.
        Outline(xml_url="http://oldscheme.example/rss", title="Old scheme", category="Tech"),
        Outline(
            xml_url="https://space.example/feed",
            title="Categorised by attribute",
            category="Space",  # from the OPML 2.0 category attribute
        ),
    ]


def test_round_trip() -> None:
    outlines = [
        Outline(xml_url="https://a.example/feed", title="Alpha & <Omega>"),
        Outline(xml_url="https://b.example/rss?x=1&y=2", title='Quote "me"', category="News"),
        Outline(xml_url="https://c.example/atom", html_url="https://c.example/", category="Tech"),
        Outline(xml_url="https://d.example/feed", title="Déjà vu ✓", category="News"),
    ]
    data = build_opml(outlines, title="Desk & friends")
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert b'version="2.0"' in data
    assert b"<title>Desk &amp; friends</title>" in data
    parsed = parse_opml(data)
    # Grouped by category: uncategorised first, then each folder in first-seen order.
    assert parsed == [outlines[0], outlines[1], outlines[3], outlines[2]]
    assert build_opml(outlines, title="Desk & friends") == data  # deterministic


def test_build_strips_control_characters() -> None:
    data = build_opml([Outline(xml_url="https://a.example/f", title="bell\x07")])
    assert parse_opml(data) == [Outline(xml_url="https://a.example/f", title="bell")]


def test_empty_body() -> None:
    assert parse_opml(b"<opml version='1.0'><head/><body/></opml>") == []
    assert parse_opml(build_opml([])) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not an OPML file"),
        (b"<opml><body><outline></body></opml>", "not an OPML file"),
        (b"<rss/>", "root element is <rss>"),
        (b"<!DOCTYPE opml [<!ENTITY a 'x'>]><opml/>", "refused unsafe XML"),
        (b"<!DOCTYPE opml SYSTEM 'http://127.0.0.1:9/opml.dtd'><opml/>", "refused unsafe XML"),
    ],
)
def test_refusals(data: bytes, message: str) -> None:
    with pytest.raises(OPMLError, match=message):
        parse_opml(data)
