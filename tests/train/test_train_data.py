"""MUC-4 processed documents → labelled tagger windows (no torch needed)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from tokenizers import Tokenizer

from strife.extract.roles import LABELS, MODEL_DIR
from strife.train.data import build_windows, char_labels, load

TEXT = (
    "san salvador, 5 may 89 -- urban guerrillas of the fmln set off dynamite at the power station. "
    "the fmln denied it. two guards were killed by the urban guerrillas."
)


def _doc_line(text: str, templates: list[dict]) -> str:
    return json.dumps({"docid": "DEV-MUC3-0001", "doctext": text, "templates": templates})


def _template(**roles: list[list[str]]) -> dict:
    return {
        "incident_type": "bombing / attack",
        **{r: [[[m, 0] for m in e] for e in ents] for r, ents in roles.items()},
    }


@pytest.fixture()
def docs_file(tmp_path: Path) -> Path:
    path = tmp_path / "docs.json"
    lines = [
        _doc_line(
            TEXT,
            [
                _template(
                    PerpInd=[["urban guerrillas"]],
                    PerpOrg=[["fmln"]],
                    Target=[["power station"]],
                    Weapon=[["dynamite"]],
                    Victim=[["two guards"]],
                )
            ],
        ),
        _doc_line("the assembly met on tuesday to discuss the budget.", []),
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_load_splits_combined_types(docs_file: Path) -> None:
    first, second = load(docs_file)
    assert first.types == {"bombing", "attack"}
    assert first.mentions["PerpOrg"] == {"fmln"}
    assert second.types == set() and second.gold == []


def test_load_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"docid": "x", "doctext": "", "templates": []}\n{not json\n')
    with pytest.raises(ValueError, match="bad.json:2"):
        load(path)


def test_every_occurrence_labelled_longest_first(docs_file: Path) -> None:
    doc = load(docs_file)[0]
    spans = [(TEXT[a:b], role) for a, b, role in char_labels(doc)]
    assert spans.count(("urban guerrillas", "PerpInd")) == 2  # both occurrences
    assert spans.count(("fmln", "PerpOrg")) == 2
    assert ("dynamite", "Weapon") in spans and ("two guards", "Victim") in spans


def test_windows_carry_bio_labels_and_document_targets(docs_file: Path) -> None:
    tok = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
    data = build_windows(load(docs_file), tok)
    assert data.input_ids.shape == data.labels.shape == (2, 512)
    first = data.labels[0]
    names = [LABELS[x] for x in first if x >= 0]
    assert first[0] == -100  # [CLS] is never scored
    assert names.count("B-PerpInd") == 2 and names.count("B-Weapon") == 1
    # each B- is followed by its own I- or another label, never a stray I- of a different role
    for a, b in zip(names, names[1:], strict=False):
        if b.startswith("I-"):
            assert a[2:] == b[2:]
    relevant, *types = data.doc_targets[0]
    assert relevant == 1.0 and types[:2] == [1.0, 1.0]  # attack and bombing
    assert np.all(data.doc_targets[1] == 0) and np.all(data.labels[1][data.labels[1] >= 0] == 0)
