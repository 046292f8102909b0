"""Reports as MUC-4 GTT templates (DESIGN.md §7): the prediction format of the published MUC-4 scorers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from strife.model import AttackType, Report

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
    """The MUC-4 incident type for a report's GTD attack types ('attack' when none is more specific)."""
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


def template(report: Report) -> dict[str, Any]:
    """One report as one GTT template: incident_type and the five role-filler lists of entities."""
    return {
        "incident_type": incident_type(report),
        "PerpInd": _entities(e.text for e in report.attackers),
        "PerpOrg": _entities(p.text for p in report.perpetrators),
        "Target": _entities(e.text for e in report.targets),
        "Victim": _entities(e.text for e in report.victims),
        "Weapon": _entities(e.text for e in report.evidence.get("weapons", [])),
    }


def templates_for(reports: list[Report]) -> list[dict[str, Any]]:
    """A document's reports as GTT templates, one per report."""
    return [template(r) for r in reports]
