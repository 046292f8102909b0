"""The tagger's role fillers onto reports: each filler goes to the report whose segment holds it, the rest to the
article's main report; victims, targets and attackers the lexicons missed are taken from the tagger."""

from __future__ import annotations

import re
from collections.abc import Mapping

from strife.extract.grouping import IncidentGroup, sentence_of
from strife.extract.groups import GroupMention, default_registry
from strife.extract.mentions import DocMentions
from strife.extract.responsibility import STATUS_RANK, Responsibility, classify
from strife.extract.roles import RoleSpan
from strife.extract.segment import Segment
from strife.extract.types import classify_target
from strife.model import AttackType, Entity, Evidence, Perpetrator, PerpStatus, Report, RoleFiller

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

# State forces the tagger may read as perpetrators (MUC-4 codes state terror: "SUSPECTED OR ACCUSED: ARMED FORCES").
_STATE_FORCE = re.compile(
    r"(?:(?!(?:rebel|guerrilla|revolutionary|liberation|people'?s|popular|insurgent|private|islamic)"
    r"\b)[\w-]+\s+){0,2}?(?:(?P<military>armed forces|army|military|troops|soldiers|national guard|air force|navy"
    r"|army troops|security forces|armed forces high command|high command)"
    r"|(?P<police>police|national police|treasury police|police forces|police department|policemen))"
)
_STATE_KIND = {"military": "Military forces", "police": "Police forces"}

# Tagger role → the Report field it can fill.
_FIELD = {"Victim": "victims", "Target": "targets", "PerpInd": "attackers"}


# What was hit (Target, Victim) counts from this score in a sentence that holds an attack word (the lexicons'
# triggers): there the tagger doubts the phrase more than whether it was hit. MUC-4 dev, [grouped] reading, the soup
# (cut 0.8): CEAF-REE F1 54.03 -> 54.95 (TST1 +0.93, TST2 +0.90), template F1 50.92 -> 50.75; from 0.75 54.63; with
# attack words one sentence either side 54.86; PerpInd, PerpOrg and Weapon fillers the same way add nothing (54.37
# with all five roles). New Target and Victim entities at 0.7-0.8 are right 12 times of 29 in such sentences, 3 of 25
# outside them.
HIT_IN_ATTACK = 0.7
_HIT = ("Target", "Victim")


def tagger_fillers(doc: DocMentions, min_score: float | None = None, hits: bool = False) -> list[RoleFiller]:
    """The tagged document's role fillers at or above min_score (default: the tagging model's own cut), as
    RoleFillers with evidence. With `hits`, what was hit counts from HIT_IN_ATTACK in a sentence that tells of an
    attack: for reading an incident's fillers, not for deciding whether there is one."""
    if doc.tagged is None:
        return []
    cut = doc.tagged.min_score if min_score is None else min_score
    hit_cut = min(cut, HIT_IN_ATTACK) if hits and doc.sentences else cut
    at = sentence_of(doc.sentences) if hit_cut < cut else None

    def kept(s: RoleSpan) -> bool:
        if s.score >= cut:
            return True
        if at is None or s.role not in _HIT or s.score < hit_cut:
            return False
        return bool(doc.sentences[at(s.start)].triggers)

    aid = doc.article.id
    return [
        RoleFiller(
            role=s.role,
            text=s.text,
            score=round(s.score, 3),
            evidence=Evidence(article_id=aid, start=s.start, end=s.end, text=s.text),
        )
        for s in doc.tagged.spans
        if kept(s)
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
    for filler in tagger_fillers(doc, hits=True):
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
        _perpetrators_from_fillers(doc, report, roles)


def _perpetrators_from_fillers(doc: DocMentions, report: Report, roles: list[RoleFiller]) -> None:
    """A group the tagger reads as this incident's perpetrator organisation (PerpOrg) joins the report's
    perpetrators, with the tie the lexicons read where it is named ("claimed", "accused by police") or as reported.

    The lexicons alone take a group merely named ("the FMLN has stepped up its offensive") as a perpetrator only in
    a sentence that tells of an attack; the tagger reads who is behind the incident across the story. Only a group
    the registry knows, or a state force, counts, so a stray span ("SINISTER", "ARMED") names none."""
    registry = default_registry()
    country = report.location.country_code if report.location else None
    have = {p.name for p in report.perpetrators}
    for f in roles:
        if f.role != "PerpOrg":
            continue
        for tie in _ties(doc, f, report):
            name = registry.canonical(tie.text, country_code=country) or tie.name
            if name in have:
                continue
            have.add(name)
            report.perpetrators.append(
                Perpetrator(
                    name=name,
                    text=tie.text,
                    status=PerpStatus(tie.status),
                    by=tie.by,
                    how=tie.how,
                    sources=[report.article_id],
                    evidence=[f.evidence],
                )
            )


def _ties(doc: DocMentions, f: RoleFiller, report: Report) -> list[Responsibility]:
    """How the sentence ties the group a PerpOrg filler names to the attack: the lexicons' reading of a listed group
    there; for a state force they did not see, the same cue patterns run over it ("accused the treasury police");
    else reported. None when the filler names no group."""
    ev = f.evidence
    sm = next((sm for sm in doc.sentences if sm.sentence.start <= ev.start < sm.sentence.end), None)
    if sm is not None:
        listed = [r for r in sm.responsibilities if r.start < ev.end and ev.start < r.end]
        if listed:
            return listed
    name = default_registry().canonical(f.text) or _state_force(f.text, report)
    if name is None:
        return []
    untied = Responsibility(name, f.text, PerpStatus.reported, None, None, ev.start, ev.end)
    if sm is None or ev.end > sm.sentence.end:
        return [untied]
    others = [g for g in sm.groups if g.end <= ev.start or ev.end <= g.start]
    mentions = sorted([*others, GroupMention(ev.start, ev.end, f.text, name)], key=lambda g: g.start)
    ties = [r for r in classify(sm.sentence.text, mentions, sm.sentence.start) if r.start == ev.start]
    return [min(ties, key=lambda r: STATUS_RANK[PerpStatus(r.status)])] if ties else [untied]


def _state_force(text: str, report: Report) -> str | None:
    """The state force a PerpOrg filler names ("THE ARMED FORCES", "the treasury police"), as ACLED names actors
    ("Military forces of El Salvador"); None for anything else. The group registry holds non-state groups only."""
    m = _STATE_FORCE.fullmatch(_ARTICLE.sub("", text.strip().lower()))
    if m is None:
        return None
    kind = next(k for k, v in m.groupdict().items() if v)
    country = report.location.country if report.location else None
    return f"{_STATE_KIND[kind]} of {country}" if country else _STATE_KIND[kind]
