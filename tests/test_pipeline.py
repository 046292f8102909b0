"""End to end on the seed articles: run → export → the shared gold scorer; reruns; bad input beside good input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from strife.cli import app
from strife.export.jsonl import write_jsonl
from strife.pipeline import run_paths
from strife.store import Store


@pytest.fixture(scope="module")
def seeded(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Path]:
    tmp = tmp_path_factory.mktemp("seeds")
    store = Store(f"sqlite:///{tmp / 'seeds.db'}")
    stats = run_paths([shared / "corpus" / "seeds"], store, progress=False)
    assert stats.articles_new == 3 and not stats.skipped
    out = tmp / "out.jsonl"
    with out.open("w") as fh:
        write_jsonl(store.iter_incidents(), fh)
    return store, out


def _score(shared: Path, out: Path) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            str(shared / "tools" / "score_gold.py"),
            str(shared / "gold" / "seeds.json"),
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("{"))
    return json.loads(line)


def test_seeds_score(seeded: tuple[Store, Path], shared: Path) -> None:
    result = _score(shared, seeded[1])
    assert result["right"] / result["asked"] >= 0.80, result
    assert result["spurious"] == 0
    by_key = {i["incident"]: i for i in result["incidents"]}
    for key in ("quetta-police-college-2016", "peshawar-army-school-2014"):
        assert by_key[key]["found"], key
    assert by_key["quetta-police-college-2016"]["fields"]["merged across reports"]


def test_quetta_keeps_every_source(seeded: tuple[Store, Path]) -> None:
    rows = [json.loads(x) for x in seeded[1].read_text().splitlines()]
    quetta = next(r for r in rows if len(r["reports"]) >= 2 and r["kind"] == "main")
    per_report = sorted(r["killed"]["low"] for r in quetta["reports"])
    assert per_report == [59, 61]
    assert quetta["killed"]["best"] == 61 and quetta["killed"]["low"] == 59 and quetta["killed"]["disputed"]
    statuses = {(p["name"], p["status"]) for p in quetta["perpetrators"]}
    assert ("Islamic State", "claimed") in statuses
    # every value a user sees can be traced to its sentence
    for report in quetta["reports"]:
        assert report["evidence"]["killed"][0]["text"]


def test_army_offensive_is_no_incident(seeded: tuple[Store, Path]) -> None:
    rows = [json.loads(x) for x in seeded[1].read_text().splitlines()]
    assert all((r.get("killed") or {}).get("best") != 1800 for r in rows)
    assert all(r.get("perpetrators_killed") != 1800 for r in rows)


def test_rerun_changes_nothing(seeded: tuple[Store, Path], shared: Path) -> None:
    store, _ = seeded
    before = sorted(i.id for i in store.iter_incidents())
    stats = run_paths([shared / "corpus" / "seeds"], store, progress=False)
    assert stats.articles_new == 0 and stats.reports == 0
    assert sorted(i.id for i in store.iter_incidents()) == before


def test_cli_bad_input_is_skipped_and_stored_data_survives(shared: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    good = runner.invoke(app, ["run", "--db", db, "-q", str(shared / "corpus" / "seeds" / "002_c9abc69ca9b275b8.txt")])
    assert good.exit_code == 0, good.output
    before = sorted(i.id for i in Store(db).iter_incidents())
    assert before
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (bad / "empty.txt").write_text("")
    (bad / "broken.jsonl").write_text('{"text": "unterminated\n')
    result = runner.invoke(app, ["run", "--db", db, "-q", str(bad)])
    assert result.exit_code == 3
    assert "binary.txt" in result.output and "broken.jsonl:1" in result.output
    assert sorted(i.id for i in Store(db).iter_incidents()) == before


def test_an_article_the_extractor_cannot_read_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from strife.extract import Extractor
    from strife.model import Article, article_id
    from strife.pipeline import run_articles

    def boom(self: Extractor, article: Article) -> list:
        if "boom" in article.text:
            raise ValueError("cannot parse")
        return []

    monkeypatch.setattr(Extractor, "__call__", boom)
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    texts = ["A quiet day in the market, boom", "Nothing happened at the harbour today."]
    arts = [Article(id=article_id(t), uri=f"test://{i}", text=t) for i, t in enumerate(texts)]
    stats = run_articles(arts, store, progress=False)
    assert [s.path for s in stats.skipped] == ["test://0"] and "cannot parse" in stats.skipped[0].reason
    assert stats.articles_new == 1 and store.get_article(arts[1].id) is not None
