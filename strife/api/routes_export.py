"""Export endpoints: every incident matching the list filters as JSON lines, GTD-layout CSV or GeoJSON."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response, StreamingResponse

from strife.api.convert import incident_out
from strife.api.deps import get_store
from strife.api.params import incident_filters
from strife.export.csv_gtd import write_csv
from strife.export.geojson import feature_collection
from strife.model import Incident, IncidentQuery
from strife.store import Store

router = APIRouter(prefix="/api", tags=["export"])

PAGE = 500
Filters = Annotated[IncidentQuery, Depends(incident_filters)]
StoreDep = Annotated[Store, Depends(get_store)]


def matching(store: Store, query: IncidentQuery) -> Iterator[Incident]:
    """Every incident matching `query`, fetched a page at a time."""
    offset = 0
    while True:
        page, total = store.query_incidents(query.model_copy(update={"limit": PAGE, "offset": offset}))
        yield from page
        offset += len(page)
        if not page or offset >= total:
            return


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/export.jsonl", response_class=StreamingResponse)
def export_jsonl(store: StoreDep, query: Filters) -> StreamingResponse:
    """One contract object a line (the same objects as /api/incidents)."""
    lines = (json.dumps(incident_out(inc), ensure_ascii=False) + "\n" for inc in matching(store, query))
    return StreamingResponse(lines, media_type="application/x-ndjson", headers=_attachment("incidents.jsonl"))


@router.get("/export.csv", response_class=Response)
def export_csv(store: StoreDep, query: Filters) -> Response:
    """GTD-layout CSV."""
    out = io.StringIO()
    write_csv(matching(store, query), out)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=_attachment("incidents.csv"))


@router.get("/export.geojson")
def export_geojson(store: StoreDep, query: Filters) -> JSONResponse:
    """A GeoJSON FeatureCollection of incident points."""
    return JSONResponse(
        feature_collection(matching(store, query)),
        media_type="application/geo+json",
        headers=_attachment("incidents.geojson"),
    )
