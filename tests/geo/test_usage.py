"""Reading how a place name is used from the words around it (invented sentences)."""

from __future__ import annotations

import pytest

from strife.geo.usage import (
    capital_words,
    division_after,
    facility_site,
    following_names,
    foreign_mission,
    kin_surname,
    locative,
    modifier,
    outlet_name,
    scene,
    the_citys_part,
    titled,
)


def at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("TWO BOMBS EXPLODED IN LA CEIBA TODAY.", "LA CEIBA", True),
        ("SOLDIERS VISITING THE CITY OF LA CEIBA WERE HURT.", "LA CEIBA", True),
        ("A blast near the town of Talca.", "Talca", True),
        ("Officials in Quetta said.", "Quetta", True),
        ("Quetta officials said.", "Quetta", False),
        ("A man was shot in south suburban Dolton.", "Dolton", True),
        ("He was taken to a hospital in nearby Harvey.", "Harvey", True),
        ("The south suburban Dolton police said.", "Dolton", False),
        ("AID FROM THE UNITED STATES ARRIVED.", "UNITED STATES", False),
        ("The shooting happened south of Millbrook.", "Millbrook", True),
    ],
)
def test_locative(text: str, name: str, expected: bool) -> None:
    assert locative(text, at(text, name)[0]) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("NINE U.S. SOLDIERS WERE WOUNDED.", "U.S.", True),
        ("THE U.S.  EMBASSY WAS DAMAGED.", "U.S.", True),
        ("Pakistan army officers said.", "Pakistan", True),
        ("HE RETURNED TO THE U.S. LAST YEAR.", "U.S.", False),
        ("AID TO EL SALVADOR, WHICH IS LINKED", "EL SALVADOR", False),
        ("EL SALVADOR IS A VICTIM.", "EL SALVADOR", False),
        ("THE U.S. SAID NOTHING.", "U.S.", False),
        ("AN OBSERVER IS IN GUATEMALA CONDUCTING AN INQUIRY.", "GUATEMALA", False),
        ("They fled to Mexico.", "Mexico", False),
    ],
)
def test_modifier(text: str, name: str, expected: bool) -> None:
    assert modifier(text, at(text, name)[1]) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("ESPECIALLY COL ORLANDO CEPEDA, WHO SIGNED", "ORLANDO", True),
        ("President Lincoln spoke.", "Lincoln", True),
        ("Gen. Washington crossed.", "Washington", True),
        ("A bomb in Orlando killed two.", "Orlando", False),
    ],
)
def test_titled(text: str, name: str, expected: bool) -> None:
    assert titled(text, at(text, name)[0]) is expected


def test_following_names() -> None:
    text = "IT EXPLODED IN LA PAZ'S CENTRE. SAN JOSE DE LAS FLORES, 4 KM AWAY"
    assert following_names(text, at(text, "LA")[1]) == ["PAZ"]
    assert following_names(text, at(text, "SAN")[1]) == ["JOSE", "DE", "LAS"]
    assert following_names(text, at(text, "SAN")[1], limit=1) == ["JOSE"]
    assert following_names("Springfield, Ill.", len("Springfield")) == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("He was taken to Mercy Memorial Hospital in Harvey, where he died.", "Harvey", True),
        ("She is in good condition at Advocate Christ Medical Center in Oak Lawn.", "Oak Lawn", True),
        ("THE BODY WAS TAKEN TO THE MORGUE IN CALI.", "CALI", True),
        ("A man was shot Sunday in Dolton.", "Dolton", False),
        ("A bomb went off near the hospital, in Harvey.", "Harvey", False),
    ],
)
def test_facility_site(text: str, name: str, expected: bool) -> None:
    assert facility_site(text, at(text, name)[0]) is expected


def test_capital_words() -> None:
    assert capital_words("THERE HAVE BEEN ATTACKS IN THE CAPITAL, HE SAID.") == [""]
    assert capital_words("A bomb went off in the Salvadoran capital on Monday.") == ["salvadoran"]
    assert capital_words("Gunmen struck in the country's capital.") == ["country's"]
    assert capital_words("A blast in the capital of Chiapas, and one in the capital's centre.") == []
    assert capital_words("The capital was calm; it rained near the state capital.") == ["state"]


def test_the_citys_part() -> None:
    assert the_citys_part("A man was shot in the city's Feltonville section.", "Feltonville")
    assert the_citys_part("GUNFIRE IN THE CITY’S KENSINGTON NEIGHBORHOOD", "KENSINGTON")
    assert not the_citys_part("A man was shot in the West Side neighborhood.", "West Side")
    assert not the_citys_part("A man was shot in Feltonville.", "Feltonville")


def test_outlet_name() -> None:
    text = "THE REPORT, BROADCAST BY TEGUCIGALPA RADIO AMERICA, SAID THE LOS ANGELES TIMES WAS WRONG IN LIMA."
    assert outlet_name(text, at(text, "TEGUCIGALPA")[1])
    assert outlet_name(text, at(text, "LOS ANGELES")[1])
    assert not outlet_name(text, at(text, "LIMA")[1])
    assert not outlet_name("Gunmen attacked the Lima radio station.", len("Gunmen attacked the Lima"))


def _attack_ends(text: str, words: tuple[str, ...]) -> list[int]:
    return [text.index(w) + len(w) for w in words if w in text]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("THREE ENGINEERS WERE KIDNAPPED ON MONDAY IN ZAMBIA BY ARMED MEN.", "ZAMBIA", True),
        ("A BOMB EXPLODED IN THE PERUVIAN TOWN OF PUNO TODAY.", "PUNO", True),
        ("They condemned the killing of two nuns in Bolivia at dawn.", "Bolivia", True),
        ("A man was kidnapped, according to sources in Quito.", "Quito", False),
        ("A man was kidnapped, police in Quito said.", "Quito", False),
        ("A man was kidnapped and officials in Quito said nothing.", "Quito", False),
        ("A man was shot and taken to a hospital in Lima.", "Lima", False),
        ("IT WAS REPORTED IN LA PAZ THAT A BOMB EXPLODED.", "LA PAZ", False),  # the attack word comes after it
        ("Two were killed. Ministers met in Geneva.", "Geneva", False),  # another sentence
        ("Two were killed near Ghazni city.", "Ghazni", True),
        ("Two were killed during a raid in Ghazni.", "Ghazni", True),
        ("THE ATTACKERS REPORTEDLY CROSSED THE BORDER INTO BRAZIL.", "BRAZIL", False),  # another verb, motion
        ("A man was shot and later died in Lima.", "Lima", False),  # another verb: where he died
        ("He was shot at a clinic in Lima.", "Lima", False),  # a facility's town
    ],
)
def test_scene(text: str, name: str, expected: bool) -> None:
    ends = _attack_ends(text, ("KIDNAPPED", "kidnapped", "EXPLODED", "killing", "killed", "shot", "ATTACKERS"))
    assert scene(text, at(text, name)[0], ends) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("TO HONOR THE TWO VERGARA TOLEDO BROTHERS WHO WERE KILLED", "TOLEDO", True),
        ("the Menendez brothers were tried", "Menendez", True),
        ("two Dallas brothers were shot", "Dallas", False),
        ("a Dallas family was shot", "Dallas", False),
        ("in Toledo brothers were shot", "Toledo", False),
    ],
)
def test_kin_surname(text: str, name: str, expected: bool) -> None:
    assert kin_surname(text, *at(text, name)) is expected


def test_foreign_mission() -> None:
    text = "THE BRAZILIAN EMBASSY AND THE U.S. Ambassador met Peruvian officials."
    assert foreign_mission(text, at(text, "BRAZILIAN")[1])
    assert foreign_mission(text, at(text, "U.S.")[1])
    assert not foreign_mission(text, at(text, "Peruvian")[1])


def test_division_after() -> None:
    text = "IN ILOBASCO, CABANAS DEPARTMENT, AND NEAR LOS LLANITOS, EASTERN INTIBUCA DEPARTMENT; in Tulua, Valle."
    assert division_after(text, text.index(",")) == "CABANAS DEPARTMENT"
    assert division_after(text, text.index(", EASTERN")) == "EASTERN INTIBUCA DEPARTMENT"
    assert division_after(text, text.index(", Valle")) is None  # no type word: a bare qualifier, parsed as such
    assert division_after(text, text.index(", AND")) is None
