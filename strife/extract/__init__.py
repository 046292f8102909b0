"""strife.extract — mention finding, event segmentation, slot filling, and the normalisers they use."""

from __future__ import annotations

from typing import Any

__all__ = ["Extractor"]


def __getattr__(name: str) -> Any:
    # Lazy, so that strife.extract.roles imports on a bare training box without spaCy and the lexicons.
    if name == "Extractor":
        from strife.extract.extractor import Extractor

        return Extractor
    raise AttributeError(name)
