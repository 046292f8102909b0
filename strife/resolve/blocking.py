"""Blocking: which reports could describe the same incident (same country, overlapping date windows).

Scoring every pair of reports is quadratic; blocking keeps only pairs whose countries agree (or one is unknown) and
whose date intervals come within `NAMED_WINDOW_DAYS` of each other (scoring then asks pairs more than `WINDOW_DAYS`
apart for shared names), so resolution grows with block size, not corpus size.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from strife.model import DatePrecision, Report

# Two day-precise dates more than this many days apart never meet. GVA dev: the extracted event dates of one
# incident's reports fall within 2 days of each other once resolved against publication dates; 3 leaves room for
# "late Saturday" vs "early Sunday" and an off-by-one weekday.
WINDOW_DAYS = 3
# Follow-up stories (an arrest, a funeral) often carry a later date than the attack; reports whose articles share
# two or more names (strife.resolve.names) may be this far apart. GVA dev: 35 of 186 same-incident pairs of main
# reports had dates 4-60 days apart.
NAMED_WINDOW_DAYS = 45
# A main report that gives no date happened shortly before it was published.
UNDATED_MAIN_DAYS = 7
# A referenced report without a date recalls something before publication; look back this far.
UNDATED_REFERENCED_DAYS = 3 * 365


@dataclass(frozen=True)
class Interval:
    """Inclusive range of days a report's date may fall on."""

    start: date
    end: date

    def gap(self, other: Interval) -> int:
        """Days between the two ranges (0 when they overlap)."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0


def _parse(value: str, precision: str) -> Interval | None:
    try:
        parts = [int(p) for p in value.split("-")]
        if precision == DatePrecision.day and len(parts) >= 3:
            d = date(parts[0], parts[1], parts[2])
            return Interval(d, d)
        if len(parts) >= 2 and precision in (DatePrecision.day, DatePrecision.month):
            last = calendar.monthrange(parts[0], parts[1])[1]
            return Interval(date(parts[0], parts[1], 1), date(parts[0], parts[1], last))
        return Interval(date(parts[0], 1, 1), date(parts[0], 12, 31))
    except (ValueError, IndexError):
        return None


def date_interval(report: Report) -> Interval | None:
    """The days the report's incident may have happened on; None when neither the text nor publication says."""
    dv = report.date
    if dv.value and dv.precision != DatePrecision.unknown:
        iv = _parse(dv.value, dv.precision)
        if iv is not None:
            if dv.end:
                end = _parse(dv.end, dv.precision)
                if end is not None and end.end >= iv.start:
                    iv = Interval(iv.start, end.end)
            return iv
    if report.published is None:
        return None
    back = UNDATED_MAIN_DAYS if report.kind == "main" else UNDATED_REFERENCED_DAYS
    return Interval(report.published - timedelta(days=back), report.published)


def country_of(report: Report) -> str | None:
    """The report's ISO country code, upper-cased, or None."""
    loc = report.location
    return loc.country_code.upper() if loc is not None and loc.country_code else None


class BlockIndex:
    """Finds earlier-indexed items that share a report's block: same (or unknown) country, dates within the window."""

    def __init__(self, window_days: int = NAMED_WINDOW_DAYS) -> None:
        self.window = window_days
        self._by_day: dict[tuple[str | None, int], list[int]] = defaultdict(list)
        self._undated: dict[str | None, list[int]] = defaultdict(list)
        self._all_by_day: dict[int, list[int]] = defaultdict(list)
        self._all_undated: list[int] = []
        self._countries: dict[int, tuple[str | None, Interval | None]] = {}

    def add(self, key: int, report: Report) -> None:
        """Index item `key` (e.g. a cluster number) under the block of `report`."""
        country, iv = country_of(report), date_interval(report)
        self._countries[key] = (country, iv)
        if iv is None:
            self._undated[country].append(key)
            self._all_undated.append(key)
            return
        for day in range(iv.start.toordinal(), iv.end.toordinal() + 1):
            self._by_day[(country, day)].append(key)
            self._all_by_day[day].append(key)

    def candidates(self, report: Report) -> list[int]:
        """Keys of indexed items that may describe the same incident as `report`, sorted, without repeats."""
        country, iv = country_of(report), date_interval(report)
        found: set[int] = set()
        if country is None:
            # Unknown country: any country may match, on dates alone (scoring asks for more evidence).
            found.update(self._all_undated)
            found.update(self._days(iv, None, everywhere=True))
        else:
            for c in (country, None):
                found.update(self._undated[c])
                found.update(self._days(iv, c, everywhere=False))
        return sorted(found)

    def _days(self, iv: Interval | None, country: str | None, everywhere: bool) -> Iterator[int]:
        if iv is None:
            # No date at all: everything in the country (or everything) is a candidate.
            for key, (c, _) in self._countries.items():
                if everywhere or c == country:
                    yield key
            return
        lo, hi = iv.start.toordinal() - self.window, iv.end.toordinal() + self.window
        for day in range(lo, hi + 1):
            yield from (self._all_by_day.get(day, ()) if everywhere else self._by_day.get((country, day), ()))


def block_keys(reports: Iterable[Report]) -> set[tuple[str | None, date | None, date | None]]:
    """The (country, date_from, date_to) windows a store must load to resolve `reports` against what it holds;
    overlapping windows of one country are merged, so a batch costs a few queries, not one per report."""
    pad = timedelta(days=NAMED_WINDOW_DAYS)
    undated: set[str | None] = set()
    windows: dict[str | None, list[tuple[date, date]]] = defaultdict(list)
    for r in reports:
        iv = date_interval(r)
        if iv is None:
            undated.add(country_of(r))
        else:
            windows[country_of(r)].append((iv.start - pad, iv.end + pad))
    keys: set[tuple[str | None, date | None, date | None]] = {(c, None, None) for c in undated}
    for country, spans in windows.items():
        if country in undated:
            continue  # the whole country is loaded already
        spans.sort()
        lo, hi = spans[0]
        for start, end in spans[1:]:
            if start <= hi + timedelta(days=1):
                hi = max(hi, end)
            else:
                keys.add((country, lo, hi))
                lo, hi = start, end
        keys.add((country, lo, hi))
    return keys
