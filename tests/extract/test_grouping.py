"""The tagger's fillers grouped into typed incidents (MUC-4 templates)."""

from __future__ import annotations

import datetime as dt

from strife.extract.dates import DateMention
from strife.extract.fillers import tagger_fillers
from strife.extract.grouping import (
    entities,
    full_name,
    group_incidents,
    incident_types,
    representatives,
    same_entity,
)
from strife.extract.mentions import DocMentions, Sentence, SentenceMentions
from strife.extract.roles import INCIDENT_TYPES, RoleSpan, TaggedDoc
from strife.extract.types import TypeMention
from strife.model import Article, DateValue, Evidence, RoleFiller

SENTENCES = [
    "Rebels of the FALN bombed the power station in Sumava.",
    "Two hours later gunmen kidnapped a judge near the court.",
    "The FALN said it acted for the people.",
]
TEXT = " ".join(SENTENCES)


def _at(text: str, after: int = 0) -> int:
    return TEXT.index(text, after)


def _span(text: str, role: str, after: int = 0, score: float = 0.9) -> RoleSpan:
    start = _at(text, after)
    return RoleSpan(role, start, start + len(text), text, score)


def _sentences(triggers: dict[int, list[tuple[str, str]]]) -> list[SentenceMentions]:
    out, pos = [], 0
    for i, s in enumerate(SENTENCES):
        start = TEXT.index(s, pos)
        pos = start + len(s)
        trig = [TypeMention(_at(w, start), _at(w, start) + len(w), w, v) for w, v in triggers.get(i, [])]
        out.append(SentenceMentions(sentence=Sentence(i, start, pos, s, 0), triggers=trig))
    return out


def _doc(spans: list[RoleSpan], types: dict[str, float], relevance: float = 0.95, triggers=None) -> DocMentions:
    probs = dict.fromkeys(INCIDENT_TYPES, 0.01) | types
    tagged = TaggedDoc(spans=spans, relevance=relevance, types=probs)
    article = Article(id="a1", uri="file:///x", text=TEXT)
    sentences = _sentences(triggers or {0: [("bombed", "bombing")], 1: [("kidnapped", "kidnapping")]})
    return DocMentions(article=article, sentences=sentences, tagged=tagged)


SPANS = [
    _span("Rebels", "PerpInd"),
    _span("FALN", "PerpOrg"),
    _span("the power station", "Target"),
    _span("gunmen", "PerpInd"),
    _span("a judge", "Victim"),
    _span("The FALN", "PerpOrg"),
]


def _names(group, role: str) -> list[str]:
    return [e.name for e in group.entities[role]]


def test_what_was_hit_in_different_sentences_makes_different_incidents() -> None:
    doc = _doc(SPANS, {"bombing": 0.97, "kidnapping": 0.8, "attack": 0.6})
    bombing, kidnapping, attack = group_incidents(doc, tagger_fillers(doc))
    # each takes the type of its own sentence's attack word, among the tagger's types
    assert bombing.incident_type == "bombing" and kidnapping.incident_type == "kidnapping"
    assert _names(bombing, "Target") == ["the power station"] and _names(kidnapping, "Victim") == ["a judge"]
    # individual perpetrators go to the nearest incident, the organisation (one entity) to every one
    assert _names(bombing, "PerpInd") == ["Rebels"] and _names(kidnapping, "PerpInd") == ["gunmen"]
    assert _names(bombing, "PerpOrg") == _names(kidnapping, "PerpOrg") == ["FALN"]
    # a type the tagger reads that no incident took stands alone, with no fillers
    assert attack.incident_type == "attack" and not any(attack.entities.values())


def test_a_reader_types_each_incident_by_its_own_sentences() -> None:
    # the attack words say bombing then kidnapping; the tagger reading each incident's sentences says otherwise
    doc = _doc(SPANS, {"bombing": 0.97, "kidnapping": 0.8})
    read: list[str] = []

    def reader(passages: list[str]) -> list[TaggedDoc]:
        read.extend(passages)
        return [TaggedDoc(types={"kidnapping": 0.9 if "station" in p else 0.2, "bombing": 0.5}) for p in passages]

    first, second = group_incidents(doc, tagger_fillers(doc), reader)
    assert read == SENTENCES[:2]  # each incident's own sentences
    assert (first.incident_type, second.incident_type) == ("kidnapping", "bombing")
    # one type: nothing to choose, the tagger is not run again
    read.clear()
    doc = _doc(SPANS, {"attack": 0.97}, triggers={0: []})
    assert [g.incident_type for g in group_incidents(doc, tagger_fillers(doc), reader)] == ["attack", "attack"]
    assert read == []


def test_one_type_and_one_sentence_of_anchors_is_one_incident() -> None:
    spans = [s for s in SPANS if s.text not in ("a judge",)]
    doc = _doc(spans, {"bombing": 0.97})
    (only,) = group_incidents(doc, tagger_fillers(doc))
    assert only.incident_type == "bombing"
    assert _names(only, "PerpInd") == ["Rebels", "gunmen"] and _names(only, "Target") == ["the power station"]


def _plain_doc(sentences: list[str], spans: list[tuple[str, str, int]], types: dict[str, float]) -> DocMentions:
    """A document of the given sentences, no attack words; spans as (text, role, sentence)."""
    text = " ".join(sentences)
    starts = [text.index(s) for s in sentences]
    sms = [
        SentenceMentions(sentence=Sentence(i, st, st + len(s), s, 0))
        for i, (st, s) in enumerate(zip(starts, sentences, strict=True))
    ]
    tagged_spans = []
    for words, role, i in spans:
        start = text.index(words, starts[i])
        tagged_spans.append(RoleSpan(role, start, start + len(words), words, 0.9))
    tagged = TaggedDoc(spans=tagged_spans, relevance=0.9, types=dict.fromkeys(INCIDENT_TYPES, 0.01) | types)
    return DocMentions(article=Article(id="a2", uri="file:///y", text=text), sentences=sms, tagged=tagged)


def test_an_anchor_named_in_two_sentences_joins_them() -> None:
    sentences = ["A bomb hit the bank in Lisbon.", "Gunmen shot a guard.", "The bank said a guard was hurt."]
    apart = _plain_doc(sentences, [("the bank", "Target", 0), ("a guard", "Victim", 1)], {"attack": 0.9})
    assert len(group_incidents(apart, tagger_fillers(apart))) == 2
    joined = _plain_doc(
        sentences,
        [("the bank", "Target", 0), ("a guard", "Victim", 1), ("The bank", "Target", 2), ("a guard", "Victim", 2)],
        {"attack": 0.9},
    )
    (one,) = group_incidents(joined, tagger_fillers(joined))
    assert _names(one, "Target") == ["the bank"] and _names(one, "Victim") == ["a guard"]


def test_what_was_hit_read_under_the_models_cut_joins_an_incident_but_makes_none() -> None:
    # "a judge" read at 0.75 (kept by fillers.HIT_IN_ATTACK beside "kidnapped"), the model's cut 0.8
    spans = [s if s.text != "a judge" else RoleSpan(s.role, s.start, s.end, s.text, 0.75) for s in SPANS]
    doc = _doc(spans, {"bombing": 0.97})
    doc.tagged.min_score = 0.8  # type: ignore[union-attr]
    (one,) = group_incidents(doc, tagger_fillers(doc, hits=True))
    assert _names(one, "Target") == ["the power station"] and _names(one, "Victim") == ["a judge"]
    doc.tagged.spans = SPANS  # type: ignore[union-attr]
    assert len(group_incidents(doc, tagger_fillers(doc, hits=True))) == 2  # at the cut: an incident of its own


def test_no_incident_when_irrelevant_and_one_when_nothing_was_hit() -> None:
    doc = _doc(SPANS, {"bombing": 0.3}, relevance=0.2)
    assert group_incidents(doc, tagger_fillers(doc)) == []
    # a type read as likely makes the document relevant whatever the relevance output says
    doc = _doc(SPANS, {"bombing": 0.97}, relevance=0.2)
    assert [g.incident_type for g in group_incidents(doc, tagger_fillers(doc))] == ["bombing", "kidnapping"]
    doc = _doc([s for s in SPANS if s.role in ("PerpInd", "PerpOrg")], {"attack": 0.9, "arson": 0.7})
    first, second = group_incidents(doc, tagger_fillers(doc))
    assert first.incident_type == "attack" and _names(first, "PerpInd") == ["Rebels", "gunmen"]
    assert second.incident_type == "arson" and not any(second.entities.values())


def test_incident_types_best_then_likely_others() -> None:
    tagged = TaggedDoc(types={"attack": 0.3, "bombing": 0.2, "arson": 0.1})
    assert incident_types(tagged) == ["attack"]  # the best one always
    tagged = TaggedDoc(types={"attack": 0.9, "bombing": 0.95, "arson": 0.5, "robbery": 0.8})
    assert incident_types(tagged) == ["bombing", "attack", "robbery"]  # at most three
    assert incident_types(TaggedDoc()) == ["attack"]


def test_same_entity() -> None:
    assert same_entity("guerrillas", "the urban guerrillas")
    assert same_entity("the FMLN", "fmln")
    assert same_entity("Antonio Roldan", "Antonio Roldan Betancur")
    assert same_entity("Miss Sullivan", "Erika Sullivan")
    assert not same_entity("Erika Sullivan", "John Sullivan")  # no title: two people
    assert same_entity("FPMR", "the Manuel Rodriguez Patriotic Front")  # initials in any order
    assert same_entity("fmln", "farabundo marti national liberation front")  # one initial more
    assert not same_entity("ab", "air base") and not same_entity("pnc", "national police")
    assert not same_entity("the embassy", "a power station")
    assert not same_entity("", "the")


def _filler(role: str, text: str, start: int, score: float = 0.9) -> RoleFiller:
    return RoleFiller(
        role=role, text=text, score=score, evidence=Evidence(article_id="a", start=start, end=start + 1, text=text)
    )


def test_entities_are_named_by_their_surest_mention() -> None:
    fillers = [
        _filler("Victim", "the mayor", 5, score=0.82),
        _filler("Victim", "mayor carlos mendez", 40, score=0.97),
        _filler("Victim", "carlos mendez", 90, score=0.97),  # as sure, later: the first of equals names it
    ]
    assert set(representatives(fillers).values()) == {"mayor carlos mendez"}
    assert [(e.name, len(e.fillers)) for e in entities(fillers)] == [("mayor carlos mendez", 3)]


def test_entities_of_equal_scores_are_named_by_their_first_mention() -> None:
    fillers = [
        _filler("PerpInd", "urban guerrillas", 50),
        _filler("PerpInd", "the guerrillas", 10),
        _filler("Victim", "a judge", 30),
    ]
    assert representatives([f for f in fillers if f.role == "PerpInd"]) == {
        "guerrillas": "the guerrillas",
        "urban guerrillas": "the guerrillas",
    }
    ents = entities(fillers)
    assert [(e.role, e.name, len(e.fillers)) for e in ents] == [
        ("PerpInd", "the guerrillas", 2),
        ("Victim", "a judge", 1),
    ]


def test_full_name_is_the_one_given_after_a_title() -> None:
    text = (
        "Das director Brigadier General Miguel Maza Marquez escaped. Maza Marquez said the bomb was meant for him. "
        "The minister, Luis Garcia, met Garcia's aides."
    )
    assert full_name(text, "Maza Marquez") == "Miguel Maza Marquez"
    assert full_name(text, "maza marquez") == "Miguel Maza Marquez"  # as the text writes it
    assert full_name(text, "Garcia") == "Luis Garcia"  # a comma after the title
    # no title before it, or only a word that is not a name ("the"), leaves the name as read
    assert full_name(text, "the bomb") == "the bomb"
    assert full_name("Gunmen shot Miguel Maza Marquez.", "Maza Marquez") == "Maza Marquez"
    assert full_name(text, "Nobody") == "Nobody"


def test_a_victim_is_named_by_the_full_name_after_a_title() -> None:
    text = "Gunmen kidnapped judge Ana Ruiz in Sumava. Ruiz was freed."
    ruiz = text.index("Ruiz was")
    spans = [RoleSpan("PerpInd", 0, 6, "Gunmen", 0.9), RoleSpan("Victim", ruiz, ruiz + 4, "Ruiz", 0.9)]
    tagged = TaggedDoc(spans=spans, relevance=0.95, types=dict.fromkeys(INCIDENT_TYPES, 0.01) | {"kidnapping": 0.9})
    doc = DocMentions(article=Article(id="a2", uri="file:///y", text=text), sentences=[], tagged=tagged)
    (incident,) = group_incidents(doc, tagger_fillers(doc))
    assert _names(incident, "Victim") == ["Ana Ruiz"] and _names(incident, "PerpInd") == ["Gunmen"]


def test_an_incident_takes_a_type_its_own_attack_words_name_where_the_tagger_lists_none_of_them() -> None:
    # the tagger reads only attacks; the bombing sentence's own words say bombing
    doc = _doc(SPANS, {"attack": 0.95})
    first, second = group_incidents(doc, tagger_fillers(doc))[:2]
    assert first.incident_type == "bombing" and _names(first, "Target") == ["the power station"]
    assert second.incident_type == "kidnapping" and _names(second, "Victim") == ["a judge"]
    # a word naming one of the tagger's types, or only a generic one, keeps the tagger's reading
    doc = _doc(SPANS, {"attack": 0.95, "bombing": 0.9}, triggers={1: [("kidnapped", "armed_assault")]})
    assert [g.incident_type for g in group_incidents(doc, tagger_fillers(doc))] == ["attack", "attack", "bombing"]


def _dated_story(second_date: str, value: str) -> DocMentions:
    first = "Rebels bombed the power station on Monday."
    second = f"The same rebels had burned the town hall {second_date}."
    text = f"{first} {second}"
    sentences = []
    for i, (s, when, val) in enumerate([(first, "on Monday", "1990-01-08"), (second, second_date, value)]):
        start = text.index(s)
        at = text.index(when, start)
        dates = [DateMention(at, at + len(when), when, DateValue(value=val))]
        sentences.append(SentenceMentions(sentence=Sentence(i, start, start + len(s), s, 0), dates=dates))
    spans = [
        RoleSpan(
            "Target", text.index("the power station"), text.index("the power station") + 17, "the power station", 0.9
        ),
        RoleSpan("Target", text.index("the town hall"), text.index("the town hall") + 13, "the town hall", 0.9),
    ]
    tagged = TaggedDoc(spans=spans, relevance=0.95, types=dict.fromkeys(INCIDENT_TYPES, 0.01) | {"bombing": 0.9})
    article = Article(id="a3", uri="file:///z", text=text, published=dt.date(1990, 1, 10))
    return DocMentions(article=article, sentences=sentences, tagged=tagged)


def test_an_incident_dated_long_before_the_article_joins_a_recent_one_when_asked() -> None:
    old = _dated_story("in March 1985", "1985-03")
    assert len(group_incidents(old, tagger_fillers(old))) == 2  # by default every incident stands
    (incident,) = group_incidents(old, tagger_fillers(old), recent=60)
    assert _names(incident, "Target") == ["the power station", "the town hall"]
    # within the span, or a phrase that tells how long rather than when: two incidents
    for when, value in [("on 1 December", "1989-12-01"), ("since 1978", "1978")]:
        doc = _dated_story(when, value)
        assert len(group_incidents(doc, tagger_fillers(doc), recent=60)) == 2
