"""Second annotator's hand annotations (annotator ``second_s9b``) of seven real English Wikinews articles of 2019
(08-14; CC BY 2.5, attribution in ``LICENSE.md``), written from the article texts alone, blind to any other
annotation of them and to any software output on them, following the conventions of the worked example
(``shared/conventions``: heldout5's docstring, GUIDELINES_NOTES.md, heldout6_annotations.py and build_gold.py).

Layout: as heldout6_annotations.py (ACTORS label -> type; MENTIONS "surface | label [| P] [| ctx=...]";
CLAIMS C(...); QUOTES Q(...); PLACE_GEONAMES (article number, surface) -> GeoNames id or None). Every list is in
text order.

Judgement calls where the conventions did not settle the case:

* Puerto Rico is a ``location`` (a territory, like heldout5's Hong Kong); "Puerto Rico governor", "Puerto Rico's
  governor", "Secretary of Justice for Puerto Rico", "for Puerto Rico" (beneficiary, in a quote) are possession /
  office, not places. San Juan is not a national capital: own id.
* Telegram (messaging app used as a medium), 8chan (message board), Facebook, Twitter: not mentions (platforms
  used as a medium). Boats and ships (Conception, Ka'imikai-O-Kanaloa): not mentions (like products). Hurricane
  Maria, the Gukurahundi massacres, the G7 Summit (event; "G7" inside it not annotated), the Paris Climate Accord
  (treaty, like bills; "Paris" inside it not annotated), El Niño: not mentions.
* "Walmart": the company; "a Walmart store" is a modifier (not a place); "arrived at the Walmart" and "The Walmart,
  by the Cielo Vista Mall, ... is roughly five miles from" name the store as a location, so ``is_place`` (no
  GeoNames id).
* "the El Paso mayor" and "The El Paso shooting": a city modifying a person / event stays a place (heldout6's "a
  Toronto lawyer", "Paris court"); "El Paso's police chief" is possession, not a place.
* "the U.S. Attorney for the Western District of Texas": "U.S." and "Texas" are names inside a title (Texas not a
  place). "U.S.-Mexico border crossing": both state mentions as modifiers, not places.
* "six Mexican nationals": "Mexican" is an adjective -> state mention (as "Hungarian engineers"); "Mexicans"
  (people) is not a mention.
* "Brazil's National Institute for Space Research": one mention of the body (X's <body>), mapped to Brazil.
  "UH Mānoa's Center for Microbial Oceanography: Research and Education": one mention of the centre (same rule
  applied to a university's body), so UH Mānoa gets no separate mention there.
* "Amazon rainforest" is a ``location``; a place where fires burn / is on fire / is opened up / people live; the
  headline's "Amazon rainforest fires" is a place (where the fires are); "Amazon issues" (a modifier of a topic)
  is a mention, not a place. "South American" (continent adjective) and "the West" are not mentions.
* The G7 is an organisation (also "Group of Seven", "G-7", "G7 action", "G7 meetings"); its members in the list
  are state mentions, not places. "Group of Six" and "G20" are organisations of their own.
* "the Ministry of Foreign Affairs" (13) confirming a death at a Singapore hospital: read as Singapore's
  ministry (the state nearest in the sentence; the text does not say) -> SGP. Uncertain; it may be Zimbabwe's.
* "Southern Rhodesia" and "Rhodesia" are former entities, ``location`` labels of their own; "returned to
  Rhodesia" is a place, "called Southern Rhodesia" is not. "the British" in Mugabe's quote names people: not a
  mention. "House of Assembly" -> Zimbabwe's legislature (ZWE). "Blue House" (a residence, object of the
  deal) is a location mention, not a place, and its quote is a ``term``.
* The nickname "Kim Kardashian of Pakistan," is a ``term``; the names inside it are not mentions (as names inside
  event names). "Fouzia Azeem" (birth name) is a mention of Qandeel Baloch. "Anwar" (the mother) is a person.
  "Mufti" is a title ("Abdul Qawi").
* Santa Barbara County in "Santa Barbara County Sheriff Bill Brown" is a name in a title, not a place. The
  United States Coast Guard (USCG) -> the state (armed service/agency), as heldout6's bodies.
* Claims: "all 33 passengers" (deaths) is ``dead``; "Dozens dead" is a vague count (value null); "~23 m",
  "~415 km2" keep the tilde and take ``about``; "nearly 24-hour" is a hyphenated adjective (no claim); "about an
  hour" has no numeral (no claim); "several months", "a few years", "a few weeks" are vague durations (as "some
  years", "the next few hours"); "several alleged accomplices" is not a claim (no number word); "four decades"
  has unit ``decade``; "thousands if not tens of thousands" is ONE vague claim (``killed``, bounds left null);
  "four or more people" (the archive's definition) is a criterion count (``at_least`` 4, as "at least one
  seat"); "Mugabe's first career" and "its first prime minister" are ordinals; "the 21st century" is a date;
  "eleven others" is a count and "eleventh governor" an ordinal; "the minimum prison sentence ... is now 25
  years" is exact. Counts attributed by "according to data from the Gun Violence Archive" take that source for
  the whole sentence.
* Quotes: the CNN block quote of the dispatcher's words (11) has no opening mark (one stray closing mark inside);
  it is annotated as ONE direct quote spanning the whole paragraph, speaker words "USCG dispatcher" (from the
  attribution line), null label (an unnamed official, as heldout6's "The head of the police's internal
  investigators"). Johnson's tweet split by "tweeted Johnson" gives two direct quotes. The manifesto's words are
  a partial quote of "the writer" (null label). "breadbasket" (what Zimbabwe "was called", per CNN) is a
  ``term``. The Spanish original after Rosselló's quote is not in quote marks and is not annotated. Pronoun
  speakers take the antecedent's words ("she said" -> "Monica Rochester"; "he declared" -> "Mugabe").
"""

from __future__ import annotations

from typing import Any

ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "United States", "Mexico", "France", "Germany", "United Kingdom", "Brazil", "Canada", "Japan", "Italy",
   "Bolivia", "Paraguay", "Zimbabwe", "Russia", "Pakistan", "India", "Singapore")
_a("organization",
   "Puerto Rico Center for Investigative Journalism", "New Progressive Party", "Walmart", "US government",
   "Mexican government", "Gun Violence Archive", "G7", "European Union", "Group of Six", "G20", "Mercosur",
   "National Institute for Space Research", "Greenpeace", "Amazon Environmental Research Institute", "UOL.com.br",
   "United States Coast Guard", "CNN", "Truth Aquatics", "Worldwide Diving Adventures", "USA Today", "Science",
   "University of Hawaii at Mānoa", "University of Southern California",
   "Center for Microbial Oceanography: Research and Education", "Singapore Ministry of Foreign Affairs",
   "Zimbabwe African National Union", "Movement for Democratic Change", "Zimbabwe House of Assembly",
   "Youth Forum Zimbabwe", "Dawn")
_a("person",
   "Ricardo Rosselló Nevares", "Wanda Vázquez Garced", "Luis Rivera Marín", "Ricardo Llerandi", "Josh Bash",
   "Andrés Manuel López Obrador", "Marcelo Ebrard", "Patrick Crusius", "Dee Margo", "Greg Allen", "Emmanuel Macron",
   "Angela Merkel", "Boris Johnson", "Jair Bolsonaro", "Ane Alencar", "Bill Brown", "Monica Rochester", "Seth John",
   "Sam Wilson", "Nick Hawco", "Robert Mugabe", "Emmerson Mnangagwa", "Ian Smith", "Morgan Tsvangirai",
   "Grace Mugabe", "Vladimir Putin", "Ashton Bumhira", "Mohammed Waseem", "Qandeel Baloch", "Anwar", "Abdul Qawi")
_a("location",
   "Puerto Rico", "San Juan", "El Paso", "Texas", "Cielo Vista Mall", "Ciudad Juárez", "Rio Grande", "Allen", "Dallas",
   "California", "Gilroy", "Chippewa Falls", "Wisconsin", "Dayton", "Ohio", "Amazon rainforest", "São Paulo",
   "Santa Cruz Island", "Santa Barbara County", "Kīlauea", "Alaska", "Hawaiian Islands", "Gleneagles Hospital",
   "Kutama", "Southern Rhodesia", "Rhodesia", "Africa", "Blue House", "Multan", "Lahore")

MENTIONS: dict[str, str] = {}
CLAIMS: dict[str, list[dict[str, Any]]] = {}
QUOTES: dict[str, list[dict[str, Any]]] = {}


from standalone_builder import C, Q  # noqa: E402  (the record constructors, shared by the builder)

# ---------------------------------------------------------------- 08 Puerto Rico governor resigns
MENTIONS["08_puertorico_rossello_resigns"] = """
Puerto Rico | Puerto Rico
Ricardo Rosselló Nevares | Ricardo Rosselló Nevares
Puerto Rico | Puerto Rico
U.S. | United States
Rosselló | Ricardo Rosselló Nevares
San Juan | San Juan | P
Rosselló | Ricardo Rosselló Nevares
Rosselló | Ricardo Rosselló Nevares
Puerto Rico Center for Investigative Journalism | Puerto Rico Center for Investigative Journalism
Rosselló | Ricardo Rosselló Nevares
San Juan | San Juan | P
Rosselló | Ricardo Rosselló Nevares
Wanda Vázquez Garced | Wanda Vázquez Garced
Puerto Rico | Puerto Rico
Luis Rivera Marín | Luis Rivera Marín
Vázquez | Wanda Vázquez Garced
Puerto Rico | Puerto Rico
Ricardo Llerandi | Ricardo Llerandi
Rosselló | Ricardo Rosselló Nevares
Rosselló | Ricardo Rosselló Nevares
Puerto Rico | Puerto Rico
Rosselló | Ricardo Rosselló Nevares
New Progressive Party | New Progressive Party
"""
CLAIMS["08_puertorico_rossello_resigns"] = [
    C("two weeks", 2, "exact", "duration", unit="week"),
    C("eleven", 11, "exact", "other"),
    C("eleventh", 11, "exact", "ordinal"),
]
QUOTES["08_puertorico_rossello_resigns"] = [
    Q("Despite having the democratic mandate of the people who elected me, today I feel that to continue in this position represents difficulty in allowing achieved success to endure.",
      "direct", "Rosselló", "Ricardo Rosselló Nevares", "said"),
    Q("I understand he made the right decision, for the good of both his family and for Puerto Rico, as I let him know [...] He just announced that this resignation will not be effective today. We will be working together to have a responsible and transparent transition process.",
      "direct", "Vázquez", "Wanda Vázquez Garced", "said"),
]

# ---------------------------------------------------------------- 09 El Paso shooting
MENTIONS["09_us_el_paso_shooting"] = """
El Paso | El Paso | P
Texas | Texas | P
Walmart | Walmart
U.S. | United States
El Paso | El Paso | P
Texas | Texas | P
Walmart | Walmart | P
Josh Bash | Josh Bash
U.S. | United States
Texas | Texas
Bash | Josh Bash
Bash | Josh Bash
Walmart | Walmart | P
Cielo Vista Mall | Cielo Vista Mall | P
U.S. | United States
Mexico | Mexico
El Paso | El Paso | P
Ciudad Juárez | Ciudad Juárez | P
Mexico | Mexico | P
Rio Grande | Rio Grande | P
Mexican | Mexico
Andrés Manuel López Obrador | Andrés Manuel López Obrador
Mexican | Mexico
Mexican government | Mexican government
Mexico | Mexico
Marcelo Ebrard | Marcelo Ebrard
Mexican government | Mexican government
U.S. government | US government
United States | United States | P
Mexico | Mexico
Mexico | Mexico | P
Ebrard | Marcelo Ebrard
Mexico | Mexico
U.S. | United States
Patrick Crusius | Patrick Crusius
Allen | Allen | P
Texas | Texas | P
Dallas | Dallas | P
El Paso | El Paso | P
Dee Margo | Dee Margo
United States | United States | P
U.S. | United States
Bash | Josh Bash
El Paso | El Paso
Greg Allen | Greg Allen
Crusius | Patrick Crusius
Gun Violence Archive | Gun Violence Archive
United States | United States | P
California | California | P
Gilroy | Gilroy | P
Chippewa Falls | Chippewa Falls | P
Wisconsin | Wisconsin | P
El Paso | El Paso | P
Dayton | Dayton | P
Ohio | Ohio | P
"""
_GVA = "Gun Violence Archive"
CLAIMS["09_us_el_paso_shooting"] = [
    C("more than 20", 20, "more_than", "dead"),
    C("22", 22, "exact", "dead", "officials", None),
    C("25", 25, "exact", "injured", "officials", None),
    C("six minutes", 6, "exact", "duration", "police", None, unit="minute"),
    C("roughly five miles", 5, "about", "other", unit="mi"),
    C("eight kilometers", 8, "about", "other", unit="km"),
    C("six", 6, "exact", "killed", "Mexican President Andrés Manuel López Obrador", "Andrés Manuel López Obrador",
      ctx="six Mexican nationals"),
    C("seven", 7, "exact", "injured", "Mexican President Andrés Manuel López Obrador", "Andrés Manuel López Obrador",
      ctx="seven more"),
    C("eight", 8, "exact", "dead", "the Mexican government", "Mexican government", ctx="eight Mexicans"),
    C("first", 1, "exact", "ordinal", "Ebrard", "Marcelo Ebrard"),
    C("four", 4, "exact", "other", _GVA, _GVA, ctx="four deadly"),
    C("three", 3, "exact", "killed", _GVA, _GVA, ctx="killing three"),
    C("at least five", 5, "at_least", "dead", _GVA, _GVA),
    C("less than thirteen hours", 13, "fewer_than", "duration", unit="hour"),
    C("ten", 10, "exact", "dead", ctx="ten people died"),
    C("four or more", 4, "at_least", "other", "The archive", _GVA),
]
QUOTES["09_us_el_paso_shooting"] = [
    Q("designed to intimidate a civilian population, to say the least.", "partial", "Bash", "Josh Bash", "characterized"),
    Q("We are treating it as a domestic terrorism case, and we're going to do what we do to terrorists in this country, which is deliver swift and certain justice,",
      "direct", "Bash", "Josh Bash", "said"),
    Q("As far as I know, this would be the first case of this type in history", "direct", "Ebrard", "Marcelo Ebrard",
      "said"),
    Q("For Mexico, this individual is a terrorist", "direct", "Ebrard", "Marcelo Ebrard", "adding"),
    Q("cultural and ethnic replacement brought on by an invasion", "partial", "the writer", None, "supposes"),
    Q("The key factor here is that it appears to be an intent to coerce or intimidate a civilian population[...] That's met here.",
      "direct", "U.S. Attorney Bash", "Josh Bash"),
]

# ---------------------------------------------------------------- 10 Amazon fires at the G7
MENTIONS["10_brazil_amazon_fires_g7"] = """
Amazon rainforest | Amazon rainforest | P
G7 | G7
French | France
Emmanuel Macron | Emmanuel Macron
G7 | G7
Amazon rainforest | Amazon rainforest | P
Brazil | Brazil | P
G7 | G7
German | Germany
Angela Merkel | Angela Merkel
British | United Kingdom
Boris Johnson | Boris Johnson
Amazon rainforest | Amazon rainforest | P
Macron | Emmanuel Macron
Merkel | Angela Merkel
Macron | Emmanuel Macron
Johnson | Boris Johnson
Brazilian | Brazil
Jair Bolsonaro | Jair Bolsonaro
Macron | Emmanuel Macron
French | France
Amazon | Amazon rainforest
G-7 | G7
G7 | G7 | | ctx=G7, or the Group
Group of Seven | G7
United Kingdom | United Kingdom
United States | United States
France | France
Canada | Canada
Germany | Germany
Japan | Japan
Italy | Italy
European Union | European Union
Group of Six | Group of Six
G20 | G20
G7 | G7
Brazil | Brazil
G7 | G7
European Union | European Union
Mercosur | Mercosur
Brazilian | Brazil
Brazil's National Institute for Space Research | National Institute for Space Research
Brazil | Brazil | P
Bolsonaro | Jair Bolsonaro
Amazon rainforest | Amazon rainforest | P
Greenpeace | Greenpeace
São Paulo | São Paulo | P
Brazil | Brazil | P
Amazon rainforest | Amazon rainforest | P
Brazil | Brazil | P
Bolivia | Bolivia | P
Paraguay | Paraguay | P
Amazon Environmental Research Institute | Amazon Environmental Research Institute
Ane Alencar | Ane Alencar
UOL.com.br | UOL.com.br
Amazon rainforest | Amazon rainforest | P
"""
CLAIMS["10_brazil_amazon_fires_g7"] = [
    C("20 percent", 20, "exact", "percent", "Macron", "Emmanuel Macron", unit="percent"),
    C("two days", 2, "exact", "duration", "Macron", "Emmanuel Macron", unit="day"),
    C("seven", 7, "exact", "other", ctx="seven countries"),
    C("85%", 85, "exact", "percent", "Brazil's National Institute for Space Research",
      "National Institute for Space Research", unit="percent"),
    C("Around one million", 1e6, "about", "population"),
]
QUOTES["10_brazil_amazon_fires_g7"] = [
    Q("Our house is burning. Literally. The Amazon rainforest — the lungs which produces 20 percent of our planet's oxygen — is on fire. It is an international crisis. Members of the G7 Summit, let's discuss this emergency first order in two days!",
      "direct", "Macron", "Emmanuel Macron", "told"),
    Q("We stand ready", "direct", "Johnson", "Boris Johnson", "tweeted"),
    Q("to provide whatever help we can to bring them under control and help protect one of Earth's greatest wonders.",
      "direct", "Johnson", "Boris Johnson", "tweeted"),
    Q("The French president's suggestion that Amazon issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist mentality that is out of place in the 21st century[.]",
      "direct", "Brazilian President Jair Bolsonaro", "Jair Bolsonaro", "opposed"),
    Q("This year we do not have an extreme drought, as there was in 2015 and 2016 [...] In 2017 and 2018 we had a sufficient rainy season. In 2019, we have no weather events that affect droughts, such as El Niño [...] There's no way the weather can explain this increase.",
      "direct", "Ane Alencar", "Ane Alencar", "said"),
]

# ---------------------------------------------------------------- 11 California boat fire
MENTIONS["11_us_california_boat_fire"] = """
California | California | P
Santa Cruz Island | Santa Cruz Island | P
California | California | P
United States | United States | P
Santa Barbara County | Santa Barbara County
Bill Brown | Bill Brown
Brown | Bill Brown
United States Coast Guard | United States Coast Guard
USCG | United States Coast Guard
USCG | United States Coast Guard
Monica Rochester | Monica Rochester
CNN | CNN
CNN | CNN
USCG | United States Coast Guard
CNN | CNN
Rochester | Monica Rochester
Truth Aquatics | Truth Aquatics
Worldwide Diving Adventures | Worldwide Diving Adventures
USA Today | USA Today
"""
_ROCH = "USCG Captain Monica Rochester"
CLAIMS["11_us_california_boat_fire"] = [
    C("Dozens", None, "about", "dead"),
    C("33", 33, "exact", "dead", ctx="all 33 passengers"),
    C("33", 33, "exact", "other", ctx="carried 33"),
    C("six", 6, "exact", "other", ctx="six crew"),
    C("Five", 5, "exact", "other"),
    C("75 ft", 75, "exact", "other", unit="ft"),
    C("~23 m", 23, "about", "other", unit="m"),
    C("20", 20, "exact", "dead", "Brown", "Bill Brown", ctx="20 bodies"),
    C("eleven", 11, "exact", "dead", "Brown", "Bill Brown"),
    C("nine", 9, "exact", "dead", "Brown", "Bill Brown"),
    C("three", 3, "exact", "other", _ROCH, "Monica Rochester", ctx="three helicopters"),
    C("160 square miles", 160, "exact", "other", _ROCH, "Monica Rochester", unit="sq mi"),
    C("~415 km2", 415, "about", "other", _ROCH, "Monica Rochester", unit="km2"),
    C("33", 33, "exact", "other", "USCG dispatcher", None, ctx="there's 33 people"),
]
QUOTES["11_us_california_boat_fire"] = [
    Q("This is probably the worst-case scenario you can possibly have,", "direct",
      "Santa Barbara County Sheriff Bill Brown", "Bill Brown", "said"),
    Q("You have a vessel that's on the open sea, that is in the middle of the night. I mean, it's 3:30 in the morning.",
      "direct", "Santa Barbara County Sheriff Bill Brown", "Bill Brown"),
    Q("It is never an easy decision to suspend search efforts,", "direct", "Monica Rochester", "Monica Rochester",
      "said"),
    Q("We know that this is a very difficult time for families and friends of the victims.", "direct",
      "Monica Rochester", "Monica Rochester"),
    Q("And there's 33 people on board the vessel that's on fire, they can't get off? [...] Roger, are they locked inside the boat? [...] Roger, can you get back on board and unlock the boat, unlock the door so they can get off? [...] Roger, you don't have any firefighting gear at all? No fire extinguishers or anything?\" [...] Was that all the crew that jumped off? [...] Roger, is the vessel fully engulfed right now [...] Roger, and there's no escape hatch for any of the people on board?",
      "direct", "USCG dispatcher", None),
    Q("a lot of adrenaline, a lot of confusion. [...] [The dispatcher] was trying to ask for information.", "partial",
      "Captain Rochester", "Monica Rochester", "said"),
    Q("there are no locked doors in accommodation spaces", "partial", "Captain Rochester", "Monica Rochester", "added"),
]

# ---------------------------------------------------------------- 12 Kilauea phytoplankton
MENTIONS["12_us_kilauea_phytoplankton"] = """
Kīlauea | Kīlauea | P
Science | Science
University of Hawaii at Mānoa | University of Hawaii at Mānoa
UH Mānoa | University of Hawaii at Mānoa
University of Southern California | University of Southern California
USC | University of Southern California
Kīlauea | Kīlauea | P
Seth John | Seth John
UH Mānoa | University of Hawaii at Mānoa
Kīlauea | Kīlauea | P
Sam Wilson | Sam Wilson
UH Mānoa's Center for Microbial Oceanography: Research and Education | Center for Microbial Oceanography: Research and Education
C-MORE | Center for Microbial Oceanography: Research and Education
UH | University of Hawaii at Mānoa
Wilson | Sam Wilson
C-MORE | Center for Microbial Oceanography: Research and Education
Nick Hawco | Nick Hawco
USC | University of Southern California
Alaska | Alaska | P
Hawaiian Island chain | Hawaiian Islands | P
"""
CLAIMS["12_us_kilauea_phytoplankton"] = []
QUOTES["12_us_kilauea_phytoplankton"] = [
    Q("There was no reason for us to expect that an algae bloom like this would happen [...] Lava doesn't contain any nitrate.",
      "direct", "Seth John", "Seth John", "remarked"),
    Q("The expedition in July 2018 provided a unique opportunity to see first-hand how a massive input of external nutrients alters marine ecosystems that are finely attuned to low-nutrient conditions [...] Ecosystem responses to such a substantial addition of nutrients are rarely observed or sampled in real time. UH has a strong tradition of not only volcanic research, but also looking at its impacts on the surrounding environment such as the ocean, groundwater, atmosphere. This latest piece of research improves our understanding of lava-seawater interactions within the much broader context of land-ocean connections.",
      "direct", "Sam Wilson", "Sam Wilson", "said"),
]

# ---------------------------------------------------------------- 13 Robert Mugabe dies
MENTIONS["13_zimbabwe_mugabe_dies"] = """
Zimbabwe | Zimbabwe
Robert Mugabe | Robert Mugabe
Robert Mugabe | Robert Mugabe
Zimbabwe | Zimbabwe
Emmerson Mnangagwa | Emmerson Mnangagwa
Mugabe | Robert Mugabe
Singapore | Singapore | P
Ministry of Foreign Affairs | Singapore Ministry of Foreign Affairs
Gleneagles Hospital | Gleneagles Hospital | P
Mugabe | Robert Mugabe
Zimbabwe | Zimbabwe
Robert Gabriel Mugabe | Robert Mugabe
Kutama | Kutama | P
Zimbabwe | Zimbabwe | P
British | United Kingdom
Southern Rhodesia | Southern Rhodesia
Mugabe | Robert Mugabe
Africa | Africa | P
Rhodesia | Rhodesia | P
United Kingdom | United Kingdom
Mugabe | Robert Mugabe
Zimbabwe African National Union | Zimbabwe African National Union
ZANU | Zimbabwe African National Union
Mugabe | Robert Mugabe
Ian Smith | Ian Smith
Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Zimbabwe | Zimbabwe
Zimbabwe | Zimbabwe
CNN | CNN
Africa | Africa
Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Zimbabwe | Zimbabwe
Mugabe | Robert Mugabe
Movement for Democratic Change | Movement for Democratic Change
MDC | Movement for Democratic Change
Mugabe | Robert Mugabe
Morgan Tsvangirai | Morgan Tsvangirai
MDC | Movement for Democratic Change
European Union | European Union
United States | United States
MDC | Movement for Democratic Change
House of Assembly | Zimbabwe House of Assembly
Mugabe | Robert Mugabe
Tsvangirai | Morgan Tsvangirai
Mugabe | Robert Mugabe
Tsvangirai | Morgan Tsvangirai
MDC | Movement for Democratic Change
Mugabe | Robert Mugabe
Tsvangirai | Morgan Tsvangirai
Mugabe | Robert Mugabe
Grace Mugabe | Grace Mugabe
Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Blue House | Blue House
Zimbabwe | Zimbabwe
Robert Mugabe | Robert Mugabe
Mugabe | Robert Mugabe
Mnangagwa | Emmerson Mnangagwa
Vladimir Putin | Vladimir Putin
Russia | Russia
Zimbabwe | Zimbabwe
Robert Mugabe | Robert Mugabe
Zimbabwean | Zimbabwe
Robert Mugabe | Robert Mugabe
Ashton Bumhira | Ashton Bumhira
Youth Forum Zimbabwe | Youth Forum Zimbabwe
"""
CLAIMS["13_zimbabwe_mugabe_dies"] = [
    C("several months", None, "about", "duration", unit="month"),
    C("first", 1, "exact", "ordinal", ctx="first career"),
    C("few years", None, "about", "duration", unit="year", ctx="within a few years"),
    C("first", 1, "exact", "ordinal", ctx="first prime minister"),
    C("37 years", 37, "exact", "duration", unit="year"),
    C("few years", None, "about", "duration", unit="year", ctx="a few years into"),
    C("thousands if not tens of thousands", None, "about", "killed"),
    C("four decades", 4, "exact", "duration", unit="decade"),
]
QUOTES["13_zimbabwe_mugabe_dies"] = [
    Q("breadbasket", "term"),
    Q("Only God who appointed me will remove me — not the MDC, not the British,", "direct", "Mugabe", "Robert Mugabe",
      "declared"),
    Q("Blue House", "term"),
    Q("It is with the utmost sadness that I announce the passing on of Zimbabwe's founding father and former President, Cde [comrade] Robert Mugabe. [...] Cde Mugabe was an icon of liberation, a pan-Africanist who dedicated his life to the emancipation and empowerment of his people. His contribution to the history of our nation and continent will never be forgotten. May his soul rest in eternal peace",
      "direct", "President Mnangagwa", "Emmerson Mnangagwa", "wrote"),
    Q("Many important dates in Zimbabwe’s modern history are tied to the name of Robert Mugabe. He made a great personal contribution to the battle for your country’s independence, to the building of Zimbabwean State institutions.",
      "direct", "Vladimir Putin", "Vladimir Putin", "said"),
    Q("For my generation, Mr Robert Mugabe should be remembered for what he was to us. He was a dictator. He was ruthless. He is the author of the current economic and political challenges we're facing as a nation",
      "direct", "Ashton Bumhira", "Ashton Bumhira", "said"),
]

# ---------------------------------------------------------------- 14 Qandeel Baloch's brother sentenced
MENTIONS["14_pakistan_baloch_sentence"] = """
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
Pakistan | Pakistan | | ctx=Pakistan's laws
Waseem | Mohammed Waseem
"""
CLAIMS["14_pakistan_baloch_sentence"] = [
    C("few weeks", None, "about", "duration", unit="week"),
    C("about 250 miles", 250, "about", "other", unit="mi"),
    C("400 km", 400, "about", "other", unit="km"),
    C("about 750,000", 750000, "about", "other"),
    C("25 years", 25, "exact", "duration", unit="year"),
]
QUOTES["14_pakistan_baloch_sentence"] = [
    Q("As women we must stand up for ourselves. As women we must stand up for each other[,]", "direct", "Baloch",
      "Qandeel Baloch", "wrote"),
    Q("I believe I am a modern day feminist.", "direct", "Baloch", "Qandeel Baloch"),
    Q("Kim Kardashian of Pakistan,", "term"),
]

PLACE_GEONAMES: dict[tuple[int, str], int | None] = {
    (8, 'San Juan'): 4568127,
    (9, 'El Paso'): 5520993, (9, 'Texas'): 4736286, (9, 'Walmart'): None, (9, 'Cielo Vista Mall'): None,
    (9, 'Ciudad Juárez'): 4013708, (9, 'Mexico'): 3996063, (9, 'Rio Grande'): None, (9, 'United States'): 6252001,
    (9, 'Allen'): 4670300, (9, 'Dallas'): 4684888, (9, 'California'): 5332921, (9, 'Gilroy'): 5352214,
    (9, 'Chippewa Falls'): None, (9, 'Wisconsin'): 5279468, (9, 'Dayton'): 4509884, (9, 'Ohio'): 5165418,
    (10, 'Amazon rainforest'): None, (10, 'Brazil'): 3469034, (10, 'São Paulo'): 3448439, (10, 'Bolivia'): 3923057,
    (10, 'Paraguay'): 3437598,
    (11, 'California'): 5332921, (11, 'Santa Cruz Island'): None, (11, 'United States'): 6252001,
    (12, 'Kīlauea'): None, (12, 'Alaska'): 5879092, (12, 'Hawaiian Island chain'): None,
    (13, 'Singapore'): 1880251, (13, 'Gleneagles Hospital'): None, (13, 'Kutama'): None, (13, 'Zimbabwe'): 878675,
    (13, 'Africa'): 6255146, (13, 'Rhodesia'): None,
    (14, 'Pakistan'): 1168579, (14, 'Multan'): 1169825, (14, 'Lahore'): 1172451,
}  # fmt: skip
