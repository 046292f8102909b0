"""Deterministic clustering: reports, taken in a content-derived order, join the best incident above threshold.

The order is `report_key` (publication date, event date, id), never the input order, so the same reports in any
order give the same clusters. Human merges are pre-joined groups; human splits and same-article pairs never join.
"""

from __future__ import annotations

from collections.abc import Mapping

from strife.model import Report

from .blocking import BlockIndex, country_of
from .constraints import Constraints, must_groups
from .score import THRESHOLD, THRESHOLD_NO_COUNTRY, VETO, Features, features, pair_score, report_key


def cluster(
    reports: list[Report], constraints: Constraints | None = None, texts: Mapping[str, str] | None = None
) -> list[list[Report]]:
    """Group reports into incidents; each cluster sorted by `report_key`, clusters sorted by their first report.
    `texts` (article id → text), when given, adds the articles' shared names to the evidence."""
    constraints = constraints or Constraints()
    by_id = {r.id: r for r in reports}
    ordered = sorted(by_id.values(), key=report_key)
    rank = {r.id: i for i, r in enumerate(ordered)}
    groups = must_groups([r.id for r in ordered], constraints)
    units = sorted(([by_id[i] for i in sorted(g, key=rank.__getitem__)] for g in groups), key=lambda u: rank[u[0].id])

    texts = texts or {}
    feats = {r.id: features(r, texts.get(r.article_id)) for r in ordered}
    clusters: list[list[Report]] = []
    index = BlockIndex()
    for unit in units:
        best, best_score = -1, VETO
        for k in sorted({k for r in unit for k in index.candidates(r)}):
            s = _link(unit, clusters[k], constraints, feats)
            if s > best_score:  # strict: ties go to the earlier cluster
                best, best_score = k, s
        need = THRESHOLD if all(country_of(r) for r in unit) else THRESHOLD_NO_COUNTRY
        if best >= 0 and best_score >= need:
            clusters[best].extend(unit)
            target = best
        else:
            clusters.append(list(unit))
            target = len(clusters) - 1
        for r in unit:
            index.add(target, r)
    return [sorted(c, key=report_key) for c in clusters]


def _link(unit: list[Report], members: list[Report], constraints: Constraints, feats: dict[str, Features]) -> float:
    """Single-link score between a unit and a cluster, vetoed by any forbidden pair (same article, human split)."""
    best = VETO
    for a in unit:
        for b in members:
            if a.article_id == b.article_id or constraints.apart(a.id, b.id):
                return VETO
            s = pair_score(a, b, feats[a.id], feats[b.id])
            if s == VETO:
                return VETO
            best = max(best, s)
    return best
