"""Responsibility: claimed / accused / denied / possible / reported, with who accused and how a claim was made."""

from __future__ import annotations

import pytest

from strife.extract.groups import default_registry
from strife.extract.responsibility import Responsibility, classify, competing_claims
from strife.model import PerpStatus

C, A, D, P, R = PerpStatus.claimed, PerpStatus.accused, PerpStatus.denied, PerpStatus.possible, PerpStatus.reported


def run(sentence: str, offset: int = 0, country_code: str | None = None) -> list[Responsibility]:
    mentions = default_registry().find(sentence, offset, country_code=country_code)
    return classify(sentence, mentions, offset)


def ties(sentence: str) -> list[tuple[str, PerpStatus, str | None, str | None]]:
    return [(r.name, r.status, r.by, r.how) for r in run(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ISIS claimed responsibility for the attack.", [("Islamic State", C, None, None)]),
        (
            "ISIS said its soldiers carried out the attack.",
            [("Islamic State", C, None, None)],
        ),
        (
            "A Taliban spokesman claimed responsibility in a phone call.",
            [("Taliban", C, None, "phone call")],
        ),
        (
            "Islamic State claimed the attack in a statement on its media website Aamaq.",
            [("Islamic State", C, None, "news agency"), ("Islamic State", C, None, "news agency")],
        ),
        (
            "Jamaat-ul-Ahrar claimed the bombing in a video posted online.",
            [("Jamaat-ul-Ahrar", C, None, "video")],
        ),
        (
            "Responsibility for the attack was claimed by the Manuel Rodriguez Patriotic Front.",
            [("Manuel Rodriguez Patriotic Front", C, None, None)],
        ),
        (
            "the fmln claimed responsibility in a communique.",
            [("Farabundo Marti National Liberation Front", C, None, "statement")],
        ),
    ],
)
def test_claimed(sentence: str, expected: list[tuple]) -> None:
    assert ties(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A senior security official said Lashkar-e-Jhangvi was responsible.",
            [("Lashkar-e-Jhangvi", A, "senior security official", None)],
        ),
        ("Police blamed the Pakistani Taliban for the bombing.", [("Tehrik-i-Taliban Pakistan", A, "Police", None)]),
        ("Officials suspect Boko Haram.", [("Boko Haram", A, "Officials", None)]),
        (
            "The head of the paramilitary forces blamed the Sunni militant group Lashkar-e-Jhangvi.",
            [("Lashkar-e-Jhangvi", A, "head of the paramilitary forces", None)],
        ),
        (
            "The government accused the Haqqani Network of planning the raid.",
            [("Haqqani Network", A, "government", None)],
        ),
        (
            "The Haqqani Network was behind the attack, officials said.",
            [("Haqqani Network", A, "officials", None)],
        ),
    ],
)
def test_accused(sentence: str, expected: list[tuple]) -> None:
    assert ties(sentence) == expected


def test_a_group_can_accuse_another_and_is_not_a_perpetrator() -> None:
    assert ties("The Taliban blamed ISIS for the attack.") == [("Islamic State", A, "Taliban", None)]


def test_denied() -> None:
    assert ties("Hamas denied any involvement in the attack.") == [("Hamas", D, None, None)]
    assert ties("The Taliban said they were not involved.") == [("Taliban", D, None, None)]


def test_accused_and_denied_together() -> None:
    found = ties("Police blamed the TTP, which denied involvement.")
    assert ("Tehrik-i-Taliban Pakistan", A, "Police", None) in found
    assert ("Tehrik-i-Taliban Pakistan", D, None, None) in found


def test_possible() -> None:
    assert ties("Al-Shabaab may have been behind the blast.") == [("al-Shabaab", P, None, None)]
    assert ties("The attack bore the hallmarks of al-Qaeda.") == [("al-Qaeda", P, None, None)]
    assert ties("Suspected Boko Haram militants killed 20 villagers.") == [("Boko Haram", P, None, None)]
    # with an authority saying so, "suspected" is an accusation
    found = ties("Police said suspected Boko Haram militants killed 20 villagers.")
    assert found == [("Boko Haram", A, "Police", None)]


def test_reported_as_fact() -> None:
    assert ties("Taliban fighters stormed an airbase.") == [("Taliban", R, None, None)]
    assert ties("The Haqqani Network was behind the attack.") == [("Haqqani Network", R, None, None)]


def test_negated_claim_is_not_a_claim() -> None:
    assert ties("Hezbollah did not claim responsibility.") == [("Hezbollah", R, None, None)]


def test_doubted_claim_stays_a_claim() -> None:
    assert ties("Officials could not confirm ISIS' claim.") == [("Islamic State", C, None, None)]


def test_competing_claims() -> None:
    both = run("Both ISIS and Jamaat-ul-Ahrar claimed responsibility for the bombing.")
    assert [(r.name, r.status) for r in both] == [("Islamic State", C), ("Jamaat-ul-Ahrar", C)]
    assert competing_claims(both)
    assert not competing_claims(run("ISIS claimed responsibility; police blamed Lashkar-e-Jhangvi."))


def test_offsets_point_into_the_article() -> None:
    sentence = "Police blamed Boko Haram."
    [r] = run(sentence, offset=40)
    assert (r.start, r.end, r.text) == (54, 64, "Boko Haram")
    assert sentence[r.start - 40 : r.end - 40] == r.text


def test_mentions_outside_the_sentence_are_ignored() -> None:
    mentions = default_registry().find("Hamas attacked.", 0)
    assert classify("Hamas attacked.", mentions, offset=500) == []
    assert classify("No group here.", [], 0) == []


def test_a_groups_own_outlet_reporting_an_attack_is_a_claim() -> None:
    assert ties("radio venceremos reported that the rebels attacked an army post.") == [
        ("Farabundo Marti National Liberation Front", C, None, "radio")
    ]
    # ...but not when it is only the dateline or says nothing of an attack, nor when the claim is withheld
    assert ties("radio venceremos played music all night.") == [
        ("Farabundo Marti National Liberation Front", R, None, None)
    ]
    found = ties("during the radio venceremos newscast the rebels neither claimed nor denied responsibility.")
    assert found == [("Farabundo Marti National Liberation Front", R, None, None)]


def test_claims_that_is_an_assertion_not_a_claim_of_an_attack() -> None:
    assert ties("The ELN claims that oil companies plunder the country.") == [
        ("National Liberation Army (Colombia)", R, None, None)
    ]


def test_presumed_members_named_by_officials_are_accused() -> None:
    found = ties("Officials report that guerrillas presumed to be members of the ELN dynamited the pipeline.")
    assert found == [("National Liberation Army (Colombia)", A, "Officials", None)]


def test_claimant_and_claims_of_a_group() -> None:
    assert ties("Many groups have spoken up, with Hamas the loudest claimant.") == [("Hamas", C, None, None)]
    found = ties("Police doubted the claims of a faction of the TTP known as the Jamaat-ul-Ahrar.")
    assert [(n, s) for n, s, _, _ in found] == [("Tehrik-i-Taliban Pakistan", C), ("Jamaat-ul-Ahrar", C)]


def test_curly_apostrophe_possessive_claim() -> None:
    assert ties("Investigators could not verify ISIS\u2019 claim.") == [("Islamic State", C, None, None)]


def test_claimed_that_attack_is_a_claim() -> None:
    assert ties("Hamas also claimed that bombing.") == [("Hamas", C, None, None)]


def test_appositive_between_group_and_blame() -> None:
    sentence = "An army officer said Boko Haram, the sect that has raided many towns, was behind the raid."
    assert ties(sentence) == [("Boko Haram", A, "army officer", None)]


def test_initials_inside_the_gap_are_no_full_stop() -> None:
    from strife.extract.groups import default_registry
    from strife.extract.responsibility import classify
    from strife.model import PerpStatus

    s = "The FARC, a group on the U.S. list of terrorist organisations, claimed responsibility for the blast."
    got = classify(s, default_registry().find(s))
    assert [(r.text, r.status) for r in got] == [("FARC", PerpStatus.claimed)]


def test_carried_out_by_a_group() -> None:
    from strife.extract.groups import default_registry
    from strife.extract.responsibility import classify
    from strife.model import PerpStatus

    def read(s: str) -> list[tuple[str, PerpStatus, str | None]]:
        return [(r.text, r.status, r.by) for r in classify(s, default_registry().find(s))]

    hedged = "Police sources said the raid could have been carried out by the Maoist Shining Path group."
    assert read(hedged) == [("Shining Path", PerpStatus.possible, "Police sources")]
    assert read("The ambush was carried out by the FARC, police said.") == [("FARC", PerpStatus.accused, "police")]
    assert read("The ambush was carried out by the FARC.") == [("FARC", PerpStatus.reported, None)]


def test_a_suspicion_falls_alike_on_groups_coordinated_after_the_first() -> None:
    from strife.extract.groups import default_registry
    from strife.extract.responsibility import classify
    from strife.model import PerpStatus

    s = 'Officials said the raid could have been carried out by the Maoist "Shining Path" group or the ELN rebels.'
    got = {(r.text, r.status) for r in classify(s, default_registry().find(s))}
    assert got == {("Shining Path", PerpStatus.possible), ("ELN", PerpStatus.possible)}
