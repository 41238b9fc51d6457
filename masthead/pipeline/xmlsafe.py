"""Refuse dangerous XML before any parser sees it, and parse what is left with a hardened parser.

Feeds, sitemaps and OPML files come from the open web, so every XML document is hostile until
checked. The attacks (billion laughs, quadratic blow-up, external entities reading local files or
fetching URLs) all need a document type declaration, and a DTD can only sit in the prolog, before
the root element. `check_xml` therefore reads only the prolog, without building anything, and
refuses any DTD that has an internal subset or (except for feeds, see _EXTERNAL_DOCTYPE) an
external identifier, and any entity declaration. A bare `<!DOCTYPE rss>` declares nothing and
is allowed.

feedparser cannot be handed a defused parser (it builds its own SAX parser, and changing its
module globals would affect every caller in the process), so the pre-check is what protects it.
defusedxml is not used for the pre-check: it refuses DTDs only by parsing the whole document,
which is neither bounded to the prolog nor able to stand in front of feedparser.
"""

from __future__ import annotations

import codecs
import io
import re
import zlib
from dataclasses import dataclass

from lxml import etree

__all__ = [
    "MalformedXML",
    "UnsafeXML",
    "check_xml",
    "gunzip_bounded",
    "parse_xml",
    "root_tag",
]


class UnsafeXML(ValueError):
    """The document declares a DTD or entities, or is otherwise built to exhaust the parser."""


class MalformedXML(ValueError):
    """The document is not well-formed XML."""


# The prolog of a real feed is a few hundred bytes. Reading further would let a document hide a
# DTD behind megabytes of comments, so a prolog longer than this is refused.
PROLOG_LIMIT = 1 << 20
_FIRST_WINDOW = 8192

_GZIP_MAGIC = b"\x1f\x8b"

# What the encoding sniffing of XML 1.0 Appendix F and feedparser recognise from the first bytes.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (b"\x00\x00\x00\x3c", "utf-32-be"),
    (b"\x3c\x00\x00\x00", "utf-32-le"),
    (b"\x00\x3c\x00\x3f", "utf-16-be"),
    (b"\x3c\x00\x3f\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp037"),  # '<?xm' in EBCDIC
)

_ENCODING_DECL = re.compile(r"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z][\w.:-]{0,40})["']""")
# feedparser splits its input at the first '<' followed by an ASCII word character and treats
# everything before as the head it extracts DOCTYPE and ENTITY declarations from; the prolog scan
# stops at the same kind of tag (outside comments) so it always covers at least that head.
_ROOT_START = re.compile(r"<[A-Za-z0-9_]")
_ROOT_NAME = re.compile(r"<([A-Za-z0-9_][^\s/>]*)")
_BARE_DOCTYPE = re.compile(r"<!DOCTYPE\s+[^\s\[\]>\"']+\s*>", re.IGNORECASE)
# For feedparser only: a DOCTYPE that names an external DTD without an internal subset (RSS 0.91
# feeds carry Netscape's). feedparser rewrites the DOCTYPE and its SAX parser never loads
# external DTDs, so the reference is inert there. lxml would still try to open a named DTD
# (a local file, or a refused network load), so sitemaps and OPML keep refusing it.
_LITERAL = r"(?:\"[^\"<>\[\]]*\"|'[^'<>\[\]]*')"
_EXTERNAL_DOCTYPE = re.compile(
    r"<!DOCTYPE\s+[^\s\[\]>\"']+"
    r"(?:\s+(?:PUBLIC\s+%s\s+%s|PUBLIC\s+%s|SYSTEM\s+%s))?\s*>" % ((_LITERAL,) * 4),
    re.IGNORECASE,
)
_ANY_DOCTYPE = re.compile(r"<!\s*DOCTYPE", re.IGNORECASE)
# Searched in the whole head, comments included: feedparser's own DOCTYPE rewriting finds entity
# declarations with a regular expression that does not know about comments. A DOCTYPE inside a
# comment is harmless on its own (it declares nothing), so DOCTYPEs are looked at structurally.
_DECLARATION = re.compile(r"<!\s*(ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)


@dataclass(frozen=True)
class _Prolog:
    root: str  # the root element's name, "" when none was found
    complete: bool  # False when the prolog did not end within the text examined
    unsafe: str  # why the prolog is dangerous, "" when it is not


def _sniffed_encoding(data: bytes) -> tuple[str, int]:
    """The encoding the first bytes reveal (byte order mark or '<?' pattern), and the BOM size."""
    for prefix, name in _BOMS:
        if data.startswith(prefix):
            has_bom = prefix in (
                codecs.BOM_UTF32_BE,
                codecs.BOM_UTF32_LE,
                codecs.BOM_UTF8,
                codecs.BOM_UTF16_BE,
                codecs.BOM_UTF16_LE,
            )
            return name, len(prefix) if has_bom else 0
    # Every ASCII-compatible encoding (UTF-8, Latin-1, Windows-125x, Shift_JIS, Big5, GBK, EUC)
    # spells markup with the same bytes, so Latin-1, which never fails, reads the markup.
    return "latin-1", 0


def _decode(data: bytes, encoding: str, limit: int) -> str:
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        return decoder.decode(data[:limit], final=False)
    except (LookupError, ValueError, TypeError):
        return ""


def _skip_markup(text: str, start: int) -> int:
    """The index after the `<!...>` declaration starting at `start`, respecting quotes and []."""
    depth = 0
    quote = ""
    i = start + 2
    n = len(text)
    while i < n:
        char = text[i]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == ">" and depth == 0:
            return i + 1
        i += 1
    return n


def _scan_prolog(text: str, allow_external_dtd: bool = False) -> _Prolog:
    """Walk the prolog (declarations, comments, processing instructions) up to the root tag."""
    i = 1 if text.startswith("\ufeff") else 0
    root_at = -1
    doctypes: list[int] = []  # where DOCTYPE declarations start, outside comments
    while True:
        j = text.find("<", i)
        if j < 0:
            break
        if text.startswith("<?", j):
            end = text.find("?>", j + 2)
            i = end + 2 if end >= 0 else len(text)
        elif text.startswith("<!--", j):
            end = text.find("-->", j + 4)
            i = end + 3 if end >= 0 else len(text)
        elif text.startswith("<!", j):
            if _ANY_DOCTYPE.match(text, j):
                doctypes.append(j)
            i = _skip_markup(text, j)
        elif _ROOT_START.match(text, j):
            root_at = j
            break
        else:
            i = j + 1  # a stray '<': text before the root is the parser's problem, not ours
        if i >= len(text):
            break
    head = text if root_at < 0 else text[:root_at]
    unsafe = ""
    declaration = _DECLARATION.search(head)
    if declaration:
        unsafe = f"the document declares {declaration.group(1).upper()}"
    elif len(doctypes) > 1:
        unsafe = "the document has more than one DOCTYPE"
    elif doctypes and not (_EXTERNAL_DOCTYPE if allow_external_dtd else _BARE_DOCTYPE).match(
        text, doctypes[0]
    ):
        unsafe = (
            "the document declares a DTD (DOCTYPE with an internal subset or an external "
            "identifier)"
        )
    root = ""
    if root_at >= 0:
        match = _ROOT_NAME.match(text, root_at)
        root = match.group(1) if match else ""
    return _Prolog(root=root, complete=root_at >= 0, unsafe=unsafe)


def _candidate_encodings(data: bytes, extra: str) -> list[str]:
    """The encodings a parser might read the document in: sniffed, declared, and from HTTP."""
    sniffed, _ = _sniffed_encoding(data)
    names = [sniffed]
    declared = _ENCODING_DECL.search(_decode(data, sniffed, 512))
    for name in (declared.group(1) if declared else "", extra):
        if not name:
            continue
        try:
            canonical = codecs.lookup(name).name
        except LookupError:
            continue
        if canonical not in {codecs.lookup(n).name for n in names}:
            names.append(canonical)
    return names


def _prolog(data: bytes, encoding: str, allow_external_dtd: bool = False) -> _Prolog:
    """Scan the prolog as decoded with `encoding`, widening the window only when needed."""
    text = _decode(data, encoding, _FIRST_WINDOW)
    result = _scan_prolog(text, allow_external_dtd)
    if not result.complete and not result.unsafe and len(data) > _FIRST_WINDOW:
        result = _scan_prolog(_decode(data, encoding, PROLOG_LIMIT), allow_external_dtd)
    return result


def check_xml(data: bytes, encoding: str = "", allow_external_dtd: bool = False) -> None:
    """Raise UnsafeXML unless the document's prolog is free of DTDs and entity declarations.

    Reads at most PROLOG_LIMIT bytes and builds no tree, so it is fast on any input. `encoding`
    is an optional charset from the HTTP Content-Type, scanned as well because a parser may
    honour it over the document's own declaration.
    """
    if data.startswith(_GZIP_MAGIC):
        raise UnsafeXML("compressed data: decompress it (with a size cap) before parsing")
    for index, name in enumerate(_candidate_encodings(data, encoding)):
        prolog = _prolog(data, name, allow_external_dtd)
        if prolog.unsafe:
            raise UnsafeXML(prolog.unsafe)
        # Only the sniffed encoding must find the root: a declared encoding may be a lie that
        # turns the whole document into noise, and noise without declarations is harmless.
        if index == 0 and not prolog.complete and len(data) > PROLOG_LIMIT:
            raise UnsafeXML(f"no root element in the first {PROLOG_LIMIT} bytes")


def root_tag(data: bytes) -> str:
    """The root element's name as written (e.g. "rss", "rdf:RDF"), "" when there is none.

    Meant for sniffing the kind of a document; it does not judge safety (use check_xml).
    """
    encoding, _ = _sniffed_encoding(data)
    return _prolog(data, encoding).root


def _parser() -> etree.XMLParser:
    # A new parser per call: lxml parser objects must not be shared between threads.
    # The settings are a second line of defence behind check_xml: never read a DTD, never touch
    # the network, never substitute entities, and keep libxml2's limits on depth and text size.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        collect_ids=False,
    )


def parse_xml(data: bytes) -> etree._Element:
    """Parse after check_xml with a hardened lxml parser; returns the root element.

    lxml rather than defusedxml.ElementTree: check_xml already refuses every DTD, the hardened
    lxml parser is an independent second layer, and lxml is several times faster and lighter on
    the large sitemaps and OPML exports this parses (defusedxml.lxml is deprecated).
    Raises UnsafeXML or MalformedXML.
    """
    check_xml(data)
    try:
        root = etree.fromstring(data, _parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise MalformedXML(f"not well-formed XML: {exc}") from exc
    if root is None:
        raise MalformedXML("not well-formed XML: the document is empty")
    return root


def iterparse_xml(data: bytes, tag: str | None = None) -> etree.iterparse:
    """Stream `end` events with the hardened settings, after check_xml.

    For documents that may be large (sitemaps of 50,000 URLs): the caller clears elements as it
    goes, so memory stays bounded. Iterating raises etree.XMLSyntaxError on malformed input.
    """
    check_xml(data)
    return etree.iterparse(
        io.BytesIO(data),
        events=("end",),
        tag=tag,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        collect_ids=False,
        remove_comments=True,
        remove_pis=True,
    )


def gunzip_bounded(data: bytes, limit: int = 50 * 1024 * 1024) -> bytes:
    """Decompress gzip data, refusing to produce more than `limit` bytes (gzip bombs).

    Raises UnsafeXML when the output would exceed `limit`, MalformedXML on corrupt data.
    """
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        output = decompressor.decompress(data, limit + 1)
    except zlib.error as exc:
        raise MalformedXML(f"corrupt gzip data: {exc}") from exc
    if len(output) > limit or decompressor.unconsumed_tail:
        raise UnsafeXML(f"gzip data expands beyond {limit} bytes")
    if not decompressor.eof:
        raise MalformedXML("corrupt gzip data: the stream is truncated")
    return output
