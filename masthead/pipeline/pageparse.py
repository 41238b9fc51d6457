"""Decoding and parsing a fetched page, once, for both trafilatura and Masthead's readers.

`parse_page` gives the tree trafilatura.utils.load_html would give (the same repairs, the
same rejection of what does not look like HTML), faster: its element classes are chosen in
C, and its control-character scan works on bytes (see `_PARSER` and `_repair`).
"""

from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
from trafilatura.utils import is_dubious_html, repair_faulty_html

__all__ = ["decode_html", "parse_page"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.I)
# WHATWG: these labels mean windows-1252, and a <meta> can never switch to UTF-16/32.
_WINDOWS_1252 = frozenset({"latin_1", "iso8859-1", "ascii", "cp1252"})


def decode_html(data: bytes) -> str:
    """Decode a page: BOM first, then a <meta> charset, else UTF-8 with replacement."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    encoding = "utf-8"
    match = _META_CHARSET_RE.search(data[:4096])
    if match:
        try:
            name = codecs.lookup(match.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            name = "utf-8"
        if name in _WINDOWS_1252:
            name = "cp1252"
        encoding = "utf-8" if name.startswith(("utf-16", "utf-32")) else name
    return data.decode(encoding, errors="replace")


# trafilatura's parser settings, but with the element class chosen in C: lxml.html's parser
# asks a Python method (HtmlElementClassLookup.lookup) for the class of every element proxy
# it creates, thousands of times a page inside trafilatura alone. The C lookup gives every
# element the same HtmlElement class; only lxml.html's form classes (FormElement ...), which
# neither trafilatura nor Masthead use, are lost. Extraction is ~6% faster.
_PARSER = etree.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
    remove_pis=True,
)  # fmt: skip
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)


# What trafilatura's repair_faulty_html deletes (its INVALID_XML_CHARS) bar U+FFFE and U+FFFF:
# control characters, which in UTF-8 are these single bytes and nothing else.
_CONTROL_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
_DOCTYPE_WITH_URL_RE = re.compile("^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
_SELF_CLOSED_HTML_RE = re.compile(r"(<html.*?)\s*/>", re.IGNORECASE)


def _repair(html: str, data: bytes, beginning: str) -> str:
    """trafilatura.utils.repair_faulty_html(html, beginning); `data` is html in UTF-8.

    Its regex scan for control characters takes ~0.45 ms on a 100 kB page; counting them in
    the UTF-8 bytes takes a third of that, and pages almost never have any. The two cheap
    repairs that remain are trafilatura's (2.3), copied, and the tests compare both.
    """
    if (
        len(data.translate(None, _CONTROL_BYTES)) != len(data)
        or "\ufffe" in html
        or "\uffff" in html
    ):
        return repair_faulty_html(html, beginning)
    if "doctype" in beginning:  # libxml2 trips on a doctype with a URL: drop it
        first_line, _, rest = html.partition("\n")
        html = _DOCTYPE_WITH_URL_RE.sub("", first_line, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return _SELF_CLOSED_HTML_RE.sub(r"\1>", html, count=1)
    return html


def _load_html(html: str) -> HtmlElement | None:
    """trafilatura.utils.load_html for a string, parsed with `_PARSER`: the same repairs and
    the same rejection of what does not look like HTML.

    The page is parsed from its UTF-8 bytes, as load_html does when lxml refuses the string
    (an XML encoding declaration): the tree is the same, and the bytes are needed anyway.
    """
    beginning = html[:50].lower()
    data = html.encode("utf-8", "surrogatepass")
    repaired = _repair(html, data, beginning)
    if repaired != html:
        data = repaired.encode("utf-8", "surrogatepass")
    try:
        tree = lxml.html.fromstring(data, parser=_PARSER)
    except Exception:  # lxml raises many kinds of errors on garbage; it is then no page
        return None
    if not isinstance(tree, HtmlElement):
        return None
    if is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


def parse_page(html: str) -> HtmlElement | None:
    """The page's lxml tree, as trafilatura would load it; None when it is not HTML."""
    if not html.strip():
        return None
    tree = _load_html(html)
    if tree is None:
        # load_html rejects what does not look like a document; give fragments a body
        tree = _load_html(f"<html><body>{html}</body></html>")
    return tree
