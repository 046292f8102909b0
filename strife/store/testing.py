"""Throwaway stores and small records for tests of the store and of what reads it (API, exports).

`temp_store(url)` gives a fresh, migrated Store: a temp SQLite file, or a new schema on a PostgreSQL server that
is dropped afterwards, so tests on one server never see each other's rows. The `sample_*` builders make
hand-written records (no news text) with just the fields a test names.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from strife.model import (
    Article,
    CountRange,
    DateValue,
    Entity,
    Incident,
    Location,
    Perpetrator,
    Report,
    article_id,
)
from strife.store.engine import normalise_url
from strife.store.store import Store
from strife.store.tables import metadata

PG_ENV = "STRIFE_TEST_PG"


def pg_test_url() -> str | None:
    """The PostgreSQL server tests may use ($STRIFE_TEST_PG, set by `bash .ci/postgres.sh | tail -1`), or None."""
    return os.environ.get(PG_ENV) or None


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'store.db'}"


def backend_urls(folder: Path) -> dict[str, str | None]:
    """{'sqlite': a file in `folder`, 'postgres': $STRIFE_TEST_PG or None}, for backend-parametrised fixtures."""
    return {"sqlite": sqlite_url(folder), "postgres": pg_test_url()}


def _with_schema(url: str, schema: str) -> str:
    return (
        make_url(normalise_url(url))
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )


class TempStore(Store):
    """A Store made for one test run; on PostgreSQL it lives in its own schema, which `drop_store` removes."""

    def __init__(self, url: str, base_url: str, schema: str | None) -> None:
        super().__init__(url)
        self.base_url = base_url
        self.schema = schema


def make_store(url: str) -> TempStore:
    """A fresh, initialised Store on `url`: that SQLite file, or a new schema on that PostgreSQL server."""
    schema: str | None = None
    store_url = url
    if make_url(normalise_url(url)).get_backend_name() == "postgresql":
        schema = "t_" + uuid.uuid4().hex[:16]
        engine = create_engine(normalise_url(url))
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))  # schema is our own hex name, never user input
        engine.dispose()
        store_url = _with_schema(url, schema)
    store = TempStore(store_url, url, schema)
    store.init()
    return store


def drop_store(store: TempStore) -> None:
    """Close `store` and drop its PostgreSQL schema (SQLite files go with their temp folder)."""
    store.close()
    if store.schema is not None:
        engine = create_engine(normalise_url(store.base_url))
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{store.schema}" CASCADE'))
        engine.dispose()


@contextmanager
def temp_store(url: str) -> Iterator[TempStore]:
    """A fresh, migrated Store for the duration of the block."""
    store = make_store(url)
    try:
        yield store
    finally:
        drop_store(store)


def clear_store(store: Store) -> None:
    """Empty every table (faster than a new schema): lets one migrated PostgreSQL schema serve many tests."""
    with store.engine.begin() as conn:  # DELETE, not TRUNCATE: far quicker on the few rows a test writes
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())


# ------------------------------------------------------------------------------------------------ builders


def sample_article(text_: str = "A test article about nothing in particular.", **fields: Any) -> Article:
    fields.setdefault("uri", "file:///tmp/sample.txt")
    return Article(id=fields.pop("id", None) or article_id(text_), text=text_, **fields)


def sample_report(
    id: str,
    article_id: str = "art_sample",
    country_code: str | None = None,
    date: str | None = None,
    **fields: Any,
) -> Report:
    """A report with a country and a (partial) date; other Report fields pass through."""
    if country_code is not None and "location" not in fields:
        fields["location"] = Location(country_code=country_code)
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown")
    return Report(
        id=id,
        article_id=article_id,
        uri=f"file:///tmp/{article_id}.txt",
        date=DateValue(value=date, precision=precision),
        **fields,
    )


def sample_incident(
    id: str,
    date: str | None = None,
    country: str | None = None,
    country_code: str | None = None,
    admin1: str | None = None,
    city: str | None = None,
    killed: int | None = None,
    groups: list[tuple[str, str]] | None = None,
    target_types: list[str] | None = None,
    reports: list[Report] | None = None,
    **fields: Any,
) -> Incident:
    """An incident with the filterable fields set from plain values; `groups` is [(name, status)]."""
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown")
    location = None
    if any(v is not None for v in (country, country_code, admin1, city)):
        location = Location(
            name=city or admin1 or country, city=city, admin1=admin1, country=country, country_code=country_code
        )
    return Incident(
        id=id,
        date=DateValue(value=date, precision=precision),
        location=location,
        killed=CountRange(low=killed, best=killed, high=killed),
        perpetrators=[Perpetrator(name=n, text=n, status=s) for n, s in groups or []],
        targets=[Entity(text=f"a {t} target", type=t) for t in target_types or []],
        reports=reports or [],
        **fields,
    )


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)
