"""`strife bench muc4`: the extractor over MUC-4 documents, GTT predictions written, CEAF-REE and template F1 printed.

Documents come in the processed JSON-lines format of the GRIT/GTT papers (docid, lower-cased doctext, gold
templates). Each becomes an Article with uri muc4://<docid> and, as published date, the dateline date of the same
document in the original 1992 files (muc4/raw). Predictions are written as the published scorers read them:
{numeric_docid: {"pred_templates": [...], "gold_templates": [...]}}, numeric docid = set digit * 10000 + number
(TST1-MUC3-0001 → 10001, TST2-MUC4-0048 → 20048; DEV-MUC3-0001, which has no set digit, → 1).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from strife.evaluate.ceaf import ROLES, Scores, Template, format_scores, score_corpus
from strife.export.muc4 import document_templates, templates_for


def numeric_docid(docid: str) -> int:
    """'TST1-MUC3-0001' → 10001; 'TST2-MUC4-0048' → 20048; 'DEV-MUC3-0001' → 1."""
    m = re.match(r"^([A-Z]+)(\d*)-MUC\d-(\d+)$", docid)
    if not m:
        raise ValueError(f"not a MUC document id: {docid}")
    return int(m.group(2) or 0) * 10000 + int(m.group(3))


@dataclass
class MucDoc:
    """One processed MUC-4 document and its gold templates as mention strings."""

    docid: str
    text: str
    gold: list[dict[str, Any]]


def _mentions(entities: list[Any]) -> list[list[str]]:
    """Gold role fillers [[[mention, offset], ...], ...] → [[mention, ...], ...]."""
    return [[m[0] if isinstance(m, list) else str(m) for m in ent] for ent in entities]


def load_docs(path: Path) -> list[MucDoc]:
    out: list[MucDoc] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        gold = [
            {"incident_type": t["incident_type"], **{role: _mentions(t.get(role, [])) for role in ROLES}}
            for t in obj.get("templates", [])
        ]
        out.append(MucDoc(obj["docid"], obj["doctext"], gold))
    return out


def raw_datelines(raw_dir: Path) -> dict[str, dt.date | None]:
    """docid → dateline date from the original message files (empty when they are absent)."""
    from strife.evaluate.muc4_raw import load_docs as load_raw
    from strife.evaluate.muc4_raw import split_files

    out: dict[str, dt.date | None] = {}
    for split in ("tst1", "tst2", "tst3", "tst4", "dev"):
        if (raw_dir / split).is_dir():
            texts, _ = split_files(raw_dir, split)
            out.update({k: v.published for k, v in load_raw(texts).items()})
    return out


@dataclass
class MucBench:
    """The outcome of one bench run."""

    ree: Scores
    template: Scores
    docs: int
    seconds: float
    warm_up_seconds: float

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    def format(self) -> str:
        return "\n\n".join(
            [
                format_scores("CEAF-REE (phi_strict, micro over the five roles)", self.ree),
                format_scores("Template F1 (incident type + five roles, micro)", self.template),
                f"{self.docs} docs in {self.seconds:.1f} s: {self.docs_per_second:.2f} docs/s "
                f"(extractor warm-up {self.warm_up_seconds:.1f} s not counted)",
            ]
        )


def score_predictions(preds: dict[str, list[dict[str, Any]]], docs: list[MucDoc]) -> tuple[Scores, Scores]:
    """CEAF-REE and template F1 of GTT templates per docid against the documents' gold."""
    gold = {d.docid: [Template.from_mentions(t["incident_type"], t) for t in d.gold] for d in docs}
    pred = {k: [Template.from_mentions(t["incident_type"], t) for t in v] for k, v in preds.items()}
    return score_corpus(pred, gold)


def score_file(preds_path: Path, docs: Path) -> tuple[Scores, Scores]:
    """Score a GTT predictions file already written (by this bench or another system) against processed docs."""
    items = load_docs(docs)
    by_number = {str(numeric_docid(d.docid)): d.docid for d in items}
    raw = json.loads(preds_path.read_text(encoding="utf-8"))
    preds = {by_number[k]: v.get("pred_templates", []) for k, v in raw.items() if k in by_number}
    return score_predictions(preds, items)


def extract_templates(
    items: list[MucDoc], published: dict[str, dt.date | None], progress: bool = True
) -> tuple[dict[str, list[dict[str, Any]]], float, float]:
    """GTT templates per docid, with the seconds extraction took and the extractor's warm-up seconds.

    Every document goes through the whole extractor (mention finding with the tagger, segmentation, reports). When
    the tagger read it, its templates are the tagger's fillers grouped into incidents (document_templates: the
    reports' lexicon gates, made for news at large, would drop 17 of the 116 dev documents with an incident);
    without a tagger, one template per report."""
    import sys
    import time

    from tqdm import tqdm

    from strife.evaluate.extraction import article_for
    from strife.extract import Extractor

    extractor = Extractor()
    t0 = time.perf_counter()
    extractor.warm_up()
    warm = time.perf_counter() - t0
    preds: dict[str, list[dict[str, Any]]] = {}
    t0 = time.perf_counter()
    for d in tqdm(items, disable=None if progress else True, desc="extract", unit="doc", file=sys.stderr):
        article = article_for(d.docid, d.text, published.get(d.docid), "muc4://")
        try:
            finder = getattr(extractor, "finder", None)
            if finder is None or not d.text.strip():  # an extractor that shows no mentions: its reports alone
                preds[d.docid] = templates_for(extractor(article))
                continue
            doc = finder.find(article)  # what Extractor.__call__ does, the mentions kept
            reports = extractor.reports(doc)
            tagger = getattr(finder, "tagger", None)
            reader = tagger.tag_many if tagger is not None else None
            preds[d.docid] = document_templates(doc, reader) if doc.tagged is not None else templates_for(reports)
        except Exception as exc:  # a benchmark goes on past one bad document, and says so
            print(f"extraction failed on {d.docid}: {type(exc).__name__}: {exc}", file=sys.stderr)
            preds[d.docid] = []
    return preds, time.perf_counter() - t0, warm


def run(docs: Path, out: Path, limit: int | None = None, raw_dir: Path | None = None) -> MucBench:
    """Extract every document, write GTT predictions to `out`, and score them."""
    from strife.config import shared_dir

    items = load_docs(docs)[:limit] if limit else load_docs(docs)
    published = raw_datelines(raw_dir or shared_dir() / "data" / "muc4" / "raw")
    preds, seconds, warm = extract_templates(items, published)
    payload = {
        str(numeric_docid(d.docid)): {"docid": d.docid, "pred_templates": preds[d.docid], "gold_templates": d.gold}
        for d in items
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    ree, template = score_predictions(preds, items)
    return MucBench(ree, template, len(items), seconds, warm)
