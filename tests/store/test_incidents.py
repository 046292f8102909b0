"""Incidents: upsert by id, link tables following the record, tombstones, lookups by report, change log."""

from __future__ import annotations

import datetime as dt

from strife.model import Change, ChangeKind, Correction, Count, IncidentQuery, Qualifier
from strife.store import Store
from strife.store.testing import sample_incident, sample_report, utc


def test_save_and_get_incident_round_trip(store: Store) -> None:
    rep = sample_report("rep_1", "art_1", "PK", "2016-10-24")
    inc = sample_incident("inc_1", "2016-10-24", "Pakistan", "PK", city="Quetta", killed=61, reports=[rep])
    store.save_incidents([inc])
    got = store.get_incident("inc_1")
    assert got is not None
    assert got.model_dump(exclude={"created_at", "updated_at"}) == inc.model_dump(exclude={"created_at", "updated_at"})
    assert got.created_at is not None and got.updated_at is not None
    assert store.get_incident("inc_missing") is None


def test_upsert_replaces_fields_and_links_and_keeps_created_at(store: Store) -> None:
    first = sample_incident(
        "inc_1",
        "2016-10-24",
        country_code="PK",
        killed=10,
        groups=[("Group A", "claimed")],
        attack_types=["bombing"],
        reports=[sample_report("rep_1", "art_1")],
    )
    store.save_incidents([first])
    created = store.get_incident("inc_1").created_at
    second = sample_incident(
        "inc_1",
        "2016-10-24",
        country_code="PK",
        killed=12,
        groups=[("Group B", "accused")],
        attack_types=["armed_assault"],
        reports=[sample_report("rep_2", "art_2")],
    )
    store.save_incidents([second])
    got = store.get_incident("inc_1")
    assert got.killed.best == 12
    assert got.created_at == created and got.updated_at >= created
    assert store.query_incidents(IncidentQuery(attack_type="bombing"))[1] == 0
    assert store.query_incidents(IncidentQuery(attack_type="armed_assault"))[1] == 1
    assert store.query_incidents(IncidentQuery(group="Group A"))[1] == 0
    assert store.incidents_for_reports(["rep_1"]) == []
    assert [i.id for i in store.incidents_for_reports(["rep_2"])] == ["inc_1"]
    assert len(list(store.iter_incidents())) == 1


def test_removed_incidents_leave_tombstones(store: Store) -> None:
    store.save_incidents([sample_incident("inc_a"), sample_incident("inc_b"), sample_incident("inc_c")])
    store.save_incidents([sample_incident("inc_b")], removed={"inc_a": "inc_b"})
    assert store.get_incident("inc_a") is None
    assert store.tombstone("inc_a") == "inc_b"
    store.save_incidents([sample_incident("inc_c")], removed={"inc_b": "inc_c"})
    assert store.tombstone("inc_a") == "inc_c"  # followed through the later merge
    assert store.tombstone("inc_b") == "inc_c"
    store.save_incidents([], removed={"inc_c": None})
    assert store.tombstone("inc_c") is None and store.get_incident("inc_c") is None
    assert store.tombstone("inc_never") is None
    assert list(store.iter_incidents()) == []


def test_an_id_saved_again_loses_its_tombstone(store: Store) -> None:
    store.save_incidents([sample_incident("inc_b")], removed={"inc_a": "inc_b"})
    store.save_incidents([sample_incident("inc_a")])  # split back out
    assert store.tombstone("inc_a") is None
    assert store.get_incident("inc_a") is not None


def test_tombstone_cycle_terminates(store: Store) -> None:
    store.save_incidents([], removed={"inc_a": "inc_b"})
    store.save_incidents([], removed={"inc_b": "inc_a"})
    assert store.tombstone("inc_a") in {"inc_a", "inc_b"}


def test_incidents_for_reports(store: Store) -> None:
    store.save_incidents(
        [
            sample_incident("inc_1", reports=[sample_report("rep_1"), sample_report("rep_2")]),
            sample_incident("inc_2", reports=[sample_report("rep_3")]),
            sample_incident("inc_3", reports=[sample_report("rep_4")]),
        ]
    )
    assert [i.id for i in store.incidents_for_reports(["rep_2", "rep_3", "rep_1", "rep_x"])] == ["inc_1", "inc_2"]
    assert store.incidents_for_reports([]) == []


def test_changes_since_is_strict_and_ordered(store: Store) -> None:
    c1 = Change(at=utc(2026, 1, 1, 10), kind=ChangeKind.created, incident_id="inc_1", report_ids=["rep_1"])
    c2 = Change(at=utc(2026, 1, 1, 11), kind=ChangeKind.merged, incident_id="inc_1", other_ids=["inc_2"])
    c3 = Change(at=utc(2026, 1, 2, 9), kind=ChangeKind.updated, incident_id="inc_3", why="new report")
    store.add_changes([c3, c1])
    store.add_changes([c2])
    store.add_changes([])
    assert store.changes() == [c1, c2, c3]
    assert store.changes(since=utc(2026, 1, 1, 10)) == [c2, c3]
    assert store.changes(since=dt.datetime(2026, 1, 1, 10, 30)) == [c2, c3]  # naive means UTC
    plus_two = dt.timezone(dt.timedelta(hours=2))
    assert store.changes(since=dt.datetime(2026, 1, 1, 12, 30, tzinfo=plus_two)) == [c2, c3]  # 10:30 UTC
    assert store.changes(since=utc(2026, 1, 3)) == []


def test_corrections_round_trip_in_order(store: Store) -> None:
    first = Correction(action="merge", report_ids=["rep_1", "rep_2"], who="analyst", why="same attack")
    second = Correction(action="split", report_ids=["rep_3"], incident_ids=["inc_9"])
    store.add_correction(first)
    store.add_correction(second)
    assert store.corrections() == [first, second]


def test_an_id_both_saved_and_removed_is_kept(store: Store) -> None:
    store.save_incidents([sample_incident("inc_a", killed=1)])
    store.save_incidents(
        [sample_incident("inc_a", killed=2), sample_incident("inc_a", killed=3)], removed={"inc_a": None}
    )
    got = store.get_incident("inc_a")
    assert got is not None and got.killed.best == 3  # the last copy wins
    assert store.tombstone("inc_a") is None


def test_attackers_wounded_round_trip(store: Store) -> None:
    rep = sample_report("rep_w", "art_w", "US", "2016-10-24").model_copy(
        update={"perpetrators_wounded": Count(low=1, qualifier=Qualifier.exact, text="the gunman")}
    )
    inc = sample_incident("inc_w", "2016-10-24", "United States", "US", reports=[rep]).model_copy(
        update={"perpetrators_wounded": 1}
    )
    store.save_incidents([inc])
    got = store.get_incident("inc_w")
    assert got is not None and got.perpetrators_wounded == 1
    assert got.reports[0].perpetrators_wounded == rep.perpetrators_wounded
    store.save_reports("art_w", [rep])
    assert store.get_reports(["rep_w"]) == [rep]
