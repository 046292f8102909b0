"""Mention parsing: what to look up, and what the rest of the mention says."""

from __future__ import annotations

from strife.geo.query import parse


def test_comma_qualifier_is_split_off() -> None:
    q = parse("Springfield, Ill.")
    assert q.names == ["Springfield"]
    assert q.qualifiers == ["Ill."]


def test_type_word_gives_hint_and_bare_name() -> None:
    q = parse("Baluchistan province")
    assert q.hint == "admin1"
    assert q.names == ["Baluchistan province", "Baluchistan"]
    assert parse("usulutan department").hint == "admin1"
    assert parse("Quetta district").hint == "admin2"


def test_possessive_and_direction_are_stripped() -> None:
    q = parse("Chicago's South Side")
    assert "Chicago" in q.names and q.stripped
    q = parse("West Philadelphia")
    assert q.names[-1] == "Philadelphia" and q.stripped


def test_parenthesis_dropped_but_its_type_word_kept() -> None:
    assert parse("Salt Lake City (Cottonwood Heights)").names[0] == "Salt Lake City"
    q = parse("Henderson (county)")
    assert q.names[0] == "Henderson county" and q.hint == "admin2"


def test_leading_article_dropped() -> None:
    assert parse("the Punjab").names[0] == "Punjab"


def test_local_agency_names_its_jurisdiction() -> None:
    assert parse("Springfield Police").names == ["Springfield Police", "Springfield"]
    assert parse("Riverton Police Department").names[-1] == "Riverton"
    q = parse("Marion County Sheriff's Office")
    assert "Marion County" in q.names and q.hint == "admin2"
    assert parse("Police").names == ["Police"]  # nothing left to place
    assert parse("Riverton Metro Police").names[-1] == "Riverton"


def test_an_agency_with_its_unit_names_its_jurisdiction() -> None:
    q = parse("Houston Police Department Homicide Division")
    assert q.agency and q.names[-1] == "Houston"
    assert not parse("Houston").agency
