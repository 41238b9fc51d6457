"""The integrity review in the ingestion pipeline: learn, clean, report, link copies.

Every batch of a source's new articles is reviewed together, so phrases a scraper injects
across its articles are learned from the batch (and remembered on the source for the next
fetch). Articles stored before a phrase was learned are cleaned again. The reader sees the
cleaned text; the report is stored on the article for editors.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import reduce
from operator import or_

from django.db.models import Q

from masthead.newsroom.models import Article, Source
from masthead.pipeline.draft import ArticleDraft
from masthead.pipeline.integrity.learner import Observation
from masthead.pipeline.review import SourceEvidence, learn_from, review_draft

logger = logging.getLogger(__name__)


def learn_for_source(source: Source, drafts: Sequence[ArticleDraft],
                     observations: Sequence[Observation] | None = None) -> SourceEvidence:
    """What the source's batch says (see `pipeline.review.learn_from`); its injected phrases
    are kept on the source, and stored articles are re-cleaned when a new one is learned."""
    known = list(source.injected_phrases or [])
    evidence = learn_from(drafts, known, observations)
    phrases = evidence.phrases
    new = [phrase for phrase in phrases if phrase not in known]
    if new:
        logger.info("Learned injected phrases for %s: %s", source, ", ".join(new))
        Source.objects.filter(pk=source.pk).update(injected_phrases=phrases)
        source.injected_phrases = phrases
        reclean_stored(source, new, phrases)
    return evidence


def reclean_stored(source: Source, new: Sequence[str], phrases: Sequence[str]) -> int:
    """Clean the source's stored articles that still hold one of the `new` phrases."""
    holding = reduce(or_, (Q(title__contains=p) | Q(text__contains=p) for p in new))
    changed = 0
    for article in Article.objects.filter(holding, source=source).select_related("section"):
        found = review_draft(
            ArticleDraft(url=article.url, title=article.title, text=article.text,
                         html=article.html, summary=article.summary,
                         site_name=article.site_name),
            SourceEvidence(phrases=list(phrases)),
            article.section.name if article.section else "",
        )
        if not found.injected:
            continue
        report = dict(article.integrity or {})
        report["injected"] = list(report.get("injected", [])) + found.injected
        report.setdefault("original_title", article.title)
        article.title = found.draft.title[:500]
        article.text = found.draft.text
        article.html = found.draft.html
        article.summary = found.draft.summary
        article.integrity = report
        article.injected_count = sum(item["count"] for item in report["injected"])
        # save(), not update(): the search index and the page caches follow saves.
        article.save(update_fields=["title", "text", "html", "summary", "integrity",
                                    "injected_count", "updated_at"])
        changed += 1
    return changed


__all__ = ["learn_for_source", "reclean_stored"]
