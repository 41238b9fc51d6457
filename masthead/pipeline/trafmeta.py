"""trafilatura's page metadata, computed lazily: each field costs only when it is read.

`trafilatura.metadata.extract_metadata` computes every field up front, and three of them
cost more than the rest together: the publication date (htmldate, ~4 ms a page), the author
heuristics (~7 ms when the markup names no author: a deep copy of the page plus XPath with
regex callbacks over every element) and the category and tag links (~3 ms). Extraction
needs the date only when the page's own markup leaves it open, and the author only when the
meta tags and JSON-LD name none, so `PageMetadata` runs the same trafilatura functions in
the same order, but each when first asked.

`extract_author` and `extract_catstags` return what trafilatura's own functions of that
name return (trafilatura 2.3: AUTHOR_XPATHS pruned by AUTHOR_DISCARD_XPATHS, and
CATEGORIES_XPATHS / TAGS_XPATHS), five to six times faster: no copy of the page, and no
XPath with regex callbacks over every element. The author's candidates come from one plain
Python pass, their text is read as if the discarded elements had been deleted; the category
and tag links are the few whose href can match, their containers tested on their ancestors.
The tests compare both with trafilatura's on fixtures and real pages (all 990 evaluation
pages agree), so an upgrade that changes those XPaths shows up there.

Nothing here modifies the tree.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import cached_property
from html import unescape
from typing import Any, TypeVar

from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.baseline import block_text
from trafilatura.json_metadata import normalize_authors
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.settings import set_date_params
from trafilatura.utils import line_processing, trim

__all__ = ["EXTENSIVE_DATE_SEARCH", "PageMetadata", "extract_author", "extract_catstags"]

logger = logging.getLogger(__name__)


def _clean(value: str | None) -> str | None:
    """What `Document.clean_and_trim` does to a string field."""
    if not isinstance(value, str):
        return value
    if len(value) > 10000:
        value = value[:9999] + "\u2026"
    return line_processing(unescape(value))


# htmldate's extensive search, the last resort when its quick search finds no date. On the
# 112 evaluation pages (of 990) that come to it, it costs 44 ms a page (most of it a regex
# scan of the whole HTML), and its first use anywhere loads dateparser's locale data (~1.6 s
# once per process). It finds 28 correct dates there, 11 wrong ones, and 70 on pages with
# no date at all, mostly a copyright year taken as January 1st. Turning it off saves ~4 ms a
# page on average there, at the price of those 28 dates (3.8% of the 728 pages with a date).
# Off: 81 wrong dates for 28 right ones is a bad trade for a news portal, where a made-up date
# misfiles a story; without a date the feed's date or the fetch time is used instead.
EXTENSIVE_DATE_SEARCH = False

_T = TypeVar("_T")


def _quietly(function: Callable[..., _T], *args: Any, **kwargs: Any) -> _T | None:
    """function(*args, **kwargs), or None if it fails: one heuristic tripping over a hostile
    page must not cost the page its other fields."""
    try:
        return function(*args, **kwargs)
    except Exception:
        logger.warning("%s failed", getattr(function, "__name__", function), exc_info=True)
        return None


class PageMetadata:
    """The fields of `extract_metadata(tree, url)`, each computed when first read.

    Meta tags and JSON-LD (cheap, ~0.5 ms) are read at once, since most fields start there.
    """

    def __init__(self, tree: HtmlElement, url: str | None) -> None:
        self._tree = tree
        self._url = url
        document = examine_meta(tree)
        if document.author and " " not in document.author:
            document.author = None  # as extract_metadata: a single word is no author name
        try:
            document = extract_meta_json(tree, document)
        except Exception as error:  # trafilatura's JSON-LD reader has its bugs
            logger.warning("error in JSON metadata extraction: %s", error)
        self._document = document

    @cached_property
    def title(self) -> str | None:
        return _clean(self._document.title or _quietly(extract_title, self._tree))

    @cached_property
    def author(self) -> str | None:
        return _clean(self._document.author or _quietly(extract_author, self._tree))

    @cached_property
    def description(self) -> str | None:
        return _clean(self._document.description)

    @cached_property
    def image(self) -> str | None:
        return _clean(self._document.image)

    @cached_property
    def language(self) -> str | None:
        return _clean(self._document.language)

    @cached_property
    def page_url(self) -> str | None:
        """The page's own idea of its URL (og:url, canonical ...), else the given one."""
        return self._document.url or _quietly(extract_url, self._tree, self._url)

    @cached_property
    def sitename(self) -> str | None:
        sitename = self._document.sitename or _quietly(extract_sitename, self._tree)
        if sitename:
            sitename = sitename.lstrip("@")
            if sitename and "." not in sitename and not sitename[0].isupper():
                sitename = sitename.title()
        elif self.page_url:
            match = META_URL.match(self.page_url)
            if match:
                sitename = match[1]
        return _clean(sitename)

    @cached_property
    def date(self) -> str | None:
        """htmldate's publication date (YYYY-MM-DD): quick search, then extensive search.

        trafilatura asks htmldate for the extensive search at once. Measured on trafilatura's
        evaluation pages whose markup states no date (412 of 990): the quick search costs
        2.7 ms a page, the extensive one 12 ms; where the quick one finds a date the
        extensive one finds the same on all but 5 pages (and as many correct dates, 206),
        so the extensive search runs only when the quick one finds nothing.
        """
        for extensive in (False, True) if EXTENSIVE_DATE_SEARCH else (False,):
            params: dict[str, Any] = set_date_params(extensive)
            params["url"] = self.page_url
            found = _quietly(find_date, self._tree, **params)
            if isinstance(found, str):
                return _clean(found)
        return None

    @cached_property
    def categories(self) -> list[str]:
        return self._document.categories or _quietly(extract_catstags, "category", self._tree) or []

    @cached_property
    def tags(self) -> list[str]:
        return self._document.tags or _quietly(extract_catstags, "tag", self._tree) or []


# --- trafilatura's extract_catstags, without regex callbacks in XPath ----------------------
#
# trafilatura tries CATEGORIES_XPATHS (or TAGS_XPATHS) in turn, each "//container//a[@href]",
# and keeps the text of the links whose href matches "/category/" (or "/tag/"), stopping at the
# first expression with such links. Only those few links matter, so they are found first
# (C-speed XPath), and each expression becomes a test on their ancestors.

_META_CLASS_RE = re.compile("^(?:post-?info|post-?meta|meta|entry-meta|entry-info|entry-utility)")
_TAG_CLASS_RE = re.compile("^(?:tag|postmeta|meta)")


def _attrs(element: HtmlElement) -> tuple[str, str, str]:
    return element.tag, element.get("class") or "", element.get("id") or ""


_CONTAINERS: dict[str, tuple[Callable[[str, str, str], bool], ...]] = {
    "category": (
        lambda tag, css, id_: tag == "div"
        and (bool(_META_CLASS_RE.search(css)) or id_.startswith("postpath")),
        lambda tag, css, id_: tag == "p"
        and (css.startswith(("postmeta", "entry-categories")) or css == "postinfo"
             or id_ == "filedunder"),
        lambda tag, css, id_: tag == "footer" and css.startswith(("entry-meta", "entry-footer")),
        lambda tag, css, id_: tag in ("li", "span")
        and (css in ("post-category", "postcategory", "entry-category") or "cat-links" in css),
        lambda tag, css, id_: tag == "header" and css == "entry-header",
        lambda tag, css, id_: tag == "div" and css in ("row", "tags"),
    ),
    "tag": (
        lambda tag, css, id_: tag == "div" and css == "tags",
        lambda tag, css, id_: tag == "p" and css.startswith("entry-tags"),
        lambda tag, css, id_: tag == "div"
        and (css in ("row", "jp-relatedposts", "entry-utility") or bool(_TAG_CLASS_RE.search(css))),
        lambda tag, css, id_: css == "entry-meta" or "topics" in css or "tags-links" in css,
    ),
}  # fmt: skip
_HREF_RE = {"category": re.compile("/categor(?:y|ies|s)?/"), "tag": re.compile("/tag(?:y|ies|s)?/")}
_LINKS = {
    kind: etree.XPath(f"descendant-or-self::a[contains(@href, '/{part}')]")
    for kind, part in (("category", "categor"), ("tag", "tag"))
}
_CATEGORY_FALLBACK = etree.XPath(
    './/head//meta[@property="article:section" or contains(@name, "subject")][@content]'
)


def _ancestors(element: HtmlElement, tree: HtmlElement) -> list[tuple[str, str, str]]:
    """(tag, class, id) of the ancestors of `element`, up to and including `tree`."""
    found = []
    for ancestor in element.iterancestors():
        found.append(_attrs(ancestor))
        if ancestor is tree:
            break
    return found


def extract_catstags(kind: str, tree: HtmlElement) -> list[str]:
    """What `trafilatura.metadata.extract_catstags(kind, tree)` returns."""
    links = [link for link in _LINKS[kind](tree) if _HREF_RE[kind].search(link.get("href"))]
    results: list[str] = []
    if links:
        ancestry = [_ancestors(link, tree) for link in links]
        for container in _CONTAINERS[kind]:
            results = [
                block_text(link)
                for link, ancestors in zip(links, ancestry, strict=True)
                if any(container(*attributes) for attributes in ancestors)
            ]
            if results:
                break
    if kind == "category" and not results:
        results = [element.attrib["content"] for element in _CATEGORY_FALLBACK(tree)]
    return [r for r in dict.fromkeys(line_processing(x) for x in results if x) if r]


# --- trafilatura's extract_author, without the deep copy -----------------------------------

# What a class or id must contain for any of the AUTHOR_XPATHS rules to match.
_CANDIDATE_RE = re.compile(
    "uthor|yline|writer|screenname|channel-name|zuozhe|bianji|xiaobian|submitted-by|"
    "posted-by|journalist-name|username|byl|BBL"
)


def _is_candidate(element: HtmlElement) -> bool:
    """Whether some AUTHOR_XPATHS rule may match `element` (a cheap superset test)."""
    get = element.get
    css, element_id = get("class"), get("id")
    return bool(
        (css and _CANDIDATE_RE.search(css))
        or (element_id and _CANDIDATE_RE.search(element_id))
        or "author" in (get("itemprop") or "")
        or get("rel") == "author"
        or get("data-testid") in ("AuthorCard", "AuthorURL")
        or "Byline" in (get("data-component") or "")
        or element.tag == "author"
    )


_RULE1_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_RULE1_CLASS = re.compile("author-?name|AuthorName|authorName")
_RULE2_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_RULE2_CLASSES = frozenset({"byline", "username", "byl", "BBL"})
_RULE2_ID = re.compile("author|zuozhe|bianji|xiaobian")
_RULE2_CLASS = re.compile(
    "author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
)
_RULE3_ID = re.compile("[Aa]uthor")
_RULE3_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")

_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer"
)


def _rule1(element: HtmlElement) -> bool:
    """AUTHOR_XPATHS[0]: specific and almost specific markers."""
    if element.tag == "author":
        return True
    if element.tag not in _RULE1_TAGS:
        return False
    get = element.get
    css = get("class") or ""
    return (
        get("rel") == "author"
        or get("id") == "author"
        or css == "author"
        or get("itemprop") == "author name"
        or get("data-testid") in ("AuthorCard", "AuthorURL")
        or bool(_RULE1_CLASS.search(css))
    )


def _rule2(element: HtmlElement) -> bool:
    """AUTHOR_XPATHS[1]: almost generic and generic markers."""
    if element.tag not in _RULE2_TAGS:
        return False
    get = element.get
    css = get("class") or ""
    return (
        css in _RULE2_CLASSES
        or "author" in (get("itemprop") or "")
        or bool(_RULE2_ID.search(get("id") or ""))
        or bool(_RULE2_CLASS.search(css))
    )


def _rule3(element: HtmlElement) -> bool:
    """AUTHOR_XPATHS[2]: the last resort, any element."""
    get = element.get
    return (
        "Byline" in (get("data-component") or "")
        or "author" in (get("itemprop") or "")
        or bool(_RULE3_ID.search(get("id") or ""))
        or bool(_RULE3_CLASS.search(get("class") or ""))
    )


def _discarded(element: HtmlElement) -> bool:
    """AUTHOR_DISCARD_XPATHS: comment lists, sidebars, dates, figures ..."""
    tag = element.tag
    if tag in ("time", "figure"):
        return True
    if tag not in _DISCARD_TAGS:
        return False
    get = element.get
    element_id, css = get("id") or "", get("class") or ""
    return (
        element_id == "comments"
        or css in ("comments", "title", "date")
        or bool(_DISCARD_ID.search(element_id))
        or bool(_DISCARD_CLASS.search(css))
        or "Figure" in (get("data-component") or "")
    )


def _removed(element: HtmlElement, root: HtmlElement) -> bool:
    """Whether trafilatura's pruning removes `element` (it or an ancestor is discarded)."""
    node: HtmlElement | None = element
    while node is not None:
        if _discarded(node) and (node is not root or node.tag in ("time", "figure")):
            return True
        if node is root:
            return False
        node = node.getparent()
    return False


def _pruned_text(element: HtmlElement) -> str:
    """`trim(" ".join(element.itertext()))` as if the discarded descendants were deleted.

    trafilatura deletes them keeping their tail, which it glues to the previous sibling's
    tail or to the parent's text: "a<time>x</time>b" reads "ab", not "a b".
    """
    slots: list[str | None] = [element.text]
    stack = [(element, iter(element))]
    while stack:
        current, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack:
                slots.append(current.tail)
            continue
        if not isinstance(child.tag, str):  # a comment: its tail is text, not its content
            slots.append(child.tail)
        elif _discarded(child):
            if child.tail:
                slots[-1] = (slots[-1] or "") + child.tail
        else:
            slots.append(child.text)
            stack.append((child, iter(child)))
    return trim(" ".join(slot for slot in slots if slot is not None))


def _author_text(element: HtmlElement, tree: HtmlElement) -> str:
    """The candidate's text if trafilatura would take it, else ""."""
    if _removed(element, tree):
        return ""
    content = _pruned_text(element)
    return content if 2 < len(content) < 120 else ""


def extract_author(tree: HtmlElement) -> str | None:
    """What `trafilatura.metadata.extract_author(tree)` returns, without copying the page.

    trafilatura takes the first usable element of the first rule, in document order, so a
    usable element of the first rule ends the (plain Python, ~1 ms) pass over the page.
    """
    candidates = []
    for element in tree.iter(etree.Element):
        if _is_candidate(element):
            if _rule1(element) and (content := _author_text(element, tree)):
                return normalize_authors(None, content)
            candidates.append(element)
    for rule in (_rule2, _rule3):
        for element in candidates:
            if rule(element) and (content := _author_text(element, tree)):
                return normalize_authors(None, content)
    return None
