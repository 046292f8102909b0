"""Event segmentation: which sentences (or parts of sentences) tell of which incident.

An article has one main incident (its news) and may recall earlier ones ("In August, a suicide attack on
lawyers killed 70"). A referenced incident starts where an attack sentence is anchored to a date that is not the
main incident's date (older than the window before publication, or days before the main incident's day); it
continues over the following sentences of its paragraph, and into the next paragraph when that paragraph shares
its words, until a sentence anchors back to the main incident or to another date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from strife.extract.dates import FOLLOWUP_NEWS, DateMention, date_role
from strife.extract.mentions import DocMentions, SentenceMentions
from strife.extract.numbers import number_value
from strife.model import DatePrecision, DateValue

# A date within this many days before publication can be the main incident's date; older dates anchor an
# earlier incident. Ten days covers weekly papers and "last week" follow-ups.
MAIN_WINDOW_DAYS = 10
# Within the window, a day this many days before the main incident's day anchors an earlier incident (a day
# apart can be one night's shooting told by two dates). Measured at 1ba9688: GVA replay killed 0.875 -> 0.880 (B³
# F1 0.914 -> 0.913), keys +1 paired template (+2 spurious reports), GVDB city 304 -> 303 of 355, MUC-4
# [reports] template F1 46.50 -> 46.13 ([grouped] unchanged); 3 days: GVA killed 0.879.
EARLIER_DAYS = 2
# A story whose first sentences (headline included) tell an arrest, a charge or a funeral is a follow-up.
FOLLOW_UP_LEAD = 4
# A follow-up recalls an attack at most this many days before publication (a trial two years later).
RECALLED_DAYS = 3 * 365

# "said Tuesday", "told reporters on Tuesday", "in a statement posted online Tuesday": when it was said, not done.
_SPEECH_BEFORE = re.compile(
    r"\b(said|says|say|told|tells|stated|announced|added|reported|posted|statement|confirmed|claimed|"
    r"reporters|quoted|spoke|speaking|condemned|pledged)\b[\w\s,.'’-]{0,30}$",
    re.I,
)
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)
# "A week later, a bus bomb ...", "Two days later another ...", "the next day": an incident dated from the one
# told just before it (a referenced one; the main incident is the news and nothing follows it).
_LATER = re.compile(
    r"^\W*(?:(?:\[\w+\]\s*)*)(?:(?P<n>an?|[\w-]+)\s+(?P<unit>day|week|month|year)s?\s+later"
    r"|the\s+(?:next|following)\s+(?P<next>day|week|month|year))\b",
    re.I,
)
# A line that is a date alone heads what follows it in a timeline: "August 1982:" then "Eight people killed ..."
_DATE_ONLY = re.compile(r"^\W*(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\s*[:.\-–—]?\s*$")
_STOP = set(
    "the a an and or of in on at to for with by from that this was were is are be been has have had it its they their "
    "them he she his her after before about into over more than most some many said says also other who which when "
    "where while would could will people killed attack attacks attacked wounded injured police security officials "
    "militants group groups country city province government".split()
)


@dataclass
class Span:
    """A piece of one sentence that belongs to an incident; [start, end) absolute offsets."""

    mentions: SentenceMentions
    start: int
    end: int

    def within(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


@dataclass
class Segment:
    """All spans of one incident in an article. `anchor` dates it; `kind` is main or referenced."""

    kind: str
    anchor: DateMention | None
    spans: list[Span] = field(default_factory=list)


# "TODAY, UNOFFICIAL SOURCES REPORTED THAT ...", "HOYO TODAY SAID THAT": the date opens a clause of saying. (Not
# "A BOMB EXPLODED TODAY, POLICE SAID.": no "that" follows.)
_SPEECH_AFTER = re.compile(
    r"^[\s,]*(?:[\w'’-]+\s+){0,4}?(?:said|says|reported|announced|stated|denied|confirmed|claimed|disclosed|"
    r"revealed|added|explained|charged|alleged|told\s+[\w\s]{0,20}?)\s+that\b",
    re.I,
)


def is_speech_date(sm: SentenceMentions, d: DateMention) -> bool:
    before = sm.sentence.text[: d.start - sm.sentence.start]
    after = sm.sentence.text[d.end - sm.sentence.start :]
    return bool(_SPEECH_BEFORE.search(before) or _SPEECH_AFTER.match(after))


def _days(value: DateValue) -> tuple[dt.date, dt.date] | None:
    """The first and last day a (partial) date covers."""
    v = value.value
    if not v:
        return None
    try:
        if value.precision == DatePrecision.day:
            d = dt.date.fromisoformat(v[:10])
            last = dt.date.fromisoformat(value.end[:10]) if value.end and len(value.end) >= 10 else d
            return d, last
        if value.precision == DatePrecision.month:
            y, m = int(v[:4]), int(v[5:7])
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return dt.date(y, m, 1), nxt - dt.timedelta(days=1)
        if value.precision == DatePrecision.year:
            return dt.date(int(v[:4]), 1, 1), dt.date(int(v[:4]), 12, 31)
    except ValueError:
        return None
    return None


def recent(value: DateValue, published: dt.date | None) -> bool:
    """Could this date be the article's own news (within the window before publication)?"""
    span = _days(value)
    if span is None:
        return value.precision == DatePrecision.unknown and value.text is not None and published is None
    if published is None:
        return True
    return span[1] >= published - dt.timedelta(days=MAIN_WINDOW_DAYS) and span[0] <= published + dt.timedelta(days=1)


def _days_before(value: DateValue, anchor: DateMention | None) -> bool:
    """A day at least EARLIER_DAYS before the main incident's day: a recent earlier shooting the story recalls
    ("Five people were shot, one of whom died, Friday" in a story of Tuesday's shooting)."""
    if anchor is None or anchor.value.precision != DatePrecision.day or value.precision != DatePrecision.day:
        return False
    a, v = _days(anchor.value), _days(value)
    return a is not None and v is not None and v[1] <= a[0] - dt.timedelta(days=EARLIER_DAYS)


def same_time(a: DateValue, b: DateValue) -> bool:
    sa, sb = _days(a), _days(b)
    if sa is None or sb is None:
        return False
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def main_date(doc: DocMentions) -> DateMention | None:
    """The date of the article's own news: the first recent, non-speech date in an attack sentence.

    A follow-up story's news is the arrest, the charge or the funeral; its date ("was arrested Tuesday") is not the
    attack's and never dates the main incident (nor falls back to it). The attack's own date, told at an attack
    word, does even when older than the window (a day, within RECALLED_DAYS): at once in a sentence that tells a
    follow-up ("charged Tuesday in the Jan. 5 shooting": Jan. 5); otherwise when no sentence dates the attack
    within the window ("The shooting happened on Oct. 1"), ahead of a date that only falls back (outside attack
    sentences, or said) when the lead tells a follow-up. A follow-up that gives no date of the attack is undated."""
    published = doc.article.published
    fallback = None
    recalled = None
    for sm in doc.sentences:
        found = []
        text, s0 = sm.sentence.text, sm.sentence.start
        for d in sm.dates:
            role = date_role(text, d.start - s0, d.end - s0, [(t.start - s0, t.end - s0) for t in sm.triggers])
            if role == "followup":
                continue
            if not recent(d.value, published):
                if _recalled_attack(sm, d, role, published):
                    if FOLLOWUP_NEWS.search(text):
                        found.append(d)
                    else:
                        recalled = recalled or d
                continue
            if sm.is_event or sm.triggers:
                if not is_speech_date(sm, d):
                    found.append(d)
                    continue
            if d.value.precision != DatePrecision.year:
                # a year ("elections this year") away from any attack word dates no incident
                fallback = fallback or d
        if found:
            return _nearest_trigger(sm, found)
    if recalled is not None and (fallback is None or _follow_up_story(doc)):
        return recalled
    return fallback


def _recalled_attack(sm: SentenceMentions, d: DateMention, role: str | None, published: dt.date | None) -> bool:
    """An older day told at an attack word ("charged in the Jan. 5 shooting", "the shooting happened on Oct. 1")."""
    if role != "attack" or d.value.precision != DatePrecision.day or published is None or d.value.value is None:
        return False
    if dt.date.fromisoformat(d.value.value) < published - dt.timedelta(days=RECALLED_DAYS):
        return False
    return (sm.is_event or bool(sm.triggers)) and not is_speech_date(sm, d)


def _follow_up_story(doc: DocMentions) -> bool:
    """Does the article's lead tell a follow-up (an arrest, a charge, a hearing, a funeral)?"""
    return any(FOLLOWUP_NEWS.search(sm.sentence.text) for sm in doc.sentences[:FOLLOW_UP_LEAD])


def _nearest_trigger(sm: SentenceMentions, dates: list[DateMention]) -> DateMention:
    """Of a sentence's dates, the one nearest an attack word ("JUDGES TODAY BEGAN STOPPAGES TO PROTEST THE
    ASSASSINATION OF A JUDGE THE EVENING OF 1 NOVEMBER": the evening of 1 November)."""
    if len(dates) == 1 or not sm.triggers:
        return dates[0]

    def gap(d: DateMention) -> int:
        return min(max(t.start - d.end, d.start - t.end, 0) for t in sm.triggers)

    return min(dates, key=lambda d: (gap(d), d.start))


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


def segment(doc: DocMentions) -> list[Segment]:
    """Split an article into its main segment and one segment per referenced incident."""
    published = doc.article.published
    anchor = main_date(doc)
    main = Segment("main", anchor)
    segments = [main]
    current: Segment | None = None  # an open referenced segment
    current_words: set[str] = set()
    last_paragraph = -1
    heading: list[DateMention] = []  # the date of a timeline's heading line ("August 1982:")
    for sm in doc.sentences:
        s = sm.sentence
        dates = sm.dates or heading  # the heading just before dates a sentence that gives no date of its own
        heading = sm.dates if sm.dates and _DATE_ONLY.match(s.text) else []
        if heading:
            main.spans.append(Span(sm, s.start, s.end))
            continue
        old = [
            d
            for d in dates
            if (not recent(d.value, published) or _days_before(d.value, anchor))
            and not (anchor and same_time(d.value, anchor.value))
        ]
        mains = [d for d in sm.dates if d not in old and not is_speech_date(sm, d)]
        eventful = sm.is_event or bool(sm.triggers)
        if old and eventful and not mains and not sm.state_ops_only:
            first = old[0]
            if first in sm.dates and _WHEN_AFTER.match(s.text[first.end - s.start :]):
                # "the deadliest attack since 2008, when a bomber killed 150": only the tail is the old incident
                main.spans.append(Span(sm, s.start, first.start))
                split = first.start
            else:
                split = s.start
            existing = next((g for g in segments[1:] if same_time(g.anchor.value, first.value)), None)
            if existing is not None and existing is current:
                existing.spans.append(Span(sm, split, s.end))
            else:
                current = Segment("referenced", first)
                current.spans.append(Span(sm, split, s.end))
                segments.append(current)
            current_words = _content_words(s.text[split - s.start :])
            last_paragraph = s.paragraph
            continue
        # a specific attack word: "two days later police arrested a man over the attack" is the same incident's
        later = _later(sm, current) if current is not None and sm.specific_triggers and not mains and not old else None
        if later is not None:
            current = Segment("referenced", later, [Span(sm, s.start, s.end)])
            segments.append(current)
            current_words = _content_words(s.text)
            last_paragraph = s.paragraph
            continue
        if current is not None and not mains and not old:
            same_para = s.paragraph == last_paragraph
            shared = _content_words(s.text) & current_words
            if same_para or (s.paragraph == last_paragraph + 1 and shared):
                current.spans.append(Span(sm, s.start, s.end))
                current_words |= _content_words(s.text)
                last_paragraph = s.paragraph
                continue
        current = None
        main.spans.append(Span(sm, s.start, s.end))
    return segments


def _later(sm: SentenceMentions, current: Segment) -> DateMention | None:
    """The date of an incident told as following the open referenced one ("A week later, a bus bomb ..."), from
    that one's date: a day for days, the month for weeks and months, the year for years ("a week later" is seldom
    exactly seven days); None when the sentence does not open so or the earlier date is too coarse."""
    m = _LATER.match(sm.sentence.text)
    prior = current.anchor.value if current.anchor else None
    if m is None or prior is None or prior.value is None:
        return None
    unit = (m.group("unit") or m.group("next")).lower()
    n = 1 if m.group("next") or m.group("n").lower() in ("a", "an") else number_value(m.group("n"))
    if n is None:
        return None
    precision = DatePrecision(prior.precision)
    if precision == DatePrecision.day and unit == "day":
        day = dt.date.fromisoformat(prior.value) + dt.timedelta(days=n)
        value = DateValue(value=day.isoformat(), precision=DatePrecision.day)
    elif precision in (DatePrecision.day, DatePrecision.month) and unit in ("week", "month"):
        y, mo = int(prior.value[:4]), int(prior.value[5:7])
        if unit == "month":
            mo += n
        else:
            base = dt.date.fromisoformat(prior.value if precision == DatePrecision.day else prior.value + "-15")
            d = base + dt.timedelta(days=7 * n)
            y, mo = d.year, d.month
        y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
        value = DateValue(value=f"{y:04d}-{mo:02d}", precision=DatePrecision.month)
    elif unit == "year":
        value = DateValue(value=f"{int(prior.value[:4]) + n:04d}", precision=DatePrecision.year)
    else:
        return None
    value.text = m.group().strip()
    return DateMention(sm.sentence.start + m.start(), sm.sentence.start + m.end(), m.group(), value)
