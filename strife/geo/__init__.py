"""strife.geo — see DESIGN.md §1."""
