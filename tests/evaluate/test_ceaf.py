"""CEAF-REE and template F1 on tiny hand-made documents whose answers were worked out by hand."""

from __future__ import annotations

import pytest

from strife.evaluate.ceaf import (
    Template,
    ceaf_ree_doc,
    entity,
    normalise,
    phi_strict,
    score_corpus,
    template_doc,
)

GOLD = Template.from_mentions(
    "attack",
    {
        "PerpInd": [["Guerrillas", "the guerrilla column"]],
        "Target": [["the farm"]],
        "Victim": [["civilian"], ["peasant"]],
    },
)


def _pred(kind: str = "attack") -> Template:
    return Template.from_mentions(
        kind,
        {
            "PerpInd": [["guerrillas"]],  # among the gold mentions: right
            "Target": [["the farm", "farm house"]],  # one mention not in gold: wrong
            "Victim": [["a peasant"]],  # right after dropping the article
            "Weapon": [["bomb"]],  # spurious
        },
    )


def test_normalise() -> None:
    assert normalise("The FMLN's") == "fmlns"
    assert normalise("  a  Bomb.") == "bomb"
    assert normalise("An armed-man") == "armedman"
    assert normalise("theatre") == "theatre"
    assert phi_strict(entity(["guerrillas"]), entity(["GUERRILLAS", "column"])) == 1.0
    assert phi_strict(entity(["guerrillas", "men"]), entity(["guerrillas"])) == 0.0


def test_ceaf_ree_single_document() -> None:
    s = ceaf_ree_doc([_pred()], [GOLD])
    assert (s.slots["PerpInd"].correct, s.slots["PerpInd"].predicted, s.slots["PerpInd"].gold) == (1, 1, 1)
    assert (s.slots["Target"].correct, s.slots["Target"].predicted) == (0, 1)
    assert (s.slots["Victim"].correct, s.slots["Victim"].gold) == (1, 2)
    assert (s.slots["Weapon"].predicted, s.slots["Weapon"].gold) == (1, 0)
    total = s.total
    assert (total.correct, total.predicted, total.gold) == (2, 4, 4)
    assert total.precision == total.recall == total.f1 == pytest.approx(0.5)


def test_template_f1_types_must_match() -> None:
    same = template_doc([_pred()], [GOLD]).total
    assert (same.correct, same.predicted, same.gold) == (3, 5, 5)  # type + 2 roles right
    assert same.f1 == pytest.approx(0.6)
    other = template_doc([_pred("bombing")], [GOLD]).total
    assert (other.correct, other.predicted, other.gold) == (0, 5, 5)
    # REE ignores templates and types altogether
    assert ceaf_ree_doc([_pred("bombing")], [GOLD]).total.f1 == pytest.approx(0.5)


def test_template_best_mapping_and_spurious() -> None:
    gold = [
        Template.from_mentions("attack", {"Victim": [["x"]]}),
        Template.from_mentions("bombing", {"Target": [["y"]]}),
    ]
    pred = [
        Template.from_mentions("bombing", {"Target": [["y"]]}),
        Template.from_mentions("attack", {"Victim": [["x"]]}),
        Template.from_mentions("kidnapping", {}),
    ]
    t = template_doc(pred, gold)
    assert (t.total.correct, t.total.predicted, t.total.gold) == (4, 5, 4)
    assert t.slots["incident_type"].precision == pytest.approx(2 / 3)
    assert t.total.recall == 1.0
    r = ceaf_ree_doc(pred, gold).total
    assert (r.correct, r.predicted, r.gold) == (2, 2, 2)


def test_entities_align_one_to_one() -> None:
    gold = [Template.from_mentions("attack", {"PerpInd": [["guerrillas", "urban guerrillas"]]})]
    pred = [Template.from_mentions("attack", {"PerpInd": [["guerrillas"], ["urban guerrillas"], ["Guerrillas"]]})]
    s = ceaf_ree_doc(pred, gold).slots["PerpInd"]
    assert (s.correct, s.predicted, s.gold) == (1, 2, 1)  # the duplicate counts once; only one may align


def test_corpus_counts_missing_documents() -> None:
    ree, tf1 = score_corpus({"1": [_pred()]}, {"1": [GOLD], "2": [GOLD]})
    assert (ree.total.correct, ree.total.predicted, ree.total.gold) == (2, 4, 8)
    assert (tf1.total.correct, tf1.total.predicted, tf1.total.gold) == (3, 5, 10)
    empty_ree, empty_tf1 = score_corpus({"3": []}, {"3": []})
    assert empty_ree.total.f1 == 0.0 and empty_tf1.total.gold == 0
