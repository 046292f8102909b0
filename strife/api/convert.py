"""Turn stored records into the JSON the API returns: the DESIGN.md §3 contract for incidents."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

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
    obj = _incident_json()(inc)
    if compact:
        obj.pop("reports", None)
        obj["n_reports"] = len(inc.reports)
    return obj


def article_out(article: Article, with_text: bool = True) -> dict[str, Any]:
    """One article; listings leave the text out."""
    return article.model_dump(mode="json", exclude=None if with_text else {"text"})
