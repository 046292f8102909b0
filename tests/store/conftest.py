"""The `store` fixture: every store test runs on SQLite and, when $STRIFE_TEST_PG is set, on PostgreSQL too.

SQLite tests get a new file each; PostgreSQL tests share one migrated schema of their own (dropped at the end of
the session) and find every table emptied. Other test folders can reuse this: copy the fixtures below, which
are thin wrappers over `strife.store.testing` (temp_store, clear_store, backend_urls).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from strife.store import Store
from strife.store.testing import PG_ENV, backend_urls, clear_store, pg_test_url, temp_store

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]
NO_PG = f"PostgreSQL not configured: export {PG_ENV}=$(bash .ci/postgres.sh | tail -1)"


def _no_pg() -> None:
    """Skip a PostgreSQL test without a server; fail it instead where CI demands services (STRIFE_REQUIRE_SERVICES)."""
    if os.environ.get("STRIFE_REQUIRE_SERVICES"):
        pytest.fail(NO_PG)
    pytest.skip(NO_PG)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The server/file URL of one backend (PostgreSQL skipped, with the reason, when no server is configured)."""
    url = backend_urls(tmp_path)[request.param]
    if url is None:
        _no_pg()
    return url


@pytest.fixture(scope="session")
def pg_session_store() -> Iterator[Store | None]:
    """One migrated PostgreSQL schema for the whole session, or None without a server."""
    url = pg_test_url()
    if url is None:
        yield None
        return
    with temp_store(url) as store:
        yield store


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated Store on one backend."""
    if request.param == "sqlite":
        with temp_store(backend_urls(tmp_path)["sqlite"]) as s:
            yield s
        return
    pg: Store | None = request.getfixturevalue("pg_session_store")
    if pg is None:
        _no_pg()
    clear_store(pg)
    yield pg
