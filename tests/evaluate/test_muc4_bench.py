"""MUC-4 bench plumbing: numeric doc ids, the processed-JSON reader and scoring of GTT predictions."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from strife.evaluate.muc4 import load_docs, numeric_docid, run, score_file, score_predictions
from strife.model import Article, Entity, Report


def test_numeric_docid() -> None:
    assert numeric_docid("TST1-MUC3-0001") == 10001
    assert numeric_docid("TST2-MUC4-0048") == 20048
    assert numeric_docid("DEV-MUC3-0007") == 7
    with pytest.raises(ValueError):
        numeric_docid("ABC")


def test_processed_reader_and_scores(tmp_path: Path) -> None:
    doc = {
        "docid": "TST9-MUC4-0001",
        "doctext": "invented text: rebels bombed a bridge.",
        "templates": [
            {
                "incident_type": "bombing",
                "PerpInd": [[["rebels", 15]]],
                "PerpOrg": [],
                "Target": [[["a bridge", 28], ["bridge", 30]]],
                "Victim": [],
                "Weapon": [],
            }
        ],
    }
    empty = {"docid": "TST9-MUC4-0002", "doctext": "nothing happened.", "templates": []}
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(doc) + "\n" + json.dumps(empty) + "\n")
    docs = load_docs(path)
    assert [d.docid for d in docs] == ["TST9-MUC4-0001", "TST9-MUC4-0002"]
    assert docs[0].gold[0]["Target"] == [["a bridge", "bridge"]]
    first = {"incident_type": "bombing", "PerpInd": [["Rebels"]], "Target": [["bridge"]], "Weapon": [["dynamite"]]}
    pred = {"TST9-MUC4-0001": [first], "TST9-MUC4-0002": [{"incident_type": "attack", "Victim": [["a man"]]}]}
    ree, template = score_predictions(pred, docs)
    assert (ree.total.correct, ree.total.predicted, ree.total.gold) == (2, 4, 2)
    # template: type + 2 roles right; predicted 1+3 and 1+1 slots; gold 1+2
    assert (template.total.correct, template.total.predicted, template.total.gold) == (3, 6, 3)


class _FakeExtractor:
    """Stands in for strife.extract.Extractor: one bombing report naming 'rebels' when the text does."""

    def warm_up(self) -> None:
        pass

    def __call__(self, article: Article) -> list[Report]:
        if "rebels" not in article.text:
            return []
        return [
            Report(
                id="r",
                article_id=article.id,
                uri=article.uri,
                attack_types=["bombing"],
                attackers=[Entity(text="rebels")],
            )
        ]


def test_run_writes_gtt_predictions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("strife.extract")
    fake.Extractor = _FakeExtractor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "strife.extract", fake)
    docs = tmp_path / "dev.json"
    gold = {"incident_type": "bombing", "PerpInd": [[["rebels", 0]]], "Target": [], "Victim": [], "Weapon": []}
    docs.write_text(
        json.dumps({"docid": "TST1-MUC3-0001", "doctext": "rebels bombed it.", "templates": [gold]})
        + "\n"
        + json.dumps({"docid": "TST1-MUC3-0002", "doctext": "a quiet day.", "templates": []})
        + "\n"
    )
    out = tmp_path / "preds.json"
    bench = run(docs, out, raw_dir=tmp_path)
    written = json.loads(out.read_text())
    assert set(written) == {"10001", "10002"}
    assert written["10001"]["pred_templates"] == [
        {"incident_type": "bombing", "PerpInd": [["rebels"]], "PerpOrg": [], "Target": [], "Victim": [], "Weapon": []}
    ]
    assert written["10002"]["pred_templates"] == []
    assert bench.ree.total.f1 == 1.0 and bench.template.total.f1 == 1.0 and bench.docs == 2
    assert "docs/s" in bench.format()
    ree, template = score_file(out, docs)  # the written file scores the same when read back
    assert ree.total.f1 == 1.0 and template.total.f1 == 1.0


class _FakeTaggingExtractor:
    """A tagged document whose reports miss what the tagger reads: the grouped reading names the victim, the
    reports' template does not."""

    def __init__(self) -> None:
        self.finder = self

    def warm_up(self) -> None:
        pass

    def find(self, article: Article):  # type: ignore[no-untyped-def]
        from strife.extract.mentions import DocMentions, Sentence, SentenceMentions
        from strife.extract.roles import INCIDENT_TYPES, RoleSpan, TaggedDoc

        text = article.text
        spans = [RoleSpan("Victim", text.index("a judge"), text.index("a judge") + 7, "a judge", 0.9)]
        types = dict.fromkeys(INCIDENT_TYPES, 0.01) | {"attack": 0.9}
        return DocMentions(
            article=article,
            sentences=[SentenceMentions(sentence=Sentence(0, 0, len(text), text, 0))],
            tagged=TaggedDoc(spans=spans, relevance=0.9, types=types),
        )

    def reports(self, doc) -> list[Report]:  # type: ignore[no-untyped-def]
        return [Report(id="r", article_id=doc.article.id, uri=doc.article.uri, roles=[])]


def test_run_scores_and_writes_both_readings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("strife.extract")
    fake.Extractor = _FakeTaggingExtractor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "strife.extract", fake)
    docs = tmp_path / "dev.json"
    gold = {"incident_type": "attack", "PerpInd": [], "Target": [], "Victim": [[["a judge", 10]]], "Weapon": []}
    docs.write_text(json.dumps({"docid": "TST1-MUC3-0001", "doctext": "gunmen hit a judge.", "templates": [gold]}))
    out = tmp_path / "preds.json"
    bench = run(docs, out, raw_dir=tmp_path)
    assert bench.primary == "grouped" and set(bench.paths) == {"reports", "grouped"}
    assert bench.paths["grouped"].ree.total.f1 == 1.0 and bench.paths["reports"].ree.total.f1 == 0.0
    assert bench.ree is bench.paths["grouped"].ree  # the primary reading's scores
    # --out holds the grouped reading; the reports' reading is written beside it
    assert json.loads(out.read_text())["10001"]["pred_templates"][0]["Victim"] == [["a judge"]]
    side = tmp_path / "preds.reports.json"
    assert json.loads(side.read_text())["10001"]["pred_templates"][0]["Victim"] == []
    text = bench.format()
    assert "[reports] templates from the pipeline's reports" in text and "[grouped] templates from the tagger" in text
    assert "[reports] CEAF-REE" in text and "[grouped] Template F1" in text and "(primary: --out)" in text
    assert score_file(side, docs)[0].total.f1 == 0.0


def test_without_a_tagger_only_the_reports_reading_is_scored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("strife.extract")
    fake.Extractor = _FakeExtractor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "strife.extract", fake)
    docs = tmp_path / "dev.json"
    docs.write_text(json.dumps({"docid": "TST1-MUC3-0001", "doctext": "rebels bombed it.", "templates": []}))
    bench = run(docs, tmp_path / "preds.json", raw_dir=tmp_path)
    assert bench.primary == "reports" and set(bench.paths) == {"reports"}
    assert "[grouped] not scored" in bench.format()
    assert not (tmp_path / "preds.reports.json").exists()
