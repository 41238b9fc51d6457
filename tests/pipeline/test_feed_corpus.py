"""feedparser's own test corpus (2,106 files) through parse_feed: robustness, not equality.

The files' `Expect:` lines describe feedparser's output, not ours, so this checks properties:
nothing but FeedError escapes, every string field is a str, dates are aware, and nearly every
well-formed file yields a Feed. Files declaring a DTD are refused by design (see xmlsafe).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from masthead.pipeline.feeds import FeedError, parse_feed
from masthead.pipeline.xmlsafe import UnsafeXML, check_xml
from tests.shared_data import shared_data_path

pytestmark = pytest.mark.shared_data

_HEADER = re.compile(rb"^Header:\s*Content-type:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
_TAG = re.compile(r"<[A-Za-z/][^<>]*>")


def _corpus() -> list[Path]:
    root = shared_data_path("security/feedparser-tests")
    files = sorted(p for p in root.rglob("*") if p.is_file())
    if len(files) < 2000:
        pytest.skip(f"{root} holds {len(files)} files, expected about 2,106")
    return files


def test_corpus_never_crashes() -> None:
    files = _corpus()
    root = shared_data_path("security/feedparser-tests")
    outcomes: Counter[str] = Counter()
    tag_like: list[str] = []
    started = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        header = _HEADER.search(data)
        # The corpus states the HTTP Content-Type some files were served with; pass it on.
        content_type = header.group(1).decode("ascii", "replace") if header else ""
        top = path.relative_to(root).parts[0]
        try:
            check_xml(data)
        except UnsafeXML:
            outcomes["refused"] += 1
        try:
            feed = parse_feed(data, f"http://example.com/feeds/{path.name}", content_type)
        except FeedError as exc:
            assert str(exc) and "\n" not in str(exc)
            outcomes["error " + top] += 1
            continue
        outcomes["parsed " + top] += 1
        assert feed.kind in ("rss", "atom", "rdf", "json", "sitemap"), path
        assert isinstance(feed.title, str), path
        for entry in feed.entries:
            for value in (
                entry.url,
                entry.guid,
                entry.title,
                entry.summary_html,
                entry.content_html,
                entry.image,
                entry.language,
            ):
                assert isinstance(value, str), path
            assert all(isinstance(a, str) and a for a in entry.authors), path
            assert all(isinstance(t, str) and t for t in entry.tags), path
            assert entry.url == "" or entry.url.startswith(("http://", "https://")), path
            for date in (entry.published, entry.updated):
                assert date is None or date.utcoffset() is not None, path
            if _TAG.search(entry.title) or "\n" in entry.title:
                # Markup is stripped; what is left may still be text that reads like a tag
                # (a title about "the <blink> tag"), which is rare but legitimate.
                tag_like.append(f"{path.name}: {entry.title!r}")
    elapsed = time.perf_counter() - started
    wellformed = outcomes["parsed wellformed"] + outcomes["error wellformed"]
    counts = dict(sorted(outcomes.items()))
    summary = f"{len(files)} files in {elapsed:.1f}s: {counts}; {len(tag_like)} tag-like titles"
    print(summary)
    assert len(tag_like) <= 10, tag_like
    assert outcomes["refused"] <= 10, summary  # only the few files that declare a DTD
    assert outcomes["parsed wellformed"] >= 0.98 * wellformed, summary
    assert outcomes["parsed encoding"] + outcomes["parsed entities"] >= 330, summary
    assert elapsed < 60, summary


def test_json_example() -> None:
    path = shared_data_path("security/feedparser-tests/json/example.json")
    feed = parse_feed(path.read_bytes(), "https://example.org/feed.json")
    assert (feed.kind, feed.title) == ("json", "My Example Feed")
    assert [e.url for e in feed.entries] == [
        "https://example.org/second-item",
        "https://example.org/initial-post",
    ]
    assert feed.entries[0].tags == ["test", "JSON"]
    assert feed.entries[1].authors == ["you"]
    # Raw content: sanitising is a later step, so the script is still there to be removed.
    assert "<script>" in feed.entries[1].content_html
