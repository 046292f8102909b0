"""Full-text search over article text and incident summaries: SQLite FTS5, PostgreSQL tsvector + GIN.

Both indexes are kept by the database itself (FTS5 triggers; PostgreSQL generated columns), created by the
migrations from the DDL below. User text never reaches SQL as syntax: on SQLite it is rebuilt into a quoted FTS5
query, on PostgreSQL it goes through `websearch_to_tsquery`, which accepts any input.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, column, false, literal_column, or_, select, text
from sqlalchemy.sql.elements import TextClause

from strife.store.tables import incident_reports, incidents

MAX_QUERY_CHARS = 2_000
MAX_TERMS = 32
TSV_CHARS = 200_000  # PostgreSQL caps a tsvector at 1 MB; index the first this many characters of a text

SQLITE_DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE VIRTUAL TABLE incident_fts USING fts5(search_text, content='incidents', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER incidents_fts_ai AFTER INSERT ON incidents BEGIN "
    "INSERT INTO incident_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "CREATE TRIGGER incidents_fts_ad AFTER DELETE ON incidents BEGIN "
    "INSERT INTO incident_fts(incident_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER incidents_fts_au AFTER UPDATE ON incidents BEGIN "
    "INSERT INTO incident_fts(incident_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
    "INSERT INTO incident_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
)
SQLITE_DROP: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS articles_fts_ai",
    "DROP TRIGGER IF EXISTS articles_fts_ad",
    "DROP TRIGGER IF EXISTS articles_fts_au",
    "DROP TRIGGER IF EXISTS incidents_fts_ai",
    "DROP TRIGGER IF EXISTS incidents_fts_ad",
    "DROP TRIGGER IF EXISTS incidents_fts_au",
    "DROP TABLE IF EXISTS article_fts",
    "DROP TABLE IF EXISTS incident_fts",
)
# FTS5 external-content indexes are keyed by rowid, which only VACUUM renumbers: run this after a VACUUM.
SQLITE_REBUILD: tuple[str, ...] = (
    "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
    "INSERT INTO incident_fts(incident_fts) VALUES ('rebuild')",
)

PG_DDL: tuple[str, ...] = (
    "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    f"(to_tsvector('english'::regconfig, left(coalesce(title, '') || ' ' || text, {TSV_CHARS}))) STORED",
    "CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)",
    "ALTER TABLE incidents ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    f"(to_tsvector('english'::regconfig, left(search_text, {TSV_CHARS}))) STORED",
    "CREATE INDEX ix_incidents_tsv ON incidents USING gin (tsv)",
)
PG_DROP: tuple[str, ...] = (
    "DROP INDEX IF EXISTS ix_incidents_tsv",
    "ALTER TABLE incidents DROP COLUMN IF EXISTS tsv",
    "DROP INDEX IF EXISTS ix_articles_tsv",
    "ALTER TABLE articles DROP COLUMN IF EXISTS tsv",
)

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


def fts5_query(user_text: str) -> str | None:
    """User search text → a safe FTS5 query with web-search meaning: words AND-ed, "quoted phrases", `OR`,
    `-excluded`. Every term is emitted as a double-quoted string, so no FTS5 syntax can come from the user.
    None when nothing searchable is left (the search then matches nothing, as on PostgreSQL)."""
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for m in _TOKEN.finditer(user_text[:MAX_QUERY_CHARS].replace("\x00", " ")):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare is not None and bare == "OR":
            pending_or = bool(positive)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            neg, bare = "-", bare[1:]
        words = _WORD.findall(phrase if phrase is not None else bare or "")
        if not words:
            continue
        term = '"' + " ".join(words) + '"'  # \w+ words hold no double quote, so the quoting is safe
        if neg:
            negative.append(term)
        elif pending_or and positive:
            positive[-1] = f"{positive[-1]} OR {term}"
            pending_or = False
        else:
            positive.append(term)
        if len(positive) + len(negative) >= MAX_TERMS:
            break
    if not positive:
        return None
    query = " AND ".join(f"({p})" for p in positive)
    if negative:
        query = f"{query} NOT ({' OR '.join(negative)})"
    return query


def pg_query_text(user_text: str) -> str:
    """User search text, bounded and NUL-free, for `websearch_to_tsquery` (which accepts anything else)."""
    return user_text[:MAX_QUERY_CHARS].replace("\x00", " ")


def _textual(sql: str, **params: str) -> TextClause:
    return text(sql).bindparams(**params)


def match_clause(dialect: str, user_text: str) -> ColumnElement[bool]:
    """A WHERE clause on `incidents`: its own search text or the text of one of its articles matches."""
    if dialect == "sqlite":
        q = fts5_query(user_text)
        if q is None:
            return false()
        own = literal_column("incidents.rowid").in_(
            _textual("SELECT rowid FROM incident_fts WHERE incident_fts MATCH :fts_inc", fts_inc=q).columns(
                column("rowid")
            )
        )
        art_ids = _textual(
            "SELECT id FROM articles WHERE rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH :fts_art)",
            fts_art=q,
        ).columns(column("id"))
    elif dialect == "postgresql":
        q = pg_query_text(user_text)
        own = _textual("incidents.tsv @@ websearch_to_tsquery('english'::regconfig, :fts_inc)", fts_inc=q)
        art_ids = _textual(
            "SELECT id FROM articles WHERE tsv @@ websearch_to_tsquery('english'::regconfig, :fts_art)", fts_art=q
        ).columns(column("id"))
    else:
        raise ValueError(f"no full-text search for dialect {dialect!r}")
    via_articles = incidents.c.id.in_(
        select(incident_reports.c.incident_id).where(incident_reports.c.article_id.in_(art_ids))
    )
    return or_(own, via_articles)
