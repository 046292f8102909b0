"""Count phrases → Count: qualifiers, number words, vague quantities (ACLED values, imputed) and ranges."""

from __future__ import annotations

import pytest

from strife.extract.numbers import find_numbers, number_value, parse_count


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier", "imputed"),
    [
        ("61", 61, 61, "exact", False),
        ("sixty-one", 61, 61, "exact", False),
        ("Sixty One", 61, 61, "exact", False),
        ("at least 61", 61, None, "at_least", False),
        ("AT LEAST 145", 145, None, "at_least", False),
        ("more than 100", 100, None, "more_than", False),
        ("over 160", 160, None, "more_than", False),
        ("nearly 50", 50, 50, "about", False),
        ("up to 30", None, 30, "at_most", False),
        ("fewer than 10", None, 10, "less_than", False),
        ("a half dozen", 6, 6, "about", False),
        ("half a dozen", 6, 6, "about", False),
        ("a dozen", 12, 12, "about", False),
        ("two dozen", 24, 24, "about", False),
        ("more than a dozen", 12, None, "more_than", False),
        ("dozens", 12, None, "dozens", True),
        ("dozens of", 12, None, "dozens", True),
        ("scores of", 20, None, "scores", True),
        ("tens of", 10, None, "tens", True),
        ("hundreds of", 100, None, "hundreds", True),
        ("several", 3, None, "several", True),
        ("two", 2, 2, "exact", False),
        ("between 12 and 15", 12, 15, "range", False),
        ("12-15", 12, 15, "range", False),
        ("two or three", 2, 3, "range", False),
        ("1,800", 1800, 1800, "exact", False),
        ("one hundred and twenty three", 123, 123, "exact", False),
        ("a hundred", 100, 100, "exact", False),
        ("fifteen hundred", 1500, 1500, "exact", False),
    ],
)
def test_parse_count(text: str, low: int | None, high: int | None, qualifier: str, imputed: bool) -> None:
    count = parse_count(text)
    assert count is not None
    assert (count.low, count.high, count.qualifier, count.imputed) == (low, high, qualifier, imputed)
    assert count.text == text


@pytest.mark.parametrize("text", ["", "the", "11:30", "34th", "someone", "years"])
def test_parse_count_rejects_non_counts(text: str) -> None:
    assert parse_count(text) is None


def test_range_needs_ascending_bounds() -> None:
    count = parse_count("15-12")
    assert count is None or count.qualifier != "range"


def test_number_value() -> None:
    assert number_value("1,800") == 1800
    assert number_value("seventy-five") == 75
    assert number_value("a thousand") == 1000
    assert number_value("banana") is None


def test_find_numbers_offsets_and_exclusions() -> None:
    text = "At 11:30 p.m. a 28-year-old and two others on 34th Street; at least 61 people, between 12 and 15 hurt."
    found = find_numbers(text, offset=100)
    assert [m.text for m in found] == ["two", "at least 61", "between 12 and 15"]
    for m in found:
        assert text[m.start - 100 : m.end - 100] == m.text
    assert found[1].count.qualifier == "at_least"
    assert found[2].count.high == 15


def test_find_numbers_does_not_split_words() -> None:
    assert find_numbers("someone, anyone, tone, often") == []


def test_hyphenated_number_word_is_not_a_range() -> None:
    count = parse_count("Twenty-one thousand")
    assert count is not None and (count.low, count.qualifier) == (21000, "exact")
