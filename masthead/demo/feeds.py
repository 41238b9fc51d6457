"""The outlets' feeds: RSS 2.0 (full content, summary-only, the scraper's), Atom, JSON Feed 1.1,
a Google-News-style sitemap, a blog-engine comments feed, and robots.txt."""

from __future__ import annotations

import html
import json
from email.utils import format_datetime

from masthead.demo.articles import Article, articles_of, comments_for, post_id
from masthead.demo.content.model import Outlet
from masthead.demo.render_common import iso, local


def x(text: str) -> str:
    """Escape text for XML character data and attribute values."""
    return html.escape(text, quote=True)


def body_html(article: Article) -> str:
    """The article body as the outlet's feed carries it (the same text as its page)."""
    paragraphs = list(article.story.paragraphs)
    if article.story.outlet == "lantern":
        paragraphs[0] = "BRENNHOLT (Lantern Wire) - " + paragraphs[0]
        paragraphs.append(
            article.story.credit or "Reporting by %s; editing by Frida Lang." % article.author.name
        )
    elif article.story.credit:
        paragraphs.append(article.story.credit)
    return "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in paragraphs)


def rss_date(outlet: str, article: Article) -> str:
    return format_datetime(local(outlet, article.published))


def rss_feed(outlet: Outlet, base: str, *, full: bool) -> str:
    """RSS 2.0. With `full`, items carry content:encoded; otherwise a one-sentence description."""
    articles = articles_of(outlet.slug)
    items = []
    for a in articles:
        url = base + a.path
        if outlet.slug in ("northwind", "quorvex"):
            # Blog engines use an opaque guid rather than the permalink.
            guid = '<guid isPermaLink="false">%s/%s/?p=%d</guid>' % (x(base), outlet.slug,
                                                                   post_id(a))
        else:
            guid = "<guid>%s</guid>" % x(url)
        categories = "".join(
            "<category>%s</category>" % x(c) for c in (a.story.section,) + a.story.tags
        )
        description = a.story.summary
        if outlet.slug == "quorvex":
            description += " [\u2026]"
        parts = [
            "<title>%s</title>" % x(a.headline),
            "<link>%s</link>" % x(url),
            guid,
            "<pubDate>%s</pubDate>" % rss_date(outlet.slug, a),
            "<dc:creator>%s</dc:creator>" % x(a.author.name),
            categories,
            "<description>%s</description>" % x(description),
        ]
        if full:
            parts.append("<content:encoded>%s</content:encoded>" % x(body_html(a)))
            parts.append('<media:content url="%s" medium="image" type="image/png"/>'
                         % x(base + a.image_path))
        if outlet.slug == "northwind":
            parts.append("<comments>%s#comments</comments>" % x(url))
        items.append("<item>\n%s\n</item>" % "\n".join(parts))
    latest = articles[0]
    return """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"
 xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>%(title)s</title>
<link>%(link)s</link>
<description>%(description)s</description>
<language>%(language)s</language>
<lastBuildDate>%(built)s</lastBuildDate>
<atom:link href="%(self)s" rel="self" type="application/rss+xml"/>
<generator>%(generator)s</generator>
%(items)s
</channel>
</rss>
""" % {
        "title": x(outlet.name), "link": x("%s/%s/" % (base, outlet.slug)),
        "description": x(outlet.tagline), "language": outlet.language,
        "built": rss_date(outlet.slug, latest), "self": x(base + outlet.feed_path),
        "generator": "Ledger CMS 4.2" if outlet.slug == "harbour-ledger" else "Blogsmith 6.7",
        "items": "\n".join(items),
    }


def comments_feed(outlet: Outlet, base: str) -> str:
    """The Northwind Courier's comments feed: a discovery trap next to its main feed."""
    items = []
    for a in articles_of(outlet.slug):
        for c in comments_for(a):
            items.append(
                "<item>\n<title>%s</title>\n<link>%s</link>\n<dc:creator>%s</dc:creator>\n"
                "<pubDate>%s</pubDate>\n<guid isPermaLink=\"false\">%s</guid>\n"
                "<description>%s</description>\n</item>"
                % (x("Comment on %s by %s" % (a.headline, c.author)),
                   x("%s%s#%s" % (base, a.path, c.anchor)), x(c.author),
                   format_datetime(local(outlet.slug, c.posted)),
                   x("%s/%s/?comment=%s" % (base, outlet.slug, c.anchor)), x(c.text))
            )
    return """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Comments for %s</title>
<link>%s</link>
<description>Comments on the Northwind Courier</description>
%s
</channel>
</rss>
""" % (x(outlet.name), x("%s/%s/" % (base, outlet.slug)), "\n".join(items))


def atom_feed(outlet: Outlet, base: str) -> str:
    articles = articles_of(outlet.slug)
    tag_base = "tag:meridian-standard.example,2025:"
    entries = []
    for a in articles:
        categories = "".join(
            '<category term="%s"/>' % x(c) for c in (a.story.section,) + a.story.tags
        )
        entries.append(
            """<entry>
<title type="text">%(title)s</title>
<link rel="alternate" type="text/html" href="%(url)s"/>
<link rel="enclosure" type="image/png" href="%(image)s"/>
<id>%(id)s</id>
<published>%(published)s</published>
<updated>%(updated)s</updated>
<author><name>%(author)s</name><uri>%(author_uri)s</uri></author>
%(categories)s
<summary type="text">%(summary)s</summary>
<content type="html">%(content)s</content>
</entry>""" % {
                "title": x(a.headline), "url": x(base + a.path), "image": x(base + a.image_path),
                "id": x(tag_base + a.path), "published": iso(outlet.slug, a.published),
                "updated": iso(outlet.slug, a.updated), "author": x(a.author.name),
                "author_uri": x(base + a.author_path), "categories": categories,
                "summary": x(a.story.summary), "content": x(body_html(a)),
            }
        )
    updated = max(a.updated for a in articles)
    return """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="%(language)s">
<title>%(title)s</title>
<subtitle>%(subtitle)s</subtitle>
<id>%(id)s</id>
<link rel="alternate" type="text/html" href="%(home)s"/>
<link rel="self" type="application/atom+xml" href="%(self)s"/>
<updated>%(updated)s</updated>
<rights>%(rights)s</rights>
%(entries)s
</feed>
""" % {
        "language": outlet.language, "title": x(outlet.name), "subtitle": x(outlet.tagline),
        "id": x(tag_base + "/meridian/"), "home": x("%s/%s/" % (base, outlet.slug)),
        "self": x(base + outlet.feed_path), "updated": iso(outlet.slug, updated),
        "rights": x("\u00a9 2025 " + outlet.name), "entries": "\n".join(entries),
    }


def json_feed(outlet: Outlet, base: str) -> str:
    items = [
        {
            "id": base + a.path,
            "url": base + a.path,
            "title": a.headline,
            "summary": a.story.summary,
            "content_html": body_html(a),
            "image": base + a.image_path,
            "date_published": iso(outlet.slug, a.published),
            "date_modified": iso(outlet.slug, a.updated),
            "authors": [{"name": a.author.name, "url": base + a.author_path}],
            "tags": [a.story.section, *a.story.tags],
            "language": outlet.language,
        }
        for a in articles_of(outlet.slug)
    ]
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": outlet.name,
        "home_page_url": "%s/%s/" % (base, outlet.slug),
        "feed_url": base + outlet.feed_path,
        "description": outlet.tagline,
        "icon": "%s/%s/logo.svg" % (base, outlet.slug),
        "language": outlet.language,
        "authors": [{"name": outlet.name}],
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def news_sitemap(outlet: Outlet, base: str) -> str:
    urls = []
    for a in articles_of(outlet.slug):
        urls.append(
            """<url>
<loc>%(loc)s</loc>
<lastmod>%(lastmod)s</lastmod>
<news:news>
<news:publication><news:name>%(name)s</news:name><news:language>%(lang)s</news:language></news:publication>
<news:publication_date>%(published)s</news:publication_date>
<news:title>%(title)s</news:title>
<news:keywords>%(keywords)s</news:keywords>
</news:news>
<image:image><image:loc>%(image)s</image:loc></image:image>
</url>""" % {
                "loc": x(base + a.path), "lastmod": iso(outlet.slug, a.updated),
                "name": x(outlet.name), "lang": outlet.language,
                "published": iso(outlet.slug, a.published), "title": x(a.headline),
                "keywords": x(", ".join(a.story.tags)), "image": x(base + a.image_path),
            }
        )
    return """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
 xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
%s
</urlset>
""" % "\n".join(urls)


def robots_txt(base: str, sitemaps: list[str]) -> str:
    lines = ["User-agent: *", "Allow: /", ""]
    lines += ["Sitemap: %s%s" % (base, path) for path in sitemaps]
    return "\n".join(lines) + "\n"
