"""strife.extract — see DESIGN.md §1."""
