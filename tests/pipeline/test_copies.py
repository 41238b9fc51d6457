"""Copy detection: scraper copies are found, outlets writing in their own words are not."""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime

from masthead.demo import article_records
from masthead.pipeline.copies import (
    CopyIndex,
    Version,
    decode,
    encode,
    group_copies,
    pick_original,
    signature,
    similarity,
)
from tests.shared_data import shared_data_path


def demo_texts() -> dict[str, str]:
    return {r["path"]: "\n\n".join(r["paragraphs"]) for r in article_records()}


def test_demo_scraper_copies_are_found_and_own_words_are_not() -> None:
    records = article_records()
    texts = demo_texts()
    groups = group_copies(texts.items())
    found = {frozenset(group) for group in groups}
    expected = {frozenset({r["path"], r["copy_of"]}) for r in records if r["copy_of"]}
    assert len(expected) == 15
    assert found == expected  # every copy with its original, and nothing else


def test_events_covered_by_several_outlets_are_not_copies() -> None:
    records = [r for r in article_records() if r["event"] and not r["copy_of"]]
    by_event: dict[str, list[str]] = {}
    for record in records:
        by_event.setdefault(record["event"], []).append("\n\n".join(record["paragraphs"]))
    pairs = [
        similarity(signature(a), signature(b))
        for versions in by_event.values()
        for i, a in enumerate(versions)
        for b in versions[i + 1 :]
    ]
    assert len(pairs) >= 20
    assert max(pairs) < 0.2


def test_edits_and_injections_keep_a_copy_a_copy() -> None:
    original = " ".join(
        "The ferry company said sailing number %d would leave the quay at dawn." % i
        for i in range(60)
    )
    rng = random.Random(7)
    words = original.split()
    for _ in range(6):  # injected brand phrases, glued and spaced
        position = rng.randrange(len(words))
        words[position] = "Quorvex Daily" + words[position]
    copy = " ".join(words[: int(len(words) * 0.85)])  # trimmed ending
    assert similarity(signature(original), signature(copy)) >= 0.6


def test_signatures_round_trip_and_index() -> None:
    sig = signature("Harbour council approves a tide barrier for the old channel at last")
    assert decode(encode(sig)) == sig
    index = CopyIndex()
    index.add("a", sig)
    index.add("b", signature("Completely different words about mountain goats and cheese"))
    assert [key for key, _ in index.near(sig)] == ["a"]
    assert similarity(signature(""), sig) == 0.0


def test_original_is_authoritative_then_earliest() -> None:
    early = Version("early", datetime(2025, 4, 9, 13, 50, tzinfo=UTC))
    late = Version("late", datetime(2025, 4, 9, 20, 31, tzinfo=UTC))
    undated = Version("undated", None)
    marked = Version("marked", datetime(2025, 4, 10, tzinfo=UTC), authoritative=True)
    assert pick_original([late, undated, early]).key == "early"
    assert pick_original([late, marked, early]).key == "marked"


def test_false_copy_rate_on_unrelated_wikinews_articles() -> None:
    path = shared_data_path("news/wikinews-en-2019-2020")
    files = sorted(path.glob("*.csv"))
    rows = []
    for file in files:
        with file.open(encoding="utf-8", newline="") as handle:
            rows.extend(row for row in csv.DictReader(handle) if len(row["text"]) > 500)
    assert len(rows) >= 200
    groups = group_copies((row["url"], row["text"]) for row in rows)
    # Distinct Wikinews articles are not copies of one another (a follow-up may reuse a lead).
    assert sum(len(group) for group in groups) <= 0.01 * len(rows)
