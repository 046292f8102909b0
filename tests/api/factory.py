"""A small hand-written incident database for API and browser tests (text written for these tests, not news)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from strife.model import (
    Article,
    Count,
    CountRange,
    DateValue,
    Entity,
    Evidence,
    GeoPrecision,
    Incident,
    Location,
    Perpetrator,
    Qualifier,
    Report,
    article_id,
)
from strife.store import Store

QUETTA_A = (
    "Gunmen wearing explosive vests stormed a police academy in Quetta late on Monday, killing at least 61 people "
    "and wounding 120 others, officials said.\n\nThe Islamic State said through its Amaq agency that its fighters "
    "carried out the raid. The siege ended after four hours."
)
QUETTA_B = (
    "The death toll from the assault on the police training college in Quetta stood at 59 on Tuesday. "
    "A senior security official blamed Lashkar-e-Jhangvi for the attack, which wounded 100 cadets."
)
CONVOY = "A roadside bomb struck a paramilitary convoy in Balochistan province on Friday, killing 4 soldiers."
TOLL_B = "death toll from the assault on the police training college in Quetta stood at 59"
MARKET = "Two suicide bombers blew themselves up at a crowded fish market in Maiduguri, Nigeria, killing 15 shoppers."


def ev(text: str, aid: str, phrase: str) -> Evidence:
    """Evidence for the first occurrence of `phrase` in `text`."""
    start = text.index(phrase)
    return Evidence(article_id=aid, start=start, end=start + len(phrase), text=phrase)


def article(text: str, published: str, source: str, title: str) -> Article:
    aid = article_id(text)
    return Article(
        id=aid,
        uri=f"https://example.org/{aid}",
        source=source,
        title=title,
        published=dt.date.fromisoformat(published),
        text=text,
    )


def loc(name: str, admin1: str, country: str, cc: str, lat: float, lon: float, precision: str) -> Location:
    city = name if precision == "city" else None
    return Location(
        name=name, city=city, admin1=admin1, country=country, country_code=cc, lat=lat, lon=lon, precision=precision
    )


@dataclass
class Seeded:
    """Ids of what `seed` stored."""

    quetta: str
    convoy: str
    market: str
    articles: list[Article]


def _report(rid: str, art: Article, **fields: object) -> Report:
    return Report(id=rid, article_id=art.id, uri=art.uri, source=art.source, published=art.published, **fields)


def build() -> tuple[list[Article], list[Incident]]:
    """Four articles and three incidents: Quetta (two disagreeing reports), a convoy bomb placed only at province
    level, and a market bombing in Nigeria."""
    a1 = article(QUETTA_A, "2016-10-25", "Daily Example", "Gunmen storm police academy")
    a2 = article(QUETTA_B, "2016-10-25", "Example Post", "Quetta toll at 59")
    a3 = article(CONVOY, "2016-11-05", "Example Wire", "Convoy hit")
    a4 = article(MARKET, "2015-03-08", "Example Times", "Market bombing")
    quetta_loc = loc("Quetta", "Balochistan", "Pakistan", "PK", 30.19, 67.01, GeoPrecision.city)
    is_ = Perpetrator(name="Islamic State", text="The Islamic State", status="claimed", sources=[a1.id])
    is_.evidence = [ev(QUETTA_A, a1.id, "The Islamic State said through its Amaq agency")]
    lej = Perpetrator(
        name="Lashkar-e-Jhangvi", text="Lashkar-e-Jhangvi", status="accused", by="senior security official"
    )
    lej.sources = [a2.id]
    lej.evidence = [ev(QUETTA_B, a2.id, "blamed Lashkar-e-Jhangvi")]
    r1 = _report(
        "rep_quetta_a",
        a1,
        date=DateValue(value="2016-10-24", precision="day", text="Monday"),
        location=quetta_loc.model_copy(update={"text": "Quetta"}),
        attack_types=["armed_assault"],
        weapons=["firearms", "explosives"],
        suicide=True,
        perpetrators=[is_],
        killed=Count(low=61, qualifier=Qualifier.at_least, text="at least 61"),
        wounded=Count(low=120, qualifier=Qualifier.exact, text="120"),
        evidence={
            "killed": [ev(QUETTA_A, a1.id, "killing at least 61 people")],
            "wounded": [ev(QUETTA_A, a1.id, "wounding 120 others")],
            "date": [ev(QUETTA_A, a1.id, "Monday")],
            "location": [ev(QUETTA_A, a1.id, "Quetta")],
        },
    )
    r2 = _report(
        "rep_quetta_b",
        a2,
        date=DateValue(value="2016-10-24", precision="day", text=None),
        location=quetta_loc,
        attack_types=["armed_assault"],
        perpetrators=[lej],
        killed=Count(low=59, qualifier=Qualifier.exact, text="59"),
        wounded=Count(low=100, qualifier=Qualifier.exact, text="100"),
        evidence={
            "killed": [ev(QUETTA_B, a2.id, TOLL_B)],
            "wounded": [ev(QUETTA_B, a2.id, "wounded 100 cadets")],
            "location": [ev(QUETTA_B, a2.id, "Quetta")],
        },
    )
    quetta = Incident(
        id="inc_quetta0000000000",
        date=DateValue(value="2016-10-24", precision="day", text="Monday"),
        location=quetta_loc,
        attack_types=["armed_assault"],
        weapons=["firearms", "explosives"],
        suicide=True,
        targets=[Entity(text="police academy", type="police", evidence=[ev(QUETTA_A, a1.id, "police academy")])],
        perpetrators=[is_, lej],
        killed=CountRange(low=59, best=61, high=61, disputed=True, rule="max_at_least"),
        wounded=CountRange(low=100, best=120, high=120, disputed=True, rule="max_at_least"),
        perpetrators_count=3,
        disputed_fields=["killed", "wounded"],
        reports=[r1, r2],
        summary="Gunmen stormed a police academy in Quetta.",
    )
    r3 = _report(
        "rep_convoy",
        a3,
        date=DateValue(value="2016-11-04", precision="day", text="Friday"),
        location=loc("Balochistan", "Balochistan", "Pakistan", "PK", 28.5, 65.5, GeoPrecision.admin1),
        attack_types=["bombing"],
        weapons=["explosives"],
        killed=Count(low=4, qualifier=Qualifier.exact, text="4"),
        evidence={"killed": [ev(CONVOY, a3.id, "killing 4 soldiers")]},
    )
    convoy = Incident(
        id="inc_convoy0000000000",
        date=r3.date,
        location=r3.location,
        attack_types=["bombing"],
        weapons=["explosives"],
        killed=CountRange(low=4, best=4, high=4),
        reports=[r3],
    )
    r4 = _report(
        "rep_market",
        a4,
        date=DateValue(value="2015-03-07", precision="day", text=None),
        location=loc("Maiduguri", "Borno", "Nigeria", "NG", 11.85, 13.16, GeoPrecision.city),
        attack_types=["bombing"],
        weapons=["explosives"],
        suicide=True,
        killed=Count(low=15, qualifier=Qualifier.exact, text="15"),
        evidence={"killed": [ev(MARKET, a4.id, "killing 15 shoppers")]},
    )
    market = Incident(
        id="inc_market0000000000",
        date=r4.date,
        location=r4.location,
        attack_types=["bombing"],
        weapons=["explosives"],
        suicide=True,
        killed=CountRange(low=15, best=15, high=15),
        reports=[r4],
    )
    return [a1, a2, a3, a4], [quetta, convoy, market]


def seed(store: Store) -> Seeded:
    """Store the articles, their reports and the three incidents."""
    articles, incidents = build()
    store.init()
    with store.transaction():
        for art in articles:
            store.add_article(art)
        by_article: dict[str, list[Report]] = {}
        for inc in incidents:
            for r in inc.reports:
                by_article.setdefault(r.article_id, []).append(r)
        for aid, reports in by_article.items():
            store.save_reports(aid, reports)
        store.save_incidents(incidents)
    return Seeded(quetta=incidents[0].id, convoy=incidents[1].id, market=incidents[2].id, articles=articles)
