"""API test fixtures: a store on each backend (PostgreSQL when STRIFE_TEST_PG is set), seeded, and a client."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from strife.api import create_app
from strife.store import Store

from .factory import Seeded, seed

TOKEN = "test-token-123"


def _empty_pg(store: Store) -> None:
    """Truncate every table of the test database (tests share one PostgreSQL database)."""
    store.init()
    with store.engine.begin() as conn:
        names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        if names:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{n}"' for n in names) + " CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'api.db'}")
    else:
        url = os.environ.get("STRIFE_TEST_PG")
        if not url:
            if os.environ.get("STRIFE_REQUIRE_SERVICES"):
                pytest.fail("STRIFE_TEST_PG not set, and CI requires PostgreSQL")
            pytest.skip("STRIFE_TEST_PG not set")
        s = Store(url)
        _empty_pg(s)
    s.init()
    yield s
    s.close()


@pytest.fixture()
def seeded(store: Store) -> Seeded:
    return seed(store)


@pytest.fixture()
def client(store: Store, seeded: Seeded) -> Iterator[TestClient]:
    """A client for an app without a token (write endpoints off)."""
    with TestClient(create_app(store, token="")) as c:
        yield c


@pytest.fixture()
def writer(store: Store, seeded: Seeded) -> Iterator[TestClient]:
    """A client for an app with a token, sending it."""
    with TestClient(create_app(store, token=TOKEN), headers={"Authorization": f"Bearer {TOKEN}"}) as c:
        yield c
