"""Turn raw text plus what its source says about it into a clean Article, or a Skipped with the reason."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pydantic import BaseModel

from strife.ingest.clean import clean_text
from strife.ingest.language import detect_language
from strife.model import Article, Skipped, article_id

MAX_TEXT_CHARS = 5_000_000  # an article's text above this is skipped, not truncated: no news report is 5 MB
MIN_WORDS = 5  # fewer words than this after cleaning is not an article (a paywall stub, a caption)
MAX_TITLE_CHARS = 200
_LANGUAGE_NAMES = {"english": "en", "eng": "en"}


class SourceMeta(BaseModel):
    """What a source says about one article (meta.jsonl, a JSON line, an HTML page's metadata, a feed item)."""

    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    language: str | None = None

    def merged(self, defaults: SourceMeta) -> SourceMeta:
        """These values, with `defaults` filling the ones this record lacks."""
        return SourceMeta(**{k: v if v is not None else getattr(defaults, k) for k, v in self})


def file_uri(path: Path, line: int | None = None, fragment: str = "L") -> str:
    """file:// URI of a local file's absolute path, with `#L<line>` for one record of it."""
    uri = path.resolve().as_uri()
    return f"{uri}#{fragment}{line}" if line is not None else uri


def make_article(text: str, meta: SourceMeta, where: str, line: int | None, fallback_uri: str) -> Article | Skipped:
    """Clean `text` (headline first), check size, emptiness and language, and build the Article with its stable id."""
    if len(text) > MAX_TEXT_CHARS:
        return Skipped(path=where, line=line, reason=f"text too large ({len(text) / 1e6:.1f} MB > 5 MB): not ingested")
    if not text.strip():
        return Skipped(path=where, line=line, reason="empty text")
    cleaned = clean_text(text)
    # A headline over a paywall or sign-up form is no article: the body must survive cleaning on its own.
    if len(cleaned.split()) < MIN_WORDS:
        return Skipped(path=where, line=line, reason=f"only boilerplate (< {MIN_WORDS} words of text)")
    title = _one_line(meta.title)
    if title and not _same_headline(cleaned.split("\n\n", 1)[0], title):
        cleaned = f"{title}\n\n{cleaned}"  # the headline goes first, once
    # A language the source declares is trusted (feeds and meta.jsonl know their own); else it is detected.
    language = _language_code(meta.language) or detect_language(cleaned)
    if language != "en":
        return Skipped(path=where, line=line, reason=f"not English (language: {language})")
    return Article(
        id=article_id(cleaned),
        uri=meta.url or fallback_uri,
        source=meta.source,
        title=title or _headline(cleaned),
        published=meta.published,
        text=cleaned,
        language=language,
    )


def _one_line(text: str | None) -> str | None:
    if not text:
        return None
    return clean_text(text).replace("\n\n", " ").strip() or None


def _same_headline(first: str, title: str) -> bool:
    """True when an article's first paragraph already is its title (give or take a site name or punctuation)."""
    from rapidfuzz import fuzz

    a, b = (re.sub(r"\W+", " ", x).strip().casefold() for x in (first, title))
    if a == b or (len(a) < 2 * len(b) and (a.startswith(b) or b.startswith(a))):
        return True
    return len(a) < 2 * len(b) and fuzz.token_set_ratio(a, b) >= 90


def _headline(cleaned: str) -> str | None:
    """The first paragraph when it reads as a headline (short, no closing full stop), else None."""
    first = cleaned.split("\n\n", 1)[0]
    if len(first) <= MAX_TITLE_CHARS and not first.endswith(".") and "\n\n" in cleaned:
        return first
    return None


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().lower()
    value = _LANGUAGE_NAMES.get(value, value)
    return re.split(r"[-_]", value)[0] or None
