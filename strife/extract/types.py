"""GTD lexicons: attack words, weapons, suicide cues, targets/victims and state operations, as compiled regexes.

Each finder returns the longest non-overlapping matches in text order, case-insensitively (MUC-4 text is lower
case). Values are the enum values of strife.model, so callers can put them straight into a Report.

Coding choices where GTD leaves room: hospitals and clinics are `business` (GTD's Business subtype
Medical/Pharmaceutical); lawyers are private citizens unless a court is named; prisons are `police` (GTD's
Police subtype Prison/Jail); "security forces" are `police`; madrassas are `educational_institution`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from strife.model import AttackType, TargetType, WeaponType


@dataclass
class TypeMention:
    """An attack/weapon/suicide/state-operation word: [start, end) offsets, text, and its vocabulary value."""

    start: int
    end: int
    text: str
    value: str


@dataclass
class TargetMention:
    """A target (place, object) or victim (people) phrase with its GTD target type."""

    start: int
    end: int
    text: str
    type: TargetType
    role: str  # "target" | "victim"


@dataclass(frozen=True)
class _Rule:
    rx: re.Pattern[str]
    value: str
    role: str = ""
    near: re.Pattern[str] | None = None  # must also occur within _NEAR characters


_NEAR = 120
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|scores of|many)"


def _split_top(pattern: str) -> list[str]:
    """A pattern's top-level alternatives (outside groups and character classes)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _rules(table: list[tuple[str, str]] | list[tuple[str, str, str]], flags: int = re.IGNORECASE) -> list[_Rule]:
    """Compile (pattern, value[, role]) rows, bounded by non-word characters. Alternatives are reordered longest
    pattern first, because a regex alternation takes the first branch that matches, not the longest."""
    out = []
    for row in table:
        pattern, value, *rest = row
        ordered = "|".join(sorted(_split_top(pattern), key=len, reverse=True))
        out.append(_Rule(re.compile(rf"(?<!\w)(?:{ordered})(?!\w)", flags), value, rest[0] if rest else ""))
    return out


def _find(rules: list[_Rule], text: str) -> list[tuple[int, int, _Rule]]:
    """All rule matches, then the longest non-overlapping ones (ties: earlier rule wins), in text order."""
    hits: list[tuple[int, int, int, _Rule]] = []
    for i, rule in enumerate(rules):
        for m in rule.rx.finditer(text):
            if rule.near is not None:
                window = text[max(0, m.start() - _NEAR) : m.end() + _NEAR]
                if not rule.near.search(window):
                    continue
            hits.append((m.start(), m.end(), i, rule))
    chosen: list[tuple[int, int, _Rule]] = []
    for s, e, _, rule in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[2], h[0])):
        if all(e <= cs or s >= ce for cs, ce, _ in chosen):
            chosen.append((s, e, rule))
    return sorted(chosen, key=lambda c: c[0])


def _mentions(rules: list[_Rule], text: str, offset: int) -> list[TypeMention]:
    return [TypeMention(offset + s, offset + e, text[s:e], r.value) for s, e, r in _find(rules, text)]


def _alt(*parts: str) -> str:
    """Alternatives joined into one pattern (keeps the lexicon tables readable)."""
    return "|".join(parts)


A = AttackType
_FACILITY = _alt(
    r"(?:power|electric(?:al|ity)?|high[- ]tension|transmission|telephone|gas|oil)[- ]"
    r"(?:lines?|towers?|pylons?|poles?|pipelines?|stations?|plants?|substations?|grid)",
    r"pylons?|substations?|pipelines?|bridges?|towers?",
)
_OFFICE = _alt(
    r"mayor|(?:deputy |prime |interior |defen[cs]e |finance |provincial |former )?minister|judge|governor|senator",
    r"congressman|deputy|legislator|lawmaker|prosecutor|attorney general|president|police chief|councilman",
    r"councillor|ambassador|candidate|magistrate|district chief|tribal elder|(?:local |senior )?official",
)
_FACILITY_VERB = _alt(
    r"sabotag\w*|dynamit(?:ed|ing)|blew up|blown up|blowing up|attack(?:ed|ing)|destroy(?:ed|ing)",
    r"damag(?:ed|ing)|bomb(?:ed|ing)",
)
_PEOPLE = r"hostages?|people|men|women|children|girls|boys|students|workers|passengers|villagers|tourists|foreigners"
TRIGGERS: list[_Rule] = _rules(
    [
        # facility attacks first so that "blew up the pylon" is not just a bombing
        (
            rf"(?:{_FACILITY_VERB}) (?:the |a |an |two |three |several |\d+ )?(?:\w+ )?(?:{_FACILITY})",
            A.facility_attack,
        ),
        (r"sabotage[sd]?|sabotaging|acts? of sabotage", A.facility_attack),
        (
            _alt(
                r"suicide (?:bomb\w*|attack\w*|blasts?|car bomb\w*|truck bomb\w*|vests?|belts?)",
                r"car[- ]bombs?|truck[- ]bombs?|bomb attacks?|bomb blasts?|bombs?|bomb(?:ed|ing|ings|er|ers)",
                r"blasts?|explosions?|explosives?|exploded|improvised explosive devices?|IEDs?|VBIEDs?",
                r"blew (?:himself |herself |themselves )?up|blown up|detonat\w+|grenades?(?: attacks?)?",
                r"blown (?:to (?:bits|pieces|smithereens)|apart)",
                r"dynamite attacks?|mortar (?:attacks?|shells?|rounds?)|rocket attacks?|landmines?|land mines?",
                r"roadside bombs?|sticky bombs?|parcel bombs?|letter bombs?",
            ),
            A.bombing,
        ),
        (
            _alt(
                r"assassinat\w+|assassins?",
                rf"(?:killed|murdered|shot dead|shot and killed|gunned down|slew|slain|executed)"
                rf" (?:the |a |an |former |local |two |three )?(?:{_OFFICE})s?",
                rf"(?:{_OFFICE})s? (?:\w+ ){{0,3}}(?:was|were|has been|had been)"
                rf" (?:assassinated|shot dead|gunned down|murdered|killed|slain)",
            ),
            A.assassination,
        ),
        (
            _alt(
                r"kidnap\w*|abduct\w*|taken captive|held captive|(?:was|were|been) seized",
                rf"seized (?:\w+ ){{0,2}}(?:{_PEOPLE}|engineers)",
            ),
            A.kidnapping,
        ),
        (
            _alt(
                r"held (?:\w+ ){0,3}hostages?|hostage[- ]taking|hostage[- ]takers?|took (?:\w+ ){0,3}hostages?",
                r"taken hostage|taking (?:\w+ ){0,3}hostages?|hostage (?:crisis|standoff|situation)|barricaded",
            ),
            A.hostage_barricade,
        ),
        (r"hijack\w*|skyjack\w*|commandeered", A.hijacking),
        (
            _alt(
                r"set (?:\w+ ){0,3}on fire|set fire(?: to)?|set ablaze|torch(?:ed|ing)|arson\w*|fire[- ]?bomb\w*",
                r"molotov cocktails?|petrol bombs?|gasoline bombs?|burn(?:ed|t) down",
                r"burn(?:ed|t|ing) (?:down )?(?:the|a|an|several|two|three|\d+|their|his|her|its)\b",
            ),
            A.arson,
        ),
        (
            _alt(
                r"rob(?:bed|bery|beries|bing|bers?)|holdups?|hold-ups?|armed hold[- ]?ups?",
                r"held up (?:a|the) (?:bank|store|shop|bus|petrol station|gas station)|stole|looted|looting",
            ),
            A.robbery,
        ),
        (
            _alt(
                r"beat(?:en|ing)? (?:\w+ )?(?:up|to death)|beaten (?:severely|badly|with)|stoned to death",
                r"acid attacks?|lynch(?:ed|ing|ings)|lynch mobs?",
                r"punched|pummell?ed",
            ),
            A.unarmed_assault,
        ),
        (
            _alt(
                r"(?<!heart )(?<!panic )(?<!asthma )attack(?:s|ed|ing|ers?)?|assault(?:s|ed|ing)?|storm(?:ed|ing)",
                r"opened fire|open fire|opening fire|fired (?:on|at|upon|into)|shootings?|shoot[- ]?outs?",
                r"gun(?:men|man)|shot dead|shot and killed|shot (?:and wounded|at)|gunned down",
                r"gunfights?|gun battles?|firefights?|massacr\w*|rampage|ambush\w*|stabb\w*|killing spree",
                r"(?:militants?|gunmen|rebels|insurgents|guerrillas|terrorists|attackers) raided",
                r"raids? by (?:\w+ )?(?:militants|gunmen|rebels|insurgents|guerrillas|terrorists)",
                r"machine[- ]?gunned|sprayed (?:\w+ ){0,3}with bullets",
                # people hit by gunfire, as local news tells a shooting: "was shot", "shoots himself", "shot in
                # the leg", "fatally shot", "gunshot wound" (a bare "shot" is a photo, a vaccine or a goal)
                r"(?<!film )(?<!movie )(?<!video )(?<!scene )(?<!footage )(?<!series )(?<!episode )(?<!which )"
                r"(?<!that )(?:was|were|been|being|got|gets|is|are) (?:\w+ly )?shot(?! down| on location)",
                r"(?:shoots?|shot|shooting) (?:him|her|them|it)sel(?:f|ves)|shoots? self|shot self",
                r"(?:fatally|accidentally|unintentionally|mortally|critically|seriously) shot|shot to death",
                r"shot (?:multiple times|several times|once|twice|in the (?:head|face|neck|chest|back|stomach|abdomen"
                r"|torso|arm|arms|leg|legs|foot|hand|shoulder|hip|thigh|buttocks?|groin|side|eye|jaw))",
                r"gunshot wounds?|gunshot victims?|struck by (?:a )?(?:stray )?(?:bullets?|gunfire)",
                # a headline's participle after the people hit: "4 Shot, 1 Killed", "Teen shot in Bluffton"
                r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|people|persons?|m[ae]n|wom[ae]n|boys?"
                r"|girls?|teens?|teenagers?|child|children|toddler|baby|officers?|victims?|students?|\d+-year-old)"
                r" shot(?=[,:;]| and | in | near | outside | during | while | after | on )",
                r"(?:fatally|accidentally|unintentionally) shoots?",
            ),
            A.armed_assault,
        ),
    ]
)
# a siege is a barricade incident only when hostages are held
TRIGGERS.append(
    _Rule(
        re.compile(r"(?<!\w)(?:sieges?|standoffs?)(?!\w)", re.IGNORECASE),
        A.hostage_barricade,
        near=re.compile(r"hostage", re.IGNORECASE),
    )
)

W = WeaponType
WEAPONS: list[_Rule] = _rules(
    [
        (
            _alt(
                r"chemical (?:weapons?|attacks?|agents?)|sarin|chlorine gas|mustard gas|poison(?:ous)? gas",
                r"nerve agents?|acid attacks?|acid|poison(?:ed|ing)?|cyanide",
            ),
            W.chemical,
        ),
        (r"anthrax|ricin|biological (?:weapons?|agents?)", W.biological),
        (r"dirty bombs?|radioactive (?:material|device)s?|radiological", W.radiological),
        (r"nuclear (?:device|weapon|bomb)s?", W.nuclear),
        (
            _alt(
                r"fake (?:bombs?|explosives?|guns?|weapons?)|toy guns?|hoax (?:bombs?|devices?)",
                r"replica (?:guns?|weapons?)",
            ),
            W.fake_weapons,
        ),
        (
            _alt(
                r"suicide (?:vests?|belts?)|explosive (?:vests?|belts?|devices?)|car[- ]?bombs?|truck[- ]?bombs?",
                r"booby[- ]?traps?|booby[- ]?trapped|dynamite sticks?|sticks of dynamite",
                r"bombs?|bomb(?:ed|ing|ings|ers?)|explosives?|grenades?|dynamite|dynamited|TNT|IEDs?|VBIEDs?",
                r"improvised explosive devices?|mortars?(?: shells?| rounds?)?|rockets?|rocket[- ]propelled grenades?",
                r"RPGs?|landmines?|land mines?|blasts?|explosions?|exploded|detonat\w+",
                r"blew (?:himself |herself |themselves )?up|C-4|semtex|missiles?|shells?",
            ),
            W.explosives,
        ),
        (
            _alt(
                r"molotov(?: cocktails?)?|petrol bombs?|gasoline bombs?|fire[- ]?bombs?",
                r"incendiary(?: devices?| bombs?)?|arson\w*|set (?:\w+ ){0,3}on fire|set fire|set ablaze",
                r"torch(?:ed|ing)|gasoline|petrol",
            ),
            W.incendiary,
        ),
        (
            _alt(
                r"knife|knives|machetes?|stabb\w*|stabs?|axes?|swords?|hatchets?|daggers?",
                r"blunt (?:object|instrument)s?|hacked to death|beheaded|baseball bats?|iron bars?",
            ),
            W.melee,
        ),
        (
            _alt(
                r"ramm(?:ed|ing)|rams|vehicle[- ]ramming",
                r"(?:drove|driven|ploughed|plowed|crashed) (?:a |his |her |the |their )?(?:\w+ )?"
                r"(?:car|truck|lorry|van|vehicle|suv)s? (?:into|through)",
            ),
            W.vehicle,
        ),
        (
            _alt(
                r"guns?|gunfire|gunshots?|gun(?:men|man)|rifles?|AK-?47s?|kalashnikovs?|pistols?|handguns?",
                r"revolvers?|machine[- ]?guns?|machine[- ]?gunned|sub-?machine[- ]?guns?|shotguns?",
                r"(?:heavy|large|small|high)[- ]caliber(?:[- ]weapons?| arms| guns?)?",
                r"\d+[- ]mm (?:weapons?|pistols?|guns?)",
                r"assault (?:weapons?|rifles?)",
                r"M-?16s?|snipers?|bullets?|shot dead|shot and killed|shot|shots|shootings?|opened fire|open fire",
                r"fired (?:on|at|upon)|gun ?fights?|gun battles?|firefights?|automatic weapons?|firearms?|uzis?",
            ),
            W.firearms,
        ),
    ]
)

SUICIDE: list[_Rule] = _rules(
    [
        (
            _alt(
                r"suicide (?:bomb\w*|attack\w*|vests?|belts?|car bomb\w*|truck bomb\w*|missions?|squads?|blasts?"
                r"|operations?|explosions?)",
                r"(?:blew|blowing) (?:himself|herself|themselves) up",
                r"detonated (?:his|her|their) (?:\w+ )?(?:vests?|belts?)",
                r"(?:detonat\w+|wearing|wore|strapped (?:on|with)|set off|triggered) (?:\w+ ){0,2}"
                r"(?:explosives?|explosive-laden|suicide|bomb|dynamite) (?:vests?|belts?|jackets?)",
                r"martyrdom (?:operations?|attacks?|seekers?)|self[- ]detonat\w+|inghimasi\w*|fidayeen",
            ),
            "suicide",
        ),
    ]
)

T = TargetType
V, G = "victim", "target"
_PLACE_OF = _alt(
    r"bases?|posts?|camps?|convoys?|patrols?|checkpoints?|headquarters|vehicles?|barracks|installations?",
    r"garrisons?|academy|compounds?|outposts?|units?|trucks?",
)
TARGETS: list[_Rule] = _rules(
    [
        (
            _alt(
                r"police (?:training )?(?:facility|facilities|college|colleges|centres?|centers?|camps?|academy",
                r"academies|school|stations?|posts?|checkpoints?|check posts?|headquarters|buildings?|vehicles?",
                r"vans?|trucks?|convoys?|patrols?|barracks|lines|compound)|prisons?|jails?",
            ),
            T.police,
            G,
        ),
        (
            _alt(
                r"police(?:m[ae]n|wom[ae]n)|policem[ae]n|cops?|constables?|cadets?|gendarmes?|levies|police",
                r"police (?:officers?|cadets?|recruits?|personnel|constables?|guards?|commanders?)",
                r"security (?:forces|personnel|guards?|officials?)|border guards?|traffic police|prison guards?",
            ),
            T.police,
            V,
        ),
        (
            _alt(
                rf"(?:army|military|naval|air force|paramilitary) (?:{_PLACE_OF})",
                r"air ?bases?|barracks|garrisons?|army(?! of (?:national|the))|military",
            ),
            T.military,
            G,
        ),
        (
            _alt(
                r"soldiers?|troops|servicem[ae]n|paratroopers?|marines|sailors|airm[ae]n|militiam[ae]n",
                r"army officers?|military officers?|peacekeepers?|frontier corps|rangers|national guard(?:sm[ae]n)?",
            ),
            T.military,
            V,
        ),
        (
            r"schools?|universit(?:y|ies)|colleges?|campus(?:es)?|kindergartens?|madrass?as?|classrooms?",
            T.educational_institution,
            G,
        ),
        (
            r"schoolchildren|school ?(?:girls|boys)|pupils?|students?|teachers?|professors?|lecturers?",
            T.educational_institution,
            V,
        ),
        (
            _alt(
                r"mosques?|churche?s?|temples?|shrines?|synagogues?|imambargahs?|gurdwaras?|cathedrals?|chapels?",
                r"parish(?:es)?|seminar(?:y|ies)|monaster(?:y|ies)|convents?|places? of worship",
            ),
            T.religious,
            G,
        ),
        (
            _alt(
                r"worshipp?ers?|pilgrims?|imams?|priests?|clerics?|monks?|nuns?|bishops?|archbishops?|pastors?",
                r"(?:shiite|shia|sunni|sufi|hindu|christian|muslim|jewish) (?:pilgrims|worshippers|devotees)",
                r"rabbis?|missionar(?:y|ies)|religious (?:leaders?|scholars?|figures?)|congregation|devotees",
                r"faithful|jesuits?",
            ),
            T.religious,
            V,
        ),
        (
            _alt(
                r"court(?:house)?s?|judges?|magistrates?|prosecutors?|ministr(?:y|ies)|town halls?|city halls?",
                r"public (?:buildings?|offices?|facilities|institutions?)",
                r"(?:political )?party (?:headquarters|offices?)",
                r"government (?:buildings?|offices?|headquarters|compounds?|installations?)|parliament",
                r"presidential (?:palace|residence|farm|house)|polling (?:stations?|booths?)",
                r"election (?:offices?|commission)|tax offices?|customs (?:posts?|offices?)",
                r"district (?:offices?|headquarters)|municipal (?:offices?|buildings?)",
            ),
            T.government,
            G,
        ),
        (
            _alt(
                r"mayors?|ministers?|governors?|senators?|congressm[ae]n|deputies|legislators?|lawmakers?",
                r"politicians?|candidates?|councill?ors?|councilm[ae]n|civil servants?|president|vice president",
                r"(?:government|local|provincial|district) (?:officials?|employees?|workers?)|attorney general",
            ),
            T.government,
            V,
        ),
        (
            _alt(
                r"embass(?:y|ies)|consulates?|diplomatic (?:missions?|compounds?|convoys?)",
                r"(?:united nations|un) (?:offices?|compounds?|mission|convoys?)",
            ),
            T.diplomatic,
            G,
        ),
        (r"diplomats?|ambassadors?|consuls?|embassy (?:staff|employees|guards)", T.diplomatic, V),
        (
            r"journalists?|reporters?|cameram[ae]n|photographers?|editors?|broadcasters?|newsm[ae]n|media workers?",
            T.journalists_media,
            V,
        ),
        (
            _alt(
                r"(?:radio|television|tv) (?:stations?|channels?|studios?|transmitters?)|newspapers?(?: offices?)?",
                r"media (?:offices?|outlets?|houses?)|news agenc(?:y|ies)|press club",
            ),
            T.journalists_media,
            G,
        ),
        (
            _alt(
                r"(?:power|electric(?:al|ity)?|high[- ](?:tension|voltage)|transmission)"
                r" (?:lines?|towers?|pylons?|poles?|posts?|stations?|plants?|substations?|grid|system|network"
                r"|installations?|facilities)",
                r"pylons?|substations?|(?:gas|oil) pipelines?|pipelines?|power plants?|dams?|electricity",
                r"gas (?:plants?|facilities)",
            ),
            T.utilities,
            G,
        ),
        (
            _alt(
                r"telephone (?:exchanges?|lines?|booths?|company|offices?|junction box(?:es)?|poles?|network|system"
                r"|communications?)|radio towers?|repeaters?",
                r"telecom(?:munications?)? (?:towers?|offices?|installations?)",
                r"(?:mobile|cell|cellphone|communications?) (?:phone )?towers?",
            ),
            T.telecommunication,
            G,
        ),
        (
            _alt(
                r"water (?:supply|supplies|reservoirs?|treatment plants?|tanks?|pumps?|wells?|pipes?|pipelines?|mains)",
                r"food (?:supply|supplies|stores|depots?|convoys?)",
            ),
            T.food_water_supply,
            G,
        ),
        (
            r"airports?|aircraft|airplanes?|aeroplanes?|planes?|airliners?|airlines?|air terminals?|airstrips?"
            r"|helicopters?",
            T.airports_aircraft,
            G,
        ),
        (r"ships?|vessels?|ferr(?:y|ies)|boats?|ports?|harbou?rs?|oil tankers?|cargo ships?", T.maritime, G),
        (
            _alt(
                r"bus(?:es)?|minibus(?:es)?|trains?|railways?(?: stations?| lines?| tracks?)?|railroads?|bridges?",
                r"(?:surface |public )?transportation(?: system)?|cars?|roads?",
                r"train stations?|bus (?:stations?|stops?|terminals?|depots?)|metro(?: stations?)?",
                r"subway(?: stations?)?|highways?|taxis?|tank trucks?|trucks?|vehicles?|convoys?",
            ),
            T.transportation,
            G,
        ),
        (r"passengers?|commuters?|travell?ers|drivers?|bus drivers?|truck drivers?", T.transportation, V),
        (r"tourists?|tourist (?:sites?|resorts?|buses?|hotels?)|holidaymakers|sightseers", T.tourists, V),
        (
            _alt(
                r"aid (?:workers?|agency|agencies|groups?|convoys?)|relief workers?|ngos?|red cross|red crescent",
                r"humanitarian (?:workers?|convoys?|organi[sz]ations?)|charit(?:y|ies)|vaccinators?|polio workers?",
            ),
            T.ngo,
            V,
        ),
        (
            r"abortion (?:clinics?|providers?|doctors?)|planned parenthood|family planning clinics?",
            T.abortion_related,
            G,
        ),
        (
            r"peace committees?|pro-government militias?|tribal militias?|rival (?:militants|groups?|factions?)",
            T.terrorists_militias,
            V,
        ),
        (
            _alt(
                r"markets?|marketplaces?|bazaars?|shops?|stores?|banks?|hotels?|restaurants?|cafes?|caf\u00e9s?",
                r"brothels?|food stands?|stalls?|banking system|dealerships?",
                r"nightclubs?|clubs?|(?:shopping )?(?:malls?|centres?|centers?)|supermarkets?|factor(?:y|ies)",
                r"compan(?:y|ies)|business(?:es)?|offices?|hospitals?|clinics?|pharmac(?:y|ies)|cinemas?",
                r"theat(?:re|er)s?|stadiums?|petrol stations?|gas stations?|farms?|ranches?|plantations?",
                r"oil (?:wells?|fields?|compan(?:y|ies)|facilities)|warehouses?|construction sites?|dealerships?",
            ),
            T.business,
            G,
        ),
        (
            _alt(
                r"business(?:m[ae]n|people|owners?)|shopkeepers?|merchants?|traders?|vendors?|bankers?|employees",
                r"workers|laborers?|labourers?|engineers?|contractors?|doctors?|nurses?|patients|shoppers",
                r"customers|diners|guests",
            ),
            T.business,
            V,
        ),
        (
            _alt(
                r"homes?|houses?|residences?|villages?|neighbou?rhoods?|refugee camps?|funerals?|weddings?",
                r"(?:private )?propert(?:y|ies)|buildings?|labou?r union (?:headquarters|offices?)|union headquarters",
                r"processions?|gatherings?|rall(?:y|ies)|parks?|squares?|streets?|cemeter(?:y|ies)",
            ),
            T.private_citizens_property,
            G,
        ),
        (
            _alt(
                r"people|persons?|civilians?|villagers?|children|child|famil(?:y|ies)|residents?|passers-?by",
                r"bystanders?|peasants?|farmers?|women|men|girls|boys|youths?|lawyers?|attorneys?|mourners",
                r"refugees?|tribesm[ae]n|elders|spectators|crowds?|individuals|relatives|infants?|babies",
            ),
            T.private_citizens_property,
            V,
        ),
    ]
)

_ENEMY = _alt(
    r"militants|insurgents|rebels|terrorists|guerrillas|fighters|jihadists|extremists|gunmen|subversives",
    r"separatists|maoists|naxal(?:ite)?s|criminals",
)
_FORCES = _alt(
    r"security forces|troops|soldiers|the army|army|police|policemen|the military|military|government forces",
    r"government troops|commandos|rangers|the air force",
)
STATE_OPS: list[_Rule] = _rules(
    [
        (
            _alt(
                r"(?:military|army|security|counter-?insurgency|counter-?terrorism|counter-?terror|search|clearance"
                r"|clean-?up|mopping-?up|combing|ground|joint|intelligence-based|targeted) operations?",
                rf"operations? against (?:the )?(?:{_ENEMY})",
            ),
            "state_operation",
        ),
        (r"(?:army|military|government|security|ground|major|new) offensives?|offensives? against", "state_operation"),
        (
            _alt(
                r"air ?strikes?|air-strikes?|drone (?:strikes?|attacks?)|air raids?|bombing raids?",
                r"aerial (?:bombardments?|attacks?|bombings?)|bombardments?|shelling",
            ),
            "state_operation",
        ),
        (r"(?:army|military|police|security|government) crackdowns?|crackdowns?", "state_operation"),
        (
            rf"(?:{_FORCES}) (?:have |had |reportedly )?(?:killed|shot dead|gunned down|eliminated|neutrali[sz]ed)"
            rf" (?:at least |some |about |nearly |more than |over |up to )?{_NUM}"
            rf" (?:suspected |alleged |armed )?(?:{_ENEMY})",
            "state_operation",
        ),
        (
            r"killed in (?:an? )?(?:encounters?|shoot-?outs? with (?:the )?(?:police|security forces|troops))",
            "state_operation",
        ),
        (
            _alt(
                r"operation zarb-e-azb|operation radd-ul-fasaad|operation khyber|operation rah-e-nijat",
                r"operation barkhane|operation serval",
            ),
            "state_operation",
        ),
    ]
)
# "Operation Enduring Freedom": a capitalised code name after "Operation" (case-sensitive on purpose).
STATE_OPS += _rules([(r"Operation (?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+){0,3}", "state_operation")], flags=0)


def find_triggers(text: str, offset: int = 0) -> list[TypeMention]:
    """Attack words ("stormed", "car bomb", "abducted") with their GTD AttackType value."""
    return _mentions(TRIGGERS, text, offset)


def find_weapons(text: str, offset: int = 0) -> list[TypeMention]:
    """Weapon words ("AK-47", "suicide vest", "machete") with their GTD WeaponType value."""
    return _mentions(WEAPONS, text, offset)


def find_suicide(text: str, offset: int = 0) -> list[TypeMention]:
    """Cues of a suicide attack ("suicide bomber", "blew himself up"); value is always "suicide"."""
    return _mentions(SUICIDE, text, offset)


def find_state_operations(text: str, offset: int = 0) -> list[TypeMention]:
    """Cues of state military/police action, which is not an incident ("airstrikes", "troops killed 12 militants")."""
    return _mentions(STATE_OPS, text, offset)


def find_targets(text: str, offset: int = 0) -> list[TargetMention]:
    """Target places/objects (role "target") and victim groups of people (role "victim") with their GTD type."""
    return [
        TargetMention(offset + s, offset + e, text[s:e], TargetType(r.value), r.role)
        for s, e, r in _find(TARGETS, text)
    ]


def classify_target(text: str) -> TargetType:
    """GTD type of a target/victim phrase, from its head: the last lexicon match before any "of" ("students of the
    university" → students; "military-run school" → school)."""
    hits = _find(TARGETS, text)
    if not hits:
        return TargetType.unknown
    of = re.search(r"\bof\b", text, re.IGNORECASE)
    head = [h for h in hits if of is None or h[1] <= of.start()] or hits
    s, e, rule = max(head, key=lambda h: (h[1], h[1] - h[0]))
    return TargetType(rule.value)
