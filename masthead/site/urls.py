from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from masthead.readers import views as reader_views
from masthead.search import views as search_views
from masthead.site import feeds, views
from masthead.site.caching import count_article_read, invalidates_article, reader_page
from masthead.site.sitemaps import SITEMAPS, robots_txt

app_name = "site"

urlpatterns = [
    path("", reader_page(views.home), name="home"),
    path("section/<slug:slug>/", reader_page(views.section), name="section"),
    path("article/<slug:slug>/",
         reader_page(views.article, scope="article", on_hit=count_article_read), name="article"),
    path("article/<slug:slug>/react", invalidates_article(reader_views.react_view), name="react"),
    # The reader's own parts of the shared article page, fetched by its script; never cached.
    path("article/<slug:slug>/for-you", views.article_for_you, name="for-you"),
    path("story/<slug:slug>/", reader_page(views.story), name="story"),
    path("source/<int:pk>/", reader_page(views.source), name="source"),
    path("tag/<slug:slug>/", reader_page(views.tag), name="tag"),
    path("author/<slug:slug>/", reader_page(views.author), name="author"),
    # For machines: feeds, sitemaps, robots.txt (cached and revalidated like the pages).
    path("feed/rss.xml", reader_page(feeds.SiteFeed.as_view()), name="feed-rss"),
    path("feed/atom.xml", reader_page(feeds.SiteAtomFeed.as_view()), name="feed-atom"),
    path("section/<slug:slug>/rss.xml", reader_page(feeds.SectionFeed.as_view()),
         name="section-rss"),
    path("section/<slug:slug>/atom.xml", reader_page(feeds.SectionAtomFeed.as_view()),
         name="section-atom"),
    path("tag/<slug:slug>/rss.xml", reader_page(feeds.TagFeed.as_view()), name="tag-rss"),
    path("tag/<slug:slug>/atom.xml", reader_page(feeds.TagAtomFeed.as_view()), name="tag-atom"),
    path("sitemap.xml", reader_page(sitemap_views.index),
         {"sitemaps": SITEMAPS, "sitemap_url_name": "site:sitemap-section"}, name="sitemap"),
    path("sitemap-<section>.xml", reader_page(sitemap_views.sitemap),
         {"sitemaps": SITEMAPS, "template_name": "site/sitemap.xml"}, name="sitemap-section"),
    path("robots.txt", reader_page(robots_txt), name="robots"),
    path("search", search_views.search, name="search"),
    path("healthz", views.healthz, name="healthz"),
]
