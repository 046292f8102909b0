"""Write endpoints (403 unless the app has a token and the request carries it as `Authorization: Bearer`):
ingest one article, merge incidents, split an incident."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path
from pydantic import BaseModel, Field, model_validator

from strife.api import curation
from strife.api.auth import require_token
from strife.api.convert import incident_out
from strife.api.deps import get_store
from strife.model import Article, article_id
from strife.store import Store

router = APIRouter(prefix="/api", tags=["write"], dependencies=[Depends(require_token)])

StoreDep = Annotated[Store, Depends(get_store)]


class ArticleIn(BaseModel):
    """One article to ingest: clean `text` or raw `html` (the main text is extracted), plus what is known of it."""

    text: str | None = Field(None, max_length=1_000_000)
    html: str | None = Field(None, max_length=2_000_000)
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    published: date | None = None
    source: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _has_body(self) -> ArticleIn:
        if not (self.text and self.text.strip()) and not (self.html and self.html.strip()):
            raise ValueError("give `text` or `html`")
        return self


class MergeIn(BaseModel):
    incident_ids: list[Annotated[str, Field(max_length=200)]] = Field(min_length=2, max_length=100)
    why: str | None = Field(None, max_length=2000)
    who: str = Field("api", max_length=200)


class SplitIn(BaseModel):
    report_ids: list[Annotated[str, Field(max_length=200)]] = Field(min_length=1, max_length=1000)
    why: str | None = Field(None, max_length=2000)
    who: str = Field("api", max_length=200)


def to_article(body: ArticleIn) -> Article:
    """The Article a posted body stands for (HTML goes through trafilatura; text is cleaned like ingested text)."""
    text = body.text
    if not (text and text.strip()):
        import trafilatura

        text = trafilatura.extract(body.html or "", include_comments=False) or ""
        if not text.strip():
            raise HTTPException(422, "no article text found in the html")
    try:
        from strife.ingest.clean import clean_text
    except ImportError:  # ingest stage not installed: keep the text as given
        pass
    else:
        text = clean_text(text)
    aid = article_id(text)
    return Article(
        id=aid, uri=body.url or f"api:{aid}", source=body.source, title=body.title, published=body.published, text=text
    )


@router.post("/articles", status_code=201)
def post_article(body: ArticleIn, store: StoreDep) -> dict[str, Any]:
    """Ingest one article: extract its reports and update the incidents they belong to."""
    from strife.pipeline import run_articles

    article = to_article(body)
    stats = run_articles([article], store, progress=False)
    return {
        "article_id": article.id,
        "new": stats.articles_new > 0,
        "duplicates": stats.duplicates,
        "reports": stats.reports,
        "incidents_changed": stats.incidents_changed,
        "skipped": [str(s) for s in stats.skipped],
    }


def _result(incidents: list[Any], removed: dict[str, str | None]) -> dict[str, Any]:
    return {"incidents": [incident_out(i, compact=True) for i in incidents], "removed": removed}


@router.post("/incidents/merge")
def merge_incidents(body: MergeIn, store: StoreDep) -> dict[str, Any]:
    """Merge incidents into one; merged-away ids answer 301 to the survivor afterwards."""
    try:
        return _result(*curation.merge(store, body.incident_ids, body.who, body.why))
    except curation.CurationError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.post("/incidents/{incident_id}/split")
def split_incident(incident_id: Annotated[str, Path(max_length=200)], body: SplitIn, store: StoreDep) -> dict[str, Any]:
    """Split the given reports off an incident into their own incident(s)."""
    try:
        return _result(*curation.split(store, incident_id, body.report_ids, body.who, body.why))
    except curation.CurationError as exc:
        raise HTTPException(422, str(exc)) from exc
