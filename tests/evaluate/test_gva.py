"""GVA harness: clustering scores computed by hand on tiny partitions, and the gold-like sanity run."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.evaluate.gva import b_cubed, gold_like_reports, load_docs, load_gold, pairwise, predicted_assignment
from strife.resolve.engine import resolve

GOLD = {"a": "1", "b": "1", "c": "1", "d": "2"}


def test_perfect_partition_scores_one() -> None:
    assert b_cubed(GOLD, GOLD).f1 == pytest.approx(1.0)
    assert pairwise(GOLD, GOLD).f1 == pytest.approx(1.0)


def test_b_cubed_by_hand() -> None:
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    s = b_cubed(GOLD, pred)
    # precision: a 1, b 1, c 1/2, d 1/2 → 3/4; recall: a 2/3, b 2/3, c 1/3, d 1 → 2/3
    assert s.p == pytest.approx(0.75) and s.r == pytest.approx(2 / 3)
    pw = pairwise(GOLD, pred)
    # gold pairs ab ac bc; predicted ab cd → 1 of 2 right, 1 of 3 found
    assert pw.p == pytest.approx(0.5) and pw.r == pytest.approx(1 / 3)


def test_singletons_have_full_precision() -> None:
    s = b_cubed(GOLD, {k: k for k in GOLD})
    assert s.p == 1.0 and s.r == pytest.approx((1 / 3 * 3 + 1) / 4)


def test_gold_like_reports_cluster_well(shared) -> None:
    path = shared / "data" / "gva" / "articles_dev.jsonl"
    docs = load_docs(path, limit=300)
    incidents = resolve(list(gold_like_reports(docs, load_gold(path))), [], []).incidents
    assign = predicted_assignment(docs, incidents, {})
    truth = {d.doc_id: d.incident_id for d in docs}
    assert b_cubed(truth, assign).f1 > 0.9 > b_cubed(truth, {d: d for d in truth}).f1


def test_articles_without_a_report_are_each_alone() -> None:
    import datetime as dt

    from strife.evaluate.gva import GvaDoc
    from strife.model import Article

    page = Article(id="art_same", uri="u", source="gva", text="en", published=dt.date(2016, 1, 1))
    docs = [GvaDoc("1", "g1", page), GvaDoc("2", "g2", page.model_copy(update={"uri": "v"}))]
    assign = predicted_assignment(docs, [], {})
    assert assign["1"] != assign["2"]  # two empty pages with one text are not one incident


def test_resolve_only_reclusters_the_stored_reports(tmp_path: Path) -> None:
    import datetime as dt

    from strife.evaluate.gva import resolve_stored
    from strife.model import Article
    from strife.store import Store
    from tests.resolve.factory import report

    db = f"sqlite:///{tmp_path / 'g.db'}"
    with pytest.raises(ValueError, match="no reports"):
        Store(db).init()
        resolve_stored(db, "max_at_least")
    store = Store(db)
    text = "Police said Darnell Okafor, 24, was shot on Friday."
    for rid in ("a", "b", "c"):
        store.add_article(Article(id=f"art_{rid}", uri=f"u{rid}", text=text, published=dt.date(2016, 10, 25)))
    store.save_reports("art_a", [report("a", city="Chicago", killed=1)])
    store.save_reports("art_b", [report("b", city="Chicago", killed=1)])
    store.save_reports("art_c", [report("c", city="Quetta", killed=9, published="2016-01-02", date="2016-01-01")])
    store.close()
    incidents, duplicate_of = resolve_stored(db, "max_at_least")
    assert sorted(len(i.reports) for i in incidents) == [1, 2] and duplicate_of == {}


def test_field_scores_count_attackers_among_killed_and_injured() -> None:
    import datetime as dt

    from strife.evaluate.gva import GvaDoc, field_scores
    from strife.model import Article, CountRange, Incident

    page = Article(id="art_1", uri="u", source="gva", text="A test page.", published=dt.date(2016, 1, 1))
    docs = [GvaDoc("1", "g1", page)]
    gold = {"g1": {"num_killed": 2, "num_injured": 3, "date": "2016-01-01", "city_or_county": "Chicago"}}
    inc = Incident(
        id="inc_1",
        killed=CountRange(best=1),
        wounded=CountRange(best=2),
        perpetrators_killed=1,  # a shooter shot dead
        perpetrators_wounded=1,  # a suspect shot and hospitalized
    )
    fs = field_scores(docs, {"1": "inc_1"}, [inc], gold)
    assert (fs.killed, fs.injured, fs.both) == (1.0, 1.0, 1.0)
    fs2 = field_scores(docs, {"1": "inc_1"}, [inc.model_copy(update={"perpetrators_wounded": None})], gold)
    assert (fs2.killed, fs2.injured) == (1.0, 0.0)
