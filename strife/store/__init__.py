"""strife.store — articles, reports and incidents on SQLite (default) or PostgreSQL; see DESIGN.md §6."""

from strife.store.store import Store

__all__ = ["Store"]
