"""Turn stored records into the JSON the API returns: the DESIGN.md §3 contract for incidents."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

from fastapi.responses import JSONResponse

from strife.model import Article, Incident


@cache
def _incident_json() -> Callable[[Incident], dict[str, Any]]:
    """The export helper's contract writer when it is installed, else the plain model dump."""
    try:
        from strife.export.jsonl import incident_json
    except ImportError:
        return lambda inc: inc.model_dump(mode="json")
    return incident_json


def incident_out(inc: Incident, compact: bool = False) -> dict[str, Any]:
    """One incident as the contract object; `compact` drops its reports (the map and list need no evidence)."""
    if not compact:
        return _incident_json()(inc)
    obj = _incident_json()(inc.model_copy(update={"reports": []}))
    obj.pop("reports", None)
    obj["n_reports"] = len(inc.reports)
    return obj


def article_out(article: Article, with_text: bool = True) -> dict[str, Any]:
    """One article; listings leave the text out."""
    return article.model_dump(mode="json", exclude=None if with_text else {"text"})


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


try:  # orjson is several times faster on big pages; the stdlib is the fallback
    import orjson

    _dumps = orjson.dumps  # noqa: F811
except ImportError:  # pragma: no cover
    pass


class FastJSONResponse(JSONResponse):
    """A JSON response rendered directly (FastAPI's jsonable_encoder pass costs more than the query on big pages)."""

    def render(self, content: Any) -> bytes:
        return _dumps(content)


def json_response(obj: Any, status_code: int = 200, headers: dict[str, str] | None = None) -> FastJSONResponse:
    """`obj` (plain JSON types only) as a response, skipping FastAPI's re-encoding."""
    return FastJSONResponse(obj, status_code=status_code, headers=headers)
