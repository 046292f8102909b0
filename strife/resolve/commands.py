"""CLI commands for human corrections and the change log: `strife merge`, `strife split`, `strife changes`."""

from __future__ import annotations

import datetime as dt

import typer
from rich.console import Console
from rich.table import Table

from strife.config import db_url
from strife.model import Change, Correction, Incident

DB_OPTION = typer.Option(None, "--db", help="SQLAlchemy URL (default: $STRIFE_DB or sqlite:///strife.db)")
WHO_OPTION = typer.Option("user", "--who", help="who made the correction")
WHY_OPTION = typer.Option(None, "--why", help="why (kept in the change log)")


def register(app: typer.Typer) -> None:
    """Add merge, split and changes to the main app."""
    app.command("merge")(merge)
    app.command("split")(split)
    app.command("changes")(changes)


def _store(db: str | None):  # noqa: ANN202 - the Store import stays lazy so `strife --help` is fast
    from strife.store import Store

    store = Store(db_url(db))
    store.init()
    return store


def _incident(store, incident_id: str) -> Incident:  # noqa: ANN001
    inc = store.get_incident(incident_id)
    if inc is None:
        survivor = store.tombstone(incident_id)
        inc = store.get_incident(survivor) if survivor else None
    if inc is None:
        raise typer.BadParameter(f"no incident {incident_id}")
    return inc


def apply_correction(store, correction: Correction, incidents: list[Incident], rule: str) -> list[Change]:  # noqa: ANN001
    """Record a correction and re-resolve the incidents it touches, in one transaction; returns the log entries."""
    from .engine import resolve

    result = resolve([], incidents, [*store.corrections(), correction], rule, now=correction.at)
    entries = [c.model_copy(update={"who": correction.who, "why": correction.why}) for c in result.changes]
    with store.transaction():
        store.add_correction(correction)
        store.save_incidents(result.incidents, result.removed)
        store.add_changes(entries)
    return entries


def merge(
    first: str = typer.Argument(..., help="incident id that others merge into"),
    others: list[str] = typer.Argument(..., help="incident ids to merge into the first"),
    who: str = WHO_OPTION,
    why: str | None = WHY_OPTION,
    rule: str = typer.Option("max_at_least", help="casualty reconciliation rule"),
    db: str | None = DB_OPTION,
) -> None:
    """Merge incidents into one; later automatic runs keep their reports together."""
    store = _store(db)
    incs = list({i.id: i for i in (_incident(store, x) for x in [first, *others])}.values())
    if len(incs) < 2:
        raise typer.BadParameter("name at least two different incidents")
    report_ids = [r.id for inc in incs for r in inc.reports]
    corr = Correction(action="merge", report_ids=report_ids, incident_ids=[i.id for i in incs], who=who, why=why)
    _print(apply_correction(store, corr, incs, rule))


def split(
    incident_id: str = typer.Argument(..., help="incident to split"),
    report: list[str] = typer.Option(..., "--report", "-r", help="report id to move out (repeatable)"),
    who: str = WHO_OPTION,
    why: str | None = WHY_OPTION,
    rule: str = typer.Option("max_at_least", help="casualty reconciliation rule"),
    db: str | None = DB_OPTION,
) -> None:
    """Move reports out of an incident; later automatic runs keep them apart from the rest."""
    store = _store(db)
    inc = _incident(store, incident_id)
    ids = [r.id for r in inc.reports]
    missing = [r for r in report if r not in ids]
    if missing:
        raise typer.BadParameter(f"not reports of {inc.id}: {', '.join(missing)}")
    rest = [i for i in ids if i not in report]
    if not rest:
        raise typer.BadParameter("leave at least one report in the incident")
    at = dt.datetime.now(dt.UTC)
    corrections = [
        Correction(action="split", report_ids=[r, *rest], incident_ids=[inc.id], who=who, why=why, at=at)
        for r in report
    ]
    for corr in corrections[:-1]:
        store.add_correction(corr)
    entries = apply_correction(store, corrections[-1], [inc], rule)
    _print(entries)


def _parse_since(text: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        import dateparser

        parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": True, "TO_TIMEZONE": "UTC"})
        if parsed is None:
            raise typer.BadParameter(f"not a time: {text!r}") from None
        when = parsed
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def changes(
    since: str | None = typer.Option(None, "--since", help="ISO time or '2 days ago'; default: everything"),
    db: str | None = DB_OPTION,
) -> None:
    """Print the incident change log: created, updated, merged, split, with who and why."""
    store = _store(db)
    _print(store.changes(_parse_since(since) if since else None))


def _print(entries: list[Change]) -> None:
    table = Table(title=f"{len(entries)} changes")
    for col in ("at", "kind", "incident", "other ids", "reports", "who", "why"):
        table.add_column(col)
    for c in entries:
        at = c.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        others = ", ".join(c.other_ids)
        table.add_row(at, str(c.kind), c.incident_id, others, str(len(c.report_ids)), c.who, c.why or "")
    Console(width=200).print(table)
