"""strife.extract — mention finding, event segmentation, slot filling and normalisers (dates, numbers, groups, types)."""

from strife.extract.extractor import Extractor

__all__ = ["Extractor"]
