"""Full-text search behind one interface: SQLite FTS5 or PostgreSQL, by connection vendor.

Both keep one index row per article in a table named `search_document` that Django's models do
not know: an FTS5 virtual table on SQLite, a table with a weighted tsvector and a GIN index on
PostgreSQL. Neither has a foreign key to the article table (a foreign key would stop Django's
test flush from truncating articles); every query joins the live article table through the
caller's filtered queryset instead, so a row left behind for a deleted article is never shown
and hidden articles are excluded at query time.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from django.core.exceptions import EmptyResultSet, ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from masthead.newsroom.models import Article
from masthead.search.documents import Document
from masthead.search.highlight import START, STOP, has_match
from masthead.search.query import ParsedQuery

TABLE = "search_document"


@dataclass(frozen=True)
class Hit:
    """One ranked match; `title` and `snippet` carry START/STOP markers around matches."""

    article_id: int
    score: float
    title: str
    snippet: str


def pick_snippet(body: str, summary: str) -> str:
    """The body's passage when it holds a match, else the summary's (or its start)."""
    if has_match(body) or not summary:
        return body
    return summary


class SearchBackend(ABC):
    name: ClassVar[str]
    id_column: ClassVar[str]

    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.connection = connection

    def schema_exists(self) -> bool:
        with self.connection.cursor() as cursor:
            return TABLE in self.connection.introspection.table_names(cursor)

    # Index maintenance.
    def write(self, documents: Sequence[Document], removed_ids: Collection[int]) -> None:
        """Replace the rows of `documents` and drop those of `removed_ids`."""
        with self.connection.cursor() as cursor:
            if removed_ids:
                self.delete(cursor, list(removed_ids))
            if documents:
                self.upsert(cursor, documents)

    def delete(self, cursor: Any, article_ids: list[int]) -> None:
        cursor.execute(
            "DELETE FROM %s WHERE %s IN (%s)"
            % (TABLE, self.id_column, ", ".join(["%s"] * len(article_ids))),
            article_ids,
        )

    @abstractmethod
    def upsert(self, cursor: Any, documents: Sequence[Document]) -> None: ...

    def delete_orphans(self) -> int:
        """Drop rows whose article no longer exists; how many."""
        with self.connection.cursor() as cursor:
            cursor.execute(
                "DELETE FROM %s WHERE %s NOT IN (SELECT id FROM %s)"
                % (TABLE, self.id_column, self._article_table())
            )
            return max(cursor.rowcount, 0)

    def unindexed_article_ids(self) -> list[int]:
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT id FROM %s WHERE id NOT IN (SELECT %s FROM %s) ORDER BY id"
                % (self._article_table(), self.id_column, TABLE)
            )
            return [row[0] for row in cursor.fetchall()]

    def indexed_count(self) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM %s" % TABLE)
            return int(cursor.fetchone()[0])

    @abstractmethod
    def optimise(self) -> None:
        """Compact the index after a rebuild."""

    # Searching.
    def count(self, query: ParsedQuery, candidates: QuerySet[Article]) -> int:
        """How many of `candidates` match `query`."""
        subquery = self._candidates_sql(candidates)
        if subquery is None or query.is_empty:
            return 0
        return self.run_count(query, *subquery)

    def hits(self, query: ParsedQuery, candidates: QuerySet[Article], offset: int,
             limit: int) -> list[Hit]:
        """The matches among `candidates`, best first, from `offset`, at most `limit`."""
        subquery = self._candidates_sql(candidates)
        if subquery is None or query.is_empty or limit <= 0:
            return []
        return self.run_hits(query, subquery[0], subquery[1], offset, limit)

    @abstractmethod
    def run_count(self, query: ParsedQuery, candidates_sql: str,
                  candidates_params: Sequence[Any]) -> int: ...

    @abstractmethod
    def run_hits(self, query: ParsedQuery, candidates_sql: str,
                 candidates_params: Sequence[Any], offset: int, limit: int) -> list[Hit]: ...

    def _candidates_sql(self, candidates: QuerySet[Article]) -> tuple[str, Sequence[Any]] | None:
        """SQL selecting the ids of `candidates` (None when the filters exclude everything)."""
        ids = candidates.order_by().values("pk")
        try:
            sql, params = ids.query.get_compiler(connection=self.connection).as_sql()
        except EmptyResultSet:
            return None
        return sql, tuple(params)

    def _article_table(self) -> str:
        return self.connection.ops.quote_name(Article._meta.db_table)


class SqliteFts5Backend(SearchBackend):
    name = "SQLite FTS5"
    id_column = "rowid"
    # bm25 column weights, in the table's column order: a title match counts ten body matches.
    WEIGHTS = (10.0, 3.0, 1.0, 5.0, 5.0)
    SNIPPET_TOKENS = 32

    def upsert(self, cursor: Any, documents: Sequence[Document]) -> None:
        # SQLite has one writer at a time, so delete-then-insert cannot race.
        self.delete(cursor, [document.article_id for document in documents])
        cursor.executemany(
            "INSERT INTO %s(rowid, title, summary, body, people, tags) "
            "VALUES (%%s, %%s, %%s, %%s, %%s, %%s)" % TABLE,
            [(d.article_id, d.title, d.summary, d.body, d.people, d.tags) for d in documents],
        )

    def optimise(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute("INSERT INTO %s(%s) VALUES ('optimize')" % (TABLE, TABLE))

    def _candidates_sql(self, candidates: QuerySet[Article]) -> tuple[str, Sequence[Any]] | None:
        """SQL that is true when the current match's article is among `candidates`.

        Each match is checked by primary key (EXISTS, correlated on the FTS rowid). The
        alternatives measured worse: `rowid IN (candidates)` hands every candidate id to FTS5
        as a separate full-text lookup (100 times slower on the demo), and `+rowid IN (...)`
        first builds a list of every visible article (30 ms at 20,000 articles, however few
        match). A PK lookup per match costs about 2 ms per thousand matches.
        """
        return super()._candidates_sql(
            candidates.filter(pk=RawSQL("%s.rowid" % TABLE, ()))
        )

    def run_count(self, query: ParsedQuery, candidates_sql: str,
                  candidates_params: Sequence[Any]) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM %s WHERE %s MATCH %%s AND EXISTS (%s)"
                % (TABLE, TABLE, candidates_sql),
                (query.fts5(), *candidates_params),
            )
            return int(cursor.fetchone()[0])

    def run_hits(self, query: ParsedQuery, candidates_sql: str,
                 candidates_params: Sequence[Any], offset: int, limit: int) -> list[Hit]:
        match = query.fts5()
        weights = ", ".join("%.1f" % weight for weight in self.WEIGHTS)
        # The page is chosen first, so snippets are made for its rows only, not every match;
        # CROSS JOIN keeps that order, so the second MATCH is only tested on the page's rows.
        sql = (
            "WITH page(id, score) AS ("
            " SELECT rowid, bm25({t}, {w}) FROM {t} WHERE {t} MATCH %s AND EXISTS ({c})"
            " ORDER BY 2, rowid DESC LIMIT %s OFFSET %s) "
            "SELECT page.id, page.score, highlight({t}, 0, %s, %s),"
            " snippet({t}, 2, %s, %s, %s, {n}), snippet({t}, 1, %s, %s, %s, {n}) "
            "FROM page CROSS JOIN {t} ON {t}.rowid = page.id WHERE {t} MATCH %s "
            "ORDER BY page.score, page.id DESC"
        ).format(t=TABLE, w=weights, c=candidates_sql, n=self.SNIPPET_TOKENS)
        params = (match, *candidates_params, limit, offset, START, STOP,
                  START, STOP, "\u2026", START, STOP, "\u2026", match)
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        # bm25 is lower for better matches; the sign is flipped so that higher is better.
        return [Hit(row[0], -row[1], row[2], pick_snippet(row[3], row[4])) for row in rows]


class PostgresBackend(SearchBackend):
    name = "PostgreSQL full-text search"
    id_column = "article_id"
    CONFIG = "english"
    # ts_rank_cd weights for D (body), C (summary), B (people, tags), A (title).
    WEIGHTS = "{0.1, 0.3, 0.5, 1.0}"
    # 1: divide the rank by 1 + log(document length), so long articles do not win by size.
    NORMALISATION = 1
    TITLE_OPTIONS = "StartSel=%s, StopSel=%s, HighlightAll=true" % (START, STOP)
    SNIPPET_OPTIONS = (
        'StartSel=%s, StopSel=%s, MaxWords=30, MinWords=12, MaxFragments=2, '
        'FragmentDelimiter=" \u2026 "' % (START, STOP)
    )

    def upsert(self, cursor: Any, documents: Sequence[Document]) -> None:
        vector = " || ".join(
            "setweight(to_tsvector(%%s::regconfig, %%s), '%s')" % weight
            for weight in ("A", "C", "D", "B", "B")
        )
        rows = []
        for d in documents:
            rows.append((d.article_id, self.CONFIG, d.title, self.CONFIG, d.summary,
                         self.CONFIG, d.body, self.CONFIG, d.people, self.CONFIG, d.tags))
        # ON CONFLICT: two workers indexing one article at once must not collide.
        cursor.executemany(
            "INSERT INTO %s (article_id, document) VALUES (%%s, %s) ON CONFLICT (article_id) "
            "DO UPDATE SET document = EXCLUDED.document" % (TABLE, vector), rows
        )

    def optimise(self) -> None:
        """Nothing to do: autovacuum keeps the GIN index in shape."""

    def run_count(self, query: ParsedQuery, candidates_sql: str,
                  candidates_params: Sequence[Any]) -> int:
        # The query comes from a materialised CTE, as in run_hits: with the tsquery as a
        # constant the planner guesses from its statistics and may scan every document
        # (40 ms at 20,000 articles, where the GIN index takes 2).
        with self.connection.cursor() as cursor:
            cursor.execute(
                "WITH query AS MATERIALIZED (SELECT to_tsquery(%%s::regconfig, %%s) AS q) "
                "SELECT count(*) FROM %s d CROSS JOIN query "
                "WHERE d.document @@ query.q AND d.article_id IN (%s)" % (TABLE, candidates_sql),
                (self.CONFIG, query.tsquery(), *candidates_params),
            )
            return int(cursor.fetchone()[0])

    def run_hits(self, query: ParsedQuery, candidates_sql: str,
                 candidates_params: Sequence[Any], offset: int, limit: int) -> list[Hit]:
        article = self._article_table()
        markers = START + STOP
        # The page is chosen first, so headlines are made for its rows only, not every match.
        sql = (
            "WITH query AS MATERIALIZED (SELECT to_tsquery(%s::regconfig, %s) AS q), "
            "page AS ("
            " SELECT d.article_id, ts_rank_cd(%s::float4[], d.document, query.q, %s) AS score"
            " FROM {t} d CROSS JOIN query"
            " WHERE d.document @@ query.q AND d.article_id IN ({c})"
            " ORDER BY score DESC, d.article_id DESC LIMIT %s OFFSET %s) "
            "SELECT page.article_id, page.score,"
            " ts_headline(%s::regconfig, translate(a.title, %s, ''), query.q, %s),"
            # The summary's headline only when the body's has no match (see pick_snippet):
            # ts_headline parses the whole text, and is the dearest part of a page of hits.
            " CASE WHEN body.headline LIKE %s OR a.summary = '' THEN body.headline"
            " ELSE ts_headline(%s::regconfig, translate(a.summary, %s, ''), query.q, %s) END "
            "FROM page JOIN {a} a ON a.id = page.article_id CROSS JOIN query"
            " CROSS JOIN LATERAL (SELECT ts_headline(%s::regconfig, translate(a.text, %s, ''),"
            " query.q, %s) AS headline) body "
            "ORDER BY page.score DESC, page.article_id DESC"
        ).format(t=TABLE, c=candidates_sql, a=article)
        params = (
            self.CONFIG, query.tsquery(), self.WEIGHTS, self.NORMALISATION,
            *candidates_params, limit, offset,
            self.CONFIG, markers, self.TITLE_OPTIONS,
            "%" + START + "%", self.CONFIG, markers, self.SNIPPET_OPTIONS,
            self.CONFIG, markers, self.SNIPPET_OPTIONS,
        )
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return [Hit(row[0], float(row[1]), row[2], row[3]) for row in rows]


BACKENDS: dict[str, type[SearchBackend]] = {
    "sqlite": SqliteFts5Backend,
    "postgresql": PostgresBackend,
}


def backend_for(using: str = DEFAULT_DB_ALIAS) -> SearchBackend:
    """The search backend for the database `using` (by its vendor)."""
    connection = connections[using]
    try:
        backend_class = BACKENDS[connection.vendor]
    except KeyError:
        raise ImproperlyConfigured(
            "Full-text search supports SQLite and PostgreSQL, not %s." % connection.vendor
        ) from None
    return backend_class(connection)
