"""Full-text search: incident summaries and names, and the text of their articles, on FTS5 and tsvector alike."""

from __future__ import annotations

import pytest

from strife.model import IncidentQuery
from strife.store import Store
from strife.store.search import fts5_query
from strife.store.testing import sample_article, sample_incident, sample_report


@pytest.fixture()
def corpus(store: Store) -> Store:
    """Two hand-written articles, each behind one incident, and an incident found by its summary only."""
    harbour = sample_article("Gunmen stormed the harbour office at dawn and took three clerks hostage.")
    market = sample_article("A car bomb exploded near the vegetable market, wounding many shoppers.")
    for art in (harbour, market):
        store.add_article(art)
    store.save_incidents(
        [
            sample_incident("inc_h", reports=[sample_report("rep_h", harbour.id)], city="Portville"),
            sample_incident("inc_m", reports=[sample_report("rep_m", market.id)]),
            sample_incident("inc_s", summary="Arson attack on a rural clinic"),
        ]
    )
    return store


def found(store: Store, text: str) -> list[str]:
    page, total = store.query_incidents(IncidentQuery(text=text, sort="id"))
    assert total == len(page)
    return [i.id for i in page]


def test_search_reads_article_text(corpus: Store) -> None:
    assert found(corpus, "harbour") == ["inc_h"]
    assert found(corpus, "vegetable market") == ["inc_m"]


def test_search_reads_incident_summary_and_place(corpus: Store) -> None:
    assert found(corpus, "clinic") == ["inc_s"]
    assert found(corpus, "portville") == ["inc_h"]


def test_search_stems_words(corpus: Store) -> None:
    assert found(corpus, "explosion OR exploding") == ["inc_m"]
    assert found(corpus, "clinics") == ["inc_s"]
    assert found(corpus, "hostages") == ["inc_h"]


def test_search_phrases_or_and_exclusion(corpus: Store) -> None:
    assert found(corpus, '"car bomb"') == ["inc_m"]
    assert found(corpus, '"bomb car"') == []
    assert found(corpus, "harbour OR clinic") == ["inc_h", "inc_s"]
    assert found(corpus, "harbour clinic") == []
    assert found(corpus, "attack -arson") == []
    assert found(corpus, "gunmen -market") == ["inc_h"]


def test_search_combines_with_filters(corpus: Store) -> None:
    page, total = corpus.query_incidents(IncidentQuery(text="harbour", city="Portville"))
    assert total == 1 and page[0].id == "inc_h"
    assert corpus.query_incidents(IncidentQuery(text="harbour", city="Elsewhere"))[1] == 0


def test_search_for_nothing_searchable_matches_nothing(corpus: Store) -> None:
    assert found(corpus, "'; --") == []
    assert found(corpus, "zebra") == []
    assert corpus.query_incidents(IncidentQuery(text="   "))[1] == 3  # blank text is no filter


def test_updated_summary_is_searchable_and_old_one_is_not(corpus: Store) -> None:
    corpus.save_incidents([sample_incident("inc_s", summary="Kidnapping of aid workers")])
    assert found(corpus, "clinic") == []
    assert found(corpus, "kidnapping") == ["inc_s"]


def test_fts5_query_quotes_every_term() -> None:
    assert fts5_query('bomb "car park" OR lorry -market') == '("bomb") AND ("car park" OR "lorry") NOT ("market")'
    # a word glued to punctuation becomes a phrase of its words, as PostgreSQL's parser reads it
    assert fts5_query("NEAR(a b) * ^col: AND") == '("NEAR a") AND ("b") AND ("col") AND ("AND")'
    assert fts5_query('"; DROP TABLE x; --') == '("DROP TABLE x")'
    assert fts5_query("-only") is None
    assert fts5_query("") is None
