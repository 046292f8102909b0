"""strife.store — see DESIGN.md §1."""
