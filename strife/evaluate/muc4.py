"""`strife bench muc4`: the extractor over MUC-4 documents, GTT predictions written, CEAF-REE and template F1 printed.

Documents come in the processed JSON-lines format of the GRIT/GTT papers (docid, lower-cased doctext, gold
templates). Each becomes an Article with uri muc4://<docid> and, as published date, the dateline date of the same
document in the original 1992 files (muc4/raw). Predictions are written as the published scorers read them:
{numeric_docid: {"pred_templates": [...], "gold_templates": [...]}}, numeric docid = set digit * 10000 + number
(TST1-MUC3-0001 → 10001, TST2-MUC4-0048 → 20048; DEV-MUC3-0001, which has no set digit, → 1).

Every run scores two readings of the same extraction and prints both, each labelled:
- [reports]: one template per Report the pipeline builds — what the incident database holds;
- [grouped]: the tagger's role fillers grouped into typed incidents (strife/extract/grouping.py) — a reading the
  bench alone makes, not stored in the database.
`--out` gets the primary reading, [grouped] (the higher MUC-4 figure) whenever the tagger ran; [reports] is written
beside it (muc4_preds.json → muc4_preds.reports.json).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
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


# The two readings of a document as MUC-4 templates, printed side by side by every run.
REPORTS = "reports"
GROUPED = "grouped"
PATH_TITLES = {
    REPORTS: "templates from the pipeline's reports (one per Report: what the incident database holds)",
    GROUPED: "templates from the tagger's reading grouped into incidents (strife/extract/grouping.py; bench only, "
    "not what the incident database holds)",
}


@dataclass
class PathScores:
    """CEAF-REE and template F1 of one reading of the documents."""

    ree: Scores
    template: Scores


@dataclass
class MucBench:
    """The outcome of one bench run: the scores of each reading (REPORTS always; GROUPED when the tagger read the
    documents), `primary` the one written to --out."""

    paths: dict[str, PathScores]
    primary: str
    docs: int
    seconds: float
    warm_up_seconds: float
    outputs: dict[str, Path] = field(default_factory=dict)

    @property
    def ree(self) -> Scores:
        return self.paths[self.primary].ree

    @property
    def template(self) -> Scores:
        return self.paths[self.primary].template

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    def format(self) -> str:
        parts: list[str] = []
        for name, s in self.paths.items():
            head = f"=== [{name}] {PATH_TITLES[name]} ==="
            parts.append(
                "\n\n".join(
                    [
                        head,
                        format_scores(f"[{name}] CEAF-REE (phi_strict, micro over the five roles)", s.ree),
                        format_scores(f"[{name}] Template F1 (incident type + five roles, micro)", s.template),
                    ]
                )
            )
        if GROUPED not in self.paths:
            parts.append(f"[{GROUPED}] not scored: no tagger read the documents")
        summary = ["summary (F1):"] + [
            f"  [{name}] CEAF-REE {100 * s.ree.total.f1:.2f}  template {100 * s.template.total.f1:.2f}"
            + ("  (primary: --out)" if name == self.primary else "")
            for name, s in self.paths.items()
        ]
        summary += [f"  [{name}] predictions: {path}" for name, path in self.outputs.items()]
        parts.append("\n".join(summary))
        parts.append(
            f"{self.docs} docs in {self.seconds:.1f} s: {self.docs_per_second:.2f} docs/s "
            f"(both readings; extractor warm-up {self.warm_up_seconds:.1f} s not counted)"
        )
        return "\n\n".join(parts)


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


Preds = dict[str, list[dict[str, Any]]]


def extract_templates(
    items: list[MucDoc], published: dict[str, dt.date | None], progress: bool = True
) -> tuple[dict[str, Preds], float, float]:
    """GTT templates per reading and docid, with the seconds extraction took and the extractor's warm-up seconds.

    Every document goes through the whole extractor (mention finding with the tagger, segmentation, reports), read
    two ways: REPORTS, one template per report (templates_for: what the incident database holds), and, when the
    tagger read the document, GROUPED, the tagger's fillers grouped into typed incidents (document_templates; the
    reports' lexicon gates, made for news at large, drop documents the tagger reads as an incident). GROUPED is
    absent when no tagger read any document; a document the tagger did not read gets its reports' templates there.
    """
    import sys
    import time

    from tqdm import tqdm

    from strife.evaluate.extraction import article_for
    from strife.extract import Extractor

    extractor = Extractor()
    t0 = time.perf_counter()
    extractor.warm_up()
    warm = time.perf_counter() - t0
    preds: dict[str, Preds] = {REPORTS: {}, GROUPED: {}}
    tagged = 0
    t0 = time.perf_counter()
    for d in tqdm(items, disable=None if progress else True, desc="extract", unit="doc", file=sys.stderr):
        article = article_for(d.docid, d.text, published.get(d.docid), "muc4://")
        try:
            finder = getattr(extractor, "finder", None)
            if finder is None or not d.text.strip():  # an extractor that shows no mentions: its reports alone
                preds[REPORTS][d.docid] = preds[GROUPED][d.docid] = templates_for(extractor(article))
                continue
            doc = finder.find(article)  # what Extractor.__call__ does, the mentions kept
            preds[REPORTS][d.docid] = templates_for(extractor.reports(doc))
            if doc.tagged is None:
                preds[GROUPED][d.docid] = preds[REPORTS][d.docid]
                continue
            tagger = getattr(finder, "tagger", None)
            preds[GROUPED][d.docid] = document_templates(doc, tagger.tag_many if tagger is not None else None)
            tagged += 1
        except Exception as exc:  # a benchmark goes on past one bad document, and says so
            print(f"extraction failed on {d.docid}: {type(exc).__name__}: {exc}", file=sys.stderr)
            for by_doc in preds.values():
                by_doc.setdefault(d.docid, [])
    if not tagged:
        del preds[GROUPED]
    return preds, time.perf_counter() - t0, warm


def side_path(out: Path, name: str) -> Path:
    """Where a reading other than the primary one is written: muc4_preds.json → muc4_preds.reports.json."""
    return out.with_name(f"{out.stem}.{name}{out.suffix}")


def run(docs: Path, out: Path, limit: int | None = None, raw_dir: Path | None = None) -> MucBench:
    """Extract every document and score both readings. `out` gets the primary reading's GTT predictions: GROUPED
    (the tagger's grouped reading, the better MUC-4 figure) when the tagger ran, else REPORTS; the other reading
    goes beside it (side_path: muc4_preds.reports.json)."""
    from strife.config import shared_dir

    items = load_docs(docs)[:limit] if limit else load_docs(docs)
    published = raw_datelines(raw_dir or shared_dir() / "data" / "muc4" / "raw")
    preds, seconds, warm = extract_templates(items, published)
    primary = GROUPED if GROUPED in preds else REPORTS
    out.parent.mkdir(parents=True, exist_ok=True)
    outputs: dict[str, Path] = {}
    paths: dict[str, PathScores] = {}
    for name in (REPORTS, GROUPED):
        if name not in preds:
            continue
        path = out if name == primary else side_path(out, name)
        payload = {
            str(numeric_docid(d.docid)): {
                "docid": d.docid,
                "reading": name,
                "pred_templates": preds[name][d.docid],
                "gold_templates": d.gold,
            }
            for d in items
        }
        path.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
        outputs[name] = path
        paths[name] = PathScores(*score_predictions(preds[name], items))
    return MucBench(paths, primary, len(items), seconds, warm, outputs)
