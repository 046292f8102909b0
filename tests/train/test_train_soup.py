"""`strife train soup`: weight averages of runs, and the greedy choice of which runs to average."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file
from typer.testing import CliRunner

from strife.cli import app
from strife.train.soup import average, greedy_soup, write_soup


def _run(root: Path, name: str, value: float, best: float) -> Path:
    run = root / name
    run.mkdir()
    save_file(
        {"w": np.full((2, 3), value, dtype=np.float16), "b": np.full(3, value, dtype=np.float16)},
        str(run / "weights.safetensors"),
    )
    summary = {"config": {"seed": 13, "lr": value}, "best": best, "history": [{"epoch": 1, "dev_ree_f1": best}]}
    (run / "training.json").write_text(json.dumps(summary))
    (run / "tokenizer.json").write_text("{}")
    return run


def test_average_is_elementwise_and_keeps_dtype(tmp_path: Path) -> None:
    a, b = _run(tmp_path, "a", 1.0, 40.0), _run(tmp_path, "b", 3.0, 41.0)
    soup = average([load_file(str(r / "weights.safetensors")) for r in (a, b)])
    assert soup["w"].dtype == np.float16 and (soup["w"] == 2.0).all() and (soup["b"] == 2.0).all()


def test_average_refuses_different_networks() -> None:
    with pytest.raises(ValueError, match="different networks"):
        average([{"w": np.zeros(2)}, {"w": np.zeros(3)}])
    with pytest.raises(ValueError, match="nothing"):
        average([])


def test_greedy_soup_keeps_only_runs_that_do_not_lower_the_score(tmp_path: Path) -> None:
    runs = [_run(tmp_path, "a", 1.0, 40.0), _run(tmp_path, "b", 3.0, 45.0), _run(tmp_path, "c", 100.0, 42.0)]

    def score(state: dict[str, np.ndarray]) -> float:  # best near w = 2.5; far-off weights score badly
        return 50.0 - abs(float(state["w"].mean()) - 2.5)

    kept, state, log = greedy_soup(runs, score)
    assert [r.name for r in kept] == ["b", "a"]  # tried best first (b), then c (rejected: mean 51.5), then a
    assert [entry["kept"] for entry in log] == [True, False, True]
    assert float(state["w"].mean()) == 2.0
    out = write_soup(kept, tmp_path / "soup", state, log)
    summary = json.loads((tmp_path / "soup" / "training.json").read_text())
    assert summary["soup"] == [str(r) for r in kept] and summary["best"] == 49.5
    assert set(summary["runs"]) == {str(r) for r in kept} and (tmp_path / "soup" / "tokenizer.json").is_file()
    assert (load_file(str(out))["b"] == 2.0).all()


def test_soup_command_averages_and_refuses_non_runs(tmp_path: Path) -> None:
    a, b = _run(tmp_path, "a", 1.0, 40.0), _run(tmp_path, "b", 2.0, 41.0)
    result = CliRunner().invoke(app, ["train", "soup", str(a), str(b), "--out", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert (load_file(str(tmp_path / "s" / "weights.safetensors"))["w"] == 1.5).all()
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(app, ["train", "soup", str(a), str(tmp_path / "empty")])
    text = re.sub(r"[\s│╭╮╰╯─]+", " ", result.output)  # rich wraps the error in a box
    assert result.exit_code != 0 and "is no `strife train muc4` run" in text
