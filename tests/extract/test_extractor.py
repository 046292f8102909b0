"""The extractor on articles written for these tests: main vs recalled incidents, state operations, false alarms."""

from __future__ import annotations

import datetime as dt

import pytest

from strife.extract import Extractor
from strife.extract.mentions import DocMentions, PatternMentionFinder
from strife.extract.roles import INCIDENT_TYPES, RoleSpan, TaggedDoc
from strife.model import Article, Evidence, Report, ReportKind, RoleFiller, article_id


def _article(text: str, published: dt.date | None = dt.date(2022, 5, 10)) -> Article:
    return Article(id=article_id(text), uri="test://" + article_id(text), text=text, published=published, title=None)


HOTEL = """Gunmen storm hotel in Bamako, at least 9 killed

BAMAKO, Mali – Gunmen armed with rifles stormed a hotel in Bamako late on Monday, killing at least nine people and \
wounding 12 others, officials said on Tuesday.

Special forces killed all three attackers after a six-hour siege, the security minister said.

The Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility in a statement on its media channel.

In November 2015, gunmen killed 20 people in an attack on another hotel in Bamako.
"""


def _by_kind(reports: list[Report]) -> dict[str, list[Report]]:
    out: dict[str, list[Report]] = {}
    for r in reports:
        out.setdefault(r.kind, []).append(r)
    return out


def test_main_and_recalled_incidents(extractor: Extractor) -> None:
    reports = _by_kind(extractor(_article(HOTEL)))
    assert len(reports["main"]) == 1 and len(reports["referenced"]) == 1
    main, old = reports["main"][0], reports["referenced"][0]
    # "on Monday" against a Tuesday publication; "said on Tuesday" is when it was said, not done
    assert main.date.value == "2022-05-09" and main.date.precision == "day"
    assert main.location is not None and main.location.city == "Bamako" and main.location.country_code == "ML"
    assert main.killed is not None and main.killed.low == 9 and main.killed.qualifier == "at_least"
    assert main.wounded is not None and main.wounded.low == 12
    # attackers shot by special forces in the attack are the attack's dead attackers, not a state campaign
    assert main.perpetrators_killed is not None and main.perpetrators_killed.low == 3
    assert "armed_assault" in main.attack_types and "firearms" in main.weapons
    assert [(p.status) for p in main.perpetrators if "Nusr" in p.name or "Nasr" in p.name] == ["claimed"]
    assert old.date.value == "2015-11" and old.date.precision == "month"
    assert old.killed is not None and old.killed.low == 20
    # every value carries the span it came from
    ev = main.evidence["killed"][0]
    assert HOTEL[ev.start : ev.end] == ev.text and ("nine" in ev.text or "9" in ev.text)


def test_state_offensive_is_no_incident(extractor: Extractor) -> None:
    text = """Army says offensive has killed 120 militants in the north

The army said on Monday that a two-week ground and air offensive against insurgent camps had killed 120 militants \
and freed 45 captives.

A spokesman said troops had destroyed weapons stores and bomb-making workshops during the operation."""
    assert extractor(_article(text)) == []


def test_army_campaign_toll_is_not_the_attack_toll(extractor: Extractor) -> None:
    text = """Gunmen kill 12 at school in the northwest

Gunmen stormed a school in Peshawar on Tuesday, killing 12 pupils, police said.

Defence officials say the army has so far killed 950 insurgents in its campaign in the hill districts."""
    reports = extractor(_article(text, dt.date(2022, 5, 10)))
    assert len(reports) == 1
    assert reports[0].killed is not None and reports[0].killed.low == 12
    assert reports[0].perpetrators_killed is None


@pytest.mark.parametrize(
    "text",
    [
        "England were beaten 11-9 by Wales in their opener last week and face France on Sunday.",
        "Despite the explosive growth, most shoppers have never heard of the new bank.",
        "The band's album How To Dismantle An Atomic Bomb topped the charts for a third week.",
    ],
)
def test_no_incident_in_everyday_news(extractor: Extractor, text: str) -> None:
    assert extractor(_article(text)) == []


def test_no_publication_date_keeps_the_weekday_without_guessing(extractor: Extractor) -> None:
    text = "Bomb kills 5 in market\n\nA bomb exploded in a crowded market in Kabul on Monday, killing five people."
    reports = extractor(_article(text, published=None))
    assert len(reports) == 1
    assert reports[0].date.value is None and reports[0].date.text and "Monday" in reports[0].date.text


def test_obituary_is_no_incident(extractor: Extractor) -> None:
    text = "Veteran actor dies\n\nThe veteran stage actor, a well-known campaigner, died in Lisbon at the age of 91."
    assert extractor(_article(text)) == []


def test_local_shooting_headline(extractor: Extractor) -> None:
    text = (
        "Man shot dead in Memphis\n\nMEMPHIS, Tenn. (WXYZ) - A man was shot dead outside a store on Friday night, "
        "police said. No arrests have been made."
    )
    reports = extractor(_article(text, dt.date(2016, 3, 5)))
    assert len(reports) == 1
    r = reports[0]
    assert r.killed is not None and r.killed.low == 1
    assert "firearms" in r.weapons
    assert r.location is not None and r.location.city == "Memphis" and r.location.admin1 == "Tennessee"


def test_tagger_fillers_ride_on_the_report(extractor: Extractor) -> None:
    (main, *_) = _by_kind(extractor(_article(HOTEL, dt.date(2022, 5, 10))))["main"]
    assert main.roles is not None  # the shipped tagger read the article
    roles = {f.role for f in main.roles}
    assert "PerpInd" in roles or "Target" in roles
    for f in main.roles:
        assert HOTEL[f.evidence.start : f.evidence.end] == f.text and f.score >= 0.7


def test_celebrity_news_with_names_is_no_incident(extractor: Extractor) -> None:
    # person names the tagger may read as victims, a death and a "shooting" of a film: no second role, no report
    text = (
        "Film star dies after long illness\n\nThe actor Tom Varley, who starred opposite Anna Cole in three films, "
        "has died at the age of 88. Shooting of his last film, with the director Ray Dunne, ended in May."
    )
    assert extractor(_article(text, dt.date(2022, 5, 10))) == []


def test_a_thin_report_stands_on_two_roles_besides_victims_each_at_the_models_cut() -> None:
    def filler(role: str, text: str, score: float) -> RoleFiller:
        return RoleFiller(
            role=role, text=text, score=score, evidence=Evidence(article_id="a", start=0, end=1, text=text)
        )

    def report(target_score: float) -> Report:
        roles = [
            filler("Target", "the dam", target_score),
            filler("Weapon", "a bomb", 0.9),
            filler("Victim", "a judge", 0.9),
        ]
        return Report(id="r", article_id="a", uri="test://a", kind=ReportKind.main, roles=roles)

    assert Extractor._tagger_backed(report(0.85), cut=0.8)
    # a target read from a lower score in an attack's sentence (fillers.HIT_IN_ATTACK) says what was hit, not
    # that anything was: with victims it still leaves one role
    assert not Extractor._tagger_backed(report(0.75), cut=0.8)


class _ReadingFinder(PatternMentionFinder):
    """The lexicons' mentions plus a tagger reading written by the test: (words, role) fillers, a relevance and
    the incident types it gives 0.9."""

    def __init__(self, fillers: list[tuple[str, str]], relevance: float, types: tuple[str, ...]) -> None:
        super().__init__()
        self.fillers, self.relevance, self.types = fillers, relevance, types

    def find(self, article: Article) -> DocMentions:
        doc = super().find(article)
        text = article.text
        spans = [RoleSpan(role, text.index(w), text.index(w) + len(w), w, 0.9) for w, role in self.fillers]
        types = dict.fromkeys(INCIDENT_TYPES, 0.01) | dict.fromkeys(self.types, 0.9)
        doc.tagged = TaggedDoc(spans=spans, relevance=self.relevance, types=types)
        return doc


def _read(text: str, fillers: list[tuple[str, str]], relevance: float, *types: str) -> list[Report]:
    extractor = Extractor(finder=_ReadingFinder(fillers, relevance, types or ("attack",)))
    return extractor(_article(text))


QUIET = (
    "Lawyers stop work\n\nLawyers in Ibague stopped work on Monday to protest the abduction of Maria Ortiz, their "
    "union said. Her colleague Ana Ruiz spoke at the court."
)


def test_a_sure_tagger_keeps_a_main_report_with_a_victim_at_an_attack_word() -> None:
    # one cue (an attack word) and the tagger's victim: too thin for the lexicon gates alone
    victim = [("Maria Ortiz", "Victim")]
    assert _read(QUIET, victim, 0.6) == []
    (report,) = _read(QUIET, victim, 0.99)
    assert report.kind == "main" and [f.text for f in report.roles or []] == ["Maria Ortiz"]
    assert report.attack_types == ["kidnapping"]
    assert report.location is not None and report.location.admin1 == "Tolima"  # the normalisers still run
    assert report.date.value == "2022-05-09"
    # a victim the tagger reads where the lexicons see no attack word is no evidence (people in news at large)
    assert _read(QUIET, [("Ana Ruiz", "Victim")], 0.99) == []
    # one word, or a place, is too weak a name for a victim ("Lingle man accused of shooting")
    assert _read(QUIET, [("Ortiz", "Victim")], 0.99) == []
    place = QUIET.replace("abduction of Maria Ortiz", "abduction of a teacher in San Isidro")
    assert _read(place, [("San Isidro", "Victim")], 0.99) == []


TWO = """Rebels set off a car bomb at a power station in Ibague on Monday, killing two guards, police said.

In another attack the same day, gunmen kidnapped a judge in Cali."""
TWO_FILLERS = [
    ("Rebels", "PerpInd"),
    ("a power station", "Target"),
    ("two guards", "Victim"),
    ("gunmen", "PerpInd"),
    ("a judge", "Victim"),
]


def test_a_report_is_split_into_the_incidents_the_tagger_reads() -> None:
    first, second = _read(TWO, TWO_FILLERS, 0.99, "bombing", "kidnapping")
    assert first.id != second.id and first.kind == second.kind == "main"
    # each incident its own fillers, type, place and toll, from its own sentences
    assert [f.text for f in first.roles or []] == ["Rebels", "a power station", "two guards"]
    assert [f.text for f in second.roles or []] == ["gunmen", "a judge"]
    assert first.muc_types is not None and list(first.muc_types) == ["bombing"]
    assert second.muc_types is not None and list(second.muc_types) == ["kidnapping"]
    assert first.location is not None and first.location.admin1 == "Tolima"
    assert second.location is not None and second.location.city == "Cali"
    assert first.killed is not None and first.killed.low == 2 and second.killed is None
    assert "kidnapping" in second.attack_types
    for report in (first, second):
        assert all(TWO[f.evidence.start : f.evidence.end] == f.text for f in report.roles or [])
    # the same story read with less certainty stays one report
    (one,) = _read(TWO, TWO_FILLERS, 0.8, "bombing", "kidnapping")
    assert len(one.roles or []) == 5
    # read as incidents of one type, its own words (a car bomb, a kidnapping) still tell two incidents
    first, second = _read(TWO, TWO_FILLERS, 0.99, "bombing")
    assert [f.text for f in second.roles or []] == ["gunmen", "a judge"]


BOMBS = """Bombs hit three banks in Ibague overnight, police said.

A bomb exploded at the Banco Popular branch on Sixth Street at 2 a.m., shattering its windows.

Another bomb destroyed the front of the Banco Agrario office near the market an hour later.

A third bomb exploded at the door of a savings bank before dawn."""
BOMB_FILLERS = [
    ("Banco Popular branch", "Target"),
    ("Banco Agrario office", "Target"),
    ("savings bank", "Target"),
    ("Bombs", "Weapon"),
]


def test_bombings_of_different_targets_are_incidents_apart() -> None:
    reports = _read(BOMBS, BOMB_FILLERS, 0.99, "bombing")
    assert [[f.text for f in r.roles or [] if f.role == "Target"] for r in reports] == [
        ["Banco Popular branch"],
        ["Banco Agrario office"],
        ["savings bank"],
    ]
    assert len({r.id for r in reports}) == 3 and all(r.kind == "main" for r in reports)
    assert all(r.location is not None and r.location.admin1 == "Tolima" for r in reports)


def test_an_attack_word_pointing_back_tells_no_new_incident() -> None:
    text = (
        "A bomb exploded at the Colombian consulate in Ibague last night, police said.\n\n"
        "The explosion also damaged the Banco Agrario office next door."
    )
    fillers = [("Colombian consulate", "Target"), ("Banco Agrario office", "Target")]
    (report,) = _read(text, fillers, 0.99, "bombing")
    assert {f.text for f in report.roles or []} == {"Colombian consulate", "Banco Agrario office"}
    # an indefinite one does
    assert (
        len(_read(text.replace("The explosion also damaged", "A second bomb damaged"), fillers, 0.99, "bombing")) == 2
    )


SHOOTING = """Two men shot outside a bar in Millbrook

Two men were shot outside the Corner Tavern on Main Street late Saturday, police said.

Tom Reyes, 24, was shot in the leg and taken to a hospital.

John Hale, 31, was shot in the chest at a parked car across the street and died at the scene."""
SHOOTING_FILLERS = [
    ("Corner Tavern", "Target"),
    ("Tom Reyes", "Victim"),
    ("John Hale", "Victim"),
    ("parked car", "Target"),
]


def test_a_shootings_victims_named_sentence_by_sentence_are_one_incident() -> None:
    (report,) = _read(SHOOTING, SHOOTING_FILLERS, 0.99, "attack")
    assert {f.text for f in report.roles or []} == {"Corner Tavern", "Tom Reyes", "John Hale", "parked car"}


def test_no_split_for_an_incident_without_an_attack_word_of_its_own() -> None:
    text = "Rebels bombed a power station in Ibague on Monday, police said.\n\nA judge in Cali asked for calm."
    fillers = [("Rebels", "PerpInd"), ("a power station", "Target"), ("A judge", "Victim")]
    (report,) = _read(text, fillers, 0.99, "bombing")
    assert {f.text for f in report.roles or []} == {"Rebels", "a power station", "A judge"}


def test_a_headline_toll_outweighs_the_taggers_veto() -> None:
    # a page whose body is another story's teaser: the tagger finds it irrelevant, the headline counts victims
    text = "4 Shot, 1 Killed During Argument In Millbrook\n\nFive places to hear live jazz this weekend in town."
    finder = _ReadingFinder([], 0.05, ("attack",))
    article = _article(text).model_copy(update={"title": text.split("\n")[0]})
    (report,) = Extractor(finder=finder)(article)
    assert report.killed is not None and report.killed.value == 1
    assert report.wounded is not None and report.wounded.value == 3
    # the veto still holds where no headline counts victims
    quiet = "Shots fired near the stadium\n\nFive places to hear live jazz this weekend in town."
    assert Extractor(finder=finder)(_article(quiet).model_copy(update={"title": quiet.split("\n")[0]})) == []


def test_an_opening_toll_outweighs_the_taggers_veto() -> None:
    # a short local item the tagger reads as irrelevant: its second sentence counts a victim at an attack word
    text = "Man dies in Millbrook\n\nPolice say a man in his 20s was shot and killed at close range in Millbrook."
    finder = _ReadingFinder([], 0.05, ("attack",))
    (report,) = Extractor(finder=finder)(_article(text))
    assert report.killed is not None and report.killed.value == 1
    # not where the toll comes only further down
    late = "Council meets\n\n" + "The council met on Monday to discuss the budget. " * 4 + "A man was shot and killed."
    assert Extractor(finder=finder)(_article(late)) == []


def test_attacker_wounded_is_a_figure_of_its_own(extractor: Extractor) -> None:
    text = """Gunman wounds three at market in Kano

KANO, Nigeria – A gunman opened fire at a crowded market in Kano on Monday, wounding three traders, police said.

Police officers shot and wounded the gunman, who was taken to a hospital under guard, a police spokesman said."""
    reports = extractor(_article(text))
    assert len(reports) == 1
    main = reports[0]
    assert main.wounded is not None and main.wounded.low == 3  # the victims only
    assert main.perpetrators_wounded is not None and main.perpetrators_wounded.low == 1
    ev = main.evidence["perpetrators_wounded"][0]
    assert text[ev.start : ev.end] == ev.text and "gunman" in ev.text
    assert main.perpetrators_count is not None and main.perpetrators_count.low == 1


def test_one_attacker_wounded_by_police_is_the_attacks(extractor: Extractor) -> None:
    text = """Clerk wounded in store robbery in Dayton

DAYTON, Ohio – A store clerk was shot and wounded during a robbery on Monday night, police said.

A robbery suspect was shot by police officers as he ran from the store, authorities said."""
    (main,) = extractor(_article(text))
    assert main.wounded is not None and main.wounded.low == 1
    assert main.perpetrators_wounded is not None and main.perpetrators_wounded.low == 1


def test_militants_wounded_in_a_campaign_are_no_attackers_wounded(extractor: Extractor) -> None:
    text = """Gunmen kill 12 at school in the northwest

Gunmen stormed a school in Peshawar on Tuesday, killing 12 pupils, police said.

Defence officials say the army has so far wounded 300 insurgents in its campaign in the hill districts."""
    reports = extractor(_article(text))
    assert len(reports) == 1 and reports[0].perpetrators_wounded is None


def test_a_story_on_the_groups_own_outlet_is_its_claim(extractor: Extractor) -> None:
    text = (
        "CLANDESTINE, 2 MAY 90 (RADIO VENCEREMOS) -- [TEXT] FMLN GUERRILLAS BLEW UP TWO ELECTRICITY PYLONS WITH "
        "DYNAMITE NEAR SAN MIGUEL LAST NIGHT. THE FMLN UNITS WITHDREW WITHOUT LOSSES."
    )
    reports = extractor(_article(text, dt.date(1990, 5, 2)))
    perps = [(p.name, p.status, p.how) for r in reports for p in r.perpetrators]
    assert ("Farabundo Marti National Liberation Front", "claimed", "radio") in perps
    # the same story from a wire agency tells the group's part as fact
    wire = extractor(_article(text.replace("RADIO VENCEREMOS", "AFP"), dt.date(1990, 5, 2)))
    assert {p.status for r in wire for p in r.perpetrators} == {"reported"}


def test_a_headline_restating_a_roundups_figures_is_a_roundup() -> None:
    text = (
        "1 dead, 5 wounded in Millbrook shootings\n\nA man has died and at least five people were wounded since "
        "Tuesday afternoon in separate shootings citywide, police said."
    )
    doc = PatternMentionFinder().find(_article(text))
    head = [c for c in doc.sentences[0].casualties if c.role in ("killed", "wounded")]
    assert head and all(c.cumulative for c in head)
    # a headline whose figures the body gives for one shooting stays that shooting's toll
    single = (
        "1 dead, 5 wounded in Millbrook shooting\n\nA man died and five people were wounded at a party, police said."
    )
    doc = PatternMentionFinder().find(_article(single))
    assert not any(c.cumulative for c in doc.sentences[0].casualties)


def test_a_sure_tagger_keeps_a_headline_that_counts_a_victim_at_an_attack_word() -> None:
    # a headline above a paywall: one victim shot, nothing else told
    text = "Teen accidentally shoots 5-year-old boy in leg\n\nRead the complete story with a subscription."
    title = text.split("\n")[0]
    (report,) = Extractor(finder=_ReadingFinder([], 0.99, ("attack",)))(
        _article(text).model_copy(update={"title": title})
    )
    assert report.kind == "main" and report.wounded is not None and report.wounded.value == 1
    # a tagger in doubt does not vouch for it
    assert (
        Extractor(finder=_ReadingFinder([], 0.3, ("attack",)))(_article(text).model_copy(update={"title": title})) == []
    )
