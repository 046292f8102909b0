"""The store's schema (SQLAlchemy Core): model objects as JSON plus the indexed columns that filters use.

The Alembic migrations in `migrations/versions/` create exactly this schema; a test compares the two.
Full-text tables (SQLite FTS5, PostgreSQL tsvector) are dialect-specific and live in `search.py`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)
from sqlalchemy.types import TypeDecorator


def _nul_safe(value: Any) -> Any:
    # PostgreSQL text cannot hold NUL; U+FFFD keeps character offsets. Done on both backends so they agree.
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


class Str(TypeDecorator[str]):
    """VARCHAR whose bound values (stored or compared) have NUL replaced."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return _nul_safe(value)


class Txt(TypeDecorator[str]):
    """TEXT whose bound values (stored or compared) have NUL replaced."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return _nul_safe(value)


metadata = MetaData()

ID = 64  # ids are short hashes ("inc_" + 16 hex); leave room
KEY = 200  # indexed free-text values are cut to this many characters (PostgreSQL b-tree rows have a size limit)

articles = Table(
    "articles",
    metadata,
    Column("id", Str(ID), primary_key=True),
    Column("uri", Txt, nullable=False),
    Column("source", Str(KEY)),
    Column("published", Date, index=True),
    Column("ingested_at", DateTime, nullable=False),
    Column("duplicate_of", Str(ID)),
    Column("title", Txt),
    Column("text", Txt, nullable=False),  # the clean text; `data` holds the rest of the Article
    Column("data", Txt, nullable=False),
)

reports = Table(
    "reports",
    metadata,
    Column("id", Str(ID), primary_key=True),
    Column("article_id", Str(ID), nullable=False, index=True),
    Column("kind", Str(16), nullable=False),
    Column("country_code", Str(8)),
    Column("date_from", Date),
    Column("date_to", Date),
    Column("data", Txt, nullable=False),
    Index("ix_reports_block", "country_code", "date_from"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Str(ID), primary_key=True),
    Column("kind", Str(16), nullable=False, index=True),
    Column("category", Str(16), nullable=False, index=True),
    Column("date_value", Str(16)),
    Column("date_from", Date, index=True),
    Column("date_to", Date, index=True),
    Column("country_code", Str(8), index=True),
    Column("country", Str(KEY)),
    Column("admin1", Str(KEY)),
    Column("city", Str(KEY)),
    Column("killed_best", Integer, index=True),
    Column("search_text", Txt, nullable=False, default=""),  # summary, place and group names, for full-text search
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("data", Txt, nullable=False),
)
Index("ix_incidents_country_lower", func.lower(incidents.c.country))
Index("ix_incidents_admin1_lower", func.lower(incidents.c.admin1))
Index("ix_incidents_city_lower", func.lower(incidents.c.city))

incident_reports = Table(
    "incident_reports",
    metadata,
    Column("incident_id", Str(ID), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("report_id", Str(ID), primary_key=True, index=True),
    Column("article_id", Str(ID), nullable=False, index=True),
)

incident_groups = Table(
    "incident_groups",
    metadata,
    Column("incident_id", Str(ID), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("name_key", Str(KEY), primary_key=True, index=True),  # casefolded canonical name
    Column("status", Str(16), primary_key=True),
    Column("name", Str(KEY), nullable=False),
)

incident_attack_types = Table(
    "incident_attack_types",
    metadata,
    Column("incident_id", Str(ID), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("attack_type", Str(32), primary_key=True, index=True),
)

incident_target_types = Table(
    "incident_target_types",
    metadata,
    Column("incident_id", Str(ID), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("target_type", Str(32), primary_key=True, index=True),  # from targets and victims
)

tombstones = Table(
    "tombstones",
    metadata,
    Column("id", Str(ID), primary_key=True),
    Column("survivor", Str(ID)),
    Column("at", DateTime, nullable=False),
)

changes = Table(
    "changes",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),  # UTC, naive
    Column("kind", Str(16), nullable=False),
    Column("incident_id", Str(ID), nullable=False, index=True),
    Column("data", Txt, nullable=False),
)

corrections = Table(
    "corrections",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("action", Str(16), nullable=False),
    Column("data", Txt, nullable=False),
)
