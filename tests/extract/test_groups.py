"""Group registry: aliases → canonical names, case rules for acronyms, country hints, offsets, and the data file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from strife.extract.groups import DATA, GroupRegistry, default_registry


@pytest.fixture(scope="module")
def reg() -> GroupRegistry:
    return default_registry()


def names(reg: GroupRegistry, text: str, **kw: object) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in reg.find(text, **kw)]


def test_registry_holds_the_major_groups(reg: GroupRegistry) -> None:
    assert len(reg.groups) >= 80
    for name in [
        "Islamic State",
        "al-Qaeda",
        "Taliban",
        "Tehrik-i-Taliban Pakistan",
        "Lashkar-e-Jhangvi",
        "Farabundo Marti National Liberation Front",
        "Shining Path",
        "Tupac Amaru Revolutionary Movement",
        "The Extraditables",
        "Manuel Rodriguez Patriotic Front",
    ]:
        assert reg.get(name) is not None, name


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("ISIS", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("Daesh", "Islamic State"),
        ("Amaq", "Islamic State"),
        ("ISKP", "Islamic State"),
        ("Islamic State West Africa Province", "Islamic State"),
        ("AQAP", "al-Qaeda in the Arabian Peninsula"),
        ("al Shabab", "al-Shabaab"),
        ("HTS", "Hay'at Tahrir al-Sham"),
        ("Tehreek e Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
        ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"),
        ("TTP", "Tehrik-i-Taliban Pakistan"),
        ("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar"),
        ("Hakimullah group", "Tehrik-i-Taliban Pakistan (Hakimullah faction)"),
        ("Lashker-e-Jhangvi Al-Almi", "Lashkar-e-Jhangvi"),
        ("Lashkar-e-Jhangvi al-Alami", "Lashkar-e-Jhangvi"),
        ("LeJ", "Lashkar-e-Jhangvi"),
        ("the extraditables", "The Extraditables"),
        ("sendero luminoso", "Shining Path"),
        ("fmln", "Farabundo Marti National Liberation Front"),
        ("Farabundo Martí National Liberation Front", "Farabundo Marti National Liberation Front"),
        ("army of national liberation", "National Liberation Army (Colombia)"),
        ("Tamil Tigers", "Liberation Tigers of Tamil Eelam"),
        ("Kurdistan Workers’ Party", "Kurdistan Workers' Party"),
        ("no such group", None),
    ],
)
def test_canonical(reg: GroupRegistry, alias: str, name: str | None) -> None:
    assert reg.canonical(alias) == name


def test_find_returns_offsets_and_text_as_written(reg: GroupRegistry) -> None:
    text = "Police said ISIS and Lashker-e-Jhangvi Al-Almi both claimed it."
    found = reg.find(text, offset=100)
    assert [(m.text, m.name) for m in found] == [
        ("ISIS", "Islamic State"),
        ("Lashker-e-Jhangvi Al-Almi", "Lashkar-e-Jhangvi"),
    ]
    for m in found:
        assert text[m.start - 100 : m.end - 100] == m.text


def test_longest_match_wins(reg: GroupRegistry) -> None:
    assert names(reg, "the Islamic State West Africa Province attacked") == [
        ("Islamic State West Africa Province", "Islamic State")
    ]
    branch = reg.find("Islamic State Khorasan Province")[0].branch
    assert branch == "Islamic State Khorasan Province"
    assert names(reg, "Lashkar-e-Jhangvi al-Alami said") == [("Lashkar-e-Jhangvi al-Alami", "Lashkar-e-Jhangvi")]


def test_lower_case_text_matches_names_and_acronyms(reg: GroupRegistry) -> None:
    text = "members of the farabundo marti national liberation front (fmln) attacked; the eln denied it."
    assert [n for _, n in names(reg, text)] == [
        "Farabundo Marti National Liberation Front",
        "Farabundo Marti National Liberation Front",
        "National Liberation Army (Colombia)",
    ]


def test_is_as_a_verb_is_not_a_group(reg: GroupRegistry) -> None:
    assert names(reg, "this is what the army said is true") == []
    assert names(reg, "THE ARMY SAYS IT IS READY") == []
    assert names(reg, "IS militants stormed the town.") == [("IS", "Islamic State")]
    assert names(reg, "the socialist left (is) won 12 percent") == []


def test_mixed_case_acronyms_keep_their_case(reg: GroupRegistry) -> None:
    assert names(reg, "Let them go, he said.") == []
    assert names(reg, "LeT militants crossed the border.") == [("LeT", "Lashkar-e-Taiba")]
    # in mixed-case text an upper-case acronym must be written in capitals
    assert names(reg, "The Eln river flooded.") == []


def test_ambiguous_acronym_needs_a_cue(reg: GroupRegistry) -> None:
    assert names(reg, "what does the rn think about the erp in 1990?") == [
        ("rn", "National Resistance"),
        ("erp", "People's Revolutionary Army"),
    ]
    assert names(reg, "the nurse, an rn, went home") == []
    assert names(reg, "the nicaraguan resistance (rn) said") == [
        ("nicaraguan resistance", "Nicaraguan Resistance"),
        ("rn", "Nicaraguan Resistance"),
    ]


def test_generic_word_uses_the_country_hint(reg: GroupRegistry) -> None:
    assert names(reg, "Taliban fighters attacked", country_code="PK") == [("Taliban", "Tehrik-i-Taliban Pakistan")]
    assert names(reg, "Taliban fighters attacked", country_code="AF") == [("Taliban", "Taliban")]
    assert names(reg, "Taliban fighters attacked") == [("Taliban", "Taliban")]
    assert names(reg, "Maoists blew up a van", country_code="NP") == [("Maoists", "Communist Party of Nepal (Maoist)")]
    assert reg.canonical("Taliban", country_code="PK") == "Tehrik-i-Taliban Pakistan"


def test_labels_are_not_groups(reg: GroupRegistry) -> None:
    assert names(reg, "right-wing extremists and Christian extremists marched; Islamists protested.") == []


def test_family_follows_parents(reg: GroupRegistry) -> None:
    assert reg.family("Jamaat-ul-Ahrar") == "Tehrik-i-Taliban Pakistan"
    assert reg.family("The Extraditables") == "Medellin Cartel"
    assert reg.family("Hamas") == "Hamas"


def test_data_file_is_consistent() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    names_ = [g["name"] for g in data["groups"]]
    assert len(names_) == len(set(names_))
    for g in data["groups"]:
        for ref in (g.get("parent"), g.get("alias_of")):
            assert ref is None or ref in names_, (g["name"], ref)


def test_conflicting_alias_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "groups.json"
    path.write_text(
        json.dumps({"groups": [{"name": "A", "aliases": ["Red Hand"]}, {"name": "B", "aliases": ["red-hand"]}]}),
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="names both"):
        GroupRegistry.load(path)


def test_finds_gold_groups_in_muc4_dev(shared: Path, reg: GroupRegistry) -> None:
    """Most non-state MUC-4 perpetrator organisations are found (bench/groups_muc4.py measures it fully)."""
    docs = [json.loads(line) for line in (shared / "data/muc4/processed/dev.json").read_text().splitlines()]
    hit = total = 0
    for doc in docs[:100]:
        spans = [(m.start, m.end) for m in reg.find(doc["doctext"])]
        for template in doc["templates"]:
            for entity in template["PerpOrg"]:
                if any(w in entity[0][0] for w in ("army", "armed forces", "government", "police", "military")):
                    continue
                total += 1
                hit += any(s < off + len(t) and off < e for t, off in entity for s, e in spans)
    assert total > 10
    assert hit / total >= 0.8


def test_outlets_are_mentions_of_their_group(reg: GroupRegistry) -> None:
    assert names(reg, "a statement carried by Amaq") == [("Amaq", "Islamic State")]
    assert reg.outlet("AMAQ") == "news agency"
    assert reg.outlet("radio venceremos") == "radio"
    assert reg.outlet("ISIS") is None


def test_everyday_phrases_need_capitals_in_mixed_case_text(reg: GroupRegistry) -> None:
    assert names(reg, "They mounted a national resistance to the occupation.") == []
    assert names(reg, "The National Resistance said it attacked.") == [("National Resistance", "National Resistance")]
    # MUC-4 text has no capitals to go by
    assert names(reg, "the national resistance and the fmln") == [
        ("national resistance", "National Resistance"),
        ("fmln", "Farabundo Marti National Liberation Front"),
    ]


def test_capitals_around_is_mean_a_shouted_line(reg: GroupRegistry) -> None:
    assert names(reg, "Update: THE SUSPECT IS DUE BACK IN COURT on Monday") == []
    assert names(reg, "He pledged allegiance to IS before the shooting.") == [("IS", "Islamic State")]


def test_eta_needs_a_cue(reg: GroupRegistry) -> None:
    assert names(reg, "Crews radioed their ETA to dispatch.") == []
    assert names(reg, "The stadium was targeted by ETA in 2002.") == [("ETA", "Basque Fatherland and Freedom")]


def test_acronyms_shared_with_everyday_bodies_need_a_cue(reg: GroupRegistry) -> None:
    assert names(reg, "The FSA fined the bank for mis-selling.") == []
    assert names(reg, "FSA rebels shelled the town.") == [("FSA", "Free Syrian Army")]
    assert names(reg, "Soldiers gathered at the base of the hill.") == []
    assert names(reg, "The Base recruited online.") == [("The Base", "The Base")]
