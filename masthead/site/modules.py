"""Discovery modules under an article: Related, Ranking, Recommended, and any registered later.

A module is a small class: `items()` picks the articles, `explain()` says why one was picked.
The built-ins are registered exactly as a new module would be:

    class LatestModule(DiscoveryModule):
        key = "latest"
        title = "Latest"

        def items(self, article, reader, limit):
            return [Suggestion(a) for a in listed_articles().exclude(pk=article.pk)[:limit]]

    register(LatestModule)

Modules marked `personal` depend on the reader (their id is passed); the others are the same
for every reader of an article, so a cache may keep them. The article page is one shared page
for every reader: it shows each personal module rendered with no reader (what a new reader
gets, so a personal module must make sense without one), and the page's script swaps in the
reader's own rendering from `/article/<slug>/for-you`. These are simple honest versions
(shared tags and section, recent reads with time decay, the reader's reads); the discovery
issue replaces them with measured ones behind the same interface.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import ClassVar

from django.db.models import (
    Case,
    Count,
    FloatField,
    Prefetch,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.expressions import Combinable
from django.utils import timezone

from masthead.newsroom.models import Article, Tag
from masthead.readers.models import ArticleView, Reaction

# People, places and organisations pin an article to one event; topics are broader.
SPECIFIC_TAG_KINDS = (Tag.Kind.PERSON, Tag.Kind.PLACE, Tag.Kind.ORGANISATION)
SPECIFIC_TAG_WEIGHT = 3
TOPIC_TAG_WEIGHT = 2
SECTION_WEIGHT = 1


@dataclass
class Suggestion:
    """One suggested article and what `explain` needs to say why."""

    article: Article
    score: float = 0.0
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Entry:
    article: Article
    why: str


@dataclass(frozen=True)
class RenderedModule:
    key: str
    title: str
    template_name: str
    empty_text: str
    entries: list[Entry]


class DiscoveryModule:
    key: ClassVar[str]
    title: ClassVar[str]
    personal: ClassVar[bool] = False
    limit: ClassVar[int] = 5
    template_name: ClassVar[str] = "site/article/_module.html"
    empty_text: ClassVar[str] = "Nothing to suggest yet."

    def __init__(self, avoid: frozenset[int] = frozenset()) -> None:
        # Articles the modules before this one list: a page never links one article twice.
        self.avoid = avoid

    def items(self, article: Article, reader: str | None, limit: int) -> list[Suggestion]:
        raise NotImplementedError

    def explain(self, item: Suggestion) -> str:
        return ""

    def render(self, article: Article, reader: str | None) -> RenderedModule:
        # One link per story: outlets reporting one event would otherwise fill a list. Ask for
        # more than needed, so that the list is still full after the repeats are dropped.
        entries: list[Entry] = []
        stories: set[int] = set()
        for item in self.items(article, reader, self.limit * 2):
            story = item.article.story_id
            if story is not None and story in stories:
                continue
            if story is not None:
                stories.add(story)
            entries.append(Entry(item.article, self.explain(item)))
            if len(entries) == self.limit:
                break
        return RenderedModule(self.key, self.title, self.template_name, self.empty_text, entries)


_REGISTRY: dict[str, type[DiscoveryModule]] = {}


def register(module: type[DiscoveryModule]) -> type[DiscoveryModule]:
    """Add (or replace, by key) a module; usable as a class decorator."""
    _REGISTRY[module.key] = module
    return module


def unregister(key: str) -> None:
    _REGISTRY.pop(key, None)


def registered() -> list[type[DiscoveryModule]]:
    return list(_REGISTRY.values())


def render_modules(article: Article, reader: str | None = None, *, personal: bool,
                   avoid: Iterable[int] = ()) -> list[RenderedModule]:
    """The registered modules that are (or are not) personal, in registration order.

    `reader` is the id of a reader with stored activity, or None; non-personal modules never
    see it, so their output can be shared between readers. `avoid` names articles already
    listed on the page (by the non-personal modules); each module also avoids its elders'.
    """
    shown = set(avoid)
    rendered = []
    for module in _REGISTRY.values():
        if module.personal != personal:
            continue
        output = module(frozenset(shown)).render(article, reader if personal else None)
        shown.update(entry.article.pk for entry in output.entries)
        rendered.append(output)
    return rendered


def listed_ids(rendered: Iterable[RenderedModule]) -> set[int]:
    return {entry.article.pk for output in rendered for entry in output.entries}


def listed_articles() -> QuerySet[Article]:
    """Visible articles with only what a link list shows.

    Copies (another outlet's text lifted, often with spam injected) are never suggested: a
    reader reaches them through their story's page, beside the original.
    """
    return Article.objects.filter(is_hidden=False, copy_of__isnull=True).only(
        "id", "slug", "title", "published_at", "site_name", "section_id", "story_id"
    )


def _tag_overlap_score(tags: Iterable[Tag], section_ids: set[int]) -> Combinable:
    """A score expression: weighted count of shared tags, plus a bonus for a shared section."""
    specific = [tag.pk for tag in tags if tag.kind in SPECIFIC_TAG_KINDS]
    topics = [tag.pk for tag in tags if tag.kind not in SPECIFIC_TAG_KINDS]
    score: Combinable = Value(0)
    if specific:
        score = score + SPECIFIC_TAG_WEIGHT * Count("tags", filter=Q(tags__in=specific),
                                                    distinct=True)
    if topics:
        score = score + TOPIC_TAG_WEIGHT * Count("tags", filter=Q(tags__in=topics), distinct=True)
    if section_ids:
        score = score + Case(When(section_id__in=section_ids, then=Value(SECTION_WEIGHT)),
                             default=Value(0))
    return score


def _other_stories(article: Article) -> QuerySet[Article]:
    """Visible articles other than this one and the other versions of its story."""
    query = listed_articles().exclude(pk=article.pk)
    if article.story_id:
        query = query.exclude(story_id=article.story_id)
    return query


def _latest(query: QuerySet[Article], exclude_ids: Iterable[int], limit: int) -> list[Article]:
    if limit <= 0:
        return []
    return list(query.exclude(pk__in=list(exclude_ids)).order_by("-published_at", "-id")[:limit])


class RelatedModule(DiscoveryModule):
    """Articles sharing tags (people, places, organisations weigh more) and the section.

    Other versions of the same story are left out: "Also reported by" links to them.
    """

    key = "related"
    title = "Related"
    empty_text = "No related articles yet."

    def items(self, article: Article, reader: str | None, limit: int) -> list[Suggestion]:
        tags = list(article.tags.all())
        sections = {article.section_id} if article.section_id else set()
        if not tags and not sections:
            return []
        query = _other_stories(article)
        shared = Prefetch("tags", queryset=Tag.objects.filter(pk__in=[t.pk for t in tags]),
                          to_attr="shared_tags")
        found = (query.annotate(score=_tag_overlap_score(tags, sections)).filter(score__gt=0)
                 .order_by("-score", "-published_at", "-id").prefetch_related(shared)[:limit])
        return [Suggestion(item, float(item.score),  # type: ignore[attr-defined]
                           [tag.name for tag in item.shared_tags])  # type: ignore[attr-defined]
                for item in found]

    def explain(self, item: Suggestion) -> str:
        if item.evidence:
            return "Also about " + ", ".join(item.evidence)
        return "Same section"


class RankingModule(DiscoveryModule):
    """Most read: counted reads of the last days, a read losing half its weight per half-life.

    Bots, prefetches and repeated reads are never counted (`masthead.readers.reads`). While no
    article has reads (a new site), the latest articles stand in, said as such.
    """

    key = "ranking"
    title = "Most read"
    days: ClassVar[int] = 7
    half_life_days: ClassVar[float] = 2.0

    def items(self, article: Article, reader: str | None, limit: int) -> list[Suggestion]:
        now = timezone.now()
        # One weight per day of age, so the decay is computed by the database in one query.
        weights = [When(reader_views__viewed_at__gte=now - timedelta(days=age + 1),
                        then=Value(0.5 ** (age / self.half_life_days)))
                   for age in range(self.days)]
        found = (
            listed_articles().exclude(pk=article.pk).exclude(pk__in=list(self.avoid))
            .filter(reader_views__viewed_at__gte=now - timedelta(days=self.days))
            .annotate(score=Sum(Case(*weights, default=Value(0.0), output_field=FloatField())),
                      reads=Count("reader_views"))
            .order_by("-score", "-published_at", "-id")[:limit]
        )
        items = [Suggestion(item, item.score, ["%d" % item.reads])  # type: ignore[attr-defined]
                 for item in found]
        if items:
            return items
        return [Suggestion(latest) for latest in _latest(_other_stories(article), self.avoid,
                                                         limit)]

    def explain(self, item: Suggestion) -> str:
        if not item.evidence:
            return "New"
        reads = int(item.evidence[0])
        period = "this week" if self.days == 7 else "in %d days" % self.days
        return "%d read%s %s" % (reads, "" if reads == 1 else "s", period)


class RecommendedModule(DiscoveryModule):
    """Unread articles like the ones this reader read or reacted to lately.

    A new reader (or one whose reads share nothing with other articles) gets the latest
    articles instead, and is told so.
    """

    key = "recommended"
    title = "Recommended for you"
    personal = True
    seeds: ClassVar[int] = 10

    def items(self, article: Article, reader: str | None, limit: int) -> list[Suggestion]:
        seeds = self._seeds(article, reader) if reader else []
        unread = self._unread(article, reader, seeds).exclude(pk__in=list(self.avoid))
        items = self._similar(unread, seeds, limit) if seeds else []
        shown = [item.article.pk for item in items]
        items += [Suggestion(latest) for latest in _latest(unread, shown, limit - len(items))]
        return items

    def explain(self, item: Suggestion) -> str:
        if item.evidence:
            return "Because you read \u201c%s\u201d" % item.evidence[0]
        return "Latest news"

    def _seeds(self, article: Article, reader: str) -> list[Article]:
        """The reader's latest distinct reads and reactions, with their tags (two queries)."""
        views = ArticleView.objects.filter(reader=reader).values_list("article_id", "viewed_at")
        reactions = Reaction.objects.filter(reader=reader).values_list("article_id", "created_at")
        latest = views.union(reactions, all=True).order_by("-viewed_at")[: self.seeds * 5]
        seed_ids: list[int] = []
        for article_id, _ in latest:
            if article_id != article.pk and article_id not in seed_ids:
                seed_ids.append(article_id)
        if not seed_ids:
            return []
        seed_ids = seed_ids[: self.seeds]
        # Any article read counts, a copy or one hidden since included: it says what they like.
        found = {seed.pk: seed for seed in Article.objects.filter(pk__in=seed_ids)
                 .only("id", "title", "section_id", "story_id")
                 .prefetch_related(Prefetch("tags", queryset=Tag.objects.only("id", "kind")))}
        return [found[pk] for pk in seed_ids if pk in found]

    def _unread(self, article: Article, reader: str | None,
                seeds: list[Article]) -> QuerySet[Article]:
        """Candidates: not this story, nothing the reader read or reacted to, nor its stories."""
        query = _other_stories(article)
        if reader is None:
            return query
        stories = {seed.story_id for seed in seeds if seed.story_id}
        if stories:  # another outlet's version of a story already read is not news
            query = query.exclude(story_id__in=stories)
        return (query
                .exclude(pk__in=ArticleView.objects.filter(reader=reader).values("article_id"))
                .exclude(pk__in=Reaction.objects.filter(reader=reader).values("article_id")))

    def _similar(self, unread: QuerySet[Article], seeds: list[Article],
                 limit: int) -> list[Suggestion]:
        tags = {tag.pk: tag for seed in seeds for tag in seed.tags.all()}
        sections = {seed.section_id for seed in seeds if seed.section_id}
        matched = Prefetch("tags", queryset=Tag.objects.filter(pk__in=list(tags)).only("id"),
                           to_attr="matched_tags")
        found = (unread.annotate(score=_tag_overlap_score(tags.values(), sections))
                 .filter(score__gt=0).order_by("-score", "-published_at", "-id")
                 .prefetch_related(matched)[:limit])
        items = []
        for item in found:
            matched_ids = {tag.pk for tag in item.matched_tags}  # type: ignore[attr-defined]
            because = _closest_seed(item, matched_ids, seeds)
            items.append(Suggestion(item, float(item.score),  # type: ignore[attr-defined]
                                    [because.title]))
        return items


def _closest_seed(item: Article, tag_ids: set[int], seeds: list[Article]) -> Article:
    """The read sharing most tags with `item` (then its section); the latest read on ties."""
    def overlap(seed: Article) -> tuple[int, int]:
        shared = len(tag_ids & {tag.pk for tag in seed.tags.all()})
        return shared, int(bool(seed.section_id) and seed.section_id == item.section_id)

    return max(seeds, key=overlap)  # max keeps the first (latest) seed among equals


register(RelatedModule)
register(RankingModule)
register(RecommendedModule)
