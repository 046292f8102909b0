"""Spotting gazetteer places that NER misses in all-capitals text (invented sentences)."""

from __future__ import annotations

from strife.geo import Geocoder
from strife.geo.spot import spot_places


def test_places_after_locative_words_in_the_documents_countries(geo: Geocoder) -> None:
    text = "A BOMB EXPLODED IN VINA DEL MAR AND TWO MEN WERE SHOT NEAR THE TOWN OF TALCA TODAY."
    found = spot_places(text, 100, geo, {"CL": 2.0})
    assert [p.text for p in found] == ["VINA DEL MAR", "TALCA"]
    assert text[found[0].start - 100 : found[0].end - 100] == "VINA DEL MAR"


def test_spotting_never_leaves_the_documents_countries(geo: Geocoder) -> None:
    text = "THE ATTACK IN VINA DEL MAR WAS CONDEMNED IN BOGOTA."
    assert [p.text for p in spot_places(text, 0, geo, {"CO": 2.0})] == ["BOGOTA"]
    assert spot_places(text, 0, geo, {}) == []
    assert spot_places("THEY LIVE IN LA.", 0, geo, {"US": 1.0}) == []  # a fragment, not a place


def test_country_names_are_left_to_ner(geo: Geocoder) -> None:
    assert spot_places("TALKS WERE HELD IN PANAMA.", 0, geo, {"PA": 2.0}) == []


def test_nationality_words_in_caseless_text() -> None:
    from strife.geo.spot import spot_demonyms

    found = spot_demonyms("THE GUATEMALAN ARMY AND TWO SALVADORANS", 5)
    assert [(p.text, p.label, p.start) for p in found] == [("GUATEMALAN", "NORP", 9), ("SALVADORANS", "NORP", 33)]


def test_words_after_to_or_of_and_small_places_abroad_are_not_spotted(geo: Geocoder) -> None:
    """Invented: a Salvadoran story that also names the United States."""
    countries = {"SV": 3.0, "US": 2.0}
    text = "ACCORDING TO THE RED CROSS, IN MANY CASES THE TROOPS FIRED NEAR THE TOWN OF SOYAPANGO."
    assert [p.text for p in spot_places(text, 0, geo, countries)] == ["SOYAPANGO"]
    assert [p.text for p in spot_places("BOMBS WENT OFF IN HOUSTON.", 0, geo, countries)] == ["HOUSTON"]


def test_country_names_and_nationalities_in_caseless_text(geo: Geocoder) -> None:
    from strife.geo.spot import spot_countries

    text = "THE U.S. ENVOY IN EL SALVADOR MET SALVADORANS IN PANAMA CITY. LET US GO, HE SAID. A CAR BOMB IN PERU."
    found = [(p.text, p.label) for p in spot_countries(text, geo)]
    # a country inside a city's name ("PANAMA CITY") is none; "US" is the pronoun, "CAR" a car
    assert found == [("U.S.", "GPE"), ("EL SALVADOR", "GPE"), ("SALVADORANS", "NORP"), ("PERU", "GPE")]
    assert text[found and spot_countries(text, geo)[1].start :].startswith("EL SALVADOR")


def test_a_nationality_before_the_kind_word_names_the_country(geo: Geocoder) -> None:
    """Invented: "THE PERUVIAN TOWN OF YUNGUYO" is spotted in a story led by Bolivia, small as the town is; another
    word before the kind word ("THE SMALL TOWN OF") lends no country."""
    text = "A BOMB EXPLODED IN THE PERUVIAN TOWN OF YUNGUYO, NEAR THE BORDER."
    assert [p.text for p in spot_places(text, 0, geo, {"BO": 3.0, "PE": 1.0})] == ["YUNGUYO"]
    small = "A BOMB EXPLODED IN THE SMALL TOWN OF YUNGUYO, NEAR THE BORDER."
    assert spot_places(small, 0, geo, {"BO": 3.0, "PE": 1.0}) == []


def test_a_region_holding_a_country_name_names_no_country(geo: Geocoder) -> None:
    """Invented: "CENTRAL AMERICAN UNIVERSITY", "LATIN AMERICA" and "CENTRAL AMERICA" are no U.S. mentions; the
    bare nationality still is."""
    from strife.geo.spot import spot_countries

    text = (
        "STUDENTS OF THE CENTRAL AMERICAN UNIVERSITY, FROM ALL OVER LATIN AMERICA AND CENTRAL AMERICA, MET AN AMERICAN."
    )
    assert [(p.text, p.label) for p in spot_countries(text, geo)] == [("AMERICAN", "NORP")]
    assert geo.country_of("Central American") is None


def test_large_cities_of_the_documents_country_need_no_locative(geo: Geocoder) -> None:
    text = "MEDELLIN LIVES THROUGH A WAVE OF TERROR, ORLANDO GOMEZ SAID."
    assert [p.text for p in spot_places(text, 0, geo, {"CO": 2.0, "US": 1.0})] == ["MEDELLIN"]  # Orlando: abroad
    assert [p.text for p in spot_places("ORLANDO LIVES IN FEAR.", 0, geo, {"US": 1.0})] == ["ORLANDO"]
    assert spot_places("PERQUIN LIVES IN FEAR.", 0, geo, {"SV": 1.0}) == []  # a town needs a locative word


def test_a_place_after_a_possessive_country_is_a_place_of_that_country(geo: Geocoder) -> None:
    """Invented: "IN PERU'S ..." names a division of Peru, in a story the document places in another country;
    the English "NORTHERN SANTANDER" is Colombia's Norte de Santander, not Santander."""
    text = "THE ENGINEER WAS KIDNAPPED IN COLOMBIA'S NORTHERN SANTANDER DEPARTMENT, HIS FAMILY SAID."
    found = spot_places(text, 0, geo, {"VE": 3.0})
    assert [p.text for p in found] == ["NORTHERN SANTANDER DEPARTMENT"]
    assert text[found[0].start : found[0].end] == "NORTHERN SANTANDER DEPARTMENT"
    loc = geo.lookup("NORTHERN SANTANDER DEPARTMENT")[0]
    assert (loc.name, loc.precision) == ("Norte de Santander", "admin1")


def test_a_name_after_in_does_not_swallow_the_next_in(geo: Geocoder) -> None:
    """Invented: the words read after the first "IN" run into the second; the place after it is still found."""
    text = "TWO LEADERS WERE KILLED IN MARCH BY UNKNOWN MEN IN YUNGUYO AS THEY DROVE HOME."
    assert [p.text for p in spot_places(text, 0, geo, {"PE": 1.0})] == ["YUNGUYO"]


def test_an_unlisted_town_written_with_its_division_is_spotted_with_it(geo: Geocoder) -> None:
    """Invented: a hamlet the gazetteer lacks, after "IN" and before its department, is spotted with that department
    (the geocoder places it there); not without a division, nor with one of a country the document never names."""
    text = "TWO SOLDIERS WERE WOUNDED IN CERRO QUEMADITO, CABANAS DEPARTMENT, AND IN CERRO QUEMADITO YESTERDAY."
    found = spot_places(text, 10, geo, {"SV": 2.0})
    assert [p.text for p in found] == ["CERRO QUEMADITO, CABANAS DEPARTMENT"]
    assert text[found[0].start - 10 : found[0].end - 10] == found[0].text
    assert spot_places(text, 0, geo, {"PE": 2.0}) == []
