"""Count phrases in news text ("at least 61", "sixty-one", "dozens", "between 12 and 15") → `Count` records.

Vague words get ACLED-style values and are marked imputed ("dozens" → 12, "scores" → 20, "several" → 3).
`COUNT_PATTERN` (no capturing groups) lets other normalisers embed a count phrase in their own patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from strife.model import Count, Qualifier

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALE = r"(?:hundred|thousand)"
_W = rf"(?:{'|'.join(_TENS + _TEENS + _UNITS)}|hundred|thousand)\b"
# a run of number words ("sixty-one", "one hundred and twenty three", "a hundred"); text2num checks it is a number
_WORDS = rf"(?:{_W}|an?(?=[\s-]+{_SCALE}\b))(?:(?:(?:(?<=hundred)|(?<=thousand))[\s-]+and)?[\s-]+{_W})*"
# digits, not part of a time (11:30), a decimal, an ordinal (34th), a compound (28-year-old) or a code
_DIGITS = r"(?<![\w.,:$/#-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w:/%-]|[.,]\d)"
_NUMBER = rf"(?:{_DIGITS}|\b{_WORDS})"

_HALF_DOZEN = r"(?:a\s+half[\s-]dozen|half\s+a\s+dozen|a\s+half-dozen|half-dozen)"
_VAGUE = (
    rf"(?:{_HALF_DOZEN}|a\s+dozen|dozens(?:\s+(?:and\s+dozens\s+)?of)?|scores(?:\s+of)?|tens\s+of"
    r"|hundreds(?:\s+of)?|thousands(?:\s+of)?|several|a\s+few|a\s+handful(?:\s+of)?|a\s+couple(?:\s+of)?)"
)
_DIGIT_RANGE = r"(?<![\w.,:$/#-])\d+\s*[-–]\s*\d+(?![\w:/%-]|[.,]\d)"
# one number is embedded as few times as possible: these patterns are compiled into many larger ones
_BODY = (
    rf"(?:between\s+{_NUMBER}\s+and\s+{_NUMBER}|{_DIGIT_RANGE}|{_VAGUE}"
    rf"|{_NUMBER}(?:\s+dozen\b|\s+(?:to|or)\s+{_NUMBER})?)"
)

# prefix → qualifier, longest alternatives first (regex alternation is ordered)
_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    (r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|not\s+less\s+than", Qualifier.at_least),
    (r"more\s+than|over|upwards\s+of|in\s+excess\s+of|well\s+over|above", Qualifier.more_than),
    (r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|a\s+maximum\s+of|not\s+more\s+than", Qualifier.at_most),
    (r"(?:fewer|less)\s+than|under|below", Qualifier.less_than),
    (
        r"nearly|almost|about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|circa",
        Qualifier.about,
    ),
)
_QUAL_RES = tuple((re.compile(rf"^(?:{p})\s+", re.IGNORECASE), q) for p, q in _QUALIFIERS)
_QUAL = "(?:" + "|".join(p for p, _ in _QUALIFIERS) + ")"

COUNT_PATTERN = rf"(?:\b{_QUAL}\s+)?{_BODY}"
"""A count phrase: optional qualifier, then a range, a vague quantity or a number. No capturing groups."""

_COUNT_RE = re.compile(COUNT_PATTERN, re.IGNORECASE)
_NUMBER_FULL = re.compile(rf"{_NUMBER}", re.IGNORECASE)
_RANGE_PARTS = re.compile(
    rf"^(?:between\s+)?(?:(\d[\d,]*|{_WORDS})\s+(?:and|to|or)\s+|(\d[\d,]*)\s*[-–]\s*)(\d[\d,]*|{_WORDS})$",
    re.IGNORECASE,
)

# vague word → (value, qualifier, imputed)
_VAGUE_VALUES: tuple[tuple[re.Pattern[str], int, Qualifier, bool], ...] = tuple(
    (re.compile(p, re.IGNORECASE), v, q, imp)
    for p, v, q, imp in (
        (rf"^{_HALF_DOZEN}$", 6, Qualifier.about, False),
        (r"^a\s+dozen$", 12, Qualifier.about, False),
        (r"^dozens", 12, Qualifier.dozens, True),
        (r"^scores", 20, Qualifier.scores, True),
        (r"^tens\s+of$", 10, Qualifier.tens, True),
        (r"^hundreds", 100, Qualifier.hundreds, True),
        (r"^thousands", 1000, Qualifier.at_least, True),
        (r"^(?:several|a\s+few|a\s+handful)", 3, Qualifier.several, True),
        (r"^a\s+couple", 2, Qualifier.about, False),
    )
)
_N_DOZEN = re.compile(rf"^({_NUMBER})\s+dozen$", re.IGNORECASE)


@dataclass
class NumberMention:
    """A count phrase found in text: [start, end) offsets (plus the caller's offset) and its parsed Count."""

    start: int
    end: int
    text: str
    count: Count


def number_value(text: str) -> int | None:
    """The integer a single number phrase denotes ("1,800" → 1800, "sixty-one" → 61, "a hundred" → 100)."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"[\d,]+", t):
        return int(t.replace(",", ""))
    t = re.sub(r"^an? (?=hundred|thousand)", "one ", t).replace(" and ", " ")
    try:
        return int(text2num(t, "en"))
    except ValueError:
        return None


def _qualifier_count(qual: Qualifier, n: int, text: str) -> Count:
    """Place one number on the low or high side according to what the qualifier says."""
    if qual in (Qualifier.at_least, Qualifier.more_than):
        return Count(low=n, high=None, qualifier=qual, text=text)
    if qual in (Qualifier.at_most, Qualifier.less_than):
        return Count(low=None, high=n, qualifier=qual, text=text)
    return Count(low=n, high=n, qualifier=qual, text=text)


def _parse_body(body: str, qual: Qualifier | None, text: str) -> Count | None:
    """Parse the part after the qualifier: a range, a vague word, "N dozen" or a plain number."""
    m = _RANGE_PARTS.match(body)
    if m:
        lo, hi = number_value(m.group(1) or m.group(2)), number_value(m.group(3))
        if lo is not None and hi is not None and lo < hi:
            return Count(low=lo, high=hi, qualifier=Qualifier.range, text=text)
    m = _N_DOZEN.match(body)
    if m:
        n = number_value(m.group(1))
        if n is None:
            return None
        return _qualifier_count(qual or Qualifier.about, n * 12, text)
    for pattern, value, vague_qual, imputed in _VAGUE_VALUES:
        if pattern.search(body):
            if qual is None:
                high = value if vague_qual in (Qualifier.about,) else None
                return Count(low=value, high=high, qualifier=vague_qual, imputed=imputed, text=text)
            count = _qualifier_count(qual, value, text)
            count.imputed = imputed
            return count
    if _NUMBER_FULL.fullmatch(body):
        n = number_value(body)
        if n is None:
            return None
        return _qualifier_count(qual or Qualifier.exact, n, text)
    return None


def parse_count(text: str) -> Count | None:
    """Parse one count phrase ("at least 61", "a half dozen", "between 12 and 15"); None if it is not one."""
    phrase = re.sub(r"\s+", " ", text.strip())
    if not phrase:
        return None
    m = _COUNT_RE.fullmatch(phrase) or _COUNT_RE.search(phrase)
    if m is None:
        return None
    phrase = m.group(0)
    body, qual = phrase, None
    for pattern, q in _QUAL_RES:
        qm = pattern.match(phrase)
        if qm:
            body, qual = phrase[qm.end() :], q
            break
    return _parse_body(body, qual, phrase)


def find_numbers(text: str, offset: int = 0) -> list[NumberMention]:
    """Every count phrase in `text`, in order, with offsets shifted by `offset`. Times and ordinals are skipped."""
    found: list[NumberMention] = []
    for m in _COUNT_RE.finditer(text):
        count = parse_count(m.group(0))
        if count is not None:
            found.append(NumberMention(m.start() + offset, m.end() + offset, m.group(0), count))
    return found
