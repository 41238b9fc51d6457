from django.apps import AppConfig


class SiteConfig(AppConfig):
    name = "masthead.site"
    label = "site"
    verbose_name = "Reader site"
