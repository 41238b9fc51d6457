"""A reader in Chromium: front page, sections, an article with every reference element, search."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import defusedxml.ElementTree as SafeET
import pytest

from tests.browser.support import DemoSite, screenshot

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright").expect

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def article_path(slug: str) -> str:
    return "/article/%s/" % slug


def hrefs(locator: Any) -> list[str]:
    return list(locator.evaluate_all("els => els.map(e => e.getAttribute('href'))"))


def test_front_page_has_top_stories_and_section_blocks(demo_site: DemoSite, page: Any) -> None:
    page.goto(demo_site.url("/"))
    top = page.locator('section[aria-labelledby="top-heading"]')
    expect(top.locator("h2")).to_have_text("Top stories")
    links = hrefs(top.locator("article h3 a"))
    assert len(links) >= 4 and all(link.startswith("/article/") for link in links)
    assert len(set(links)) == len(links), "one card per story, never the same article twice"
    blocks = page.locator("main > section").filter(has=page.locator("h2 a[href^='/section/']"))
    assert blocks.count() >= 3
    for index in range(blocks.count()):
        assert blocks.nth(index).locator("article a[href^='/article/']").count() >= 1
    screenshot(page, "front")


def test_section_page_has_breadcrumb_and_pages(demo_site: DemoSite, page: Any) -> None:
    section = demo_site.facts["section"]
    page.goto(demo_site.url("/section/%s/" % section["slug"]))
    crumbs = page.locator('nav[aria-label="Breadcrumb"] li')
    expect(crumbs).to_have_text(["Home", section["name"]])
    assert crumbs.first.locator("a").get_attribute("href") == "/"
    expect(page.locator("h1")).to_have_text(section["name"])
    screenshot(page, "section")

    seen = hrefs(page.locator("main article h3 a"))
    assert 0 < len(seen) < section["count"], "the section should run to a second page"
    while page.locator('.pager a[rel="next"]').count():
        page.locator('.pager a[rel="next"]').click()
        expect(page.locator('.pager a[rel="prev"]')).to_have_count(1)
        expect(crumbs).to_have_text(["Home", section["name"]])
        seen += hrefs(page.locator("main article h3 a"))
    assert len(seen) == len(set(seen)) == section["count"]


def test_article_page_has_every_reference_element(demo_site: DemoSite, page: Any) -> None:
    facts = demo_site.facts["article"]
    page.goto(demo_site.url(article_path(facts["slug"])))
    crumbs = page.locator('nav[aria-label="Breadcrumb"] li')
    expect(crumbs).to_have_text(["Home", facts["section"]])
    story = page.locator("article.story")
    if facts["column"]:
        expect(story.locator(".column")).to_have_text(facts["column"])
    expect(page.locator("h1")).to_have_text(facts["title"])
    published = datetime.fromisoformat(facts["published_at"])
    stamp = story.locator("time[datetime]").first
    assert datetime.fromisoformat(stamp.get_attribute("datetime")) == published
    byline = hrefs(story.locator(".meta a[href^='/author/']"))
    assert byline == ["/author/%s/" % slug for slug in facts["authors"]]
    assert len(story.locator(".body p").all_inner_texts()) >= 3
    if facts["contributors"]:
        expect(story.locator(".credit")).to_have_text(
            "%s contributed to this report." % facts["contributors"])
    tags = story.locator("p.tags")
    expect(tags).to_contain_text("In:")
    assert sorted(hrefs(tags.locator("a"))) == sorted("/tag/%s/" % s for s in facts["tags"])
    expect(story.locator(".author-bio").first).to_contain_text(demo_site.facts["author"]["bio"])
    source = story.locator("p.source")
    expect(source).to_contain_text("Originally published by")
    assert source.locator("a").get_attribute("href").startswith("http")
    screenshot(page, "article")


def test_article_time_is_shown_in_the_readers_time_zone(
    demo_site: DemoSite, new_context: Callable[..., Any]
) -> None:
    page = new_context(timezone_id="Asia/Tokyo").new_page()
    facts = demo_site.facts["article"]
    page.goto(demo_site.url(article_path(facts["slug"])))
    tokyo = datetime.fromisoformat(facts["published_at"]).astimezone(ZoneInfo("Asia/Tokyo"))
    stamp = page.locator("article.story time[datetime]").first
    expect(stamp).to_contain_text(tokyo.strftime("%Y-%m-%d %H:%M"))
    expect(stamp).to_contain_text("GMT+9")


def test_share_links_and_copy_link(demo_site: DemoSite,
                                   new_context: Callable[..., Any]) -> None:
    page = new_context(permissions=["clipboard-read", "clipboard-write"]).new_page()
    path = article_path(demo_site.facts["article"]["slug"])
    page.goto(demo_site.url(path))
    share = page.locator('nav.share[aria-label="Share this article"]')
    expected_hosts = {"x": ("x.com", "twitter.com"), "facebook": ("facebook.com",),
                      "linkedin": ("linkedin.com",), "email": ("",)}
    for kind, hosts in expected_hosts.items():
        link = urlsplit(share.locator('a[data-share="%s"]' % kind).get_attribute("href"))
        assert link.scheme == ("mailto" if kind == "email" else "https"), link
        assert (link.hostname or "").endswith(hosts), link
        values = [v for vs in parse_qs(link.query).values() for v in vs]
        assert any(demo_site.url(path) in value for value in values), link
    share.locator('button[data-share="copy"]').click()
    # The copy is asynchronous: wait until the clipboard holds the article's address.
    page.wait_for_function("url => navigator.clipboard.readText().then(text => text === url)",
                           arg=demo_site.url(path), timeout=5_000)


def reaction_button(page: Any) -> Any:
    return page.locator('form.reactions#reactions button[name="kind"][value="very_good"]')


def test_reaction_counts_once_without_a_reload(demo_site: DemoSite, page: Any) -> None:
    slug = demo_site.facts["article"]["slug"]
    page.goto(demo_site.url(article_path(slug)))
    form = page.locator("form.reactions#reactions")
    assert form.get_attribute("action") == "/article/%s/react" % slug
    assert form.locator('input[name="csrfmiddlewaretoken"]').count() == 1
    button = reaction_button(page)
    count = button.locator("[data-count]")
    before = int(count.inner_text())
    page.evaluate("window.sameDocument = true")

    with page.expect_response(lambda r: r.url.endswith("/react")):
        button.click()
    expect(count).to_have_text(str(before + 1))
    expect(button).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("window.sameDocument === true"), "the page reloaded"

    with page.expect_response(lambda r: r.url.endswith("/react")):
        button.click()
    shown = count.inner_text()
    assert int(shown) in (before, before + 1), "a second click must not count twice"
    page.reload()
    expect(reaction_button(page).locator("[data-count]")).to_have_text(shown)
    # The page is everybody's; the reader's own choice is pressed again from the for-you answer.
    expect(reaction_button(page)).to_have_attribute("aria-pressed", "true")


def test_reaction_works_without_javascript(demo_site: DemoSite,
                                           new_context: Callable[..., Any]) -> None:
    page = new_context(java_script_enabled=False).new_page()
    slug = demo_site.facts["other_article"]
    page.goto(demo_site.url(article_path(slug)))
    before = int(reaction_button(page).locator("[data-count]").inner_text())
    with page.expect_navigation():
        reaction_button(page).click()
    assert urlsplit(page.url).path == article_path(slug)
    expect(reaction_button(page).locator("[data-count]")).to_have_text(str(before + 1))


def test_related_ranking_and_recommended_modules(demo_site: DemoSite,
                                                 new_context: Callable[..., Any]) -> None:
    own = article_path(demo_site.facts["article"]["slug"])
    # Without scripts the page is complete: Recommended shows what a new reader gets.
    plain = new_context(java_script_enabled=False).new_page()
    plain.goto(demo_site.url(own))
    expect(plain.locator('section[data-module="recommended"]')).to_contain_text("Latest news")

    # A reader who read two articles related to this one, so their Recommended has a reason.
    page = new_context().new_page()
    page.goto(demo_site.url(own))
    related = hrefs(page.locator('section[data-module="related"] a[href^="/article/"]'))
    assert len(related) >= 2, "the reference article has too few related articles"
    for link in related[:2]:
        page.goto(demo_site.url(link))
    with page.expect_response(lambda r: r.url.endswith(own + "for-you")) as answer:
        page.goto(demo_site.url(own))
    assert answer.value.ok and "no-store" in answer.value.headers["cache-control"]
    recommended = page.locator('section[data-module="recommended"]')
    expect(recommended).to_contain_text("Because you read")
    expect(page.locator('.modules[data-personal="ready"]')).to_have_count(1)
    for name in ("related", "ranking", "recommended"):
        module = page.locator('section[data-module="%s"]' % name)
        expect(module).to_have_count(1)
        expect(module.locator("h2")).to_have_count(1)
        links = hrefs(module.locator("a[href^='/article/']"))
        assert links, "the %s module lists no articles" % name
        assert own not in links, "the %s module lists the article itself" % name
    read = set(related[:2])
    assert not read & set(hrefs(recommended.locator("a"))), "Recommended lists what was read"
    screenshot(page, "article-modules")


def test_also_reported_by_several_sources(demo_site: DemoSite, page: Any) -> None:
    storied = demo_site.facts["story_article"]
    if storied is None:
        pytest.fail("the demo has no story reported by several sources (stories not clustered)")
    page.goto(demo_site.url(article_path(storied["slug"])))
    link = page.locator("p.also-reported a")
    others = storied["sources"] - 1
    expect(link).to_have_text("Also reported by %d source%s" % (others, "s" if others > 1 else ""))
    assert re.fullmatch(r"/story/[\w-]+/", link.get_attribute("href"))
    link.click()
    versions = set(hrefs(page.locator("main a[href^='/article/']")))
    assert article_path(storied["slug"]) in versions and len(versions) >= storied["sources"]


def test_search_from_the_header(demo_site: DemoSite, page: Any) -> None:
    search = demo_site.facts["search"]
    page.goto(demo_site.url("/"))
    box = page.locator('header form[role="search"] input[name="q"][type="search"]')
    box.fill(search["query"])
    with page.expect_navigation():
        box.press("Enter")
    assert urlsplit(page.url).path == "/search"
    expect(page.locator("p.result-count")).to_contain_text(re.compile(r"\d"))
    results = page.locator("ol.results > li")
    assert results.count() >= 1
    assert article_path(search["slug"]) in hrefs(results.locator("a"))
    screenshot(page, "search")


def test_tag_page_lists_its_articles(demo_site: DemoSite, page: Any) -> None:
    tag = demo_site.facts["tag"]
    page.goto(demo_site.url("/tag/%s/" % tag["slug"]))
    expect(page.locator("h1")).to_contain_text(tag["name"])
    links = hrefs(page.locator("main article h3 a"))
    assert article_path(demo_site.facts["article"]["slug"]) in links
    screenshot(page, "tag")


def test_author_page_has_bio_and_articles(demo_site: DemoSite, page: Any) -> None:
    author = demo_site.facts["author"]
    page.goto(demo_site.url("/author/%s/" % author["slug"]))
    expect(page.locator("h1")).to_contain_text(author["name"])
    expect(page.locator("main")).to_contain_text(author["bio"])
    assert article_path(demo_site.facts["article"]["slug"]) in hrefs(
        page.locator("main article h3 a"))
    screenshot(page, "author")


def sitemap_urls(page: Any, address: str) -> set[str]:
    """Every page a sitemap lists, following a sitemap index one level down."""
    response = page.request.get(address)
    assert response.ok, address
    root = SafeET.fromstring(response.body())
    locations = [loc.text or "" for loc in root.iter(SITEMAP_NS + "loc")]
    if root.tag == SITEMAP_NS + "sitemapindex":
        return {url for child in locations for url in sitemap_urls(page, child)}
    return set(locations)


def test_feeds_sitemap_and_structured_data(demo_site: DemoSite, page: Any) -> None:
    facts = demo_site.facts["article"]
    url = demo_site.url(article_path(facts["slug"]))
    assert url in sitemap_urls(page, demo_site.url("/sitemap.xml"))
    feed = page.request.get(demo_site.url("/feed/rss.xml"))
    assert feed.ok
    items = SafeET.fromstring(feed.body()).findall("./channel/item")
    assert items, "the RSS feed has no items"
    first = items[0].findtext("link") or ""
    assert first.startswith(demo_site.base_url) and page.request.get(first).ok

    page.goto(url)
    blocks = [json.loads(text) for text in page.locator(
        'script[type="application/ld+json"]').all_text_contents()]
    nodes = [n for b in blocks for n in (b.get("@graph", [b]) if isinstance(b, dict) else b)]
    news = next(n for n in nodes if n.get("@type") == "NewsArticle")
    assert news["headline"] == facts["title"]
    assert datetime.fromisoformat(news["datePublished"]) == datetime.fromisoformat(
        facts["published_at"])
    authors = news["author"] if isinstance(news["author"], list) else [news["author"]]
    assert all(a.get("name") and a.get("url") for a in authors)
    og_title = page.locator('meta[property="og:title"]').get_attribute("content")
    assert og_title == facts["title"]
    assert page.locator('link[rel="canonical"]').get_attribute("href") == url
