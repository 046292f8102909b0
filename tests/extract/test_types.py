"""GTD lexicons: attack types, weapons, suicide cues, target/victim types and state operations."""

from __future__ import annotations

import pytest

from strife.extract.types import (
    classify_target,
    find_state_operations,
    find_suicide,
    find_targets,
    find_triggers,
    find_weapons,
)
from strife.model import AttackType, TargetType, WeaponType


def values(mentions: list) -> set[str]:
    return {m.value for m in mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb ripped through the market.", AttackType.bombing),
        ("An IED went off under the bus.", AttackType.bombing),
        ("He blew up the checkpoint with a truck.", AttackType.bombing),
        ("A grenade was hurled into the crowd.", AttackType.bombing),
        ("Gunmen stormed the hotel.", AttackType.armed_assault),
        ("They opened fire on the crowd.", AttackType.armed_assault),
        ("Two guards were shot dead.", AttackType.armed_assault),
        ("the guerrillas ambushed a patrol", AttackType.armed_assault),
        ("Rebels assassinated the governor.", AttackType.assassination),
        ("Militants killed the mayor of the town.", AttackType.assassination),
        ("the judge was gunned down by unknown men", AttackType.assassination),
        ("Forty students were abducted overnight.", AttackType.kidnapping),
        ("gunmen kidnapped two engineers", AttackType.kidnapping),
        ("The attackers held 30 people hostage in the theatre.", AttackType.hostage_barricade),
        ("Militants hijacked a plane.", AttackType.hijacking),
        ("They torched a school.", AttackType.arson),
        ("the guerrillas burned the facilities", AttackType.arson),
        ("the rebels dynamited an electric tower", AttackType.facility_attack),
        ("saboteurs attacked the power line", AttackType.facility_attack),
        ("Armed men robbed the bank.", AttackType.robbery),
        ("A mob beat him to death.", AttackType.unarmed_assault),
    ],
)
def test_triggers(text: str, expected: AttackType) -> None:
    assert expected in values(find_triggers(text))


def test_trigger_offsets_and_case() -> None:
    text = "GUERRILLAS DYNAMITED AN ELECTRIC TOWER"
    [m] = find_triggers(text, offset=10)
    assert (m.text, m.value) == ("DYNAMITED AN ELECTRIC TOWER", "facility_attack")
    assert text[m.start - 10 : m.end - 10] == m.text


def test_longer_phrase_wins_and_no_false_attacks() -> None:
    found = find_triggers("Two suicide bombers struck.")
    assert [(m.text, m.value) for m in found] == [("suicide bombers", "bombing")]
    assert find_triggers("He died of a heart attack after the panic attack.") == []
    # a siege without hostages is not a barricade incident
    assert find_triggers("The siege of the city lasted a year.") == []
    assert values(find_triggers("During the siege the gunmen held hostages.")) >= {"hostage_barricade"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("armed with AK-47 rifles", WeaponType.firearms),
        ("heavy gunfire was heard", WeaponType.firearms),
        ("wearing an explosive vest", WeaponType.explosives),
        ("a suicide vest", WeaponType.explosives),
        ("they threw dynamite", WeaponType.explosives),
        ("mortar shells landed", WeaponType.explosives),
        ("a molotov cocktail", WeaponType.incendiary),
        ("set the house on fire", WeaponType.incendiary),
        ("attacked with a machete", WeaponType.melee),
        ("he stabbed three people", WeaponType.melee),
        ("drove a truck into the crowd", WeaponType.vehicle),
        ("a sarin attack", WeaponType.chemical),
        ("letters laced with anthrax", WeaponType.biological),
        ("a fake bomb strapped to his chest", WeaponType.fake_weapons),
    ],
)
def test_weapons(text: str, expected: WeaponType) -> None:
    assert expected in values(find_weapons(text))


def test_weapon_fake_bomb_is_not_also_explosives() -> None:
    assert values(find_weapons("a fake bomb")) == {"fake_weapons"}


@pytest.mark.parametrize(
    ("text", "suicide"),
    [
        ("A suicide bomber blew himself up.", True),
        ("two attackers blew themselves up", True),
        ("he detonated his explosive vest", True),
        ("A SUICIDE CAR BOMB", True),
        ("the gunmen then detonated explosive vests", True),
        ("police defused an explosive vest found in a car", False),
        ("The man committed suicide in prison.", False),
        ("A roadside bomb exploded.", False),
    ],
)
def test_suicide(text: str, suicide: bool) -> None:
    found = find_suicide(text)
    assert bool(found) is suicide
    assert all(m.value == "suicide" for m in found)


@pytest.mark.parametrize(
    ("text", "type_", "role"),
    [
        ("police training college", TargetType.police, "target"),
        ("police academy", TargetType.police, "target"),
        ("police cadets", TargetType.police, "victim"),
        ("policemen", TargetType.police, "victim"),
        ("a school", TargetType.educational_institution, "target"),
        ("students", TargetType.educational_institution, "victim"),
        ("soldiers", TargetType.military, "victim"),
        ("an army base", TargetType.military, "target"),
        ("the airbase", TargetType.military, "target"),
        ("a military convoy", TargetType.military, "target"),
        ("a mosque", TargetType.religious, "target"),
        ("Shiite pilgrims", TargetType.religious, "victim"),
        ("lawyers", TargetType.private_citizens_property, "victim"),
        ("the hospital", TargetType.business, "target"),
        ("passengers", TargetType.transportation, "victim"),
        ("a bus", TargetType.transportation, "target"),
        ("the embassy", TargetType.diplomatic, "target"),
        ("diplomats", TargetType.diplomatic, "victim"),
        ("journalists", TargetType.journalists_media, "victim"),
        ("a radio station", TargetType.journalists_media, "target"),
        ("the mayor", TargetType.government, "victim"),
        ("a government building", TargetType.government, "target"),
        ("electric towers", TargetType.utilities, "target"),
        ("power lines", TargetType.utilities, "target"),
        ("a crowded market", TargetType.business, "target"),
        ("villagers", TargetType.private_citizens_property, "victim"),
        ("CIVILIANS", TargetType.private_citizens_property, "victim"),
    ],
)
def test_targets(text: str, type_: TargetType, role: str) -> None:
    found = find_targets(text)
    assert found, text
    longest = max(found, key=lambda m: m.end - m.start)
    assert (longest.type, longest.role) == (type_, role)


def test_target_offsets() -> None:
    text = "Militants stormed a police training college and killed 61 police cadets."
    found = find_targets(text, offset=5)
    assert [(m.text, m.type, m.role) for m in found] == [
        ("police training college", TargetType.police, "target"),
        ("police cadets", TargetType.police, "victim"),
    ]
    assert all(text[m.start - 5 : m.end - 5] == m.text for m in found)


def test_classify_target() -> None:
    assert classify_target("police training college") == TargetType.police
    assert classify_target("the students of the university") == TargetType.educational_institution
    assert classify_target("Shiite pilgrims") == TargetType.religious
    assert classify_target("a military-run school") == TargetType.educational_institution
    assert classify_target("soldiers of the school guard") == TargetType.military
    assert classify_target("a unicorn") == TargetType.unknown


@pytest.mark.parametrize(
    "text",
    [
        "The army launched a military operation in North Waziristan.",
        "a new offensive against the rebels",
        "US drone strikes killed four.",
        "Airstrikes hit the town.",
        "an army crackdown on protesters",
        "Security forces killed 12 militants in a raid.",
        "troops shot dead three suspected insurgents",
        "Operation Zarb-e-Azb entered its second year.",
        "Operation Enduring Freedom",
    ],
)
def test_state_operations(text: str) -> None:
    assert values(find_state_operations(text)) == {"state_operation"}


def test_attacks_are_not_state_operations() -> None:
    assert find_state_operations("Militants killed 12 soldiers in an ambush.") == []
    assert find_state_operations("the operation of the hospital resumed") == []


def test_sport_and_names_are_not_attacks() -> None:
    assert find_triggers("Arsenal were beaten 2-1 at home.") == []
    assert find_triggers("A film by David Lynch opened on Friday.") == []
    assert find_triggers("Delays could hold up the merger.") == []
    assert values(find_triggers("A mob lynched the suspect.")) == {"unarmed_assault"}


@pytest.mark.parametrize(
    "text",
    [
        "A toddler shoots himself in the arm with a pistol.",
        "A man was shot outside the corner shop late on Sunday.",
        "The teenager was fatally shot in a parked car.",
        "She was treated for a gunshot wound to the leg.",
        "A boy, 9, shot in the chest at a birthday party.",
        "4 Shot, 1 Killed During Argument Downtown",
        "Teen shot near the bus depot",
        "Boy accidentally shoots his cousin",
    ],
)
def test_people_shot_are_an_armed_assault(text: str) -> None:
    assert values(find_triggers(text)) == {AttackType.armed_assault}


@pytest.mark.parametrize(
    "text",
    [
        "The film was shot in Morocco over six weeks.",
        "The series, which was shot on location, returns in May.",
        "The council's plan was shot down by the mayor.",
        "He shot 68 in the final round to win by two.",
        "Two scenes shot in Boston were cut from the film.",
    ],
)
def test_filming_and_golf_are_not_shootings(text: str) -> None:
    assert find_triggers(text) == []
