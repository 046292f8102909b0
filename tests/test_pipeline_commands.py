"""`strife show`'s summary table of one incident."""

from __future__ import annotations

from rich.console import Console

from strife.model import CountRange, Incident
from strife.pipeline_commands import _summary


def test_summary_lists_attackers_killed_and_wounded() -> None:
    inc = Incident(
        id="inc_1", killed=CountRange(best=2), wounded=CountRange(best=3), perpetrators_killed=1, perpetrators_wounded=1
    )
    console = Console(width=120, record=True)
    console.print(_summary(inc))
    lines = console.export_text().splitlines()
    row = next(line for line in lines if "attackers wounded" in line)
    assert row.replace("│", " ").split()[-1] == "1"
    assert any("attackers killed" in line for line in lines)
