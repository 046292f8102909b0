"""`strife merge`, `strife split`, `strife changes`, and the side-by-side view."""

from __future__ import annotations

import typer
from rich.console import Console
from typer.testing import CliRunner

from strife.model import Article, Count, Report
from strife.resolve.commands import register
from strife.resolve.engine import resolve
from strife.resolve.incremental import update
from strife.resolve.present import side_by_side
from strife.store import Store

from .factory import report

app = typer.Typer()
register(app)
app.command("noop")(lambda: None)  # keep Typer in multi-command mode


def _store(db_url: str, reports: list[Report]) -> Store:
    store = Store(db_url)
    store.init()
    for r in reports:
        store.add_article(Article(id=r.article_id, uri="file:///x", text=r.article_id))
        store.save_reports(r.article_id, [r])
    update(store, reports)
    return store


def _groups(store: Store) -> list[list[str]]:
    return sorted(sorted(r.id for r in i.reports) for i in store.iter_incidents())


def test_merge_and_split_recorded_and_respected(db_url: str) -> None:
    reps = [
        report("r1", killed=61),
        report("r2", killed=59),
        report("r3", published="2016-10-26", killed=61),
        report("r4", city="Peshawar", killed=4),
    ]
    store = _store(db_url, reps)
    assert _groups(store) == [["r1", "r2", "r3"], ["r4"]]
    quetta = next(i.id for i in store.iter_incidents() if len(i.reports) == 3)
    peshawar = next(i.id for i in store.iter_incidents() if len(i.reports) == 1)

    out = CliRunner().invoke(
        app, ["split", quetta, "--report", "r3", "--who", "ana", "--why", "other attack", "--db", db_url]
    )
    assert out.exit_code == 0, out.output
    assert _groups(store) == [["r1", "r2"], ["r3"], ["r4"]]

    out = CliRunner().invoke(app, ["merge", quetta, peshawar, "--who", "ben", "--db", db_url])
    assert out.exit_code == 0, out.output
    assert _groups(store) == [["r1", "r2", "r4"], ["r3"]]
    assert store.tombstone(peshawar) == quetta
    assert [c.action for c in store.corrections()] == ["split", "merge"]

    # A later automatic run over the same block keeps both decisions.
    newcomer = report("r5", published="2016-10-27", killed=61)
    store.add_article(Article(id=newcomer.article_id, uri="file:///x", text="x"))
    store.save_reports(newcomer.article_id, [newcomer])
    update(store, [newcomer])
    groups = _groups(store)
    assert set(next(g for g in groups if "r1" in g)) >= {"r1", "r2", "r4"}
    assert not any({"r1", "r3"} <= set(g) for g in groups)

    log = CliRunner().invoke(app, ["changes", "--db", db_url])
    assert log.exit_code == 0 and "ana" in log.output and "ben" in log.output and "split" in log.output
    later = CliRunner().invoke(app, ["changes", "--since", "2999-01-01", "--db", db_url])
    assert "0 changes" in later.output


def test_split_rejects_unknown_report(db_url: str) -> None:
    store = _store(db_url, [report("r1", killed=1), report("r2", killed=1)])
    inc = next(store.iter_incidents()).id
    out = CliRunner().invoke(app, ["split", inc, "--report", "nope", "--db", db_url])
    assert out.exit_code != 0


def test_side_by_side_shows_disagreement() -> None:
    res = resolve([report("t1", killed=59), report("t2", published="2016-10-26", killed=61)], [], [])
    console = Console(width=160, record=True)
    console.print(side_by_side(res.incidents[0]))
    text = console.export_text()
    assert "59" in text and "61" in text and "disputed" in text and "killed" in text


def test_side_by_side_shows_attackers_wounded() -> None:
    shot = report("t3", published="2016-10-26", wounded=2).model_copy(update={"perpetrators_wounded": Count(low=1)})
    res = resolve([report("t4", wounded=2), shot], [], [])
    console = Console(width=200, record=True)
    console.print(side_by_side(res.incidents[0], all_fields=True))
    row = next(line for line in console.export_text().splitlines() if "perpetrators_wounded" in line)
    cells = [c.strip() for c in row.strip("│ ").split("│")]
    assert cells[1:] == ["—", "1", "1"]  # one report silent, one telling the gunman's wound; the incident
