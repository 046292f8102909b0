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
) -> None:
    """Serve the incident database: JSON API at /api, OpenAPI at /docs, the web page at /."""
    import uvicorn

    from strife.api.app import create_app
    from strife.config import db_url
    from strife.store import Store

    store = Store(db_url(db))
    store.init()
    uvicorn.run(create_app(store, token), host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    """Add `serve` to the main CLI."""
    app.command("serve")(serve)
