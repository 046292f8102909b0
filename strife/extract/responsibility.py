"""How each group named in a sentence is tied to the attack: claimed, accused, denied, possible or reported.

The sentence is rewritten with each group mention replaced by a placeholder (§0§, §1§, ...), so that cue patterns
can say where the group sits ("§0§ claimed responsibility", "police blamed §0§", "claimed by §0§") without caring
how long its name is. Coordinated groups ("§0§ and §1§ claimed") share a cue. A claim that exists stays a claim
even when officials doubt it ("officials could not confirm ISIS' claim").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from strife.extract.groups import GroupMention, default_registry, fold
from strife.model import PerpStatus

# How firmly a status ties a group to an attack, firmest first (one report lists a group's statuses in this order).
STATUS_RANK = {
    PerpStatus.claimed: 0,
    PerpStatus.accused: 1,
    PerpStatus.denied: 2,
    PerpStatus.possible: 3,
    PerpStatus.reported: 4,
}


@dataclass
class Responsibility:
    """One group's tie to an attack in one sentence; `by` is who accused, `how` the claim channel."""

    name: str
    text: str
    status: PerpStatus
    by: str | None
    how: str | None
    start: int
    end: int


_G = r"§\d+§"
_JOIN = (  # between coordinated groups: "§0§ and §1§", "§0§, §1§", "§0§ known as §1§"
    r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|and/or)\s+"
    r"|\s*,?\s+(?:also\s+)?(?:known|knows?|called|dubbed)\s+as\s+"
)
_GL = rf"{_G}(?:(?:{_JOIN})(?:the\s+)?{_G})*"
_GROUPWORD = (
    r"group|militants?|militant group|militant organi[sz]ation|fighters|rebels|rebel group|organi[sz]ation|movement"
    r"|faction|insurgents|guerrillas|guerrilla group|terrorists|terrorist group|jihadists|outfit|network|commanders?"
    r"|spokesm[ae]n|spokeswoman|spokesperson|members|leaders?|leadership|cell|affiliate"
)
# A group noun phrase: "the §0§", "the Sunni militant group §0§", "§0§ militants", "§0§'s spokesman".
_NP = rf"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?[\"“«]?(?P<g>{_GL})(?:'s?)?[\"”»]?(?:\s+(?:{_GROUPWORD}))?"
# material between a group and its verb, never another group nor a full stop (initials' stops are no full stop:
# "X -- wanted by U.S. courts -- said it was responsible")
_GAP = r"(?:[^.;§]|(?<=\b[A-Z])\.){0,70}?"
_NEG = re.compile(r"\b(?:not|never|yet to|no|nor|neither|denied|den(?:y|ies))\b", re.IGNORECASE)

# "claims that oil firms plunder" asserts something; "claimed that attack" claims an attack
_THAT_CLAUSE = (
    r"\s+that\s+(?!attacks?\b|bombings?\b|assaults?\b|blasts?\b|killings?\b|raids?\b|shootings?\b"
    r"|kidnappings?\b|operations?\b|massacres?\b|explosions?\b|ambush\w*)"
)
_HEDGE = r"may|might|could|probably|possibly|likely|believed|thought|suspected|presumably|apparently"
_DONE = r"carried out|staged|committed|perpetrated|planted|set off"
_BEHIND = r"responsible|behind|involved|to blame|the perpetrators?|the culprits?"

# (pattern, status, negatable): negatable patterns are dropped when a negation sits between group and verb.
_RULES: list[tuple[str, PerpStatus, bool]] = [
    (
        rf"{_NP}(?P<gap>{_GAP})\b(?:claim(?:ed|s|ing)?|took|takes|taken|accepted|accepts|assumed|assumes|has claimed"
        rf"|have claimed)\s+(?:full\s+|the\s+)?(?:responsibility|credit)",
        PerpStatus.claimed,
        True,
    ),
    (rf"{_NP}(?P<gap>[^.;§]{{0,40}}?)\bclaim(?:ed|s)\b(?!{_THAT_CLAUSE})", PerpStatus.claimed, True),
    (rf"{_NP}(?P<gap>[^.;§]{{0,70}}?)\bclaimants?\b", PerpStatus.claimed, True),
    (rf"\bclaimants?\b[^.;§]{{0,40}}?{_NP}", PerpStatus.claimed, False),
    (
        rf"{_NP}(?P<gap>{_GAP})\b(?:said|says|stated|announced|admitted|boasted)\s+(?:that\s+)?(?:(?:it|they"
        r"|its\s+[\w-]+(?:\s+[\w-]+)?|their\s+[\w-]+|one\s+of\s+its\s+[\w-]+)\s+(?:had\s+|have\s+|has\s+)?"
        r"(?:carried out|was behind|were behind|conducted|launched|staged|attacked|killed|planted|detonated|executed"
        r"|targeted|was responsible|were responsible|ambushed|stormed|kidnapped|abducted|shot|bombed|blew up)"
        r"|(?:it|the\s+(?:attack|action|operation|bombing))\s+(?:was|had been)\s+carried\s+out)",
        PerpStatus.claimed,
        True,
    ),
    (
        rf"{_NP}(?P<gap>{_GAP})\b(?:said|posted|announced|stated|published|released)\s+(?:[\w-]+\s+){{0,4}}?"
        r"(?:on|in|through|via)\s+(?:its|their)\s+",
        PerpStatus.claimed,
        True,
    ),
    (
        rf"(?:responsibility|credit)\s+(?:for\s+[^.;§]{{0,60}}?\s+)?(?:was|has been|had been|is|were)\s+claimed\s+by\s+"
        rf"{_NP}",
        PerpStatus.claimed,
        False,
    ),
    (rf"\bclaimed\s+by\s+{_NP}", PerpStatus.claimed, False),
    (rf"\bclaims?\s+(?:of\s+responsibility\s+)?(?:by|from)\s+{_NP}", PerpStatus.claimed, False),
    (rf"\bclaims?\s+(?:of\s+responsibility\s+)?(?:of|by|from)\s+[^.;§]{{0,70}}?{_NP}", PerpStatus.claimed, False),
    (rf"(?P<g>{_GL})(?:'s?)?\s+(?:[\w-]+\s+)?claims?\b(?!\s+that)", PerpStatus.claimed, False),
    (
        rf"\b(?:on|in|through|via)\s+(?:its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:news agency|website|media|outlet|channel"
        rf"|mouthpiece|radio|agency|account)\s+{_NP}",
        PerpStatus.claimed,
        False,
    ),
    (
        rf"{_NP}(?P<gap>{_GAP})\b(?:den(?:ied|ies|y|ying)|rejected|rejects|dismissed)\s+(?:any\s+|all\s+|the\s+)?"
        r"(?:involvement|responsibility|role|links?|participation|part|claims?|accusations?|allegations?|reports?"
        r"|charges?|that\b|it\b|having|being|carrying)",
        PerpStatus.denied,
        True,
    ),
    (rf"{_NP}(?P<gap>[^.;§]{{0,40}}?)\b(?:distanced|distances)\s+(?:itself|themselves)", PerpStatus.denied, False),
    (
        rf"{_NP}(?P<gap>[^.;§]{{0,40}}?)\b(?:said|says|insisted|stated)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had|has"
        r"|have|is|are|did)\s+(?:not|never|nothing)\b",
        PerpStatus.denied,
        False,
    ),
    (
        rf"{_NP}(?P<gap>[^.;§]{{0,20}}?)\b(?:was|were|is|are)\s+not\s+(?:involved|behind|responsible)",
        PerpStatus.denied,
        False,
    ),
    (
        rf"{_NP}(?P<gap>[^.;§]{{0,30}}?)\b(?:{_HEDGE})\b[^.;§]{{0,25}}?\b(?:{_BEHIND}|carried out|staged)",
        PerpStatus.possible,
        False,
    ),
    (
        rf"\b(?:{_HEDGE})\s+(?:have\s+)?(?:been\s+)?(?:{_DONE})\s+by\s+{_NP}",
        PerpStatus.possible,
        False,
    ),
    (rf"\b(?:the\s+)?hallmarks?\s+of\s+(?:an?\s+)?{_NP}", PerpStatus.possible, False),
    (rf"\bpossibility\s+that\s+{_NP}", PerpStatus.possible, False),
    (rf"\b(?:presumably|allegedly|probably|possibly|apparently)\s+(?:by\s+)?{_NP}", PerpStatus.possible, False),
    (
        rf"\b(?:believed|thought|said|presumed|alleged|suspected)\s+to\s+(?:be|have been)\s+(?:members?\s+of\s+|from\s+"
        rf"|linked\s+to\s+)?{_NP}",
        PerpStatus.possible,
        False,
    ),
    (rf"\b(?:alleged|presumed|possible|probable|likely|suspected)\s+{_NP}", PerpStatus.possible, False),
    (rf"\b(?:linked|tied|connected)\s+to\s+{_NP}", PerpStatus.possible, False),
    (
        rf"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|implicat(?:ed|es|ing)|pointed\s+(?:the\s+|a\s+)?finger\s+at"
        rf"|suspects?|suspected\s+(?:that\s+)?)\s+(?:it\s+on\s+|the\s+[\w-]+\s+on\s+|[^.;§]{{0,40}}?\bon\s+)?{_NP}",
        PerpStatus.accused,
        False,
    ),
    (rf"\b(?:held|holds|holding|hold)\s+{_NP}\s+(?:\w+\s+)?responsible", PerpStatus.accused, False),
    (rf"\battribut(?:ed|es|ing)\s+[^.;§]{{0,50}}?\bto\s+{_NP}", PerpStatus.accused, False),
    (
        rf"\bsuspicions?\s+(?:fell|falls|has fallen|have fallen|centred|centered)\s+on\s+{_NP}",
        PerpStatus.accused,
        False,
    ),
    (
        rf"\b(?:according\s+to|in\s+the\s+opinion\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:authorities|police|officials"
        rf"|sources|army|military|government|investigators|armed forces)\b[^.;§]{{0,60}}?\bby\s+{_NP}",
        PerpStatus.accused,
        False,
    ),
]
# "X was behind the attack": an accusation when someone says so, else a statement of fact.
_BEHIND_RULE = re.compile(  # an appositive may come between: "X, a group that ..., was responsible"
    rf"{_NP}(?P<gap>(?:\s*,[^;§]{{0,160}}?,)?[^.;§]{{0,20}}?)\b(?:was|were|is|are|had been|has been)\s+(?:{_BEHIND})",
    re.IGNORECASE,
)
# "the attack was carried out by X": likewise ("may have been carried out by X" is a possibility, above).
_DONE_BY_RULE = re.compile(rf"\b(?:was|were|had been|has been)\s+(?:{_DONE})\s+by\s+{_NP}", re.IGNORECASE)
_COMPILED = [(re.compile(p, re.IGNORECASE), s, n) for p, s, n in _RULES]

_AUTHORITY = re.compile(
    r"\b(?:(?:senior|top|local|provincial|district|regional|security|intelligence|police|government|military|army"
    r"|interior|home|defen[cs]e|state|federal|afghan|pakistani|iraqi|nigerian|syrian|indian|u\.s\.|american|western"
    r"|counter-?terrorism|chief|deputy|provincial police|salvadoran|colombian|peruvian|guatemalan)\s+){0,4}"
    r"(?:officials?|authorities|police|government|army|military|investigators?|prosecutors?|ministers?|governor"
    r"|president|spokes(?:man|woman|person)|commanders?|sources?|officers?|chief|inspector general"
    r"|head of the [\w-]+(?: [\w-]+)? forces|armed forces|security forces|interior ministry)\b",
    re.IGNORECASE,
)
_CHANNELS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(p, re.IGNORECASE))
    for name, p in [
        ("news agency", r"\ba+maq\b|news agency|propaganda (?:arm|agency)"),
        ("social media", r"\b(?:twitter|tweets?|tweeted|telegram|facebook|social media|whatsapp|online post)\b"),
        ("video", r"\bvideos?\b"),
        ("website", r"\b(?:website|web site|online|internet)\b"),
        ("phone call", r"\b(?:phone|telephone|phoned|by telephone|called (?:a|the|local|news|reporters))\b"),
        ("radio", r"\bradio\b"),
        ("statement", r"\b(?:statement|communiqu[eé]s?|leaflets?|letters?|pamphlets?|press release|message)\b"),
    ]
]
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to|stated|believes?|believed|alleged)\b", re.IGNORECASE)
_ATTACK_TALK = re.compile(
    r"\b(?:claim\w*|responsib\w*|attack\w*|carried out|kill\w*|bomb\w*|blast\w*|explo\w*|shot|shoot\w*|ambush\w*"
    r"|kidnap\w*|abduct\w*|destroy\w*|dynamit\w*|assassinat\w*|executed|casualties|wounded|dead|stormed|seized)\b",
    re.IGNORECASE,
)
_NO_CLAIM = re.compile(r"\b(?:neither|not|never|no|yet to)\b[^.;]{0,20}\bclaim", re.IGNORECASE)
_SUSPECTED = re.compile(r"(?:suspected|alleged|presum\w*|believed|thought)\s", re.IGNORECASE)


def _template(sentence: str, mentions: list[tuple[int, int]]) -> str:
    """The sentence with each mention replaced by §i§ (in order)."""
    out, pos = [], 0
    for i, (s, e) in enumerate(mentions):
        out.append(sentence[pos:s])
        out.append(f"§{i}§")
        pos = e
    out.append(sentence[pos:])
    return "".join(out)


def _accuser(templ: str, group_at: int, end: int, names: list[str]) -> tuple[str | None, int | None]:
    """Who accused: the nearest authority phrase or group before the accused group, else an authority after the cue
    ("..., officials said"). Returns the accuser and, when it is a group, that group's index."""
    best: tuple[int, str, int | None] | None = None
    for m in _AUTHORITY.finditer(templ[:group_at]):
        best = (m.start(), _strip_article(m.group()), None)
    for m in re.finditer(r"§(\d+)§", templ[:group_at]):
        if best is None or m.start() > best[0]:
            best = (m.start(), names[int(m.group(1))], int(m.group(1)))
    if best is None:
        after = _AUTHORITY.search(templ, end)
        return (_strip_article(after.group()), None) if after else (None, None)
    return best[1], best[2]


# Between a suspect group and the next one it is coordinated with: "the Maoist "§0§" group or the Guevarist "§1§"",
# "§1§ (§2§)" (an acronym in brackets is the same group).
_COORDINATED = re.compile(
    rf"[\"”»]?(?:\s+(?:{_GROUPWORD}))?(?:\s*,)?\s+(?:or|and|and/or|nor)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?[\"“«]?"
    r"|[\"”»]?\s*[(\[]",
    re.IGNORECASE,
)


_PLACEHOLDER = re.compile(r"§(\d+)§")


def _coordinated(templ: str, end: int, count: int) -> list[int]:
    """The groups coordinated with the one ending at `end` ("carried out by §0§ or §1§ (§2§)"): a suspicion falls
    on them alike."""
    out: list[int] = []
    while (m := _PLACEHOLDER.search(templ, end)) and _COORDINATED.fullmatch(templ[end : m.start()]):
        i = int(m.group(1))
        if i >= count:
            break
        out.append(i)
        end = m.end()
    return out


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)


def _channel(sentence: str) -> str | None:
    for name, rx in _CHANNELS:
        if rx.search(sentence):
            return name
    return None


def classify(sentence: str, mentions: list[GroupMention], offset: int = 0) -> list[Responsibility]:
    """For each group mention in a sentence, its ties to the attack (a group may hold several statuses).

    `mentions` carry absolute offsets; `offset` is where the sentence starts. Groups that only appear as
    accusers ("the Taliban blamed ISIS") are left out.
    """
    local = sorted(
        (m for m in mentions if 0 <= m.start - offset and m.end - offset <= len(sentence)), key=lambda m: m.start
    )
    if not local:
        return []
    spans = [(m.start - offset, m.end - offset) for m in local]
    templ = _template(fold(sentence, lower=False), spans)  # same length; curly quotes made straight
    found: dict[int, dict[PerpStatus, str | None]] = {i: {} for i in range(len(local))}
    accusers: set[int] = set()
    names = [g.name for g in local]
    attributed = _ATTRIBUTION.search(templ) is not None
    told = PerpStatus.accused if attributed else PerpStatus.reported
    rules = [*_COMPILED, (_BEHIND_RULE, told, True), (_DONE_BY_RULE, told, False)]
    for rx, status, negatable in rules:
        for m in rx.finditer(templ):
            if negatable and m.groupdict().get("gap") and _NEG.search(m.group("gap")):
                continue
            by, st = None, status
            if status in (PerpStatus.accused, PerpStatus.possible):
                by, by_id = _accuser(templ, m.start("g"), m.end(), names)
                if by_id is not None:
                    accusers.add(by_id)
                # "police said suspected X militants ..." is an accusation by the police
                if status == PerpStatus.possible and by is not None and by_id is None and _SUSPECTED.match(m.group()):
                    st = PerpStatus.accused
            ids = [int(x) for x in re.findall(r"§(\d+)§", m.group("g"))]
            if status in (PerpStatus.possible, PerpStatus.accused):
                ids += _coordinated(templ, m.end("g"), len(local))
            for i in ids:
                found[i].setdefault(st, by)
    how_all = _channel(sentence)
    registry = default_registry()
    out: list[Responsibility] = []
    for i, m in enumerate(local):
        statuses = found[i]
        # a group's own outlet ("Amaq", "Radio Venceremos") speaking of an attack is the group claiming it
        talk = _ATTACK_TALK.search(sentence) and not _NO_CLAIM.search(sentence)
        channel = registry.outlet(m.text) if talk else None
        if channel:
            statuses.setdefault(PerpStatus.claimed, None)
        if not statuses:
            if i in accusers:
                continue
            statuses = {PerpStatus.reported: None}
        elif len(statuses) > 1:
            statuses.pop(PerpStatus.reported, None)
        for status, by in statuses.items():
            how = None
            if status == PerpStatus.claimed:
                how = channel or how_all
            out.append(Responsibility(m.name, m.text, PerpStatus(status), by, how, m.start, m.end))
    return out


def competing_claims(resps: Iterable[Responsibility]) -> bool:
    """GTD compclaim: more than one group claimed the attack."""
    return len({r.name for r in resps if r.status == PerpStatus.claimed}) > 1
