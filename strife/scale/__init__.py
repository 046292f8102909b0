"""strife.scale — see DESIGN.md §1."""
