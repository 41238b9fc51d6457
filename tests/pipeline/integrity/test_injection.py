"""Injected spam: titles and sentences polluted with brand phrases, and pages left alone.

Every article here is fictional, written for these tests (testdata/articles.json).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from masthead.pipeline.integrity import CleanResult, Injection, PhraseLearner, find_injections
from masthead.pipeline.integrity.generator import inject
from masthead.pipeline.integrity.tokens import split_paragraphs

TESTDATA = Path(__file__).parent / "testdata"
ARTICLES: list[tuple[str, str]] = [
    (item["title"], item["text"])
    for item in json.loads((TESTDATA / "articles.json").read_text(encoding="utf-8"))
]
BORDER_TITLE, BORDER = ARTICLES[0]


def clean(text: str) -> str:
    """The text as find_injections returns it: paragraphs separated by one blank line."""
    return "\n\n".join(split_paragraphs(text))


def test_reference_example_title_prefix_and_glued_word() -> None:
    title = "Zentrix Markets|" + BORDER_TITLE
    text = BORDER.replace("migrants are crossing", "migrants are Zentrix Marketscrossing")

    result = find_injections(title, text)

    assert result.title == BORDER_TITLE
    assert "migrants are crossing the border" in result.text
    assert result.text == clean(BORDER)
    assert result.injections == [
        Injection("Zentrix Markets", "title", 1),
        Injection("Zentrix Markets", "body", 1),
    ]


@pytest.mark.parametrize("separator", ["|", " | ", " - ", " – ", " — ", " · "])
def test_title_suffix_with_any_separator(separator: str) -> None:
    title = BORDER_TITLE + separator + "Quorvex Daily"
    text = BORDER.replace("in March, the third", "in March, Quorvex Dailythe third")

    result = find_injections(title, text)

    assert result.title == BORDER_TITLE
    assert result.text == clean(BORDER)
    assert [(item.phrase, item.where) for item in result.injections] == [
        ("Quorvex Daily", "title"),
        ("Quorvex Daily", "body"),
    ]


def test_colon_prefix_and_phrase_stuck_after_a_full_stop() -> None:
    title = "Brightline Capital News: " + BORDER_TITLE
    text = BORDER.replace("in February. He", "in February.Brightline Capital News He")

    result = find_injections(title, text)

    assert result.title == BORDER_TITLE
    assert "in February. He noted" in result.text
    assert result.text == clean(BORDER)
    assert Injection("Brightline Capital News", "title", 1) in result.injections


def test_stuck_phrase_alone_is_found_and_the_space_restored() -> None:
    text = BORDER.replace("the autumn. The figures", "the autumn.Zentrix Markets The figures")

    result = find_injections(BORDER_TITLE, text)

    assert "since the autumn. The figures" in result.text
    assert result.text == clean(BORDER)
    assert result.injections == [Injection("Zentrix Markets", "body", 1)]


def test_spaced_phrase_echoing_a_title_end_is_removed() -> None:
    title = "Zentrix Markets - " + BORDER_TITLE
    text = BORDER.replace("migrants are crossing", "migrants are Zentrix Markets crossing")

    result = find_injections(title, text)

    assert result.title == BORDER_TITLE
    assert result.text == clean(BORDER)
    assert Injection("Zentrix Markets", "body", 1) in result.injections


def test_camelcase_brand_at_several_places() -> None:
    title = BORDER_TITLE + " | NovaPulse"
    text = (
        BORDER.replace("were released", "were NovaPulsereleased")
        .replace("could change", "could NovaPulse change")
        .replace("for weeks", "for NovaPulseweeks")
    )

    result = find_injections(title, text)

    assert result.title == BORDER_TITLE
    assert result.text == clean(BORDER)
    assert Injection("NovaPulse", "body", 3) in result.injections


def test_phrase_glued_before_a_sentence_opener() -> None:
    title = "Vextra24 · " + BORDER_TITLE
    text = BORDER.replace("in February. He noted", "in February. Vextra24He noted")

    result = find_injections(title, text)

    assert result.title == BORDER_TITLE
    assert result.text == clean(BORDER)
    assert Injection("Vextra24", "body", 1) in result.injections


@pytest.mark.parametrize("number", range(len(ARTICLES)))
def test_clean_articles_are_left_alone(number: int) -> None:
    title, text = ARTICLES[number]

    result = find_injections(title, text)

    assert result == CleanResult(title, clean(text), [])


ABOUT_THE_COMPANY = (
    "Zentrix Markets said on Monday that its quarterly profit fell by a third, sending its "
    "shares down twelve percent.\n\n"
    "The company, which runs trading platforms in four countries, blamed higher costs. "
    '"We expected a difficult quarter," said Lena Ortmann, chief executive of Zentrix Markets.'
    "\n\nAnalysts said Zentrix Markets had expanded too quickly. Shares of Zentrix Markets "
    "have lost half their value this year."
)


@pytest.mark.parametrize(
    "title",
    [
        "Zentrix Markets: profit falls by a third",
        "Zentrix Markets profit falls by a third",
        "Profit falls by a third at Zentrix Markets",
    ],
)
def test_a_story_about_the_company_keeps_its_name(title: str) -> None:
    result = find_injections(title, ABOUT_THE_COMPANY)

    assert result.injections == []
    assert result.title == title
    assert result.text == ABOUT_THE_COMPANY


def test_a_company_named_once_in_a_story_is_kept() -> None:
    text = BORDER.replace(
        "were released by", "were compiled with software from Quorvex Analytics and released by"
    )

    assert find_injections(BORDER_TITLE, text).injections == []


def test_a_brand_inside_a_quote_is_kept() -> None:
    text = (
        "The mayor defended the new budget on Friday.\n\n"
        '"People tell me they read Quorvex Daily every morning, and they want the same clarity '
        'from the city," she said at a news conference.\n\n'
        "The council will vote on the plan next week."
    )

    result = find_injections("Mayor defends budget", text)

    assert result.injections == []
    assert result.text == text


def test_site_name_suffix_is_stripped_but_not_reported() -> None:
    # Decision: "Headline - Site Name" is the normal way sites title pages, not spam. With the
    # site's name known it is stripped from the title; it is never reported as an injection.
    title = BORDER_TITLE + " - The Harbour Ledger"

    known = find_injections(title, BORDER, site_name="The Harbour Ledger")
    unknown = find_injections(title, BORDER)

    assert known.title == BORDER_TITLE
    assert known.injections == []
    assert unknown.title == title
    assert unknown.injections == []


def test_site_name_and_injected_prefix_together() -> None:
    title = "Zentrix Markets|" + BORDER_TITLE + " | The Harbour Ledger"
    text = BORDER.replace("migrants are crossing", "migrants are Zentrix Marketscrossing")

    result = find_injections(title, text, site_name="the harbour ledger")

    assert result.title == BORDER_TITLE
    assert [item.phrase for item in result.injections] == ["Zentrix Markets", "Zentrix Markets"]


def test_known_phrases_are_removed_wherever_they_stand() -> None:
    text = BORDER.replace("migrants are crossing", "migrants are Zentrix Markets crossing")
    text = text.replace("Advocacy groups", "Advocacy Zentrix Markets groups")

    alone = find_injections(BORDER_TITLE, text)
    helped = find_injections(BORDER_TITLE, text, known_phrases=["Zentrix  Markets"])

    assert alone.injections == []  # spaced places alone look like a name the story uses
    assert helped.text == clean(BORDER)
    assert helped.injections == [Injection("Zentrix Markets", "body", 2)]


GERMAN_TITLE = "Weißes Haus: Weniger Migranten an der Südgrenze"
GERMAN = (
    "Die Zahl der Migranten an der Südgrenze ist im März deutlich gesunken, teilte das Weiße "
    "Haus am Dienstag mit.\n\n"
    "Nach Angaben der Behörden sind weniger Migranten dabei, die Grenze zu überqueren. Die "
    "Familien wurden seltener festgenommen als im Herbst.\n\n"
    "Die Zahlen des Heimatschutzministeriums zeigen 41.000 Festnahmen im vergangenen Monat. "
    "Hilfsorganisationen bezweifeln die Angaben der Bundesregierung."
)


def test_german_text() -> None:
    title = "Zentrix Markets|" + GERMAN_TITLE
    text = GERMAN.replace("Migranten dabei", "Migranten Zentrix Marketsdabei").replace(
        "überqueren. Die", "überqueren.Zentrix Markets Die"
    )

    result = find_injections(title, text)

    assert result.title == GERMAN_TITLE
    assert result.text == GERMAN
    assert result.injections == [
        Injection("Zentrix Markets", "title", 1),
        Injection("Zentrix Markets", "body", 2),
    ]
    # German nouns are capitalised and compounds are glued: a clean page stays clean.
    assert find_injections(GERMAN_TITLE, GERMAN) == CleanResult(GERMAN_TITLE, GERMAN, [])


def test_learner_finds_a_phrase_spaced_into_every_article() -> None:
    rng = random.Random(7)
    pages = [inject(title, text, "Quorvex Daily", rng, ["spaced"] * 2) for title, text in ARTICLES]
    learner = PhraseLearner()
    for title, text, _truth in pages:
        learner.add(title, text)

    learned = learner.phrases()

    assert learned == ["Quorvex Daily"]
    for (title, text, _truth), (clean_title, clean_text) in zip(pages, ARTICLES, strict=True):
        result = find_injections(title, text, learned)
        assert result.title == clean_title
        assert result.text == clean(clean_text)
        assert result.injections == [Injection("Quorvex Daily", "body", 2)]


def test_learner_finds_a_phrase_in_titles_and_glued_words() -> None:
    rng = random.Random(11)
    learner = PhraseLearner()
    for title, text in ARTICLES:
        new_title, new_text, _truth = inject(
            title, text, "Brightline Capital News", rng, ["title_suffix", "glued", "stuck"]
        )
        learner.add(new_title, new_text)

    assert learner.phrases() == ["Brightline Capital News"]
    assert learner.phrases(min_articles=len(ARTICLES) + 1) == []


def test_learner_learns_nothing_from_a_clean_source() -> None:
    learner = PhraseLearner()
    for title, text in ARTICLES:
        learner.add(title, text)

    assert learner.phrases() == []


def test_learner_never_learns_the_site_name() -> None:
    learner = PhraseLearner(site_name="The Harbour Ledger")
    plain = PhraseLearner()
    for title, text in ARTICLES:
        first, rest = text.split("\n\n", 1)
        text = first + " The Harbour Ledger learned. The Harbour Ledger reported.\n\n" + rest
        learner.add(title + " - The Harbour Ledger", text)
        plain.add(title + " - The Harbour Ledger", text)

    assert learner.phrases() == []
    assert plain.phrases() == []  # named as a subject, where a story names what it is about
