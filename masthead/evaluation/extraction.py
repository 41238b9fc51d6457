"""Main-text extraction quality, Masthead beside plain trafilatura, with the published metrics.

- trafilatura's evaluation set: snippet-based precision, recall and F1 over all pages (a "with"
  snippet found is a true positive, missed a false negative; a "without" snippet found is a
  false positive), as in trafilatura's own evaluation.
- WCXB (article pages of the dev split): bag-of-words F1 per page against the ground truth's
  main content, averaged over pages.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from masthead.pipeline.extract import extract_article
from masthead.pipeline.integrity.generator import bag_f1

Extractor = Callable[[bytes, str], str]


def masthead_text(html: bytes, url: str) -> str:
    return extract_article(html, url).text


def trafilatura_text(html: bytes, url: str) -> str:
    return trafilatura.extract(html, url=url) or ""


EXTRACTORS: dict[str, Extractor] = {"trafilatura": trafilatura_text, "masthead": masthead_text}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    page_f1: list[float] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mean_page_f1(self) -> float:
        return sum(self.page_f1) / len(self.page_f1) if self.page_f1 else 0.0

    @property
    def ms_per_page(self) -> float:
        return 1000 * self.seconds / self.pages if self.pages else 0.0


def trafilatura_eval_pages(folder: Path, limit: int | None = None
                           ) -> Iterator[tuple[str, bytes, list[str], list[str]]]:
    index = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    count = 0
    for url, entry in index.items():
        for sub in ("eval", "cache"):
            path = folder / sub / (entry["file"] + ".gz")
            if path.exists():
                yield url, gzip.decompress(path.read_bytes()), entry["with"], entry["without"]
                count += 1
                break
        if limit and count >= limit:
            return


def wcxb_pages(folder: Path, limit: int | None = None) -> Iterator[tuple[str, bytes, str]]:
    for count, path in enumerate(sorted((folder / "html").glob("*.html.gz")), start=1):
        truth_path = folder / "ground-truth" / path.name.replace(".html.gz", ".json.gz")
        if not truth_path.exists():
            continue
        truth = json.loads(gzip.decompress(truth_path.read_bytes()))
        yield truth.get("url", ""), gzip.decompress(path.read_bytes()), (
            truth["ground_truth"].get("main_content") or ""
        )
        if limit and count >= limit:
            return


def _timed(extractor: Extractor, html: bytes, url: str, score: Score) -> str:
    started = time.perf_counter()
    text = extractor(html, url)
    score.seconds += time.perf_counter() - started
    score.pages += 1
    return text


def evaluate_trafilatura_set(folder: Path, limit: int | None = None) -> dict[str, Score]:
    scores = {name: Score() for name in EXTRACTORS}
    for url, html, with_snippets, without_snippets in trafilatura_eval_pages(folder, limit):
        for name, extractor in EXTRACTORS.items():
            score = scores[name]
            text = _timed(extractor, html, url, score)
            for snippet in with_snippets:
                if snippet in text:
                    score.tp += 1
                else:
                    score.fn += 1
            for snippet in without_snippets:
                if snippet in text:
                    score.fp += 1
                else:
                    score.tn += 1
    return scores


def evaluate_wcxb(folder: Path, limit: int | None = None) -> dict[str, Score]:
    scores = {name: Score() for name in EXTRACTORS}
    for url, html, truth in wcxb_pages(folder, limit):
        for name, extractor in EXTRACTORS.items():
            text = _timed(extractor, html, url, scores[name])
            scores[name].page_f1.append(bag_f1(truth, text))
    return scores
