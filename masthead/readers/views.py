"""The reaction endpoint: a plain form POST (303 back to the article) or fetch() with JSON."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache

from masthead.newsroom.models import Article
from masthead.readers.identity import ensure_reader, remember_reader
from masthead.readers.ratelimit import client_address, hit
from masthead.readers.reactions import KINDS, react, reaction_counts


def wants_json(request: HttpRequest) -> bool:
    # Browsers' form posts accept */*, so only an explicit preference for JSON counts.
    return request.get_preferred_type(["text/html", "application/json"]) == "application/json"


def _problem(request: HttpRequest, article: Article, status: int, message: str) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"error": message}, status=status)
    return render(request, "readers/problem.html",
                  {"article": article, "message": message}, status=status)


@never_cache
def react_view(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article.objects.filter(is_hidden=False).only("id", "slug"),
                                slug=slug)
    if request.method != "POST":
        return redirect(article.get_absolute_url() + "#reactions")
    reader = ensure_reader(request)
    limits = (("reader", reader.id, settings.MASTHEAD["MASTHEAD_REACTION_RATE"]),
              ("address", client_address(request), settings.MASTHEAD["MASTHEAD_REACTION_IP_RATE"]))
    for scope, key, rate in limits:
        verdict = hit("react-" + scope, key, rate)
        if not verdict.allowed:
            refused = _problem(
                request, article, 429,
                "You are reacting faster than we can count. Please wait %d seconds and try "
                "again." % verdict.retry_after,
            )
            refused["Retry-After"] = str(verdict.retry_after)
            return refused
    kind = request.POST.get("kind", "")
    if kind not in KINDS:
        return _problem(request, article, 400,
                        "That reaction is not one we know. Please choose one of the buttons.")
    react(article.pk, reader.id, kind)
    response: HttpResponse
    if wants_json(request):
        response = JsonResponse({"counts": reaction_counts(article.pk), "mine": kind})
    else:
        response = redirect(article.get_absolute_url() + "#reactions")
        response.status_code = 303  # See Other: the browser follows with a GET
    remember_reader(request, response)
    return response
