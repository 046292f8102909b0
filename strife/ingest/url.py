"""http(s) URLs given as inputs: fetched with httpx, then read as HTML, a feed or plain text by content type."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from strife.ingest.build import SourceMeta
from strife.ingest.html import MAX_HTML_BYTES, html_article
from strife.ingest.rss import feed_articles
from strife.ingest.text import text_article
from strife.model import Article, Skipped

if TYPE_CHECKING:
    import httpx

TIMEOUT_S = 20.0
USER_AGENT = "strife/0.1 (news incident extractor)"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")


def default_client() -> httpx.Client:
    """The HTTP client used for URL inputs (tests replace `client_factory` with one on an httpx.MockTransport)."""
    import httpx  # only when a URL is read

    return httpx.Client(timeout=TIMEOUT_S, follow_redirects=True, headers={"User-Agent": USER_AGENT})


client_factory: Callable[[], httpx.Client] = default_client


def is_url(value: str) -> bool:
    """True for an http:// or https:// address."""
    return value.lower().startswith(("http://", "https://"))


def read_url(url: str, client: httpx.Client | None = None) -> Iterator[Article | Skipped]:
    """The article (or feed items) at `url`; a network failure or HTTP error is a Skipped with the reason."""
    import httpx

    own = client is None
    client = client or client_factory()
    try:
        response = client.get(url)
    except httpx.HTTPError as exc:
        yield Skipped(path=url, reason=f"fetch failed: {type(exc).__name__}: {exc}")
        return
    finally:
        if own:
            client.close()
    if response.status_code >= 400:
        yield Skipped(path=url, reason=f"fetch failed: HTTP {response.status_code}")
        return
    data = response.content
    if len(data) > MAX_HTML_BYTES:
        yield Skipped(path=url, reason=f"response too large ({len(data) / 1e6:.1f} MB): not ingested")
        return
    final = str(response.url)
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    defaults = SourceMeta()
    if content_type in ("text/html", "application/xhtml+xml", ""):
        yield html_article(data, url, None, final, defaults, url=final)
    elif content_type in _FEED_TYPES:
        yield from feed_articles(data, url, final, defaults)
    elif content_type == "text/plain":
        yield text_article(data, url, None, final, SourceMeta(url=final))
    else:
        yield Skipped(path=url, reason=f"unsupported content type {content_type!r}")
