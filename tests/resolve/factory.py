"""Synthetic reports for resolution tests (text written for these tests, not taken from any article)."""

from __future__ import annotations

import datetime as dt

from strife.model import Count, DateValue, Entity, GeoPrecision, Location, Perpetrator, Qualifier, Report

PLACES = {
    "Quetta": ("PK", "Balochistan", 30.19, 67.01),
    "Peshawar": ("PK", "Khyber Pakhtunkhwa", 34.01, 71.58),
    "Kabul": ("AF", "Kabul", 34.53, 69.17),
    "Chicago": ("US", "Illinois", 41.88, -87.63),
}


def report(
    rid: str,
    article: str | None = None,
    *,
    published: str = "2016-10-25",
    date: str | None = "2016-10-24",
    precision: str = "day",
    city: str | None = "Quetta",
    killed: int | None = None,
    killed_q: str = "at_least",
    wounded: int | None = None,
    kind: str = "main",
    attack: list[str] | None = None,
    groups: list[tuple[str, str]] | None = None,
    victims: list[str] | None = None,
) -> Report:
    """A report with just the fields resolution looks at."""
    loc = None
    if city is not None:
        cc, adm, lat, lon = PLACES[city]
        loc = Location(name=city, city=city, admin1=adm, country_code=cc, lat=lat, lon=lon, precision=GeoPrecision.city)
    return Report(
        id=rid,
        article_id=article or f"art_{rid}",
        uri=f"file:///tmp/{rid}.txt",
        published=dt.date.fromisoformat(published),
        kind=kind,
        date=DateValue(value=date, precision=precision if date else "unknown"),
        location=loc,
        attack_types=attack or [],
        killed=None if killed is None else Count(low=killed, qualifier=Qualifier(killed_q)),
        wounded=None if wounded is None else Count(low=wounded, qualifier=Qualifier.at_least),
        perpetrators=[
            Perpetrator(name=n, text=n, status=s, sources=[article or f"art_{rid}"]) for n, s in (groups or [])
        ],
        victims=[Entity(text=v) for v in victims or []],
    )


def quetta_core() -> list[Report]:
    """Reports both engine and incremental tests start from: the Quetta college attack told three times (tolls 61, 59,
    61), a Peshawar bombing the same day, and the August hospital bombing recalled by two articles."""
    return [
        report("r1", published="2016-10-25", killed=61, wounded=123, attack=["armed_assault"]),
        report("r2", published="2016-10-25", killed=59, wounded=100, attack=["armed_assault"]),
        report("r3", published="2016-10-26", killed=61, attack=["armed_assault", "bombing"]),
        report("r4", published="2016-10-25", city="Peshawar", killed=4, attack=["bombing"]),
        report("r5", "art_r1", kind="referenced", date="2016-08", precision="month", killed=70, attack=["bombing"]),
        report("r6", "art_r4", kind="referenced", date="2016-08", precision="month", killed=70, attack=["bombing"]),
    ]
