"""Model objects → table rows: the JSON plus the indexed values that filters, blocks and sorts read."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from typing import Any

from strife.model import Article, Change, Correction, DateValue, Incident, Report
from strife.store.tables import KEY

NUL_SAFE = "\ufffd"  # PostgreSQL text cannot hold NUL; one replacement character keeps character offsets intact


def clean(value: str | None, limit: int | None = KEY) -> str | None:
    """A string fit for an indexed column on both backends: NUL replaced, cut to `limit` characters."""
    if value is None:
        return None
    value = value.replace("\x00", NUL_SAFE)
    return value[:limit] if limit is not None else value


def key(value: str | None) -> str | None:
    """The case-insensitive form filters compare: cleaned and casefolded (lower-cased for SQL's lower())."""
    cleaned = clean(value)
    return cleaned.lower() if cleaned is not None else None


def utc_naive(when: dt.datetime) -> dt.datetime:
    """Datetimes go into columns as naive UTC so both backends compare them the same way."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


def _parse_partial(value: str | None, end: bool) -> dt.date | None:
    """'2016-10-24' / '2016-10' / '2016' → the first (or, with end, the last) day it covers; None if unreadable."""
    if not value:
        return None
    parts = value.strip().split("-")
    try:
        nums = [int(p) for p in parts[:3]]
        if len(nums) == 1:
            return dt.date(nums[0], 12, 31) if end else dt.date(nums[0], 1, 1)
        if len(nums) == 2:
            last = calendar.monthrange(nums[0], nums[1])[1]
            return dt.date(nums[0], nums[1], last if end else 1)
        return dt.date(nums[0], nums[1], nums[2])
    except (ValueError, TypeError):
        return None


def date_bounds(date: DateValue) -> tuple[dt.date | None, dt.date | None]:
    """The days a (partial) date may cover: 'October 2016' → (2016-10-01, 2016-10-31)."""
    start = _parse_partial(date.value, end=False)
    stop = _parse_partial(date.end or date.value, end=True)
    if start is None:
        start = _parse_partial(date.end, end=False)
    if start is not None and stop is not None and stop < start:
        start, stop = stop, start
    return start, stop


def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "uri": clean(article.uri, None),
        "source": clean(article.source),
        "published": article.published,
        "ingested_at": utc_naive(article.ingested_at),
        "duplicate_of": article.duplicate_of,
        "title": clean(article.title, None),
        "text": clean(article.text, None),
        # The text lives in its column; only a text the column cannot hold exactly (NUL) is also kept in the JSON.
        "data": article.model_dump_json(exclude=None if "\x00" in article.text else {"text"}),
    }


def article_from_row(data: str, text: str) -> Article:
    fields = json.loads(data)
    fields.setdefault("text", text)
    return Article.model_validate(fields)


def report_row(report: Report) -> dict[str, Any]:
    start, stop = date_bounds(report.date)
    return {
        "id": report.id,
        "article_id": report.article_id,
        "kind": report.kind,
        "country_code": clean(report.location.country_code if report.location else None, 8),
        "date_from": start,
        "date_to": stop,
        "data": report.model_dump_json(),
    }


def search_text(incident: Incident) -> str:
    """What full-text search reads for an incident besides its articles: summary, places, groups, entities."""
    parts: list[str | None] = [incident.summary]
    if incident.location:
        loc = incident.location
        parts += [loc.name, loc.city, loc.admin2, loc.admin1, loc.country, loc.text]
    for perp in incident.perpetrators:
        parts += [perp.name, perp.text]
    for ent in [*incident.targets, *incident.victims, *incident.attackers]:
        parts.append(ent.text)
    text = " ".join(p for p in dict.fromkeys(parts) if p)
    return clean(text, 100_000) or ""


def incident_row(incident: Incident) -> dict[str, Any]:
    start, stop = date_bounds(incident.date)
    loc = incident.location
    return {
        "id": incident.id,
        "kind": incident.kind,
        "category": incident.category,
        "date_value": clean(incident.date.value, 16),
        "date_from": start,
        "date_to": stop,
        "country_code": clean(loc.country_code.upper(), 8) if loc and loc.country_code else None,
        "country": clean(loc.country) if loc else None,
        "admin1": clean(loc.admin1) if loc else None,
        "city": clean(loc.city) if loc else None,
        "killed_best": incident.killed.best,
        "search_text": search_text(incident),
        "created_at": utc_naive(incident.created_at) if incident.created_at else None,
        "updated_at": utc_naive(incident.updated_at) if incident.updated_at else None,
        "data": incident.model_dump_json(),
    }


def link_rows(incident: Incident) -> dict[str, list[dict[str, Any]]]:
    """Rows of the incident's link tables, keyed by table name, without duplicates."""
    reports = {
        r.id: {"incident_id": incident.id, "report_id": r.id, "article_id": r.article_id} for r in incident.reports
    }
    groups = {
        (key(p.name), p.status): {
            "incident_id": incident.id,
            "name_key": key(p.name),
            "status": p.status,
            "name": clean(p.name),
        }
        for p in incident.perpetrators
        if p.name
    }
    attacks = {a: {"incident_id": incident.id, "attack_type": a} for a in incident.attack_types}
    targets = {
        e.type: {"incident_id": incident.id, "target_type": e.type}
        for e in [*incident.targets, *incident.victims]
        if e.type
    }
    return {
        "incident_reports": list(reports.values()),
        "incident_groups": list(groups.values()),
        "incident_attack_types": list(attacks.values()),
        "incident_target_types": list(targets.values()),
    }


def change_row(change: Change) -> dict[str, Any]:
    return {
        "at": utc_naive(change.at),
        "kind": change.kind,
        "incident_id": change.incident_id,
        "data": change.model_dump_json(),
    }


def correction_row(correction: Correction) -> dict[str, Any]:
    return {
        "at": utc_naive(correction.at),
        "action": clean(correction.action, 16),
        "data": correction.model_dump_json(),
    }
