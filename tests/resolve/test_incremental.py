"""Incremental resolution against a store: one article at a time ends where all at once does."""

from __future__ import annotations

import random
from collections import defaultdict

from strife.model import Article, Correction, Report
from strife.resolve.incremental import load_pool, update
from strife.store import Store

from .factory import quetta_core, report


def _reports() -> list[Report]:
    # the shared set, plus a main report of the August bombing that the recollections should join
    return [*quetta_core(), report("r8", published="2016-08-09", date="2016-08-08", killed=70, attack=["bombing"])]


def _by_article(reports: list[Report]) -> dict[str, list[Report]]:
    out: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        out[r.article_id].append(r)
    return out


def _ingest(store: Store, article_id: str, reports: list[Report]) -> None:
    store.add_article(Article(id=article_id, uri=f"file:///{article_id}", text=f"text of {article_id}"))
    store.save_reports(article_id, reports)
    update(store, reports)


def _state(store: Store) -> list[tuple[str, list[str], int | None]]:
    return sorted((i.id, [r.id for r in i.reports], i.killed.best) for i in store.iter_incidents())


def test_one_at_a_time_equals_all_at_once(tmp_path) -> None:
    together = Store(f"sqlite:///{tmp_path / 'a.db'}")
    together.init()
    groups = _by_article(_reports())
    for aid, reps in groups.items():
        together.add_article(Article(id=aid, uri=f"file:///{aid}", text=f"text of {aid}"))
        together.save_reports(aid, reps)
    update(together, _reports())
    expected = _state(together)
    assert sorted(len(r) for _, r, _ in expected) == [1, 3, 3]

    for seed in range(3):
        store = Store(f"sqlite:///{tmp_path / f'inc{seed}.db'}")
        store.init()
        order = list(groups)
        random.Random(seed).shuffle(order)
        for aid in order:
            _ingest(store, aid, groups[aid])
        assert _state(store) == expected
        changes = store.changes()
        assert changes and {c.kind for c in changes} <= {"created", "updated", "merged", "split"}


def test_merge_leaves_tombstone_and_rerun_is_noop(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'm.db'}")
    store.init()
    late = report("z9", published="2016-10-27", killed=61)
    _ingest(store, late.article_id, [late])
    (old,) = [i.id for i in store.iter_incidents()]
    early = report("a0", published="2016-10-25", killed=60)
    _ingest(store, early.article_id, [early])
    (new,) = [i.id for i in store.iter_incidents()]
    assert new != old and store.tombstone(old) == new
    n = len(store.changes())
    again = update(store, [early])
    assert again.incidents == [] and len(store.changes()) == n


def test_corrections_in_store_are_respected(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    store.init()
    reps = _reports()[:3]
    for aid, rs in _by_article(reps).items():
        _ingest(store, aid, rs)
    (inc,) = list(store.iter_incidents())
    store.add_correction(Correction(action="split", report_ids=["r3", "r1", "r2"], incident_ids=[inc.id]))
    newcomer = report("r9", published="2016-10-27", killed=61)
    _ingest(store, newcomer.article_id, [newcomer])
    groups = sorted(sorted(r.id for r in i.reports) for i in store.iter_incidents())
    assert all(not ({"r3", "r1"} <= set(g)) for g in groups)
    assert sum(len(g) for g in groups) == 4


def test_vague_recollection_finds_stored_incident_of_its_city(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    store.init()
    main = report("m1", published="2016-08-09", date="2016-08-08", killed=70, attack=["bombing"])
    _ingest(store, main.article_id, [main])
    elsewhere = report("m2", city="Peshawar", published="2016-08-09", date="2016-08-08", killed=3)
    _ingest(store, elsewhere.article_id, [elsewhere])
    recalled = report("x1", kind="referenced", date="2016", precision="year", killed=70, attack=["bombing"])
    recalled = recalled.model_copy(update={"victims": main.victims})
    assert set(load_pool(store, [recalled])) == {"m1", "x1"}
