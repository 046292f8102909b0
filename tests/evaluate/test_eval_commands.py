"""`strife eval` and the `bench` sub-app are registered and score a gold file end to end."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from strife.evaluate.commands import register


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def test_eval_command(tmp_path: Path) -> None:
    gold = {"incidents": [{"key": "k", "reported_in": ["doc1"], "date": "2020", "killed": {"best": [3]}}]}
    pred = {
        "id": "inc_1",
        "date": {"value": "2020-05-01"},
        "killed": {"best": 4},
        "reports": [{"uri": "file:///doc1.txt"}],
    }
    (tmp_path / "g.json").write_text(json.dumps(gold))
    (tmp_path / "p.jsonl").write_text(json.dumps(pred) + "\n")
    result = CliRunner().invoke(_app(), ["eval", str(tmp_path / "g.json"), str(tmp_path / "p.jsonl")])
    assert result.exit_code == 0, result.output
    assert "score: 2/3 fields (66.7%), incidents found 1/1, spurious 0" in result.output
    as_json = CliRunner().invoke(_app(), ["eval", str(tmp_path / "g.json"), str(tmp_path / "p.jsonl"), "--json"])
    assert json.loads(as_json.output)["per_field"]["killed best"] == {"right": 0, "asked": 1}


def test_bench_commands_listed() -> None:
    result = CliRunner().invoke(_app(), ["bench", "--help"])
    assert result.exit_code == 0
    for name in ("muc4", "keys", "gvdb", "gva"):
        assert name in result.output
