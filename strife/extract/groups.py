"""A registry of armed groups with their aliases, and a fast finder of group mentions in text.

The registry is data (`strife/extract/data/groups.json`); this module compiles it into a few regular expressions.
Matching is case-aware: full names match in any case, acronyms match as cased in mixed-case text (so "LeT" is not
"let") but case-insensitively in all-lower or all-upper text (MUC-4), and short or word-like acronyms ("IS", "RN",
"FAR") need a cue nearby. Generic words ("Taliban", "Maoists") pick a group from a country hint.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "groups.json"

# Words next to an ambiguous acronym that say it names an armed group.
_CUE = re.compile(
    r"guerrill\w*|rebel\w*|militan\w*|fighter\w*|insurgen\w*|terroris\w*|commando\w*|group\w*|front|members?|cells?"
    r"|columns?|claim\w*|responsib\w*|faction\w*|leader\w*|command\w*|urban|jihadi\w*|gunm[ae]n|subversive\w*"
    r"|spokes\w*|attack\w*|operatives?|cadres?|units?|forces|separatist\w*|basque|leftist|rightist|marxist|maoist"
    r"|islamist|extremist\w*|bomb\w*|kill\w*|target\w*|blamed|behind",
    re.IGNORECASE,
)
# Acronyms that are also everyday words: in text without case they count only in brackets after their group's name.
_WORDLIKE = frozenset({"is", "far", "bra", "let", "esa", "fal"})
_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"}
)


@dataclass
class GroupMention:
    """A group named in text: [start, end) offsets, the text as written, and the canonical name."""

    start: int
    end: int
    text: str
    name: str
    branch: str | None = None  # e.g. "Islamic State Khorasan Province" for ISKP (name stays "Islamic State")


@dataclass
class Group:
    """One registry entry."""

    name: str
    aliases: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    parent: str | None = None
    country: str | None = None
    ideology: str | None = None
    alias_of: str | None = None  # a branch whose mentions carry its parent's canonical name
    outlets: dict[str, str] = field(default_factory=dict)  # own media → claim channel ("Amaq": "news agency")
    titled: list[str] = field(default_factory=list)  # aliases that are everyday phrases unless capitalised
    cased: bool = False  # titled aliases never match text without case ("the base" is no group there)


@dataclass
class _Generic:
    alias: str
    default: str | None
    by_country: dict[str, str]


@dataclass
class _Hit:
    start: int
    end: int
    name: str
    branch: str | None
    ambiguous: bool = False


def fold(text: str, lower: bool = True) -> str:
    """Same-length normal form for matching: accents stripped, quotes/dashes straightened, optionally lower-cased."""
    text = text.translate(_QUOTES)
    out = []
    for ch in text:
        if ord(ch) > 127:
            base = unicodedata.normalize("NFD", ch)[0]
            ch = base if base.isascii() else ch
        if lower:
            low = ch.lower()
            ch = low if len(low) == 1 else ch
        out.append(ch)
    return "".join(out)


def _key(text: str, lower: bool = True) -> str:
    """Lookup key: folded, no separators, brackets or leading article (so "al Qaeda" and "al-Qaeda" meet)."""
    k = fold(text, lower=lower).strip()
    k = re.sub(r"^(?i:the)\s+", "", k)
    return re.sub(r"[\s\-'().,/\"]+", "", k)


def _atoms(alias: str) -> list[str]:
    """Regex pieces of one alias: spaces and hyphens interchangeable, apostrophes, dots and brackets optional."""
    parts: list[str] = []
    for tok in re.findall(r"\s*-\s*|\s+|.", fold(alias, lower=False).strip()):
        if "-" in tok or tok.isspace():
            parts.append(r"[\s\-]{0,3}")  # one separator piece for both, so that the trie merges variants
        elif tok in "'().":
            parts.append(re.escape(tok) + "?")
        elif tok == "/":
            parts.append(r"[/\-]?")
        else:
            parts.append(re.escape(tok))
    return parts


def _trie(seqs: list[list[str]]) -> str:
    """One regex for many aliases, as a trie of their pieces: each position tries a few branches, not hundreds."""
    root: dict = {}
    for seq in seqs:
        node = root
        for atom in seq:
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [atom + emit(child) for atom, child in node.items() if atom]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(root)


def _compile(aliases: list[str], flags: int = 0) -> re.Pattern[str] | None:
    """One trie regex over the aliases, bounded by non-word characters (longer aliases win by greedy matching)."""
    if not aliases:
        return None
    fold_case = bool(flags & re.IGNORECASE)
    seqs = [_atoms(a.lower() if fold_case else a) for a in sorted(set(aliases))]
    return re.compile(rf"(?<![\w])(?:{_trie(seqs)})(?![\w])", flags)


def _text_case(text: str) -> str:
    """'lower', 'upper' or 'mixed': whether the text keeps case (modern news) or was flattened (MUC-4)."""
    upper = sum(1 for c in text if c.isupper())
    lower = sum(1 for c in text if c.islower())
    letters = upper + lower
    if letters == 0:
        return "lower"
    if upper <= 0.01 * letters:
        return "lower"
    if lower <= 0.1 * letters:
        return "upper"
    return "mixed"


_Target = tuple[str, str | None]  # (canonical name, branch)


class GroupRegistry:
    """Armed groups with aliases; `find` returns canonical mentions, `canonical` maps one string to a name."""

    def __init__(self, groups: list[Group], generics: list[_Generic]) -> None:
        self.groups: dict[str, Group] = {g.name: g for g in groups}
        generic_keys = {_key(g.alias) for g in generics}  # a generic word is never read as one group's name
        names: dict[str, _Target] = {}  # key of a full name -> target (any case)
        acros: dict[str, _Target] = {}  # case-kept key of an acronym -> target
        ambiguous: dict[str, _Target] = {}  # case-kept key of an ambiguous acronym -> target
        for g in groups:
            target = (g.alias_of, g.name) if g.alias_of else (g.name, None)
            for alias in [g.name, *g.aliases, *g.outlets]:
                if _key(alias) not in generic_keys:
                    _add(names, _key(alias), target)
            for acro in g.acronyms:
                _add(acros, _key(acro, lower=False), target)
            for acro in g.ambiguous:
                _add(ambiguous, _key(acro, lower=False), target)
        self._generics = {_key(g.alias): g for g in generics}
        for gen in generics:
            for name in [gen.default, *gen.by_country.values()]:
                if name and name not in self.groups:
                    raise ValueError(f"generic alias {gen.alias!r} points to unknown group {name!r}")
        self._names = names
        self._acros = acros
        # Acronyms written in mixed case ("LeT", "JeM") never match another casing; the rest may in flat text.
        self._flat = {k.lower(): v for k, v in acros.items() if k.upper() == k and len(k) >= 3}
        self._amb = {k.lower(): v for k, v in ambiguous.items()}
        self._mixed_case = {k: v for k, v in acros.items() if k.upper() != k}
        all_names = [a for g in groups for a in [g.name, *g.aliases, *g.outlets] if _key(a) not in generic_keys]
        self._titled = {_key(a) for g in groups for a in g.titled}
        self._cased = {_key(a) for g in groups if g.cased for a in g.titled}
        self._outlets = {_key(o): channel for g in groups for o, channel in g.outlets.items()}
        all_acros = [a for g in groups for a in g.acronyms]
        all_amb = [a for g in groups for a in g.ambiguous]
        self._re_names = _compile(all_names, re.IGNORECASE)
        self._re_acros = _compile(all_acros)
        self._re_flat = _compile([a for a in all_acros if _key(a, lower=False).lower() in self._flat], re.IGNORECASE)
        self._re_amb = _compile(all_amb)
        self._re_amb_flat = _compile(all_amb, re.IGNORECASE)
        self._re_generic = _compile([g.alias for g in generics], re.IGNORECASE)

    @classmethod
    def load(cls, path: Path | None = None) -> GroupRegistry:
        """Read a registry JSON file (default: the packaged groups.json)."""
        data = json.loads((path or DATA).read_text(encoding="utf-8"))
        fields = (
            "aliases",
            "acronyms",
            "ambiguous",
            "parent",
            "country",
            "ideology",
            "alias_of",
            "outlets",
            "titled",
            "cased",
        )
        groups = [Group(name=g["name"], **{f: g[f] for f in fields if f in g}) for g in data["groups"]]
        generics = [_Generic(g["alias"], g.get("default"), g.get("by_country", {})) for g in data.get("generic", [])]
        return cls(groups, generics)

    def get(self, name: str) -> Group | None:
        """The registry entry for a canonical (or branch) name."""
        return self.groups.get(name)

    def outlet(self, text: str) -> str | None:
        """The claim channel when `text` names a group's own outlet ("Amaq" → "news agency"), else None."""
        return self._outlets.get(_key(text))

    def family(self, name: str) -> str:
        """The top ancestor of a group ("Jamaat-ul-Ahrar" → "Tehrik-i-Taliban Pakistan"), for matching reports."""
        seen = {name}
        while (g := self.groups.get(name)) is not None and g.parent and g.parent not in seen:
            name = g.parent
            seen.add(name)
        return name

    def canonical(self, text: str, country_code: str | None = None) -> str | None:
        """Canonical name for one alias, acronym or generic word; None if the string names no known group."""
        key = _key(text)
        if key in self._generics:
            return self._generic_name(self._generics[key], country_code)
        if key in self._names:
            return self._names[key][0]
        ckey = _key(text, lower=False)
        for table in (self._acros, self._amb):
            if ckey in table:
                return table[ckey][0]
        hit = self._flat.get(key) or self._amb.get(key)
        return hit[0] if hit else None

    @staticmethod
    def _generic_name(gen: _Generic, country_code: str | None) -> str | None:
        if country_code and country_code.upper() in gen.by_country:
            return gen.by_country[country_code.upper()]
        return gen.default

    def find(self, text: str, offset: int = 0, country_code: str | None = None) -> list[GroupMention]:
        """Every group mention in `text`, longest match winning overlaps, in text order; offsets shifted by `offset`."""
        if not text:
            return []
        low = fold(text)
        cased = fold(text, lower=False)
        mode = _text_case(text)
        hits = _scan(self._re_names, low, self._names, lower=True)
        if mode == "mixed":
            hits = [
                h for h in hits if _key(text[h.start : h.end]) not in self._titled or _titled(text[h.start : h.end])
            ]
            hits += _scan(self._re_acros, cased, self._acros, lower=False)
        else:
            hits = [h for h in hits if _key(text[h.start : h.end]) not in self._cased]
            hits += _scan(self._re_acros, cased, self._mixed_case, lower=False)
            hits += _scan(self._re_flat, low, self._flat, lower=True)
        if self._re_generic is not None:
            for m in self._re_generic.finditer(low):
                name = self._generic_name(self._generics[_key(m.group())], country_code)
                if name:
                    hits.append(_Hit(m.start(), m.end(), name, None))
        confident = _select(hits)
        hits = confident + self._ambiguous_hits(low, cased, mode, confident)
        chosen = [h for h in _parentheticals(_select(hits), cased) if not _affiliation(low, h.start, h.end)]
        return [GroupMention(offset + h.start, offset + h.end, text[h.start : h.end], h.name, h.branch) for h in chosen]

    def _ambiguous_hits(self, low: str, cased: str, mode: str, confident: list[_Hit]) -> list[_Hit]:
        """Short or word-like acronyms, kept only with a cue: parentheses, a group word, or another group nearby."""
        rx, src = (self._re_amb, cased) if mode == "mixed" else (self._re_amb_flat, low)
        if rx is None:
            return []
        out = []
        for m in rx.finditer(src):
            s, e = m.start(), m.end()
            word = _key(m.group())
            target = self._amb.get(word)
            if target is None:
                continue
            paren = s > 0 and cased[s - 1] == "(" and e < len(cased) and cased[e] == ")"
            if mode != "mixed" and word in _WORDLIKE:
                ok = paren
            elif mode == "mixed" and word == "is":
                ok = paren or _in_sentence_case(cased, s, e)
            else:
                ok = paren or _adjacent_cue(low, s, e) or _near_group(low, s, e, confident)
            if ok:
                out.append(_Hit(s, e, target[0], target[1], ambiguous=True))
        return out


def _add(table: dict[str, _Target], key: str, target: _Target) -> None:
    """Register an alias key; one key naming two different groups is a data error."""
    old = table.get(key)
    if old is not None and old[0] != target[0]:
        raise ValueError(f"alias {key!r} names both {old[0]!r} and {target[0]!r}")
    table.setdefault(key, target)


def _scan(rx: re.Pattern[str] | None, text: str, table: dict[str, _Target], lower: bool) -> list[_Hit]:
    """Regex matches of aliases whose key is in `table`."""
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        target = table.get(_key(m.group(), lower=lower))
        if target is not None:
            out.append(_Hit(m.start(), m.end(), target[0], target[1]))
    return out


def _titled(text: str) -> bool:
    """Every content word capitalised ("National Resistance", not "national resistance")."""
    return all(w[0].isupper() for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in _STOP)


def _in_sentence_case(text: str, start: int, end: int) -> bool:
    """True unless a neighbouring word is in capitals too (a headline, a shouted line), where "IS" is just a verb."""
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 30) : start])[-1:]
    after = re.findall(r"[^\W\d_]+", text[end : end + 30])[:1]
    return not any(len(w) > 1 and w.isupper() for w in before + after)


def _adjacent_cue(low: str, start: int, end: int) -> bool:
    """A cue word right before or right after ("eln guerrillas", "members of the rn")."""
    before = re.findall(r"[\w'-]+", low[max(0, start - 30) : start])
    after = re.findall(r"[\w'-]+", low[end : end + 30])
    near = before[-2:] + after[:2]
    if before[-3:] and " ".join(before[-3:]).endswith("members of the"):
        return True
    return any(_CUE.fullmatch(w) for w in near)


def _near_group(low: str, start: int, end: int, confident: list[_Hit]) -> bool:
    """Another, unambiguous group mention within 60 characters, and the acronym used as a noun ("the rn")."""
    before = low[max(0, start - 6) : start]
    if not re.search(r"(?:\bthe|\band|\bor|,)\s*$", before):
        return False
    return any(abs(h.start - end) <= 60 or abs(start - h.end) <= 60 for h in confident)


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest non-overlapping hits, in text order."""
    chosen: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


_STOP = frozenset({"of", "the", "and", "for", "de", "del", "la", "el", "los", "las", "y", "in", "a"})


def _parentheticals(hits: list[_Hit], text: str) -> list[_Hit]:
    """An acronym in parentheses names whatever precedes it: "nicaraguan resistance (rn)" is not the FMLN's RN,
    and "socialist international (is)" is no group at all."""
    out: list[_Hit] = []
    for h in hits:
        if not (h.start > 0 and text[h.start - 1] == "(" and text[h.end : h.end + 1] == ")"):
            out.append(h)
            continue
        head = text[: h.start - 1].rstrip()
        prev = out[-1] if out else None
        if prev is not None and prev.end == len(head):
            out.append(_Hit(h.start, h.end, prev.name, prev.branch))
            continue
        if h.ambiguous:
            continue  # "socialist left (is)": a short acronym in brackets counts only after its group's name
        letters = sorted(c for c in text[h.start : h.end].lower() if c.isalpha())
        words = [w for w in re.findall(r"[a-z]+", head[-80:].lower()) if w not in _STOP]
        if len(words) >= len(letters) and sorted(w[0] for w in words[len(words) - len(letters) :]) == letters:
            continue  # the acronym spells out the preceding words, which name no known group
        out.append(h)
    return out


@lru_cache(maxsize=1)
def default_registry() -> GroupRegistry:
    """The packaged registry, loaded once."""
    return GroupRegistry.load()


# "the al-Qaeda-linked group al-Shabaab", "JNIM, al-Qaeda's affiliate in the Sahel": the group named only to place
# another one is not a party to the attack. ("Pledged allegiance to IS" stays: it ties an attacker to IS.)
_AFFILIATION_AFTER = re.compile(
    r"^(?:-(?:linked|affiliated|inspired|allied|aligned|backed|connected|style)\b"
    r"|['’]s\s+(?:\w+\s+)?(?:affiliate|branch|franchise|offshoot|ally|allies|arm|wing|chapter|faction)\b)"
)
_AFFILIATION_BEFORE = re.compile(
    r"\b(?:linked to|tied to|ties to|affiliated with|affiliate of|allied with|allied to|aligned with|"
    r"offshoot of|splinter of|splinter group of|branch of|franchise of)\s+(?:the\s+)?$"
)


def _affiliation(low: str, start: int, end: int) -> bool:
    return bool(
        _AFFILIATION_AFTER.match(low[end : end + 30]) or _AFFILIATION_BEFORE.search(low[max(0, start - 40) : start])
    )
