"""Location parts of slot filling: which place mentions may say where it happened."""

from __future__ import annotations

from strife.extract.assemble import _outlet
from strife.geo.geocoder import PlaceMention


def _at(text: str, name: str, nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return PlaceMention(name, start, start + len(name))


def test_outlet_name_in_the_title_is_no_place_of_the_incident() -> None:
    text = "Two hurt in Riverton shooting | KXYZ Springfield\nSPRINGFIELD — Two people were hurt in Springfield."
    assert _outlet(text, _at(text, "Springfield"))  # the station's city, after the bar
    assert not _outlet(text, _at(text, "Riverton"))  # before the bar: the headline's place
    assert not _outlet(text, _at(text, "Springfield", nth=1))  # the body is not the title
    lede = "Gunmen attacked a market in Riverton « a town near Springfield"  # one line only: still the title line
    assert _outlet(lede, _at(lede, "Springfield"))
