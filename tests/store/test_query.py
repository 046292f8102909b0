"""query_incidents: each IncidentQuery filter, every sort, pagination with a stable total."""

from __future__ import annotations

import datetime as dt

import pytest

from strife.model import IncidentQuery, ReportKind
from strife.store import Store
from strife.store.testing import sample_incident


@pytest.fixture()
def filled(store: Store) -> Store:
    """Five incidents that differ in every filtered field."""
    store.save_incidents(
        [
            sample_incident(
                "inc_q",
                "2016-10-24",
                "Pakistan",
                "PK",
                "Balochistan",
                "Quetta",
                killed=61,
                groups=[("Islamic State", "claimed"), ("Lashkar-e-Jhangvi", "accused")],
                target_types=["police"],
                attack_types=["bombing", "armed_assault"],
            ),
            sample_incident(
                "inc_k",
                "2016-08",
                "Afghanistan",
                "AF",
                "Kabul",
                "Kabul",
                killed=14,
                groups=[("Taliban", "denied")],
                target_types=["educational_institution"],
                attack_types=["armed_assault"],
            ),
            sample_incident(
                "inc_l",
                "2017-05-22",
                "United Kingdom",
                "GB",
                "England",
                "Manchester",
                killed=22,
                groups=[("Islamic State", "possible")],
                target_types=["private_citizens_property"],
                attack_types=["bombing"],
            ),
            sample_incident(
                "inc_p", "2016", "Pakistan", "PK", "Punjab", "Lahore", killed=None, kind=ReportKind.referenced
            ),
            sample_incident("inc_u", None, None, None, None, None, killed=3, attack_types=["kidnapping"]),
        ]
    )
    return store


def ids(store: Store, **filters: object) -> list[str]:
    page, total = store.query_incidents(IncidentQuery(sort="id", **filters))
    assert total == len(page)
    return [i.id for i in page]


def test_no_filter_returns_everything(filled: Store) -> None:
    assert ids(filled) == ["inc_k", "inc_l", "inc_p", "inc_q", "inc_u"]


def test_date_window_overlaps_partial_dates(filled: Store) -> None:
    assert ids(filled, date_from=dt.date(2016, 10, 1), date_to=dt.date(2016, 10, 31)) == ["inc_p", "inc_q"]
    assert ids(filled, date_from=dt.date(2016, 8, 31), date_to=dt.date(2016, 8, 31)) == ["inc_k", "inc_p"]
    assert ids(filled, date_from=dt.date(2017, 1, 1)) == ["inc_l"]
    assert ids(filled, date_to=dt.date(2016, 1, 1)) == ["inc_p"]  # the year 2016 starts on that day


def test_country_by_name_or_code_any_case(filled: Store) -> None:
    assert ids(filled, country="PK") == ["inc_p", "inc_q"]
    assert ids(filled, country="pk") == ["inc_p", "inc_q"]
    assert ids(filled, country="pakistan") == ["inc_p", "inc_q"]
    assert ids(filled, country="United Kingdom") == ["inc_l"]
    assert ids(filled, country="Pakist") == []


def test_country_code_is_stored_upper_case(store: Store) -> None:
    store.save_incidents([sample_incident("inc_1", country_code="pk")])
    assert ids(store, country="PK") == ["inc_1"]


def test_admin1_and_city(filled: Store) -> None:
    assert ids(filled, admin1="balochistan") == ["inc_q"]
    assert ids(filled, city="Kabul") == ["inc_k"]
    assert ids(filled, city="QUETTA", admin1="Balochistan", country="PK") == ["inc_q"]
    assert ids(filled, city="Quetta", country="GB") == []


def test_attack_and_target_type(filled: Store) -> None:
    assert ids(filled, attack_type="bombing") == ["inc_l", "inc_q"]
    assert ids(filled, attack_type="armed_assault") == ["inc_k", "inc_q"]
    assert ids(filled, target_type="police") == ["inc_q"]
    assert ids(filled, target_type="military") == []


def test_target_type_also_reads_victims(store: Store) -> None:
    from strife.model import Entity

    store.save_incidents([sample_incident("inc_v", victims=[Entity(text="journalists", type="journalists_media")])])
    assert ids(store, target_type="journalists_media") == ["inc_v"]


def test_group_and_status_match_the_same_perpetrator(filled: Store) -> None:
    assert ids(filled, group="Islamic State") == ["inc_l", "inc_q"]
    assert ids(filled, group="islamic state", group_status="claimed") == ["inc_q"]
    assert ids(filled, group="Islamic State", group_status="accused") == []  # accused is another group there
    assert ids(filled, group_status="denied") == ["inc_k"]


def test_min_killed_and_kind(filled: Store) -> None:
    assert ids(filled, min_killed=20) == ["inc_l", "inc_q"]
    assert ids(filled, min_killed=0) == ["inc_k", "inc_l", "inc_q", "inc_u"]  # unknown tolls drop out
    assert ids(filled, kind="referenced") == ["inc_p"]
    assert ids(filled, kind="main", min_killed=50) == ["inc_q"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("date", ["inc_p", "inc_k", "inc_q", "inc_l", "inc_u"]),
        ("-date", ["inc_l", "inc_q", "inc_k", "inc_p", "inc_u"]),
        ("killed", ["inc_u", "inc_k", "inc_l", "inc_q", "inc_p"]),
        ("-killed", ["inc_q", "inc_l", "inc_k", "inc_u", "inc_p"]),
        ("id", ["inc_k", "inc_l", "inc_p", "inc_q", "inc_u"]),
    ],
)
def test_sorts_put_missing_values_last(filled: Store, sort: str, expected: list[str]) -> None:
    page, _ = filled.query_incidents(IncidentQuery(sort=sort))
    assert [i.id for i in page] == expected


def test_unknown_sort_is_an_error(filled: Store) -> None:
    with pytest.raises(ValueError):
        filled.query_incidents(IncidentQuery(sort="killed; DROP TABLE incidents"))


def test_pagination_is_stable_and_total_counts_all(store: Store) -> None:
    store.save_incidents([sample_incident(f"inc_{i:02d}", "2020-01-01", killed=i % 3) for i in range(23)])
    seen: list[str] = []
    for offset in range(0, 30, 5):
        page, total = store.query_incidents(IncidentQuery(sort="-killed", limit=5, offset=offset))
        assert total == 23
        seen += [i.id for i in page]
    assert len(seen) == 23 and len(set(seen)) == 23
    full, _ = store.query_incidents(IncidentQuery(sort="-killed", limit=100))
    assert seen == [i.id for i in full]
    assert store.query_incidents(IncidentQuery(limit=0)) == ([], 23)
    assert (
        store.query_incidents(IncidentQuery(limit=5, offset=-3))[0] == store.query_incidents(IncidentQuery(limit=5))[0]
    )
