"""WARC and WARC.gz files (Common Crawl News): each HTML response record is one article, through trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from strife.ingest.build import SourceMeta, file_uri
from strife.ingest.html import MAX_HTML_BYTES, html_article
from strife.model import Article, Skipped

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, meta: SourceMeta) -> Iterator[Article | Skipped]:
    """Every HTML response in a WARC file. `line` in a Skipped is the record's number (from 1).

    Other records (requests, metadata, images, redirects) are not articles and pass silently. A record the
    reader cannot parse ends the file, since WARC has no way to find the next record after a broken one.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    n = 0
    with path.open("rb") as fh:
        records = iter(ArchiveIterator(fh, arc2warc=path.name.lower().endswith((".arc", ".arc.gz"))))
        while True:
            n += 1
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
                yield Skipped(
                    path=where, line=n, reason=f"malformed WARC record: {_one_line(exc)}; rest of file not read"
                )
                return
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode()
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if status != "200" or not content_type.startswith(_HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                data = record.content_stream().read(MAX_HTML_BYTES + 1)
            except Exception as exc:  # a bad gzip/chunked body spoils this record only
                yield Skipped(path=where, line=n, reason=f"unreadable WARC record body: {_one_line(exc)}")
                continue
            yield html_article(data, where, n, url or file_uri(path, n, fragment="record"), meta, url=url)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]
