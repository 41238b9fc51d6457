from django.apps import AppConfig


class SiteConfig(AppConfig):
    name = "masthead.site"
    label = "site"
    verbose_name = "Reader site"

    def ready(self) -> None:
        from masthead.newsroom.models import Article
        from masthead.newsroom.signals import articles_changed
        from masthead.site.caching import connect_invalidation, pages_changed

        connect_invalidation()
        articles_changed.connect(pages_changed, sender=Article,
                                 dispatch_uid="site-pages-articles-changed")
