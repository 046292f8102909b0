"""Human corrections as clustering constraints: reports that must share an incident, and reports kept apart."""

from __future__ import annotations

from dataclasses import dataclass, field

from strife.model import Correction


@dataclass
class Constraints:
    """must: pairs of report ids a human merged; cannot: pairs a human split apart (later decisions win)."""

    must: set[frozenset[str]] = field(default_factory=set)
    cannot: set[frozenset[str]] = field(default_factory=set)

    def apart(self, a: str, b: str) -> bool:
        """True when a human said reports `a` and `b` are different incidents."""
        return frozenset((a, b)) in self.cannot


def from_corrections(corrections: list[Correction]) -> Constraints:
    """Replay corrections oldest first: a merge links every listed report; a split cuts the first from the rest."""
    out = Constraints()
    for c in sorted(corrections, key=lambda c: (c.at, c.action, c.report_ids)):
        ids = list(dict.fromkeys(c.report_ids))
        if len(ids) < 2:
            continue
        if c.action == "merge":
            pairs = {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :]}
            out.must |= pairs
            out.cannot -= pairs
        elif c.action == "split":
            pairs = {frozenset((ids[0], b)) for b in ids[1:]}
            out.cannot |= pairs
            out.must -= pairs
        else:
            raise ValueError(f"unknown correction action {c.action!r}")
    return out


def must_groups(report_ids: list[str], constraints: Constraints) -> list[list[str]]:
    """Partition `report_ids` (sorted) into groups joined by must-links (union-find), each group sorted."""
    parent = {r: r for r in report_ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in sorted(tuple(sorted(p)) for p in constraints.must):
        a, b = pair
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for r in report_ids:
        groups.setdefault(find(r), []).append(r)
    return [sorted(g) for g in groups.values()]
