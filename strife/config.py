"""Settings read from the environment: where the database is, where the shared research data lives."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "sqlite:///strife.db"


def db_url(explicit: str | None = None) -> str:
    """The SQLAlchemy URL to use: --db, else $STRIFE_DB, else ./strife.db."""
    return explicit or os.environ.get("STRIFE_DB") or DEFAULT_DB


def shared_dir() -> Path:
    """The shared research-data folder: $STRIFE_SHARED, else `../shared` beside the current checkout."""
    env = os.environ.get("STRIFE_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent.parent
    return (here.parent / "shared").resolve()
