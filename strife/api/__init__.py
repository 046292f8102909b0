"""HTTP API and web page over the incident store: `create_app(store, token)` builds the FastAPI app."""

from strife.api.app import create_app

__all__ = ["create_app"]
