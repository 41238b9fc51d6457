"""Page widgets that are never article text: reaction and share bars, newsletter boxes, ads.

trafilatura keeps a block when it looks like prose, and "What did you think of this story?"
or "Advertisement: Trade smarter with ..." look like prose. Sites mark such widgets in their
markup, though, by a class or id word. Those elements are taken out of the tree before the
main text is extracted, unless they hold a large share of the page's text (then the word is
a theme's name for the whole content column, not a widget).
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
# A widget holds at most this share of the page's text.
MAX_SHARE = 0.15


def widget_kind(element: HtmlElement) -> str | None:
    """The kind of widget the element's class or id names, if any."""
    marks = "%s %s" % (element.get("class") or "", element.get("id") or "")
    words = set(_SPLIT.split(marks.lower()))
    if not words & _ALL_WORDS:
        return None
    return next(kind for kind, kind_words in WIDGET_WORDS.items() if words & kind_words)


def prune_widgets(tree: HtmlElement) -> dict[str, int]:
    """Remove widget elements from `tree` in place; return how many of each kind went."""
    total = len(" ".join(tree.itertext()).split()) or 1
    removed: dict[str, int] = {}
    doomed: list[HtmlElement] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _STRUCTURAL:
            continue
        kind = widget_kind(element)
        if kind is None or any(ancestor in doomed for ancestor in element.iterancestors()):
            continue
        if len(" ".join(element.itertext()).split()) > MAX_SHARE * total:
            continue
        doomed.append(element)
        removed[kind] = removed.get(kind, 0) + 1
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent
    return removed


__all__ = ["WIDGET_WORDS", "prune_widgets", "widget_kind"]
