"""GeoJSON export: points in [lon, lat] order with the location precision in the properties."""

from __future__ import annotations

import json

from strife.export.geojson import feature_collection
from strife.model import Incident


def test_feature_collection(incident: Incident) -> None:
    unplaced = incident.model_copy(update={"id": "inc_nowhere", "location": None})
    fc = json.loads(json.dumps(feature_collection([incident, unplaced])))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    placed, nowhere = fc["features"]
    assert placed["geometry"] == {"type": "Point", "coordinates": [67.01, 30.19]}
    assert placed["properties"]["precision"] == "city" and placed["properties"]["killed"] == 12
    assert placed["properties"]["perpetrators"] == ["Islamic State", "Lashkar-e-Jhangvi"]
    assert nowhere["geometry"] is None and nowhere["properties"]["precision"] == "unknown"
