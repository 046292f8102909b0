"""The store's schema (SQLAlchemy Core): model objects as JSON plus the indexed columns that filters use.

The Alembic migrations in `migrations/versions/` create exactly this schema; a test compares the two.
Full-text tables (SQLite FTS5, PostgreSQL tsvector) are dialect-specific and live in `search.py`.
"""

from __future__ import annotations

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

metadata = MetaData()

ID = 64  # ids are short hashes ("inc_" + 16 hex); leave room
KEY = 200  # indexed free-text values are cut to this many characters (PostgreSQL b-tree rows have a size limit)

articles = Table(
    "articles",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("uri", Text, nullable=False),
    Column("source", String(KEY)),
    Column("published", Date, index=True),
    Column("ingested_at", DateTime, nullable=False),
    Column("duplicate_of", String(ID)),
    Column("title", Text),
    Column("text", Text, nullable=False),  # the clean text; `data` holds the rest of the Article
    Column("data", Text, nullable=False),
)

reports = Table(
    "reports",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("article_id", String(ID), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("country_code", String(8)),
    Column("date_from", Date),
    Column("date_to", Date),
    Column("data", Text, nullable=False),
    Index("ix_reports_block", "country_code", "date_from"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("kind", String(16), nullable=False, index=True),
    Column("category", String(16), nullable=False, index=True),
    Column("date_value", String(16)),
    Column("date_from", Date, index=True),
    Column("date_to", Date, index=True),
    Column("country_code", String(8), index=True),
    Column("country", String(KEY)),
    Column("admin1", String(KEY)),
    Column("city", String(KEY)),
    Column("killed_best", Integer, index=True),
    Column("search_text", Text, nullable=False, default=""),  # summary, place and group names, for full-text search
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("data", Text, nullable=False),
)
Index("ix_incidents_country_lower", func.lower(incidents.c.country))
Index("ix_incidents_admin1_lower", func.lower(incidents.c.admin1))
Index("ix_incidents_city_lower", func.lower(incidents.c.city))

incident_reports = Table(
    "incident_reports",
    metadata,
    Column("incident_id", String(ID), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("report_id", String(ID), primary_key=True, index=True),
    Column("article_id", String(ID), nullable=False, index=True),
)

incident_groups = Table(
    "incident_groups",
    metadata,
    Column("incident_id", String(ID), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("name_key", String(KEY), primary_key=True, index=True),  # casefolded canonical name
    Column("status", String(16), primary_key=True),
    Column("name", String(KEY), nullable=False),
)

incident_attack_types = Table(
    "incident_attack_types",
    metadata,
    Column("incident_id", String(ID), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("attack_type", String(32), primary_key=True, index=True),
)

incident_target_types = Table(
    "incident_target_types",
    metadata,
    Column("incident_id", String(ID), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("target_type", String(32), primary_key=True, index=True),  # from targets and victims
)

tombstones = Table(
    "tombstones",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("survivor", String(ID)),
    Column("at", DateTime, nullable=False),
)

changes = Table(
    "changes",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),  # UTC, naive
    Column("kind", String(16), nullable=False),
    Column("incident_id", String(ID), nullable=False, index=True),
    Column("data", Text, nullable=False),
)

corrections = Table(
    "corrections",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("action", String(16), nullable=False),
    Column("data", Text, nullable=False),
)
