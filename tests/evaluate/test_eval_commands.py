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


def test_bench_muc4_score_only_labels_each_reading(tmp_path: Path) -> None:
    doc = {"docid": "TST9-MUC4-0001", "doctext": "invented: rebels burned a farm.", "templates": []}
    (tmp_path / "dev.json").write_text(json.dumps(doc) + "\n")
    empty = {"90001": {"docid": "TST9-MUC4-0001", "pred_templates": []}}
    (tmp_path / "p.json").write_text(json.dumps(empty))
    args = ["bench", "muc4", "--docs", str(tmp_path / "dev.json"), "--out", str(tmp_path / "p.json"), "--score-only"]
    alone = CliRunner().invoke(_app(), args)
    assert alone.exit_code == 0, alone.output
    assert "CEAF-REE (p.json)" in alone.output and "p.reports.json" not in alone.output
    (tmp_path / "p.reports.json").write_text(json.dumps(empty))
    both = CliRunner().invoke(_app(), args)
    assert "CEAF-REE (p.json)" in both.output and "Template F1 (p.reports.json)" in both.output
