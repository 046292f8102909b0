"""Resolution engine: order independence, stable ids, merges, tombstones, corrections, referenced reports."""

from __future__ import annotations

import datetime as dt
import random

from strife.model import Correction, stable_id
from strife.resolve.engine import resolve

from .factory import quetta_core, report

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _corpus() -> list:
    # the shared Quetta/Peshawar set, plus Kabul the same day: same toll, another country
    return [*quetta_core(), report("r7", published="2016-10-25", city="Kabul", killed=61, attack=["armed_assault"])]


def _clusters(result) -> list[tuple[str, list[str]]]:
    return sorted((i.id, [r.id for r in i.reports]) for i in result.incidents)


def test_clusters_expected_incidents() -> None:
    res = resolve(_corpus(), [], [], now=NOW)
    groups = sorted(sorted(r.id for r in inc.reports) for inc in res.incidents)
    assert groups == [["r1", "r2", "r3"], ["r4"], ["r5", "r6"], ["r7"]]
    assert all(c.kind == "created" for c in res.changes) and len(res.changes) == 4


def test_order_independence_same_incidents_and_ids() -> None:
    base = resolve(_corpus(), [], [], now=NOW)
    for seed in range(5):
        shuffled = _corpus()
        random.Random(seed).shuffle(shuffled)
        again = resolve(shuffled, [], [], now=NOW)
        assert _clusters(again) == _clusters(base)
        assert [i.model_dump() for i in sorted(again.incidents, key=lambda i: i.id)] == [
            i.model_dump() for i in sorted(base.incidents, key=lambda i: i.id)
        ]


def test_id_derived_from_earliest_report_and_stable_across_reruns() -> None:
    res = resolve(_corpus(), [], [], now=NOW)
    quetta = next(i for i in res.incidents if any(r.id == "r1" for r in i.reports))
    assert quetta.id == stable_id("inc", "r1")  # r1 and r2 share a date: the id breaks the tie
    rerun = resolve([], res.incidents, [], now=NOW)
    assert rerun.incidents == [] and rerun.removed == {} and rerun.changes == []
    assert {i.id for i in rerun.unchanged} == {i.id for i in res.incidents}


def test_referenced_report_merges_with_main_report() -> None:
    main = report("m1", published="2016-08-09", date="2016-08-08", killed=70, attack=["bombing"])
    recalled = report("x1", kind="referenced", published="2016-10-25", date="2016-08", precision="month", killed=70)
    res = resolve([main, recalled], [], [], now=NOW)
    assert len(res.incidents) == 1
    inc = res.incidents[0]
    assert inc.kind == "main" and inc.date.value == "2016-08-08" and inc.id == stable_id("inc", "m1")


def test_same_article_reports_never_merge() -> None:
    a = report("a1", "art_same", killed=5)
    b = report("a2", "art_same", killed=5)
    assert len(resolve([a, b], [], [], now=NOW).incidents) == 2


def test_tolls_rising_reconciled_and_disputed() -> None:
    res = resolve([report("t1", killed=59), report("t2", published="2016-10-26", killed=61)], [], [], now=NOW)
    (inc,) = res.incidents
    assert (inc.killed.low, inc.killed.best, inc.killed.high, inc.killed.disputed) == (59, 61, 61, True)
    assert "killed" in inc.disputed_fields and len(inc.reports) == 2


def test_rule_switching() -> None:
    reps = [report("t1", killed=59), report("t2", published="2016-10-26", killed=61), report("t3", killed=60)]
    best = {
        rule: resolve(reps, [], [], rule, now=NOW).incidents[0].killed
        for rule in ("max_at_least", "acled_conservative", "ucdp_best")
    }
    assert best["max_at_least"].best == 61 and best["acled_conservative"].best == 59
    assert best["ucdp_best"].best == 61  # the latest report (t2, published a day later)
    assert all(b.low == 59 and b.high == 61 for b in best.values())
    assert best["acled_conservative"].rule == "acled_conservative"


def test_merge_tombstones_the_later_incident() -> None:
    # Two reports too far apart in their figures to merge automatically... until a bridging earlier report arrives.
    late = report("z9", published="2016-10-27", killed=61)
    first = resolve([late], [], [], now=NOW)
    old_id = first.incidents[0].id
    earlier = report("a0", published="2016-10-25", killed=60)
    second = resolve([earlier], first.incidents, [], now=NOW)
    (inc,) = second.incidents
    assert inc.id == stable_id("inc", "a0") != old_id
    assert second.removed == {old_id: inc.id}
    assert second.changes[0].kind == "merged" and second.changes[0].other_ids == [old_id]


def test_human_split_and_merge_respected() -> None:
    reps = _corpus()
    res = resolve(reps, [], [], now=NOW)
    quetta = next(i for i in res.incidents if any(r.id == "r1" for r in i.reports))
    split = Correction(action="split", report_ids=["r3", "r1", "r2"], incident_ids=[quetta.id], at=NOW)
    after = resolve([], res.incidents, [split], now=NOW)
    groups = sorted(sorted(r.id for r in i.reports) for i in after.incidents)
    assert ["r1", "r2"] in groups and ["r3"] in groups
    assert any(c.kind == "split" and c.incident_id == quetta.id for c in after.changes)
    # A later automatic run with the correction keeps them apart; a later merge wins over the split.
    assert ["r3"] in sorted(sorted(r.id for r in i.reports) for i in resolve(reps, [], [split], now=NOW).incidents)
    merge = Correction(action="merge", report_ids=["r3", "r1", "r2", "r7"], at=NOW + dt.timedelta(hours=1))
    merged = resolve(reps, [], [split, merge], now=NOW).incidents
    assert ["r1", "r2", "r3", "r7"] in [sorted(r.id for r in i.reports) for i in merged]


def test_far_apart_or_clashing_figures_stay_apart() -> None:
    a = report("c1", city="Chicago", published="2015-06-01", date="2015-05-31", killed=0, wounded=1)
    b = report("c2", city="Chicago", published="2015-06-01", date="2015-05-31", killed=4, wounded=0)
    c = report("c3", city="Chicago", published="2015-06-01", date="2015-05-20", killed=0, wounded=1)
    assert len(resolve([a, b, c], [], [], now=NOW).incidents) == 3


def test_shared_victim_name_links_reports() -> None:
    # Two days apart in the same city: too weak alone, linked by the victim's name.
    a = report("v1", city="Chicago", date="2015-05-31", published="2015-06-01", victims=["Darnell Jones, 19"])
    b = report("v2", city="Chicago", date="2015-06-02", published="2015-06-03", victims=["Darnell Jones"])
    c = report("v3", city="Chicago", date="2015-06-02", published="2015-06-03", victims=["Marcus Lee"])
    assert len(resolve([a, b], [], [], now=NOW).incidents) == 1
    assert len(resolve([a, c], [], [], now=NOW).incidents) == 2


def test_two_recollections_of_one_attack_merge_whatever_their_figures_order() -> None:
    # Two articles of the same day recall an August attack: "more than 70" and "at least 74" killed.
    a = report("q1", kind="referenced", date="2016-08", precision="month", killed=70, killed_q="more_than")
    b = report("q2", kind="referenced", date="2016-08", precision="month", killed=74, attack=["bombing"])
    a = a.model_copy(update={"attack_types": ["bombing"]})
    (inc,) = resolve([a, b], [], [], now=NOW).incidents
    assert inc.kind == "referenced" and inc.killed.best == 74 and inc.killed.low == 70
