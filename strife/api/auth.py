"""Bearer-token guard for the write endpoints: off (403) unless the app was given a token."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request


def require_token(request: Request) -> str:
    """FastAPI dependency: 403 when no token is configured or the request's bearer token differs."""
    token: str | None = request.app.state.token
    if not token:
        raise HTTPException(403, "write endpoints are disabled: start the server with a token (STRIFE_API_TOKEN)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(403, "missing or wrong bearer token")
    return "api"
