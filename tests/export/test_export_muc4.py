"""Reports → MUC-4 GTT templates: incident type and the five role fillers."""

from __future__ import annotations

from strife.export.muc4 import incident_type, templates_for
from strife.model import Entity, Evidence, Incident, Perpetrator, RoleFiller


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


def _filler(role: str, text: str, start: int) -> RoleFiller:
    ev = Evidence(article_id="a", start=start, end=start + len(text), text=text)
    return RoleFiller(role=role, text=text, score=0.9, evidence=ev)


def test_tagger_fillers_are_grouped_and_named_alike_across_templates(incident: Incident) -> None:
    base = incident.reports[0]
    first = base.model_copy(
        update={
            "roles": [
                _filler("PerpInd", "the FMLN guerrillas", 10),
                _filler("PerpInd", "guerrillas", 80),
                _filler("Victim", "a judge", 40),
                _filler("Weapon", "dynamite", 60),
            ]
        }
    )
    second = base.model_copy(update={"roles": [_filler("PerpInd", "urban guerrillas", 200)]})
    third = base.model_copy(update={"roles": []})
    t1, t2, t3 = templates_for([first, second, third])
    # one entity for the three guerrilla mentions, named by its first mention in every template
    assert t1["PerpInd"] == [["the FMLN guerrillas"]]
    assert t2["PerpInd"] == [["the FMLN guerrillas"]]
    assert t1["Victim"] == [["a judge"]] and t1["Weapon"] == [["dynamite"]]
    # the lexicon's entities are not mixed in once the tagger has read the document
    assert t1["Target"] == [] and t3["Victim"] == [] and t3["PerpInd"] == []


def test_distinct_fillers_stay_apart(incident: Incident) -> None:
    report = incident.reports[0].model_copy(
        update={"roles": [_filler("Target", "the embassy", 0), _filler("Target", "a power station", 30)]}
    )
    (t,) = templates_for([report])
    assert t["Target"] == [["the embassy"], ["a power station"]]


def test_main_report_takes_the_taggers_incident_type(incident: Incident) -> None:
    r = incident.reports[0].model_copy(
        update={"attack_types": ["bombing"], "muc_types": {"attack": 0.9, "bombing": 0.4}}
    )
    assert incident_type(r) == "attack"
    assert incident_type(r.model_copy(update={"muc_types": None})) == "bombing"


def test_document_templates_from_the_tagged_document() -> None:
    from strife.export.muc4 import document_templates
    from strife.extract.mentions import DocMentions, Sentence, SentenceMentions
    from strife.extract.roles import INCIDENT_TYPES, RoleSpan, TaggedDoc
    from strife.model import Article

    text = "Guerrillas of the FALN shot a judge. Later they burned a bus."
    spans = [
        RoleSpan(role, text.index(words), text.index(words) + len(words), words, 0.9)
        for words, role in [("Guerrillas", "PerpInd"), ("FALN", "PerpOrg"), ("a judge", "Victim"), ("a bus", "Target")]
    ]
    split = text.index("Later")
    sentences = [
        SentenceMentions(sentence=Sentence(0, 0, split - 1, text[: split - 1], 0)),
        SentenceMentions(sentence=Sentence(1, split, len(text), text[split:], 0)),
    ]
    types = dict.fromkeys(INCIDENT_TYPES, 0.01) | {"attack": 0.9}
    doc = DocMentions(
        article=Article(id="a", uri="file:///x", text=text),
        sentences=sentences,
        tagged=TaggedDoc(spans=spans, relevance=0.9, types=types),
    )
    first, second = document_templates(doc)
    assert first == {
        "incident_type": "attack",
        "PerpInd": [["Guerrillas"]],
        "PerpOrg": [["FALN"]],
        "Target": [],
        "Victim": [["a judge"]],
        "Weapon": [],
    }
    assert second["Target"] == [["a bus"]] and second["PerpOrg"] == [["FALN"]] and second["PerpInd"] == []
    doc.tagged.relevance = 0.1
    doc.tagged.types = dict.fromkeys(doc.tagged.types, 0.1)
    assert document_templates(doc) == []
