"""Atomic writes: a failed batch leaves earlier data intact; a crash loses no committed work; stores share data."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from strife.model import Change, ChangeKind, IncidentQuery
from strife.store import Store
from strife.store.testing import sample_article, sample_incident, sample_report


def test_failed_batch_rolls_back_only_itself(store: Store) -> None:
    kept = sample_article("An article committed before the failing batch.")
    store.add_article(kept)
    lost = sample_article("An article written inside the failing batch.")
    with pytest.raises(RuntimeError), store.transaction():
        assert store.add_article(lost)
        store.save_reports(lost.id, [sample_report("rep_lost", lost.id)])
        store.save_incidents([sample_incident("inc_lost")], removed={"inc_old": "inc_lost"})
        store.add_changes([Change(kind=ChangeKind.created, incident_id="inc_lost")])
        assert store.get_article(lost.id) == lost  # the batch sees its own writes
        raise RuntimeError("crash in the middle of a batch")
    assert store.get_article(kept.id) == kept
    assert store.get_article(lost.id) is None
    assert store.get_reports(article_id=lost.id) == []
    assert store.get_incident("inc_lost") is None and store.tombstone("inc_old") is None
    assert store.changes() == []
    assert store.count_articles() == 1


def test_an_error_from_the_store_rolls_back_the_batch(store: Store) -> None:
    art = sample_article("An article whose reports fail to save.")
    with pytest.raises(ValueError), store.transaction():
        store.add_article(art)
        store.save_reports(art.id, [sample_report("rep_x", "art_someone_else")])
    assert store.count_articles() == 0


def test_nested_transaction_joins_the_outer_one(store: Store) -> None:
    art = sample_article("Written in an inner transaction.")
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            store.add_article(art)
        raise RuntimeError("the outer batch fails after the inner one ended")
    assert store.get_article(art.id) is None
    with store.transaction(), store.transaction():
        store.add_article(art)
    assert store.get_article(art.id) == art


def test_a_second_store_on_the_same_database_sees_commits(store: Store) -> None:
    other = Store(store.url)
    art = sample_article("Shared between two Store objects.")
    store.add_article(art)
    assert other.get_article(art.id) == art
    assert other.add_article(art) is False
    other.close()


def test_a_killed_process_loses_no_committed_work(store: Store) -> None:
    script = textwrap.dedent(
        f"""
        import os
        from strife.store import Store
        from strife.store.testing import sample_article
        s = Store({store.url!r})
        s.add_article(sample_article("Committed before the crash."))
        with s.transaction():
            s.add_article(sample_article("Never committed: the process dies first."))
            os._exit(3)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert [a.text for a in store.iter_articles()] == ["Committed before the crash."]
    assert store.add_article(sample_article("Written after the restart."))  # the database is usable again


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: object) -> None:
    store = Store(f"sqlite:///{tmp_path}/wal.db")
    store.init()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    store.close()


def test_concurrent_writers_all_commit(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def write(worker: int) -> None:
        for i in range(10):
            with store.transaction():
                store.add_article(sample_article(f"Worker {worker} wrote article {i}."))
                store.save_incidents([sample_incident(f"inc_{worker}_{i}")])
            store.query_incidents(IncidentQuery(limit=5))  # readers interleave with the writers

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(write, range(4)))  # re-raises any "database is locked"
    assert store.count_articles() == 40
    assert store.count_incidents() == 40
