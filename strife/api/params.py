"""Query-string filters shared by the incident list and the exports, validated into an IncidentQuery (422 if bad)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import Query

from strife.model import AttackType, IncidentQuery, PerpStatus, ReportKind, TargetType

Sort = Literal["date", "-date", "killed", "-killed", "id"]
Text = Annotated[str | None, Query(max_length=200)]


def incident_filters(
    date_from: date | None = None,
    date_to: date | None = None,
    country: Text = None,
    admin1: Text = None,
    city: Text = None,
    attack_type: AttackType | None = None,
    target_type: TargetType | None = None,
    group: Text = None,
    status: Annotated[PerpStatus | None, Query(description="perpetrator status, with or without `group`")] = None,
    kind: ReportKind | None = None,
    min_killed: Annotated[int | None, Query(ge=0)] = None,
    q: Annotated[str | None, Query(max_length=500, description="full-text search over articles and summaries")] = None,
    sort: Sort = "-date",
) -> IncidentQuery:
    """Filters without paging (exports take every match)."""
    return IncidentQuery(
        date_from=date_from,
        date_to=date_to,
        country=country or None,
        admin1=admin1 or None,
        city=city or None,
        attack_type=attack_type,
        target_type=target_type,
        group=group or None,
        group_status=status,
        kind=kind,
        min_killed=min_killed,
        text=q or None,
        sort=sort,
    )
