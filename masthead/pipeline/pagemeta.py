"""Page signals that trafilatura does not extract: JSON-LD details, precise publication
timestamps, breadcrumb section, column label, original-source link and author bios.

All functions read an lxml tree that the caller parsed once; none of them modify it.
"""

from __future__ import annotations

import json
import re
from collections import deque
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

__all__ = [
    "Marked",
    "absolute_url",
    "author_bios",
    "breadcrumb_section",
    "collect_meta",
    "column_label",
    "find_article_node",
    "jsonld_nodes",
    "jsonld_names",
    "jsonld_url",
    "original_url",
    "parse_datetime",
    "published_candidates",
    "squash",
]

_SPACE_RE = re.compile(r"\s+")
_COLUMN_WORDS = ("kicker", "rubric", "column")


def squash(text: str | None) -> str:
    """Collapse whitespace."""
    return _SPACE_RE.sub(" ", text or "").strip()


def _text(element: HtmlElement) -> str:
    return squash(" ".join(element.itertext()))


class Marked:
    """Elements of the body that their class, id or aria-label mark as something: breadcrumb
    trails, bio and author boxes, labels (kicker, rubric, column), plus the h1 headlines.

    Found in one plain Python pass over the body: on real pages that is ~1 ms, three to five
    times faster than libxml2 evaluating contains()/translate() XPath predicates.
    """

    def __init__(self, tree: HtmlElement) -> None:
        self.breadcrumbs: list[HtmlElement] = []
        self.bios: list[HtmlElement] = []
        self.authors: list[HtmlElement] = []
        self.labels: list[HtmlElement] = []
        self.headlines: list[HtmlElement] = []
        body = tree.find("body")
        for element in (body if body is not None else tree).iter(tag=etree.Element):
            if element.tag == "h1":
                self.headlines.append(element)
            get = element.get
            marks = get("class"), get("id"), get("aria-label")
            if not any(marks):
                if get("itemtype") and "BreadcrumbList" in get("itemtype"):
                    self.breadcrumbs.append(element)
                continue
            keys = " ".join(mark for mark in marks if mark).lower()
            if "breadcrumb" in keys or "BreadcrumbList" in (get("itemtype") or ""):
                self.breadcrumbs.append(element)
            if "bio" in keys:
                self.bios.append(element)
            if "author" in keys:
                self.authors.append(element)
            if any(word in keys for word in _COLUMN_WORDS):
                self.labels.append(element)


def absolute_url(value: str | None, base: str) -> str:
    """`value` made absolute against `base`; "" unless the result is http(s)."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        joined = urljoin(base, value) if base else value
        scheme = urlsplit(joined).scheme.lower()
    except ValueError:
        return ""
    return joined if scheme in ("http", "https") else ""


def collect_meta(tree: HtmlElement) -> dict[str, list[str]]:
    """Every <meta> content keyed by its lower-cased name, property, itemprop or http-equiv."""
    found: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = element.get(attribute)
            if key:
                found.setdefault(key.strip().lower(), []).append(content.strip())
    return found


def jsonld_nodes(tree: HtmlElement, limit: int = 200) -> list[dict[str, Any]]:
    """All JSON-LD objects of the page, flattened out of lists and @graph containers."""
    nodes: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        raw = script.text.strip()
        raw = re.sub(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$", "", raw).strip().rstrip(";")
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):  # RecursionError: absurdly nested arrays
            continue
        queue: deque[tuple[Any, int]] = deque([(data, 0)])
        visited = 0
        while queue and len(nodes) < limit and visited < 20 * limit:
            item, depth = queue.popleft()
            visited += 1
            if depth > 4:
                continue
            if isinstance(item, list):
                queue.extend((child, depth + 1) for child in item[:limit])
            elif isinstance(item, dict):
                nodes.append(item)
                if isinstance(item.get("@graph"), list):
                    queue.extend((child, depth + 1) for child in item["@graph"][:limit])
                main = item.get("mainEntity") or item.get("mainEntityOfPage")
                if isinstance(main, dict) and "@type" in main:
                    queue.append((main, depth + 1))
    return nodes


def _types(node: dict[str, Any]) -> list[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return [item for item in values if isinstance(item, str)]


def find_article_node(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    """The first Article-like JSON-LD object (NewsArticle, BlogPosting ...), else {}."""
    for node in nodes:
        for kind in _types(node):
            if kind.endswith("Article") or kind in ("BlogPosting", "LiveBlogPosting", "Report"):
                return node
    return {}


def jsonld_names(value: Any) -> list[str]:
    """Names from a JSON-LD author/publisher value: a string, an object or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, str):
            names.append(squash(item))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(squash(item["name"]))
    return [name for name in names if name]


def jsonld_url(value: Any) -> str:
    """A URL from a JSON-LD value: a string, an object with url/@id, or a list of them."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str) and item.strip():
            return item.strip()
        if isinstance(item, dict):
            for key in ("url", "@id", "contentUrl"):
                if isinstance(item.get(key), str) and item[key].strip():
                    return str(item[key]).strip()
    return ""


_TIME_OF_DAY_RE = re.compile(r"\d:\d\d")


def parse_datetime(value: str | None) -> tuple[datetime, bool] | None:
    """(aware datetime, has time of day) from an ISO 8601 or RFC 2822 string, or None.

    The offset the page gave is kept (its local date matters when comparing with a date
    shown on the page); a missing offset is taken as UTC, the least wrong guess.
    """
    value = squash(value)
    if not value:
        return None
    precise = bool(_TIME_OF_DAY_RE.search(value))
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if not 1900 <= parsed.year <= 2200:
        return None
    if parsed.hour == parsed.minute == parsed.second == parsed.microsecond == 0:
        precise = False  # CMSes write a bare date as local midnight; it is no time of day
    return parsed, precise


_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "publish-date", "publishdate", "pubdate", "date", "dc.date", "dcterms.date",
)  # fmt: skip


def published_candidates(
    tree: HtmlElement, meta: dict[str, list[str]], article: dict[str, Any]
) -> list[tuple[datetime, bool]]:
    """Publication dates the page states, most authoritative first.

    Open Graph's article:published_time comes before JSON-LD: on pages where they differ,
    the JSON-LD date is more often a first draft's than the date the page shows.
    """
    raw: list[str] = []
    for key in _PUBLISHED_META[:3]:
        raw.extend(meta.get(key, []))
    if isinstance(article.get("datePublished"), str):
        raw.append(article["datePublished"])
    for key in _PUBLISHED_META[3:]:
        raw.extend(meta.get(key, []))
    for element in tree.xpath('.//time[@datetime][@itemprop="datePublished" or @pubdate]'):
        raw.append(element.get("datetime"))
    parsed = (parse_datetime(value) for value in raw)
    return [item for item in parsed if item is not None]


_HOME_CRUMBS = frozenset(
    "home homepage start startseite accueil inicio portada front page home page".split()
    + ["front page", "home page"]
)
_CRUMB_STRIP = " \t\n>›»/|·→\u203a\u00bb\u2192:"


def _same_title(crumb: str, title: str) -> bool:
    crumb, title = crumb.lower().rstrip("…. "), title.lower()
    return bool(title) and (crumb == title or title.startswith(crumb) and len(crumb) > 20)


def _pick_section(crumbs: list[tuple[str, str]], title: str, page_urls: set[str]) -> str:
    """The last crumb before the article itself; "" when only "Home" is left."""
    crumbs = [(name.strip(_CRUMB_STRIP), href) for name, href in crumbs]
    crumbs = [(name, href) for name, href in crumbs if name]
    if crumbs:
        name, href = crumbs[-1]
        linked_before = any(link for _, link in crumbs[:-1])
        if (
            _same_title(name, title)
            or (href and href.rstrip("/") in page_urls)
            or (not href and linked_before and len(name) > 40)
        ):
            crumbs.pop()
    while crumbs:
        name, href = crumbs[-1]
        if name.lower() in _HOME_CRUMBS or (href and urlsplit(href).path in ("", "/")):
            crumbs.pop()
            continue
        return name
    return ""


def _position(item: dict[str, Any]) -> int:
    position = item.get("position")
    return position if isinstance(position, int) else 0


def breadcrumb_section(
    marked: Marked, nodes: list[dict[str, Any]], title: str, url: str, canonical: str
) -> str:
    """The section a breadcrumb names: JSON-LD BreadcrumbList first, then the HTML trail."""
    page_urls = {value.rstrip("/") for value in (url, canonical) if value}
    for node in nodes:
        if "BreadcrumbList" not in _types(node) or not isinstance(
            node.get("itemListElement"), list
        ):
            continue
        entries = [item for item in node["itemListElement"] if isinstance(item, dict)]
        entries.sort(key=_position)
        crumbs = []
        for entry in entries:
            item = entry.get("item")
            name = entry.get("name") or (item.get("name") if isinstance(item, dict) else None)
            href = absolute_url(jsonld_url(item), url) if item else ""
            if isinstance(name, str):
                crumbs.append((squash(name), href))
        section = _pick_section(crumbs, title, page_urls)
        if section:
            return section
    trails = marked.breadcrumbs
    if not trails:
        return ""
    trail = trails[0]
    crumbs = []
    items = trail.xpath(".//li") or trail.xpath(".//a|.//span[not(.//a)]")
    for item in items:
        link = item if item.tag == "a" else item.find(".//a")
        href = absolute_url(link.get("href"), url) if link is not None else ""
        crumbs.append((_text(item), href))
    return _pick_section(crumbs, title, page_urls)


def column_label(marked: Marked, title: str, section: str) -> str:
    """A short label near the headline whose class names a kicker, rubric or column.

    Only labels inside the headline's container (up to three levels up) count, closest
    first, and only short texts (at most 6 words), so layout classes such as "two-column"
    do not match prose. A label equal to the section is not reported again as a column.
    """
    if not marked.headlines or not marked.labels:
        return ""
    headline = next(
        (h for h in marked.headlines if _same_title(_text(h), title)), marked.headlines[0]
    )
    containers = list(headline.iterancestors())[:3]
    for container in containers:
        for candidate in marked.labels:
            if container not in candidate.iterancestors():
                continue
            if any(element is headline for element in candidate.iter()):
                continue  # a container of the headline, not a label
            label = _text(candidate).strip(_CRUMB_STRIP)
            if label and len(label) <= 60 and len(label.split()) <= 6:
                return "" if label.lower() == section.lower() else label
    return ""


_ORIGINALLY_RE = re.compile(r"\boriginally\s+(?:published|appeared|posted|ran)\b", re.IGNORECASE)
_ORIGINALLY_XPATH = etree.XPath(".//body//text()[contains(., 'riginally')]")


def original_url(
    tree: HtmlElement,
    meta: dict[str, list[str]],
    article: dict[str, Any],
    url: str,
    source: str | None = None,
) -> str:
    """Where the page says the story first appeared.

    `source`, the page's HTML, saves searching the text (~0.3 ms) when it cannot succeed.
    """
    candidates = [
        link.get("href")
        for link in tree.iter("link")
        if "original-source" in (link.get("rel") or "").lower().split()
    ]
    candidates += meta.get("original-source", [])
    candidates.append(jsonld_url(article.get("isBasedOn")))
    # text nodes first: XPath on elements' string values would read the whole page each time
    text_nodes = _ORIGINALLY_XPATH(tree) if source is None or "riginally" in source else []
    for text_node in text_nodes:
        block = text_node.getparent()
        while block is not None and block.tag not in ("p", "div", "aside", "li", "footer"):
            block = block.getparent()
        if block is None or len(_text(block)) > 400 or not _ORIGINALLY_RE.search(_text(block)):
            continue
        anchors = block.xpath(".//a[@href]")
        if anchors:
            best = next((a for a in anchors if _ORIGINALLY_RE.search(_text(a))), anchors[-1])
            candidates.append(best.get("href"))
            break
    for candidate in candidates:
        absolute = absolute_url(candidate, url)
        if absolute and absolute.rstrip("/") != url.rstrip("/"):
            return absolute
    return ""


def _bio_boxes(marked: Marked) -> list[tuple[HtmlElement, str]]:
    """Bio boxes: "bio" in class/id, then "author" boxes holding a real paragraph."""
    found: list[tuple[HtmlElement, str]] = []
    seen: set[int] = set()
    for word, elements in (("bio", marked.bios), ("author", marked.authors)):
        for element in elements:
            text = _text(element)
            if not 30 <= len(text) <= 1500 or element.find(".//h1") is not None:
                continue
            if word == "author" and not any(len(_text(p)) >= 40 for p in element.iter("p")):
                continue  # a byline, not a bio
            if text.lower().startswith("by ") or id(element) in seen:
                continue
            seen.add(id(element))
            found.append((element, text))
    # the innermost boxes: a wrapper around several bios is not anyone's bio
    return [
        (element, text)
        for element, text in found
        if not any(other is not element and element in other.iterancestors() for other, _ in found)
    ]


_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")


def _link_only(paragraph: HtmlElement) -> bool:
    """A paragraph that is nothing but links ("More from Mara Quill"): navigation, not bio."""
    linked = "".join("".join(a.itertext()) for a in paragraph.iter("a"))
    return bool(linked.strip()) and not "".join(paragraph.itertext()).replace(linked, "").strip()


def _bio_text(element: HtmlElement, text: str, name: str) -> str:
    paragraphs = [_text(p) for p in element.iter("p") if not _link_only(p)]
    bio = " ".join(p for p in paragraphs if p) or text
    # Text joined across inline tags leaves "Mara Quill , editor": no space before punctuation.
    bio = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", bio)
    lowered = name.lower()
    if bio.lower().startswith(lowered):
        after = bio[len(name) :].lstrip()
        # a name label before the bio ("Mara Quill: ...", "Mara Quill Mara Quill is ...")
        if after[:1] in (":", "|", "\u2014", "-") or after.lower().startswith(lowered):
            bio = after.lstrip(":|\u2014- ")
    return bio


def author_bios(marked: Marked, authors: list[str]) -> dict[str, str]:
    """{author: bio} from boxes whose class or id mentions "bio" or "author" (best effort).

    A box belongs to an author when it names them; failing that, when its parent does (a
    name heading beside the bio paragraph).
    """
    if not authors:
        return {}
    boxes = _bio_boxes(marked)
    bios: dict[str, str] = {}
    for name in authors:
        lowered = name.lower()
        owned = [box for box in boxes if lowered in box[1].lower()]
        if not owned:
            for element, text in boxes:
                parent = element.getparent()
                if parent is not None and len(_text(parent)) <= 1600:
                    if lowered in _text(parent).lower():
                        owned.append((element, text))
        for element, text in owned:
            bio = _bio_text(element, text, name)
            if len(bio) >= 20 and bio not in bios.values():
                bios[name] = bio
                break
    return bios
