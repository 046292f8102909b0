"""Shared article names link reports: a follow-up story weeks later, or a place the geocoder got wrong."""

from __future__ import annotations

from strife.resolve.engine import resolve
from strife.resolve.names import aged_names, article_names, common_places

from .factory import report

FIRST = "Police said Darnell Okafor was shot outside the Maple Grove Apartments on Tuesday. The Police Department said"
FOLLOW = "A man was charged in the killing of Darnell Okafor near the Maple Grove Apartments, All Rights Reserved."
OTHER = "A woman was wounded near Birch Hollow Plaza. Reporter Lena Marsh contributed. All Rights Reserved."


def test_article_names_keep_people_and_places_not_boilerplate() -> None:
    assert article_names(FIRST) == {"Darnell Okafor", "Maple Grove Apartments"}
    assert article_names(OTHER) == {"Birch Hollow Plaza", "Lena Marsh"}


def test_follow_up_weeks_later_joins_when_names_are_shared() -> None:
    first = report("f1", city="Chicago", published="2015-06-01", date="2015-05-31", killed=1)
    follow = report("f2", city="Chicago", published="2015-06-25", date="2015-06-24", killed=1)
    assert len(resolve([first, follow], [], []).incidents) == 2  # three weeks apart, nothing else in common
    texts = {"art_f1": FIRST, "art_f2": FOLLOW}
    assert len(resolve([first, follow], [], [], texts=texts).incidents) == 1
    apart = {"art_f1": FIRST, "art_f2": OTHER}
    assert len(resolve([first, follow], [], [], texts=apart).incidents) == 2


def test_hospitals_and_sides_of_a_city_tie_no_follow_up_weeks_later() -> None:
    one = (
        "A man was shot on the Northwest Side and taken to Larkspur Memorial Hospital, Quinton Ames of Birch Row said."
    )
    two = "A woman was shot on the Northwest Side. She was taken to Larkspur Memorial in good condition."
    assert common_places(one) == {"Northwest Side", "Larkspur Memorial"}  # "Hospital" is a generic word
    assert article_names(one) & article_names(two) == {"Northwest Side", "Larkspur Memorial"}
    first = report("h1", city="Chicago", published="2015-06-01", date="2015-05-31", wounded=1)
    later = report("h2", city="Chicago", published="2015-06-25", date="2015-06-24", wounded=1)
    assert len(resolve([first, later], [], [], texts={"art_h1": one, "art_h2": two}).incidents) == 2
    # the same hospital beside a person and a street both name: tied
    named = two + " Quinton Ames saw it from Birch Row."
    assert len(resolve([first, later], [], [], texts={"art_h1": one, "art_h2": named}).incidents) == 1


def test_referenced_reports_do_not_use_their_articles_names() -> None:
    first = report("g1", city="Chicago", published="2015-06-01", date="2015-05-31", killed=1)
    recalled = report("g2", kind="referenced", city="Chicago", published="2015-06-25", date="2015-06-24", killed=1)
    assert len(resolve([first, recalled], [], [], texts={"art_g1": FIRST, "art_g2": FOLLOW}).incidents) == 2


def test_aged_names_are_people_with_an_age() -> None:
    text = (
        "Police said Jamal T. Smith Jr., 24, was shot. Dana Reyes (31) was hurt, and 17-year-old Maria Lopez-Garcia "
        "died. Cook County, 5, and Reporter Lena Marsh wrote this."
    )
    assert aged_names(text) == {"Jamal Smith", "Dana Reyes", "Maria Lopez-Garcia"}


ARREST = "Tyrell Vance, 19, was charged on Friday in the shooting that killed Darnell Okafor, 24, in May."


def test_follow_up_months_later_joins_on_a_person_named_with_an_age() -> None:
    first = report("h1", city="Chicago", published="2015-05-02", date="2015-05-01", killed=1)
    arrest = report("h2", city="Chicago", published="2015-06-12", date="2015-06-12")
    aged = "Police said Darnell Okafor, 24, was shot outside a store on Friday."
    assert len(resolve([first, arrest], [], [], texts={"art_h1": aged, "art_h2": ARREST}).incidents) == 1
    # the same first name alone, or a person named without an age, is not enough
    other = "Police said Darnell Price, 24, was shot outside a store on Friday."
    assert len(resolve([first, arrest], [], [], texts={"art_h1": other, "art_h2": ARREST}).incidents) == 2
    unaged = "Police said Darnell Okafor was shot outside a store on Friday."
    assert len(resolve([first, arrest], [], [], texts={"art_h1": unaged, "art_h2": ARREST}).incidents) == 2
