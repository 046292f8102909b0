"""Which date is the main incident's: invented sentences, with the dates and attack words their finders give."""

from __future__ import annotations

import datetime as dt

from strife.extract.dates import find_dates
from strife.extract.mentions import DocMentions, Sentence, SentenceMentions
from strife.extract.segment import is_speech_date, main_date
from strife.extract.types import find_triggers
from strife.model import Article

PUBLISHED = dt.date(1989, 11, 2)


def doc_of(*sentences: str) -> DocMentions:
    text = " ".join(sentences)
    out, pos = [], 0
    for i, s in enumerate(sentences):
        sm = SentenceMentions(sentence=Sentence(i, pos, pos + len(s), s, i))
        sm.dates = find_dates(s, PUBLISHED, pos)
        sm.triggers = find_triggers(s, pos)
        out.append(sm)
        pos += len(s) + 1
    return DocMentions(article=Article(id="a", uri="test://a", text=text, published=PUBLISHED), sentences=out)


def test_the_date_nearest_the_attack_word_dates_the_incident() -> None:
    doc = doc_of(
        "JUDGES TODAY BEGAN STOPPAGES TO PROTEST THE ASSASSINATION OF A JUDGE THE EVENING OF 1 NOVEMBER IN CALI."
    )
    anchor = main_date(doc)
    assert anchor is not None and anchor.value.value == "1989-11-01"


def test_a_date_that_opens_a_clause_of_saying_is_when_it_was_said() -> None:
    doc = doc_of(
        "IN LIMA TODAY, UNOFFICIAL SOURCES REPORTED THAT 300 PEOPLE WERE DETAINED AFTER A KIDNAPPING.",
        "THE BUSINESSMAN WAS KIDNAPPED YESTERDAY BY A COMMANDO.",
    )
    first = doc.sentences[0]
    assert is_speech_date(first, first.dates[0])
    anchor = main_date(doc)
    assert anchor is not None and anchor.value.value == "1989-11-01"


def test_a_date_before_an_attribution_tag_stays_the_incidents() -> None:
    doc = doc_of("A BOMB EXPLODED TODAY IN CALI, POLICE SAID.")
    sm = doc.sentences[0]
    assert not is_speech_date(sm, sm.dates[0])
    anchor = main_date(doc)
    assert anchor is not None and anchor.value.value == "1989-11-02"


def test_a_year_away_from_any_attack_word_dates_no_incident() -> None:
    doc = doc_of("THE ARMED FORCES WILL GUARANTEE THE ELECTIONS THIS YEAR.", "ARMED MEN KILLED TWO PEASANTS.")
    assert main_date(doc) is None


def test_a_follow_ups_own_news_day_does_not_date_the_attack() -> None:
    """Invented follow-up: the arrest is today's news; the shooting it names, a month old, is the incident."""
    doc = doc_of("POLICE ARRESTED TWO MEN TODAY IN CONNECTION WITH THE 5 OCTOBER SHOOTING OF A JUDGE IN CALI.")
    anchor = main_date(doc)
    assert anchor is not None and anchor.value.value == "1989-10-05"


def test_a_follow_up_that_gives_no_attack_date_gives_no_date() -> None:
    doc = doc_of("TWO MEN WERE ARRESTED TODAY FOR THE SHOOTING OF A JUDGE IN CALI.")
    assert main_date(doc) is None


def test_a_follow_up_dates_the_attack_from_a_later_sentence() -> None:
    doc = doc_of(
        "TWO MEN WERE ARRESTED TODAY FOR THE SHOOTING OF A JUDGE IN CALI.",
        "THE JUDGE WAS SHOT ON 5 OCTOBER OUTSIDE HIS HOME.",
    )
    anchor = main_date(doc)
    assert anchor is not None and anchor.value.value == "1989-10-05"


def test_a_recalled_attack_date_outranks_a_said_date_only_in_a_follow_up() -> None:
    """A follow-up's lead ("face charges") lets the attack's own older day win over the day it was said; in other
    news the older day is an earlier incident recalled, and the said day stays the fallback."""
    said = "TWO MEN FACE CHARGES FOR THE SHOOTING OF A JUDGE, THE MINISTER SAID TODAY."
    recalled = "THE JUDGE WAS SHOT ON 5 OCTOBER OUTSIDE HIS HOME."
    anchor = main_date(doc_of(said, recalled))
    assert anchor is not None and anchor.value.value == "1989-10-05"
    other = "A JUDGE WAS SHOT IN CALI, THE MINISTER SAID TODAY."
    anchor = main_date(doc_of(other, "IT WAS THE THIRD SHOOTING SINCE THE 5 OCTOBER KILLING."))
    assert anchor is not None and anchor.value.value == "1989-11-02"


def test_an_incident_told_as_following_a_recalled_one_takes_its_date_from_it() -> None:
    from strife.extract.segment import segment

    doc = doc_of(
        "Rebels attacked a police post in the north today, killing two officers.",
        "On 14 August rebels bombed a bridge in the south.",
        "Two days later, a car bomb exploded outside the courthouse in the capital.",
        "A week later another bomb hit a power station.",
        "The next year, rebels kidnapped a mayor.",
    )
    segs = segment(doc)
    got = [
        (s.kind, s.anchor.value.value if s.anchor else None, [sp.mentions.sentence.index for sp in s.spans])
        for s in segs
    ]
    assert got == [
        ("main", "1989-11-02", [0]),
        ("referenced", "1989-08-14", [1]),
        ("referenced", "1989-08-16", [2]),  # the day the text gives
        ("referenced", "1989-08", [3]),  # "a week later" is seldom exactly seven days: the month
        ("referenced", "1990", [4]),
    ]
    assert segs[2].anchor.value.precision == "day" and segs[3].anchor.value.precision == "month"


def test_what_followed_a_recalled_incident_without_a_new_attack_stays_with_it() -> None:
    from strife.extract.segment import segment

    doc = doc_of(
        "Rebels attacked a police post in the north today, killing two officers.",
        "On 14 August rebels bombed a bridge in the south.",
        "Two days later, police arrested a man over the attack.",
    )
    assert [s.kind for s in segment(doc)] == ["main", "referenced"]


def test_a_day_days_before_the_main_incidents_is_an_earlier_incident() -> None:
    from strife.extract.segment import segment

    doc = doc_of(
        "Gunmen shot four people on Wednesday outside a bar in the capital.",
        "Five people were shot, one of whom died, on Sunday at a shopping center.",
        "A fifth man was shot late Tuesday near the bar.",  # a day apart: the same night's shooting
    )
    got = [(s.kind, s.anchor.value.value if s.anchor else None, [sp.mentions.sentence.index for sp in s.spans])
           for s in segment(doc)]  # fmt: skip
    assert got == [("main", "1989-11-01", [0, 2]), ("referenced", "1989-10-29", [1])]


def test_a_date_alone_on_its_line_heads_the_next_sentence_of_a_timeline() -> None:
    from strife.extract.segment import segment

    doc = doc_of(
        "Gunmen shot four people on Wednesday outside a bar in the capital.",
        "August 1982:",
        "A gunman shot eight people dead at a welding shop.",
        "November 1985: A gunman shot four people at a family gathering.",
    )
    got = [(s.kind, s.anchor.value.value if s.anchor else None, [sp.mentions.sentence.index for sp in s.spans])
           for s in segment(doc)]  # fmt: skip
    assert got == [("main", "1989-11-01", [0, 1]), ("referenced", "1982-08", [2]), ("referenced", "1985-11", [3])]
