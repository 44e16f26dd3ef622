"""Hand annotations of held-out set 11, half a (gold): seven real English Wikinews articles (CC BY 2.5; texts
as they are in ``articles/``, taken from the GUM corpus's news documents), written from the article texts
alone, blind to the toolkit's rules, dictionaries (until the annotations were frozen), code and output.

Conventions: heldout5's and heldout6's (docstrings of ``heldout5_annotations.py``/``heldout6_annotations.py``
and ``GUIDELINES_NOTES.md`` in ``/work/agree/shared/conventions``), with heldout6's layout: mentions as
"surface | label [| P] [| ctx=...]" blocks, claims ``C(...)``, quotes ``Q(...)``, all in text order.

Judgement calls of this set (the conventions did not settle them):

* The texts keep the Wikinews date line ("Saturday, October 9, 2010") and the image captions with their
  credits ("Image: Nick Moreau."). Date lines are dates (no claim). Named photographers and uploaders in the
  credits are person mentions ("Nick Moreau", "Mark Rathbun", and the uploader name "Friedrichstrasse" in 06,
  read as a user name, not the street). Captions and section headers are otherwise annotated like body text.
* Scientology (01, 02): "Scientology" used for the organisation ("a member of Scientology", "an attorney for
  Scientology", "Scientology officials", "Scientology-related employment", "in Scientology jargon",
  "Scientology device") is a mention of the Church of Scientology (label "Church of Scientology"); the
  capitalised "the Church" in 02 is a capitalised short name (mention), lower-case "the church" is not.
  "Sea Org" is an organisation. "Scientologist" (a member) is not a mention. "Freedom Magazine" and "the
  Freedom article" are mentions of the publication.
* Ships, programmes, products, games, fictional characters and events are not mentions: the cruise ship
  Freewinds, "Rehabilitation Project Force" (a Scientology programme, though "sent to" it), NCLAN (a research
  programme), PlayStation VR, Batman, Bruce Wayne, the Bat Cave, Nightwing, Belle, Epic Mickey, Doctor Who,
  the International Space Station account, Fan Expo Canada 2016 (and "Canada" inside it), the Northern Arena
  Esports Championship, the Google Science Fair (and "Google" inside it), the Booker Prize, the Clean Air Act,
  the ICI/IMU tax systems. Twitter and Facebook as a medium are not mentions; "Twitter gave Mohamed the option
  to come to their company" and "Facebook creator/co-founder" are the companies (mentions).
* Cosplayers' handles ("The Katherinator", "Peekaboo Cosplay") are person mentions; "Brampton Spider-Gwen"
  (a cosplay name built on a city) is not annotated.
* Hong Kong (04): a location (heldout5), a place where the election is held ("Hong Kong legislative election",
  "election in Hong Kong"), not in "Hong Kong's history". Geographical constituencies (New Territories West,
  Kowloon East, Hong Kong Island, ...) are location places ("In the X geographical constituency"); functional
  constituencies ("District Council (Second)", "Social Welfare", "Architectural, Surveying, Planning and
  Landscape") are electoral categories, not places or actors, and are not annotated. "pro-Beijing" gives a
  China mention each time (heldout5's metonym rule); the camps (pan-democracy, localist, anti-establishment)
  are not named organisations. Parties known only by initials keep them as label (DAB, FTU, ADPL, LSD, BPA,
  NWSC); "New People Party", "New People's Party" and "NPP" are one party.
* Municipal bodies (06): "Municipality of Livorno" / "Municipality of Bogliasco" are one organisation mention
  each (a capitalised proper name of the body), not places; "The city" (speaker) is their back-reference.
  "the State" (capitalised, the Italian state, also inside a quote), "the Monti government" and "the
  Government" are mentions of Italy / the Italian government; "Court" (capitalised, for the Supreme Court) is
  a mention.
* "the United Nations" in "travel to the United Nations" (07) is a place (a destination; no GeoNames id); "the
  United Nations headquarters" and "the U.N. headquarters" are not places (the body owns the building). "the
  Dallas chapter of the Council on American - Islamic Relations": Dallas is a place (a city modifying a thing),
  the council an organisation. "University of Texas Arlington Muslim Student Association" is one mention of
  the association. "NASA" on a T-shirt and in captions is a mention.
* Claims: "The 22nd Fan Expo Canada" (an edition number in a name) is not a claim; "the 33rd floor" (a floor
  label, like an address) is not; "billion-year-contract" and "20-minute" are number-adjectives; "19 year old"
  is an age; "the first case ... the second case" enumerate (not claims); "In the past few days" is a date
  span (not a claim); "one Immortals player" is a determiner. "third map"/"third round" are two ordinal claims
  (the round in a sequence), "second place" an ordinal claim. "larger than a third" is 33.33 percent,
  more_than; "increased from 9 to 10" gives two counts. Numbers in a quote take the quote's speaker ("three
  branches", "two hours", "30 hours", "three guys", "25 percent"). "$" without a country in 03 (a prize at a
  Toronto event) gets unit null; "$ 200" in 01 (Los Angeles) is USD. Study findings reported without a named
  actor take the words "The scientists"/"The researchers" (null label) where a reporting verb names them.
* Quotes: the GUM texts lost the display marks of pull quotes and block quotes; the two pull quotes of Valeska
  Paris and the Church's statement in 02 (introduced by "the Church denied these allegations:") are annotated
  as direct quotes although they have no quotation marks (the nested 'forced' is not annotated separately).
  Single-quoted 'anti-christ' in 01 is nested. Quotes opening as a fragment after "asserted that Scientology
  officials," or "described Montalvo as an individual," are partial (heldout5). Galantino's block quote after
  a colon keeps cue "called" (the verb introducing it).
"""

from __future__ import annotations

from typing import Any

ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "United States", "Australia", "Switzerland", "United Kingdom", "France", "Canada", "Brazil", "China",
   "Italy")
_a("organization",
   # 01-02
   "Church of Scientology", "Sea Org", "Freedom Magazine", "Los Angeles Sheriff's office", "LA Weekly",
   "Australian Broadcasting Corporation",
   # 03
   "Ubisoft", "Microsoft", "Cloud9", "Immortals", "501st Legion", "Make-A-Wish Foundation", "Comic Corps of Canada",
   "The Ontario Ghostbusters", "Doctor Who Society of Canada", "Klingon Assault Group", "Wikinews", "Disney",
   # 04
   "Civic Passion", "Civic Party", "Democratic Party", "New People's Party", "DAB", "FTU", "Labour Party", "ADPL",
   "People Power", "LSD", "Youngspiration", "Neo Democrats", "Demosisto", "Legislative Council", "BPA",
   "Proletariat Political Institute", "NWSC",
   # 05
   "Massachusetts Institute of Technology", "Colorado State University", "University of Sheffield",
   "Nature Climate Change", "The Huffington Post", "U.S. Department of Agriculture",
   "U.S. Environmental Protection Agency", "Croucher Foundation", "US National Science Foundation",
   "US National Park Service",
   # 06
   "Catholic Church", "Instituto Gonzaga", "Italian Supreme Court of Cassation", "Municipality of Livorno",
   "Municipality of Bogliasco", "Movimento 5 Stelle", "Santo Spirito", "Immacolata", "Italian government",
   "Italian Episcopal Conference", "MicroMega", "Union of Rationalist Atheists and Agnostics",
   # 07
   "Facebook", "Google", "United Nations", "NASA", "The Deseret News", "The Straits Times", "Twitter",
   "University of Texas Arlington", "Council on American - Islamic Relations",
   "University of Texas Arlington Muslim Student Association", "Irving Independent School District",
   "Irving Police Department")
_a("person",
   "Daniel Montalvo", "Marc Headley", "Mark Rathbun", "L. Ron Hubbard", "Tom Devocht", "Kendrick Moxon",
   "Steve Whitmore", "Tiziano Lugli", "Jason Beghe",
   "Valeska Paris", "Albert Jaquier",
   "Nick Moreau", "Stan Lee", "Mark Hamill", "Margaret Atwood", "Johnnie Christmas", "Kevin Conroy",
   "The Katherinator", "Jessica Anderson", "Peekaboo Cosplay",
   "Eddie Chu", "Cheng Chung-tai", "Kwok Ka-ki", "Andrew Wan", "Michael Tien", "Ben Chan", "Leung Che-cheung",
   "Alice Mak", "Junius Ho", "Lee Cheuk-yan", "Frederick Fung", "Elizabeth Quat", "Alvin Yeung", "Fernando Cheung",
   "Raymond Chan", "Leung Kwok-hung", "Lam Cheuk-ting", "Baggio Leung", "Gary Chan", "Eunice Yung", "Gary Fan",
   "Regina Ip", "Kwok Wai-keung", "Horace Cheung", "Nathan Law", "Hui Chi-fung", "Tanya Chan", "Cyd Ho",
   "Ann Chiang", "Priscilla Leung", "Claudia Mo", "Wong Pik-wan", "Lau Siu-lai", "Yau Wai-ching", "Raymond Wong",
   "Wong Kwok-kin", "Wilson Or", "Paul Tse", "Wu Chi-wai", "Jeremy Tam", "Wong Yeung-tat", "Leung Yiu-chung",
   "Kwong Chun-yu", "James To", "Starry Lee", "Holden Chow", "Wong Kwok-hing", "Shiu Ka-chun", "Edward Yiu",
   "Colette Heald", "AS Heagle",
   "Friedrichstrasse", "Luca Pastorino", "Stefania Giannini", "Claudio De Vincenti", "Toccafondi", "Roberto Maroni",
   "Nunzio Galantino",
   "Ahmed Mohamed", "Barack Obama", "Mark Zuckerberg", "Marc Lamont Hill", "Sergey Brin", "Mohamed El-Hassan Mohamed",
   "Amneh Jafari", "Alia Salem", "Sehar Memon")
_a("location",
   "California", "Florida", "Century City Towers", "Los Angeles", "East Los Angeles",
   "Bonaire", "Flag Land Base", "Clearwater", "Sydney",
   "Toronto", "Metro Toronto Convention Centre", "North America",
   "Hong Kong", "New Territories West", "New Territories East", "Hong Kong Island", "Kowloon West", "Kowloon East",
   "Taikoo",
   "Milan", "Genova", "Lombardy", "Livorno", "Tuscany",
   "Texas", "Irving", "New York", "Mountain View", "White House", "Dallas")

MENTIONS: dict[str, str] = {}
CLAIMS: dict[str, list[dict[str, Any]]] = {}
QUOTES: dict[str, list[dict[str, Any]]] = {}


from standalone_builder import C, Q  # noqa: E402  (the record constructors, shared by the builder)

# ---------------------------------------------------------------- 01 Scientology defector arrested (US)
MENTIONS["01_defector"] = """
Scientology | Church of Scientology
Scientology | Church of Scientology
Sea Org | Sea Org
California | California | P
Scientology | Church of Scientology
Daniel Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Sea Org | Sea Org
Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Marc Headley | Marc Headley
Mark Rathbun | Mark Rathbun
Daniel Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Sea Org | Sea Org
Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Sea Org | Sea Org
Sea Org | Sea Org
L. Ron Hubbard | L. Ron Hubbard
Sea Org | Sea Org
Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Freedom Magazine | Freedom Magazine
Tom Devocht | Tom Devocht
Mark Rathbun | Mark Rathbun
Montalvo | Daniel Montalvo
Devocht | Tom Devocht
Freedom | Freedom Magazine
Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Rathbun | Mark Rathbun
Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Devocht | Tom Devocht
Florida | Florida | P
Devocht | Tom Devocht
Montalvo | Daniel Montalvo
Rathbun | Mark Rathbun
Scientology | Church of Scientology
Montalvo | Daniel Montalvo
Sea Org | Sea Org
Scientology | Church of Scientology
Scientology | Church of Scientology
Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Kendrick Moxon | Kendrick Moxon
Rathbun | Mark Rathbun
Moxon | Kendrick Moxon
Daniel | Daniel Montalvo
Daniel | Daniel Montalvo
Moxon | Kendrick Moxon
Scientology | Church of Scientology
Scientology | Church of Scientology
Rathbun | Mark Rathbun
Los Angeles Sheriff's office | Los Angeles Sheriff's office
Scientology | Church of Scientology
Montalvo | Daniel Montalvo
Rathbun | Mark Rathbun
Daniel | Daniel Montalvo
Century City Towers | Century City Towers | P
Rathbun | Mark Rathbun
Scientology | Church of Scientology
church of Scientology | Church of Scientology
Daniel | Daniel Montalvo
Steve Whitmore | Steve Whitmore
LA Sheriff's office | Los Angeles Sheriff's office
LA Weekly | LA Weekly
Montalvo | Daniel Montalvo
Whitmore | Steve Whitmore
Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Los Angeles | Los Angeles | P
Scientology | Church of Scientology
East Los Angeles | East Los Angeles | P
Montalvo | Daniel Montalvo
Whitmore | Steve Whitmore
LA Weekly | LA Weekly
Florida | Florida | P
Montalvo | Daniel Montalvo
East L.A. | East Los Angeles | P
Whitmore | Steve Whitmore
LA Weekly | LA Weekly
Montalvo | Daniel Montalvo
Scientology | Church of Scientology
Tiziano Lugli | Tiziano Lugli
Jason Beghe | Jason Beghe
Rathbun | Mark Rathbun
Montalvo | Daniel Montalvo
Montalvo | Daniel Montalvo
"""
CLAIMS["01_defector"] = [
    C("US$ 20,000", 20000, "exact", "money", unit="USD"),
    C("three", 3, "exact", "other", "Rathbun", "Mark Rathbun", ctx="three branches"),
    C("two hours", 2, "exact", "duration", "Rathbun", "Mark Rathbun", unit="hour"),
    C("30 hours", 30, "exact", "duration", "Rathbun", "Mark Rathbun", unit="hour"),
    C("five", 5, "exact", "other", "Whitmore", "Steve Whitmore", ctx="five hard drives"),
    C("$ 200", 200, "exact", "money", "Whitmore", "Steve Whitmore", unit="USD"),
    C("three", 3, "exact", "other", "Rathbun", "Mark Rathbun", ctx="three guys"),
]
QUOTES["01_defector"] = [
    Q("Moxon proceeded to lie to Daniel that the hard drives were never returned, and made a convincing case (not difficult to do with a 19 year old who does not even know the three branches of government) that Daniel would be put behind iron bars for a good long time, UNLESS of course, he returned and cooperated with Moxon and routed out properly.",
      "direct", "Rathbun", "Mark Rathbun", "wrote"),
    Q("route out", "term", ctx='"route out"'),
    Q("Daniel was picked up by an investigator in a black car with blacked out windows. Instead of being taken to a hotel, where he could route out as promised, he was taken to the Century City Towers. He was deposited in an office on the 33rd floor where a pricy church lawyer interrogated him for two hours.",
      "direct", "Rathbun", "Mark Rathbun", "stated"),
    Q("... plied the Sheriff's detective with a grand conspiracy theory, characterizing me as the 'anti-christ' of the church of Scientology. ... The next thing Daniel knows he's in a cell where he sat for the next 30 hours.",
      "partial", "Rathbun", "Mark Rathbun", "asserted"),
    Q("walked into lobby of the East L.A. station and turned himself in", "partial", "Whitmore", "Steve Whitmore", "told"),
    Q("everything he did", "partial", "Whitmore", "Steve Whitmore", "told"),
    Q("facing the penitentiary in thanks for the following sins: a) Leaving a lifehood of slavery to get a taste of freedom and the world. b) Refusing - despite every provocation and incentive and threat - to frame three guys who went out of their ways (and dipped into their pockets) to help the kid achieve that freedom.",
      "partial", "Rathbun", "Mark Rathbun", "described"),
]

# ---------------------------------------------------------------- 02 Australian woman v. Church of Scientology
_PULL = ("I was basically hauled in and told that my mum had attacked the church and that I needed to disconnect "
         "from her because she was suppressive.")
MENTIONS["02_imprisoned"] = """
Australian | Australia
Church of Scientology | Church of Scientology
Valeska Paris | Valeska Paris
Australian | Australia
Church of Scientology | Church of Scientology
Scientology | Church of Scientology
Church of Scientology | Church of Scientology
Bonaire | Bonaire | P
Paris | Valeska Paris
Switzerland | Switzerland | P
United Kingdom | United Kingdom | P
Sea Org | Sea Org
Paris | Valeska Paris
Paris | Valeska Paris
Valeska Paris | Valeska Paris
Scientology | Church of Scientology
French | France
Paris | Valeska Paris
Albert Jaquier | Albert Jaquier
Scientology | Church of Scientology
Paris | Valeska Paris
Flag Land Base | Flag Land Base | P
Clearwater | Clearwater | P
Florida | Florida | P
Paris | Valeska Paris
Paris | Valeska Paris
Sydney | Sydney | P
Church | Church of Scientology
Australian Broadcasting Corporation | Australian Broadcasting Corporation
Church | Church of Scientology
Paris | Valeska Paris
Church | Church of Scientology
Church | Church of Scientology
Paris | Valeska Paris
"""
CLAIMS["02_imprisoned"] = [
    C("twelve years", 12, "exact", "duration", "Australian woman", "Valeska Paris", unit="year"),
    C("twelve years", 12, "exact", "duration", "Valeska Paris", "Valeska Paris", unit="year"),
    C("two weeks", 2, "exact", "duration", "Paris", "Valeska Paris", unit="week"),
    C("twelve years", 12, "exact", "duration", "Paris", "Valeska Paris", unit="year"),
]
QUOTES["02_imprisoned"] = [
    Q(_PULL, "direct", "Valeska Paris", "Valeska Paris"),
    Q(_PULL, "direct", "Valeska Paris", "Valeska Paris"),
    Q("She certainly wasn't 'forced' to be there. She was also never forced to perform labour in the engine room.",
      "direct", "the Church", "Church of Scientology", "denied"),
]

# ---------------------------------------------------------------- 03 Fan Expo Canada 2016, Toronto (culture)
MENTIONS["03_expo"] = """
Toronto | Toronto | P
Nick Moreau | Nick Moreau
Metro Toronto Convention Centre | Metro Toronto Convention Centre | P
North America | North America | P
Stan Lee | Stan Lee
Mark Hamill | Mark Hamill
Margaret Atwood | Margaret Atwood
Atwood | Margaret Atwood
Johnnie Christmas | Johnnie Christmas
Lee | Stan Lee
Canadian | Canada
Hamill | Mark Hamill
Kevin Conroy | Kevin Conroy
Ubisoft | Ubisoft
Microsoft | Microsoft
US | United States
Cloud9 | Cloud9
Immortals | Immortals
Brazil | Brazil
Brazillian | Brazil
Immortals | Immortals
US | United States
Nick Moreau | Nick Moreau
Canadian | Canada
501st Legion | 501st Legion
Make-A-Wish Foundation | Make-A-Wish Foundation
Comic Corps of Canada | Comic Corps of Canada
The Ontario Ghostbusters | The Ontario Ghostbusters
Doctor Who Society of Canada | Doctor Who Society of Canada
Klingon Assault Group | Klingon Assault Group
Comic Corps | Comic Corps of Canada
Nick Moreau | Nick Moreau
501st Legion | 501st Legion
Nick Moreau | Nick Moreau
Nick Moreau | Nick Moreau
The Katherinator | The Katherinator
Nick Moreau | Nick Moreau
Wikinews | Wikinews
The Katherinator | The Katherinator
Disney | Disney
Nick Moreau | Nick Moreau
Nick Moreau | Nick Moreau
Jessica Anderson | Jessica Anderson
Nick Moreau | Nick Moreau
Nick Moreau | Nick Moreau
Peekaboo Cosplay | Peekaboo Cosplay
Nick Moreau | Nick Moreau
"""
CLAIMS["03_expo"] = [
    C("thousands", None, "about", "other", ctx="attracting thousands"),
    C("Hundreds", None, "about", "other"),
    C("thousands", None, "about", "other", ctx="thousands of fans"),
    C("$ 50,000", 50000, "exact", "money"),
    C("third", 3, "exact", "ordinal", ctx="third map"),
    C("third", 3, "exact", "ordinal", ctx="third round"),
    C("nearly half an hour", 0.5, "nearly", "duration", unit="hour"),
    C("thousands", None, "about", "other", ctx="thousands of cosplay"),
    C("thousands", None, "about", "other", ctx="Of the thousands"),
    C("many hours", None, "about", "duration", unit="hour"),
    C("Three", 3, "exact", "other", ctx="Three of Digimon"),
]
QUOTES["03_expo"] = [
    Q("third map", "term"),
    Q("The Katherinator", "term", ctx='"The Katherinator"'),
    Q("Digi-destined", "term"),
]

# ---------------------------------------------------------------- 04 Hong Kong Legislative Council election 2016
MENTIONS["04_election"] = """
Hong Kong | Hong Kong | P
Hong Kong | Hong Kong | P
Beijing | China
Eddie Chu | Eddie Chu
New Territories West | New Territories West | P
Eddie Chu | Eddie Chu
Cheng Chung-tai | Cheng Chung-tai
Civic Passion | Civic Passion
Kwok Ka-ki | Kwok Ka-ki
Andrew Wan | Andrew Wan
Civic Party | Civic Party
Democratic Party | Democratic Party
Beijing | China
New People Party | New People's Party
Michael Tien | Michael Tien
DAB | DAB
Ben Chan | Ben Chan
Leung Che-cheung | Leung Che-cheung
FTU | FTU
Alice Mak | Alice Mak
Junius Ho | Junius Ho
Lee Cheuk-yan | Lee Cheuk-yan
Labour Party | Labour Party
Frederick Fung | Frederick Fung
ADPL | ADPL
Junius Ho | Junius Ho
Lee Cheuk-yan | Lee Cheuk-yan
Michael Tien | Michael Tien
NPP | New People's Party
DAB | DAB
Elizabeth Quat | Elizabeth Quat
New Territories East | New Territories East | P
Alvin Yeung | Alvin Yeung
Civic Party | Civic Party
Fernando Cheung | Fernando Cheung
Labour Party | Labour Party
Raymond Chan | Raymond Chan
People Power | People Power
Leung Kwok-hung | Leung Kwok-hung
LSD | LSD
Lam Cheuk-ting | Lam Cheuk-ting
Democratic Party | Democratic Party
Youngspiration | Youngspiration
Baggio Leung | Baggio Leung
Beijing | China
Elizabeth Quat | Elizabeth Quat
DAB | DAB
Beijing | China
Gary Chan | Gary Chan
DAB | DAB
Eunice Yung | Eunice Yung
New People's Party | New People's Party
Gary Fan | Gary Fan
Neo Democrats | Neo Democrats
Alvin Yeung | Alvin Yeung
Civic Party | Civic Party
New People Party | New People's Party
Regina Ip | Regina Ip
Hong Kong Island | Hong Kong Island | P
Beijing | China
New People Party | New People's Party
Regina Ip | Regina Ip
Beijing | China
FTU | FTU
Kwok Wai-keung | Kwok Wai-keung
DAB | DAB
Horace Cheung | Horace Cheung
Demosisto | Demosisto
Nathan Law | Nathan Law
Legislative Council | Legislative Council
Hong Kong | Hong Kong
Hui Chi-fung | Hui Chi-fung
Democratic Party | Democratic Party
Tanya Chan | Tanya Chan
Civic Party | Civic Party
Cyd Ho | Cyd Ho
Labour Party | Labour Party
Nathan Law | Nathan Law
Demosisto | Demosisto
Ann Chiang | Ann Chiang
DAB | DAB
Kowloon West | Kowloon West | P
Beijing | China
Ann Chiang | Ann Chiang
DAB | DAB
Priscilla Leung | Priscilla Leung
BPA | BPA
Claudia Mo | Claudia Mo
Civic Party | Civic Party
Wong Pik-wan | Wong Pik-wan
Democratic Party | Democratic Party
Lau Siu-lai | Lau Siu-lai
Youngspiration | Youngspiration
Yau Wai-ching | Yau Wai-ching
Yau Wai-ching | Yau Wai-ching
Raymond Wong | Raymond Wong
Proletariat Political Institute | Proletariat Political Institute
Claudia Mo | Claudia Mo
Civic Party | Civic Party
Wong Kwok-kin | Wong Kwok-kin
FTU | FTU
Kowloon East | Kowloon East | P
Beijing | China
Wilson Or | Wilson Or
Paul Tse | Paul Tse
Wong Kwok-kin | Wong Kwok-kin
FTU | FTU
Wu Chi-wai | Wu Chi-wai
Democratic Party | Democratic Party
Civic Party | Civic Party
Jeremy Tam | Jeremy Tam
Civic Passion | Civic Passion
Wong Yeung-tat | Wong Yeung-tat
Civic Passion | Civic Passion
Wu Chi-wai | Wu Chi-wai
Democratic Party | Democratic Party
Leung Yiu-chung | Leung Yiu-chung
NWSC | NWSC
Kwong Chun-yu | Kwong Chun-yu
Democratic Party | Democratic Party
Leung Yiu-chung | Leung Yiu-chung
NWSC | NWSC
James To | James To
Democratic Party | Democratic Party
Beijing | China
DAB | DAB
Starry Lee | Starry Lee
Holden Chow | Holden Chow
Beijing | China
Wong Kwok-hing | Wong Kwok-hing
FTU | FTU
James To | James To
DAB | DAB
Starry Lee | Starry Lee
Beijing | China
Shiu Ka-chun | Shiu Ka-chun
Edward Yiu | Edward Yiu
Legislative Council | Legislative Council
Taikoo | Taikoo | P
Hong Kong Island | Hong Kong Island | P
Hong Kong | Hong Kong | P
Legislative Council | Legislative Council
"""
CLAIMS["04_election"] = [
    C("around 2 million", 2e6, "about", "other"),
    C("58%", 58, "exact", "percent", unit="percent"),
    C("larger than a third", 33.33, "more_than", "percent", unit="percent"),
    C("84,121", 84121, "exact", "other"),
    C("Two", 2, "exact", "other", ctx="Two pan-democratic"),
    C("around five thousand", 5000, "about", "other"),
    C("58,825", 58825, "exact", "other"),
    C("60,760", 60760, "exact", "other"),
    C("second", 2, "exact", "ordinal", ctx="second place"),
    C("50,818", 50818, "exact", "other"),
    C("two", 2, "exact", "other", ctx="other two anti-establishment"),
    C("424", 424, "exact", "other"),
    C("51,516", 51516, "exact", "other"),
    C("491,667", 491667, "exact", "other"),
    C("10,694", 10694, "exact", "other"),
    C("9", 9, "exact", "other", ctx="from 9 to 10"),
    C("10", 10, "exact", "other", ctx="to 10."),
    C("around 2 million", 2e6, "about", "other"),
    C("58%", 58, "exact", "percent", unit="percent"),
    C("four hours", 4, "exact", "duration", unit="hour"),
    C("70", 70, "exact", "other", ctx="70 members"),
]
QUOTES["04_election"] = [
    Q("Super District Council", "term"),
]

# ---------------------------------------------------------------- 05 Global warming, ozone and crops (science)
MENTIONS["05_warming"] = """
Massachusetts Institute of Technology | Massachusetts Institute of Technology
Colorado State University | Colorado State University
US | United States
University of Sheffield | University of Sheffield
UK | United Kingdom
Nature Climate Change | Nature Climate Change
Colette Heald | Colette Heald
The Huffington Post | The Huffington Post
Heald | Colette Heald
U.S. Department of Agriculture | U.S. Department of Agriculture
AS Heagle | AS Heagle
U.S. Environmental Protection Agency | U.S. Environmental Protection Agency
Heald | Colette Heald
Heald | Colette Heald
The Huffington Post | The Huffington Post
US | United States
U.S. | United States | P
U.S. | United States | P
Croucher Foundation | Croucher Foundation
US National Science Foundation | US National Science Foundation
US National Park Service | US National Park Service
"""
CLAIMS["05_warming"] = [
    C("10%", 10, "more_than", "percent", "The scientists", None, unit="percent"),
    C("50 percent", 50, "exact", "percent", "The scientists", None, unit="percent"),
    C("49 percent", 49, "exact", "percent", unit="percent"),
    C("27 percent", 27, "exact", "percent", unit="percent"),
    C("46 percent", 46, "exact", "percent", "The researchers", None, unit="percent"),
    C("25 percent", 25, "exact", "percent", "Heald", "Colette Heald", unit="percent"),
]
QUOTES["05_warming"] = [
    Q("The climate projections are quite consistent [...] the future of ozone pollution is very different [...] leading to either offsetting or reinforcing effects [of climate change] on crops",
      "direct", "Colette Heald", "Colette Heald", "told"),
    Q("nobody has looked at these together", "partial", "Heald", "Colette Heald", "said"),
    Q("Ground-level ozone causes more damage to plants than all other air pollutants combined", "direct",
      "The U.S. Department of Agriculture", "U.S. Department of Agriculture", "notes"),
    Q("An air-quality cleanup would improve crop yields [...] Ozone is something that we understand the causes of, and the steps that need to be taken to improve air quality.",
      "direct", "Heald", "Colette Heald", "noted"),
    Q("Despite an increase in vehicle miles driven and energy consumption, surface ozone has declined by 25 percent on average across the U.S. from 1980 to 2012 [...] However, the future of ozone air quality in the U.S. and around the world will depend on local emissions, the use of pollution control technology, regulations, and air quality policy.",
      "direct", "Heald", "Colette Heald", "told"),
]

# ---------------------------------------------------------------- 06 Italian municipalities tax religious schools (politics)
MENTIONS["06_taxes"] = """
Italy | Italy | P
Italy | Italy | P
Catholic Church | Catholic Church
Instituto Gonzaga | Instituto Gonzaga
Milan | Milan | P
Friedrichstrasse | Friedrichstrasse
Italian Supreme Court of Cassation | Italian Supreme Court of Cassation
Municipality of Livorno | Municipality of Livorno
Municipality of Bogliasco | Municipality of Bogliasco
Genova | Genova | P
Movimento 5 Stelle | Movimento 5 Stelle
M5S | Movimento 5 Stelle
Lombardy | Lombardy
Luca Pastorino | Luca Pastorino
M5S | Movimento 5 Stelle
Supreme Court | Italian Supreme Court of Cassation
Court | Italian Supreme Court of Cassation
Santo Spirito | Santo Spirito
Immacolata | Immacolata
Livorno | Livorno | P
Tuscany | Tuscany | P
Municipality of Livorno | Municipality of Livorno
Italian | Italy
Monti government | Italian government
State | Italy
Stefania Giannini | Stefania Giannini
Claudio De Vincenti | Claudio De Vincenti
Toccafondi | Toccafondi
State | Italy
Lombardy | Lombardy
Roberto Maroni | Roberto Maroni
CEI | Italian Episcopal Conference
Italian Episcopal Conference | Italian Episcopal Conference
Nunzio Galantino | Nunzio Galantino
Italian | Italy
Government | Italian government
MicroMega | MicroMega
Union of Rationalist Atheists and Agnostics | Union of Rationalist Atheists and Agnostics
UAAR | Union of Rationalist Atheists and Agnostics
Supreme Court | Italian Supreme Court of Cassation
"""
CLAIMS["06_taxes"] = [
    C("over 422,000 euros", 422000, "more_than", "money", unit="EUR"),
    C("more than 11,000", 11000, "more_than", "other"),
]
QUOTES["06_taxes"] = [
    Q("because the users of the private schools pay a frequency fee, this kind of activity is considered as a commercial one",
      "direct", "The city", "Municipality of Livorno", "reasoned"),
    Q("more general reflection", "partial", "Stefania Giannini", "Stefania Giannini", "said"),
    Q("a discussion table will be opened with the non-profit associations, religious association included", "direct",
      "Claudio De Vincenti", "Claudio De Vincenti", "said"),
    Q("many schools will increase their fees or they will quit. Then the State will have to find new resources to build new structures and manage them",
      "direct", "Toccafondi", "Toccafondi", "says"),
    Q("dangerous", "partial", "Nunzio Galantino", "Nunzio Galantino", "called", ctx='"dangerous"'),
    Q("ideological", "partial", "Nunzio Galantino", "Nunzio Galantino", "called", ctx='"ideological"'),
    Q("We face a dangerous sentence. Who takes the decisions, do it with less ideology. Because I have the clear sensation that with this way of thinking, they wait the praise of some ideologized supporters. Indeed, they don't understand what kind of good service private schools held",
      "direct", "Nunzio Galantino", "Nunzio Galantino", "called"),
]

# ---------------------------------------------------------------- 07 Ahmed Mohamed's clock (US, society)
MENTIONS["07_clock"] = """
Texas | Texas
Ahmed Mohamed | Ahmed Mohamed
Texas | Texas | P
Ahmed Mohamed | Ahmed Mohamed
Irving | Irving | P
Texas | Texas | P
Mohamed | Ahmed Mohamed
US | United States
Barack Obama | Barack Obama
Facebook | Facebook
Mark Zuckerberg | Mark Zuckerberg
Mohamed | Ahmed Mohamed
Google | Google
California | California | P
United Nations | United Nations
New York | New York | P
US | United States
Barack Obama | Barack Obama
Ahmed Mohamed | Ahmed Mohamed
Barack Obama | Barack Obama
Mohamed | Ahmed Mohamed
NASA | NASA
The Deseret News | The Deseret News
The Straits Times | The Straits Times
Mohamed | Ahmed Mohamed
American | United States
Marc Lamont Hill | Marc Lamont Hill
Google | Google | | ctx=outreach from Google
Mohamed | Ahmed Mohamed
Mohamed | Ahmed Mohamed
Google | Google | | ctx=Google's headquarters
Mountain View | Mountain View | P
California | California | P
Google | Google | | ctx=Co-founder of Google
Sergey Brin | Sergey Brin
Mohamed | Ahmed Mohamed
Google | Google | | ctx=visit to Google
Mohamed | Ahmed Mohamed
United Nations | United Nations | P
Mohamed El-Hassan Mohamed | Mohamed El-Hassan Mohamed
U.N. | United Nations
New York | New York | P
University of Texas Arlington | University of Texas Arlington
Amneh Jafari | Amneh Jafari
Mohamed | Ahmed Mohamed
Jafari | Amneh Jafari
Mohamed | Ahmed Mohamed
NASA | NASA
Ahmed Mohamed | Ahmed Mohamed
NASA | NASA
US | United States
Barack Obama | Barack Obama
Ahmed | Ahmed Mohamed
White House | White House | P
America | United States
Twitter | Twitter | | ctx=Twitter gave
Mohamed | Ahmed Mohamed
Facebook | Facebook
Mark Zuckerberg | Mark Zuckerberg
Mohamed | Ahmed Mohamed
Dallas | Dallas | P
Council on American - Islamic Relations | Council on American - Islamic Relations
Alia Salem | Alia Salem
Mohamed | Ahmed Mohamed
United States | United States | P
University of Texas Arlington Muslim Student Association | University of Texas Arlington Muslim Student Association
Sehar Memon | Sehar Memon
Mohamed | Ahmed Mohamed
Memon | Sehar Memon
Mohamed | Ahmed Mohamed
Irving Independent School District | Irving Independent School District
Irving Police Department | Irving Police Department
"""
CLAIMS["07_clock"] = [
    C("over one million", 1e6, "more_than", "other"),
]
QUOTES["07_clock"] = [
    Q("support movement", "partial", "The Straits Times", "The Straits Times", "noted"),
    Q("Hoping that the #istandwithahmed movement translates into a substantive national conversation on race, punishment, and incarceration.",
      "direct", "Marc Lamont Hill", "Marc Lamont Hill", "commented"),
    Q("Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids like you to like science. It's what makes America great.",
      "direct", "Barack Obama", "Barack Obama", "tweeted"),
]

PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (1, 'California'): 5332921, (1, 'Florida'): 4155751, (1, 'Century City Towers'): None,
    (1, 'Los Angeles'): 5368361, (1, 'East Los Angeles'): 5344994, (1, 'East L.A.'): 5344994,
    (2, 'Bonaire'): None, (2, 'Switzerland'): 2658434, (2, 'United Kingdom'): 2635167, (2, 'Flag Land Base'): None,
    (2, 'Clearwater'): 4151316, (2, 'Florida'): 4155751, (2, 'Sydney'): 2147714,
    (3, 'Toronto'): 6167865, (3, 'Metro Toronto Convention Centre'): None, (3, 'North America'): 6255149,
    (4, 'Hong Kong'): 1819730, (4, 'New Territories West'): None, (4, 'New Territories East'): None,
    (4, 'Hong Kong Island'): 12747064, (4, 'Kowloon West'): None, (4, 'Kowloon East'): None, (4, 'Taikoo'): None,
    (5, 'U.S.'): 6252001,
    (6, 'Italy'): 3175395, (6, 'Milan'): 3173435, (6, 'Genova'): 3176219, (6, 'Livorno'): 3174659,
    (6, 'Tuscany'): None,
    (7, 'Texas'): 4736286, (7, 'Irving'): 4700168, (7, 'California'): 5332921, (7, 'New York'): 5128581,
    (7, 'Mountain View'): 5375480, (7, 'United Nations'): None, (7, 'White House'): None, (7, 'Dallas'): 4684888,
    (7, 'United States'): 6252001,
}  # fmt: skip
