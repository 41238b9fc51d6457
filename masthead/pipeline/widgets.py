"""Page widgets that are never article text: reaction and share bars, newsletter boxes, ads.

trafilatura keeps a block when it looks like prose, and "What did you think of this story?"
or "Advertisement: Trade smarter with ..." look like prose. Sites mark such widgets in their
markup, though, by a class or id word. Those elements are taken out of the tree before the
main text is extracted, unless they hold a large share of the page's text or paragraphs of
prose (then the word is a theme's name for a content column, not a widget). A BEM modifier
("Section--Ads") or a negated word ("no-share") does not make an element a widget.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# Whole words of class and id values (split at anything but letters and digits), by kind.
WIDGET_WORDS: dict[str, frozenset[str]] = {
    "reactions": frozenset({"reaction", "reactions", "emoji", "emojis"}),
    "share": frozenset({"share", "shares", "sharing", "sharebar", "social", "sharethis"}),
    "newsletter": frozenset({"newsletter", "newsletters", "subscribe", "signup", "optin"}),
    "promo": frozenset({"ad", "ads", "advert", "adverts", "advertisement", "adslot",
                        "sponsored", "promo", "promos", "outbrain", "taboola"}),
}
_ALL_WORDS = frozenset().union(*WIDGET_WORDS.values())
_SPLIT = re.compile(r"[^a-z0-9]+")
# Elements that structure the page rather than decorate it are never taken out.
_STRUCTURAL = frozenset({"html", "body", "main", "article", "header", "footer"})
# Elements that hold no text a reader sees: not worth a look.
_INVISIBLE = frozenset({"head", "script", "style", "link", "meta", "svg", "symbol", "path",
                        "noscript", "template"})
_NEGATIONS = frozenset({"no", "without", "hide", "hidden", "disable", "disabled"})
# A paragraph of this many words is prose, not a widget's prompt.
PROSE_WORDS = 20
# A widget holds at most this share of the page's text.
MAX_SHARE = 0.15


def widget_kind(element: HtmlElement) -> str | None:
    """The kind of widget the element's class or id names, if any."""
    words: set[str] = set()
    for value in ("%s %s" % (element.get("class") or "", element.get("id") or "")).split():
        # A BEM modifier ("Section--Ads") says what a block carries, not what it is.
        tokens = _SPLIT.split(value.split("--", 1)[0].lower())
        for position, token in enumerate(tokens):
            # "no-share", "without-ads": the element is marked as having no such widget.
            if position and tokens[position - 1] in _NEGATIONS:
                continue
            words.add(token)
    if not words & _ALL_WORDS:
        return None
    return next(kind for kind, kind_words in WIDGET_WORDS.items() if words & kind_words)


def _holds_prose(element: HtmlElement) -> bool:
    """Two or more real paragraphs: article text, whatever the element is called."""
    long_paragraphs = 0
    for paragraph in element.iter("p"):
        if len(" ".join(paragraph.itertext()).split()) >= PROSE_WORDS:
            long_paragraphs += 1
            if long_paragraphs >= 2:
                return True
    return False


def prune_widgets(tree: HtmlElement) -> dict[str, int]:
    """Remove widget elements from `tree` in place; return how many of each kind went."""
    total = len(" ".join(tree.itertext()).split()) or 1
    removed: dict[str, int] = {}
    doomed: list[HtmlElement] = []
    for element in tree.iter():
        if (not isinstance(element.tag, str) or element.tag in _STRUCTURAL
                or element.tag in _INVISIBLE):
            continue
        kind = widget_kind(element)
        if kind is None or any(ancestor in doomed for ancestor in element.iterancestors()):
            continue
        if len(" ".join(element.itertext()).split()) > MAX_SHARE * total or _holds_prose(element):
            continue
        doomed.append(element)
        removed[kind] = removed.get(kind, 0) + 1
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent
    return removed


__all__ = ["WIDGET_WORDS", "prune_widgets", "widget_kind"]
