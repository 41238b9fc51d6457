"""Story clustering quality: pairwise precision and recall against known events, and the pairs
merged among articles known to report different events.

- The demo: `story_ground_truth` events (2-4 outlets each, in their own words) plus the
  scraper's copies, which belong to their original's story; every other article is alone.
  Measured on the articles as written, on the served pages through the extractor, and as a
  portal starting empty would build the stories (`online_cluster`).
- WikinewsSum (shared data): for each Wikinews event, the English outlet articles it cites.
  Undated, so compared without a window; cited articles are sometimes background rather than
  the event itself, so recall there is a floor, not a target.
- Wikinews 2019-2020 (shared data): one article per event; every merged pair is either a
  false merge or a genuine follow-up, and is listed for a reader to judge. Clustered with
  their dates (as the portal would) and without (every pair compared: a stress test).
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

from masthead.demo import DEFAULT_PORT, article_records, build_site
from masthead.pipeline.extract import extract_article
from masthead.pipeline.stories import (
    MatchSettings,
    StoryFeatures,
    StoryIndex,
    TermStats,
    cluster,
    features_vector,
    similarity,
    weigh,
)


@dataclass
class PairScore:
    true_pairs: int = 0
    found_pairs: int = 0
    correct_pairs: int = 0
    false_pairs: list[tuple[str, str]] = field(default_factory=list)
    missed_pairs: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.found_pairs if self.found_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0


def _pairs(groups: Iterable[Sequence[str]]) -> set[tuple[str, str]]:
    return {
        (a, b) if a < b else (b, a)
        for group in groups
        for a, b in combinations(group, 2)
    }


def pair_score(found: Iterable[Sequence[str]], truth: Iterable[Sequence[str]]) -> PairScore:
    """Pairs of keys placed in one story, against the pairs the truth puts in one story."""
    found_pairs = _pairs(found)
    true_pairs = _pairs(truth)
    return PairScore(
        true_pairs=len(true_pairs),
        found_pairs=len(found_pairs),
        correct_pairs=len(found_pairs & true_pairs),
        false_pairs=sorted(found_pairs - true_pairs),
        missed_pairs=sorted(true_pairs - found_pairs),
    )


def demo_truth() -> list[list[str]]:
    """The demo's true stories: each event's articles with their scraper copies; every other
    article (with its copies, if any) a story of its own."""
    records = article_records()
    event_of = {r["path"]: r["event"] for r in records}
    truth: dict[str, list[str]] = {}
    for record in records:
        original = record["copy_of"] or record["path"]
        truth.setdefault(event_of.get(original) or original, []).append(record["path"])
    return list(truth.values())


def demo_items() -> tuple[list[StoryFeatures], list[list[str]]]:
    """The demo's articles as written (title, paragraphs, tags) as story features, and the
    true stories."""
    items = [
        StoryFeatures(
            key=record["path"],
            terms=features_vector(record["title"], "\n\n".join(record["paragraphs"]),
                                  record["tags"]),
            published=datetime.fromisoformat(record["published"]),
            source=record["outlet"],
        )
        for record in article_records()
    ]
    return items, demo_truth()


def demo_page_items() -> tuple[list[StoryFeatures], list[list[str]]]:
    """The demo's article pages as served, through the extractor (so with the datelines,
    sign-offs, injected brands and tags the pages really carry), and the true stories."""
    base = "http://127.0.0.1:%d" % DEFAULT_PORT
    site = build_site(base)
    items = []
    for record in article_records():
        draft = extract_article(site[record["path"]][1], base + record["path"])
        items.append(
            StoryFeatures(
                key=record["path"],
                terms=features_vector(draft.title, draft.text, draft.tags, draft.language),
                published=draft.published,
                source=record["outlet"],
            )
        )
    return items, demo_truth()


def wikinewssum_items(data_root: Path) -> tuple[list[StoryFeatures], list[list[str]]]:
    """The English outlet articles cited by each WikinewsSum event (undated, one source each),
    and the events as true stories. Missing data gives no items."""
    path = data_root / "news" / "wikinewssum-en-sample" / "cleaned_endataset.jsonl"
    if not path.exists():
        return [], []
    items = []
    truth = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            event = json.loads(line)
            keys = []
            for index, source in enumerate(event.get("sources") or []):
                text = source.get("maintext") or ""
                if source.get("language") != "en" or len(text.split()) < 50:
                    continue
                key = "%03d/%d" % (number, index)
                items.append(
                    StoryFeatures(
                        key=key,
                        terms=features_vector(source.get("title") or "", text),
                        source=source.get("url") or key,
                    )
                )
                keys.append(key)
            truth.append(keys)
    return items, truth


def wikinews_items(data_root: Path) -> list[tuple[StoryFeatures, str]]:
    """(features, title) of each Wikinews 2019-2020 article, dated by its CSV date. They are
    given no source, so the lower threshold for other outlets applies: the strict case.
    Missing data gives no items."""
    result = []
    csv.field_size_limit(1 << 30)
    for path in sorted((data_root / "news" / "wikinews-en-2019-2020").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                title, text = row.get("title") or "", row.get("text") or ""
                if not text.strip():
                    continue
                published = None
                if row.get("date"):
                    published = datetime.fromisoformat(row["date"]).replace(tzinfo=UTC)
                features = StoryFeatures(
                    key=row.get("url") or title, terms=features_vector(title, text),
                    published=published,
                )
                result.append((features, title))
    return result


def online_cluster(items: Iterable[StoryFeatures], settings: MatchSettings | None = None
                   ) -> list[list[str]]:
    """Stories as a portal that starts empty would build them: articles arrive in publication
    order and each is matched with the background of the articles seen so far (itself
    included), so the first days run on very little evidence of what is common."""
    ordered = sorted(items, key=lambda item: (
        item.published is None, item.published.timestamp() if item.published else 0.0, item.key))
    background = TermStats()
    seen: list[StoryFeatures] = []
    story_of: dict[str, int] = {}
    stories: list[list[str]] = []
    starts: list[datetime | None] = []
    for item in ordered:
        background.add(item.terms)
        index = StoryIndex(background, settings)  # weights change as the background grows
        for earlier in seen:
            index.add(earlier)
        match = index.match(item)
        if match is None:
            story_of[item.key] = len(stories)
            stories.append([item.key])
            starts.append(item.published)
        else:
            story_of[item.key] = story_of[match]
            stories[story_of[match]].append(item.key)
        seen.append(replace(item, story_start=starts[story_of[item.key]]))
    return stories


def merged_pairs(items: Sequence[StoryFeatures], settings: MatchSettings | None = None
                 ) -> list[tuple[str, str, float]]:
    """Pairs put in one story, with their similarity, most similar first."""
    stats = TermStats.of(item.terms for item in items)
    terms = {item.key: weigh(item.terms, stats) for item in items}
    pairs = _pairs(cluster(items, settings, stats))
    scored = [(a, b, similarity(terms[a], terms[b])) for a, b in pairs]
    return sorted(scored, key=lambda pair: -pair[2])


def seconds_per_comparison(items: Sequence[StoryFeatures], rounds: int = 3) -> float:
    """Mean time to compare a new article with one indexed article (the vectors weighed once,
    as StoryIndex keeps them), over all pairs of `items`."""
    stats = TermStats.of(item.terms for item in items)
    weighed = [weigh(item.terms, stats) for item in items]
    count = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for first, second in combinations(weighed, 2):
            similarity(first, second)
            count += 1
    return (time.perf_counter() - start) / count if count else 0.0


def seconds_per_vector(texts: Sequence[tuple[str, str]]) -> float:
    """Mean time to make the term vector of one (title, text)."""
    start = time.perf_counter()
    for title, text in texts:
        features_vector(title, text)
    return (time.perf_counter() - start) / len(texts) if texts else 0.0


def _pair_figures(score: PairScore) -> dict[str, object]:
    return {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
            "true_pairs": score.true_pairs, "found_pairs": score.found_pairs,
            "false_pairs": score.false_pairs, "missed_pairs": score.missed_pairs}


def report(data_root: Path | None = None) -> dict[str, object]:
    """Every figure above, as plain data (for `masthead eval stories` or a test)."""
    items, truth = demo_items()
    page_items, page_truth = demo_page_items()
    texts = [(r["title"], "\n\n".join(r["paragraphs"])) for r in article_records()]
    result: dict[str, object] = {
        "demo": _pair_figures(pair_score(cluster(items), truth)),
        "demo_pages": _pair_figures(pair_score(cluster(page_items), page_truth)),
        "demo_online": _pair_figures(pair_score(online_cluster(items), truth)),
        "seconds_per_comparison": seconds_per_comparison(items),
        "seconds_per_vector": seconds_per_vector(texts),
    }
    if data_root is None:
        return result
    sum_items, sum_truth = wikinewssum_items(data_root)
    if sum_items:
        score = pair_score(cluster(sum_items, MatchSettings(window=None)), sum_truth)
        result["wikinewssum"] = _pair_figures(score)
    news = wikinews_items(data_root)
    if news:
        titles = {features.key: title for features, title in news}
        features_only = [features for features, _ in news]
        for name, settings in (("wikinews", MatchSettings()),
                               ("wikinews_undated", MatchSettings(window=None, max_span=None))):
            merged = merged_pairs(features_only, settings)
            result[name] = {"articles": len(news), "merged_pairs": len(merged),
                            "pairs": [(titles[a], titles[b], round(score, 3))
                                      for a, b, score in merged]}
    return result
