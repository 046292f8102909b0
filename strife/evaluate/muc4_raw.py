"""The original 1992 MUC-3/4 message files: split into documents, read each dateline's date and source."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_DOC_ID = re.compile(r"^((?:TST\d+-MUC\d|DEV-MUC3)-\d{4})\b[^\n]*$", re.M)  # "DEV-MUC3-0001 (NOSC)"
_DATELINE = re.compile(
    r"^\s*(?P<place>[^\n]*?),\s*(?P<day>\d{1,2})\s+(?P<mon>[A-Z]{3})\s+(?P<yy>\d{2})\s*(?:\((?P<source>[^)]*)\))?\s*--"
)
_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}


@dataclass
class RawDoc:
    """One MUC message: its id, dateline place/date/source when present, and the text with lines re-flowed."""

    docid: str
    text: str
    place: str | None = None
    published: dt.date | None = None
    source: str | None = None


def muc_date(day: int, month: str, yy: int) -> dt.date | None:
    """'4 FEB 90' → 1990-02-04 (two-digit years are 19xx); None when the parts make no date."""
    try:
        return dt.date(1900 + yy, _MONTHS[month.upper()], day)
    except (KeyError, ValueError):
        return None


def reflow(body: str) -> str:
    """Join the fixed-width lines of each paragraph; paragraphs stay separated by a blank line."""
    paragraphs = re.split(r"\n\s*\n", body.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs)


def parse_docs(text: str) -> Iterator[RawDoc]:
    """Every document in one message file's text."""
    marks = list(_DOC_ID.finditer(text))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        body = reflow(text[m.end() : end])
        doc = RawDoc(docid=m.group(1), text=body)
        head = _DATELINE.match(body)
        if head:
            doc.place = head.group("place").strip()
            doc.published = muc_date(int(head.group("day")), head.group("mon"), int(head.group("yy")))
            doc.source = (head.group("source") or "").strip() or None
        yield doc


def load_docs(paths: list[Path]) -> dict[str, RawDoc]:
    """docid → RawDoc over the given message files (latin-1: the 1992 files are not UTF-8 everywhere)."""
    out: dict[str, RawDoc] = {}
    for path in paths:
        for doc in parse_docs(path.read_text(encoding="latin-1")):
            out[doc.docid] = doc
    return out


def split_files(raw_dir: Path, split: str) -> tuple[list[Path], list[Path]]:
    """(text files, key files) of a split folder under muc4/raw: tst1, tst2 or dev."""
    folder = raw_dir / split
    files = sorted(p for p in folder.iterdir() if p.is_file())
    keys = [p for p in files if p.name.startswith("key")]
    texts = [p for p in files if not p.name.startswith("key") and "info" not in p.name]
    return texts, keys
