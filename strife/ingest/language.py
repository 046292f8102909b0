"""Offline language identification: is an article in English?

py3langid ships its model inside the PyPI wheel (4.5 MB, numpy only), classifies a whole article in about a
millisecond and is deterministic, unlike langdetect (random seeds) and lingua (hundreds of MB). An English
function-word ratio guards short or name-heavy English text that the n-gram model can misread.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

MIN_WORDS = 8  # below this, text is too short to tell: treated as English
MIN_CONFIDENCE = 0.8  # a non-English label with less confidence than this does not reject the text
ENGLISH_FUNCTION_RATIO = 0.18  # share of English function words above which text is English whatever the model says
_SAMPLE_CHARS = 4000

_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for it on was with as by at he she they said from his her their an be were has had "
    "have are this which who or but not been after its would will than also when into over more up about".split()
)


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # numpy and a 0.7 s model load: only when needed

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en" when too short to tell, or when English is plausible)."""
    sample = text[:_SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return "en"
    if sum(w in _FUNCTION_WORDS for w in words) / len(words) >= ENGLISH_FUNCTION_RATIO:
        return "en"
    label, confidence = _identifier().classify(sample)
    if label != "en" and confidence < MIN_CONFIDENCE:
        return "en"
    return str(label)
