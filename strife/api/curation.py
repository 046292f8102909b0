"""Human corrections through the API: merge incidents, split reports off one; each is recorded as a Correction
that later automatic runs respect, then the affected reports are resolved again and saved in one transaction."""

from __future__ import annotations

from strife.model import Correction, Incident
from strife.store import Store


class CurationError(ValueError):
    """A merge or split that cannot be done as asked (unknown ids, nothing to split)."""


Outcome = tuple[list[Incident], dict[str, str | None]]


def _apply(store: Store, incidents: list[Incident], corrections: list[Correction]) -> Outcome:
    from strife.resolve.engine import resolve

    reports = [r for inc in incidents for r in inc.reports]
    with store.transaction():
        for correction in corrections:
            store.add_correction(correction)
        result = resolve(reports, incidents, store.corrections())
        store.save_incidents(result.incidents, result.removed)
        store.add_changes(result.changes)
    return result.incidents, result.removed


def _load(store: Store, ids: list[str]) -> list[Incident]:
    found = {i: store.get_incident(i) for i in dict.fromkeys(ids)}
    missing = [i for i, inc in found.items() if inc is None]
    if missing:
        raise CurationError(f"no incident {', '.join(missing)}")
    return [inc for inc in found.values() if inc is not None]


def merge(store: Store, incident_ids: list[str], who: str, why: str | None) -> Outcome:
    """Keep the reports of these incidents together from now on; returns (changed incidents, removed → survivor)."""
    incidents = _load(store, incident_ids)
    if len(incidents) < 2:
        raise CurationError("merge needs at least two different incidents")
    report_ids = [r.id for inc in incidents for r in inc.reports]
    ids = [i.id for i in incidents]
    correction = Correction(action="merge", report_ids=report_ids, incident_ids=ids, who=who, why=why)
    return _apply(store, incidents, [correction])


def split(store: Store, incident_id: str, report_ids: list[str], who: str, why: str | None) -> Outcome:
    """Keep these reports apart from the rest of the incident from now on."""
    (incident,) = _load(store, [incident_id])
    own = {r.id for r in incident.reports}
    unknown = [r for r in report_ids if r not in own]
    if unknown:
        raise CurationError(f"reports not in {incident_id}: {', '.join(unknown)}")
    if not report_ids or own <= set(report_ids):
        raise CurationError("split needs some, but not all, of the incident's reports")
    rest = sorted(own - set(report_ids))
    # A split correction keeps its first report apart from the others: one per report split off.
    corrections = [
        Correction(action="split", report_ids=[r, *rest], incident_ids=[incident_id], who=who, why=why)
        for r in dict.fromkeys(report_ids)
    ]
    return _apply(store, [incident], corrections)
