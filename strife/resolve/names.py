"""Distinctive proper names of an article ("Jamal Smith", "Saddle Creek Apartments"): two write-ups of one
incident name the same people and places far more often than two incidents do.

Calibrated on GVA dev with the extractor's reports: of 536 same-incident pairs of main reports, 216 share two or
more multi-word names of their articles, against 5 of 5,717 different-incident pairs within the date window.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words that make a capitalised phrase boilerplate or generic rather than a name of this incident.
_GENERIC = {
    "The", "A", "An", "He", "She", "They", "His", "Her", "It", "We", "Police", "Officer", "Officers", "Mr", "Mrs",
    "Ms", "Dr", "Sgt", "Lt", "Capt", "Chief", "Detective", "Detectives", "Deputy", "Deputies", "Sheriff", "Sheriffs",
    "County", "City", "Department", "Office", "Authorities", "Investigators", "According", "Officials", "News",
    "Associated", "Press", "Reuters", "Update", "Updated", "Breaking", "Rights", "Reserved", "All", "Copyright",
    "Email", "Newsletter", "Newsletters", "Sign", "Subscribe", "Follow", "Contact", "Caption", "Close", "Image",
    "Photo", "Video", "Media", "Total", "Corporation", "Inc", "Radio", "Crime", "Stoppers", "Metro", "Metropolitan",
    "Prosecutor", "Attorney", "District", "Court", "Free", "United", "States", "New", "Year", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December", "North", "South", "East", "West", "Violent",
    "Crimes", "Unit", "Division", "Bureau", "Investigation", "Hospital", "Medical", "Center", "State", "Posted",
    "Share", "Comments", "Comment", "Read", "More", "Story", "Related", "Twitter", "Facebook", "Report",
    "Reporter", "Reporters", "Writer", "Staff", "Editor", "Producer", "Correspondent", "Weather", "Sports",
    "Traffic", "Pause", "Christmas", "Eve", "Thanksgiving", "Halloween",
}  # fmt: skip
_PHRASE = re.compile(r"\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})+\b")


@lru_cache(maxsize=8192)
def article_names(text: str) -> frozenset[str]:
    """Multi-word capitalised names in `text`, less generic words; a name keeps two or more remaining words."""
    return frozenset(n for m in _PHRASE.finditer(text) if (n := _name_of(m.group(0))))


def _name_of(phrase: str) -> str | None:
    """A capitalised phrase less its generic words, when two or more words remain."""
    words = [w for w in phrase.split() if w not in _GENERIC]
    return " ".join(words) if len(words) >= 2 else None


# A person's name given with an age ("Jamal Smith, 24," / "Jamal Smith (24)" / "24-year-old Jamal Smith"): news
# gives victims and suspects an age, and seldom officials, reporters or hospitals.
_PERSON = r"[A-Z][a-z]+(?:[ -](?:[A-Z]\.|[A-Z][a-z]+|[A-Z][a-z]*'[A-Z][a-z]+|Mc[A-Z][a-z]+))+"
_AGE_AFTER = re.compile(rf"\b({_PERSON})\.?,? (?:an? )?\(?\d{{1,2}}\b(?:,|\)| years? old|-year-old)")
_AGE_BEFORE = re.compile(rf"\b\d{{1,2}}-year-old (?:[a-z]+ ){{0,3}}({_PERSON})\b")
_SUFFIX = re.compile(r"[A-Z]\.|Jr|Sr|II|III|IV")
_NOT_PERSON = {"School", "Street", "Avenue", "Road", "Park", "Church", "Club", "Apartments", "Township"}


@lru_cache(maxsize=8192)
def aged_names(text: str) -> frozenset[str]:
    """People named with an age, as "First Last" (middle initials and suffixes dropped); a phrase holding a
    generic word ("County", "Hospital", a month) is no person."""
    out: set[str] = set()
    for m in (*_AGE_AFTER.finditer(text), *_AGE_BEFORE.finditer(text)):
        words = [w for w in m.group(1).split() if not _SUFFIX.fullmatch(w)]
        if len(words) >= 2 and not any(w in _GENERIC or w in _NOT_PERSON for w in words):
            out.add(f"{words[0]} {words[-1]}")
    return frozenset(out)


# A name holding an institution word ("Mount Sinai Hospital", "Advocate Christ Medical Center") or a side of a city
# ("Southwest Side"): every shooting of that city may name it.
_INSTITUTION = re.compile(r"\b(?:Hospital|Medical|Trauma|Health|Side)\b")


@lru_cache(maxsize=8192)
def common_places(text: str) -> frozenset[str]:
    """The names of `article_names` that name a hospital or a side of a city, as `article_names` writes them ("Mount
    Sinai" for "Mount Sinai Hospital": another article may name it bare)."""
    return frozenset(
        n for m in _PHRASE.finditer(text) if _INSTITUTION.search(m.group(0)) and (n := _name_of(m.group(0)))
    )
