"""strife.export — see DESIGN.md §1."""
