"""Reports as MUC-4 GTT templates (DESIGN.md §7): the prediction format of the published MUC-4 scorers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from strife.evaluate.ceaf import normalise
from strife.model import AttackType, Report, RoleFiller

ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")

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


def _merge(a: str, b: str) -> bool:
    """Two fillers of one role name the same entity when one is the other's head or a word of it
    ("guerrillas" / "urban guerrillas" / "fmln guerrillas", "fmln" / "the fmln")."""
    a, b = normalise(a), normalise(b)
    return a == b or a in b.split() or b in a.split() or a.endswith(" " + b) or b.endswith(" " + a)


def _representatives(fillers: list[RoleFiller]) -> dict[str, str]:
    """Normalised filler text → the first mention of its entity, for one role over a whole document.

    A predicted entity scores only when all its mentions are among the gold entity's (CEAF-REE phi_strict), so each
    entity is named by one mention, the same in every template of the document. MUC-4 dev, one template a
    document, shipped tagger: 48.1 REE F1 with each distinct mention its own entity, 49.2 grouped this way."""
    groups: list[list[str]] = []
    for f in sorted(fillers, key=lambda f: f.evidence.start):
        if not normalise(f.text):
            continue
        group = next((g for g in groups if any(_merge(f.text, m) for m in g)), None)
        if group is None:
            groups.append([f.text])
        else:
            group.append(f.text)
    return {normalise(m): g[0] for g in groups for m in g}


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
    names = {role: _representatives([f for f in fillers if f.role == role]) for role in ROLES}
    return [_tagged_template(r, names) for r in reports]
