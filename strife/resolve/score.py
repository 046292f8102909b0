"""Pairwise evidence that two reports describe one incident: a sum of log-odds-like weights, or a veto.

Features: place (distance between coordinates, else names; the geocoder's other candidates), date agreement at each
precision, attack types, target types, perpetrators, casualty figures (compatible given that tolls rise as the
wounded die and bodies are found), shared names of victims, wording and ages in the lead sentences, and the
multi-word names the two articles share (strife.resolve.names). Weights were set by hand, then checked on GVA dev
with the extractor's reports (strife/evaluate/gva.py; 536 same-incident and ~48,000 different-incident pairs of
main reports within 45 days): at THRESHOLD 2.5, 337 same-incident pairs link against 76 different-incident pairs;
moving it between 1.5 and 3.0 moved B³ F1 by under 0.01, so 2.5 keeps precision (B³ P 0.95) for the held-out split.
The same city and day alone (+3.5) clears the threshold; a clash in casualty figures (-2.5) does not.
Equal tolls weigh by how telling they are: one dead or one hurt is the commonest toll in local news, and with +1.5
for it, reports with no precise place (a namesake town left at country level) chained unrelated single-victim
shootings of the same days; scaled (`count_score`), B³ precision on GVA dev went 0.936 → 0.955 at recall 0.825.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from strife.model import Count, DatePrecision, GeoPrecision, Location, Qualifier, Report, ReportKind

from .blocking import WINDOW_DAYS, Interval, country_of, date_interval
from .names import aged_names, article_names, common_places

VETO = -math.inf
# Places far apart, or in two countries, weigh heavily against a merge but do not forbid it: on GVA dev a third of
# the same-incident report pairs had a place wrongly geocoded (a surname read as a town), and other evidence
# (same day, same toll, shared names) still links them.
FAR = -3.0
# Too far apart in time to be one incident, unless their articles share names: no link (but no veto).
NO_LINK = -10.0
FAR_COUNTRY = -4.0
# A report joins an incident when its best pairwise score with a member reaches this.
THRESHOLD = 2.5
# Headlines sharing a capitalised word (a town, a neighbourhood, a name). GVA dev, main-report pairs within the
# date window that share one: +1.0 turns 11 same-incident pairs into links against 4 different-incident pairs;
# +2.0 links 22 of each.
HEADLINE_BONUS = 1.0
# One person named with an age in both articles ("Jamal Smith, 24"). GVA dev, main-report pairs of the same country
# within 400 days: 30 same-incident pairs that did not link share one, against 2 different-incident pairs.
PEOPLE_BONUS = 3.0
# One report tells only of people hurt, the other only of people killed, and the articles name no one in common:
# more often two shootings of one city and day than a victim who died after the first report. GVA dev, main-report
# pairs within 45 days: without it 17 same-incident pairs linked against 13 different-incident pairs; with it 13
# against 2 (a victim who died is usually named in both). Replay (bench/casualties_gva.py, at f6625d5): B³
# 0.973/0.858 → 0.978/0.857, killed 0.869 → 0.875, injured 0.809 → 0.823; 2.0: 0.819, 4.0: 0.822.
HURT_OR_DEAD_PENALTY = 3.0
# A recalled incident the article gives no date for may lie anywhere in the years before it (UNDATED_REFERENCED_DAYS),
# so only its place, type and toll can tie it, and on GVA dev such reports bridged unrelated shootings of one city
# into one incident (an undated "earlier shooting" joining an August case, then May's shootings joining it).
# Replay at c65d977: B³ 0.984/0.854 → 0.989/0.859 (F1 0.914 → 0.919), injured +1 incident; 1.0: 0.917, 5.0 as 3.0.
UNDATED_RECALL_PENALTY = 3.0
# Without a known country on one side, ask for more.
THRESHOLD_NO_COUNTRY = 4.0

_PRECISE = {GeoPrecision.point, GeoPrecision.city, GeoPrecision.admin2}
_NAME_STOP = {
    "The", "A", "An", "He", "She", "They", "His", "Her", "Police", "Officer", "Officers", "Mr", "Mrs", "Ms", "Dr",
    "Sgt", "Lt", "Capt", "Chief", "Detective", "Deputy", "Sheriff", "County", "City", "Street", "Avenue", "North",
    "South", "East", "West", "One", "Two", "Three", "Four", "Five", "Man", "Woman", "Boy", "Girl", "Teen",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Department",
    "Authorities", "Investigators", "According", "Officials", "Hospital", "Medical", "Center", "State",
    "News", "Associated", "Press", "Reuters", "Update", "Updated", "Breaking", "Road", "Drive", "Block",
    "Lane", "Boulevard", "Court", "Fire", "Sheriffs", "Office", "Township", "Park", "High", "School", "Weather",
    "Sports", "Christmas", "Eve", "Thanksgiving", "Halloween",
}  # fmt: skip


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _norm(s: str | None) -> str | None:
    return s.strip().lower() if s else None


def _points(loc: Location) -> list[tuple[float, float, str]]:
    """The location's coordinates and its geocoder's other candidates (lat, lon, country)."""
    pts = [(loc.lat, loc.lon, (loc.country_code or "").upper())] if loc.lat is not None and loc.lon is not None else []
    pts += [
        (c.lat, c.lon, (c.country_code or "").upper())
        for c in loc.candidates
        if c.lat is not None and c.lon is not None
    ]
    return pts  # type: ignore[return-value]


def _alternative_match(la: Location, lb: Location) -> bool:
    """Either place's geocoder candidates include the other place (an ambiguous name resolved two ways)."""
    for x, y in ((la, lb), (lb, la)):
        if y.lat is None or y.lon is None:
            continue
        for lat, lon, _ in _points(x)[1:]:
            # 10 km is under 0.1 degree of latitude and (below 60 degrees) under 0.2 of longitude: skip the rest.
            if abs(lat - y.lat) < 0.1 and abs(lon - y.lon) < 0.2 and haversine_km(lat, lon, y.lat, y.lon) <= 10:
                return True
    return False


# A report placed no closer than its country (or not at all) can match any place: its pairs need this much more
# evidence. GVA dev (US only), unplaced reports linked unrelated shootings of one day on an equal toll and type;
# with 1.0 B³ P 0.962 -> 0.973 at R 0.832 -> 0.828 (F1 0.892 -> 0.894); 0.5 and 1.5 scored 0.894 and 0.893, and
# lowering THRESHOLD to 2.0-2.25 with it won back no recall.
VAGUE_PLACE_PENALTY = 1.0


def _vague_place(r: Report) -> bool:
    """No place finer than a country."""
    loc = r.location
    return loc is None or loc.precision in (GeoPrecision.country, GeoPrecision.unknown)


def place_score(a: Report, b: Report) -> float:
    """Same place → positive, far apart or in two countries → a heavy penalty, nothing known → 0."""
    la, lb = a.location, b.location
    if la is None or lb is None:
        return 0.0
    ca, cb = country_of(a), country_of(b)
    pa, pb = la.precision in _PRECISE, lb.precision in _PRECISE
    if pa and pb and None not in (la.lat, la.lon, lb.lat, lb.lon):
        km = haversine_km(la.lat, la.lon, lb.lat, lb.lon)  # type: ignore[arg-type]
        if km <= 10:
            return 2.0
        if km <= 30:
            return 1.0
        if km <= 80:
            return -1.0
    if _alternative_match(la, lb):
        return 1.0  # the geocoder may have picked the wrong one of two places with this name
    if ca and cb and ca != cb:
        return FAR_COUNTRY
    if pa and pb and None not in (la.lat, la.lon, lb.lat, lb.lon):
        return FAR
    city_a, city_b = _norm(la.city or (la.name if pa else None)), _norm(lb.city or (lb.name if pb else None))
    if city_a and city_b:
        return 2.0 if city_a == city_b else -2.0
    adm_a, adm_b = _norm(la.admin1), _norm(lb.admin1)
    if adm_a and adm_b:
        return 0.5 if adm_a == adm_b else FAR
    return 0.0


def date_score(a: Interval | None, b: Interval | None, precise: bool) -> float:
    """Agreement of two date ranges: the same day counts more than the same month or year."""
    if a is None or b is None:
        return -0.5
    gap = a.gap(b)
    if gap == 0:
        if precise:
            return 1.5
        span = max((a.end - a.start).days, (b.end - b.start).days)
        return 0.5 if span <= 31 else -0.5  # a year-wide date agrees with anything that year
    if gap == 1:
        return 0.5
    if gap == 2:
        return -1.0
    return -3.0


def _value(c: Count | None) -> int | None:
    return None if c is None else c.value


# Weight of equal death tolls of 0, 1 and 2 (larger equal tolls: 1.5); see the module docstring.
_EQUAL_TOLL = {0: 0.3, 1: 0.8, 2: 1.2}


def count_score(early: Report, late: Report) -> float:
    """Casualty figures: equal non-zero tolls are strong evidence; a toll may rise later but rarely falls far."""
    ke, kl = _value(early.killed), _value(late.killed)
    we, wl = _value(early.wounded), _value(late.wounded)
    score = 0.0
    if ke is not None and kl is not None:
        if ke == kl:
            # One dead is the commonest toll there is; equal larger tolls say more.
            score += _EQUAL_TOLL.get(ke, 1.5)
        elif kl > ke:
            # The wounded die, bodies are found: a rise within the early casualties (plus slack) is compatible.
            rise_ok = kl - ke <= (we or 0) + max(2, ke // 2)
            score += 0.2 if rise_ok else -2.5
        else:
            # Tolls seldom fall; a small correction or a vague early figure is still compatible.
            vague = early.killed is not None and (early.killed.imputed or early.killed.qualifier == Qualifier.about)
            score += -0.3 if (ke - kl <= max(1, ke // 5) or vague) else -2.5
    if we is not None and wl is not None and we != wl:
        hi, lo = max(we, wl), min(we, wl)
        score += -0.3 if hi - lo <= max(2, lo // 2) else -1.0
    elif we is not None and wl is not None and we > 0:
        score += 0.3 if we == 1 else 0.7
    return score


def _toll_kind(r: Report) -> str:
    """What a report's tolls tell: "hurt" (people hurt only), "dead" (people killed only) or "" (both or neither)."""
    k, w = _value(r.killed), _value(r.wounded)
    return "hurt" if w and not k else ("dead" if k and not w else "")


def _types(values: list[str]) -> set[str]:
    return {v for v in values if v != "unknown"}


def _names(r: Report) -> set[str]:
    """Capitalised name tokens of victims, attackers and the summary ("Jamal Smith, 24" → {"Jamal", "Smith"}),
    less common capitalised words and the report's own place names."""
    texts = [e.text for e in (*r.victims, *r.attackers)]
    if r.summary:
        texts.append(r.summary.split(" ", 1)[1] if " " in r.summary else "")  # the first word is always capitalised
    out: set[str] = set()
    for text in texts:
        out.update(t for t in re.findall(r"\b[A-Z][a-z]{2,}\b", text) if t not in _NAME_STOP)
    loc = r.location
    if loc is not None:
        for place in (loc.name, loc.city, loc.admin2, loc.admin1, loc.country, loc.text):
            out.difference_update((place or "").split())
    return out


_WORD = re.compile(r"[a-z0-9][a-z0-9'-]{3,}")
_TOKEN = re.compile(r"[a-z0-9]+")
_AGE = re.compile(r"\b(\d{1,2})-year-old\b")
_COMMON = {
    "police", "shooting", "shot", "said", "were", "was", "have", "with", "that", "this", "from", "after", "about",
    "people", "killed", "wounded", "injured", "according", "authorities", "officers", "night", "morning",
    "afternoon", "evening", "their", "they", "when", "where", "which", "into", "been", "while", "other", "others",
}  # fmt: skip


@dataclass(frozen=True)
class Features:
    """What pair scoring reads from one report, computed once per report rather than once per pair."""

    interval: Interval | None
    day_precise: bool
    attack_types: frozenset[str]
    target_types: frozenset[str]
    perpetrators: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]
    ages: frozenset[str]
    places: tuple[str, ...]  # " name " forms of the report's place names, to find in the other's summary
    summary: str  # " lower-cased words of the summary ", space-padded
    key: tuple[str, str, str]
    article_names: frozenset[str] = frozenset()
    common_places: frozenset[str] = frozenset()
    headline: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()  # people the article names with an age (victims, suspects)
    vague_place: bool = False  # no place finer than a country
    toll_kind: str = ""  # see _toll_kind
    undated_recall: bool = False  # a referenced report with no date


def features(r: Report, text: str | None = None) -> Features:
    """The scoring features of report `r`; `text` is its article's text, read for names when the report is the
    article's own news (a recalled incident shares little with the article's names)."""
    low = (r.summary or "").lower()
    loc = r.location
    places = () if loc is None else (loc.name, loc.city, loc.text)
    return Features(
        interval=date_interval(r),
        day_precise=r.date.precision == "day",
        attack_types=frozenset(_types(r.attack_types)),
        target_types=frozenset(_types([e.type for e in r.targets if e.type])),
        perpetrators=frozenset(p.name for p in r.perpetrators if p.status != "denied"),
        names=frozenset(_names(r)),
        words=frozenset(w for w in _WORD.findall(low) if w not in _COMMON),
        ages=frozenset(_AGE.findall(low)),
        places=tuple(sorted({f" {' '.join(_TOKEN.findall(p.lower()))} " for p in places if p and len(p) > 3})),
        summary=f" {' '.join(_TOKEN.findall(low))} ",
        key=report_key(r),
        article_names=_article_names(r, text),
        common_places=common_places(text) if text and r.kind == ReportKind.main else frozenset(),
        headline=_headline_names(r, text),
        people=aged_names(text) if text and r.kind == ReportKind.main else frozenset(),
        vague_place=_vague_place(r),
        toll_kind=_toll_kind(r),
        undated_recall=r.kind == ReportKind.referenced and r.date.precision == DatePrecision.unknown,
    )


# Capitalised headline words that name no place or person ("Police: Teen Shot, Killed In Drive-By"), beside
# _NAME_STOP, which already holds "Man", "Police", the weekdays and months.
_HEADLINE_STOP = {
    "Shooting", "Shootings", "Shot", "Shots", "Shoots", "Killed", "Dead", "Dies", "Died", "Death", "Deaths", "Fatal",
    "Fatally", "Injured", "Injures", "Wounded", "Wounds", "Hurt", "Critical", "Charged", "Charges", "Arrested",
    "Arrest", "Suspect", "Suspects", "Accidental", "Accidentally", "Home", "House", "Family", "Victim", "Victims",
    "Identified", "Identify", "People", "Person", "Teen", "Teens", "Child", "Children", "Kids", "Toddler", "Baby",
    "Year", "Years", "Old", "Men", "Women", "Murder", "Homicide", "Gunman", "Gunfire", "Gun", "Watch", "Live",
    "Latest", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Multiple", "Double", "Triple", "After", "During",
    "Near", "Outside", "Inside", "Found", "Leaves", "Left", "Party", "Bar", "Club", "Apartment", "Car", "Drive",
    "Investigate", "Investigating", "Investigation", "Say", "Says", "Said", "New", "Details", "Traffic", "Holiday",
    "Weekend",
}  # fmt: skip


# A page title's site part: "Teen shot in Midtown - KXYZ News 4 Springfield, Weather, Sports": one station's pages
# share it whatever they report. Cut, with page furniture and holidays among the stop words: GVA dev B³ P 0.958 ->
# 0.962, R unchanged.
_SITE_SUFFIX = re.compile(r"\s+(?:[-|–—]|::)\s+")


def _headline_names(r: Report, text: str | None) -> frozenset[str]:
    """Capitalised words of the article's headline (its first line) that may name the place or the people: two
    write-ups of one shooting name the same neighbourhood or town there even when the geocoder read the body
    differently ("... shot in Evanston" geocoded once to Evanston, once to the station's city)."""
    if not text or r.kind != ReportKind.main:
        return frozenset()
    head = _SITE_SUFFIX.split(text.split("\n", 1)[0][:200], 1)[0]
    words = re.findall(r"\b[A-Z][a-z]{2,}\b", head)
    return frozenset(w for w in words if w not in _HEADLINE_STOP and w not in _NAME_STOP)


def _article_names(r: Report, text: str | None) -> frozenset[str]:
    if not text or r.kind != ReportKind.main:
        return frozenset()
    loc = r.location
    places = set() if loc is None else {p for p in (loc.name, loc.city, loc.admin2, loc.admin1, loc.country) if p}
    return frozenset(n for n in article_names(text) if n not in places)


def text_score(fa: Features, fb: Features) -> float:
    """Lead sentences that share wording, ages ("4-year-old") or name each other's place; robust to a place the
    geocoder got wrong (a town named in one summary is the other report's place)."""
    score = 0.0
    if any(p in fb.summary for p in fa.places) or any(p in fa.summary for p in fb.places):
        score += 1.0
    if fa.ages and fb.ages:
        score += 1.0 if fa.ages & fb.ages else -0.5
    if fa.words and fb.words:
        j = len(fa.words & fb.words) / len(fa.words | fb.words)
        score += min(1.5, 5.0 * j)
    if fa.headline & fb.headline:
        score += HEADLINE_BONUS
    return score


def pair_score(a: Report, b: Report, fa: Features | None = None, fb: Features | None = None) -> float:
    """Evidence that reports `a` and `b` tell of one incident; VETO when they cannot. Pass precomputed
    `features` when scoring one report against many."""
    if a.article_id == b.article_id:
        return VETO  # one article's incidents are distinct by construction
    fa = fa or features(a)
    fb = fb or features(b)
    common = fa.article_names & fb.article_names
    people = fa.people & fb.people
    gap = fa.interval.gap(fb.interval) if fa.interval and fb.interval else 0
    if gap > WINDOW_DAYS:
        # hospitals and sides of a city are named by every shooting there: they tie no follow-up to its incident
        # (GVA replay at 12500c8: B³ 0.978/0.856 → 0.984/0.854, killed 0.880 → 0.885; left out of the names
        # within the window as well, injured lost 3 incidents)
        if len(common - fa.common_places - fb.common_places) < 2 and not people:
            return NO_LINK
        date = -1.0  # a follow-up story dated by its own news (arrest, funeral), tied by the names it shares
    else:
        date = date_score(fa.interval, fb.interval, fa.day_precise and fb.day_precise)
    place = place_score(a, b)
    if len(common) >= 2 or people:
        place = max(place, -1.0)  # the same people and streets named: a far-off place is likely a geocoding slip
    score = place + date
    if fa.vague_place or fb.vague_place:
        score -= VAGUE_PLACE_PENALTY
    if fa.attack_types and fb.attack_types:
        score += 0.5 if fa.attack_types & fb.attack_types else -1.5
    if fa.target_types & fb.target_types:
        score += 0.3
    if fa.perpetrators and fb.perpetrators:
        score += 1.5 if fa.perpetrators & fb.perpetrators else -1.0
    if a.published is not None and a.published == b.published:
        # Published the same day: neither is an update of the other, so read the lower toll as the earlier one.
        early, late = (a, b) if (_value(a.killed) or 0, fa.key) <= (_value(b.killed) or 0, fb.key) else (b, a)
    else:
        early, late = (a, b) if fa.key <= fb.key else (b, a)
    score += count_score(early, late)
    score += text_score(fa, fb)
    shared = fa.names & fb.names
    bonus = (2.0 if len(shared) >= 2 else 1.0) if shared else 0.0
    if common:
        bonus += 2.5 if len(common) >= 2 else 1.0
    score += min(bonus, 3.5) + (PEOPLE_BONUS if people else 0.0)
    if fa.toll_kind and fb.toll_kind and fa.toll_kind != fb.toll_kind and not (people or shared or common):
        score -= HURT_OR_DEAD_PENALTY
    if fa.undated_recall or fb.undated_recall:
        score -= UNDATED_RECALL_PENALTY
    if a.kind == ReportKind.referenced and b.kind == ReportKind.referenced:
        score -= 0.5  # recollections are vaguer; two of them need a bit more
    return score


def report_key(r: Report) -> tuple[str, str, str]:
    """Total order on reports, independent of input order: publication date, then event date, then id."""
    return (r.published.isoformat() if r.published else "9999", r.date.value or "9999", r.id)
