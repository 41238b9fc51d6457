"""Page signals that trafilatura does not extract: JSON-LD details, precise publication
timestamps, breadcrumb section, column label, original-source link and author bios.

All functions read an lxml tree that the caller parsed once; none of them modify it.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

__all__ = [
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


def squash(text: str | None) -> str:
    """Collapse whitespace."""
    return _SPACE_RE.sub(" ", text or "").strip()


def _text(element: HtmlElement) -> str:
    return squash(" ".join(element.itertext()))


def _lower_contains(attribute: str, word: str) -> str:
    upper = word.upper()
    return f'contains(translate(@{attribute},"{upper}","{word}"),"{word}")'


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
        except ValueError:
            continue
        stack: list[tuple[Any, int]] = [(data, 0)]
        while stack and len(nodes) < limit:
            item, depth = stack.pop(0)
            if depth > 4:
                continue
            if isinstance(item, list):
                stack.extend((child, depth + 1) for child in item)
            elif isinstance(item, dict):
                nodes.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend((child, depth + 1) for child in item["@graph"])
                main = item.get("mainEntity") or item.get("mainEntityOfPage")
                if isinstance(main, dict) and "@type" in main:
                    stack.append((main, depth + 1))
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


_DATE_ONLY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_datetime(value: str | None) -> tuple[datetime, bool] | None:
    """(UTC datetime, has time of day) from an ISO 8601 or RFC 2822 string, or None."""
    value = squash(value)
    if not value:
        return None
    precise = not _DATE_ONLY_RE.match(value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)  # no offset given: UTC is the least wrong guess
    if not 1900 <= parsed.year <= 2200:
        return None
    return parsed.astimezone(UTC), precise


_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "publish-date", "publishdate", "pubdate", "date", "dc.date", "dcterms.date",
)  # fmt: skip


def published_candidates(
    tree: HtmlElement, meta: dict[str, list[str]], article: dict[str, Any]
) -> list[tuple[datetime, bool]]:
    """Publication dates the page states, most authoritative first."""
    raw: list[str] = []
    if isinstance(article.get("datePublished"), str):
        raw.append(article["datePublished"])
    for key in _PUBLISHED_META:
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
    tree: HtmlElement, nodes: list[dict[str, Any]], title: str, url: str, canonical: str
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
    condition = " or ".join(
        _lower_contains(attribute, "breadcrumb") for attribute in ("class", "id", "aria-label")
    )
    trails = tree.xpath(f".//*[{condition} or contains(@itemtype, 'BreadcrumbList')]")
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


_COLUMN_WORDS = ("kicker", "rubric", "column")


def column_label(tree: HtmlElement, title: str, section: str) -> str:
    """A short label near the headline whose class names a kicker, rubric or column.

    Only the headline's container (up to three levels up) is searched, and only short texts
    (at most 6 words) count, so layout classes such as "two-column" do not match prose.
    A label equal to the section is not reported again as a column.
    """
    headlines = tree.xpath(".//body//h1")
    if not headlines:
        return ""
    headline = next((h for h in headlines if _same_title(_text(h), title)), headlines[0])
    condition = " or ".join(_lower_contains("class", word) for word in _COLUMN_WORDS)
    node = headline.getparent()
    for _ in range(3):
        if node is None:
            break
        for candidate in node.xpath(f".//*[{condition}]"):
            if any(element is headline for element in candidate.iter()):
                continue  # a container of the headline, not a label
            label = _text(candidate).strip(_CRUMB_STRIP)
            if label and len(label) <= 60 and len(label.split()) <= 6:
                return "" if label.lower() == section.lower() else label
        node = node.getparent()
    return ""


_ORIGINALLY_RE = re.compile(r"\boriginally\s+(?:published|appeared|posted|ran)\b", re.IGNORECASE)


def original_url(
    tree: HtmlElement, meta: dict[str, list[str]], article: dict[str, Any], url: str
) -> str:
    """Where the page says the story first appeared."""
    candidates = [
        link.get("href")
        for link in tree.iter("link")
        if "original-source" in (link.get("rel") or "").lower().split()
    ]
    candidates += meta.get("original-source", [])
    candidates.append(jsonld_url(article.get("isBasedOn")))
    for block in tree.xpath(
        ".//body//*[self::p or self::div or self::aside or self::em]"
        '[contains(., "riginally")][.//a[@href]]'
    ):
        if len(_text(block)) > 400 or not _ORIGINALLY_RE.search(_text(block)):
            continue
        anchors = block.xpath(".//a[@href]")
        best = next((a for a in anchors if _ORIGINALLY_RE.search(_text(a))), anchors[-1])
        candidates.append(best.get("href"))
        break
    for candidate in candidates:
        absolute = absolute_url(candidate, url)
        if absolute and absolute.rstrip("/") != url.rstrip("/"):
            return absolute
    return ""


def _bio_boxes(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Bio boxes: "bio" in class/id, then "author" boxes holding a real paragraph."""
    found: list[tuple[HtmlElement, str]] = []
    seen: set[int] = set()
    for word in ("bio", "author"):
        condition = f"{_lower_contains('class', word)} or {_lower_contains('id', word)}"
        for element in tree.xpath(f".//body//*[{condition}]"):
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


def _bio_text(element: HtmlElement, text: str, name: str) -> str:
    paragraphs = [_text(p) for p in element.iter("p")]
    bio = " ".join(p for p in paragraphs if p) or text
    lowered = name.lower()
    if bio.lower().startswith(lowered):
        after = bio[len(name) :].lstrip()
        # a name label before the bio ("Mara Quill: ...", "Mara Quill Mara Quill is ...")
        if after[:1] in (":", "|", "\u2014", "-") or after.lower().startswith(lowered):
            bio = after.lstrip(":|\u2014- ")
    return bio


def author_bios(tree: HtmlElement, authors: list[str]) -> dict[str, str]:
    """{author: bio} from boxes whose class or id mentions "bio" or "author" (best effort).

    A box belongs to an author when it names them; failing that, when its parent does (a
    name heading beside the bio paragraph).
    """
    if not authors:
        return {}
    boxes = _bio_boxes(tree)
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
