"""The gold scorer on a tiny hand-made gold file and predictions, with hand-counted totals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from strife.evaluate.gold import GoldFile, PredIncident, format_score, load_gold, load_predictions, score

GOLD = {
    "incidents": [
        {
            "key": "a",
            "reported_in": ["doc1", "doc2"],
            "kind": "main",
            "date": "2020-03-05",
            "location": {"city": "Quetta", "admin1": ["Balochistan", "Baluchistan"], "country_code": "PK",
                         "lat": 30.19, "lon": 67.01, "tolerance_km": 30},
            "attack_types": {"required": ["bombing"], "accept": ["bombing", "armed_assault"]},
            "killed": {"best": [12], "low": [10]},
            "perpetrators": [
                {"name": "Islamic State", "aliases": ["IS", "ISIS"], "status": ["claimed"], "required": True},
                {"name": "Lashkar-e-Jhangvi", "aliases": ["LeJ"], "status": ["accused"], "required": False},
            ],
            "perpetrators_killed": [1],
        },
        {"key": "b", "reported_in": ["doc3"], "kind": "referenced", "date": "2019", "killed": {"best": [5]}},
    ],
    "not_incidents": [{"what": "an army offensive", "reported_in": ["doc3"], "must_not_match": {"killed": [100]}}],
}  # fmt: skip

PREDS = [
    {
        "id": "inc_1",
        "date": {"value": "2020-03-05", "precision": "day"},
        # another spelling and a point 8 km off still count: admin1 spellings and the distance tolerance
        "location": {"name": "Kuchlak road", "city": None, "admin1": "Baluchistan", "country_code": "pk",
                     "lat": 30.25, "lon": 67.05},
        "attack_types": ["bombing"],
        "killed": {"low": 10, "best": 12, "high": 12},
        "perpetrators": [
            {"name": "Islamic State", "text": "ISIS", "status": "claimed"},
            {"name": "Tehrik-i-Taliban Pakistan", "text": "TTP", "status": "reported"},
        ],
        "perpetrators_killed": 1,
        "reports": [{"article": "art_1", "uri": "file:///x/doc1.txt"}, {"article": "art_2", "uri": "file:///y/doc2.txt"}],
    },
    {"id": "inc_2", "date": None, "killed": 100, "reports": [{"uri": "file:///x/doc3.txt"}]},
]  # fmt: skip


def _write(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD))
    preds = tmp_path / "preds.jsonl"
    preds.write_text("".join(json.dumps(p) + "\n" for p in PREDS))
    return gold, preds


def test_hand_counted_score(tmp_path: Path) -> None:
    gold_path, preds_path = _write(tmp_path)
    s = score(load_gold(gold_path), load_predictions(preds_path))
    a, b = s.incidents
    assert a.matched == "inc_1" and b.matched is None
    fields = dict(a.fields)
    assert fields == {
        "merged across reports": True,
        "date": True,
        "location": True,
        "attack_types": True,
        "killed best": True,
        "perpetrator Islamic State (claimed)": True,
        "no spurious perpetrators": False,  # TTP is not in the gold
        "perpetrators_killed": True,
    }
    assert (s.right, s.asked, s.strict_asked, s.found) == (8, 11, 12, 1)
    assert s.spurious == ["inc_2"]
    assert s.not_incidents_matched == ["an army offensive"]
    assert (s.per_field["killed best"].right, s.per_field["killed best"].asked) == (1, 2)
    assert (s.per_field["found"].right, s.per_field["found"].asked) == (1, 2)
    text = format_score(s)
    assert "score: 8/11 fields (72.7%), incidents found 1/2, spurious 1" in text


def test_wrong_country_and_date_prefix() -> None:
    gold = GoldFile.model_validate(GOLD)
    pred = PredIncident.model_validate(PREDS[0])
    pred.location.country_code = "AF"  # type: ignore[union-attr]
    pred.date.value = "2020-03"  # less precise than the gold: wrong
    fields = dict(score(gold, [pred]).incidents[0].fields)
    assert fields["location"] is False and fields["date"] is False


def test_agrees_with_shared_tool(tmp_path: Path, shared: Path) -> None:
    tool = shared / "tools" / "score_gold.py"
    if not tool.exists():
        pytest.skip("score_gold.py not in the shared folder")
    gold_path, preds_path = _write(tmp_path)
    out = subprocess.run([sys.executable, str(tool), str(gold_path), str(preds_path)], capture_output=True, text=True)
    theirs = next(line for line in out.stdout.splitlines() if line.startswith("score:"))
    ours = format_score(score(load_gold(gold_path), load_predictions(preds_path)))
    assert theirs in ours.splitlines()
