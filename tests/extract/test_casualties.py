"""Casualty figures in one sentence: roles, counts, attackers versus victims, state-force agents."""

from __future__ import annotations

import pytest

from strife.extract.casualties import CasualtyMention, accidental, find_casualties, tally


def _by_role(sentence: str) -> dict[str, list[CasualtyMention]]:
    out: dict[str, list[CasualtyMention]] = {}
    for m in find_casualties(sentence):
        out.setdefault(m.role, []).append(m)
    return out


def _one(sentence: str, role: str) -> CasualtyMention:
    found = _by_role(sentence).get(role, [])
    assert len(found) == 1, (sentence, role, find_casualties(sentence))
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "role", "low", "high", "qualifier"),
    [
        ("killing at least 48 people, and wounding at least 97 more", "killed", 48, None, "at_least"),
        ("Two brothers were found fatally shot in their apartment", "killed", 2, 2, "exact"),  # kin in the plural
        ("Three sons were injured in the shooting", "wounded", 3, 3, "exact"),
        ("Third Suspect Arrested in Shooting That Killed 1 and Injured 4", "killed", 1, 1, "exact"),  # no name
        ("Third Suspect Arrested in Shooting That Killed 1 and Injured 4", "wounded", 4, 4, "exact"),
        ("killing at least 48 people, and wounding at least 97 more", "wounded", 97, None, "at_least"),
        (
            "At least 38 people, most of them pupils, were killed when a half dozen gunmen raided",
            "killed",
            38,
            None,
            "at_least",
        ),
        (
            "At least 38 people, most of them pupils, were killed when a half dozen gunmen raided",
            "attackers",
            6,
            6,
            "about",
        ),
        ("The bombers killed more than 70 people.", "killed", 70, None, "more_than"),
        ("The explosion left more than 100 people injured.", "wounded", 100, None, "more_than"),
        ("at least 74 people were blown to bits", "killed", 74, None, "at_least"),
        ("One gunman was gunned down, and two more blew themselves up.", "perpetrators_killed", 3, 3, "exact"),
        ("All the militants were killed.", "perpetrators_killed", None, None, "unknown"),
        ("The bomber struck at the gate, killing himself and 12 others.", "killed", 12, 12, "exact"),
        ("The bomber struck at the gate, killing himself and 12 others.", "perpetrators_killed", 1, 1, "exact"),
        ("12 dead, including the bomber", "killed", 11, 11, "exact"),
        ("12 dead, including the bomber", "perpetrators_killed", 1, 1, "exact"),
        ("Officials said the toll rose to 61 on Tuesday.", "killed", 61, 61, "exact"),
        ("The death toll from the blast has risen to at least 40.", "killed", 40, None, "at_least"),
        ("It was a raid involving at least three attackers.", "attackers", 3, None, "at_least"),
        ("Nine people were injured, two of them badly.", "wounded", 9, 9, "exact"),
        ("Gunmen kidnapped 12 workers near the mine.", "hostages", 12, 12, "exact"),
        ("The rebels took 30 hostages at the hotel.", "hostages", 30, 30, "exact"),
        ("Police arrested two suspects after the blast.", "perpetrators_captured", 2, 2, "exact"),
        ("A policeman was killed and three civilians were wounded.", "killed", 1, 1, "exact"),
        ("A policeman was killed and three civilians were wounded.", "wounded", 3, 3, "exact"),
        ("dozens of worshippers were injured", "wounded", 12, None, "dozens"),
        ("The explosion killed 61 police cadets and wounded 117.", "killed", 61, 61, "exact"),
        ("The explosion killed 61 police cadets and wounded 117.", "wounded", 117, 117, "exact"),
        ("Both attackers died in the exchange of fire.", "perpetrators_killed", 2, 2, "exact"),
        ("a man was shot and killed late Tuesday", "killed", 1, 1, "exact"),
        ("The 23-year-old was fatally shot outside his home.", "killed", 1, 1, "exact"),
        ("Four people were taken to hospitals with non-life-threatening injuries.", "wounded", 4, 4, "exact"),
    ],
)
def test_roles_and_counts(sentence: str, role: str, low: int | None, high: int | None, qualifier: str) -> None:
    m = _one(sentence, role)
    assert (m.count.low, m.count.high, m.count.qualifier) == (low, high, qualifier)
    assert sentence[m.start : m.end] == m.text


def test_case_insensitive_upper_and_lower() -> None:
    upper = _by_role("THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES")
    assert upper["perpetrators_killed"][0].count.low == 3
    assert upper["wounded"][0].count.low == 7
    lower = _by_role("the bomb killed four peasants and injured 12 soldiers")
    assert lower["killed"][0].count.low == 4
    assert lower["wounded"][0].count.low == 12


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        ("The Army has killed 1,800 militants since June.", "army"),
        ("Security forces killed five militants in a raid.", "security forces"),
        ("Five militants were killed by security forces in Khyber.", "security forces"),
    ],
)
def test_state_force_is_the_agent(sentence: str, agent: str) -> None:
    m = _one(sentence, "perpetrators_killed")
    assert m.agent == agent
    assert m.count.low in (1800, 5)


def test_attackers_killing_victims_have_no_agent() -> None:
    m = _one("Militants killed 12 soldiers at a checkpoint near the army base.", "killed")
    assert m.count.low == 12
    assert m.agent is None


@pytest.mark.parametrize(
    "sentence",
    [
        "FMLN URBAN COMMANDOS ATTACKED A POLICE POST IN SAN MIGUEL, KILLING FIVE POLICEMEN.",
        "Rebel troops killed five policemen at the post.",
        "Taliban special forces killed five policemen at the post.",
    ],
)
def test_a_groups_unit_is_no_state_agent(sentence: str) -> None:
    m = _one(sentence, "killed")
    assert m.count.low == 5
    assert m.agent is None


def test_victim_nouns_versus_attacker_nouns() -> None:
    assert _one("Two gunmen were killed in the shootout.", "perpetrators_killed").count.low == 2
    assert _one("Two policemen were killed in the shootout.", "killed").count.low == 2
    assert "killed" not in _by_role("Two gunmen were killed in the shootout.")


def test_attackers_doing_the_killing_are_not_killed() -> None:
    found = _by_role("Two gunmen killed 12 people.")
    assert "perpetrators_killed" not in found
    assert found["killed"][0].count.low == 12
    assert found["attackers"][0].count.low == 2


def test_offset_is_added() -> None:
    sentence = "Five people were injured."
    (m,) = find_casualties(sentence, offset=40)
    assert (m.start, m.end) == (40, 40 + len("Five people were injured"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The president met the prime minister on Monday.",
        "Dana Okafor, 31, lived in the 1200 block of Elm Street.",
        "The group marked its 69-year history with a rally of 2,000 people.",
        "None of the security guards were hurt.",
        "The film was shot in Toronto over six weeks.",
        "The video was shot on a phone at the harbour.",
    ],
)
def test_no_casualties(sentence: str) -> None:
    assert [m for m in find_casualties(sentence) if m.role != "attackers"] == []


def test_a_relative_clause_with_a_bracketed_translation_is_an_apposition() -> None:
    # wire copy glosses names in brackets inside the clause between a victim and the verb
    sentence = (
        "Ramos, who was an adviser to the dialogue commission [Comision de Dialogo], was shot to death by "
        "gunmen on the boulevard."
    )
    assert _one(sentence, "killed").count.low == 1


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Jon Okafor Jr., a 42-year-old man, died Sunday after being shot.", "killed"),
        ("Jon Okafor Sr. was shot and killed outside his home.", "killed"),
        ("Jon Okafor III, 30, was wounded in the leg.", "wounded"),
    ],
)
def test_a_name_with_a_generational_suffix(sentence: str, role: str) -> None:
    assert _one(sentence, role).count.low == 1


def test_age_apposition_is_not_a_count() -> None:
    m = _one("Dana Okafor, 31, was shot after an argument.", "wounded")
    assert m.count.low == 1


@pytest.mark.parametrize(
    ("sentence", "role", "low"),
    [
        ("A sergeant and seven policemen were killed today.", "killed", 8),
        ("He is suspected of killing his wife and their four children.", "killed", 5),
        ("Three children and two adults were found dead.", "killed", 5),
        ("Sproaps and Partlow were pronounced dead at the scene.", "killed", 2),
        ("Lackey was pronounced dead at 11:26 p.m.", "killed", 1),
        ("A man shot six people on Saturday, killing four of them.", "wounded", 2),
        ("Four teenagers were shot, one fatally, on Tuesday.", "wounded", 3),
        ("Four teenagers were shot, one fatally, on Tuesday.", "killed", 1),
        ("In 2008, Dion Wiley, 20, was killed and five others injured.", "killed", 1),
        ("A man killed his two children and then himself.", "perpetrators_killed", 1),
        ("Officers found a man with a fatal gunshot wound to the head.", "killed", 1),
        ("Teens named in double fatal shooting", "killed", 2),
        ("Two Charged In Triple Homicide At Riverside Barbecue", "killed", 3),
        ("Police investigate double shooting on Elm Street", "wounded", 2),
        ("Deputies are investigating an accidental shooting death near the lake.", "killed", 1),
        ("Guilty plea in shooting death of nephew", "killed", 1),
        ("Two missionaries -- aged 19 and 21 -- were shot to death last night.", "killed", 2),
        ("Three guards — one of them a retired soldier — were wounded.", "wounded", 3),
        ("A father and son were found fatally shot in their kitchen.", "killed", 2),
        ("Her husband and daughter were wounded.", "wounded", 2),
        ("Grandmother, boy fatally shot on porch", "killed", 2),
        ("The man fired into a garage, wounding three partygoers.", "wounded", 3),
        ("The gunman killed two churchgoers before fleeing.", "killed", 2),
        ("Girl accidentally shoots 4-year-old brother in arm", "wounded", 1),
        ("Hunter shoots himself in leg near Elm Creek", "wounded", 1),
        ("Man suffers gunshot wound while clearing brush", "wounded", 1),
        ("Woman suffers fatal gunshot wound outside bar", "killed", 1),
        ("Teen hospitalized after downtown shooting", "wounded", 1),
        ("Soldiers were arrested for killing six Jesuits on 16 November.", "killed", 6),
        ("a memorial to the 11 teachers assassinated in the capital", "killed", 11),
        ("Police said the man killed his wife, daughter and himself.", "killed", 2),
        ("AN INQUIRY INTO THE WOUNDING OF A SALVADORAN REPORTER AND A CBS REPORTER.", "wounded", 2),
        ("the blood of the 11 teachers assassinated [words indistinct] in the capital", "killed", 11),
        ("Two officers were wounded in the blast, as was a bystander.", "wounded", 3),
        ("12 soldiers were injured in the attack, as were some pedestrians.", "wounded", 13),
        ("Retired guard killed 6-year-old boy, wife, himself", "perpetrators_killed", 1),
    ],
)
def test_harder_forms(sentence: str, role: str, low: int) -> None:
    assert _one(sentence, role).count.low == low


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a blessing that no one died.",
        "Nobody was hurt in the blast.",
        "He was shot in the arm.",  # a pronoun: the victim is counted where first named
        "She won the double at the national championships.",
        "The hunter shot two deer on Saturday.",
    ],
)
def test_no_killed_or_wounded(sentence: str) -> None:
    assert [m for m in find_casualties(sentence) if m.role in ("killed", "wounded", "perpetrators_killed")] == []


def test_attacker_noun_as_modifier_is_not_an_attacker_count() -> None:
    found = _by_role("The rebel movement said a rebel attack wounded a soldier.")
    assert "attackers" not in found
    assert found["wounded"][0].count.low == 1


def test_attackers_conjoined_with_victims() -> None:
    found = _by_role("Three attackers and a guard were killed in the gunfight.")
    assert found["killed"][0].count.low == 1
    (perps,) = found["perpetrators_killed"]
    assert (perps.count.low, perps.text) == (3, "Three attackers")
    assert "attackers" not in found


def test_any_plural_object_of_an_abduction() -> None:
    assert _one("Gunmen abducted 276 schoolgirls from the town.", "hostages").count.low == 276
    assert _one("They kidnapped 12 foreign engineers.", "hostages").count.low == 12
    assert find_casualties("The bomb injured, 3 days ago, nobody.") == []


@pytest.mark.parametrize(
    ("sentence", "role", "low"),
    [
        ("the group claimed responsibility for the kidnapping of 102 people.", "hostages", 102),
        ("He was convicted for the massacre of 30 peasants.", "killed", 30),
        ("after the killing of two militants by the army", "perpetrators_killed", 2),
    ],
)
def test_nominal_forms(sentence: str, role: str, low: int) -> None:
    assert _one(sentence, role).count.low == low


def test_lists_of_victims() -> None:
    assert _one("There were eight women, a 10-year-old girl and four men injured.", "wounded").count.low == 13
    assert _one("Two soldiers, a policeman and three civilians were killed.", "killed").count.low == 6
    # a comma alone does not make a list
    assert _one("In August, at least 74 people were killed.", "killed").count.low == 74


@pytest.mark.parametrize(
    "sentence", ["The minister honoured the Americans who died.", "Thousands have been arrested.", "She was arrested."]
)
def test_not_names_and_not_attackers_arrested(sentence: str) -> None:
    assert find_casualties(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He sang Live And Let Die, the Bond theme.",
        "Brazil is recovering from last year's recession.",
        "The merger killed 300 jobs.",
    ],
)
def test_figurative_and_title_uses(sentence: str) -> None:
    assert find_casualties(sentence) == []


def test_number_words_with_scale() -> None:
    assert _one("Twenty-one thousand people lost their lives.", "killed").count.low == 21000


def test_victims_recovering() -> None:
    assert _one("Two officers are recovering after the shootout.", "wounded").count.low == 2
    assert find_casualties("Brazil is recovering from last year's recession.") == []


@pytest.mark.parametrize(
    ("sentence", "role", "low"),
    [
        ("Police investigate the shooting death of a 12-year-old.", "killed", 1),
        ("They were charged over the deaths of two children.", "killed", 2),
        ("The suspect visited a law office, killing another person.", "killed", 1),
        ("The 45-year-old suffered a non-fatal gunshot wound.", "wounded", 1),
        ("Kim Lee, a 24-year-old father of three with another child on the way, was shot and killed.", "killed", 1),
    ],
)
def test_more_forms(sentence: str, role: str, low: int) -> None:
    assert _one(sentence, role).count.low == low
    assert "killed" not in _by_role(sentence) or role == "killed"


@pytest.mark.parametrize(
    ("sentence", "text", "low"),
    [
        ("A shooting left one man dead and a 5-year-old girl injured.", "a 5-year-old girl injured", 1),
        ("Three men were taken to the hospital in stable condition.", None, 3),
        ("Four teens were taken to the hospital for non-life-threatening injuries.", None, 4),
        ("Five children hospitalized after the shooting.", "Five children hospitalized", 5),
    ],
)
def test_wounded_by_condition_and_hospital(sentence: str, text: str | None, low: int) -> None:
    m = _one(sentence, "wounded")
    assert m.count.low == low
    assert text is None or m.text == text


def test_died_in_hospital_is_not_wounded() -> None:
    found = _by_role("He was taken to hospital where he died of his wounds.")
    assert "wounded" not in found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("17-year-old boy shot, killed in the north end", "killed"),
        ("Teen shot and wounded outside a school", "wounded"),
        ("Woman killed in drive-by shooting", "killed"),
        ("A man in his late teens was shot and wounded Wednesday night.", "wounded"),
        ("7-year-old shot to death on the porch of a duplex", "killed"),
        ("Four-year-old wounded in a drive-by on Elm Street", "wounded"),
        ("Six-year-old in critical condition after a gunshot", "wounded"),
        ("Elementary student accidentally shot during a scuffle", "wounded"),
        ("Grandmother fatally shot while sitting on her couch", "killed"),
    ],
)
def test_single_unnumbered_victim(text: str, role: str) -> None:
    found = [(c.role, c.count.low) for c in find_casualties(text)]
    assert found == [(role, 1)]


def test_accidental_self_shooting_is_a_victim() -> None:
    """Accidental and self-inflicted shootings are kept (GVA counts them): the one hurt is a victim, not an attacker."""
    text = "A six-year-old girl accidentally shot herself in the hand at her home in Tulsa."
    assert accidental(text)
    assert _one(text, "wounded").count.low == 1
    fatal = "The 15-year-old accidentally shot and killed himself while cleaning a rifle."
    assert _one(fatal, "killed").count.low == 1
    assert "perpetrators_killed" not in _by_role(fatal)
    assert _one("An uncle was accidentally shot by his nephew on Friday.", "wounded").count.low == 1
    assert not accidental("Two gunmen shot a guard and fled.")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Teen found shot to death in Wichita", "killed"),
        ("Farm worker dies after Wichita shooting", "killed"),
        ("A man was charged in the fatal shooting of a woman.", "killed"),
        ("A boy is fighting for his life after the shooting.", "wounded"),
    ],
)
def test_more_single_victim_forms(sentence: str, role: str) -> None:
    assert _one(sentence, role).count.low == 1


@pytest.mark.parametrize(
    "sentence",
    ["11 year-old girl dies in shooting", "The 8 or 9 year old boy was shot and killed.", "2015 Smithtown teen dies"],
)
def test_ages_and_years_are_no_counts(sentence: str) -> None:
    assert all((m.count.low or 0) <= 1 for m in find_casualties(sentence))


def _tally(*sentences: str, accident: bool = False) -> dict[str, int | None]:
    found = [(i, m) for i, s in enumerate(sentences) for m in find_casualties(s)]
    return {role: count.value for role, (count, _) in tally(found, accident=accident).items()}


@pytest.mark.parametrize(
    ("sentences", "killed", "wounded"),
    [
        # people shot include the dead
        (("3 Shot, 1 Killed Near Park", "Three men were shot on Elm Street.", "One of them died later."), 1, 2),
        (("Police found a boy who was shot.", "The boy died at the hospital."), 1, None),
        (("Five people were shot at the party.",), None, 5),
        # a figure of the hurt stands as it is
        (("Two men were killed and four others were wounded.", "Six people were shot in all."), 2, 4),
        # later sentences that add victims
        (("A man was shot dead on Oak Street.", "A second man died at the hospital."), 2, None),
        (("A woman was shot and killed.", "Another woman was wounded.", "A third woman was also hurt."), 1, 2),
        # "others" beside the dead count the wounded, not more of them
        (("1 dead, 4 wounded in shooting", "One man was killed.", "Four other people were wounded."), 1, 4),
        # "a third victim" after one dead and no wounded yet: two were wounded
        (("A shooting left one man dead.", "A third victim was also shot."), 1, 2),
        # a toll that counts the shooter, told apart in a sentence of its own
        (("Three dead in murder-suicide", "He killed his 5-year-old daughter, his son, and then himself."), 2, None),
        (("Four dead in Elm Creek", "A man killed his neighbor and then himself."), 4, None),
    ],
)
def test_tally_across_sentences(sentences: tuple[str, ...], killed: int | None, wounded: int | None) -> None:
    got = _tally(*sentences)
    assert (got.get("killed"), got.get("wounded")) == (killed, wounded)


def test_tally_accidental_self_shooting_counts_one_death() -> None:
    got = _tally("A 14-year-old accidentally shot himself in the head.", "The teen shot himself dead.", accident=True)
    assert got.get("killed") == 1 and "perpetrators_killed" not in got


def _killed(sentence: str) -> int | None:
    found = [cm for cm in find_casualties(sentence) if cm.role == "killed" and not cm.cumulative]
    return sum(cm.count.low or 0 for cm in found) if found else None


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a named or singular victim of a fatal verb is one killed, exactly
        ("The council condemned the assassination of Judge Lena Varga.", 1),
        ("THE COUNCIL CONDEMNED THE ASSASSINATION OF JUDGE LENA VARGA.", 1),
        ("Senator Tomas Ibarra was murdered outside his home on Friday.", 1),
        ("SENATOR TOMAS IBARRA WAS MURDERED OUTSIDE HIS HOME ON FRIDAY.", 1),
        ("ORTEGA VILLAR, 61, WAS KILLED WHEN A GRENADE EXPLODED NEAR HIS CAR.", 1),
        ("Masked gunmen killed the mayor of the town late on Sunday.", 1),
        ("the mayor was abducted and killed by unidentified men", 1),
        # a conjunction of named people counts each
        ("THE UNION DENOUNCED THE MURDERS OF PAULO REIS AND MARTA SOUZA.", 2),
        ("Two foreign engineers, Kai Lindqvist and Omar Haddad, have been killed.", 2),
        ("TWO U.S. CITIZENS, KAI LINDQVIST AND OMAR HADDAD, HAVE BEEN KILLED.", 2),
        ("the murder of Ana Ruiz and her son", 2),
        # a number word before any plural noun counts
        ("seven monks were killed in the raid", 7),
        ("SEVEN MONKS WERE KILLED IN THE RAID", 7),
        ("the bishop condemned the murder of the seven monks", 7),
        ("THE SEVEN MONKS AND TWO MORE PEOPLE WERE KILLED AT DAWN.", 9),
        ("the order mourned the killing of four of its members", 4),
        # an apposition is no second victim; a list that names a counted group again adds nothing
        ("THE RIVALS DENIED ANY PART IN THE MURDER OF PAULO REIS, POLITICAL LEADER AND FORMER MAYOR.", 1),
        ("the murders of three engineers, two Danes and a Pole", 3),
        ("the murders of Ana Ruiz, Juan Soto and Luis Vega", 3),
        # a possessive name before the victim
        ("ORTEGA'S DRIVER WAS KILLED IN THE AMBUSH.", 1),
    ],
)
def test_named_and_singular_victims(sentence: str, killed: int) -> None:
    assert _killed(sentence) == killed
    for cm in find_casualties(sentence):
        if cm.role == "killed":
            assert cm.count.qualifier == "exact" and not cm.count.imputed


@pytest.mark.parametrize(
    "sentence",
    [
        "The killing of Salvadoran peasants must stop, the bishop said.",
        "THE HOUSE WAS BURNED BY THE REBELS.",
        "The Killing Of Sister George opens at the theatre tonight.",
        "The film touches on the death of his brother Karl Berg from cancer.",
    ],
)
def test_no_named_victim(sentence: str) -> None:
    assert _killed(sentence) is None


def test_the_murder_of_a_name_and_a_verb_counts_one() -> None:
    assert _killed("THE TERRORIST KILLING OF MAYOR JUAN SOTO AND ACCUSED THE REBELS OF THE CRIME.") == 1


@pytest.mark.parametrize(
    ("sentence", "cumulative"),
    [
        ("More than 2,000 people have been killed since 1985 in the conflict.", True),
        ("About 500 civilians were killed during the war.", True),
        ("At least 40 journalists have been killed so far this year.", True),
        ("Fighting that left some 800 dead in the past ten days.", True),
        ("The bombing killed 12 people, the deadliest attack since 2010.", False),
        ("A car bomb killed 12 people on Monday.", False),
        ("In August last year, a suicide attack killed 70 people.", False),
        ("Last year in Rivertown, 2,310 people were killed by guns.", True),
        ("In 2015, 1,200 people were killed in the earthquake.", False),
        ("In 2008, Dion Wiley, 20, was killed and five others injured.", False),
    ],
)
def test_cumulative_figures(sentence: str, cumulative: bool) -> None:
    found = [cm for cm in find_casualties(sentence) if cm.role == "killed"]
    assert found and all(cm.cumulative == cumulative for cm in found)


def test_a_cumulative_figure_is_no_toll() -> None:
    got = _tally("Gunmen shot dead a judge in the capital.", "About 1,000 people have died since 1980 in the war.")
    assert got.get("killed") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 people shot to death at a farmhouse near the river", [("killed", 3)]),
        ("Two men shot dead outside a Elm Street bar", [("killed", 2)]),
        ("Police: 9-Year-Old Boy Killed, 2 Adults Injured In Porch Shooting", [("killed", 1), ("wounded", 2)]),
    ],
)
def test_headline_tolls_without_auxiliary(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.role, c.count.low) for c in find_casualties(text)] == expected


def test_nothing_adds_to_the_headline_figure() -> None:
    head = "Police: Boy, 9, Killed, 3 Adults Injured In Porch Shooting"
    body = "Three other people were also shot."
    found = [(0, c) for c in find_casualties(head)] + [(2, c) for c in find_casualties(body)]
    assert tally(found, titles=frozenset({0}))["wounded"][0].value == 3
    # told in the body after one victim, the second figure adds: "a man was shot dead. A second man was also shot."
    lead = [(1, c) for c in find_casualties("A man was wounded on Elm Street.")]
    assert tally(lead + [(2, c) for c in find_casualties(body)])["wounded"][0].value == 4
    # after a total of several, the story goes through them one by one (GVA dev: 8 incidents right, none lost)
    lead = [(1, c) for c in find_casualties("Three people were wounded on Elm Street.")]
    assert tally(lead + [(2, c) for c in find_casualties(body)])["wounded"][0].value == 3


def test_a_hospital_is_not_a_named_victim() -> None:
    text = "The boy was taken to Lakeview Hospital and Medical Center with non-life-threatening injuries."
    assert [c for c in find_casualties(text) if c.count.value == 2] == []


@pytest.mark.parametrize(
    "text",
    [
        "One man died and four people were wounded in separate shootings across the city overnight.",
        "4 Dead, 12 Wounded In Weekend Shootings",
        "Two shootings killed three people in the county on Friday.",
    ],
)
def test_a_roundup_of_several_shootings_is_no_toll(text: str) -> None:
    found = [c for c in find_casualties(text) if c.role in ("killed", "wounded")]
    assert found and all(c.cumulative for c in found)
    assert tally([(0, c) for c in find_casualties(text)]) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "another" alone after a figure of the other role
        ("Two people were killed, and another injured at the bar.", [("killed", 2), ("wounded", 1)]),
        # taken to hospital, then died there
        ("The girl was taken to a hospital and later died.", [("killed", 1)]),
        ("He was rushed to County Hospital, where he died.", [("killed", 1), ("killed", 1)]),
        # an age for the determiner, or for the whole noun phrase
        ("A 19-year-old male and 22-year-old woman were slain in the car.", [("killed", 2)]),
        ("A father allegedly kills 3-month-old before fleeing", [("killed", 1)]),
        # "one of them" as a subject
        ("Two men were shot on Elm Street; one of them died.", [("wounded", 1), ("killed", 1)]),
        # ages in a list and the whole of which a part was hit are no counts
        ("Two males, 30 and 41 were injured in the shooting.", []),
        ("Four guests out of the 60 inside the hall were shot.", []),
        # named objects of killing and wounding verbs, with a further conjunct
        ("Two shots were fired, striking and injuring Dana Okafor.", [("wounded", 1)]),
        ("The assassins killed Ana Ruiz and the driver.", [("killed", 2)]),
        ("The rebels killed Israeli soldiers on Tuesday.", []),
        # lists of subjects with names and appositions
        ("Ana Ruiz, a judge, and two of her bodyguards were killed on Monday.", [("killed", 3)]),
        ("Police said that Dana Okafor, her son, and two others were killed.", [("killed", 4)]),
        ("In Lima, his son and two others were killed.", [("killed", 3)]),
        # where the counted were: "the person driving the car", "aboard an army truck"
        ("The person driving the car was also killed.", [("killed", 1)]),
        ("At least five guards travelling aboard an army truck were killed.", [("killed", 5)]),
        ("Four people in the parked car were wounded.", [("wounded", 4)]),
        ("Two officers in the patrol car were not hurt.", []),
        # a shooting death of a named person; a name with a "who" clause
        ("He faces trial for the shooting death of Eric Stone.", [("killed", 1)]),
        ("Lee said he shot Stone, who died at the scene.", [("killed", 1)]),
        # threatened or attempted killings, and deaths in question, are no figures
        ('"He was going to kill his wife," the chief said.', []),
        ("The man tried to kill two officers.", []),
        ("Police could not say if the man had died.", []),
        # an infinitive of purpose or "went on to" still tells what happened
        ("He used a rifle to fatally shoot three people.", [("killed", 3)]),
        ("He went on to kill three people.", [("killed", 3)]),
        # struck or hit by gunfire, or in a limb; a self-inflicted wound in a limb
        ('A teen was struck by what may have been "celebratory gunfire" on Friday.', [("wounded", 1)]),
        ("Woman hit by stray bullet while inside her home", [("wounded", 1)]),
        ("The gun discharged and a bullet struck a 9-year-old girl.", [("wounded", 1)]),
        ("The man was struck in the shoulder when the gun went off.", [("wounded", 1)]),
        ("The car was hit by a truck.", []),
        ("The negotiator said the man shot himself in the left leg.", [("wounded", 1)]),
        ("The victim, identified as Jo Reyes, remains in critical condition.", [("wounded", 1)]),
        # "shot X dead" with the object in between
        ("A man shot his 2-year-old son dead, the sheriff said.", [("killed", 1)]),
        # found dead, found fatally shot, died after being taken to hospital
        ("A mother and her son were found fatally shot on Friday.", [("killed", 2)]),
        ("The boy was rushed to a hospital, but died the next day.", [("killed", 1)]),
        ("Police found two men shot to death in a car.", [("killed", 2)]),
        # a day of the month and a parent's children are no counts
        ("On March 14, Ana Ruiz, 19, was shot dead.", [("killed", 1)]),
        ("Mother of 4 killed in shooting", []),
        # a warrant or an order is executed, nobody is
        ("The second search warrant was executed on Monday.", []),
    ],
)
def test_more_casualty_phrasings(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.role, c.count.low) for c in find_casualties(sentence)] == expected


def test_shot_himself_and_died_in_an_accident_is_one_death() -> None:
    got = _tally("While cleaning his rifle, the man accidentally shot himself and died.", accident=True)
    assert got.get("killed") == 1 and "wounded" not in got


@pytest.mark.parametrize(
    ("sentences", "killed", "wounded"),
    [
        # "another" beside the dead in its own sentence, told twice, is one wounded
        (("One man was killed and another wounded on Oak Street.", "One man was killed and another wounded."), 1, 1),
        # "other ... also" after a figure of the dead refers to it
        (("4 shot, 1 killed in shooting", "Three other men were also shot."), 1, 3),
        # nothing adds to a net count of people shot: the story goes through it one by one
        (("Five people were shot and one killed at the club.", "Two women were also shot."), 1, 4),
        # a victim first hurt, then named again as dead, is no wounded one
        (("The juvenile was flown to a trauma center in critical condition.", "The juvenile died."), 1, None),
        (("Dana Okafor was injured in the shooting.", "Okafor died on Sunday."), 1, None),
        (("A man was injured in the shooting.", "A woman died on Sunday."), 1, 1),
    ],
)
def test_tally_who_adds_and_who_died(sentences: tuple[str, ...], killed: int | None, wounded: int | None) -> None:
    got = _tally(*sentences)
    assert (got.get("killed"), got.get("wounded")) == (killed, wounded)


@pytest.mark.parametrize(
    "sentence",
    [
        "Crime statistics for 2014 show 150 people were murdered in the city.",
        "Three dead, others hurt after a spate of shootings",
        "At least 12 people were killed and 30 others were wounded in shootings across the county.",
    ],
)
def test_roundups_and_statistics_are_cumulative(sentence: str) -> None:
    assert all(cm.cumulative for cm in find_casualties(sentence) if cm.role in ("killed", "wounded"))


def test_a_year_to_date_figure_is_cumulative() -> None:
    (cm,) = find_casualties("More than 700 people have been shot in the city this year.")
    assert cm.cumulative
    (cm,) = find_casualties("In March this year, a bomb killed 20 people.")
    assert not cm.cumulative


def test_a_double_shooting_beside_its_own_figures_adds_nothing() -> None:
    # the people hit in a "double shooting" are the two dead here, not two more
    found = find_casualties("Two men were killed in a double shooting on Elm Street.")
    assert [(m.role, m.count.low) for m in found] == [("killed", 2)]


def test_accidental_head_wound_alone_is_wounded() -> None:
    """In an accident, "shot himself in the head" with no word of death is one wounded; a death told is one killed."""
    got = _tally("A 12-year-old accidentally shot himself in the head while playing with a pistol.", accident=True)
    assert got.get("killed") is None and got.get("wounded") == 1
    got = _tally("The teen shot himself in the head on Sunday.", "He accidentally shot himself.", accident=True)
    assert got.get("killed") is None and got.get("wounded") == 1 and "perpetrators_killed" not in got
    # a gunman who shot himself in the head, no accident, is still an attacker who died
    assert _tally("The gunman then shot himself in the head.").get("perpetrators_killed") == 1


def test_accidental_self_shooting_then_death_is_no_wounded() -> None:
    got = _tally("Boy, 6, accidentally shoots himself at home", "The child was taken to hospital and later died.")
    assert (got.get("killed"), got.get("wounded")) == (1, None)


def test_pronounced_dead_names_one_killed() -> None:
    assert _one("The coroner pronounced 19-year-old Lena Marsh dead at the scene.", "killed").count.low == 1


@pytest.mark.parametrize(
    ("sentences", "killed", "wounded"),
    [
        # an accident that killed one: the one person told as hit is who died
        (("Police investigate an accidental shooting death", "The rifle went off, striking the man."), 1, None),
        (("Toddler dies", "Police said the girl accidentally shot herself with serious injuries."), 1, None),
        # another person, named otherwise than the dead, stays wounded
        (
            (
                "The 20-year-old was accidentally shot and was later pronounced dead.",
                "The 15-year-old was treated for injuries.",
            ),
            1,
            1,
        ),
        (("A man accidentally shot and killed his friend.", "Another man was wounded."), 1, 1),
    ],
)
def test_tally_accident_one_victim(sentences: tuple[str, ...], killed: int | None, wounded: int | None) -> None:
    got = _tally(*sentences, accident=True)
    assert (got.get("killed"), got.get("wounded")) == (killed, wounded)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Medics took the woman, who had a cut on her arm, to a hospital with minor injuries.", [("wounded", 1)]),
        ("Crews rushed two teenagers to the trauma center in critical condition.", [("wounded", 2)]),
        ("A girl was brought to the clinic on Friday with a self-inflicted gunshot wound.", [("wounded", 1)]),
        ("Officers said the man's gunshot wound was self-inflicted.", [("wounded", 1)]),
        # a self-inflicted wound told with a death is no wounded one
        ("The man was found dead of a self-inflicted gunshot wound.", [("killed", 1)]),
    ],
)
def test_taken_to_hospital_and_self_inflicted_wounds(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.role, c.count.low) for c in find_casualties(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "both" pairs a named person with another: two, not "both" (2) plus one
        ("Both Ross and his son died of gunshot wounds.", [("killed", 2)]),
        ("Both guards and a driver were killed.", [("killed", 3)]),
        # a death feared in the present is no death told
        ("Parents want action before another child is killed.", []),
        ("Residents fear another teen is shot unless patrols return.", []),
        ("The man was beaten before he was killed.", [("killed", 1)]),
        # a thing that was shot is no one hurt, whatever word follows it
        ("A truck nearby was also shot.", []),
    ],
)
def test_both_names_and_feared_deaths(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.role, c.count.low) for c in find_casualties(sentence)] == expected


@pytest.mark.parametrize(
    ("sentences", "killed", "wounded"),
    [
        # "a third passenger" after three dead and a fourth hurt is one already counted
        (("Three men were shot dead and a fourth man was injured.", "A third passenger was hospitalized."), 3, 1),
        # a rank past those told is one more
        (("A man was shot dead on Oak Street.", "A second man died at the hospital."), 2, None),
        (("One man was killed and one woman was wounded.", "A third victim was also wounded."), 1, 2),
    ],
)
def test_tally_ordinal_already_counted(sentences: tuple[str, ...], killed: int | None, wounded: int | None) -> None:
    got = _tally(*sentences)
    assert (got.get("killed"), got.get("wounded")) == (killed, wounded)


def test_turned_the_gun_on_himself_is_no_accident_victim() -> None:
    """A murder-suicide told with "self-inflicted" keeps the shooter apart from the one he killed."""
    got = _tally(
        "A man shot his 2-year-old son dead before turning the gun on himself.",
        "The man was found dead of an apparent self-inflicted gunshot wound.",
        accident=True,
    )
    assert got.get("killed") == 1 and got.get("perpetrators_killed") == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time of day is no count
        ('"Around 11, things got loud," said Dana Okafor, who was treated at a clinic.', []),
        ("At 2 a.m., three were shot on Elm Street.", [("wounded", 3)]),
        ("Until 3, four people were wounded in the crossfire.", [("wounded", 4)]),
        ("Shortly after 10, two were hurt.", [("wounded", 2)]),
        # but a figure after "about" is a figure
        ("About 10 were injured.", [("wounded", 10)]),
        ("About 10, including two children, were hurt.", [("wounded", 10)]),
        ("Around 11 people were injured.", [("wounded", 11)]),
    ],
)
def test_clock_time_is_no_count(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.role, c.count.low) for c in find_casualties(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a headline's list joined by commas
        ("Man, 17-month-old child dead after shooting in Elm Grove", [("killed", 2)]),
        ("Woman, 2 children and man killed", [("killed", 4)]),
        ("Man, woman, child injured by gunfire", [("wounded", 3)]),
        # the people a finder lists
        ("Deputies find his wife, son, and daughter dead in the home.", [("killed", 3)]),
        ("Officers found Ana Ruiz, Tom Bell and Joe Kim dead inside.", [("killed", 3)]),
        ("Officers found the man and two children dead.", [("killed", 3)]),
        # a description after a name is the same person
        ("Officers found Ana Ruiz, a nurse, and her son dead.", [("killed", 2)]),
        # an unnumbered plural gives no figure
        ("Officers found the man and their children dead.", []),
        # the same words again are a cry, not a list
        ("She kept saying my baby, my baby dead.", []),
        # ages between commas are no members of the list
        ("Deputies found a man, 40, dead in a parked car.", [("killed", 1)]),
        ("Deputies found Dana Okafor, 31, dead.", [("killed", 1)]),
        ("They came to find a woman and a man, both 22, and another man dead.", [("killed", 3)]),
    ],
)
def test_lists_of_the_dead(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.role, c.count.low) for c in find_casualties(sentence)] == expected


def test_wounded_then_told_dead_in_the_same_sentence() -> None:
    """One hurt whom "she" is told dead later in the same sentence is one of the dead, not a wounded survivor."""
    got = _tally(
        "Woman, girl killed in shooting on Elm Street",
        "The girl also suffered a gunshot wound and was taken to a clinic across town, where she was later "
        "pronounced dead.",
    )
    assert (got.get("killed"), got.get("wounded")) == (2, None)


@pytest.mark.parametrize(
    ("sentences", "killed", "perps"),
    [
        # a list of the dead names the shooter who killed himself too
        (("Deputies found his wife, son and daughter dead.", "The son then turned the gun on himself."), 2, 1),
        (("Father, 2 children found dead", "Police said he turned the gun on himself."), 2, 1),
        (("Man, 2 children dead", "Police said the man then killed himself."), 2, 1),
        # a shooter killed by police is no one of the list
        (("Man, 2 children dead", "Officers shot the gunman dead."), 3, 1),
    ],
)
def test_a_list_of_the_dead_names_the_shooter(sentences: tuple[str, ...], killed: int, perps: int) -> None:
    got = _tally(*sentences)
    assert (got.get("killed"), got.get("perpetrators_killed")) == (killed, perps)


@pytest.mark.parametrize(
    ("sentence", "low"),
    [
        ("The suspect was wounded and taken to a hospital.", 1),
        ("The gunman was shot by police and taken to a hospital in critical condition.", 1),
        ("The suspect was hospitalized with gunshot wounds.", 1),
        ("Police shot and wounded the gunman outside the bank.", 1),
        ("Two attackers were injured in the exchange of fire.", 2),
        ("Officers returned fire, wounding the suspect.", 1),
        ("A bullet struck the suspect in the arm.", 1),
        ("The suspect, who was shot in the leg, was taken to a hospital in stable condition.", 1),
        ("One of the criminals was wounded and captured at the scene.", 1),
        ("The robber was shot by the store clerk.", 1),
    ],
)
def test_attackers_wounded(sentence: str, low: int) -> None:
    found = _by_role(sentence)
    assert _one(sentence, "perpetrators_wounded").count.low == low
    assert "wounded" not in found and "perpetrators_killed" not in found  # never a victim, never a death


def test_attackers_wounded_beside_victims() -> None:
    # a total that includes the attacker is split, as "12 dead, including the bomber" is
    found = _by_role("Five people were wounded, including the gunman.")
    assert found["wounded"][0].count.low == 4 and found["perpetrators_wounded"][0].count.low == 1
    # conjoined subjects: victims and attackers each get their own figure
    found = _by_role("A police officer and the suspect were wounded.")
    assert found["wounded"][0].count.low == 1 and found["perpetrators_wounded"][0].count.low == 1
    found = _by_role("Two gunmen and a guard were wounded.")
    assert found["wounded"][0].count.low == 1 and found["perpetrators_wounded"][0].count.low == 2
    found = _by_role("A soldier and three militants were killed.")
    assert found["killed"][0].count.low == 1 and found["perpetrators_killed"][0].count.low == 3
    # attackers wounded in one sentence add up, apart from the one who died
    found = _by_role("One gunman was shot dead and another gunman was wounded.")
    assert found["perpetrators_killed"][0].count.low == 1 and found["perpetrators_wounded"][0].count.low == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Two suspects shot at police before fleeing.",  # attackers who shoot, not attackers shot
        "Police said the suspect shot and wounded two people.",
        "The suspect's girlfriend was shot in the leg.",
        "Two people were injured, including the suspect's brother.",
        "The suspect was not injured.",
        "The suspect was shot and killed by police.",
        "The suspect suffered a fatal gunshot wound.",
        # a passive needs its auxiliary: this is what the suspect did
        "The suspect, identified as 52-year-old Dale Fenwick, of Elm Creek, allegedly shot his neighbours.",
        "Man held after fatal shooting A suspect is now in custody",  # a headline run into the story
        "It was unclear whether the suspect had been shot or was in custody.",  # only asked
    ],
)
def test_no_attackers_wounded(sentence: str) -> None:
    assert "perpetrators_wounded" not in _by_role(sentence)


def test_fatal_wound_of_an_attacker_is_an_attacker_killed() -> None:
    assert _one("The suspect suffered a fatal gunshot wound.", "perpetrators_killed").count.low == 1


def test_tally_attackers_wounded_less_the_dead() -> None:
    # an attacker shot who then died is one attacker killed, none wounded
    assert "perpetrators_wounded" not in _tally("The gunman was shot by police.", "The gunman died at the scene.")
    assert "perpetrators_wounded" not in _tally("The suspect was hospitalized.", "The suspect later died.")
    # attackers shot include the dead
    got = _tally("Police shot two gunmen outside the station.", "One of the gunmen was killed.")
    assert (got["perpetrators_wounded"], got["perpetrators_killed"]) == (1, 1)
    # another attacker, or deaths of victims only, leave the wounded attacker
    got = _tally("One gunman was shot dead and another gunman was wounded.")
    assert (got["perpetrators_wounded"], got["perpetrators_killed"]) == (1, 1)
    got = _tally("The suspect was hospitalized with gunshot wounds.", "Two people were killed.")
    assert (got["perpetrators_wounded"], got["killed"]) == (1, 2)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named person's killing told with a possessive
        ("Students marched to protest Senator Dana Okafor's murder.", [("killed", 1)]),
        ("RALLIES FOLLOWED MAYOR TOMAS VELEZ REYES'S ASSASSINATION.", [("killed", 1)]),
        # a trial, a charge or what the person did is no death of theirs
        ("Tom Bell's murder trial opened on Monday.", []),
        ("Tom Bell's killing of his neighbour shocked the town.", []),
        # a surname alone refers back to a death told before; a plural is of unknown number
        ("A man was arrested for Okafor's murder.", []),
        ("THE OFFICERS INVOLVED IN THE MONKS' MURDER WERE TRIED.", []),
    ],
)
def test_possessive_killing(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.role, c.count.low) for c in find_casualties(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ages between commas neither count nor hide the names around them
        ("Ana Ruiz, 32, and Tom Bell, 33, were shot in the legs.", [("wounded", 2)]),
        ("Joe Kim, 41, Ana Ruiz, 32, Lee Park, 19, and Tom Bell, 33, were injured.", [("wounded", 4)]),
        ("LUIS MORA, 47, AND PEDRO SOTO, 21, WERE KILLED IN THE CLASH.", [("killed", 2)]),
        # a number with a thousands comma is still a count
        ("In the attack, 2,310 people were wounded.", [("wounded", 2310)]),
    ],
)
def test_named_victims_with_ages(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.role, c.count.low) for c in find_casualties(sentence)] == expected


def test_a_plural_verb_after_one_person_says_a_list() -> None:
    # a list too long to read member by member: its plural verb says two at the least
    c = _one(
        "SOTO, HEAD OF THE PEASANT UNION (UCP) AND LIDIA MORA, A TEACHERS LEADER WERE SEIZED AND KILLED ON MONDAY.",
        "killed",
    )
    assert (c.count.low, c.count.high, c.count.qualifier) == (2, None, "at_least")
    # a singular verb, or a plural one inside a relative clause, is one person
    assert _one("Police came and a man was killed.", "killed").count.low == 1
    assert _one("Dana Okafor, whose sons were wounded, was killed.", "killed").count.low == 1
    assert _one("Officers arrived after a man was reported to have been shot.", "wounded").count.low == 1


def test_deaths_and_wounded_in_the_plural() -> None:
    found = _by_role("The shelling caused more deaths and wounded in the capital.")
    assert [(c.count.low, c.count.qualifier) for c in found["killed"]] == [(2, "at_least")]
    assert [(c.count.low, c.count.qualifier) for c in found["wounded"]] == [(2, "at_least")]
    assert _by_role("The new law could cause more deaths.") == {}  # only feared


def test_a_place_before_a_new_clause_is_no_victim() -> None:
    found = _by_role("An officer was shot on Friday in the Elm Park, and the gunman was killed, police said.")
    assert [c.count.low for c in found["wounded"]] == [1]
    assert [c.count.low for c in found["perpetrators_killed"]] == [1]
    assert "killed" not in found


def test_who_shoots_a_thing_is_no_victim() -> None:
    # the officer shot the dog; the deputy was grazed
    found = _by_role("Another officer shot the dog and a stray round grazed a deputy.")
    assert [(c.role, c.count.low) for c in find_casualties("Officer shot the dog")] == []
    assert [c.count.low for c in found["wounded"]] == [1]


def test_tally_a_paragraph_printed_twice_adds_nothing() -> None:
    got = _tally("A deputy was killed.", "Another officer was shot.", "Another officer was shot.")
    assert got["wounded"] == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a death someone is blamed or charged for is no natural one
        ("The ministry admitted responsibility for the death of Ana Ruiz and her assistant.", [("killed", 2)]),
        ("A neighbour was charged in the death of Tom Bell.", [("killed", 1)]),
        ("The death of Tom Bell saddened his fans.", []),
        # a transcriber's bracketed note between a determiner and its noun
        ("THE DEATH OF LUIS MORA AND HIS [WORDS INDISTINCT] ASSISTANT WAS BLAMED ON THE ARMY.", []),
        ("RESPONSIBILITY FOR THE DEATH OF LUIS MORA AND HIS [WORDS INDISTINCT] ASSISTANT.", [("killed", 2)]),
        # bodyguards and aides are people
        ("One bodyguard was killed and two aides were wounded.", [("killed", 1), ("wounded", 2)]),
    ],
)
def test_deaths_someone_is_blamed_for(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.role, c.count.low) for c in find_casualties(sentence)] == expected


def test_tally_named_victims_told_sentence_by_sentence_add_up() -> None:
    got = _tally(
        "Police say Dana Okafor, 27, was shot in the upper body.",
        "Tom Bell, 34, Joe Kim, 32, and Lee Moss, 33, were shot in the legs.",
    )
    assert got["wounded"] == 4
    # a person told again, by a first name or in full, is no one more
    assert _tally("Dana Michael Okafor suffered a gunshot wound.", "Dana was taken to Elm Hospital.")["wounded"] == 1
    assert _tally("Dana Okafor, 27, was shot.", "Dana Okafor was later treated for wounds.")["wounded"] == 1


def test_tally_victims_told_by_age_sentence_by_sentence_add_up() -> None:
    got = _tally("A 2-year-old was shot in the arm.", "A 13-year-old and a 15-year-old were shot in the leg.")
    assert got["wounded"] == 3
    # the same age told again is the same person
    assert _tally("A 13-year-old was shot in the arm.", "The 13-year-old was shot in the leg.")["wounded"] == 1


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Rebels said civilians and soldiers were killed on Saturday during the clash.", "killed"),
        ("THE ARMY STATED THAT PEASANTS WERE KILLED IN THE RAID.", "killed"),
        ("Two guards died and bystanders were injured.", "wounded"),
    ],
)
def test_victims_in_the_plural_with_no_number_are_two_at_the_least(sentence: str, role: str) -> None:
    got = [c for c in find_casualties(sentence) if c.role == role and c.count.low == 2]
    assert got and got[0].count.qualifier == "at_least"
    assert got[0].text.split()[0].lower() in ("civilians", "peasants", "bystanders")


def test_no_plural_victims_and_loose_talk_of_people_count_nothing() -> None:
    assert find_casualties("No civilians were killed in the raid.") == []
    assert find_casualties("He then learned that people had been injured.") == []


def test_treated_of_care_not_of_manner() -> None:
    assert _one("Two people were treated at the scene for minor injuries.", "wounded").count.low == 2
    assert "wounded" not in _by_role("Refugees in the camp who are being treated inhumanely by the guards.")
    assert "wounded" not in _by_role("The two prisoners were treated badly, their lawyer said.")


@pytest.mark.parametrize(
    ("headline", "killed", "wounded"),
    [
        ("Shooting kills man, wounds 2 others", 1, 2),
        ("Drive-by shooting that wounded an 8-year-old, 2 others has the street on edge", None, 3),
        ("Shooting injures teen outside school", None, 1),
    ],
)
def test_headline_forms(headline: str, killed: int | None, wounded: int | None) -> None:
    found = _by_role(headline)
    assert (found["killed"][0].count.low if "killed" in found else None) == killed
    assert (found["wounded"][0].count.low if "wounded" in found else None) == wounded


def test_a_bare_noun_after_kills_is_a_person_not_a_thing() -> None:
    assert "killed" not in _by_role("Stray bullet kills man's dog")
    assert "killed" not in _by_role("TRE train kills woman who fell onto tracks")  # no attack, no attacker
    found = _by_role("Drive-by shooting kills man, injures woman")
    assert found["killed"][0].count.low == 1 and found["wounded"][0].count.low == 1
    # an apposition after a comma still renames the one victim
    assert _one("The attack killed Ana Ruiz, political leader, on Monday.", "killed").count.low == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Man wounded in 'accidental' shooting dies",
        "Man shot in Tuesday shooting has died",
        "The teen who was shot outside a party Friday has died, police said.",
        "The man wounded in Friday's shooting died Sunday, police said.",
    ],
)
def test_one_hurt_then_dead_is_one_killed_none_wounded(sentence: str) -> None:
    found = _by_role(sentence)
    assert [c.count.low for c in found["killed"]] == [1]
    assert "wounded" not in found


def test_one_of_several_hurt_who_died_is_not_several_dead() -> None:
    found = _by_role("One of five people hurt in a shooting in Pine Hills on Sunday night has died, deputies said.")
    assert all(c.count.low != 5 for c in found.get("killed", []))


@pytest.mark.parametrize(
    "sentence",
    [
        "He took his own life.",
        "Police said the gunman then took his own life.",
        "Student Takes Own Life In Parking Lot",
    ],
)
def test_taking_ones_own_life_is_an_attackers_death(sentence: str) -> None:
    assert _one(sentence, "perpetrators_killed").count.low == 1


def test_a_death_only_in_question_is_not_told() -> None:
    found = _by_role("It isn't clear whether Matusiewicz took his own life or was killed by courthouse police.")
    assert "perpetrators_killed" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Galveston Toddler Shoots Self In Head, Expected to Survive",
        "The man shot himself in the head and is expected to survive.",
    ],
)
def test_a_self_inflicted_shot_the_shooter_survived_is_a_wound(sentence: str) -> None:
    found = _by_role(sentence)
    assert _one(sentence, "wounded").count.low == 1
    assert "perpetrators_killed" not in found


def test_a_singular_relative_clause_is_of_the_last_conjunct_alone() -> None:
    assert _one("Smith and the man who died participated in the shooting together.", "killed").count.low == 1
    assert _one("A man and a woman who were shot were taken to hospital.", "wounded").count.low == 2


def test_left_is_no_modifier_in_a_headline_list() -> None:
    found = _by_role("Man charged in shooting that injured 5-year-old, left man dead")
    assert all(c.count.low != 2 for c in found.get("killed", []))
    assert _one("Man charged in shooting that injured 5-year-old, left man dead", "wounded").count.low == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # no one in particular
        "Any time one of our students is hurt or passes away it has a huge impact.",
        "Whenever a child is shot, we all suffer.",
        # a question
        "-- HURT HIS LITTLE BROTHER?",
        'He asked, "Was anyone hurt?"',
    ],
)
def test_figures_not_told(sentence: str) -> None:
    assert find_casualties(sentence) == []


def test_a_question_that_takes_the_deaths_as_known_still_tells_them() -> None:
    sentence = "[REPORTER] WHERE DID THE OPERATION, IN WHICH ANA RUIZ, HER SON, AND 15 OTHERS WERE KILLED, END?"
    assert _one(sentence, "killed").count.low == 17
    assert _one("[REPORTER] WHO ARE THE OTHER 15 PEOPLE KILLED?", "killed").count.low == 15
    assert _one("Two people were killed. Was anyone else hurt?", "killed").count.low == 2


def test_a_verb_of_seeing_ends_a_generic_subject() -> None:
    found = find_casualties("When the driver saw Hart had been injured, he drove to the area.")
    assert [c.text for c in found] == ["Hart had been injured"]


def test_a_person_named_dead_anywhere_is_no_wounded_one() -> None:
    found = [
        (0, _one("Hassan Hart, of Rialto, was pronounced dead Saturday.", "killed")),
        (1, _one("When the driver saw Hart had been injured, he drove to the area.", "wounded")),
    ]
    assert "wounded" not in tally(found)


def test_a_bullet_striking_someone_counts_the_dead_among_them() -> None:
    found = [
        (0, _one("A 17-year-old student was shot and killed during a party Wednesday.", "killed")),
        (1, _one('That round discharged, striking one of the juveniles," he said.', "wounded")),
    ]
    assert "wounded" not in tally(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police are investigating a shooting that left a woman dead and four others injured late Saturday night.",
        "The shooting left a woman dead and four others injured Saturday.",
    ],
)
def test_an_elliptic_figure_before_a_time(sentence: str) -> None:
    assert _one(sentence, "wounded").count.low == 4


def test_deaths_years_ago_are_no_toll_of_today() -> None:
    assert all(c.cumulative for c in find_casualties("Two others died in a house fire years ago."))
    assert not any(c.cumulative for c in find_casualties("Two people were killed Sunday."))
    # a number of years dates the earlier incident, which segmentation sets apart with its own toll
    assert not any(c.cumulative for c in find_casualties("Two brothers were killed 4 years ago in a confrontation."))


def test_an_elliptic_number_belongs_to_a_plural_noun() -> None:
    found = _by_role("Scene at Litchfield and I-10, Two suspects outstanding teen driver shot on driver side door.")
    assert [c.count.low for c in found["wounded"]] == [1]
    assert _one("Two teen boys shot in Dallas", "wounded").count.low == 2


def test_the_hurt_less_those_of_them_who_later_died() -> None:
    found = [
        (0, _one("Four people were wounded.", "wounded")),
        (1, find_casualties("One of the victims later died.")[0]),
    ]
    tallied = tally(found)
    assert (tallied["killed"][0].low, tallied["wounded"][0].low) == (1, 3)
    # a figure of the people hit already leaves the dead out
    hit = [(0, _one("Four people were shot.", "wounded")), (1, find_casualties("One of the victims later died.")[0])]
    assert tally(hit)["wounded"][0].low == 3


def test_pronounced_dead_with_where_the_person_is_from() -> None:
    sentence = "The coroner pronounced 18-year-old Emery Collins of Harrison County dead at 10:30 a.m. Saturday."
    assert _one(sentence, "killed").count.low == 1
    assert _one("Police found Emery Collins, of Harrison County, dead.", "killed").count.low == 1


def test_a_violent_night_that_saw_others_shot_is_a_roundup() -> None:
    found = find_casualties("Friday was another violent night in Jacksonville that saw five others shot and wounded.")
    assert found and all(c.cumulative for c in found)


def test_a_death_told_by_he_alone_beside_an_attacker_killed_is_his() -> None:
    # (a verb of showing ends a generic subject: not "An autopsy showed he")
    assert _one("An autopsy showed he died of multiple gunshot wounds.", "killed").text == "he died"
    found = [
        (0, _one("A Chicago Police officer on patrol was shot Thursday evening.", "wounded")),
        (1, _one("Officers fired back, fatally wounding the suspect, who was pronounced dead.", "perpetrators_killed")),
        (2, _one("An autopsy showed he died of multiple gunshot wounds.", "killed")),
    ]
    tallied = tally(found)
    assert "killed" not in tallied
    assert (tallied["perpetrators_killed"][0].low, tallied["wounded"][0].low) == (1, 1)
    # a victim's death told by a noun stands
    found[2] = (2, _one("The officer died at the hospital.", "killed"))
    assert tally(found)["killed"][0].low == 1


def test_a_number_with_a_singular_verb_is_not_its_subject() -> None:
    found = _by_role("Teen who shot 4, including 2 ATF agents, is killed by cops, police say")
    assert all(c.count.low != 4 for c in found.get("killed", []))


def test_a_possessive_in_s_apostrophe_determines_a_victim() -> None:
    sentence = "Sproaps' son was taken to the hospital and listed in critical, stable condition."
    assert _one(sentence, "wounded").count.low == 1


def test_the_shooting_of_someone_is_one_hit() -> None:
    assert _one("TTPD investigates accidental shooting of 12-year-old boy by his brother", "wounded").count.low == 1
    assert _one("Police investigate the shooting of a man in Dallas", "wounded").count.low == 1
    assert "wounded" not in _by_role("Police investigate the fatal shooting of a man in Dallas")
    # a hit, who may have died: the toll leaves him out of the wounded
    found = [
        (0, _one("Police investigate the shooting of a man in Dallas", "wounded")),
        (1, _one("The man died at the hospital.", "killed")),
    ]
    assert "wounded" not in tally(found)


def test_an_age_in_yr_old_is_no_count() -> None:
    assert find_casualties("Police investigate shooting of 6 yr old boy") == []
