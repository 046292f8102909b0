"""Incidents as a GeoJSON FeatureCollection of points, for maps; geometry is null where no place was geocoded."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from strife.model import Incident


def feature(inc: Incident) -> dict[str, Any]:
    """One incident as a GeoJSON Feature (RFC 7946: coordinates are [lon, lat])."""
    loc = inc.location
    geometry = None
    if loc is not None and loc.lat is not None and loc.lon is not None:
        geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
    properties: dict[str, Any] = {
        "id": inc.id,
        "kind": inc.kind,
        "category": inc.category,
        "date": inc.date.value,
        "date_precision": inc.date.precision,
        "name": loc.name if loc else None,
        "city": loc.city if loc else None,
        "admin1": loc.admin1 if loc else None,
        "country": loc.country if loc else None,
        "country_code": loc.country_code if loc else None,
        "precision": loc.precision if loc else "unknown",
        "geonames_id": loc.geonames_id if loc else None,
        "attack_types": list(inc.attack_types),
        "weapons": list(inc.weapons),
        "killed": inc.killed.best,
        "wounded": inc.wounded.best,
        "perpetrators": list(dict.fromkeys(p.name for p in inc.perpetrators)),
        "reports": len(inc.reports),
    }
    return {"type": "Feature", "id": inc.id, "geometry": geometry, "properties": properties}


def feature_collection(incidents: Iterable[Incident]) -> dict[str, Any]:
    """All incidents as one FeatureCollection."""
    return {"type": "FeatureCollection", "features": [feature(inc) for inc in incidents]}
