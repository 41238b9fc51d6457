"""Pieces every outlet's pages share: escaping, dates, the <head> with its metadata (OpenGraph,
canonical, JSON-LD NewsArticle), share links, reactions, navigation and footer links.

Each outlet's layout (layouts_*.py) arranges these in its own markup and class names, so that
extraction is exercised against several different templates, not one.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from masthead.demo.articles import Article, Link, link_lists, reaction_counts, section_path
from masthead.demo.content.model import Outlet
from masthead.demo.content.world import SCRAPER

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The Northwind Courier stamps its times in local summer time; everyone else in UTC. Feeds and
# JSON-LD carry the same instant either way, which exercises time-zone handling downstream.
_OUTLET_TZ = {"northwind": timezone(timedelta(hours=2))}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def local(outlet: str, moment: datetime) -> datetime:
    return moment.astimezone(_OUTLET_TZ.get(outlet, UTC))


def iso(outlet: str, moment: datetime) -> str:
    return local(outlet, moment).isoformat()


def visible_time(outlet: str, moment: datetime) -> str:
    """The time as the outlet prints it on its pages (each outlet has its own style)."""
    t = local(outlet, moment)
    month, day = MONTHS[t.month - 1], DAYS[t.weekday()]
    if outlet == "harbour-ledger":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if outlet == "meridian":
        return "%s %d %s %d, %s UTC" % (day, t.day, month, t.year, t.strftime("%H.%M"))
    if outlet == "northwind":
        hour = t.hour % 12 or 12
        ampm = "am" if t.hour < 12 else "pm"
        return "%s %d, %d at %d:%02d %s" % (month, t.day, t.year, hour, t.minute, ampm)
    if outlet == "lantern":
        return "%02d %s %d %s GMT" % (t.day, month[:3], t.year, t.strftime("%H:%M:%S"))
    if outlet == "cobalt":
        return "%d %s %d, %s" % (t.day, month[:3], t.year, t.strftime("%H:%M"))
    if outlet == "fieldstone":
        return "%s %d %s %d \u00b7 %s" % (day[:3], t.day, month[:3], t.year, t.strftime("%H:%M"))
    return "%s %d, %d" % (month, t.day, t.year)


def absolute(base: str, path: str) -> str:
    return base + path


def json_ld(article: Article, base: str) -> str:
    outlet = article.outlet
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": article.story.summary,
        "datePublished": iso(outlet.slug, article.published),
        "dateModified": iso(outlet.slug, article.updated),
        "author": [
            {"@type": "Person", "name": article.author.name,
             "url": absolute(base, article.author_path)}
        ],
        "publisher": {
            "@type": "Organization",
            "name": outlet.name,
            "logo": {"@type": "ImageObject", "url": absolute(base, "/%s/logo.svg" % outlet.slug)},
        },
        "articleSection": article.story.section,
        "keywords": list(article.story.tags),
        "image": [absolute(base, article.image_path)],
        "inLanguage": outlet.language,
        "mainEntityOfPage": {"@type": "WebPage", "@id": absolute(base, article.path)},
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # "</" inside a <script> would end it early.
    return text.replace("</", "<\\/")


@dataclass(frozen=True)
class Head:
    title: str
    description: str
    canonical: str
    outlet: Outlet
    og_type: str = "website"
    og_title: str = ""  # the headline, when the <title> carries the site name too
    image: str = ""
    extra: str = ""  # more tags (JSON-LD, article:* meta)


def feed_links(outlet: Outlet, base: str) -> str:
    """The <link rel="alternate"> tags a home page carries for feed discovery."""
    types = {
        "rss": "application/rss+xml",
        "rss-summary": "application/rss+xml",
        "home": "application/rss+xml",
        "atom": "application/atom+xml",
        "json": "application/feed+json",
    }
    if outlet.kind not in types:
        return ""  # sitemap-only outlets publish no feed at all
    links = '<link rel="alternate" type="%s" title="%s" href="%s">' % (
        types[outlet.kind], attr(outlet.name + " \u00bb Feed"),
        attr(absolute(base, outlet.feed_path)),
    )
    if outlet.slug == "northwind":
        # Like many blog-engine sites, a comments feed too: discovery must prefer the main one.
        links += '\n<link rel="alternate" type="application/rss+xml" title="%s" href="%s">' % (
            attr(outlet.name + " \u00bb Comments Feed"),
            attr(absolute(base, "/northwind/comments/feed/")),
        )
    return links


def head_html(head: Head, base: str) -> str:
    outlet = head.outlet
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s</title>" % esc(head.title),
        '<meta name="description" content="%s">' % attr(head.description),
        '<link rel="canonical" href="%s">' % attr(head.canonical),
        '<meta property="og:site_name" content="%s">' % attr(outlet.name),
        '<meta property="og:type" content="%s">' % head.og_type,
        '<meta property="og:title" content="%s">' % attr(head.og_title or head.title),
        '<meta property="og:description" content="%s">' % attr(head.description),
        '<meta property="og:url" content="%s">' % attr(head.canonical),
        '<meta property="og:locale" content="en_GB">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<link rel="stylesheet" href="/%s/static/site.css">' % outlet.slug,
        '<link rel="icon" href="/%s/logo.svg" type="image/svg+xml">' % outlet.slug,
    ]
    if head.image:
        parts.append('<meta property="og:image" content="%s">' % attr(head.image))
        parts.append('<meta property="og:image:width" content="240">')
        parts.append('<meta property="og:image:height" content="126">')
    parts.append(feed_links(outlet, base))
    if head.extra:
        parts.append(head.extra)
    return "\n".join(p for p in parts if p)


def article_head(article: Article, base: str, title: str) -> str:
    """The <head> of an article page; `title` is the <title> text (headline plus site name)."""
    outlet = article.outlet
    extra = "\n".join(
        [
            '<meta property="article:published_time" content="%s">'
            % iso(outlet.slug, article.published),
            '<meta property="article:modified_time" content="%s">'
            % iso(outlet.slug, article.updated),
            '<meta property="article:section" content="%s">' % attr(article.story.section),
            '<meta name="author" content="%s">' % attr(article.author.name),
        ]
        + ['<meta property="article:tag" content="%s">' % attr(t) for t in article.story.tags]
        + ['<script type="application/ld+json">\n%s\n</script>' % json_ld(article, base)]
    )
    head = Head(
        title=title,
        description=article.story.summary,
        canonical=absolute(base, article.path),
        outlet=outlet,
        og_type="article",
        og_title=article.headline,
        image=absolute(base, article.image_path),
        extra=extra,
    )
    return head_html(head, base)


def share_links(article: Article, base: str) -> list[tuple[str, str, str]]:
    """(service key, label, href) for X, Facebook, LinkedIn, e-mail; copy link is a button."""
    url = quote(absolute(base, article.path), safe="")
    text = quote(article.headline, safe="")
    return [
        ("x", "Share on X", "https://x.com/intent/post?url=%s&text=%s" % (url, text)),
        ("facebook", "Share on Facebook",
         "https://www.facebook.com/sharer/sharer.php?u=%s" % url),
        ("linkedin", "Share on LinkedIn",
         "https://www.linkedin.com/sharing/share-offsite/?url=%s" % url),
        ("email", "Share by e-mail", "mailto:?subject=%s&body=%s" % (text, url)),
    ]


def link_list_html(
    heading: str, links: list[Link], *, tag: str = "section", cls: str = "links",
    heading_tag: str = "h2",
) -> str:
    items = "\n".join(
        '<li><a href="%s">%s</a></li>' % (attr(path), esc(title)) for title, path in links
    )
    return '<%s class="%s">\n<%s>%s</%s>\n<ul>\n%s\n</ul>\n</%s>' % (
        tag, cls, heading_tag, esc(heading), heading_tag, items, tag,
    )


def lists_for(article: Article) -> dict[str, list[Link]]:
    return link_lists(article)


# Navigation menus: the outlet's own sections first, then the usual long tail of a news site.
_NAV_EXTRAS: dict[str, tuple[str, ...]] = {
    "harbour-ledger": ("Opinion", "Saltreach", "Port & Shipping", "Weather", "Puzzles",
                       "Podcasts", "Newsletters", "Obituaries", "Jobs", "Property", "Events",
                       "Archive", "Subscribe", "Log in"),
    "northwind": ("Hollin", "The Lakes", "Border Country", "Letters", "Weather", "Traffic",
                  "What's on", "Family notices", "Photo galleries", "Subscribe"),
    "meridian": ("Opinion", "Editorials", "Letters", "Obituaries", "Podcasts", "Video",
                 "Crosswords", "Newsletters", "Events", "Print edition", "Subscribe",
                 "Sign in"),
    "lantern": ("Markets data", "Companies", "Commodities", "Currencies", "Calendar",
                "Press releases", "Alerts", "About the wire", "Contact"),
    "cobalt": ("Reviews", "Explainers", "Podcast", "Newsletter", "Magazine", "Shop",
               "Become a member", "Log in"),
    "fieldstone": ("Football", "Cycling", "Athletics", "Winter sports", "Live scores",
                   "Fixtures", "Tables", "Film", "Theatre", "Music", "Books", "Listings",
                   "Competitions", "Subscribe"),
    SCRAPER: ("Markets", "Crypto", "Forex", "Stocks", "Commodities", "Signals", "Brokers",
              "Advertise", "Contact"),
}


def nav_links(outlet: Outlet, sections: list[str]) -> list[Link]:
    links: list[Link] = [("Home", "/%s/" % outlet.slug)]
    links += [(section, section_path(outlet.slug, section)) for section in sections]
    # The long tail points back at the home page (the server ignores query strings), so every
    # link on the demo resolves.
    links += [
        (label, "/%s/?page=%s" % (outlet.slug, quote(label.lower().replace(" ", "-"))))
        for label in _NAV_EXTRAS.get(outlet.slug, ())
    ]
    return links


_FOOTER_LINKS: tuple[str, ...] = (
    "About us", "Contact", "Careers", "Advertise", "Terms of use", "Privacy policy",
    "Cookie settings", "Corrections", "Editorial standards", "Complaints", "Archive",
    "Accessibility", "Help", "Site map",
)


def footer_links(outlet: Outlet) -> list[Link]:
    links = [
        (label, "/%s/?page=%s" % (outlet.slug, quote(label.lower().replace(" ", "-"))))
        for label in _FOOTER_LINKS
    ]
    if outlet.feed_path:
        label = "Sitemap" if outlet.kind == "sitemap" else "RSS"
        links.append((label, outlet.feed_path))
    return links


def copyright_line(outlet: Outlet) -> str:
    return "\u00a9 2025 %s. All rights reserved." % outlet.name


def nav_html(links: list[Link], *, cls: str, item_cls: str = "") -> str:
    li = ' class="%s"' % item_cls if item_cls else ""
    items = "\n".join(
        '<li%s><a href="%s">%s</a></li>' % (li, attr(href), esc(label)) for label, href in links
    )
    return '<ul class="%s">\n%s\n</ul>' % (cls, items)


def paragraphs_html(paragraphs: tuple[str, ...], p_cls: str = "") -> str:
    cls = ' class="%s"' % p_cls if p_cls else ""
    return "\n".join("<p%s>%s</p>" % (cls, esc(p)) for p in paragraphs)


@dataclass(frozen=True)
class Page:
    """What an outlet's page chrome (header, navigation, footer) needs."""

    outlet: Outlet
    base: str
    sections: tuple[str, ...]  # the outlet's sections, for its navigation
    head: str  # the inner HTML of <head>
    latest: tuple[Link, ...]  # the newest headlines, for tickers and "Latest" boxes


def reactions_html(
    article: Article, labels: tuple[str, ...], *, cls: str, prompt: str, button_cls: str = ""
) -> str:
    bcls = ' class="%s"' % button_cls if button_cls else ""
    buttons = "\n".join(
        '<button type="button"%s data-reaction="%s">%s (%d)</button>'
        % (bcls, attr(label), esc(label), count)
        for label, count in reaction_counts(article.path, labels)
    )
    return '<div class="%s">\n<p>%s</p>\n%s\n</div>' % (cls, esc(prompt), buttons)


def share_html(article: Article, base: str, *, cls: str, heading: str = "Share") -> str:
    items = "\n".join(
        '<li class="share-%s"><a href="%s" rel="noopener" target="_blank">%s</a></li>'
        % (key, attr(href), esc(label))
        for key, label, href in share_links(article, base)
    )
    copy_button = (
        '<li class="share-copy"><button type="button" data-copy="%s">Copy link</button></li>'
        % attr(absolute(base, article.path))
    )
    return '<div class="%s">\n<span>%s</span>\n<ul>\n%s\n%s\n</ul>\n</div>' % (
        cls, esc(heading), items, copy_button,
    )


def tag_links(article: Article) -> list[Link]:
    slug = article.story.outlet
    return [(t, "/%s/?tag=%s" % (slug, quote(t.lower().replace(" ", "-")))) for t in
            article.story.tags]


def newsletter_html(outlet: Outlet, *, cls: str, name: str, pitch: str) -> str:
    return (
        '<form class="%s" action="/%s/" method="get">\n<h2>%s</h2>\n<p>%s</p>\n'
        '<label>E-mail address <input type="email" name="email" required></label>\n'
        '<button type="submit">Sign up</button>\n'
        '<p class="small">You can unsubscribe at any time. See our privacy policy.</p>\n'
        "</form>" % (cls, outlet.slug, esc(name), esc(pitch))
    )


def document(lang: str, head: str, body_attrs: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n<body %s>\n%s\n</body>\n'
        "</html>\n" % (lang, head, body_attrs, body)
    )
