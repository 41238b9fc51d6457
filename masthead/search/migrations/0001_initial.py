"""The search index: an FTS5 table on SQLite, a tsvector table with a GIN index on PostgreSQL.

The index is not a Django model (its shape differs by database), so it is created here with
SQL for the connection's vendor; other databases get no index (searching them is refused with a
clear error). `post_migrate` then fills it from any existing articles
(see `masthead.search.indexing.reconcile`).
"""

from django.db import migrations

CREATE = {
    # porter: English stemming, like PostgreSQL's "english" configuration;
    # remove_diacritics: "cafe" finds "café".
    "sqlite": [
        "CREATE VIRTUAL TABLE search_document USING fts5(title, summary, body, people, tags, "
        "tokenize='porter unicode61 remove_diacritics 2')",
    ],
    "postgresql": [
        "CREATE TABLE search_document (article_id bigint PRIMARY KEY, document tsvector NOT NULL)",
        "CREATE INDEX search_document_gin ON search_document USING gin (document)",
    ],
}


def create_index(apps, schema_editor):
    for statement in CREATE.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor in CREATE:
        schema_editor.execute("DROP TABLE IF EXISTS search_document")


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
