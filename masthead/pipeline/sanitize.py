"""The one HTML sanitiser: every piece of HTML that Masthead stores or shows goes through here.

`sanitize_html` wraps nh3 (the Ammonia sanitiser, a real HTML5 parser) with an explicit
allowlist suited to article bodies. Decisions worth knowing:

- `h1` becomes `h2`: the page template renders the article title as the one `h1`.
- `picture`/`source` are not kept (a `srcset` is a URL list nh3 does not scheme-check); the
  `img` fallback inside a `picture` survives.
- `div` and `span` are kept as plain containers, without any attribute (no style, class or id),
  so that text in sibling `div`s does not run together.
- Elements that execute, embed or collect input are removed together with their content
  (script, style, iframe, object, form, svg, math, noscript, template, media ...).
- URLs: only http, https and mailto; relative ones are made absolute against `base_url` when
  it is an absolute http(s) URL, else kept relative. Links get
  rel="noopener noreferrer nofollow ugc".

The output is idempotent: sanitising it again returns it unchanged, which is checked over the
mutation-XSS corpora in the tests.
"""

from __future__ import annotations

import html as html_lib
import re
from functools import lru_cache
from urllib.parse import urlsplit

import nh3
from lxml import etree

__all__ = ["sanitize_html", "text_to_html", "html_to_text"]

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "div", "span",
        "h1", "h2", "h3", "h4", "h5", "h6",  # h1 is renamed to h2 after cleaning
        "blockquote", "q", "cite",
        "ul", "ol", "li", "dl", "dt", "dd",
        "a", "img", "figure", "figcaption",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark",
        "abbr", "code", "pre", "kbd", "samp", "var", "time", "wbr",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    }
)  # fmt: skip

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "time": {"datetime"},
}

# Removed with everything inside them: their content is code, a widget, or fallback text
# ("your browser does not support video") that must not leak into the article as prose.
CLEAN_CONTENT_TAGS = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "noframes", "object", "embed",
        "applet", "param", "form", "input", "button", "select", "option", "optgroup",
        "textarea", "datalist", "output", "noscript", "noembed", "template", "svg", "math",
        "audio", "video", "canvas", "title", "head", "meta", "link", "base", "xmp",
        "plaintext", "dialog", "marquee",
    }
)  # fmt: skip

URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "noopener noreferrer nofollow ugc"

# html5ever (inside nh3) takes quadratic time on very deep nesting (100k nested divs take
# ~40 s). Such input is flattened by libxml2 first, which caps depth at ~255.
_DEEP_NESTING = 1000
_TAG_SCAN_THRESHOLD = 4000  # fewer tags than this cannot be deep enough to matter
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*?(/?)>")
# Elements that never nest in HTML5 (void or implicitly closed by their next sibling).
_NON_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dd dt option optgroup tr td th tbody thead tfoot colgroup caption rb rt rp".split()
)
_H1_RE = re.compile(r"<(/?)h1>")


@lru_cache(maxsize=128)
def _cleaner(base_url: str) -> nh3.Cleaner:
    if base_url:
        try:
            return _new_cleaner(base_url)
        except ValueError:  # a host or port the URL standard rejects: keep links relative
            pass
    return _new_cleaner("")


def _new_cleaner(base_url: str) -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(CLEAN_CONTENT_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        strip_comments=True,
        link_rel=LINK_REL,
        url_schemes=set(URL_SCHEMES),
        url_relative=("rewrite_with_base", base_url) if base_url else "pass_through",
    )


def _usable_base(base_url: str) -> str:
    """`base_url` if it is an absolute http(s) URL that can anchor relative links, else ""."""
    base_url = (base_url or "").strip()
    if not base_url:
        return ""
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return base_url


def _nesting_depth(html: str) -> int:
    """A cheap over-estimate of element nesting, only used to spot pathological input."""
    depth = deepest = 0
    for match in _TAG_RE.finditer(html):
        closing, name, self_closing = match.groups()
        if name.lower() in _NON_NESTING or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _document(html: str) -> etree._Element:
    """lxml.html.document_fromstring with `_TEXT_PARSER`; raises ParserError or ValueError."""
    root = etree.fromstring(html, _TEXT_PARSER)
    if root is None:
        raise etree.ParserError("Document is empty")
    return root


def _flatten_deep(html: str) -> str:
    """Re-serialise through libxml2, whose parser stops nesting at ~255 levels."""
    try:
        root = _document(html)
    except (etree.ParserError, ValueError):
        return ""
    body = root.find("body")
    container = body if body is not None else root
    parts = [html_lib.escape(container.text or "", quote=False)]
    parts.extend(etree.tostring(child, encoding="unicode", method="html") for child in container)
    return "".join(parts)


def sanitize_html(html: str, base_url: str = "") -> str:
    """Return `html` reduced to the article-body allowlist; safe to store and show as is."""
    if not html or not html.strip():
        return ""
    if html.count("<") > _TAG_SCAN_THRESHOLD and _nesting_depth(html) > _DEEP_NESTING:
        html = _flatten_deep(html)
    cleaned = _cleaner(_usable_base(base_url)).clean(html)
    # nh3 escapes "<" in text and attribute values, so a literal "<h1>" is always a tag here.
    return _H1_RE.sub(r"<\1h2>", cleaned).strip()


def text_to_html(text: str) -> str:
    """Plain text to HTML: blank-line separated paragraphs become <p>, single newlines <br>."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in re.split(r"\n[ \t\f\v]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            paragraphs.append(
                "<p>" + "<br>".join(html_lib.escape(line, quote=False) for line in lines) + "</p>"
            )
    return "\n".join(paragraphs)


# A plain libxml2 HTML parser: lxml.html's would call a Python method for the class of every
# element, and nothing here needs lxml.html's element API.
_TEXT_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 blockquote ul ol dl pre table figure hr section article aside "
    "header footer main nav address details summary fieldset center".split()
)
_LINE_TAGS = frozenset("li dt dd tr br figcaption caption".split())
_SKIP_TAGS = frozenset("head script style template noscript title iframe object svg math".split())


def _collapse(text: str) -> str:
    """Each whitespace run as one space, like re.sub(r"\\s+", " ", text) but twice as fast.

    str.split and re's \\s agree on what whitespace is (str.isspace). `text` is not empty.
    """
    words = text.split()
    if not words:
        return " "
    joined = " ".join(words)
    if text[0].isspace():
        joined = " " + joined
    if text[-1].isspace():
        joined += " "
    return joined


def html_to_text(html: str) -> str:
    """Plain text of `html`: blocks separated by a blank line, list items and <br> by one."""
    if not html or not html.strip():
        return ""
    try:
        root = _document(html)
    except (etree.ParserError, ValueError):
        return ""
    out: list[str] = []
    pending = 0  # newlines owed before the next text: 0, 1 (line break) or 2 (paragraph)
    pre_depth = 0

    def emit(chunk: str | None) -> None:
        nonlocal pending
        if not chunk:
            return
        if not pre_depth:
            chunk = _collapse(chunk)
            if pending or not out:
                chunk = chunk.lstrip(" ")
            if not chunk:
                return
        if pending and out:
            out[-1] = out[-1].rstrip(" ")
            out.append("\n" * pending)
        pending = 0
        out.append(chunk)

    def want(level: int) -> None:
        nonlocal pending
        pending = max(pending, level)

    # iterwalk instead of recursion: hostile pages can nest thousands of levels deep.
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if tag in _SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag in _BLOCK_TAGS:
                want(2)
            elif tag == "br":
                # two <br> in a row is how many feeds separate paragraphs
                want(2 if pending and out else 1)
            elif tag in _LINE_TAGS:
                want(1)
            elif tag in ("td", "th") and element.getprevious() is not None:
                emit(" | ")
            if tag == "pre":
                pre_depth += 1
            emit(element.text)
        else:
            if tag in _SKIP_TAGS:
                emit(element.tail)
                continue
            if tag == "pre":
                pre_depth = max(0, pre_depth - 1)
            if tag in _BLOCK_TAGS:
                want(2)
            elif tag in _LINE_TAGS and tag != "br":
                want(1)
            emit(element.tail)
    text = "".join(out)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
