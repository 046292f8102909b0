"""Reports as MUC-4 GTT templates (DESIGN.md §7): the prediction format of the published MUC-4 scorers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from strife.evaluate.ceaf import normalise
from strife.extract.fillers import tagger_fillers
from strife.extract.grouping import Reader, group_incidents, representatives
from strife.extract.mentions import DocMentions
from strife.model import AttackType, Report

ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
# MUC-4 records an incident only if it is "recent": within two months of the article (grouping._older).
RECENT_DAYS = 60

# Most specific first: a report tagged bombing + armed_assault is a MUC bombing.
_INCIDENT_TYPE: tuple[tuple[AttackType, str], ...] = (
    (AttackType.bombing, "bombing"),
    (AttackType.kidnapping, "kidnapping"),
    (AttackType.hostage_barricade, "kidnapping"),
    (AttackType.hijacking, "kidnapping"),
    (AttackType.arson, "arson"),
    (AttackType.robbery, "robbery"),
)


def incident_type(report: Report) -> str:
    """The MUC-4 incident type: the tagger's reading of the article for its main report (MUC-4 dev template F1
    39.5 against 37.2 from the attack types), else from the GTD attack types ('attack' when none is more specific)."""
    if report.muc_types:
        return max(report.muc_types, key=report.muc_types.__getitem__)
    types = set(report.attack_types)
    for attack, muc in _INCIDENT_TYPE:
        if attack in types:
            return muc
    return "attack"


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _entities(mentions: Iterable[str]) -> list[list[str]]:
    """One single-mention entity per distinct mention (case- and space-insensitive), in first-seen order."""
    seen: dict[str, str] = {}
    for m in mentions:
        if m and m.strip() and _key(m) not in seen:
            seen[_key(m)] = m.strip()
    return [[m] for m in seen.values()]


def _tagged_template(report: Report, names: dict[str, dict[str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {"incident_type": incident_type(report)}
    for role in ROLES:
        fillers = [f for f in report.roles or [] if f.role == role and normalise(f.text)]
        picked = dict.fromkeys(names[role][normalise(f.text)] for f in fillers)
        out[role] = [[m] for m in picked]
    return out


def template(report: Report) -> dict[str, Any]:
    """One report as one GTT template: incident_type and the five role-filler lists of entities (the tagger's
    fillers when it ran, else the lexicons' targets, victims, attackers, groups and weapon words)."""
    if report.roles is not None:
        return templates_for([report])[0]
    return {
        "incident_type": incident_type(report),
        "PerpInd": _entities(e.text for e in report.attackers),
        "PerpOrg": _entities(p.text for p in report.perpetrators),
        "Target": _entities(e.text for e in report.targets),
        "Victim": _entities(e.text for e in report.victims),
        "Weapon": _entities(e.text for e in report.evidence.get("weapons", [])),
    }


def templates_for(reports: list[Report]) -> list[dict[str, Any]]:
    """A document's reports as GTT templates, one per report. When the tagger read the document, every template
    takes its fillers (a report it gave none has none), each entity named alike across the templates."""
    if all(r.roles is None for r in reports):
        return [template(r) for r in reports]
    fillers = [f for r in reports for f in r.roles or []]
    names = {role: representatives([f for f in fillers if f.role == role]) for role in ROLES}
    return [_tagged_template(r, names) for r in reports]


def document_templates(doc: DocMentions, reader: Reader | None = None) -> list[dict[str, Any]]:
    """A tagged document as GTT templates: the tagger's fillers grouped into incidents and typed
    (strife/extract/grouping.py), each entity named by one mention; none when the tagger finds no incident. The
    reader (the tagger's tag_many) types each incident of a document with several by its own sentences.

    The [grouped] reading of `strife bench muc4`: not what the incident database holds, which is the reports
    (templates_for); the extractor takes from the same grouping only what the lexicons back."""
    return [
        {"incident_type": g.incident_type, **{role: [[e.name] for e in g.entities[role]] for role in ROLES}}
        for g in group_incidents(doc, tagger_fillers(doc, hits=True), reader, recent=RECENT_DAYS)
    ]
