"""strife.extract — mention finding, event segmentation, slot filling, and the normalisers they use."""

from strife.extract.extractor import Extractor

__all__ = ["Extractor"]
