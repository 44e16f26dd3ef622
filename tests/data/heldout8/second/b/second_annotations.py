"""Second (blind) annotation of seven English Wikinews articles (2019; CC BY 2.5, see ``LICENSE.md``), numbered
08-14 in ``articles/``. Written by annotator ``second_s8b`` from the article texts alone, following
``/work/agree/shared/annotation_format.md`` and the conventions of heldout5 / heldout6
(``/work/agree/shared/conventions/``), without seeing any other annotation of these articles or any toolkit
output on them. Layout and helpers are heldout6's (``heldout6_annotations.py``).

Judgement calls of this set (where the conventions did not settle the case):

Mentions
* Storms are not mentions (Hurricane Dorian / Dorian), as heldout6's Hurricane Lorenzo. Telescopes, space
  missions and programmes are not mentions (Hubble, Kepler, James Webb space telescope, ARIEL program), nor the
  names inside them (James Webb). Astronomical bodies (K2-18b, Leo, Earth, the Sun) are not mentions.
* arXiv (a preprint server, "published ... in Cornell University's arXiv") is a platform/medium like Twitter and
  is NOT a mention; "Cornell University" (its owner) is. The journal "Nature Astronomy" IS a mention
  (organization, a publication, like The New York Times / Dawn / Slate).
* Facebook: a mention where the company acts ("Facebook must remove", "Facebook was ordered", "Facebook released
  a statement", "in this case Facebook"); not where it is a medium ("posted ... on social media site Facebook",
  "followers on Facebook", "a Facebook user", "access to Facebook", "Facebook users").
* "Scottish court" (09 headline) is the headline's name for the Court of Session: one mention of the body (as
  heldout6's "Swedish academy"). "UK parliament" (lower-case) is one mention of the UK Parliament (X + body);
  "the Queen", "the Prime Minister", "the Lord President", "The Court", "Court says" are titles / bare
  back-references (not mentions). "Lord Carloway" gives "Carloway" (the name inside the judicial title) as a
  mention of Colin Sutherland.
* "10 Downing Street" (whose spokesman speaks) is the Prime Minister's office, a government body: label
  "10 Downing Street", id GBR, not a place.
* Courts, air force, agencies, departments and governments -> their state (Court of Session, Supreme Court of
  the United Kingdom -> GBR although Scotland is not a state; NASA, National Hurricane Center, United States Air
  Force / "The Air Force", United States Department of Transportation -> USA; Austria's Supreme Court of Justice
  -> AUT; Cuban government / "Cuba's government" -> CUB; "the Trump administration" -> one mention of the US
  government, USA). The European Court of Justice and the EU are not states: ``new:`` ids.
* "Supreme Court of Justice (Oberster Gerichtshof ) of Austria": the parenthesis breaks the "<body> of X" span, so
  "Supreme Court of Justice", "Oberster Gerichtshof" (the body) and "Austria" (the state, not a place) are three
  mentions.
* Quoted names (case "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited", event names "Storm Area 51, They
  Can't Stop All of Us", "Storm Area 51 Basecamp Experience", the nickname "Kim Kardashian of Pakistan", the
  film title "Bob Lazar: Area 51 & Flying Saucers") are terms / titles: the names inside them are not mentions.
* "The Montreal team" (the University of Montreal team): a city modifying a group of people stays a place
  (heldout6's "a Toronto lawyer").
* Area 51: a place where people go or are near ("storm Area 51", "nearest settlement to Area 51"); not a place
  where it is described as a thing ("Area 51 has for decades been rumored to be a facility", "folklore
  surrounding Area 51"). "Area 51 Alien Center" (a tourist attraction, inside the quote) is a location used as
  a place. The Little A'Le'Inn ("the only business") is an organization, span without "The".
* "a politician in Austria", "a user in Ireland", "registered from Ireland", "sued in Austria", "view in Austria
  only": places. "Pakistan defeated India" (cricket teams), "(in this case Austria)", "Pakistan's laws",
  "foreign affairs minister of Cuba", "First Minister of Scotland": not places.
* "Luxembourg-based court": Luxembourg (state id LUX, as a capital takes its state's id), a place; GeoNames id
  of the city of Luxembourg (the court sits in the city).
* "#US" in a tweet: "US" is annotated (adjective use, United States).
* "Fouzia Azeem" (Baloch's birth name) is a mention of Qandeel Baloch; "Anwar" (her mother) is a person.
  "Mufti Abdul Qawi" gives "Abdul Qawi" (Mufti is a title); "Queen Elizabeth II" gives "Elizabeth II".

Claims
* "a thirty hour period" (08) is an adjectival duration without hyphen, like heldout6's "the two hour
  barrier": not a claim. "Category 5"/"Category 2" are labels.
* "~295 km/h": the tilde is the qualifier (about) and is kept in the surface.
* "45% to 60%" (08): one range claim, source the Red Cross (the named one of "the Red Cross and government
  officials").
* "all but one of the petitioners" (09): a claim ("all but one" counts are, heldout5), value 1 (the numeral
  given), exact, other.
* "an estimated one-to-two hundred" (11): range, surface without "an estimated" (as heldout6's "1.15%"), low 100
  high 200. "Millions" (headline) and "millions of people" are vague counts (value null).
* "arrested one person" (11): a count of arrests (contrasted with "three"), not a determiner: claim, counted
  ``arrested``. "They arrested three ..." has no reporting clause: source null.
* "a few weeks" (12): vague duration, unit ``week`` (outside heldout6's list of units, which has no week).
* "the minimum prison sentence ... is now 25 years": exact (the minimum is the value stated).
* "33 Earth days": duration, unit day.

Quotes
* A statement issued by a body is the body's ("The court's summary concluded" -> Court of Session; "Facebook
  released a statement which read" -> Facebook); a spokesman's words are his organisation's (10 Downing
  Street). The event description of Storm Area 51 is its poster's, Matty Roberts. "The comments" (of an unnamed
  Facebook user) keep their words with a null label.
* Split direct quotes ("Overall," he continued, "the presence ...") are two direct quotes of the same speaker.
* Quoted charge "suspicion of trespassing" and scare quotes 'storm', 'illegal' are terms.
"""

from __future__ import annotations

from typing import Any

ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "United States", "United Kingdom", "Bahamas", "Pakistan", "India", "Japan", "Austria", "Ireland",
   "Luxembourg", "Cuba", "Venezuela")
_a("organization",
   # 08
   "National Hurricane Center", "CNN", "BBC", "Red Cross", "United Nations",
   # 09
   "Court of Session", "UK Parliament", "Supreme Court of the United Kingdom", "Scottish National Party",
   "UK government", "10 Downing Street",
   # 10
   "Cornell University", "University of Montreal", "Nature Astronomy", "University College London", "NASA",
   "Harvard–Smithsonian Center for Astrophysics", "The Guardian", "European Space Agency",
   # 11
   "United States Air Force", "Little A'Le'Inn",
   # 12
   "Dawn",
   # 13
   "European Court of Justice", "European Union", "oe24.at", "The Greens", "Supreme Court of Justice of Austria",
   "University of Essex", "American University", "Slate", "Facebook",
   # 14
   "United States Department of Transportation", "Cuban government", "CBS", "American Airlines", "JetBlue",
   "Trump administration")
_a("person",
   "Hubert Minnis", "Joanna Cherry", "Elizabeth II", "Boris Johnson", "Colin Sutherland", "Nicola Sturgeon",
   "Björn Benneke", "Angelos Tsiaras", "Ryan Cloutier", "Matty Roberts", "Kerry Lee", "Bob Lazar",
   "Mohammed Waseem", "Qandeel Baloch", "Anwar", "Abdul Qawi", "Eva Glawischnig-Piesczek", "Steve Peers",
   "Jennifer Daskal", "Mike Pompeo", "Elaine Chao", "Nicolás Maduro", "Bruno Parrilla", "Barack Obama")
_a("location",
   "Abaco Islands", "Grand Bahama", "Sandy Point", "Marsh Harbour", "Scotland", "Montreal", "Area 51",
   "Nevada Test and Training Range", "Bakersfield", "California", "Area 51 Alien Center", "Rachel",
   "Lincoln County", "Nevada", "Hiko", "Las Vegas", "Multan", "Lahore", "Havana", "José Martí International Airport")

MENTIONS: dict[str, str] = {}
CLAIMS: dict[str, list[dict[str, Any]]] = {}
QUOTES: dict[str, list[dict[str, Any]]] = {}


from standalone_builder import C, Q  # noqa: E402  (the record constructors, shared by the builder)

# ---------------------------------------------------------------- 08 Hurricane Dorian in the Bahamas
MENTIONS["08_bahamas_hurricane_dorian"] = """
Bahamas | Bahamas | P
Bahamas | Bahamas | P
Abaco Islands | Abaco Islands | P
National Hurricane Center | National Hurricane Center
Grand Bahama | Grand Bahama | P
CNN | CNN
National Hurricane Center | National Hurricane Center
BBC | BBC
Hubert Minnis | Hubert Minnis
Abaco | Abaco Islands | P
Minnis | Hubert Minnis
Abaco | Abaco Islands | P
Sandy Point | Sandy Point | P
Marsh Harbour | Marsh Harbour | P
Abaco | Abaco Islands | P
Red Cross | Red Cross
United Nations | United Nations
Bahamas | Bahamas | P
"""
CLAIMS["08_bahamas_hurricane_dorian"] = [
    C("185 mph", 185, "exact", "other", "National Hurricane Center", "National Hurricane Center", unit="mph"),
    C("~295 km/h", 295, "about", "other", "National Hurricane Center", "National Hurricane Center", unit="km/h"),
    C("thirty miles", 30, "exact", "other", "CNN", "CNN", unit="mi"),
    C("twenty", 20, "exact", "killed", "Prime minister Hubert Minnis", "Hubert Minnis"),
    C("45% to 60%", None, "about", "percent", "Red Cross", "Red Cross", unit="percent", low=45, high=60),
    C("some 60 thousand", 60000, "about", "other", "The United Nations", "United Nations"),
]
QUOTES["08_bahamas_hurricane_dorian"] = [
    Q("We expect that this number will increase", "direct", "Hubert Minnis", "Hubert Minnis", "noted"),
    Q("Parts of Abaco are decimated [...] There is severe flooding. There is severe flooding damage to homes, businesses and infrastructure",
      "direct", "Minnis", "Hubert Minnis", "said"),
    Q("The southern aspect of Abaco has suffered less devastation than the north. The Sandy Point area and progressing north has not suffered as much devastation that was seen in the Marsh Harbour vicinity. The international airport on Abaco is under water. The runway is currently flooded. In fact, the area around the airport now looks like a lake.",
      "direct", "Minnis", "Hubert Minnis", "said"),
]

# ---------------------------------------------------------------- 09 Court of Session rules prorogation unlawful
MENTIONS["09_uk_scotland_prorogation_ruling"] = """
Scottish court | Court of Session
UK parliament | UK Parliament
Court of Session | Court of Session
Scotland | Scotland | P
Parliament of the United Kingdom | UK Parliament
Court of Session | Court of Session
Scotland | Scotland | P
Supreme Court of the United Kingdom | Supreme Court of the United Kingdom
Joanna Cherry | Joanna Cherry
Scottish National Party | Scottish National Party
UK parliament | UK Parliament
Elizabeth II | Elizabeth II
Boris Johnson | Boris Johnson
Cherry | Joanna Cherry
UK parliament | UK Parliament
Johnson | Boris Johnson
Parliament | UK Parliament
Colin Sutherland | Colin Sutherland
Carloway | Colin Sutherland
Parliament | UK Parliament
Scotland | Scotland
Nicola Sturgeon | Nicola Sturgeon
Court of Session | Court of Session
Parliament | UK Parliament
Cherry | Joanna Cherry
Parliament | UK Parliament
British government | UK government
BBC | BBC
10 Downing Street | 10 Downing Street
UK government | UK government
Parliament | UK Parliament
"""
CLAIMS["09_uk_scotland_prorogation_ruling"] = [
    C("78", 78, "exact", "other"),
    C("all but one", 1, "exact", "other"),
]
QUOTES["09_uk_scotland_prorogation_ruling"] = [
    Q("was motivated by the improper purpose of stymying Parliament and that it, and what has followed from it, is unlawful.",
      "partial", "The three-judge court", "Court of Session", "found"),
    Q("that although advice to HM [Her Majesty] the Queen on the exercise of the royal prerogative of prorogating Parliament was not reviewable on the normal grounds of judicial review, it would nevertheless be unlawful if its purpose was to stymie parliamentary scrutiny of the executive",
      "partial", "Colin Sutherland, Lord Carloway", "Colin Sutherland", "decided"),
    Q("The Court will accordingly make an Order declaring that the Prime Minister’s advice to HM the Queen and the prorogation which followed thereon was unlawful and is thus null and of no effect.",
      "direct", "The court's summary", "Court of Session", "concluded"),
    Q("Today's Court of Session judgment is of huge constitutional significance — but the immediate political implications are clear. Court says prorogation was unlawful and null and void — so Parliament must be recalled immediately to allow the essential work of scrutiny to continue.",
      "direct", "Nicola Sturgeon", "Nicola Sturgeon", "said"),
    Q("Now, for every moment Parliament remains prorogued, the British government are breaking the law.", "direct",
      "Cherry", "Joanna Cherry", "said"),
    Q("The UK government needs to bring forward a strong domestic legislative agenda. Proroguing Parliament is the legal and necessary way of delivering this.",
      "direct", "a spokeman for 10 Downing Street", "10 Downing Street", "expressed"),
]

# ---------------------------------------------------------------- 10 Water vapour on K2-18b
MENTIONS["10_science_k2_18b_water_vapour"] = """
Cornell University | Cornell University
University of Montreal | University of Montreal
Nature Astronomy | Nature Astronomy
University College London | University College London
UCL | University College London
Montreal | Montreal | P
Björn Benneke | Björn Benneke
NASA | NASA
UCL | University College London
Montreal | Montreal | P
UCL | University College London
Angelos Tsiaras | Angelos Tsiaras
Ryan Cloutier | Ryan Cloutier
Harvard–Smithsonian Center for Astrophysics | Harvard–Smithsonian Center for Astrophysics
The Guardian | The Guardian
NASA | NASA
European Space Agency | European Space Agency
"""
CLAIMS["10_science_k2_18b_water_vapour"] = [
    C("first", 1, "exact", "ordinal", ctx="the first such discovery"),
    C("first", 1, "exact", "ordinal", "Angelos Tsiaras", "Angelos Tsiaras", ctx="the first potentially"),
    C("about 110 light-years", 110, "about", "other", unit="light-year"),
    C("33 Earth days", 33, "exact", "duration", unit="day"),
]
QUOTES["10_science_k2_18b_water_vapour"] = [
    Q("This is the first potentially habitable planet where the temperature is right and where we now know there is water,",
      "direct", "UCL astronomer Angelos Tsiaras", "Angelos Tsiaras", "said"),
    Q("It's the best candidate for habitability right now.", "direct", "UCL astronomer Angelos Tsiaras",
      "Angelos Tsiaras", "said"),
    Q("It's a good sign", "direct", "Ryan Cloutier", "Ryan Cloutier", "said"),
    Q("Overall,", "direct", "Ryan Cloutier", "Ryan Cloutier", "continued"),
    Q("the presence of water in its atmosphere certainly improves the prospect of K2-18b being a potentially habitable planet, but further observations will be required to say for sure.",
      "direct", "Ryan Cloutier", "Ryan Cloutier", "continued"),
]

# ---------------------------------------------------------------- 11 "Storm Area 51"
MENTIONS["11_us_area51_storm"] = """
US | United States
Area 51 | Area 51 | P
United States Air Force | United States Air Force
Nevada Test and Training Range | Nevada Test and Training Range | P
Matty Roberts | Matty Roberts
Roberts | Matty Roberts
Roberts | Matty Roberts
Bakersfield | Bakersfield | P
California | California | P
Area 51 Alien Center | Area 51 Alien Center | P
Area 51 | Area 51
Japanese | Japan
Area 51 | Area 51 | P
Rachel | Rachel | P
Lincoln County | Lincoln County | P
Little A'Le'Inn | Little A'Le'Inn
Kerry Lee | Kerry Lee
BBC | BBC
Air Force | United States Air Force
Nevada | Nevada | P
Lee | Kerry Lee
Rachel | Rachel | P
Hiko | Hiko | P
Las Vegas | Las Vegas | P
Nevada | Nevada | P
Matty Roberts | Matty Roberts
Bob Lazar | Bob Lazar
Area 51 | Area 51 | | ctx=surrounding Area 51
"""
CLAIMS["11_us_area51_storm"] = [
    C("Millions", None, "about", "other"),
    C("millions", None, "about", "other", "earlier event plans", None),
    C("one-to-two hundred", None, "about", "other", low=100, high=200),
    C("More than two million", 2e6, "more_than", "other"),
    C("million-and-a-half", 1.5e6, "exact", "other"),
    C("decades", None, "about", "duration", unit="year"),
    C("around fifty", 50, "about", "population"),
    C("one percent", 1, "exact", "percent", "Kerry Lee", "Kerry Lee", unit="percent"),
    C("Fewer than two hundred", 200, "fewer_than", "other"),
    C("one", 1, "exact", "arrested", "Sheriff Lee", "Kerry Lee", ctx="arrested one person"),
    C("three", 3, "exact", "arrested", ctx="arrested three"),
    C("Over a thousand", 1000, "more_than", "other"),
]
QUOTES["11_us_area51_storm"] = [
    Q("storm", "term"),
    Q("Storm Area 51, They Can't Stop All of Us", "term"),
    Q("We will all meet up at the Area 51 Alien Center tourist attraction and coordinate our entry [...] If we Naruto run, we can move faster than their bullets. Let's see them aliens.",
      "direct", "The event description", "Matty Roberts", "read"),
    Q("would be more overwhelming than we can handle", "partial", "County sheriff Kerry Lee", "Kerry Lee", "told"),
    Q("suspicion of trespassing", "term"),
    Q("Storm Area 51 Basecamp Experience", "term"),
    Q("Alien Stock", "term"),
]

# ---------------------------------------------------------------- 12 Qandeel Baloch's brother sentenced
MENTIONS["12_pakistan_baloch_sentence"] = """
Pakistani | Pakistan
Pakistan | Pakistan | P
Mohammed Waseem | Mohammed Waseem
Qandeel Baloch | Qandeel Baloch
Multan | Multan | P
Waseem | Mohammed Waseem
Baloch | Qandeel Baloch
Waseem | Mohammed Waseem
Anwar | Anwar
Waseem | Mohammed Waseem
Pakistani | Pakistan
Waseem | Mohammed Waseem
Abdul Qawi | Abdul Qawi
Qawi | Abdul Qawi
Baloch | Qandeel Baloch
Qawi | Abdul Qawi
Qawi | Abdul Qawi
Qawi | Abdul Qawi
Qawi | Abdul Qawi
Waseem | Mohammed Waseem
Baloch | Qandeel Baloch
Qandeel Baloch | Qandeel Baloch
Pakistan | Pakistan
India | India
Pakistan | Pakistan | P
Baloch | Qandeel Baloch
Lahore | Lahore | P
Fouzia Azeem | Qandeel Baloch
Qandeel Baloch | Qandeel Baloch
Dawn | Dawn
Baloch | Qandeel Baloch
Baloch | Qandeel Baloch
Pakistan | Pakistan
Waseem | Mohammed Waseem
"""
CLAIMS["12_pakistan_baloch_sentence"] = [
    C("few weeks", None, "about", "duration", unit="week"),
    C("about 250 miles", 250, "about", "other", unit="mi"),
    C("400 km", 400, "about", "other", unit="km"),
    C("about 750,000", 750000, "about", "other"),
    C("25 years", 25, "exact", "duration", unit="year"),
]
QUOTES["12_pakistan_baloch_sentence"] = [
    Q("As women we must stand up for ourselves. As women we must stand up for each other[,]", "direct", "Baloch",
      "Qandeel Baloch", "wrote"),
    Q("I believe I am a modern day feminist.", "direct", "Baloch", "Qandeel Baloch", "wrote"),
    Q("Kim Kardashian of Pakistan,", "term"),
]

# ---------------------------------------------------------------- 13 ECJ ruling on Facebook
MENTIONS["13_eu_ecj_facebook_ruling"] = """
European Court of Justice | European Court of Justice
Facebook | Facebook
European Court of Justice | European Court of Justice
ECJ | European Court of Justice
European Union | European Union
EU | European Union
Luxembourg | Luxembourg | P
Eva Glawischnig-Piesczek | Eva Glawischnig-Piesczek
Austria | Austria | P
Austrian | Austria
Facebook | Facebook
Ireland | Ireland | P
EU | European Union
Ireland | Ireland | P
Austrian | Austria
oe24.at | oe24.at
Eva Glawischnig-Piesczek | Eva Glawischnig-Piesczek
The Greens | The Greens
Glawischnig-Piesczek | Eva Glawischnig-Piesczek
Austria | Austria | P
Facebook | Facebook
Austria | Austria | P
Glawischnig-Piesczek | Eva Glawischnig-Piesczek
Supreme Court of Justice | Supreme Court of Justice of Austria
Oberster Gerichtshof | Supreme Court of Justice of Austria
Austria | Austria
ECJ | European Court of Justice
EU | European Union
EU | European Union
ECJ | European Court of Justice
EU | European Union
Court of Justice | European Court of Justice
Oberster Gerichtshof | Supreme Court of Justice of Austria
European Court of Justice | European Court of Justice
Facebook | Facebook
Steve Peers | Steve Peers
University of Essex | University of Essex
BBC | BBC
Facebook | Facebook
Jennifer Daskal | Jennifer Daskal
American University | American University
Slate | Slate
EU | European Union
Austria | Austria
Facebook | Facebook
Facebook | Facebook
Facebook | Facebook
"""
CLAIMS["13_eu_ecj_facebook_ruling"] = []
QUOTES["13_eu_ecj_facebook_ruling"] = [
    Q("illegal", "term"),
    Q("Eva Glawischnig-Piesczek vs. Facebook Ireland Limited", "term"),
    Q("corrupt oaf", "partial", "The comments", None, "termed"),
    Q("lousy traitor", "partial", "The comments", None, "termed"),
    Q("If there's a court order to say that someone's been defamed, then Facebook has to also search for different variations of it",
      "direct", "Steve Peers", "Steve Peers", "said"),
    Q("[t]here's no harmonised defamation law internationally", "direct", "Steve Peers", "Steve Peers", "observing"),
    Q("a single EU country (in this case Austria) could demand an online provider (in this case Facebook) to take down an objectionable post, monitor its site for equivalent content, and take down those postings as well. And it says a country could do so on a global scale, regardless of where the poster or the viewer is located. In so ruling, the court demonstrated a shocking ignorance of the technology involved and set the stage for the most censor-prone country to set global speech rules.",
      "direct", "Jennifer Daskal", "Jennifer Daskal", "wrote"),
    Q("This judgment raises critical questions around freedom of expression and the role that internet companies should play in monitoring, interpreting and removing speech that might be illegal in any particular country",
      "direct", "Facebook", "Facebook", "read"),
    Q("It undermines the long-standing principle that one country does not have the right to impose its laws on speech on another country",
      "direct", "Facebook", "Facebook", "claimed"),
]

# ---------------------------------------------------------------- 14 US restricts flights to Cuba
MENTIONS["14_us_cuba_flight_restrictions"] = """
US | United States
Cuba | Cuba | P
United States Department of Transportation | United States Department of Transportation
Cuba | Cuba | P
Cuba | Cuba | P
Havana | Havana | P
US | United States
Mike Pompeo | Mike Pompeo
Elaine Chao | Elaine Chao
Pompeo | Mike Pompeo
Cuban government | Cuban government
Cuban | Cuba
Nicolás Maduro | Nicolás Maduro
Venezuela | Venezuela | P
José Martí International Airport | José Martí International Airport | P
Pompeo | Mike Pompeo
Bruno Parrilla | Bruno Parrilla
Cuba | Cuba
US | United States
US | United States
Cuban | Cuba
CBS | CBS
Cuban | Cuba
American Airlines | American Airlines
JetBlue | JetBlue
Cuban | Cuba
Havana | Havana | P
Trump administration | Trump administration
Cuba's government | Cuban government
Barack Obama | Barack Obama
"""
CLAIMS["14_us_cuba_flight_restrictions"] = [
    C("9", 9, "exact", "other", "Bruno Parrilla", "Bruno Parrilla"),
    C("45 days", 45, "exact", "duration", "CBS", "CBS", unit="day"),
]
QUOTES["14_us_cuba_flight_restrictions"] = [
    Q("ongoing repression of the Cuban people and its support for Nicolás Maduro in Venezuela", "partial", "Pompeo",
      "Mike Pompeo", "cited"),
    Q("I strongly reject new #US blockade measure that bans #US airlines' flights to 9 Cuban airports [...] they won't extract any concession from us. We shall overcome!",
      "direct", "Bruno Parrilla", "Bruno Parrilla", "responded"),
]

PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (8, 'Bahamas'): 3572887, (8, 'Abaco Islands'): None, (8, 'Abaco'): None, (8, 'Grand Bahama'): None,
    (8, 'Sandy Point'): None, (8, 'Marsh Harbour'): None,
    (9, 'Scotland'): None,
    (10, 'Montreal'): 6077243,
    (11, 'Area 51'): None, (11, 'Nevada Test and Training Range'): None, (11, 'Bakersfield'): 5325738,
    (11, 'California'): 5332921, (11, 'Area 51 Alien Center'): None, (11, 'Rachel'): None,
    (11, 'Lincoln County'): None, (11, 'Nevada'): 5509151, (11, 'Hiko'): None, (11, 'Las Vegas'): 5506956,
    (12, 'Pakistan'): 1168579, (12, 'Multan'): 1169825, (12, 'Lahore'): 1172451,
    (13, 'Luxembourg'): 2960316, (13, 'Austria'): 2782113, (13, 'Ireland'): 2963597,
    (14, 'Cuba'): 3562981, (14, 'Havana'): 3553478, (14, 'Venezuela'): 3625428,
    (14, 'José Martí International Airport'): None,
}  # fmt: skip
