"""Which reader a file needs: by extension first, then by sniffing its first bytes."""

from __future__ import annotations

import gzip
from enum import StrEnum
from pathlib import Path


class Format(StrEnum):
    """The source formats ingest reads."""

    text = "text"
    html = "html"
    jsonl = "jsonl"
    warc = "warc"
    feed = "feed"


_BY_SUFFIX = {
    ".txt": Format.text,
    ".text": Format.text,
    ".html": Format.html,
    ".htm": Format.html,
    ".xhtml": Format.html,
    ".jsonl": Format.jsonl,
    ".ndjson": Format.jsonl,
    ".json": Format.jsonl,
    ".warc": Format.warc,
    ".arc": Format.warc,
    ".rss": Format.feed,
    ".atom": Format.feed,
}
_SNIFF_BYTES = 2048


def detect_format(path: Path) -> Format | None:
    """The reader for `path`, or None when it is no format ingest reads."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return Format.warc
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return Format.jsonl
    fmt = _BY_SUFFIX.get(path.suffix.lower())
    if fmt is not None:
        return fmt
    head = _head(path)
    if head.startswith(b"WARC/"):
        return Format.warc
    lowered = head.lstrip().lower()
    if lowered.startswith(b"<?xml") or lowered.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return Format.feed if any(tag in lowered for tag in (b"<rss", b"<feed", b"<rdf:rdf")) else None
    if lowered.startswith((b"<!doctype html", b"<html")):
        return Format.html
    # Only a file with no extension is guessed to be plain text; README.md or data.csv in a folder are not articles.
    if not path.suffix and head and b"\x00" not in head:
        return Format.text
    return None


def _head(path: Path) -> bytes:
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if head.startswith(b"\x1f\x8b"):  # gzip: look inside (a WARC without the .warc.gz name)
        try:
            with gzip.open(path, "rb") as fh:
                return fh.read(_SNIFF_BYTES)
        except (OSError, EOFError):
            return head
    return head
