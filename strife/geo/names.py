"""Hand-kept place-name knowledge GeoNames lacks: old admin1 spellings, US state abbreviations, nationality
adjectives, organisations that look like places, and town names that are also everyday English words.

Keys are folded (see text.fold): lower case, no accents or periods.
"""

from __future__ import annotations

# Historical / press spellings of first-level divisions → (ISO2, the division's current GeoNames name).
ADMIN1_ALIASES: dict[str, tuple[str, str]] = {
    "baluchistan": ("PK", "Balochistan"),
    # English renderings of Colombia's "Norte de Santander" (a bare "Santander" is another department)
    "northern santander": ("CO", "Norte de Santander"),
    "north santander": ("CO", "Norte de Santander"),
    "beluchistan": ("PK", "Balochistan"),
    "balochistan province": ("PK", "Balochistan"),
    "nwfp": ("PK", "Khyber Pakhtunkhwa"),
    "north west frontier province": ("PK", "Khyber Pakhtunkhwa"),
    "northwest frontier province": ("PK", "Khyber Pakhtunkhwa"),
    "north west frontier": ("PK", "Khyber Pakhtunkhwa"),
    "northwest frontier": ("PK", "Khyber Pakhtunkhwa"),
    "frontier province": ("PK", "Khyber Pakhtunkhwa"),
    "pakhtunkhwa": ("PK", "Khyber Pakhtunkhwa"),
    "khyber pakhtoonkhwa": ("PK", "Khyber Pakhtunkhwa"),
    "khyber pukhtunkhwa": ("PK", "Khyber Pakhtunkhwa"),
    "kpk": ("PK", "Khyber Pakhtunkhwa"),
    # FATA was merged into Khyber Pakhtunkhwa in 2018; GeoNames files its agencies there.
    "fata": ("PK", "Khyber Pakhtunkhwa"),
    "federally administered tribal areas": ("PK", "Khyber Pakhtunkhwa"),
    "sind": ("PK", "Sindh"),
    "orissa": ("IN", "Odisha"),
    "uttaranchal": ("IN", "Uttarākhand"),
    "pondicherry": ("IN", "Puducherry"),
    "maharashtra": ("IN", "Mahārāshtra"),
    "bombay state": ("IN", "Mahārāshtra"),
    "madras state": ("IN", "Tamil Nādu"),
    "jammu kashmir": ("IN", "Jammu and Kashmīr"),
    "anbar": ("IQ", "Al Anbār"),
    "al anbar": ("IQ", "Al Anbār"),
    "salahuddin": ("IQ", "Şalāḩ ad Dīn"),
    "salahuddin province": ("IQ", "Şalāḩ ad Dīn"),
    "salah al din": ("IQ", "Şalāḩ ad Dīn"),
    "ninevah": ("IQ", "Nīnawá"),
    "ninawa": ("IQ", "Nīnawá"),
    "tamim": ("IQ", "Kirkūk"),
    "north sinai": ("EG", "Shamāl Sīnā'"),
    "kurdistan region": ("IQ", "Iqlīm Kūrdistān"),
    "waziristan": ("PK", "Khyber Pakhtunkhwa"),
    "tribal areas": ("PK", "Khyber Pakhtunkhwa"),
    "tribal belt": ("PK", "Khyber Pakhtunkhwa"),
}

# AP style and other press abbreviations of US states (written with their periods) → USPS code.
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "ala.": "AL", "ariz.": "AZ", "ark.": "AR", "calif.": "CA", "cal.": "CA", "colo.": "CO", "conn.": "CT",
    "del.": "DE", "d.c.": "DC", "fla.": "FL", "ga.": "GA", "ill.": "IL", "ind.": "IN", "kan.": "KS", "kans.": "KS",
    "ky.": "KY", "la.": "LA", "md.": "MD", "mass.": "MA", "mich.": "MI", "minn.": "MN", "miss.": "MS", "mo.": "MO",
    "mont.": "MT", "neb.": "NE", "nebr.": "NE", "nev.": "NV", "n.h.": "NH", "n.j.": "NJ", "n.m.": "NM",
    "n.y.": "NY", "n.c.": "NC", "n.d.": "ND", "okla.": "OK", "ore.": "OR", "oreg.": "OR", "pa.": "PA",
    "penn.": "PA", "r.i.": "RI", "s.c.": "SC", "s.d.": "SD", "tenn.": "TN", "tex.": "TX", "vt.": "VT", "va.": "VA",
    "wash.": "WA", "w.va.": "WV", "w. va.": "WV", "wis.": "WI", "wisc.": "WI", "wyo.": "WY",
}  # fmt: skip

# Nationality adjectives and plural nouns (NORP) → ISO2. Country names themselves come from the gazetteer.
DEMONYMS: dict[str, str] = {
    "afghan": "AF", "afghani": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "angolan": "AO",
    "argentine": "AR", "argentinian": "AR", "armenian": "AM", "australian": "AU", "austrian": "AT",
    "azerbaijani": "AZ", "azeri": "AZ", "bahraini": "BH", "bangladeshi": "BD", "belarusian": "BY",
    "belgian": "BE", "beninese": "BJ", "bolivian": "BO", "bosnian": "BA", "brazilian": "BR", "british": "GB",
    "briton": "GB", "bulgarian": "BG", "burkinabe": "BF", "burmese": "MM", "burundian": "BI", "cambodian": "KH",
    "cameroonian": "CM", "canadian": "CA", "chadian": "TD", "chilean": "CL", "chinese": "CN", "colombian": "CO",
    "congolese": "CD", "costa rican": "CR", "croatian": "HR", "cuban": "CU", "cypriot": "CY", "czech": "CZ",
    "danish": "DK", "dane": "DK", "djiboutian": "DJ", "dominican": "DO", "dutch": "NL", "ecuadorian": "EC",
    "egyptian": "EG", "salvadoran": "SV", "salvadorean": "SV", "salvadorian": "SV", "english": "GB",
    "eritrean": "ER", "estonian": "EE", "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR",
    "gambian": "GM", "georgian": "GE", "german": "DE", "ghanaian": "GH", "greek": "GR", "guatemalan": "GT",
    "guinean": "GN", "haitian": "HT", "honduran": "HN", "hungarian": "HU", "icelandic": "IS", "indian": "IN",
    "indonesian": "ID", "iranian": "IR", "iraqi": "IQ", "irish": "IE", "israeli": "IL", "italian": "IT",
    "ivorian": "CI", "jamaican": "JM", "japanese": "JP", "jordanian": "JO", "kazakh": "KZ", "kenyan": "KE",
    "kosovar": "XK", "kuwaiti": "KW", "kyrgyz": "KG", "lao": "LA", "laotian": "LA", "latvian": "LV",
    "lebanese": "LB", "liberian": "LR", "libyan": "LY", "lithuanian": "LT", "macedonian": "MK", "malagasy": "MG",
    "malawian": "MW", "malaysian": "MY", "malian": "ML", "maltese": "MT", "mauritanian": "MR", "mexican": "MX",
    "moldovan": "MD", "mongolian": "MN", "montenegrin": "ME", "moroccan": "MA", "mozambican": "MZ",
    "namibian": "NA", "nepalese": "NP", "nepali": "NP", "new zealander": "NZ", "nicaraguan": "NI",
    "nigerien": "NE", "nigerian": "NG", "north korean": "KP", "norwegian": "NO", "omani": "OM",
    "pakistani": "PK", "palestinian": "PS", "panamanian": "PA", "paraguayan": "PY", "peruvian": "PE",
    "polish": "PL", "pole": "PL", "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU",
    "rwandan": "RW", "saudi": "SA", "saudi arabian": "SA", "scottish": "GB", "senegalese": "SN", "serbian": "RS",
    "serb": "RS", "sierra leonean": "SL", "singaporean": "SG", "slovak": "SK", "slovenian": "SI",
    "somali": "SO", "somalian": "SO", "south african": "ZA", "south korean": "KR", "south sudanese": "SS",
    "spanish": "ES", "spaniard": "ES", "sri lankan": "LK", "sudanese": "SD", "swedish": "SE", "swede": "SE",
    "swiss": "CH", "syrian": "SY", "taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ", "thai": "TH",
    "togolese": "TG", "tunisian": "TN", "turkish": "TR", "turk": "TR", "turkmen": "TM", "ugandan": "UG",
    "ukrainian": "UA", "emirati": "AE", "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE",
    "vietnamese": "VN", "welsh": "GB", "yemeni": "YE", "zambian": "ZM", "zimbabwean": "ZW",
}  # fmt: skip

# Names spaCy tags as GPE/LOC that are organisations, "provinces" of armed groups, or too vague to place.
NON_PLACES: frozenset[str] = frozenset(
    {
        "islamic state", "islamic state of iraq", "islamic state of iraq and syria",
        "islamic state of iraq and the levant",
        "isis", "isil", "daesh", "is", "khorasan province", "islamic state khorasan province", "islamic state khorasan",
        "khorasan", "iskp", "is k", "isis k", "wilayat sinai", "sinai province", "west africa province",
        "islamic state west africa province", "iswap", "caliphate", "the caliphate", "al qaeda", "al qaida",
        "hamas", "hezbollah", "taliban", "boko haram", "al shabaab", "state", "province", "city", "capital",
        "country", "nation", "region", "district", "town", "village", "the west", "west", "east", "north", "south",
        "middle east", "the middle east", "europe", "asia", "africa", "the world", "world", "earth", "homeland",
        "union", "the union", "federal", "republic", "kingdom", "empire", "commonwealth", "police", "army",
        # regions whose name holds a country's ("CENTRAL AMERICAN UNIVERSITY" is no American, i.e. U.S., place)
        "central america", "latin america", "south america", "north america", "the americas", "americas",
        "central american", "latin american", "south american", "north american", "pan american", "inter american",
        "central americans", "latin americans", "south americans", "north americans",
        # seats of government named for their governments ("GOP White House race" is no White House, Tennessee)
        "white house", "the white house", "pentagon", "the pentagon", "kremlin", "the kremlin",
        # titles and adverbs NER tags as places in all-capitals copy ("MR", "MEANWHILE")
        "mr", "mrs", "ms", "meanwhile",
    }
)  # fmt: skip

# Towns whose names are everyday words or first names: only trusted with supporting context.
COMMON_WORDS: frozenset[str] = frozenset(
    {
        "of", "police", "mobile", "reading", "nice", "marion", "bath", "deal", "hope", "liberty", "union",
        "independence", "commerce", "split", "sale", "victory", "friendship", "justice", "normal", "republic",
        "surprise", "paradise", "boring", "center", "centre", "orange", "march", "may", "june", "july", "august",
        "university", "college", "hospital", "church", "garden", "harbor", "harbour", "temple", "mission",
        "enterprise", "progress", "industry", "opportunity", "security", "defiance", "eureka", "moscow mills",
        "jackson", "lincoln", "washington", "franklin", "clinton", "madison", "monroe", "jefferson", "hamilton",
        "warren", "douglas", "marshall", "florence", "charlotte", "eugene", "tyler", "austin", "troy", "gary",
        "victoria", "alexandria", "aurora", "chester", "homer", "milton", "vernon", "salem", "canton", "lebanon",
        "jordan", "mercedes", "lafayette", "beach", "bay", "park", "valley", "lake", "river", "hill", "hills",
        "mount", "rock", "spring", "springs", "fort", "port", "island", "islands", "green", "white", "black",
        "red", "blue", "gold", "silver", "mosque", "market", "bazaar", "camp", "base", "border", "post", "station",
        "bridge", "square", "street", "road", "highway", "airport", "school", "prison", "jail", "court",
        "parliament", "embassy", "consulate", "palace", "ministry", "office", "headquarters", "media", "news",
        "said", "says", "also", "after", "before", "during", "while", "when", "where", "today", "tonight",
        "man", "woman", "men", "women", "people", "children", "home", "house", "life", "love", "peace", "war",
        "gun", "guns", "shot", "shooting", "attack", "bomb", "blast", "fire", "killed", "dead", "death",
    }
)  # fmt: skip

# Everyday words for a kind of feature ("River" of "Little River sheriff's office"): GeoNames lists some as alternate
# names of towns (New Brunswick, New Jersey, as "River"), which a bare mention must never mean.
FEATURE_WORDS: frozenset[str] = frozenset(
    {"river", "lake", "bay", "valley", "hill", "hills", "mount", "mountain", "rock", "spring", "springs", "beach",
     "park", "island", "islands", "creek", "harbor", "harbour", "port", "fort", "border", "camp", "base"}
)  # fmt: skip

# Trailing words that say what kind of place a name is: they are stripped to look the name up.
TYPE_WORDS: dict[str, str] = {
    "province": "admin1", "state": "admin1", "department": "admin1", "governorate": "admin1", "region": "admin1",
    "prefecture": "admin1", "oblast": "admin1", "territory": "admin1", "departamento": "admin1",
    "intendancy": "admin1", "commissary": "admin1",  # Colombia's national territories before 1991 ("ARAUCA INTENDANCY")
    "district": "admin2", "county": "admin2", "parish": "admin2", "agency": "admin2", "municipality": "admin2",
    "city": "city", "town": "city", "village": "city", "valley": "admin2",
    # US municipalities named with their form of government ("Hummelstown Borough", "Benton Township")
    "borough": "city", "township": "city",
}  # fmt: skip

# Leading compass words of neighbourhoods ("West Philadelphia", "south Chicago"): stripped to find the city.
DIRECTIONS: frozenset[str] = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
     "southeast", "southwest", "downtown", "central", "greater", "uptown", "midtown", "suburban", "rural", "metro"}
)  # fmt: skip

# Short and informal country names the gazetteer lacks → ISO2.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "usa": "US", "u s": "US", "united states": "US", "america": "US", "uk": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "burma": "MM", "ivory coast": "CI", "holland": "NL", "drc": "CD", "dr congo": "CD", "uae": "AE",
    "south korea": "KR", "north korea": "KP", "russia": "RU", "syria": "SY", "iran": "IR", "laos": "LA",
    "vietnam": "VN", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "palestine": "PS",
    "gaza": "PS", "west bank": "PS", "gaza strip": "PS", "kosovo": "XK", "czech republic": "CZ", "turkey": "TR",
    "macedonia": "MK", "swaziland": "SZ", "east timor": "TL", "cape verde": "CV", "vatican": "VA",
    "sinai": "EG", "sinai peninsula": "EG", "ussr": "RU", "soviet union": "RU", "frg": "DE", "west germany": "DE",
    "gdr": "DE", "east germany": "DE", "prc": "CN", "rok": "KR", "dprk": "KP",
}  # fmt: skip

# Former or press names of large cities that GeoNames keeps only as alternates → (ISO2, current GeoNames name).
CITY_ALIASES: dict[str, tuple[str, str]] = {
    "bombay": ("IN", "Mumbai"), "calcutta": ("IN", "Kolkata"), "madras": ("IN", "Chennai"),
    "bangalore": ("IN", "Bengaluru"), "poona": ("IN", "Pune"), "benares": ("IN", "Varanasi"),
    "allahabad": ("IN", "Prayagraj"), "gurgaon": ("IN", "Gurugram"), "new york": ("US", "New York City"),
    "saigon": ("VN", "Ho Chi Minh City"), "rangoon": ("MM", "Yangon"), "peking": ("CN", "Beijing"),
    "kiev": ("UA", "Kyiv"), "fallujah": ("IQ", "Al Fallūjah"), "falluja": ("IQ", "Al Fallūjah"),
    "raqqa": ("SY", "Ar Raqqah"), "mazar i sharif": ("AF", "Mazār-e Sharīf"),
    "mazar e sharif": ("AF", "Mazār-e Sharīf"),
    "miranshah": ("PK", "Miran Shah"), "miran shah": ("PK", "Miran Shah"),
}  # fmt: skip

# Counties (and the federal district) that are wholly one city, whose GeoNames "cities" are its neighbourhoods and
# boroughs: (ISO2, admin1, admin2) → the city. GTD's city field names the city ("New York City" for a Brooklyn
# attack); a Location keeps the neighbourhood as its name. Census consolidated city-counties whose county holds
# no other town; Nashville, Indianapolis, Jacksonville and Louisville hold other towns and are left out.
CITY_COUNTIES: dict[tuple[str, str, str | None], str] = {
    ("US", "New York", "Kings County"): "New York City", ("US", "New York", "Queens County"): "New York City",
    ("US", "New York", "Bronx County"): "New York City", ("US", "New York", "New York County"): "New York City",
    ("US", "New York", "Richmond County"): "New York City",
    ("US", "Pennsylvania", "Philadelphia County"): "Philadelphia",
    ("US", "California", "City and County of San Francisco"): "San Francisco",
    ("US", "Colorado", "Denver County"): "Denver",
    ("US", "Maryland", "City of Baltimore"): "Baltimore",
    ("US", "Missouri", "City of Saint Louis"): "St. Louis",
    ("US", "District of Columbia", None): "Washington",
}  # fmt: skip

# Display names for countries whose ISO name reads like an index entry ("Congo, The Democratic Republic of the").
COUNTRY_DISPLAY: dict[str, str] = {
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "RU": "Russia", "PS": "Palestine",
    "VA": "Vatican City", "FK": "Falkland Islands", "FM": "Micronesia", "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands", "MF": "Saint Martin", "SX": "Sint Maarten", "SH": "Saint Helena",
    "BQ": "Caribbean Netherlands", "CC": "Cocos Islands",
}  # fmt: skip
