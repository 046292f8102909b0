"""The tagger's role fillers onto reports: each filler goes to the report whose segment holds it, the rest to the
article's main report; victims, targets and attackers the lexicons missed are taken from the tagger."""

from __future__ import annotations

import re
from collections.abc import Mapping

from strife.extract.grouping import IncidentGroup
from strife.extract.mentions import DocMentions
from strife.extract.segment import Segment
from strife.extract.types import classify_target
from strife.model import AttackType, Entity, Evidence, Report, RoleFiller

# P(the document tells of an incident) above which a main report is built even when the lexicon cues are too few
# (MUC-4 dev: 0.3-0.7 score within 0.4 REE F1 of each other; 0.5 is the classifier's natural cut).
RELEVANT = 0.5
# Below this the tagger vetoes the article's reports: on MUC-4 dev, 12 of the 19 documents under 0.1 that the
# lexicons found a report in have no incident (military clashes, politics); on a sample of 78 GVA dev texts 5 fall
# under it (3 of them near-empty pages).
IRRELEVANT = 0.1

# MUC-4 incident types that name a GTD attack type ("attack" is MUC's word for any other: it names none).
_GTD_TYPE = {
    "bombing": AttackType.bombing,
    "kidnapping": AttackType.kidnapping,
    "arson": AttackType.arson,
    "robbery": AttackType.robbery,
}

_ARTICLE = re.compile(r"^(the|a|an)\s+")

# Tagger role → the Report field it can fill.
_FIELD = {"Victim": "victims", "Target": "targets", "PerpInd": "attackers"}


def tagger_fillers(doc: DocMentions, min_score: float | None = None) -> list[RoleFiller]:
    """The tagged document's role fillers at or above min_score (default: the tagging model's own cut), as
    RoleFillers with evidence."""
    if doc.tagged is None:
        return []
    cut = doc.tagged.min_score if min_score is None else min_score
    aid = doc.article.id
    return [
        RoleFiller(
            role=s.role,
            text=s.text,
            score=round(s.score, 3),
            evidence=Evidence(article_id=aid, start=s.start, end=s.end, text=s.text),
        )
        for s in doc.tagged.spans
        if s.score >= cut
    ]


def _holds(seg: Segment, start: int, end: int) -> bool:
    return any(sp.start <= start and end <= sp.end for sp in seg.spans)


def _at(f: RoleFiller) -> tuple[str, int, int]:
    return f.role, f.evidence.start, f.evidence.end


def attach(
    doc: DocMentions, built: list[tuple[Segment, Report]], owned: Mapping[int, IncidentGroup] | None = None
) -> None:
    """Give each report its segment's fillers (leftovers to the main report) and fill empty entity slots.

    `owned` (id(report) → incident): reports cut for one incident of the tagger's grouped reading
    (strife/extract/grouping.py) take that incident's fillers and its MUC-4 type; the other fillers go as above."""
    if not built or doc.tagged is None:
        return
    owned = owned or {}
    for _seg, report in built:
        report.roles = []
    main = next((r for seg, r in built if seg.kind == "main"), built[0][1])
    if main.kind == "main":
        main.muc_types = {t: round(p, 4) for t, p in doc.tagged.types.items()}
    taken: set[tuple[str, int, int]] = set()
    for _seg, report in built:
        group = owned.get(id(report))
        if group is None:
            continue
        report.muc_types = {group.incident_type: round(doc.tagged.types.get(group.incident_type, 0.0), 4)}
        fillers = {_at(f): f for es in group.entities.values() for e in es for f in e.fillers}
        report.roles = list(fillers.values())
        taken.update(fillers)
    for filler in tagger_fillers(doc):
        ev = filler.evidence
        if _at(filler) in taken:
            continue
        owner = next((r for seg, r in built if _holds(seg, ev.start, ev.end)), main)
        owner.roles.append(filler)  # type: ignore[union-attr]
    best = doc.tagged.best_type()
    for _seg, report in built:
        roles: list[RoleFiller] = report.roles or []
        roles.sort(key=lambda f: f.evidence.start)
        group = owned.get(id(report))
        muc = group.incident_type if group is not None else best
        if not report.attack_types and muc in _GTD_TYPE and roles:
            # no attack word typed it; the tagger's reading of the document does, its fillers the evidence
            report.attack_types = [_GTD_TYPE[muc]]
            report.evidence["attack_types"] = [f.evidence for f in roles[:2]]
        for role, field in _FIELD.items():
            if getattr(report, field):
                continue  # the lexicons' entities, typed and checked, come first
            seen: set[str] = set()
            for f in roles:
                key = _ARTICLE.sub("", f.text.lower()).strip()
                if f.role != role or key in seen:
                    continue
                seen.add(key)
                getattr(report, field).append(Entity(text=f.text, type=classify_target(f.text), evidence=[f.evidence]))
