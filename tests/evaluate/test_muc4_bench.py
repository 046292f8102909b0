"""MUC-4 bench plumbing: numeric doc ids, the processed-JSON reader and scoring of GTT predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from strife.evaluate.muc4 import load_docs, numeric_docid, score_predictions


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
