"""Read-only JSON endpoints: incidents (filtered, sorted, paged), one incident, articles, the change feed, facets."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from itertools import islice
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from strife.api.convert import FastJSONResponse, article_out, incident_out, json_response
from strife.api.deps import get_store
from strife.api.params import incident_filters
from strife.model import IncidentQuery
from strife.store import Store

router = APIRouter(prefix="/api", tags=["read"], default_response_class=FastJSONResponse)

StoreDep = Annotated[Store, Depends(get_store)]
Id = Annotated[str, Path(max_length=200)]


@router.get("/incidents")
def list_incidents(
    store: StoreDep,
    query: Annotated[IncidentQuery, Depends(incident_filters)],
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    view: Annotated[Literal["full", "compact"], Query(description="compact leaves out reports")] = "full",
) -> FastJSONResponse:
    """Incidents matching the filters: `{total, items}` with items in the DESIGN.md §3 contract."""
    page, total = store.query_incidents(query.model_copy(update={"limit": limit, "offset": offset}))
    items = [incident_out(i, compact=view == "compact") for i in page]
    return json_response({"total": total, "limit": limit, "offset": offset, "items": items})


@router.get("/incidents/{incident_id}", responses={301: {"description": "merged into another incident"}, 404: {}})
def get_incident(incident_id: Id, store: StoreDep) -> FastJSONResponse:
    """One incident with its reports and their evidence; a merged-away id answers 301 to its survivor."""
    inc = store.get_incident(incident_id)
    if inc is not None:
        return json_response(incident_out(inc))
    survivor = store.tombstone(incident_id)
    if survivor:
        url = f"/api/incidents/{quote(survivor, safe='')}"
        return json_response({"id": incident_id, "merged_into": survivor, "url": url}, 301, {"Location": url})
    raise HTTPException(404, f"no incident {incident_id}")


@router.get("/articles")
def list_articles(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> FastJSONResponse:
    """Stored articles without their text: `{total, items}`."""
    items = [article_out(a, with_text=False) for a in islice(store.iter_articles(), offset, offset + limit)]
    return json_response({"total": store.count_articles(), "limit": limit, "offset": offset, "items": items})


@router.get("/articles/{article_id}")
def get_article(article_id: Id, store: StoreDep) -> FastJSONResponse:
    """One article with its clean text (evidence offsets point into it)."""
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    return json_response(article_out(article))


@router.get("/changes")
def list_changes(store: StoreDep, since: datetime | None = None) -> FastJSONResponse:
    """The incident change log (created, updated, merged, split, deleted) since a time."""
    return json_response({"items": [c.model_dump(mode="json") for c in store.changes(since)]})


@router.get("/facets")
def facets(store: StoreDep) -> FastJSONResponse:
    """Counts by country, group, attack type and month over all incidents: the web page's filter choices."""
    countries: Counter[tuple[str, str]] = Counter()
    groups: Counter[str] = Counter()
    attack_types: Counter[str] = Counter()
    months: Counter[str] = Counter()
    total = 0
    for inc in store.iter_incidents():
        total += 1
        loc = inc.location
        if loc and (loc.country_code or loc.country):
            countries[(loc.country_code or "", loc.country or loc.country_code or "")] += 1
        groups.update({p.name for p in inc.perpetrators})
        attack_types.update(set(inc.attack_types))
        if inc.date.value and len(inc.date.value) >= 7:
            months[inc.date.value[:7]] += 1
    return json_response(
        {
            "total": total,
            "countries": [{"code": c, "name": n, "count": k} for (c, n), k in countries.most_common()],
            "groups": [{"name": g, "count": k} for g, k in groups.most_common()],
            "attack_types": [{"name": a, "count": k} for a, k in attack_types.most_common()],
            "months": [{"month": m, "count": months[m]} for m in sorted(months)],
        }
    )
