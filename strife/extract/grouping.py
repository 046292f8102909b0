"""The tagger's reading of one document as incidents: its role fillers grouped into entities, the entities into
incidents, each incident typed (MUC-4 templates, DESIGN.md §7).

- Entities: the mentions of one role that name the same thing ("guerrillas" / "the fmln guerrillas", "antonio
  roldan" / "antonio roldan betancur", "miss sullivan" / "erika sullivan", "fpmr" / "manuel rodriguez patriotic
  front") are one entity, named by its surest mention; a victim by the full name the text gives after a title
  ("maza marquez" -> "miguel maza marquez").
- Types: the tagger's window head says which MUC-4 incident types the document tells of; its best type, and any
  other at SECOND_TYPE or more, each stand for at least one incident.
- Incidents: what was hit (Target and Victim entities) anchors them: anchors named in one sentence are one
  incident, anchors in different sentences different incidents (an entity named in two sentences joins them).
  What was hit read under the model's cut (fillers.HIT_IN_ATTACK) anchors none: it joins the nearest incident
  (MUC-4 dev template F1 50.75 -> 51.14, TST1 +0.63, TST2 +0.17; CEAF-REE unchanged).
  When the document has several incidents and types, each takes the type the tagger reads in its own sentences
  (with no tagger at hand: that of the nearest attack words, the lexicons' triggers); a type no incident took
  stands as an incident of its own with no fillers. An incident whose own sentences name a specific type
  (bombing, kidnapping, arson, robbery) and none of the tagger's takes that type (_untold_type). The perpetrator
  organisation goes to every incident; an individual perpetrator and a weapon to the nearest one. A document with
  no anchor is one incident of the best type. Asked (the MUC-4 reading), an incident the text dates only more than
  two months before the article is none of its own: its anchors join the nearest recent one (_older).

These incidents are `strife bench muc4`'s [grouped] reading. The extractor's reports (what the database holds)
take from them only what the lexicons back (strife/extract/extractor.py): a main report kept for a victim named at
an attack word, a report split into the incidents told per target (bombings, arsons, kidnappings...) it holds.

MUC-4 dev (TST1+TST2), the shipped tagger, fillers at ROLE_MIN_SCORE, template F1 (CEAF-REE F1 50.6 throughout,
before acronyms): one template a document of the best type 42.8; one for each type the tagger gives 0.5 or more
44.1; grouped as above, typed by attack words, 47.1, by the tagger's reading of each incident's sentences 49.1
(one sentence at a time, type the best of any sentence: 49.0; three-sentence passages 47.3). Acronyms: REE 50.8 ->
51.2, template F1 49.1 -> 49.5. Tried and left out: anchors joined when within 2 or 3 sentences (46.3); individual
perpetrators and weapons in every incident (45.7); every incident of the best type (45.0); no empty type-only
incidents (49.1); incidents the tagger reads in their own sentences as below 0.3 relevant merged into the nearest
(+0.2, for one more tagger run per incident of every document with several).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from strife.evaluate.ceaf import normalise
from strife.extract.mentions import DocMentions, SentenceMentions
from strife.extract.roles import ROLES, TaggedDoc
from strife.model import RoleFiller

# P(the document tells of an incident; `relevance`) under which it yields no incident (MUC-4 dev: 0.3-0.7 within
# 0.3 REE F1).
RELEVANT = 0.5
# A second or third incident type is read when the tagger gives it this much. MUC-4 dev template F1, the soup
# (28fc3d0, with TYPE_REACH 3): 0.2-0.3 50.5, 0.35-0.4 49.9, 0.5 49.4, 0.7 48.9 (the first model: 0.3 and 0.5 alike).
SECOND_TYPE = 0.3
MAX_TYPES = 3
ANCHORS = ("Target", "Victim")  # what was hit: one incident per sentence cluster of these
SHARED = ("PerpOrg",)  # the organisation behind one incident of a story is behind its others too
# Attack words this many sentences from an incident's own may type it (dev, the soup: 1-2 50.1, 3-4 50.5).
TYPE_REACH = 3

# GTD attack types (the lexicons' trigger values) as MUC-4 incident types; "attack" for the rest.
MUC_TYPE = {
    "bombing": "bombing",
    "kidnapping": "kidnapping",
    "hostage_barricade": "kidnapping",
    "hijacking": "kidnapping",
    "arson": "arson",
    "robbery": "robbery",
}

_TITLES = frozenset(
    "mr mrs miss ms dr doctor father monsignor msgr archbishop bishop colonel col captain capt general gen "
    "lieutenant lt major sergeant sgt judge minister president senator deputy mayor attorney engineer".split()
)


def same_entity(a: str, b: str) -> bool:
    """Two fillers of one role name the same entity when, normalised, one is the other's head or a word of it
    ("guerrillas" / "urban guerrillas", "fmln" / "the fmln"), one begins the other and both have two words or more
    ("antonio roldan" / "antonio roldan betancur"), one is the other's acronym ("fpmr" / "manuel rodriguez
    patriotic front"), or they differ only in a title before the same surname ("miss sullivan" / "erika
    sullivan")."""
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return False
    if a == b or a in b.split() or b in a.split() or a.endswith(" " + b) or b.endswith(" " + a):
        return True
    wa, wb = a.split(), b.split()
    if min(len(wa), len(wb)) >= 2 and (wa[: len(wb)] == wb or wb[: len(wa)] == wa):
        return True
    if _acronym(wa, wb) or _acronym(wb, wa):
        return True
    ta, tb = [w for w in wa if w not in _TITLES], [w for w in wb if w not in _TITLES]
    titled = len(ta) < len(wa) or len(tb) < len(wb)
    return bool(ta and tb and titled and ta[-1] == tb[-1])


_MINOR = frozenset({"of", "the", "and", "for", "de", "del", "la", "el", "y"})


def _acronym(short: list[str], long: list[str]) -> bool:
    """ "fpmr" for "manuel rodriguez patriotic front", "farc" for "revolutionary armed forces of colombia": the
    letters of a one-word name of three or more are the initials of the other's main words, in any order (Spanish
    acronyms of English-ordered names)."""
    if len(short) != 1 or len(short[0]) < 3 or not short[0].isalpha():
        return False
    initials = sorted(w[0] for w in long if w not in _MINOR)
    if initials == sorted(short[0]):
        return True
    # one initial more, for names of four letters or more ("fmln": "farabundo marti national liberation front")
    rest = list(initials)
    for c in short[0]:
        if c not in rest:
            return False
        rest.remove(c)
    return len(short[0]) >= 4 and len(rest) == 1


def representatives(fillers: Sequence[RoleFiller]) -> dict[str, str]:
    """Normalised filler text → the mention that names its entity, for one role over a whole document: the one the
    tagger is surest of (the first of equals).

    A predicted entity scores only when all its mentions are among the gold entity's (CEAF-REE phi_strict), so each
    entity is named by one mention, the same in every template of the document. MUC-4 dev, one template a
    document, the first model: 48.1 REE F1 with each distinct mention its own entity, 49.2 grouped this way. The
    soup's [grouped] reading (04658b9) named by the surest mention 54.03 REE / 50.92 template F1; by the first 53.58 /
    50.49, the longest 53.12 / 50.21, the shortest 52.44 / 49.79."""
    groups: list[list[RoleFiller]] = []
    for f in sorted(fillers, key=lambda f: f.evidence.start):
        if not normalise(f.text):
            continue
        group = next((g for g in groups if any(same_entity(f.text, m.text) for m in g)), None)
        if group is None:
            groups.append([f])
        else:
            group.append(f)
    names = {id(g): max(g, key=lambda f: f.score).text for g in groups}  # max keeps the first of equal scores
    return {normalise(m.text): names[id(g)] for g in groups for m in g}


@dataclass
class GroupedEntity:
    """One entity of a role: the mention that names it and every filler that mentions it."""

    role: str
    name: str
    fillers: list[RoleFiller] = field(default_factory=list)


@dataclass
class IncidentGroup:
    """One incident the document tells of: its MUC-4 type and its entities per role."""

    incident_type: str
    entities: dict[str, list[GroupedEntity]] = field(default_factory=lambda: {r: [] for r in ROLES})

    def add(self, entity: GroupedEntity) -> None:
        if all(e.name != entity.name for e in self.entities[entity.role]):
            self.entities[entity.role].append(entity)


def entities(fillers: Sequence[RoleFiller]) -> list[GroupedEntity]:
    """The document's fillers as entities, per role, in order of first mention."""
    out: list[GroupedEntity] = []
    for role in ROLES:
        of_role = sorted((f for f in fillers if f.role == role and normalise(f.text)), key=lambda f: f.evidence.start)
        names = representatives(of_role)
        by_name: dict[str, GroupedEntity] = {}
        for f in of_role:
            name = names[normalise(f.text)]
            by_name.setdefault(name, GroupedEntity(role, name)).fillers.append(f)
        out.extend(by_name.values())
    return out


# Words that stand before a person's name ("das director brigadier general miguel maza marquez", "justice minister
# monica de greiff"): the tagger often reads only the surname a victim is named by later.
_NAME_TITLES = _TITLES | frozenset(
    "secretary director commander leader chief governor councilman councilor congressman candidate priest "
    "journalist ambassador consul brigadier official lawyer professor sister rector businessman".split()
)
_NOT_NAME = frozenset("the a an of and in on at by for to from with his her their its as was is who that this".split())
_NOT_FIRST_NAME = _NOT_NAME | _NAME_TITLES
_NAME_WORD = r"[^\W\d_][\w'’-]*"


def full_name(text: str, name: str) -> str:
    """The fullest form of a victim's name that the text gives after a title: "maza marquez" -> "miguel maza
    marquez" where it reads "general miguel maza marquez" (up to two words put before the name); the name itself
    where no title stands before it.

    MUC-4's coders name a person by the full name: in the train split's gold, a victim's full name extends a
    shorter form that stands alone in the text 1,009 times, 8 of which list that shorter form too. Read this way
    from such a shorter form, the full name is the gold one 361 times and another 18 ("carlos guerrero" for "angela
    de guerrero"); from a victim's gold name it makes a longer one 2 times in 627. MUC-4 dev [grouped] CEAF-REE
    56.20 -> 56.42, template F1 51.93 -> 52.07 (one victim on TST1)."""
    best = name
    before = rf"((?:{_NAME_WORD},?\s+){{1,4}})"
    for m in re.finditer(rf"(?<![\w-]){before}{re.escape(name)}(?![\w-])", text, re.IGNORECASE):
        words = m.group(1).replace(",", " ").split()
        k = len(words)
        while k > 0 and len(words) - k < 2 and words[k - 1].lower() not in _NOT_FIRST_NAME:
            k -= 1
        if k < len(words) and k > 0 and words[k - 1].lower() in _NAME_TITLES:
            longer = " ".join([*words[k:], text[m.end(1) : m.end()]])
            if len(longer) > len(best):
                best = longer
    return best


def relevance(tagged: TaggedDoc) -> float:
    """P(the document tells of an incident), never below P(it tells of one type): the window head reads relevance
    and each type by separate sigmoids, and a document that tells of a kidnapping tells of an incident. MUC-4 dev
    [grouped]: two documents read under RELEVANT but with a type at 0.54 and 0.92, both with an incident in the key;
    CEAF-REE 56.80 -> 57.11, template F1 53.84 -> 54.24 (TST1)."""
    return max(tagged.relevance, *tagged.types.values())


def incident_types(tagged: TaggedDoc) -> list[str]:
    """The tagger's best MUC-4 type, then up to MAX_TYPES - 1 others it gives SECOND_TYPE or more."""
    ranked = sorted(tagged.types, key=lambda t: -tagged.types[t])
    if not ranked:
        return ["attack"]
    return [ranked[0], *[t for t in ranked[1:MAX_TYPES] if tagged.types[t] >= SECOND_TYPE]]


def sentence_of(sentences: Sequence[SentenceMentions]) -> Callable[[int], int]:
    """Character offset -> index of the sentence holding it (the first sentence for an offset before any)."""
    starts = [sm.sentence.start for sm in sentences]
    return lambda pos: max(0, bisect.bisect_right(starts, pos) - 1)


Reader = Callable[[list[str]], list[TaggedDoc]]  # the tagger over passages: RoleTagger.tag_many
Cluster = tuple[set[int], list[GroupedEntity]]  # an incident's sentences and the anchors named in them


def group_incidents(
    doc: DocMentions, fillers: Sequence[RoleFiller], reader: Reader | None = None, recent: int | None = None
) -> list[IncidentGroup]:
    """The incidents of a tagged document (none when the tagger finds it irrelevant), fillers grouped as the
    module says. With a reader (the tagger), each incident of a document with several is typed by the tagger's
    reading of its own sentences. With `recent` (days), an incident the text dates only earlier than that before
    the article is none of its own: what it names joins the nearest recent one (_older)."""
    tagged = doc.tagged
    if tagged is None or relevance(tagged) < RELEVANT:
        return []
    types = incident_types(tagged)
    ents = entities(fillers)
    for e in ents:
        if e.role == "Victim":
            e.name = full_name(doc.article.text, e.name)
    at = sentence_of(doc.sentences) if doc.sentences else (lambda pos: 0)
    where = {id(e): {at(f.evidence.start) for f in e.fillers} for e in ents}
    # anchors named in one sentence are one incident; an anchor named in several sentences joins theirs
    clusters: list[Cluster] = []
    # what was hit read under the model's cut (fillers.HIT_IN_ATTACK) joins an incident but makes none
    anchors = [e for e in ents if e.role in ANCHORS and max(f.score for f in e.fillers) >= tagged.min_score]
    for e in sorted(anchors, key=lambda e: min(where[id(e)])):
        hit = [c for c in clusters if c[0] & where[id(e)]]
        if not hit:
            clusters.append((set(where[id(e)]), [e]))
            continue
        first = hit[0]
        for c in hit[1:]:
            first[0].update(c[0])
            first[1].extend(c[1])
            clusters.remove(c)
        first[0].update(where[id(e)])
        first[1].append(e)
    if not clusters:
        group = IncidentGroup(types[0])
        for e in ents:
            group.add(e)
        return [group, *[IncidentGroup(t) for t in types[1:]]]
    if recent is not None:
        clusters = _older(doc, clusters, recent)
    triggers = [[MUC_TYPE.get(t.value, "attack") for t in sm.triggers] for sm in doc.sentences]
    if reader is not None and len(clusters) > 1 and len(types) > 1:
        # the tagger's reading of each incident's own sentences picks its type among the document's
        text = doc.article.text
        passages = [
            " ".join(text[doc.sentences[i].sentence.start : doc.sentences[i].sentence.end] for i in sorted(sents))
            for sents, _ in clusters
        ]
        groups = [IncidentGroup(max(types, key=lambda t: r.types.get(t, 0.0))) for r in reader(passages)]
    else:
        groups = [IncidentGroup(_local_type(sents, triggers, types)) for sents, _ in clusters]
    for group, (sents, anchors) in zip(groups, clusters, strict=True):
        for e in anchors:
            group.add(e)
        group.incident_type = _untold_type(sents, triggers, types) or group.incident_type
    taken = {g.incident_type for g in groups}
    spans = [sents for sents, _ in clusters]
    anchored = {id(e) for e in anchors}
    for e in ents:
        if id(e) in anchored:
            continue
        if e.role in SHARED:
            for g in groups:
                g.add(e)
            continue
        distance = [min(abs(a - b) for a in where[id(e)] for b in sents) for sents in spans]
        groups[distance.index(min(distance))].add(e)
    return groups + [IncidentGroup(t) for t in types if t not in taken]


# Date phrases that tell how long, not when ("since 1978", "for two years", "until march")
_SPELL = ("since ", "for ", "until ", "till ", "by ", "through ")


def _older(doc: DocMentions, clusters: list[Cluster], days: int) -> list[Cluster]:
    """Clusters of anchors joined so that none is dated only earlier than `days` before the article: such a
    cluster's anchors join the nearest one that is not (when every cluster is older, all stay as they are).

    MUC-4's task definition (muc4/raw/taskdoc, "recent"): an incident is recorded only if it occurred within two
    months of the article, or the article brings new information on it. A cluster is older when the date phrases
    of its own sentences, resolved against the publication date, all fall before that (a partial date by its last
    day; "since 1978" tells how long, not when). Its anchors are kept, joining the nearest recent incident, rather
    than dropped: dropped, MUC-4 dev [grouped] CEAF-REE fell 56.80 -> 55.91 (what older incidents name is often
    coded, as new information); joined, it stays at 56.80 and template F1 goes 52.86 -> 53.84 (TST1 56.57 -> 58.70,
    TST2 49.47 unchanged: four documents of TST1 change; 60-62 days alike, 90 days 53.72).

    Only the MUC-4 reading asks for it (strife/export/muc4.py): the incident database keeps the earlier incidents an
    article tells of as reports of their own."""
    published = doc.article.published
    if published is None or len(clusters) < 2:
        return clusters
    if isinstance(published, dt.datetime):
        published = published.date()
    old = [_dated_before(doc, sents, published - dt.timedelta(days=days)) for sents, _ in clusters]
    if all(old) or not any(old):
        return clusters
    kept = [c for c, o in zip(clusters, old, strict=True) if not o]
    for (sents, anchors), o in zip(clusters, old, strict=True):
        if o:
            near = min(kept, key=lambda c: min(abs(a - b) for a in sents for b in c[0]))
            near[1].extend(anchors)
    return kept


def _dated_before(doc: DocMentions, sentences: set[int], cutoff: dt.date) -> bool:
    """Do the date phrases of these sentences (one at least) all end before the cutoff?"""
    ends = [
        _last_day(m.value.value)
        for i in sorted(sentences)
        if i < len(doc.sentences)
        for m in doc.sentences[i].dates
        if m.value.value and not m.text.lower().startswith(_SPELL)
    ]
    return bool(ends) and all(end is not None and end < cutoff for end in ends)


def _last_day(value: str) -> dt.date | None:
    """The last day a 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' date may mean."""
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _untold_type(sentences: set[int], triggers: list[list[str]], types: list[str]) -> str | None:
    """A specific type (bombing, kidnapping, arson, robbery) that attack words in an incident's own sentences name
    while no word there names one of the tagger's types: the tagger missed it for the document ("the robbery of
    the bank" in a story it reads as attacks). In the train split's gold, the most common specific type named in the
    sentences of a template's targets and victims is the template's type 292 times in 338 (robbery 6 of 9, arson 16
    of 21). MUC-4 dev [grouped] template F1 52.17 -> 52.86 (one document of TST2); CEAF-REE unchanged."""
    own = [t for i in sorted(sentences) if i < len(triggers) for t in triggers[i]]
    if not own or any(t in types for t in own):
        return None
    specific = [t for t in own if t != "attack"]
    return max(dict.fromkeys(specific), key=specific.count) if specific else None


def _local_type(sentences: set[int], triggers: list[list[str]], types: list[str]) -> str:
    """The type of the attack words in or nearest (up to TYPE_REACH sentences) an incident's sentences, among the
    tagger's types; a specific type before "attack"; the tagger's best type when none is near."""
    for reach in range(TYPE_REACH + 1):
        near = [
            t
            for s in sorted(sentences)
            for j in sorted({s - reach, s + reach})
            if 0 <= j < len(triggers)
            for t in triggers[j]
            if t in types
        ]
        if near:
            specific = [t for t in near if t != "attack"] or near
            return max(dict.fromkeys(specific), key=specific.count)
    return types[0]
