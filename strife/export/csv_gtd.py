"""Incidents as CSV in the Global Terrorism Database layout: GTD codebook column names and label strings."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from typing import Any, TextIO

from strife.export import gtd_labels
from strife.model import DatePrecision, Incident, PerpStatus

COLUMNS: tuple[str, ...] = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended",
    "country_txt", "region_txt", "provstate", "city", "latitude", "longitude", "specificity",
    "doubtterr",
    "attacktype1_txt", "attacktype2_txt", "attacktype3_txt",
    "targtype1_txt", "target1", "targtype2_txt", "target2", "targtype3_txt", "target3",
    "gname", "gname2", "gname3", "claimed", "claimmode_txt", "compclaim",
    "weaptype1_txt", "weaptype2_txt", "weaptype3_txt", "weaptype4_txt",
    "nperps", "nperpcap", "nkill", "nkillter", "nwound", "nwoundte", "nhostkid",
    "suicide", "summary", "scite1", "scite2", "scite3",
    "strife_id",
)  # fmt: skip


def _date_parts(inc: Incident) -> tuple[int, int, int]:
    """(year, month, day) with 0 for what the date does not give, as GTD codes unknown month/day."""
    value = inc.date.value or ""
    parts = [int(p) for p in value.split("-") if p.isdigit()]
    year, month, day = (parts + [0, 0, 0])[:3]
    return year, month, day


def eventid(inc: Incident) -> str:
    """GTD-style 12-digit id: yyyymmdd (zeros where unknown) + 4 digits derived stably from the strife id."""
    year, month, day = _date_parts(inc)
    suffix = int(hashlib.sha256(inc.id.encode("utf-8")).hexdigest()[:8], 16) % 10000
    return f"{year:04d}{month:02d}{day:02d}{suffix:04d}"


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _groups(inc: Incident) -> list[str]:
    """Distinct group names, claimed and reported ones first (GTD lists the responsible group first)."""
    rank = {PerpStatus.claimed: 0, PerpStatus.reported: 1, PerpStatus.accused: 2, PerpStatus.possible: 3}
    kept = [p for p in inc.perpetrators if p.status != PerpStatus.denied]
    return _unique(p.name for p in sorted(kept, key=lambda p: rank.get(p.status, 9)))


def _claim(inc: Incident) -> tuple[int | str, str, int | str]:
    """(claimed, claimmode_txt, compclaim): claimed 1/0 (-9 without any group), competing claims 1/0."""
    claims = [p for p in inc.perpetrators if p.status == PerpStatus.claimed]
    if not inc.perpetrators:
        return -9, "", ""
    if not claims:
        return 0, "", ""
    how = next((p.how for p in claims if p.how), None)
    mode = gtd_labels.CLAIM_MODE.get((how or "").lower(), "Other" if how else "Unknown")
    competing = 1 if len({p.name for p in claims}) > 1 else 0
    return 1, mode, competing


def _sum(*values: int | None) -> int | str:
    known = [v for v in values if v is not None]
    return sum(known) if known else ""


def _blank(value: Any) -> Any:
    return "" if value is None else value


def gtd_row(inc: Incident) -> dict[str, Any]:
    """One incident as a GTD-layout row (a dict keyed by COLUMNS)."""
    year, month, day = _date_parts(inc)
    loc = inc.location
    row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
    claimed, claimmode, compclaim = _claim(inc)
    row.update(
        eventid=eventid(inc),
        iyear=year or "",
        imonth=month,
        iday=day,
        approxdate=(inc.date.text or "") if inc.date.precision != DatePrecision.day else "",
        extended=1 if (inc.duration_hours or 0) > 24 else 0,
        doubtterr=1 if inc.doubt else 0,
        claimed=claimed,
        claimmode_txt=claimmode,
        compclaim=compclaim,
        nperps=_blank(inc.perpetrators_count),
        nperpcap=_blank(_captured(inc)),
        nkill=_sum(inc.killed.best, inc.perpetrators_killed),
        nkillter=_blank(inc.perpetrators_killed),
        nwound=_sum(inc.wounded.best, inc.perpetrators_wounded),
        nwoundte=_blank(inc.perpetrators_wounded),
        nhostkid=_blank(inc.hostages.best),
        suicide=1 if inc.suicide else 0,
        summary=inc.summary or "",
        strife_id=inc.id,
    )
    if loc is not None:
        row.update(
            country_txt=gtd_labels.country(loc.country_code, loc.country) or "",
            region_txt=gtd_labels.region(loc.country_code) or "",
            provstate=loc.admin1 or "",
            city=loc.city or "",
            latitude=_blank(loc.lat),
            longitude=_blank(loc.lon),
            specificity=gtd_labels.SPECIFICITY.get(loc.precision, 5),
        )
    else:
        row["specificity"] = 5
    for i, label in enumerate(_unique(gtd_labels.ATTACK_TYPE[a] for a in inc.attack_types)[:3], start=1):
        row[f"attacktype{i}_txt"] = label
    for i, label in enumerate(_unique(gtd_labels.WEAPON_TYPE[w] for w in inc.weapons)[:4], start=1):
        row[f"weaptype{i}_txt"] = label
    for i, entity in enumerate((inc.targets or inc.victims)[:3], start=1):
        row[f"targtype{i}_txt"] = gtd_labels.TARGET_TYPE[entity.type or "unknown"]
        row[f"target{i}"] = entity.text
    groups = _groups(inc)
    row["gname"] = groups[0] if groups else "Unknown"
    for i, name in enumerate(groups[1:3], start=2):
        row[f"gname{i}"] = name
    for i, uri in enumerate(_unique(r.uri for r in inc.reports)[:3], start=1):
        row[f"scite{i}"] = uri
    return row


def _captured(inc: Incident) -> int | None:
    """Attackers captured: the largest figure any report gives (the Incident record has no reconciled field)."""
    values = [r.perpetrators_captured.value for r in inc.reports if r.perpetrators_captured is not None]
    known = [v for v in values if v is not None]
    return max(known) if known else None


def write_csv(incidents: Iterable[Incident], out: TextIO) -> int:
    """Write a header and one GTD-layout row per incident; returns how many rows were written."""
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for inc in incidents:
        writer.writerow(gtd_row(inc))
        n += 1
    return n
