"""Temporal expressions that can date an event, resolved against the article's publication date; and datelines.

A value is never more precise than its text: "in August" is a month, "Monday" a day, "last week" a span with
precision `unknown` (value = Monday, end = Sunday of the calendar week before publication; "the weekend" likewise
Saturday-Sunday, "three weeks ago" that calendar week). Day spans the text gives ("between 12 and 15 January") have
precision `day` with `end` set. Weekdays resolve to
the most recent such day on or before publication; a month or day-month without a year to the latest one not
after publication. Without a publication date only texts that carry their year get a value. Times of day,
"recent years" and "69-year history" are not dates and are not returned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex as re

from strife.extract.numbers import number_value
from strife.model import DatePrecision, DateValue

_FLAGS = re.IGNORECASE

_MONTH_NAMES = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_MONTH = rf"(?:{_MONTH_NAMES})(?![a-z])"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR4 = r"(?:1[89]\d\d|20\d\d)(?![\d-])"
_YEAR = rf"(?:{_YEAR4}|'\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|midnight|noon|overnight))"
_NUM_WORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+few)"

# A month name on its own needs a cue before it ("in August", "since June"): "may" and "march" are also words.
_MONTH_CUE = r"(?:in|since|during|until|till|by|from|of|through|throughout|before|after|last|this|early|late|mid|on)"
_YEAR_CUE = r"(?:in|since|during|until|till|by|from|of|through|throughout|before|after|early|late|mid|around)"

_RULES: tuple[tuple[str, str], ...] = (
    # spans of days
    (
        "range_dm",
        rf"\b(?:between\s+)?(?P<d1>{_DAY})\s*(?:-|–|to|and|through)\s*(?P<d2>{_DAY})(?:\s+of)?\s+"
        rf"(?P<mon>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?",
    ),
    (
        "range_md",
        rf"\b(?:between\s+)?(?P<mon>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:-|–|to|and|through)\s*(?P<d2>{_DAY})"
        rf"(?:,?\s+(?P<year>{_YEAR}))?",
    ),
    # a full or partial calendar date, optionally behind a weekday ("On Wednesday, Nov. 25")
    ("iso", r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
    ("numeric", r"\b(?P<mnum>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>(?:19|20)\d\d)\b"),
    (
        "md",
        rf"\b(?:(?:on|since|until|by)\s+)?(?:(?P<cwd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})(?:\s+|(?<=\.))(?P<day>{_DAY})"
        rf"(?:,?\s+(?P<year>{_YEAR}))?",
    ),
    (
        "dm",
        rf"\b(?:(?:on|since|until|by)\s+)?(?:(?P<cwd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{_DAY})(?:\s+of)?\s+"
        rf"(?P<mon>{_MONTH})(?:,?\s+(?P<year>{_YEAR}|\d\d(?!\d)))?",
    ),
    ("my", rf"\b(?:{_MONTH_CUE}\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<mon>{_MONTH}),?\s+(?P<year>{_YEAR4})"),
    ("month", rf"\b{_MONTH_CUE}[\s-]+(?:(?:early|late|mid)[\s-]+)?(?P<mon>{_MONTH})(?![\w-]|\s+\d|\.\d)"),
    ("year", rf"\b{_YEAR_CUE}[\s-]+(?:(?:early|late|mid)[\s-]+)?(?P<year>{_YEAR4})(?!s|,\d|\.\d)"),
    # "the 2015 attack": a year naming an event
    (
        "year_event",
        rf"\b(?:the|a|its|their)\s+(?P<year>{_YEAR4})(?=\s+(?:\w+\s+)?(?:attacks?|bombings?|shootings?|"
        r"massacres?|blasts?|explosions?|assaults?|raids?|siege|hijackings?|kidnappings?|killings?|"
        r"uprising|riots?|war|conflict|insurgency|coup)\b)",
    ),
    # relative to publication
    ("ago", rf"\b(?P<n>{_NUM_WORD})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
    ("day_before_yesterday", r"\b(?:the\s+)?day\s+before\s+yesterday\b"),
    ("yesterday", rf"\b(?:late\s+|early\s+)?yesterday{_PART}?\b"),
    ("last_night", r"\blast\s+night\b"),
    ("today", r"\b(?:earlier\s+|late\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"),
    ("weekend", r"\b(?:(?:over|during|on|at|last|this|earlier\s+this)\s+)?(?:the\s+)?weekend\b"),
    (
        "holiday",
        r"\b(?:on\s+)?(?P<holiday>new\s+year'?s\s+(?:eve|day)|christmas\s+(?:eve|day)|christmas|halloween"
        r"|valentine'?s\s+day)\b",
    ),
    ("last_week", r"\blast\s+week\b"),
    ("this_week", r"\b(?:earlier\s+)?this\s+week\b"),
    ("last_month", r"\blast\s+month\b"),
    ("this_month", r"\b(?:earlier\s+)?this\s+month\b"),
    ("last_year", r"\blast\s+year\b"),
    ("this_year", r"\b(?:earlier\s+)?this\s+year\b"),
    (
        "weekday",
        rf"\b(?:(?:on|last|this|since|until|by|from)\s+)?(?:(?:early|late)\s+)?(?P<wd>{_WEEKDAY})"
        rf"(?!\s*,?\s*(?:{_MONTH})\s+\d|\s*,?\s*\d){_PART}?\b",
    ),
)
_COMPILED = tuple((name, re.compile(p, _FLAGS)) for name, p in _RULES)
_HOLIDAYS = {
    "newyearseve": (12, 31),
    "newyearsday": (1, 1),
    "christmaseve": (12, 24),
    "christmasday": (12, 25),
    "christmas": (12, 25),
    "halloween": (10, 31),
    "valentinesday": (2, 14),
}
_MODAL_AFTER = re.compile(
    r"\s+(?:be|have|not|also|never|still|well|take|cause|help|need|want|seem|become|lead)\b", _FLAGS
)
_NEXT_BEFORE = re.compile(r"\b(?:next|coming|every|each)\s+$", _FLAGS)
# page furniture, not an event: "Published Saturday, Jan. 7, 2017", "Last Updated: November 13, 2016"
_STAMP_BEFORE = re.compile(r"\b(?:published|updated|posted|modified|copyright|©)\s*:?\s*(?:on\s+)?$", _FLAGS)


@dataclass
class DateMention:
    """A temporal expression: [start, end) offsets (plus the caller's offset), its text and resolved value."""

    start: int
    end: int
    text: str
    value: DateValue


@dataclass
class Dateline:
    """An article's opening dateline ("PESHAWAR, Pakistan (AP) —"): place, date (when given) and wire source."""

    start: int
    end: int
    text: str
    place: str | None
    date: DateValue | None
    source: str | None


# ----------------------------------------------------------------------------------------------- helpers


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").index(key) + 1


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _year_number(text: str, published: dt.date | None) -> int:
    """A written year; two-digit years ("'90", "90") take the century that puts them nearest before publication."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    ref = published.year if published else dt.date.today().year
    year = (ref // 100) * 100 + yy
    return year - 100 if year > ref + 1 else year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _latest_day(month: int, day: int, published: dt.date) -> dt.date | None:
    """The latest (month, day) not after publication."""
    for year in (published.year, published.year - 1):
        d = _safe_date(year, month, day)
        if d is not None and d <= published:
            return d
    return _safe_date(published.year - 1, month, day)


def _weekday_year(latest: dt.date, weekday: int, published: dt.date) -> dt.date:
    """A day-month without a year behind its weekday ("Saturday, Dec. 19"): where the latest such day not after
    publication falls on another weekday, the next one when it is that weekday and within a week of publication (a
    day to come, "a vigil on Saturday, Dec. 19", or a late publication date); else the latest, as written (a
    writer's wrong weekday moves no date by a year)."""
    if latest.weekday() == weekday:
        return latest
    d = _safe_date(latest.year + 1, latest.month, latest.day)
    return d if d is not None and d.weekday() == weekday and d <= published + dt.timedelta(days=7) else latest


def _latest_month(month: int, published: dt.date) -> tuple[int, int]:
    return (published.year, month) if month <= published.month else (published.year - 1, month)


def _shift_months(published: dt.date, n: int) -> tuple[int, int]:
    total = published.year * 12 + published.month - 1 - n
    return total // 12, total % 12 + 1


def _day_value(d: dt.date, text: str, end: dt.date | None = None) -> DateValue:
    return DateValue(value=d.isoformat(), precision=DatePrecision.day, text=text, end=end.isoformat() if end else None)


def _unknown(text: str) -> DateValue:
    return DateValue(value=None, precision=DatePrecision.unknown, text=text)


def _calendar(m: re.Match[str], text: str, published: dt.date | None) -> DateValue | None:
    """Calendar-date rules: ranges, full or partial dates, month-year, month, year."""
    g = m.groupdict()
    year = _year_number(g["year"], published) if g.get("year") else None
    month = int(g["mnum"]) if g.get("mnum") else (_month_number(g["mon"]) if g.get("mon") else None)
    if g.get("d1") and month:
        d1, d2 = _day_number(g["d1"]), _day_number(g["d2"])
        if d1 >= d2:
            return None
        if year is None:
            if published is None:
                return _unknown(text)
            first = _latest_day(month, d1, published)
            year = first.year if first else None
        start, end = (_safe_date(year, month, d1), _safe_date(year, month, d2)) if year else (None, None)
        return _day_value(start, text, end) if start and end else None
    if g.get("day") and month:
        day = _day_number(g["day"])
        if year is not None:
            d = _safe_date(year, month, day)
        elif published is not None:
            d = _latest_day(month, day, published)
            if d is not None and g.get("cwd"):
                d = _weekday_year(d, _WEEKDAYS.index(g["cwd"].lower()), published)
        else:
            return _unknown(text) if _safe_date(2000, month, day) else None
        return _day_value(d, text) if d else None
    if month:
        if year is None:
            if published is None:
                return _unknown(text)
            year, month = _latest_month(month, published)
        return DateValue(value=f"{year:04d}-{month:02d}", precision=DatePrecision.month, text=text)
    if year is not None:
        return DateValue(value=f"{year:04d}", precision=DatePrecision.year, text=text)
    return None


def _weekday(m: re.Match[str], text: str, published: dt.date | None) -> DateValue:
    """The most recent such weekday on or before publication ("last Monday": strictly before)."""
    if published is None:
        return _unknown(text)
    target = _WEEKDAYS.index(m.group("wd").lower())
    back = (published.weekday() - target) % 7
    if back == 0 and text.lower().startswith("last"):
        back = 7
    return _day_value(published - dt.timedelta(days=back), text)


def _relative(name: str, m: re.Match[str], text: str, published: dt.date | None) -> DateValue | None:
    """Expressions counted from the publication date: yesterday, two days ago, last week, this month."""
    if published is None:
        return _unknown(text)
    if name in ("yesterday", "last_night", "day_before_yesterday", "today"):
        back = {"yesterday": 1, "last_night": 1, "day_before_yesterday": 2, "today": 0}[name]
        return _day_value(published - dt.timedelta(days=back), text)
    monday = published - dt.timedelta(days=published.weekday())
    if name == "weekend":
        # the most recent Saturday-Sunday that has begun by publication ("last weekend" on a Saturday: the one before)
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if saturday == published and text.lower().startswith("last"):
            saturday -= dt.timedelta(days=7)
        end = min(saturday + dt.timedelta(days=1), published) if saturday <= published else saturday
        return DateValue(value=saturday.isoformat(), precision=DatePrecision.unknown, text=text, end=end.isoformat())
    if name == "holiday":
        key = re.sub(r"[^a-z]", "", m.group("holiday").lower())
        month, day = _HOLIDAYS[key]
        return _day_value(_latest_day(month, day, published) or published, text)
    if name == "last_week":
        start = monday - dt.timedelta(days=7)
        return DateValue(
            value=start.isoformat(),
            precision=DatePrecision.unknown,
            text=text,
            end=(start + dt.timedelta(days=6)).isoformat(),
        )
    if name == "this_week":
        return DateValue(
            value=monday.isoformat(), precision=DatePrecision.unknown, text=text, end=published.isoformat()
        )
    if name in ("last_month", "this_month"):
        year, month = _shift_months(published, 1 if name == "last_month" else 0)
        return DateValue(value=f"{year:04d}-{month:02d}", precision=DatePrecision.month, text=text)
    if name in ("last_year", "this_year"):
        year = published.year - (1 if name == "last_year" else 0)
        return DateValue(value=f"{year:04d}", precision=DatePrecision.year, text=text)
    if name == "ago":
        n_text = m.group("n").lower()
        n = 2 if "couple" in n_text else 3 if "few" in n_text else number_value(n_text) or 1
        unit = m.group("unit").lower().rstrip("s")
        if "few" in n_text:
            return _unknown(text)
        if unit == "day":
            return _day_value(published - dt.timedelta(days=n), text)
        if unit == "week":
            start = published - dt.timedelta(days=7 * n)
            start -= dt.timedelta(days=start.weekday())
            return DateValue(
                value=start.isoformat(),
                precision=DatePrecision.unknown,
                text=text,
                end=(start + dt.timedelta(days=6)).isoformat(),
            )
        if unit == "month":
            year, month = _shift_months(published, n)
            return DateValue(value=f"{year:04d}-{month:02d}", precision=DatePrecision.month, text=text)
        return DateValue(value=f"{published.year - n:04d}", precision=DatePrecision.year, text=text)
    return None


def _modal_not_month(text: str, m: re.Match[str]) -> bool:
    """ "This may take", "may 5 times": the verb, not the month (lower-case "may" counts only in all-lower text)."""
    mon = m.group("mon")
    if mon.lower() not in ("may", "march"):
        return False
    if mon[0].islower() and not text.islower():
        return True
    return _MODAL_AFTER.match(text, m.end("mon")) is not None or m.group(0).lower().startswith("this")


def _resolve_match(name: str, m: re.Match[str], published: dt.date | None) -> DateValue | None:
    text = m.group(0)
    if name == "weekday":
        return _weekday(m, text, published)
    if name in ("range_dm", "range_md", "iso", "numeric", "md", "dm", "my", "month", "year", "year_event"):
        return _calendar(m, text, published)
    return _relative(name, m, text, published)


# ----------------------------------------------------------------------------------------------- public


def find_dates(text: str, published: dt.date | None, offset: int = 0) -> list[DateMention]:
    """Every temporal expression in `text` that can date an event, resolved against `published`, in text order.

    A dateline's date ("BOGOTA, 30 AUG 89 (AFP) --") is when the story was filed, not when anything happened: a
    text that opens with a dateline yields no dates inside it."""
    dateline = find_dateline(text) if _DATELINE_START.match(text) else None
    skip = (dateline.start, dateline.end) if dateline is not None and dateline.date is not None else (0, 0)
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pattern in _COMPILED:
        for m in pattern.finditer(text):
            if m.start() < skip[1] and skip[0] < m.end():
                continue
            candidates.append((m.start(), m.end(), name, m))
    # the widest reading wins where expressions overlap ("Wednesday, Nov. 25" over "Wednesday")
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for start, end, name, m in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        before = text[max(0, start - 24) : start]
        if _NEXT_BEFORE.search(before) or _STAMP_BEFORE.search(before):
            continue  # "next Monday", "every Friday", "Updated: Jan 3": not when something happened
        if name in ("month", "md", "dm") and _modal_not_month(text, m):
            continue
        value = _resolve_match(name, m, published)
        if value is None:
            continue
        taken.append((start, end))
        found.append(DateMention(start + offset, end + offset, m.group(0), value))
    return sorted(found, key=lambda d: d.start)


# Times of day. A clock time ("around 2 a.m.", "1:40pm", "shortly after midnight"; a bare "at 5:30" or "noon" only
# behind a cue: "5:30" alone may be a score) or "overnight" ("an overnight shooting", "shot overnight in Kensington")
# is no date and find_dates never returns one; see find_times_of_day.
_CLOCK_CUE = (
    r"(?:at|around|about|approximately|roughly|nearly|shortly|just|sometime|some\s+time|before|after|past|until)"
)
# what may follow an "overnight" that dates an event: a preposition or conjunction, or the event's own noun
_OVERNIGHT_NEXT = (
    r"(?:in|on|at|near|along|outside|inside|behind|off|from|and|when|after|as|by|following|hours|police"
    r"|\w*(?:shoot|stab|kill|slay|attack|gunfire|gunshot|violence|incident|homicide|murder|robbery|invasion|crash"
    r"|fire|standoff|chase|disturbance|fight|altercation|dispute|burglary|break-in)[\w-]*)\b"
)
_TIME_OF_DAY = re.compile(
    rf"\b(?:{_CLOCK_CUE}\s+)?(?:(?:before|after|past|around|about)\s+)?"
    r"(?:\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.\s?m\b\.?|[ap]m\b)"
    rf"|(?<=\b{_CLOCK_CUE}\s+)(?:(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|noon\b|midnight\b))"
    # "overnight" as an adverb or before the event's noun; not a stay ("kept overnight"), nor beside a day it names
    r"|(?<!\b(?:stay|stays|stayed|kept|held|spent|remained|remains|hospitali[sz]ed|detained|jailed|parked|closed)"
    r"\s+)\b(?:early\s+|late\s+)?overnight\b"
    rf"(?!\s+(?:on\s+|from\s+|into\s+|of\s+)?(?:{_WEEKDAY}|{_MONTH}|\d|the\s+\d|yesterday|today|tonight|last|this))"
    rf"(?=\s*(?:[,.;:!?)]|$)|\s+{_OVERNIGHT_NEXT})",
    _FLAGS,
)
# page furniture around a clock time: "Updated: Wednesday, Jan. 11, 2017 @ 2:55 PM", "UPDATE SATURDAY 5:45 AM",
# "3:10 PM Update:", "10:32 a.m. ET"
_STAMP_LINE = re.compile(
    rf"\b(?:published|updated?|posted|modified)\s*:?\s*(?:(?:on|at|{_WEEKDAY}|{_MONTH}|\d{{1,4}}|@|[,./-])\s*){{0,8}}$",
    _FLAGS,
)
_STAMP_AFTER = re.compile(r"\s*(?:update[sd]?\b|(?-i:[ECMP][SD]?T|GMT|UTC)\b)", _FLAGS)


def find_times_of_day(text: str, published: dt.date | None, offset: int = 0) -> list[DateMention]:
    """Clock times and "overnight" in `text` ("It happened around 2 a.m."), each valued as the publication day (none
    without one).

    A time of day gives no day by itself; what gives the day is a local news story telling today's incident by the
    hour alone, or the night that ended on the publication morning ("overnight": after midnight, mostly, as GVA
    dates such shootings). The caller decides when to read it so (assemble: only for a story that names no day)."""
    if published is None:
        return []
    return [
        DateMention(m.start() + offset, m.end() + offset, m.group(0), _day_value(published, m.group(0)))
        for m in _TIME_OF_DAY.finditer(text)
        if not _STAMP_LINE.search(text[max(0, m.start() - 80) : m.start()]) and not _STAMP_AFTER.match(text, m.end())
    ]


# A text that may open with a dateline: a capitalised place name then a comma or an opening bracket.
_DATELINE_START = re.compile(r"^\s*(?-i:[A-Z][A-Z.'’ -]{2,40})(?:,|\s*\()")


def resolve_date(expr: str, published: dt.date | None) -> DateValue | None:
    """Resolve one temporal expression ("late Tuesday", "in August", "3 JAN 90"); None if it is not one."""
    mentions = find_dates(expr.strip(), published)
    if not mentions:
        return None
    best = max(mentions, key=lambda d: d.end - d.start)
    return best.value.model_copy(update={"text": expr.strip()})


_DL_DATE = (
    rf"(?:(?P<dl_d1>{_DAY})\s+(?P<dl_m1>{_MONTH})(?:\s+(?P<dl_y1>\d\d(?!\d)|{_YEAR4}))?"
    rf"|(?P<dl_m2>{_MONTH})\s+(?P<dl_d2>{_DAY})(?:,?\s+(?P<dl_y2>\d\d(?!\d)|{_YEAR4}))?)"
)
_DATELINE = re.compile(
    r"(?P<lead>^|\n)[ \t]*(?P<junk>(?-i:[a-z]{0,8}?))"
    r"(?P<place>(?-i:[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}))"
    r"(?:[ \t]*\((?P<country>(?-i:[A-Z][A-Z.'’ -]{1,30}))\))?"
    r"(?:,[ \t]*(?P<region>(?-i:[A-Z][\w.'’]*(?:[ ][A-Z][\w.'’]*){0,2})))?"
    rf"(?:,?[ \t]*(?P<date>{_DL_DATE}))?"
    r"[ \t]*(?:\((?P<paren>[^()\n]{1,60})\)\s*)?"
    r"(?P<dash>--|—|–|-|:)(?=\s)",
    re.IGNORECASE,
)
_DATELINE_LOWER = re.compile(
    r"^\s*(?P<place>[a-z][a-z.' ]{1,30}?)(?:\s*\((?P<country>[a-z][a-z.' -]{1,30})\))?,\s*"
    rf"(?P<date>{_DL_DATE})\s*(?:\((?P<paren>[^()\n]{{1,60}})\)\s*)?(?P<dash>--)",
    re.IGNORECASE,
)


def _dateline_date(g: dict[str, str | None]) -> DateValue | None:
    """The dateline's own date ("3 JAN 90", "JUNE 11 89", "7 FEB"); without a year the value stays None."""
    day, mon, year = (
        g.get("dl_d1") or g.get("dl_d2"),
        g.get("dl_m1") or g.get("dl_m2"),
        g.get("dl_y1") or g.get("dl_y2"),
    )
    if not (day and mon):
        return None
    text = g["date"] or ""
    if not year:
        return _unknown(text)
    d = _safe_date(_year_number(year, None), _month_number(mon), _day_number(day))
    return _day_value(d, text) if d else _unknown(text)


_CALL_SIGN = re.compile(r"[A-Z]{2,6}")
_COUNTRY_ABBREVIATIONS = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK", "USSR", "FRG", "GDR"}


@cache
def _country_names() -> frozenset[str]:
    """Upper-case English names of the world's countries ("ITALY", "PANAMA"): no station's call sign."""
    import pycountry

    names = {getattr(c, a, "") for c in pycountry.countries for a in ("name", "common_name")}
    return frozenset(n.upper() for n in names if n)


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening an article (in its first lines), or None: "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) --"."""
    head = text[:400]
    m = _DATELINE.search(head) or _DATELINE_LOWER.search(head)
    if m is None:
        return None
    g = m.groupdict()
    place = g["place"].strip()
    if len(re.sub(r"[^A-Za-z]", "", place)) < 3:
        return None
    date, source = _dateline_date(g), None
    paren = g.get("paren")
    if paren:
        paren_date = resolve_date(paren, None) if re.search(r"\d", paren) else None
        if paren_date is not None:
            date = date or paren_date
        else:
            source = paren.strip()
    country = (g.get("country") or "").strip()
    if _CALL_SIGN.fullmatch(country) and country not in _COUNTRY_ABBREVIATIONS | _country_names():
        source, country = source or country, ""  # "BALTIMORE (WJZ) —", "CHULA VISTA (CNS) -": a station or wire
    if country:
        place = country if place.upper() == "NO CITY" else f"{place}, {country}"
    if g.get("region") and g["region"].strip().upper() != "NO DATE":
        place = f"{place}, {g['region'].strip()}"
    start, end = m.start("place"), m.end("dash")
    return Dateline(start=start, end=end, text=text[start:end], place=place, date=date, source=source)


# ----------------------------------------------------------------------------------------------- what a date dates

# What happens after an attack: the arrest, the charge, the courts, the funeral, the vigil. A story whose lead
# tells of these is a follow-up, and a date told of them is the follow-up's news day, not the attack's ("was
# arrested Tuesday", "appeared in court today", "mourners gathered Sunday").
FOLLOWUP_NEWS = re.compile(
    r"\b(?:arrest(?:ed|s)?|charg(?:ed|es)|booked|jailed|indicted|indictments?|arraign(?:ed|ment)|sentenc(?:ed|ing)"
    r"|convicted|pleaded|pleads?|plea|(?<!(?:food|basketball|tennis)\s)court|hearing|trial|testif(?:ied|y)"
    r"|jur(?:y|ors)|verdict|bond|bail"
    r"|custody|extradit(?:ed|ion)|surrendered|turned\s+(?:himself|herself|themselves)\s+in|captured|apprehended"
    r"|funerals?|vigils?|(?-i:memorial)|buried|laid\s+to\s+rest|mourn(?:ed|ers)|celebration\s+of\s+life|caskets?"
    r"|rall(?:y|ied)|lawsuit|sued)\b",
    _FLAGS,
)
# ... and what is said or found later: a date told of these is not the attack's either ("was identified Monday",
# "remained in critical condition Saturday", "the report, released Friday").
_FOLLOWUP_WORDS = re.compile(
    rf"{FOLLOWUP_NEWS.pattern}|\b(?:released|gathered|(?:was|were|been|being)\s+identified|announcement"
    r"|news\s+conference|press\s+conference|warrants?|exam|ruled|filed|interview(?:ed)?|pronounced|declared"
    r"|remain(?:ed|s)?|still|autopsy|scheduled)\b",
    _FLAGS,
)
# The attack itself: a date at these is when it happened ("was shot on Dec. 3", "the shooting happened Saturday").
# Not "murder" or "homicide": "charged with murder Tuesday" dates the charge.
_ATTACK_WORDS = re.compile(
    r"\b(?:shoot(?:ing|ings|out)|shot|shots|gunfire|gunshots?|gunned|fired|opened\s+fire|kill(?:ed|ing|ings)?|slain"
    r"|slaying|wounded|injured|murdered|stabb(?:ed|ing)|happened|occurred|took\s+place|erupted|broke\s+out"
    r"|attack(?:ed)?)\b",
    _FLAGS,
)
# "Saturday's shooting", "the Jan. 5 drive-by shooting", "Sunday night's fatal shooting": the date names the attack.
_ATTACK_NAMED = re.compile(
    r"(?:['’]s)?\s+(?:(?:night|morning|afternoon|evening)(?:['’]s)?\s+)?"
    r"(?:(?!(?:in|at|on|of|for|with|from|to|after|before|and|or|the|a|an|his|her|their)\b)[\w-]+\s+){0,2}?"
    r"(?:shootings?|shootout|killings?|slayings?|attack|gunfire|murders?|homicide|massacre|rampage|deaths?"
    r"|incident)\b",
    _FLAGS,
)
# Cue words further from the date than this (characters) say nothing about it.
_CUE_REACH = 60


def date_role(sentence: str, start: int, end: int, attack_words: Iterable[tuple[int, int]] = ()) -> str | None:
    """What the date at [start, end) of `sentence` dates: "attack" when it names the attack ("Saturday's shooting")
    or follows an attack word ("was shot on Dec. 3"), "followup" when it follows an arrest, charge, hearing or
    funeral word ("was arrested Tuesday in Saturday's shooting": Tuesday), None without a cue nearby. `attack_words`
    adds the (start, end) spans of the sentence's own attack words (the type lexicon's triggers) to the built-in ones.

    The words before a date govern it (a time adverbial follows its verb); only a date with no cue before it ("On
    Tuesday, police arrested ...") takes the nearest cue after it."""
    if _ATTACK_NAMED.match(sentence, end):
        return "attack"
    lo, hi = max(0, start - _CUE_REACH), min(len(sentence), end + _CUE_REACH)
    cues = [(a, b, "attack") for a, b in attack_words if lo <= a and b <= hi]
    for pattern, role in ((_ATTACK_WORDS, "attack"), (_FOLLOWUP_WORDS, "followup")):
        cues.extend((m.start(), m.end(), role) for m in pattern.finditer(sentence, lo, hi))
    before = [(start - b, role) for a, b, role in cues if b <= start]
    after = [(a - end, role) for a, b, role in cues if a >= end]
    # a tie goes to the attack ("attack" sorts first)
    nearest = min(before) if before else min(after) if after else None
    return nearest[1] if nearest is not None else None
