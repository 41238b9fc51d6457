"""A URLconf for the caching tests: views whose output shows exactly what they were given."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.urls import include, path

from masthead.site.caching import reader_page

renders: list[str] = []

PAGE = engines["django"].from_string(
    "<p>Hello {{ who }}</p><form method=post>{% csrf_token %}</form>"
    "<meta name=token content='{{ csrf_token }}'>"
)


def whoami(request: HttpRequest) -> HttpResponse:
    """The reader named by the `who` cookie (a personal part) and a form with a CSRF token."""
    who = request.COOKIES.get("who", "nobody")
    renders.append(who)
    return HttpResponse(PAGE.render({"who": who}, request))


def post_back(request: HttpRequest) -> HttpResponse:
    return HttpResponse("posted")


def broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug in a view")


urlpatterns = [
    path("whoami", reader_page(whoami), name="whoami"),
    path("post", post_back, name="post"),
    path("broken", broken),
    path("", include("masthead.site.urls")),
]
