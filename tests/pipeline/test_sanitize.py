"""Unit tests of the sanitiser and the text/HTML conversions (no shared data needed)."""

from __future__ import annotations

import html as html_lib
import random
import re
import time
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from masthead.pipeline.sanitize import _collapse, html_to_text, sanitize_html, text_to_html

FORBIDDEN_TAGS = frozenset(
    "script style iframe object embed svg math form base meta link frame frameset applet".split()
)
URL_ATTRIBUTES = frozenset(
    "href src action formaction xlink:href data poster background dynsrc lowsrc srcset cite "
    "longdesc usemap codebase".split()
)
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_CONTROL_RE = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def unsafe_url(value: str) -> bool:
    """True when a URL value has a scheme other than http, https or mailto."""
    cleaned = _CONTROL_RE.sub("", html_lib.unescape(value))
    match = _SCHEME_RE.match(cleaned)
    return match is not None and match.group(1).lower() not in SAFE_SCHEMES


def inert_problems(output: str) -> list[str]:
    """Everything executable that a browser could find in `output`, parsed as HTML."""
    if not output.strip():
        return []
    problems = []
    root = lxml.html.document_fromstring(output)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower().rpartition("}")[2]
        if tag in FORBIDDEN_TAGS:
            problems.append(f"element <{tag}>")
        for name, value in element.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                problems.append(f"event attribute {name}")
            if name == "style":
                problems.append("style attribute")
            if name.rpartition("}")[2] in URL_ATTRIBUTES or name in URL_ATTRIBUTES:
                if unsafe_url(value):
                    problems.append(f"unsafe URL {name}={value!r}")
    return problems


def check_sanitized(payload: str, base_url: str = "") -> str:
    """Sanitise `payload`, assert the output is inert and idempotent; return it."""
    once = sanitize_html(payload, base_url)
    twice = sanitize_html(once, base_url)
    assert twice == once, f"not idempotent for {payload[:200]!r}"
    assert not inert_problems(once), (payload[:200], inert_problems(once))
    # A second parser (libxml2) re-serialising the output must not conjure anything up either.
    if once.strip():
        reparsed = etree.tostring(lxml.html.document_fromstring(once), encoding="unicode")
        assert not inert_problems(reparsed)
    return once


def test_allowlist_keeps_article_markup() -> None:
    body = (
        "<h2>Sub</h2><p>A <strong>bold</strong> and <em>em</em> <q>quote</q> "
        '<abbr title="Masthead">MH</abbr> <time datetime="2025-04-09">today</time></p>'
        '<blockquote><p>Q</p></blockquote><ul><li>one</li></ul><ol start="3"><li>3</li></ol>'
        "<dl><dt>t</dt><dd>d</dd></dl><pre><code>x = 1</code></pre><hr>"
        '<table><thead><tr><th colspan="2">h</th></tr></thead>'
        '<tbody><tr><td rowspan="1">a</td><td>b</td></tr></tbody></table>'
        '<figure><img src="https://cdn.example.org/a.jpg" alt="A" width="10" height="20">'
        "<figcaption>cap</figcaption></figure>"
    )
    assert check_sanitized(body) == body


def test_dangerous_markup_is_removed_with_its_content() -> None:
    out = check_sanitized(
        '<p onclick="x()" style="color:red" class="c" id="i">Keep</p>'
        "<script>alert(1)</script><style>p{}</style><iframe src=//x>frame text</iframe>"
        "<form><input value=v><button>Send</button></form><noscript>ns</noscript>"
        "<svg><text>svg text</text></svg><math><mi>m</mi></math><video>no video</video>"
        "<!-- a comment --><object>obj</object>"
    )
    assert out == "<p>Keep</p>"


def test_h1_becomes_h2() -> None:
    assert check_sanitized("<h1 class='t'>Title</h1><p>x</p>") == "<h2>Title</h2><p>x</p>"


def test_links_get_rel_and_absolute_urls() -> None:
    out = check_sanitized(
        '<a href="../b/c.html" title="T">rel</a><a href="//cdn.example.org/x">proto</a>'
        '<a href="mailto:desk@example.org">mail</a><img src="pic.png" alt="p">',
        "https://news.example.org/a/story.html",
    )
    assert out == (
        '<a href="https://news.example.org/b/c.html" title="T" '
        'rel="noopener noreferrer nofollow ugc">rel</a>'
        '<a href="https://cdn.example.org/x" rel="noopener noreferrer nofollow ugc">proto</a>'
        '<a href="mailto:desk@example.org" rel="noopener noreferrer nofollow ugc">mail</a>'
        '<img src="https://news.example.org/a/pic.png" alt="p">'
    )


@pytest.mark.parametrize(
    "base",
    ["", "not a url", "ftp://files.example.org/", "https://exa mple.org/", "http://h:99999/"],
)
def test_relative_urls_stay_relative_without_a_usable_base(base: str) -> None:
    out = check_sanitized('<a href="/x">x</a><a href="javascript:x()">j</a>', base)
    assert out == (
        '<a href="/x" rel="noopener noreferrer nofollow ugc">x</a>'
        '<a rel="noopener noreferrer nofollow ugc">j</a>'
    )


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java&#x09;script:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
    ],
)
def test_unsafe_schemes_are_dropped(href: str) -> None:
    out = check_sanitized(f'<a href="{href}">x</a><img src="{href}">')
    assert "href" not in out and "src" not in out


def test_picture_keeps_only_the_fallback_image() -> None:
    out = check_sanitized(
        '<picture><source srcset="a.webp 1x"><img src="https://x.example/b.png" alt="B"></picture>'
    )
    assert out == '<img src="https://x.example/b.png" alt="B">'


def test_empty_and_whitespace() -> None:
    assert sanitize_html("") == ""
    assert sanitize_html("  \n ") == ""
    assert html_to_text("") == ""
    assert text_to_html("") == ""


def test_deep_nesting_is_fast_and_safe() -> None:
    for payload in (
        "<div>" * 100_000 + "<script>alert(1)</script>deep",
        "<blockquote>" * 50_000 + "<img src=x onerror=alert(1)>",
        "<b>" * 100_000 + "x",
        "<table><tr><td>" * 20_000 + "x",
        "<a href=javascript:1>" * 30_000 + "x",
    ):
        start = time.perf_counter()
        check_sanitized(payload)
        assert time.perf_counter() - start < 5.0
    # html_to_text must not recurse either
    assert html_to_text("<div>" * 50_000 + "deep") in ("deep", "")


def test_text_to_html_escapes_and_splits_paragraphs() -> None:
    html = text_to_html("First <b>line</b>\nsame para\n\n \n\nSecond & last")
    assert html == "<p>First &lt;b&gt;line&lt;/b&gt;<br>same para</p>\n<p>Second &amp; last</p>"
    assert sanitize_html(html) == html


def test_html_to_text_blocks_lines_and_tables() -> None:
    html = (
        "<h2>Head</h2><p>Hello   <b>big</b>\n world</p><ul><li>a</li><li>b</li></ul>"
        "line<br>break<br><br>para<script>x()</script>"
        "<table><tr><th>k</th><td>v</td></tr><tr><td>1</td><td>2</td></tr></table>"
        "<pre>  keep\n    indent</pre><p>caf&eacute;&nbsp;noir</p>"
    )
    assert html_to_text(html) == (
        "Head\n\nHello big world\n\na\nb\n\nline\nbreak\n\npara\n\nk | v\n1 | 2\n\n"
        "  keep\n    indent\n\ncafé noir"
    )


def test_collapse_is_the_whitespace_regex() -> None:
    """html_to_text's whitespace collapsing equals re.sub(r"\\s+", " ", ...) on any text."""
    rng = random.Random(20250409)
    alphabet = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2003\u200b\u2028\u3000\ufeffab."
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        assert _collapse(text) == re.sub(r"\s+", " ", text), repr(text)


def test_round_trip_text() -> None:
    text = "One paragraph.\n\nTwo <tags> & ampersands.\nWith a line break."
    assert html_to_text(text_to_html(text)) == text


TESTDATA = Path(__file__).parent / "testdata" / "sanitize"


def test_feed_body_fixture() -> None:
    """A whole careless-CMS body: the exact output is pinned so allowlist changes show up."""
    raw = (TESTDATA / "feed_body.html").read_text(encoding="utf-8")
    out = check_sanitized(raw, "https://pier.example.org/news/2025/census.html")
    assert out == (TESTDATA / "feed_body.expected.html").read_text(encoding="utf-8").strip()
    expected_text = (TESTDATA / "feed_body.expected.txt").read_text(encoding="utf-8").strip()
    assert html_to_text(out) == expected_text
    for gone in ("alert", "track()", "Subscribe", "Watch the video", "display: none", "avif"):
        assert gone not in out
