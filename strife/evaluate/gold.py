"""`strife eval`: score exported incidents (the DESIGN.md §3 JSONL) against a gold file in the seeds.json format.

Gold incidents are matched one-to-one to predicted incidents that share a source document (an optimal
assignment on a similarity: shared documents plus the share of fields right, zero unless the date, place or
death toll agrees), then every field the gold asks for is checked. The totals follow ../shared/tools/score_gold.py
(`score`: a found incident counts one, plus its fields; a missing one asks two), and add `strict`, where a missing
incident's fields all count as missed, a per-field table, spurious predictions and gold non-incidents matched.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator
from scipy.optimize import linear_sum_assignment

# ------------------------------------------------------------------------------------------------ gold records


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GoldLocation(_Gold):
    city: str | None = None
    admin1: list[str] | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    tolerance_km: float = 30.0


class GoldSet(_Gold):
    """A set-valued field: every `required` value present, and (when `accept` is given) nothing outside it."""

    required: list[str] = Field(default_factory=list)
    accept: list[str] = Field(default_factory=list)


class GoldTargets(_Gold):
    required_types: list[str] = Field(default_factory=list)
    accept_types: list[str] = Field(default_factory=list)
    text_contains_any: list[str] = Field(default_factory=list)


class GoldCount(_Gold):
    best: list[int | None] = Field(default_factory=list)
    low: list[int | None] = Field(default_factory=list)


class GoldPerpetrator(_Gold):
    name: str
    aliases: list[str] = Field(default_factory=list)
    status: list[str] = Field(default_factory=list)
    required: bool = True


class GoldIncident(_Gold):
    key: str
    reported_in: list[str]
    kind: str = "main"
    date: str | None = None
    location: GoldLocation | None = None
    attack_types: GoldSet | None = None
    weapons: GoldSet | None = None
    suicide: bool | None = None
    targets: GoldTargets | None = None
    killed: GoldCount | None = None
    wounded: GoldCount | None = None
    perpetrators: list[GoldPerpetrator] = Field(default_factory=list)
    perpetrators_count: list[int] | None = None
    perpetrators_killed: list[int] | None = None


class NotIncident(_Gold):
    """Something a text reports that is not an incident (a military offensive): no prediction should match it."""

    what: str
    reported_in: list[str]
    must_not_match: dict[str, list[Any]] = Field(default_factory=dict)


class GoldFile(_Gold):
    incidents: list[GoldIncident]
    not_incidents: list[NotIncident] = Field(default_factory=list)


# ------------------------------------------------------------------------------------------ predicted records


class _Pred(BaseModel):
    model_config = ConfigDict(extra="ignore")


class PredDate(_Pred):
    value: str | None = None


class PredLocation(_Pred):
    name: str | None = None
    city: str | None = None
    admin1: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None


class PredEntity(_Pred):
    text: str | None = None
    type: str | None = None


class PredPerpetrator(_Pred):
    name: str | None = None
    text: str | None = None
    status: list[str] = Field(default_factory=list)

    @field_validator("status", mode="before")
    @classmethod
    def _as_list(cls, v: Any) -> list[str]:
        return [] if v is None else list(v) if isinstance(v, list) else [v]


class PredReport(_Pred):
    article: str | None = None
    uri: str | None = None
    source_file: str | None = None
    file: str | None = None


class PredIncident(_Pred):
    """The parts of a contract object the scorer reads; counts may be {best, low, ...} objects or plain numbers."""

    id: str | None = None
    date: PredDate = Field(default_factory=PredDate)
    location: PredLocation | None = None
    attack_types: list[str] = Field(default_factory=list)
    weapons: list[str] = Field(default_factory=list)
    suicide: bool | None = None
    targets: list[PredEntity] = Field(default_factory=list)
    killed: int | None = None
    wounded: int | None = None
    perpetrators: list[PredPerpetrator] = Field(default_factory=list)
    perpetrators_count: int | None = None
    perpetrators_killed: int | None = None
    reports: list[PredReport] = Field(default_factory=list)

    @field_validator("killed", "wounded", mode="before")
    @classmethod
    def _best(cls, v: Any) -> Any:
        return v.get("best", v.get("low")) if isinstance(v, dict) else v

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v: Any) -> Any:
        return {} if v is None else v

    @field_validator("attack_types", "weapons", "targets", "perpetrators", "reports", mode="before")
    @classmethod
    def _list(cls, v: Any) -> Any:
        return [] if v is None else v

    def documents(self) -> set[str]:
        """File stems of the reports' sources: how a prediction is tied to the gold's `reported_in`."""
        out: set[str] = set()
        for r in self.reports:
            for v in (r.uri, r.article, r.source_file, r.file):
                if v:
                    out.add(Path(v.split("#", 1)[0]).stem)
        return out


# ---------------------------------------------------------------------------------------------------- checks


def norm(text: str | None) -> str:
    """Lower-case alphanumerics separated by single spaces."""
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def location_ok(gold: GoldLocation, loc: PredLocation | None) -> bool:
    """City by name (or within the tolerance), admin1 among the accepted spellings, and the country code."""
    if loc is None:
        return False
    if gold.city is not None:
        city_ok = norm(gold.city) in (norm(loc.city), norm(loc.name))
        if not city_ok and None not in (gold.lat, gold.lon, loc.lat, loc.lon):
            city_ok = km(gold.lat, gold.lon, loc.lat, loc.lon) <= gold.tolerance_km  # type: ignore[arg-type]
        if not city_ok:
            return False
    if gold.admin1 is not None and norm(loc.admin1) not in {norm(a) for a in gold.admin1}:
        return False
    return gold.country_code is None or (loc.country_code or "").upper() == gold.country_code.upper()


def set_ok(gold: GoldSet, values: list[str]) -> bool:
    have = set(values)
    return set(gold.required) <= have and (not gold.accept or have <= set(gold.accept))


def perp_matches(gold: GoldPerpetrator, pred: PredPerpetrator) -> bool:
    names = {norm(a) for a in [*gold.aliases, gold.name]}
    return norm(pred.name) in names or norm(pred.text) in names


def check(g: GoldIncident, p: PredIncident) -> Iterator[tuple[str, bool]]:
    """(field, right) for every field the gold incident asks about."""
    if len(g.reported_in) > 1:
        yield "merged across reports", set(g.reported_in) <= p.documents()
    if g.date is not None:
        v = p.date.value or ""
        yield "date", len(v) >= len(g.date) and v[: len(g.date)] == g.date
    if g.location is not None:
        yield "location", location_ok(g.location, p.location)
    if g.attack_types is not None:
        yield "attack_types", set_ok(g.attack_types, p.attack_types)
    if g.weapons is not None:
        yield "weapons", set_ok(g.weapons, p.weapons)
    if g.suicide is not None:
        yield "suicide", p.suicide == g.suicide
    if g.targets is not None:
        types = {t.type for t in p.targets if t.type}
        ok = set(g.targets.required_types) <= types
        yield "target types", ok and (not g.targets.accept_types or types <= set(g.targets.accept_types))
    for name, gold_count, value in (("killed", g.killed, p.killed), ("wounded", g.wounded, p.wounded)):
        if gold_count is not None:
            yield f"{name} best", value in gold_count.best
    for gp in g.perpetrators:
        hits = [pp for pp in p.perpetrators if perp_matches(gp, pp)]
        if gp.required or hits:
            ok = any(set(pp.status) & set(gp.status) for pp in hits)
            yield f"perpetrator {gp.name} ({'/'.join(gp.status)})", ok
    if g.perpetrators:
        spurious = [pp for pp in p.perpetrators if not any(perp_matches(gp, pp) for gp in g.perpetrators)]
        yield "no spurious perpetrators", not spurious
    if g.perpetrators_count is not None:
        yield "perpetrators_count", p.perpetrators_count in g.perpetrators_count
    if g.perpetrators_killed is not None:
        yield "perpetrators_killed", p.perpetrators_killed in g.perpetrators_killed


def asked_fields(g: GoldIncident) -> list[str]:
    """The fields the gold asks about whatever is predicted (optional perpetrators count only when found)."""
    return [f for f, _ in check(g, PredIncident()) if not _optional_perp(g, f)]


def _optional_perp(g: GoldIncident, field_name: str) -> bool:
    return any(field_name.startswith(f"perpetrator {gp.name} (") and not gp.required for gp in g.perpetrators)


def similarity(g: GoldIncident, p: PredIncident) -> float:
    """Shared documents plus the share of fields right; 0 without a shared document or a right date, place or toll."""
    shared = len(set(g.reported_in) & p.documents())
    if not shared:
        return 0.0
    fields = dict(check(g, p))
    if not any(fields.get(k) for k in ("date", "location", "killed best")):
        return 0.0
    return shared + sum(fields.values()) / max(1, len(fields))


def field_group(name: str) -> str:
    """Per-perpetrator fields share one row of the per-field table."""
    return "perpetrators" if name.startswith("perpetrator ") else name


def is_not_incident(n: NotIncident, p: PredIncident) -> bool:
    """A prediction from the same article that carries one of the non-incident's tell-tale values."""
    if not set(n.reported_in) & p.documents() or not n.must_not_match:
        return False
    killed = n.must_not_match.get("killed", [])
    words = [norm(w) for w in n.must_not_match.get("perpetrator_contains", [])]
    names = [norm(f"{pp.name} {pp.text}") for pp in p.perpetrators]
    return p.killed in killed or any(w and w in name.split() for w in words for name in names)


# --------------------------------------------------------------------------------------------------- scoring


@dataclass
class IncidentResult:
    key: str
    kind: str
    matched: str | None
    fields: list[tuple[str, bool]]
    asked: list[str]


@dataclass
class FieldTally:
    right: int = 0
    asked: int = 0


@dataclass
class GoldScore:
    """The outcome of one scoring run."""

    incidents: list[IncidentResult]
    spurious: list[str]
    not_incidents_matched: list[str]
    per_field: dict[str, FieldTally] = field(default_factory=dict)

    @property
    def found(self) -> int:
        return sum(r.matched is not None for r in self.incidents)

    @property
    def right(self) -> int:
        """score_gold.py's numerator: one per found incident plus its right fields."""
        return sum((r.matched is not None) + sum(ok for _, ok in r.fields) for r in self.incidents)

    @property
    def asked(self) -> int:
        """score_gold.py's denominator: per incident one for finding it plus its checked fields (at least one)."""
        return sum(max(len(r.fields), 1) + 1 for r in self.incidents)

    @property
    def strict_asked(self) -> int:
        """Every gold field counts, found or not."""
        return sum(max(len(r.fields), len(r.asked)) + 1 for r in self.incidents)

    def as_dict(self) -> dict[str, Any]:
        return {
            "right": self.right,
            "asked": self.asked,
            "strict_asked": self.strict_asked,
            "found": self.found,
            "gold": len(self.incidents),
            "spurious": len(self.spurious),
            "not_incidents_matched": self.not_incidents_matched,
            "per_field": {k: {"right": v.right, "asked": v.asked} for k, v in self.per_field.items()},
            "incidents": [
                {"incident": r.key, "kind": r.kind, "matched": r.matched, "fields": dict(r.fields)}
                for r in self.incidents
            ],
        }


def load_gold(path: Path) -> GoldFile:
    return GoldFile.model_validate_json(path.read_text(encoding="utf-8"))


def load_predictions(path: Path) -> list[PredIncident]:
    """Incidents from a JSONL export, one contract object a line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [PredIncident.model_validate(json.loads(line)) for line in lines if line.strip()]


def score(gold: GoldFile, preds: list[PredIncident]) -> GoldScore:
    """Match gold to predicted incidents one-to-one (optimal assignment), then check each gold field."""
    incidents = gold.incidents
    match: dict[int, int] = {}
    if incidents and preds:
        sim = np.array([[similarity(g, p) for p in preds] for g in incidents])
        for gi, pi in zip(*linear_sum_assignment(sim, maximize=True), strict=True):
            if sim[gi, pi] > 0:
                match[int(gi)] = int(pi)
    results: list[IncidentResult] = []
    per_field: dict[str, FieldTally] = {"found": FieldTally()}
    for gi, g in enumerate(incidents):
        p = preds[match[gi]] if gi in match else None
        fields = list(check(g, p)) if p is not None else []
        asked = asked_fields(g)
        results.append(IncidentResult(g.key, g.kind, (p.id or f"#{match[gi]}") if p else None, fields, asked))
        per_field["found"].asked += 1
        per_field["found"].right += p is not None
        outcome = dict(fields)
        for name in dict.fromkeys([*asked, *outcome]):
            tally = per_field.setdefault(field_group(name), FieldTally())
            tally.asked += 1
            tally.right += outcome.get(name, False)
    gold_docs = {d for g in incidents for d in g.reported_in}
    used = set(match.values())
    unmatched = [p for i, p in enumerate(preds) if i not in used]
    spurious = [p.id or "?" for p in unmatched if p.documents() & gold_docs]
    not_matched = [n.what for n in gold.not_incidents if any(is_not_incident(n, p) for p in unmatched)]
    return GoldScore(results, spurious, not_matched, per_field)


def format_score(s: GoldScore) -> str:
    """Per-incident lines, the per-field table and the summary lines."""
    lines: list[str] = []
    for r in s.incidents:
        lines.append(f"{r.key} [{r.kind}]: {'found ' + str(r.matched) if r.matched else 'MISSING'}")
        lines.extend(f"   {'ok  ' if ok else 'MISS'} {name}" for name, ok in r.fields)
    lines.append("")
    lines.append(f"{'field':<28}{'right':>7}{'asked':>7}{'%':>8}")
    for name, t in s.per_field.items():
        lines.append(f"{name:<28}{t.right:>7}{t.asked:>7}{100 * t.right / max(t.asked, 1):>8.1f}")
    lines.append("")
    for pid in s.spurious:
        lines.append(f"spurious: {pid}")
    for what in s.not_incidents_matched:
        lines.append(f"non-incident reported as an incident: {what}")
    pct = 100 * s.right / max(s.asked, 1)
    strict = 100 * s.right / max(s.strict_asked, 1)
    lines.append(
        f"score: {s.right}/{s.asked} fields ({pct:.1f}%), incidents found {s.found}/{len(s.incidents)}, "
        f"spurious {len(s.spurious)}"
    )
    lines.append(f"strict: {s.right}/{s.strict_asked} fields ({strict:.1f}%) counting every field of missed incidents")
    return "\n".join(lines)
