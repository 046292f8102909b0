"""Temporal expressions resolved against the publication date; datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from strife.extract.dates import date_role, find_dateline, find_dates, resolve_date

TUESDAY = dt.date(2016, 10, 25)


@pytest.mark.parametrize(
    ("expr", "value", "precision", "end"),
    [
        ("Monday", "2016-10-24", "day", None),
        ("late Tuesday", "2016-10-25", "day", None),  # published on a Tuesday: that day
        ("on Monday night", "2016-10-24", "day", None),
        ("early Sunday morning", "2016-10-23", "day", None),
        ("Wednesday", "2016-10-19", "day", None),
        ("last Tuesday", "2016-10-18", "day", None),
        ("on Dec. 9", "2015-12-09", "day", None),  # no year: the latest 9 December not after publication
        ("on Oct. 25", "2016-10-25", "day", None),
        ("in August", "2016-08", "month", None),
        ("in November", "2015-11", "month", None),
        ("since June", "2016-06", "month", None),
        ("in September 2015", "2015-09", "month", None),
        ("in 2013", "2013", "year", None),
        ("two days ago", "2016-10-23", "day", None),
        ("yesterday", "2016-10-24", "day", None),
        ("last night", "2016-10-24", "day", None),
        ("today", "2016-10-25", "day", None),
        ("this morning", "2016-10-25", "day", None),
        ("last month", "2016-09", "month", None),
        ("last year", "2015", "year", None),
        ("between 12 and 15 January", "2016-01-12", "day", "2016-01-15"),
        ("January 12-15, 2015", "2015-01-12", "day", "2015-01-15"),
        ("3 JAN 90", "1990-01-03", "day", None),
        ("30 december", "2015-12-30", "day", None),
        ("December 2nd, 2015", "2015-12-02", "day", None),
        ("2015-12-02", "2015-12-02", "day", None),
        ("last week", "2016-10-17", "unknown", "2016-10-23"),  # a span: the calendar week before publication
    ],
)
def test_resolve_date(expr: str, value: str, precision: str, end: str | None) -> None:
    got = resolve_date(expr, TUESDAY)
    assert got is not None
    assert (got.value, got.precision, got.end) == (value, precision, end)
    assert got.text == expr


def test_weekday_behind_an_explicit_date_takes_the_date() -> None:
    found = find_dates("On Wednesday, Nov. 25, a man was shot.", dt.date(2015, 12, 2))
    assert len(found) == 1
    assert found[0].text == "On Wednesday, Nov. 25"
    assert found[0].value.value == "2015-11-25"


def test_without_publication_date_only_texts_with_a_year_get_a_value() -> None:
    assert resolve_date("Monday", None).model_dump() == {
        "value": None,
        "precision": "unknown",
        "text": "Monday",
        "end": None,
    }
    assert resolve_date("in August", None).value is None
    assert resolve_date("yesterday", None).value is None
    assert resolve_date("in September 2015", None).value == "2015-09"
    assert resolve_date("3 JAN 90", None).value == "1990-01-03"


@pytest.mark.parametrize(
    "text",
    [
        "the group's 69-year history",
        "in recent years",
        "over the years",
        "at 11:30 p.m.",
        "the 1990s",
        "they will meet next Monday",
        "every Friday",
    ],
)
def test_non_event_times_are_ignored(text: str) -> None:
    assert find_dates(text, TUESDAY) == []


def test_find_dates_offsets_and_order() -> None:
    text = "Gunmen attacked late Monday. In August, a bomb killed 70; in 2013 another attack."
    found = find_dates(text, TUESDAY, offset=50)
    assert [d.text for d in found] == ["late Monday", "In August", "in 2013"]
    for d in found:
        assert text[d.start - 50 : d.end - 50] == d.text
    assert [d.value.precision for d in found] == ["day", "month", "year"]


def test_lower_case_muc_text() -> None:
    found = find_dates("a guerrilla column attacked the farm 2 days ago, on 30 december", dt.date(1990, 1, 3))
    assert [(d.text, d.value.value) for d in found] == [("2 days ago", "1990-01-01"), ("on 30 december", "1989-12-30")]


def test_never_a_day_the_text_does_not_give() -> None:
    for expr in ("in August", "in 2013", "last month", "last week", "since June"):
        got = resolve_date(expr, TUESDAY)
        assert got is not None and got.precision != "day", expr


@pytest.mark.parametrize(
    ("text", "place", "date", "source", "line"),
    [
        ("ISLAMABAD – Gunmen stormed", "ISLAMABAD", None, None, "ISLAMABAD –"),
        (
            "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE",
            "SAN SALVADOR",
            "1990-01-03",
            "RADIO VENCEREMOS",
            "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) --",
        ),
        ("PESHAWAR, Pakistan (AP) — A suicide", "PESHAWAR, Pakistan", None, "AP", "PESHAWAR, Pakistan (AP) —"),
        ("fnnfISLAMABAD – Police said", "ISLAMABAD", None, None, "ISLAMABAD –"),
        (
            "INDIANAPOLIS, Ind. (Dec. 2, 2015) – Police",
            "INDIANAPOLIS, Ind.",
            "2015-12-02",
            None,
            "INDIANAPOLIS, Ind. (Dec. 2, 2015) –",
        ),
        ("A headline\nKABUL (Reuters) - Afghan", "KABUL", None, "Reuters", "KABUL (Reuters) -"),
        (
            "  PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT]",
            "PERTH, AUSTRALIA",
            "1989-06-11",
            "AFP",
            "PERTH (AUSTRALIA), JUNE 11 89 (AFP) --",
        ),
        (
            "NO CITY (EL SALVADOR), 5 FEB 89 (FBIS) -- [TEXT]",
            "EL SALVADOR",
            "1989-02-05",
            "FBIS",
            "NO CITY (EL SALVADOR), 5 FEB 89 (FBIS) --",
        ),
        (
            "SAN SALVADOR, NO DATE (DOMESTIC SERVICE) -- [SPEECH]",
            "SAN SALVADOR",
            None,
            "DOMESTIC SERVICE",
            "SAN SALVADOR, NO DATE (DOMESTIC SERVICE) --",
        ),
    ],
)
def test_find_dateline(text: str, place: str, date: str | None, source: str | None, line: str) -> None:
    dl = find_dateline(text)
    assert dl is not None
    assert (dl.place, dl.source, dl.text) == (place, source, line)
    assert text[dl.start : dl.end] == line
    assert (dl.date.value if dl.date else None) == date


@pytest.mark.parametrize("text", ["The attack - which killed 12 - was", "Police said on Monday that", ""])
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize("text", ["(Published Saturday, Jan. 7, 2017)", "Last Updated: November 13, 2016 at 7:44 pm"])
def test_page_stamps_are_not_event_dates(text: str) -> None:
    assert find_dates(text, dt.date(2017, 1, 8)) == []


def test_dateline_lower_case_and_without_year() -> None:
    dl = find_dateline("san salvador, 3 jan 90 (radio venceremos) -- the army")
    assert dl is not None and (dl.place, dl.source) == ("san salvador", "radio venceremos")
    assert dl.date is not None and dl.date.value == "1990-01-03"
    dl = find_dateline("TEGUCIGALPA, 7 FEB (REUTER) -- [TEXT] A BOMB")
    assert dl is not None and dl.place == "TEGUCIGALPA" and dl.source == "REUTER"
    assert dl.date is not None and (dl.date.value, dl.date.text) == (None, "7 FEB")


@pytest.mark.parametrize(
    ("expr", "value", "precision", "end"),
    [
        ("over the weekend", "2016-10-22", "unknown", "2016-10-23"),
        ("last weekend", "2016-10-22", "unknown", "2016-10-23"),
        ("on New Year's Eve", "2015-12-31", "day", None),
        ("on Halloween", "2015-10-31", "day", None),
    ],
)
def test_weekends_and_holidays(expr: str, value: str, precision: str, end: str | None) -> None:
    got = resolve_date(expr, TUESDAY)
    assert got is not None and (got.value, got.precision, got.end) == (value, precision, end)


@pytest.mark.parametrize("text", ["This may take a while.", "He may 5 times.", "Officials may also resign."])
def test_modal_may_is_not_a_month(text: str) -> None:
    assert find_dates(text, TUESDAY) == []


def test_month_may_with_a_cue() -> None:
    assert [d.value.value for d in find_dates("In May they attacked; in may 1990 too.", TUESDAY)] == [
        "2016-05",
        "1990-05",
    ]


def test_year_naming_an_event() -> None:
    assert [d.value.value for d in find_dates("since the 2008 Mumbai attacks", TUESDAY)] == ["2008"]
    assert find_dates("the 2015 budget", TUESDAY) == []


def test_dateline_station_call_sign_is_the_source() -> None:
    d = find_dateline("Headline\n\nBALTIMORE (WJZ) — A child was hurt.")
    assert d is not None and d.place == "BALTIMORE" and d.source == "WJZ"
    d = find_dateline("PESHAWAR (PAKISTAN) -- A bomb exploded.")
    assert d is not None and d.place == "PESHAWAR, PAKISTAN"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ROME (ITALY), 28 APR 89 (INVENTED) -- [TEXT] A", "ROME, ITALY"),
        ("PANAMA CITY (PANAMA), 16 NOV 89 (INVENTED) -- [TEXT] A", "PANAMA CITY, PANAMA"),
        ("MOSCOW (USSR), 2 MAY 89 (INVENTED) -- [TEXT] A", "MOSCOW, USSR"),
        ("HAVANA (CUBA), 2 MAY 89 (INVENTED) -- [TEXT] A", "HAVANA, CUBA"),
    ],
)
def test_a_short_country_in_brackets_is_no_call_sign(text: str, place: str) -> None:
    d = find_dateline(text)
    assert d is not None and d.place == place and d.source == "INVENTED"


def test_a_datelines_own_date_is_no_event_date() -> None:
    """Invented wire openings: the filing date is not when it happened; the text's own expressions are."""
    filed = dt.date(1990, 3, 14)
    found = find_dates("LIMA, 14 MAR 90 (INVENTED RADIO) -- [TEXT] A BOMB EXPLODED LAST NIGHT.", filed)
    assert [(d.text, d.value.value) for d in found] == [("LAST NIGHT", "1990-03-13")]
    found = find_dates("RIVERTON, Ind. (Dec. 2, 2015) – Police say a man was shot on Monday.", dt.date(2015, 12, 2))
    assert [(d.text, d.value.value) for d in found] == [("on Monday", "2015-11-30")]
    assert [d.text for d in find_dates("On 14 March a bomb exploded.", filed)] == ["On 14 March"]


def test_abbreviated_month_glued_to_its_day() -> None:
    found = find_dates("He was shot on the night of Jan.5 in town.", dt.date(2016, 1, 6))
    assert [(d.text, d.value.value, d.value.precision) for d in found] == [("Jan.5", "2016-01-05", "day")]


def _role(sentence: str, date: str, attack_words: tuple[str, ...] = ()) -> str | None:
    start = sentence.index(date)
    spans = [(sentence.index(w), sentence.index(w) + len(w)) for w in attack_words]
    return date_role(sentence, start, start + len(date), spans)


@pytest.mark.parametrize(
    ("sentence", "date", "role"),
    [
        # invented follow-up sentences: the arrest, the charge and the court are not the attack
        ("Deputies arrested a man Tuesday in connection with Saturday's shooting.", "Tuesday", "followup"),
        ("Deputies arrested a man Tuesday in connection with Saturday's shooting.", "Saturday", "attack"),
        ("A woman appeared in court today for a bond hearing.", "today", "followup"),
        ("He was charged with murder on Monday.", "Monday", "followup"),  # "murder" names the charge
        ("On Thursday, deputies booked the neighbour.", "Thursday", "followup"),  # no cue before: the one after
        ("Mourners gathered Sunday evening at the church.", "Sunday", "followup"),
        ("The victim remained in critical condition Friday.", "Friday", "followup"),
        ("Police said the shooting happened late Friday.", "Friday", "attack"),
        ("A teen who was shot near the park on Sunday is charged with robbery.", "Sunday", "attack"),
        ("Two men were charged in the Jan. 5 drive-by shooting.", "Jan. 5", "attack"),
        ("The jury ruled Wednesday on the Dec. 17 incident.", "Dec. 17", "attack"),
        ("She was followed through the food court on Jan. 26.", "Jan. 26", None),  # no courtroom
        ("The weather was fine on Monday.", "Monday", None),
    ],
)
def test_what_a_date_dates(sentence: str, date: str, role: str | None) -> None:
    assert _role(sentence, date) == role


def test_the_sentences_own_attack_words_count() -> None:
    """The type lexicon's triggers ("ambush") are attack cues too: nearer than the mourners, they win."""
    sentence = "Mourners recalled the ambush of 3 May."
    assert _role(sentence, "3 May") == "followup"
    assert _role(sentence, "3 May", ("ambush",)) == "attack"


@pytest.mark.parametrize(
    ("expr", "published", "value"),
    [
        # 19 December 2020 was a Saturday, 19 December 2019 a Thursday: the weekday picks the coming one
        ("a vigil on Saturday, Dec. 19", dt.date(2020, 12, 15), "2020-12-19"),
        ("Saturday, 19 December", dt.date(2020, 12, 15), "2020-12-19"),
        # a weekday that fits neither (the writer's slip) leaves the latest such day, never a year earlier
        ("Friday, Dec. 19", dt.date(2020, 12, 22), "2020-12-19"),
        ("Friday, Dec. 19", dt.date(2020, 12, 15), "2019-12-19"),
        # more than a week ahead is not read as to come
        ("Saturday, Dec. 19", dt.date(2020, 12, 1), "2019-12-19"),
    ],
)
def test_weekday_picks_the_year_of_a_day_month(expr: str, published: dt.date, value: str) -> None:
    found = find_dates(expr, published)
    assert [d.value.value for d in found] == [value]
