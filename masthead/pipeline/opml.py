"""Import and export subscription lists as OPML.

Every feed reader exports OPML; its nesting (a folder outline around feed outlines) is how
editors already grouped their sources, so the folder becomes the section (`Outline.category`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from masthead.pipeline.draft import Outline
from masthead.pipeline.xmlsafe import MalformedXML, UnsafeXML, parse_xml

__all__ = ["OPMLError", "build_opml", "parse_opml"]


class OPMLError(ValueError):
    """The data is not an OPML file this step can read; the message is one line for a human."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_MAX_DEPTH = 50  # libxml2 already caps nesting; this only keeps the recursion shallow


def _attr(element: etree._Element, name: str) -> str:
    """An attribute by name, ignoring case: exporters write xmlUrl, xmlurl and XMLURL."""
    value = element.get(name)
    if value is None:
        lowered = name.lower()
        for key, candidate in element.attrib.items():
            if isinstance(key, str) and key.lower() == lowered:
                value = candidate
                break
    return " ".join((value or "").split())


def _feed_url(value: str) -> str:
    # feed:// and feed:https:// are the old "subscribe" schemes for plain http(s) feeds.
    if value.lower().startswith("feed://"):
        value = "http://" + value[7:]
    elif value.lower().startswith("feed:"):
        value = value[5:]
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return value


def _category_attribute(element: etree._Element) -> str:
    """The first folder named by an OPML 2.0 `category` attribute ("/News/Local,/Tech")."""
    first = _attr(element, "category").split(",")[0]
    parts = [p.strip() for p in first.split("/") if p.strip()]
    return parts[-1] if parts else ""


def _walk(parent: etree._Element, category: str, depth: int, found: dict[str, Outline]) -> None:
    for element in parent:
        if not isinstance(element.tag, str) or element.tag.rpartition("}")[2] != "outline":
            continue
        title = _attr(element, "title") or _attr(element, "text")
        xml_url = _feed_url(_attr(element, "xmlUrl"))
        if xml_url:
            if xml_url not in found:
                found[xml_url] = Outline(
                    xml_url=xml_url,
                    # A title that only repeats the URL (what build_opml writes for an untitled
                    # feed) carries nothing.
                    title="" if title == xml_url else title,
                    html_url=_feed_url(_attr(element, "htmlUrl")),
                    category=category or _category_attribute(element),
                )
        elif depth < _MAX_DEPTH:
            _walk(element, title or category, depth + 1, found)


def parse_opml(data: bytes) -> list[Outline]:
    """The subscriptions of an OPML file, in document order, one per xmlUrl.

    A feed's category is the title (or text) of the outline that encloses it. Raises OPMLError.
    """
    try:
        root = parse_xml(data)
    except UnsafeXML as exc:
        raise OPMLError(f"refused unsafe XML: {exc}") from exc
    except MalformedXML as exc:
        raise OPMLError(f"not an OPML file: {exc}") from exc
    name = root.tag.rpartition("}")[2] if isinstance(root.tag, str) else ""
    if name.lower() != "opml":
        raise OPMLError(f"not an OPML file: the root element is <{name[:40]}>")
    found: dict[str, Outline] = {}
    for body in root:
        if isinstance(body.tag, str) and body.tag.rpartition("}")[2].lower() == "body":
            _walk(body, "", 0, found)
    return list(found.values())


def _clean(value: str) -> str:
    # XML 1.0 cannot carry control characters at all, even escaped.
    return _CONTROL.sub("", value)


def _feed_outline(parent: etree._Element, outline: Outline) -> None:
    element = etree.SubElement(parent, "outline")
    element.set("type", "rss")
    element.set("text", _clean(outline.title or outline.xml_url))
    if outline.title:
        element.set("title", _clean(outline.title))
    element.set("xmlUrl", _clean(outline.xml_url))
    if outline.html_url:
        element.set("htmlUrl", _clean(outline.html_url))


def build_opml(outlines: list[Outline], title: str = "Masthead subscriptions") -> bytes:
    """OPML 2.0 with one folder outline per category, in first-seen order.

    Uncategorised feeds come first, at the top level. No date is written, so exporting the
    same subscriptions twice gives the same bytes.
    """
    opml = etree.Element("opml", version="2.0")
    head = etree.SubElement(opml, "head")
    etree.SubElement(head, "title").text = _clean(title)
    body = etree.SubElement(opml, "body")
    groups: dict[str, list[Outline]] = {}
    for outline in outlines:
        groups.setdefault(outline.category, []).append(outline)
    for outline in groups.pop("", []):
        _feed_outline(body, outline)
    for category, members in groups.items():
        folder = etree.SubElement(body, "outline")
        folder.set("text", _clean(category))
        folder.set("title", _clean(category))
        for outline in members:
            _feed_outline(folder, outline)
    etree.indent(opml, space="  ")
    return etree.tostring(opml, xml_declaration=True, encoding="UTF-8", pretty_print=True)
