"""MUC-4 documents (the processed JSON lines of the GRIT/GTT papers) as tagger training windows.

Every occurrence of a gold role filler's mention strings is labelled (B-/I-role on its word pieces), longest
mentions first so that "fmln" inside "the fmln guerrillas" does not split a longer filler. Each window also
carries the document-level targets: does it tell of an incident, and of which MUC-4 incident types.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from strife.extract.roles import INCIDENT_TYPES, LABELS, ROLES, encode


@dataclass
class Doc:
    """One processed MUC-4 document: text, role mention strings and incident types."""

    docid: str
    text: str
    mentions: dict[str, set[str]]  # role -> mention strings
    types: set[str]
    gold: list[dict[str, Any]]  # templates as {incident_type, role: [[mention, ...], ...]}


def load(path: Path) -> list[Doc]:
    """Read processed MUC-4 JSON lines; 'bombing / attack' style types count for each of their parts."""
    out: list[Doc] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        mentions: dict[str, set[str]] = {r: set() for r in ROLES}
        types: set[str] = set()
        gold = []
        for t in obj.get("templates", []):
            types.update(p.strip() for p in t["incident_type"].split("/") if p.strip() in INCIDENT_TYPES)
            entry: dict[str, Any] = {"incident_type": t["incident_type"]}
            for role in ROLES:
                ents = [[m[0] if isinstance(m, list) else str(m) for m in ent] for ent in t.get(role, [])]
                entry[role] = ents
                mentions[role].update(m for ent in ents for m in ent if m.strip())
            gold.append(entry)
        out.append(Doc(obj["docid"], obj["doctext"], mentions, types, gold))
    return out


def char_labels(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, role) of every occurrence of every gold mention, longest first, never overlapping."""
    found: list[tuple[int, int, str]] = []
    taken = np.zeros(len(doc.text) + 1, dtype=bool)
    cands = [(m, r) for r in ROLES for m in doc.mentions[r]]
    for mention, role in sorted(cands, key=lambda c: -len(c[0])):
        pattern = re.compile(r"(?<!\w)" + re.escape(mention.lower()) + r"(?!\w)")
        for m in pattern.finditer(doc.text.lower()):
            if not taken[m.start() : m.end()].any():
                taken[m.start() : m.end()] = True
                found.append((m.start(), m.end(), role))
    return sorted(found)


@dataclass
class Windows:
    """Encoder inputs and targets, one row per window (padded to 512)."""

    input_ids: np.ndarray  # (n, 512) int64
    attention_mask: np.ndarray  # (n, 512) int64
    labels: np.ndarray  # (n, 512) int64, -100 on [CLS], [SEP] and padding
    doc_targets: np.ndarray  # (n, 1 + len(INCIDENT_TYPES)) float32: relevance, types
    doc_index: np.ndarray  # (n,) which document each window belongs to

    def save(self, path: Path) -> None:
        np.savez_compressed(path, **self.__dict__)

    @classmethod
    def load(cls, path: Path) -> Windows:
        with np.load(path) as z:
            return cls(**{k: z[k] for k in z.files})


def build_windows(docs: list[Doc], tokenizer: Any, width: int = 512) -> Windows:
    """Label every document's word pieces and cut them into windows.

    A window is 'relevant' when its document reports an incident and the window holds a gold filler (or is the
    document's only window): a long story's unrelated paragraphs teach the relevance head nothing wrong."""
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    rows_ids, rows_mask, rows_lab, rows_doc, rows_index = [], [], [], [], []
    for d_i, doc in enumerate(docs):
        enc = encode(tokenizer, doc.text)
        piece_labels = np.zeros(len(enc.ids), dtype=np.int64)
        spans = char_labels(doc)
        for start, end, role in spans:
            inside = [i for i, (a, b) in enumerate(enc.offsets) if a < end and b > start]
            for k, i in enumerate(inside):
                piece_labels[i] = LABELS.index(f"{'B' if k == 0 else 'I'}-{role}")
        types = np.array([t in doc.types for t in INCIDENT_TYPES], dtype=np.float32)
        for w in enc.windows:
            ids = np.zeros(width, dtype=np.int64)
            mask = np.zeros(width, dtype=np.int64)
            lab = np.full(width, -100, dtype=np.int64)
            row = [cls_id, *enc.ids[w.start : w.end], sep_id]
            ids[: len(row)] = row
            mask[: len(row)] = 1
            lab[1 : 1 + w.end - w.start] = piece_labels[w.start : w.end]
            has_filler = bool((piece_labels[w.start : w.end] > 0).any())
            relevant = bool(doc.types) and (has_filler or len(enc.windows) == 1)
            target = np.concatenate([[float(relevant)], types if relevant else np.zeros_like(types)])
            rows_ids.append(ids)
            rows_mask.append(mask)
            rows_lab.append(lab)
            rows_doc.append(target.astype(np.float32))
            rows_index.append(d_i)
    return Windows(
        np.stack(rows_ids), np.stack(rows_mask), np.stack(rows_lab), np.stack(rows_doc), np.array(rows_index)
    )
