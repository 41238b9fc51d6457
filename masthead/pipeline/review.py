"""The integrity review every ingested article goes through before it is stored.

Pure functions over drafts: learn a source's injected phrases from a batch of its articles,
then remove what was injected from each draft and report it, beside the copy-desk findings.
The reader sees the cleaned draft; editors see the report. Copy errors are reported, never
"corrected" in the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from masthead.pipeline import copydesk
from masthead.pipeline.draft import ArticleDraft
from masthead.pipeline.integrity import PhraseLearner, find_injections
from masthead.pipeline.sanitize import text_to_html
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


def learn_phrases(drafts: Iterable[ArticleDraft], known: Sequence[str] = ()) -> list[str]:
    """Phrases injected across one source's articles: those known before, then new ones.

    The site's own name is not exempt: a scraper gluing its name into copied sentences
    ("migrants are Quorvex Dailycrossing") injects it like any brand, and an outlet naming
    itself where names belong does not give the learner its evidence of odd places.
    """
    learner = PhraseLearner()
    for draft in drafts:
        learner.add(draft.title, draft.text)
    learned = list(known)
    learned.extend(phrase for phrase in learner.phrases() if phrase not in learned)
    return learned


def review_draft(draft: ArticleDraft, known_phrases: Sequence[str] = (),
                 section: str = "") -> Review:
    """Remove injected phrases from the draft's title and body and run the copy-desk checks.

    When the body changed, its HTML is rebuilt from the cleaned text: formatting is lost on
    those pages only, which is better than republishing the spam.
    """
    result = find_injections(draft.title, draft.text, known_phrases, draft.site_name)
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
    return Review(
        draft=cleaned,
        original_title=draft.title,
        injected=[asdict(found) for found in result.injections],
        copy_errors=_copy_errors(cleaned, section or cleaned.section),
    )


def _copy_errors(draft: ArticleDraft, section: str) -> list[dict[str, Any]]:
    return [asdict(error) for error in copydesk.doubled_words(draft.text)]


__all__ = ["Review", "learn_phrases", "review_draft"]
