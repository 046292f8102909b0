"""The MUC-4 answer-key parser and per-field matching, on a small key written for this test."""

from __future__ import annotations

from pathlib import Path

from strife.evaluate.keys import (
    count_ok,
    date_ok,
    key_claims,
    key_count,
    key_dates,
    key_locations,
    key_types,
    load_keys,
    location_ok,
    parse_keys,
    score,
)
from strife.evaluate.muc4_raw import load_docs, parse_docs, split_files
from strife.model import Count, DateValue, Location, Perpetrator, Report

# An invented message and key in the 1992 layout (slot numbers, two-space gaps, continuation lines).
KEY = """\
;;; a comment line
0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  (03 MAR 90) / (02 MAR 90 - 03 MAR 90)
3.  INCIDENT: LOCATION              PERU: JUNIN (DEPARTMENT): HUANCAYO (CITY): EL TAMBO (DISTRICT)
4.  INCIDENT: TYPE                  BOMBING
9.  PERP: INDIVIDUAL ID             "TERRORISTS"
10. PERP: ORGANIZATION ID           "SHINING PATH" / "SENDERO LUMINOSO"
11. PERP: ORGANIZATION CONFIDENCE   SUSPECTED OR ACCUSED BY AUTHORITIES: "SHINING PATH" / "SENDERO LUMINOSO"
18. HUM TGT: NAME                   "JUAN PEREZ"
19. HUM TGT: DESCRIPTION            "MAYOR": "JUAN PEREZ"
                                    "GUARDS"
                                    "PASSERS-BY"
21. HUM TGT: NUMBER                 1: "JUAN PEREZ"
                                    2: "GUARDS"
                                    PLURAL: "PASSERS-BY"
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "JUAN PEREZ"
                                    DEATH: "GUARDS"
                                    INJURY: "PASSERS-BY"

0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               2 (OPTIONAL)
2.  INCIDENT: DATE                  - 05 MAR 90
3.  INCIDENT: LOCATION              PERU
4.  INCIDENT: TYPE                  ARSON
23. HUM TGT: EFFECT OF INCIDENT     -

0.  MESSAGE: ID                     TST9-MUC4-0002
1.  MESSAGE: TEMPLATE               *
2.  INCIDENT: DATE                  *
"""

TEXT = """TST9-MUC4-0001

   LIMA, 5 MAR 90 (INVENTED RADIO) -- [TEXT] A BOMB KILLED THE MAYOR
OF A TOWN AND TWO GUARDS.

   NOTHING ELSE HAPPENED.

TST9-MUC4-0002

   CLANDESTINE, NO DATE -- [TEXT] A SPEECH.
"""


def test_parse_key_templates() -> None:
    templates, irrelevant = parse_keys(KEY)
    assert irrelevant == {"TST9-MUC4-0002"}
    first, second = templates
    assert (first.docid, first.number, first.optional) == ("TST9-MUC4-0001", "1", False)
    assert (second.number, second.optional) == ("2", True)
    assert first.slots["HUM TGT: DESCRIPTION"] == ['"MAYOR": "JUAN PEREZ"', '"GUARDS"', '"PASSERS-BY"']
    assert key_types(first) == {"bombing"}
    (loc,) = key_locations(first)
    assert loc.country == "PERU" and set(loc.place) == {"HUANCAYO", "EL TAMBO"}  # a district: its city counts too
    (claim,) = key_claims(first)
    assert claim.statuses == {"accused"} and claim.names == ["SHINING PATH", "SENDERO LUMINOSO"]
    killed = key_count(first, "DEATH")
    assert killed is not None and (killed.value, killed.minimum) == (3, 3)
    wounded = key_count(first, "INJURY")
    assert wounded is not None and (wounded.value, wounded.minimum) == (None, 2)
    assert key_count(second, "DEATH") is None


# Invented templates: overlapping descriptions capped by the total, and targets named by several NUMBER lines.
OVERLAP_KEY = """\
0.  MESSAGE: ID                     TST9-MUC4-0003
1.  MESSAGE: TEMPLATE               1
21. HUM TGT: NUMBER                 4: "MONKS"
                                    1: "ABBOT"
                                    3/4: "CLERICS"
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "MONKS"
                                    DEATH: "ABBOT"
                                    DEATH: "CLERICS"
24. HUM TGT: TOTAL NUMBER           4

0.  MESSAGE: ID                     TST9-MUC4-0003
1.  MESSAGE: TEMPLATE               2
21. HUM TGT: NUMBER                 ~40: "FARMERS"
                                    6: "FARMERS"
                                    2: "FARMERS"
                                    1: "DRIVER"
                                    1: "DRIVER"
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "FARMERS"
                                    INJURY: "FARMERS"
                                    INJURY: "DRIVER"
                                    ? NO INJURY: "DRIVER"
"""


def test_key_counts_with_overlaps_and_repeated_targets() -> None:
    first, second = parse_keys(OVERLAP_KEY)[0]
    killed = key_count(first, "DEATH")
    assert killed is not None and (killed.value, killed.others) == (4, ())  # 4 + 1 + 3 counts people twice
    assert count_ok(killed, Count(low=4, high=4)) and not count_ok(killed, Count(low=8, high=8))
    killed = key_count(second, "DEATH")  # any of the farmers' numbers may be the dead
    assert killed is not None and count_ok(killed, Count(low=6, high=6))
    assert not count_ok(killed, Count(low=5, high=5))
    wounded = key_count(second, "INJURY")  # the driver's two lines go with his two effects in order
    assert wounded is not None and count_ok(wounded, Count(low=3, high=3))
    assert not count_ok(wounded, Count(low=1, high=1))


def test_date_matching_at_key_precision() -> None:
    templates, _ = parse_keys(KEY)
    dates = key_dates(templates[0])
    assert date_ok(dates, DateValue(value="1990-03-03", precision="day"))
    assert date_ok(dates, DateValue(value="1990-03-02", precision="day"))  # inside the alternative span
    assert date_ok(dates, DateValue(value="1990-03", precision="month"))  # the span lies in March
    assert not date_ok(dates, DateValue(value="1990-03-04", precision="day"))
    assert not date_ok(dates, DateValue(value="1990", precision="year"))
    before = key_dates(templates[1])
    assert date_ok(before, DateValue(value="1990-02-20", precision="day"))
    assert not date_ok(before, DateValue(value="1990-03-06", precision="day"))
    assert date_ok(before, DateValue())  # "- 05 MAR 90": the text gives no date, and neither does the report
    assert date_ok(before, DateValue(precision="unknown", text="recently"))
    assert not date_ok(dates, DateValue())  # a key with a day wants that day


def test_location_matching() -> None:
    keys = key_locations(parse_keys(KEY)[0][0])
    assert location_ok(keys, Location(name="Huancayo", city="Huancayo", country_code="PE", precision="city"))
    assert location_ok(keys, Location(name="El Tambo", country_code="PE", precision="city"))
    assert not location_ok(keys, Location(name="Junín", admin1="Junín", country_code="PE", precision="admin1"))
    assert not location_ok(keys, Location(name="Huancayo", country_code="BO", precision="city"))


def _report(**kw: object) -> Report:
    return Report(id="r", article_id="a", uri="muc4raw://x", **kw)


def test_score_pairs_templates_and_counts_spurious() -> None:
    templates, irrelevant = parse_keys(KEY)
    good = _report(
        date=DateValue(value="1990-03-03", precision="day"),
        location=Location(name="Huancayo", city="Huancayo", country="Peru", country_code="PE", precision="city"),
        attack_types=["bombing"],
        perpetrators=[Perpetrator(name="Shining Path", text="SENDERO LUMINOSO", status="accused")],
        killed=Count(low=3),
        wounded=Count(low=1),
    )
    spurious = _report(attack_types=["armed_assault"])
    result = score(templates, irrelevant, {"TST9-MUC4-0001": [spurious, good], "TST9-MUC4-0002": [spurious]})
    f = result.fields
    # the optional arson template is left unpaired (the other report agrees on nothing), so it is not asked
    assert (result.templates.right, result.templates.asked) == (1, 1)
    assert [(f[k].right, f[k].asked) for k in ("date", "location", "country", "type")] == [(1, 1)] * 4
    assert (f["perpetrator status"].right, f["perpetrator status"].asked) == (1, 1)
    assert (f["killed"].right, f["killed"].asked) == (1, 1)
    assert (f["wounded"].right, f["wounded"].asked) == (0, 1)  # the key says PLURAL: at least two
    assert (result.spurious, result.spurious_irrelevant) == (2, 1)
    assert (result.paired["killed"].right, result.paired["killed"].asked) == (1, 1)
    unpaired = score(templates, irrelevant, {})
    assert (unpaired.fields["killed"].asked, unpaired.paired["killed"].asked) == (1, 0)
    assert any(e.field == "wounded" and e.said.startswith("1-") for e in result.errors)


def test_raw_documents_and_datelines() -> None:
    docs = list(parse_docs(TEXT))
    assert [d.docid for d in docs] == ["TST9-MUC4-0001", "TST9-MUC4-0002"]
    first, second = docs
    assert first.place == "LIMA" and first.source == "INVENTED RADIO"
    assert first.published is not None and first.published.isoformat() == "1990-03-05"
    assert first.text.startswith("LIMA, 5 MAR 90") and "MAYOR OF A TOWN" in first.text and "\n\n" in first.text
    assert second.published is None


def test_real_tst_keys_parse(shared: Path) -> None:
    """Every TST1/TST2 document has a key entry and a text; every relevant template has a type and a place."""
    raw = shared / "data" / "muc4" / "raw"
    templates, irrelevant = load_keys([raw / "tst1" / "key-tst1.v7", raw / "tst2" / "key-tst2.v4"])
    docs = load_docs(split_files(raw, "tst1")[0] + split_files(raw, "tst2")[0])
    relevant = {t.docid for t in templates}
    assert len(relevant | irrelevant) == 200 and not relevant & irrelevant
    assert relevant | irrelevant == set(docs)
    assert all(key_types(t) and key_locations(t) for t in templates)
    assert sum(d.published is not None for d in docs.values()) >= 180  # a few datelines say NO DATE
