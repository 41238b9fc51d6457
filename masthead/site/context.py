from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from masthead.newsroom.models import Section


def site(request: HttpRequest) -> dict[str, object]:
    return {
        "site_name": settings.MASTHEAD_SITE_NAME,
        "nav_sections": Section.objects.all()[:12],
    }
