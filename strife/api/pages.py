"""The web page: the map/timeline/list view at / and the evidence view at /incident/{id}, plus static assets."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

WEB = Path(__file__).parent / "web"
STATIC = WEB / "static"

router = APIRouter(include_in_schema=False)


@router.get("/")
def index() -> FileResponse:
    """Map, timeline, filters and list."""
    return FileResponse(WEB / "index.html", media_type="text/html")


@router.get("/incident/{incident_id}")
def incident_page(incident_id: str) -> FileResponse:
    """One incident: each field beside the sentence it came from, reports side by side (the page reads the API)."""
    return FileResponse(WEB / "incident.html", media_type="text/html")
