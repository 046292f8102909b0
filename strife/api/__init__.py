"""strife.api — see DESIGN.md §1."""
