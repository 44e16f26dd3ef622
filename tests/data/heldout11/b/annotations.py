"""Hand annotations of held-out set 11, half b (gold, annotator ``heldout11``): seven English Wikinews articles
(CC BY 2.5, via the GUM corpus ``amir-zeldes/gum``), 08-14, written from the article texts alone, blind to the
toolkit, its rules, code and output, and to every other annotation of these articles.

Layout and conventions: those of the worked example (heldout6_annotations.py, GUIDELINES_NOTES.md) and of
heldout5's docstring; ``build_gold.py`` (adapted from heldout6's) checks every offset and writes ``gold.jsonl``.
The texts keep the Wikinews date line ("Sunday, January 20, 2008") and image captions ("Image: Jambula.") as
they are in the article files; date lines are not claims; captions are annotated like any other text.

Judgement calls where the conventions did not settle a case:

* 08 (Scientology). "Scientology" standing for the Church (a side in a conflict, "a war that Scientology has
  been waging", "Critics of Scientology", and as a modifier "the Scientology website/homepage",
  "Scientology-critic") is a mention of the Church of Scientology (modifiers are mentions, as "a West Virginia
  woman"); not mentions: "Scientologist", "The word scientology", the newsgroup "alt.religion.scientology" and
  the domain "Scientology.org" (websites and newsgroups used as a medium, like "via Twitter"; so also
  "Insurgency Wiki", "pigmy", "YouTube" in "remove ... from YouTube"). "YouTube is complying" (acting) is a
  mention; 4chan ("a spinoff of 4chan", not a medium) is an organisation. "Anonymous" (the hacker collective)
  is a mention typed ``group``, and "Anon" in the blog-post title is the same actor; "Anonymous blogger" is a
  description (an anonymous blogger), not a mention. Wikinews ("Wikinews has learned") is a mention.
  "Internet: 1, Scientology: 0" is one ``score`` claim (value 1) as a tally; "18-fold" is a claim (a
  multiplier used adverbially, not a number-adjective); "one in three" -> 33.33 percent; "number 3" in a
  ranking is an ordinal claim sourced to Hitwise UK (its category); "just over 24 hours ago" is an "X ago" date.
  Quoted names ("Anonymous", "Insurgency Wiki", "History", the blog title "Anon declares war on Church of
  Scientology") are ``term``; "Scientology vs. the Internet, part XVII" is Ingram's coinage (``partial``,
  "dubbed"). The message on the Church's website is the Church's words (a document's words are its issuer's).
* 09 (asylum). "Indonesian Navy"/"Indonesian navy", "Malaysian navy", "Indonesian military", "US State
  Department" are one mention each of the body (demonym/state + body). The typo "Untied Nations" is a mention
  of the United Nations. "Indonesia waters" is a modifier (not a place); "from Myanmar" (origin of a minority)
  is a place, as heldout5's pilgrims "from Myanmar"; "toward Malaysia/Indonesia" are places. "twice" is a
  count claim (value 2). "Estimates suggest 8000" -> ``about``, source "Estimates" (no label).
* 10 (Afghan robotics). "FIRST Global" is treated as the name of the competition (an event: not a mention);
  the capitals Washington D.C., Kabul and Mexico City are labelled by name and mapped to their states' ids.
  "the State and Homeland Security Departments" gives two mentions ("State", "Homeland Security
  Departments"). "Image: United States Navy." (a photo credit) is a mention. Nationalities of teams ("teams
  from Sudan", "Team Estonia") are state mentions, not places. "nearly two decades" -> 2, unit ``decade``.
  "one or two points" is a range (``score``). The award name "courageous achievement", the robot names, the
  legal words "parole" and "significant public benefit." are ``term``. "the first FIRST Global competition" and
  "their first matchup" are ordinal claims.
* 11 (Hajj). "1,426 pilgrims were trampled" (the deadliest stampede) is ``killed``; "the five pillars" is a
  count claim. The Al-Ghaza Hotel collapses (an entity, not a place); "Grand Mosque" is the same actor as
  "Masjid Al-Haram". The image caption "The Plains of Arafat" is a place.
* 12 (World Cup). National teams are their states (not places); "England" is a ``location`` actor (as
  heldout6), "English captain" a mention of England. Match results ("1 – 0") and "three points" are ``score``
  claims (value = first number); minute ordinals ("20th minute"), "first/second half" and "day five" are
  time points or labels (not claims); "the first game of the day", "a third goal", "a second goal", "Sweden's
  first victory", "the fifth time I've been at a World Cup" are ordinal claims. "the Belgians" names players
  (no mention). Each quote that runs over a paragraph break with ONE pair of marks (opening mark in one
  paragraph, closing mark at the end of the next) is ONE quote, the text inside the marks, paragraph break
  included.
* 13 (homeopathy). "Crown" (in "Crown prosecutor" and "asserted by the Crown") is a mention of the prosecuting
  state (mapped to Australia's id, as a body of the state). The child is labelled "Gloria" (the only name the
  text gives). "the Sams" is a family (not a mention). The photo credit "Jambula" is a person. Ages ("42",
  "nine-month-old", "at the age of four months") are not claims.
* 14 (lanterns). Adjectival measurements without hyphen are not claims, as heldout6's "the two hour barrier":
  "240,000 square meter memorial park", "15 meter high", "12 year", "2000 year old", "2 km circumference",
  "70 meter memorial hall", "a 20 minute walk"; "the fourth or fifth day" is a date. "Taipei" (Taiwan's
  capital) is mapped to Taiwan's id; "Taipei City Lantern Festival" and "Chinese New Year" are event names (no
  mention) but "the Taipei lantern festival" (lower case) keeps "Taipei" as a place; "Chinese zodiac" is a
  mention of China (as heldout6's "Chinese culture"). "NTU" inside a station's name is not a mention.
"""

from __future__ import annotations

from typing import Any

ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Indonesia", "Myanmar", "Malaysia", "United States", "Thailand", "Afghanistan", "Gabon", "Estonia",
   "Poland", "Armenia", "Canada", "Sudan", "Iran", "Libya", "Yemen", "Syria", "Morocco", "Saudi Arabia", "Sweden",
   "South Korea", "Belgium", "Panama", "Tunisia", "Australia", "India", "Taiwan", "China")
_a("organization",
   # 08
   "Church of Scientology", "Wikinews", "4chan", "YouTube", "Gawker.com", "The Globe and Mail", "Operation Clambake",
   "BBC News", "Hitwise UK",
   # 09
   "Indonesian Navy", "Indonesian military", "United Nations", "ABC News", "AFP", "Malaysian Navy",
   "US State Department",
   # 10
   "United States Navy", "United States National Security Council", "US Department of Homeland Security",
   # 11
   "Saudi Interior Ministry",
   # 13
   "Social Science & Medicine", "Crown", "Sydney Morning Herald",
   # 14
   "Malaysia Tourism board")
_a("group", "Anonymous")
_a("armed_group", "Taliban")
_a("person",
   "Tom Cruise", "Matthew Ingram",
   "Fuad Basya", "Muhammad Amin", "Najib Razak", "John Kerry", "Jeff Rathke",
   "Donald Trump", "Hamdullah Mohib", "Dean Kamen", "Alireza Mehraban", "Rodaba Noori",
   "Harry Kane", "Kim Shin-Wook", "Marcus Berg", "Park Joo-Ho", "Kim Min-Woo", "Hwang Hee-Chan", "Joel Aguilar",
   "Andreas Granqvist", "Romelu Lukaku", "Yannick Carrasco", "Dries Mertens", "Michael Murillo", "Thibaut Courtois",
   "Kevin De Bruyne", "Eden Hazard", "Nacer Chadli", "Axel Witsel", "Hernan Dario Gomez", "Jesse Lingard",
   "Harry Maguire", "John Stones", "Mouez Hassen", "Farouk Ben Mustapha", "Kyle Walker", "Ferjani Sassi",
   "Nabil Maaloul",
   "Thomas Sam", "Manju Sam", "Gloria", "Jambula", "Mark Tedeschi", "Tom Molomby",
   "Hau Lung-bin")
_a("location",
   "Aceh", "South East Asia",
   "Daughters of the American Revolution Constitution Hall", "Washington D.C.", "Herat", "Kabul", "Mexico City",
   "Plains of Arafat", "Mecca", "Jamarat Bridge", "Al-Ghaza Hotel", "Masjid Al-Haram",
   "England", "Nizhny Novgorod Stadium", "Fisht Stadium", "Sochi", "Volgograd Arena",
   "Sydney",
   "Taipei", "Chiang Kai Shek Memorial", "Chiang Kai Shek Memorial Hall Station", "NTU Hospital Station",
   "Shandao Station")

# Mentions: "surface | label", "surface | label | P" (used as a place), optionally "| ctx=<context>"; text order.
MENTIONS: dict[str, str] = {}
# Claims: C(surface, value, qualifier, counted, source words, source label, unit=, low=, high=, ctx=); text order.
CLAIMS: dict[str, list[dict[str, Any]]] = {}
# Quotes: Q(quote, kind, speaker words, speaker label, cue, ctx=); text order.
QUOTES: dict[str, list[dict[str, Any]]] = {}


from standalone_builder import C, Q  # noqa: E402  (the record constructors, shared by the builder)

# ---------------------------------------------------------------- 08 hackers attack the Church of Scientology website
MENTIONS["08_hackers"] = """
Church of Scientology | Church of Scientology
Wikinews | Wikinews
Church of Scientology | Church of Scientology
Anonymous | Anonymous
4chan | 4chan
Church of Scientology | Church of Scientology
Tom Cruise | Tom Cruise
YouTube | YouTube | | ctx=YouTube is complying
Church of Scientology | Church of Scientology
Gawker.com | Gawker.com
Scientology | Church of Scientology | | ctx=Scientology: 0
Matthew Ingram | Matthew Ingram
Matthew Ingram | Matthew Ingram
The Globe and Mail | The Globe and Mail
Church of Scientology | Church of Scientology
Cruise | Tom Cruise
Scientology | Church of Scientology | | ctx=Scientology vs.
Church of Scientology | Church of Scientology
Cruise | Tom Cruise
Scientology | Church of Scientology | | ctx=war that Scientology
Tom Cruise | Tom Cruise
Church of Scientology | Church of Scientology
Anon | Anonymous | | ctx=Anon declares
Church of Scientology | Church of Scientology
Scientology | Church of Scientology | | ctx=Scientology homepage
Tom Cruise | Tom Cruise
Church of Scientology | Church of Scientology
scientology | Church of Scientology | | ctx=the scientology website
Scientology | Church of Scientology | | ctx=Scientology-critic
Operation Clambake | Operation Clambake
Scientology | Church of Scientology | | ctx=Critics of Scientology
Church of Scientology | Church of Scientology
Scientology | Church of Scientology | | ctx=the Scientology website
Tom Cruise | Tom Cruise
BBC News | BBC News
Hitwise UK | Hitwise UK
"""
CLAIMS["08_hackers"] = [
    C("Internet: 1, Scientology: 0", 1, "exact", "score", "Matthew Ingram", "Matthew Ingram"),
    C("almost 15 years", 15, "nearly", "duration", "Matthew Ingram", "Matthew Ingram", unit="year"),
    C("18-fold", 18, "exact", "other"),
    C("one in three", 100 / 3, "exact", "percent", unit="percent"),
    C("number 3", 3, "exact", "ordinal", "Hitwise UK", "Hitwise UK"),
]
QUOTES["08_hackers"] = [
    Q("Anonymous", "term"),
    Q("Insurgency Wiki", "term"),
    Q("History", "term"),
    Q("So far, it's the Internet: 1, Scientology: 0. But it's a long game.", "direct", "Matthew Ingram",
      "Matthew Ingram"),
    Q("Scientology vs. the Internet, part XVII", "partial", "Matthew Ingram", "Matthew Ingram", "dubbed"),
    Q("another small skirmish in a war that Scientology has been waging for almost 15 years, since the early days of newsgroups such as alt.religion.scientology, which posted internal church documents in 1994. Lawsuits have been filed, mailing lists have been shut down, homes of discussion group participants have been raided and their computers seized -- an all-out war.",
      "partial", "Matthew Ingram", "Matthew Ingram", "characterized"),
    Q("Prompted I think by the Tom Cruise video, a new obsession is taking hold on the internet. An insurgency against The Church of Scientology.",
      "direct", "Anonymous blogger", None),
    Q("Anon declares war on Church of Scientology", "term"),
    Q("I have myself, as per instructions, loaded up Gigaloader and started bombarding the Scientology homepage. Theres [sic] something in the hilarious anarchy of the net that produces these 'events' every now and again.",
      "direct", "One poster", None, "writing"),
    Q("Prompted I think by the Tom Cruise video, a new obsession is taking hold on the internet. An insurgency against The Church of Scientology.",
      "direct", "The poster", None, "wrote"),
    Q("Someone emailed me earlier today talking about a tool a group’s been using to attack the scientology website. It’s an interesting tool, created to overload/create malformed strings and crash a website’s database,",
      "direct", "an unknown author", None, "said"),
    Q("The word scientology means search for truth ...", "direct", "a message", "Church of Scientology", "stating"),
    Q("How can people look at both sides if one side is gone?", "direct", "one poster", None, "writing"),
]

# ---------------------------------------------------------------- 09 asylum seekers rescued off Indonesia
MENTIONS["09_asylum"] = """
Indonesian | Indonesia
Indonesian Navy | Indonesian Navy
Aceh | Aceh | P
Indonesia | Indonesia | P
Fuad Basya | Fuad Basya
Indonesian military | Indonesian military
Myanmar | Myanmar | P
Myanmar | Myanmar
United Nations | United Nations
ABC News | ABC News
Basya | Fuad Basya
Indonesia | Indonesia | | ctx=Indonesia waters
Malaysia | Malaysia
Indonesia | Indonesia
AFP | AFP
Untied Nations | United Nations
United States | United States
Muhammad Amin | Muhammad Amin
Malaysia | Malaysia | P
Indonesian navy | Indonesian Navy
Indonesia | Indonesia | P
Malaysian navy | Malaysian Navy
Malaysia | Malaysia
Najib Razak | Najib Razak
Thailand | Thailand
US State Department | US State Department
John Kerry | John Kerry
Thailand | Thailand
Jeff Rathke | Jeff Rathke
State Department | US State Department
Rathke | Jeff Rathke
South East Asia | South East Asia
"""
CLAIMS["09_asylum"] = [
    C("Over 900", 900, "more_than", "other"),
    C("over 700", 700, "more_than", "other"),
    C("200", 200, "exact", "other", ctx="200 more"),
    C("first", 1, "exact", "ordinal", ctx="the first boat"),
    C("twice", 2, "exact", "other", ctx="turned around twice"),
    C("8000", 8000, "about", "other", "Estimates", None),
]
QUOTES["09_asylum"] = [
    Q("We are in contact with all relevant parties, with whom we share the desire to find a solution to this crisis",
      "direct", "Najib Razak", "Najib Razak", "said"),
    Q("We urge the governments of the region to work together quickly, first and foremost, to save the lives of migrants now at sea who are in need of an immediate rescue effort",
      "direct", "Jeff Rathke", "Jeff Rathke", "said"),
]

# ---------------------------------------------------------------- 10 all-girl Afghan robotics team
MENTIONS["10_afghan"] = """
Afghan | Afghanistan
Afghan | Afghanistan | | ctx=Afghan teenagers
Daughters of the American Revolution Constitution Hall | Daughters of the American Revolution Constitution Hall | P
Washington D.C. | Washington D.C. | P
Afghan | Afghanistan | | ctx=Afghan team, which
United States | United States | P
U.S. | United States | | ctx=U.S. President
Donald Trump | Donald Trump
U.S. | United States | P | ctx=to the U.S.
Afghan | Afghanistan | | ctx=Afghan Ambassador
United States | United States
Hamdullah Mohib | Hamdullah Mohib
Afghanistan | Afghanistan
Washington D.C. | Washington D.C. | P
United States Navy | United States Navy
Dean Kamen | Dean Kamen
Afghan | Afghanistan | | ctx=Afghan team's coach
Alireza Mehraban | Alireza Mehraban
Afghan | Afghanistan | | ctx=Afghan team's robot
Gabonese | Gabon
Estonian | Estonia
Poland | Poland
Armenia | Armenia
Rodaba Noori | Rodaba Noori
Afghan | Afghanistan | | ctx=Afghan women
United States | United States | P
Trump | Donald Trump
Washington D.C. | Washington D.C. | P
United States | United States | P
Herat | Herat | P
Kabul | Kabul | P
Taliban | Taliban
Donald Trump | Donald Trump
United States National Security Council | United States National Security Council
State | US State Department | | ctx=the State and
Homeland Security Departments | US Department of Homeland Security
U.S. | United States | P
Afghanistan | Afghanistan
U.S. | United States
Afghan | Afghanistan
Hamdullah Mohib | Hamdullah Mohib
United States | United States | P
Canada | Canada | P
Afghanistan | Afghanistan
Trump | Donald Trump
Sudan | Sudan
Iran | Iran
Libya | Libya
Yemen | Yemen
Syrian | Syria
Syria | Syria
Syrian | Syria
Morocco | Morocco
Iran | Iran
U.S. | United States
Estonia | Estonia
Mohib | Hamdullah Mohib
Afghan | Afghanistan
Mexico City | Mexico City | P
"""
CLAIMS["10_afghan"] = [
    C("nearly two decades", 2, "nearly", "duration", "Hamdullah Mohib", "Hamdullah Mohib", unit="decade"),
    C("first", 1, "exact", "ordinal", ctx="The first FIRST"),
    C("three", 3, "exact", "other", ctx="groups of three"),
    C("three", 3, "exact", "other", ctx="three robots"),
    C("first", 1, "exact", "ordinal", "Alireza Mehraban", "Alireza Mehraban", ctx="their first matchup"),
    C("one or two points", None, "about", "score", "Alireza Mehraban", "Alireza Mehraban", low=1, high=2),
    C("twice", 2, "exact", "other", ctx="twice denied"),
    C("about 500 miles", 500, "about", "other", unit="mi"),
    C("800 km", 800, "about", "other", unit="km"),
    C("twice", 2, "exact", "other", ctx="trip twice"),
    C("163", 163, "exact", "other"),
    C("two", 2, "exact", "other", ctx="two Syrian teams"),
    C("roughly four months", 4, "about", "duration", unit="month"),
    C("two weeks", 2, "exact", "duration", unit="week"),
    C("one day", 1, "exact", "duration", unit="day"),
    C("first", 1, "exact", "ordinal", ctx="the first FIRST Global competition, and"),
]
QUOTES["10_afghan"] = [
    Q("courageous achievement", "term"),
    Q("courageous achievement", "term"),
    Q("Better Idea of Afghan Girls,", "term"),
    Q("We are so interested because we find a big chance to show the talent and ability of Afghans,", "direct",
      "Rodaba Noori", "Rodaba Noori", "told"),
    Q("to show that Afghan women can make robots too and we can improve in this section — [the] robotics section. We were so interested because we hadn't long or enough time to get ready for competition but we came to United States and now we are here because of Trump intervention.",
      "direct", "Rodaba Noori", "Rodaba Noori", "told"),
    Q("parole", "term"),
    Q("significant public benefit.", "term"),
    Q("Hope", "term"),
    Q("Robogee.", "term"),
    Q("Seventeen years ago, this would not have been possible at all,", "direct", "Ambassador Mohib",
      "Hamdullah Mohib", "said"),
    Q("They represent our aspirations and resilience despite having been brought up in a perpetual conflict. These girls will be proving to the world and the nation that nothing will prevent us from being an equal and active member of the international community.",
      "direct", "Ambassador Mohib", "Hamdullah Mohib", "said"),
]

# ---------------------------------------------------------------- 11 Hajj stampede
MENTIONS["11_stampede"] = """
Plains of Arafat | Plains of Arafat | P
Saudi Interior Ministry | Saudi Interior Ministry
Mecca | Mecca | P
Saudi Arabia | Saudi Arabia | P
Jamarat Bridge | Jamarat Bridge | P
Mecca | Mecca | P
Saudi | Saudi Arabia
Al-Ghaza Hotel | Al-Ghaza Hotel
Masjid Al-Haram | Masjid Al-Haram | P
Grand Mosque | Masjid Al-Haram | P
"""
CLAIMS["11_stampede"] = [
    C("Hundreds", None, "about", "dead"),
    C("over 345", 345, "more_than", "killed", "Saudi Interior Ministry", "Saudi Interior Ministry"),
    C("five", 5, "exact", "other", ctx="five pillars"),
    C("over 60,000", 60000, "more_than", "other"),
    C("1,426", 1426, "exact", "killed"),
    C("at least 76", 76, "at_least", "killed"),
]
QUOTES["11_stampede"] = []

# ---------------------------------------------------------------- 12 World Cup 2018 day five
MENTIONS["12_soccer"] = """
Sweden | Sweden
Belgium | Belgium
England | England
Sweden | Sweden
South Korea | South Korea
Belgium | Belgium
Panama | Panama
Tunisia | Tunisia
England | England
English | England
Harry Kane | Harry Kane
Sweden | Sweden
Korea Republic | South Korea
Sweden | Sweden
South Korea | South Korea
Nizhny Novgorod Stadium | Nizhny Novgorod Stadium | P
Sweden | Sweden
Korea | South Korea
Kim Shin-Wook | Kim Shin-Wook
Marcus Berg | Marcus Berg
Sweden | Sweden
Korea | South Korea
Park Joo-Ho | Park Joo-Ho
Kim Min-Woo | Kim Min-Woo
Hwang Hee-Chan | Hwang Hee-Chan
Kim Min-Woo | Kim Min-Woo
Joel Aguilar | Joel Aguilar
Sweden | Sweden
Swedish | Sweden
Andreas Granqvist | Andreas Granqvist
Sweden | Sweden
Hwang Hee-Chan | Hwang Hee-Chan
Korea | South Korea
Sweden | Sweden
Swedish | Sweden
Andreas Granqvist | Andreas Granqvist
Sweden | Sweden
Belgium | Belgium
Panama | Panama
Belgium | Belgium
Panama | Panama
Fisht Stadium | Fisht Stadium | P
Sochi | Sochi | P
Belgium | Belgium
Belgium | Belgium
Romelu Lukaku | Romelu Lukaku
Yannick Carrasco | Yannick Carrasco
Dries Mertens | Dries Mertens
Belgium | Belgium
Panama | Panama
Dries Mertens | Dries Mertens
Dries Mertens | Dries Mertens
Panama | Panama
Michael Murillo | Michael Murillo
Thibaut Courtois | Thibaut Courtois
Romelu Lukaku | Romelu Lukaku
Belgium | Belgium
Kevin De Bruyne | Kevin De Bruyne
Lukaku | Romelu Lukaku
Belgium | Belgium
Eden Hazard | Eden Hazard
Belgium | Belgium
Nacer Chadli | Nacer Chadli
Axel Witsel | Axel Witsel
Panamanian | Panama
Lukaku | Romelu Lukaku
Hernan Dario Gomez | Hernan Dario Gomez
Panama | Panama
Tunisia | Tunisia
England | England
Tunisia | Tunisia
England | England
Volgograd Arena | Volgograd Arena | P
England | England
England | England
Jesse Lingard | Jesse Lingard
Harry Maguire | Harry Maguire
Harry Kane | Harry Kane
John Stones | John Stones
England | England
Harry Kane | Harry Kane
Tunisia | Tunisia
Mouez Hassen | Mouez Hassen
Farouk Ben Mustapha | Farouk Ben Mustapha
Tunisia | Tunisia
English | England
Kyle Walker | Kyle Walker
Ferjani Sassi | Ferjani Sassi
English | England
Harry Kane | Harry Kane
England | England
England | England
Harry Kane | Harry Kane
Tunisia | Tunisia
Nabil Maaloul | Nabil Maaloul
"""
CLAIMS["12_soccer"] = [
    C("three points", 3, "exact", "score"),
    C("1 – 0", 1, "exact", "score"),
    C("3 – 0", 3, "exact", "score"),
    C("1 – 2", 1, "exact", "score"),
    C("1 – 0", 1, "exact", "score"),
    C("first", 1, "exact", "ordinal", ctx="the first game of the day"),
    C("0 – 0", 0, "exact", "score"),
    C("1 – 0", 1, "exact", "score"),
    C("three points", 3, "exact", "score"),
    C("first", 1, "exact", "ordinal", ctx="Sweden's first victory"),
    C("3 – 0", 3, "exact", "score"),
    C("first", 1, "exact", "ordinal", ctx="the first game of Group G"),
    C("0 – 0", 0, "exact", "score"),
    C("two minutes", 2, "exact", "duration", unit="minute"),
    C("Six minutes", 6, "exact", "duration", unit="minute"),
    C("third", 3, "exact", "ordinal", ctx="a third goal"),
    C("three points", 3, "exact", "score"),
    C("Five", 5, "exact", "other", ctx="Five Panamanian"),
    C("fifth", 5, "exact", "ordinal", "Hernan Dario Gomez", "Hernan Dario Gomez", ctx="the fifth time"),
    C("1 – 2", 1, "exact", "score"),
    C("Four minutes", 4, "exact", "duration", unit="minute"),
    C("1 – 1", 1, "exact", "score"),
    C("second", 2, "exact", "ordinal", ctx="a second goal"),
    C("2 – 1", 2, "exact", "score"),
    C("three points", 3, "exact", "score"),
    C("two or three goals", None, "about", "other", "Harry Kane", "Harry Kane", low=2, high=3),
]
QUOTES["12_soccer"] = [
    Q("I think we have learned a lot from today's game.\n\nIt was a very emotional day. This is the fifth time I've been at a World Cup but it felt like the first. The team was still very emotional at the start of the match but as time went by, they were able to focus better.",
      "direct", "Hernan Dario Gomez", "Hernan Dario Gomez", "said"),
    Q("In the first half it felt good out there.\n\nWe could've scored two or three goals in the first half and put the game to bed early.",
      "direct", "Harry Kane", "Harry Kane", "said"),
    Q("We were playing against a highly-skilled and highly co-ordinated team in terms of their forward players.\n\nIf we were to get a draw it would have been an excellent result for us. But hopefully this will lead to higher levels of concentration in the coming games.",
      "direct", "Nabil Maaloul", "Nabil Maaloul", "said"),
]

# ---------------------------------------------------------------- 13 parents prosecuted after homeopathic treatment
MENTIONS["13_homeopathic"] = """
Thomas Sam | Thomas Sam
Manju Sam | Manju Sam
Sydney | Sydney | P
Australia | Australia | P
Gloria | Gloria
Social Science & Medicine | Social Science & Medicine
Jambula | Jambula
Gloria | Gloria
Thomas Sam | Thomas Sam
Gloria | Gloria
Crown | Crown
Mark Tedeschi | Mark Tedeschi
Gloria | Gloria
Gloria | Gloria
Tedeschi | Mark Tedeschi
Gloria | Gloria
Crown | Crown
Gloria | Gloria
Thomas | Thomas Sam
Gloria | Gloria
India | India | P
Gloria | Gloria
Sydney Morning Herald | Sydney Morning Herald
Tom Molomby | Tom Molomby
India | India | P
"""
CLAIMS["13_homeopathic"] = [
    C("five months", 5, "exact", "duration", "Mark Tedeschi", "Mark Tedeschi", unit="month"),
    C("five months", 5, "exact", "duration", "Mr. Tedeschi", "Mark Tedeschi", unit="month"),
]
QUOTES["13_homeopathic"] = [
    Q("Gloria spent a lot of the last five months of her life crying, irritable, scratching and the only thing that gave her solace was to suck on her mother's breast.",
      "direct", "Mark Tedeschi", "Mark Tedeschi"),
    Q("Gloria's eczema played a devastating role in her overall health and it is asserted by the Crown that both her parents knew this and discussed it with each other.",
      "direct", "Mr. Tedeschi", "Mark Tedeschi", "told"),
    Q("I am not able to do that", "direct", "Thomas", "Thomas Sam", "replied"),
    Q("her skin was weeping, her body malnourished and her corneas melting", "direct", "Sydney Morning Herald",
      "Sydney Morning Herald"),
]

# ---------------------------------------------------------------- 14 Taipei lantern festival
MENTIONS["14_lanterns"] = """
Taipei | Taipei | P
Taipei | Taipei | P
Taiwan | Taiwan | P
Chiang Kai Shek Memorial | Chiang Kai Shek Memorial | P
Taipei | Taipei | P | ctx=downtown Taipei
Hau Lung-bin | Hau Lung-bin
Chinese | China | | ctx=Chinese zodiac
Taipei | Taipei | P | ctx=the Taipei lantern festival
Taiwan | Taiwan
Malaysia Tourism board | Malaysia Tourism board
Taiwan | Taiwan | P
Chiang Kai Shek Memorial Hall Station | Chiang Kai Shek Memorial Hall Station | P
NTU Hospital Station | NTU Hospital Station | P
Shandao Station | Shandao Station | P
"""
CLAIMS["14_lanterns"] = [
    C("hundreds of thousands", None, "about", "other"),
    C("hundreds", None, "about", "other", ctx="hundreds of colorful"),
    C("over 4 million", 4e6, "more_than", "other"),
    C("about 6 million", 6e6, "about", "other", "the event website", None),
    C("hours", None, "about", "duration", unit="hour", ctx="hours long"),
]
QUOTES["14_lanterns"] = []

PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (9, 'Aceh'): None, (9, 'Indonesia'): 1643084, (9, 'Myanmar'): 1327865, (9, 'Malaysia'): 1733045,
    (10, 'Daughters of the American Revolution Constitution Hall'): None, (10, 'Washington D.C.'): 4140963,
    (10, 'United States'): 6252001, (10, 'U.S.'): 6252001, (10, 'Herat'): 1140026, (10, 'Kabul'): 1138958,
    (10, 'Canada'): 6251999, (10, 'Mexico City'): 3530597,
    (11, 'Plains of Arafat'): None, (11, 'Mecca'): 104515, (11, 'Saudi Arabia'): 102358, (11, 'Jamarat Bridge'): None,
    (11, 'Masjid Al-Haram'): None, (11, 'Grand Mosque'): None,
    (12, 'Nizhny Novgorod Stadium'): None, (12, 'Fisht Stadium'): None, (12, 'Sochi'): 491422,
    (12, 'Volgograd Arena'): None,
    (13, 'Sydney'): 2147714, (13, 'Australia'): 2077456, (13, 'India'): 1269750,
    (14, 'Taipei'): 1668341, (14, 'Taiwan'): 1668284, (14, 'Chiang Kai Shek Memorial'): None,
    (14, 'Chiang Kai Shek Memorial Hall Station'): None, (14, 'NTU Hospital Station'): None,
    (14, 'Shandao Station'): None,
}  # fmt: skip
