"""The search page: `/search?q=...&section=&tag=&source=&from=&to=&page=`."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from masthead.search.forms import SearchForm
from masthead.search.query import parse
from masthead.search.service import SearchResults

PAGE_SIZE = 20


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    form.is_valid()  # invalid filters are shown beside their fields and left out
    words = form.words
    query = parse(words)
    context: dict[str, object] = {"form": form, "words": words, "page": None,
                                  "nothing_to_find": bool(words) and query.is_empty}
    if not query.is_empty:
        results = SearchResults(query, form.filters())
        context["page"] = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "site/search.html", context)
