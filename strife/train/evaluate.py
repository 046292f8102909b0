"""Score a tagger on MUC-4 documents by itself (no pipeline): used to pick the checkpoint during training.

Decoding here is the simplest document-level one: a relevant document gets one template of its most likely type,
with one entity per distinct normalised mention. `strife bench muc4` scores the full pipeline instead.
"""

from __future__ import annotations

from typing import Any

from strife.evaluate.ceaf import Scores, Template, normalise, score_corpus
from strife.extract.roles import ROLE_MIN_SCORE, ROLES, TaggedDoc
from strife.train.data import Doc


def simple_templates(tagged: TaggedDoc, threshold: float = 0.5) -> list[dict[str, Any]]:
    """One template for a relevant document: its best type and every distinct mention the pipeline would keep
    (mean role probability at least ROLE_MIN_SCORE) as an entity."""
    if tagged.relevance < threshold:
        return []
    t: dict[str, Any] = {"incident_type": tagged.best_type(), **{r: [] for r in ROLES}}
    seen: set[tuple[str, str]] = set()
    for span in tagged.spans:
        if span.score < ROLE_MIN_SCORE:
            continue
        key = (span.role, normalise(span.text))
        if key[1] and key not in seen:
            seen.add(key)
            t[span.role].append([span.text])
    return [t]


def score_tagged(docs: list[Doc], tagged: list[TaggedDoc], threshold: float = 0.5) -> tuple[Scores, Scores]:
    """CEAF-REE and template F1 of simple_templates over the documents."""
    gold = {d.docid: [Template.from_mentions(t["incident_type"], t) for t in d.gold] for d in docs}
    pred = {
        d.docid: [Template.from_mentions(t["incident_type"], t) for t in simple_templates(tg, threshold)]
        for d, tg in zip(docs, tagged, strict=True)
    }
    return score_corpus(pred, gold)
