"""The editors' admin in Chromium: staff get in at the configured path, nobody else does."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.browser.support import DemoSite, screenshot

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright").expect

HEALTH_COLOURS = {"ok": "rgb(26, 127, 55)", "failing": "rgb(180, 35, 24)",
                  "new": "rgb(107, 114, 128)"}


def log_in(page: Any, site: DemoSite, account: tuple[str, str]) -> None:
    page.goto(site.url(site.admin_path))
    assert urlsplit(page.url).path == site.admin_path + "login/"
    page.fill("#id_username", account[0])
    page.fill("#id_password", account[1])
    with page.expect_navigation():
        page.click('input[type="submit"]')


def test_staff_see_sources_with_health_and_articles(demo_site: DemoSite, page: Any) -> None:
    log_in(page, demo_site, demo_site.staff)
    assert urlsplit(page.url).path == demo_site.admin_path
    with page.expect_navigation():
        page.get_by_role("link", name="Sources", exact=True).first.click()
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(demo_site.facts["sources"])
    badges = page.locator("#result_list td.field-health span.health")
    expect(badges).to_have_count(demo_site.facts["sources"])
    for badge in badges.all():
        state = badge.inner_text().strip("\u25cf ").strip()
        assert state in HEALTH_COLOURS
        assert badge.evaluate("e => getComputedStyle(e).color") == HEALTH_COLOURS[state]
    counts = [int(n) for n in page.locator("#result_list td.field-article_count").all_inner_texts()]
    assert sum(counts) == demo_site.facts["articles"]
    expect(page.locator("#changelist-filter")).to_contain_text("By health")
    screenshot(page, "admin-sources")

    page.goto(demo_site.url(demo_site.admin_path + "newsroom/article/"))
    expect(page.locator("p.paginator")).to_contain_text("%d articles" % demo_site.facts["articles"])
    assert page.locator('#result_list input[name$="-is_featured"]').count() >= 1
    screenshot(page, "admin-articles")

    with page.expect_navigation():
        page.locator("#result_list th.field-title a").first.click()
    # Bylines and tags are picked with the autocomplete widget; ingestion evidence is read-only.
    expect(page.locator(".field-authors .select2-container")).to_be_visible()
    expect(page.locator(".field-tags .select2-container")).to_be_visible()
    assert page.locator('input[name="title"]').count() == 1
    assert page.locator('input[name="guid"], input[name="canonical_url"]').count() == 0
    assert page.locator(".field-canonical_url .readonly").count() == 1
    screenshot(page, "admin-article-edit")


def test_a_reader_account_is_refused(demo_site: DemoSite, page: Any) -> None:
    log_in(page, demo_site, demo_site.reader)
    assert urlsplit(page.url).path == demo_site.admin_path + "login/"
    expect(page.locator(".errornote")).to_contain_text("staff account")


def test_an_anonymous_visitor_is_sent_to_the_login(demo_site: DemoSite, page: Any) -> None:
    page.goto(demo_site.url(demo_site.admin_path + "newsroom/source/"))
    address = urlsplit(page.url)
    assert address.path == demo_site.admin_path + "login/"
    assert "next=" in address.query
    assert page.locator("#result_list").count() == 0


def test_the_admin_lives_only_at_its_configured_path(demo_site: DemoSite, page: Any) -> None:
    assert demo_site.admin_path != "/admin/"
    assert page.request.get(demo_site.url("/admin/")).status == 404
    assert page.request.get(demo_site.url(demo_site.admin_path + "login/")).ok
