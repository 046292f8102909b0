"""FastAPI dependencies: the store the app was built with."""

from __future__ import annotations

from fastapi import Request

from strife.store import Store


def get_store(request: Request) -> Store:
    """The app's store (set by create_app)."""
    return request.app.state.store
