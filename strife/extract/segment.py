"""Event segmentation: which sentences (or parts of sentences) tell of which incident.

An article has one main incident (its news) and may recall earlier ones ("In August, a suicide attack on
lawyers killed 70"). A referenced incident starts where an attack sentence is anchored to a date that is not the
main incident's date; it continues over the following sentences of its paragraph, and into the next paragraph
when that paragraph shares its words, until a sentence anchors back to the main incident or to another date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from strife.extract.dates import DateMention
from strife.extract.mentions import DocMentions, SentenceMentions
from strife.model import DatePrecision, DateValue

# A date within this many days before publication can be the main incident's date; older dates anchor an
# earlier incident. Ten days covers weekly papers and "last week" follow-ups.
MAIN_WINDOW_DAYS = 10

# "said Tuesday", "told reporters on Tuesday", "in a statement posted online Tuesday": when it was said, not done.
_SPEECH_BEFORE = re.compile(
    r"\b(said|says|say|told|tells|stated|announced|added|reported|posted|statement|confirmed|claimed|"
    r"reporters|quoted|spoke|speaking|condemned|pledged)\b[\w\s,.'’-]{0,30}$",
    re.I,
)
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)
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


def same_time(a: DateValue, b: DateValue) -> bool:
    sa, sb = _days(a), _days(b)
    if sa is None or sb is None:
        return False
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def main_date(doc: DocMentions) -> DateMention | None:
    """The date of the article's own news: the first recent, non-speech date in an attack sentence."""
    published = doc.article.published
    fallback = None
    for sm in doc.sentences:
        found = []
        for d in sm.dates:
            if not recent(d.value, published):
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
    return fallback


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
    for sm in doc.sentences:
        s = sm.sentence
        old = [
            d for d in sm.dates if not recent(d.value, published) and not (anchor and same_time(d.value, anchor.value))
        ]
        mains = [d for d in sm.dates if d not in old and not is_speech_date(sm, d)]
        eventful = sm.is_event or bool(sm.triggers)
        if old and eventful and not mains and not sm.state_ops_only:
            first = old[0]
            if _WHEN_AFTER.match(s.text[first.end - s.start :]):
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
