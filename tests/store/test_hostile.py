"""Hostile strings in filters and in stored values: no SQL injection, no wildcard leaks, no crashes."""

from __future__ import annotations

import pytest

from strife.model import IncidentQuery
from strife.store import Store
from strife.store.testing import sample_article, sample_incident, sample_report

HUGE = "x" * 1_000_000
HOSTILE = [
    "'",
    '"',
    "%",
    "_",
    "\\",
    "%' OR '1'='1",
    "'; DROP TABLE incidents; --",
    "Robert'); DROP TABLE articles;--",
    "\x00",
    "a\x00b",
    HUGE,
    "NEAR(x y) OR * ^ :",
    ")(",
    "AND OR NOT",
    "🙂 ٣ \u202e",
]
STRING_FILTERS = ("country", "admin1", "city", "attack_type", "target_type", "group", "group_status", "kind", "text")


@pytest.fixture()
def one(store: Store) -> Store:
    art = sample_article("An ordinary hand-written article about a bridge.")
    store.add_article(art)
    store.save_incidents(
        [
            sample_incident(
                "inc_1",
                "2020-05-05",
                "Freedonia",
                "FD",
                "North",
                "Quetta",
                killed=5,
                groups=[("Group A", "claimed")],
                target_types=["police"],
                attack_types=["bombing"],
                reports=[sample_report("rep_1", art.id)],
            )
        ]
    )
    return store


@pytest.mark.parametrize("bad", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_filter_values_match_nothing_and_break_nothing(one: Store, bad: str) -> None:
    for name in STRING_FILTERS:
        page, total = one.query_incidents(IncidentQuery(**{name: bad}))
        assert (page, total) == ([], 0), name
    assert one.query_incidents(IncidentQuery())[1] == 1  # every table still there
    assert one.count_articles() == 1


def test_hostile_lookups_by_id(one: Store) -> None:
    for bad in HOSTILE:
        assert one.get_incident(bad) is None
        assert one.get_article(bad) is None
        assert one.tombstone(bad) is None
        assert one.get_reports([bad]) == []
        assert one.incidents_for_reports([bad]) == []


@pytest.mark.parametrize(
    "bad",
    ['O\'Brien "quoted" 100%_', "a\x00b", "'; DROP TABLE incidents; --", HUGE],
    ids=["quotes", "nul", "sql", "huge"],
)
def test_hostile_values_are_stored_and_found_exactly(store: Store, bad: str) -> None:
    art = sample_article(f"An article that holds a hostile string: {bad}")
    store.add_article(art)
    store.save_reports(art.id, [sample_report("rep_1", art.id, summary=bad)])
    inc = sample_incident("inc_1", city=bad, groups=[(bad, "claimed")], summary=bad, reports=[sample_report("rep_1")])
    store.save_incidents([inc])
    assert store.get_article(art.id) == art
    assert store.get_reports(["rep_1"])[0].summary == bad
    assert store.get_incident("inc_1").location.city == bad
    assert [i.id for i in store.query_incidents(IncidentQuery(city=bad))[0]] == ["inc_1"]
    assert [i.id for i in store.query_incidents(IncidentQuery(group=bad))[0]] == ["inc_1"]
    assert store.query_incidents(IncidentQuery(city="%"))[1] == 0  # LIKE wildcards mean nothing here


def test_huge_article_text_is_searchable(store: Store) -> None:
    words = " ".join(f"w{i}" for i in range(150_000))  # ~1 MB, more distinct words than a tsvector may hold
    art = sample_article("needle at the start " + words)
    store.add_article(art)
    store.save_incidents([sample_incident("inc_1", reports=[sample_report("rep_1", art.id)])])
    assert store.get_article(art.id) == art
    assert store.query_incidents(IncidentQuery(text="needle"))[1] == 1
