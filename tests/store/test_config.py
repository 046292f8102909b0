"""Which database a Store opens: explicit URL, $STRIFE_DB, URL spellings, in-memory SQLite, index rebuild."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.model import IncidentQuery
from strife.store import Store
from strife.store.engine import normalise_url
from strife.store.testing import sample_article, sample_incident, sample_report


def test_store_url_defaults_to_strife_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STRIFE_DB", f"sqlite:///{tmp_path}/env.db")
    store = Store()
    assert store.url == f"sqlite:///{tmp_path}/env.db"
    assert not (tmp_path / "env.db").exists()  # the constructor is light: nothing opened yet
    store.add_article(sample_article("Lands in the database named by STRIFE_DB."))  # first use migrates
    assert (tmp_path / "env.db").exists()
    assert Store(f"sqlite:///{tmp_path}/env.db").count_articles() == 1
    store.close()


def test_sqlite_file_in_a_new_folder(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/a/b/new.db")
    store.init()
    assert (tmp_path / "a" / "b" / "new.db").exists()
    store.close()


def test_postgres_urls_mean_psycopg3() -> None:
    assert normalise_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"


def test_unsupported_url_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        Store("mysql://u@h/db").init()


def test_in_memory_sqlite_works_across_calls() -> None:
    store = Store("sqlite://")
    store.add_article(sample_article("Only in memory."))
    store.save_incidents([sample_incident("inc_1", summary="memory test")])
    assert store.count_articles() == 1
    assert store.query_incidents(IncidentQuery(text="memory"))[1] == 1


def test_rebuild_search_index_keeps_search_working(store: Store) -> None:
    art = sample_article("The lighthouse keeper saw the boat burn.")
    store.add_article(art)
    store.save_incidents([sample_incident("inc_1", reports=[sample_report("rep_1", art.id)], summary="arson at sea")])
    store.rebuild_search_index()
    assert store.query_incidents(IncidentQuery(text="lighthouse"))[1] == 1
    assert store.query_incidents(IncidentQuery(text="arson"))[1] == 1


def test_temp_stores_are_isolated_and_cleaned_up(store_url: str) -> None:
    from sqlalchemy import create_engine, text

    from strife.store.testing import clear_store, drop_store, make_store

    first, second = make_store(store_url), make_store(store_url.replace("store.db", "other.db"))
    first.add_article(sample_article("Only in the first store."))
    assert second.count_articles() == 0
    clear_store(first)
    assert first.count_articles() == 0
    drop_store(second)
    drop_store(first)
    if first.schema is not None:
        engine = create_engine(normalise_url(store_url))
        with engine.connect() as conn:
            sql = text("SELECT count(*) FROM information_schema.schemata WHERE schema_name IN (:a, :b)")
            assert conn.execute(sql, {"a": first.schema, "b": second.schema}).scalar() == 0
        engine.dispose()


def test_a_store_pickles_as_its_url(store: Store) -> None:
    import pickle

    store.add_article(sample_article("Seen from an unpickled copy."))
    copy = pickle.loads(pickle.dumps(store))
    assert copy.url == store.url and copy.count_articles() == 1
    copy.close()
