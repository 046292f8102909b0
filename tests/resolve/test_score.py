"""Pair scoring: the headline evidence (texts written for these tests)."""

from __future__ import annotations

from strife.resolve.score import (
    HEADLINE_BONUS,
    HURT_OR_DEAD_PENALTY,
    THRESHOLD,
    count_score,
    features,
    pair_score,
    text_score,
)

from .factory import report


def test_headlines_naming_the_same_place_add_evidence() -> None:
    a, b = report("h1", city="Chicago"), report("h2", city="Chicago")
    text_a = "Four Shot At Birthday Party In Larkspur Heights\nFour people were shot late on Saturday."
    text_b = "Police: Gunfire At Larkspur Heights Party Leaves 4 Hurt\nA party ended in gunfire."
    text_c = "Teen Shot Near Rosewood Station\nA teenager was shot on Sunday."
    fa, fb, fc = features(a, text_a), features(b, text_b), features(b, text_c)
    assert fa.headline >= {"Larkspur", "Heights"}
    assert "Shot" not in fa.headline and "Police" not in fb.headline
    assert text_score(fa, fb) - text_score(fa, fc) >= HEADLINE_BONUS


def test_recalled_reports_have_no_headline() -> None:
    r = report("h3", kind="referenced")
    assert features(r, "Larkspur Heights Shooting\nText.").headline == frozenset()


def test_equal_tolls_weigh_by_how_rare_they_are() -> None:
    one = count_score(report("c1", killed=1, killed_q="exact"), report("c2", killed=1, killed_q="exact"))
    five = count_score(report("c3", killed=5, killed_q="exact"), report("c4", killed=5, killed_q="exact"))
    assert 0 < one < five
    clash = count_score(report("c5", killed=5, killed_q="exact"), report("c6", killed=30, killed_q="exact"))
    assert clash < 0


def test_a_page_titles_site_part_is_no_evidence() -> None:
    a = report("s1", city="Chicago")
    text = "Teen shot near Larkspur Heights - KXYZ News 4 Springfield, Weather, Sports\nBody."
    head = features(a, text).headline
    assert "Larkspur" in head and not head & {"Weather", "Sports", "News", "Springfield"}


def test_a_report_with_no_place_needs_more_than_a_day_a_type_and_a_toll() -> None:
    from strife.resolve.score import THRESHOLD, pair_score

    a = report("v1", city="Chicago", killed=1, killed_q="exact", attack=["armed_assault"])
    placed = report("v2", city="Chicago", killed=1, killed_q="exact", attack=["armed_assault"])
    unplaced = report("v3", city=None, killed=1, killed_q="exact", attack=["armed_assault"])
    assert pair_score(a, placed) >= THRESHOLD
    assert pair_score(a, unplaced) < pair_score(a, placed) - 2.0  # no +2 for the same city, and 1 less besides
    assert pair_score(a, unplaced) < THRESHOLD


def test_one_report_of_the_hurt_and_one_of_the_dead_need_a_name_in_common() -> None:
    # the same city and day: one story tells of a woman wounded, another of a man killed
    hurt = report("d1", city="Chicago", wounded=1, attack=["armed_assault"])
    dead = report("d2", city="Chicago", killed=1, killed_q="exact", attack=["armed_assault"])
    assert pair_score(hurt, dead) < THRESHOLD
    both = report("d3", city="Chicago", killed=1, killed_q="exact", wounded=1, attack=["armed_assault"])
    assert pair_score(hurt, both) - pair_score(hurt, dead) > HURT_OR_DEAD_PENALTY - 1
    # the victim who died after the first report is named in both
    named_hurt = report("d4", city="Chicago", wounded=1, attack=["armed_assault"], victims=["Dana Okafor, 31"])
    named_dead = report("d5", city="Chicago", killed=1, killed_q="exact", attack=["armed_assault"], victims=["Okafor"])
    assert pair_score(named_hurt, named_dead) >= THRESHOLD


def test_a_recalled_incident_with_no_date_needs_more_than_a_place_and_a_toll() -> None:
    news = report("u1", city="Chicago", killed=2, killed_q="exact", attack=["armed_assault"])
    undated = report(
        "u2", kind="referenced", date=None, city="Chicago", killed=2, killed_q="exact", attack=["armed_assault"]
    )
    dated = report(
        "u3", kind="referenced", date="2016-10", precision="month", city="Chicago", killed=2, killed_q="exact",
        attack=["armed_assault"],
    )  # fmt: skip
    assert pair_score(news, dated) >= THRESHOLD > pair_score(news, undated)
