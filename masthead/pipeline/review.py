"""The integrity review every ingested article goes through before it is stored.

Pure functions over drafts: learn a source's injected phrases from a batch of its articles,
then remove what was injected from each draft and report it, beside the copy-desk findings.
The reader sees the cleaned draft; editors see the report. Copy errors are reported, never
"corrected" in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from masthead.pipeline import copydesk
from masthead.pipeline.collect import Page, draft_from
from masthead.pipeline.copies import signature_bytes
from masthead.pipeline.draft import ArticleDraft, FeedEntry
from masthead.pipeline.integrity import PhraseLearner, find_injections
from masthead.pipeline.integrity.learner import Observation, observe
from masthead.pipeline.sanitize import text_to_html
from masthead.pipeline.spelling import SiteVocabulary
from masthead.pipeline.stories import features_vector
from masthead.pipeline.textfields import summarize


@dataclass
class Review:
    """A cleaned draft and what the review found in it."""

    draft: ArticleDraft
    original_title: str = ""
    injected: list[dict[str, Any]] = field(default_factory=list)
    copy_errors: list[dict[str, Any]] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        """The integrity report as stored and shown to editors (JSON-safe)."""
        report: dict[str, Any] = {"injected": self.injected, "copy_errors": self.copy_errors}
        if self.original_title != self.draft.title:
            report["original_title"] = self.original_title
        return report


def extract_observed(entry: FeedEntry, page: Page | None) -> tuple[ArticleDraft, Observation]:
    """Extract an entry's article and observe it for the phrase learner: the costly, per-page
    part of ingestion, picklable so that it runs in the extraction worker processes."""
    draft = draft_from(entry, page)
    return draft, observe(draft.title, draft.text)


@dataclass
class SourceEvidence:
    """What one source's batch of articles says about all of them."""

    phrases: list[str] = field(default_factory=list)  # injected phrases, known then learned
    site_words: frozenset[str] = frozenset()  # words it uses in several articles
    sections: dict[str, list[str]] = field(default_factory=dict)  # section -> texts there


def learn_from(drafts: Sequence[ArticleDraft], known: Sequence[str] = (),
               observations: Sequence[Observation] | None = None) -> SourceEvidence:
    """Learn from one source's drafts: injected phrases, its vocabulary, its sections.

    The site's own name is not exempt from the phrases: a scraper gluing its name into copied
    sentences ("migrants are Quorvex Dailycrossing") injects it like any brand, and an outlet
    naming itself where names belong does not give the learner its evidence of odd places.
    `observations` (one per draft, from `integrity.observe`) may have been made elsewhere,
    in the worker processes that extracted the drafts.
    """
    learner = PhraseLearner()
    vocabulary = SiteVocabulary()
    sections: dict[str, list[str]] = {}
    for position, draft in enumerate(drafts):
        if observations is None:
            learner.add(draft.title, draft.text)
        else:
            learner.record(observations[position])
        vocabulary.add(draft.text)
        if draft.section:
            sections.setdefault(draft.section, []).append(draft.text)
    phrases = list(known)
    phrases.extend(phrase for phrase in learner.phrases() if phrase not in phrases)
    return SourceEvidence(phrases, vocabulary.recurring(), sections)


def review_draft(draft: ArticleDraft, evidence: SourceEvidence | None = None,
                 section: str = "") -> Review:
    """Remove injected phrases from the draft's title and body and run the copy-desk checks.

    `section` is where the article will be filed when the page names none. When the body
    changed, its HTML is rebuilt from the cleaned text: formatting is lost on those pages
    only, which is better than republishing the spam.
    """
    evidence = evidence or SourceEvidence()
    result = find_injections(draft.title, draft.text, evidence.phrases, draft.site_name)
    cleaned = draft
    if result.injections:
        body_changed = any(found.where == "body" for found in result.injections)
        summary = draft.summary
        if any(found.phrase in summary for found in result.injections):
            summary = summarize(result.text)
        cleaned = replace(
            draft,
            title=result.title or draft.title,
            text=result.text if body_changed else draft.text,
            html=text_to_html(result.text) if body_changed else draft.html,
            summary=summary,
        )
    desk = copydesk.check(
        cleaned.title, cleaned.text, language=draft.language,
        section=draft.section or section, tags=draft.tags, site_words=evidence.site_words,
        site_sections=evidence.sections or None,
    )
    return Review(
        draft=cleaned,
        original_title=draft.title,
        injected=[asdict(found) for found in result.injections],
        copy_errors=[asdict(error) for error in desk.errors],
    )


@dataclass
class Prepared:
    """A reviewed draft with what storing it needs computed: its story terms and copy
    signature. Made by `prepare`, in the extraction worker processes when there are some."""

    review: Review
    story_terms: dict[str, float]
    signature: bytes


def prepare(draft: ArticleDraft, evidence: SourceEvidence, section: str = "") -> Prepared:
    """Review the draft, then compute its story vector and copy signature from the cleaned
    text (pure and picklable: the costly per-article work after learning)."""
    review = review_draft(draft, evidence, section)
    cleaned = review.draft
    return Prepared(
        review,
        features_vector(cleaned.title, cleaned.text, cleaned.tags, cleaned.language or "en"),
        signature_bytes(cleaned.text),
    )


__all__ = [
    "Prepared", "Review", "SourceEvidence", "extract_observed", "learn_from", "prepare",
    "review_draft",
]
