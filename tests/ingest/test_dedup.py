"""Near-duplicate index: copies, re-posts and re-headed pages match; a different write-up does not."""

from __future__ import annotations

from strife.ingest.dedup import NearDuplicateIndex, from_store
from strife.model import Article

STORY = (
    "Gunmen opened fire on a crowded market in the northern town of Karvale late on Tuesday, killing at least "
    "eleven people and wounding more than twenty others, local officials said on Wednesday. The attackers arrived "
    "on motorcycles shortly after sunset, when the stalls were busiest, and fired into the crowd for several "
    "minutes before fleeing toward the hills east of the town. A district administrator said the wounded were "
    "taken to the regional hospital, where several remained in serious condition overnight. No group has claimed "
    "responsibility for the attack, the third on a market in the province this year. Security forces sealed the "
    "roads around Karvale and began searching nearby villages, a police spokesman told reporters. Residents said "
    "traders had asked for more patrols after threats were posted at the mosque last month."
)
REWRITE = (
    "Eleven people died when attackers on motorbikes sprayed bullets at shoppers in Karvale on Tuesday evening. "
    "Witnesses described panic as families ran between overturned stalls. The provincial governor condemned the "
    "killings and promised compensation to the victims' families, while hospital staff appealed for blood "
    "donors. It was the deadliest attack in the district since a bombing at a bus station two years ago. "
    "Police believe the gunmen escaped into forested hills and said checkpoints had been set up on every road "
    "leading out of the area. Community leaders called for calm and urged residents to report anything unusual."
)
HEADER = "Home | World | Regional news | Subscribe now for full access to breaking stories and alerts. "
FOOTER = " Share this story. Comments are closed. Copyright 2016 The Daily Example. All rights reserved."


def _index() -> NearDuplicateIndex:
    idx = NearDuplicateIndex()
    idx.add("art_story", STORY)
    return idx


def test_exact_and_whitespace_copies_are_duplicates() -> None:
    assert _index().query(STORY) == "art_story"
    assert _index().query(STORY.replace(". ", ".\n\n")) == "art_story"


def test_copy_with_header_and_footer_is_duplicate() -> None:
    assert _index().query(HEADER + STORY + FOOTER) == "art_story"


def test_lightly_edited_wire_copy_is_duplicate() -> None:
    edited = STORY.replace("local officials said on Wednesday", "officials said").replace("eleven", "11")
    assert _index().query(edited) == "art_story"


def test_different_story_of_same_incident_is_not_duplicate() -> None:
    assert _index().query(REWRITE) is None


def test_short_texts_are_not_judged() -> None:
    idx = NearDuplicateIndex()
    idx.add("art_short", "Subscribe to read this article.")
    assert len(idx) == 0 and idx.query("Subscribe to read this article.") is None


def test_best_match_wins_and_ties_break_by_id() -> None:
    idx = NearDuplicateIndex()
    idx.add("art_b", STORY)
    idx.add("art_a", STORY)
    idx.add("art_c", REWRITE)
    assert idx.query(STORY) == "art_a"


class _FakeStore:
    def iter_articles(self):  # the one Store method from_store uses
        yield Article(id="art_story", uri="file:///x", text=STORY)
        yield Article(id="art_copy", uri="file:///y", text=STORY, duplicate_of="art_story")


def test_from_store_indexes_originals_only() -> None:
    idx = from_store(_FakeStore())  # type: ignore[arg-type]
    assert len(NearDuplicateIndex.from_store(_FakeStore())) == 1  # type: ignore[arg-type]
    assert len(idx) == 1 and idx.query(HEADER + STORY) == "art_story"
