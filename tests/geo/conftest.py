"""One geocoder per test session: loading the cached gazetteer takes about two seconds (building it, ~30)."""

from __future__ import annotations

import pytest

from strife.geo import Geocoder, default_geocoder


@pytest.fixture(scope="session")
def geo() -> Geocoder:
    g = default_geocoder()
    g.warm_up()
    return g
