"""The geo CLI commands, on a bare Typer app."""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from strife.geo.commands import register
from strife.geo.geocoder import Geocoder


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def test_geocode_prints_the_location(geo: Geocoder) -> None:
    result = CliRunner().invoke(_app(), ["geocode", "Paris", "--context", "Texas"])
    assert result.exit_code == 0, result.output
    loc = json.loads(result.output)
    assert (loc["city"], loc["admin1"], loc["country_code"]) == ("Paris", "Texas", "US")


def test_geocode_unknown_is_null(geo: Geocoder) -> None:
    result = CliRunner().invoke(_app(), ["geocode", "Xqzvwlk"])
    assert result.exit_code == 0 and json.loads(result.output) is None


def test_geo_index_reports_size(geo: Geocoder) -> None:
    result = CliRunner().invoke(_app(), ["geo-index"])
    assert result.exit_code == 0 and "places" in result.output
