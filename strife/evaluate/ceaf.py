"""MUC-4 role-filler metrics from their definitions: CEAF-REE (GRIT, Du et al. 2021) and template F1 (GTT, 2021).

Mentions are normalised (lower case, punctuation and the articles a/an/the removed). Within one document and
role, predicted and gold entities (lists of mentions) are aligned one-to-one by linear assignment; a pair scores
1 when every predicted mention is among the gold entity's mentions (phi_strict). Counts are micro-averaged.
CEAF-REE takes each role's fillers as the union over the document's templates; template F1 first maps predicted
to gold templates one-to-one (best total), a mapped pair scoring only when the incident types agree, and counts
the incident type as one more slot.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
TYPE_SLOT = "incident_type"

_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")
_ARTICLES = re.compile(r"\b(a|an|the)\b")

Entity = frozenset[str]  # an entity's normalised mentions


def normalise(mention: str) -> str:
    """Lower-case, drop punctuation and the articles a/an/the, collapse whitespace."""
    text = _PUNCT.sub("", mention.lower())
    return " ".join(_ARTICLES.sub(" ", text).split())


def entity(mentions: Iterable[str]) -> Entity:
    """An entity as the set of its normalised, non-empty mentions."""
    return frozenset(m for m in (normalise(x) for x in mentions) if m)


@dataclass
class Template:
    """One incident template: its type and, per role, a list of entities (each a set of normalised mentions)."""

    incident_type: str
    roles: dict[str, list[Entity]] = field(default_factory=dict)

    @classmethod
    def from_mentions(cls, incident_type: str, roles: Mapping[str, Sequence[Sequence[str]]]) -> Template:
        """Build from raw fillers {role: [[mention, ...], ...]}; empty entities dropped, duplicates kept once."""
        out: dict[str, list[Entity]] = {}
        for role in ROLES:
            ents = [entity(ms) for ms in roles.get(role, [])]
            out[role] = list(dict.fromkeys(e for e in ents if e))
        return cls(incident_type=incident_type.strip().lower(), roles=out)

    def size(self) -> int:
        """Slots this template fills: the incident type plus every role entity."""
        return 1 + sum(len(v) for v in self.roles.values())


@dataclass
class PRF:
    """Micro counts for one slot: correct pairs, predicted and gold items."""

    correct: float = 0.0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class Scores:
    """Per-slot counts and their micro total (for CEAF-REE the slots are the five roles)."""

    slots: dict[str, PRF]

    @property
    def total(self) -> PRF:
        out = PRF()
        for prf in self.slots.values():
            out.add(prf)
        return out

    def add(self, other: Scores) -> None:
        for name, prf in other.slots.items():
            self.slots.setdefault(name, PRF()).add(prf)


def phi_strict(pred: Entity, gold: Entity) -> float:
    """1 when every predicted mention is one of the gold entity's mentions."""
    return 1.0 if pred and pred <= gold else 0.0


def align(pred: Sequence[Entity], gold: Sequence[Entity]) -> float:
    """Best one-to-one alignment of predicted to gold entities: the summed phi_strict of the aligned pairs."""
    if not pred or not gold:
        return 0.0
    sim = np.array([[phi_strict(p, g) for g in gold] for p in pred])
    rows, cols = linear_sum_assignment(sim, maximize=True)
    return float(sim[rows, cols].sum())


def _union(templates: Sequence[Template], role: str) -> list[Entity]:
    return list(dict.fromkeys(e for t in templates for e in t.roles.get(role, [])))


def ceaf_ree_doc(pred: Sequence[Template], gold: Sequence[Template]) -> Scores:
    """CEAF-REE counts for one document: role fillers pooled over its templates, entities aligned per role."""
    slots: dict[str, PRF] = {}
    for role in ROLES:
        p, g = _union(pred, role), _union(gold, role)
        slots[role] = PRF(correct=align(p, g), predicted=len(p), gold=len(g))
    return Scores(slots)


def _pair(pred: Template, gold: Template) -> dict[str, float]:
    """Correct slots of one mapped template pair: nothing unless the incident types match."""
    if pred.incident_type != gold.incident_type:
        return dict.fromkeys((TYPE_SLOT, *ROLES), 0.0)
    out = {TYPE_SLOT: 1.0}
    for role in ROLES:
        out[role] = align(pred.roles.get(role, []), gold.roles.get(role, []))
    return out


def template_doc(pred: Sequence[Template], gold: Sequence[Template]) -> Scores:
    """Template-F1 counts for one document under the best one-to-one template mapping."""
    slots = {name: PRF() for name in (TYPE_SLOT, *ROLES)}
    for t in pred:
        slots[TYPE_SLOT].predicted += 1
        for role in ROLES:
            slots[role].predicted += len(t.roles.get(role, []))
    for t in gold:
        slots[TYPE_SLOT].gold += 1
        for role in ROLES:
            slots[role].gold += len(t.roles.get(role, []))
    if pred and gold:
        # The totals do not depend on the mapping, so the best-F1 mapping is the one with the most correct slots.
        pairs = [[_pair(p, g) for g in gold] for p in pred]
        gain = np.array([[sum(c.values()) for c in row] for row in pairs])
        for i, j in zip(*linear_sum_assignment(gain, maximize=True), strict=True):
            for name, value in pairs[i][j].items():
                slots[name].correct += value
    return Scores(slots)


def score_corpus(
    pred: Mapping[str, Sequence[Template]], gold: Mapping[str, Sequence[Template]]
) -> tuple[Scores, Scores]:
    """(CEAF-REE, template F1) micro counts over all gold documents (a missing prediction is an empty one)."""
    ree = Scores({role: PRF() for role in ROLES})
    tf1 = Scores({name: PRF() for name in (TYPE_SLOT, *ROLES)})
    for doc in sorted(set(gold) | set(pred)):
        p, g = pred.get(doc, []), gold.get(doc, [])
        ree.add(ceaf_ree_doc(p, g))
        tf1.add(template_doc(p, g))
    return ree, tf1


def format_scores(title: str, scores: Scores) -> str:
    """A small fixed-width table: P/R/F1 per slot and the micro total, in percent."""
    lines = [f"{title}", f"{'slot':<14}{'P':>8}{'R':>8}{'F1':>8}{'correct':>9}{'pred':>7}{'gold':>7}"]
    for name, prf in [*scores.slots.items(), ("micro", scores.total)]:
        lines.append(
            f"{name:<14}{100 * prf.precision:>8.2f}{100 * prf.recall:>8.2f}{100 * prf.f1:>8.2f}"
            f"{prf.correct:>9.0f}{prf.predicted:>7}{prf.gold:>7}"
        )
    return "\n".join(lines)
