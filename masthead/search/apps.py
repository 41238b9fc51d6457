from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "masthead.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from masthead.search import indexing

        indexing.connect_signals()
        indexing.connect_post_migrate(self)
