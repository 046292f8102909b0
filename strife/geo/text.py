"""Name normalisation shared by the gazetteer index and its queries: one folding, so both sides agree."""

from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"[.'`’‘ʼʻ\"]")
_SPACE = re.compile(r"[\s\-‐‑–—,/()_:;]+")
# Marks used in romanisations ("Mahārāshtra", "Şalāḩ ad Dīn") that English news never writes.
_TRANSLIT_MARKS = {"\u0304", "\u0323", "\u0306", "\u0327", "\u0331", "\u0328", "\u0307", "\u0309"}
_AYN = re.compile(r"[ʼʻ‘]|’(?!\w)")
_PREFIX_VARIANTS = (("saint ", "st "), ("sainte ", "ste "), ("fort ", "ft "), ("mount ", "mt "), ("port ", "pt "))


def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "St. Louis" and "st louis" → "st louis"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.casefold())
    return _SPACE.sub(" ", text).strip()


def variants(key: str) -> list[str]:
    """Extra keys a folded name is also indexed under ("saint louis" ↔ "st louis"; "the hague" → "hague")."""
    out: list[str] = []
    for long, short in _PREFIX_VARIANTS:
        if key.startswith(long):
            out.append(short + key[len(long) :])
        elif key.startswith(short):
            out.append(long + key[len(short) :])
    if key.startswith("the ") and len(key) > 6:
        out.append(key[4:])
    return out


def display(name: str) -> str:
    """A display name without romanisation marks: "Mahārāshtra" → "Maharashtra"; keeps "é", "ô"."""
    text = unicodedata.normalize("NFD", name)
    text = "".join(ch for ch in text if ch not in _TRANSLIT_MARKS)
    text = _AYN.sub("", text).replace("’", "'")  # "Karbalā’" → "Karbala"; "Côte-d’Azur" → "Côte-d'Azur"
    return unicodedata.normalize("NFC", text)


def is_latin(name: str) -> bool:
    """True when a name is written in Latin script (after removing accents), so English text can contain it."""
    text = unicodedata.normalize("NFKD", name)
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) or ch in "’‘ʼʻ" for ch in text)
