"""A hand-made incident with two reports, shared by the export tests."""

from __future__ import annotations

import pytest

from strife.model import (
    Count,
    CountRange,
    DateValue,
    Entity,
    Evidence,
    Incident,
    Location,
    Perpetrator,
    Report,
)


@pytest.fixture()
def incident() -> Incident:
    """An invented bombing in a real city, told by two articles that disagree on the toll."""
    ev = Evidence(article_id="art_a", start=10, end=32, text="killing at least 12 people")
    r1 = Report(
        id="rep_1",
        article_id="art_a",
        uri="file:///tmp/a.txt",
        date=DateValue(value="2020-03-05", precision="day", text="Thursday"),
        attack_types=["bombing"],
        weapons=["explosives"],
        targets=[Entity(text="a police post", type="police")],
        victims=[Entity(text="two officers", type="police")],
        attackers=[Entity(text="a suicide bomber")],
        perpetrators=[Perpetrator(name="Islamic State", text="IS", status="claimed", how="news agency")],
        killed=Count(low=12, qualifier="at_least"),
        wounded=Count(low=20, qualifier="exact"),
        perpetrators_wounded=Count(low=1),
        perpetrators_captured=Count(low=1),
        evidence={"killed": [ev], "weapons": [Evidence(article_id="art_a", start=40, end=44, text="bomb")]},
    )
    r2 = r1.model_copy(update={"id": "rep_2", "article_id": "art_b", "uri": "https://example.org/b", "killed": None})
    return Incident(
        id="inc_0123456789abcdef",
        date=DateValue(value="2020-03-05", precision="day", text="Thursday"),
        location=Location(
            name="Quetta",
            city="Quetta",
            admin1="Balochistan",
            country="Pakistan",
            country_code="PK",
            lat=30.19,
            lon=67.01,
            geonames_id=1167528,
            precision="city",
        ),
        attack_types=["bombing", "armed_assault"],
        weapons=["explosives", "firearms"],
        suicide=True,
        targets=[Entity(text="a police post", type="police"), Entity(text="a school", type="educational_institution")],
        victims=[Entity(text="two officers", type="police")],
        attackers=[Entity(text="a suicide bomber")],
        perpetrators=[
            Perpetrator(name="Islamic State", text="IS", status="claimed", how="news agency", sources=["art_a"]),
            Perpetrator(name="Lashkar-e-Jhangvi", text="LeJ", status="accused", by="police", sources=["art_b"]),
        ],
        killed=CountRange(low=10, best=12, high=12, disputed=True),
        wounded=CountRange(low=20, best=20, high=20),
        perpetrators_count=2,
        perpetrators_killed=1,
        perpetrators_wounded=1,
        summary="An invented test incident.",
        reports=[r1, r2],
    )
