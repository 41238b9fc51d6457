"""No models: the index's shape differs by database, so its table is created by the migration.

The module exists because Django sends `post_migrate` only to apps that have one, and the
index is checked against the articles after every migrate (see `indexing.reconcile`).
"""
