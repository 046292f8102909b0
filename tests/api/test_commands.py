"""`strife serve` builds the app over the given database and hands it to uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from strife.cli import app


def test_serve_runs_uvicorn_with_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    db = tmp_path / "serve.db"
    result = CliRunner().invoke(
        app, ["serve", "--db", f"sqlite:///{db}", "--port", "8123", "--token", "secret"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert isinstance(seen["app"], FastAPI)
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    assert seen["app"].state.token == "secret"
    assert seen["app"].state.store.url.endswith("serve.db")
    assert db.exists()  # schema created before serving


def test_serve_token_defaults_to_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.delenv("STRIFE_API_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{tmp_path / 'x.db'}"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert not seen["app"].state.token


def test_serve_with_workers_hands_uvicorn_a_factory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.delenv("STRIFE_DB", raising=False)
    monkeypatch.delenv("STRIFE_API_TOKEN", raising=False)
    url = f"sqlite:///{tmp_path / 'w.db'}"
    result = CliRunner().invoke(app, ["serve", "--db", url, "--workers", "2", "--token", "t0k"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert seen["app"] == "strife.api.app:app_from_env" and seen["factory"] is True and seen["workers"] == 2

    from strife.api.app import app_from_env

    built = app_from_env()  # what each worker runs, from the environment serve set
    assert built.state.store.url == url and built.state.token == "t0k"
