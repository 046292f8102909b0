"""The run-time role tagger: windows, decoding, and the shipped ONNX model on text written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from strife.extract.roles import LABELS, ROLE_MIN_SCORE, Encoded, RoleTagger, Window, decode_spans, token_probs, windows

STORY = (
    "KABUL, March 3 -- A car bomb exploded outside a police station in the city centre on Tuesday, killing "
    "seven officers and wounding a schoolteacher, police said. Gunmen then opened fire on the guards. The "
    "Taliban said in a statement that its fighters had carried out the attack."
)
NOT_A_STORY = (
    "The county cricket season opened on Saturday with a rain-shortened draw. The home side's captain praised "
    "the young batsmen and said the new pavilion would be ready by the summer."
)


def test_windows_cover_every_token_with_overlap() -> None:
    assert windows(0) == [Window(0, 0)]
    assert windows(10, size=4, stride=2) == [Window(0, 4), Window(2, 6), Window(4, 8), Window(6, 10)]
    assert windows(5, size=8, stride=4) == [Window(0, 5)]


def test_token_probs_average_over_overlapping_windows() -> None:
    enc = Encoded(ids=[5, 6, 7], offsets=[(0, 1), (2, 3), (4, 5)], windows=[Window(0, 2), Window(1, 3)])
    n = len(LABELS)
    first = np.zeros((4, n), dtype=np.float32)  # [CLS] tok0 tok1 [SEP]
    first[1, 0] = first[2, 1] = 50.0
    second = np.zeros((4, n), dtype=np.float32)  # [CLS] tok1 tok2 [SEP]
    second[1, 0] = second[2, 0] = 50.0
    probs = token_probs(enc, [first, second])
    assert probs.shape == (3, n)
    assert probs[0, 0] == pytest.approx(1.0)
    assert probs[1, 0] == pytest.approx(0.5) and probs[1, 1] == pytest.approx(0.5)  # the windows disagree
    assert probs[2, 0] == pytest.approx(1.0)


def _onehot(labels: list[str]) -> np.ndarray:
    out = np.zeros((len(labels), len(LABELS)), dtype=np.float32)
    for i, label in enumerate(labels):
        out[i, LABELS.index(label)] = 1.0
    return out


def test_decode_spans_follows_bio_and_snaps_to_words() -> None:
    text = "urban guerrillas bombed the embassy"
    # word pieces: urban | guerr | ##illas | bombed | the | embassy
    offsets = [(0, 5), (6, 11), (11, 16), (17, 23), (24, 27), (28, 35)]
    enc = Encoded(ids=list(range(6)), offsets=offsets, windows=[Window(0, 6)])
    probs = _onehot(["B-PerpInd", "I-PerpInd", "I-PerpInd", "O", "I-Target", "I-Target"])
    spans = decode_spans(text, enc, probs)
    assert [(s.role, s.text) for s in spans] == [("PerpInd", "urban guerrillas"), ("Target", "the embassy")]
    assert all(s.score == pytest.approx(1.0) for s in spans)
    # a span cut inside a word ("guerr") is extended to the word's end
    cut = decode_spans(text, enc, _onehot(["O", "B-PerpInd", "O", "O", "O", "O"]))
    assert [s.text for s in cut] == ["guerrillas"]


def test_decode_spans_joins_fragments_and_trims_edge_words() -> None:
    text = "they bombed the offices of the red cross in town"
    # word pieces: they | bombed | the | offices | of | the | red | cross | in | town
    starts = [0, 5, 12, 16, 24, 27, 31, 35, 41, 44]
    offsets = [(s, s + len(w)) for s, w in zip(starts, text.split(), strict=True)]
    enc = Encoded(ids=list(range(10)), offsets=offsets, windows=[Window(0, 10)])
    # the tagger cuts the filler after "of" and lets it run onto "in": one Target, "in" trimmed
    probs = _onehot(["O", "O", "B-Target", "I-Target", "I-Target", "O", "B-Target", "I-Target", "I-Target", "O"])
    (span,) = decode_spans(text, enc, probs)
    assert (span.role, span.text) == ("Target", "the offices of the red cross")
    assert span.score == pytest.approx(1.0)  # the mean over its own pieces, the gap ("the") left out
    # fragments of different roles, or far apart, stay apart; a lone preposition is no filler
    probs = _onehot(["B-PerpInd", "O", "B-Target", "I-Target", "O", "O", "B-Victim", "I-Victim", "O", "B-Target"])
    assert [(s.role, s.text) for s in decode_spans(text, enc, probs)] == [
        ("PerpInd", "they"),
        ("Target", "the offices"),
        ("Victim", "red cross"),
        ("Target", "town"),
    ]
    lone = _onehot(["O", "O", "O", "O", "B-Weapon", "O", "O", "O", "O", "O"])
    assert decode_spans(text, enc, lone) == []


def test_decode_spans_takes_the_group_members_belong_to() -> None:
    text = "members of the fmln attacked a post"
    starts = [0, 8, 11, 15, 20, 29, 31]
    offsets = [(s, s + len(w)) for s, w in zip(starts, text.split(), strict=True)]
    enc = Encoded(ids=list(range(7)), offsets=offsets, windows=[Window(0, 7)])
    probs = _onehot(["B-PerpInd", "O", "O", "B-PerpOrg", "O", "O", "B-Target"])
    assert [(s.role, s.text) for s in decode_spans(text, enc, probs)] == [
        ("PerpInd", "members of the fmln"),
        ("PerpOrg", "fmln"),
        ("Target", "post"),
    ]
    # other words than "members" stay as read
    text = "rebels of the fmln attacked a post"
    starts = [0, 7, 10, 14, 19, 28, 30]
    offsets = [(s, s + len(w)) for s, w in zip(starts, text.split(), strict=True)]
    enc = Encoded(ids=list(range(7)), offsets=offsets, windows=[Window(0, 7)])
    assert [s.text for s in decode_spans(text, enc, probs)] == ["rebels", "fmln", "post"]


def test_decode_spans_leaves_a_vague_quantifier_out() -> None:
    text = "rebels burned several electricity poles"
    starts = [0, 7, 14, 22, 34]
    offsets = [(s, s + len(w)) for s, w in zip(starts, text.split(), strict=True)]
    enc = Encoded(ids=list(range(5)), offsets=offsets, windows=[Window(0, 5)])
    probs = _onehot(["B-PerpInd", "O", "B-Target", "I-Target", "I-Target"])
    assert [(s.role, s.text) for s in decode_spans(text, enc, probs)] == [
        ("PerpInd", "rebels"),
        ("Target", "electricity poles"),
    ]


def test_decode_spans_splits_two_coordinated_fillers() -> None:
    def read(text: str) -> list[str]:
        words = list(re.finditer(r"\S+", text))
        enc = Encoded(ids=list(range(len(words))), offsets=[m.span() for m in words], windows=[Window(0, len(words))])
        probs = _onehot(["O", "B-Target", *["I-Target"] * (len(words) - 2)])
        return [s.text for s in decode_spans(text, enc, probs)]

    assert read("bombed the power substation and a power pylon") == ["the power substation", "power pylon"]
    assert read("bombed the old town hall and the market and a church") == ["the old town hall", "market and a church"]
    # a shared head, or a first part that is not whole ("of", a comma), stays one filler
    assert read("bombed popular and occidente banks") == ["popular and occidente banks"]
    assert read("bombed embassies of the ussr and the prc") == ["embassies of the ussr and the prc"]
    assert read("bombed the town hall and") == ["the town hall"]


def test_decode_spans_keep_hyphenated_words_whole() -> None:
    text = "eln dynamited the cano limon-covenas oil pipeline with ak-47 rifles"
    pieces = [m.span() for m in re.finditer(r"\w+|-", text)]
    enc = Encoded(ids=list(range(len(pieces))), offsets=pieces, windows=[Window(0, len(pieces))])
    # eln dynamited the cano limon - covenas oil pipeline with ak - 47 rifles
    labels = ["O", "O", "O", "B-Target", "I-Target", "B-Target", "I-Target", "I-Target", "I-Target", "O"]
    labels += ["B-Weapon", "I-Weapon", "O", "O"]
    assert [(s.role, s.text) for s in decode_spans(text, enc, _onehot(labels))] == [
        ("Target", "cano limon-covenas oil pipeline"),
        ("Weapon", "ak-47"),
    ]
    # the hyphen read as another role: one filler still, and no other
    labels[5] = "B-PerpOrg"
    assert [(s.role, s.text) for s in decode_spans(text, enc, _onehot(labels))] == [
        ("Target", "cano limon-covenas oil pipeline"),
        ("Weapon", "ak-47"),
    ]


def test_decode_spans_keep_a_weapons_amount() -> None:
    text = "over 55 kg of dynamite and the kg of tnt were used"
    pieces = [m.span() for m in re.finditer(r"\S+", text)]
    enc = Encoded(ids=list(range(len(pieces))), offsets=pieces, windows=[Window(0, len(pieces))])
    # over 55 kg of dynamite and the kg of tnt were used
    labels = ["O", "O", "B-Weapon", "I-Weapon", "I-Weapon", "O", "O", "B-Weapon", "I-Weapon", "I-Weapon", "O", "O"]
    assert [s.text for s in decode_spans(text, enc, _onehot(labels))] == ["55 kg of dynamite", "kg of tnt"]
    # other roles keep their edges
    labels = ["O", "O", "B-Target", "I-Target", "I-Target", "O", "O", "O", "O", "O", "O", "O"]
    assert [s.text for s in decode_spans(text, enc, _onehot(labels))] == ["kg of dynamite"]


def test_decode_spans_drop_a_lone_qualifying_word() -> None:
    text = "armed forces and salvadoran troops hit a pole"
    pieces = [m.span() for m in re.finditer(r"\S+", text)]
    enc = Encoded(ids=list(range(len(pieces))), offsets=pieces, windows=[Window(0, len(pieces))])
    # the tagger reads "armed" and "salvadoran" alone: no fillers; "pole" (a noun) stays
    labels = ["B-PerpOrg", "O", "O", "B-PerpInd", "O", "O", "O", "B-Target"]
    assert [(s.role, s.text) for s in decode_spans(text, enc, _onehot(labels))] == [("Target", "pole")]
    labels = ["B-PerpOrg", "I-PerpOrg", "O", "B-PerpInd", "I-PerpInd", "O", "O", "B-Target"]
    assert [s.text for s in decode_spans(text, enc, _onehot(labels))] == ["armed forces", "salvadoran troops", "pole"]


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    tagger = RoleTagger(tmp_path)
    assert not tagger.available
    with pytest.raises(FileNotFoundError, match="no trained tagger"):
        tagger.warm_up()


@pytest.fixture(scope="module")
def tagger() -> RoleTagger:
    t = RoleTagger()
    assert t.available, "the trained tagger ships in strife/extract/models/muc4-minilm"
    t.warm_up()
    return t


def test_shipped_tagger_reads_an_attack(tagger: RoleTagger) -> None:
    doc = tagger(STORY)
    assert doc.relevance > 0.5
    assert doc.types["bombing"] > 0.5
    roles = {(s.role, s.text.lower()) for s in doc.spans if s.score >= 0.5}
    assert ("Weapon", "car bomb") in roles
    assert any(r == "Target" and "police station" in t for r, t in roles)
    for s in doc.spans:
        assert STORY[s.start : s.end] == s.text


def test_shipped_tagger_says_no_incident_for_other_news(tagger: RoleTagger) -> None:
    assert tagger(NOT_A_STORY).relevance < 0.5
    assert tagger("   ").relevance == 0.0


def test_case_does_not_change_the_reading(tagger: RoleTagger) -> None:
    # MUC-4 is lower-cased, news is not: the uncased word pieces make both read alike
    mixed, lower = tagger(STORY), tagger(STORY.lower())
    assert [(s.role, s.start, s.end) for s in mixed.spans] == [(s.role, s.start, s.end) for s in lower.spans]
    assert mixed.relevance == pytest.approx(lower.relevance, abs=1e-4)


def test_batched_tagging_reads_as_one_by_one(tagger: RoleTagger) -> None:
    texts = [STORY, "", NOT_A_STORY, STORY * 6]  # the last needs several windows
    batched = tagger.tag_many(texts, max_windows=3)
    for text, doc in zip(texts, batched, strict=True):
        alone = tagger(text)
        assert [(s.role, s.start, s.end) for s in doc.spans] == [(s.role, s.start, s.end) for s in alone.spans]
        assert doc.relevance == pytest.approx(alone.relevance, abs=1e-4)


def test_the_model_card_names_the_filler_cut(tagger: RoleTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    assert tagger.min_score == tagger.card["role_min_score"]  # the shipped soup was calibrated at its own cut
    assert all(doc.min_score == tagger.min_score for doc in tagger.tag_many([STORY, NOT_A_STORY]))
    monkeypatch.setattr(tagger, "card", {})  # an older model's card names none: the module's default
    assert tagger.min_score == ROLE_MIN_SCORE
