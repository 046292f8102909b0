"""The gazetteer index: contents built from the PyPI GeoNames packages, and the on-disk cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from strife.geo import gazetteer, names
from strife.geo.gazetteer import Gazetteer, Place
from strife.geo.geocoder import Geocoder


def _tiny() -> Gazetteer:
    place = Place("Testville", "city", "ZZ", None, None, 1.0, 2.0, 10, None, -1, -1)
    return Gazetteer(places=[place], index={"testville": [0]}, countries={})


def test_cache_is_written_once_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls: list[int] = []

    def fake_build() -> Gazetteer:
        calls.append(1)
        return _tiny()

    monkeypatch.setattr(gazetteer, "build", fake_build)
    stale = tmp_path / "strife" / "gazetteer-0000000000000000.pkl"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    os.utime(stale, (1, 1))  # last touched in 1970
    recent = stale.with_name("gazetteer-1111111111111111.pkl")
    recent.write_bytes(b"another process's, just built")
    first = gazetteer.load()
    second = gazetteer.load()
    assert calls == [1]
    assert second.places == first.places
    kept = sorted(p.name for p in (tmp_path / "strife").glob("gazetteer-*.pkl"))
    assert kept == sorted([f"gazetteer-{gazetteer.fingerprint()}.pkl", recent.name])  # the old one was removed


def test_unreadable_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(gazetteer, "build", _tiny)
    path = tmp_path / "strife" / f"gazetteer-{gazetteer.fingerprint()}.pkl"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    assert gazetteer.load().places[0].name == "Testville"


def test_fingerprint_is_stable() -> None:
    assert gazetteer.fingerprint() == gazetteer.fingerprint()
    assert len(gazetteer.fingerprint()) == 16


def test_quetta_city_with_hierarchy(geo: Geocoder) -> None:
    cities = [geo.gaz.places[r] for r, primary in geo.gaz.refs("quetta") if primary]
    city = next(p for p in cities if p.kind == "city")
    assert (city.country_code, city.admin1, city.geonames_id) == ("PK", "Balochistan", 1167528)
    assert city.lat == pytest.approx(30.18, abs=0.02)


def test_divisions_get_population_and_centroid(geo: Geocoder) -> None:
    ref = next(r for r, _ in geo.gaz.refs("Balochistan") if geo.gaz.places[r].kind == "admin1")
    place = geo.gaz.places[ref]
    assert place.population > 1_000_000
    assert 24 < place.lat < 32 and 60 < place.lon < 71  # inside the province's bounding box


def test_every_hand_kept_spelling_reaches_its_place(geo: Geocoder) -> None:
    for alias, (cc, current) in names.ADMIN1_ALIASES.items():
        kinds = {(geo.gaz.places[r].kind, geo.gaz.places[r].country_code) for r, _ in geo.gaz.refs(alias)}
        assert ("admin1", cc) in kinds, (alias, current)
    for alias, (cc, _current) in names.CITY_ALIASES.items():
        kinds = {(geo.gaz.places[r].kind, geo.gaz.places[r].country_code) for r, _ in geo.gaz.refs(alias)}
        assert ("city", cc) in kinds, alias


def test_non_latin_alternates_are_not_indexed(geo: Geocoder) -> None:
    assert geo.gaz.refs("Кветта") == []
    assert geo.gaz.refs("Kvetta")  # a Latin alternate of Quetta is
