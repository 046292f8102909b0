"""strife.ingest — see DESIGN.md §1."""
