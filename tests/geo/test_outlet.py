"""The outlet's place in a page title's tail: evidence for the story's state and country (invented titles)."""

from __future__ import annotations

from strife.geo import Geocoder
from strife.geo.outlet import outlet_places, title_tail, url_places


def _named(geo: Geocoder, text: str) -> set[tuple[str, str | None]]:
    return {
        (geo.gaz.places[o.ref].name, geo.gaz.places[o.ref].admin1) for o in outlet_places(text, geo.gaz, geo._states)
    }


def test_title_tail_after_a_bar_or_the_last_dashes() -> None:
    assert title_tail("Man hurt in shooting | Some News | www.example.com\nBody.") == (
        23,
        "Some News | www.example.com",
    )
    assert title_tail("Murder - Suicide In Town - daily - paper\nBody.")[1] == "daily - paper"
    assert title_tail("No outlet here\nBody.") is None


def test_outlet_city_and_state(geo: Geocoder) -> None:
    assert _named(geo, "Teen shot on porch | Dayton NEWS | www.example.com\nBody.") == {("Dayton", "Ohio")}
    assert ("Chicago", "Illinois") in _named(geo, "Two hurt in shooting | abc7chicago.com\nBody.")
    assert ("Ohio", "Ohio") in _named(geo, "Shooting on Elm Street - Example News - WXYZ- Lima, OH News\nBody.")


def test_headline_dashes_are_no_outlet(geo: Geocoder) -> None:
    """'Murder - Suicide In Manchester': the town is the headline's, before the last two dash segments."""
    assert _named(geo, "Three Dead After Murder - Suicide In Manchester - example - thepaper\nBody.") == set()


def test_url_host_names_the_market(geo: Geocoder) -> None:
    """A page's host, even an archived one, carries its market: whole words or run together with the outlet's name."""

    def named(url: str) -> set[str | None]:
        return {geo.gaz.places[r].admin1 for r in url_places(url, geo.gaz)}

    assert named("http://web.archive.org/web/2016/http://www.chicagoexample.com/news/1") == {"Illinois"}
    assert named("https://www.fox13memphis.com/story") == {"Tennessee"}
    assert named("http://www.kansascity.com/news") == set()  # Kansas City, Missouri or Kansas: no clear reading
    assert named("http://www.newsexample.com/x") == set()
    assert named("strife://no-host") == set()


def test_known_outlets_name_their_market(geo: Geocoder) -> None:
    """A station or paper whose name carries no city names its market: a host label, a call sign, a paper's name;
    a shared brand ("FOX 2", "Fox 8") names none."""
    assert _named(geo, "Man shot on a porch | 6abc.com\nBody.") == {("Philadelphia", "Pennsylvania")}
    assert _named(geo, "Teen hurt in shooting | WPMT FOX43\nBody.") == {("York", "Pennsylvania")}
    assert _named(geo, "Arrest made in shooting | The Augusta Chronicle\nBody.") == {("Augusta", "Georgia")}
    assert _named(geo, "Man shot | FOX 2\nBody.") == set()
    # a brand of several markets names none; with its market's name beside it, that place is the outlet's
    assert _named(geo, "Man shot | ABC7\nBody.") == set()
    assert _named(geo, "Man shot in the Loop | ABC7 Chicago\nBody.") == {("Chicago", "Illinois")}
    assert {geo.gaz.places[r].name for r in url_places("https://abc13.com/news/1", geo.gaz, geo._states)} == {"Houston"}
    loc = geo.outlet_location("Man shot on a porch | 6abc.com\nA man was shot.")
    assert loc is not None and (loc.city, loc.admin1) == ("Philadelphia", "Pennsylvania")
