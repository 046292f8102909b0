"""The shared spaCy pass: sentences are not broken inside bracketed asides (text written for the test)."""

from __future__ import annotations

from strife.nlp.pipeline import get_nlp


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in get_nlp()(text).sents]


def test_no_sentence_starts_inside_brackets() -> None:
    text = (
        "ROSARIO, 3 MAY 90 (RADIO SUR) -- [REPORT] [TEXT] TWO GUARDS FROM THE DAS [ADMINISTRATIVE DEPARTMENT OF "
        "SECURITY], WERE KILLED IN ROSARIO TODAY."
    )
    sents = _sentences(text)
    assert "[REPORT]" in sents
    assert any(s.startswith("[TEXT] TWO GUARDS") and s.endswith("KILLED IN ROSARIO TODAY.") for s in sents)


def test_a_stray_bracket_changes_nothing() -> None:
    text = "The mayor spoke first (and briefly. Then the chief of police took questions from reporters."
    assert _sentences(text) == [
        "The mayor spoke first (and briefly.",
        "Then the chief of police took questions from reporters.",
    ]


def test_a_sentence_goes_on_past_a_bracketed_gloss() -> None:
    text = (
        "IN A LETTER SENT TO THE PRESS, THE RURAL PEOPLE'S LIBERATION COMMAND (RPLC) TODAY CLAIMED THE BLAST AT THE "
        "POWER STATION. NOBODY WAS HURT."
    )
    assert _sentences(text) == [
        "IN A LETTER SENT TO THE PRESS, THE RURAL PEOPLE'S LIBERATION COMMAND (RPLC) TODAY CLAIMED THE BLAST AT THE "
        "POWER STATION.",
        "NOBODY WAS HURT.",
    ]


def test_a_datelines_station_still_ends_it() -> None:
    sents = _sentences("MILLBROOK (WXYZ) A man was shot on Main Street on Friday. Police are investigating.")
    assert "A man was shot on Main Street on Friday." in sents
    assert not any(s.startswith("MILLBROOK") and "shot" in s for s in sents)
