"""Alembic migrations: idempotent init, schema identical to tables.py, a clean downgrade and re-upgrade."""

from __future__ import annotations

import warnings
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from strife.store import Store, migrate
from strife.store.tables import metadata
from strife.store.testing import sample_article, temp_store


def _ours(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # Full-text objects (FTS5 tables, tsv columns and their GIN indexes) are dialect DDL outside tables.py.
    if type_ == "table":
        return name in metadata.tables
    if type_ == "column":
        return name != "tsv"
    if type_ == "index":
        return not (name or "").endswith("_tsv")
    return True


def test_init_is_idempotent_and_reaches_head(store_url: str) -> None:
    with temp_store(store_url) as store:
        art = sample_article("Kept across a second init.")
        store.add_article(art)
        again = Store(store.url)
        again.init()
        again.init()
        head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
        with again.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head
        assert again.get_article(art.id) == art
        again.close()


def test_migrated_schema_matches_tables_py(store_url: str) -> None:
    with temp_store(store_url) as store, store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _ours, "compare_type": True})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SQLite cannot reflect expression indexes; alembic warns
            diff = compare_metadata(ctx, metadata)
        assert diff == []


def test_downgrade_to_base_and_upgrade_again(store_url: str) -> None:
    with temp_store(store_url) as store:
        with store.engine.begin() as conn:
            migrate.downgrade(conn, "base")
        with store.engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        with store.engine.begin() as conn:
            migrate.upgrade(conn)
        store.add_article(sample_article("Works after a full downgrade and upgrade."))
        assert store.count_articles() == 1


def test_parallel_first_inits_do_not_collide(store_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with temp_store(store_url) as base:
        with base.engine.begin() as conn:
            migrate.downgrade(conn, "base")  # an empty database that several workers open at once
        workers = [Store(base.url) for _ in range(4)]
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(lambda s: s.init(), workers))
        workers[0].add_article(sample_article("After four workers migrated at once."))
        assert workers[1].count_articles() == 1
        for w in workers:
            w.close()
