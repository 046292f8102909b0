"""How a place name is used in its sentence, read from the words around it.

The same name says different things about where an incident happened: "attacked in La Ceiba" names the scene
(a locative), "nine U.S. soldiers" the victims' nationality (an attributive country name, no more a place than
"American" is), and in all-capitals wire copy NER often keeps only the first word of a name ("LA" of "LA PAZ").
These helpers look only at the article text next to a mention.
"""

from __future__ import annotations

import re

# "IN", "NEAR THE TOWN OF", "AT THE DEPARTMENT OF": the name that follows is where something is or happened.
_KINDS = (
    r"(?:city|town|village|hamlet|port|department|province|municipality|district|jurisdiction|neighbou?rhood|"
    r"suburb|state|region|area|canton|community|outskirts|capital)"
)
# "in south suburban Dolton", "in nearby Harvey", "in northwest Harris County": words of where, before the name.
_WHERE_WORDS = (
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|"
    r"central|suburban|nearby|neighbou?ring|downtown|rural|greater)\s+){0,2}"
)
_LOCATIVE_BEFORE = re.compile(
    rf"(?:\b(?:in|near|at|outside|inside|into|across|throughout|around)\s+(?:the\s+)?"
    rf"(?:{_KINDS}\s+(?:of\s+)?|{_WHERE_WORDS})?"
    rf"|\bthe\s+(?:[A-Za-z]+\s+)?{_KINDS}\s+of\s+"
    # "a shooting south of Heavener", "ten miles northeast of Quetta": GTD's closest town
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+)$",
    re.I,
)
# Words that may follow a country name used as a noun ("IN THE U.S. LAST YEAR", "U.S. SAID", "PANAMA, WHERE"):
# function words, auxiliaries and reporting verbs. Any other word after it makes it a modifier ("U.S. SOLDIERS").
_NOT_A_HEAD = frozenset(
    "a an the and or but nor of in on at to for with by from into over under about after before during since "
    "until against between among through across near as than that which who whom whose when where while if "
    "is are was were be been being has have had do does did will would shall should can could may might must "
    "not no also only even still yet already then now today tonight yesterday last this next ago later earlier "
    "said says say told tells reported reports announced stated added claimed accused denied confirmed warned "
    "it its he she they we i you his her their our my your him them us me there here so because".split()
)
_WORD_AFTER = re.compile(r"^[ \t]+([A-Za-z][A-Za-z'’-]*)")
_NAME_WORD = re.compile(r"^[ \t]+([A-Z][A-Za-z'’.-]*)")
MAX_EXTENSION = 3  # words a cut-off name may be extended by ("LA" → "LA PAZ", "SAN" → "SAN JOSE DE LAS FLORES")


def locative(text: str, start: int) -> bool:
    """True when the words before `start` introduce a location ("in", "near the town of")."""
    return bool(_LOCATIVE_BEFORE.search(text[max(0, start - 40) : start]))


# Between an attack word and the place it happened at ("KIDNAPPED THURSDAY IN", "THE ASSASSINATION OF SIX JESUITS
# IN"): a few words of one clause, no punctuation, no other name's reporting ("ACCORDING TO SOURCES IN").
# Characters, set by hand for a short clause ("were kidnapped early on Thursday in"), not tuned: the scene clauses
# of the MUC-4 TST1/TST2 keys this rule settles (TST1-0027, -0050, -0065, TST2-0053) are under 40.
SCENE_GAP = 60
_SCENE_GAP = re.compile(r"[^.;:!?\"(),\[\]—–]*", re.I)
_NOT_SCENE = re.compile(
    r"\b(?:said|says|told|tells|reported|reports|according|sources?|announced|stated|officials?|spokes(?:man|woman)|"
    r"condemned|from|to|who|which|where|while|after|before|when|and|but|or)\b|--"
    # another verb between ("THE ATTACKERS CROSSED THE BORDER INTO"): a participle or past form, not a time word
    r"|\b(?!(?:during|morning|evening)\b)[a-z]{3,}(?:ed|ing)\b",
    re.I,
)
# Motion is no scene: "fled into Colombia", "spread across the region".
_SCENE_BEFORE = re.compile(r"\b(?:into|across|throughout)\s+(?:the\s+)?$", re.I)


def scene(text: str, start: int, attack_ends: list[int]) -> bool:
    """True when the place at `start` is named after "in" ("near", "the town of") as where an attack word shortly
    before it in the same clause happened: "were kidnapped in Colombia", "a bomb exploded in the Peruvian town of
    Yunguyo", not "killed, officials in Caracas said" nor "kidnapped, according to sources in Caracas"."""
    if not locative(text, start) or _SCENE_BEFORE.search(text[max(0, start - 20) : start]):
        return False
    if facility_site(text, start):
        return False  # "pronounced dead at a medical center in Oak Lawn": where the hospital is
    for end in attack_ends:
        if not 0 <= start - end <= SCENE_GAP:
            continue
        gap = text[end:start]
        if _SCENE_GAP.fullmatch(gap) and not _NOT_SCENE.search(gap):
            return True
    return False


# "Advocate Christ Medical Center in Oak Lawn", "taken to a hospital in Harvey": the name after "in" says where a
# facility is (most often where the wounded were taken), not where it happened.
_FACILITY_IN = re.compile(
    r"\b(?:hospital|medical\s+center|medical\s+centre|center|centre|clinic|infirmary|morgue|jail|prison|"
    r"penitentiary|courthouse|court|office|headquarters|embassy|consulate)s?\s+(?:in|at|near)\s+$",
    re.I,
)


def facility_site(text: str, start: int) -> bool:
    """True when the name at `start` follows a facility and "in" ("a hospital in Harvey"): the facility's town."""
    return bool(_FACILITY_IN.search(text[max(0, start - 40) : start]))


def modifier(text: str, end: int) -> bool:
    """True when the word after `end` is the head a name modifies ("U.S. SOLDIERS", "IN THE U.S. CONGRESS"): a
    word directly after it (no punctuation) that is no function word, auxiliary, reporting verb or participle
    ("IN GUATEMALA CONDUCTING AN INVESTIGATION")."""
    m = _WORD_AFTER.match(text[end : end + 40])
    if not m:
        return False
    word = m.group(1).lower().strip("'’")
    return word not in _NOT_A_HEAD and not word.endswith(("ing", "ed"))


# Personal titles: "COL ORLANDO CEPEDA", "President Lincoln" name a person, not the town of that name.
_TITLE_BEFORE = re.compile(
    r"\b(?:mr|mrs|ms|dr|col|colonel|gen|general|maj|major|capt|captain|lt|lieutenant|sgt|sergeant|cmdr|commander|"
    r"president|minister|senator|sen|rep|gov|governor|mayor|judge|father|bishop|archbishop|monsignor|msgr|"
    r"don|dona|doña|sister|brother|officer|deputy|chief|comandante|commandant)\.?\s+$",
    re.I,
)


def titled(text: str, start: int) -> bool:
    """True when a personal title stands right before `start` ("COL ORLANDO")."""
    return bool(_TITLE_BEFORE.search(text[max(0, start - 16) : start]))


# "THE TWO VERGARA TOLEDO BROTHERS", "the Menendez sisters": a name between "the" (a number, a first surname) and a
# plural kin noun is a family's surname; "two Dallas brothers were shot" keeps its town.
_KIN_AFTER = re.compile(r"^[ \t]+(?:brothers|sisters|siblings)\b", re.I)
_KIN_BEFORE = re.compile(r"\bthe\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:[A-Z][A-Za-z'’-]*\s+)?$", re.I)


def kin_surname(text: str, start: int, end: int) -> bool:
    """True when the name at `start`-`end` is a family's surname: "the [two] [Vergara] Toledo brothers"."""
    return bool(_KIN_AFTER.match(text[end : end + 20]) and _KIN_BEFORE.search(text[max(0, start - 40) : start]))


def following_names(text: str, end: int, limit: int = MAX_EXTENSION) -> list[str]:
    """The capitalised words directly after `end` on the same line, up to `limit` with no punctuation between; a
    possessive ends the run ("LA PAZ'S" → "PAZ")."""
    out: list[str] = []
    pos = end
    while len(out) < limit:
        m = _NAME_WORD.match(text[pos : pos + 40])
        if not m:
            break
        word = m.group(1)
        possessive = re.search(r"['’][sS]$", word)
        word = re.sub(r"['’][sS]$", "", word).rstrip(".")
        if word:
            out.append(word)
        if possessive or not word or m.group(1).endswith("."):
            break
        pos += m.end()
    return out


# "in the Rogers Park neighborhood", "the city's Point Breeze section", "the neighborhood of Poppleton": the name is a
# part of a city, not a town of its own.
_PART_AFTER = re.compile(r"^[ \t]+(?:neighbou?rhood|section|community area|district)\b", re.I)
_PART_BEFORE = re.compile(r"(?:\bthe\s+city['’]s|\b(?:neighbou?rhood|section)\s+of)\s+(?:the\s+)?$", re.I)


def the_citys_part(text: str, name: str) -> bool:
    """True where the text says the name is a section of "the city" ("the city's Feltonville section"): the city
    the story is about."""
    pattern = rf"\bthe\s+city['’]s\s+{re.escape(name)}\s+(?:section|neighbou?rhood|area|district)\b"
    return bool(re.search(pattern, text, re.I))


def city_part(text: str, name: str) -> bool:
    """True when the words around the name, where the text names it, say it is a neighbourhood or section of a
    city (the headline's "shot in Point Breeze" is settled by the story's "the city's Point Breeze section")."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        if _PART_AFTER.match(text[m.end() : m.end() + 30]) or _PART_BEFORE.search(
            text[max(0, m.start() - 30) : m.start()]
        ):
            return True
    return False


# "IN THE CAPITAL", "near the Salvadoran capital", "in the country's capital" (not "the capital of Chiapas", nor
# "the state capital"): the capital of the country the story is placed in. The word before "capital", if any.
_CAPITAL = re.compile(
    r"\b(?:in|near|at|around|outside|inside|across|throughout)\s+the\s+(?:([A-Za-z'’]+)\s+)?capital\b"
    r"(?![ \t]*(?:of|city\s+of)\b)(?!['’]s)",
    re.I,
)


def capital_words(text: str) -> list[str]:
    """For each "in the [X] capital" in `text` that names no place after it, X lower-cased ("" when none)."""
    return [(m.group(1) or "").lower() for m in _CAPITAL.finditer(text)]


# "THE BRAZILIAN EMBASSY", "the U.S. ambassador": a country's mission is abroad, in another country.
_MISSION_AFTER = re.compile(
    r"^[ \t]+(?:embass(?:y|ies)|consulates?|consuls?|ambassadors?|envoys?|legations?|diplomats?)\b", re.I
)


def foreign_mission(text: str, end: int) -> bool:
    """True when the name ending at `end` names a country's diplomatic mission ("THE BRAZILIAN EMBASSY")."""
    return bool(_MISSION_AFTER.match(text[end : end + 30]))


# "BROADCAST BY TEGUCIGALPA RADIO AMERICA", "the Los Angeles Times": a place name that opens an outlet's name.
_OUTLET_AFTER = re.compile(
    r"^[ \t]+(?:radio|television|tv|newspaper|daily|times|herald|tribune|gazette|chronicle)\b"
    r"(?![ \t]+(?:station|studios?)\b)",
    re.I,
)


def outlet_name(text: str, end: int) -> bool:
    """True when the name opens an outlet's name ("TEGUCIGALPA RADIO AMERICA", "Los Angeles Times")."""
    return bool(_OUTLET_AFTER.match(text[end : end + 40]))


# "THE SO-CALLED MEDELLIN CARTEL", "the Sinaloa cartel": a place name that opens a criminal group's name.
_GROUP_AFTER = re.compile(r"^[ \t]+(?:cartels?|mafias?|gangs?|syndicates?)\b", re.I)


def group_name(text: str, end: int) -> bool:
    """True when the name opens a criminal group's name ("MEDELLIN CARTEL"): no place where something happened."""
    return bool(_GROUP_AFTER.match(text[end : end + 30]))


# "IN ILOBASCO, CABANAS DEPARTMENT", "LOS LLANITOS, INTIBUCA DEPARTMENT": a town written with its division.
_DIVISION_AFTER = re.compile(
    r"^,[ \t]+((?:[A-Z][A-Za-z'’.-]*[ \t]+){1,3}(?:department|province|state|intendancy|commissary))\b", re.I
)


def division_after(text: str, end: int) -> str | None:
    """The division written after the name ending at `end` (", CABANAS DEPARTMENT" → "CABANAS DEPARTMENT")."""
    m = _DIVISION_AFTER.match(text[end : end + 60])
    return m.group(1) if m and m.group(1)[:1].isupper() else None
