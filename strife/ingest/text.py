"""Plain-text articles (.txt): decoded, cleaned, the first line taken as the headline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from strife.ingest.build import MAX_TEXT_CHARS, SourceMeta, file_uri, make_article
from strife.ingest.decode import decode_bytes
from strife.model import Article, Skipped


def read_text(path: Path, meta: SourceMeta) -> Iterator[Article | Skipped]:
    """The article in one text file."""
    size = path.stat().st_size
    if size > MAX_TEXT_CHARS:
        yield Skipped(path=str(path), reason=f"text too large ({size / 1e6:.1f} MB > 5 MB): not ingested")
        return
    yield text_article(path.read_bytes(), str(path), None, file_uri(path), meta)


def text_article(data: bytes, where: str, line: int | None, uri: str, meta: SourceMeta) -> Article | Skipped:
    """One Article from the bytes of a plain-text document."""
    decoded = decode_bytes(data)
    if decoded.text is None:
        return Skipped(path=where, line=line, reason=decoded.problem or "undecodable")
    return make_article(decoded.text, meta, where, line, uri)
