"""Section/topic mismatch: only clear cases, never a story between two sections."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from masthead.demo import scraper_ground_truth
from masthead.demo.truth import article_records
from masthead.pipeline.topics import section_mismatch, section_topics
from tests.shared_data import shared_data_path

ELECTION = (
    "Vell calls early election after the Greens quit her coalition",
    "Prime Minister Annika Vell called an early general election on Wednesday, hours after "
    "the Greens withdrew from her coalition. The government lost its majority in parliament, "
    "and opposition parties said voters deserved a say. The campaign will be short: the "
    "president signed the decree the same evening and candidates must register by Friday.",
)
MATCH = (
    "Vale's extra-time strike wins the Cup for Harbour Athletic",
    "Harbour Athletic won the cup final 2-1 after extra time on Saturday. The striker scored "
    "the winning goal in front of 20,000 fans at the national stadium, and the coach praised "
    "a squad that had trailed at half-time. It is the club's first trophy in the league era.",
)


def test_a_politics_story_under_finance_is_flagged_with_the_likely_section() -> None:
    found = section_mismatch(*ELECTION, "Finance")
    assert found is not None and (found.section, found.suggestion) == ("Finance", "Politics")
    assert section_mismatch(*ELECTION, "Politics") is None
    assert section_mismatch(*ELECTION, "UK Politics") is None


def test_open_and_unknown_sections_are_never_flagged() -> None:
    for section in ("World", "Local news", "Opinion", "Harbourside", "", "Top stories"):
        assert section_mismatch(*ELECTION, section) is None, section
    assert section_topics("World") == frozenset()
    assert section_topics("Harbourside") is None


def test_a_name_with_two_topics_fits_both() -> None:
    assert section_topics("Science & Technology") == {"science", "technology"}
    assert section_topics("Markets") == section_topics("Money") == {"business"}


def test_a_site_section_with_its_own_name_is_learned_from_its_articles() -> None:
    sport = [MATCH[1]] * 3
    known = {"Pitchside": sport, "Westminster": [ELECTION[1]]}
    assert section_topics("Pitchside", known) == {"sport"}
    found = section_mismatch(*ELECTION, "Pitchside", known)
    assert found is not None and found.suggestion == "Westminster"
    # Too few articles teach nothing.
    assert section_mismatch(*ELECTION, "Pitchside", {"Pitchside": sport[:2]}) is None


def test_one_ambiguous_word_is_not_evidence() -> None:
    title = "Why this year's pollen season started so early"
    text = "The season started in March. A mild winter made the season longer than usual."
    assert section_mismatch(title, text, "Science") is None


def test_the_demo_outlets_are_never_flagged_and_the_scraper_is() -> None:
    copies = {record["copy_path"]: record for record in scraper_ground_truth()}
    wrongly_flagged = []
    found = Counter[str]()
    for record in article_records():
        text = "\n\n".join(record["paragraphs"])
        mismatch = section_mismatch(record["title"], text, record["section"])
        copy = copies.get(record["path"])
        if copy is None or copy["claimed_section"] == copy["original_section"]:
            if mismatch is not None:
                wrongly_flagged.append((record["path"], mismatch.suggestion))
        elif mismatch is not None:
            found[copy["original_section"]] += 1
    assert wrongly_flagged == []
    assert found["Politics"] >= 2


@pytest.mark.shared_data
def test_false_positives_and_recall_on_the_bbc_set() -> None:
    """BBC News (evaluation only): each article filed under its own category must not be
    flagged; filed under another category (not business/technology, which share their
    words), it should be. Measured: 0.7 % flagged when filed right, recall 0.74."""
    rows = [
        json.loads(line)
        for line in shared_data_path("news/bbc-2225/bbc.jsonl").read_text().splitlines()
    ]
    sections = {"business": "Business", "entertainment": "Entertainment",
                "politics": "Politics", "sport": "Sport", "tech": "Technology"}
    flagged = sum(
        section_mismatch(row["title"], row["text"], sections[row["category"]]) is not None
        for row in rows
    )
    tried = caught = 0
    for row in rows[::3]:
        for category, section in sections.items():
            if category == row["category"] or {category, row["category"]} == {"business", "tech"}:
                continue
            tried += 1
            caught += section_mismatch(row["title"], row["text"], section) is not None
    print("flagged when filed right: %.4f, recall when misfiled: %.3f"
          % (flagged / len(rows), caught / tried))
    assert flagged / len(rows) <= 0.012
    assert caught / tried >= 0.65
