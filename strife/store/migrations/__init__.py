"""Alembic migrations for the store, run programmatically by `Store.init()` (no alembic.ini needed)."""
