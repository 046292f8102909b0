"""strife.evaluate — see DESIGN.md §1."""
