"""Export trained tagger weights to ONNX (fp32, then int8 dynamic quantisation) for torch-free inference."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import torch

from strife.train.model import RoleTaggerNet, load_encoder


def load_trained(run_dir: Path) -> RoleTaggerNet:
    """The network of a training run directory (config.json + weights.safetensors)."""
    from safetensors.torch import load_file

    encoder_only = run_dir / "_encoder_probe"
    encoder_only.mkdir(exist_ok=True)
    shutil.copy(run_dir / "config.json", encoder_only / "config.json")
    state = {k: v.float() for k, v in load_file(str(run_dir / "weights.safetensors")).items()}
    from safetensors.torch import save_file

    save_file(
        {k.removeprefix("encoder."): v for k, v in state.items() if k.startswith("encoder.")},
        str(encoder_only / "model.safetensors"),
    )
    net = RoleTaggerNet(load_encoder(encoder_only))
    shutil.rmtree(encoder_only)
    net.load_state_dict(state)
    return net.eval()


def export_onnx(run_dir: Path, out_dir: Path, quantize: bool = True) -> Path:
    """Write model.onnx (int8 when `quantize`), tokenizer.json and tagger.json (the run's summary) to out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    net = load_trained(run_dir)
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    fp32 = out_dir / ("model.fp32.onnx" if quantize else "model.onnx")
    torch.onnx.export(
        net,
        (ids, mask),
        str(fp32),
        input_names=["input_ids", "attention_mask"],
        output_names=["token_logits", "doc_logits"],
        dynamic_axes={
            "input_ids": {0: "windows", 1: "width"},
            "attention_mask": {0: "windows", 1: "width"},
            "token_logits": {0: "windows", 1: "width"},
            "doc_logits": {0: "windows"},
        },
        opset_version=17,
        dynamo=False,
    )
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        # Per-channel uint8 weights: MUC-4 dev CEAF-REE F1 41.97 against 42.16 in fp32 (one-template decoding),
        # where per-tensor int8 lost 3.6 points (38.54) and signed per-channel int8 1.4 (40.75).
        quantize_dynamic(str(fp32), str(out_dir / "model.onnx"), weight_type=QuantType.QUInt8, per_channel=True)
        fp32.unlink()
    shutil.copy(run_dir / "tokenizer.json", out_dir / "tokenizer.json")
    summary = json.loads((run_dir / "training.json").read_text()) if (run_dir / "training.json").is_file() else {}
    (out_dir / "tagger.json").write_text(json.dumps(summary, indent=1))
    return out_dir / "model.onnx"
