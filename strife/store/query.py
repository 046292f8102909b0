"""IncidentQuery → a SELECT over `incidents`: every filter and sort, built from bound parameters only."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from strife.model import IncidentQuery
from strife.store import search
from strife.store.rows import clean, key
from strife.store.tables import incident_attack_types, incident_groups, incident_target_types, incidents

SORTS = ("date", "-date", "killed", "-killed", "id")
MAX_LIMIT = 10_000


def _ci_equals(col: ColumnElement[str], value: str) -> ColumnElement[bool]:
    return func.lower(col) == key(value)


def conditions(q: IncidentQuery, dialect: str) -> list[ColumnElement[bool]]:
    """The WHERE terms for every filter set in `q` (all AND-ed)."""
    t = incidents.c
    where: list[ColumnElement[bool]] = []
    # Date filters keep incidents whose (possibly partial) date overlaps the window; undated ones drop out.
    if q.date_from is not None:
        where.append(t.date_to >= q.date_from)
    if q.date_to is not None:
        where.append(t.date_from <= q.date_to)
    if q.country:
        where.append(or_(t.country_code == clean(q.country, 8).upper(), _ci_equals(t.country, q.country)))
    if q.admin1:
        where.append(_ci_equals(t.admin1, q.admin1))
    if q.city:
        where.append(_ci_equals(t.city, q.city))
    if q.kind:
        where.append(t.kind == clean(q.kind, 16))
    if q.attack_type:
        a = incident_attack_types.c
        where.append(t.id.in_(select(a.incident_id).where(a.attack_type == clean(q.attack_type, 32))))
    if q.target_type:
        tt = incident_target_types.c
        where.append(t.id.in_(select(tt.incident_id).where(tt.target_type == clean(q.target_type, 32))))
    if q.group or q.group_status:
        g = incident_groups.c
        terms = []  # both on the same row: "group X with status S", not X with any status and S for another group
        if q.group:
            terms.append(g.name_key == key(q.group))
        if q.group_status:
            terms.append(g.status == clean(q.group_status, 16))
        where.append(t.id.in_(select(g.incident_id).where(and_(*terms))))
    if q.min_killed is not None:
        where.append(t.killed_best >= q.min_killed)
    if q.text is not None and q.text.strip():
        where.append(search.match_clause(dialect, q.text))
    return where


def order_by(sort: str) -> list[ColumnElement[object]]:
    """ORDER BY for a sort name; missing values last, id breaks ties so pages are stable."""
    t = incidents.c
    if sort == "date":
        return [t.date_from.asc().nulls_last(), t.id.asc()]
    if sort == "-date":
        return [t.date_from.desc().nulls_last(), t.id.asc()]
    if sort == "killed":
        return [t.killed_best.asc().nulls_last(), t.id.asc()]
    if sort == "-killed":
        return [t.killed_best.desc().nulls_last(), t.id.asc()]
    if sort == "id":
        return [t.id.asc()]
    raise ValueError(f"unknown sort {sort!r}: one of {', '.join(SORTS)}")


def page_and_count(q: IncidentQuery, dialect: str) -> tuple[Select[tuple[str]], Select[tuple[int]]]:
    """(SELECT id … ORDER BY … LIMIT/OFFSET, SELECT count(*)) for `q`.

    The page selects ids only: sorting narrow rows is much cheaper than sorting the JSON; the caller then loads
    the page's JSON by id."""
    where = conditions(q, dialect)
    limit = max(0, min(q.limit, MAX_LIMIT))
    offset = max(0, q.offset)
    page = select(incidents.c.id).where(*where).order_by(*order_by(q.sort)).limit(limit).offset(offset)
    total = select(func.count()).select_from(incidents).where(*where)
    return page, total
