"""Name folding: the index and the queries must agree on one normal form."""

from __future__ import annotations

from strife.geo.text import display, fold, is_latin, variants


def test_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold("St. Louis") == fold("ST LOUIS") == "st louis"
    assert fold("Usulután") == fold("usulutan") == "usulutan"
    assert fold("Winston-Salem") == "winston salem"
    assert fold("  Dera   Ismail Khan ") == "dera ismail khan"


def test_variants_expand_saint_both_ways_and_drop_article() -> None:
    assert "st louis" in variants("saint louis")
    assert "saint louis" in variants("st louis")
    assert "hague" in variants("the hague")
    assert variants("quetta") == []


def test_display_drops_romanisation_marks_only() -> None:
    assert display("Mahārāshtra") == "Maharashtra"
    assert display("Karbalā’") == "Karbala"
    assert display("Provence-Alpes-Côte-d’Azur") == "Provence-Alpes-Côte-d'Azur"
    assert display("Île-de-France") == "Île-de-France"


def test_is_latin() -> None:
    assert is_latin("Kvéta")
    assert not is_latin("Кветта")
    assert not is_latin("کوئٹہ")
