"""Shared article names link reports: a follow-up story weeks later, or a place the geocoder got wrong."""

from __future__ import annotations

from strife.resolve.engine import resolve
from strife.resolve.names import article_names

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


def test_referenced_reports_do_not_use_their_articles_names() -> None:
    first = report("g1", city="Chicago", published="2015-06-01", date="2015-05-31", killed=1)
    recalled = report("g2", kind="referenced", city="Chicago", published="2015-06-25", date="2015-06-24", killed=1)
    assert len(resolve([first, recalled], [], [], texts={"art_g1": FIRST, "art_g2": FOLLOW}).incidents) == 2
