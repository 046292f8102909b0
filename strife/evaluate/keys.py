"""`strife bench keys`: the extractor's dates, places, types, claim status and casualties against the MUC-4 keys.

The original answer keys (muc4/raw/tst1, tst2: 24 slots per template) are parsed here; the extractor runs over
the matching upper-case raw texts, with each dateline's date as the publication date. In each document the key
templates are paired one-to-one with the reports (an optimal assignment on the number of fields that agree, a
report's missing date not counting as agreement); optional templates count only when paired; reports left over
are spurious. Matching per field:

- date (INCIDENT: DATE): right at the key's precision. A day ("12 DEC 89") needs that day; a span
  ("12 MAR 90 - 14 MAR 90") a day inside it, or its month when the span lies within one month; "before"
  ("- 20 NOV 89", "on or before": the task definition uses it where the text names only a weekday or gives no
  date, so that the header date is a default) any day or month reaching into the 31 days up to it, or no date at
  all. An earlier version asked for a date there too, which rewarded taking the dateline's filing date as the
  incident's — a day the text does not give.
  Alternatives ("(A) / (B)") any one. "-" (no date) is not asked.
- location (INCIDENT: LOCATION): the country matches, and the most specific named place of the key (the last
  CITY, TOWN, DEPARTMENT, NEIGHBORHOOD... level; facilities such as FARM or UNIVERSITY are not named places; for a
  place inside a city, such as a NEIGHBORHOOD, the enclosing named place counts too) is the report's place name,
  city, admin2 or admin1 (accents and case ignored); with no named place, the country alone.
  `country` is also tallied on its own.
- type (INCIDENT: TYPE): the report's MUC type (strife.export.muc4.incident_type) is one of the key's.
- perpetrator status (PERP: ORGANIZATION CONFIDENCE): asked per key line; right when a reported group whose
  name or text matches one of the line's strings (either contains the other) has a status the line allows
  (REPORTED AS FACT → reported, CLAIMED OR ADMITTED → claimed, SUSPECTED OR ACCUSED [BY AUTHORITIES] → accused,
  POSSIBLE → possible, ACQUITTED → denied).
- killed / wounded (HUM TGT: EFFECT OF INCIDENT DEATH / INJURY, with HUM TGT: NUMBER): the numbers of the
  targets with that effect, summed. Right when the report's figure equals the sum (or its low-high range holds
  it), within 20 % for "~N"; when a number is PLURAL or missing, any figure of at least 2 (PLURAL) or 1.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from strife.evaluate.muc4_raw import RawDoc, muc_date
from strife.export.muc4 import incident_type
from strife.model import Count, DatePrecision, DateValue, Location, PerpStatus, Report

FIELDS: tuple[str, ...] = ("date", "location", "country", "type", "perpetrator status", "killed", "wounded")

# ----------------------------------------------------------------------------------------------------- parsing

_SLOT = re.compile(r"^(\d+)\.\s+([A-Z]+(?: [A-Z]+)*: [A-Z]+(?: [A-Z]+)*)(?:\s{2,}(.*))?$")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_DATE = re.compile(r"(\d{1,2}) ([A-Z]{3}) (\d{2})")


@dataclass
class KeyTemplate:
    """One answer-key template: its document, number, whether optional, and each slot's fill lines."""

    docid: str
    number: str
    optional: bool = False
    slots: dict[str, list[str]] = field(default_factory=dict)

    def lines(self, slot: str) -> list[str]:
        """The slot's non-empty fill lines, without '-' (empty) and '*' (irrelevant)."""
        return [v for v in self.slots.get(slot, []) if v and v not in ("-", "*")]


def parse_keys(text: str) -> tuple[list[KeyTemplate], set[str]]:
    """(templates, ids of documents the key marks irrelevant) from one key file's text."""
    templates: list[KeyTemplate] = []
    irrelevant: set[str] = set()
    current: KeyTemplate | None = None
    slot: str | None = None
    for raw in text.splitlines():
        if raw.startswith(";;;") or not raw.strip():
            continue
        m = _SLOT.match(raw.rstrip())
        if m:
            slot, value = m.group(2), (m.group(3) or "").strip()
            if slot == "MESSAGE: ID":
                current = KeyTemplate(docid=value.split()[0], number="")
                templates.append(current)
            elif current is not None:
                current.slots.setdefault(slot, []).append(value)
            continue
        if raw.startswith(" ") and current is not None and slot:
            current.slots.setdefault(slot, []).append(raw.strip())
    out: list[KeyTemplate] = []
    for t in templates:
        number = (t.slots.get("MESSAGE: TEMPLATE") or ["*"])[0]
        if number.startswith("*"):
            irrelevant.add(t.docid)
            continue
        t.number = number.split()[0]
        t.optional = "OPTIONAL" in number
        out.append(t)
    return out, irrelevant


def _fill(line: str) -> tuple[list[str], list[str]]:
    """'CODE / CODE: "A" / "B"' → ([CODE, CODE], [A, B]); a leading '?' (uncertain) is dropped."""
    strings = [s.replace('\\"', '"') for s in _STRING.findall(line)]
    head = _STRING.sub("", line).split(":", 1)[0] if ":" in _STRING.sub("", line) else ""
    codes = [c.strip(" ?") for c in head.split("/") if c.strip(" ?")]
    return codes, strings


def _alternatives(value: str) -> list[str]:
    """'(A) / (B)' → [A, B]; a value without parenthesised alternatives is one alternative."""
    if value.startswith("("):
        parts = re.findall(r"\(((?:[^()]|\([^()]*\))*)\)", value)
        if parts:
            return [p.strip() for p in parts]
    return [value.strip()]


# ------------------------------------------------------------------------------------------------------- dates


@dataclass
class KeyDate:
    kind: str  # day | range | before
    start: dt.date
    end: dt.date


def key_dates(t: KeyTemplate) -> list[KeyDate]:
    out: list[KeyDate] = []
    for value in t.lines("INCIDENT: DATE"):
        for alt in _alternatives(value):
            dates = [muc_date(int(d), m, int(y)) for d, m, y in _DATE.findall(alt)]
            dates = [d for d in dates if d is not None]
            if not dates:
                continue
            if alt.lstrip("? ").startswith("-"):
                out.append(KeyDate("before", dates[0] - dt.timedelta(days=31), dates[0]))
            elif len(dates) >= 2:
                out.append(KeyDate("range", dates[0], dates[1]))
            else:
                out.append(KeyDate("day", dates[0], dates[0]))
    return out


def date_span(d: DateValue) -> tuple[dt.date, dt.date, str] | None:
    """A predicted date as (first day, last day, precision); None when it has no value."""
    parts = [int(p) for p in (d.value or "").split("-") if p.isdigit()]
    try:
        if len(parts) >= 3:
            day = dt.date(*parts[:3])
            return day, day, DatePrecision.day
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last), DatePrecision.month
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31), DatePrecision.year
    except ValueError:
        return None
    return None


def date_ok(keys: list[KeyDate], d: DateValue) -> bool:
    span = date_span(d)
    if span is None:
        return d.value is None and any(k.kind == "before" for k in keys)
    start, end, precision = span
    for k in keys:
        if k.kind == "day" and precision == DatePrecision.day and start == k.start:
            return True
        if k.kind == "range":
            if precision == DatePrecision.day and k.start <= start <= k.end:
                return True
            if precision == DatePrecision.month and start <= k.start and k.end <= end:
                return True
        if k.kind == "before" and precision in (DatePrecision.day, DatePrecision.month):
            if start <= k.end and end >= k.start:
                return True
    return False


# --------------------------------------------------------------------------------------------------- locations

PLACE_KINDS = frozenset(
    "CITY TOWN VILLAGE HAMLET DEPARTMENT PROVINCE STATE REGION NEIGHBORHOOD DISTRICT MUNICIPALITY COUNTY "
    "JURISDICTION CANTON SUBURB COMMUNITY PORT".split()
)
# Places inside a city or municipality: the enclosing named place is accepted too (analysts filter by city).
SUB_CITY_KINDS = frozenset("NEIGHBORHOOD DISTRICT SUBURB CANTON COMMUNITY JURISDICTION".split())


@dataclass
class KeyLocation:
    country: str
    place: list[str]  # the most specific named place (alternatives), empty when the key names none


# Abbreviations that gazetteers and keys spell either way ("St. George" / "Saint George").
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def norm(text: str | None) -> str:
    """Accents, case and punctuation ignored; "St."/"Ft."/"Mt." read as "Saint"/"Fort"/"Mount"."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def key_locations(t: KeyTemplate) -> list[KeyLocation]:
    out: list[KeyLocation] = []
    for value in t.lines("INCIDENT: LOCATION"):
        for alt in _alternatives(value.lstrip("? ")):
            levels = [lv.strip() for lv in alt.split(":")]
            countries = [c.strip() for c in levels[0].split("/") if c.strip()]
            place: list[str] = []
            for level in levels[1:]:
                names, sub_city = [], False
                for part in level.split(" - "):
                    m = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", part.strip())
                    kinds = set(re.split(r"\s*/\s*", m.group(2))) if m else set()
                    if m and kinds & PLACE_KINDS:
                        names.append(m.group(1))
                        sub_city |= kinds <= SUB_CITY_KINDS
                if names:
                    place = names + place if sub_city else names
            out.extend(KeyLocation(country=c, place=place) for c in countries)
    return out


@cache
def country_code(name: str) -> str | None:
    """ISO alpha-2 for a country name as the keys write it ('EL SALVADOR')."""
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        try:
            return pycountry.countries.search_fuzzy(name)[0].alpha_2
        except LookupError:
            return None


def country_ok(keys: list[KeyLocation], loc: Location | None) -> bool:
    if loc is None:
        return False
    return any(
        (loc.country_code or "").upper() == (country_code(k.country) or "?") or norm(loc.country) == norm(k.country)
        for k in keys
    )


def location_ok(keys: list[KeyLocation], loc: Location | None) -> bool:
    if loc is None:
        return False
    names = {norm(n) for n in (loc.name, loc.city, loc.admin2, loc.admin1) if n}
    for k in keys:
        if not country_ok([k], loc):
            continue
        if not k.place or any(norm(p) in names for p in k.place):
            return True
    return False


# ------------------------------------------------------------------------------------------ types and groups

_CONFIDENCE: dict[str, str] = {
    "REPORTED AS FACT": PerpStatus.reported,
    "CLAIMED OR ADMITTED": PerpStatus.claimed,
    "SUSPECTED OR ACCUSED": PerpStatus.accused,
    "SUSPECTED OR ACCUSED BY AUTHORITIES": PerpStatus.accused,
    "POSSIBLE": PerpStatus.possible,
    "ACQUITTED": PerpStatus.denied,
}


def key_types(t: KeyTemplate) -> set[str]:
    return {c.strip(" ?").lower() for v in t.lines("INCIDENT: TYPE") for c in v.split("/") if c.strip(" ?")}


@dataclass
class KeyClaim:
    statuses: set[str]
    names: list[str]


def key_claims(t: KeyTemplate) -> list[KeyClaim]:
    out: list[KeyClaim] = []
    for line in t.lines("PERP: ORGANIZATION CONFIDENCE"):
        codes, names = _fill(line)
        statuses = {_CONFIDENCE[c] for c in codes if c in _CONFIDENCE}
        if statuses and names:
            out.append(KeyClaim(statuses, names))
    return out


def _name_match(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b) and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def claim_ok(claim: KeyClaim, report: Report) -> bool:
    def named(text: str) -> bool:
        return any(_name_match(n, text) for n in claim.names)

    return any(p.status in claim.statuses for p in report.perpetrators if named(p.text) or named(p.name))


# ----------------------------------------------------------------------------------------------------- counts


@dataclass
class KeyCount:
    value: int | None  # the exact total, when every target's number is known
    minimum: int  # the least figure that can be right when it is not
    approx: bool = False
    others: tuple[tuple[int, bool], ...] = ()  # further (total, approximate) the key allows (see `key_count`)


_NUMBER_CODE = re.compile(r"^(~?)(\d+)$")


def _total_number(t: KeyTemplate) -> int | None:
    """HUM TGT: TOTAL NUMBER when the key gives it as a plain or approximate number (not uncertain, not a range)."""
    for line in t.slots.get("HUM TGT: TOTAL NUMBER", []):
        m = re.fullmatch(r"~?(\d+)", line.strip())
        if m:
            return int(m.group(1))
    return None


def key_count(t: KeyTemplate, effect: str) -> KeyCount | None:
    """The number of human targets the key gives `effect` (DEATH or INJURY); None when none has it.

    Each target with the effect adds its HUM TGT: NUMBER; a number with alternatives ("5/6") allows each. Where
    several NUMBER lines name one target, they go with its EFFECT lines in order when there are as many of each
    (TST2-MUC4-0048: "2" and "1" BODYGUARDS, INJURY and "? NO INJURY"); otherwise any of them may be the one
    (TST2-MUC4-0068 lists "~70", "9" and "3" PEASANTS for one DEATH and one INJURY line; its text has 9 killed and
    3 wounded). No total exceeds HUM TGT: TOTAL NUMBER, the number of all human targets: where descriptions overlap
    ("JESUITS", "PRIESTS" and "IGNACIO ELLACURIA" for 8 people in all, TST1-MUC3-0050), their sum counts people
    twice and the total is the figure. An earlier version took the first NUMBER line naming a target and summed
    regardless (0068's killed was ~70, 0050's 14)."""
    numbers: list[tuple[list[str], set[str]]] = []
    for line in t.lines("HUM TGT: NUMBER"):
        codes, names = _fill(line)
        numbers.append((codes, {norm(n) for n in names}))
    effects = [(codes, {norm(n) for n in names}) for codes, names in map(_fill, t.lines("HUM TGT: EFFECT OF INCIDENT"))]
    totals: dict[int, bool] = {0: False}  # total → approximate
    known, plural, hit, least = True, False, False, 0
    for i, (codes, wanted) in enumerate(effects):
        if effect not in codes:
            continue
        hit = True
        lines = [cs for cs, ns in numbers if ns & wanted]
        same = [j for j, (_, ns) in enumerate(effects) if ns & wanted]
        if len(lines) == len(same) > 1:
            lines = [lines[same.index(i)]]
        values = [(int(m.group(2)), bool(m.group(1))) for cs in lines for c in cs if (m := _NUMBER_CODE.match(c))]
        if values:
            totals = {a + v: ap or av for a, ap in totals.items() for v, av in values}
            least += values[0][0]
        else:
            known = False
            plural |= any(c.startswith("PLURAL") for cs in lines for c in cs)
    if not hit:
        return None
    if not known:
        return KeyCount(value=None, minimum=max(least, 2 if plural else 1))
    cap = _total_number(t)
    if cap is not None and any(v > cap for v in totals):
        totals = {v: a for v, a in totals.items() if v <= cap} or {cap: False}
    first = least if least in totals else min(totals)
    others = tuple((v, a) for v, a in sorted(totals.items()) if v != first)
    return KeyCount(value=first, minimum=first, approx=totals[first], others=others)


def count_ok(key: KeyCount, c: Count | None) -> bool:
    if c is None or c.value is None:
        return False
    if key.value is None:
        return max(c.low or 0, c.high or 0) >= key.minimum
    return any(_count_is(v, approx, c) for v, approx in ((key.value, key.approx), *key.others))


def _count_is(value: int, approx: bool, c: Count) -> bool:
    if approx:
        return abs((c.value or 0) - value) <= max(1, 0.2 * value)
    if c.low is not None and c.high is not None:
        return c.low <= value <= c.high
    return c.value == value


# ---------------------------------------------------------------------------------------------------- scoring


def check(t: KeyTemplate, r: Report | None) -> Iterator[tuple[str, bool, str]]:
    """(field, right, what the report said) for every field this key template asks about."""
    dates = key_dates(t)
    if dates:
        yield "date", r is not None and date_ok(dates, r.date), f"{r.date.value} ({r.date.precision})" if r else "-"
    locs = key_locations(t)
    if locs:
        loc = r.location if r else None
        said = "-" if r is None else "none"
        if loc is not None:
            said = f"{loc.name} / {loc.admin1} / {loc.country_code} ({loc.precision})"
        right_country = country_ok(locs, loc)
        yield "location", location_ok(locs, loc), said + ("" if right_country or not loc else " [wrong country]")
        yield "country", right_country, said
    types = key_types(t)
    if types:
        yield "type", r is not None and incident_type(r) in types, incident_type(r) if r else "-"
    for claim in key_claims(t):
        said = "; ".join(f"{p.text} [{p.status}]" for p in r.perpetrators) if r else "-"
        yield "perpetrator status", r is not None and claim_ok(claim, r), said or "no group"
    for name, effect, attr in (("killed", "DEATH", "killed"), ("wounded", "INJURY", "wounded")):
        key = key_count(t, effect)
        if key is not None:
            c: Count | None = getattr(r, attr) if r else None
            said = "-" if r is None else f"{c.low}-{c.high} {c.qualifier}" if c else "none"
            yield name, count_ok(key, c), said


def key_value(t: KeyTemplate, name: str) -> str:
    """The key's fill for a field, for error listings (counts as the figure the key implies, then its lines)."""
    if name in ("killed", "wounded"):
        effect = "DEATH" if name == "killed" else "INJURY"
        kc = key_count(t, effect)
        if kc is None:
            figure = "?"
        else:
            figure = f"{'~' if kc.approx else ''}{kc.value}" if kc.value is not None else f">={kc.minimum}"
        fillers = [line for line in t.lines("HUM TGT: EFFECT OF INCIDENT") if effect in _fill(line)[0]]
        return f"{figure} ({' | '.join(fillers)[:100]})"
    slot = {
        "date": "INCIDENT: DATE",
        "location": "INCIDENT: LOCATION",
        "country": "INCIDENT: LOCATION",
        "type": "INCIDENT: TYPE",
        "perpetrator status": "PERP: ORGANIZATION CONFIDENCE",
        "killed": "HUM TGT: EFFECT OF INCIDENT",
        "wounded": "HUM TGT: EFFECT OF INCIDENT",
    }[name]
    return " | ".join(t.lines(slot))


@dataclass
class FieldError:
    docid: str
    template: str
    field: str
    key: str
    said: str


@dataclass
class Tally:
    right: int = 0
    asked: int = 0


@dataclass
class KeysResult:
    fields: dict[str, Tally]
    paired: dict[str, Tally]  # the same, over templates paired with a report only (normalisers, not detection)
    templates: Tally  # key templates paired with a report
    spurious: int  # reports paired with no template
    spurious_irrelevant: int  # of which in documents the key marks irrelevant
    errors: list[FieldError]


Pairs = list[tuple[KeyTemplate, Report | None]]


def _agreement(t: KeyTemplate, r: Report) -> int:
    """Fields on which a template and a report agree; a report's silence on the date ("before" keys accept it) is
    no agreement for pairing."""
    return sum(ok for name, ok, _ in check(t, r) if not (name == "date" and r.date.value is None))


def score_doc(templates: list[KeyTemplate], reports: list[Report]) -> tuple[Pairs, int]:
    """Pair key templates with reports one-to-one (most agreeing fields); returns the pairs and unpaired reports."""
    pairs: dict[int, int] = {}
    if templates and reports:
        gain = np.array([[_agreement(t, r) + 0.01 for r in reports] for t in templates])
        for ti, ri in zip(*linear_sum_assignment(gain, maximize=True), strict=True):
            if gain[ti, ri] >= 1:  # a pair that agrees on nothing is a missed template and a spurious report
                pairs[int(ti)] = int(ri)
    out = [(t, reports[pairs[i]] if i in pairs else None) for i, t in enumerate(templates)]
    return out, len(reports) - len(pairs)


def score(templates: list[KeyTemplate], irrelevant: set[str], predictions: dict[str, list[Report]]) -> KeysResult:
    """Score every document's reports against its key templates."""
    by_doc: dict[str, list[KeyTemplate]] = {}
    for t in templates:
        by_doc.setdefault(t.docid, []).append(t)
    result = KeysResult({f: Tally() for f in FIELDS}, {f: Tally() for f in FIELDS}, Tally(), 0, 0, [])
    for docid in sorted(set(by_doc) | irrelevant | set(predictions)):
        reports = predictions.get(docid, [])
        pairs, left = score_doc(by_doc.get(docid, []), reports)
        result.spurious += left
        if docid in irrelevant and docid not in by_doc:
            result.spurious_irrelevant += left
        for t, r in pairs:
            if t.optional and r is None:
                continue
            result.templates.asked += 1
            result.templates.right += r is not None
            for name, ok, said in check(t, r):
                for tally in (result.fields[name], result.paired[name]) if r is not None else (result.fields[name],):
                    tally.asked += 1
                    tally.right += ok
                if not ok:
                    result.errors.append(FieldError(docid, t.number, name, key_value(t, name), said))
    return result


def error_classes(errors: list[FieldError], classify: Callable[[FieldError], str]) -> Counter[str]:
    return Counter(classify(e) for e in errors)


def classify(e: FieldError) -> str:
    """A coarse reason for one miss, to rank the largest error classes per field."""
    if e.said == "-":
        return "no report paired with this template"
    if e.said in ("none", "no group", "None (unknown)"):
        return "paired report lacks the field"
    if e.field == "date":
        return "month given, key has a day" if "(month)" in e.said else "wrong date"
    if e.field == "country" or e.said.endswith("[wrong country]"):
        return "wrong country"
    if e.field == "location":
        coarse = any(f"({p})" in e.said for p in ("country", "admin1", "admin2", "unknown"))
        return "country right, coarser place" if coarse else "country right, another place"
    if e.field == "type":
        return f"said {e.said}, key {e.key.lower()}"
    if e.field == "perpetrator status":
        return "group found, wrong status or not matched"
    return "wrong figure"


def format_result(r: KeysResult, examples: int = 5) -> str:
    lines = [f"{'field':<20}{'right':>7}{'asked':>7}{'%':>8}   {'when paired':>18}"]
    for name, t in [("template paired", r.templates), *r.fields.items()]:
        p = r.paired.get(name)
        when = f"{p.right:>5}/{p.asked:<5}{100 * p.right / max(p.asked, 1):>6.1f}%" if p else ""
        lines.append(f"{name:<20}{t.right:>7}{t.asked:>7}{100 * t.right / max(t.asked, 1):>8.1f}   {when:>18}")
    lines.append(f"spurious reports: {r.spurious} (in documents the key marks irrelevant: {r.spurious_irrelevant})")
    for name in FIELDS:
        errs = [e for e in r.errors if e.field == name]
        if not errs:
            continue
        lines.append(f"\n{name}: largest error classes")
        for cls, n in error_classes(errs, classify).most_common(4):
            lines.append(f"  {n:>4}  {cls}")
            for e in [e for e in errs if classify(e) == cls][:examples]:
                lines.append(f"          {e.docid}#{e.template}: key {e.key!r} / said {e.said!r}")
    return "\n".join(lines)


def load_keys(paths: list[Path]) -> tuple[list[KeyTemplate], set[str]]:
    templates: list[KeyTemplate] = []
    irrelevant: set[str] = set()
    for path in paths:
        t, i = parse_keys(path.read_text(encoding="latin-1"))
        templates.extend(t)
        irrelevant |= i
    return templates, irrelevant


def run(raw_dir: Path, splits: list[str], limit: int | None = None, lower: bool = False) -> KeysResult:
    """Extract reports from the raw texts of `splits` and score them against their keys.

    `lower` lower-cases the texts first (a diagnostic: how much the upper-case wire text costs)."""
    from strife.evaluate.extraction import extract_docs
    from strife.evaluate.muc4_raw import load_docs, split_files

    docs: dict[str, RawDoc] = {}
    templates: list[KeyTemplate] = []
    irrelevant: set[str] = set()
    for split in splits:
        texts, keys = split_files(raw_dir, split)
        docs.update(load_docs(texts))
        t, i = load_keys(keys)
        templates.extend(t)
        irrelevant |= i
    ids = sorted(docs)[:limit] if limit else sorted(docs)
    texts = {d: docs[d].text.lower() if lower else docs[d].text for d in ids}
    predictions = extract_docs([(d, texts[d], docs[d].published) for d in ids], uri_prefix="muc4raw://")
    keep = set(ids)
    return score([t for t in templates if t.docid in keep], irrelevant & keep, predictions)
