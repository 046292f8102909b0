"""`strife ingest`: articles as JSON lines on stdout, skipped inputs on stderr, exit code 3 when any were skipped."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from strife.ingest.commands import register
from strife.model import Article

TEXT = "Bus bombed near Jalalabad\n\nA roadside bomb hit a bus near Jalalabad on Sunday, killing nine passengers."


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # a second command keeps `ingest` a named subcommand
    return app


def test_ingest_writes_articles_and_reports_skips(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_bytes(b"")
    result = CliRunner().invoke(_app(), ["ingest", str(tmp_path)])
    assert result.exit_code == 3
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    (art,) = [Article.model_validate(json.loads(line)) for line in lines]
    assert art.text == TEXT
    assert "skipped" in result.output and "b.txt: empty" in result.output


def test_ingest_to_file_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(_app(), ["ingest", str(tmp_path / "a.txt"), "--out", str(out), "--no-text"])
    assert result.exit_code == 0
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert "text" not in record and record["title"] == "Bus bombed near Jalalabad"
