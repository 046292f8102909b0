"""Parse one place mention as written ("Springfield, Ill.", "Baluchistan province", "Chicago's South Side") into
the name to look up plus what the rest of the string says (kind of place, qualifying state or country)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from strife.geo.names import DIRECTIONS, TYPE_WORDS
from strife.geo.text import fold

_PAREN = re.compile(r"\(([^)]*)\)?")
_POSSESSIVE = re.compile(r"^(.+?)['’]s\b.*$")
# A local agency named after its jurisdiction ("Chicago Police", "Garland Police Department", "Cook County Sheriff's
# Office"): in local news the place it polices is where it happened.
_AGENCY = re.compile(
    r"^(.+?)\s+(?:metro(?:politan)?\s+)?(?:police(?:\s+(?:department|dept\.?|force))?|pd|"
    r"sheriff['’]?s?(?:\s+(?:office|department|dept\.?))?|fire(?:\s+department)?)"
    r"(?:\s+(?:homicide|robbery|narcotics|gang|division|unit|bureau|squad|detectives?|investigators?|officers?))*$",
    re.I,
)


@dataclass
class Query:
    """A mention split into lookup forms: `names` in the order to try, `hint` a kind, `qualifiers` raw strings."""

    text: str
    names: list[str] = field(default_factory=list)  # exact form first, then stripped forms
    hint: str | None = None  # "admin1" | "admin2" | "city" from a trailing type word
    qualifiers: list[str] = field(default_factory=list)  # "Ill." in "Springfield, Ill."
    stripped: bool = False  # a direction or possessive was removed: the place is inside the named one
    agency: bool = False  # the name of a local agency ("Chicago Police"): the place it polices


def parse(text: str) -> Query:
    """Split a mention into the name forms to look up, a kind hint, and comma qualifiers."""
    text = " ".join(text.split()).strip(' \t-–—:;[]"')
    q = Query(text=text)
    bare = " ".join(_PAREN.sub(" ", text).split())
    if bare:  # "Salt Lake City (Cottonwood Heights)" → Salt Lake City; "Henderson (county)" → Henderson county
        inside = [w for p in _PAREN.findall(text) for w in [fold(p)] if w in TYPE_WORDS]
        text = " ".join([bare, *inside])
    head, *rest = [p.strip() for p in text.split(",")]
    q.qualifiers = [p for p in rest if p]
    if head.lower().startswith("the "):
        head = head[4:]
    q.names.append(head)

    agency = _AGENCY.match(head)
    if agency:  # "Chicago Police" → Chicago; "Cook County Sheriff's Office" → Cook County (an admin2 hint below)
        head = agency.group(1)
        q.names.append(head)
        q.agency = True

    m = _POSSESSIVE.match(head)
    if m:  # "Chicago's South Side" → Chicago
        q.names.append(m.group(1))
        q.stripped = True

    words = head.split()
    if len(words) >= 2 and fold(words[-1]) in TYPE_WORDS:
        q.hint = TYPE_WORDS[fold(words[-1])]
        q.names.append(" ".join(words[:-1]))
    if len(words) >= 2 and fold(words[0]) in DIRECTIONS:
        q.names.append(" ".join(words[1:]))
        q.stripped = True
    return q
