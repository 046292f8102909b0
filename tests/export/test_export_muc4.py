"""Reports → MUC-4 GTT templates: incident type and the five role fillers."""

from __future__ import annotations

from strife.export.muc4 import incident_type, templates_for
from strife.model import Entity, Evidence, Incident, Perpetrator


def test_template_roles(incident: Incident) -> None:
    report = incident.reports[0].model_copy(
        update={
            "attackers": [Entity(text="urban guerrillas"), Entity(text="Urban  guerrillas")],
            "perpetrators": [Perpetrator(name="FMLN", text="the FMLN", status="claimed")],
            "evidence": {"weapons": [Evidence(article_id="a", start=0, end=4, text="bomb")]},
        }
    )
    (t,) = templates_for([report])
    assert t["incident_type"] == "bombing"
    assert t["PerpInd"] == [["urban guerrillas"]]  # the same mention counts once
    assert t["PerpOrg"] == [["the FMLN"]]
    assert t["Target"] == [["a police post"]]
    assert t["Victim"] == [["two officers"]]
    assert t["Weapon"] == [["bomb"]]


def test_incident_types(incident: Incident) -> None:
    r = incident.reports[0]
    assert incident_type(r.model_copy(update={"attack_types": ["kidnapping"]})) == "kidnapping"
    assert incident_type(r.model_copy(update={"attack_types": ["arson", "armed_assault"]})) == "arson"
    assert incident_type(r.model_copy(update={"attack_types": ["robbery"]})) == "robbery"
    assert incident_type(r.model_copy(update={"attack_types": ["assassination"]})) == "attack"
    assert incident_type(r.model_copy(update={"attack_types": []})) == "attack"
    assert templates_for([]) == []
