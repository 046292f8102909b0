"""strife.nlp — see DESIGN.md §1."""
