"""`strife export`: the stored incidents as JSONL (the DESIGN.md §3 contract), GTD-layout CSV or GeoJSON."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


def export_incidents(fmt: ExportFormat, db: str | None, out: TextIO) -> int:
    """Write every stored incident to `out` in `fmt`; returns how many were written."""
    from strife.config import db_url
    from strife.export.csv_gtd import write_csv
    from strife.export.geojson import feature_collection
    from strife.export.jsonl import write_jsonl
    from strife.store import Store

    store = Store(db_url(db))
    incidents = store.iter_incidents()
    if fmt == ExportFormat.jsonl:
        return write_jsonl(incidents, out)
    if fmt == ExportFormat.csv:
        return write_csv(incidents, out)
    collection = feature_collection(incidents)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])


def register(app: typer.Typer) -> None:
    """Add `strife export` to the main app."""

    @app.command("export")
    def export(
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv (GTD layout) or geojson")] = (
            ExportFormat.jsonl
        ),
        out: Annotated[Path | None, typer.Option("--out", "-o", help="file to write (default: stdout)")] = None,
        db: Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL (default: $STRIFE_DB)")] = None,
    ) -> None:
        """Export the stored incidents: jsonl (the incident contract), csv (GTD codebook columns) or geojson."""
        if out is None:
            n = export_incidents(fmt, db, sys.stdout)
        else:
            with out.open("w", encoding="utf-8", newline="") as fh:
                n = export_incidents(fmt, db, fh)
        typer.echo(f"exported {n} incidents", err=True)
