"""`strife serve`: the HTTP API and web page under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    db: Annotated[str | None, typer.Option(help="database URL (default $STRIFE_DB or ./strife.db)")] = None,
    token: Annotated[
        str | None, typer.Option(envvar="STRIFE_API_TOKEN", help="bearer token that enables the write endpoints")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="worker processes (each with its own connections)")] = 1,
) -> None:
    """Serve the incident database: JSON API at /api, OpenAPI at /docs, the web page at /."""
    import os

    import uvicorn

    from strife.api.app import create_app
    from strife.config import db_url
    from strife.store import Store

    store = Store(db_url(db))
    store.init()
    if workers == 1:
        uvicorn.run(create_app(store, token), host=host, port=port, log_level="info")
        return
    # Several processes: each worker builds its own app from the environment (uvicorn needs an import string).
    os.environ["STRIFE_DB"] = store.url
    os.environ["STRIFE_API_TOKEN"] = token or ""
    uvicorn.run("strife.api.app:app_from_env", factory=True, workers=workers, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    """Add `serve` to the main CLI."""
    app.command("serve")(serve)
