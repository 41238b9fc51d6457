"""`{% article_meta article as meta %}`: the article's metadata for machines (see structured)."""

from __future__ import annotations

from typing import Any

from django import template

from masthead.newsroom.models import Article
from masthead.site.structured import ArticleMeta
from masthead.site.structured import article_meta as build_article_meta

register = template.Library()


@register.simple_tag(takes_context=True)
def article_meta(context: dict[str, Any], article: Article) -> ArticleMeta:
    return build_article_meta(article, context["request"])
