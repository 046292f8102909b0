"""Casualty figures in one sentence: victims killed/wounded, hostages, attackers killed/captured, attackers' number.

Lexicon + regular-expression patterns (case-insensitive, so MUC-4's lower- and upper-case texts work too):
passive ("61 people were killed"), active ("killing 61 people", "left 100 injured"), elliptical ("12 dead"),
toll ("the toll rose to 61") and reflexive ("blew himself up") forms. The killed noun decides victims versus
attackers; a state force as the killer is reported in `agent` so the caller can tell an offensive from an attack
(police shooting an attacker dead also gets agent "police"). Within the sentence, attackers killed add up, lists
of victims add up ("a sergeant and seven policemen"), "12 dead, including the bomber" splits into 11 + 1, and "shot
six, killing four" leaves 2 wounded. A mention whose count the text does not give has low None, qualifier unknown.
Named objects ("injuring Dana Okafor"), people struck by gunfire, victims taken to hospital who later died, and what
was only threatened or attempted ("tried to kill", left out) are read too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

import regex as re

from strife.extract.groups import default_registry
from strife.extract.numbers import COUNT_PATTERN, parse_count
from strife.model import Count, Qualifier

CasualtyRole = Literal[
    "killed", "wounded", "hostages", "perpetrators_killed", "perpetrators_wounded", "perpetrators_captured", "attackers"
]


@dataclass
class CasualtyMention:
    """One casualty figure: its role, its count and the [start, end) span (plus offset) that states it."""

    role: CasualtyRole
    count: Count
    start: int
    end: int
    text: str
    agent: str | None = None  # the state force that did the killing/capturing ("army", "police"), if any
    net: bool = False  # a count of people shot that already leaves out the dead ("shot six, killing four")
    cumulative: bool = False  # a campaign's or a period's total ("1,000 killed since 1980"): no incident's toll
    plural_verb: bool = False  # one person told with a plural verb ("..., a leader, were killed"): a list's last


# ----------------------------------------------------------------------------------------------- lexicon


_LEXICON: set[str] = set()  # every word the lexicons below list: common words, lower-cased in all-capitals text


def _alt(words: str) -> str:
    """Regex alternation of space-separated words ("_" stands for a space), longest first; a word listed with its
    plural in -s becomes one optional-s item (keeps the compiled patterns small)."""
    listed = set(words.split())
    _LEXICON.update(p for w in listed for p in w.split("_"))
    items = []
    for w in listed:
        if w.endswith("s") and w[:-1] in listed:
            continue
        items.append(w + "s?" if w + "s" in listed else w)
    items.sort(key=lambda w: (-len(w), w))
    return "(?:" + "|".join(w.replace("_", r"\s+") for w in items) + ")"


# Victims named in the plural with no number ("civilians and soldiers were killed"); not "people", which loose talk
# uses of the dead and hurt alike ("he became aware that people had been injured": GVA dev, one of one hurt).
_PLURAL_PEOPLE = _alt(
    "civilians soldiers policemen police_officers officers troops children students villagers residents "
    "peasants workers passengers guards bodyguards pedestrians bystanders worshippers journalists employees"
)
_VICTIM_NOUNS = _alt(
    "people persons person civilians civilian cadets cadet soldiers soldier policemen policeman police_officers "
    "police_officer officers officer troops children child kids kid students student worshippers worshipers "
    "worshipper women woman men man boys boy girls girl babies baby infants infant victims victim passengers "
    "passenger guards guard villagers villager residents resident members member workers worker pilgrims pilgrim "
    "tourists tourist journalists journalist reporters reporter peasants peasant individuals individual others "
    "other more bystanders bystander personnel employees employee customers customer shoppers shopper mourners "
    "mourner teenagers teenager teens teen youths youth adults adult pedestrians pedestrian patrons patron "
    "relatives relative family_members teachers teacher doctors doctor nurses nurse officials official judges judge "
    "lawyers lawyer politicians politician leaders leader agents agent sailors sailor marines marine deputies "
    "deputy guests guest parishioners parishioner fans fan spectators spectator protesters protester wife husband "
    "son daughter mother father brother sister friend friends neighbor neighbour neighbors neighbours "
    "security_personnel troopers trooper constables constable policemen paramilitaries militiamen militiaman "
    "recruits recruit staff commuters commuter foreigners foreigner sergeants sergeant captains captain lieutenants "
    "lieutenant colonels colonel generals general mayors mayor governors governor councilmen councilman priests priest "
    "nuns nun bishops bishop imams imam clerics cleric monks monk farmers farmer drivers driver owners owner "
    "shopkeepers shopkeeper vendors vendor traders trader businessmen businessman engineers engineer contractors "
    "contractor aid_workers aid_worker ministers minister legislators legislator senators senator congressman "
    "prisoners prisoner inmates inmate detainees detainee hostages hostage diplomats diplomat peacekeepers "
    "peacekeeper volunteers volunteer miners miner fishermen fisherman labourers laborers labourer laborer "
    "schoolgirls schoolgirl schoolboys schoolboy schoolchildren pupils pupil churchgoers churchgoer "
    "nephews nephew nieces niece cousins cousin grandsons grandson granddaughters granddaughter grandmother "
    "brothers sisters sons daughters mothers fathers husbands wives parents siblings sibling spouses spouse "
    "grandfather uncle aunt toddlers toddler stepson stepdaughter girlfriend boyfriend fiancee fiance roommate "
    "males male females female juveniles juvenile bodyguards bodyguard escorts escort aides aide assistants assistant "
    "chauffeurs chauffeur"
)
_ATTACKER_NOUNS = _alt(
    "militants militant gunmen gunman attackers attacker suicide_bombers suicide_bomber bombers bomber "
    "insurgents insurgent terrorists terrorist assailants assailant guerrillas guerrilla guerillas guerilla rebels "
    "rebel extremists extremist jihadists jihadist subversives subversive shooters shooter hijackers hijacker "
    "kidnappers kidnapper suspects suspect perpetrators perpetrator raiders raider fighters fighter "
    "criminals criminal robbers robber killers killer murderers murderer assassins assassin"
)
_PLURAL_IRREGULAR = {"people", "police", "personnel", "troops", "others", "more", "staff", "children", "friends"}
_PLURAL_STEMS = ("men",)

# state forces as killers; an optional nationality or other modifier may precede them
_FORCE = _alt(
    "army military security_forces government_forces armed_forces troops soldiers police policemen "
    "police_officers officers air_force navy commandos paramilitaries paramilitary rangers special_forces "
    "law_enforcement airstrikes airstrike air_strikes air_strike drone_strikes drone_strike drones drone forces "
    "coalition warplanes jets helicopters helicopter gunships marines deputies deputy officer troopers"
)

# words that may sit between a count and its noun ("61 police cadets", "three other people")
_STOP = _alt(
    "were was is are be been being have has had and or but in on at by of to from with when while after killed "
    "wounded injured hurt dead died including who which that as for during near into the a an their his her its "
    "this these those one two three four five six seven eight nine ten said says say according between against "
    "among than"
)
# (a transcriber's bracketed note counts as one: "his [words indistinct] assistant")
_MOD = (
    rf"(?:(?!{_STOP}\b)(?:[a-z]\.(?:[a-z]\.)+|[a-z][\w'’-]*|\d+[\s-](?:year|month|week|day)s?[\s-]old"
    r"|\d+-[a-z][\w-]*|\[[^\[\]]{1,40}\])\s+)"
)
_MODS = rf"{_MOD}{{0,3}}?"

_COUNT = rf"(?P<count>{COUNT_PATTERN}|both)"
# an age stands in for a determiner ("20-year-old woman") or for the whole noun phrase ("kills 4-month-old")
_AGE = r"(?<![\w-])\d{1,3}[\s-](?:year|month)s?[\s-]old\b"
_DET = (
    rf"(?P<det>{_AGE}|\b(?:a|an|the|another|one|all(?:\s+(?:of\s+)?the)?|both(?:\s+(?:of\s+)?the)?|his|her|their"
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?:['’]s|s['’]))))"  # a possessive name: "Delgado's driver", "Sproaps' son"
)
_OF = r"(?:\s+of\s+(?:them|those|whom|the|these|their|its|our|his|her))?"
_NOUN = (
    rf"(?P<noun>(?:suspected\s+)?(?:{_ATTACKER_NOUNS}|{_VICTIM_NOUNS})(?:-in-law)?|\d+[\s-](?:year|month)[\s-]old"
    # an age before its noun is a modifier: "his 3-year-old son" is the son
    rf"(?!\s+(?:{_VICTIM_NOUNS})\b))\b"
)
_PRONOUN = r"(?P<pron>\b(?:he|she)\b)"
# what kills or wounds in a headline that names its victim without a determiner ("Shooting kills man")
_BARE_AGENT = (
    r"(?:shooting|shootout|gunfire|gunman|gunmen|shooter|bullet|bullets|blast|bomb|bombing|explosion|attack|stabbing|"
    r"crossfire|police|officer|deputy|trooper|suspect|robber|man|woman|teen|boy|girl|father|mother|son|husband|wife)"
)
# one person, as headlines name them without a determiner ("Shooting kills man")
_HEADLINE_NOUN = _alt(
    "man woman teen teenager boy girl child toddler baby infant student officer deputy trooper driver motorist "
    "pedestrian clerk guard father mother son daughter husband wife person"
)
# A proper name ("Dana Okafor"), optionally with an age apposition (", 31,"); case-sensitive on purpose.
_NOT_NAME = r"(?:The|A|An|This|That|These|Those|Police|Authorities|Officials|Security|Army)\b"
# single capitalised words that are not names ("Nobody was hurt", "Officers were shot"), checked after matching
_NOT_NAME1 = (
    r"(?:nobody|no|none|everyone|everybody|someone|somebody|anyone|anybody|nothing|it|he|she|they|we|i|you|who|what|"
    r"each|all|both|many|some|several|most|another|one|two|three|four|five|six|seven|eight|nine|ten|there|then|"
    r"when|after|before|while|if|but|and|or|so|as|in|on|at|of|for|with|by|from|his|her|their|our|my|your|"
    r"investigators|detectives|witnesses|neighbors|neighbours|authorities|officials|police|deputies|troopers|"
    # a headline's capitalised verbs ("Shooting That Killed 1 and Injured 4")
    r"injured|injures|wounded|wounds|killed|kills|hurt|dead|died|dies|shot|shoots|stabbed|hospitalized|"
    rf"sheriff|family|relatives|doctors|monday|tuesday|wednesday|thursday|friday|saturday|sunday|{_VICTIM_NOUNS}|"
    rf"{_ATTACKER_NOUNS}|{_FORCE})\b"
)
# a proper name ("Dana Okafor", "Lackey"), optionally with an age apposition (", 31,"); capitals are required
_NAME = (
    rf"(?P<name>(?-i:(?=[A-Z])\b(?!{_NOT_NAME})[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)+"
    rf"(?:,?\s+(?:Jr|Sr)\.|\s+(?:II|III|IV)\b)?|(?=[A-Z])\b[A-Z][a-z'’-]+)(?:,\s*\d{{1,2}},)?)"
)
# the end of a name's noun phrase: punctuation, the end, or a function word ("the killing of Salvadoran peasants"
# is no name)
_NAME_END = rf"(?=\s*(?:[,.;:()\"'—–-]|$)|\s+{_STOP}\b|\s+(?:last|yesterday|today|earlier|two|by)\b)"
# a day of the month is no count: "On February 25, Ana Ruiz was shot dead"
_NOT_DAY = r"(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+)"
# family members, who are named in pairs with one determiner ("a father and son")
_KIN = _alt(
    "son daughter mother father brother sister wife husband grandson granddaughter grandmother grandfather nephew "
    "niece uncle aunt cousin boyfriend girlfriend child stepson stepdaughter stepfather stepmother"
)
# a subject: counted noun, bare count (not a year), determiner + noun, he/she, or a proper name
_SUBJECT = (
    # (an age between commas is no count: "Ana Ruiz, 32, and Tom Bell, 33, were shot")
    rf"(?:(?!(?:19|20)\d\d\s*[,.;:)])(?!(?<=,\s{{0,2}})\d{{1,3}}\s*,(?!\d)){_NOT_DAY}{_COUNT}(?:{_OF}\s+{_MODS}{_NOUN}|\s+of\s+(?:them|whom|those)\b|(?!\s*-))"
    rf"|{_DET}\s+{_MODS}{_NOUN}"
    rf"|{_PRONOUN}|{_NAME}"
    # a kin noun whose determiner the first conjunct carries: "a mother and son were found fatally shot"
    rf"|(?<=\b(?:a|an|the|his|her|their)\s+(?:{_KIN})\s+and\s+)(?P<kin>{_KIN})\b)"
)
_NOT_GENERIC = _alt(
    "house home building car vehicle truck window door store shop business residence apartment incident shooting "
    "case attack area scene weapon gun rifle pistol bus train plane man woman suspect body bullet round shot motive "
    "investigation victim person warrant order search plan sentence contract deal program project policy bill "
    # things that are shot without a wound: "the film was shot in Toronto", "the goal was shot wide"
    "film movie video scene footage episode series photo photograph picture documentary commercial clip goal ball"
)
# (a thing is no modifier either: "a car nearby was also shot" is the car)
_GENERIC = (
    rf"(?P<det>\b(?:a|an|the|another))\s+(?!(?:[\w'’-]+\s+){{0,3}}{_NOT_GENERIC}\b)"
    # (a verb of seeing or saying ends the noun phrase: "the driver saw Hart had been injured")
    rf"(?:(?!(?:saw|sees|said|says|told|heard|knew|learned|realized|noticed|believed|thought|showed|shows|"
    rf"revealed|found|determined|indicated|confirmed)\b){_MOD}){{0,3}}?"
    rf"(?P<noun>(?!(?:{_NOT_GENERIC}|{_STOP})\b)[a-z]+(?<!s))\b"
)
_AUX_SG = r"\s+(?:was|is|has\s+been|had\s+been)(?:\s+(?:also|reportedly|later|allegedly|apparently))?"
_APPOS = (
    r"(?:\s*,(?:(?:[^,;\[\]]|\[[^\[\]]{1,60}\]){1,80},){1,2}"  # a bracketed gloss counts as one character
    r"|\s*\([^()]{1,70}\)|\s*(?:--|[—–])[^-—–;]{1,70}(?:--|[—–]))?(?:\s*,?\s+(?:who|that))?"
)
# where the counted were, between subject and verb: "seven guards travelling aboard a military bus were killed"
_WHERE = (
    r"\s+(?:travell?ing|riding|driving|aboard|inside|sitting|standing|waiting|working|in|on|at)"
    r"(?:\s+(?!(?:said|says|told|who|that|which|and|but|were|was)\b)[\w'’-]+){1,5}?"
)
_AUX_WORDS = _alt(
    "were was are is have_been has_been had_been been being be got also all both reportedly reported later "
    "confirmed believed thought feared said to now since initially allegedly apparently either subsequently "
    "tragically seriously critically slightly badly severely gravely lightly"
)
_AUX = rf"(?:\s+(?:{_AUX_WORDS}))+"
_AUX_INTRANS = rf"(?:\s+(?:{_AUX_WORDS}|have|has|had))+"
_ADV = r"(?:\s+(?:seriously|critically|slightly|badly|severely|gravely|lightly|also|reportedly|accidentally))?"

_KILL_PASSIVE = _alt(
    "killed slain murdered massacred executed beheaded assassinated lynched shot_dead shot_and_killed "
    "gunned_down blown_to_bits blown_to_pieces burned_to_death burnt_to_death burned_alive stabbed_to_death "
    "hacked_to_death beaten_to_death confirmed_dead found_dead pronounced_dead declared_dead discovered_dead "
    "found_shot_to_death found_slain found_fatally_shot found_fatally_wounded dead fatally_shot "
    "fatally_wounded fatally_injured fatally_stabbed mortally_wounded shot_to_death"
)
# a fatal verb after another one ("were kidnapped and killed", "was tortured and then murdered")
_THEN_KILLED = (
    r"(?:kidnapped|abducted|seized|tortured|beaten|shot|stabbed|wounded|attacked|ambushed|raped|taken)\s+and\s+"
    rf"(?:then\s+|later\s+|subsequently\s+)?{_KILL_PASSIVE}"
)
_KILL_INTRANS = _alt("died die dies perished lost_their_lives lost_his_life lost_her_life succumbed")
_SHOT_THEN_DIED = (
    r"(?:shot|stabbed|wounded|injured|hit|taken|rushed|transported|airlifted|flown)\b[^.;]{0,60}?"
    r"\b(?:and|but|where\s+(?:he|she|they))\s+(?:(?:was|were)\s+)?(?:later\s+)?(?:died|was\s+killed|"
    r"(?:was\s+)?pronounced\s+dead)"
)
# who was hurt, between the subject and the death that followed: "Man wounded in 'accidental' shooting dies", "the
# teen who was shot outside a party Friday has died"
_HURT_IN = (
    r"\s+(?P<hurt_in>)(?:who\s+(?:was|had\s+been)\s+)?(?:(?:critically|seriously|gravely|accidentally)\s+)?"
    r"(?:shot|wounded|injured|hurt)\s+(?:in|during|at|on|outside|near|by|after|while)"
    r"(?:\s+(?!(?:and|but|said|says|told|who|which|when|was|were|is|are)\b)[\w'’-]+){1,8}?"
)
# where a bullet hits a body that need not kill it (the head, which mostly does, is left out)
_LIMB = (
    r"(?:neck|chest|back|legs?|arms?|shoulders?|abdomen|stomach|face|foot|feet|hands?|hip|thigh|buttocks?|torso|side|"
    r"knee|groin|jaw|ankle|wrist|elbow|leg|cheek|finger)"
)
# struck or hit by gunfire: "a teen was struck by a stray bullet", "the woman was hit in the shoulder"
_STRUCK = (
    r"(?:struck|hit)(?=\s+(?:by\s+(?:what\s+\w+\s+(?:been\s+)?)?(?:[\w'’\"-]+\s+){0,3}?(?:bullets?|gunfire|shots?|"
    rf"rounds?|gunshots?|pellets?)\b|in\s+the\s+(?:left\s+|right\s+|lower\s+|upper\s+)?(?:head|{_LIMB})\b))"
)

# "treated" of medical care, not of manner ("citizens who are being treated inhumanely")
_TREATED = (
    r"treated(?!\s+(?:in|un)?(?:humanely|fairly|justly)\b|\s+(?:harshly|badly|well|differently|like|as|"
    r"with\s+(?:respect|dignity|contempt))\b)"
)
_WOUND_PASSIVE = (
    f"(?:{_alt('wounded injured hurt hospitalized hospitalised shot stabbed maimed burned grazed')}|{_TREATED}|"
    f"{_STRUCK})"
)
_HOSTAGE_PASSIVE = _alt("kidnapped abducted taken_hostage held_hostage taken_captive held_captive seized")
_CAPTURE_PASSIVE = _alt("arrested captured detained apprehended taken_into_custody caught")

_KILL_ACTIVE = _alt(
    "killing killed kills kill slaying slew murdering murdered massacring massacred executing executed beheading "
    "beheaded shot_dead shooting_dead gunning_down gunned_down claimed_the_lives_of claiming_the_lives_of "
    "assassinating assassinated fatally_shoot fatally_shoots fatally_shot fatally_shooting fatally_wounded "
    "fatally_wounding shot_to_death"
)
_WOUND_ACTIVE = _alt(
    "wounding wounded wounds injuring injured injures hurting hurt maiming maimed shooting shoots shot"
)
_HOSTAGE_ACTIVE = _alt("kidnapped kidnapping kidnaps abducted abducting abducts seized seizing")
_CAPTURE_ACTIVE = _alt("arrested arresting captured capturing detained detaining apprehended apprehending")
_REFLEXIVE = r"(?P<refl>himself|herself|themselves)"

# what may follow a count with no noun ("killing 61 and wounding 123", "61 killed.")
_FOLLOW = (
    r"(?=\s*(?:[,.;:()\[\]!?—–-]|$|\b(?:and|or|in|on|at|when|after|as|by|including|while|during|from|near|with|"
    r"so|since|inside|outside|across|overnight|yesterday|today|last|this|before|then|late|early|earlier|later|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|according|following|police)\b))"
)
# any plural as a counted object, but not a span of time
_ANY_PLURAL = (
    r"(?P<noun>(?!(?:days|weeks|months|years|hours|minutes|seconds|times|rounds|shots|bullets|percent|dollars)\b)"
    r"[a-z][a-z'’-]*(?:s|men))\b"  # "six clergymen"
)
# a plural of the shapes nouns of people take ("partygoers", "clergymen", "Jesuits", "Palestinians"), for verbs whose
# objects are people unless said otherwise
_PEOPLE_PLURAL = (
    r"(?P<noun>(?!(?:doors|floors|towers|borders|orders|numbers|letters|papers|computers|centers|containers)\b)"
    r"[a-z][a-z'’-]*(?:ers|ors|men|ists|ans|ites|its|ees|ents|ards|ives))\b"
)
_OBJECT = (
    rf"(?:{_REFLEXIVE}\s+(?:and|along\s+with|as\s+well\s+as)\s+)?(?:(?:his|her|their|the)\s+)?"
    rf"(?:{_COUNT}{_OF}(?:\s+{_MODS}{_NOUN}|{_FOLLOW})|(?P<det>\b(?:a|an|another|one|his|her|their|the))\s+{_MODS}"
    rf"{_NOUN}|(?P<det>{_AGE})\s+(?:{_MOD}){{0,2}}?{_NOUN}|(?P<det>{_AGE}){_FOLLOW})"
)
# people are what gets abducted, so any counted plural will do ("abducted 276 schoolgirls")
_HOSTAGE_OBJECT = rf"(?:{_COUNT}{_OF}\s+{_MODS}(?:{_NOUN}|{_ANY_PLURAL})|{_OBJECT})"
# a further conjunct after a subject or object: "a sergeant and seven policemen", "his wife and their four children"
_CONJUNCT = (
    rf"(?:{_COUNT}{_OF}\s+{_MODS}(?:{_NOUN}|{_ANY_PLURAL})|(?P<det>\b(?:a|an|one|another|his|her|their))\s+{_MODS}"
    rf"(?:{_NOUN}|(?-i:(?P<noun>[A-Z][a-z]+)\b)(?!\s+(?:{_VICTIM_NOUNS})\b))"
    rf"|(?-i:(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)*)\b(?!\s+(?:the|a|an|his|her|their|its|to|that)\b)))"
)

# A list of people, as headlines and finders tell them: "Man, 17-month-old child dead", "found his wife, son, and
# daughter dead". A member is a noun of people with its determiner, count and modifiers, or (after a verb of finding)
# a name or "him"/"her".
# ages told between commas after a noun or a name: "a man, 26, dead", "a woman and a man, both 19, and"
_AGES_BETWEEN = r"(?:,\s*(?:both\s+|all\s+|ages?\s+)?\d{1,3}(?:\s+and\s+\d{1,3})?(?=\s*,))?"
_ITEM_NOUN = rf"(?:(?:{_VICTIM_NOUNS})(?:-in-law)?|\d+[\s-](?:year|month)s?[\s-]old)\b"
_ITEM = (
    # (not "left" as a modifier: "injured 5-year-old, left man dead" lists no one)
    rf"(?<![\w'’-])(?:(?:a|an|another|the|one|his|her|their)\s+)?(?:{COUNT_PATTERN}\s+)?"
    rf"(?:(?!(?:left|leaving|leaves)\b){_MOD}){{0,2}}?{_ITEM_NOUN}"
    rf"(?!\s*[-–]|\s+(?:{_VICTIM_NOUNS})\b){_AGES_BETWEEN}"
)
_ITEM_NAME = rf"(?-i:\b(?!{_NOT_NAME})[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)*)(?:,\s*\d{{1,3}}(?=\s*,))?"
_FOUND_ITEM = rf"(?:{_ITEM}|{_ITEM_NAME}|\b(?:him|her)\b)"
_ITEM_RE = re.compile(
    rf"(?P<det>\b(?:a|an|another|the|one|his|her|their)\s+)?(?:(?P<count>{COUNT_PATTERN})\s+)?(?:{_MOD}){{0,2}}?"
    rf"(?P<noun>{_ITEM_NOUN})(?!\s+(?:{_VICTIM_NOUNS})\b)|(?P<name>{_ITEM_NAME})|(?P<pron>\b(?:him|her)\b)",
    re.IGNORECASE,
)


def _list_count(text: str) -> Count | None:
    """The number of people a list names ("his wife, son, and daughter" → 3); None where a member gives no number
    ("their children") or is a word that is no person. A description right after a name is that person
    ("Ana Ruiz, a nurse, and her son" → 2)."""
    total, after_name, seen = 0, False, set()
    for m in _ITEM_RE.finditer(text):
        said = " ".join(m.group(0).lower().split()[-2:])
        if said in seen:
            return None  # "my baby, my baby": a cry, not a list
        seen.add(said)
        if m.group("name"):
            if _not_a_name(m.group("name"), m.group("name")):
                return None
            total, after_name = total + 1, True
            continue
        if m.group("pron"):
            total, after_name = total + 1, False
            continue
        det = (m.group("det") or "").strip().lower()
        if m.group("count"):
            c = parse_count(m.group("count"))
            if c is None or c.low is None or c.qualifier != Qualifier.exact:
                return None
            total += c.low
        elif _is_plural(m.group("noun")):
            return None
        elif not (after_name and det in ("a", "an")):
            total += 1
        after_name = False
    return Count(low=total, high=total, qualifier=Qualifier.exact, text=text) if total else None


# a named person as the object of a killing or wounding verb: "killed Ana Ruiz and her son", "injuring Dana Okafor"
_NAME_OBJECT = rf"(?:{_OBJECT}|(?:{_AGE}\s+)?(?:{_MOD}){{0,2}}?{_NAME}(?![-–]){_NAME_END})"

_LEFT_OBJECT = (
    rf"(?:{_COUNT}{_OF}(?:\s+{_MODS}{_NOUN})?|{_DET}\s+{_MODS}{_NOUN}|(?-i:(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)))"
)
_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class _Rule:
    """One pattern and how its match becomes a mention."""

    name: str
    regex: re.Pattern[str]
    role: CasualtyRole | None  # None: decided by the noun (victim → killed, attacker → perpetrators_killed)
    trigger: re.Pattern[str]  # a cheap search that must succeed before the rule is tried
    active: bool = False  # the count is the verb's object; a force before the verb is the agent


_TRIGGERS = {
    "toll": r"toll|deaths|fatalit|number\s+of|bodies|corpses",
    "leave": r"\bleav|\bleft\b",
    "self": r"\bblew|\bblow|self\b|selves\b|own\s+li",
    "kill": r"kill|slain|murder|massacr|execut|behead|assassin|lynch|dead|death|gunned|blown|burn|stabb|hacked|beaten|"
    r"\bdie|perish|lost|succumb|fatal|mortal",
    "wound": r"wound|injur|hurt|hospital|\bshot|\bshoot|stabb|maim|burn|treat|recover|condition|grazed|fighting\s+for|"
    r"struck|strik|\bhit",
    "hostage": r"kidnap|abduct|hostage|captive|seiz|\btook|\btak|\bheld|\bhold",
    "capture": r"arrest|captur|detain|apprehend|custody|caught",
    "suffered": r"wound|injur|recover|condition|fighting",
}
_TRIGGERS["passive"] = "|".join(_TRIGGERS[k] for k in ("kill", "wound", "hostage", "capture"))


def _rule(name: str, pattern: str, role: CasualtyRole | None, trigger: str, active: bool = False) -> _Rule:
    return _Rule(name, re.compile(pattern, _FLAGS), role, re.compile(_TRIGGERS[trigger], _FLAGS), active)


_KILLED = None  # role by noun: victims killed, or perpetrators killed

_RULES: tuple[_Rule, ...] = (
    _rule(
        "toll",
        rf"\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed|"
        rf"victims)|fatalities|deaths)\b(?:\s+[\w,'’-]+){{0,5}}?\s+(?:has\s+|had\s+|have\s+)?(?:rose|risen|rises|"
        rf"climbed|jumped|reached|stood\s+at|stands\s+at|is|was|increased|went\s+up|hit|now\s+stands\s+at|"
        rf"is\s+now|was\s+put\s+at|is\s+put\s+at)\s+(?:to\s+)?(?:at\s+)?{_COUNT}",
        "killed",
        "toll",
    ),
    _rule("toll_of", rf"\b(?:death\s+)?toll\s+of\s+{_COUNT}", "killed", "toll"),
    # "the bombing caused more deaths and wounded": deaths in the plural, with no number, are two at the least
    _rule(
        "plural_deaths",
        r"\b(?P<verb>caus(?:ed|ing|es|e)|left|leaving|leaves|result(?:ed|ing|s)?\s+in)\s+(?:(?:more|further|many|"
        r"numerous|other)\s+)?(?P<plural>deaths|fatalities)\b",
        "killed",
        "toll",
        active=True,
    ),
    _rule(
        "plural_hurt",
        r"\b(?P<verb>caus(?:ed|ing|es|e)|left|leaving|leaves|result(?:ed|ing|s)?\s+in)\s+(?:(?:more|further|many|"
        r"numerous|other)\s+)?(?:deaths|fatalities|dead)\s+and\s+(?:(?:many|numerous|more|other)\s+)?"
        r"(?P<plural>wounded|injured|injuries)\b",
        "wounded",
        "toll",
        active=True,
    ),
    # "rebels said civilians and soldiers were killed": people in the plural, with no number, are two at the least
    _rule(
        "plural_passive",
        rf"(?:^\W*|\b(?:that|and|but|when|while|where|said|says|stated|reported)\s+|[,;:]\s+)(?P<plural>{_PLURAL_PEOPLE}(?:\s+(?:and|or)\s+"
        rf"{_PLURAL_PEOPLE})?)\s+(?:were|have\s+been|had\s+been)\s+(?:(?P<v_kill>killed|murdered|slain|massacred|"
        r"shot\s+dead)|(?P<v_wound>wounded|injured|hurt))\b",
        None,
        "passive",
    ),
    _rule(
        "wound_toll",
        rf"\bnumber\s+of\s+(?:the\s+)?(?:injured|wounded|injuries)\b(?:\s+[\w,'’-]+){{0,5}}?\s+"
        rf"(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|stood\s+at|stands\s+at|is|was|increased)\s+"
        rf"(?:to\s+)?(?:at\s+)?{_COUNT}",
        "wounded",
        "toll",
    ),
    _rule("deaths", rf"{_COUNT}\s+(?:{_MODS})?(?:deaths|fatalities|bodies|dead\s+bodies|corpses)\b", "killed", "toll"),
    _rule(
        "leave",
        rf"\b(?:left|leaving|leaves|leave)\s+{_LEFT_OBJECT}\s+(?:(?:\w+\s+)?dead|killed)\b",
        _KILLED,
        "leave",
    ),
    _rule(
        "leave_wounded",
        rf"\b(?:left|leaving|leaves|leave)\s+{_LEFT_OBJECT}\s+(?:(?:\w+\s+)?(?:injured|wounded|hurt)|"
        r"with\s+(?:\w+\s+){0,3}?(?:wounds|injuries))\b",
        "wounded",
        "leave",
    ),
    _rule(
        "self_kill",
        rf"{_SUBJECT}?{_APPOS}(?:{_AUX})?\s*\b(?:blew|blowing|blown|blow|blows)\s+{_REFLEXIVE}\s+up\b",
        "perpetrators_killed",
        "self",
    ),
    _rule(
        "self_kill2",
        rf"{_SUBJECT}?{_APPOS}(?:{_AUX})?\s*\b(?:(?:killed|killing|kills|kill)\s+{_REFLEXIVE}|"
        rf"(?:fatally\s+)(?:shot|shooting|shoots)\s+{_REFLEXIVE}|(?:shot|shooting|shoots)\s+{_REFLEXIVE}\s+"
        r"(?:dead|to\s+death|in\s+the\s+head)|(?:shot|shoots)\s+(?P<refl>himself|herself)(?:\s+in\s+the\s+\w+)?,?\s+"
        r"and\s+(?:later\s+)?died|turn(?:ed|ing|s)?\s+the\s+(?:gun|weapon)\s+on\s+(?P<refl>himself|"
        r"herself|themselves))(?!\s+(?:and|along|as\s+well))",
        "perpetrators_killed",
        "self",
    ),
    _rule(
        "own_life",
        rf"{_SUBJECT}?{_APPOS}(?:{_AUX})?\s*\b(?:took|taking|takes)\s+(?:(?P<refl>his|her|their)\s+own|"
        # a headline drops the possessive: "Student Takes Own Life In Parking Lot"
        r"(?P<refl>own)(?=\s+life\b))\s+(?:life|lives)\b",
        "perpetrators_killed",
        "self",
    ),
    # one pass for all passives; the verb group that matched gives the role (kill tried first: "shot and killed")
    _rule(
        "passive",
        rf"{_SUBJECT}(?:{_WHERE})?{_APPOS}{_AUX}{_ADV}\s+(?:(?P<v_kill>{_SHOT_THEN_DIED}|{_THEN_KILLED}|{_KILL_PASSIVE})|"
        rf"(?P<v_wound>{_WOUND_PASSIVE})|(?P<v_hostage>{_HOSTAGE_PASSIVE})|(?P<v_capture>{_CAPTURE_PASSIVE}))\b",
        _KILLED,
        "passive",
    ),
    # people are what gets killed, so any counted plural will do for the plain verbs ("six Jesuits were murdered")
    _rule(
        "passive_any",
        rf"(?!(?:19|20)\d\d\b){_COUNT}{_OF}\s+{_MODS}{_ANY_PLURAL}(?:{_WHERE})?{_APPOS}{_AUX}{_ADV}\s+"
        rf"(?:(?P<v_kill>{_THEN_KILLED}|killed|murdered|slain|massacred|assassinated|executed|shot\s+dead|"
        r"shot\s+to\s+death|gunned\s+down)|(?P<v_wound>wounded|injured))\b",
        _KILLED,
        "passive",
    ),
    _rule(
        "kill_intrans", rf"{_SUBJECT}(?:{_HURT_IN})?{_APPOS}(?:{_AUX_INTRANS})?\s+{_KILL_INTRANS}\b", _KILLED, "kill"
    ),
    _rule(
        "kill_elliptic",
        rf"{_COUNT}{_OF}(?:\s+{_MODS}{_NOUN})?\s+(?:killed|dead|slain|murdered|assassinated|massacred|shot\s+dead|"
        rf"shot\s+to\s+death|fatally\s+shot|gunned\s+down)\b(?!\s+(?:{COUNT_PATTERN}|a|an|"
        rf"the|his|her|their|him|them|one)\b){_FOLLOW}",
        _KILLED,
        "kill",
    ),
    _rule(
        "wound_elliptic",
        rf"{_COUNT}{_OF}(?:\s+{_MODS}{_NOUN})?\s+(?:(?!fatally|mortally)\w+ly\s+)?(?:wounded|injured|hurt|shot|"
        rf"hospitali[sz]ed)\b"
        rf"(?!\s+(?:{COUNT_PATTERN}|a|an|the|his|her|their|him|them|one)\b){_FOLLOW}",
        "wounded",
        "wound",
    ),
    _rule(
        "hostage_took",
        rf"\b(?:took|taking|takes|take|holding|held|holds|seized|seizing)\s+{_COUNT}{_OF}"
        rf"(?:\s+{_MODS}{_NOUN})?\s+(?:as\s+)?(?:hostages?|captives?)\b",
        "hostages",
        "hostage",
    ),
    _rule(
        "hostage_took2",
        rf"\b(?:took|taking|takes|take|holding|held|holds)\s+{_COUNT}\s+(?:hostages|captives)\b",
        "hostages",
        "hostage",
    ),
    _rule(
        "hospital",
        rf"{_SUBJECT}{_APPOS}{_AUX}\s+(?:taken|rushed|transported|brought|airlifted|flown)\s+to\s+"
        r"(?:(?!\b(?:died|dead|death)\b)[^.;]){0,80}?\b(?:injur(?:y|ies)|wounds?|(?:stable|critical|serious|fair|good)"
        r"\s+condition)\b",
        "wounded",
        "wound",
    ),
    # "paramedics took the man, with a gunshot wound, to a hospital for a non-life threatening injury"
    _rule(
        "hospital_active",
        rf"\b(?P<verb>took|takes|taking|rushed|rushing|transported|transporting|airlifted|flew)\s+{_OBJECT}{_APPOS}\s+"
        r"to\s+(?:(?!\b(?:died|dead|death)\b)[^.;]){0,80}?\b(?:injur(?:y|ies)|wounds?|(?:stable|critical|serious|fair|"
        r"good)\s+condition)\b",
        "wounded",
        "wound",
        active=True,
    ),
    _rule(
        "suffered",
        rf"{_SUBJECT}{_APPOS}(?:{_AUX_INTRANS})?\s+(?:(?:suffered|sustained|suffering|suffers|recovering\s+from|"
        rf"treated\s+for|found\s+with|with|had)\s+[^.;]{{0,40}}?\b(?:wounds?|injur(?:y|ies))\b|"
        r"recovering\s+(?:in|at)\s+[^.;]{0,40}?\bhospitals?\b|"
        r"(?:(?:remains?|remained|is\s+listed|was\s+listed|listed)\s+)?in\s+(?:critical|serious|stable|fair|good)\s+"
        r"condition\b|"
        r"fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)\b)",
        "wounded",
        "suffered",
    ),
    # "left one man dead and a 5-year-old girl injured"
    _rule(
        "and_wounded",
        rf"(?<=\band\s+)(?P<det>\ban?|one|another)\s+{_MODS}{_NOUN}\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b{_FOLLOW}",
        "wounded",
        "wound",
    ),
    # "three people were killed, and another injured": "another" alone stands for one more person
    _rule(
        "another",
        r"(?<=\b(?:and|while|but)\s+)(?P<det>another)(?:\s+(?:was|is|has\s+been))?(?:\s+\w+ly)?\s+"
        r"(?:(?P<v_kill>killed|died|dead|slain)|(?P<v_wound>wounded|injured|hurt|shot|hospitali[sz]ed))\b",
        None,
        "passive",
    ),
    _rule(
        "recovering",
        rf"(?:{_COUNT}{_OF}\s+{_MODS}{_NOUN}|{_DET}\s+{_MODS}{_NOUN}){_APPOS}(?:{_AUX_INTRANS})?\s+recovering\b",
        "wounded",
        "suffered",
    ),
    _rule(
        "nominal_kill",
        rf"\b(?:killings?|murders?|massacre|slayings?|deaths?|assassinations?|(?:fatal|deadly)\s+(?:shootings?|"
        rf"stabbings?)|(?:shooting|stabbing|beating)\s+deaths?)\s+of\s+(?:(?:(?:the|their|all|all\s+the|these|those)\s+)?{_COUNT}{_OF}\s+{_MODS}"
        rf"(?:{_NOUN}|{_ANY_PLURAL})|(?P<det>an?|one)\s+{_MODS}{_NOUN}|(?P<name>\d+[\s-]year[\s-]old)"
        rf"|(?:(?:the|their|his|her|its|our)\s+)?(?:(?!{_STOP}\b)[a-z][\w'’.-]*\s+){{0,3}}?{_NAME}{_NAME_END})",
        _KILLED,
        "kill",
    ),
    # "to protest Ana Ruiz's murder", "after Tom Bell's assassination": a named person's killing told as a noun; not
    # what the person did ("Bell's killing of his wife"), nor a trial, charge or plot ("Bell's murder trial")
    _rule(
        "possessive_kill",
        rf"{_NAME}['’]s?\s+(?:murder|assassination|killing|slaying)\b(?![-–]|\s+(?:of|trials?|cases?|charges?|"
        r"convictions?|sentences?|sentencing|appeals?|indictments?|counts?|suspects?|plots?|attempts?|bids?|spree|"
        r"investigations?|probes?|inquiry|inquest|hearings?|squad|rap|mystery|novels?|films?)\b)",
        "killed",
        "kill",
    ),
    # "an investigation into the wounding of a Salvadoran reporter and a CBS reporter"
    _rule(
        "nominal_wound",
        # "the accidental shooting of 12-year-old boy": one hit, who may have died (not "the fatal shooting of")
        rf"(?:\b(?:woundings?|injuring|maiming)|(?<!(?:fatal|deadly|fatally|police|officer)\s+)\bshooting)\s+of\s+"
        rf"(?:(?:(?:the|their|all|these|those)\s+)?{_COUNT}{_OF}\s+{_MODS}"
        rf"(?:{_NOUN}|{_ANY_PLURAL})|(?P<det>an?|one|{_AGE})\s+{_MODS}{_NOUN}|(?:(?:the|their|his|her)\s+)?{_NAME}{_NAME_END})",
        "wounded",
        "wound",
    ),
    _rule(
        "nominal_hostage",
        rf"\b(?:kidnappings?|abductions?|kidnaping)\s+of\s+{_COUNT}{_OF}\s+{_MODS}(?:{_NOUN}|{_ANY_PLURAL})",
        "hostages",
        "hostage",
    ),
    # "the boy accidentally shot himself": a victim, not an attacker (a fatal one is read by self_kill2)
    _rule(
        "self_wound",
        r"\b(?:accidentally|unintentionally|inadvertently)\s+(?:shot|shoots|shooting|shoot|wounded|wounds|injured)\s+"
        r"(?P<refl>himself|herself|self)\b(?!\s+(?:dead|to\s+death)|(?:\s+in\s+the\s+\w+)?,?\s+and\s+(?:later\s+)?died)"
        # shot in a limb or the body, not the head: "the man shot himself in the shoulder"
        rf"|\b(?:shot|shoots|shooting)\s+(?P<refl>himself|herself)\s+in\s+(?:the\s+|his\s+|her\s+)?(?:left\s+|right\s+|lower\s+|upper\s+)?"
        rf"{_LIMB}\b(?!,?\s+and\s+(?:later\s+)?died)"
        # anywhere, when the sentence says the shooter lived: "Toddler Shoots Self In Head, Expected To Survive"
        r"|\b(?:shot|shoots|shooting)\s+(?P<refl>himself|herself|self)\b[^.;]{0,80}?\b(?:expected\s+to\s+"
        r"(?:survive|recover)|survived|non-?life[- ]threatening|(?:in\s+)?(?:stable|good|fair)\s+condition)\b",
        "wounded",
        "self",
    ),
    _rule("fatally", rf",\s*{_COUNT}(?:\s+of\s+them)?\s+(?:fatally|mortally)\b", "killed", "kill"),
    # "the young hunter was found dead": any singular noun behind a determiner, for the plainest verbs only
    _rule("kill_generic", rf"{_GENERIC}{_AUX_SG}\s+(?:{_KILL_PASSIVE})\b", "killed", "kill"),
    _rule("kill_generic2", rf"{_GENERIC}(?:\s+(?:has|had|later))?\s+(?:died|dies)\b", "killed", "kill"),
    _rule("wound_generic", rf"{_GENERIC}{_AUX_SG}{_ADV}\s+(?:wounded|injured|hurt|shot)\b", "wounded", "wound"),
    # "Man, 17-month-old child dead", "Woman, 2 children and man shot": a headline's list joined by commas
    _rule(
        "list_elliptic",
        rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})+(?:\s*,?\s+(?:and|&)\s+{_ITEM})?)\s+(?:(?P<v_kill>dead|killed|slain|"
        r"murdered|shot\s+dead|shot\s+to\s+death|shot\s+and\s+killed|gunned\s+down|found\s+dead|"
        r"fatally\s+(?:shot|stabbed|wounded))|"
        r"(?P<v_wound>wounded|injured|hurt|shot|hospitali[sz]ed))\b(?!\s+(?:a|an|the|his|her|their|him|them|at)\b)",
        _KILLED,
        "passive",
    ),
    # "found his wife, son, and daughter dead", "pronounced Ana Ruiz and Tom Bell dead"
    _rule(
        "found_list",
        rf"\b(?P<verb>found|find|finds|discovered|discover|pronounced|declared)\s+(?P<list>{_FOUND_ITEM}"
        rf"(?:(?:\s*,\s*|\s+and\s+){_FOUND_ITEM})*\s*,?\s+and\s+{_FOUND_ITEM})\s+(?:dead|shot\s+(?:dead|to\s+death)|"
        r"fatally\s+shot|slain|murdered|stabbed\s+to\s+death)\b",
        "killed",
        "kill",
        active=True,
    ),
    # "shot his 1-year-old daughter dead", "shooting a man to death", "they found the girl dead"
    _rule(
        "shot_dead_active",
        rf"\b(?P<verb>shot|shoots|shooting|found|find|finds|discovered|pronounced|declared)\s+{_NAME_OBJECT}"
        # where the person is from: "pronounced 18-year-old Emery Collins of Harrison County dead"
        r"(?:,\s*\d{1,3},)?(?:,?\s+of\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),?)?\s+(?:dead|to\s+death|"
        r"(?:fatally\s+)?shot\s+(?:dead|to\s+death))\b",
        _KILLED,
        "kill",
        active=True,
    ),
    _rule("kill_active", rf"\b(?P<verb>{_KILL_ACTIVE})\s+{_NAME_OBJECT}", _KILLED, "kill", active=True),
    # a headline's bare noun after an attack or an attacker: "Shooting kills man, wounds 2 others", "Gunman injures
    # teen" (not "TRE train kills woman who fell onto tracks", a link on the same page)
    _rule(
        "kill_bare",
        rf"(?<=\b{_BARE_AGENT}\s+)(?P<verb>kills)\s+(?P<kin>{_HEADLINE_NOUN})\b(?![’'-])",
        _KILLED,
        "kill",
        active=True,
    ),
    _rule(
        "wound_bare",
        rf"(?<=\b{_BARE_AGENT}\s+(?:kills\s+[\w-]+,?\s+(?:and\s+)?)?)(?P<verb>wounds|injures)\s+"
        rf"(?P<kin>{_HEADLINE_NOUN})\b(?![’'-])",
        "wounded",
        "wound",
        active=True,
    ),
    _rule("wound_active", rf"\b(?P<verb>{_WOUND_ACTIVE})\s+{_NAME_OBJECT}", "wounded", "wound", active=True),
    # people are what gets wounded or killed, so a counted plural of the shapes people's nouns take will do for the
    # plain verbs ("wounding five partygoers", "killing 6 clergymen"; not "killed 300 jobs"); not "shot"/"shooting",
    # whose objects are as often things ("shot two deer")
    _rule(
        "active_any",
        rf"\b(?P<verb>(?P<v_kill>killing|killed|kills|murdering|murdered)|wounding|wounded|wounds|injuring|injured|"
        rf"injures)\s+(?!(?:19|20)\d\d\b){_COUNT}{_OF}\s+{_MODS}{_PEOPLE_PLURAL}",
        _KILLED,
        "passive",
        active=True,
    ),
    # "a bullet struck an 11-year-old girl", "the round hit a man in the leg"
    _rule(
        "struck_active",
        rf"\b(?:bullets?|gunfire|rounds?|shots?|gunshots?|pellets?|it)\b[^.;]{{0,40}}?\b(?P<verb>struck|strikes|striking|"
        rf"hit|hits|hitting|grazed|grazes|grazing)\s+{_OBJECT}",
        "wounded",
        "wound",
        active=True,
    ),
    _rule("hostage_active", rf"\b(?P<verb>{_HOSTAGE_ACTIVE})\s+{_HOSTAGE_OBJECT}", "hostages", "hostage", active=True),
    _rule(
        "capture_active", rf"\b(?P<verb>{_CAPTURE_ACTIVE})\s+{_OBJECT}", "perpetrators_captured", "capture", active=True
    ),
)

# an attacker noun used as a modifier ("the guerrilla movement", "a rebel attack") does not count attackers
_GROUP_WORDS = _alt(
    "movement organization organisation group groups forces force column columns attack attacks leader leaders "
    "commander commanders camp camps base bases front unit units cell cells harassment activity activities offensive "
    "network networks faction factions command spokesman spokesmen hideout hideouts stronghold strongholds ambush "
    "raid raids violence threat threats suspect suspects"
)
_ATTACKERS_RE = re.compile(
    rf"(?:{_COUNT}|(?P<det>\b(?:a|an|one|both|the))){_OF}\s+{_MODS}(?P<noun>(?:suspected\s+)?{_ATTACKER_NOUNS})\b"
    rf"(?!\s+{_GROUP_WORDS}\b|-)",
    _FLAGS,
)
_NOT_NAME1_RE = re.compile(_NOT_NAME1, _FLAGS)
_AGE_RE = re.compile(_AGE, _FLAGS)
_NOMINAL_START = re.compile(
    r"(?:killings?|murders?|massacre|slayings?|deaths?|assassinations?|(?:shooting|stabbing|beating)\s+deaths?|"
    r"woundings?|injuring|maiming)\s+of\b",
    _FLAGS,
)
_ACTIVE_START = re.compile(rf"(?:{_KILL_ACTIVE}|{_WOUND_ACTIVE}|{_HOSTAGE_ACTIVE}|{_CAPTURE_ACTIVE})\b", _FLAGS)
# Before a figure a conjunct needs "and": "In August, at least 74 people" and "Police Academy, At Least 59 Dead"
# are no lists.
# (an age may follow a member: "Ana Ruiz, 32, and Tom Bell, 33, were shot")
_CONJ_BEFORE = re.compile(rf"{_CONJUNCT}(?:\s*,\s*\d{{1,3}})?\s*(?:,\s*and\s+|\s+and\s+)$", _FLAGS)
# earlier members of a list of subjects; a name only where it starts the clause ("Rodriguez Gacha, his son, and 15
# others were killed", not "In Lima, his son and ...") or with an age after it, which only people have ("Ana Ruiz,
# 34, Tom Bell, 8, and ...")
_CONJ_BEFORE_LIST = re.compile(
    rf"(?:{_COUNT}{_OF}\s+{_MODS}{_NOUN}|{_DET}\s+{_MODS}{_NOUN}|(?:^|(?<=\b(?:that|which|whom)\s+)|"
    r"(?=[^,]+,\s*\d{1,3}\s*,\s*$))"
    rf"(?-i:(?!{_NOT_NAME}|(?:In|At|On|For|From|By|With|After|Before|During|When|While)\b)"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+)))(?:\s*,\s*\d{1,3})?\s*,\s*$",
    _FLAGS,
)
# "killed Ana Ruiz and the driver" (but not "killed a man and the woman was wounded": a new clause)
_CONJ_AFTER = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their)\s+)?(?:{_CONJUNCT}|(?P<det>the)\s+{_MODS}{_NOUN}"
    # a kin noun sharing the list's determiner: "killed his wife, daughter and himself"
    rf"(?!\s+(?:was|were|is|are|has|have|had)\b)|(?P<kin>{_KIN})\b(?!\s+(?:was|were|is|are|has|have|had|of)\b))",
    _FLAGS,
)
_AS_WERE = re.compile(
    rf"[^.;,]{{0,60}}?,\s*as\s+(?:were|was)\s+(?:also\s+)?(?:(?P<some>some|several|many|other|more)\s+{_MODS}"
    rf"(?:{_NOUN}|{_ANY_PLURAL})|{_CONJUNCT})",
    _FLAGS,
)
_THEN_SELF = re.compile(
    r"\s*(?:,?\s+(?:and|before)\s+|,\s*)(?:then\s+)?(?:(?:killing|killed|shooting|shot)\s+)?"
    r"(?P<refl>himself|herself|themselves)\b",
    _FLAGS,
)
_SHOT_RE = re.compile(r"\b(?:shot|shooting|shoots)\b(?![\s\w]{0,12}(?:wounded|injured|hurt))", _FLAGS)
_ANY_TRIGGER = re.compile("|".join(f"(?:{t})" for t in _TRIGGERS.values()) + rf"|{_ATTACKER_NOUNS}", _FLAGS)
_ATTACKER_NOUN_RE = re.compile(rf"\b(?:suspected\s+)?{_ATTACKER_NOUNS}\b", _FLAGS)
_FORCE_BEFORE_VERB = re.compile(
    rf"\b(?P<force>{_FORCE})\b(?:\s+(?:have|has|had|also|reportedly|then|later|on|\w+day|say|said|they|allegedly)\b)*"
    r"\s*$",
    _FLAGS,
)
_FORCE_SUBJECT = re.compile(
    rf"^\W*(?:[\w'’-]+\s+){{0,3}}?(?P<force>{_FORCE})\s+(?:[\w'’-]+\s+){{0,2}}?(?:raided|attacked|launched|stormed|"
    r"carried\s+out|conducted|killed|shot|opened\s+fire|targeted|pounded|bombed|struck|hit|fired|shelled|"
    r"clashed|ambushed|swooped|surrounded)\b",
    _FLAGS,
)
_BY_FORCE = re.compile(rf"^\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?P<force>{_FORCE})\b", _FLAGS)
_INCLUDING = re.compile(
    rf"^\s*,?\s*(?:including|among\s+them|among\s+whom)\s+(?:the\s+|a\s+|an\s+)?(?:{_COUNT}\s+)?(?:{_MODS})?"
    rf"(?P<noun>{_ATTACKER_NOUNS})\b(?!['’])",  # not "including the suspect's brother"
    _FLAGS,
)


# ----------------------------------------------------------------------------------------------- helpers


def _is_plural(noun: str) -> bool:
    last = noun.lower().split()[-1]
    return last in _PLURAL_IRREGULAR or last.endswith("s") or last.endswith(_PLURAL_STEMS)


def _is_attacker(noun: str | None) -> bool:
    return bool(noun) and _ATTACKER_NOUN_RE.fullmatch(noun.strip()) is not None


def _unknown(text: str) -> Count:
    return Count(low=None, high=None, qualifier=Qualifier.unknown, text=text)


def _one(text: str) -> Count:
    return Count(low=1, high=1, qualifier=Qualifier.exact, text=text)


def _subject_count(m: re.Match[str]) -> Count | None:
    """The count a subject or object states: a number, a determiner with a singular noun, a name or a pronoun."""
    gd = m.groupdict()
    count_text = gd.get("count")
    if count_text:
        if count_text.lower() == "both":
            return Count(low=2, high=2, qualifier=Qualifier.exact, text=count_text)
        return parse_count(count_text)
    det, noun = gd.get("det"), gd.get("noun")
    if det and not noun and _AGE_RE.fullmatch(det):
        return _one(det)  # "kills 4-month-old"
    if det and noun:
        d = det.lower().split()[0]
        if d == "both":
            return Count(low=2, high=2, qualifier=Qualifier.exact, text=f"{det} {noun}")
        if _is_plural(noun):
            # "all the militants were killed": a count the caller may fill from the attackers' number
            return _unknown(f"{det} {noun}") if d in ("all", "the", "their") and _is_attacker(noun) else None
        return _one(f"{det} {noun}") if d != "all" else None
    if gd.get("pron") or gd.get("name") or gd.get("kin"):
        return _one(gd.get("pron") or gd.get("name") or gd.get("kin") or "")
    return None


def _is_age(sentence: str, start: int, end: int, count: str | None) -> bool:
    """True for an age apposition (", 31,") read as a count."""
    if not count or not count.isdigit():
        return False
    return bool(re.search(r",\s*$", sentence[:start])) and bool(re.match(r"\s*,", sentence[end:]))


def _not_a_name(name: str, matched: str) -> bool:
    """A single capitalised word that is a common word ("Nobody") or a plural ("Americans who died")."""
    word = name.split(",")[0].strip()
    if " " in word:
        return _PLACE_WORD_RE.search(word) is not None  # "Sunrise Hospital and Medical Center"
    if _NOT_NAME1_RE.match(word):
        return True
    return word.lower().endswith("s") and not re.search(r"\b(?:was|is|has)\b", matched, _FLAGS)


# Words that make a capitalised phrase a place or an institution rather than a person.
_PLACE_WORD_RE = re.compile(
    r"\b(?:Hospital|Center|Centre|Medical|Clinic|University|School|College|Academy|Church|Department|Station|"
    r"Street|Avenue|Road|Boulevard|Park|Mall|Club|Bar|Lounge|Hotel|Motel|Restaurant|Apartments|County|City|"
    r"Police|Sheriff|Office|Court|Jail|Prison|Airport|Market|Bank|Store)\b"
)
# a number after other bare numbers is an age in a list ("two males, 30 and 42, were injured"); one after "out of
# the" is the whole of which a part was hit ("four people out of the 75 inside were shot")
# the same after a month ("On February 25, Ana Ruiz was shot dead": a day) and after a parent's "of" ("Father of 5
# killed": his children)
_AGE_LIST_OR_PART = re.compile(
    r"(?:\b\d{1,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)|\bout\s+of\s+(?:the\s+)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sept?|oct|nov|dec)[a-z]*\.?\s+|\b(?:father|mother|dad|mom|parent)\s+of\s+)$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"(?:\s+or\s+\d+)?[\s-]*(?:years?|yrs?|months?|mos?)\.?[\s-]*old\b", re.IGNORECASE)
# A clock time is no count: "at 11 p.m.", "around 2 in the morning", "shortly after 10, a man was shot". An hour
# after "at", "until" and the like with no noun of people is one too, and so is one after "around" or "about" set off
# by a comma ("around 11, it got rowdy"), unless what follows tells whom it counts ("about 10, including two
# children, were hurt").
_CLOCK_AFTER = re.compile(
    r"\s*(?:[ap]\.?\s?m\b\.?|o['’]clock\b|at\s+night\b|in\s+the\s+(?:morning|afternoon|evening)\b|"
    r"(?:last|that|this|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(?:night|morning|evening)\b)",
    re.IGNORECASE,
)
_CLOCK_BEFORE = re.compile(r"\b(?:at|before|after|until|till|by)\s+$", re.IGNORECASE)
_CLOCK_QUALIFIER = re.compile(r"^(?:around|about|approximately|roughly)\s+", re.IGNORECASE)
_HOUR = re.compile(r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)", re.IGNORECASE)
_WHO_FOLLOWS = re.compile(
    rf"\s*,\s*(?:including|among|most|many|some|all|both|mostly|several|{COUNT_PATTERN})\b", re.IGNORECASE
)


def _clock_time(sentence: str, start: int, end: int, text: str, noun: str | None) -> bool:
    """True for a count that is a time of day: before a.m./p.m./o'clock/"at night", or an hour after a word of time
    ("at", "until", "around") with no noun of people and no list of whom it counts after it."""
    if _CLOCK_AFTER.match(sentence, end):
        return True
    qual = _CLOCK_QUALIFIER.match(text)
    hour = text[qual.end() :] if qual else text
    if noun or not _HOUR.fullmatch(hour) or _WHO_FOLLOWS.match(sentence, end):
        return False
    if qual:  # "about 10 were injured" counts; "around 11, it got rowdy" tells a time
        return sentence[end : end + 1] == ","
    return _CLOCK_BEFORE.search(sentence[:start]) is not None


def _not_a_count(sentence: str, m: re.Match[str], noun: str | None) -> bool:
    """An age (", 31,", "12 year-old boy", "9 or 10 year old"), a year ("In 2008, ... was killed", "2016 Jeffco teen
    dies") or a negated count ("no one died")."""
    start, end, text = m.start("count"), m.end("count"), m.group("count")
    if _is_age(sentence, start, end, text) or _AGE_AFTER.match(sentence, end):
        return True
    if _clock_time(sentence, start, end, text, noun):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", text) and (not noun or not sentence[start - 1 : start].isspace()):
        return True
    if text.isdigit() and _AGE_LIST_OR_PART.search(sentence[:start]):
        return True
    return bool(re.search(r"\b(?:no|not|nor)\s*$", sentence[:start], re.IGNORECASE))


_UNIT_WORDS = 3  # "FMLN URBAN COMMANDOS", "the Taliban's special forces": the group sits within three words


def _rebel_unit(before_force: str) -> bool:
    """True when the words just before a force word name an armed group or a rebel, so the force is the group's
    unit ("FMLN URBAN COMMANDOS", "rebel troops"), not the state's."""
    words = before_force.split()[-_UNIT_WORDS:]
    if not words:
        return False
    head = " ".join(words)
    # all-capitals copy reaches here re-cased ("Fmln Urban"), where no acronym matches: look again in capitals
    registry = default_registry()
    return bool(_ATTACKER_NOUN_RE.search(head) or registry.find(head) or registry.find(head.upper()))


def _agent(sentence: str, m: re.Match[str], rule: _Rule) -> str | None:
    """The state force doing the killing or capturing, if one is the verb's subject or the passive's agent."""
    if rule.active and m.groupdict().get("verb"):
        if m.group("verb").lower().startswith(("found", "find", "discover")):
            return None  # who found the dead did not kill them
        before = sentence[: m.start("verb")]
        tail = before[-60:]
        fm = _FORCE_BEFORE_VERB.search(tail)
        if fm:
            return None if _rebel_unit(tail[: fm.start("force")]) else re.sub(r"\s+", " ", fm.group("force").lower())
        if m.group("verb").lower().endswith("ing"):
            sm = _FORCE_SUBJECT.search(before)
            if (
                sm
                and not _ATTACKER_NOUN_RE.search(before[: sm.start("force")])
                and not _rebel_unit(before[: sm.start("force")])
            ):
                return re.sub(r"\s+", " ", sm.group("force").lower())
        return None
    bm = _BY_FORCE.match(sentence[m.end() :])
    return re.sub(r"\s+", " ", bm.group("force").lower()) if bm else None


# What was threatened, tried or asked about happened to no one: "he was going to kill his wife", "tried to kill",
# "police could not say if the man had died" (but "went on to kill three" and "used a rifle to kill three" did happen).
_UNREAL_ACTIVE = re.compile(
    r"\b(?:(?:going|tried|try|tries|trying|attempted|attempting|attempt|threatened|threatening|threatens|planned|"
    r"planning|plotted|plotting|wanted|wants|intended|intending|vowed|conspiracy|conspiring|plan|plot)\s+to|would|will|"
    r"could|might|can|cannot|should|did\s+not|didn['’]t|never|not)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_UNREAL_CLAUSE = re.compile(r"\b(?:if|whether)\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
# a death in the present after "before", "until" or "hear": feared, not told ("before another teen is killed"); after
# "any time" or "whenever": no one in particular ("Any time one of our students is hurt or passes away")
_UNREAL_PRESENT = re.compile(
    r"\b(?:before|until|unless|lest|hear|fear|any\s*time|whenever|every\s+time|each\s+time)\s+(?:\S+\s+){0,4}$",
    re.IGNORECASE,
)
_PRESENT_AUX = re.compile(r"\b(?:is|are|gets?)\s+(?:\w+ly\s+)?(?:killed|dead|shot|murdered|hurt)\b", re.IGNORECASE)


def _unreal(sentence: str, m: re.Match[str], rule: _Rule) -> bool:
    """True when the figure is only threatened, attempted or in question rather than told as done."""
    if rule.active and m.groupdict().get("verb"):
        return _UNREAL_ACTIVE.search(sentence, 0, m.start("verb")) is not None
    fatal = rule.role in ("killed", "perpetrators_killed") or (
        rule.role is None and bool(m.groupdict().get("v_kill") or rule.name != "passive")
    )
    if _PRESENT_AUX.search(m.group(0)) and _UNREAL_PRESENT.search(sentence, 0, m.start()):
        return True
    return fatal and _UNREAL_CLAUSE.search(sentence, 0, m.start()) is not None


def _passive_role(m: re.Match[str]) -> CasualtyRole | None:
    """The role a passive verb gives: None (killed, victims or attackers by the noun), wounded, hostages, captured."""
    gd = m.groupdict()
    if gd.get("v_wound"):
        return "wounded"
    if gd.get("v_hostage"):
        return "hostages"
    if gd.get("v_capture"):
        return "perpetrators_captured"
    return None


# "shot" right after an attacker's noun with no auxiliary tells what the attackers did, not what befell them
_ELLIPTIC_SHOT = re.compile(r"\bshot$", _FLAGS)
_BE_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being|got|gets|get)\b", _FLAGS)
# "shooting" as a noun: "in connection with the fatal shooting A suspect is in custody" (a headline run into the text)
_SHOOTING_NOUN = re.compile(r"\b(?:a|an|the|this|that|fatal|deadly|police|double|triple)\s+$", _FLAGS)


# a plural auxiliary as the subject's first, with no relative clause before it ("a leader, were killed"; not "a man
# was reported to have been shot")
_PLURAL_AUX = re.compile(
    r"(?:(?!\b(?:who|whom|whose|that|which|was|is|has|had|to|could|would|should|might|must|may|will)\b)[^;])*?"
    r"\b(?:were|are|have)\b",
    _FLAGS,
)


_SINGULAR_AUX = re.compile(r"\b(?:is|was|has\s+been)\s+(?:\w+ly\s+)?\w+$", re.IGNORECASE)


def _plural_verb(m: re.Match[str], rule: _Rule, count: Count) -> bool:
    """Whether a passive figure of one person (a name, or "a"/"an" with a noun) has a plural verb: the subject is
    then the last of a list the sentence gives before it ("Ana Ruiz, a nurse, and Tom Bell, a judge, were killed")."""
    if rule.name not in ("passive", "kill_intrans") or count.value != 1:
        return False
    gd = m.groupdict()
    if gd.get("name"):
        end = m.end("name")
    elif (gd.get("det") or "").lower() in ("a", "an") and gd.get("noun"):
        end = m.end("noun")
    else:
        return False
    return _PLURAL_AUX.match(m.string, end, m.end()) is not None


def _attacker_hurt(sentence: str, m: re.Match[str], rule: _Rule) -> bool:
    """Whether a wounding figure of attackers tells that they were hurt, rather than what they did ("two suspects shot
    at police", "the suspect, a 44-year-old, allegedly shot his victims": a passive needs its auxiliary), or what is
    only asked ("whether the suspect had been shot")."""
    if _UNREAL_CLAUSE.search(sentence, 0, m.start()):
        return False
    if rule.name == "wound_elliptic":
        return not _ELLIPTIC_SHOT.search(m.group(0))
    if rule.name in ("passive", "passive_any", "wound_generic"):
        return _BE_AUX.search(sentence, m.end("noun"), m.end()) is not None
    if rule.active and m.groupdict().get("verb"):
        det = m.groupdict().get("det") or ""
        if det[:1].isupper() and not sentence.isupper():
            return False  # "...fatal shooting A suspect is now in custody": a new sentence
        verb = m.group("verb").lower()
        return not (verb.startswith("shooting") and _SHOOTING_NOUN.search(sentence, 0, m.start("verb")))
    return True


_CULPABLE = re.compile(
    r"\b(?:responsib\w*|blam\w*|guilty|accused|charged|convicted|indicted|arrested|sentenced)\b[^.;]{0,25}$", _FLAGS
)


def _mention(sentence: str, m: re.Match[str], rule: _Rule, offset: int) -> list[CasualtyMention]:
    """Turn one rule match into mentions (a reflexive object adds the attacker who died)."""
    gd = m.groupdict()
    noun = gd.get("noun")
    refl = gd.get("refl")
    out: list[CasualtyMention] = []
    if _unreal(sentence, m, rule):
        return []
    agent = _agent(sentence, m, rule)
    span = (m.start() + offset, m.end() + offset, m.group(0))
    if rule.role == "perpetrators_killed" and refl and not gd.get("count") and not noun:
        # "he blew himself up" / "they blew themselves up"
        count = _one(refl) if refl.lower() in ("himself", "herself", "his", "her", "own") else _unknown(refl)
        if gd.get("pron") or gd.get("name"):
            count = _one(gd.get("pron") or gd.get("name") or "")
        return [CasualtyMention("perpetrators_killed", count, *span, agent=agent)]
    if rule.name == "possessive_kill" and " " not in m.group("name").strip():
        # a surname alone ("Zenon's murder") refers back to a person the story named and told of before; a plural
        # ("the Jesuits' murder") is of unknown number
        return []
    if rule.name in ("plural_deaths", "plural_hurt"):
        two = Count(low=2, qualifier=Qualifier.at_least, text=gd["plural"])
        return [CasualtyMention(rule.role or "killed", two, *span)]
    if rule.name == "plural_passive":
        two = Count(low=2, qualifier=Qualifier.at_least, text=gd["plural"])
        at, end = m.start("plural"), m.end()
        told = sentence[at:end]
        return [
            CasualtyMention(
                "wounded" if gd.get("v_wound") else "killed", two, at + offset, end + offset, told, agent=agent
            )
        ]
    if rule.name == "self_wound":
        return [CasualtyMention("wounded", _one(refl or ""), *span)]
    if rule.name == "another":
        return [CasualtyMention("wounded" if gd.get("v_wound") else "killed", _one(gd["det"]), *span, agent=agent)]
    if rule.name in ("list_elliptic", "found_list"):
        listed = _list_count(m.group("list"))
        role: CasualtyRole = "wounded" if gd.get("v_wound") else "killed"
        return [CasualtyMention(role, listed, *span, agent=agent)] if listed is not None else []
    if gd.get("count") and _not_a_count(sentence, m, noun):
        return []
    if gd.get("name") and _not_a_name(gd["name"], m.group(0)):
        return []
    head = m.group("verb") if rule.active else m.group(0).split()[0 if rule.name == "nominal_kill" else -1]
    if rule.name == "nominal_kill" and gd.get("name") and head.lower().startswith("death"):
        # "the death of Ana Ruiz" may be natural; "the murder of Ana Ruiz" is not, nor a death someone is to blame
        # for ("responsibility for the death of Ana Ruiz", "charged in the death of Tom Bell")
        if not _CULPABLE.search(sentence, 0, m.start()):
            return []
    if gd.get("name") and head[:1].isupper() and not sentence.isupper():
        return []  # "Live And Let Die", "Drink Or Die", "The Killing Of Sister George": a title, not a death
    count = _subject_count(m)
    if count is None:
        return []
    if rule.name in ("kill_elliptic", "wound_elliptic") and noun and (count.low or 0) > 1 and not _is_plural(noun):
        return []  # the number is another noun's: "Two suspects outstanding teen driver shot"
    if rule.name == "passive" and gd.get("count") and (count.low or 0) > 1 and _SINGULAR_AUX.search(m.group(0)):
        return []  # the verb is another subject's: "Teen who shot 4, including 2 ATF agents, is killed by cops"
    role = rule.role
    if rule.name in ("passive", "passive_any"):
        role = _passive_role(m)
    elif rule.name in ("suffered", "hospital") and re.search(
        r"(?<!non)(?<!non-)\b(?:fatal|mortal)", m.group(0), _FLAGS
    ):
        role = None  # "with a fatal gunshot wound": killed, a victim or an attacker by the noun
    elif rule.name == "active_any" and not gd.get("v_kill"):
        role = "wounded"
    if role is None:
        role = "perpetrators_killed" if _is_attacker(noun) else "killed"
    elif role == "wounded" and _is_attacker(noun) and rule.name != "wound_toll":
        if not _attacker_hurt(sentence, m, rule):
            return []
        role = "perpetrators_wounded"  # "the gunman was wounded": GTD's nwoundte, never among the victims
    elif role == "hostages" and _is_attacker(noun):
        return []
    if role == "wounded" and gd.get("pron"):
        return []  # "he was shot": nearly always a victim already counted (who may have died)
    if rule.name == "self_kill" or rule.name == "self_kill2" or rule.name == "own_life":
        role = "perpetrators_killed"
    if role == "perpetrators_captured" and not _is_attacker(noun):
        return []  # arrests count attackers only, never "she was arrested" or "Thousands have been arrested"
    out.append(CasualtyMention(role, count, *span, agent=agent, plural_verb=_plural_verb(m, rule, count)))
    if refl and rule.active:
        # "killing himself and 12 others": the attacker died too
        self_count = _one(refl) if refl.lower() in ("himself", "herself") else _unknown(refl)
        out.append(
            CasualtyMention(
                "perpetrators_killed", self_count, m.start("refl") + offset, m.end("refl") + offset, refl, agent=None
            )
        )
    return out


_ATTACKERS_OF = {"killed": "perpetrators_killed", "wounded": "perpetrators_wounded"}


def _subtract_included(sentence: str, found: list[CasualtyMention], offset: int) -> list[CasualtyMention]:
    """'12 dead, including the bomber' → killed 11 and perpetrators_killed 1 (DESIGN.md §3); '5 wounded, including
    the gunman' → wounded 4 and perpetrators_wounded 1."""
    out: list[CasualtyMention] = []
    for cm in found:
        out.append(cm)
        if cm.role not in _ATTACKERS_OF:
            continue
        im = _INCLUDING.match(sentence[cm.end - offset :])
        if not im:
            continue
        n_text = im.group("count")
        n = (
            parse_count(n_text).value
            if n_text and parse_count(n_text)
            else (None if _is_plural(im.group("noun")) else 1)
        )
        start, end = cm.end + im.start(), cm.end + im.end()
        perp = Count(low=n, high=n, qualifier=Qualifier.exact if n else Qualifier.unknown, text=im.group(0).strip())
        out.append(CasualtyMention(_ATTACKERS_OF[cm.role], perp, start, end, sentence[start - offset : end - offset]))
        if n is not None and cm.count.low is not None:
            low = max(cm.count.low - n, 0)
            high = max(cm.count.high - n, 0) if cm.count.high is not None else None
            out[-2] = replace(cm, count=cm.count.model_copy(update={"low": low, "high": high}))
    return out


def _conjunct_count(m: re.Match[str]) -> tuple[Count | None, str | None]:
    gd = m.groupdict()
    if gd.get("name") or gd.get("kin"):
        return _one(gd.get("name") or gd["kin"]), None
    noun = gd.get("noun")
    if (gd.get("count") or "").lower() == "both" and noun and noun[:1].isupper() and not noun.isupper():
        return _one(noun), None  # "both Bass and his daughter": "both" pairs the list; the name is one person
    return _subject_count(m), noun


# an "and" earlier in the clause: within the sentence part before the figure that no semicolon, colon or dash ends
_AND_BEFORE = re.compile(r"\band\b[^;:—–]{0,150}$", _FLAGS)
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b)", _FLAGS)


def _conjunct_group(m: re.Match[str]) -> str:
    """The group a conjunct match starts its figure with."""
    return next(g for g in ("count", "det", "name", "kin") if m.groupdict().get(g))


# a further subject after a named one's apposition: "Ana Ruiz, a judge, and two of her bodyguards were killed"
_APPOS_CONJUNCT = re.compile(rf"^[^,;]{{2,60}},[^,;]{{1,80}},\s*and\s+{_CONJUNCT}(?=[^,;]*,?\s*$)", _FLAGS)


def _appositive_conjunct(text: str) -> int:
    """The count of a subject conjoined after an apposition within a figure's own text ("X, a judge, and two of
    her bodyguards, were assassinated" → 2 more); 0 when there is none."""
    m = _APPOS_CONJUNCT.search(_VERB_TAIL.sub("", text))
    if m is None:
        return 0
    count, noun = _conjunct_count(m)
    return count.low or 0 if count is not None and not _is_attacker(noun) else 0


_VERB_TAIL = re.compile(rf"(?:{_AUX}|{_AUX_INTRANS})?(?:{_ADV})?\s+\S+(?:\s+(?:and|to)\s+\S+)?$", _FLAGS)


_LIST_RULES = tuple(r.regex for r in _RULES if r.name in ("list_elliptic", "found_list"))


def _a_list(text: str) -> bool:
    """True for a figure read from a whole list ("Man, woman, and child shot"), which has its members counted."""
    return any(r.fullmatch(text) for r in _LIST_RULES)


# a preposition or an article before a capitalised phrase makes it a place or a thing, no person
_PLACE_BEFORE = re.compile(r"\b(?:in|at|on|near|from|to|into|the)\s+$", _FLAGS)


def _conjuncts_before(sentence: str, start: int) -> Iterator[tuple[re.Match[str], Count, str | None]]:
    """The subjects conjoined before a figure that starts at `start`, nearest first, with their counts and nouns:
    the one next to the figure needs "and" ("a sergeant and seven policemen"), earlier ones of the same list may use
    commas. Stops at the first that gives no count."""
    first = start
    while True:
        m = (_CONJ_BEFORE if start == first else _CONJ_BEFORE_LIST).search(sentence[:start])
        if not m or m.group(0).strip() == "":
            return
        count, noun = _conjunct_count(m)
        if count is None or count.low is None:
            return
        if m.groupdict().get("name") and _PLACE_BEFORE.search(sentence, 0, m.start("name")):
            return  # "shot in the South Loop, and the suspect was killed": a place, and a new clause
        start = m.start()
        yield m, count, noun


_RELATIVE_SG = re.compile(
    r"^\W*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:who|that)\s+(?!(?:were|are|have)\b)", re.IGNORECASE
)


def _coordinated(sentence: str, found: list[CasualtyMention], offset: int) -> list[CasualtyMention]:
    """Add conjoined subjects or objects of the same kind ("a sergeant and seven policemen were killed" → 8) and
    "killed his two children and then himself" (an attacker who died)."""
    out: list[CasualtyMention] = []
    for cm in found:
        if cm.role not in ("killed", "wounded", "hostages") or cm.count.low is None or _a_list(cm.text):
            out.append(cm)
            continue
        start, end, extra, perps = cm.start - offset, cm.end - offset, 0, []
        # objects follow an active verb or a nominal ("the murder of Ana Ruiz and her son")
        active = _ACTIVE_START.match(cm.text) is not None or _NOMINAL_START.match(cm.text) is not None
        # before: subjects ("X and Y were killed"), where the mention starts with its own subject
        described = 0  # the last conjunct's count when it was an indefinite description ("a judge")
        # a relative clause in the singular is of the last conjunct alone: "Smith and the man who died"
        alone = active or _RELATIVE_SG.match(cm.text) is not None
        for m, count, noun in [] if alone else _conjuncts_before(sentence, start):
            start = m.start()
            if _is_attacker(noun):
                if cm.role in _ATTACKERS_OF:  # "three attackers and a guard were killed" (or wounded)
                    text = re.sub(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", "", m.group(0))
                    perps.append(
                        CasualtyMention(_ATTACKERS_OF[cm.role], count, start + offset, start + offset + len(text), text)
                    )
                continue
            if m.groupdict().get("name") and described:
                extra -= described  # "Ana Ruiz, a judge, and two bodyguards": the judge is Ana Ruiz
            described = count.low if (m.groupdict().get("det") or "").lower() in ("a", "an") else 0
            extra += count.low
        if not active:
            extra += _appositive_conjunct(cm.text)
        vague = False
        if not active and not extra and cm.plural_verb and _AND_BEFORE.search(sentence[:start]):
            # "Oqueli, leader of the movement, and Ana Ruiz, a judge, were killed": a list too long to read member
            # by member, whose plural verb says two at the least
            extra, vague = 1, True
        # after: objects of an active verb ("killing his wife and their four children")
        listed, by_comma = 0, False
        while active:
            m = _CONJ_AFTER.match(sentence, end)
            if not m:
                break
            count, noun = _conjunct_count(m)
            if count is None or count.low is None or _is_attacker(noun):
                break
            if m.groupdict().get("name") and _not_a_name(m.group("name"), m.group(0)):
                break
            comma = not re.search(r"\band\b", sentence[end : m.start(_conjunct_group(m))], _FLAGS)
            if comma and not _LIST_GOES_ON.match(sentence, m.end()) and (noun or "").lower() != "others":
                # "the death of Ana Ruiz, political leader": an apposition, not a second victim (but a headline's
                # "wounded an 8-year-old, 2 others" names more people)
                break
            # an apposition renames with "a"/"the" ("his wife, a nurse"); a bare kin noun or "his son" is one more
            renames = not m.groupdict().get("kin") and (m.groupdict().get("det") or "").lower() not in ("his", "her")
            by_comma |= comma and not listed and renames
            listed += count.low
            end = m.end()
        # "the murders of three reporters, two Colombians and a Briton": the list names the three again
        extra += 0 if by_comma and listed == cm.count.low else listed
        if not active:
            # "12 soldiers were injured in the attack, as were some pedestrians": more of the same fate
            am = _AS_WERE.match(sentence, end)
            count, noun = _conjunct_count(am) if am and not am.group("some") else (None, None)
            if am and am.group("some"):
                extra, vague = extra + 1, True  # "some pedestrians": at least one more
            elif count is not None and count.low is not None and not _is_attacker(noun):
                extra += count.low
        if extra:
            low = cm.count.low + extra
            high = cm.count.high + extra if cm.count.high is not None and not vague else None
            update: dict[str, object] = {"low": low, "high": high}
            if vague:
                update["qualifier"] = Qualifier.at_least
            cm = replace(
                cm,
                count=cm.count.model_copy(update=update),
                start=start + offset,
                end=end + offset,
                text=sentence[start:end],
            )
        out.append(cm)
        out.extend(perps)
        if cm.role == "killed" and re.match(rf"(?:{_KILL_ACTIVE})\b", cm.text, _FLAGS):
            sm = _THEN_SELF.match(sentence, end)
            if sm:
                refl = sm.group("refl")
                n = _one(refl) if refl.lower() in ("himself", "herself") else _unknown(refl)
                out.append(
                    CasualtyMention("perpetrators_killed", n, sm.start("refl") + offset, sm.end("refl") + offset, refl)
                )
    return out


_VICTIMS_OF = {"perpetrators_killed": "killed", "perpetrators_wounded": "wounded"}


def _victims_before_attackers(sentence: str, found: list[CasualtyMention], offset: int) -> list[CasualtyMention]:
    """Subjects conjoined before an attackers' figure: more attackers add to it, victims make a figure of their own
    ("a deputy and the gunman were wounded" → wounded 1 and perpetrators_wounded 1), so that neither is lost and no
    attacker is counted among the victims."""
    out: list[CasualtyMention] = []
    for cm in found:
        if (
            cm.role not in _VICTIMS_OF
            or cm.count.low is None
            or _ACTIVE_START.match(cm.text)
            or _NOMINAL_START.match(cm.text)
            or _REFLEXIVE_RE.search(cm.text)
        ):
            out.append(cm)
            continue
        more, victims, v_start = 0, 0, None
        for m, count, noun in _conjuncts_before(sentence, cm.start - offset):
            if _is_attacker(noun):
                more += count.low or 0
            else:
                victims, v_start = victims + (count.low or 0), m.start()
        if more:  # the figure's own span stays: victims may stand between its attackers
            low = cm.count.low + more
            high = cm.count.high + more if cm.count.high is not None else None
            cm = replace(cm, count=cm.count.model_copy(update={"low": low, "high": high}))
        out.append(cm)
        if victims and v_start is not None:
            text = re.sub(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", "", sentence[v_start : cm.start - offset])
            n = Count(low=victims, high=victims, qualifier=Qualifier.exact, text=text)
            out.append(CasualtyMention(_VICTIMS_OF[cm.role], n, v_start + offset, v_start + offset + len(text), text))
    return out


def _shot_minus_killed(found: list[CasualtyMention]) -> list[CasualtyMention]:
    """'shot six people, killing four', 'four were shot, one fatally': the shot include the dead (wounded 2, 3)."""
    out = list(found)
    for i, cm in enumerate(found):
        if cm.role != "wounded" or cm.count.low is None or not _SHOT_RE.search(cm.text):
            continue
        dead = [k for k in found if k.role == "killed" and k.start > cm.start and k.count.low is not None]
        n_dead = sum(k.count.low or 0 for k in dead)
        if dead and n_dead <= cm.count.low:
            high = cm.count.high - n_dead if cm.count.high is not None else None
            update = {"low": cm.count.low - n_dead, "high": high}
            out[i] = replace(cm, count=cm.count.model_copy(update=update), net=True)
    return out


def _sum_perpetrators(
    sentence: str, found: list[CasualtyMention], offset: int, role: CasualtyRole = "perpetrators_killed"
) -> list[CasualtyMention]:
    """Attackers killed (or wounded) in one sentence add up ("one was gunned down, and two others blew themselves up"
    → 3)."""
    perps = [cm for cm in found if cm.role == role]
    if len(perps) < 2:
        return found
    known = [cm for cm in perps if cm.count.low is not None]
    if known:
        low = sum(cm.count.low or 0 for cm in known)
        exact = all(cm.count.qualifier == Qualifier.exact for cm in known) and len(known) == len(perps)
        count = Count(
            low=low,
            high=low if exact else None,
            qualifier=Qualifier.exact if exact else Qualifier.at_least,
            text=" + ".join(cm.text for cm in known),
        )
    else:
        count = perps[0].count
    agents = {cm.agent for cm in perps if cm.agent}
    start, end = min(cm.start for cm in perps), max(cm.end for cm in perps)
    merged = CasualtyMention(
        role,
        count,
        start,
        end,
        sentence[start - offset : end - offset],
        agent=agents.pop() if len(agents) == 1 else None,
    )
    return [cm for cm in found if cm.role != role] + [merged]


def _attackers(sentence: str, taken: list[tuple[int, int]], offset: int) -> list[CasualtyMention]:
    """Counted attacker nouns not already read as killed or captured ("a half dozen gunmen stormed")."""
    out: list[CasualtyMention] = []
    for m in _ATTACKERS_RE.finditer(sentence):
        if any(s <= m.start("noun") < e for s, e in taken):
            continue
        if m.group("count"):
            count = parse_count(m.group("count")) if m.group("count").lower() != "both" else _subject_count(m)
        elif _is_plural(m.group("noun")):
            count = Count(low=2, high=2, text=m.group(0)) if m.group("det").lower() == "both" else None
        else:
            count = _one(m.group(0))
        if count is None:
            continue
        out.append(CasualtyMention("attackers", count, m.start() + offset, m.end() + offset, m.group(0)))
    return out


def _candidates(sentence: str) -> list[tuple[_Rule, re.Match[str]]]:
    """All rule matches, longest first, so a wider reading ('shot and killed') wins over a narrower one ('shot')."""
    found = [
        (rule, m)
        for rule in _RULES
        if rule.trigger.search(sentence)
        for m in rule.regex.finditer(sentence)
        if m.group(0).strip()
    ]
    # longest first; on a tie the earlier rule (kill before wound) wins, and generic nouns come last
    return sorted(found, key=lambda rm: (rm[0].name.endswith(("generic", "generic2")), -len(rm[1].group(0))))


def _count_span(m: re.Match[str]) -> tuple[int, int]:
    """The span of the figure itself (count, determiner, name, pronoun or reflexive) within a match."""
    for group in ("count", "det", "name", "pron", "refl", "plural"):
        if m.groupdict().get(group):
            return m.span(group)
    return m.span()


# ----------------------------------------------------------------------------------------------- public


_ALL_BEFORE_NUMBER = re.compile(
    r"\b(all|all of the|all the)(\s+)(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
    re.IGNORECASE,
)


# Words other than names, for re-casing all-capitals text: the lexicons above, English function words and the
# words news reports use about people.
_RULE_WORDS = {w for r in _RULES for w in re.findall(r"[a-z]{3,}", r.regex.pattern)}
_COMMON = (
    _LEXICON
    | _RULE_WORDS
    | {w[:-1] for w in _RULE_WORDS if w.endswith("s")}
    | {
        w.lower()
        for w in (
            "a about above after again against all also although am among an and any are as at be because been before "
            "being below between both but by can could did do does doing down during each either else even ever every "
            "few for from further had has have having he her here hers herself him himself his how however i if in "
            "into is it its itself just last least less many may me might more most much must my myself neither never "
            "no nobody none nor not now of off on once one only or other others our ours out over own per same several "
            "she should since so some someone such than that the their theirs them themselves then there these they "
            "this those though through thus to today tomorrow too toward towards under until up upon us very was we "
            "were what whatever when where whether which while who whom whose why will with within without would yet "
            "yesterday you your night morning evening afternoon dawn week month year day hours minutes ago "
            "earlier later said says say told reported according sources source witnesses witness news agency "
            "radio television report reports official government army police authorities spokesman communique "
            "statement also almost only "
            "attack attacks bomb bombs explosion blast car vehicle house home building office street road city town "
            "village country province department capital area region near outside inside north south east west "
            "january february march april may june july august september october november december monday tuesday "
            "wednesday thursday friday saturday sunday one two three four five six seven eight nine ten eleven twelve "
            "twenty thirty forty fifty hundred thousand dozen dozens hundreds thousands"
        ).split()
    }
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _recase(sentence: str) -> str:
    """An all-capitals sentence with names capitalised and other words in lower case (same length, same offsets),
    so that the name patterns work on wire text ("GARCIA ALVARADO WAS KILLED" → "Garcia Alvarado was killed")."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return sentence

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        base = re.sub(r"['’]s?$", "", w.lower())  # "soldier's", "priests'"
        return w.lower() if base in _COMMON or w.lower() in _COMMON else w[0] + w[1:].lower()

    return _WORD.sub(word, sentence)


# A figure for a period, a campaign or a roundup rather than one incident: "1,000 dead since 1980", "killed during
# the war", "so far this year", "in the past seven days", "in separate shootings". "The deadliest attack since
# 2010" dates no figure.
_CUMULATIVE = re.compile(
    rf"\b(?:since\s+(?:(?:19|20)\d\d|the\s+(?:beginning|start|outbreak)|(?:early|late|mid)[\s-]|january|february|"
    r"march|april|june|july|august|september|october|november|december|last\s+(?:year|month))|so\s+far\s+this\s+"
    r"(?:year|month)|during\s+the\s+(?:\w+\s+){0,2}(?:war|conflict|offensive|campaign|"
    r"insurgency|uprising|decade)|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?:few|several|\w+|\d+)\s+)?"
    rf"(?:days|weeks|months|years|decades?)|in\s+(?:the\s+)?(?:{COUNT_PATTERN})\s+(?:days|weeks|months|years)|"
    r"(?:so\s+far|to\s+date)\s+(?:in|during|this)\b|(?<!(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|in|of|,)\s+)this\s+year\b|year\s+to\s+date|"
    # long ago, with no date to set the incident apart: "Two others died in a house fire years ago" (not "4 years
    # ago", which the dates read and segmentation gives an incident of its own)
    r"(?<!\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\s+)\b(?:years|decades)\s+"
    r"(?:ago|earlier)\b|"
    # a roundup of several incidents: "1 dead, 5 wounded in separate shootings citywide", "in weekend shootings",
    # "Friday was another violent night in Jacksonville that saw five others shot"
    r"\b(?:violent|bloody)\s+(?:night|weekend|day|week|stretch)\b|"
    rf"\bseparate\s+(?:shootings|incidents|attacks)|(?:weekend|overnight|holiday|(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day(?:['’]s)?)\s+(?:shootings|violence)|"
    rf"\b(?:{COUNT_PATTERN}|several|multiple)\s+(?:separate\s+)?shootings\b|\bcitywide\b|across\s+the\s+city|"
    # "shootings across Chicago", "a spate of shootings", "crime stats for 2015"
    r"\bshootings\s+(?:across|around|throughout)\b|\b(?:spate|string|series|rash|wave)\s+of\s+(?:\w+\s+)?"
    r"(?:shootings|violence|killings|homicides)\b|\b(?:crime\s+)?stat(?:s|istics)\b)",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"\b(?:\w+est|worst|first|most\s+\w+|biggest|largest|highest|since\s+then)\b[^,;]{0,40}$", re.IGNORECASE
)


_A_YEAR = re.compile(r"\b(?:(?:last|this|past|that)\s+year|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
_ONE_EVENT = re.compile(
    r"\b(?:the|a|an|that|this)\s+(?:[\w'’-]+\s+){0,3}?(?:attack|bombing|blast|explosion|shooting|massacre|earthquake)\b",
    re.IGNORECASE,
)


def _cumulative(sentence: str, cm: CasualtyMention, offset: int) -> bool:
    """True when the clause that gives a killed or wounded figure says it sums up a period or a campaign."""
    start, end = cm.start - offset, cm.end - offset
    left = max(sentence.rfind(";", 0, start), sentence.rfind(". ", 0, start)) + 1
    right = min((i for i in (sentence.find(";", end), sentence.find(". ", end)) if i >= 0), default=len(sentence))
    for m in _CUMULATIVE.finditer(sentence, left, right):
        if not _SUPERLATIVE.search(sentence[left : m.start()]):
            return True
    # "Last year in Chicago, 4,368 people were shot": thousands in a year is a city's or a country's count, while
    # "In 2008, Dion Wiley was killed and five others injured" recalls one incident
    return (
        (cm.count.low or 0) >= 1000
        and _A_YEAR.search(sentence, left, right) is not None
        and _ONE_EVENT.search(sentence, left, right) is None
    )


# A multiple named by its word, as local news heads a story: "double fatal shooting", "triple homicide", "quadruple
# murder" (that many dead); "double shooting" (that many hit, who may include the dead).
_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTIPLE_RE = re.compile(
    r"\b(?P<n>double|triple|quadruple|quintuple)[\s-]+(?:(?P<fatal>fatal|deadly)\s+)?"
    r"(?P<what>homicides?|murders?|slayings?|killings?|shootings?|stabbings?)\b",
    re.IGNORECASE,
)


# One death named as a noun: "an accidental shooting death", "the homicide victim", "shooting death of nephew".
_ONE_DEATH_RE = re.compile(
    r"\b(?:(?:an?|the)\s+(?:(?:accidental|fatal|apparent|suspected|weekend|overnight)\s+)?(?:shooting|stabbing)\s+"
    r"death(?!s)|(?:an?|the)\s+homicide\s+victim(?!s)|(?:shooting|stabbing)\s+death\s+of\s+(?:(?:his|her|their|"
    r"a|an)\s+)?(?:\d+[\s-]year[\s-]old\s+)?(?:nephew|niece|son|daughter|wife|husband|brother|sister|father|mother|"
    r"friend|cousin|girlfriend|boyfriend|grandson|granddaughter|teen|toddler|child|boy|girl|man|woman))\b",
    re.IGNORECASE,
)


def _one_death(sentence: str, offset: int) -> list[CasualtyMention]:
    m = _ONE_DEATH_RE.search(sentence)
    if m is None:
        return []
    count = Count(low=1, high=1, qualifier=Qualifier.exact, text=m.group(0))
    return [CasualtyMention("killed", count, offset + m.start(), offset + m.end(), m.group(0))]


# One self-inflicted wound named as a noun: "taken to hospital with a self-inflicted gunshot wound", "his gunshot
# wound was self-inflicted"; a sentence that tells of a death is read by the other rules.
_SELF_WOUND_RE = re.compile(
    r"\bself[- ]inflicted\s+gunshot\s+wound(?!s)|\bgunshot\s+wound\b[^.;]{0,30}?\bwas\s+self[- ]inflicted\b",
    re.IGNORECASE,
)
_DEATH_WORD = re.compile(r"\b(?:died|dies|dead|death|killed|fatal(?:ly)?|suicide|body)\b", re.IGNORECASE)


def _self_wound(sentence: str, offset: int) -> list[CasualtyMention]:
    m = _SELF_WOUND_RE.search(sentence)
    if m is None or _DEATH_WORD.search(sentence):
        return []
    count = Count(low=1, high=1, qualifier=Qualifier.exact, text=m.group(0))
    return [CasualtyMention("wounded", count, offset + m.start(), offset + m.end(), m.group(0))]


def _multiple(sentence: str, offset: int) -> list[CasualtyMention]:
    out: list[CasualtyMention] = []
    for m in _MULTIPLE_RE.finditer(sentence):
        n = _MULTIPLE[m.group("n").lower()]
        hit = m.group("what").lower().startswith(("shooting", "stabbing")) and not m.group("fatal")
        role: CasualtyRole = "wounded" if hit else "killed"
        count = Count(low=n, high=n, qualifier=Qualifier.exact, text=m.group("n"))
        out.append(CasualtyMention(role, count, offset + m.start(), offset + m.end(), m.group(0)))
    return out


# A question that asks whether, rather than one that takes the deaths as known ("where did the operation in which
# 17 were killed take place?"): it opens on an auxiliary or a bare verb, after a speaker's tag or a quotation mark.
_YES_NO = re.compile(
    r"(?:^|(?<=[\"“\]])|(?<=[.!?]\s))[\s\W]*(?:is|are|was|were|did|does|do|has|have|had|could|can|will|would|"
    r"should|hurt|shot|killed|wounded|injured)\b[^?.!]*\?",
    re.IGNORECASE,
)


def find_casualties(sentence: str, offset: int = 0) -> list[CasualtyMention]:
    """Every casualty figure one sentence gives, in text order; offsets are into the text plus `offset`.

    An all-capitals sentence is read re-cased (see `_recase`), so that names count there too."""
    if not _ANY_TRIGGER.search(sentence) and not _MULTIPLE_RE.search(sentence) and not _ONE_DEATH_RE.search(sentence):
        return []
    asked = [m.span() for m in _YES_NO.finditer(sentence)]  # "-- HURT HIS LITTLE BROTHER?", "Was anyone hurt?"
    original = sentence
    sentence = _recase(sentence)
    found = _find(sentence, offset)
    if sentence is not original:
        found = [replace(cm, text=original[cm.start - offset : cm.end - offset]) for cm in found]
    return [
        replace(cm, cumulative=True)
        if cm.role in ("killed", "wounded") and cm.count.low is not None and _cumulative(original, cm, offset)
        else cm
        for cm in found
        if not any(a <= cm.start - offset < b for a, b in asked)  # asked whether, not told
    ]


_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def _find(sentence: str, offset: int) -> list[CasualtyMention]:
    used: list[tuple[int, int]] = []
    within: list[tuple[int, int]] = []  # spans of figures that tell who was hurt before they died
    found: list[CasualtyMention] = []
    # "killed all three attackers" reads as "killed three attackers"; blanking keeps every offset.
    sentence = _ALL_BEFORE_NUMBER.sub(lambda m: " " * len(m.group(1)) + m.group(2), sentence)
    for rule, m in _candidates(sentence):
        cs, ce = _count_span(m)
        if any(cs < e and s < ce for s, e in used):
            continue
        if any(s <= m.start() and m.end() <= e for s, e in within):
            continue  # "a party Friday has died" inside "the teen who was shot outside a party Friday has died"
        if m.groupdict().get("hurt_in") is not None and _PARTITIVE_BEFORE.search(sentence, 0, m.start()):
            continue  # "one of five people hurt in a shooting has died": one died, not five
        mentions = _mention(sentence, m, rule, offset)
        if not mentions:
            continue
        used.append((cs, ce))
        if m.groupdict().get("hurt_in") is not None:
            within.append(m.span())
        found.extend(mentions)
    found.sort(key=lambda cm: cm.start)
    found = _coordinated(sentence, found, offset)
    found = _victims_before_attackers(sentence, found, offset)
    found = _subtract_included(sentence, found, offset)
    found = _shot_minus_killed(found)
    taken = [(cm.start - offset, cm.end - offset) for cm in found]
    found = _sum_perpetrators(sentence, found, offset)
    found = _sum_perpetrators(sentence, found, offset, "perpetrators_wounded")
    if _ATTACKER_NOUN_RE.search(sentence):
        found += _attackers(sentence, taken, offset)
    # "double fatal shooting", "triple homicide": only where the sentence gives no figure of its own (a "double
    # shooting" counts the people hit, the dead among them)
    if not any(f.role in ("killed", "wounded") for f in found):
        found += _multiple(sentence, offset)
    if not any(f.role == "killed" for f in found):
        found += _one_death(sentence, offset)
    if not any(f.role in ("killed", "wounded", "perpetrators_killed") for f in found):
        found += _self_wound(sentence, offset)
    # one unnumbered victim beside a figure of the other role: "3-Year-Old Girl Killed, 3 Adults Injured"
    found += [
        cm
        for cm in _single_victim(sentence, offset)
        if not any(f.role == cm.role or (f.start < cm.end and cm.start < f.end) for f in found)
        and not any(f.role in ("killed", "wounded") and f.net for f in found)
    ]
    if accidental(sentence):
        # "the boy accidentally shot and killed himself": who died by his own hand by accident is a victim
        found = [replace(cm, role=_accident_role(cm)) if cm.role == "perpetrators_killed" else cm for cm in found]
    return sorted(found, key=lambda cm: (cm.start, cm.role))


# Accidental and self-inflicted shootings (GVA counts them; they are no attack). strife keeps them as reports, with
# their casualties as victims, and the assembler flags them (category unclear, doubt) so that users can set them aside.
_ACCIDENT = re.compile(
    r"\b(?:accidental(?:ly)?|unintentional(?:ly)?|inadvertent(?:ly)?|self[- ]inflicted|negligent\s+discharge|"
    r"shoots?\s+(?:him|her)?self|shot\s+(?:him|her)self\s+(?:in\s+the\s+(?:foot|leg|hand|arm|thigh)|by\s+mistake)|"
    r"while\s+(?:cleaning|handling|playing\s+with)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:gun|rifle|pistol|handgun|"
    r"shotgun|firearm|weapon|revolver))",
    re.IGNORECASE,
)


# "shot himself in the head" with no word of death: in an accident, a wound the story may tell him survived
_HEAD_ONLY = re.compile(r"\b(?:shot|shoots|shooting)\s+(?:him|her)self\s+in\s+the\s+head\W*$", re.IGNORECASE)


# "turned the gun on himself" is done on purpose: a shooter who died, never the victim of an accident
_TURNED_GUN = re.compile(r"\bturn(?:ed|ing|s)?\s+the\s+(?:gun|weapon)\s+on\b", re.IGNORECASE)


def _accident_role(cm: CasualtyMention) -> CasualtyRole:
    """The victim's role for an attacker's figure in an accident: killed, but wounded for a shot in the head alone
    (accidental head wounds are often survived; a death is told as one: "and died", "killing himself"); one who
    turned the gun on himself stays an attacker (a murder-suicide told with "self-inflicted" is no accident)."""
    if _TURNED_GUN.search(cm.text):
        return "perpetrators_killed"
    return "wounded" if _HEAD_ONLY.search(cm.text) else "killed"


def accidental(sentence: str) -> bool:
    """True when a sentence tells of an accidental or self-inflicted shooting ("accidentally shot", "shoots self")."""
    return _ACCIDENT.search(sentence) is not None


# One unnumbered victim, as headlines and ledes put it: "Man shot dead in Memphis", "17-year-old boy shot, killed in
# Bluffton", "A man in his late teens was shot and wounded", "Woman killed in drive-by shooting".
_SINGLE_VICTIM = re.compile(
    r"(?:^|(?<=[\s,:;]))(?:(?:a|an|the|one)\s+)?(?:(?:\d{1,3}|[a-z]+)[\s-]year[\s-]old\s+)?(?:[a-z]+\s+)?"
    r"(?P<noun>man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|officer|deputy|trooper|student|"
    r"father|mother|son|daughter|husband|wife|victim|person|resident|driver|clerk|worker|guard|pedestrian|"
    r"juvenile|youth|kid|patron|neighbou?r|cousin|brother|sister|grandmother|grandfather|grandson|granddaughter|"
    r"nephew|niece|uncle|aunt|friend|customer|employee|cashier|bystander|motorist|homeowner|"
    # an age standing for the person: "3-year-old shot to death in Riviera Beach"
    r"(?:\d{1,3}|[a-z]+)[\s-]year[\s-]old)"
    r"(?:\s+in\s+(?:his|her)\s+(?:early\s+|mid\s+|late\s+)?(?:teens|\w+ies|\d+s)|,\s*\d{1,3},)?"
    r"\s+(?:was\s+|is\s+|has\s+been\s+)?(?:found\s+)?"
    r"(?:(?:fatally|critically|seriously|accidentally|unintentionally|mortally)\s+)?"
    # hurt, then dead: "Man wounded in 'accidental' shooting dies"
    r"(?P<verb>(?:shot|wounded|injured|hurt)\s+in\s+(?:[\w'’-]+\s+){1,6}?(?:has\s+)?(?:dies|died)|"
    r"shot\s+dead|shot\s+to\s+death|shot\s+and\s+killed|shot,\s+killed|killed|slain|murdered|"
    r"gunned\s+down|found\s+dead|dies|died|"
    r"shot\s+and\s+(?:wounded|injured|hurt)|wounded|injured|hurt|shot|hospitali[sz]ed|"
    r"(?:suffers|suffered|sustains|sustained)\s+(?:an?\s+)?(?:\w+\s+)?(?:gunshot|gun\s+shot|bullet|stab)\s+wounds?|"
    r"(?:struck|hit)\s+by\s+(?:a\s+)?(?:stray\s+)?"
    r"(?:bullets?|gunfire)|"
    r"in\s+(?:critical|serious|grave)\s+condition)\b",
    re.IGNORECASE,
)
_SELF_AFTER = re.compile(r"\s+(?:and\s+(?:killed|wounded|injured)\s+)?(?:him|her|them)sel(?:f|ves)\b", re.IGNORECASE)
_SINGLE_FATAL = re.compile(r"dead|death|killed|slain|murdered|gunned|fatal|mortal|\bdie", re.IGNORECASE)


# a thing or others right after the verb: the noun did the shooting ("another officer shot the dog"); "his father
# shot him" still counts the one shot
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|its|it|two|three|four|five)\b", re.IGNORECASE)
_BARE_VERB = re.compile(r"(?:shot|killed|wounded|injured|hurt|murdered)$", re.IGNORECASE)


def _single_victim(sentence: str, offset: int) -> list[CasualtyMention]:
    m = _SINGLE_VICTIM.search(sentence)
    if m is None or _SELF_AFTER.match(sentence, m.end()):
        return []  # "the 15-year-old accidentally shot and killed himself": the reflexive figure counts him
    if _BARE_VERB.search(m.group("verb")) and _OBJECT_AFTER.match(sentence, m.end()) and "was" not in m.group(0):
        return []  # "another officer shot the dog": who shot, not who was shot
    if _PRESENT_AUX.search(m.group(0)) and _UNREAL_PRESENT.search(sentence, 0, m.start()):
        return []  # "before another teen is killed": feared, not told
    fatal = bool(_SINGLE_FATAL.search(m.group(0)))
    role: CasualtyRole = "killed" if fatal else "wounded"
    count = Count(low=1, high=1, qualifier=Qualifier.exact, text=m.group("noun"))
    return [CasualtyMention(role, count, offset + m.start(), offset + m.end(), sentence[m.start() : m.end()])]


# ----------------------------------------------------------------------------------------------- one report's tally

# A wounded-role figure that names people hit ("four people were shot", "found with gunshot wounds") may include the
# dead; one that names the hurt ("injured", "in critical condition", "hospitalized") means survivors.
_HIT = re.compile(
    r"\b(?:shot|shoots?|shooting|hit|hitting|struck|strik(?:e|es|ing)|gunshot|gunfire|bullets?)\b", re.IGNORECASE
)
_NONFATAL = re.compile(
    r"\b(?:wounded|wounding|injured|injuring|injur(?:y|ies)|hurt|hospitali[sz]ed|condition|recovering|survived|"
    r"survivors?|treated|non-?fatal|non-life|grazed)\b",
    re.IGNORECASE,
)
# A figure that adds to one told before it: "another man", "a second victim", "a woman was also wounded". "Others"
# and "more" add too, unless a figure of the other role came first: after "1 dead", "four others wounded" and "two
# other men were shot" count the wounded beside the dead.
_ADDITIVE = re.compile(
    r"^\W*(?:another|a\s+(?:second|third|fourth|fifth)|(?:the\s+)?(?:second|third|fourth|fifth)\b)|\balso\b",
    re.IGNORECASE,
)
_ADDITIVE_OTHER = re.compile(r"^\W*(?:\S+\s+)?(?:others?|more)\b", re.IGNORECASE)
_REFLEXIVE_RE = re.compile(r"\b(?:him|her|them)?sel(?:f|ves)\b", re.IGNORECASE)

Tallied = tuple[Count, list[CasualtyMention]]


def _largest(found: list[CasualtyMention]) -> Tallied | None:
    """The largest stated figure (tolls rise as bodies are found: within one article the largest is the latest),
    preferring precise figures over imputed ones; an unknown count when none is given."""
    known = [c for c in found if c.count.value is not None]
    if not known:
        return (found[0].count, [found[0]]) if found else None
    precise = [c for c in known if not c.count.imputed] or known
    best = max(precise, key=lambda c: c.count.value or 0)
    return best.count, [best]


def _chain(
    found: list[tuple[int, CasualtyMention]],
    other_role: list[tuple[int, CasualtyMention]],
    titles: frozenset[int] = frozenset(),
) -> Tallied | None:
    """Figures told across sentences, added where a later one says it adds ("A man was shot dead. A second man died
    at the hospital" → 2); the largest of that sum and any single figure. `other_role` holds the figures of the
    other role (killed or wounded), whose "others" ("3 killed, 41 others hurt") refer to them instead. Nothing adds
    to a headline's figure (sentence indices in `titles`): the headline sums up the story that follows, so "3
    Adults Injured" then "three other people were also shot" is three."""
    first_other = min((c.start for _, c in other_role), default=None)
    best = _largest([c for _, c in found])
    if best is None or best[0].value is None:
        return best
    total, parts = 0, []
    for sent, c in sorted(found, key=lambda sc: sc[1].start):
        if c.count.value is None or c.count.imputed:
            continue
        if (
            parts
            and _adds(c, sent, other_role, first_other)
            and sent != parts[-1][0]
            and _open(parts, titles)
            and not _ordinal_counted(c, total, other_role)
            and not _told_again(c, parts)
        ):
            total += c.count.value
            parts.append((sent, c))
        else:
            total, parts = c.count.value, [(sent, c)]
        if total > (best[0].value or 0):
            exact = all(m.count.qualifier == Qualifier.exact for _, m in parts)
            count = Count(
                low=total,
                high=total if exact else None,
                qualifier=Qualifier.exact if exact else Qualifier.at_least,
                text=" + ".join(m.text for _, m in parts),
            )
            best = (count, [m for _, m in parts])
    return best


def _told_again(c: CasualtyMention, parts: list[tuple[int, CasualtyMention]]) -> bool:
    """Whether a figure repeats one already added word for word: a paragraph a page prints twice ("Another officer
    was shot" twice) tells of one person."""
    said = " ".join(c.text.lower().split())
    return any(" ".join(p.text.lower().split()) == said and p.count.value == c.count.value for _, p in parts)


def _adds(
    c: CasualtyMention, sent: int, other_role: list[tuple[int, CasualtyMention]], first_other: int | None
) -> bool:
    """Whether a figure says it adds to the figures of its role told before. "Another", "also" and "other" after a
    figure of the other role in the same sentence ("one was killed and another wounded") or, for "other", anywhere
    before ("4 shot, 1 killed ... Three other males were also shot") refer to that figure instead."""
    other_before = first_other is not None and first_other < c.start
    if any(s == sent and o.start < c.start for s, o in other_role):
        return False
    if _ADDITIVE_OTHER.search(c.text):
        return not other_before
    return _ADDITIVE.search(c.text) is not None


def _ordinal_counted(c: CasualtyMention, total: int, other_role: list[tuple[int, CasualtyMention]]) -> bool:
    """Whether "a third" (victim) is one already counted: its rank is within the people told before, of both roles
    ("three were shot dead and a fourth injured ... a third passenger was hospitalized" is the fourth again)."""
    om = _ORDINAL.search(c.text)
    if om is None:
        return False
    before = max((o.count.value or 0 for _, o in other_role if o.start < c.start), default=0)
    return _ORDINALS[om.group(1).lower()] <= total + before


def _open(parts: list[tuple[int, CasualtyMention]], titles: frozenset[int]) -> bool:
    """Whether later figures may add to these: not to a headline's, which sums up the story, nor to a total of
    several people ("five were shot and one killed", "six others were wounded"), which the story then goes through
    one by one ("A 22-year-old was also shot"); a story that starts from one victim adds ("A man was shot. Another
    man was also shot")."""
    sent, c = parts[-1]
    return sent not in titles and not c.net and (parts[0][1].count.value or 0) <= 1


def tally(
    found: list[tuple[int, CasualtyMention]], accident: bool = False, titles: frozenset[int] = frozenset()
) -> dict[CasualtyRole, Tallied]:
    """One report's figure per role from its mentions (each with its sentence index), with the mentions behind it.

    Killed and wounded add up across sentences where the text says so (see `_chain`). People shot include the dead:
    "4 shot, 2 killed" or "four people were shot ... two of them died" leave 2 wounded, and "the boy was shot ... he
    died" none; a figure of the hurt ("three were wounded") is read as it stands. In an `accident` (see
    `accidental`) attackers killed are victims. Cumulative figures ("1,000 dead since 1980") are left out.
    `titles` holds the sentence indices of the headline, whose figures nothing adds to.
    """
    found = [(s, c) for s, c in found if not c.cumulative]  # a period's or a campaign's total is no toll
    if accident:
        # an accidental self-shooting: who "shot himself" is the victim already counted, not an attacker
        found = [(s, replace(c, role=_accident_role(c)) if c.role == "perpetrators_killed" else c) for s, c in found]
    by_role: dict[str, list[tuple[int, CasualtyMention]]] = {}
    for sent, c in found:
        by_role.setdefault(c.role, []).append((sent, c))
    if (
        "perpetrators_killed" in by_role
        and by_role.get("killed")
        and all(_HE_DIED.match(c.text) for _, c in by_role["killed"])
    ):
        # "the suspect ... was pronounced dead" ... "An autopsy showed he died": the one death told by a pronoun
        # alone is the attacker's already counted, not a victim's
        del by_role["killed"]
    out: dict[CasualtyRole, Tallied] = {}
    for role, items in by_role.items():
        if role not in ("killed", "wounded"):
            picked = _largest([c for _, c in items])
            if picked is not None:
                out[role] = picked  # type: ignore[index]
    killed = _chain(by_role.get("killed", []), by_role.get("wounded", []), titles)
    if killed is not None:
        out["killed"] = killed
    n_self = (out["perpetrators_killed"][0].value or 0) if "perpetrators_killed" in out else 0
    if killed is not None and n_self and (killed[0].value or 0) > n_self and _list_names_shooter(killed, out):
        # "Mother, 2 children found dead" ... "she turned the gun on herself": the list names the shooter too
        low = (killed[0].value or 0) - n_self
        killed = (
            killed[0].model_copy(update={"low": low, "high": low, "text": f"{killed[0].text} less {n_self}"}),
            killed[1],
        )
        out["killed"] = killed
    elif killed is not None and n_self and _toll_counts_shooter(killed, found, out):
        # "Three dead in murder-suicide" ... "killed his two children and then himself": the toll counts him
        low = (killed[0].value or 0) - n_self
        killed = (
            killed[0].model_copy(update={"low": low, "high": low, "text": f"{killed[0].text} less {n_self}"}),
            killed[1],
        )
        out["killed"] = killed
    if "perpetrators_wounded" in out and "perpetrators_killed" in out:
        pw = _less_attackers_dead(out["perpetrators_wounded"], out["perpetrators_killed"])
        if pw is None:
            del out["perpetrators_wounded"]
        else:
            out["perpetrators_wounded"] = pw
    n_killed = (killed[0].value or 0) if killed else 0
    hurt, hits = [], []
    for sent, c in _not_the_dead(by_role.get("wounded", []), by_role.get("killed", [])):
        added = _ADDITIVE.search(c.text) or _ADDITIVE_OTHER.search(c.text)
        is_hit = not c.net and _HIT.search(c.text) and not _NONFATAL.search(c.text) and not added
        (hits if is_hit else hurt).append((sent, c))
    wounded = _chain(hurt, by_role.get("killed", []), titles)
    if wounded is not None and wounded[0].value is None and hits:
        wounded = None  # "the victims were hurt" says no more than the people shot
    for _, c in hits:
        if c.count.value is None:
            continue
        # a reflexive figure ("shot himself") counts the shooter, who may be among the attackers killed
        dead = n_killed + (n_self if _REFLEXIVE_RE.search(c.text) else 0)
        left = c.count.value - dead if c.count.value > dead else 0
        if left and (wounded is None or left > (wounded[0].value or 0)):
            exact = c.count.qualifier == Qualifier.exact
            text = f"{c.text} less {dead} killed" if dead else c.text
            count = c.count.model_copy(update={"low": left, "high": left if exact else None, "text": text})
            wounded = (count, [c, *(killed[1] if dead and killed else [])])
    for _, c in by_role.get("wounded", []):
        # "a third victim was wounded" after one dead: at least three people were hit, so two were wounded
        om = _ORDINAL.search(c.text)
        floor = _ORDINALS[om.group(1).lower()] - n_killed if om else 0
        if floor > 0 and (wounded is None or floor > (wounded[0].value or 0)):
            count = Count(low=floor, qualifier=Qualifier.at_least, text=f"{c.text} less {n_killed} killed")
            wounded = (count, [c, *(killed[1] if n_killed and killed else [])])
    wounded = _less_later_dead(wounded, [c for _, c in by_role.get("killed", [])])
    named = _named_apart(_not_the_dead(by_role.get("wounded", []), by_role.get("killed", [])), found, titles)
    if named is not None and (wounded is None or named[0].value > (wounded[0].value or 0)):
        wounded = named
    if (
        accident
        and n_killed == 1
        and wounded is not None
        and _same_one(wounded, [c for _, c in by_role.get("killed", [])])
    ):
        wounded = None  # an accident that killed one: the one person told as hit or hurt is who died
    if wounded is not None:
        out["wounded"] = wounded
    return out


# a list of people's full names that starts a figure, ages between commas allowed ("Ana Ruiz, 32, and Tom Bell")
_FULL_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)+"
_NAME_LIST = re.compile(rf"{_FULL_NAME}(?:\s*,\s*\d{{1,3}})?(?:\s*,?\s*(?:and\s+)?{_FULL_NAME}(?:\s*,\s*\d{{1,3}})?)*")


_AGED_ONE = r"(?:an?|the)\s+(\d{1,2})-year-old(?:\s+(?:man|woman|boy|girl|child|teen|teenager|male|female))?"
_AGED_LIST = re.compile(
    rf"^\W*{_AGED_ONE}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_AGED_ONE})*\s+(?:was|were)\b", re.IGNORECASE
)


def _aged(c: CasualtyMention) -> list[str] | None:
    """Ages of the people a figure counts when its subject lists them by age only ("A 13-year-old and a 15-year-old
    were shot"), as "13-year-old" words; None otherwise. Two ages are two people, as two names are (GVA dev replay
    at c96f754: injured right on one more incident, none fewer)."""
    m = _AGED_LIST.match(c.text)
    if m is None or c.count.value is None:
        return None
    ages = [f"{a}-year-old" for a in re.findall(r"(\d{1,2})-year-old", m.group(0))]
    return ages if len(ages) == c.count.value and len(set(ages)) == len(ages) else None


def _named(c: CasualtyMention) -> list[str] | None:
    """The words of the names a figure counts when its subject is a list of named people only ("Ana Ruiz, 32, and
    Tom Bell were shot"); None for other figures, and in all-capitals copy or a headline's capitals, where names
    stand out from other words only roughly."""
    m = _NAME_LIST.match(c.text)
    if m is None or c.count.value is None or c.text.isupper() or c.text.istitle():
        return None
    names = re.findall(_FULL_NAME, m.group(0))
    if len(names) != c.count.value or any(_PLACE_WORD_RE.search(n) or _NOT_NAME1_RE.match(n) for n in names):
        return None
    return [w.lower() for n in names for w in n.split()]


def _named_apart(
    wounded: list[tuple[int, CasualtyMention]], found: list[tuple[int, CasualtyMention]], titles: frozenset[int]
) -> Tallied | None:
    """Figures of named people told sentence by sentence, none named twice nor among the dead, add up: "Ana Ruiz,
    27, was shot in the chest" then "Tom Bell and Joe Kim were shot in the legs" are three wounded; so do people
    told by age alone ("A 2-year-old was shot in the arm" then "A 13-year-old and a 15-year-old were shot")."""
    dead = " ".join(c.text.lower() for _, c in found if c.role in ("killed", "perpetrators_killed"))
    seen: set[str] = set()
    parts: list[CasualtyMention] = []
    for sent, c in sorted(wounded, key=lambda sc: sc[1].start):
        names = (_named(c) or _aged(c)) if sent not in titles else None
        if names is None:
            continue
        if seen & set(names) or any(re.search(rf"\b{re.escape(n)}\b", dead) for n in names):
            return None  # a person told twice, or one who died: the figures need reading one by one
        seen |= set(names)
        parts.append(c)
    if len(parts) < 2:
        return None
    total = sum(c.count.value or 0 for c in parts)
    text = " + ".join(c.text for c in parts)
    return Count(low=total, high=total, qualifier=Qualifier.exact, text=text), parts


def _less_attackers_dead(wounded: Tallied, dead: Tallied) -> Tallied | None:
    """Attackers wounded less those who died, who are no wounded ones: attackers shot ("the gunman was shot by
    police") include the dead, and one attacker told wounded and then dead by the same noun ("the suspect was
    hospitalized" ... "the suspect died") is one death. None when none is left."""
    count, behind = wounded
    n_dead = dead[0].value or 0
    if count.value is None or not n_dead:
        return wounded
    text = " ".join(c.text for c in behind)
    if _HIT.search(text) and not _NONFATAL.search(text):
        left = count.value - n_dead
        if left <= 0:
            return None
        high = left if count.qualifier == Qualifier.exact else None
        return count.model_copy(update={"low": left, "high": high, "text": f"{count.text} less {n_dead} killed"}), [
            *behind,
            *dead[1],
        ]
    if count.value == 1 and len(behind) == 1 and not _ADDITIVE.search(text) and not _ADDITIVE_OTHER.search(text):
        nouns = {n.lower() for c in dead[1] for n in _ATTACKER_NOUN_RE.findall(c.text)}
        said = _ATTACKER_NOUN_RE.search(text)
        if said is not None and said.group(0).lower() in nouns:
            return None
    return wounded


def _list_names_shooter(killed: Tallied, out: dict[CasualtyRole, Tallied]) -> bool:
    """Whether the dead are told as one list ("Mother, 2 children found dead", "find his wife, son, and daughter
    dead") and the shooter killed himself: such a list names him too."""
    behind = killed[1]
    return (
        len(behind) == 1
        and _a_list(behind[0].text)
        and all(_REFLEXIVE_RE.search(c.text) for c in out["perpetrators_killed"][1])
    )


def _toll_counts_shooter(
    killed: Tallied, found: list[tuple[int, CasualtyMention]], out: dict[CasualtyRole, Tallied]
) -> bool:
    """Whether the toll counts a shooter who killed himself: the same sentence that tells his death tells of victims
    that number the toll less him ("killed his two children and then himself" beside "Three dead")."""
    n_self = out["perpetrators_killed"][0].value or 0
    selves = [(s, c) for s, c in found if c.role == "perpetrators_killed" and _REFLEXIVE_RE.search(c.text)]
    if not selves:
        return False
    # the attackers' figure is of shooters who killed themselves: as many reflexive deaths as mentions behind it, or
    # a reflexive figure ("himself")
    behind = out["perpetrators_killed"]
    if len(selves) != len(behind[1]) and not _REFLEXIVE_RE.search(behind[0].text or ""):
        return False
    rest = (killed[0].value or 0) - n_self
    return rest > 0 and any(
        c.role == "killed" and c.count.value == rest and any(s == ss for ss, _ in selves) for s, c in found
    )


def _same_one(wounded: Tallied, dead: list[CasualtyMention]) -> bool:
    """Whether a wounded figure may be the one who died: one person told once, with no word that they were someone
    more ("another", "a second", "also", "others"), not named otherwise than the dead ("the 14-year-old" beside "the
    19-year-old", "the deputy" beside "the suspect")."""
    count, behind = wounded
    if count.value != 1 or len(behind) != 1:
        return False
    text = behind[0].text
    if _ADDITIVE.search(text) or _ADDITIVE_OTHER.search(text) or _ORDINAL.search(text):
        return False
    who = _head(text)
    return who is None or all(_head(c.text) in (None, who) for c in dead)


# the head of a figure's subject after a determiner: the noun (victim or attacker), else an age
_DET_WORD = r"^\W*(?:(?:a|an|the|this|that|one|his|her)\s+)?"
_HEAD = re.compile(
    rf"{_DET_WORD}(?:{_AGE}\s+)?(?:{_MOD}){{0,3}}?(?P<noun>{_VICTIM_NOUNS}|{_ATTACKER_NOUNS})\b|{_DET_WORD}(?P<noun>{_AGE})",
    _FLAGS,
)


def _head(text: str) -> str | None:
    m = _HEAD.match(text)
    if m is None:
        return None
    return re.sub(r"[\s-]+", "-", m.group("noun").lower())


# Who one figure is about: a name, or the head noun after a determiner or an age ("The juvenile was transported",
# "Dana Okafor was shot", "the 15-year-old died").
_WHO = re.compile(
    rf"^\W*(?:(?P<det>{_AGE}|(?:a|an|the|this|that|one|his|her)\b)\s*(?:{_MOD}){{0,3}}?(?P<noun>{_VICTIM_NOUNS}|{_AGE})?\b"
    rf"|(?-i:(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)*))\b)",
    _FLAGS,
)


def _who(c: CasualtyMention) -> tuple[str, bool] | None:
    """(who, definite) for a figure of one person: a name's last word, or a noun head; None for other figures."""
    if c.count.value != 1:
        return None
    m = _WHO.match(c.text)
    if m is None:
        return None
    if m.group("name"):
        if _NOT_NAME1_RE.match(m.group("name")) or _NOT_NAME1_RE.match(m.group("name").split()[-1]):
            return None
        return m.group("name").split()[-1].lower(), True
    noun = m.group("noun") or (m.group("det") if _AGE_RE.fullmatch(m.group("det")) else None)
    if not noun:
        return None
    return re.sub(r"[\s-]+", "-", noun.lower()), m.group("det").lower() not in ("a", "an", "one")


def _by_name(c: CasualtyMention) -> bool:
    """Whether a figure of one person names them ("Hart had been injured"), rather than describing them."""
    m = _WHO.match(c.text)
    return m is not None and m.group("name") is not None


_HE_SHE = re.compile(r"\b(?:he|she)\s+(?:was|is|had|has|later|then|\w+ly)\b", re.IGNORECASE)


# a death among people already counted as hurt: "One of the victims later died", "Two of them have since died"
_LATER_DIED = re.compile(
    r"^\W*(?:one|two|three|four|five|\d+)\s+of\s+(?:the|those|them|these|whom)\b[^.;]{0,40}?\b(?:later|since|"
    r"subsequently)\s+(?:died|succumbed)",
    re.IGNORECASE,
)


def _less_later_dead(wounded: Tallied | None, killed: list[CasualtyMention]) -> Tallied | None:
    """The hurt less those of them told to have died later ("All four victims were taken to Hurley Medical Center"
    ... "One of the victims later died": three wounded). A figure of the people hit already leaves the dead out."""
    later = [c for c in killed if c.count.value and _LATER_DIED.match(c.text)]
    if wounded is None or not later or not wounded[0].value or " less " in (wounded[0].text or ""):
        return wounded
    first = min(c.start for c in later)
    if any(m.start > first for m in wounded[1]):
        return wounded
    n = max(c.count.value or 0 for c in later)
    left = max(0, wounded[0].value - n)
    exact = wounded[0].qualifier == Qualifier.exact
    text = f"{wounded[0].text} less {n} who died"
    return wounded[0].model_copy(update={"low": left, "high": left if exact else None, "text": text}), [
        *wounded[1],
        *later,
    ]


_HE_DIED = re.compile(r"^\W*he\s+(?:later\s+)?(?:died|dies|was\s+pronounced\s+dead|was\s+killed)\W*$", re.IGNORECASE)


def _not_the_dead(
    wounded: list[tuple[int, CasualtyMention]], killed: list[tuple[int, CasualtyMention]]
) -> list[tuple[int, CasualtyMention]]:
    """Wounded figures less those of one person whom a later killed figure names again ("The juvenile was
    transported in critical condition" ... "the juvenile was pronounced dead"; "Dana Okafor was injured" ...
    "Okafor died"), or whom "he" or "she" is told dead later in the same sentence: a victim who later died is no
    wounded one."""
    dead = [((s, c.start), w[0]) for s, c in killed if (w := _who(c)) is not None and w[1]]
    # a name told dead anywhere: "Hassan Hart was pronounced dead" ... "the driver saw Hart had been injured"
    named_dead = {w[0] for s, c in killed if (w := _who(c)) is not None and _by_name(c)}
    # "the girl suffered a gunshot wound and was rushed to a hospital, where she was pronounced dead"
    told_dead = [(s, c.start) for s, c in killed if c.count.value == 1 and _HE_SHE.search(c.text)]
    out = []
    for sent, c in wounded:
        w = _who(c)
        if w is not None and any(at > (sent, c.start) and who == w[0] for at, who in dead):
            continue
        if w is not None and w[0] in named_dead and _by_name(c):
            continue
        if w is not None and w[1] and any(s == sent and at > c.start for s, at in told_dead):
            continue
        out.append((sent, c))
    return out


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ORDINAL = re.compile(r"^\W*(?:a|the)\s+(second|third|fourth|fifth|sixth)\b", re.IGNORECASE)
