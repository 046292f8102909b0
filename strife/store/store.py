"""The Store: articles, reports, incidents, tombstones, the change log and corrections, on SQLite or PostgreSQL.

Model objects are kept as their pydantic JSON plus the indexed columns that filters read (see tables.py). Every
write runs in a transaction; `transaction()` groups many writes into one, so a failed batch leaves earlier data
as it was and a crash loses no committed work.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, bindparam, delete, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

from strife.config import db_url
from strife.model import Article, Change, Correction, Incident, IncidentQuery, Report
from strife.store import migrate, query, rows, search
from strife.store import tables as tb
from strife.store.engine import make_engine, normalise_url

CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's bound-parameter limits
BATCH = 500  # rows per round trip when iterating
MAX_TOMBSTONE_HOPS = 1_000
MIGRATION_LOCK = 0x5157_1FE0  # PostgreSQL advisory-lock key held while migrating
LINK_TABLES: tuple[Table, ...] = (
    tb.incident_reports,
    tb.incident_groups,
    tb.incident_attack_types,
    tb.incident_target_types,
)

T = TypeVar("T")


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _aware(when: dt.datetime) -> dt.datetime:
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when


class Store:
    """Persistent home of everything the pipeline makes; one object per database URL, safe to share by threads."""

    def __init__(self, url: str | None = None) -> None:
        self.url = normalise_url(db_url(url))
        self._engine: Engine | None = None
        self._ready = False
        self._lock = threading.RLock()
        self._local = threading.local()  # the connection of the transaction open in this thread, if any

    def __reduce__(self) -> tuple[type[Store], tuple[str]]:
        # Pickles as its URL (engines, locks and connections do not travel): Ray workers reopen the same database.
        return (Store, (self.url,))

    # ------------------------------------------------------------------------------------------ plumbing

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = make_engine(self.url)
        return self._engine

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    def init(self) -> None:
        """Create or upgrade the schema to the newest migration; cheap and idempotent."""
        with self._lock:
            if self._ready:
                return
            with self.engine.connect() as conn:
                conn = conn.execution_options(sqlite_immediate=True)
                with conn.begin():
                    if conn.dialect.name == "postgresql":  # parallel workers starting at once migrate one by one
                        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                    migrate.upgrade(conn)
            self._ready = True

    def close(self) -> None:
        """Release pooled connections (the Store can still be used; it reconnects)."""
        if self._engine is not None:
            self._engine.dispose()

    def rebuild_search_index(self) -> None:
        """Rebuild SQLite's FTS5 indexes from their tables (needed only after a VACUUM renumbered rowids);
        PostgreSQL's tsvector columns are always current, so there it does nothing."""
        if self.dialect == "sqlite":
            with self._write() as conn:
                for statement in search.SQLITE_REBUILD:
                    conn.execute(text(statement))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all; a nested call joins the open transaction."""
        if getattr(self._local, "conn", None) is not None:
            yield
            return
        self.init()
        with self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                self._local.conn = conn
                try:
                    yield
                finally:
                    self._local.conn = None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.transaction():
            yield self._local.conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        current: Connection | None = getattr(self._local, "conn", None)
        if current is not None:  # see this thread's uncommitted writes
            yield current
            return
        self.init()
        with self.engine.connect() as conn:
            yield conn

    def _insert(self, table: Table) -> Insert:
        dialect = postgresql if self.dialect == "postgresql" else sqlite
        return dialect.insert(table)

    def _iter_data(self, table: Table, extra: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
        """Rows of `table` (data and `extra` columns) in id order, a batch per connection (keyset pagination)."""
        last: str | None = None
        while True:
            stmt = select(table.c.id, table.c.data, *extra).order_by(table.c.id).limit(BATCH)
            if last is not None:
                stmt = stmt.where(table.c.id > last)
            with self._read() as conn:
                batch = conn.execute(stmt).all()
            if not batch:
                return
            yield from batch
            last = batch[-1][0]

    # ------------------------------------------------------------------------------------------ articles

    def add_article(self, article: Article) -> bool:
        """Store a new article; False (and no change) if its id is already stored."""
        stmt = self._insert(tb.articles).values(**rows.article_row(article))
        stmt = stmt.on_conflict_do_nothing(index_elements=["id"]).returning(tb.articles.c.id)
        with self._write() as conn:
            return conn.execute(stmt).first() is not None  # rowcount is not reliable across drivers here

    def get_article(self, article_id: str) -> Article | None:
        with self._read() as conn:
            row = conn.execute(
                select(tb.articles.c.data, tb.articles.c.text).where(tb.articles.c.id == article_id)
            ).first()
        return rows.article_from_row(row.data, row.text) if row else None

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, in id order, without holding a transaction open between batches."""
        for _id, data, body in self._iter_data(tb.articles, (tb.articles.c.text,)):
            yield rows.article_from_row(data, body)

    def count_articles(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(tb.articles)).scalar_one())

    # ------------------------------------------------------------------------------------------- reports

    def save_reports(self, article_id: str, reports: list[Report]) -> None:
        """Replace the article's reports as a whole with `reports` (an empty list removes them)."""
        wrong = [r.id for r in reports if r.article_id != article_id]
        if wrong:
            raise ValueError(f"reports {wrong[:3]} do not belong to article {article_id}")
        with self._write() as conn:
            conn.execute(delete(tb.reports).where(tb.reports.c.article_id == article_id))
            ids = [r.id for r in reports]
            for chunk in _chunks(ids):  # a report id moving here from another article moves, not clashes
                conn.execute(delete(tb.reports).where(tb.reports.c.id.in_(chunk)))
            if reports:
                conn.execute(tb.reports.insert(), [rows.report_row(r) for r in {r.id: r for r in reports}.values()])

    def get_reports(self, report_ids: list[str] | None = None, article_id: str | None = None) -> list[Report]:
        """Reports by id (in the order asked, missing ones left out), or of one article, or all (by id)."""
        base = select(tb.reports.c.id, tb.reports.c.data)
        if article_id is not None:
            base = base.where(tb.reports.c.article_id == article_id)
        with self._read() as conn:
            if report_ids is None:
                found = {r.id: r.data for r in conn.execute(base.order_by(tb.reports.c.id))}
                return [Report.model_validate_json(d) for d in found.values()]
            found = {}
            for chunk in _chunks(list(dict.fromkeys(report_ids))):
                found.update({r.id: r.data for r in conn.execute(base.where(tb.reports.c.id.in_(chunk)))})
        return [Report.model_validate_json(found[i]) for i in dict.fromkeys(report_ids) if i in found]

    def reports_in_block(
        self, country_code: str | None, date_from: dt.date | None, date_to: dt.date | None
    ) -> list[Report]:
        """Reports in one resolution block: this country (None → no country) and a date overlapping the window.

        Without a window (both ends None) every report of the country comes back, undated ones included; with one,
        undated reports are left out. Ordered by id, so resolution sees the same input every time."""
        r = tb.reports.c
        cond = [r.country_code.is_(None) if country_code is None else r.country_code == country_code]
        if date_from is not None:
            cond.append(r.date_to >= date_from)
        if date_to is not None:
            cond.append(r.date_from <= date_to)
        with self._read() as conn:
            data = conn.execute(select(tb.reports.c.data).where(*cond).order_by(tb.reports.c.id)).scalars().all()
        return [Report.model_validate_json(d) for d in data]

    # ----------------------------------------------------------------------------------------- incidents

    def save_incidents(self, incidents: list[Incident], removed: dict[str, str | None] | None = None) -> None:
        """Upsert incidents by id; delete each removed id, leaving a tombstone that points to its survivor.

        `created_at` is kept from the stored row (else the incident's, else now); `updated_at` is set to now.
        An id both saved and removed is kept. Writes go in batches: a few statements per 500 incidents."""
        now = _utcnow()
        latest = {inc.id: inc for inc in incidents}  # the last copy of an id wins
        gone = {k: v for k, v in (removed or {}).items() if k not in latest}
        inc_t = tb.incidents
        with self._write() as conn:
            for chunk in _chunks(list(gone)):
                self._delete_links(conn, chunk)
                conn.execute(delete(inc_t).where(inc_t.c.id.in_(chunk)))
            if gone:
                stmt = self._insert(tb.tombstones)
                stmt = stmt.on_conflict_do_update(
                    index_elements=["id"], set_={"survivor": stmt.excluded.survivor, "at": stmt.excluded.at}
                )
                conn.execute(stmt, [{"id": k, "survivor": v, "at": now} for k, v in gone.items()])
            created: dict[str, dt.datetime] = {}
            for chunk in _chunks(list(latest)):
                self._delete_links(conn, chunk)
                conn.execute(delete(tb.tombstones).where(tb.tombstones.c.id.in_(chunk)))  # an id may come back
                stmt = select(inc_t.c.id, inc_t.c.created_at).where(inc_t.c.id.in_(chunk))
                created.update({r.id: r.created_at for r in conn.execute(stmt)})
            new_rows: list[dict[str, Any]] = []
            old_rows: list[dict[str, Any]] = []
            links: dict[str, list[dict[str, Any]]] = {t.name: [] for t in LINK_TABLES}
            for inc in latest.values():
                born = created.get(inc.id) or (rows.utc_naive(inc.created_at) if inc.created_at else now)
                inc = inc.model_copy(update={"created_at": _aware(born), "updated_at": _aware(now)})
                row = rows.incident_row(inc)
                if inc.id in created:
                    row["_id"] = row.pop("id")
                    old_rows.append(row)
                else:
                    new_rows.append(row)
                for name, link_rows in rows.link_rows(inc).items():
                    links[name] += link_rows
            if new_rows:
                conn.execute(inc_t.insert(), new_rows)
            if old_rows:
                conn.execute(update(inc_t).where(inc_t.c.id == bindparam("_id")), old_rows)
            for table in LINK_TABLES:
                if links[table.name]:
                    conn.execute(table.insert(), links[table.name])

    def _delete_links(self, conn: Connection, incident_ids: Sequence[str]) -> None:
        for table in LINK_TABLES:  # explicit, not only ON DELETE CASCADE: correct even with FK checks off
            conn.execute(delete(table).where(table.c.incident_id.in_(incident_ids)))

    def get_incident(self, incident_id: str) -> Incident | None:
        with self._read() as conn:
            data = conn.execute(
                select(tb.incidents.c.data).where(tb.incidents.c.id == incident_id)
            ).scalar_one_or_none()
        return Incident.model_validate_json(data) if data is not None else None

    def tombstone(self, incident_id: str) -> str | None:
        """Where a merged-away id went: its survivor, followed through later merges; None if deleted or unknown."""
        survivor: str | None = None
        current, seen = incident_id, {incident_id}
        with self._read() as conn:
            for _ in range(MAX_TOMBSTONE_HOPS):
                row = conn.execute(select(tb.tombstones.c.survivor).where(tb.tombstones.c.id == current)).first()
                if row is None:
                    break
                survivor = row.survivor
                if survivor is None or survivor in seen:
                    break
                seen.add(survivor)
                current = survivor
        return survivor

    def incidents_for_reports(self, report_ids: list[str]) -> list[Incident]:
        """The incidents that hold any of these reports, by id."""
        found: dict[str, str] = {}
        with self._read() as conn:
            for chunk in _chunks(list(dict.fromkeys(report_ids))):
                inner = select(tb.incident_reports.c.incident_id).where(tb.incident_reports.c.report_id.in_(chunk))
                stmt = select(tb.incidents.c.id, tb.incidents.c.data).where(tb.incidents.c.id.in_(inner))
                found.update({r.id: r.data for r in conn.execute(stmt)})
        return [Incident.model_validate_json(found[i]) for i in sorted(found)]

    def query_incidents(self, q: IncidentQuery) -> tuple[list[Incident], int]:
        """One page of incidents matching every filter in `q`, in `q.sort` order, and the total that match.

        Text filters compare case-insensitively and exactly (no wildcards); `limit` is held to 0..10,000 and a
        negative `offset` reads as 0; an unknown `sort` raises ValueError."""
        page, total = query.page_and_count(q, self.dialect)
        with self._read() as conn:
            ids = conn.execute(page).scalars().all()
            count = int(conn.execute(total).scalar_one())
            found = self._incident_data(conn, ids)
        return [Incident.model_validate_json(found[i]) for i in ids if i in found], count

    def _incident_data(self, conn: Connection, ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in _chunks(ids):
            stmt = select(tb.incidents.c.id, tb.incidents.c.data).where(tb.incidents.c.id.in_(chunk))
            found.update({r.id: r.data for r in conn.execute(stmt)})
        return found

    def iter_incidents(self) -> Iterator[Incident]:
        """Every stored incident, in id order, without holding a transaction open between batches."""
        for _id, data in self._iter_data(tb.incidents):
            yield Incident.model_validate_json(data)

    def count_incidents(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(tb.incidents)).scalar_one())

    # ------------------------------------------------------------------------- change log and corrections

    def add_changes(self, changes: Iterable[Change]) -> None:
        batch = [rows.change_row(c) for c in changes]
        if batch:
            with self._write() as conn:
                conn.execute(tb.changes.insert(), batch)

    def changes(self, since: dt.datetime | None = None) -> list[Change]:
        """The change log in the order it was written; with `since`, only entries strictly after it
        (a naive `since` is read as UTC)."""
        stmt = select(tb.changes.c.data).order_by(tb.changes.c.at, tb.changes.c.seq)
        if since is not None:
            stmt = stmt.where(tb.changes.c.at > rows.utc_naive(since))
        with self._read() as conn:
            data = conn.execute(stmt).scalars().all()
        return [Change.model_validate_json(d) for d in data]

    def add_correction(self, correction: Correction) -> None:
        with self._write() as conn:
            conn.execute(tb.corrections.insert().values(**rows.correction_row(correction)))

    def corrections(self) -> list[Correction]:
        """Every human correction, oldest first."""
        with self._read() as conn:
            data = conn.execute(select(tb.corrections.c.data).order_by(tb.corrections.c.seq)).scalars().all()
        return [Correction.model_validate_json(d) for d in data]
