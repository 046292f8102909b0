"""Place names that NER misses in caseless text, found by looking them up in the gazetteer.

Old wire copy is all capitals ("BOMBS EXPLODED IN VINA DEL MAR"): spaCy then tags organisations as places and
places as organisations, or nothing. In such text a name after a locative word ("IN", "NEAR", "THE TOWN OF") is
looked up, longest first, and kept only when it names a place in one of the countries the document already points
at — so a spotted name can sharpen the answer but never move it to another country.
"""

from __future__ import annotations

import re

from strife.geo.geocoder import FOREIGN_MIN_POPULATION, Geocoder, PlaceMention
from strife.geo.names import COMMON_WORDS, DEMONYMS, NON_PLACES
from strife.geo.query import parse
from strife.geo.text import fold

# "IN LA CEIBA", "NEAR THE TOWN OF PERQUIN", "IN SAN MIGUEL DEPARTMENT", "OF THE DEPARTMENT OF MORAZAN"
# ("ACCORDING TO THE RED CROSS", "ONE OF MANY": after TO, OF or ON only a place-kind word introduces a place.)
_KIND = (
    r"(?:CITY|TOWN|VILLAGE|HAMLET|PORT|DEPARTMENT|PROVINCE|MUNICIPALITY|DISTRICT|JURISDICTION|NEIGHBORHOOD|"
    r"SUBURB|STATE|REGION|AREA|CANTON)"
)
_LOCATIVE = re.compile(
    rf"\b(?:(?:IN|NEAR|AT|OUTSIDE|FROM)\s+(?:THE\s+)?(?:{_KIND}\s+OF\s+)?|(?:TO|OF|ON)\s+THE\s+{_KIND}\s+OF\s+)"
    r"(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,4})"
)
MAX_WORDS = 4  # the longest place name tried ("SAN JOSE DE LAS FLORES" counts five with its type word)
MIN_SINGLE_LETTERS = 4  # a one-word name shorter than this ("LA", "SAN") is a fragment, not a place
MIN_SUPPORT = 0.3  # a country the document points at: at least this share of the leading country's weight
# In a country other than the leading one only a large place is taken: "IN MANY CASES" in a Salvadoran story that
# also names the U.S. is no Louisiana hamlet. Same threshold as the geocoder's small places abroad.
MAJOR_POPULATION = FOREIGN_MIN_POPULATION
# Words that end a name: verbs and function words that follow a place in a sentence ("IN LA CEIBA WERE ATTACKED").
_STOP = frozenset(
    "THE A AN AND OR BUT WAS WERE IS ARE HAS HAVE HAD BY WITH FOR IN ON AT TO FROM OF THAT WHICH WHO WHEN WHERE "
    "WHILE AFTER BEFORE SAID SAYS TODAY YESTERDAY LAST THIS DURING NEAR".split()
)


def spot_places(text: str, offset: int, geocoder: Geocoder, countries: dict[str, float]) -> list[PlaceMention]:
    """Place mentions in caseless `text` (starting at `offset` in the article) that the gazetteer places in one of
    the document's `countries` (ISO2 → weight)."""
    top = max(countries.values(), default=0.0)
    wanted = {cc for cc, w in countries.items() if top > 0 and w >= MIN_SUPPORT * top}
    if not wanted:
        return []
    leading = max(sorted(wanted), key=lambda cc: countries[cc])
    out: list[PlaceMention] = []
    for m in _LOCATIVE.finditer(text):
        words = m.group("name").split()
        cut = next((i for i, w in enumerate(words) if w in _STOP), len(words))
        words = words[: min(cut, MAX_WORDS + 1)]
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(".")
            if n == 1 and len(name) < MIN_SINGLE_LETTERS:
                break
            if fold(name) in NON_PLACES or fold(name) in COMMON_WORDS:
                continue
            if geocoder.country_of(name):
                break  # "IN PANAMA": NER finds country names; as a division's name they would mislead
            if _known(geocoder, name, wanted, leading):
                start = offset + m.start("name")
                out.append(PlaceMention(text=name, start=start, end=start + len(name), label="GPE", weight=1.0))
                break
    return out


def _known(geocoder: Geocoder, name: str, countries: set[str], leading: str) -> bool:
    """True when a primary reading of `name` (or of its bare form, "SAN MIGUEL DEPARTMENT") lies in `countries`:
    anywhere in the leading country, elsewhere only a large place."""
    query = parse(name)
    for form in query.names:
        for ref, primary in geocoder.gaz.refs(form):
            place = geocoder.gaz.places[ref]
            if not primary or place.country_code not in countries or place.kind == "country":
                continue
            if place.country_code == leading or place.population >= MAJOR_POPULATION:
                return True
    return False


_WORD = re.compile(r"[A-Z][A-Z-]+")


def spot_demonyms(text: str, offset: int) -> list[PlaceMention]:
    """Nationality words in caseless text ("GUATEMALAN ARMY", "SALVADORANS"), which NER there seldom tags as NORP."""
    out: list[PlaceMention] = []
    for m in _WORD.finditer(text):
        key = fold(m.group(0))
        if key in DEMONYMS or (key.endswith("s") and key[:-1] in DEMONYMS):
            start = offset + m.start()
            out.append(PlaceMention(text=m.group(0), start=start, end=start + len(m.group(0)), label="NORP"))
    return out
