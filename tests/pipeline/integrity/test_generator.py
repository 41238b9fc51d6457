"""The generator of injected pages, and the evaluation's arithmetic, on fictional articles."""

from __future__ import annotations

import random
import re

import pytest

from masthead.pipeline.integrity import Injection, find_injections
from masthead.pipeline.integrity.generator import (
    STYLES,
    bag_f1,
    default_styles,
    evaluate,
    inject,
    random_brand,
)
from tests.pipeline.integrity.test_injection import ARTICLES, BORDER, BORDER_TITLE, clean


def test_random_brands_are_invented_and_varied() -> None:
    rng = random.Random(3)
    brands = [random_brand(rng) for _ in range(400)]

    assert len(set(brands)) >= 350
    assert any(" " not in brand and brand.isalpha() for brand in brands)  # "Zentrix"
    assert any(len(brand.split()) == 2 for brand in brands)  # "Zentrix Markets"
    assert any(len(brand.split()) == 3 for brand in brands)  # "Brightline Capital News"
    assert any(re.search(r"[a-z][A-Z]", brand) for brand in brands)  # "NovaPulse"
    assert any(re.search(r"[a-z][0-9]", brand) for brand in brands)  # "Vextra24"
    assert all(brand[0].isupper() for brand in brands)


def test_default_styles_mix_title_ends_and_body_places() -> None:
    rng = random.Random(5)
    draws = [default_styles(rng) for _ in range(1000)]

    with_title = sum(1 for styles in draws if styles[0].startswith("title_"))
    assert 700 <= with_title <= 800
    for styles in draws:
        body = [style for style in styles if not style.startswith("title_")]
        assert 1 <= len(body) <= 4
        assert set(styles) <= set(STYLES)


@pytest.mark.parametrize("style", STYLES)
def test_each_style_is_placed_as_described_and_undone_exactly(style: str) -> None:
    rng = random.Random(13)
    phrase = "Zentrix Markets"

    title, text, truth = inject(BORDER_TITLE, BORDER, phrase, rng, [style])

    if style == "title_prefix":
        assert re.match(r"Zentrix Markets(\||: | [|\-–—·] )White House", title)
        assert truth == [Injection(phrase, "title", 1)]
    elif style == "title_suffix":
        assert re.search(r"in March(\|| [|\-–—·] )Zentrix Markets$", title)
        assert truth == [Injection(phrase, "title", 1)]
    else:
        assert title == BORDER_TITLE
        assert truth == [Injection(phrase, "body", 1)]
        pattern = {
            "glued": r" Zentrix Markets[^\W\d]",
            "spaced": r" Zentrix Markets [^\W\d]",
            "stuck": r"[a-z]\.Zentrix Markets [A-Z]",
        }[style]
        assert len(re.findall(pattern, text)) == 1
    result = find_injections(title, text, known_phrases=[phrase])
    assert (result.title, result.text) == (BORDER_TITLE, clean(BORDER))


def test_several_body_places_are_apart() -> None:
    rng = random.Random(17)
    _title, text, truth = inject(BORDER_TITLE, BORDER, "Quorvex Daily", rng, ["glued"] * 4)

    assert truth == [Injection("Quorvex Daily", "body", 4)]
    starts = [match.start() for match in re.finditer("Quorvex Daily", text)]
    assert len(starts) == 4
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 40


def test_bag_of_words_f1() -> None:
    assert bag_f1("the cat sat", "the cat sat") == 1.0
    assert bag_f1("the cat sat", "") == 0.0
    assert bag_f1("", "") == 1.0
    assert bag_f1("a b c d", "a b") == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_evaluate_reports_every_figure_on_a_small_source() -> None:
    report = evaluate(ARTICLES, random.Random(1), siblings=len(ARTICLES))

    assert report["pages"] == len(ARTICLES)
    assert report["clean_pages"] == len(ARTICLES)
    assert report["fp_clean"] == 0.0
    assert report["learned_sources"] == 1.0
    assert report["recall_learner"] == 1.0
    assert report["leak_learner"] == 0.0
    assert report["text_f1_learner"] == pytest.approx(1.0)
    for key, value in report.items():
        if key != "seconds" and not key.startswith("pages"):
            assert 0.0 <= value <= 1.0 or key == "clean_pages", key
