"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from strife.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """One warmed-up extractor per test module (spaCy, lexicons and the role tagger load once)."""
    ex = Extractor()
    ex.warm_up()
    return ex
