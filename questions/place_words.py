"""Word lists of general English that place extraction reads: class words, the words of
organisation and event names, locative cues, and the world's regions and former states that no
gazetteer file lists.
"""

from __future__ import annotations

import re

from .lexicon import getAllLemmas

# A capitalised class word ends a place name and stays part of it ("Saco River", "Ford County"):
# each class with the words that name it, and the words that name only their own class.
_CLASS_WORDS_BY_CLASS = {
    "river": "river creek brook canal falls",
    "lake": "lake pond reservoir",
    "sea": "sea ocean gulf strait",
    "bay": "bay harbour harbor",
    "region": "coast peninsula plateau desert forest plain plains region",
    "island": "island islands isle",
    "mountain": "mountain mountains mount alps",
    "hill": "hills hill hilltop",
    "county": "county parish shire",
    "province": "province governorate prefecture",
    "district": "district neighborhood neighbourhood quarter suburb",
    "base": "base airbase",
    "church": "cathedral abbey monastery temple",
    "street": "street road avenue lane boulevard highway",
    "stadium": "stadium arena oval",
    "park": "park garden gardens",
    "station": "station junction",
    "railway": "railway railroad",
    "cape": "point cape",
}
_OWN_CLASS = (
    "beach valley state village town city camp fort castle palace mosque cemetery square bridge "
    "airport"
)
CLASS_WORDS = {w: w for w in _OWN_CLASS.split()} | {
    w: cls for cls, words in _CLASS_WORDS_BY_CLASS.items() for w in words.split()
}
# Sub-city divisions are written "Al-Baghayliyah District" and "Al-Baghaliyeh district" in one
# article: the name without the word is the stable part, so the word stays outside the span.
DETACHED = frozenset(
    {"district", "neighborhood", "neighbourhood", "quarter", "suburb", "governorate"}
)
# Words that make a name an organisation, a work or an event, never a place, wherever they stand
# ("University of Texas", "Coronado Unified School District", "Roman Catholic Church").
ORG_WORDS = frozenset(
    """
    university college school academy institute institution seminary church company corporation
    corp inc ltd co group party council committee board association society club records bank
    hospital hotel museum library casino theatre theater cinema army navy brigade regiment corps
    division battalion team league conference federation union agency department ministry
    government court senate congress parliament assembly times news post journal herald gazette
    tribune magazine press publishing books airlines airways motors industries systems services
    foundation trust fund award awards prize cup championship championships olympics games bowl
    festival war battle siege treaty act revolution uprising offensive campaign crisis
    expedition show series album song film band orchestra choir channel radio television network
    diocese archdiocese catholic orthodox protestant
    """.split()
)
# Capitalised words that are not names of places however they are used.
STOP_NAMES = frozenset(
    """
    the a an in on at of and but he she it they his her its their this that these those there
    january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday god christ north south east west central
    eastern western northern southern upper lower greater new old great little middle spring
    summer autumn fall winter union left right english french german spanish italian russian
    english arabic latin greek chinese japanese islam islamic christian muslim jewish
    mr mrs ms dr sir lord lady king queen prince princess president general captain saint st
    """.split()
)
# Titles whose "of" names a place ("Mayor of Brampton", "King of France").
TITLES = frozenset(
    """mayor bishop archbishop president king queen prince princess duke duchess earl count
    countess baron emperor empress sultan emir governor premier chancellor lord lady sheriff
    marquess viscount prefect consul patriarch minister""".split()
)
COMPASS = frozenset(
    """north south east west northern southern eastern western upper lower greater central
    northeast northwest southeast southwest inner outer""".split()
)
# Evidence before a name, read from the words before it: a locative preposition or verb, a
# class noun with "of" ("city of"), or a verb of being somewhere with its preposition.
CUE_WORDS = frozenset(
    """in at near from to into outside toward towards across throughout within via around between
    reached entered captured besieged seized occupied visited invaded toured""".split()
)
CUE_OF = frozenset(
    """city town village hamlet outskirts suburb suburbs capital province district region state
    country kingdom republic island county parish municipality commune neighborhood
    neighbourhood neighborhoods neighbourhoods villages towns cities north south east west
    northeast northwest southeast southwest northern southern eastern western parts areas
    residents people coast out""".split()
)
STRONG_VERBS = frozenset(
    """born raised died buried located situated based headquartered lives lived resides resided
    settled moved relocated emigrated immigrated up hails hail hailed founded stationed
    imprisoned exiled fled retreated withdrew withdrawn returned remained stayed went travelled
    traveled sailed marched arrived""".split()
)
STRONG_OF = frozenset(
    """city town village hamlet suburb municipality commune parish capital outskirts island
    region province county north south east west northeast northwest southeast southwest""".split()
)
_PREPOSITIONS = frozenset("in at to near from".split())
_HELD = ("-controlled", "-held")


def _dated(words: list[str]) -> bool:
    """ "born in 1162 in": a strong verb, then a year, then the preposition."""
    return len(words) > 3 and words[-4] in STRONG_VERBS and words[-2][:1].isdigit()


def cue_strength(before: str) -> int:
    """2 after a strong cue ("born in", "village of", "near"), 1 after a locative cue, else 0."""
    words = before.lower().split()[-4:]
    if words and words[-1] == "the":
        words.pop()
    if not words:
        return 0
    last = words[-1]
    prev = words[-2] if len(words) > 1 else ""
    if last == "near" or (last == "of" and prev in STRONG_OF):
        return 2
    if last in ("called", "named") and (prev in STRONG_OF or prev == "settlement"):
        return 2  # "a settlement called Shane's Corners"
    if prev == "up" and (len(words) < 3 or not words[-3].startswith("gr")):
        prev = ""  # "grew up in", not "stand up to"
    if last in _PREPOSITIONS and (prev in STRONG_VERBS or _dated(words)):
        return 2
    if last in CUE_WORDS or (last == "of" and prev in CUE_OF) or last.endswith(_HELD):
        return 1
    return 0


# Abbreviations of countries, written with or without full stops → ISO code.
ABBREVIATIONS = dict(
    pair.split("=")
    for pair in """US=US U.S.=US U.S=US USA=US U.S.A.=US UK=GB U.K.=GB U.K=GB USSR=SU U.S.S.R.=SU
    UAE=AE PRC=CN DRC=CD""".split()
)
# "the neighborhoods of Baghiliya and Ayyash": a class noun with "of" gives the names its class
CLASS_CUES = dict(
    pair.split("=")
    for pair in """neighborhoods=district neighbourhoods=district neighborhood=district
    neighbourhood=district villages=village village=village towns=town town=town cities=city
    city=city districts=district district=district suburbs=district suburb=district
    provinces=province province=province counties=county county=county regions=region
    region=region communes=town commune=town municipality=town parish=county""".split()
)


def class_cue(before: str) -> str:
    """The class of a class noun with "of" right before a name, else ""."""
    words = before.lower().split()[-3:]
    if words and words[-1] == "the":
        words.pop()
    if len(words) < 2 or words[-1] != "of":
        return ""
    return CLASS_CUES.get(words[-2], "")


# U.S.A., U.S.S.R., U.S., U.K., U.S, U.K, USSR, USA, UAE, PRC, DRC, US, UK, in that order; the
# capital is matched first so that the regex engine skips to the letters a name can start with.
ABBREVIATION = re.compile(
    r"[UPD](?<![\w.].)"
    r"(?:(?<=U)(?:\.S\.A\.|\.S\.S\.R\.|\.S\.|\.K\.|\.S|\.K|SSR|SA|AE|S|K)|(?<=[PD])RC)"
    r"(?![\w])"
)
# World regions, former states and well-known rivers and seas, by class.
# Seas are adjectives as often as names ("Atlantic coast", "Pacific Fleet"): places only after
# a cue, as they are not among the classes that need none.
_REGION_NAMES = {
    "continent": (
        "Africa, Asia, Europe, North America, South America, Oceania, Antarctica, Australasia, "
        "Eurasia"
    ),
    "region": (
        "Middle East, Near East, Far East, Scandinavia, Balkans, Siberia, Sahara, Levant, Latin "
        "America, Central America, Central Asia, Southeast Asia, South Asia, East Asia, West "
        "Africa, East Africa, North Africa, Southern Africa, Central Africa, Sub-Saharan Africa, "
        "Western Europe, Eastern Europe, Central Europe, Northern Europe, Southern Europe, West "
        "Indies, Patagonia, Anatolia, Mesopotamia, Arabia, Indochina, Polynesia, Melanesia, "
        "Micronesia, New England, Midwest, Pacific Northwest, Great Plains, Appalachia, Balkan "
        "Peninsula, Iberia, Iberian Peninsula, Caucasus, Crimea, Kashmir, Punjab, Bengal, Tibet, "
        "Manchuria, Silesia, Bohemia, Moravia, Transylvania, Flanders, Wallonia, Catalonia, "
        "Andalusia, Bavaria, Prussia, Saxony, Lombardy, Tuscany, Sicily, Sardinia, Corsica, "
        "Normandy, Brittany, Burgundy, Provence, Gascony, Aquitaine, Lapland, Galilee, Judea, "
        "Palestine, Kurdistan, Borneo, Sumatra, Java, Persia, "
        "Gaul, Byzantium, Ulster, Riviera, Alps, America, Andes, Himalayas, Rockies, Pyrenees, "
        "Urals, Carpathians, Apennines, Appalachians"
    ),
    "country": (
        "Soviet Union, West Germany, East Germany, Yugoslavia, Czechoslovakia, Ottoman Empire, "
        "Byzantine Empire, Roman Empire, Holy Roman Empire, Austria-Hungary, Austro-Hungarian "
        "Empire, Persian Empire, British Empire, Spanish Empire, Mughal Empire, Russian Empire, "
        "German Empire, Nazi Germany, Weimar Republic, Rhodesia, "
        "Dutch East Indies, Korea, England, Scotland, Wales, Northern Ireland, Dahomey, Upper "
        "Volta"
    ),
    "river": (
        "Nile, Yangtze, Volga, Danube, Rhine, Thames, Seine, Loire, Rhône, Ganges, Indus, "
        "Euphrates, Tigris, Mekong, Zambezi, Rio Grande, St. Lawrence, Elbe, Oder, Vistula, "
        "Tiber, Dnieper, Yenisei, Amur, Yellow River, Orinoco, Paraná"
    ),
    "sea": (
        "Atlantic, Pacific, Arctic, Antarctic, Baltic, Mediterranean, Adriatic, Aegean, Caribbean"
    ),
}
REGIONS = [(name.strip(), cls) for cls, names in _REGION_NAMES.items() for name in names.split(",")]
# The continent of each river above: a river's distractors are the other rivers of its continent
# (the Yangtze and the Mekong for the Yellow River, not the Thames).
RIVER_CONTINENTS = {
    river.strip(): continent
    for continent, rivers in {
        "Asia": "Yangtze, Ganges, Indus, Euphrates, Tigris, Mekong, Yenisei, Amur, Yellow River",
        "Europe": "Volga, Danube, Rhine, Thames, Seine, Loire, Rhône, Elbe, Oder, Vistula, "
        "Tiber, Dnieper",
        "Africa": "Nile, Zambezi",
        "America": "Rio Grande, St. Lawrence, Orinoco, Paraná",
    }.items()
    for river in rivers.split(",")
}
# Other names of today's countries → ISO code: their distractors are countries.
COUNTRY_NAMES = dict(
    pair.split("=")
    for pair in """Britain=GB|Great Britain=GB|Holland=NL|Burma=MM|Ceylon=LK|Siam=TH|Zaire=CD|
    East Timor=TL""".replace("\n    ", "").split("|")
)


# Names English writes with "the": "the Netherlands", "the United States", "the Levant", "the
# Vatican"; and classes whose names take it ("the Thames", "the Red Sea").
_WITH_THE_WORDS = frozenset(
    "republic kingdom states union emirates islands isles netherlands philippines bahamas "
    "maldives comoros seychelles balkans caribbean levant vatican gambia congo sahara crimea "
    "caucasus sahel maghreb arctic negev deccan hejaz "
    "ruhr punjab hague midlands highlands lowlands americas alps andes himalayas rockies "
    "pyrenees urals carpathians appalachians".split()
)
_WITH_THE_NAMES = frozenset(
    "middle east|far east|near east|holy see|czech republic|dominican republic|"
    "uk|u.k.|us|u.s.|usa|u.s.a.|ussr|u.s.s.r.|uae|drc".split("|")
)
_WITH_THE_CLASSES = frozenset({"river", "sea", "mountain"})


def takes_the(name: str, cls: str = "") -> bool:
    """True when English writes the place with "the" before it."""
    lower = name.lower().removeprefix("the ")
    words = lower.split()
    if not words:
        return False
    if lower in _WITH_THE_NAMES or words[-1] in _WITH_THE_WORDS or words[0] in _WITH_THE_WORDS:
        return True
    return cls in _WITH_THE_CLASSES and words[-1] not in ("lake", "mount")


# Classes where few names take "the": with "the Netherlands" as the key, "the _____" would leave
# only the UK and the Philippines as options, so the article goes into the options instead.
_ARTICLE_IN_OPTIONS = frozenset({"country", "state", "region"})


def article_in_options(name: str, cls: str) -> bool:
    """True when a blank's "the" belongs in its options ("in _____": "the Netherlands",
    "Belgium", "Denmark"): the key takes it, most names of its class do not."""
    return cls in _ARTICLE_IN_OPTIONS and takes_the(name, cls)


def the_before(text: str, at: int) -> bool:
    """True when the word "the" stands right before position `at` of `text`."""
    return (
        text[max(0, at - 4) : at] in ("the ", "The ")
        and not text[max(0, at - 5) : at - 4].isalnum()
    )


# The lower-case word right after a name: "Mongol tribes", "the _____ state of Nevada"
WORD_AFTER = re.compile(r" ([a-z]+)\b")


def is_noun(word: str) -> bool:
    """A noun that is no adverb ("hands", not "home"): what a name before it qualifies."""
    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas and "ADV" not in lemmas


# A run of capitalised words: a name as the text writes it ("Kyoto Imperial University")
NAME_RUNS = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")


# First-level divisions that are no states: offered only where the stem does not ask for a
# state ("the Indian state of _____" takes no Delhi or Lakshadweep)
NOT_STATES = frozenset(
    "Delhi|National Capital Territory of Delhi|Lakshadweep|Chandigarh|Puducherry|Ladakh|"
    "Andaman and Nicobar Islands|Dadra and Nagar Haveli and Daman and Diu|"
    "Dadra and Nagar Haveli|Daman and Diu|District of Columbia|Washington, D.C.|"
    "Australian Capital Territory|Northern Territory|Yukon|Northwest Territories|Nunavut".split("|")
)
