"""Articles (idempotent add, round trip) and reports (replacement per article, blocks for resolution)."""

from __future__ import annotations

import datetime as dt

import pytest

from strife.store import Store
from strife.store.testing import sample_article, sample_report


def test_add_article_is_idempotent(store: Store) -> None:
    art = sample_article("The first hand-written test article.", title="First", published=dt.date(2020, 1, 2))
    assert store.add_article(art) is True
    changed = art.model_copy(update={"title": "Changed title"})
    assert store.add_article(changed) is False
    assert store.count_articles() == 1
    assert store.get_article(art.id) == art  # the second add changed nothing


def test_get_article_missing_is_none(store: Store) -> None:
    assert store.get_article("art_missing") is None


def test_article_round_trip_keeps_nul_and_unicode(store: Store) -> None:
    art = sample_article("Odd bytes \x00 and ünïcödé — “quotes” 'single' % _ here.")
    store.add_article(art)
    assert store.get_article(art.id) == art


def test_iter_articles_yields_all_in_id_order(store: Store) -> None:
    arts = [sample_article(f"Test article number {i}.") for i in range(7)]
    for art in arts:
        store.add_article(art)
    assert [a.id for a in store.iter_articles()] == sorted(a.id for a in arts)
    assert store.count_articles() == 7


def test_save_reports_replaces_an_articles_reports(store: Store) -> None:
    r1, r2 = sample_report("rep_a1", "art_a"), sample_report("rep_a2", "art_a")
    other = sample_report("rep_b1", "art_b")
    store.save_reports("art_a", [r1, r2])
    store.save_reports("art_b", [other])
    r3 = sample_report("rep_a3", "art_a", country_code="PK")
    store.save_reports("art_a", [r3])
    assert store.get_reports(article_id="art_a") == [r3]
    assert store.get_reports(article_id="art_b") == [other]
    store.save_reports("art_a", [])
    assert store.get_reports(article_id="art_a") == []
    assert store.get_reports() == [other]


def test_save_reports_rejects_a_report_of_another_article(store: Store) -> None:
    store.save_reports("art_a", [sample_report("rep_a1", "art_a")])
    with pytest.raises(ValueError):
        store.save_reports("art_a", [sample_report("rep_x", "art_other")])
    assert [r.id for r in store.get_reports(article_id="art_a")] == ["rep_a1"]


def test_get_reports_by_id_keeps_the_asked_order_and_skips_missing(store: Store) -> None:
    reports = [sample_report(f"rep_{i}", "art_a") for i in range(3)]
    store.save_reports("art_a", reports)
    got = store.get_reports(["rep_2", "rep_missing", "rep_0"])
    assert [r.id for r in got] == ["rep_2", "rep_0"]
    assert got[0] == reports[2]
    assert store.get_reports([]) == []


def test_get_reports_handles_more_ids_than_one_in_list(store: Store) -> None:
    reports = [sample_report(f"rep_{i:04d}", "art_a") for i in range(1200)]
    store.save_reports("art_a", reports)
    assert len(store.get_reports([r.id for r in reports])) == 1200


def test_reports_in_block_by_country_and_window(store: Store) -> None:
    store.save_reports(
        "art_a",
        [
            sample_report("r_pk_day", "art_a", "PK", "2016-10-24"),
            sample_report("r_pk_month", "art_a", "PK", "2016-10"),
            sample_report("r_pk_later", "art_a", "PK", "2016-12-01"),
            sample_report("r_pk_undated", "art_a", "PK", None),
            sample_report("r_af", "art_a", "AF", "2016-10-24"),
            sample_report("r_nowhere", "art_a", None, "2016-10-24"),
            sample_report("r_nowhere_undated", "art_a", None, None),
        ],
    )
    ids = lambda reps: [r.id for r in reps]  # noqa: E731
    window = store.reports_in_block("PK", dt.date(2016, 10, 20), dt.date(2016, 10, 25))
    assert ids(window) == ["r_pk_day", "r_pk_month"]  # the month overlaps the window; undated left out
    assert ids(store.reports_in_block("PK", dt.date(2016, 10, 31), dt.date(2016, 11, 5))) == ["r_pk_month"]
    assert ids(store.reports_in_block("PK", None, None)) == ["r_pk_day", "r_pk_later", "r_pk_month", "r_pk_undated"]
    assert ids(store.reports_in_block(None, None, None)) == ["r_nowhere", "r_nowhere_undated"]
    assert ids(store.reports_in_block(None, dt.date(2016, 10, 1), dt.date(2016, 10, 31))) == ["r_nowhere"]
    assert ids(store.reports_in_block("PK", dt.date(2016, 11, 1), None)) == ["r_pk_later"]
    assert store.reports_in_block("IQ", None, None) == []
