"""Resolution: reports → incidents with stable ids, a change log and tombstones; pure and order-independent.

An incident's id is `stable_id("inc", <earliest report id>)`, earliest by `report_key` (publication date, event
date, report id as the tiebreak), so re-runs and re-orderings give the same ids. When a merge or a newly found
earlier report changes an incident's id, the old id is reported in `removed` with its survivor (a tombstone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from strife.model import Change, ChangeKind, Correction, Incident, Report, stable_id

from .cluster import cluster
from .constraints import from_corrections
from .reconcile import reconcile
from .score import report_key


@dataclass
class ResolveResult:
    """What a resolution run changed: incidents to upsert, ids to tombstone, change-log entries."""

    incidents: list[Incident] = field(default_factory=list)  # incidents created or changed
    removed: dict[str, str | None] = field(default_factory=dict)  # incident ids that disappeared → survivor id
    changes: list[Change] = field(default_factory=list)
    unchanged: list[Incident] = field(default_factory=list)  # incidents resolved again with no change


def incident_id_for(reports: list[Report]) -> str:
    """The stable id of the incident made of `reports`: derived from the earliest one."""
    return stable_id("inc", min(reports, key=report_key).id)


def _content(inc: Incident) -> dict[str, object]:
    return inc.model_dump(mode="json", exclude={"created_at", "updated_at"})


def resolve(
    reports: list[Report],
    previous: list[Incident],
    corrections: list[Correction],
    rule: str = "max_at_least",
    *,
    now: datetime | None = None,
    with_previous_reports: bool = True,
    texts: Mapping[str, str] | None = None,
) -> ResolveResult:
    """Cluster `reports` plus the reports of `previous` incidents (new versions win) and reconcile each cluster.

    Deterministic and independent of input order; `previous` feeds ids' history (change log, tombstones,
    created_at). With `with_previous_reports=False` only `reports` are clustered: the caller passes every current
    report, and reports no longer present drop out of their incidents. `texts` (article id → article text) lets
    shared names in the articles count as evidence; without it only the reports' own fields are compared.
    """
    now = now or datetime.now(dt.UTC)
    pool: dict[str, Report] = {}
    for inc in sorted(previous, key=lambda i: i.id) if with_previous_reports else ():
        for r in inc.reports:
            pool[r.id] = r
    for r in reports:
        pool[r.id] = r
    clusters = cluster(list(pool.values()), from_corrections(corrections), texts)

    prev_by_id = {inc.id: inc for inc in previous}
    prev_of_report = {r.id: inc.id for inc in sorted(previous, key=lambda i: i.id) for r in inc.reports}
    result = ResolveResult()
    new_of_report: dict[str, str] = {}
    built: list[Incident] = []
    for members in clusters:
        inc = reconcile(incident_id_for(members), members, rule)
        built.append(inc)
        for r in members:
            new_of_report[r.id] = inc.id

    for inc in built:
        olds = sorted({prev_of_report[r.id] for r in inc.reports if r.id in prev_of_report})
        prev = prev_by_id.get(inc.id)
        inc.created_at = (prev.created_at if prev else None) or min(
            (prev_by_id[o].created_at for o in olds if prev_by_id[o].created_at), default=now
        )
        report_ids = [r.id for r in inc.reports]
        if prev is not None and _content(prev) == _content(inc):
            inc.updated_at = prev.updated_at
            result.unchanged.append(inc)
            continue
        inc.updated_at = now
        result.incidents.append(inc)
        merged_away = [o for o in olds if o != inc.id and _survivor(prev_by_id[o], new_of_report) == inc.id]
        why = None
        if merged_away:
            kind = ChangeKind.merged
        elif prev is not None:
            kind = ChangeKind.updated
        else:
            kind = ChangeKind.created
            why = f"split from {', '.join(olds)}" if olds else None
        result.changes.append(
            Change(at=now, kind=kind, incident_id=inc.id, other_ids=merged_away, report_ids=report_ids, why=why)
        )

    new_ids = {inc.id for inc in built}
    for old in sorted(prev_by_id):
        split_into = sorted({new_of_report[r.id] for r in prev_by_id[old].reports if r.id in new_of_report})
        if len(split_into) > 1:
            survivor = _survivor(prev_by_id[old], new_of_report)
            result.changes.append(
                Change(
                    at=now,
                    kind=ChangeKind.split,
                    incident_id=survivor or old,
                    other_ids=[i for i in split_into if i != survivor],
                    report_ids=[r.id for r in prev_by_id[old].reports],
                )
            )
        if old not in new_ids:
            result.removed[old] = _survivor(prev_by_id[old], new_of_report)
    return result


def _survivor(old: Incident, new_of_report: dict[str, str]) -> str | None:
    """Where an old incident went: the new incident holding its earliest report still present."""
    for r in sorted(old.reports, key=report_key):
        if r.id in new_of_report:
            return new_of_report[r.id]
    return None
