"""Plain-text page dumps: fictional fixtures in several layouts, hostile input, and a
generalisation check on Wikinews articles flattened with seeded random boilerplate."""

from __future__ import annotations

import csv
import functools
import gzip
import json
import random
import re
import textwrap
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from masthead.pipeline.draft import ArticleDraft
from masthead.pipeline.textdates import parse_date_line
from masthead.pipeline.textdump import (
    looks_like_text_dump,
    parse_text_dump,
    text_dump_boilerplate,
)
from masthead.pipeline.textlines import classify_line
from tests.shared_data import shared_data_path

TESTDATA = Path(__file__).parent / "testdata" / "textdump"
FIXTURES = sorted(TESTDATA.glob("*.txt"))
STRING_FIELDS = ("title", "site_name", "section", "column", "language")
LIST_FIELDS = ("authors", "contributors", "tags")


def expected_for(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    return data


def test_there_are_enough_fixtures() -> None:
    assert len(FIXTURES) >= 6
    for path in FIXTURES:
        assert path.with_suffix(".expected.json").exists(), path.name


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_fixture_fields(path: Path) -> None:
    expected = expected_for(path)
    text = path.read_text("utf-8")
    draft = parse_text_dump(text, source=str(path))
    for name in STRING_FIELDS + LIST_FIELDS:
        if name in expected:
            assert getattr(draft, name) == expected[name], name
    if expected.get("published") is None:
        assert draft.published is None
    else:
        assert draft.published is not None and draft.published.tzinfo is not None
        assert draft.published == datetime.fromisoformat(expected["published"])
    if "author_bios" in expected:
        assert draft.author_bios == expected["author_bios"]
    paragraphs = draft.text.split("\n\n")
    assert paragraphs[0] == expected["first_paragraph"]
    assert paragraphs[-1] == expected["last_paragraph"]
    if "paragraphs" in expected:
        assert len(paragraphs) == expected["paragraphs"]
    for snippet in expected.get("in_text", []):
        assert snippet in draft.text
    for snippet in expected.get("not_in_text", []):
        assert snippet not in draft.text, snippet
    assert draft.url == ""  # a file path is not a URL
    assert draft.summary and " ".join(draft.text.split()).startswith(draft.summary.rstrip("\u2026"))
    assert len(draft.summary) <= 301


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_fixture_boilerplate(path: Path) -> None:
    expected = expected_for(path).get("boilerplate", {})
    text = path.read_text("utf-8")
    found = text_dump_boilerplate(text)
    for kind, lines in expected.items():
        for line in lines:
            assert line in found.get(kind, []), (kind, line, found.get(kind))
    body = set(parse_text_dump(text).text.split("\n\n"))
    for lines in found.values():
        assert not body & set(lines), "a body paragraph is also reported as boilerplate"


def _variants(text: str) -> dict[str, str]:
    lines = [line for line in text.split("\n") if line.strip()]
    return {
        "crlf": text.replace("\n", "\r\n"),
        "indented": "\n".join("    " + line for line in text.split("\n")),
        "no blank lines": "\n".join(lines),
        "blank line after every line": "\n\n".join(lines),
    }


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_fixture_layout_variants(path: Path) -> None:
    """Line endings, indentation and blank lines change; the article must not.

    Without blank lines a wrapped dump may merge two paragraphs (nothing marks the break),
    so the body is compared as running text.
    """
    expected = expected_for(path)
    for name, text in _variants(path.read_text("utf-8")).items():
        draft = parse_text_dump(text)
        for field in ("title", "authors", "section", "tags"):
            assert getattr(draft, field) == expected[field], (name, field)
        published = expected.get("published")
        assert draft.published == (datetime.fromisoformat(published) if published else None)
        running = " ".join(draft.text.split())
        assert running.startswith(expected["first_paragraph"]), name
        assert running.endswith(expected["last_paragraph"]), name
        for snippet in expected.get("not_in_text", []):
            assert snippet not in draft.text, (name, snippet)


def test_headline_with_the_site_name_and_no_date() -> None:
    text = "\n\n".join(
        ["Harbour dredging to start in May | The Gull Point Gazette", PARAGRAPH,
         PARAGRAPH.replace("Tuesday", "Monday"), "© 2025 The Gull Point Gazette"]
    )  # fmt: skip
    draft = parse_text_dump(text)
    assert draft.title == "Harbour dredging to start in May"
    assert draft.site_name == "The Gull Point Gazette"
    assert draft.text.split("\n\n") == [PARAGRAPH, PARAGRAPH.replace("Tuesday", "Monday")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El ayuntamiento de la ciudad aprobó el lunes un plan para reparar el puerto, "
               "que según los técnicos se ha deteriorado más rápido de lo previsto por las "
               "tormentas de los últimos dos inviernos y por la falta de inversión."),
        ("it", "Il consiglio comunale della città ha approvato lunedì un piano per riparare il "
               "porto, che secondo i tecnici si è deteriorato più in fretta del previsto per le "
               "tempeste degli ultimi due inverni e per la mancanza di investimenti."),
        ("nl", "De gemeenteraad van de stad heeft maandag een plan goedgekeurd om de haven te "
               "herstellen, die volgens de technici sneller is verslechterd dan verwacht door de "
               "stormen van de afgelopen twee winters en het gebrek aan investeringen."),
        ("", "Saltreach Brede Kettering Valdmark Orrinford 2025 12 14 Lorne Aranda Veit"),
    ],
)  # fmt: skip
def test_language(language: str, text: str) -> None:
    assert parse_text_dump("Harbour plan approved\n\n" + text).language == language


def test_source_url_is_kept_only_when_it_is_a_url() -> None:
    text = FIXTURES[0].read_text("utf-8")
    assert parse_text_dump(text, "https://news.example/a/1").url == "https://news.example/a/1"
    assert parse_text_dump(text, "dumps/a.txt").url == ""
    assert parse_text_dump(text).url == ""


def test_results_are_independent_copies() -> None:
    text = (TESTDATA / "reference_finance.txt").read_text("utf-8")
    first = parse_text_dump(text)
    first.tags.append("changed")
    text_dump_boilerplate(text).setdefault("share", []).append("changed")
    assert "changed" not in parse_text_dump(text).tags
    assert "changed" not in text_dump_boilerplate(text)["share"]


PARAGRAPH = (
    "The harbour board met on Tuesday to discuss the dredging plan for the northern "
    "channel, which has silted up faster than engineers expected after two mild winters."
)


def test_short_quote_between_paragraphs_stays_and_widgets_go() -> None:
    lines = [
        "Dredging plan for the northern channel approved", "", "April 9, 2025", "",
        PARAGRAPH, "", '"It is the right decision," she said.', "", "Share", "Facebook", "",
        PARAGRAPH.replace("Tuesday", "Wednesday"), "", "Advertisement", "",
        "Yes.", "", PARAGRAPH.replace("Tuesday", "Thursday"), "",
        "Related", "Ferry timetable changes for the summer season",
        "New café opens on the quay after long delays", "Tide tables for the coming week",
    ]  # fmt: skip
    draft = parse_text_dump("\n".join(lines))
    assert draft.title == "Dredging plan for the northern channel approved"
    assert draft.text.split("\n\n") == [
        PARAGRAPH, '"It is the right decision," she said.',
        PARAGRAPH.replace("Tuesday", "Wednesday"), "Yes.",
        PARAGRAPH.replace("Tuesday", "Thursday"),
    ]  # fmt: skip
    found = text_dump_boilerplate("\n".join(lines))
    assert found["share"] == ["Share", "Facebook"] and found["promo"] == ["Advertisement"]
    assert "Tide tables for the coming week" in found["related"]


def test_date_line_that_starts_like_a_numbered_item() -> None:
    text = "\n\n".join(["Storm closes coastal road", "9 April 2025 13:50", PARAGRAPH])
    assert parse_text_dump(text).published == datetime.fromisoformat("2025-04-09T13:50Z")


def test_subhead_between_paragraphs_is_kept() -> None:
    text = "\n\n".join(
        ["Storm closes coastal road", "Published: 2025-01-02", PARAGRAPH, "What happens next",
         PARAGRAPH.replace("Tuesday", "Friday")]
    )  # fmt: skip
    assert parse_text_dump(text).text.split("\n\n")[1] == "What happens next"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2025-04-09 13:50:46", "2025-04-09T13:50:46+00:00"),
        ("April 9, 2025 1:50 PM", "2025-04-09T13:50:00+00:00"),
        ("09.04.2025 13:50", "2025-04-09T13:50:00+00:00"),
        ("Published: 10 April 2025, 07:15 BST", "2025-04-10T07:15:00+01:00"),
        ("Updated April 9, 2025 3:05 p.m. EDT", "2025-04-09T15:05:00-04:00"),
        ("Mittwoch, 9. April 2025, 13.50 Uhr", "2025-04-09T13:50:00+00:00"),
        ("Publié le 9 avril 2025 à 13h50", "2025-04-09T13:50:00+00:00"),
        ("9 de abril de 2025", "2025-04-09T00:00:00+00:00"),
        ("2025-04-09T13:50:46.5+02:00", "2025-04-09T13:50:46+02:00"),
        ("Wed 9 Apr 2025 06.00 GMT", "2025-04-09T06:00:00+00:00"),
        ("9 April 2025 13:50", "2025-04-09T13:50:00+00:00"),
        ("04/09/2025", "2025-04-09T00:00:00+00:00"),
        ("13/04/2025", "2025-04-13T00:00:00+00:00"),
    ],
)
def test_date_lines(line: str, expected: str) -> None:
    hit = parse_date_line(line)
    assert hit is not None and hit.value == datetime.fromisoformat(expected)
    assert hit.value.utcoffset() == datetime.fromisoformat(expected).utcoffset()


@pytest.mark.parametrize(
    "line",
    [
        "The treaty was signed on April 9, 2025 in Saltreach by both ministers.",
        "Copyright 2025", "Route 2025", "13:50", "2025-13-45", "",
    ],
)  # fmt: skip
def test_not_date_lines(line: str) -> None:
    hit = parse_date_line(line)
    assert hit is None or hit.value is None


def test_date_line_kinds() -> None:
    assert getattr(parse_date_line("Updated 2 hours ago"), "kind", "") == "updated"
    assert getattr(parse_date_line("Published: 2025-04-09"), "kind", "") == "published"


@pytest.mark.parametrize(
    ("line", "kind", "data"),
    [
        ("Home > Finance", "breadcrumb", ["Home", "Finance"]),
        ("Home / Finance", "breadcrumb", ["Home", "Finance"]),
        ("Home › World › Europe", "breadcrumb", ["Home", "World", "Europe"]),
        ("Home | World | Business | Tech", "links", []),
        ("By Jane Roe", "byline", ["Jane Roe"]),
        ("Jane Roe, Staff Writer", "byline", ["Jane Roe"]),
        ("Von Anna Berg", "byline", ["Anna Berg"]),
        ("By Jane Roe and John Doe | April 9, 2025", "byline", ["Jane Roe", "John Doe"]),
        ("By the numbers: how the deal works", "title_like", []),
        ("Updated 2 hours ago", "date", []),
        ("4 min read", "date", []),
        ("Share on Facebook", "share", []),
        ("Facebook  Twitter  Email", "share", []),
        ("very good! (2)", "reactions", []),
        ("You may also like", "related_heading", []),
        ("Read more: Copper prices slip", "related", []),
        ("In: Jane Roe, John Doe, Valdmark, Migration", "tags",
         ["Jane Roe", "John Doe", "Valdmark", "Migration"]),
        ("In: a statement on Tuesday, the ministry said the talks would resume soon and "
         "that both sides had agreed to a timetable", "prose", []),
        ("(Reporting by Jane Roe; Editing by John Doe)", "credit", ["Jane Roe", "John Doe"]),
        ("Accept all", "cookie_button", []),
        ("© 2025 The Ledger. All rights reserved.", "copyright", []),
        ("3 Comments", "comments", []),
        ("Jane Roe is a correspondent who covers trade.", "bio_candidate", ["Jane Roe"]),
        ("The deal was signed on Monday.", "prose", []),
        ("Yes.", "prose", []),
        ("Copper prices slip as stocks climb", "title_like", []),
        ("* * *", "separator", []),
    ],
)  # fmt: skip
def test_line_kinds(line: str, kind: str, data: list[str]) -> None:
    info = classify_line(line)
    assert info.kind == kind
    assert (info.names or info.items) == data


# -- sniffing and hostile input ------------------------------------------------------------


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_fixtures_look_like_text_dumps(path: Path) -> None:
    assert looks_like_text_dump(path.read_bytes())
    assert looks_like_text_dump(path.read_text("utf-8"))


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>",
        b"\xef\xbb\xbf<html lang='en'><body>text</body></html>",
        b"  \n<p>One</p><p>Two</p><div>Three</div><span>x</span><br/>",
        b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>',
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>',
        b'{"title": "Not a dump", "items": [1, 2, 3]}',
        b'[{"a": 1}]',
        gzip.compress(b"Plain text, but gzipped"),
        bytes(range(256)) * 4,
        b"",
        b"   \n\n  ",
    ],
)
def test_non_text_is_not_a_text_dump(data: bytes) -> None:
    assert not looks_like_text_dump(data)
    if data and b"\x00" not in data:
        assert not looks_like_text_dump(data.decode("utf-8", errors="replace"))


@functools.cache
def _garbage() -> list[str]:
    rng = random.Random(7)
    words = "the a Valdmark said Home > Share 2025-04-09 By In: © Related ( ) . ! ?".split()
    lines = [" ".join(rng.choices(words, k=rng.randint(0, 30))) for _ in range(10_000)]
    return [
        "", " ", "\n\n\n", "one line", "Home > Finance", "By Jane Roe", "©",
        bytes(rng.randrange(256) for _ in range(5000)).decode("latin-1"),
        "\x00\x01\x02 text \ufffd\ufffd \x7f",
        "\n".join(lines),
        "word " * 200_000,
        "a\n" * 20_000,
        "Related\n" * 500,
        "* * *\n---\n===\n" * 100,
        ("Title line\n\n" + PARAGRAPH + "\n\n") * 2000,
    ]  # fmt: skip


@pytest.mark.parametrize("index", range(len(_garbage())))
def test_garbage_never_raises(index: int, caplog: pytest.LogCaptureFixture) -> None:
    text = _garbage()[index] + "\u200b" * index  # a new text: no cached answer
    started = time.perf_counter()
    draft = parse_text_dump(text)
    found = text_dump_boilerplate(text)
    assert isinstance(draft, ArticleDraft) and isinstance(found, dict)
    assert draft.published is None or draft.published.tzinfo is not None
    assert time.perf_counter() - started < 20
    assert not caplog.records, "the reader failed and fell back to an empty draft"


# -- generalisation: Wikinews articles in seeded random page furniture ----------------------

WIKINEWS = "news/wikinews-en-2019-2020"
SITES = ["The Harbour Ledger", "Northgate Daily News", "Valley Courier", "BRIGHTWATER TIMES"]
SECTIONS = ["World", "Politics", "Science", "Health", "Business", "Culture", "Sport", "Europe"]
NAMES = ["Ana Ruiz", "Tomas Keller", "Mira Okonkwo", "Jon Halvorsen", "Leila Farouk"]
LIST_HEADINGS = ["Related", "Most read", "You may also like", "Ranking", "Recommended",
                 "More stories", "Latest news", "Trending",
                 # headings the classifier has no word for: only the list's shape tells
                 "Around the web", "Editors' choice", "In case you missed it", "Elsewhere",
                 "Popular this week", "Our picks"]  # fmt: skip
DATE_FORMATS = ["%Y-%m-%d %H:%M:%S", "%B %d, %Y %I:%M %p", "%d.%m.%Y %H:%M",
                "Published: %d %B %Y, %H:%M", "%A, %B %d, %Y", "Posted on %B %d, %Y",
                "%d %B %Y %H:%M", "Updated %Y-%m-%dT%H:%M:%SZ"]  # fmt: skip


def _wikinews_articles() -> list[dict[str, str]]:
    folder = shared_data_path(WIKINEWS)
    csv.field_size_limit(10**8)
    rows: list[dict[str, str]] = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return [row for row in rows if row["title"].strip() and len(row["text"]) > 400]


def _paragraphs(text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if lines and parse_date_line(lines[0]):
        lines = lines[1:]  # the text starts with its own date line, which the dump replaces
    return lines


def _wrap(lines: list[str], width: int = 72) -> list[str]:
    return [textwrap.fill(line, width) if len(line) > width else line for line in lines]


def _build_dump(
    article: dict[str, str], others: list[str], teasers: list[str], rng: random.Random
) -> tuple[str, list[str]]:
    """A flattened page around the article; returns (dump, body paragraphs).

    Furniture comes in random order and amounts. Where it is text (listed headlines, teaser
    paragraphs under them, comments) it is other articles' text, so it reads like the body;
    widget words ("Share", "Tags:", most list headings) are the usual ones, which the
    classifier knows, but six list headings are words it has never seen. Hard cases are in
    on purpose: a bio or comments right after the body, teasers in link lists, a headline
    list glued to the headline, a page title with the site's name, hard-wrapped lines, no
    blank lines at all.
    """
    body = _paragraphs(article["text"])
    day = date.fromisoformat(article["date"])
    when = datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60))
    author, site = rng.choice(NAMES), rng.choice(SITES)
    section = rng.choice(SECTIONS)

    def titles(count: int) -> list[str]:
        return rng.sample(others, count)

    def link_list() -> list[str]:
        items = titles(rng.randint(3, 6))
        if rng.random() < 0.3:
            items = ["%d. %s" % (n, item) for n, item in enumerate(items, start=1)]
        if rng.random() < 0.25:  # a teaser sentence under each headline
            items = [line for item in items for line in (item, rng.choice(teasers))]
        return [rng.choice(LIST_HEADINGS)] + items

    blocks: list[list[str]] = []
    if rng.random() < 0.2:
        blocks.append([article["title"] + " | " + site])
    if rng.random() < 0.3:
        blocks.append(["We use cookies to improve your experience on our site.", "Accept all"])
    if rng.random() < 0.8:
        blocks.append([site])
    if rng.random() < 0.7:
        picked = rng.sample(SECTIONS, 5)
        blocks.append(picked if rng.random() < 0.5 else [" | ".join(picked)])
    if rng.random() < 0.6:
        blocks.append([rng.choice(["Home > ", "Home / ", "Home › News › "]) + section])
    if rng.random() < 0.3:
        blocks.append([rng.choice(["Analysis", "The Long Read", "World Briefing"])])
    date_line = when.strftime(rng.choice(DATE_FORMATS))
    byline = "By " + author if rng.random() < 0.6 else ""
    header = rng.choice(
        [
            [article["title"], date_line],
            [date_line, article["title"]],
            [article["title"], byline + " | " + date_line if byline else date_line],
        ]
    )
    if byline and len(header) == 2 and "|" not in header[-1]:
        header.append(byline)
    if rng.random() < 0.2:
        header = titles(3) + header  # a headline list with nothing between it and the headline
    blocks.append(header)
    style = rng.choice(["every line", "blocks", "none"])
    # Hard-wrapped text comes from tools (lynx, html2text) that keep blank lines between
    # paragraphs; wrapped lines with no paragraph breaks at all are not generated.
    middle = _wrap(body) if style != "none" and rng.random() < 0.25 else list(body)
    if len(middle) > 3 and rng.random() < 0.5:
        middle.insert(
            len(middle) // 2,
            rng.choice(
                [
                    "Advertisement",
                    "Read more: " + titles(1)[0],
                    "Share",
                    "Photo: Northgate Agency",
                    "Sign up for our morning newsletter to get the news in your inbox.",
                ]
            ),
        )
    blocks.extend([line] for line in middle)
    tail: list[list[str]] = []
    if byline and rng.random() < 0.3:
        tail.append([author + " is a staff reporter who covers international news."])
    if rng.random() < 0.5:
        tail.append([rng.choice(NAMES) + " contributed to this report."])
    if rng.random() < 0.5:
        tail.append(["Tags: " + ", ".join(rng.sample(SECTIONS, 3))])
    if rng.random() < 0.7:
        tail.append(rng.sample(["Share", "Facebook", "Twitter", "Email", "Copy link"], 3))
    if rng.random() < 0.4:
        tail.append(["Like (%d)" % rng.randrange(50), "very good! (%d)" % rng.randrange(9)])
    if rng.random() < 0.2:
        comments = ["%d Comments" % 2]
        for name in rng.sample(NAMES, 2):
            comments += [name + " says:", date_line, rng.choice(teasers), "Reply"]
        tail.append(comments)
    tail.extend(link_list() for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.3:
        tail.append([site + " is an independent newspaper owned by its readers since 1921."])
    if rng.random() < 0.8:
        tail.append(["About us | Contact | Privacy policy", "© 2025 " + site])
    blocks.extend(tail[:1] + rng.sample(tail[1:], len(tail) - 1) if tail else [])
    if style == "every line":
        text = "\n\n".join(line for block in blocks for line in block)
    elif style == "blocks":
        text = "\n\n".join("\n".join(block) for block in blocks)
    else:
        text = "\n".join(line for block in blocks for line in block)
    return text, body


def _bag_f1(reference: str, predicted: str) -> float:
    ref = Counter(re.findall(r"\w+", reference.lower()))
    got = Counter(re.findall(r"\w+", predicted.lower()))
    common = sum((ref & got).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.shared_data
def test_wikinews_generalisation() -> None:
    articles = _wikinews_articles()
    rng = random.Random(20250409)
    sample = rng.sample(articles, min(100, len(articles)))
    all_titles = [row["title"].strip() for row in articles]
    teasers = [_paragraphs(row["text"])[0] for row in articles if _paragraphs(row["text"])]
    f1s: list[float] = []
    titles = dates = 0
    for article in sample:
        others = [title for title in all_titles if title != article["title"].strip()]
        dump, body = _build_dump(article, others, teasers, rng)
        draft = parse_text_dump(dump)
        f1s.append(_bag_f1("\n".join(body), draft.text))
        titles += draft.title == article["title"].strip()
        published = draft.published
        dates += published is not None and published.date() == date.fromisoformat(article["date"])
    mean_f1 = sum(f1s) / len(f1s)
    low = sum(1 for f1 in f1s if f1 < 0.8)
    print(
        "textdump on %d Wikinews dumps: body bag-of-words F1 %.3f (below 0.8: %d), "
        "title exact %.2f, date %.2f"
        % (len(f1s), mean_f1, low, titles / len(f1s), dates / len(f1s))
    )
    # Measured at 0.997 / 0.99 / 1.00 here, 0.996-0.997 / 0.993-0.997 / 1.00 on all 294
    # articles with three other seeds; the floors leave room for layout noise, not for
    # regressions.
    assert mean_f1 >= 0.98
    assert low <= 3
    assert titles / len(f1s) >= 0.95
    assert dates / len(f1s) >= 0.97
