"""Mention finding: every sentence's attack words, weapons, targets, groups, figures, dates and places.

`MentionFinder` is the seam where a trained tagger replaces the pattern finder: it returns the same
`DocMentions`, and the segmenter, the assembler and the normalisers downstream do not change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Protocol

from strife.extract.casualties import CasualtyMention, find_casualties
from strife.extract.dates import Dateline, DateMention, find_dateline, find_dates
from strife.extract.groups import GroupMention, default_registry
from strife.extract.responsibility import Responsibility, classify
from strife.extract.roles import RoleTagger, TaggedDoc, default_tagger
from strife.extract.types import (
    TargetMention,
    TypeMention,
    find_state_operations,
    find_suicide,
    find_targets,
    find_triggers,
    find_weapons,
)
from strife.geo.geocoder import PlaceMention
from strife.model import Article
from strife.nlp.pipeline import get_nlp

PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}
# spaCy-sm often tags a city as ORG ("the city of Quetta" → ORG); the geocoder decides for these. PERSON is left
# out: surnames that are also towns ("Smith", "Marc") put US shootings in Nevada and Saint Lucia (GVA dev).
MAYBE_PLACE_LABELS = {"ORG"}


@dataclass
class Sentence:
    """One sentence of an article, with absolute character offsets into Article.text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    is_title: bool = False


@dataclass
class SentenceMentions:
    """Everything found in one sentence; all offsets absolute."""

    sentence: Sentence
    triggers: list[TypeMention] = field(default_factory=list)
    weapons: list[TypeMention] = field(default_factory=list)
    suicide: list[TypeMention] = field(default_factory=list)
    targets: list[TargetMention] = field(default_factory=list)
    groups: list[GroupMention] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    state_ops: list[TypeMention] = field(default_factory=list)

    @property
    def is_event(self) -> bool:
        """Does the sentence tell of an attack (a specific attack word, or a victim figure)?"""
        return bool(self.specific_triggers or any(c.role in VICTIM_ROLES for c in self.casualties))

    @property
    def state_ops_only(self) -> bool:
        """About a state operation with no attack word outside it ("the Army has killed 1,800 militants")."""
        return bool(self.state_ops) and not self.specific_triggers

    @property
    def specific_triggers(self) -> list[TypeMention]:
        return [t for t in self.triggers if t.text.lower() not in GENERIC_TRIGGERS]


VICTIM_ROLES = {"killed", "wounded", "hostages"}
# Words that name an attack without saying what kind; they type an incident only when nothing else does.
GENERIC_TRIGGERS = {
    "attack",
    "attacks",
    "attacked",
    "attacking",
    "assault",
    "assaults",
    "violence",
    "incident",
    "attacker",
    "attackers",
    "assailant",
    "assailants",
    "strike",
    "strikes",
}


@dataclass
class DocMentions:
    article: Article
    sentences: list[SentenceMentions]
    dateline: Dateline | None = None
    tagged: TaggedDoc | None = None  # the trained tagger's role fillers and relevance, when it ran


class MentionFinder(Protocol):
    """Finds mentions in an article. Implementations: PatternMentionFinder (lexicons); a trained tagger later."""

    def warm_up(self) -> None: ...

    def find(self, article: Article) -> DocMentions: ...


_PARA_SPLIT = re.compile(r"\n+")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line block; a sentence never crosses a line break."""
    spans, pos = [], 0
    for m in _PARA_SPLIT.finditer(text):
        if text[pos : m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


class PatternMentionFinder:
    """Lexicon and pattern mention finder over spaCy sentences and entities."""

    def __init__(self) -> None:
        self._nlp = None

    def warm_up(self) -> None:
        if self._nlp is None:
            self._nlp = get_nlp()
            default_registry()

    def find(self, article: Article) -> DocMentions:
        self.warm_up()
        text = article.text
        paras = split_paragraphs(text)
        dateline = find_dateline(text)
        registry = default_registry()
        out: list[SentenceMentions] = []
        # The headline is the first line when ingest put it there; a title kept apart from the text is not.
        title_done = not (article.title and text.lstrip().startswith(article.title.strip()[:40]))
        docs = self._nlp.pipe(text[a:b] for a, b in paras)
        for p_index, ((p_start, _p_end), doc) in enumerate(zip(paras, docs, strict=True)):
            for sent in doc.sents:
                s_text = sent.text
                if not s_text.strip():
                    continue
                start = p_start + sent.start_char
                s = Sentence(len(out), start, start + len(s_text), s_text, p_index)
                if not title_done and p_index == 0:
                    s.is_title = True
                sm = SentenceMentions(sentence=s)
                sm.triggers = find_triggers(s_text, start)
                sm.state_ops = find_state_operations(s_text, start)
                sm.weapons = find_weapons(s_text, start)
                sm.suicide = find_suicide(s_text, start)
                sm.targets = find_targets(s_text, start)
                sm.groups = registry.find(s_text, start)
                sm.responsibilities = classify(s_text, sm.groups, start) if sm.groups else []
                sm.casualties = find_casualties(s_text, start)
                sm.dates = find_dates(s_text, article.published, start)
                sm.places = _places(sent, p_start, sm.groups)
                _drop_state_overlaps(sm)
                _drop_modifiers(sm, text)
                out.append(sm)
            title_done = True
        mark_restated_roundups(out)
        return DocMentions(article=article, sentences=out, dateline=dateline)


def mark_restated_roundups(sentences: list[SentenceMentions]) -> None:
    """A headline that restates a roundup's figures ("1 dead, 5 wounded in Chicago shootings" over "a man has died
    and at least five people were wounded ... in separate shootings citywide") is a roundup too: its figures are
    marked cumulative, as the body's are (GVA dev: such tolls joined a single shooting's incident)."""
    if not sentences:
        return
    summed = {
        (c.role, c.count.low)
        for sm in sentences[1:]
        for c in sm.casualties
        if c.cumulative and c.role in ("killed", "wounded") and c.count.low
    }
    head = sentences[0]
    if not summed or not head.casualties:
        return
    figures = [c for c in head.casualties if c.role in ("killed", "wounded") and not c.cumulative]
    if figures and all((c.role, c.count.low) in summed for c in figures):
        head.casualties = [replace(c, cumulative=True) if c in figures else c for c in head.casualties]


class TaggerMentionFinder(PatternMentionFinder):
    """The default finder: the trained role tagger (strife/extract/roles.py) reads who did what to whom, and
    whether the text tells of an incident at all; the lexicons stay as normalisers (what kind of target, which
    group, how many killed) and for dates, places and figures."""

    def __init__(self, tagger: RoleTagger | None = None) -> None:
        super().__init__()
        self.tagger = tagger or default_tagger()

    def warm_up(self) -> None:
        super().warm_up()
        self.tagger.warm_up()

    def find(self, article: Article) -> DocMentions:
        doc = super().find(article)
        doc.tagged = self.tagger(article.text)
        return doc


def default_finder() -> MentionFinder:
    """The tagger finder when a trained model is installed (it ships with strife), else the pattern finder."""
    tagger = default_tagger()
    return TaggerMentionFinder(tagger) if tagger.available else PatternMentionFinder()


def _places(sent, p_start: int, groups: list[GroupMention]) -> list[PlaceMention]:
    """Entities that may be places, minus those inside a group name ("Islamic State", "Khorasan Province")."""
    taken = [(g.start, g.end) for g in groups]
    out = []
    doc_text = sent.doc.text
    for ent in sent.ents:
        if ent.label_ not in PLACE_LABELS | MAYBE_PLACE_LABELS and not (
            ent.label_ == "PERSON" and _placelike(doc_text, ent.start_char, ent.end_char)
        ):
            continue
        start, end = p_start + ent.start_char, p_start + ent.end_char
        if any(a <= start < b or a < end <= b for a, b in taken):
            continue
        text = ent.text
        if text.lower().startswith("the "):
            text, start = text[4:], start + 4
        weight = 1.0 if ent.label_ in PLACE_LABELS else 0.9
        out.append(PlaceMention(text=text, start=start, end=end, label=ent.label_, weight=weight))
    return out


# A PERSON entity in a place's slot ("in Savannah", "the Savannah shooting", "Chester police") is often a town.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|of|from)\s+(?:(?:the|overnight|downtown|west|east|north|south)\s+)?$"
)
_PLACE_AFTER = re.compile(
    r"^\s+(?:police|county|shooting|sheriff|man|woman|boy|girl|teen|resident|home|neighborhood|area)\b", re.I
)


def _placelike(text: str, start: int, end: int) -> bool:
    return bool(_PLACE_BEFORE.search(text[max(0, start - 30) : start]) or _PLACE_AFTER.match(text[end : end + 20]))


def _drop_state_overlaps(sm: SentenceMentions) -> None:
    """A word inside a state operation ("drone strikes", "military offensive") is no attack word."""
    if not sm.state_ops:
        return
    spans = [(m.start, m.end) for m in sm.state_ops]

    def inside(m) -> bool:
        return any(a <= m.start and m.end <= b for a, b in spans)

    sm.triggers = [t for t in sm.triggers if not inside(t)]
    sm.weapons = [w for w in sm.weapons if not inside(w)]


# "bomb-making workshops", "bomb squad", "gun control": an attack word used as a modifier names no attack.
_MODIFIER_AFTER = re.compile(
    r"^(?:-(?:making|maker|makers|proof|sniffing|disposal|resistant)|\s+(?:squad|disposal|threat|scare|hoax|"
    r"control|laws?|shop|shows?|license|licence|range|club|makers?|factory|factories|workshops?|lobby))\b",
    re.I,
)


# "explosive growth", "an explosive row": the adjective names a weapon only before these nouns.
_EXPLOSIVE_NOUNS = re.compile(
    r"^\s+(?:devices?|vests?|belts?|charges?|materials?|substances?|packages?|-?laden|-?packed|ordnance|"
    r"remnants?|experts?|residue|traces?)\b|^(?!\s+[a-z])",
    re.I,
)


def _drop_modifiers(sm: SentenceMentions, text: str) -> None:
    def modifier(m) -> bool:
        after = text[m.end : m.end + 20]
        if m.text.lower() == "explosive" and not _EXPLOSIVE_NOUNS.match(after):
            return True
        return bool(_MODIFIER_AFTER.match(after))

    sm.triggers = [t for t in sm.triggers if not modifier(t)]
    sm.weapons = [w for w in sm.weapons if not modifier(w)]
