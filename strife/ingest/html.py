"""HTML pages through trafilatura: main text, title, publication date, canonical URL, site name."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from strife.ingest.build import SourceMeta, file_uri, make_article
from strife.ingest.dates import parse_published
from strife.ingest.decode import decode_bytes, html_charset
from strife.model import Article, Skipped

MAX_HTML_BYTES = 20_000_000  # a page larger than this is skipped before parsing
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article")

logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass(frozen=True)
class HtmlPage:
    """What trafilatura found in a page: the main text, and metadata (canonical URL, title, date, site)."""

    text: str
    meta: SourceMeta


def parse_html(data: bytes | str, url: str | None = None) -> HtmlPage | str:
    """Extract a page's main text and metadata; a string saying what went wrong when there is no article text."""
    import trafilatura  # heavy import, only when HTML is read

    if isinstance(data, bytes):
        decoded = decode_bytes(data, declared=html_charset(data))
        if decoded.text is None:
            return decoded.problem or "undecodable HTML"
        data = decoded.text
    if not data.strip():
        return "empty"
    try:
        doc = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": True, "original_date": True},
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        return f"malformed HTML ({type(exc).__name__}: {exc})"
    if doc is None or not (doc.text or "").strip():
        return "no article text found in the HTML"
    meta = SourceMeta(
        url=doc.url or url, source=doc.sitename, title=doc.title, published=parse_published(doc.date), language=None
    )
    return HtmlPage(text=doc.text, meta=meta)


def html_article(
    data: bytes | str, where: str, line: int | None, fallback_uri: str, defaults: SourceMeta, url: str | None = None
) -> Article | Skipped:
    """One Article from an HTML document; `defaults` (meta.jsonl, WARC headers) win over what the page says."""
    if len(data) > MAX_HTML_BYTES:
        return Skipped(path=where, line=line, reason=f"HTML too large ({len(data) / 1e6:.1f} MB): not ingested")
    page = parse_html(data, url=defaults.url or url)
    if isinstance(page, str):
        return Skipped(path=where, line=line, reason=page)
    return make_article(page.text, defaults.merged(page.meta), where, line, fallback_uri)


def read_html(path: Path, meta: SourceMeta) -> Iterator[Article | Skipped]:
    """The article in one .html/.htm file."""
    if path.stat().st_size > MAX_HTML_BYTES:
        yield Skipped(path=str(path), reason=f"HTML too large ({path.stat().st_size / 1e6:.1f} MB): not ingested")
        return
    yield html_article(path.read_bytes(), str(path), None, file_uri(path), meta)


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's description): block elements become paragraph breaks."""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # not markup after all
        return fragment
    for el in root.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    return root.text_content()
