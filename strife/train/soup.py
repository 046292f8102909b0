"""Weight soups (Wortsman et al. 2022): average the weights of fine-tuned runs that share a base and a seed.

Runs from one seed start from the same head initialisation and the same data order, so their weights stay close
enough to average; a soup usually scores above each of its runs at no cost at inference (one model, not an
ensemble). `greedy_soup` adds runs in order of their dev score and keeps each that does not lower it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file, save_file


def _best(run: Path) -> float:
    return float(json.loads((run / "training.json").read_text()).get("best", -1.0))


def load_weights(run: Path) -> dict[str, np.ndarray]:
    """A run's saved weights (weights.safetensors), with a clear error when the folder holds none."""
    path = run / "weights.safetensors"
    if not path.is_file():
        raise FileNotFoundError(f"{run}: no weights.safetensors (not a `strife train muc4` run?)")
    return load_file(str(path))


def average(states: Sequence[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """The element-wise mean of several state dicts of the same network (in float32, returned as the first's dtypes)."""
    if not states:
        raise ValueError("nothing to average")
    keys = states[0].keys()
    for i, state in enumerate(states[1:], 2):
        if state.keys() != keys or any(state[k].shape != states[0][k].shape for k in keys):
            raise ValueError(f"run {i} does not have the first run's tensors: different networks cannot be averaged")
    return {k: (sum(s[k].astype(np.float32) for s in states) / len(states)).astype(states[0][k].dtype) for k in keys}


def greedy_soup(
    runs: Sequence[Path], score: Callable[[dict[str, np.ndarray]], float]
) -> tuple[list[Path], dict[str, np.ndarray], list[dict]]:
    """Runs ordered by their own best dev score; each is added when the soup's score does not drop.
    Returns the runs kept, their average and a log of every try."""
    order = sorted(runs, key=_best, reverse=True)
    states = {run: load_weights(run) for run in order}
    kept = [order[0]]
    soup = states[order[0]]
    best = score(soup)
    log = [{"run": str(order[0]), "score": best, "kept": True}]
    for run in order[1:]:
        trial = average([states[r] for r in [*kept, run]])
        value = score(trial)
        log.append({"run": str(run), "score": value, "kept": value >= best})
        if value >= best:
            kept.append(run)
            soup, best = trial, value
    return kept, soup, log


def write_soup(runs: Sequence[Path], out: Path, state: dict[str, np.ndarray], log: list[dict] | None = None) -> Path:
    """Save a soup as a run folder that `strife train export` takes: weights, the first run's tokenizer and
    config, and a training.json naming the runs, their configurations and each try's score."""
    import shutil

    out.mkdir(parents=True, exist_ok=True)
    save_file({k: np.ascontiguousarray(v) for k, v in state.items()}, str(out / "weights.safetensors"))
    for name in ("config.json", "tokenizer.json", "vocab.txt"):
        if (runs[0] / name).is_file():
            shutil.copy(runs[0] / name, out / name)
    summaries = {str(r): json.loads((r / "training.json").read_text()) for r in runs}
    scores = [t["score"] for t in (log or []) if t.get("kept")]
    summary = {
        "soup": [str(r) for r in runs],
        "best": scores[-1] if scores else None,
        "soup_log": log or [],
        "runs": {
            r: {"config": s.get("config"), "best": s.get("best"), "history": s.get("history")}
            for r, s in summaries.items()
        },
        "history": [s["history"][-1] for s in summaries.values() if s.get("history")],
    }
    (out / "training.json").write_text(json.dumps(summary, indent=1))
    return out / "weights.safetensors"
