"""RSS/Atom feeds, WARC archives (built here with warcio) and http(s) URLs (httpx.MockTransport, no network)."""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import httpx
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import strife.ingest.url as url_mod
from strife.ingest import iter_articles
from strife.ingest.url import read_url
from strife.model import Article, Skipped

PARAS = [
    "KARACHI, Pakistan – Gunmen on a motorcycle opened fire on a police van in the Orangi Town area of Karachi on "
    "Wednesday, killing three policemen and wounding a passer-by, police said.",
    "A senior officer said the attackers escaped. A faction of the Pakistani Taliban claimed the shooting in a "
    "message to reporters.",
]


def _page(title: str, canonical: str | None = None, date: str | None = None) -> str:
    head = f"<title>{title}</title>"
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    if date:
        head += f'<meta property="article:published_time" content="{date}">'
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head>{head}</head><body><nav>Home | World</nav><article><h1>{title}</h1>{body}</article></body></html>"
    )


# ------------------------------------------------------------------------------------------------- feeds

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire: Asia</title><link>https://wire.example/</link><description>news</description>
<item><title>Police van attacked in Karachi</title><link>https://wire.example/karachi-van</link>
<pubDate>Thu, 14 Mar 2019 06:10:00 +0000</pubDate><description>Short teaser.</description>
<content:encoded><![CDATA[<p>{PARAS[0]}</p><p>{PARAS[1]}</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://wire.example/teaser</link>
<pubDate>Fri, 15 Mar 2019 06:10:00 +0000</pubDate><description>&lt;p&gt;{PARAS[1]}&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://wire.example/empty</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2019-03-14T00:00:00Z</updated>
<entry><title>Karachi shooting</title><link href="https://atom.example/k"/><id>urn:k</id>
<updated>2019-03-14T07:00:00Z</updated><content type="html">&lt;p&gt;{PARAS[0]}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "asia.xml"  # .xml is sniffed as a feed
    path.write_text(RSS)
    full, teaser, empty = list(iter_articles([path]))
    assert isinstance(full, Article) and isinstance(teaser, Article)
    assert full.uri == "https://wire.example/karachi-van"
    assert full.title == "Police van attacked in Karachi" and full.source == "Example Wire: Asia"
    assert full.published == dt.date(2019, 3, 14)
    assert full.text.split("\n\n") == ["Police van attacked in Karachi", *PARAS]  # content:encoded beats the teaser
    assert teaser.text.endswith(PARAS[1]) and "<p>" not in teaser.text
    assert isinstance(empty, Skipped) and empty.line == 3


def test_atom_feed(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM)
    (art,) = list(iter_articles([path]))
    assert isinstance(art, Article) and art.uri == "https://atom.example/k" and art.published == dt.date(2019, 3, 14)
    assert art.text == f"Karachi shooting\n\n{PARAS[0]}"


# -------------------------------------------------------------------------------------------------- WARC


def _warc(records: list[tuple[str, str, bytes, int]], gz: bool = True) -> bytes:
    """A WARC holding a warcinfo record, then one request + response per (url, content type, body, status)."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "strife-tests"}))
    for url, ctype, body, status in records:
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        headers = StatusAndHeaders(f"{status} X", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))
    return out.getvalue()


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_become_articles(tmp_path: Path, gz: bool) -> None:
    data = _warc(
        [
            ("https://news.example/a", "text/html; charset=utf-8", _page("Karachi van attack").encode(), 200),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\x00\x00", 200),
            ("https://news.example/gone", "text/html", b"<html>gone</html>", 404),
            ("https://news.example/empty", "text/html", b"<html><body></body></html>", 200),
            (
                "https://news.example/b",
                "text/html",
                _page("Second", canonical="https://news.example/b-canon", date="2019-03-14").encode(),
                200,
            ),
        ],
        gz=gz,
    )
    path = tmp_path / ("cc.warc.gz" if gz else "cc.warc")
    path.write_bytes(data)
    first, empty, second = list(iter_articles([path]))
    assert isinstance(first, Article) and first.uri == "https://news.example/a"
    assert first.text.split("\n\n") == ["Karachi van attack", *PARAS]
    assert isinstance(empty, Skipped) and empty.line == 9 and "no article text" in empty.reason
    assert isinstance(second, Article) and second.uri == "https://news.example/b-canon"
    assert second.published == dt.date(2019, 3, 14)


def test_warc_with_garbage_after_a_good_record(tmp_path: Path) -> None:
    data = _warc([("https://news.example/a", "text/html", _page("Karachi van attack").encode(), 200)], gz=False)
    path = tmp_path / "broken.warc"
    path.write_bytes(data + b"THIS IS NOT A WARC RECORD\r\n\r\n" * 3)
    art, skip = list(iter_articles([path]))
    assert isinstance(art, Article)
    assert isinstance(skip, Skipped) and skip.line == 4 and "malformed WARC record" in skip.reason


# --------------------------------------------------------------------------------------------------- URLs


def _handler(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/story":
        page = _page("Karachi van attack", canonical="https://news.example/story")
        return httpx.Response(200, html=page)
    if request.url.path == "/feed":
        return httpx.Response(200, content=RSS.encode(), headers={"content-type": "application/rss+xml"})
    if request.url.path == "/plain":
        return httpx.Response(200, text="Van attack\n\n" + "\n\n".join(PARAS))
    if request.url.path == "/pdf":
        return httpx.Response(200, content=b"%PDF-1.4", headers={"content-type": "application/pdf"})
    if request.url.path == "/down":
        raise httpx.ConnectError("connection refused", request=request)
    return httpx.Response(404, text="not found")


@pytest.fixture()
def mock_http(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url_mod, "client_factory", lambda: httpx.Client(transport=httpx.MockTransport(_handler)))


def test_url_inputs(mock_http: None) -> None:
    items = list(
        iter_articles(
            [
                "https://news.example/story",
                "https://news.example/feed",
                "https://news.example/plain",
                "https://news.example/pdf",
                "https://news.example/down",
                "https://news.example/missing",
            ]
        )
    )
    story, feed1, feed2, feed3, plain, pdf, down, missing = items
    assert isinstance(story, Article) and story.uri == "https://news.example/story"
    assert story.text.split("\n\n") == ["Karachi van attack", *PARAS]
    assert isinstance(feed1, Article) and isinstance(feed2, Article) and isinstance(feed3, Skipped)
    assert isinstance(plain, Article) and plain.uri == "https://news.example/plain"
    assert isinstance(pdf, Skipped) and "application/pdf" in pdf.reason
    assert isinstance(down, Skipped) and down.path == "https://news.example/down" and "ConnectError" in down.reason
    assert isinstance(missing, Skipped) and "HTTP 404" in missing.reason


def test_read_url_with_an_explicit_client() -> None:
    client = httpx.Client(transport=httpx.MockTransport(_handler))
    (art,) = list(read_url("https://news.example/story", client=client))
    assert isinstance(art, Article)
    assert not client.is_closed  # a caller's client is left open for reuse
