"""Tagger role fillers onto reports: by segment, leftovers to the main report, empty entity slots filled."""

from __future__ import annotations

from strife.extract.fillers import attach, tagger_fillers
from strife.extract.mentions import DocMentions, Sentence, SentenceMentions
from strife.extract.roles import ROLE_MIN_SCORE, RoleSpan, TaggedDoc
from strife.extract.segment import Segment, Span
from strife.extract.types import TypeMention
from strife.model import Article, AttackType, Entity, Report, ReportKind

TEXT = "Rebels kidnapped two engineers near the dam. In 2019 a bomb hit the old bridge. Police blamed the rebels."


def _span(text: str, role: str, score: float = 0.9) -> RoleSpan:
    start = TEXT.index(text)
    return RoleSpan(role, start, start + len(text), text, score)


def _segment(kind: str, sentence: str) -> Segment:
    start = TEXT.index(sentence)
    sm = SentenceMentions(sentence=Sentence(0, start, start + len(sentence), sentence, 0))
    return Segment(kind, None, [Span(sm, start, start + len(sentence))])


def _doc(spans: list[RoleSpan], kind: str = "kidnapping") -> DocMentions:
    article = Article(id="art1", uri="file:///x", text=TEXT)
    types = {t: 0.1 for t in ("attack", "bombing", "kidnapping", "arson", "robbery", "forced work stoppage")}
    types[kind] = 0.9
    return DocMentions(article=article, sentences=[], tagged=TaggedDoc(spans=spans, relevance=0.95, types=types))


def _report(kind: str, **fields) -> Report:
    return Report(id=f"rep_{kind}", article_id="art1", uri="file:///x", kind=ReportKind(kind), **fields)


def test_fillers_go_to_their_segment_and_leftovers_to_main() -> None:
    doc = _doc(
        [
            _span("Rebels", "PerpInd"),
            _span("two engineers", "Victim"),
            _span("a bomb", "Weapon"),
            _span("the old bridge", "Target"),
            _span("the rebels", "PerpInd"),
            _span("the dam", "Target", score=ROLE_MIN_SCORE - 0.1),  # too unsure: dropped
        ]
    )
    main = _report("main", victims=[Entity(text="engineers")])
    old = _report("referenced", attack_types=[AttackType.bombing])
    attach(
        doc,
        [
            (_segment("main", "Rebels kidnapped two engineers near the dam."), main),
            (_segment("referenced", "In 2019 a bomb hit the old bridge."), old),
        ],
    )
    assert [f.text for f in main.roles] == ["Rebels", "two engineers", "the rebels"]  # the last sentence: leftover
    assert [f.text for f in old.roles] == ["a bomb", "the old bridge"]
    assert all(TEXT[f.evidence.start : f.evidence.end] == f.text for f in main.roles + old.roles)
    # the lexicon's victims stay; empty slots take the tagger's fillers, typed by the target lexicon
    assert [e.text for e in main.victims] == ["engineers"]
    assert [e.text for e in main.attackers] == ["Rebels"]  # "the rebels" is the same entity, said again
    assert [e.text for e in old.targets] == ["the old bridge"]
    # an untyped report takes the tagger's incident type; a typed one keeps its own
    assert main.attack_types == [AttackType.kidnapping] and "attack_types" in main.evidence
    assert old.attack_types == [AttackType.bombing]


def test_no_tagger_no_change() -> None:
    doc = _doc([])
    doc.tagged = None
    report = _report("main")
    attach(doc, [(_segment("main", TEXT), report)])
    assert report.roles is None and report.attack_types == []  # None: no tagger read it


def test_main_report_carries_the_taggers_types() -> None:
    doc = _doc([_span("a bomb", "Weapon")], kind="bombing")
    main, old = _report("main"), _report("referenced")
    attach(doc, [(_segment("main", TEXT), main), (_segment("referenced", "In 2019 a bomb hit the old bridge."), old)])
    assert main.muc_types is not None and max(main.muc_types, key=main.muc_types.get) == "bombing"
    assert old.muc_types is None


def test_a_report_cut_for_a_grouped_incident_takes_its_fillers_and_type() -> None:
    from strife.extract.grouping import GroupedEntity, IncidentGroup

    spans = [_span("Rebels", "PerpInd"), _span("two engineers", "Victim"), _span("the old bridge", "Target")]
    doc = _doc(spans, kind="kidnapping")
    fillers = {f.text: f for f in tagger_fillers(doc)}
    group = IncidentGroup("bombing")
    group.add(GroupedEntity("Target", "the old bridge", [fillers["the old bridge"]]))
    group.add(GroupedEntity("PerpInd", "Rebels", [fillers["Rebels"]]))  # named in the other report's sentence
    cut, main = _report("main"), _report("main")
    attach(
        doc,
        [
            (_segment("main", "Rebels kidnapped two engineers near the dam."), main),
            (_segment("main", "In 2019 a bomb hit the old bridge."), cut),
        ],
        {id(cut): group},
    )
    assert [f.text for f in cut.roles or []] == ["Rebels", "the old bridge"]
    assert cut.muc_types == {"bombing": 0.1} and cut.attack_types == [AttackType.bombing]
    assert [e.text for e in cut.targets] == ["the old bridge"]
    # the others go by segment as before, less what the cut report took
    assert [f.text for f in main.roles or []] == ["two engineers"]
    assert main.muc_types is not None and max(main.muc_types, key=main.muc_types.get) == "kidnapping"


def test_the_tagging_models_own_cut_decides_which_fillers_count() -> None:
    doc = _doc([_span("Rebels", "PerpInd", score=0.82), _span("a bomb", "Weapon", score=0.9)])
    assert [f.text for f in tagger_fillers(doc)] == ["Rebels", "a bomb"]  # default cut 0.7
    assert doc.tagged is not None
    doc.tagged.min_score = 0.85  # a model calibrated to a higher cut
    assert [f.text for f in tagger_fillers(doc)] == ["a bomb"]
    assert [f.text for f in tagger_fillers(doc, min_score=0.5)] == ["Rebels", "a bomb"]  # an explicit cut wins


def test_what_was_hit_counts_from_a_lower_score_in_a_sentence_that_tells_of_an_attack() -> None:
    spans = [
        _span("two engineers", "Victim", score=0.72),  # in "Rebels kidnapped ...": an attack word
        _span("Rebels", "PerpInd", score=0.75),  # an attacker, not what was hit: the model's cut
        _span("the old bridge", "Target", score=0.75),  # no attack word in its sentence
        _span("the dam", "Target", score=0.65),  # under HIT_IN_ATTACK
    ]
    doc = _doc(spans)
    doc.tagged.min_score = 0.8  # type: ignore[union-attr]
    first = TEXT.index("Rebels kidnapped")
    kidnapped = TEXT.index("kidnapped")
    doc.sentences = [
        SentenceMentions(
            sentence=Sentence(0, first, TEXT.index(" In 2019"), "Rebels kidnapped two engineers near the dam.", 0),
            triggers=[TypeMention(kidnapped, kidnapped + 9, "kidnapped", "kidnapping")],
        ),
        SentenceMentions(sentence=Sentence(1, TEXT.index("In 2019"), len(TEXT), TEXT[TEXT.index("In 2019") :], 0)),
    ]
    assert [f.text for f in tagger_fillers(doc, hits=True)] == ["two engineers"]
    assert tagger_fillers(doc) == []  # deciding whether there is an incident: the model's own cut
    assert [f.text for f in tagger_fillers(doc, min_score=0.7, hits=True)] == [
        "two engineers",
        "Rebels",
        "the old bridge",
    ]


PERP_TEXT = (
    "Gunmen shot a judge in the capital. The FMLN claimed the killing in a radio message. "
    "Witnesses said the army had sealed off the street. Nobody saw the sinister car again. "
    "Officials accused the treasury police of a second killing."
)


def test_groups_the_tagger_reads_as_perpetrators_join_the_report() -> None:
    from strife.extract.responsibility import Responsibility
    from strife.model import Location, PerpStatus

    def at(text: str) -> tuple[int, int]:
        start = PERP_TEXT.index(text)
        return start, start + len(text)

    s1 = "The FMLN claimed the killing in a radio message."
    sm = SentenceMentions(sentence=Sentence(1, *at(s1), s1, 0))
    fmln = at("FMLN")
    sm.responsibilities = [Responsibility("FMLN", "FMLN", PerpStatus.claimed, None, "radio", *fmln)]
    s4 = "Officials accused the treasury police of a second killing."
    sm4 = SentenceMentions(sentence=Sentence(4, *at(s4), s4, 0))
    spans = [
        RoleSpan("PerpOrg", *fmln, "FMLN", 0.9),
        RoleSpan("PerpOrg", *at("the army"), "the army", 0.9),
        RoleSpan("PerpOrg", *at("sinister"), "sinister", 0.9),  # a stray span names no group
        RoleSpan("PerpOrg", *at("the treasury police"), "the treasury police", 0.9),
    ]
    article = Article(id="art1", uri="file:///x", text=PERP_TEXT)
    doc = DocMentions(article=article, sentences=[sm, sm4], tagged=TaggedDoc(spans=spans, relevance=0.95, types={}))
    main = _report("main", location=Location(name="San Salvador", country="El Salvador", country_code="SV"))
    start, end = at("Gunmen shot a judge in the capital.")
    seg = Segment(
        "main",
        None,
        [Span(SentenceMentions(sentence=Sentence(0, start, end, PERP_TEXT[start:end], 0)), 0, len(PERP_TEXT))],
    )
    attach(doc, [(seg, main)])
    got = {p.name: p for p in main.perpetrators}
    # the lexicons' reading of the sentence gives the tie (claimed, by radio); the registry the canonical name
    fmln_name = "Farabundo Marti National Liberation Front"
    assert got[fmln_name].status == PerpStatus.claimed and got[fmln_name].how == "radio"
    assert got[fmln_name].evidence[0].text == "FMLN"
    # a state force the registry of armed groups does not hold, named for the report's country, tied to the attack
    # by the same cue patterns as a listed group
    assert got["Military forces of El Salvador"].status == PerpStatus.reported
    assert got["Police forces of El Salvador"].status == PerpStatus.accused
    assert got["Police forces of El Salvador"].by == "Officials"
    assert len(got) == 3


def test_a_perpetrator_the_lexicons_found_is_not_repeated() -> None:
    from strife.model import Perpetrator

    start = PERP_TEXT.index("FMLN")
    article = Article(id="art1", uri="file:///x", text=PERP_TEXT)
    spans = [RoleSpan("PerpOrg", start, start + 4, "FMLN", 0.9)]
    doc = DocMentions(article=article, sentences=[], tagged=TaggedDoc(spans=spans, relevance=0.95, types={}))
    main = _report("main")
    main.perpetrators = [Perpetrator(name="Farabundo Marti National Liberation Front", text="FMLN")]
    seg = Segment(
        "main", None, [Span(SentenceMentions(sentence=Sentence(0, 0, len(PERP_TEXT), PERP_TEXT, 0)), 0, len(PERP_TEXT))]
    )
    attach(doc, [(seg, main)])
    assert [p.name for p in main.perpetrators] == ["Farabundo Marti National Liberation Front"]
