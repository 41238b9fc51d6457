"""Reaction bars, share bars, newsletter boxes and ads never reach the article text."""

from __future__ import annotations

from lxml import html as lxml_html

from masthead.pipeline.extract import extract_article
from masthead.pipeline.widgets import prune_widgets, widget_kind

STORY = " ".join(
    "The harbour council voted on the dredging plan after a long debate about its cost."
    for _ in range(12)
)
PAGE = """<html><head><title>Council votes on dredging</title></head><body>
<article><h1>Council votes on dredging</h1>
<p>%s</p>
<div class="story-reactions"><p>What did you think of this story?</p>
<button>very good! (2)</button></div>
<div id="newsletter-box"><p>Get the morning briefing in your inbox every weekday.</p></div>
<div class="td-ad td-ad-inline">Advertisement: Trade smarter with Quorvex Pro today.</div>
<p>Work is due to start in the autumn, the council said in a statement on Friday.</p>
</article></body></html>""" % STORY


def test_widget_words_are_whole_words() -> None:
    element = lxml_html.fragment_fromstring('<div class="td-ad">x</div>')
    assert widget_kind(element) == "promo"
    assert widget_kind(lxml_html.fragment_fromstring('<div class="loaded">x</div>')) is None
    assert widget_kind(lxml_html.fragment_fromstring('<div id="share-bar">x</div>')) == "share"


def test_widgets_are_pruned_but_a_content_column_is_not() -> None:
    tree = lxml_html.document_fromstring(PAGE)
    assert prune_widgets(tree) == {"reactions": 1, "newsletter": 1, "promo": 1}
    # A theme calling its whole content column "social" holds most of the text: it stays.
    column = lxml_html.document_fromstring(
        '<html><body><div class="social-layout"><p>%s</p></div></body></html>' % STORY
    )
    assert prune_widgets(column) == {}
    assert "dredging plan" in column.text_content()


def test_extracted_text_has_no_widget_text() -> None:
    draft = extract_article(PAGE, "https://ledger.example/dredging")
    assert "dredging plan" in draft.text and "start in the autumn" in draft.text
    for leak in ("What did you think", "very good!", "morning briefing", "Advertisement"):
        assert leak not in draft.text


def test_modifiers_and_negations_do_not_make_a_widget() -> None:
    for markup in ('<section class="Report__Section Report__Section--Ads">x</section>',
                   '<div class="entry-content no-share">x</div>',
                   '<div class="post without-ads">x</div>'):
        assert widget_kind(lxml_html.fragment_fromstring(markup)) is None, markup
    prose = " ".join(["The council met again to discuss the harbour plan in detail."] * 3)
    tree = lxml_html.document_fromstring(
        '<html><body><div class="ad-free-zone"><p>%s</p><p>%s</p></div>%s</body></html>'
        % (prose, prose, "<p>%s</p>" % STORY)
    )
    assert prune_widgets(tree) == {}
