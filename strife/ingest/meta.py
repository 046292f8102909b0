"""A folder's meta.jsonl: one JSON object a line giving `file`, `published`, `source`, `url`, `language`, `title`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from strife.ingest.build import SourceMeta
from strife.ingest.dates import parse_published
from strife.model import Skipped

META_NAME = "meta.jsonl"


@dataclass
class FolderMeta:
    """Metadata for the files of one folder, keyed by resolved path, and the meta.jsonl lines that were unreadable."""

    by_path: dict[Path, SourceMeta] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)


def load_meta(folder: Path) -> FolderMeta:
    """Read `folder/meta.jsonl` (an empty FolderMeta when there is none)."""
    meta_path = folder / META_NAME
    result = FolderMeta()
    if not meta_path.is_file():
        return result
    where = str(meta_path)
    try:
        raw = meta_path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        result.skipped.append(Skipped(path=where, reason=f"unreadable metadata file: {exc}"))
        return result
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            result.skipped.append(Skipped(path=where, line=n, reason=f"malformed JSON: {exc.msg}"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("file"), str):
            result.skipped.append(Skipped(path=where, line=n, reason="metadata line without a 'file' name"))
            continue
        result.by_path[(folder / record["file"]).resolve()] = meta_from_record(record)
    return result


def meta_from_record(record: dict[str, object]) -> SourceMeta:
    """SourceMeta from a JSON record, reading the usual names (and news-please's) for each field."""
    return SourceMeta(
        url=_text(record, "url", "link", "canonical_url"),
        source=_text(record, "source", "source_domain", "sitename", "publisher"),
        title=_text(record, "title", "headline"),
        published=parse_published(_first(record, "published", "date_publish", "date", "pubdate", "publish_date")),
        language=_text(record, "language", "lang"),
    )


def _first(record: dict[str, object], *names: str) -> object:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def _text(record: dict[str, object], *names: str) -> str | None:
    value = _first(record, *names)
    return value.strip() or None if isinstance(value, str) else None
