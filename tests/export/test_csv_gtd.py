"""The CSV export uses GTD codebook column names and label strings."""

from __future__ import annotations

import csv
import io

from strife.export.csv_gtd import COLUMNS, eventid, gtd_row, write_csv
from strife.export.gtd_labels import country, region
from strife.model import DateValue, Incident


def _rows(incidents: list[Incident]) -> list[dict[str, str]]:
    out = io.StringIO()
    write_csv(incidents, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_columns_and_labels(incident: Incident) -> None:
    (row,) = _rows([incident])
    assert list(row) == list(COLUMNS)
    assert (row["iyear"], row["imonth"], row["iday"]) == ("2020", "3", "5")
    assert row["country_txt"] == "Pakistan" and row["region_txt"] == "South Asia"
    assert row["provstate"] == "Balochistan" and row["city"] == "Quetta" and row["specificity"] == "1"
    assert row["attacktype1_txt"] == "Bombing/Explosion" and row["attacktype2_txt"] == "Armed Assault"
    assert row["weaptype1_txt"] == "Explosives" and row["weaptype2_txt"] == "Firearms"
    assert row["targtype1_txt"] == "Police" and row["targtype2_txt"] == "Educational Institution"
    assert row["target1"] == "a police post"
    assert row["gname"] == "Islamic State" and row["gname2"] == "Lashkar-e-Jhangvi"
    assert row["claimed"] == "1" and row["claimmode_txt"] == "Posted to website, blog, etc." and row["compclaim"] == "0"
    # GTD counts attackers among the dead and the wounded: nkill = victims + attackers, nkillter = attackers (and
    # the same for nwound and nwoundte).
    assert row["nkill"] == "13" and row["nkillter"] == "1"
    assert row["nwound"] == "21" and row["nwoundte"] == "1"
    assert row["nperps"] == "2" and row["nperpcap"] == "1"
    assert row["suicide"] == "1"
    assert row["scite1"] == "file:///tmp/a.txt" and row["scite2"] == "https://example.org/b" and row["scite3"] == ""
    assert row["strife_id"] == incident.id


def test_eventid_is_stable_and_dated(incident: Incident) -> None:
    eid = eventid(incident)
    assert len(eid) == 12 and eid.startswith("20200305")
    assert eid == eventid(incident.model_copy())
    assert eid != eventid(incident.model_copy(update={"id": "inc_else"}))


def test_partial_date_and_no_group(incident: Incident) -> None:
    partial = incident.model_copy(
        update={"date": DateValue(value="2016-08", precision="month", text="in August"), "perpetrators": []}
    )
    row = gtd_row(partial)
    assert (row["iyear"], row["imonth"], row["iday"]) == (2016, 8, 0)
    assert row["approxdate"] == "in August"
    assert eventid(partial).startswith("20160800")
    assert row["gname"] == "Unknown" and row["claimed"] == -9


def test_private_citizens_label(incident: Incident) -> None:
    victim = incident.victims[0].model_copy(update={"type": None})
    inc = incident.model_copy(update={"targets": [], "victims": [victim]})
    assert gtd_row(inc)["targtype1_txt"] == "Unknown"
    inc.victims[0].type = "private_citizens_property"
    assert gtd_row(inc)["targtype1_txt"] == "Private Citizens & Property"


def test_regions() -> None:
    assert region("iq") == "Middle East & North Africa"
    assert region("US") == "North America"
    assert region("SV") == "Central America & Caribbean"
    assert region("CO") == "South America"
    assert region("FR") == "Western Europe"
    assert region("RU") == "Eastern Europe"
    assert region("NG") == "Sub-Saharan Africa"
    assert region(None) is None


def test_country_names_follow_gtd(incident: Incident) -> None:
    assert country("BO") == "Bolivia" and country("ru") == "Russia" and country("SV") == "El Salvador"
    assert country("TR") == "Turkey" and country("KR") == "South Korea"
    assert country(None, "Somewhere") == "Somewhere"
    loc = incident.location.model_copy(update={"country": "Iran, Islamic Republic of", "country_code": "IR"})
    assert gtd_row(incident.model_copy(update={"location": loc}))["country_txt"] == "Iran"
