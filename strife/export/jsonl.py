"""The DESIGN.md §3 incident JSON contract: one object per incident, also what the HTTP API returns."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from strife.model import Count, CountRange, Entity, Evidence, Incident, Location, Perpetrator, Report


def _evidence(ev: list[Evidence]) -> list[dict[str, Any]]:
    return [{"start": e.start, "end": e.end, "text": e.text} for e in ev]


def _location(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {
        "name": loc.name,
        "city": loc.city,
        "admin2": loc.admin2,
        "admin1": loc.admin1,
        "country": loc.country,
        "country_code": loc.country_code,
        "lat": loc.lat,
        "lon": loc.lon,
        "geonames_id": loc.geonames_id,
        "precision": loc.precision,
        "text": loc.text,
    }


def _entity(e: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {"text": e.text, "type": e.type}
    if e.evidence:
        out["evidence"] = _evidence(e.evidence)
    return out


def _perpetrator(p: Perpetrator) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": p.name,
        "text": p.text,
        "status": p.status,
        "by": p.by,
        "how": p.how,
        "sources": list(p.sources),
    }
    if p.evidence:
        out["evidence"] = _evidence(p.evidence)
    return out


def _range(c: CountRange) -> dict[str, Any]:
    return {"low": c.low, "best": c.best, "high": c.high, "disputed": c.disputed, "imputed": c.imputed, "rule": c.rule}


def _count(c: Count | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"low": c.low, "high": c.high, "qualifier": c.qualifier, "imputed": c.imputed, "text": c.text}


def report_json(r: Report) -> dict[str, Any]:
    """One report as the contract's `reports[]` entry: its own figures and the evidence for each field."""
    return {
        "id": r.id,
        "article": r.article_id,
        "uri": r.uri,
        "source": r.source,
        "published": r.published.isoformat() if r.published else None,
        "kind": r.kind,
        "confidence": r.confidence,
        "date": {"value": r.date.value, "precision": r.date.precision, "text": r.date.text},
        "location": _location(r.location),
        "attack_types": list(r.attack_types),
        "weapons": list(r.weapons),
        "suicide": r.suicide,
        "targets": [_entity(e) for e in r.targets],
        "victims": [_entity(e) for e in r.victims],
        "attackers": [_entity(e) for e in r.attackers],
        "perpetrators": [_perpetrator(p) for p in r.perpetrators],
        "killed": _count(r.killed),
        "wounded": _count(r.wounded),
        "hostages": _count(r.hostages),
        "perpetrators_count": _count(r.perpetrators_count),
        "perpetrators_killed": _count(r.perpetrators_killed),
        "perpetrators_wounded": _count(r.perpetrators_wounded),
        "evidence": {field: _evidence(ev) for field, ev in r.evidence.items()},
    }


def incident_json(inc: Incident) -> dict[str, Any]:
    """The DESIGN.md §3 contract object for one incident (fixed names; extra fields are additions only)."""
    return {
        "id": inc.id,
        "kind": inc.kind,
        "category": inc.category,
        "doubt": inc.doubt,
        "date": {"value": inc.date.value, "precision": inc.date.precision, "text": inc.date.text, "end": inc.date.end},
        "location": _location(inc.location),
        "attack_types": list(inc.attack_types),
        "weapons": list(inc.weapons),
        "suicide": inc.suicide,
        "targets": [_entity(e) for e in inc.targets],
        "victims": [_entity(e) for e in inc.victims],
        "attackers": [_entity(e) for e in inc.attackers],
        "perpetrators": [_perpetrator(p) for p in inc.perpetrators],
        "killed": _range(inc.killed),
        "wounded": _range(inc.wounded),
        "hostages": _range(inc.hostages),
        "perpetrators_count": inc.perpetrators_count,
        "perpetrators_killed": inc.perpetrators_killed,
        "perpetrators_wounded": inc.perpetrators_wounded,
        "duration_hours": inc.duration_hours,
        "summary": inc.summary,
        "disputed_fields": list(inc.disputed_fields),
        "created_at": inc.created_at.isoformat() if inc.created_at else None,
        "updated_at": inc.updated_at.isoformat() if inc.updated_at else None,
        "reports": [report_json(r) for r in inc.reports],
    }


def write_jsonl(incidents: Iterable[Incident], out: TextIO) -> int:
    """Write one contract object per line; returns how many were written."""
    n = 0
    for inc in incidents:
        out.write(json.dumps(incident_json(inc), ensure_ascii=False) + "\n")
        n += 1
    return n
