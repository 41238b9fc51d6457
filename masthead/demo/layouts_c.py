"""The scraper's layout (a busy blog-engine news theme with ads and junk link lists) and the
listing pages (home, section, author) every outlet shares, with its own class prefix."""

from __future__ import annotations

from masthead.demo.articles import Article, section_path, stable_hash
from masthead.demo.render_common import (
    Page,
    attr,
    copyright_line,
    document,
    esc,
    footer_links,
    iso,
    link_list_html,
    lists_for,
    nav_html,
    nav_links,
    reactions_html,
    share_html,
    tag_links,
    visible_time,
)

# --- Quorvex Daily (the scraper) ------------------------------------------------------------


def quorvex_chrome(page: Page, main: str) -> str:
    o = page.outlet
    body = """<div class="td-header-wrap">
<div class="td-header-top-menu"><span class="td-date">Market-moving news, 24/7</span>
<a href="/quorvex/?page=advertise">Advertise</a> <a href="/quorvex/?page=contact">Contact</a>
<span class="td-social">Follow us: X &middot; Facebook &middot; LinkedIn</span></div>
<div class="td-header-logo"><a href="/quorvex/"><img src="/quorvex/logo.svg" alt="%(name)s"
width="220" height="40"></a></div>
<div class="td-header-menu">
%(nav)s
</div>
<div class="td-ad td-ad-header">Advertisement: Trade smarter with Quorvex Pro. Sign up today!</div>
</div>
%(main)s
<div class="td-footer-wrap">
<div class="td-footer-about">%(name)s brings you the latest market-moving news from around
the world. Contact us: desk@quorvex.example</div>
%(footer)s
<div class="td-sub-footer">%(copyright)s</div>
</div>""" % {
        "name": esc(o.name), "main": main,
        "nav": nav_html(nav_links(o, list(page.sections)), cls="sf-menu"),
        "footer": nav_html(footer_links(o), cls="td-footer-links"),
        "copyright": esc(copyright_line(o)),
    }
    return document("en-US", page.head, 'class="td-theme single"', body)


def quorvex_article(a: Article, page: Page) -> str:
    lists = lists_for(a)
    s = a.story
    paragraphs = ["<p>%s</p>" % esc(p) for p in s.paragraphs]
    paragraphs.insert(1, '<div class="td-a-rec td-a-rec-id-content_inline">Advertisement</div>')
    if s.credit:
        paragraphs.append("<p>%s</p>" % esc(s.credit))
    tags = "\n".join('<li><a href="%s">%s</a></li>' % (attr(p), esc(t)) for t, p in tag_links(a))
    views = 300 + stable_hash("views:" + a.path) % 4000
    return """<div class="td-main-content-wrap">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/quorvex/">Home</a></span>
<i class="td-icon-right"></i> <span><a href="%(section_href)s">%(section)s</a></span>
<i class="td-icon-right"></i> <span class="td-bred-no-url-last">%(headline)s</span></div></div>
<article class="post type-post status-publish">
<div class="td-post-header">
<ul class="td-category"><li><a class="td-post-category" href="%(section_href)s">%(section)s</a>
</li></ul>
<header class="td-post-title"><h1 class="entry-title">%(headline)s</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">By <a
href="%(author_href)s">%(author)s</a> -</div> <span class="td-post-date"><time
class="entry-date updated td-module-date" datetime="%(iso)s">%(time)s</time></span>
<div class="td-post-views"><span>%(views)d</span> views</div></div></header>
</div>
%(share_top)s
<div class="td-post-content tagdiv-type">
%(body)s
</div>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box">
<li><span>In:</span></li>
%(tags)s
</ul></div>
%(share_bottom)s
%(reactions)s
<div class="td-author-name-wrap"><div class="td-author-name">%(author)s</div>
<div class="td-author-description">%(bio)s</div></div>
</article>
%(related)s
%(ranking)s
%(recommendation)s
</div>""" % {
        "section_href": attr(section_path(s.outlet, s.section)), "section": esc(s.section),
        "headline": esc(s.headline), "author_href": attr(a.author_path),
        "author": esc(a.author.name), "bio": esc(a.author.bio),
        "iso": iso(s.outlet, a.published), "time": visible_time(s.outlet, a.published)
        + " " + a.published.strftime("%H:%M"),
        "views": views, "body": "\n".join(paragraphs), "tags": tags,
        "share_top": share_html(a, page.base, cls="td-post-sharing-top", heading="Share"),
        "share_bottom": share_html(a, page.base, cls="td-post-sharing-bottom", heading="Share"),
        "reactions": reactions_html(a, ("very good!", "bullish", "bearish"), cls="td-reactions",
                                    prompt="What do you think?"),
        "related": link_list_html("Related", lists["Related"], tag="div",
                                  cls="td_block_related_posts", heading_tag="h4"),
        "ranking": link_list_html("Ranking", lists["Ranking"], tag="div",
                                  cls="td_block_ranking", heading_tag="h4"),
        "recommendation": link_list_html("Recommendation", lists["Recommendation"], tag="div",
                                         cls="td_block_recommendation", heading_tag="h4"),
    }


# --- Listing pages (home, section, author) --------------------------------------------------

_PREFIX = {
    "harbour-ledger": "hl", "meridian": "mst", "northwind": "nw", "lantern": "wire",
    "cobalt": "cr", "fieldstone": "fg", "quorvex": "td",
}


def listing_main(page: Page, heading: str, intro: str, items: list[Article]) -> str:
    p = _PREFIX.get(page.outlet.slug, "x")
    entries = "\n".join(
        """<li class="%(p)s-item">
<a class="%(p)s-item__link" href="%(href)s"><h2 class="%(p)s-item__title">%(title)s</h2></a>
<p class="%(p)s-item__summary">%(summary)s</p>
<p class="%(p)s-item__meta"><span>%(section)s</span> &middot; <time datetime="%(iso)s">%(time)s
</time> &middot; <a href="%(author_href)s">%(author)s</a></p>
</li>""" % {
            "p": p, "href": attr(a.path), "title": esc(a.headline), "summary": esc(a.story.summary),
            "section": esc(a.story.section), "iso": iso(a.outlet.slug, a.published),
            "time": visible_time(a.outlet.slug, a.published), "author_href": attr(a.author_path),
            "author": esc(a.author.name),
        }
        for a in items
    )
    intro_html = '<div class="%s-intro">%s</div>\n' % (p, intro) if intro else ""
    return """<main class="%(p)s-listing" id="main">
<h1 class="%(p)s-listing__title">%(heading)s</h1>
%(intro)s<ul class="%(p)s-list">
%(entries)s
</ul>
</main>""" % {"p": p, "heading": esc(heading), "intro": intro_html, "entries": entries}


def root_index(base: str, outlets: list[tuple[str, str, str, str]]) -> str:
    """The server's own front page: a plain list of the demo outlets (not an outlet itself)."""
    rows = "\n".join(
        '<li><a href="/%s/">%s</a>: %s (subscribe: <code>%s</code>)</li>'
        % (slug, esc(name), esc(tagline), esc(base + subscribe))
        for slug, name, tagline, subscribe in outlets
    )
    head = ('<meta charset="utf-8">\n<title>Masthead demo outlets</title>\n'
            '<meta name="robots" content="noindex">')
    body = ("<h1>Masthead demo outlets</h1>\n<p>Fictional news outlets written for the Masthead "
            "demo. Everything here is invented.</p>\n<ul>\n%s\n</ul>" % rows)
    return document("en", head, 'class="demo-index"', body)
