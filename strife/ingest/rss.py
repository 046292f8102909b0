"""RSS and Atom feed files: each item (title, link, date, content or description) is one article."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

from strife.ingest.build import SourceMeta, file_uri, make_article
from strife.ingest.dates import parse_published
from strife.ingest.html import fragment_text
from strife.model import Article, Skipped

MAX_FEED_BYTES = 50_000_000


def read_feed(path: Path, meta: SourceMeta) -> Iterator[Article | Skipped]:
    """Every item of a feed file; a file that is no feed at all is one Skipped."""
    if path.stat().st_size > MAX_FEED_BYTES:
        yield Skipped(path=str(path), reason=f"feed too large ({path.stat().st_size / 1e6:.1f} MB): not ingested")
        return
    yield from feed_articles(path.read_bytes(), str(path), file_uri(path), meta)


def feed_articles(data: bytes, where: str, base_uri: str, defaults: SourceMeta) -> Iterator[Article | Skipped]:
    """Articles from the bytes of an RSS/Atom document; `line` in a Skipped is the item's number (from 1)."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed ({problem})" if problem else "feed has no items"
        yield Skipped(path=where, reason=reason)
        return
    source = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, start=1):
        body = _entry_body(entry)
        if not body.strip():
            yield Skipped(path=where, line=n, reason="feed item without content or description")
            continue
        item_meta = SourceMeta(
            url=entry.get("link") or None,
            source=source,
            title=fragment_text(entry.get("title", "")) or None,
            published=_entry_date(entry),
            language=(entry.get("language") or feed.feed.get("language") or None),
        )
        yield make_article(body, defaults.merged(item_meta), where, n, f"{base_uri}#item{n}")


def _entry_body(entry: dict) -> str:
    """The fullest text an item carries: content:encoded / Atom content, else the description or summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    html = max(contents, key=len) if contents else entry.get("summary", "") or entry.get("description", "")
    return fragment_text(html)


def _entry_date(entry: dict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return parse_published(entry.get("published") or entry.get("updated"))
