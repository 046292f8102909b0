"""The trained role tagger at run time: MUC-4 roles (PerpInd, PerpOrg, Target, Victim, Weapon) as character spans,
plus whether the document tells of an incident and of which types.

Inference needs no torch: the encoder runs in ONNX Runtime, text is cut into word pieces by the fast `tokenizers`
library. Windowing and decoding live here so that training (strife/train) scores a model exactly as it runs.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from strife.geo.names import DEMONYMS

ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
LABELS: tuple[str, ...] = ("O",) + tuple(f"{p}-{r}" for r in ROLES for p in ("B", "I"))
INCIDENT_TYPES: tuple[str, ...] = ("attack", "bombing", "kidnapping", "arson", "robbery", "forced work stoppage")

# 512 positions minus [CLS] and [SEP]; windows overlap by half so every token is seen with context on both sides.
WINDOW = 510
STRIDE = 255

# A filler is kept when its word pieces' mean probability of its role reaches the model's cut: its tagger.json's
# role_min_score, else this (the first models' cut). Calibrated on MUC-4 dev, one template a document, one mention
# per entity (grouping.representatives): for the first model 0.5 → CEAF-REE F1 44.6, 0.7 → 46.9, 0.8 → 42.8; for the
# second, moving any one role's cut over 0.4-0.8 gained at most 0.3 on 49.2 at 0.7; with fragments joined
# (decode_spans) and acronyms merged, 0.5 → 48.1, 0.6 → 49.5, 0.7 → 51.2, 0.8 → 48.5. The shipped soup (trained
# with role labels weighted x2) names 0.8: every role's own best cut is 0.8 (PerpInd 0.7-0.8), and the pipeline's
# [grouped] reading scores 51.9 / 46.3 (REE / template F1) at 0.7, 53.6 / 49.0 at 0.8, 49.2 / 48.2 at 0.9.
ROLE_MIN_SCORE = 0.7

MODEL_DIR = Path(__file__).resolve().parent / "models" / "muc4-minilm"


@dataclass(frozen=True)
class Window:
    """Token indices [start, end) of one encoder window over a document's word pieces."""

    start: int
    end: int


def windows(n_tokens: int, size: int = WINDOW, stride: int = STRIDE) -> list[Window]:
    """Overlapping windows covering n_tokens word pieces (one empty window for an empty document)."""
    out, start = [], 0
    while True:
        end = min(start + size, n_tokens)
        out.append(Window(start, end))
        if end >= n_tokens:
            return out
        start += stride


@dataclass
class Encoded:
    """A document as word pieces with character offsets, cut into windows ready for the encoder."""

    ids: list[int]
    offsets: list[tuple[int, int]]
    windows: list[Window]

    def batch(self, cls_id: int, sep_id: int) -> tuple[np.ndarray, np.ndarray]:
        """input_ids and attention_mask, one row per window, padded to the longest window."""
        width = max(w.end - w.start for w in self.windows) + 2
        ids = np.zeros((len(self.windows), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, w in enumerate(self.windows):
            row = [cls_id, *self.ids[w.start : w.end], sep_id]
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1
        return ids, mask


def encode(tokenizer: Any, text: str, size: int = WINDOW, stride: int = STRIDE) -> Encoded:
    """Word pieces of the whole text (no special tokens), then windows over them."""
    enc = tokenizer.encode(text, add_special_tokens=False)
    return Encoded(list(enc.ids), [tuple(o) for o in enc.offsets], windows(len(enc.ids), size, stride))


@dataclass
class RoleSpan:
    """A role filler found by the tagger: character span into the text, its role and mean label probability."""

    role: str
    start: int
    end: int
    text: str
    score: float


@dataclass
class TaggedDoc:
    """What the tagger reads in one document."""

    spans: list[RoleSpan] = field(default_factory=list)
    relevance: float = 0.0  # P(the document reports at least one incident)
    types: dict[str, float] = field(default_factory=dict)  # P(incident type) for each MUC-4 type
    min_score: float = ROLE_MIN_SCORE  # the tagging model's own cut for a filler it vouches for

    def best_type(self) -> str:
        return max(self.types, key=self.types.get) if self.types else "attack"  # type: ignore[arg-type]


def token_probs(enc: Encoded, window_logits: Sequence[np.ndarray]) -> np.ndarray:
    """Average per-token label probabilities over the windows that saw each token: (n_tokens, n_labels)."""
    n_labels = window_logits[0].shape[-1] if len(window_logits) else len(LABELS)
    total = np.zeros((len(enc.ids), n_labels), dtype=np.float32)
    seen = np.zeros((len(enc.ids), 1), dtype=np.float32)
    for w, logits in zip(enc.windows, window_logits, strict=True):
        part = logits[1 : 1 + (w.end - w.start)]  # drop [CLS]; [SEP] and padding lie beyond
        part = np.exp(part - part.max(-1, keepdims=True))
        total[w.start : w.end] += part / part.sum(-1, keepdims=True)
        seen[w.start : w.end] += 1
    return total / np.maximum(seen, 1)


def _word_end(text: str, end: int) -> int:
    """Extend a span that stops inside a word ("guerrilla|s", "ak-|47", "cano limon-|covenas") to the word's end: a
    hyphen between letters or digits is inside the word (the word-piece tokeniser splits there, and the tagger may
    start or stop a span on the hyphen)."""
    while 0 < end < len(text):
        prev, cur = text[end - 1], text[end]
        if prev.isalnum() and (cur.isalnum() or cur in "'-"):
            end += 1
        elif prev == "-" and cur.isalnum() and end > 1 and text[end - 2].isalnum():
            end += 1
        else:
            break
    return end


def _word_start(text: str, start: int) -> int:
    """Move a span that starts inside a word ("limon|-covenas") back to the word's start."""
    while 0 < start < len(text):
        prev, cur = text[start - 1], text[start]
        if prev.isalnum() and (cur.isalnum() or cur == "-"):
            start -= 1
        elif prev == "-" and cur.isalnum() and start > 1 and text[start - 2].isalnum():
            start -= 1
        else:
            break
    return start


# Words a role filler neither starts nor ends with: the tagger cuts "the embassies of | the prc" and "gas station
# owned by | valentin villatoro" in two, or lets a span run onto a preposition ("financial company offices in").
_JOINERS = frozenset({"of", "in", "by", "at", "on", "for", "from", "to", "with", "and", "de", "del"})
_EDGE_END = _JOINERS | {"the", "a", "an", "la", "el", "los", "las", "s"}
# MUC-4's coders leave a vague quantifier out of a filler ("several electricity poles" -> "electricity poles"): in
# the train split's gold, a filler's text follows "several", "various", "numerous", "many" or "some" 51 times
# without it and opens with it 20 times. MUC-4 dev [grouped] CEAF-REE 54.95 -> 55.60, template F1 51.14 -> 51.55
# (all on TST2; TST1 has no such filler).
_QUANTIFIERS = frozenset({"several", "various", "numerous", "many", "some"})
_EDGE_START = _JOINERS - {"de", "del"} | {"s"} | _QUANTIFIERS
# What may stand between two fragments of one filler: spaces, an apostrophe or hyphen, an article, a possessive s.
_GAP = re.compile(r"^[\s'’-]*(?:(?:the|a|an|s)\b[\s'’-]*)?$", re.IGNORECASE)
_WORD = re.compile(r"\S+")


# A weapon told by its amount ("55 kg of dynamite"): MUC-4's coders keep the number with the measure (11 fillers in
# the train split's gold open with a number and a measure, none with the bare measure); the tagger may leave the
# number out. MUC-4 dev [grouped] CEAF-REE 56.58 -> 56.80 (two fillers of one document, TST2), template F1 52.86 as
# before.
_MEASURE = re.compile(
    r"(?:kg|kgs|kilograms?|kilos?|pounds?|lbs?|grams?|sticks?|tons?|cartridges?|rounds?)\b", re.IGNORECASE
)
_QUANTITY_BEFORE = re.compile(
    r"(?<![\w.,])(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundreds?|dozens?)[\s-]*\Z",
    re.IGNORECASE,
)


# A word that only qualifies a filler is none alone: the tagger sometimes reads "armed" of "armed forces", or
# "salvadoran" of "salvadoran troops", as the filler. None of the 1,232 one-word fillers in the train split's gold is
# a nationality adjective or one of these words (the nouns among nationality words, "pole", stay). MUC-4 dev
# [grouped] CEAF-REE 57.11 -> 57.58, template F1 54.24 -> 54.53 (TST1 and TST2 both).
_MODIFIERS = frozenset(
    {k for k in DEMONYMS if k.endswith(("an", "ese", "ish", "i", "ic"))}
    | {"armed", "unidentified", "unknown", "masked", "hooded", "suspected", "alleged", "heavily"}
)


def decode_spans(text: str, enc: Encoded, probs: np.ndarray, min_score: float = 0.0) -> list[RoleSpan]:
    """BIO decoding over averaged probabilities: a span opens at B-r (or an I-r after another label) and runs on
    while the next piece's best label is I-r; spans are snapped to whole words. Fragments of one filler are then
    joined (the same role, only an article, apostrophe or hyphen between, or the first ending in "of", "by", ...)
    and a filler's edge words that cannot end or start one ("of", "in", a trailing "the") are trimmed. Its score is
    the mean probability of its role over its word pieces. MUC-4 dev, one template a document: CEAF-REE F1 49.2
    without the joining and trimming, 50.7 with them (Target 46.1 -> 50.8)."""
    best = probs.argmax(-1)
    pieces: list[tuple[str, list[int]]] = []  # role, word-piece indices
    i, n = 0, len(enc.ids)
    while i < n:
        label = LABELS[best[i]]
        if label == "O":
            i += 1
            continue
        role = label[2:]
        inside = LABELS.index(f"I-{role}")
        j = i + 1
        while j < n and best[j] == inside:
            j += 1
        pieces.append((role, list(range(i, j))))
        i = j
    joined: list[tuple[str, list[int]]] = []
    for role, idx in pieces:
        # a piece that starts in the word where the last piece of its role ends continues it, and what lies between
        # (a hyphen read as another role: "cano limon-covenas") is no filler of its own
        last = next((k for k in range(len(joined) - 1, -1, -1) if joined[k][0] == role), None)
        if last is not None:
            ends = _word_end(text, enc.offsets[joined[last][1][-1]][1])
            if ends > _word_start(text, enc.offsets[idx[0]][0]):
                joined[last][1].extend(idx)
                del joined[last + 1 :]
                continue
        if joined and joined[-1][0] == role:
            prev = joined[-1][1]
            head = text[_word_start(text, enc.offsets[prev[0]][0]) : _word_end(text, enc.offsets[prev[-1]][1])]
            gap = text[_word_end(text, enc.offsets[prev[-1]][1]) : _word_start(text, enc.offsets[idx[0]][0])]
            last = head.split()[-1].lower() if head.split() else ""
            if len(gap) <= 6 and (_GAP.match(gap) or last in _JOINERS):
                prev.extend(idx)
                continue
        joined.append((role, list(idx)))
    spans: list[RoleSpan] = []
    for role, idx in joined:
        start = _word_start(text, enc.offsets[idx[0]][0])
        end = _word_end(text, enc.offsets[idx[-1]][1])
        words = list(_WORD.finditer(text[start:end]))
        while words and words[-1].group().lower().strip(",.;:\"'") in _EDGE_END:
            words.pop()
        while words and words[0].group().lower().strip(",.;:\"'") in _EDGE_START:
            words.pop(0)
        if not words or (len(words) == 1 and words[0].group().lower().strip(",.;:\"'") in _MODIFIERS):
            continue
        start, end = start + words[0].start(), start + words[-1].end()
        if role == "Weapon" and _MEASURE.match(text, start):
            before = text[max(0, start - 24) : start]
            quantity = _QUANTITY_BEFORE.search(before)
            start -= len(before) - quantity.start() if quantity else 0
        cols = [LABELS.index(f"B-{role}"), LABELS.index(f"I-{role}")]
        score = float(probs[idx][:, cols].sum(-1).mean())
        if score >= min_score:
            spans.append(RoleSpan(role, start, end, text[start:end], score))
    return _members_of(text, [part for span in spans for part in _coordinated(span)])


# MUC-4's coders give each of two coordinated fillers its own entity ("the power substation and a power pylon",
# "luis galdamez and roberto navas"): in the train split's gold, two fillers of one role stand joined by "and" in the
# text 72 times where the first has two words or more and no "of" or comma, and one filler holds such a pair 12
# times (shared heads, "popular and occidente banks", stay whole: their first part is one word). The tagger joins
# fragments across "and" (_JOINERS) or reads the pair at once. MUC-4 dev [grouped] CEAF-REE 55.82 -> 56.20, template
# F1 51.69 -> 51.93 (one filler, on TST1).
_AND = re.compile(r"\s+and\s+(?:(?:the|a|an)\s+)?", re.IGNORECASE)
_NOT_A_WHOLE_FIRST = re.compile(r"\bof\b|,", re.IGNORECASE)


def _coordinated(span: RoleSpan) -> list[RoleSpan]:
    """A filler that joins two whole noun phrases by "and" as those two fillers, each with the span's score."""
    joint = _AND.search(span.text)
    if joint is None or not span.text[joint.end() :].strip():
        return [span]
    first = span.text[: joint.start()]
    if len(first.split()) < 2 or _NOT_A_WHOLE_FIRST.search(first):
        return [span]
    second = _coordinated(RoleSpan(span.role, span.start + joint.end(), span.end, span.text[joint.end() :], span.score))
    return [RoleSpan(span.role, span.start, span.start + joint.start(), first, span.score), *second]


# MUC-4's coders name individual perpetrators told as members by the group: "members of the fmln" (36 of the 41
# entities with such a mention in the train split's gold). The tagger often reads "members" alone and the group as
# PerpOrg: the filler runs on through the group's span. MUC-4 dev [grouped] CEAF-REE 55.60 -> 55.82, template F1
# 51.55 -> 51.69.
_MEMBERS = frozenset({"members", "member"})
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _members_of(text: str, spans: list[RoleSpan]) -> list[RoleSpan]:
    out = []
    for i, span in enumerate(spans):
        after = spans[i + 1] if i + 1 < len(spans) else None
        if span.role == "PerpInd" and span.text.split()[-1].lower() in _MEMBERS and after is not None:
            if _OF.match(text[span.end : after.start]):
                span = RoleSpan(span.role, span.start, after.end, text[span.start : after.end], span.score)
        out.append(span)
    return out


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def tag_from_outputs(text: str, enc: Encoded, token_logits: Sequence[np.ndarray], doc_logits: np.ndarray) -> TaggedDoc:
    """Turn the encoder's raw outputs for each window into a TaggedDoc.

    doc_logits has one row per window: [relevance, *incident types]; a document is as relevant, and as much of a
    type, as its most telling window."""
    probs = token_probs(enc, token_logits)
    doc = _sigmoid(np.asarray(doc_logits, dtype=np.float32)).max(0)
    return TaggedDoc(
        spans=decode_spans(text, enc, probs),
        relevance=float(doc[0]),
        types={t: float(p) for t, p in zip(INCIDENT_TYPES, doc[1:], strict=True)},
    )


class RoleTagger:
    """The ONNX role tagger. Light to construct; `warm_up()` loads the model and tokenizer."""

    def __init__(
        self, model_dir: Path | None = None, threads: int | None = None, providers: Sequence[str] | None = None
    ) -> None:
        self.model_dir = Path(model_dir or os.environ.get("STRIFE_TAGGER_DIR") or MODEL_DIR)
        self.threads = threads
        # ONNX Runtime execution providers, e.g. STRIFE_TAGGER_PROVIDERS=CUDAExecutionProvider,CPUExecutionProvider
        # with onnxruntime-gpu installed: the tagger needs no parse, so a GPU can tag while the CPUs do the rest.
        env = os.environ.get("STRIFE_TAGGER_PROVIDERS")
        self.providers = list(providers or (env.split(",") if env else ["CPUExecutionProvider"]))
        self._session: Any = None
        self._tokenizer: Any = None
        self._vectors: tuple[np.ndarray, np.ndarray] | None = None  # int8 word-vector rows and their scales
        self.card: dict[str, Any] = {}

    @property
    def available(self) -> bool:
        return (self.model_dir / "model.onnx").is_file() and (self.model_dir / "tokenizer.json").is_file()

    def warm_up(self) -> None:
        if self._session is not None:
            return
        if not self.available:
            raise FileNotFoundError(f"no trained tagger in {self.model_dir} (model.onnx + tokenizer.json)")
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        if self.threads:
            opts.intra_op_num_threads = self.threads
        self._session = ort.InferenceSession(str(self.model_dir / "model.onnx"), opts, providers=self.providers)
        self._tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        vectors = self.model_dir / "embeddings.npz"
        if vectors.is_file():
            with np.load(vectors) as z:
                self._vectors = (z["q"], z["scale"])
        config = self.model_dir / "tagger.json"
        self.card = json.loads(config.read_text(encoding="utf-8")) if config.is_file() else {}

    @property
    def min_score(self) -> float:
        """The filler cut the model was calibrated with (its tagger.json's role_min_score), else ROLE_MIN_SCORE."""
        self.warm_up()
        return float(self.card.get("role_min_score", ROLE_MIN_SCORE))

    def __call__(self, text: str) -> TaggedDoc:
        return self.tag_many([text])[0]

    def tag_many(self, texts: Sequence[str], max_windows: int = 2) -> list[TaggedDoc]:
        """Tag several documents, their windows run together in batches of up to max_windows. Small batches bound
        memory on the CPU: peak RSS tagging a 3,000-word-piece text was 179 MB with 1 window a run, 255 MB with 2,
        453 MB with 4, 694 MB with 8 (ONNX Runtime keeps its arena at the peak). A GPU wants hundreds."""
        self.warm_up()
        cls_id = self._tokenizer.token_to_id("[CLS]")
        sep_id = self._tokenizer.token_to_id("[SEP]")
        encs = [encode(self._tokenizer, t) if t.strip() else None for t in texts]
        rows: list[tuple[int, np.ndarray, np.ndarray]] = []  # (document, ids, mask) per window
        for i, enc in enumerate(encs):
            if enc is not None:
                ids, mask = enc.batch(cls_id, sep_id)
                rows.extend((i, ids[k], mask[k]) for k in range(len(ids)))
        token_out: dict[int, list[np.ndarray]] = {i: [] for i in range(len(texts))}
        doc_out: dict[int, list[np.ndarray]] = {i: [] for i in range(len(texts))}
        for b in range(0, len(rows), max_windows):
            chunk = rows[b : b + max_windows]
            width = max(len(r[1]) for r in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for k, (_, row_ids, row_mask) in enumerate(chunk):
                ids[k, : len(row_ids)], mask[k, : len(row_mask)] = row_ids, row_mask
            token_logits, doc_logits = self._session.run(None, self._feed(ids, mask))
            for k, (i, _, _) in enumerate(chunk):
                token_out[i].append(token_logits[k])
                doc_out[i].append(doc_logits[k])
        out = [
            TaggedDoc() if enc is None else tag_from_outputs(t, enc, token_out[i], np.stack(doc_out[i]))
            for i, (t, enc) in enumerate(zip(texts, encs, strict=True))
        ]
        cut = self.min_score
        for doc in out:
            doc.min_score = cut
        return out

    def _feed(self, ids: np.ndarray, mask: np.ndarray) -> dict[str, np.ndarray]:
        if self._vectors is None:
            return {"input_ids": ids, "attention_mask": mask}
        q, scale = self._vectors
        return {"inputs_embeds": q[ids].astype(np.float32) * scale[ids], "attention_mask": mask}


@lru_cache(maxsize=1)
def default_tagger() -> RoleTagger:
    return RoleTagger()
