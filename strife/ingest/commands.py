"""CLI: `strife ingest PATHS...` reads and cleans articles without extracting, writing them as JSON lines."""

from __future__ import annotations

import sys
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add the `ingest` command to the main app."""
    app.command("ingest")(ingest)


def ingest(
    paths: list[str] = typer.Argument(..., help="files, folders, globs or http(s) URLs (txt, html, jsonl, warc, rss)"),
    out: Path | None = typer.Option(None, "--out", "-o", help="write articles here (default: stdout)"),
    text: bool = typer.Option(True, "--text/--no-text", help="include each article's clean text"),
) -> None:
    """Read and clean articles: one Article JSON a line; each skipped input is one line on stderr.

    Exit code 0 when every input was read, 3 when some were skipped.
    """
    from strife.ingest import iter_articles
    from strife.model import Article

    skipped = 0
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for item in iter_articles(paths):
            if isinstance(item, Article):
                exclude = None if text else {"text"}
                sink.write(item.model_dump_json(exclude=exclude) + "\n")
            else:
                skipped += 1
                print(str(item), file=sys.stderr)
    finally:
        if out:
            sink.close()
    if skipped:
        raise typer.Exit(3)
