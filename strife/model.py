"""Typed records that cross module lines: Article → Report → Incident, with their evidence.

These are the DESIGN.md §2/§3 contract. Field names are fixed; add fields freely with defaults, rename none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(use_enum_values=True, extra="ignore")


# --------------------------------------------------------------------------------------------- vocabularies


class AttackType(StrEnum):
    """GTD attack types."""

    assassination = "assassination"
    armed_assault = "armed_assault"
    bombing = "bombing"
    hijacking = "hijacking"
    hostage_barricade = "hostage_barricade"
    kidnapping = "kidnapping"
    facility_attack = "facility_attack"
    unarmed_assault = "unarmed_assault"
    arson = "arson"
    robbery = "robbery"
    unknown = "unknown"


class WeaponType(StrEnum):
    """GTD weapon types."""

    firearms = "firearms"
    explosives = "explosives"
    incendiary = "incendiary"
    melee = "melee"
    vehicle = "vehicle"
    chemical = "chemical"
    biological = "biological"
    radiological = "radiological"
    nuclear = "nuclear"
    fake_weapons = "fake_weapons"
    sabotage_equipment = "sabotage_equipment"
    other = "other"
    unknown = "unknown"


class TargetType(StrEnum):
    """GTD target/victim types."""

    business = "business"
    government = "government"
    police = "police"
    military = "military"
    diplomatic = "diplomatic"
    educational_institution = "educational_institution"
    religious = "religious"
    journalists_media = "journalists_media"
    ngo = "ngo"
    private_citizens_property = "private_citizens_property"
    transportation = "transportation"
    airports_aircraft = "airports_aircraft"
    maritime = "maritime"
    utilities = "utilities"
    telecommunication = "telecommunication"
    food_water_supply = "food_water_supply"
    tourists = "tourists"
    terrorists_militias = "terrorists_militias"
    violent_political_party = "violent_political_party"
    abortion_related = "abortion_related"
    other = "other"
    unknown = "unknown"


class PerpStatus(StrEnum):
    """How a perpetrator is tied to an attack."""

    reported = "reported"
    claimed = "claimed"
    accused = "accused"
    possible = "possible"
    denied = "denied"


class Category(StrEnum):
    terrorism = "terrorism"
    insurgency = "insurgency"
    crime = "crime"
    intergroup = "intergroup"
    unclear = "unclear"


class ReportKind(StrEnum):
    main = "main"
    referenced = "referenced"


class DatePrecision(StrEnum):
    day = "day"
    month = "month"
    year = "year"
    unknown = "unknown"


class GeoPrecision(StrEnum):
    point = "point"
    city = "city"
    admin2 = "admin2"
    admin1 = "admin1"
    country = "country"
    unknown = "unknown"


class Qualifier(StrEnum):
    """What a text says about a number: 'at least 61' → at_least; 'dozens' → dozens (imputed)."""

    exact = "exact"
    at_least = "at_least"
    more_than = "more_than"
    about = "about"
    at_most = "at_most"
    less_than = "less_than"
    range = "range"
    dozens = "dozens"
    tens = "tens"
    scores = "scores"
    hundreds = "hundreds"
    several = "several"
    unknown = "unknown"


# ------------------------------------------------------------------------------------------------ records


class Evidence(_Model):
    """A span of an article's clean text: [start, end) character offsets into Article.text."""

    article_id: str
    start: int
    end: int
    text: str


class Article(_Model):
    """One news article, cleaned. `id` is a stable hash of the normalised text."""

    id: str
    uri: str
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    text: str
    language: str = "en"
    ingested_at: datetime = Field(default_factory=lambda: datetime.now(dt.UTC))
    duplicate_of: str | None = None


class DateValue(_Model):
    """A (possibly partial) date: value is 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or None; never more precise than the text."""

    value: str | None = None
    precision: DatePrecision = DatePrecision.unknown
    text: str | None = None
    end: str | None = None  # last day of a span ("between 12 and 15 January"), same format as value


class GeoCandidate(_Model):
    name: str
    geonames_id: int | None = None
    country_code: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision = GeoPrecision.unknown
    score: float = 0.0


class Location(_Model):
    """A geocoded place. `name` is the most specific named place; `precision` says what level that is."""

    name: str | None = None
    city: str | None = None
    admin2: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: GeoPrecision = GeoPrecision.unknown
    text: str | None = None
    candidates: list[GeoCandidate] = Field(default_factory=list)


class Count(_Model):
    """What one report says about a number: 'at least 61' → low=61, high=None, qualifier=at_least."""

    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = Qualifier.exact
    imputed: bool = False  # a vague word ("dozens") given ACLED's value
    text: str | None = None

    @property
    def value(self) -> int | None:
        return self.low if self.low is not None else self.high


class Entity(_Model):
    """A target, victim or attacker mention with its GTD type."""

    text: str
    type: TargetType | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class RoleFiller(_Model):
    """A MUC-4 role filler (PerpInd, PerpOrg, Target, Victim, Weapon) as the trained tagger read it."""

    role: str
    text: str
    score: float
    evidence: Evidence


class Perpetrator(_Model):
    """A group (or person) tied to an attack; `name` is canonical, `text` as written."""

    name: str
    text: str
    status: PerpStatus = PerpStatus.reported
    by: str | None = None  # who accused / who reported
    how: str | None = None  # claim channel: statement, website, phone call, video, news agency
    sources: list[str] = Field(default_factory=list)  # article ids
    evidence: list[Evidence] = Field(default_factory=list)


class Report(_Model):
    """One incident as one article tells it. Scalar fields' evidence is in `evidence[field]`."""

    id: str
    article_id: str
    uri: str
    source: str | None = None
    published: dt.date | None = None
    kind: ReportKind = ReportKind.main
    confidence: float = 0.5
    category: Category = Category.terrorism
    doubt: bool = False
    date: DateValue = Field(default_factory=DateValue)
    location: Location | None = None
    attack_types: list[AttackType] = Field(default_factory=list)
    weapons: list[WeaponType] = Field(default_factory=list)
    suicide: bool | None = None
    targets: list[Entity] = Field(default_factory=list)
    victims: list[Entity] = Field(default_factory=list)
    attackers: list[Entity] = Field(default_factory=list)
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    killed: Count | None = None
    wounded: Count | None = None
    hostages: Count | None = None
    perpetrators_count: Count | None = None
    perpetrators_killed: Count | None = None
    perpetrators_wounded: Count | None = None  # attackers wounded (GTD nwoundte), never among `wounded`
    perpetrators_captured: Count | None = None
    duration_hours: float | None = None
    summary: str | None = None
    # The tagger's role fillers in text order; None when no tagger read the article, [] when it found none.
    roles: list[RoleFiller] | None = None
    # The tagger's P(MUC-4 incident type) for the article, on its main report: the MUC export's incident type.
    muc_types: dict[str, float] | None = None
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)


class CountRange(_Model):
    """An incident's reconciled figure across its reports."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    disputed: bool = False
    imputed: bool = False
    rule: str | None = None


class Incident(_Model):
    """The reconciled record built from one or more Reports; keeps them all."""

    id: str
    kind: ReportKind = ReportKind.main
    category: Category = Category.terrorism
    doubt: bool = False
    date: DateValue = Field(default_factory=DateValue)
    location: Location | None = None
    attack_types: list[AttackType] = Field(default_factory=list)
    weapons: list[WeaponType] = Field(default_factory=list)
    suicide: bool | None = None
    targets: list[Entity] = Field(default_factory=list)
    victims: list[Entity] = Field(default_factory=list)
    attackers: list[Entity] = Field(default_factory=list)
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    killed: CountRange = Field(default_factory=CountRange)
    wounded: CountRange = Field(default_factory=CountRange)
    hostages: CountRange = Field(default_factory=CountRange)
    perpetrators_count: int | None = None
    perpetrators_killed: int | None = None
    perpetrators_wounded: int | None = None  # attackers wounded (GTD nwoundte), never among `wounded`
    duration_hours: float | None = None
    summary: str | None = None
    disputed_fields: list[str] = Field(default_factory=list)
    reports: list[Report] = Field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None


# ------------------------------------------------------------------------------------------------ helpers


def normalise_text(text: str) -> str:
    """The form an article id is hashed from: NFKC, whitespace collapsed, case kept."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip()


def article_id(text: str) -> str:
    """Stable article id: `art_` + 16 hex chars of SHA-256 over the normalised text."""
    return "art_" + hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def stable_id(prefix: str, *parts: object) -> str:
    """A deterministic id from its parts (never a row counter)."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{h}"


# --------------------------------------------------------------------------------- store-level records


class Skipped(_Model):
    """An input that was not ingested, and why: the run goes on and reports it on stderr."""

    path: str
    line: int | None = None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"skipped {where}: {self.reason}"


class ChangeKind(StrEnum):
    created = "created"
    updated = "updated"
    merged = "merged"
    split = "split"
    deleted = "deleted"


class Change(_Model):
    """One entry of the incident change log (`strife changes --since`)."""

    at: datetime = Field(default_factory=lambda: datetime.now(dt.UTC))
    kind: ChangeKind
    incident_id: str
    other_ids: list[str] = Field(default_factory=list)  # merged-away ids, or ids split off
    report_ids: list[str] = Field(default_factory=list)
    who: str = "auto"
    why: str | None = None


class Correction(_Model):
    """A human decision that later automatic runs respect: keep these reports together, or apart."""

    at: datetime = Field(default_factory=lambda: datetime.now(dt.UTC))
    action: str  # "merge" | "split"
    report_ids: list[str]  # merge: reports that must share an incident; split: [report to keep apart, ...]
    incident_ids: list[str] = Field(default_factory=list)
    who: str = "user"
    why: str | None = None


class IncidentQuery(_Model):
    """Filters for listing incidents; every store builds them with bound parameters."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None  # name or ISO code
    admin1: str | None = None
    city: str | None = None
    attack_type: str | None = None
    target_type: str | None = None
    group: str | None = None
    group_status: str | None = None
    min_killed: int | None = None
    text: str | None = None  # full-text search over article text and summaries
    kind: str | None = None
    sort: str = "-date"  # date | -date | killed | -killed | id
    limit: int = 100
    offset: int = 0
