"""Reconciliation of one incident's reports: counts per rule, perpetrators with sources, date, place, disputes."""

from __future__ import annotations

import pytest

from strife.model import Count, Qualifier, Report
from strife.resolve.reconcile import RULES, reconcile, reconcile_count

from .factory import report


def test_count_rules() -> None:
    counts = [Count(low=59, qualifier=Qualifier.exact), Count(low=61, qualifier=Qualifier.at_least)]
    assert reconcile_count(counts, "max_at_least").model_dump() == {
        "low": 59, "best": 61, "high": 61, "disputed": True, "imputed": False, "rule": "max_at_least",
    }  # fmt: skip
    assert reconcile_count(counts, "acled_conservative").best == 59
    assert reconcile_count(counts, "ucdp_best").best == 61  # the last (latest) report's figure
    with pytest.raises(ValueError):
        reconcile_count(counts, "nope")
    assert set(RULES) == {"max_at_least", "acled_conservative", "ucdp_best"}


def test_upper_bounds_and_imputed_values() -> None:
    counts = [Count(low=None, high=10, qualifier=Qualifier.at_most), Count(low=12, qualifier="dozens", imputed=True)]
    cr = reconcile_count(counts)
    assert (cr.low, cr.best, cr.high, cr.imputed, cr.disputed) == (10, 12, 12, True, True)
    same = reconcile_count([Count(low=5), Count(low=5, qualifier=Qualifier.at_least)])
    assert (same.best, same.disputed) == (5, False)
    assert reconcile_count([]).best is None


def test_perpetrators_kept_per_status_with_sources() -> None:
    a = report("p1", groups=[("Islamic State", "claimed")])
    b = report("p2", groups=[("Islamic State", "claimed"), ("Lashkar-e-Jhangvi", "accused")])
    inc = reconcile("inc_x", [b, a])
    got = [(p.name, p.status, p.sources) for p in inc.perpetrators]
    assert got == [("Islamic State", "claimed", ["art_p1", "art_p2"]), ("Lashkar-e-Jhangvi", "accused", ["art_p2"])]


def test_date_location_kind_and_disputes() -> None:
    vague = report("d1", kind="referenced", date="2016-10", precision="month", killed=3)
    precise = report("d2", date="2016-10-24", killed=3)
    other_day = report("d3", date="2016-10-23", city="Peshawar", killed=3)
    inc = reconcile("inc_y", [vague, precise])
    assert inc.date.value == "2016-10-24" and inc.kind == "main" and inc.disputed_fields == []
    assert [r.id for r in inc.reports] == ["d1", "d2"]  # report_key order: same day published, "2016-10" first
    inc2 = reconcile("inc_z", [precise, other_day])
    assert "date" in inc2.disputed_fields and "location" in inc2.disputed_fields
    assert inc2.killed.disputed is False
    only_ref = reconcile("inc_r", [vague])
    assert only_ref.kind == "referenced"


def test_wounded_who_later_died_are_not_counted_twice() -> None:
    early = report("w1", published="2016-10-24", city="Chicago", wounded=1)  # "a boy was shot in the head"
    late = report("w2", published="2016-10-26", city="Chicago", killed=1, killed_q="exact")  # "the boy died"
    inc = reconcile("inc_w", [early, late])
    assert (inc.killed.best, inc.wounded.best) == (1, 0)
    # five shot, one dead at first; a second victim dies later: 2 killed, 3 wounded, not 4
    first = report("w3", published="2016-10-24", city="Chicago", killed=1, killed_q="exact", wounded=4)
    second = report("w4", published="2016-10-25", city="Chicago", killed=2, killed_q="exact", wounded=3)
    inc2 = reconcile("inc_w2", [first, second])
    assert (inc2.killed.best, inc2.wounded.best, inc2.wounded.high) == (2, 3, 4)
    # the other rules keep their own reading
    assert reconcile("inc_w3", [early, late], rule="acled_conservative").wounded.best == 1


def test_wounded_as_most_reports_give_them() -> None:
    def hurt(rid: str, n: int) -> Report:
        return report(rid, city="Chicago", wounded=n)

    # one report adds a restatement to its count (7): the figure three reports give stands, the range keeps it
    inc = reconcile("inc_m", [hurt("m1", 4), hurt("m2", 7), hurt("m3", 4), hurt("m4", 5)])
    assert (inc.wounded.low, inc.wounded.best, inc.wounded.high, inc.wounded.disputed) == (4, 4, 7, True)
    # no figure given more often than another: the middle one, the higher of two
    assert reconcile("inc_n", [hurt("n1", 7), hurt("n2", 8)]).wounded.best == 8
    assert reconcile("inc_q", [hurt("q1", 5), hurt("q2", 8), hurt("q3", 4)]).wounded.best == 5
    # the other rules keep their own reading
    assert reconcile("inc_o", [hurt("o1", 4), hurt("o2", 7), hurt("o3", 4)], rule="ucdp_best").wounded.best == 4
    low = reconcile("inc_p", [hurt("p1", 7), hurt("p2", 4), hurt("p3", 7)], rule="acled_conservative")
    assert low.wounded.best == 4


def test_the_toll_from_the_main_reports_where_any_gives_one() -> None:
    told = report("t1", city="Chicago", killed=1, killed_q="exact", wounded=1)
    also = report("t2", city="Chicago", killed=1, killed_q="exact", wounded=1)
    recalled = report("t3", city="Chicago", killed=4, killed_q="exact", kind="referenced")  # "a quadruple shooting"
    inc = reconcile("inc_t", [told, also, recalled])
    assert (inc.killed.low, inc.killed.best, inc.killed.high, inc.killed.disputed) == (1, 1, 4, True)
    assert inc.wounded.best == 1
    # with no main report's toll, the recalled one stands; the other rules keep their own reading
    assert reconcile("inc_u", [report("u1", city="Chicago", wounded=1), recalled]).killed.best == 4
    assert reconcile("inc_v", [told, recalled], rule="ucdp_best").killed.best == 4


def test_attackers_killed_as_the_reports_of_the_toll_count_them() -> None:
    def with_pk(rid: str, killed: int, pk: int | None) -> Report:
        r = report(rid, city="Chicago", killed=killed, killed_q="exact")
        return r.model_copy(update={"perpetrators_killed": None if pk is None else Count(low=pk)})

    # "3 dead" (the shooter among them) and "killed two, then himself": one report each way, 3 dead in all
    inc = reconcile("inc_p", [with_pk("a", 3, 1), with_pk("b", 3, None), with_pk("c", 2, 1)])
    assert (inc.killed.best, inc.perpetrators_killed) == (3, 0)
    # most reports of the toll tell the shooter apart: 7 victims and the shooter
    inc2 = reconcile("inc_q", [with_pk("d", 7, 1), with_pk("e", 7, 1), with_pk("f", 7, None), with_pk("g", 7, 2)])
    assert (inc2.killed.best, inc2.perpetrators_killed) == (7, 1)
    # the toll's only report names no dead attacker: "50 killed" beside "the gunman was killed" counts him
    inc3 = reconcile(
        "inc_r",
        [with_pk("h", 2, None), report("i", city="Chicago").model_copy(update={"perpetrators_killed": Count(low=1)})],
    )
    assert inc3.perpetrators_killed == 0


def _with_pw(rid: str, wounded: int | None, pw: int | None, pk: int | None = None) -> Report:
    r = report(rid, city="Chicago", wounded=wounded)
    return r.model_copy(
        update={
            "perpetrators_wounded": None if pw is None else Count(low=pw),
            "perpetrators_killed": None if pk is None else Count(low=pk),
        }
    )


def test_attackers_wounded_apart_from_the_victims() -> None:
    # "2 wounded" and "2 wounded and the gunman was shot by police": two victims and the gunman
    inc = reconcile("inc_a", [_with_pw("a", 2, None), _with_pw("b", 2, 1)])
    assert (inc.wounded.best, inc.perpetrators_wounded) == (2, 1)
    assert "perpetrators_wounded" not in inc.disputed_fields  # a report silent on it disputes nothing
    # only one report tells the gunman's wound, the others give no wounded figure
    assert reconcile("inc_b", [_with_pw("c", None, 1), _with_pw("d", None, None)]).perpetrators_wounded == 1
    assert reconcile("inc_c", [_with_pw("e", 3, None)]).perpetrators_wounded is None


def test_attackers_wounded_as_the_wounded_toll_counts_them() -> None:
    # "3 wounded" counts the gunman whom "2 wounded and the gunman" tells apart: 3 in all, not 4
    inc = reconcile("inc_d", [_with_pw("a", 3, None), _with_pw("b", 2, 1)])
    assert (inc.wounded.best, inc.perpetrators_wounded) == (3, 0)
    # a higher toll that does not add up from the other report keeps its gunman
    inc2 = reconcile("inc_e", [_with_pw("c", 5, None), _with_pw("d", 2, 1)])
    assert (inc2.wounded.best, inc2.perpetrators_wounded) == (5, 1)
    # the toll's reports that tell attackers wounded decide
    inc3 = reconcile("inc_f", [_with_pw("e", 4, 1), _with_pw("f", 4, None), _with_pw("g", 2, 2)])
    assert (inc3.wounded.best, inc3.perpetrators_wounded) == (4, 1)


def test_attacker_wounded_who_later_died_is_not_counted_twice() -> None:
    # "the gunman was hospitalized" then "the gunman died": one attacker killed, none wounded
    inc = reconcile("inc_g", [_with_pw("a", 2, 1), _with_pw("b", 2, None, pk=1)])
    assert (inc.perpetrators_killed, inc.perpetrators_wounded) == (1, 0)
    # one attacker dead and another wounded, told by the same report
    inc2 = reconcile("inc_h", [_with_pw("c", 2, 1, pk=1), _with_pw("d", 2, None, pk=1)])
    assert (inc2.perpetrators_killed, inc2.perpetrators_wounded) == (1, 1)
