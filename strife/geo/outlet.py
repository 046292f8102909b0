"""The place of the outlet that published a page, read from the page title's tail.

A scraped page's first line is its title, and local outlets end it with their name after a bar, a guillemet or a
dash: "Two hurt in shooting | Fox 59", "... « CBS Chicago", "... | Dayton NEWS | www.whio.com", "... - WTOC - TV:
Savannah, Beaufort, SC". Such a name is not where it happened (the assembler keeps it out of the scene's
candidates), but it says in which state and country the story is: a local station covers its market. Local news
seldom names its state ("shot in Trotwood", "a Flint boy"), and without it a town with namesakes in several
states, or abroad (Flint, Wales), cannot be placed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from strife.geo.gazetteer import Gazetteer
from strife.geo.names import COMMON_WORDS, NON_PLACES, US_STATE_ABBREVIATIONS
from strife.geo.text import fold

# A bar or guillemet ends the headline; so does a dash before a site name (" - Los Angeles Times"), but headlines
# hold dashes too ("Murder - Suicide In Manchester - thecourant"): of dashes only the last two segments count.
_BAR = re.compile(r"\s[|«»]\s")
_DASH = re.compile(r"\s[-–—]\s")
_TITLE_MAX = 300  # a first line longer than this is body text, not a title
# A word run in the tail: "CBS Chicago", "WTOC - TV: Savannah, Beaufort, SC"; domain words split at digits and dots
# ("abc7chicago.com" → "abc", "chicago").
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’.]*(?:[ ][A-Z][A-Za-z'’.]*)*")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|net|org|tv)\b", re.I)
_LETTERS = re.compile(r"[A-Za-z]+")
# An outlet names a market only by a city it is known for: a primary name of a city this large (calibrated on GVDB
# dev titles: Chicago, Dayton, Savannah, Lima ≥ 35k; below that, tails hold words such as "Home" or "News").
MIN_CITY_POPULATION = 30_000
# A city must lead its namesakes by this factor in population to stand for its market ("Lima, OH" needs its state).
CLEAR_FACTOR = 5.0


@dataclass(frozen=True)
class OutletPlace:
    """A place the outlet's name points at: a gazetteer ref (a city or an admin1) and where it is in the text."""

    ref: int
    start: int
    end: int
    text: str


def title_tail(text: str) -> tuple[int, str] | None:
    """(offset, tail) of the first line after its first outlet separator; None when the text has no such title."""
    line_end = text.find("\n")
    line = text[: line_end if line_end >= 0 else _TITLE_MAX]
    if len(line) > _TITLE_MAX:
        return None
    m = _BAR.search(line)
    if m is not None:
        return m.end(), line[m.end() :]
    dashes = list(_DASH.finditer(line))
    if not dashes:
        return None
    at = dashes[-2].end() if len(dashes) >= 3 else dashes[-1].end()
    return at, line[at:]


# Outlets whose names carry no city ("6abc.com", "WPMT FOX43", "The Augusta Chronicle"): the market city each
# covers, with its state. Call signs, web brands (host labels) and paper names of local outlets whose pages are
# widely scraped; a brand shared by stations of several markets ("FOX 2": St. Louis, Detroit, San Francisco) is
# left out ("ABC7" is Los Angeles, Chicago, New York, San Francisco and Washington), as are names that already say their
# city ("abc7chicago.com", "CBS Denver"), and a tail that names a place besides the brand goes by that place.
OUTLET_MARKETS: dict[str, tuple[str, str]] = {
    "6abc": ("Philadelphia", "PA"), "wpvi": ("Philadelphia", "PA"),
    "kabc": ("Los Angeles", "CA"),
    "abc7ny": ("New York City", "NY"), "wabc": ("New York City", "NY"),
    "kgo": ("San Francisco", "CA"),
    "abc11": ("Durham", "NC"), "wtvd": ("Durham", "NC"),
    "abc13": ("Houston", "TX"), "ktrk": ("Houston", "TX"),
    "abc30": ("Fresno", "CA"), "kfsn": ("Fresno", "CA"),
    "fox6now": ("Milwaukee", "WI"), "witi": ("Milwaukee", "WI"),
    "fox2now": ("St. Louis", "MO"), "ktvi": ("St. Louis", "MO"),
    "fox59": ("Indianapolis", "IN"), "wxin": ("Indianapolis", "IN"),
    "wpmt": ("York", "PA"),
    "wbff": ("Baltimore", "MD"), "wbal": ("Baltimore", "MD"),
    "wciv": ("Charleston", "SC"),
    "ktxl": ("Sacramento", "CA"),
    "kswb": ("San Diego", "CA"),
    "wvtm": ("Birmingham", "AL"),
    "wreg": ("Memphis", "TN"),
    "wstm": ("Syracuse", "NY"),
    "kxrm": ("Colorado Springs", "CO"), "fox21news": ("Colorado Springs", "CO"),
    "krcr": ("Redding", "CA"),
    "wlky": ("Louisville", "KY"),
    "kdvr": ("Denver", "CO"),
    "wtoc": ("Savannah", "GA"),
    "whio": ("Dayton", "OH"),
    "wbns": ("Columbus", "OH"),
    "augusta chronicle": ("Augusta", "GA"),
    "thecourant": ("Hartford", "CT"), "hartford courant": ("Hartford", "CT"),
}  # fmt: skip
_OUTLET_KEY = re.compile(r"[A-Za-z0-9]+(?:[ ][A-Za-z0-9]+)?")


def _market(key: str, gaz: Gazetteer, states: dict[str, int]) -> int | None:
    """The ref of a known outlet's market city (see OUTLET_MARKETS), or None."""
    market = OUTLET_MARKETS.get(key.lower())
    if market is None or market[1] not in states:
        return None
    state = states[market[1]]
    towns = [r for r, primary in gaz.refs(market[0]) if gaz.places[r].kind == "city"]
    towns = [r for r in towns if gaz.places[r].admin1_ref == state]
    return max(towns, key=lambda r: gaz.places[r].population, default=None)


def _known_outlets(tail: str, gaz: Gazetteer, states: dict[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, market ref) of the known outlets (OUTLET_MARKETS) named in a title's tail: a word or two
    ("WPMT", "Augusta Chronicle") or a host label ("6abc" of "6abc.com")."""
    out: list[tuple[int, int, int]] = []
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9]+", tail)]
    for i, (start, end) in enumerate(words):
        for j in (i + 1, i):  # two words first ("Augusta Chronicle"), then one
            if j >= len(words) or (j > i and tail[end : words[j][0]] != " "):
                continue
            stop = words[j][1]
            ref = _market(tail[start:stop], gaz, states)
            if ref is not None:
                out.append((start, stop, ref))
                break
    return out


def outlet_places(text: str, gaz: Gazetteer, states: dict[str, int]) -> list[OutletPlace]:
    """Places named in the title's outlet tail: a US state's code or name, or a city that is the clear reading of
    its name. A state written next to a city ("Lima, OH") settles which city."""
    found = title_tail(text)
    if found is None:
        return []
    offset, tail = found
    runs: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in _WORDS.finditer(tail)]
    for d in _DOMAIN.finditer(tail):
        runs += [(d.start() + w.start(), w.group(0)) for w in _LETTERS.finditer(d.group(0)[: d.group(0).rfind(".")])]
    states_named: set[int] = set()
    cities: list[tuple[int, str, list[int]]] = []
    known = [OutletPlace(ref, offset + s, offset + e, tail[s:e]) for s, e, ref in _known_outlets(tail, gaz, states)]
    out: list[OutletPlace] = []
    for at, run in runs:
        taken: list[tuple[int, int]] = []
        for start, name in _names(run):
            end = start + len(name)
            if any(s < end and start < e for s, e in taken):
                continue  # "Palm" inside "West Palm Beach"
            key = fold(name)
            if not key or key in COMMON_WORDS or key in NON_PLACES:
                continue
            code = US_STATE_ABBREVIATIONS.get(name.lower()) or (name if name.isupper() and name in states else None)
            refs = [r for r, primary in gaz.refs(name) if primary]
            admin1 = [r for r in refs if gaz.places[r].kind == "admin1" and gaz.places[r].country_code == "US"]
            towns = [r for r in refs if gaz.places[r].kind == "city"]
            if code in states or (admin1 and len(key) > 3):
                ref = states[code] if code in states else admin1[0]
                states_named.add(ref)
                out.append(OutletPlace(ref, offset + at + start, offset + at + end, name))
            elif towns:
                cities.append((offset + at + start, name, towns))
            else:
                continue
            taken.append((start, end))
    for start, name, towns in cities:
        towns = sorted(towns, key=lambda r: -gaz.places[r].population)
        in_state = [r for r in towns if gaz.places[r].admin1_ref in states_named]
        top = in_state[0] if in_state else towns[0]
        population = gaz.places[top].population
        rival = max((gaz.places[r].population for r in towns if r != top), default=0)
        if population >= MIN_CITY_POPULATION and (in_state or population >= CLEAR_FACTOR * rival):
            out.append(OutletPlace(top, start, start + len(name), name))
    # a brand followed by its market's name is another station of the brand ("ABC7 Chicago", "ABC7 News DC")
    return out or known


# A site's host name often carries its market, alone or run together with the outlet's name ("abc7chicago.com",
# "fox13memphis.com", "chicago.suntimes.com", "orlandosentinel.com"). Only large cities (MIN_HOST_POPULATION, the
# clear reading of their name) and US states are looked for, as whole words or at a word's start or end; five
# letters at least, so that "news4jax" or "kmov" match nothing.
MIN_HOST_POPULATION = 100_000
MIN_HOST_LETTERS = 5
_HOST = re.compile(r"https?://([^/:]+)", re.I)
_HOST_NOISE = frozenset("www m mobile com net org tv co uk us news edu gov".split())


def url_places(url: str | None, gaz: Gazetteer, states: dict[str, int] | None = None) -> list[int]:
    """Refs of the large US cities and states a page's host name carries (the last host of an archive's URL), and
    of a known outlet's market ("6abc.com", see OUTLET_MARKETS) where `states` (USPS code → ref) is lent."""
    hosts = _HOST.findall(url or "")
    if not hosts:
        return []
    index = _host_index(gaz)
    out: list[int] = []
    for label in hosts[-1].lower().split("."):
        if label in _HOST_NOISE:
            continue
        market = _market(label, gaz, states) if states else None
        if market is not None:
            out.append(market)
            continue
        for run in _LETTERS.findall(label):
            run = run.removeprefix("the")
            if len(run) < MIN_HOST_LETTERS:
                continue
            for n in range(len(run), MIN_HOST_LETTERS - 1, -1):
                ref = index.get(run[:n], index.get(run[-n:]))
                if ref is not None:
                    if ref >= 0:  # -1: a city with a large namesake ("kansascity"), which says nothing
                        out.append(ref)
                    break
    return out


_HOST_INDEX: dict[int, dict[str, int]] = {}


def _host_index(gaz: Gazetteer) -> dict[str, int]:
    """Letters-only names of US states and of large US cities → ref; -1 for a city that does not lead its namesakes
    clearly."""
    cached = _HOST_INDEX.get(id(gaz))
    if cached is not None:
        return cached
    index: dict[str, int] = {}
    for ref, p in enumerate(gaz.places):
        if p.country_code != "US" or p.kind not in ("admin1", "city"):
            continue
        if p.kind == "city" and p.population < MIN_HOST_POPULATION:
            continue
        key = re.sub(r"[^a-z]", "", fold(p.name))
        if len(key) < MIN_HOST_LETTERS:
            continue
        rivals = [gaz.places[r].population for r, primary in gaz.refs(p.name) if primary and r != ref]
        if p.kind == "city" and any(CLEAR_FACTOR * r > p.population for r in rivals):
            index[key] = -1
            continue
        index.setdefault(key, ref)
    _HOST_INDEX[id(gaz)] = index
    return index


def _names(run: str, longest: int = 4) -> list[tuple[int, str]]:
    """(offset, name) of every run of up to `longest` words in `run`, longest first ("Los Angeles" in "Los Angeles
    Times", "West Palm Beach" before "Palm")."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\s,:]+", run)]
    out: list[tuple[int, str]] = []
    for n in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            start, end = words[i][0], words[i + n - 1][1]
            out.append((start, run[start:end].rstrip(".")))
    return out
