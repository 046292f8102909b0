"""The JSONL export follows the DESIGN.md §3 incident contract, field names and types."""

from __future__ import annotations

import io
import json

from strife.export.jsonl import incident_json, write_jsonl
from strife.model import Incident


def test_contract_fields_and_types(incident: Incident) -> None:
    obj = json.loads(json.dumps(incident_json(incident)))  # must survive a JSON round trip
    assert obj["id"] == "inc_0123456789abcdef"
    assert obj["kind"] == "main" and obj["category"] == "terrorism" and obj["doubt"] is False
    assert obj["date"] == {"value": "2020-03-05", "precision": "day", "text": "Thursday", "end": None}
    loc = obj["location"]
    for key in ("name", "city", "admin1", "country", "country_code", "lat", "lon", "geonames_id", "precision"):
        assert key in loc
    assert loc["precision"] == "city" and loc["geonames_id"] == 1167528 and isinstance(loc["lat"], float)
    assert obj["attack_types"] == ["bombing", "armed_assault"]
    assert obj["weapons"] == ["explosives", "firearms"]
    assert obj["suicide"] is True
    assert obj["targets"][0]["text"] == "a police post" and obj["targets"][0]["type"] == "police"
    assert obj["victims"][0]["type"] == "police"
    assert obj["attackers"][0]["text"] == "a suicide bomber"
    perp = obj["perpetrators"][1]
    assert {k: perp[k] for k in ("name", "text", "status", "by", "how", "sources")} == {
        "name": "Lashkar-e-Jhangvi",
        "text": "LeJ",
        "status": "accused",
        "by": "police",
        "how": None,
        "sources": ["art_b"],
    }
    assert {k: obj["killed"][k] for k in ("low", "best", "high", "disputed")} == {
        "low": 10,
        "best": 12,
        "high": 12,
        "disputed": True,
    }
    assert obj["perpetrators_count"] == 2 and obj["perpetrators_killed"] == 1
    assert obj["perpetrators_wounded"] == 1 and obj["wounded"]["best"] == 20  # attackers apart from the victims
    assert obj["reports"][0]["perpetrators_wounded"]["low"] == 1 and obj["reports"][0]["wounded"]["low"] == 20
    assert "duration_hours" in obj


def test_reports_carry_source_figures_and_evidence(incident: Incident) -> None:
    reports = incident_json(incident)["reports"]
    assert [r["article"] for r in reports] == ["art_a", "art_b"]
    assert reports[1]["uri"] == "https://example.org/b"
    first = reports[0]
    assert first["kind"] == "main" and isinstance(first["confidence"], float)
    assert first["killed"]["low"] == 12 and first["killed"]["qualifier"] == "at_least"
    assert first["killed"]["high"] is None
    assert reports[1]["killed"] is None
    assert first["evidence"]["killed"] == [{"start": 10, "end": 32, "text": "killing at least 12 people"}]


def test_write_jsonl_one_object_per_line(incident: Incident) -> None:
    other = incident.model_copy(update={"id": "inc_other", "location": None})
    out = io.StringIO()
    assert write_jsonl([incident, other], out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["inc_0123456789abcdef", "inc_other"]
    assert json.loads(lines[1])["location"] is None


def test_reports_carry_their_own_targets_and_victims(incident: Incident) -> None:
    first = incident_json(incident)["reports"][0]
    assert first["targets"] == [{"text": "a police post", "type": "police"}]
    assert first["victims"][0]["text"] == "two officers"
