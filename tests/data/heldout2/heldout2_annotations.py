"""Hand annotations of the second held-out set (gold), written from the article texts alone, before
looking at the toolkit's rules or dictionaries.

Conventions: those of the first held-out set (``tests/data/heldout/heldout_annotations.py``), applied to
every article:

* Mentions: every named person, state, organisation and armed group, and every named place. A state
  name, demonym or metonym (``Tehran``, ``Baku``, ``Washington``) naming the state is a state mention;
  a demonym or possessive + army/military/forces/troops/soldiers/peacekeepers is one mention of that
  military; ``X's <ministry>`` is one mention of that ministry. Names inside a title are annotated,
  the title words are not part of the person span. Bare back-references (``the group``, ``police``,
  ``the agency``), ethnic groups and demonyms naming people (``Palestinians``, ``Colombians``) are not
  mentions. ``is_place``: the name is used as a location. A dateline the loader leaves in the text is
  annotated like any other text.
* Claims: counts of people and things, money, percentages and fractions (as percent), durations and
  ordinals; dates, times, years, ages, unit names (``33rd Front``) and number-adjectives
  (``30-day``, ``two-year``, ``F-35``) are not claims. Vague amounts have value null and qualifier
  ``about``; a converted amount in brackets takes the qualifier of the amount it converts. The source is
  the actor the number is attributed to by a reporting clause; null when it is the reporter's own.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause (a quote that
  continues the previous speaker's words keeps that speaker); ``partial`` = a quoted fragment inside
  reported speech or a single attributed word; ``term`` = a name or scare quote nobody is said to
  speak (speaker null).

Every list is in text order: build_gold.py finds each surface at its first occurrence (on word
boundaries) after the previous item of the same task.
"""

from __future__ import annotations

# label -> actor_type (gold's own labels; ids are mapped in build_gold.py)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Israel", "Iran", "United States", "Saudi Arabia", "Qatar", "United Arab Emirates", "Lebanon", "Ukraine", "Russia",
   "Mali", "Burkina Faso", "Niger", "France", "Ethiopia", "Somalia", "Libya", "Italy", "Armenia", "Azerbaijan", "Soviet Union",
   "Colombia", "Venezuela", "Sudan", "Palestine", "Germany", "Kenya", "Uganda", "United Kingdom", "Nagorno-Karabakh")
_a("armed_group", "Israeli military", "Palestinian Authority security forces", "Islamic Jihad", "Al-Quds Brigades",
   "Iranian military", "Hezbollah", "Hamas", "Ukrainian military", "al-Qaeda", "Islamic State", "JNIM", "Africa Corps", "Wagner",
   "Fano", "Ethiopian military", "al-Shabab", "Azerbaijani military", "Russian military", "ELN", "FARC", "33rd Front")
_a("organization", "Palestinian health ministry", "OCHA", "UN", "Palestinian Authority", "European Union", "Home Front Command",
   "Kremlin", "Naftogaz", "European Commission", "Ukrainian energy ministry", "Presidential Office of Ukraine", "ECOWAS", "AES",
   "ACLED", "WFP", "BBC", "Ethiopian Human Rights Commission", "African Union", "Andalus", "ATMIS", "UNSOM",
   "Presidential Council", "NOC", "Financial Times", "UNSMIL", "NATO", "Eni", "USAID", "The New York Times", "UNODC",
   "Norwegian Refugee Council", "Reuters", "Somali police")
_a("person", "Israel Katz", "Wissam Bakr", "Benjamin Netanyahu", "Nabil Abu Rudeineh", "Daniel Hagari", "Ali Khamenei",
   "Hassan Nasrallah", "Ismail Haniyeh", "Joe Biden", "Volodymyr Zelensky", "Donald Trump", "Andriy Yermak", "Marco Rubio",
   "Mike Waltz", "Dmitry Peskov", "Vladimir Putin", "Oleksii Chernyshov", "Ursula von der Leyen", "Herman Halushchenko",
   "Assimi Goita", "Ibrahim Traore", "Omar Alieu Touray", "Legesse Tulu", "Abiy Ahmed", "Abdifatah Adan Hassan",
   "Hassan Farah", "Hassan Sheikh Mohamud", "Osama Hammad", "Khalifa Haftar", "Sadiq al-Kabir", "Stephanie Koury",
   "Muammar Gaddafi", "Abdul Hamid Dbeibah", "Anahit Grigoryan", "Nikol Pashinyan", "Ilham Aliyev", "Samantha Power",
   "Samvel Shahramanyan", "Gustavo Petro", "Nicolas Maduro", "Ivan Velasquez", "Tom Fletcher", "Jan Egeland")
_a("location", "Jenin camp", "West Bank", "Ramallah", "Jenin", "Gaza", "Dubai", "Jerusalem", "Tehran", "Khuzestan", "Ilam",
   "Beirut", "Jeddah", "Odesa", "Kharkiv", "Kyiv", "Ouagadougou", "Tillaberi", "Sahel", "Amhara", "Finote Selam", "Tigray",
   "Lido Beach", "Mogadishu", "Tripoli", "Mellitah", "South Caucasus", "Goris", "Lachin corridor", "Stepanakert",
   "Catatumbo", "Cucuta", "Geneva", "Oval Office")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

MENTIONS["01_westbank_jenin"] = """
Israeli forces | Israeli military
Jenin refugee camp | Jenin camp | P
West Bank | West Bank | P
Palestinian health ministry | Palestinian health ministry
Israeli military | Israeli military
Israel Katz | Israel Katz
health ministry | Palestinian health ministry
Ramallah | Ramallah | P
Wissam Bakr | Wissam Bakr
Jenin | Jenin | P
Palestinian Authority's security forces | Palestinian Authority security forces
Islamic Jihad | Islamic Jihad
Al-Quds Brigades | Al-Quds Brigades
UN | UN
OCHA | OCHA
West Bank | West Bank | P
Gaza | Gaza | P
Israeli troops | Israeli military
health ministry | Palestinian health ministry
Israeli | Israel
Gaza | Gaza | P
Benjamin Netanyahu | Benjamin Netanyahu
Iran | Iran
Tehran | Iran
Palestinian Authority | Palestinian Authority
Nabil Abu Rudeineh | Nabil Abu Rudeineh
United States | United States
European Union | European Union
"""
CLAIMS["01_westbank_jenin"] = [
    ("at least nine", 9, "at_least", "killed", "the Palestinian health ministry", "Palestinian health ministry"),
    ("35", 35, "exact", "injured", "The health ministry in Ramallah", "Palestinian health ministry"),
    ("10", 10, "exact", "injured", "The health ministry in Ramallah", "Palestinian health ministry"),
    ("more than six weeks", 6, "more_than", "duration", None, None),
    ("at least 16", 16, "at_least", "dead", None, None),
    ("about 2,000", 2000, "about", "displaced", "The UN humanitarian office OCHA", "OCHA"),
    ("roughly a fifth", 20, "about", "percent", "The UN humanitarian office OCHA", "OCHA"),
    ("At least 850", 850, "at_least", "killed", "health ministry figures", "Palestinian health ministry"),
    ("at least 29", 29, "at_least", "killed", "official Israeli figures", "Israel"),
    ("two days", 2, "exact", "duration", None, None),
]
QUOTES["01_westbank_jenin"] = [
    ("a significant and wide-ranging counterterrorism operation", "partial", "The Israeli military", "Israeli military"),
    ("Iron Wall,", "term", None, None),
    ("eradicate the terrorist infrastructure", "partial", "Defense Minister Israel Katz", "Israel Katz"),
    ("The bulldozers tore up every street leading to the hospital,", "direct", "Wissam Bakr", "Wissam Bakr"),
    ("We have no water and the power has been cut since dawn.", "direct", "Wissam Bakr", "Wissam Bakr"),
    ("confronting the occupation forces on all axes.", "partial", "Islamic Jihad's armed wing, the Al-Quds Brigades", "Al-Quds Brigades"),
    ("a dangerous escalation", "partial", "Palestinian Authority spokesman Nabil Abu Rudeineh", "Nabil Abu Rudeineh"),
    ("deeply concerned", "partial", "The European Union", "European Union"),
]

# The dateline DUBAI/JERUSALEM, Oct 26 (Reuters) - is article metadata (stripped by the loader), not text.
MENTIONS["02_iran_israel_strikes"] = """
Israeli | Israel
Iran | Iran | P
Tehran | Iran
Israel | Israel
Israeli military | Israeli military
Iran's military | Iranian military
Tehran | Tehran | P
Khuzestan | Khuzestan | P
Ilam | Ilam | P
Daniel Hagari | Daniel Hagari
Iran | Iran | P
Hagari | Daniel Hagari
Iranian | Iran
Iran | Iran
Ali Khamenei | Ali Khamenei
Iran | Iran
Hezbollah | Hezbollah
Hassan Nasrallah | Hassan Nasrallah
Beirut | Beirut | P
Hamas | Hamas
Ismail Haniyeh | Ismail Haniyeh
Tehran | Tehran | P
U.S. | United States
Joe Biden | Joe Biden
U.S. | United States
Washington | United States
Saudi Arabia | Saudi Arabia
Tehran | Iran
Iran | Iran
Qatar | Qatar
United Arab Emirates | United Arab Emirates
Israel | Israel | P
Home Front Command | Home Front Command
Israel's military | Israeli military
Lebanon | Lebanon | P
Hezbollah | Hezbollah
Israel | Israel | P
"""
CLAIMS["02_iran_israel_strikes"] = [
    ("three", 3, "exact", "other", "the Israeli military", "Israeli military"),
    ("two", 2, "exact", "killed", "Iran's military", "Iranian military"),
    ("about 100", 100, "about", "other", "Military spokesman Rear Admiral Daniel Hagari", "Daniel Hagari"),
    ("four", 4, "exact", "killed", "Iranian state media", None),
    ("6%", 6, "exact", "percent", None, None),
    ("$71.42", 71.42, "exact", "money", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("some 200", 200, "about", "other", None, None),
    ("more than 1,000", 1000, "more_than", "other", "Israel's military", "Israeli military"),
    ("thousands of", None, "about", "other", None, None),
]
QUOTES["02_iran_israel_strikes"] = [
    ("limited damage", "partial", "Iran's military", "Iranian military"),
    ("If the regime in Iran makes the mistake of beginning a new round of escalation, we will be obligated to respond,", "direct", "Hagari", "Daniel Hagari"),
    ("should neither be exaggerated nor downplayed,", "partial", "Supreme Leader Ayatollah Ali Khamenei", "Ali Khamenei"),
    ("the end", "partial", "U.S. President Joe Biden", "Joe Biden"),
]

MENTIONS["03_ukraine_jeddah_talks"] = """
Ukraine | Ukraine
U.S. | United States
Russia | Russia
Kyiv | Ukraine
Washington | United States
Jeddah | Jeddah | P
Saudi Arabia | Saudi Arabia | P
Washington | United States
Kyiv | Ukraine
Oval Office | Oval Office | P
Volodymyr Zelensky | Volodymyr Zelensky
U.S. | United States
Donald Trump | Donald Trump
Ukrainian | Ukraine
Andriy Yermak | Andriy Yermak
Presidential Office | Presidential Office of Ukraine
U.S. | United States
Marco Rubio | Marco Rubio
Mike Waltz | Mike Waltz
Ukraine | Ukraine
Zelensky | Volodymyr Zelensky
United States | United States
Russia | Russia
Rubio | Marco Rubio
Moscow | Russia
Kremlin | Kremlin
Dmitry Peskov | Dmitry Peskov
Vladimir Putin | Vladimir Putin
Trump | Donald Trump
Russia | Russia
Ukraine | Ukraine
Air Force | Ukrainian military
Odesa | Odesa | P
Kharkiv | Kharkiv | P
Naftogaz | Naftogaz
Naftogaz | Naftogaz
Oleksii Chernyshov | Oleksii Chernyshov
European Union | European Union
European Commission | European Commission
Ursula von der Leyen | Ursula von der Leyen
Ukraine | Ukraine
Energy Ministry | Ukrainian energy ministry
Russia | Russia
Ukraine | Ukraine
Herman Halushchenko | Herman Halushchenko
Saudi Arabia | Saudi Arabia
"""
CLAIMS["03_ukraine_jeddah_talks"] = [
    ("126", 126, "exact", "other", "the Air Force", "Ukrainian military"),
    ("two", 2, "exact", "other", "the Air Force", "Ukrainian military"),
    ("74", 74, "exact", "other", "the Air Force", "Ukrainian military"),
    ("42", 42, "exact", "other", "the Air Force", "Ukrainian military"),
    ("around 60,000", 60000, "about", "other", "Naftogaz", "Naftogaz"),
    ("more than 10", 10, "more_than", "other", "Naftogaz head Oleksii Chernyshov", "Oleksii Chernyshov"),
    ("up to 40%", 40, "up_to", "percent", "Naftogaz head Oleksii Chernyshov", "Oleksii Chernyshov"),
    ("1.5 billion euros", 1_500_000_000, "exact", "money", "the Energy Ministry", "Ukrainian energy ministry"),
    ("$1.6 billion", 1_600_000_000, "exact", "money", "the Energy Ministry", "Ukrainian energy ministry"),
    ("more than 1,000", 1000, "more_than", "other", "Energy Minister Herman Halushchenko", "Herman Halushchenko"),
]
QUOTES["03_ukraine_jeddah_talks"] = [
    ("Ukraine is ready to accept this proposal — we consider it a positive step,", "direct", "Zelensky", "Volodymyr Zelensky"),
    ("Now it is up to the United States to convince Russia to do the same.", "direct", "Zelensky", "Volodymyr Zelensky"),
    ("the ball is now in their court,", "partial", "Rubio", "Marco Rubio"),
    ("lost", "partial", "the Air Force", "Ukrainian military"),
    ("a positive development.", "partial", "European Commission President Ursula von der Leyen", "Ursula von der Leyen"),
]

MENTIONS["04_sahel_ecowas_exit"] = """
Mali | Mali
Burkina Faso | Burkina Faso
Niger | Niger
Economic Community of West African States | ECOWAS
ECOWAS | ECOWAS
Alliance of Sahel States | AES
AES | AES
ECOWAS | ECOWAS
France | France
ECOWAS | ECOWAS
Mali | Mali
Assimi Goita | Assimi Goita
AES | AES
Burkina Faso | Burkina Faso
Ibrahim Traore | Ibrahim Traore
Ouagadougou | Ouagadougou | P
al-Qaeda | al-Qaeda
Islamic State group | Islamic State
Burkina Faso | Burkina Faso | P
Armed Conflict Location and Event Data Project | ACLED
ACLED | ACLED
JNIM | JNIM
al-Qaeda | al-Qaeda
Tillaberi | Tillaberi | P
Niger | Niger | P
Niger | Niger
Russia | Russia
Africa Corps | Africa Corps
Wagner group | Wagner
Mali | Mali | P
UN | UN
World Food Programme | WFP
Sahel | Sahel | P
AES | AES
ECOWAS | ECOWAS
ECOWAS Commission | ECOWAS
Omar Alieu Touray | Omar Alieu Touray
"""
CLAIMS["04_sahel_ecowas_exit"] = [
    ("nearly 50 years", 50, "nearly", "duration", None, None),
    ("12", 12, "exact", "other", None, None),
    ("5,000", 5000, "exact", "other", "Mali's junta leader, General Assimi Goita", "Assimi Goita"),
    ("more than 1,500", 1500, "more_than", "killed", "the Armed Conflict Location and Event Data Project", "ACLED"),
    ("dozens of", None, "about", "killed", "JNIM", "JNIM"),
    ("about 2,000", 2000, "about", "other", "Western diplomats", None),
    ("3.4 million", 3_400_000, "exact", "aid", "The UN's World Food Programme", "WFP"),
    ("40 percent", 40, "exact", "percent", "The UN's World Food Programme", "WFP"),
    ("about 700 billion CFA francs", 700_000_000_000, "about", "money", "ECOWAS figures", "ECOWAS"),
    ("$1.1bn", 1_100_000_000, "about", "money", "ECOWAS figures", "ECOWAS"),
]
QUOTES["04_sahel_ecowas_exit"] = [
    ("until further notice", "partial", "ECOWAS", "ECOWAS"),
    ("We have taken our destiny into our own hands,", "direct", "Burkina Faso's Captain Ibrahim Traore", "Ibrahim Traore"),
    ("dozens of soldiers", "partial", "JNIM", "JNIM"),
    ("a sad day for regional integration", "partial", "ECOWAS Commission President Omar Alieu Touray", "Omar Alieu Touray"),
]

MENTIONS["05_ethiopia_amhara_drones"] = """
Ethiopia | Ethiopia | P
Amhara region | Amhara | P
BBC | BBC
Finote Selam | Finote Selam | P
Ethiopia | Ethiopia
Fano | Fano
Amhara | Amhara | P
BBC | BBC
Ethiopian National Defense Force | Ethiopian military
ENDF | Ethiopian military
Legesse Tulu | Legesse Tulu
Ethiopian Human Rights Commission | Ethiopian Human Rights Commission
Amhara | Amhara | P
UN | UN
OCHA | OCHA
Tigray region | Tigray | P
African Union | African Union
Fano | Fano
Abiy Ahmed | Abiy Ahmed
"""
CLAIMS["05_ethiopia_amhara_drones"] = [
    ("At least 30", 30, "at_least", "killed", "residents and health workers", None),
    ("12", 12, "exact", "dead", "a nurse", None),
    ("at least 120", 120, "at_least", "killed", "The Ethiopian Human Rights Commission", "Ethiopian Human Rights Commission"),
    ("hundreds of thousands of", None, "about", "displaced", "the UN humanitarian agency OCHA", "OCHA"),
    ("some 4.7 million", 4_700_000, "about", "aid", "the UN humanitarian agency OCHA", "OCHA"),
    ("less than a year", 1, "fewer_than", "duration", None, None),
    ("about 600,000", 600_000, "about", "killed", "African Union estimates", "African Union"),
    ("up to 500,000 birr", 500_000, "up_to", "money", None, None),
    ("$4,100", 4100, "up_to", "money", None, None),
]
QUOTES["05_ethiopia_amhara_drones"] = [
    ("I counted 12 bodies, most of them women who had come to sell vegetables,", "direct", "a nurse", None),
    ("The drone came back. Another strike hit people who were trying to help the wounded.", "direct", "a nurse", None),
    ("extremist elements", "partial", "government spokesman Legesse Tulu", "Legesse Tulu"),
    ("not civilians", "partial", "government spokesman Legesse Tulu", "Legesse Tulu"),
    ("bring law and order", "partial", "Prime Minister Abiy Ahmed", "Abiy Ahmed"),
]

MENTIONS["06_somalia_lido_beach"] = """
al-Shabab | al-Shabab
Somalia | Somalia | P
Lido Beach | Lido Beach | P
Abdifatah Adan Hassan | Abdifatah Adan Hassan
Hassan Farah | Hassan Farah
Al-Shabab | al-Shabab
al-Qaida | al-Qaeda
Andalus | Andalus
Hassan Sheikh Mohamud | Hassan Sheikh Mohamud
Somalia | Somalia
Somalia | Somalia | P
African Union | African Union
ATMIS | ATMIS
United States | United States
al-Shabab | al-Shabab
Mogadishu | Mogadishu | P
U.N. Assistance Mission in Somalia | UNSOM
"""
CLAIMS["06_somalia_lido_beach"] = [
    ("At least 32", 32, "at_least", "killed", "police", "Somali police"),
    ("63", 63, "exact", "injured", "police", "Somali police"),
    ("one", 1, "exact", "killed", "He", "Abdifatah Adan Hassan"),
    ("five", 5, "exact", "killed", "He", "Abdifatah Adan Hassan"),
    ("one", 1, "exact", "arrested", "He", "Abdifatah Adan Hassan"),
    ("more than 15 years", 15, "more_than", "duration", None, None),
    ("nine", 9, "exact", "killed", None, None),
    ("roughly 12,000", 12000, "about", "other", None, None),
]
QUOTES["06_somalia_lido_beach"] = [
    ("People were swimming and eating when the explosion happened. Then the shooting started and everyone ran towards the sea,", "direct", "Hassan Farah", "Hassan Farah"),
    ("officials and apostates.", "partial", "Al-Shabab", "al-Shabab"),
    ("heinous", "partial", "The United States", "United States"),
    ("appalled", "partial", "The U.N. Assistance Mission in Somalia", "UNSOM"),
    ("may amount to war crimes.", "partial", "The U.N. Assistance Mission in Somalia", "UNSOM"),
]

MENTIONS["07_libya_oil_shutdown"] = """
Libya | Libya
UN | UN
Tripoli | Tripoli | P
Osama Hammad | Osama Hammad
Khalifa Haftar | Khalifa Haftar
Tripoli | Tripoli | P
Presidential Council | Presidential Council
Sadiq al-Kabir | Sadiq al-Kabir
Libya | Libya
National Oil Corporation | NOC
NOC | NOC
Kabir | Sadiq al-Kabir
Financial Times | Financial Times
UN support mission in Libya | UNSMIL
Unsmil | UNSMIL
Stephanie Koury | Stephanie Koury
Unsmil | UNSMIL
Libyan | Libya
Libya | Libya
Nato | NATO
Muammar Gaddafi | Muammar Gaddafi
Tripoli | Tripoli | P
Abdul Hamid Dbeibah | Abdul Hamid Dbeibah
Haftar | Khalifa Haftar
Tripoli | Tripoli | P
Eni | Eni
Italian | Italy
Mellitah | Mellitah | P
"""
CLAIMS["07_libya_oil_shutdown"] = [
    ("about 1.2m", 1_200_000, "about", "other", "the National Oil Corporation", "NOC"),
    ("more than half", 50, "more_than", "percent", None, None),
    ("more than $20bn", 20_000_000_000, "more_than", "money", None, None),
    ("3%", 3, "exact", "percent", None, None),
    ("more than $80", 80, "more_than", "money", None, None),
    ("three years", 3, "exact", "duration", None, None),
    ("at least 55", 55, "at_least", "killed", None, None),
]
QUOTES["07_libya_oil_shutdown"] = [
    ("Militias are threatening and sometimes abducting bank staff and their children and relatives,", "direct", "he", "Sadiq al-Kabir"),
    ("deeply concerned", "partial", "The UN support mission in Libya", "UNSMIL"),
    ("will only deepen the divisions", "partial", "Stephanie Koury", "Stephanie Koury"),
    ("a weapon of blackmail", "partial", "Abdul Hamid Dbeibah", "Abdul Hamid Dbeibah"),
]

MENTIONS["08_karabakh_exodus"] = """
Nagorno-Karabakh | Nagorno-Karabakh | P
Armenia | Armenia | P
Azerbaijan | Azerbaijan
Armenian | Armenia
South Caucasus | South Caucasus | P
Soviet Union | Soviet Union
Armenian | Armenia
Goris | Goris | P
Anahit Grigoryan | Anahit Grigoryan
Lachin corridor | Lachin corridor | P
Stepanakert | Stepanakert | P
Nikol Pashinyan | Nikol Pashinyan
Armenia | Armenia
Azerbaijan | Azerbaijan
Baku | Azerbaijan
Ilham Aliyev | Ilham Aliyev
Azerbaijan | Azerbaijan
Karabakh | Nagorno-Karabakh
Azerbaijani soldiers | Azerbaijani military
Baku | Azerbaijan
Russian peacekeepers | Russian military
United States Agency for International Development | USAID
European Union | European Union
Samantha Power | Samantha Power
Azerbaijan | Azerbaijan
Samvel Shahramanyan | Samvel Shahramanyan
Stepanakert | Stepanakert | P
The New York Times | The New York Times
"""
CLAIMS["08_karabakh_exodus"] = [
    ("More than 100,000", 100_000, "more_than", "displaced", "the Armenian government", "Armenia"),
    ("more than 80 percent", 80, "more_than", "percent", "the Armenian government", "Armenia"),
    ("At least 170", 170, "at_least", "killed", "local officials", None),
    ("about 200", 200, "about", "killed", "Karabakh officials", "Nagorno-Karabakh"),
    ("at least 192", 192, "at_least", "killed", "Baku", "Azerbaijan"),
    ("$11.5 million", 11_500_000, "exact", "money", "The United States Agency for International Development", "USAID"),
    ("5 million euros", 5_000_000, "exact", "money", None, None),
    ("more than three decades", 30, "more_than", "duration", None, None),
]
QUOTES["08_karabakh_exodus"] = [
    ("We left everything — our house, our animals, the graves of our parents,", "direct", "Anahit Grigoryan", "Anahit Grigoryan"),
    ("ethnic cleansing,", "partial", "Prime Minister Nikol Pashinyan of Armenia", "Nikol Pashinyan"),
    ("reintegration", "term", None, None),
    ("It is the end of our history here,", "direct", "one official in Stepanakert", None),
]

MENTIONS["09_colombia_catatumbo"] = """
Colombian | Colombia
Gustavo Petro | Gustavo Petro
Catatumbo | Catatumbo | P
ELN | ELN
FARC | FARC
Petro | Gustavo Petro
National Liberation Army | ELN
ELN | ELN
ELN | ELN
Petro | Gustavo Petro
ELN | ELN
FARC | FARC
33rd Front | 33rd Front
Venezuela | Venezuela | P
Cucuta | Cucuta | P
Venezuela | Venezuela
Nicolas Maduro | Nicolas Maduro
Petro | Gustavo Petro
Maduro | Nicolas Maduro
ELN | ELN
Caracas | Venezuela
Catatumbo | Catatumbo | P
Venezuela | Venezuela | P
United Nations Office on Drugs and Crime | UNODC
Ivan Velasquez | Ivan Velasquez
ELN | ELN
Petro | Gustavo Petro
ELN | ELN
United States | United States
European Union | European Union
"""
CLAIMS["09_colombia_catatumbo"] = [
    ("at least 80", 80, "at_least", "killed", None, None),
    ("more than 32,000", 32000, "more_than", "displaced", None, None),
    ("about 6,000", 6000, "about", "other", "military intelligence estimates", None),
    ("Hundreds of", None, "about", "displaced", None, None),
    ("thousands", None, "about", "displaced", None, None),
    ("1,200", 1200, "exact", "aid", "Venezuela's government", "Venezuela"),
    ("about 43,000", 43000, "about", "other", "the United Nations Office on Drugs and Crime", "UNODC"),
    ("5,000", 5000, "exact", "other", "Defence Minister Ivan Velasquez", "Ivan Velasquez"),
    ("up to 400 million pesos", 400_000_000, "up_to", "money", "Defence Minister Ivan Velasquez", "Ivan Velasquez"),
    ("$92,000", 92000, "up_to", "money", "Defence Minister Ivan Velasquez", "Ivan Velasquez"),
]
QUOTES["09_colombia_catatumbo"] = [
    ("war crimes", "partial", "Petro", "Gustavo Petro"),
    ("The ELN has chosen the path of war and it will have war,", "direct", "Petro", "Gustavo Petro"),
    ("murdering the civilian population", "partial", "The ELN", "ELN"),
    ("total peace", "term", None, None),
]

MENTIONS["10_un_appeal_2025"] = """
United Nations | UN
UN | UN
OCHA | OCHA
UN | UN
Tom Fletcher | Tom Fletcher
Geneva | Geneva | P
Fletcher | Tom Fletcher
OCHA | OCHA
Sudan | Sudan
Palestinian territories | Palestine
United States | United States
UN | UN
Donald Trump | Donald Trump
Germany | Germany
World Food Programme | WFP
Kenya | Kenya | P
Uganda | Uganda | P
Ethiopia | Ethiopia | P
Jan Egeland | Jan Egeland
Norwegian Refugee Council | Norwegian Refugee Council
Fletcher | Tom Fletcher
British | United Kingdom
"""
CLAIMS["10_un_appeal_2025"] = [
    ("$47.4 billion", 47_400_000_000, "exact", "money", None, None),
    ("nearly 190 million", 190_000_000, "nearly", "aid", None, None),
    ("305 million", 305_000_000, "exact", "aid", "The 2025 Global Humanitarian Overview", "OCHA"),
    ("$49.6 billion", 49_600_000_000, "exact", "money", "Fletcher", "Tom Fletcher"),
    ("less than half", 50, "fewer_than", "percent", "Fletcher", "Tom Fletcher"),
    ("$21 billion", 21_000_000_000, "exact", "money", "Fletcher", "Tom Fletcher"),
    ("116 million", 116_000_000, "exact", "aid", "OCHA", "OCHA"),
    ("around 60 percent", 60, "about", "percent", "OCHA", "OCHA"),
    ("$4.2 billion", 4_200_000_000, "exact", "money", None, None),
    ("$4.07 billion", 4_070_000_000, "exact", "money", None, None),
    ("about 38 percent", 38, "about", "percent", None, None),
    ("second", 2, "exact", "ordinal", None, None),
    ("more than half", 50, "more_than", "percent", "a draft federal budget", None),
    ("1.05 billion euros", 1_050_000_000, "exact", "money", "a draft federal budget", None),
    ("about 1 million", 1_000_000, "about", "displaced", "The World Food Programme", "WFP"),
    ("three years", 3, "exact", "duration", "Jan Egeland", "Jan Egeland"),
    ("281", 281, "exact", "killed", "Fletcher", "Tom Fletcher"),
]
QUOTES["10_un_appeal_2025"] = [
    ("hyper-prioritise", "partial", "The United Nations", "UN"),
    ("We are forced to make brutal choices,", "direct", "UN relief chief Tom Fletcher", "Tom Fletcher"),
    ("Our message is that we need more money, but we also need to reduce need by ending conflicts.", "direct", "UN relief chief Tom Fletcher", "Tom Fletcher"),
    ("at breaking point", "partial", "Jan Egeland", "Jan Egeland"),
    ("overstretched, underfunded and literally under attack", "partial", "Fletcher", "Tom Fletcher"),
]
