"""Hand annotations of the held-out articles (gold), written before looking at the toolkit's dictionaries.

Conventions (the annotator's guide, applied to every article):

* Mentions: every named person, state, organisation and armed group, and every named place. A state
  name, demonym or metonym (``Kigali``, ``Washington``, ``the Kremlin``) naming the state is a state
  mention; a demonym or possessive + army/military/forces/troops/soldiers is one mention of that
  military (``Israeli military``, ``Russian troops``); ``X's <ministry>`` is one mention of that
  ministry. Names inside a title are annotated (``Congolese`` in ``Congolese President Felix
  Tshisekedi``), the title words are not part of the person span. Bare back-references (``the
  army``, ``the group``, ``the ministry``, ``police``), ethnic/religious groups and demonyms naming
  people (``Gazans``, ``Syrian refugees``) are not mentions. ``is_place``: the name is used as a
  location (``in Gaza``, ``across Myanmar``, ``UK-based``); a country as beneficiary or remit
  (``appeal for Sudan``, ``envoy for Yemen``) is not a place.
* Claims: counts of people and things, money, percentages and fractions (as percent), durations and
  ordinals; dates, times, years, ages, resolution numbers and number-adjectives (``193-member``)
  are not claims. Vague amounts (``dozens of``) have value null and qualifier ``about``. The source
  is the actor the number is attributed to by a reporting clause (said, according to, told); null
  when the number is the reporter's own.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause; ``partial`` = a
  quoted fragment inside reported speech or a single attributed word; the speaker is the words
  naming who said it (a pronoun's antecedent for ``he said``).

Every list is in text order: build_gold.py finds each surface at its first occurrence after the
previous item of the same task.
"""

from __future__ import annotations

# label -> actor_type (gold's own labels; ids are mapped in build_gold.py)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Israel", "Lebanon", "Iran", "Egypt", "Qatar", "Russia", "Ukraine", "Poland", "Germany", "Sudan", "United States",
   "Chad", "Yemen", "United Kingdom", "Syria", "Turkey", "DR Congo", "Rwanda", "France", "Belgium", "Myanmar", "Haiti",
   "Kenya", "Algeria", "China", "Slovenia", "Malta", "Palestine", "Mozambique", "South Africa", "Portugal")
_a("armed_group", "Hamas", "Hezbollah", "Israeli military", "Ukrainian military", "Russian military", "Polish military",
   "RSF", "Sudanese army", "Houthis", "British military", "US military", "US Central Command", "HTS", "Syrian military",
   "M23", "Congolese military", "Myanmar military", "Arakan Army", "Gran Grif")
_a("organization", "Kremlin", "Gaza civil defence", "AFP", "Gaza health ministry", "UN", "UNRWA", "Lebanon health ministry", "WFP",
   "DTEK", "Russian defence ministry", "IEA", "UN human rights monitoring mission in Ukraine", "Wad Madani Resistance Committee",
   "Al Jazeera", "MSF", "IOM", "Sudanese foreign ministry", "UKMTO", "Houthi health ministry", "Pentagon",
   "UN Security Council", "UNICEF", "SOHR", "Syrian interior ministry", "BBC", "UNHCR", "MONUSCO", "WHO", "Reuters",
   "East African Community", "SADC", "The Guardian", "UNDP", "OCHA", "AAPP", "National Unity Government", "ASEAN",
   "UN General Assembly", "Mozambique police", "Plataforma Decide", "Human Rights Watch", "Mozambique electoral commission",
   "Frelimo", "Podemos", "European Union", "Constitutional Council of Mozambique")
_a("person", "Mahmud Bassal", "Philippe Lazzarini", "Benjamin Netanyahu", "Volodymyr Zelensky", "Vitaliy Kim",
   "Herman Halushchenko", "Dmitry Peskov", "Olaf Scholz", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo",
   "Claire Nicolet", "Tom Fletcher", "Yahya Saree", "Abdel Fattah el-Sissi", "Abdul-Malik al-Houthi", "Hans Grundberg",
   "Bashar al-Assad", "Ahmed al-Sharaa", "Geir Pedersen", "Vivian van de Perre", "Paul Kagame", "Marco Rubio",
   "Felix Tshisekedi", "Esperance Kahindo", "Lawrence Kanyuka", "Zaw Min Tun", "Tom Andrews", "Min Aung Hlaing",
   "Stéphane Dujarric", "António Guterres", "Bertide Horace", "Garry Conille", "Luckson Elan", "Ulrika Richardson",
   "Robert Wood", "Amar Bendjama", "Fu Cong", "Barbara Woodward", "Danny Danon", "Riyad Mansour", "Daniel Chapo",
   "Venancio Mondlane", "Elvino Dias", "Paulo Guambe", "Orlando Mudumane", "Filipe Nyusi")
_a("location", "Gaza", "Cairo", "Khan Yunis", "Bekaa", "Haifa", "Lviv", "Odesa", "Mykolaiv", "Kyiv", "Donetsk", "Vuhledar",
   "Kurakhove", "Gezira", "Wad al-Noura", "el-Fasher", "Darfur", "South Hospital", "Zamzam", "Red Sea", "Hodeida",
   "Suez Canal", "Mediterranean", "Sanaa", "Latakia", "Jableh", "Damascus", "Tartus", "Golan Heights", "Goma",
   "Kinshasa", "Dar es Salaam", "Rakhine", "Kyauk Ni Maw", "Ramree Island", "Pont-Sondé", "Artibonite", "Port-au-Prince",
   "Maputo", "Lebombo")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

MENTIONS["01_gaza_khan_yunis"] = """
Israeli | Israel
Gaza Strip | Gaza | P
civil defence agency | Gaza civil defence
Cairo | Cairo | P
Hamas | Hamas
Israel | Israel
Civil defence | Gaza civil defence
Mahmud Bassal | Mahmud Bassal
AFP | AFP
Khan Yunis | Khan Yunis | P
Bassal | Mahmud Bassal
Israeli military | Israeli military
Hamas | Hamas
health ministry | Gaza health ministry
Hamas | Hamas
Gaza | Gaza | P
United Nations | UN
Hamas | Hamas
Israel | Israel
AFP | AFP
Israeli | Israel
Gaza | Gaza | P
Israeli military | Israeli military
UN agency for Palestinian refugees | UNRWA
UNRWA | UNRWA
Gaza | Gaza | P
UNRWA | UNRWA
Philippe Lazzarini | Philippe Lazzarini
Lebanon | Lebanon | P
health ministry | Lebanon health ministry
Israeli | Israel
Bekaa valley | Bekaa | P
Israel | Israel
Hezbollah | Hezbollah
Iran | Iran
Hamas | Hamas
Hezbollah | Hezbollah
Haifa | Haifa | P
Benjamin Netanyahu | Benjamin Netanyahu
Egyptian | Egypt
Qatari | Qatar
Hamas | Hamas
World Food Programme | WFP
Gaza | Gaza | P
"""
CLAIMS["01_gaza_khan_yunis"] = [
    ("at least 32", 32, "at_least", "killed", "the territory's civil defence agency", "Gaza civil defence"),
    ("14", 14, "exact", "killed", "Civil defence spokesman Mahmud Bassal", "Mahmud Bassal"),
    ("six", 6, "exact", "killed", "Civil defence spokesman Mahmud Bassal", "Mahmud Bassal"),
    ("at least 43,391", 43391, "at_least", "killed", "The health ministry", "Gaza health ministry"),
    ("More than 102,000", 102000, "more_than", "injured", "the ministry", "Gaza health ministry"),
    ("1,206", 1206, "exact", "killed", "an AFP tally", "AFP"),
    ("251", 251, "exact", "hostages", None, None),
    ("97", 97, "exact", "hostages", None, None),
    ("34", 34, "exact", "dead", "the Israeli military", "Israeli military"),
    ("nearly 1.9 million", 1_900_000, "nearly", "displaced", "UNRWA", "UNRWA"),
    ("around 90 percent", 90, "about", "percent", "UNRWA", "UNRWA"),
    ("28", 28, "exact", "killed", "the health ministry", "Lebanon health ministry"),
    ("nearly a year", 1, "nearly", "duration", None, None),
    ("two", 2, "exact", "injured", "medics", None),
    ("30 days", 30, "exact", "duration", None, None),
    ("41", 41, "exact", "other", "The World Food Programme", "WFP"),
    ("around 500", 500, "about", "other", "The World Food Programme", "WFP"),
]
QUOTES["01_gaza_khan_yunis"] = [
    ("We pulled bodies from under the rubble with our bare hands,", "direct", "Bassal", "Mahmud Bassal"),
    ("There are still people trapped and we cannot reach them.", "direct", "Bassal", "Mahmud Bassal"),
    ("Hamas terrorists operating inside a command and control centre", "partial", "The Israeli military", "Israeli military"),
    ("Nowhere is safe in Gaza,", "direct", "UNRWA chief Philippe Lazzarini", "Philippe Lazzarini"),
    ("until all our goals are achieved", "partial", "Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"),
    ("studying the proposal positively", "partial", "A Hamas official", "Hamas"),
]

MENTIONS["02_ukraine_energy"] = """
Russia | Russia
Ukraine | Ukraine
Ukrainian | Ukraine
Volodymyr Zelenskiy | Volodymyr Zelensky
Lviv region | Lviv | P
Odesa | Odesa | P
Zelenskiy | Volodymyr Zelensky
Ukraine's air force | Ukrainian military
Mykolaiv | Mykolaiv | P
Vitaliy Kim | Vitaliy Kim
Herman Halushchenko | Herman Halushchenko
DTEK | DTEK
Russia's defence ministry | Russian defence ministry
Ukrainian | Ukraine
Kremlin | Kremlin
Dmitry Peskov | Dmitry Peskov
Moscow | Russia
Polish armed forces | Polish military
Polish | Poland | P
Russia | Russia
Ukraine | Ukraine | P
Ukraine | Ukraine
Russia | Russia
International Energy Agency | IEA
United Nations human rights monitoring mission | UN human rights monitoring mission in Ukraine
Ukraine | Ukraine | P
Russia | Russia
Zelenskiy | Volodymyr Zelensky
Kyiv | Kyiv | P
Ukraine | Ukraine
Germany | Germany
Olaf Scholz | Olaf Scholz
Ukrainian forces | Ukrainian military
Russian troops | Russian military
Donetsk region | Donetsk | P
Moscow's troops | Russian military
Vuhledar | Vuhledar | P
Kurakhove | Kurakhove | P
"""
CLAIMS["02_ukraine_energy"] = [
    ("120", 120, "exact", "other", "Ukrainian officials", "Ukraine"),
    ("90", 90, "exact", "other", "Ukrainian officials", "Ukraine"),
    ("at least seven", 7, "at_least", "killed", "Ukrainian officials", "Ukraine"),
    ("104", 104, "exact", "other", "Ukraine's air force", "Ukrainian military"),
    ("42", 42, "exact", "other", "Ukraine's air force", "Ukrainian military"),
    ("dozens of", None, "about", "other", "Ukraine's air force", "Ukrainian military"),
    ("two", 2, "exact", "killed", "regional governor Vitaliy Kim", "Vitaliy Kim"),
    ("six", 6, "exact", "injured", "regional governor Vitaliy Kim", "Vitaliy Kim"),
    ("two", 2, "exact", "injured", "regional governor Vitaliy Kim", "Vitaliy Kim"),
    ("about half", 50, "about", "percent", "the International Energy Agency", "IEA"),
    ("more than 11,700", 11700, "more_than", "killed", "The United Nations human rights monitoring mission", "UN human rights monitoring mission in Ukraine"),
    ("at least 25", 25, "at_least", "other", "he", "Volodymyr Zelensky"),
    ("650 million euros", 650_000_000, "exact", "money", "Chancellor Olaf Scholz", "Olaf Scholz"),
    ("$685 million", 685_000_000, "exact", "money", "Chancellor Olaf Scholz", "Olaf Scholz"),
]
QUOTES["02_ukraine_energy"] = [
    ("This was one of the most massive attacks,", "direct", "Zelenskiy", "Volodymyr Zelensky"),
    ("The enemy's target was our energy infrastructure.", "direct", "Zelenskiy", "Volodymyr Zelensky"),
    ("lost", "partial", "Ukraine's air force", "Ukrainian military"),
    ("seriously damaged", "partial", "Energy Minister Herman Halushchenko", "Herman Halushchenko"),
    ("massive strike", "partial", "Russia's defence ministry", "Russian defence ministry"),
    ("the realities on the ground", "partial", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("We need not words but Patriots,", "direct", "Zelenskiy", "Volodymyr Zelensky"),
]

MENTIONS["03_sudan_el_fasher"] = """
Rapid Support Forces | RSF
RSF | RSF
Sudan | Sudan | P
Gezira state | Gezira | P
Wad Madani Resistance Committee | Wad Madani Resistance Committee
Wad al-Noura | Wad al-Noura | P
Al Jazeera | Al Jazeera
Sudanese army | Sudanese army
Abdel Fattah al-Burhan | Abdel Fattah al-Burhan
RSF | RSF
RSF | RSF
Mohamed Hamdan Dagalo | Mohamed Hamdan Dagalo
Hemedti | Mohamed Hamdan Dagalo
el-Fasher | el-Fasher | P
Darfur region | Darfur | P
RSF | RSF
Doctors Without Borders | MSF
MSF | MSF
South Hospital | South Hospital | P
Claire Nicolet | Claire Nicolet
MSF | MSF
Sudan | Sudan | P
Chad | Chad | P
Egypt | Egypt | P
International Organization for Migration | IOM
UN | UN
World Food Programme | WFP
Zamzam camp | Zamzam | P
el-Fasher | el-Fasher | P
Tom Fletcher | Tom Fletcher
UN | UN
UN | UN
Sudan | Sudan
Sudan's foreign ministry | Sudanese foreign ministry
US | United States
Washington | United States
RSF | RSF
Darfur | Darfur | P
"""
CLAIMS["03_sudan_el_fasher"] = [
    ("at least 120", 120, "at_least", "killed", "activists", None),
    ("dozens of", None, "about", "other", "one survivor", None),
    ("85", 85, "exact", "injured", "Doctors Without Borders", "MSF"),
    ("three days", 3, "exact", "duration", "Doctors Without Borders", "MSF"),
    ("23", 23, "exact", "injured", "Doctors Without Borders", "MSF"),
    ("tens of thousands of", None, "about", "killed", None, None),
    ("as high as 150,000", 150_000, "up_to", "killed", "some estimates", None),
    ("More than 10 million", 10_000_000, "more_than", "displaced", "the International Organization for Migration", "IOM"),
    ("about two million", 2_000_000, "about", "displaced", "the International Organization for Migration", "IOM"),
    ("25.6 million", 25_600_000, "exact", "aid", "The UN's World Food Programme", "WFP"),
    ("over half", 50, "more_than", "percent", "The UN's World Food Programme", "WFP"),
    ("$2.7bn", 2_700_000_000, "exact", "money", None, None),
    ("41 percent", 41, "exact", "percent", None, None),
]
QUOTES["03_sudan_el_fasher"] = [
    ("They came in dozens of vehicles and shot at everyone they saw,", "direct", "one survivor", None),
    ("massacre", "partial", "The Sudanese army", "Sudanese army"),
    ("ethnic cleansing", "partial", "The Sudanese army", "Sudanese army"),
    ("fabricated", "partial", "the group", "RSF"),
    ("The hospital is overwhelmed, and we are running out of blood and surgical supplies,", "direct", "Claire Nicolet", "Claire Nicolet"),
    ("woefully inadequate", "partial", "Tom Fletcher", "Tom Fletcher"),
    ("a violation of national sovereignty", "partial", "Sudan's foreign ministry", "Sudanese foreign ministry"),
]

MENTIONS["04_yemen_red_sea"] = """
Yemen | Yemen
Houthi rebels | Houthis
Red Sea | Red Sea | P
Israel | Israel
Gaza | Gaza | P
Houthis | Houthis
Yahya Saree | Yahya Saree
British military | British military
United Kingdom Maritime Trade Operations center | UKMTO
Hodeida | Hodeida | P
UKMTO | UKMTO
U.S. military | US military
Central Command | US Central Command
American forces | US military
Houthi | Houthis
U.S. Navy | US military
Central Command | US Central Command
Houthis | Houthis
Israel | Israel
Hamas | Hamas
Suez Canal | Suez Canal | P
Red Sea | Red Sea | P
Mediterranean | Mediterranean | P
Egypt | Egypt
Abdel Fattah el-Sissi | Abdel Fattah el-Sissi
Houthi | Houthis
Abdul-Malik al-Houthi | Abdul-Malik al-Houthi
Gaza | Gaza | P
Yemen | Yemen | P
Sanaa | Sanaa | P
Iran | Iran
Tehran | Iran
Sanaa | Sanaa | P
Houthi | Houthis
health ministry | Houthi health ministry
U.S. | United States
British | United Kingdom
Pentagon | Pentagon
Hans Grundberg | Hans Grundberg
U.N. | UN
Yemen | Yemen
Security Council | UN Security Council
UNICEF | UNICEF
"""
CLAIMS["04_yemen_red_sea"] = [
    ("about 65", 65, "about", "other", "The British military’s United Kingdom Maritime Trade Operations center", "UKMTO"),
    ("25", 25, "exact", "other", "the UKMTO", "UKMTO"),
    ("three", 3, "exact", "other", "The U.S. military’s Central Command", "US Central Command"),
    ("more than 100", 100, "more_than", "other", None, None),
    ("two", 2, "exact", "other", None, None),
    ("four", 4, "exact", "killed", None, None),
    ("roughly 50%", 50, "about", "percent", "President Abdel Fattah el-Sissi", "Abdel Fattah el-Sissi"),
    ("$7 billion", 7_000_000_000, "about", "money", "President Abdel Fattah el-Sissi", "Abdel Fattah el-Sissi"),
    ("16", 16, "exact", "killed", "the Houthi-run health ministry", "Houthi health ministry"),
    ("41", 41, "exact", "injured", "the Houthi-run health ministry", "Houthi health ministry"),
    ("More than 18 million", 18_000_000, "more_than", "aid", "UNICEF", "UNICEF"),
    ("nearly half", 50, "nearly", "percent", "UNICEF", "UNICEF"),
]
QUOTES["04_yemen_red_sea"] = [
    ("a number of ballistic missiles and drones.", "partial", "Brig. Gen. Yahya Saree", "Yahya Saree"),
    ("self-defense strikes", "partial", "The U.S. military’s Central Command", "US Central Command"),
    ("These weapons presented an imminent threat to U.S. Navy and merchant vessels in the region,", "direct", "Central Command", "US Central Command"),
    ("as long as the aggression against Gaza continues.", "partial", "Abdul-Malik al-Houthi", "Abdul-Malik al-Houthi"),
    ("maximum restraint.", "partial", "Hans Grundberg", "Hans Grundberg"),
]

MENTIONS["05_syria_transition"] = """
Syria | Syria
Latakia | Latakia | P
Bashar al-Assad | Bashar al-Assad
Syrian Observatory for Human Rights | SOHR
UK | United Kingdom | P
Jableh | Jableh | P
Ahmed al-Sharaa | Ahmed al-Sharaa
Hayat Tahrir al-Sham | HTS
HTS | HTS
Sharaa | Ahmed al-Sharaa
Assad | Bashar al-Assad
Assad | Bashar al-Assad
Russia | Russia | P
interior ministry | Syrian interior ministry
Damascus | Damascus | P
Latakia | Latakia | P
Tartus | Tartus | P
BBC | BBC
Jableh | Jableh | P
UN | UN
Syria | Syria
Geir Pedersen | Geir Pedersen
Turkey | Turkey
Assad | Bashar al-Assad
Israel | Israel
Syrian military | Syrian military
Assad | Bashar al-Assad
UN | UN
Golan Heights | Golan Heights | P
UN refugee agency | UNHCR
UNHCR | UNHCR
"""
CLAIMS["05_syria_transition"] = [
    ("dozens", None, "about", "killed", "a war monitor", "SOHR"),
    ("at least 70", 70, "at_least", "killed", "The Syrian Observatory for Human Rights", "SOHR"),
    ("35", 35, "exact", "killed", "The Syrian Observatory for Human Rights", "SOHR"),
    ("32", 32, "exact", "killed", "The Syrian Observatory for Human Rights", "SOHR"),
    ("three", 3, "exact", "dead", "It", "SOHR"),
    ("more than 50 years", 50, "more_than", "duration", None, None),
    ("hundreds of", None, "about", "other", None, None),
    ("about 300,000", 300_000, "about", "other", "The UN refugee agency", "UNHCR"),
    ("6.2 million", 6_200_000, "exact", "displaced", "The UN refugee agency", "UNHCR"),
    ("more than half a million", 500_000, "more_than", "killed", None, None),
]
QUOTES["05_syria_transition"] = [
    ("before it is too late", "partial", "Interim President Ahmed al-Sharaa", "Ahmed al-Sharaa"),
    ("We will continue to pursue the remnants of the former regime,", "direct", "Ahmed al-Sharaa", "Ahmed al-Sharaa"),
    ("but we will protect every Syrian, whatever their sect.", "direct", "Ahmed al-Sharaa", "Ahmed al-Sharaa"),
    ("We are locked in our homes and we are afraid,", "direct", "one woman in Jableh", None),
    ("deeply alarmed", "partial", "Geir Pedersen", "Geir Pedersen"),
]

MENTIONS["06_drc_goma"] = """
M23 rebels | M23
Goma | Goma | P
Congo | DR Congo | P
United Nations | UN
Vivian van de Perre | Vivian van de Perre
U.N. | UN
MONUSCO | MONUSCO
Goma | Goma | P
Rwanda | Rwanda
Congolese soldiers | Congolese military
Congo | DR Congo
Rwanda | Rwanda
Kigali | Rwanda
Rwanda | Rwanda
Paul Kagame | Paul Kagame
U.S. | United States
Marco Rubio | Marco Rubio
Congolese | DR Congo
Felix Tshisekedi | Felix Tshisekedi
Goma | Goma | P
Kinshasa | Kinshasa | P
Rwanda | Rwanda
France | France
Belgium | Belgium
United States | United States
Kigali | Rwanda
World Health Organization | WHO
M23 | M23
U.N. refugee agency | UNHCR
Congo | DR Congo | P
Esperance Kahindo | Esperance Kahindo
Goma | Goma | P
Reuters | Reuters
M23 | M23
Lawrence Kanyuka | Lawrence Kanyuka
Dar es Salaam | Dar es Salaam | P
East African Community | East African Community
Southern African Development Community | SADC
"""
CLAIMS["06_drc_goma"] = [
    ("more than 700", 700, "more_than", "killed", "the United Nations", "UN"),
    ("At least 2,800", 2800, "at_least", "injured", "Vivian van de Perre", "Vivian van de Perre"),
    ("thousands of", None, "about", "other", None, None),
    ("Thirteen", 13, "exact", "killed", "their governments", None),
    ("nine", 9, "exact", "killed", "their governments", None),
    ("Some 500,000", 500_000, "about", "displaced", "the U.N. refugee agency", "UNHCR"),
    ("more than 6 million", 6_000_000, "more_than", "displaced", "the U.N. refugee agency", "UNHCR"),
]
QUOTES["06_drc_goma"] = [
    ("The situation in Goma remains extremely volatile,", "direct", "Vivian van de Perre", "Vivian van de Perre"),
    ("productive", "partial", "Rwanda's President Paul Kagame", "Paul Kagame"),
    ("vigorous and coordinated response", "partial", "Congolese President Felix Tshisekedi", "Felix Tshisekedi"),
    ("We are sleeping on the ground with our children, there is no food and no water,", "direct", "Esperance Kahindo", "Esperance Kahindo"),
]

MENTIONS["07_myanmar_rakhine"] = """
Myanmar's military junta | Myanmar military
Rakhine state | Rakhine | P
Arakan Army | Arakan Army
Kyauk Ni Maw | Kyauk Ni Maw | P
Ramree Island | Ramree Island | P
Arakan Army | Arakan Army
Guardian | The Guardian
Zaw Min Tun | Zaw Min Tun
Arakan Army | Arakan Army
AA | Arakan Army
Myanmar | Myanmar | P
Rakhine | Rakhine | P
UN Development Programme | UNDP
UNDP | UNDP
Rakhine | Rakhine | P
Tom Andrews | Tom Andrews
UN | UN
Myanmar | Myanmar | P
Myanmar | Myanmar | P
UN | UN
OCHA | OCHA
Assistance Association for Political Prisoners | AAPP
National Unity Government | National Unity Government
Asean | ASEAN
Min Aung Hlaing | Min Aung Hlaing
"""
CLAIMS["07_myanmar_rakhine"] = [
    ("dozens of", None, "about", "killed", None, None),
    ("At least 40", 40, "at_least", "killed", "the Arakan Army and local aid workers", "Arakan Army"),
    ("20", 20, "exact", "injured", "a rescue worker", None),
    ("14", 14, "exact", "other", None, None),
    ("17", 17, "exact", "other", None, None),
    ("hundreds of thousands of", None, "about", "other", None, None),
    ("20%", 20, "exact", "percent", "The UN Development Programme", "UNDP"),
    ("More than 3.5 million", 3_500_000, "more_than", "displaced", "the UN's humanitarian office", "OCHA"),
    ("at least 6,000", 6000, "at_least", "killed", "The Assistance Association for Political Prisoners", "AAPP"),
    ("more than 28,000", 28000, "more_than", "arrested", "The Assistance Association for Political Prisoners", "AAPP"),
]
QUOTES["07_myanmar_rakhine"] = [
    ("There was no fighting in the village, these were fishermen and farmers,", "direct", "the worker", None),
    ("They just dropped the bombs and left.", "direct", "the worker", None),
    ("terrorist", "partial", "Maj Gen Zaw Min Tun", "Zaw Min Tun"),
    ("famine conditions", "partial", "The UN Development Programme", "UNDP"),
    ("further evidence of the junta's utter disregard for human life", "partial", "Tom Andrews", "Tom Andrews"),
    ("sham", "partial", "critics", None),
]

MENTIONS["08_haiti_gangs"] = """
Haiti | Haiti | P
United Nations | UN
Pont-Sondé | Pont-Sondé | P
Artibonite region | Artibonite | P
Gran Grif gang | Gran Grif
Stéphane Dujarric | Stéphane Dujarric
U.N. | UN
António Guterres | António Guterres
Dujarric | Stéphane Dujarric
Gran Grif | Gran Grif
Bertide Horace | Bertide Horace
Haiti | Haiti
Garry Conille | Garry Conille
Gran Grif | Gran Grif
Luckson Elan | Luckson Elan
Kenya | Kenya
Haiti | Haiti | P
U.N. | UN
Port-au-Prince | Port-au-Prince | P
International Organization for Migration | IOM
Ulrika Richardson | Ulrika Richardson
U.N. | UN
Haiti | Haiti
U.N. | UN
Haiti | Haiti
Conille | Garry Conille
"""
CLAIMS["08_haiti_gangs"] = [
    ("at least 115", 115, "at_least", "killed", "the United Nations", "UN"),
    ("At least 16", 16, "at_least", "injured", "he", "Stéphane Dujarric"),
    ("more than 6,270", 6270, "more_than", "displaced", "he", "Stéphane Dujarric"),
    ("at least 45", 45, "at_least", "other", "Dujarric", "Stéphane Dujarric"),
    ("34", 34, "exact", "other", "Dujarric", "Stéphane Dujarric"),
    ("about 400", 400, "about", "other", None, None),
    ("2,500", 2500, "exact", "other", None, None),
    ("More than 3,600", 3600, "more_than", "killed", "a U.N. report", "UN"),
    ("80%", 80, "about", "percent", None, None),
    ("more than 700,000", 700_000, "more_than", "displaced", "The International Organization for Migration", "IOM"),
    ("half", 50, "exact", "percent", "The International Organization for Migration", "IOM"),
    ("$674 million", 674_000_000, "exact", "money", None, None),
    ("39%", 39, "exact", "percent", None, None),
]
QUOTES["08_haiti_gangs"] = [
    ("They killed women, children, old people,", "direct", "Bertide Horace", "Bertide Horace"),
    ("a heinous crime", "partial", "Prime Minister Garry Conille", "Garry Conille"),
    ("The population is caught in a spiral of violence,", "direct", "Ulrika Richardson", "Ulrika Richardson"),
    ("We need urgent funding.", "direct", "Ulrika Richardson", "Ulrika Richardson"),
]

MENTIONS["09_un_security_council"] = """
United States | United States
UN Security Council | UN Security Council
Gaza | Gaza | P
Washington | United States
Hamas | Hamas
US | United States
Robert Wood | Robert Wood
Washington | United States
Hamas | Hamas
Wood | Robert Wood
Algeria | Algeria
Amar Bendjama | Amar Bendjama
Israel | Israel
Washington | United States
Gaza | Gaza | P
China | China
Fu Cong | Fu Cong
US | United States
Britain | United Kingdom
Barbara Woodward | Barbara Woodward
London | United Kingdom
Israel | Israel
UN | UN
Danny Danon | Danny Danon
United States | United States
US | United States
Antonio Guterres | António Guterres
Gaza | Gaza | P
General Assembly | UN General Assembly
Slovenia | Slovenia
Malta | Malta
Palestinian | Palestine
Riyad Mansour | Riyad Mansour
"""
CLAIMS["09_un_security_council"] = [
    ("14", 14, "exact", "other", None, None),
    ("10", 10, "exact", "other", None, None),
    ("fourth", 4, "exact", "ordinal", None, None),
    ("153", 153, "exact", "other", None, None),
    ("10", 10, "exact", "other", None, None),
    ("23", 23, "exact", "other", None, None),
]
QUOTES["09_un_security_council"] = [
    ("an unconditional ceasefire that failed to require the release of hostages", "partial", "US deputy ambassador Robert Wood", "Robert Wood"),
    ("This resolution would send a dangerous message to Hamas,", "direct", "Wood", "Robert Wood"),
    ("a licence to kill", "partial", "Algeria's ambassador Amar Bendjama", "Amar Bendjama"),
    ("The message is clear: Palestinian lives do not matter,", "direct", "Amar Bendjama", "Amar Bendjama"),
    ("once again dashed the hopes", "partial", "China's envoy Fu Cong", "Fu Cong"),
    ("a betrayal", "partial", "Danny Danon", "Danny Danon"),
    ("apocalyptic", "partial", "Secretary-General Antonio Guterres", "António Guterres"),
    ("We will not stop until this Council assumes its responsibilities,", "direct", "Palestinian envoy Riyad Mansour", "Riyad Mansour"),
]

MENTIONS["10_mozambique_election"] = """
Mozambican police | Mozambique police
Maputo | Maputo | P
Plataforma Decide | Plataforma Decide
Human Rights Watch | Human Rights Watch
electoral commission | Mozambique electoral commission
Daniel Chapo | Daniel Chapo
Frelimo | Frelimo
Venancio Mondlane | Venancio Mondlane
Mondlane | Venancio Mondlane
Elvino Dias | Elvino Dias
Paulo Guambe | Paulo Guambe
Podemos | Podemos
Maputo | Maputo | P
Orlando Mudumane | Orlando Mudumane
Filipe Nyusi | Filipe Nyusi
European Union | European Union
Constitutional Council | Constitutional Council of Mozambique
Chapo | Daniel Chapo
South Africa | South Africa
Lebombo | Lebombo | P
Frelimo | Frelimo
Mozambique | Mozambique
Portugal | Portugal
"""
CLAIMS["10_mozambique_election"] = [
    ("At least 30", 30, "at_least", "killed", "Plataforma Decide", "Plataforma Decide"),
    ("at least 11", 11, "at_least", "killed", "Human Rights Watch", "Human Rights Watch"),
    ("70.67%", 70.67, "exact", "percent", "The electoral commission", "Mozambique electoral commission"),
    ("20.32%", 20.32, "exact", "percent", None, None),
    ("Two", 2, "exact", "killed", None, None),
    ("18", 18, "exact", "injured", "Police spokesperson Orlando Mudumane", "Orlando Mudumane"),
    ("more than 400", 400, "more_than", "arrested", "Police spokesperson Orlando Mudumane", "Orlando Mudumane"),
    ("two", 2, "exact", "other", None, None),
    ("10 million rand", 10_000_000, "about", "money", None, None),
    ("$557,000", 557_000, "about", "money", None, None),
]
QUOTES["10_mozambique_election"] = [
    ("We will not accept a government that was stolen from the people,", "direct", "Mondlane", "Venancio Mondlane"),
    ("The protests are not peaceful; they are acts of vandalism and terror,", "direct", "Police spokesperson Orlando Mudumane", "Orlando Mudumane"),
    ("irregularities during counting and unjustified alteration of election results", "partial", "The European Union's election observation mission", "European Union"),
]
