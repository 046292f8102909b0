"""CLI commands of the main job: `strife run`, `strife incidents`, `strife show`."""

from __future__ import annotations

import sys
import time

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from strife.config import db_url
from strife.model import Evidence, Incident, IncidentQuery, Report

DB_OPTION = typer.Option(None, "--db", help="SQLAlchemy URL (default: $STRIFE_DB or sqlite:///strife.db)")


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("incidents")(incidents)
    app.command("show")(show)


def _store(db: str | None):
    from strife.store import Store

    store = Store(db_url(db))
    store.init()
    return store


def run(
    paths: list[str] = typer.Argument(..., help="files, folders or globs of .txt, .html, .jsonl, .warc, feeds"),
    db: str | None = DB_OPTION,
    rule: str = typer.Option("max_at_least", help="casualty reconciliation rule"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no incident table at the end"),
) -> None:
    """Ingest, extract and resolve articles into the database; print the incidents found.

    Exit code 0 when every input was used, 3 when some were skipped (each reason is on stderr).
    """
    from strife.pipeline import run_paths

    started = time.perf_counter()
    store = _store(db)
    stats = run_paths(paths, store, rule=rule, progress=True)
    err = Console(stderr=True)
    err.print(
        f"{stats.articles_new} new articles ({stats.articles_seen} read, {stats.duplicates} near-duplicates, "
        f"{len(stats.skipped)} skipped), {stats.reports} reports, {stats.incidents_changed} incidents changed "
        f"in {time.perf_counter() - started:.1f}s"
    )
    if not quiet and stats.incident_ids:
        found = [inc for i in dict.fromkeys(stats.incident_ids) if (inc := store.get_incident(i)) is not None]
        _console().print(_table(found, title="Incidents from this run"))
    if stats.skipped:
        raise typer.Exit(3)


def incidents(
    db: str | None = DB_OPTION,
    country: str | None = typer.Option(None),
    group: str | None = typer.Option(None),
    min_killed: int | None = typer.Option(None),
    text: str | None = typer.Option(None, "--q", help="full-text search"),
    limit: int = typer.Option(50),
) -> None:
    """List stored incidents as a table, newest first."""
    store = _store(db)
    items, total = store.query_incidents(
        IncidentQuery(country=country, group=group, min_killed=min_killed, text=text, limit=limit)
    )
    _console().print(_table(items, title=f"{len(items)} of {total} incidents"))


def show(incident_id: str, db: str | None = DB_OPTION) -> None:
    """One incident: each field beside the sentence it came from, and disagreeing reports side by side."""
    store = _store(db)
    inc = store.get_incident(incident_id)
    if inc is None:
        survivor = store.tombstone(incident_id)
        if survivor:
            print(f"{incident_id} was merged into {survivor}", file=sys.stderr)
            inc = store.get_incident(survivor)
    if inc is None:
        print(f"no incident {incident_id}", file=sys.stderr)
        raise typer.Exit(1)
    console = _console()
    console.print(_summary(inc))
    for report in inc.reports:
        article = store.get_article(report.article_id)
        console.print(_evidence_table(report, article.text if article else None))
    try:
        from strife.resolve.present import side_by_side
    except ImportError:
        return
    if len(inc.reports) > 1:
        console.print(side_by_side(inc))


def _console() -> Console:
    """A terminal keeps its width; piped or captured output gets room for the table instead of rich's 80 columns."""
    return Console() if sys.stdout.isatty() else Console(width=160)


def _fmt_count(c) -> str:
    if c is None or (c.best is None and c.low is None):
        return ""
    if c.low is not None and c.high is not None and c.low != c.high:
        return f"{c.best} ({c.low}-{c.high})" + (" !" if c.disputed else "")
    return str(c.best if c.best is not None else c.low)


def _table(items: list[Incident], title: str) -> Table:
    table = Table(title=title)
    table.add_column("id", no_wrap=True)
    for col in ("date", "place", "types", "groups", "killed", "wounded", "reports"):
        table.add_column(col, overflow="fold")
    for inc in items:
        loc = inc.location
        place = ", ".join(x for x in (loc.name, loc.country) if x) if loc else ""
        groups = ", ".join(dict.fromkeys(f"{p.name} ({p.status})" for p in inc.perpetrators))
        table.add_row(
            inc.id,
            inc.date.value or "?",
            place,
            ", ".join(inc.attack_types),
            groups,
            _fmt_count(inc.killed),
            _fmt_count(inc.wounded),
            str(len(inc.reports)),
        )
    return table


def _summary(inc: Incident) -> Table:
    title = f"{inc.id} ({inc.kind}, {inc.category}{', doubt' if inc.doubt else ''})"
    table = Table(title=title, show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    loc = inc.location
    rows = {
        "date": f"{inc.date.value} ({inc.date.precision})",
        "location": f"{loc.name}, {loc.admin1}, {loc.country} ({loc.precision}) {loc.lat},{loc.lon}" if loc else "",
        "attack types": ", ".join(inc.attack_types),
        "weapons": ", ".join(inc.weapons),
        "suicide": str(inc.suicide),
        "targets": "; ".join(f"{t.text} [{t.type}]" for t in inc.targets),
        "perpetrators": "; ".join(
            f"{p.name} — {p.status}" + (f" by {p.by}" if p.by else "") + (f" via {p.how}" if p.how else "")
            for p in inc.perpetrators
        ),
        "killed": _fmt_count(inc.killed),
        "wounded": _fmt_count(inc.wounded),
        "attackers": str(inc.perpetrators_count or ""),
        "attackers killed": str(inc.perpetrators_killed or ""),
        "attackers wounded": str(inc.perpetrators_wounded or ""),
        "disputed": ", ".join(inc.disputed_fields),
    }
    for k, v in rows.items():
        table.add_row(k, escape(v))
    return table


def _evidence_table(report: Report, article_text: str | None) -> Table:
    """Each field beside the sentence it came from, the value's own words highlighted."""
    title = f"report {report.id} — {report.source or ''} {report.uri} ({report.kind})"
    table = Table(title=escape(title), show_lines=True)
    table.add_column("field", style="bold")
    table.add_column("evidence", overflow="fold")
    rows = (
        sorted(report.evidence.items())
        + [(f"perpetrator {p.name} ({p.status})", p.evidence) for p in report.perpetrators]
        + [(f"target ({t.type})", t.evidence) for t in report.targets]
    )
    for name, spans in rows:
        table.add_row(escape(name), " … ".join(_in_sentence(article_text, e) for e in spans[:2]))
    return table


def _in_sentence(text: str | None, ev: Evidence) -> str:
    """The sentence around an evidence span, with the span highlighted (rich markup)."""
    if not text or text[ev.start : ev.end] != ev.text:
        return f"[yellow]{escape(ev.text)}[/yellow]"
    start = max(text.rfind(". ", 0, ev.start) + 2, text.rfind("\n", 0, ev.start) + 1, 0)
    ends = [i for i in (text.find(". ", ev.end), text.find("\n", ev.end)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return escape(text[start : ev.start]) + f"[bold yellow]{escape(ev.text)}[/bold yellow]" + escape(text[ev.end : end])
