"""A story that names no day but tells its incident by the hour ("It happened around 2 a.m.") or as "overnight" is
the publication day's. Sentences and articles written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from strife.extract import Extractor
from strife.extract.dates import find_dates, find_times_of_day
from strife.model import Article, Report, article_id

WEDNESDAY = dt.date(2021, 3, 17)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The shooting happened around 2 a.m. in the 400 block of Elm Street.", "around 2 a.m."),
        ("Officers were called at 11:45pm to a house on Pine Road.", "at 11:45pm"),
        ("SHORTLY BEFORE 6:00 A.M., DEPUTIES FOUND THE DRIVER.", "SHORTLY BEFORE 6:00 A.M."),
        ("Neighbours heard shots just after midnight.", "just after midnight"),
        ("The gunfire broke out about 9:30 near the park.", "about 9:30"),
    ],
)
def test_clock_times_take_the_publication_day(text: str, clock: str) -> None:
    found = find_times_of_day(text, WEDNESDAY)
    assert [(c.text, c.value.value, c.value.precision) for c in found] == [(clock, "2021-03-17", "day")]
    assert find_dates(text, WEDNESDAY) == []  # a clock time alone is no date mention


@pytest.mark.parametrize(
    "text",
    [
        "The final score was 9:30 after extra time.",  # a bare h:mm needs a cue ("at", "around")
        "4:15 PM Update: the victim has been identified.",  # page furniture
        "Posted 10:05 a.m. EST by the newsroom.",
    ],
)
def test_not_clock_times(text: str) -> None:
    assert find_times_of_day(text, WEDNESDAY) == []


def test_no_clock_day_without_publication_date() -> None:
    assert find_times_of_day("It happened around 2 a.m.", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police are looking into an overnight shooting on the east side.",
        "A man was stabbed overnight in the parking lot of a bar.",
        "Two homes were hit by gunfire overnight, police said.",
    ],
)
def test_overnight_is_the_publication_day(text: str) -> None:
    found = find_times_of_day(text, WEDNESDAY)
    assert [(d.text, d.value.value, d.value.precision) for d in found] == [("overnight", "2021-03-17", "day")]
    assert find_dates(text, WEDNESDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "The victim stayed overnight at the hospital for observation.",  # a stay, not when it happened
        "The band became an overnight sensation.",
        "The road will be closed to overnight parking.",
        "Updated: Wednesday, March 17, 2021 @ 2:55 PM",
        "UPDATE WEDNESDAY 5:45 AM",
    ],
)
def test_times_of_day_that_date_nothing(text: str) -> None:
    assert find_times_of_day(text, WEDNESDAY) == []


def test_overnight_beside_a_weekday_is_that_weekday() -> None:
    text = "He was shot overnight Sunday near the corner store."
    assert find_times_of_day(text, WEDNESDAY) == []
    assert [(d.text, d.value.value) for d in find_dates(text, WEDNESDAY)] == [("Sunday", "2021-03-14")]


# --- the report's date


def _article(text: str, published: dt.date | None = WEDNESDAY) -> Article:
    return Article(id=article_id(text), uri="test://" + article_id(text), text=text, published=published, title=None)


def _main(reports: list[Report]) -> Report:
    return next(r for r in reports if r.kind == "main")


CLOCK_STORY = """Man wounded in Riverside shooting

Police are investigating a shooting that left a man wounded in the Riverside neighborhood. It happened around \
2:15 a.m. in the 1200 block of Maple Avenue, where officers found a 34-year-old man shot in the leg. He was taken \
to a hospital in stable condition. No arrests have been made.
"""


def test_a_story_told_by_the_hour_is_dated_to_the_publication_day(extractor: Extractor) -> None:
    main = _main(extractor(_article(CLOCK_STORY)))
    assert (main.date.value, main.date.precision, main.date.text) == ("2021-03-17", "day", "around 2:15 a.m.")


def test_a_clock_time_gives_no_day_without_a_publication_date(extractor: Extractor) -> None:
    main = _main(extractor(_article(CLOCK_STORY, published=None)))
    assert main.date.value is None


NAMED_DAY_STORY = """Man wounded in overnight Riverside shooting

Police are investigating an overnight shooting that left a man wounded in the Riverside neighborhood. It happened \
around 2:15 a.m. in the 1200 block of Maple Avenue. Officers said the man had been at a party on Sunday before the \
shooting. He was taken to a hospital in stable condition.
"""


def test_a_story_that_names_a_day_is_not_dated_by_its_times_of_day(extractor: Extractor) -> None:
    main = _main(extractor(_article(NAMED_DAY_STORY)))
    assert main.date.value != "2021-03-17"


ARREST_STORY = """Teen arrested in Riverside shooting

A 17-year-old was arrested around 1:30 a.m. at his home, police said. He is charged with aggravated assault \
in the shooting of a man in the Riverside neighborhood.
"""


def test_a_follow_ups_clock_time_dates_nothing(extractor: Extractor) -> None:
    reports = extractor(_article(ARREST_STORY))
    assert all(r.date.value is None for r in reports)
