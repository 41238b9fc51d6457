"""Page layouts of The Harbour Ledger (classic semantic markup), The Meridian Standard (BEM
div soup with microdata) and the Northwind Courier (a blog-engine theme with comments)."""

from __future__ import annotations

from masthead.demo.articles import Article, comments_for, post_id, section_path
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
    newsletter_html,
    paragraphs_html,
    reactions_html,
    share_html,
    tag_links,
    visible_time,
)

# --- The Harbour Ledger ---------------------------------------------------------------------


def harbour_chrome(page: Page, main: str) -> str:
    o = page.outlet
    ticker = " \u2022 ".join(
        '<a href="%s">%s</a>' % (attr(p), esc(t)) for t, p in page.latest[:3]
    )
    body = """<div class="cookie-banner" role="dialog" aria-label="Cookies">
<p>We use cookies to improve your experience and to show you relevant advertising.</p>
<button type="button">Accept all</button> <button type="button">Manage preferences</button>
</div>
<header class="masthead">
<div class="topbar"><a href="/%(slug)s/?page=subscribe">Subscribe from 1 crown a week</a>
<a href="/%(slug)s/?page=log-in">Log in</a>
<a href="/%(slug)s/?page=e-paper">Today's e-paper</a></div>
<a class="logo" href="/%(slug)s/"><img src="/%(slug)s/logo.svg" alt="%(name)s" width="240"
height="40"></a>
<p class="tagline">%(tagline)s</p>
<nav class="site-nav" aria-label="Main">
%(nav)s
</nav>
<div class="ticker"><strong>Latest:</strong> %(ticker)s</div>
</header>
%(main)s
<footer class="site-footer">
<nav aria-label="Footer">
%(footer)s
</nav>
<p class="address">The Harbour Ledger, 14 Quay Street, Saltreach. Newsroom: +00 555 0142.</p>
<p class="copyright">%(copyright)s</p>
</footer>""" % {
        "slug": o.slug, "name": esc(o.name), "tagline": esc(o.tagline),
        "nav": nav_html(nav_links(o, list(page.sections)), cls="menu"),
        "ticker": ticker, "main": main,
        "footer": nav_html(footer_links(o), cls="footer-links"),
        "copyright": esc(copyright_line(o)),
    }
    return document("en-GB", page.head, 'class="hl"', body)


def harbour_article(a: Article, page: Page) -> str:
    lists = lists_for(a)
    s = a.story
    kicker = '<p class="kicker">%s</p>\n' % esc(s.column) if s.column else ""
    credit = '\n<p class="credit"><em>%s</em></p>' % esc(s.credit) if s.credit else ""
    tags = "\n".join('<li><a href="%s">%s</a></li>' % (attr(p), esc(t)) for t, p in tag_links(a))
    return """<main id="content">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/%(slug)s/">Home</a></li>
<li><a href="%(section_href)s">%(section)s</a></li>
</ol></nav>
<article class="story">
<header class="story-header">
%(kicker)s<h1 class="headline">%(headline)s</h1>
<div class="byline">By <a rel="author" href="%(author_href)s">%(author)s</a>
<time datetime="%(iso)s">%(time)s</time></div>
</header>
<figure class="lead-image"><img src="%(image)s" alt="" width="240" height="126">
<figcaption>Photo: The Harbour Ledger</figcaption></figure>
<div class="story-body">
%(body)s%(credit)s
</div>
<div class="tags"><span class="tags-label">In:</span>
<ul>
%(tags)s
</ul></div>
%(share)s
%(reactions)s
<aside class="author-bio">
<h2>About the author</h2>
<p><strong>%(author)s</strong>, %(role)s. %(bio)s</p>
<p><a href="%(author_href)s">More from %(author)s</a></p>
</aside>
</article>
%(related)s
<aside class="sidebar">
%(most_read)s
%(recommended)s
%(newsletter)s
</aside>
</main>""" % {
        "slug": a.outlet.slug, "section_href": attr(section_path(s.outlet, s.section)),
        "section": esc(s.section), "kicker": kicker, "headline": esc(s.headline),
        "author_href": attr(a.author_path), "author": esc(a.author.name),
        "role": esc(a.author.role.lower()), "bio": esc(a.author.bio),
        "iso": iso(s.outlet, a.published), "time": visible_time(s.outlet, a.published),
        "image": attr(a.image_path), "body": paragraphs_html(s.paragraphs), "credit": credit,
        "tags": tags, "share": share_html(a, page.base, cls="share-bar"),
        "reactions": reactions_html(a, ("very good!", "interesting", "sad", "angry"),
                                    cls="reactions", prompt="What did you think of this story?"),
        "related": link_list_html("Related", lists["Related"], cls="related"),
        "most_read": link_list_html("Most read", lists["Most read"], cls="most-read"),
        "recommended": link_list_html("Recommended", lists["Recommended"], cls="recommended"),
        "newsletter": newsletter_html(a.outlet, cls="newsletter", name="The Morning Ledger",
                                      pitch="Saltreach's news in your inbox at 7am, every day."),
    }


# --- The Meridian Standard ------------------------------------------------------------------


def meridian_chrome(page: Page, main: str) -> str:
    o = page.outlet
    trending = " ".join(
        '<a class="mst-trend" href="%s">%s</a>' % (attr(p), esc(t)) for t, p in page.latest[:4]
    )
    body = """<div class="mst-skip"><a href="#main">Skip to main content</a></div>
<div class="mst-header">
<div class="mst-header__top"><span class="mst-edition">National edition</span>
<a href="/meridian/?page=print-edition">Today's paper</a> <a href="/meridian/?page=sign-in">Sign
in</a> <a class="mst-button" href="/meridian/?page=subscribe">Subscribe</a></div>
<div class="mst-header__brand"><a href="/meridian/">%(name)s</a>
<span class="mst-header__motto">%(tagline)s</span></div>
<div class="mst-nav" role="navigation">
%(nav)s
</div>
<div class="mst-nav mst-nav--trending"><span>Trending:</span> %(trending)s</div>
</div>
%(main)s
<div class="mst-footer">
<div class="mst-footer__brand">%(name)s</div>
%(footer)s
<div class="mst-footer__legal">%(copyright)s Registered office: 1 Meridian Square, Brennholt.
</div>
</div>""" % {
        "name": esc(o.name), "tagline": esc(o.tagline),
        "nav": nav_html(nav_links(o, list(page.sections)), cls="mst-nav__list",
                        item_cls="mst-nav__item"),
        "trending": trending, "main": main,
        "footer": nav_html(footer_links(o), cls="mst-footer__links"),
        "copyright": esc(copyright_line(o)),
    }
    return document("en", page.head, 'class="mst"', body)


def meridian_article(a: Article, page: Page) -> str:
    lists = lists_for(a)
    s = a.story
    label = '<div class="mst-article__label">%s</div>\n' % esc(s.column) if s.column else ""
    paragraphs = ["<p>%s</p>" % esc(p) for p in s.paragraphs]
    if lists["Related"] and len(paragraphs) > 3:
        # An inline promotion inside the body, as many news sites do.
        title, path = lists["Related"][0]
        paragraphs.insert(2, '<div class="mst-inline-promo"><span>Read more:</span> '
                             '<a href="%s">%s</a></div>' % (attr(path), esc(title)))
    if s.credit:
        paragraphs.append('<p class="mst-article__credit">%s</p>' % esc(s.credit))
    topics = " ".join('<a class="mst-topic" href="%s">%s</a>' % (attr(p), esc(t))
                      for t, p in tag_links(a))
    return """<div class="mst-page" id="main">
<div class="mst-crumbs"><a href="/meridian/">Home</a> <span>&rsaquo;</span>
<a href="%(section_href)s">%(section)s</a></div>
<div class="mst-article" itemscope itemtype="https://schema.org/NewsArticle">
%(label)s<h1 class="mst-article__title" itemprop="headline">%(headline)s</h1>
<div class="mst-article__meta"><span class="mst-byline">By <a rel="author" href="%(author_href)s"
itemprop="author">%(author)s</a></span>, <span class="mst-role">%(role)s</span>
<time class="mst-date" datetime="%(iso)s" itemprop="datePublished">%(time)s</time></div>
%(share)s
<div class="mst-article__body" itemprop="articleBody">
%(body)s
</div>
<div class="mst-topics"><span class="mst-topics__label">In:</span> %(topics)s</div>
%(reactions)s
<div class="mst-author-card"><img src="/meridian/logo.svg" alt="" width="48" height="48">
<div><p class="mst-author-card__name">%(author)s</p>
<p class="mst-author-card__bio">%(bio)s</p></div></div>
</div>
<div class="mst-rail">
%(most_read)s
%(recommended)s
%(newsletter)s
</div>
%(related)s
</div>""" % {
        "section_href": attr(section_path(s.outlet, s.section)), "section": esc(s.section),
        "label": label, "headline": esc(s.headline), "author_href": attr(a.author_path),
        "author": esc(a.author.name), "role": esc(a.author.role), "bio": esc(a.author.bio),
        "iso": iso(s.outlet, a.published), "time": visible_time(s.outlet, a.published),
        "share": share_html(a, page.base, cls="mst-share", heading="Share this article"),
        "body": "\n".join(paragraphs), "topics": topics,
        "reactions": reactions_html(a, ("insightful", "balanced", "one-sided", "moving"),
                                    cls="mst-reactions",
                                    prompt="How did this article make you feel?"),
        "most_read": link_list_html("Most read", lists["Most read"], tag="div",
                                    cls="mst-rail__block", heading_tag="h3"),
        "recommended": link_list_html("Recommended", lists["Recommended"], tag="div",
                                      cls="mst-rail__block", heading_tag="h3"),
        "newsletter": newsletter_html(a.outlet, cls="mst-signup", name="The Standard Briefing",
                                      pitch="The day's essential news and analysis, at noon."),
        "related": link_list_html("Related", lists["Related"], tag="div", cls="mst-more"),
    }


# --- Northwind Courier ----------------------------------------------------------------------


def northwind_chrome(page: Page, main: str) -> str:
    o = page.outlet
    recent = "\n".join('<li><a href="%s">%s</a></li>' % (attr(p), esc(t))
                       for t, p in page.latest[:5])
    body = """<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/northwind/" rel="home">%(name)s</a></p>
<p class="site-description">%(tagline)s</p></div>
<nav id="site-navigation" class="main-navigation">
<button class="menu-toggle" aria-controls="primary-menu">Menu</button>
%(nav)s
</nav>
<div class="weather-widget">Hollin: 7&deg;C, light rain. Lakes: wind NW 4.</div>
</header>
<div id="content" class="site-content">
%(main)s
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>
%(recent)s
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Advertise with us</h2>
<p>Reach 60,000 readers across the north. Call our sales team today.</p></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
%(footer)s
<div class="site-info">%(copyright)s Proudly published in Hollin.</div>
</footer>
</div>""" % {
        "name": esc(o.name), "tagline": esc(o.tagline),
        "nav": nav_html(nav_links(o, list(page.sections)), cls="menu nav-menu"),
        "main": main, "recent": recent,
        "footer": nav_html(footer_links(o), cls="footer-menu"),
        "copyright": esc(copyright_line(o)),
    }
    return document("en-GB", page.head, 'class="single single-post"', body)


def northwind_article(a: Article, page: Page) -> str:
    lists = lists_for(a)
    s = a.story
    column = ('<div class="column-label">%s</div>\n' % esc(s.column)) if s.column else ""
    credit = '\n<p class="contributor-note">%s</p>' % esc(s.credit) if s.credit else ""
    tags = ", ".join('<a href="%s" rel="tag">%s</a>' % (attr(p), esc(t)) for t, p in tag_links(a))
    comments = comments_for(a)
    comment_items = "\n".join(
        '<li id="%s" class="comment"><article class="comment-body"><footer class="comment-meta">'
        '<b class="fn">%s</b> <time datetime="%s">%s</time></footer>'
        '<div class="comment-content"><p>%s</p></div></article></li>'
        % (c.anchor, esc(c.author), iso("northwind", c.posted),
           visible_time("northwind", c.posted), esc(c.text))
        for c in comments
    )
    count = "%d thoughts on \u201c%s\u201d" % (len(comments), s.headline) if comments else (
        "No comments yet")
    return """<div id="primary" class="content-area"><main id="main" class="site-main">
<div class="breadcrumbs"><span><a href="/northwind/">Home</a></span> &raquo;
<span><a href="%(section_href)s">%(section)s</a></span> &raquo;
<span class="breadcrumb_last">%(headline)s</span></div>
<article id="post-%(id)d" class="post-%(id)d post type-post status-publish format-standard">
<header class="entry-header">
<span class="cat-links"><a href="%(section_href)s" rel="category tag">%(section)s</a></span>
%(column)s<h1 class="entry-title">%(headline)s</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published"
datetime="%(iso)s">%(time)s</time><time class="updated" datetime="%(iso_updated)s">%(time_updated)s
</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n"
href="%(author_href)s">%(author)s</a></span></span></div>
</header>
<div class="post-thumbnail"><img src="%(image)s" alt="" width="240" height="126"></div>
<div class="entry-content">
%(body)s%(credit)s
%(share)s
%(reactions)s
</div>
<footer class="entry-footer"><span class="tags-links">In: %(tags)s</span></footer>
<div class="author-info"><div class="author-avatar"><img src="/northwind/logo.svg" alt=""
width="60" height="60"></div>
<div class="author-description"><h2 class="author-title">Published by %(author)s</h2>
<p class="author-bio">%(bio)s <a class="author-link" href="%(author_href)s" rel="author">View all
posts by %(author)s</a></p></div></div>
</article>
%(related)s
%(most_read)s
%(recommended)s
<div id="comments" class="comments-area">
<h2 class="comments-title">%(count)s</h2>
<ol class="comment-list">
%(comments)s
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
<form action="/northwind/" method="get" class="comment-form"><p>Your email address will not be
published. Required fields are marked *</p><textarea name="comment"></textarea>
<button type="submit">Post Comment</button></form></div>
</div>
%(newsletter)s
</main></div>""" % {
        "section_href": attr(section_path(s.outlet, s.section)), "section": esc(s.section),
        "headline": esc(s.headline), "id": post_id(a), "column": column,
        "iso": iso(s.outlet, a.published), "time": visible_time(s.outlet, a.published),
        "iso_updated": iso(s.outlet, a.updated),
        "time_updated": visible_time(s.outlet, a.updated),
        "author_href": attr(a.author_path), "author": esc(a.author.name),
        "bio": esc(a.author.bio), "image": attr(a.image_path),
        "body": paragraphs_html(s.paragraphs), "credit": credit,
        "share": share_html(a, page.base, cls="sharedaddy sd-sharing-enabled",
                            heading="Share this:"),
        "reactions": reactions_html(a, ("like", "love", "wow", "sad"),
                                    cls="reactions-widget", prompt="Like this:"),
        "tags": tags,
        "related": link_list_html("Related", lists["Related"], tag="div",
                                  cls="jp-relatedposts", heading_tag="h3"),
        "most_read": link_list_html("Most read", lists["Most read"], tag="div",
                                    cls="widget_top-posts", heading_tag="h3"),
        "recommended": link_list_html("Recommended", lists["Recommended"], tag="div",
                                      cls="widget_recommended", heading_tag="h3"),
        "count": esc(count), "comments": comment_items,
        "newsletter": newsletter_html(a.outlet, cls="widget_newsletter",
                                      name="The Courier by e-mail",
                                      pitch="Northern news every Tuesday and Friday."),
    }
