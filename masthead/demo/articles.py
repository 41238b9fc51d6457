"""The demo's articles as the site shows them: originals and scraper copies, with their outlet,
author, update time, image and the link lists printed under them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from masthead.demo.content import original_stories
from masthead.demo.content.model import Author, Outlet, Story
from masthead.demo.content.world import AUTHORS_BY_SLUG, OUTLETS_BY_SLUG, SCRAPER
from masthead.demo.scraper import scraper_copies

# A fixed instant for things without a date of their own (stylesheets, images, robots.txt),
# so the site never depends on the clock.
SITE_EPOCH = datetime(2025, 3, 1, 0, 0, 0, tzinfo=UTC)


def stable_hash(text: str) -> int:
    """A hash that is the same in every process (Python's hash() of a str is salted)."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)


@dataclass(frozen=True)
class Article:
    story: Story
    copy_of: Story | None = None  # the original, for a scraper copy

    @property
    def outlet(self) -> Outlet:
        return OUTLETS_BY_SLUG[self.story.outlet]

    @property
    def author(self) -> Author:
        return AUTHORS_BY_SLUG[self.story.author]

    @property
    def path(self) -> str:
        return self.story.path

    @property
    def headline(self) -> str:
        return self.story.headline

    @property
    def published(self) -> datetime:
        return self.story.published

    @property
    def updated(self) -> datetime:
        """Some articles were touched up after publication: minutes later, never earlier."""
        h = stable_hash("updated:" + self.path)
        if h % 3:
            return self.published
        return self.published + timedelta(minutes=5 + h % 50, seconds=h % 60)

    @property
    def image_path(self) -> str:
        return "/%s/media/%s/%s.png" % (
            self.story.outlet,
            self.published.strftime("%Y/%m"),
            self.story.slug,
        )

    @property
    def author_path(self) -> str:
        return author_path(self.author)


def post_id(article: Article) -> int:
    """The numeric id a blog engine gives a post (Northwind and the scraper show it)."""
    return 1000 + stable_hash("post:" + article.path) % 9000


def author_path(author: Author) -> str:
    return "/%s/authors/%s/" % (author.outlet, author.slug)


def section_path(outlet: str, section: str) -> str:
    return "/%s/section/%s/" % (outlet, section.lower())


@cache
def all_articles() -> tuple[Article, ...]:
    """Every article of the site, oldest first."""
    articles = [Article(story) for story in original_stories()]
    articles += [Article(copy.story, copy_of=copy.original) for copy in scraper_copies()]
    return tuple(sorted(articles, key=lambda a: (a.published, a.path)))


@cache
def articles_of(outlet: str) -> tuple[Article, ...]:
    """An outlet's articles, newest first."""
    mine = [a for a in all_articles() if a.story.outlet == outlet]
    return tuple(sorted(mine, key=lambda a: (a.published, a.path), reverse=True))


Link = tuple[str, str]  # (title, site path)

# Headlines a scraper site fills its sidebars with: unrelated to anything it copied.
_CLICKBAIT: tuple[str, ...] = (
    "7 coins analysts say could explode before summer",
    "This simple morning habit could double your savings",
    "The stock nobody is talking about (yet)",
    "Why gold could hit new highs this month",
    "Five signs the housing market is about to turn",
    "How to start trading with just 100 crowns",
    "Experts stunned by this one retirement trick",
    "Celebrity chef reveals the secret to a perfect steak",
    "Is your bank quietly charging you this fee?",
    "The three apps every investor should delete today",
)


def _clickbait(seed: str, count: int) -> list[Link]:
    start = stable_hash(seed) % len(_CLICKBAIT)
    picks = [_CLICKBAIT[(start + i * 3) % len(_CLICKBAIT)] for i in range(count)]
    return [(title, "/%s/?p=%d" % (SCRAPER, 1000 + stable_hash(title) % 9000)) for title in picks]


def link_lists(article: Article) -> dict[str, list[Link]]:
    """The link lists printed under an article, by heading."""
    own = [a for a in articles_of(article.story.outlet) if a.path != article.path]
    if article.copy_of is not None:
        # The scraper's lists are unrelated headlines: other copies about other events.
        others = sorted(
            (a for a in own if a.story.event != article.story.event or not a.story.event),
            key=lambda a: stable_hash(article.path + a.path),
        )
        return {
            "Related": [(a.headline, a.path) for a in others[:4]],
            "Ranking": _clickbait(article.path + "ranking", 5),
            "Recommendation": [(a.headline, a.path) for a in others[4:7]]
            + _clickbait(article.path + "reco", 2),
        }
    same_section = sorted(
        (a for a in own if a.story.section == article.story.section),
        key=lambda a: (abs((a.published - article.published).total_seconds()), a.path),
    )
    most_read = sorted(own, key=lambda a: stable_hash("reads:" + a.path))[:5]
    other_sections = sorted(
        (a for a in own if a.story.section != article.story.section),
        key=lambda a: stable_hash(article.path + "reco" + a.path),
    )
    return {
        "Related": [(a.headline, a.path) for a in same_section[:4]],
        "Most read": [(a.headline, a.path) for a in most_read],
        "Recommended": [(a.headline, a.path) for a in other_sections[:3]],
    }


def reaction_counts(path: str, labels: tuple[str, ...]) -> list[tuple[str, int]]:
    """Deterministic reaction counts, small like those of a small site."""
    return [(label, stable_hash(path + label) % 9) for label in labels]


# Reader comments under Northwind Courier articles (a blog-engine site), also in its comments
# feed. Generic on purpose: they must not look like article text.
_COMMENTERS = ("Harald from Ennby", "M. Sollen", "lakeside_walker", "Gerd K.", "Ingrid T.",
               "northern_exile", "Tomas B.", "anna.h")
_COMMENTS = (
    "Thanks for covering this, you won't read it anywhere else.",
    "Interesting piece. I would like to know what the council thinks.",
    "Same old story in the north, we always hear about it last.",
    "Good reporting as always. Keep it up.",
    "Does anyone know if this affects the bus timetable?",
    "My father used to say the same thing forty years ago.",
    "Finally some good news for Hollin!",
    "I'm not convinced, but let's see what happens.",
)


@dataclass(frozen=True)
class Comment:
    anchor: str  # "comment-N"
    author: str
    text: str
    posted: datetime


def comments_for(article: Article) -> list[Comment]:
    if article.story.outlet != "northwind":
        return []
    h = stable_hash("comments:" + article.path)
    count = h % 3
    result = []
    for i in range(count):
        k = stable_hash("%s:%d" % (article.path, i))
        result.append(
            Comment(
                anchor="comment-%d" % (1000 + k % 9000),
                author=_COMMENTERS[k % len(_COMMENTERS)],
                text=_COMMENTS[(k // 7) % len(_COMMENTS)],
                posted=article.published + timedelta(minutes=40 + k % 600),
            )
        )
    return result
