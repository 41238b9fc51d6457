"""The injected-spam detector measured on real clean articles (Wikinews, WCXB ground truth).

Brands are injected by `generator.inject` (three pages in four with a title end, one to four
body places: glued, spaced or stuck), into every Wikinews article and the first 300 WCXB
articles, grouped eight by eight into fake sources for the PhraseLearner. The floors below
sit a little under what this run measures (seed 2025: fp_clean 0.0017, recall 0.899 alone and
1.0 with the learner, leak 0.099 alone and 0.0 with the learner, spaced-only round 0.887), so
that a regression fails while a change of seed does not.
"""

from __future__ import annotations

import json
import random

import pytest

from masthead.pipeline.integrity.generator import evaluate, load_eval_articles
from tests.shared_data import shared_data_path, shared_data_root


@pytest.mark.shared_data
def test_injection_detection_on_wikinews_and_wcxb() -> None:
    shared_data_path("news/wikinews-en-2019-2020")
    shared_data_path("extraction/wcxb-dev-articles/ground-truth")
    articles = load_eval_articles(shared_data_root(), wcxb_limit=300)
    assert len(articles) >= 500

    report = evaluate(articles, random.Random(2025))
    print(json.dumps({key: round(value, 4) for key, value in report.items()}, indent=1))

    # Clean pages: the goal is at most 1 % with any injection reported.
    assert report["fp_clean"] <= 0.01
    assert report["fp_clean_learner"] <= 0.01
    # With the source's other articles (the pipeline's normal case): the goals.
    assert report["learned_sources"] >= 0.97
    assert report["recall_learner"] >= 0.97
    assert report["leak_learner"] <= 0.02
    assert report["wrong_phrase_learner"] <= 0.01
    assert report["text_f1_learner"] >= 0.999
    # One page alone: spaced places cannot be told from the article's own names, so the goal
    # is missed by design on pages that hold nothing else (see recall_body_spaced_only).
    assert report["recall"] >= 0.87
    assert report["leak"] <= 0.13
    assert report["recall_title"] >= 0.94
    assert report["recall_body_structural"] >= 0.75
    assert report["wrong_phrase"] <= 0.01
    assert report["text_f1"] >= 0.998
    # The hard round: every article of a source holds the brand at spaced places only.
    assert report["recall_spaced_only"] >= 0.8
    assert report["leak_spaced_only"] <= 0.2
