"""The FastAPI application: read-only JSON API, token-guarded write endpoints, exports and the web page."""

from __future__ import annotations

import os

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import RequestResponseEndpoint

from strife.api import pages, routes_export, routes_read, routes_write
from strife.api.limits import MAX_BODY_BYTES, BodySizeLimit
from strife.store import Store

# Everything the page loads comes from this server: no CDN, no third-party scripts.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def create_app(store: Store | None = None, token: str | None = None, max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """Build the app over `store` (default: the configured database). Write endpoints need `token`
    (default $STRIFE_API_TOKEN); without one they answer 403. CORS is off: pages are served from the same origin."""
    app = FastAPI(
        title="strife",
        summary="Evidence-linked incident database built from news reports of attacks.",
        version="0.1.0",
    )
    app.state.store = store if store is not None else Store()
    app.state.token = token if token is not None else (os.environ.get("STRIFE_API_TOKEN") or None)
    app.include_router(routes_read.router)
    app.include_router(routes_export.router)
    app.include_router(routes_write.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=pages.STATIC), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith(("/docs", "/redoc")):  # Swagger UI loads its own assets
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    app.add_middleware(BodySizeLimit, max_bytes=max_body)
    return app


def app_from_env() -> FastAPI:
    """The app over $STRIFE_DB with $STRIFE_API_TOKEN: the factory uvicorn calls in each worker process."""
    store = Store()
    store.init()
    return create_app(store)
