"""Keyboard use, a 360 px screen and the structure assistive technology relies on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.browser.support import DemoSite, screenshot

pytestmark = pytest.mark.browser

FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    focusVisible: el.matches(":focus-visible"),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== "none",
  };
}"""

STRUCTURE = """() => {
  const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
    .map(h => [Number(h.tagName[1]), h.textContent.trim().slice(0, 60)]);
  return {
    levels,
    h1: document.querySelectorAll("h1").length,
    imagesWithoutAlt: [...document.images].filter(i => !i.hasAttribute("alt")).map(i => i.src),
    header: document.querySelectorAll("header").length,
    nav: document.querySelectorAll("nav").length,
    main: document.querySelectorAll("main").length,
    footer: document.querySelectorAll("footer").length,
  };
}"""


def pages(site: DemoSite) -> dict[str, str]:
    facts = site.facts
    return {
        "front": "/",
        "section": "/section/%s/" % facts["section"]["slug"],
        "article": "/article/%s/" % facts["article"]["slug"],
        "tag": "/tag/%s/" % facts["tag"]["slug"],
        "author": "/author/%s/" % facts["author"]["slug"],
        "search": "/search?q=%s" % facts["search"]["query"],
    }


def assert_focus_is_visible(page: Any) -> None:
    focus = page.evaluate(FOCUS_STYLE)
    assert focus["focusVisible"] and (focus["outline"] or focus["shadow"]), focus


def test_tab_reaches_the_skip_link_first_and_it_moves_focus_to_main(
    demo_site: DemoSite, page: Any
) -> None:
    page.goto(demo_site.url("/article/%s/" % demo_site.facts["article"]["slug"]))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    assert_focus_is_visible(page)
    box = page.locator("a.skip").bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0, "skip link off screen"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")
    assert page.evaluate("document.activeElement.tagName") in {"A", "BUTTON", "INPUT"}
    assert_focus_is_visible(page)


@pytest.mark.parametrize("name", ["front", "article"])
def test_a_360_px_screen_needs_no_horizontal_scroll(
    demo_site: DemoSite, new_context: Callable[..., Any], name: str
) -> None:
    page = new_context(viewport={"width": 360, "height": 740}).new_page()
    page.goto(demo_site.url(pages(demo_site)[name]))
    width = page.evaluate("document.scrollingElement.scrollWidth")
    if width > 360:
        wide = page.evaluate("""() => [...document.querySelectorAll("body *")]
            .filter(e => e.getBoundingClientRect().right > 361)
            .slice(0, 5).map(e => e.tagName + "." + e.className)""")
        pytest.fail("page is %d px wide at 360 px; too wide: %s" % (width, wide))
    screenshot(page, "%s-360" % name)


@pytest.mark.parametrize("name", ["front", "section", "article", "tag", "author", "search"])
def test_page_structure_is_accessible(demo_site: DemoSite, page: Any, name: str) -> None:
    response = page.goto(demo_site.url(pages(demo_site)[name]))
    assert response is not None and response.ok
    found = page.evaluate(STRUCTURE)
    assert found["h1"] == 1, found["levels"]
    levels = [level for level, _ in found["levels"]]
    assert levels[0] == 1, found["levels"]
    skips = [found["levels"][i] for i in range(1, len(levels)) if levels[i] > levels[i - 1] + 1]
    assert not skips, "headings skip a level at %s" % skips
    assert not found["imagesWithoutAlt"]
    assert found["main"] == 1
    assert found["header"] >= 1 and found["nav"] >= 1 and found["footer"] >= 1, found
