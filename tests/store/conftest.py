"""The `store` fixture: every store test runs on SQLite and, when $STRIFE_TEST_PG is set, on PostgreSQL too.

Other test folders can reuse it: `from strife.store.testing import temp_store, backend_urls` and copy the fixture
below (a few lines), or list `pytest_plugins = ["tests.store.conftest"]` where tests is importable.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from strife.store import Store
from strife.store.testing import PG_ENV, backend_urls, temp_store

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The database URL of one backend; PostgreSQL is skipped (with the reason) when no server is configured."""
    url = backend_urls(tmp_path)[request.param]
    if url is None:
        pytest.skip(f"PostgreSQL not configured: export {PG_ENV}=$(bash .ci/postgres.sh | tail -1)")
    return url


@pytest.fixture()
def store(store_url: str) -> Iterator[Store]:
    """A fresh, migrated Store (its own SQLite file, or its own PostgreSQL schema, dropped afterwards)."""
    with temp_store(store_url) as s:
        yield s
