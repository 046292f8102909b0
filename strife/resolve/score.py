"""Pairwise evidence that two reports describe one incident: a sum of log-odds-like weights, or a veto.

Features: place (distance between coordinates, else names), date agreement at each precision, attack types, target
types, perpetrators, casualty figures (compatible given that tolls rise as the wounded die and bodies are found) and
shared names of victims or attackers. Weights were set by hand and then checked on GVA dev (see
strife/evaluate/gva.py): the same city and day alone (+3.5) clears the threshold; a clash in casualty figures
(-2.5) or in place (veto) does not.
"""

from __future__ import annotations

import math
import re

from strife.model import Count, GeoPrecision, Qualifier, Report, ReportKind

from .blocking import Interval, country_of, date_interval

VETO = -math.inf
# A report joins an incident when its best pairwise score with a member reaches this.
THRESHOLD = 2.5
# Without a known country on one side, ask for more.
THRESHOLD_NO_COUNTRY = 4.0

_PRECISE = {GeoPrecision.point, GeoPrecision.city, GeoPrecision.admin2}
_NAME_STOP = {
    "The", "A", "An", "He", "She", "They", "His", "Her", "Police", "Officer", "Officers", "Mr", "Mrs", "Ms", "Dr",
    "Sgt", "Lt", "Capt", "Chief", "Detective", "Deputy", "Sheriff", "County", "City", "Street", "Avenue", "North",
    "South", "East", "West", "One", "Two", "Three", "Four", "Five", "Man", "Woman", "Boy", "Girl", "Teen",
}  # fmt: skip


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _norm(s: str | None) -> str | None:
    return s.strip().lower() if s else None


def place_score(a: Report, b: Report) -> float:
    """Same place → positive, far apart → veto, nothing known → 0."""
    ca, cb = country_of(a), country_of(b)
    if ca and cb and ca != cb:
        return VETO
    la, lb = a.location, b.location
    if la is None or lb is None:
        return 0.0
    pa, pb = la.precision in _PRECISE, lb.precision in _PRECISE
    if pa and pb and None not in (la.lat, la.lon, lb.lat, lb.lon):
        km = haversine_km(la.lat, la.lon, lb.lat, lb.lon)  # type: ignore[arg-type]
        if km <= 10:
            return 2.0
        if km <= 30:
            return 1.0
        if km <= 80:
            return -1.0
        return VETO
    city_a, city_b = _norm(la.city or (la.name if pa else None)), _norm(lb.city or (lb.name if pb else None))
    if city_a and city_b:
        return 2.0 if city_a == city_b else -2.0
    adm_a, adm_b = _norm(la.admin1), _norm(lb.admin1)
    if adm_a and adm_b:
        return 0.5 if adm_a == adm_b else VETO
    return 0.0


def date_score(a: Interval | None, b: Interval | None, precise: bool) -> float:
    """Agreement of two date ranges: the same day counts more than the same month or year."""
    if a is None or b is None:
        return -0.5
    gap = a.gap(b)
    if gap == 0:
        if precise:
            return 1.5
        span = max((a.end - a.start).days, (b.end - b.start).days)
        return 0.5 if span <= 31 else 0.0
    if gap == 1:
        return 0.5
    if gap == 2:
        return -1.0
    return -3.0


def _value(c: Count | None) -> int | None:
    return None if c is None else c.value


def count_score(early: Report, late: Report) -> float:
    """Casualty figures: equal non-zero tolls are strong evidence; a toll may rise later but rarely falls far."""
    ke, kl = _value(early.killed), _value(late.killed)
    we, wl = _value(early.wounded), _value(late.wounded)
    score = 0.0
    if ke is not None and kl is not None:
        if ke == kl:
            score += 1.5 if ke > 0 else 0.3
        elif kl > ke:
            # The wounded die, bodies are found: a rise within the early casualties (plus slack) is compatible.
            rise_ok = kl - ke <= (we or 0) + max(2, ke // 2)
            score += 0.2 if rise_ok else -2.5
        else:
            # Tolls seldom fall; a small correction or a vague early figure is still compatible.
            vague = early.killed is not None and (early.killed.imputed or early.killed.qualifier == Qualifier.about)
            score += -0.3 if (ke - kl <= max(1, ke // 5) or vague) else -2.5
    if we is not None and wl is not None and we != wl:
        hi, lo = max(we, wl), min(we, wl)
        score += -0.3 if hi - lo <= max(2, lo // 2) else -1.0
    elif we is not None and wl is not None and we > 0:
        score += 0.7
    return score


def _types(values: list[str]) -> set[str]:
    return {v for v in values if v != "unknown"}


def _names(r: Report) -> set[str]:
    """Capitalised name tokens of victims and attackers ("Jamal Smith, 24" → {"Jamal", "Smith"})."""
    out: set[str] = set()
    for e in (*r.victims, *r.attackers):
        out.update(t for t in re.findall(r"\b[A-Z][a-z]{2,}\b", e.text) if t not in _NAME_STOP)
    return out


def pair_score(a: Report, b: Report) -> float:
    """Evidence that reports `a` and `b` tell of one incident; VETO when they cannot."""
    if a.article_id == b.article_id:
        return VETO  # one article's incidents are distinct by construction
    place = place_score(a, b)
    if place == VETO:
        return VETO
    ia, ib = date_interval(a), date_interval(b)
    day_precise = a.date.precision == "day" and b.date.precision == "day"
    score = place + date_score(ia, ib, day_precise)

    ta, tb = _types(a.attack_types), _types(b.attack_types)
    if ta and tb:
        score += 0.5 if ta & tb else -1.5
    ga, gb = _types([e.type for e in a.targets if e.type]), _types([e.type for e in b.targets if e.type])
    if ga and gb and ga & gb:
        score += 0.3
    pa = {p.name for p in a.perpetrators if p.status != "denied"}
    pb = {p.name for p in b.perpetrators if p.status != "denied"}
    if pa and pb:
        score += 1.5 if pa & pb else -1.0

    early, late = sorted((a, b), key=report_key)
    score += count_score(early, late)
    if _names(a) & _names(b):
        score += 2.0
    if a.kind == ReportKind.referenced and b.kind == ReportKind.referenced:
        score -= 0.5  # recollections are vaguer; two of them need a bit more
    return score


def report_key(r: Report) -> tuple[str, str, str]:
    """Total order on reports, independent of input order: publication date, then event date, then id."""
    return (r.published.isoformat() if r.published else "9999", r.date.value or "9999", r.id)
