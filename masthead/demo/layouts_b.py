"""Page layouts of Lantern Wire (a wire service with a market strip), Cobalt Review (a
magazine with a share rail and inline sign-up) and the Fieldstone Gazette (an old table-era
sports site whose date is plain text, not a <time>)."""

from __future__ import annotations

from masthead.demo.articles import Article, section_path
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
    reactions_html,
    share_html,
    tag_links,
    visible_time,
)

# --- Lantern Wire ---------------------------------------------------------------------------


def lantern_chrome(page: Page, main: str) -> str:
    o = page.outlet
    body = """<div id="wire-top">
<div class="brand"><a href="/lantern/">LANTERN WIRE</a> <span>%(tagline)s</span></div>
<div class="market-strip" aria-label="Markets">
<span>BSX 40 8,297.3 <em>+0.4%%</em></span> <span>Crown/Mark 1.139 <em>-0.1%%</em></span>
<span>10Y 3.05%% <em>-2bp</em></span> <span>Oil 71.20 <em>+0.6%%</em></span>
<span class="delay">Quotes delayed at least 15 minutes.</span></div>
</div>
<div class="menu-bar">
%(nav)s
</div>
%(main)s
<div class="legal">
%(footer)s
<p>Lantern Wire is a news agency. Subscribers may republish its stories under licence.
Market data is provided for information only and is not investment advice.</p>
<p>%(copyright)s</p>
</div>""" % {
        "tagline": esc(o.tagline), "main": main,
        "nav": nav_html(nav_links(o, list(page.sections)), cls="menu-list"),
        "footer": nav_html(footer_links(o), cls="legal-links"),
        "copyright": esc(copyright_line(o)),
    }
    return document("en", page.head, 'class="wire"', body)


def lantern_article(a: Article, page: Page) -> str:
    lists = lists_for(a)
    s = a.story
    label = '<div class="slug-label">%s</div>\n' % esc(s.column) if s.column else ""
    paragraphs = list(s.paragraphs)
    # Wire copy opens with a dateline.
    paragraphs[0] = "BRENNHOLT (Lantern Wire) - " + paragraphs[0]
    body = "\n".join("<p>%s</p>" % esc(p) for p in paragraphs)
    signoff = s.credit or "Reporting by %s; editing by Frida Lang." % a.author.name
    words = sum(len(p.split()) for p in s.paragraphs)
    topics = " \u00b7 ".join('<a href="%s">%s</a>' % (attr(p), esc(t)) for t, p in tag_links(a))
    return """<main>
<article class="wire-story" itemscope itemtype="https://schema.org/NewsArticle">
<div class="path"><a href="/lantern/">Home</a> / <a href="%(section_href)s">%(section)s</a></div>
%(label)s<h1 itemprop="headline">%(headline)s</h1>
<div class="dateline">By <a href="%(author_href)s" rel="author">%(author)s</a> |
<time datetime="%(iso)s" itemprop="datePublished">%(time)s</time> | %(minutes)d min read</div>
<div class="wire-text" itemprop="articleBody">
%(body)s
<p class="signoff">%(signoff)s</p>
</div>
<div class="topics"><strong>In:</strong> %(topics)s</div>
%(share)s
%(reactions)s
<div class="author-box"><h3>%(author)s</h3><p class="role">%(role)s</p><p>%(bio)s</p></div>
</article>
<div class="more-wire">
%(related)s
%(most_read)s
%(recommended)s
</div>
%(newsletter)s
</main>""" % {
        "section_href": attr(section_path(s.outlet, s.section)), "section": esc(s.section),
        "label": label, "headline": esc(s.headline), "author_href": attr(a.author_path),
        "author": esc(a.author.name), "role": esc(a.author.role), "bio": esc(a.author.bio),
        "iso": iso(s.outlet, a.published), "time": visible_time(s.outlet, a.published),
        "minutes": max(1, words // 200), "body": body, "signoff": esc(signoff),
        "topics": topics, "share": share_html(a, page.base, cls="share"),
        "reactions": reactions_html(a, ("useful", "not useful"), cls="reactions",
                                    prompt="Was this story useful?"),
        "related": link_list_html("Related", lists["Related"], tag="div", cls="wire-list"),
        "most_read": link_list_html("Most read", lists["Most read"], tag="div",
                                    cls="wire-list"),
        "recommended": link_list_html("Recommended", lists["Recommended"], tag="div",
                                      cls="wire-list"),
        "newsletter": newsletter_html(a.outlet, cls="signup", name="The Lantern Briefing",
                                      pitch="Markets and companies before the opening bell."),
    }


# --- Cobalt Review --------------------------------------------------------------------------


def cobalt_chrome(page: Page, main: str) -> str:
    o = page.outlet
    body = """<header class="cr-top">
<a class="cr-logo" href="/cobalt/"><img src="/cobalt/logo.svg" alt="%(name)s" width="160"
height="32"></a>
<nav class="cr-menu" aria-label="Sections">
%(nav)s
</nav>
<button class="cr-search" type="button">Search</button>
<a class="cr-member" href="/cobalt/?page=become-a-member">Become a member</a>
</header>
%(main)s
<footer class="cr-footer">
<p class="cr-footer__tagline">%(tagline)s</p>
%(footer)s
<p>%(copyright)s Cobalt Review is reader-funded and independent.</p>
</footer>""" % {
        "name": esc(o.name), "tagline": esc(o.tagline), "main": main,
        "nav": nav_html(nav_links(o, list(page.sections)), cls="cr-menu__list"),
        "footer": nav_html(footer_links(o), cls="cr-footer__links"),
        "copyright": esc(copyright_line(o)),
    }
    return document("en", page.head, 'class="cr"', body)


def cobalt_article(a: Article, page: Page) -> str:
    lists = lists_for(a)
    s = a.story
    column = '<span class="cr-column">%s</span>\n' % esc(s.column) if s.column else ""
    paragraphs = ["<p>%s</p>" % esc(p) for p in s.paragraphs]
    paragraphs.insert(
        min(3, len(paragraphs)),
        '<aside class="cr-inline-signup"><p>Enjoying this? Get Lab Notes in your inbox every '
        'Friday.</p><a href="/cobalt/?page=newsletter">Sign up free</a></aside>',
    )
    if s.credit:
        paragraphs.append('<p class="cr-credit">%s</p>' % esc(s.credit))
    words = sum(len(p.split()) for p in s.paragraphs)
    tags = "\n".join('<li><a href="%s">%s</a></li>' % (attr(p), esc(t)) for t, p in tag_links(a))
    return """<main class="cr-main">
<div class="cr-hero">
<nav class="cr-crumbs" aria-label="Breadcrumb"><a href="/cobalt/">Home</a> &rsaquo;
<a href="%(section_href)s">%(section)s</a></nav>
%(column)s<h1 class="cr-title">%(headline)s</h1>
<p class="cr-meta">by <a href="%(author_href)s" rel="author">%(author)s</a> &middot;
<time datetime="%(iso)s">%(time)s</time> &middot; %(minutes)d min read</p>
<figure class="cr-figure"><img src="%(image)s" alt="" width="240" height="126">
<figcaption>Illustration: Cobalt Review</figcaption></figure>
</div>
<div class="cr-layout">
%(share)s
<div class="prose">
%(body)s
</div>
<aside class="cr-sidebar">
%(most_read)s
%(recommended)s
</aside>
</div>
<section class="cr-tags"><h2>In:</h2><ul>
%(tags)s
</ul></section>
%(reactions)s
<section class="cr-author"><h2>About the author</h2><p class="cr-author__name">%(author)s</p>
<p>%(bio)s</p></section>
%(related)s
%(newsletter)s
</main>""" % {
        "section_href": attr(section_path(s.outlet, s.section)), "section": esc(s.section),
        "column": column, "headline": esc(s.headline), "author_href": attr(a.author_path),
        "author": esc(a.author.name), "bio": esc(a.author.bio),
        "iso": iso(s.outlet, a.published), "time": visible_time(s.outlet, a.published),
        "minutes": max(1, words // 200), "image": attr(a.image_path),
        "share": share_html(a, page.base, cls="cr-share-rail", heading="Share"),
        "body": "\n".join(paragraphs), "tags": tags,
        "most_read": link_list_html("Most read", lists["Most read"], tag="div",
                                    cls="cr-box", heading_tag="h3"),
        "recommended": link_list_html("Recommended", lists["Recommended"], tag="div",
                                      cls="cr-box", heading_tag="h3"),
        "reactions": reactions_html(a, ("mind-blown", "learned something", "meh"),
                                    cls="cr-reactions", prompt="Your reaction"),
        "related": link_list_html("Related", lists["Related"], cls="cr-related"),
        "newsletter": newsletter_html(a.outlet, cls="cr-newsletter", name="Lab Notes",
                                      pitch="One science story, explained, every Friday."),
    }


# --- Fieldstone Gazette ---------------------------------------------------------------------


def fieldstone_chrome(page: Page, main: str) -> str:
    o = page.outlet
    body = """<div id="wrapper">
<div id="header">
<div id="logo"><a href="/fieldstone/"><img src="/fieldstone/logo.svg" alt="%(name)s"
width="200" height="40"></a></div>
<div id="topnav">
%(nav)s
</div>
<div id="scores-ticker"><b>LIVE:</b> Hollin Rovers 1-0 Kettle Bay (62') | Lakeside United 0-0
Port Skelling (HT) | Brennholt Bears 71-68 Saltreach Mariners (Q4)</div>
</div>
%(main)s
<div id="footer">
%(footer)s
<p>%(copyright)s Fieldstone Gazette, Old Rope Walk, Saltreach.</p>
</div>
</div>""" % {
        "name": esc(o.name), "main": main,
        "nav": nav_html(nav_links(o, list(page.sections)), cls="nav"),
        "footer": nav_html(footer_links(o), cls="foot"),
        "copyright": esc(copyright_line(o)),
    }
    return document("en-GB", page.head, 'id="fg"', body)


def fieldstone_article(a: Article, page: Page) -> str:
    lists = lists_for(a)
    s = a.story
    column = '<div class="col-label">%s</div>\n' % esc(s.column) if s.column else ""
    credit = '\n<p><i>%s</i></p>' % esc(s.credit) if s.credit else ""
    body = "\n".join("<p>%s</p>" % esc(p) for p in s.paragraphs)
    tags = " | ".join('<a href="%s">%s</a>' % (attr(p), esc(t)) for t, p in tag_links(a))
    return """<div id="main">
<div id="main-col">
<div class="crumbs">You are here: <a href="/fieldstone/">Home</a> &gt;
<a href="%(section_href)s">%(section)s</a></div>
<div class="article">
%(column)s<h1 class="art-title">%(headline)s</h1>
<div class="art-info"><span class="art-author">By <a href="%(author_href)s">%(author)s</a></span>
<span class="art-date" title="%(iso)s">%(time)s</span></div>
%(share)s
<div class="article-text">
%(body)s%(credit)s
</div>
<div class="art-tags"><b>In:</b> %(tags)s</div>
%(reactions)s
<div class="author-panel"><b>%(author)s</b> &ndash; %(bio)s</div>
</div>
%(related)s
</div>
<div id="side-col">
%(most_read)s
%(recommended)s
<table class="fixtures"><caption>This week's fixtures</caption>
<tr><td>Sat</td><td>Port Skelling v Hollin Rovers</td><td>15:00</td></tr>
<tr><td>Sat</td><td>Brennholt Athletic v Lakeside United</td><td>17:30</td></tr>
<tr><td>Sun</td><td>Kettle Bay v Saltreach Harbour FC</td><td>14:00</td></tr>
</table>
%(newsletter)s
</div>
</div>""" % {
        "section_href": attr(section_path(s.outlet, s.section)), "section": esc(s.section),
        "column": column, "headline": esc(s.headline), "author_href": attr(a.author_path),
        "author": esc(a.author.name), "bio": esc(a.author.bio),
        "iso": iso(s.outlet, a.published), "time": visible_time(s.outlet, a.published),
        "share": share_html(a, page.base, cls="social-top", heading="Share:"),
        "body": body, "credit": credit, "tags": tags,
        "reactions": reactions_html(a, ("very good!", "good", "poor"), cls="rate-this",
                                    prompt="Rate this article:"),
        "related": link_list_html("Related", lists["Related"], tag="div", cls="more-box"),
        "most_read": link_list_html("Most read", lists["Most read"], tag="div",
                                    cls="side-box"),
        "recommended": link_list_html("Recommended", lists["Recommended"], tag="div",
                                      cls="side-box"),
        "newsletter": newsletter_html(a.outlet, cls="side-box", name="Final Whistle",
                                      pitch="Results, reports and reviews every Monday."),
    }
