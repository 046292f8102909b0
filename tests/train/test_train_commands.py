"""`strife train`: registered on the CLI, with clear errors for missing inputs (no torch needed for these)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from strife.cli import app

runner = CliRunner()


def test_train_commands_are_listed() -> None:
    result = runner.invoke(app, ["train", "--help"])
    assert result.exit_code == 0
    assert "muc4" in result.output and "export" in result.output


def test_export_of_a_folder_without_weights_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "export", str(tmp_path)])
    assert result.exit_code != 0
    assert "weights.safetensors" in result.output


def test_missing_training_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    result = runner.invoke(app, ["train", "muc4", "--train", str(missing), "--out", str(tmp_path / "run")])
    assert result.exit_code != 0
    assert "nope.json" in result.output
