"""Run the lead's Extractor over benchmark documents (id, text, publication date) and time it."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

from strife.model import Article, Report, article_id


@dataclass
class ExtractionRun:
    """Reports per document id, and how long extraction took (warm-up excluded)."""

    reports: dict[str, list[Report]]
    seconds: float
    warm_up_seconds: float

    @property
    def docs_per_second(self) -> float:
        return len(self.reports) / self.seconds if self.seconds else 0.0


def article_for(docid: str, text: str, published: dt.date | None, uri_prefix: str) -> Article:
    """A benchmark document as an Article, its uri naming the benchmark and document."""
    return Article(id=article_id(text), uri=f"{uri_prefix}{docid}", source=uri_prefix.split(":")[0], text=text,
                   published=published)  # fmt: skip


def run_extractor(
    docs: Sequence[tuple[str, str, dt.date | None]], uri_prefix: str, progress: bool = True
) -> ExtractionRun:
    """Extract every document; a document the extractor fails on yields no reports and a line on stderr."""
    from tqdm import tqdm

    from strife.extract import Extractor

    extractor = Extractor()
    t0 = time.perf_counter()
    extractor.warm_up()
    warm = time.perf_counter() - t0
    out: dict[str, list[Report]] = {}
    t0 = time.perf_counter()
    bar = tqdm(docs, disable=None if progress else True, desc="extract", unit="doc", file=sys.stderr)  # None: tty only
    for docid, text, published in bar:
        try:
            out[docid] = extractor(article_for(docid, text, published, uri_prefix))
        except Exception as exc:  # a benchmark goes on past one bad document, and says so
            print(f"extraction failed on {docid}: {type(exc).__name__}: {exc}", file=sys.stderr)
            out[docid] = []
    return ExtractionRun(out, time.perf_counter() - t0, warm)


def extract_docs(docs: Sequence[tuple[str, str, dt.date | None]], uri_prefix: str) -> dict[str, list[Report]]:
    """Reports per document id (see run_extractor)."""
    return run_extractor(docs, uri_prefix).reports
