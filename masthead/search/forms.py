"""The search form: the words, and the filters by section, tag, source and date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.core.cache import cache
from django.db.models import Count, Q

from masthead.newsroom.models import Section, Source, Tag
from masthead.search.query import MAX_QUERY_CHARS, strip_control
from masthead.search.service import Filters

# The tag list offers the most used tags, plus the one asked for (a tag page links here).
TAG_CHOICES = 40
TOP_TAGS_CACHE_KEY = "masthead.search.top-tags"
TOP_TAGS_SECONDS = 300
_SLUG = re.compile(r"[-a-zA-Z0-9_]+")


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    selected: bool


def top_tags() -> list[tuple[str, str]]:
    """(slug, name) of the most used tags; cached, since counting links is the dear part."""
    cached = cache.get(TOP_TAGS_CACHE_KEY)
    if cached is None:
        visible = Count("articles", filter=Q(articles__is_hidden=False))
        cached = list(
            Tag.objects.annotate(uses=visible).filter(uses__gt=0)
            .order_by("-uses", "name").values_list("slug", "name")[:TAG_CHOICES]
        )
        cache.set(TOP_TAGS_CACHE_KEY, cached, TOP_TAGS_SECONDS)
    return list(cached)


class SearchInput(forms.TextInput):
    input_type = "search"


class QueryField(forms.CharField):
    """Any text is a query: control characters (NUL too) are dropped, long input is cut."""

    def to_python(self, value: Any) -> str:
        text = strip_control(str(value or ""))
        return " ".join(text.split())[:MAX_QUERY_CHARS]


class SearchForm(forms.Form):
    q = QueryField(required=False, label="Search for",
                   widget=SearchInput(attrs={"maxlength": MAX_QUERY_CHARS}))
    section = forms.ChoiceField(required=False, label="Section")
    tag = forms.ChoiceField(required=False, label="Tag")
    source = forms.TypedChoiceField(required=False, label="Source", coerce=int,
                                    empty_value=None)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "search-%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword, so the date fields are added here, under their URL names.
        date_widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        self.fields["from"] = forms.DateField(required=False, label="From",
                                              input_formats=["%Y-%m-%d"], widget=date_widget)
        self.fields["to"] = forms.DateField(required=False, label="To",
                                            input_formats=["%Y-%m-%d"], widget=date_widget)
        self.select_choices: dict[str, list[tuple[str, str]]] = {
            "section": [("", "Any section")] + list(
                Section.objects.values_list("slug", "name")
            ),
            "tag": [("", "Any tag")] + self._tag_choices(),
            "source": [("", "Any source")] + [
                (str(pk), name or url)
                for pk, name, url in Source.objects.order_by("name", "url")
                .values_list("pk", "name", "url")
            ],
        }
        for name, choices in self.select_choices.items():
            self._choice_field(name).choices = choices

    def filter_fields(self) -> list[tuple[forms.BoundField, list[Option] | None]]:
        """The filters, each with its options when it is a select.

        Selects are drawn by the template from these options: Django's widget templates cost
        a few milliseconds per select, more than the search itself.
        """
        fields: list[tuple[forms.BoundField, list[Option] | None]] = []
        for name in ("section", "tag", "source", "from", "to"):
            choices = self.select_choices.get(name)
            if choices is None:
                fields.append((self[name], None))
                continue
            current = str(self.data.get(name, "")) if self.is_bound else ""
            options = [Option(value, label, value == current) for value, label in choices]
            fields.append((self[name], options))
        return fields

    def _choice_field(self, name: str) -> forms.ChoiceField:
        return cast(forms.ChoiceField, self.fields[name])

    def _tag_choices(self) -> list[tuple[str, str]]:
        choices = list(top_tags())
        wanted = str(self.data.get("tag", ""))[:100] if self.is_bound else ""
        if _SLUG.fullmatch(wanted) and wanted not in dict(choices):
            choices += list(Tag.objects.filter(slug=wanted).values_list("slug", "name"))
        return sorted(choices, key=lambda choice: choice[1].lower())

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        first, last = cleaned.get("from"), cleaned.get("to")
        if first and last and first > last:
            self.add_error("to", "The end date is before the start date.")
        return cleaned

    @property
    def words(self) -> str:
        return str(self.cleaned_data.get("q") or "") if hasattr(self, "cleaned_data") else ""

    def filters(self) -> Filters:
        """The valid filters (an invalid one is reported beside its field and not applied)."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        return Filters(
            section=data.get("section") or "",
            tag=data.get("tag") or "",
            source=data.get("source"),
            published_from=data.get("from"),
            published_to=data.get("to"),
        )
