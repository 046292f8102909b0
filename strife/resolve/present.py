"""Side-by-side view of an incident's reports, so a reader sees where sources disagree (61 vs 59 killed)."""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table

from strife.model import Count, CountRange, Incident, Report


def _count(c: Count | None) -> str:
    if c is None or c.value is None:
        return "—"
    qual = "" if c.qualifier in ("exact", "unknown") else f" ({c.qualifier})"
    rng = f"{c.low}-{c.high}" if c.low is not None and c.high is not None and c.high != c.low else str(c.value)
    return rng + qual + (" imputed" if c.imputed else "")


def _range(cr: CountRange) -> str:
    if cr.best is None:
        return "—"
    text = f"{cr.best}" if cr.low == cr.high else f"{cr.best} [{cr.low}-{cr.high}]"
    return text + (" disputed" if cr.disputed else "")


def _location(r: Report | Incident) -> str:
    loc = r.location
    if loc is None:
        return "—"
    return ", ".join(p for p in (loc.city or loc.name, loc.admin1, loc.country_code) if p) or "—"


def _perps(r: Report | Incident) -> str:
    return "; ".join(f"{p.name} ({p.status})" for p in r.perpetrators) or "—"


ROWS: list[tuple[str, Callable[[Report], str], Callable[[Incident], str]]] = [
    ("date", lambda r: r.date.value or "—", lambda i: i.date.value or "—"),
    ("location", _location, _location),
    ("killed", lambda r: _count(r.killed), lambda i: _range(i.killed)),
    ("wounded", lambda r: _count(r.wounded), lambda i: _range(i.wounded)),
    ("hostages", lambda r: _count(r.hostages), lambda i: _range(i.hostages)),
    ("perpetrators_killed", lambda r: _count(r.perpetrators_killed), lambda i: str(i.perpetrators_killed or "—")),
    ("perpetrators_wounded", lambda r: _count(r.perpetrators_wounded), lambda i: str(i.perpetrators_wounded or "—")),
    ("attack_types", lambda r: ", ".join(r.attack_types) or "—", lambda i: ", ".join(i.attack_types) or "—"),
    ("suicide", lambda r: "—" if r.suicide is None else str(r.suicide).lower(), lambda i: str(i.suicide).lower()),
    ("category", lambda r: str(r.category), lambda i: str(i.category)),
    ("perpetrators", _perps, _perps),
]


def side_by_side(incident: Incident, all_fields: bool = False) -> Table:
    """A table with one column per report and the reconciled value last; rows are the fields reports disagree on
    (killed and wounded always), or every field with `all_fields`."""
    table = Table(title=f"{incident.id}: {len(incident.reports)} reports", show_lines=False)
    table.add_column("field", style="bold")
    for r in incident.reports:
        when = r.published.isoformat() if r.published else "?"
        table.add_column(f"{r.source or r.article_id}\n{when} {r.kind}")
    table.add_column("incident", style="bold")
    for name, per_report, reconciled in ROWS:
        if not (all_fields or name in ("killed", "wounded") or name in incident.disputed_fields):
            continue
        cells = [per_report(r) for r in incident.reports]
        style = "yellow" if len(set(c for c in cells if c != "—")) > 1 else None
        table.add_row(name, *cells, reconciled(incident), style=style)
    return table
