"""Publication dates from metadata: ISO strings, RFC 2822 (feeds), epoch seconds, or common written formats."""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_published(value: object) -> dt.date | None:
    """A publication date from a metadata value, or None when it is missing or cannot be read as a full date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    return _iso(text) or _rfc2822(text) or _written(text)


def _from_epoch(seconds: float) -> dt.date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _iso(text: str) -> dt.date | None:
    if not _ISO_DAY.match(text):
        return None
    try:
        return dt.datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None


def _rfc2822(text: str) -> dt.date | None:
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed is not None else None


@functools.lru_cache(maxsize=4096)
def _written(text: str) -> dt.date | None:
    """ "October 25, 2016", "25 Oct 2016", "10/25/2016": only when day, month and year are all given."""
    if len(text) > 64 or not re.search(r"\d{4}", text):
        return None
    import dateparser  # slow to import: only when a written date needs it

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None
