"""Place names that NER misses in caseless text, found by looking them up in the gazetteer.

Old wire copy is all capitals ("BOMBS EXPLODED IN VINA DEL MAR"): spaCy then tags organisations as places and
places as organisations, or nothing. In such text a name after a locative word ("IN", "NEAR", "THE TOWN OF") is
looked up, longest first, and kept only when it names a place in one of the countries the document already points
at — so a spotted name can sharpen the answer but never move it to another country.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from strife.geo.gazetteer import Place
from strife.geo.geocoder import FOREIGN_MIN_POPULATION, Geocoder, PlaceMention
from strife.geo.names import COMMON_WORDS, DEMONYMS, NON_PLACES
from strife.geo.query import parse
from strife.geo.text import fold
from strife.geo.usage import division_after

# "IN LA CEIBA", "NEAR THE TOWN OF PERQUIN", "IN SAN MIGUEL DEPARTMENT", "OF THE DEPARTMENT OF MORAZAN"
# ("ACCORDING TO THE RED CROSS", "ONE OF MANY": after TO, OF or ON only a place-kind word introduces a place.)
_KIND = (
    r"(?:CITY|TOWN|VILLAGE|HAMLET|PORT|DEPARTMENT|PROVINCE|MUNICIPALITY|DISTRICT|JURISDICTION|NEIGHBORHOOD|"
    r"SUBURB|STATE|REGION|AREA|CANTON)"
)
# "IN THE PERUVIAN TOWN OF YUNGUYO": a nationality word before the kind word says in which country the place is.
# A lookahead, so that matches may overlap: the name read after one "IN" must not swallow the next ("KILLED IN
# JANUARY BY UNIDENTIFIED MEN IN GUATEMALA CITY").
_LOCATIVE = re.compile(
    rf"\b(?=(?:(?:IN|NEAR|AT|OUTSIDE|FROM)\s+(?:THE\s+)?(?:(?:(?P<adj>[A-Z]+)\s+)?{_KIND}\s+OF\s+)?"
    rf"|(?:TO|OF|ON)\s+THE\s+(?:(?P<adj2>[A-Z]+)\s+)?{_KIND}\s+OF\s+)"
    r"(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,4}))"
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
    document_leading = max(sorted(wanted), key=lambda cc: countries[cc])
    out: list[PlaceMention] = []
    for m in _LOCATIVE.finditer(text):
        adjective = m.group("adj") or m.group("adj2")
        named = geocoder.country_of(adjective) if adjective and fold(adjective) in DEMONYMS else None
        # "THE PERUVIAN TOWN OF": any place of Peru, however small; another word ("THE SMALL TOWN OF") says nothing
        leading = named or document_leading
        allowed = {named} if named else wanted
        words = m.group("name").split()
        start = offset + m.start("name")
        owner = geocoder.country_of(words[0][:-2]) if words[0].endswith(("'S", "’S")) and len(words) > 1 else None
        if owner:  # "IN COLOMBIA'S NORTHERN SANTANDER DEPARTMENT": a place of that country
            start = offset + m.start("name") + m.group("name").index(words[1], len(words[0]))
            words, leading, allowed = words[1:], owner, {owner}
        cut = next((i for i, w in enumerate(words) if w in _STOP), len(words))
        words = words[: min(cut, MAX_WORDS + 1)]
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(".")
            if n == 1 and len(name) < MIN_SINGLE_LETTERS:
                break
            if fold(name) in NON_PLACES or fold(name) in COMMON_WORDS:
                continue
            if geocoder.country_of(name):
                break  # "IN PANAMA": spot_demonyms finds country names; as a division's name they would mislead
            if _known(geocoder, name, allowed, leading):
                out.append(PlaceMention(text=name, start=start, end=start + len(name), label="GPE", weight=1.0))
                break
        else:  # "IN ILOBASCO, CABANAS DEPARTMENT": a town the gazetteer may lack, written with its division
            division = division_after(text, m.end("name")) if len(words) == len(m.group("name").split()) else None
            cc, a1 = geocoder.qualifier(division) if division else (None, None)
            if a1 is not None and cc in allowed and words:
                end = text.index(division, m.end("name")) + len(division)
                out.append(PlaceMention(text=text[m.start("name") : end], start=start, end=offset + end, label="GPE"))
    taken = [(p.start - offset, p.end - offset) for p in out]
    spotted = _major_cities(text, geocoder, wanted, document_leading, taken)
    out += [replace(p, start=p.start + offset, end=p.end + offset) for p in spotted]
    return sorted(out, key=lambda p: p.start)


MILLION = 1_000_000
MAJOR_CITY_WORDS = 3  # "SAN JOSE DE CUCUTA" is rarer than "SAN PEDRO SULA"


def _major_cities(
    text: str, geocoder: Geocoder, countries: set[str], leading: str, taken: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Large cities of the document's countries named anywhere in caseless text ("MEDELLIN CONTINUES TO LIVE
    THROUGH A WAVE OF TERROR"), with no locative word before them: a city of MAJOR_POPULATION is seldom a word."""
    out: list[PlaceMention] = []

    def read(name: str, start: int, end: int, n: int) -> int:
        key = fold(name)
        if len(key) < MIN_SINGLE_LETTERS or key in COMMON_WORDS or key in NON_PLACES:
            return 0
        if any(s < end and start < e for s, e in taken):
            return 1
        if geocoder.country_of(name):
            return n
        refs = [ref for ref, primary in geocoder.gaz.refs(name) if primary]
        if any(_major(geocoder.gaz.places[ref], countries, leading) for ref in refs):
            out.append(PlaceMention(text=name, start=start, end=start + len(name), label="GPE"))
            return n
        return 0

    _walk(text, MAJOR_CITY_WORDS, read)
    return out


def _major(place: Place, countries: set[str], leading: str) -> bool:
    """A city of MAJOR_POPULATION in the leading country, of a million in the document's other countries (a first
    name such as "ORLANDO" is a city of a quarter million abroad)."""
    if place.kind != "city" or place.country_code not in countries:
        return False
    return place.population >= (MAJOR_POPULATION if place.country_code == leading else MILLION)


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


def spot_demonyms(text: str, offset: int, geocoder: Geocoder | None = None) -> list[PlaceMention]:
    """Nationality words ("GUATEMALAN ARMY", "SALVADORANS") and country names ("IN COLOMBIA") in caseless text,
    which NER there seldom tags (see spot_countries)."""
    from strife.geo.geocoder import default_geocoder

    found = spot_countries(text, geocoder or default_geocoder())
    return [replace(m, start=m.start + offset, end=m.end + offset) for m in found]


_NAME_RUN = re.compile(r"[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*)*")
MAX_COUNTRY_WORDS = 4  # "UNITED STATES OF AMERICA"


def _bare(name: str) -> str:
    """A run of words without a possessive or a sentence's full stop ("PANAMA'S" → "PANAMA"; "U.S." stays)."""
    name = re.sub(r"['’]S$", "", name)
    return name if "." in name[:-1] else name.rstrip(".")


def _walk(text: str, max_words: int, read: Callable[[str, int, int, int], int]) -> None:
    """Walk the runs of capitalised words, trying at each word the longest name first: `read(name, start, end, n)`
    says how many words to move on by (0: try a shorter name; a one-word miss moves on by one)."""
    for run in _NAME_RUN.finditer(text):
        words = [(run.start() + w.start(), run.start() + w.end()) for w in re.finditer(r"\S+", run.group(0))]
        i = 0
        while i < len(words):
            step = 1
            for n in range(min(max_words, len(words) - i), 0, -1):
                start, end = words[i][0], words[i + n - 1][1]
                taken = read(_bare(text[start:end]), start, end, n)
                if taken:
                    step = taken
                    break
            i += step


def spot_countries(text: str, geocoder: Geocoder) -> list[PlaceMention]:
    """Country names ("EL SALVADOR", "U.S.") and nationality words in caseless `text`, which NER there tags
    unreliably. A country name inside a longer place or region name ("PANAMA CITY", "CENTRAL AMERICAN") is none;
    "US" is the pronoun."""
    out: list[PlaceMention] = []

    def read(name: str, start: int, end: int, n: int) -> int:
        key = fold(name)
        if not key or name == "US" or key == "the" or key.startswith("the ") or key in COMMON_WORDS:
            return 0
        short = len(key) < 4 and "." not in name  # "CAR" (bomb), "UAE": a word or an acronym
        cc = None if key in NON_PLACES or short else geocoder.country_of(name)
        if cc:
            label = "NORP" if key in DEMONYMS or key[:-1] in DEMONYMS else "GPE"
            out.append(PlaceMention(text=name, start=start, end=start + len(name), label=label))
            return n
        # "PANAMA CITY", "CENTRAL AMERICA" hold a country's name: no country
        return n if n > 1 and (key in NON_PLACES or geocoder.gaz.refs(name)) else 0

    _walk(text, MAX_COUNTRY_WORDS, read)
    return out
