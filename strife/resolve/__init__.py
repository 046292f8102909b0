"""strife.resolve — see DESIGN.md §1."""
