"""A posted article body becomes the Article the pipeline ingests: text kept, HTML reduced to its main text."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi import HTTPException

from strife.api.routes_write import ArticleIn, to_article
from strife.model import article_id

PARAGRAPH = (
    "Unknown attackers set fire to a district office in the town of Exampleville late on Thursday, destroying the "
    "building and its records, the local governor told reporters on Friday morning."
)


def test_text_body_keeps_its_metadata_and_gets_a_stable_id() -> None:
    art = to_article(
        ArticleIn(
            text=PARAGRAPH,
            title="Office burned",
            url="https://example.org/a",
            source="Wire",
            published=dt.date(2020, 2, 7),
        )
    )
    assert art.id == article_id(art.text)
    assert art.uri == "https://example.org/a" and art.source == "Wire" and art.published == dt.date(2020, 2, 7)
    assert "district office" in art.text


def test_html_body_is_reduced_to_its_main_text() -> None:
    html = (
        "<html><head><title>Office burned</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Office burned</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH.replace('Thursday', 'Monday')}</p></article>"
        "<footer>Copyright Example News</footer></body></html>"
    )
    art = to_article(ArticleIn(html=html))
    assert "district office" in art.text
    assert "Copyright Example News" not in art.text
    assert art.uri == f"api:{art.id}"


def test_html_without_text_is_refused() -> None:
    with pytest.raises(HTTPException) as err:
        to_article(ArticleIn(html="<html><body><script>var x = 1;</script></body></html>"))
    assert err.value.status_code == 422


def test_a_body_needs_text_or_html() -> None:
    with pytest.raises(ValueError):
        ArticleIn(title="only a title")
