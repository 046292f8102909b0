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


def _segment(sentences: list[str], published):
    """A main segment over invented sentences, each with its dates and (for 'shot') an attack word."""
    from strife.extract.dates import find_dates
    from strife.extract.mentions import Sentence, SentenceMentions
    from strife.extract.segment import Segment, Span
    from strife.extract.types import TypeMention

    spans, pos = [], 0
    for i, text in enumerate(sentences):
        sm = SentenceMentions(sentence=Sentence(i, pos, pos + len(text), text, 0))
        sm.dates = find_dates(text, published, pos)
        if "shot" in text:
            at = pos + text.index("shot")
            sm.triggers = [TypeMention(at, at + 4, "shot", "armed_assault")]
        spans.append(Span(sm, pos, pos + len(text)))
        pos += len(text) + 1
    dates = [d for s in spans for d in s.mentions.dates]
    return Segment("main", dates[0] if dates else None, spans)


def test_a_coarse_anchor_gives_way_to_a_day_inside_it() -> None:
    import datetime as dt

    from strife.extract.assemble import _finer_date

    published = dt.date(2016, 1, 5)  # a Tuesday
    seg = _segment(["It was the first killing this year.", "A man was shot late Monday night."], published)
    assert _finer_date(seg).value.value == "2016-01-04"
    said = _segment(["It was the first killing this year.", "A man was shot, police said Monday."], published)
    assert _finer_date(said).value.precision == "year"  # when it was said is not when it happened
    day = _segment(["A man was shot on Sunday.", "Another was shot late Monday night."], published)
    assert _finer_date(day).value.value == "2016-01-03"  # a day anchor stays


def test_all_capitals_text_takes_no_organisation_as_a_place() -> None:
    from strife.extract.assemble import _placeable
    from strife.geo.geocoder import GeoContext

    text = "ACCORDING TO THE RED CROSS, TWO WERE KILLED."
    cross = PlaceMention("RED CROSS", 17, 26, label="ORG")
    assert not _placeable(text, cross, GeoContext(caseless=True))
    assert _placeable(text, cross, GeoContext())


def test_a_landmark_near_a_city_is_placed_in_that_city() -> None:
    """Invented: the only place named is the reference point, so it stands, at city precision."""
    from strife.extract.assemble import _relative_factor, _weighted
    from strife.geo import default_geocoder

    text = "Gunmen stormed a training academy less than 10 miles from central Quetta on Monday."
    quetta = _at(text, "Quetta")
    assert _relative_factor(text, quetta) == 0.2  # a reference point weighs less beside other places
    geo = default_geocoder()
    loc = geo.geocode([_weighted(quetta, 0.2)], geo.document_context([quetta]))
    assert loc is not None and (loc.city, loc.admin1, loc.precision) == ("Quetta", "Balochistan", "city")


def test_a_victims_surname_is_no_place() -> None:
    """Invented: the tagger's victim "Jevon Quill Bailey" makes a later "Bailey" a person, not Bailey, Colorado."""
    from types import SimpleNamespace

    from strife.extract.assemble import _person_name, _persons
    from strife.extract.roles import RoleSpan, TaggedDoc

    text = "Jevon Quill Bailey was shot while driving. Bailey died Tuesday. A man shot in Bailey was hurt."
    tagged = TaggedDoc(
        spans=[RoleSpan("Victim", 0, 18, "Jevon Quill Bailey", 0.9), RoleSpan("Target", 0, 3, "car", 0.9)]
    )
    persons = _persons(SimpleNamespace(tagged=tagged))
    assert persons == {"Jevon Quill Bailey", "Bailey"}
    assert _person_name(_at(text, "Bailey", nth=1), persons, text)
    assert not _person_name(_at(text, "Bailey", nth=2), persons, text)  # "shot in Bailey": written as a place
    assert not _person_name(_at(text, "Tuesday"), persons, text)


def test_a_county_answer_gives_way_to_a_town_of_that_county() -> None:
    """Invented: the county answer yields to a town of it named in an attack sentence, even where the story's places
    together point elsewhere (the town "east of Dallas"); a town of another county does not refine it."""
    from strife.extract.assemble import ReportAssembler
    from strife.extract.mentions import DocMentions
    from strife.geo import default_geocoder
    from strife.model import Article, GeoPrecision, Location

    text = "Deputies said a boy was shot at a paintball range in Forney, east of Dallas, on Saturday."
    seg = _segment([text], None)
    seg.spans[0].mentions.places = [_at(text, "Forney"), _at(text, "Dallas")]
    doc = DocMentions(Article(id="a", uri="test://a", text=text), [seg.spans[0].mentions])
    geo = default_geocoder()
    context = geo.document_context(seg.spans[0].mentions.places)
    county = Location(
        name="Kaufman County", admin2="Kaufman County", admin1="Texas", country_code="US", precision=GeoPrecision.admin2
    )
    loc = ReportAssembler(geo)._refine(doc, seg, county, context)
    assert loc is not None and (loc.city, loc.admin2) == ("Forney", "Kaufman County")
    elsewhere = county.model_copy(update={"name": "Travis County", "admin2": "Travis County"})
    assert ReportAssembler(geo)._refine(doc, seg, elsewhere, context) is None


def test_a_story_that_names_no_place_is_placed_in_its_outlets_market() -> None:
    """Invented: no place in the story; the title's station names its market, the main report's place."""
    from strife.extract.assemble import ReportAssembler
    from strife.extract.mentions import DocMentions
    from strife.geo import default_geocoder
    from strife.model import Article

    title = "Man shot on a porch « CBS Chicago"
    seg = _segment([title, "A man was shot outside his home on Friday."], None)
    seg.spans[0].mentions.sentence.is_title = True
    text = "\n".join(s.mentions.sentence.text for s in seg.spans)
    doc = DocMentions(Article(id="a", uri="test://a", text=text), [s.mentions for s in seg.spans])
    geo = default_geocoder()
    loc = ReportAssembler(geo)._location(doc, seg, geo.document_context([]))
    assert loc is not None and (loc.city, loc.admin1) == ("Chicago", "Illinois")
    seg.kind = "referenced"  # a story recalled in passing is not placed so
    assert ReportAssembler(geo)._location(doc, seg, geo.document_context([])) is None


def test_a_country_answer_in_the_capital_is_the_capital() -> None:
    """Invented: a story placed only in a country that says the attacks were in the capital is placed there."""
    from strife.extract.assemble import ReportAssembler
    from strife.extract.mentions import DocMentions
    from strife.geo import default_geocoder
    from strife.model import Article

    said = "Two men were shot in the capital on Monday, in El Salvador."
    seg = _segment([said], None)
    seg.spans[0].mentions.places = [_at(said, "El Salvador")]
    doc = DocMentions(Article(id="a", uri="test://a", text=said), [seg.spans[0].mentions])
    geo = default_geocoder()
    loc = ReportAssembler(geo)._location(doc, seg, geo.document_context(seg.spans[0].mentions.places))
    assert loc is not None and (loc.city, loc.country_code) == ("San Salvador", "SV")
    plain = _segment(["Two men were shot on Monday in El Salvador."], None)
    plain.spans[0].mentions.places = [_at(plain.spans[0].mentions.sentence.text, "El Salvador")]
    doc = DocMentions(
        Article(id="b", uri="test://b", text=plain.spans[0].mentions.sentence.text), [plain.spans[0].mentions]
    )
    loc = ReportAssembler(geo)._location(doc, plain, geo.document_context(plain.spans[0].mentions.places))
    assert loc is not None and (loc.precision, loc.country_code) == ("country", "SV")


def test_a_county_answer_gives_way_to_a_town_named_as_where() -> None:
    """Invented: a town of the county named after "in" refines the county answer, though its sentence tells of no
    attack and names it once; named otherwise ("Stroudsburg officials"), it does not."""
    from strife.extract.assemble import ReportAssembler
    from strife.extract.mentions import DocMentions
    from strife.geo import default_geocoder
    from strife.model import Article, GeoPrecision, Location

    county = Location(
        name="Monroe County",
        admin2="Monroe County",
        admin1="Pennsylvania",
        country_code="US",
        precision=GeoPrecision.admin2,
    )
    geo = default_geocoder()
    for text, refined in [
        ("The man walked into a store in Stroudsburg late Saturday night.", True),
        ("Stroudsburg officials met late Saturday night.", False),
    ]:
        seg = _segment([text], None)
        seg.spans[0].mentions.places = [_at(text, "Stroudsburg")]
        doc = DocMentions(Article(id="a", uri="test://a", text=text), [seg.spans[0].mentions])
        loc = ReportAssembler(geo)._refine(doc, seg, county, geo.document_context(seg.spans[0].mentions.places))
        assert (loc is not None and loc.city == "Stroudsburg") is refined


def test_a_home_town_is_no_scene() -> None:
    """Invented: someone's home town ("X, 19, of Y", "Y of Z") weighs like a reference point; a place after "in", a
    division or an institution's "of" does not."""
    from strife.extract.assemble import _relative_factor

    text = (
        "Ann Lee, 19, of Spokane was shot in Raleigh. The victim, Bo Ray of Tacoma, died. A resident of Dover saw it. "
        "The University of Dayton and the City of Dallas said so; the capital of Peru is far."
    )
    text += " A Harnett County man and a 19-year - old Lenoir woman were held; Al Fry, also of Selma, too."
    text += " He was taken to Mercy Hospital in Utica. Gunmen attacked the embassy in Quito."
    for name in ("Spokane", "Tacoma", "Dover", "Harnett County", "Lenoir", "Selma", "Utica"):
        assert _relative_factor(text, _at(text, name)) == 0.2, name
    for name in ("Raleigh", "Dayton", "Dallas", "Peru", "Quito"):
        assert _relative_factor(text, _at(text, name)) == 1.0, name
    caps = "THE PRESIDENT OF EL SALVADOR SAID A BOMB EXPLODED."  # capitals: no case to tell a name from a word
    assert _relative_factor(caps, _at(caps, "EL SALVADOR")) == 1.0


def test_where_something_was_said_is_no_scene() -> None:
    """Invented: a place after "said (it) in", "told reporters in", "speaking in" is where it was said."""
    from strife.extract.assemble import _relative_factor

    text = (
        "THE GOVERNMENT SAID IT IN SAN JOSE. The minister told reporters in Geneva that rebels bombed a bridge in "
        "Tolima. Speaking in Lima, he said a bomb went off in Cusco on Monday. THE COMMUNIQUE, BROADCAST FROM "
        "TEGUCIGALPA, SAID."
    )
    for name in ("SAN JOSE", "Geneva", "Lima", "TEGUCIGALPA"):
        assert _relative_factor(text, _at(text, name)) == 0.2, name
    for name in ("Tolima", "Cusco"):
        assert _relative_factor(text, _at(text, name)) == 1.0, name


def test_an_attack_words_place_is_marked_as_the_scene() -> None:
    from strife.extract.assemble import _at_scene

    text = "Two engineers were kidnapped on Monday in Ecuador, sources in Lima said."
    ends = [text.index("kidnapped") + len("kidnapped")]
    assert _at_scene(text, _at(text, "Ecuador"), ends).scene
    assert not _at_scene(text, _at(text, "Lima"), ends).scene


def test_armed_groups_named_in_capitals_copy_point_at_their_country() -> None:
    """Invented: a guerrilla communique that names no country; the group it names says which."""
    from types import SimpleNamespace

    from strife.extract.assemble import _with_group_countries
    from strife.extract.groups import GroupMention
    from strife.geo.geocoder import GeoContext

    fmln = GroupMention(0, 4, "FMLN", "Farabundo Marti National Liberation Front")
    doc = SimpleNamespace(sentences=[SimpleNamespace(groups=[fmln]), SimpleNamespace(groups=[fmln])])
    context = _with_group_countries(doc, GeoContext(caseless=True))
    assert context.country_codes == {"SV": 1.0}  # once per group, however often named


def test_a_country_a_sentence_names_opens_its_towns_to_the_spotter() -> None:
    """Invented: all-capitals copy from El Salvador whose one sentence about Guatemala names a Guatemalan town; the
    spotter may find that country's towns in that sentence only, at the spotter's bar (not the leading weight)."""
    from strife.extract.assemble import ReportAssembler
    from strife.geo import default_geocoder
    from strife.geo.spot import MIN_SUPPORT, spot_demonyms, spot_places

    geo = default_geocoder()
    countries = {"SV": 6.0, "GT": 0.5}
    said = "A GUATEMALAN LEADER WAS SHOT IN MARCH BY UNKNOWN MEN IN ESCUINTLA AS HE DROVE HOME."
    assert spot_places(said, 0, geo, countries) == []
    own = ReportAssembler(geo)._with_own(countries, spot_demonyms(said, 0))
    assert own == {"SV": 6.0, "GT": MIN_SUPPORT * 6.0}
    assert [p.text for p in spot_places(said, 0, geo, own)] == ["ESCUINTLA"]
    other = "A LEADER WAS SHOT IN MARCH BY UNKNOWN MEN IN ESCUINTLA AS HE DROVE HOME."
    assert ReportAssembler(geo)._with_own(countries, spot_demonyms(other, 0)) == countries


def test_a_country_answer_takes_the_nearest_town_an_attack_sentence_names() -> None:
    """Invented: an attack placed only in a country, "30 kilometers from" a town: that town, as GTD codes the city
    closest to the incident; not a reference point of another sentence, nor a town in another country."""
    from strife.extract.assemble import ReportAssembler
    from strife.extract.mentions import DocMentions
    from strife.geo import default_geocoder
    from strife.model import Article

    geo = default_geocoder()

    def place(sentences: list[str], names: list[str]):
        seg = _segment(sentences, None)
        text = "\n".join(sentences)
        for s in seg.spans:
            s.mentions.places = [_at(text, n) for n in names if _at(text, n).start in range(s.start, s.end)]
        doc = DocMentions(Article(id="a", uri="test://a", text=text), [s.mentions for s in seg.spans])
        places = [p for s in seg.spans for p in s.mentions.places]
        return ReportAssembler(geo)._location(doc, seg, geo.document_context(places))

    said = "Two engineers were shot in Colombia at a dam site 30 kilometers from Medellin."
    loc = place([said], ["Colombia", "Medellin"])
    assert loc is not None and (loc.city, loc.country_code) == ("Medellín", "CO")
    apart = ["Two engineers were shot in Colombia on Monday.", "The dam lies 30 kilometers from Medellin."]
    loc = place(apart, ["Colombia", "Medellin"])
    assert loc is not None and (loc.precision, loc.country_code) == ("country", "CO")
    abroad = "Two engineers were shot in Colombia, 30 kilometers from the border with Venezuela."
    loc = place([abroad], ["Colombia", "Venezuela"])
    assert loc is not None and (loc.precision, loc.country_code) == ("country", "CO")


def test_a_streets_name_is_no_place() -> None:
    from strife.extract.assemble import _placeable
    from strife.geo.geocoder import GeoContext

    text = "Two men were found dead in a home in the 900 block of East Boston Street in Millbrook on Monday."
    assert not _placeable(text, _at(text, "East Boston"), GeoContext())
    assert _placeable(text, _at(text, "Millbrook"), GeoContext())
    corner = "A second victim was found four blocks away at Concord and Market streets in Millbrook."
    assert not _placeable(corner, _at(corner, "Concord"), GeoContext())
    assert _placeable(corner, _at(corner, "Millbrook"), GeoContext())
    towns = "Shots were fired in Concord and Market Heights overnight."
    assert _placeable(towns, _at(towns, "Concord"), GeoContext())
