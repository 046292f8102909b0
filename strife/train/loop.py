"""Fine-tune the role tagger on MUC-4 train and keep the epoch that scores best on dev (CEAF-REE F1).

Reproducible: seeds fixed for Python, NumPy and torch, data order drawn from the seed. Runs on a GPU when one is
there (bf16 autocast), else on the CPU (slow: ~1 h an epoch on two cores; use --limit to try it).
"""

from __future__ import annotations

import copy
import json
import random
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from strife.extract.roles import LABELS, Encoded, TaggedDoc, encode, tag_from_outputs
from strife.train.data import Doc, Windows, build_windows, load
from strife.train.evaluate import score_tagged
from strife.train.model import RoleTaggerNet, load_encoder


@dataclass
class TrainConfig:
    """Everything a run depends on; written beside the weights."""

    train: str
    dev: str
    base: str
    out: str
    epochs: int = 15
    lr: float = 1e-4
    head_lr: float = 3e-3
    batch_size: int = 16
    warmup: float = 0.1
    doc_loss_weight: float = 1.0
    role_weight: float = 2.0  # loss weight of every B-/I- label against O (recall of rare fillers)
    perp_weight: float = 1.0  # further weight on PerpInd labels, the role the tagger misses most
    ema: float = 0.0  # decay of an exponential moving average of the weights, evaluated and saved when > 0
    eval_from: int = 1  # first epoch scored on dev (earlier ones are rarely the best; saves time on a GPU box)
    seed: int = 13
    limit: int | None = None


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)


def label_weights(cfg: TrainConfig) -> torch.Tensor:
    """Cross-entropy weight per BIO label: O is 1, role labels role_weight, PerpInd's times perp_weight."""
    weights = [
        1.0 if label == "O" else cfg.role_weight * (cfg.perp_weight if label.endswith("PerpInd") else 1.0)
        for label in LABELS
    ]
    return torch.tensor(weights, dtype=torch.float32)


def _tokenizer(base: Path):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


@torch.no_grad()
def predict(net: RoleTaggerNet, tokenizer, docs: list[Doc], device: torch.device) -> list[TaggedDoc]:
    """Run the network over each document's windows and decode as at run time (strife.extract.roles)."""
    net.eval()
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    out = []
    for doc in docs:
        enc: Encoded = encode(tokenizer, doc.text)
        ids, mask = enc.batch(cls_id, sep_id)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            tok, win = net(torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device))
        out.append(tag_from_outputs(doc.text, enc, list(tok.float().cpu().numpy()), win.float().cpu().numpy()))
    net.train()
    return out


def train(cfg: TrainConfig) -> dict:
    """Train, evaluate on dev after each epoch, save the best epoch's weights (fp16 safetensors) to cfg.out."""
    from safetensors.torch import save_file
    from tqdm import tqdm

    if cfg.epochs < 1:
        raise ValueError(f"epochs must be at least 1, not {cfg.epochs}")
    set_seed(cfg.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    base, out = Path(cfg.base), Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = _tokenizer(base)
    train_docs, dev_docs = load(Path(cfg.train)), load(Path(cfg.dev))
    if cfg.limit:
        train_docs, dev_docs = train_docs[: cfg.limit], dev_docs[: cfg.limit]
    data: Windows = build_windows(train_docs, tokenizer)
    n = len(data.input_ids)
    net = RoleTaggerNet(load_encoder(base)).to(device)
    heads = [p for name, p in net.named_parameters() if not name.startswith("encoder.")]
    body = [p for name, p in net.named_parameters() if name.startswith("encoder.")]
    opt = torch.optim.AdamW([{"params": body, "lr": cfg.lr}, {"params": heads, "lr": cfg.head_lr}], weight_decay=0.01)
    steps = cfg.epochs * ((n + cfg.batch_size - 1) // cfg.batch_size)
    warm = max(1, int(cfg.warmup * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    token_loss = nn.CrossEntropyLoss(weight=label_weights(cfg).to(device), ignore_index=-100)
    doc_loss = nn.BCEWithLogitsLoss()
    ema_net = copy.deepcopy(net).eval() if cfg.ema > 0 else None
    tensors = {k: torch.from_numpy(getattr(data, k)) for k in ("input_ids", "attention_mask", "labels", "doc_targets")}
    gen = torch.Generator().manual_seed(cfg.seed)
    history, best, best_state = [], -1.0, None
    for name in ("config.json", "tokenizer.json", "vocab.txt"):
        if (base / name).is_file():
            shutil.copy(base / name, out / name)
    started = time.time()
    for epoch in range(1, cfg.epochs + 1):
        order = torch.randperm(n, generator=gen)
        total = 0.0
        for i in tqdm(range(0, n, cfg.batch_size), desc=f"epoch {epoch}", leave=False, disable=None):
            idx = order[i : i + cfg.batch_size]
            batch = {k: v[idx].to(device) for k, v in tensors.items()}
            width = int(batch["attention_mask"].sum(1).max())
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                tok, win = net(batch["input_ids"][:, :width], batch["attention_mask"][:, :width])
            loss = token_loss(tok.float().reshape(-1, tok.shape[-1]), batch["labels"][:, :width].reshape(-1))
            loss = loss + cfg.doc_loss_weight * doc_loss(win.float(), batch["doc_targets"])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            if ema_net is not None:
                with torch.no_grad():
                    torch._foreach_lerp_(list(ema_net.parameters()), list(net.parameters()), 1.0 - cfg.ema)
            total += float(loss.detach()) * len(idx)
        if epoch < min(cfg.eval_from, cfg.epochs):
            continue
        scored = ema_net if ema_net is not None else net
        ree, tf1 = score_tagged(dev_docs, predict(scored, tokenizer, dev_docs, device))
        row = {
            "epoch": epoch,
            "loss": round(total / n, 4),
            "dev_ree_f1": round(100 * ree.total.f1, 2),
            "dev_template_f1": round(100 * tf1.total.f1, 2),
            "seconds": round(time.time() - started, 1),
        }
        history.append(row)
        print(json.dumps(row), flush=True)
        summary = {"config": asdict(cfg), "device": str(device), "train_windows": n, "history": history}
        if row["dev_ree_f1"] > best:
            best = row["dev_ree_f1"]
            best_state = {k: v.detach().to("cpu", torch.float16).clone() for k, v in scored.state_dict().items()}
            save_file(best_state, str(out / "weights.safetensors"))  # each time, so a cut-off run keeps its best
        summary["best"] = best
        (out / "training.json").write_text(json.dumps(summary, indent=1))
    assert best_state is not None
    return summary


def dev_scorer(run: Path, dev: Path):
    """A function from a state dict (NumPy arrays) to its dev CEAF-REE F1 (one-template decoding), for soups."""
    from strife.train.model import build_encoder

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    tokenizer, docs = _tokenizer(run), load(dev)
    net = RoleTaggerNet(build_encoder(run)).to(device)

    def score(state: dict[str, np.ndarray]) -> float:
        net.load_state_dict({k: torch.from_numpy(np.asarray(v, dtype=np.float32)) for k, v in state.items()})
        ree, _ = score_tagged(docs, predict(net, tokenizer, docs, device))
        return round(100 * ree.total.f1, 2)

    return score
