"""GVDB bench: detokenising, gold parsing and per-field matching on a hand-made article."""

from __future__ import annotations

import json
from pathlib import Path

from strife.evaluate.gvdb import detokenize, gold_date, load_docs, score
from strife.model import DateValue, Location, Report


def test_detokenize_and_dates() -> None:
    sentences = [["A", "man", ",", "32", ",", "was", "shot", "(", "police", "said", ")", "."], ["He", "'s", "ok", "."]]
    text = detokenize(sentences)
    assert text == "A man, 32, was shot (police said). He's ok."
    # a hyphenated word the tokens split is joined again; a dash before a site name or a capitalised word stays
    split = [["A", "18-year", "-", "old", "was", "self", "-", "inflicted", "in", "Millbrook", "-", "tribune", "."]]
    assert detokenize(split) == "A 18-year-old was self-inflicted in Millbrook - tribune."
    assert gold_date("2015-2-8") == "2015-02-08" and gold_date("2015-6-") == "2015-06" and gold_date("") is None


def test_score_fields(tmp_path: Path) -> None:
    doc = {
        "doc_key": "7",
        "date": "2016-01-05",
        "full_text": [["A", "man", "was", "shot", "with", "a", "handgun", "in", "West", "Springfield", "."]],
        "spans": [
            [8, 10, "DAT-CITY", "West Springfield", ["West", "Springfield"]],
            [6, 7, "CIR-WEAPON", "handgun", ["handgun"]],
        ],
    }
    other = {"doc_key": "8", "date": "2016-01-06", "full_text": [["Nothing", "."]], "spans": []}
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(doc) + "\n" + json.dumps(other) + "\n")
    docs = load_docs(path)
    right = Report(
        id="r1",
        article_id="a",
        uri="gvdb://7",
        date=DateValue(value="2016-01-05", precision="day"),
        location=Location(name="Springfield", city="Springfield", precision="city"),
        weapons=["firearms"],
    )
    month_only = right.model_copy(update={"id": "r2", "date": DateValue(value="2016-01", precision="month")})
    result = score(docs, {"7": [right]})
    assert [(t.right, t.asked) for t in result.fields.values()] == [(1, 2), (1, 1), (1, 1)]
    assert result.no_report == 1
    result = score(docs, {"7": [month_only], "8": []})
    assert result.fields["date"].right == 0


def test_date_is_anchored_to_the_article_date() -> None:
    """GVDB's date is the article's: a day in the week up to it (or the day after) is right, older days are not."""
    from strife.evaluate.gvdb import GvdbDoc, date_ok

    doc = GvdbDoc(doc_key="1", text="", date="2016-01-05", cities=[], weapons=[])
    day = lambda v: DateValue(value=v, precision="day")  # noqa: E731
    assert date_ok(doc, day("2016-01-05")) and date_ok(doc, day("2016-01-04")) and date_ok(doc, day("2015-12-29"))
    assert date_ok(doc, day("2016-01-06"))  # the article's own date may be a day after GVDB's
    assert not date_ok(doc, day("2015-12-28")) and not date_ok(doc, day("2016-01-07"))
    assert not date_ok(doc, DateValue(value="2015-12-28", precision="unknown", end="2016-01-03"))  # "last week"
    assert not date_ok(doc, DateValue(value="2016-01", precision="month"))


def test_city_spellings_that_name_one_place() -> None:
    from strife.evaluate.gvdb import _words_within

    assert _words_within("St. George", "Saint George") and _words_within("DeSoto", "De Soto")
    assert _words_within("West Philadelphia", "Philadelphia") and not _words_within("Georgetown", "George")
    assert not _words_within("", "")
