"""JSON lines (.jsonl, .ndjson, .jsonl.gz): one article a line with `text` or `html`, and optional `title`, `url`,
`published`, `source`, `language` (news-please names such as `maintext` and `date_publish` are read too).
A .json file holding one array (or one object) of such records is read as well.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from strife.ingest.build import SourceMeta, file_uri, make_article
from strife.ingest.html import html_article
from strife.ingest.meta import meta_from_record
from strife.model import Article, Skipped

_TEXT_FIELDS = ("text", "maintext", "body", "content")
_HTML_FIELDS = ("html", "raw_html")


def read_jsonl(path: Path, meta: SourceMeta) -> Iterator[Article | Skipped]:
    """Every article of a JSON-lines file; a malformed line is a Skipped naming the file and line."""
    with path.open("rb") as fh:
        head = fh.read(64).lstrip()
    if path.suffix.lower() == ".json" and head[:1] in (b"[", b"{") and not _is_jsonl(path):
        yield from _read_json_document(path, meta)
        return
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as fh:
        yield from _records(path, meta, ((n, raw) for n, raw in enumerate(fh, start=1)))


def _is_jsonl(path: Path) -> bool:
    """True when the first line of the file is a complete JSON value (so the file is JSON lines)."""
    with path.open("rb") as fh:
        first = fh.readline()
    try:
        json.loads(first)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return True


def _read_json_document(path: Path, meta: SourceMeta) -> Iterator[Article | Skipped]:
    try:
        data = json.loads(path.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        yield Skipped(path=str(path), reason=f"malformed JSON: {exc}")
        return
    items = data if isinstance(data, list) else [data]
    for n, item in enumerate(items, start=1):
        yield record_article(item, path, n, meta)


def _records(path: Path, meta: SourceMeta, lines: Iterable[tuple[int, bytes]]) -> Iterator[Article | Skipped]:
    for n, raw in lines:
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
        except UnicodeDecodeError:
            yield Skipped(path=str(path), line=n, reason="line is not valid UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield Skipped(path=str(path), line=n, reason=f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        yield record_article(record, path, n, meta)


def record_article(record: object, path: Path, line: int, defaults: SourceMeta) -> Article | Skipped:
    """One Article from one JSON record; the record's own fields win over the folder's meta.jsonl."""
    where = str(path)
    if not isinstance(record, dict):
        return Skipped(path=where, line=line, reason=f"expected a JSON object, got {type(record).__name__}")
    meta = meta_from_record(record).merged(defaults)
    fallback = file_uri(path, line)
    text = _field(record, _TEXT_FIELDS)
    if text is not None:
        return make_article(text, meta, where, line, fallback)
    html = _field(record, _HTML_FIELDS)
    if html is not None:
        return html_article(html, where, line, fallback, meta, url=meta.url)
    if any(name in record for name in _TEXT_FIELDS + _HTML_FIELDS):
        return Skipped(path=where, line=line, reason="empty text")
    return Skipped(path=where, line=line, reason="no 'text' or 'html' field")


def _field(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None
