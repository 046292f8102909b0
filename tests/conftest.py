"""Shared fixtures: the read-only research data in ../shared, and a fresh database per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.config import shared_dir


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (or $STRIFE_SHARED). Tests that need real articles read them from here, never from the repo."""
    path = shared_dir()
    if not (path / "corpus" / "seeds").is_dir():
        pytest.fail(f"shared data not found at {path}: set STRIFE_SHARED")
    return path


@pytest.fixture()
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"
