"""`strife export` reads the store and writes the chosen format to stdout or --out."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import strife.store
from strife.export.commands import register
from strife.model import Incident


@pytest.fixture()
def app(monkeypatch: pytest.MonkeyPatch, incident: Incident) -> typer.Typer:
    class FakeStore:
        def __init__(self, url: str | None = None) -> None:
            self.url = url

        def iter_incidents(self) -> Iterator[Incident]:
            yield incident

    monkeypatch.setattr(strife.store, "Store", FakeStore, raising=False)
    app = typer.Typer()
    register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps `export` a named sub-command
        pass

    return app


def test_export_jsonl_stdout(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "jsonl", "--db", "sqlite:///x.db"])
    assert result.exit_code == 0, result.output
    line = next(s for s in result.stdout.splitlines() if s.startswith("{"))
    assert json.loads(line)["id"] == "inc_0123456789abcdef"


def test_export_csv_and_geojson_to_file(app: typer.Typer, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    assert CliRunner().invoke(app, ["export", "--format", "csv", "--out", str(out)]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows[0]["gname"] == "Islamic State"
    gj = tmp_path / "x.geojson"
    assert CliRunner().invoke(app, ["export", "-f", "geojson", "-o", str(gj)]).exit_code == 0
    assert json.loads(gj.read_text())["features"][0]["geometry"]["type"] == "Point"
