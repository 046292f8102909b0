"""Alembic environment: runs on the connection that `strife.store.migrate.upgrade` hands over."""

from __future__ import annotations

from alembic import context

from strife.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through strife.store.migrate.upgrade(), which passes a connection")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
