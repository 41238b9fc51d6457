"""The sanitiser against public attack corpora in ../shared/data/security.

Every output must be inert (no executable element, event or style attribute, or unsafe URL,
also after a second parse by libxml2) and idempotent. The corpora's own "expected" outputs are
written for other sanitisers, so properties are tested, never string equality.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
import pytest

from masthead.pipeline.sanitize import ALLOWED_TAGS
from tests.pipeline.test_sanitize import check_sanitized
from tests.shared_data import shared_data_path

pytestmark = pytest.mark.shared_data

_FENCE_RE = re.compile(r"```(html|js)\n(.*?)```", re.DOTALL)


def _owasp_payloads(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").replace("\u00a0", " ")
    payloads = []
    for language, block in _FENCE_RE.findall(text):
        if language == "js":
            # the js blocks are markdown-escaped tags: "\<a onmouseover=...\>"
            block = block.replace("\\<", "<").replace("\\>", ">")
        if block.strip():
            payloads.append(block)
    return payloads


def _mxss_payloads(path: Path) -> list[str]:
    payloads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|") or line.startswith("|--") or "Payload" in line:
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) < 2:
            continue
        cell = cells[1]
        if cell.startswith("```"):
            # DOMPurify 3.1.0: a JS snippet building the payload with n nested divs
            depth = int(re.search(r"n = (\d+)", cell).group(1))  # type: ignore[union-attr]
            inner = re.search(r"`\$\{\"<div>\"\.repeat\(n\)\}(.*)\$\{", cell).group(1)  # type: ignore[union-attr]
            payloads.append("<div>" * depth + inner + "</div>" * depth)
        elif cell.startswith("`") and cell.count("`") >= 2:
            payloads.append(cell[1 : cell.rindex("`")])
    return payloads


def test_owasp_xss_cheat_sheet() -> None:
    payloads = _owasp_payloads(shared_data_path("security/owasp_xss.md"))
    assert len(payloads) >= 87
    for payload in payloads:
        check_sanitized(payload)
        check_sanitized(payload, "https://news.example.org/a/b.html")


def test_mutation_xss_examples() -> None:
    payloads = _mxss_payloads(shared_data_path("security/mxss_examples.md"))
    assert len(payloads) == 17
    for payload in payloads:
        once = check_sanitized(payload)
        # re-parse twice through libxml2 and sanitise again: still inert, still stable
        reparsed = lxml.html.tostring(lxml.html.document_fromstring(once or "<p></p>"))
        check_sanitized(reparsed.decode("utf-8"))


def test_bleach_vectors() -> None:
    folder = shared_data_path("security/bleach-data")
    files = sorted(folder.glob("*.test"))
    assert len(files) >= 20
    for path in files:
        payload = path.read_text(encoding="utf-8").split("\n--\n")[0]
        check_sanitized(payload)


def test_html5lib_sanitizer_cases() -> None:
    cases = json.loads(shared_data_path("security/html5lib_sanitizer_tests1.json").read_text())
    assert len(cases) >= 70
    for case in cases:
        check_sanitized(case["input"])


_TEXT_KEYS = frozenset(
    {
        "title",
        "subtitle",
        "summary",
        "value",
        "info",
        "rights",
        "copyright",
        "tagline",
        "description",
    }
)


def _strings(node: Any, found: list[str]) -> None:
    """Collect the text-ish string values of a feedparser result."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and key in _TEXT_KEYS:
                found.append(value)
            elif isinstance(value, dict | list):
                _strings(value, found)
    elif isinstance(node, list):
        for item in node:
            _strings(item, found)


def _feed_payloads(path: Path) -> list[str]:
    with warnings.catch_warnings():
        # feedparser warns about odd feeds; that is not what this test is about
        warnings.simplefilter("ignore")
        parsed = feedparser.parse(str(path), sanitize_html=False, resolve_relative_uris=False)
    found: list[str] = []
    _strings(parsed.get("feed", {}), found)
    _strings(parsed.get("entries", []), found)
    return list(dict.fromkeys(found))


_TABLE_PARTS = frozenset({"caption", "thead", "tbody", "tfoot", "tr", "th", "td"})
_TAG_NAME_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)")


def test_feedparser_sanitize_corpus() -> None:
    folder = shared_data_path("security/feedparser-tests/wellformed/sanitize")
    files = sorted(folder.glob("*.xml"))
    assert len(files) >= 700
    acceptable = attacks = payload_count = 0
    for path in files:
        payloads = _feed_payloads(path)
        assert payloads, f"no payload found in {path.name}"
        is_acceptable = path.name.startswith("acceptable_")
        acceptable += is_acceptable
        attacks += not is_acceptable
        for payload in payloads:
            payload_count += 1
            out = check_sanitized(payload, "http://feeds.example.org/")
            if not is_acceptable:
                continue
            # benign markup survives: text, and every allowed element of the input
            if lxml.html.document_fromstring(f"<div>{payload}</div>").text_content().strip():
                assert out.strip(), path.name
            for tag in set(_TAG_NAME_RE.findall(payload)):
                tag = tag.lower()
                # table parts outside a table are dropped by any HTML5 parser
                if tag in ALLOWED_TAGS and (tag not in _TABLE_PARTS or "<table" in payload):
                    expected = "h2" if tag == "h1" else tag
                    assert f"<{expected}" in out, (path.name, payload, out)
            if 'href="http' in payload:
                assert 'href="http' in out, path.name
    assert acceptable == 238 and attacks >= 500
    assert payload_count >= 745
