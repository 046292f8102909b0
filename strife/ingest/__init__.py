"""Ingest: every source format (txt, html, jsonl, warc, rss, url) in, clean Articles (or Skipped reasons) out.

`iter_articles` never raises for bad input: an empty, binary, non-UTF-8, non-English, huge, malformed or missing
input is a `Skipped` naming the file (and line or record) and the run goes on.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from strife.ingest.build import SourceMeta
from strife.ingest.clean import clean_text
from strife.ingest.formats import Format, detect_format
from strife.ingest.html import read_html
from strife.ingest.jsonl import read_jsonl
from strife.ingest.meta import META_NAME, FolderMeta, load_meta
from strife.ingest.rss import read_feed
from strife.ingest.text import read_text
from strife.ingest.url import is_url, read_url
from strife.ingest.warc import read_warc
from strife.model import Article, Skipped

__all__ = ["clean_text", "iter_articles", "expand_paths"]

Reader = Callable[[Path, SourceMeta], Iterator[Article | Skipped]]
_READERS: dict[Format, Reader] = {
    Format.text: read_text,
    Format.html: read_html,
    Format.jsonl: read_jsonl,
    Format.warc: read_warc,
    Format.feed: read_feed,
}
_GLOB_CHARS = set("*?[")


def iter_articles(paths: Sequence[str | Path]) -> Iterator[Article | Skipped]:
    """Articles from files, folders (recursive, sorted), globs and http(s) URLs, in input order.

    A folder's meta.jsonl gives metadata for its files and is not itself read as articles.
    """
    metas: dict[Path, FolderMeta] = {}
    for item in expand_paths(paths):
        if isinstance(item, Skipped):
            yield item
        elif isinstance(item, str):
            yield from _guarded(read_url(item), item)
        else:
            yield from _read_file(item, metas)


def expand_paths(paths: Sequence[str | Path]) -> Iterator[Path | str | Skipped]:
    """Input files in reading order, URLs as strings, and a Skipped for each input that names nothing."""
    for raw in paths:
        text = str(raw)
        if is_url(text):
            yield text
            continue
        path = Path(text).expanduser()
        if path.is_dir():
            files = list(_walk(path))
            if not files:
                yield Skipped(path=text, reason="folder holds no files")
            yield from files
        elif path.is_file():
            yield path
        elif _GLOB_CHARS & set(text):
            matches = sorted(glob.glob(os.path.expanduser(text), recursive=True))
            if not matches:
                yield Skipped(path=text, reason="no files match this pattern")
            for match in matches:
                found = Path(match)
                if found.is_dir():
                    yield from _walk(found)
                elif found.name != META_NAME:
                    yield found
        else:
            yield Skipped(path=text, reason="no such file or directory")


def _walk(folder: Path) -> Iterator[Path]:
    """Files under `folder`, sorted by path, skipping hidden entries and meta.jsonl files."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / f for f in files if not f.startswith(".") and f != META_NAME)
    yield from sorted(found)


def _read_file(path: Path, metas: dict[Path, FolderMeta]) -> Iterator[Article | Skipped]:
    folder = path.parent.resolve()
    if folder not in metas:
        metas[folder] = load_meta(folder)
        yield from metas[folder].skipped
    meta = metas[folder].by_path.get(path.resolve(), SourceMeta())
    try:
        fmt = detect_format(path)
    except OSError as exc:
        yield Skipped(path=str(path), reason=f"unreadable: {exc.strerror or exc}")
        return
    if fmt is None:
        yield Skipped(path=str(path), reason=f"unsupported file type ({path.suffix or 'no extension'})")
        return
    yield from _guarded(_READERS[fmt](path, meta), str(path))


def _guarded(items: Iterator[Article | Skipped], where: str) -> Iterator[Article | Skipped]:
    """Pass items through; an unexpected error ends this input with a Skipped instead of ending the run."""
    try:
        yield from items
    except Exception as exc:  # the promise: bad input never stops ingest
        yield Skipped(path=where, reason=f"unreadable: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
