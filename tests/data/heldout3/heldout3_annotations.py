"""Hand annotations of the third held-out set (gold), written from the article texts alone, before
looking at the toolkit's rules, dictionaries or outputs, and before reading the first two sets' articles.

Conventions: those of the second held-out set (``tests/data/heldout2/heldout2_annotations.py``), applied
to every article:

* Mentions: every named person, state, organisation and armed group, and every named place. A state
  name, demonym or metonym (``Tehran``, ``Kigali``, ``Beijing``, ``Washington``) naming the state is a
  state mention; a demonym or possessive + army/military/forces/troops/soldiers is one mention of that
  military; ``X's <ministry>`` is one mention of that ministry (also ``X's security service``,
  ``X's political bureau``). Names inside a title are annotated, the title words are not part of the
  person span. Bare back-references (``the group``, ``the ministry``, ``the council``), ethnic groups and
  demonyms naming people (``Palestinian prisoners``, ``Syrian refugees``, ``Indian tourists``) are not
  mentions. ``is_place``: the name is used as a location; a country as remit (``envoy for Syria``,
  ``rapporteur on Myanmar``) is not a place. A dateline the loader leaves in the text (Dawn's
  ``ISLAMABAD:``) is annotated like any other text. Names glossed in Chinese characters
  (``Wellington Koo (顧立雄)``) are annotated once, on the English name.
* Claims: counts of people and things, money, percentages and fractions (as percent), durations and
  ordinals; dates, times, years, ages, unit names and number-adjectives (``60-day``, ``two-storey``,
  ``7.7-magnitude``, ``Kh-101``) are not claims. Vague amounts have value null and qualifier ``about``.
  The source is the actor the number is attributed to by a reporting clause (also a quote's speaker,
  and a continuation quote's speaker); null when it is the reporter's own.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause (a quote that
  continues the previous speaker's words keeps that speaker); ``partial`` = a quoted fragment inside
  reported speech or a single attributed word; ``term`` = a name or scare quote nobody is said to
  speak (speaker null). A quote nested inside another quote (a hypothetical ``say, 'we'll stop'``) is
  not annotated separately. The speaker words are the attribution as written (``he`` for ``he said``,
  label = its antecedent).

Every list is in text order: build_gold.py finds each surface at its first occurrence (on word
boundaries) after the previous item of the same task.
"""

from __future__ import annotations

# label -> actor_type (gold's own labels; ids are mapped in build_gold.py)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Israel", "Qatar", "Egypt", "United States", "Iran", "Lebanon", "France", "Yemen", "Russia", "Syria",
   "Turkey", "Ukraine", "Slovakia", "Poland", "United Kingdom", "Sudan", "DR Congo", "Rwanda", "South Africa", "Malawi",
   "Uruguay", "Belgium", "Kenya", "Myanmar", "China", "India", "Haiti", "Mali", "Burkina Faso", "Niger", "Pakistan",
   "Taiwan")
_a("armed_group", "Hamas", "Israeli military", "Hezbollah", "Lebanese military", "Houthis", "US military", "HTS",
   "RSF", "Sudanese military", "M23", "Congolese military", "Rwandan military", "Karen National Union", "Myanmar junta",
   "Viv Ansanm", "al-Qaeda", "JNIM", "Wagner", "Malian military", "Pakistani military", "Lashkar-e-Taiba",
   "The Resistance Front", "PLA")
_a("organization", "ICRC", "Israeli Prime Minister's Office", "Palestinian Prisoners' Club", "AFP", "Qatari foreign ministry",
   "UN", "WFP", "Gaza health ministry", "Hostages and Missing Families Forum", "White House", "Reuters",
   "Lebanese health ministry", "IOM", "UNIFIL", "Iranian foreign ministry", "Houthi health ministry", "Fox News",
   "Houthi political bureau", "Suez Canal Authority", "Russian foreign ministry", "Al Jazeera", "White Helmets", "SBU",
   "HRMMU", "Kremlin", "Russian defence ministry", "NATO", "Ukrainian health ministry", "Relief International", "BBC",
   "Yale Humanitarian Research Lab", "MSF", "IPC", "UN Security Council", "Rwandan foreign ministry", "MONUSCO",
   "East African Community", "AFC", "UNHCR", "National Unity Government", "OHCHR", "Committee for Peace and Development",
   "Kenyan police", "National Human Rights Defense Network", "The Associated Press", "US State Department", "AES",
   "MINUSMA", "ACLED", "ISPR", "National Security Committee", "Pakistan Air Force", "Indian defence ministry",
   "Geo News", "Taiwan defence ministry", "Eastern Theater Command", "China Coast Guard", "CCP",
   "Taiwan Presidential Office", "Mainland Affairs Council", "Taiwan National Security Council")
_a("person", "Benjamin Netanyahu", "Romi Gonen", "Emily Damari", "Doron Steinbrecher", "Umm Mohammed al-Masri",
   "Daniel Hagari", "Donald Trump", "Majed al-Ansari", "Antonio Guterres", "Meirav Leshem Gonen", "Joe Biden",
   "Najib Mikati", "Hussein Younes", "Avichay Adraee", "Hassan Fadlallah", "Emmanuel Macron", "Esmaeil Baghaei",
   "Pete Hegseth", "Abdullah Yahya", "Yahya Saree", "Anees al-Asbahi", "Abbas Araghchi", "Stephane Dujarric",
   "Bashar al-Assad", "Ahmed al-Sharaa", "Mohammed Ghazi al-Jalali", "Resul Serdar", "Hafez al-Assad", "Rama",
   "Geir Pedersen", "Svitlana Lukianchuk", "Vitali Klitschko", "Oleh Holubchenko", "Volodymyr Zelenskyy",
   "Danielle Bell", "Dmitry Peskov", "Serhiy Lysak", "Ihor Klymenko", "David Lammy", "Clementine Nkweta-Salami",
   "Hafiz", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo", "Willy Ngoma", "Thérèse Kayikwamba Wagner",
   "Bintou Keita", "William Ruto", "Félix Tshisekedi", "Paul Kagame", "Corneille Nangaa", "Espérance Mapendo",
   "Min Aung Hlaing", "Volker Türk", "Tom Andrews", "Ma Thida", "Aung San Suu Kyi", "Monel Felix",
   "Alix Didier Fils-Aimé", "Pierre Espérance", "Jimmy Chérizier", "Aminata Traore", "Oumar Diarra",
   "Abdoulaye Maiga", "Assimi Goita", "Ahmed Sharif Chaudhry", "Shehbaz Sharif", "Vikram Misri", "Khawaja Asif",
   "Mohammad Bashir", "Shi Yi", "Wellington Koo", "Lai Ching-te", "Joseph Wu")
_a("location", "Gaza", "Tel Aviv", "Ofer prison", "West Bank", "Khan Yunis", "Deir el-Balah", "Gaza City",
   "Hostages Square", "Litani River", "Beirut", "Sidon", "Tyre", "Nabatieh", "Golan Heights", "Middle East", "Red Sea",
   "Sanaa", "Shuob", "Suez Canal", "Damascus", "Idlib", "Moscow", "Umayyad Mosque", "Umayyad Square", "Saydnaya prison",
   "Kyiv", "Okhmatdyt hospital", "Warsaw", "Kryvyi Rih", "Washington", "Zamzam", "El Fasher", "Darfur", "Tawila",
   "London", "Goma", "Stade de l'Unité", "Gisenyi", "New York", "North Kivu", "Kinshasa", "Kanyaruchinya",
   "Mandalay", "Kaw Kareik", "Mahamuni pagoda", "Naypyidaw", "Thailand", "Bangkok", "Wharf Jérémie", "Cité Soleil",
   "Port-au-Prince", "Bamako", "Faladie", "Modibo Keita International Airport", "Tinzaouaten", "Algeria", "Sahel",
   "Islamabad", "Azad Jammu and Kashmir", "Rawalpindi", "Muridke", "Subhanallah mosque", "Bahawalpur", "New Delhi",
   "Pahalgam", "Muzaffarabad", "Poonch", "Line of Control", "Punjab", "Kashmir", "Taipei", "Taiwan Strait", "Kinmen")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# The dateline GAZA CITY, Palestinian Territories (AFP) - and the sign-off burs-jd/ser are stripped by the loader.
MENTIONS["01_gaza_truce_hostages"] = """
Israel | Israel
Hamas | Hamas
Gaza Strip | Gaza | P
Red Cross | ICRC
Israeli | Israel
Benjamin Netanyahu's office | Israeli Prime Minister's Office
Romi Gonen | Romi Gonen
Emily Damari | Emily Damari
Doron Steinbrecher | Doron Steinbrecher
Israel | Israel | P
Tel Aviv | Tel Aviv | P
Israel | Israel
Ofer prison | Ofer prison | P
West Bank | West Bank | P
Palestinian Prisoners' Club | Palestinian Prisoners' Club
Israeli | Israel
Umm Mohammed al-Masri | Umm Mohammed al-Masri
AFP | AFP
Khan Yunis | Khan Yunis | P
Deir el-Balah | Deir el-Balah | P
Gaza City | Gaza City | P
Hamas | Hamas
Qatar | Qatar
Egypt | Egypt
United States | United States
Israeli military | Israeli military
Daniel Hagari | Daniel Hagari
Gaza | Gaza | P
Netanyahu | Benjamin Netanyahu
Israel | Israel
US | United States
Donald Trump | Donald Trump
Hamas | Hamas
Qatari foreign ministry | Qatari foreign ministry
Majed al-Ansari | Majed al-Ansari
Hamas | Hamas
UN | UN
Antonio Guterres | Antonio Guterres
World Food Programme | WFP
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
Tel Aviv | Tel Aviv | P
Hostages Square | Hostages Square | P
Meirav Leshem Gonen | Meirav Leshem Gonen
Romi | Romi Gonen
Hostages and Missing Families Forum | Hostages and Missing Families Forum
"""
CLAIMS["01_gaza_truce_hostages"] = [
    ("nearly three hours", 3, "nearly", "duration", None, None),
    ("three", 3, "exact", "hostages", None, None),
    ("three", 3, "exact", "hostages", "Israeli Prime Minister Benjamin Netanyahu's office", "Israeli Prime Minister's Office"),
    ("90", 90, "exact", "prisoners", "the Palestinian Prisoners' Club", "Palestinian Prisoners' Club"),
    ("at least 19", 19, "at_least", "killed", "the civil defence agency", None),
    ("fifteen months", 15, "exact", "duration", "Umm Mohammed al-Masri", "Umm Mohammed al-Masri"),
    ("first", 1, "exact", "ordinal", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("42 days", 42, "exact", "duration", None, None),
    ("33", 33, "exact", "hostages", None, None),
    ("about 1,900", 1900, "about", "prisoners", None, None),
    ("second", 2, "exact", "ordinal", "Netanyahu", "Benjamin Netanyahu"),
    ("630", 630, "exact", "aid", "the World Food Programme", "WFP"),
    ("first", 1, "exact", "ordinal", "the World Food Programme", "WFP"),
    ("at least 46,913", 46913, "at_least", "killed", "The health ministry in Hamas-run Gaza", "Gaza health ministry"),
    ("1,210", 1210, "exact", "killed", "an AFP tally of official Israeli figures", "AFP"),
    ("251", 251, "exact", "hostages", None, None),
    ("94", 94, "exact", "hostages", None, None),
    ("34", 34, "exact", "dead", "the Israeli military", "Israeli military"),
    ("thousands of", None, "about", "other", None, None),
]
QUOTES["01_gaza_truce_hostages"] = [
    ("It's as if we had been reborn,", "direct", "Umm Mohammed al-Masri", "Umm Mohammed al-Masri"),
    ("We have waited fifteen months for this day.", "direct", "Umm Mohammed al-Masri", "Umm Mohammed al-Masri"),
    ("buffer zones", "partial", "Israeli military spokesman Daniel Hagari", "Daniel Hagari"),
    ("the right to resume the war", "partial", "Netanyahu", "Benjamin Netanyahu"),
    ("the fruit of the legendary steadfastness of our great Palestinian people", "partial", "Hamas", "Hamas"),
    ("technical reasons", "partial", "Qatari foreign ministry spokesman Majed al-Ansari", "Majed al-Ansari"),
    ("Hostages Square", "term", None, None),
    ("I can breathe again,", "direct", "Meirav Leshem Gonen", "Meirav Leshem Gonen"),
]

# Dateline BEIRUT/JERUSALEM, Nov 27 (Reuters) - and the reporting credits are stripped by the loader.
MENTIONS["02_lebanon_ceasefire"] = """
Israel | Israel
Iran | Iran
Hezbollah | Hezbollah
Lebanon | Lebanon | P
Israeli military | Israeli military
United States | United States
France | France
Israeli forces | Israeli military
Lebanon | Lebanon | P
Lebanese army | Lebanese military
Hezbollah | Hezbollah
Litani River | Litani River | P
U.S. | United States
Joe Biden | Joe Biden
White House Rose Garden | White House | P
Israeli | Israel
Benjamin Netanyahu | Benjamin Netanyahu
Israel | Israel
Lebanon | Lebanon | P
Lebanon | Lebanon
Najib Mikati | Najib Mikati
Israel | Israel
Beirut | Beirut | P
Sidon | Sidon | P
Tyre | Tyre | P
Reuters | Reuters
Hussein Younes | Hussein Younes
Nabatieh | Nabatieh | P
Israel's military | Israeli military
Avichay Adraee | Avichay Adraee
Hezbollah | Hezbollah
Hassan Fadlallah | Hassan Fadlallah
Lebanese | Lebanon
Lebanon | Lebanon | P
Lebanese health ministry | Lebanese health ministry
Israeli | Israel
Israel | Israel | P
Israeli | Israel
Golan Heights | Golan Heights | P
Lebanon | Lebanon | P
Lebanon | Lebanon | P
U.N. | UN
IOM | IOM
U.S. | United States
France | France
U.N. | UN
UNIFIL | UNIFIL
French | France
Emmanuel Macron | Emmanuel Macron
Lebanese | Lebanon
Israeli | Israel
Iran's foreign ministry | Iranian foreign ministry
Esmaeil Baghaei | Esmaeil Baghaei
Zionist regime | Israel
Lebanon | Lebanon
"""
CLAIMS["02_lebanon_ceasefire"] = [
    ("thousands of", None, "about", "displaced", None, None),
    ("some 5,000", 5000, "about", "other", None, None),
    ("more than 60", 60, "more_than", "other", "Israel's military spokesman for Arabic media, Avichay Adraee", "Avichay Adraee"),
    ("More than 3,800", 3800, "more_than", "killed", "the Lebanese health ministry", "Lebanese health ministry"),
    ("two months", 2, "exact", "duration", "the Lebanese health ministry", "Lebanese health ministry"),
    ("about 80", 80, "about", "killed", "Israeli authorities", "Israel"),
    ("45", 45, "exact", "killed", "Israeli authorities", "Israel"),
    ("About 1.2 million", 1_200_000, "about", "displaced", "the U.N. migration agency IOM", "IOM"),
]
QUOTES["02_lebanon_ceasefire"] = [
    ("This is designed to be a permanent cessation of hostilities,", "direct", "U.S. President Joe Biden", "Joe Biden"),
    ("respond forcefully", "partial", "Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"),
    ("what happens in Lebanon.", "partial", "Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"),
    ("a fundamental step towards restoring calm", "partial", "Lebanon's caretaker prime minister, Najib Mikati", "Najib Mikati"),
    ("We are going home, even if it is only rubble,", "direct", "Hussein Younes", "Hussein Younes"),
    ("resistance", "partial", "he", "Hassan Fadlallah"),
    ("culmination of efforts undertaken for many months", "partial", "French President Emmanuel Macron", "Emmanuel Macron"),
    ("the aggression of the Zionist regime", "partial", "he", "Esmaeil Baghaei"),
]

# Dateline SANAA, Yemen (AP) — is stripped by the loader.
MENTIONS["03_yemen_us_strikes"] = """
U.S. | United States
Yemen | Yemen | P
Houthi | Houthis
health ministry | Houthi health ministry
Donald Trump | Donald Trump
American military | US military
Middle East | Middle East | P
Trump | Donald Trump
Iran | Iran
Houthis | Houthis
Red Sea | Red Sea | P
Tehran | Iran
Pete Hegseth | Pete Hegseth
Houthis | Houthis
U.S. | United States
Houthis | Houthis
Hegseth | Pete Hegseth
Fox News | Fox News
Sanaa | Sanaa | P
Shuob | Shuob | P
Abdullah Yahya | Abdullah Yahya
Houthi | Houthis
Yahya Saree | Yahya Saree
U.S. | United States
Red Sea | Red Sea | P
U.S. military | US military
Houthis’ political bureau | Houthi political bureau
Anees al-Asbahi | Anees al-Asbahi
Houthi | Houthis
health ministry | Houthi health ministry
Houthis | Houthis
Gaza | Gaza | P
Israel | Israel
Iran | Iran
Abbas Araghchi | Abbas Araghchi
Washington | United States
Iran | Iran
U.N. | UN
Stephane Dujarric | Stephane Dujarric
Suez Canal | Suez Canal | P
Egypt’s Suez Canal Authority | Suez Canal Authority
"""
CLAIMS["03_yemen_us_strikes"] = [
    ("at least 31", 31, "at_least", "killed", "the rebels’ health ministry", "Houthi health ministry"),
    ("101", 101, "exact", "injured", "the rebels’ health ministry", "Houthi health ministry"),
    ("first", 1, "exact", "ordinal", None, None),
    ("second", 2, "exact", "ordinal", None, None),
    ("18", 18, "exact", "other", "Houthi military spokesman Yahya Saree", "Yahya Saree"),
    ("at least four", 4, "at_least", "killed", "Anees al-Asbahi", "Anees al-Asbahi"),
    ("more than 100", 100, "more_than", "other", None, None),
    ("two", 2, "exact", "other", None, None),
    ("four", 4, "exact", "killed", None, None),
    ("more than half", 50, "more_than", "percent", "Egypt’s Suez Canal Authority", "Suez Canal Authority"),
]
QUOTES["03_yemen_us_strikes"] = [
    ("hell will rain down upon you like nothing you have ever seen before", "direct", "Trump", "Donald Trump"),
    ("immediately!", "partial", "He", "Donald Trump"),
    ("The moment the Houthis say, ‘we’ll stop shooting at your ships,’ this campaign will end,", "direct", "Hegseth", "Pete Hegseth"),
    ("The blast was so powerful that the windows of my house shattered and my children were screaming,", "direct", "Abdullah Yahya", "Abdullah Yahya"),
    ("war crime", "partial", "The Houthis’ political bureau", "Houthi political bureau"),
    ("not go unanswered.", "partial", "The Houthis’ political bureau", "Houthi political bureau"),
    ("no authority", "partial", "Iran’s Foreign Minister Abbas Araghchi", "Abbas Araghchi"),
    ("utmost restraint", "partial", "The U.N. Secretary-General’s spokesman, Stephane Dujarric", "Stephane Dujarric"),
]

MENTIONS["04_syria_assad_falls"] = """
Damascus | Damascus | P
Bashar al-Assad | Bashar al-Assad
Hayat Tahrir al-Sham | HTS
HTS | HTS
Damascus | Damascus | P
Idlib | Idlib | P
Russia’s foreign ministry | Russian foreign ministry
al-Assad | Bashar al-Assad
Syria | Syria | P
Russian | Russia
al-Assad | Bashar al-Assad
Moscow | Moscow | P
HTS | HTS
Ahmed al-Sharaa | Ahmed al-Sharaa
Abu Mohammed al-Julani | Ahmed al-Sharaa
Umayyad Mosque | Umayyad Mosque | P
Damascus | Damascus | P
Mohammed Ghazi al-Jalali | Mohammed Ghazi al-Jalali
Al Jazeera | Al Jazeera
Resul Serdar | Resul Serdar
Damascus | Damascus | P
Umayyad Square | Umayyad Square | P
Hafez al-Assad | Hafez al-Assad
Rama | Rama
Saydnaya prison | Saydnaya prison | P
White Helmets | White Helmets
Israel | Israel
Golan Heights | Golan Heights | P
United Nations | UN
Syria | Syria
Geir Pedersen | Geir Pedersen
US | United States
Joe Biden | Joe Biden
Iran | Iran
Russia | Russia
Lebanon | Lebanon
Hezbollah | Hezbollah
al-Assad | Bashar al-Assad
Syria | Syria
Syria | Syria | P
Turkey | Turkey
"""
CLAIMS["04_syria_assad_falls"] = [
    ("more than five decades", 50, "more_than", "duration", None, None),
    ("less than two weeks", 2, "fewer_than", "duration", None, None),
    ("thirteen years", 13, "exact", "duration", "Rama", "Rama"),
    ("Thousands of", None, "about", "other", None, None),
    ("tens of thousands of", None, "about", "prisoners", "rights groups", None),
    ("more than 500,000", 500_000, "more_than", "killed", None, None),
    ("half", 50, "exact", "percent", None, None),
    ("23 million", 23_000_000, "exact", "population", None, None),
    ("about three million", 3_000_000, "about", "displaced", None, None),
]
QUOTES["04_syria_assad_falls"] = [
    ("free", "partial", "Syrian opposition fighters", None),
    ("a number of participants in the armed conflict", "partial", "Russia’s foreign ministry", "Russian foreign ministry"),
    ("a new history for the whole region", "partial", "HTS leader Ahmed al-Sharaa", "Ahmed al-Sharaa"),
    ("extend a hand", "partial", "Prime Minister Mohammed Ghazi al-Jalali", "Mohammed Ghazi al-Jalali"),
    ("I never thought I would live to see this day,", "direct", "Rama", "Rama"),
    ("For thirteen years we were afraid to speak.", "direct", "Rama", "Rama"),
    ("temporary defensive position", "partial", "Israel", "Israel"),
    ("a watershed moment", "partial", "The United Nations special envoy for Syria, Geir Pedersen", "Geir Pedersen"),
    ("a fundamental act of justice", "partial", "US President Joe Biden", "Joe Biden"),
    ("a moment of risk and uncertainty", "partial", "US President Joe Biden", "Joe Biden"),
    ("without destructive foreign interference", "partial", "Iran", "Iran"),
]

MENTIONS["05_kyiv_childrens_hospital"] = """
Russian | Russia
Ukraine | Ukraine | P
Kyiv | Kyiv | P
Ukrainian | Ukraine
Okhmatdyt hospital | Okhmatdyt hospital | P
Svitlana Lukianchuk | Svitlana Lukianchuk
Vitali Klitschko | Vitali Klitschko
Oleh Holubchenko | Oleh Holubchenko
Ukraine | Ukraine
Volodymyr Zelenskyy | Volodymyr Zelenskyy
Warsaw | Warsaw | P
Ukraine | Ukraine
Russia | Russia
Ukraine’s security service | SBU
SBU | SBU
Moscow | Russia
Ukrainian | Ukraine
UN human rights monitoring mission | HRMMU
Ukraine | Ukraine | P
Danielle Bell | Danielle Bell
Kremlin | Kremlin
Dmitry Peskov | Dmitry Peskov
Russian | Russia
Russia’s defence ministry | Russian defence ministry
Kryvyi Rih | Kryvyi Rih | P
Serhiy Lysak | Serhiy Lysak
Ihor Klymenko | Ihor Klymenko
Kyiv | Kyiv | P
Slovakia | Slovakia
Poland | Poland
British | United Kingdom
David Lammy | David Lammy
Nato | NATO
Washington | Washington | P
Kyiv | Ukraine
health ministry | Ukrainian health ministry
Zelenskyy | Volodymyr Zelenskyy
"""
CLAIMS["05_kyiv_childrens_hospital"] = [
    ("at least 41", 41, "at_least", "killed", "Ukrainian officials", "Ukraine"),
    ("more than 170", 170, "more_than", "injured", "Ukrainian officials", "Ukraine"),
    ("Two", 2, "exact", "killed", "the city’s mayor, Vitali Klitschko", "Vitali Klitschko"),
    ("more than 40", 40, "more_than", "other", "Ukraine’s president, Volodymyr Zelenskyy", "Volodymyr Zelenskyy"),
    ("10", 10, "exact", "killed", "the regional governor, Serhiy Lysak", "Serhiy Lysak"),
    ("more than 100", 100, "more_than", "other", "Ihor Klymenko, the interior minister", "Ihor Klymenko"),
    ("three", 3, "exact", "other", "Ihor Klymenko, the interior minister", "Ihor Klymenko"),
    ("eight", 8, "exact", "other", "Ihor Klymenko, the interior minister", "Ihor Klymenko"),
]
QUOTES["05_kyiv_childrens_hospital"] = [
    ("We were in the middle of an operation when the windows came in,", "direct", "Oleh Holubchenko", "Oleh Holubchenko"),
    ("We finished it by torchlight.", "direct", "Oleh Holubchenko", "Oleh Holubchenko"),
    ("Then we started carrying the children downstairs.", "direct", "Oleh Holubchenko", "Oleh Holubchenko"),
    ("Russia cannot claim it does not know where its missiles are flying,", "direct", "he", "Volodymyr Zelenskyy"),
    ("suffered a direct hit rather than damage", "partial", "The UN human rights monitoring mission in Ukraine", "HRMMU"),
    ("one of the most shocking attacks", "partial", "Danielle Bell", "Danielle Bell"),
    ("massive strike with long-range precision weapons", "partial", "Russia’s defence ministry", "Russian defence ministry"),
    ("the most depraved of acts", "partial", "the British foreign secretary, David Lammy", "David Lammy"),
]

MENTIONS["06_sudan_zamzam"] = """
Rapid Support Forces | RSF
RSF | RSF
Zamzam | Zamzam | P
Sudan | Sudan | P
UN | UN
El Fasher | El Fasher | P
Darfur | Darfur | P
Tawila | Tawila | P
RSF | RSF
UN | UN
Sudan | Sudan
Clementine Nkweta-Salami | Clementine Nkweta-Salami
Relief International | Relief International
Hafiz | Hafiz
Tawila | Tawila | P
BBC | BBC
Yale University's Humanitarian Research Lab | Yale Humanitarian Research Lab
Sudanese army | Sudanese military
El Fasher | El Fasher | P
RSF | RSF
Abdel Fattah al-Burhan | Abdel Fattah al-Burhan
Darfur | Darfur | P
RSF | RSF
Mohamed Hamdan Dagalo | Mohamed Hamdan Dagalo
Hemedti | Mohamed Hamdan Dagalo
Médecins Sans Frontières | MSF
MSF | MSF
Tawila | Tawila | P
Zamzam | Zamzam | P
Integrated Food Security Phase Classification | IPC
IPC | IPC
UN | UN
UK | United Kingdom
David Lammy | David Lammy
Sudan | Sudan
London | London | P
US | United States
RSF | RSF
Darfur | Darfur | P
"""
CLAIMS["06_sudan_zamzam"] = [
    ("more than 400", 400, "more_than", "killed", "the UN", "UN"),
    ("Tens of thousands of", None, "about", "displaced", None, None),
    ("about 500,000", 500_000, "about", "displaced", None, None),
    ("nine", 9, "exact", "killed", "The charity Relief International", "Relief International"),
    ("two days", 2, "exact", "duration", "he", "Hafiz"),
    ("more than 150", 150, "more_than", "injured", "Médecins Sans Frontières (MSF)", "MSF"),
    ("three days", 3, "exact", "duration", "Médecins Sans Frontières (MSF)", "MSF"),
    ("tens of thousands of", None, "about", "killed", "the UN", "UN"),
    ("more than 12 million", 12_000_000, "more_than", "displaced", "the UN", "UN"),
]
QUOTES["06_sudan_zamzam"] = [
    ("liberated", "partial", "The RSF", "RSF"),
    ("horrified", "partial", "the UN's humanitarian coordinator in Sudan, Clementine Nkweta-Salami", "Clementine Nkweta-Salami"),
    ("Our colleagues were shot where they worked,", "direct", "its chief executive", None),
    ("They shot the men in front of us. We walked for two days without water,", "direct", "he", "Hafiz"),
    ("a new massacre", "partial", "The Sudanese army", "Sudanese military"),
    ("look away", "partial", "UK Foreign Secretary David Lammy", "David Lammy"),
]

MENTIONS["07_drc_goma_m23"] = """
M23 | M23
Goma | Goma | P
DR Congo | DR Congo | P
Rwanda | Rwanda
Congolese soldiers | Congolese military
Stade de l'Unité | Stade de l'Unité | P
Goma | Goma | P
M23 | M23
Willy Ngoma | Willy Ngoma
Rwandan | Rwanda | P
Gisenyi | Gisenyi | P
Congolese | DR Congo
Kigali | Rwanda
Thérèse Kayikwamba Wagner | Thérèse Kayikwamba Wagner
UN Security Council | UN Security Council
New York | New York | P
Rwanda | Rwanda
Rwanda | Rwanda
M23 | M23
UN | UN
Rwandan troops | Rwandan military
North Kivu | North Kivu | P
Rwanda’s foreign ministry | Rwandan foreign ministry
Rwanda | Rwanda
South Africa | South Africa
Malawi | Malawi
Uruguay | Uruguay
Bintou Keita | Bintou Keita
UN | UN
Monusco | MONUSCO
Kinshasa | Kinshasa | P
Rwanda | Rwanda
France | France
Belgium | Belgium
United States | United States
Kigali | Rwanda
Kenya | Kenya
William Ruto | William Ruto
East African Community | East African Community
Félix Tshisekedi | Félix Tshisekedi
Paul Kagame | Paul Kagame
Corneille Nangaa | Corneille Nangaa
Alliance Fleuve Congo | AFC
AFC | AFC
M23 | M23
Kinshasa | Kinshasa | P
Goma | Goma | P
UN | UN
UNHCR | UNHCR
North Kivu | North Kivu | P
Espérance Mapendo | Espérance Mapendo
Kanyaruchinya camp | Kanyaruchinya | P
Congo | DR Congo | P
"""
CLAIMS["07_drc_goma_m23"] = [
    ("tens of thousands of", None, "about", "displaced", "M23 rebels", "M23"),
    ("some 4,000", 4000, "about", "other", "a report by UN experts", "UN"),
    ("At least 17", 17, "at_least", "killed", "their governments", None),
    ("13", 13, "exact", "killed", "their governments", None),
    ("about two million", 2_000_000, "about", "population", None, None),
    ("more than 400,000", 400_000, "more_than", "displaced", "The UN refugee agency UNHCR", "UNHCR"),
    ("dozens of", None, "about", "other", None, None),
    ("three decades", 30, "exact", "duration", None, None),
]
QUOTES["07_drc_goma_m23"] = [
    ("Goma is now free,", "direct", "M23 spokesman Willy Ngoma", "Willy Ngoma"),
    ("The population should go about their business.", "direct", "M23 spokesman Willy Ngoma", "Willy Ngoma"),
    ("terrorist movement", "partial", "The Congolese government", "DR Congo"),
    ("a frontal attack", "partial", "Foreign Minister Thérèse Kayikwamba Wagner", "Thérèse Kayikwamba Wagner"),
    ("a declaration of war", "partial", "Foreign Minister Thérèse Kayikwamba Wagner", "Thérèse Kayikwamba Wagner"),
    ("a serious threat to Rwanda’s security and territorial integrity", "partial", "Rwanda’s foreign ministry", "Rwandan foreign ministry"),
    ("The situation is extremely volatile,", "direct", "she", "Bintou Keita"),
    ("continue the march to Kinshasa", "partial", "Corneille Nangaa", "Corneille Nangaa"),
    ("We are sleeping in a church with nothing to eat,", "direct", "Espérance Mapendo", "Espérance Mapendo"),
]

# Dateline YANGON (AFP) - and sign-off burs-pdw/mtp are stripped by the loader.
MENTIONS["08_myanmar_quake_airstrikes"] = """
Myanmar's junta | Myanmar junta
Mandalay | Mandalay | P
Min Aung Hlaing | Min Aung Hlaing
Karen National Union | Karen National Union
Kaw Kareik | Kaw Kareik | P
AFP | AFP
National Unity Government | National Unity Government
UN | UN
Volker Türk | Volker Türk
Tom Andrews | Tom Andrews
UN | UN
Myanmar | Myanmar
Mandalay | Mandalay | P
Ma Thida | Ma Thida
Mahamuni pagoda | Mahamuni pagoda | P
China | China
Russia | Russia
India | India
United States | United States
Chinese | China
Mandalay | Mandalay | P
Chinese | China
International Committee of the Red Cross | ICRC
Naypyidaw | Naypyidaw | P
Aung San Suu Kyi | Aung San Suu Kyi
UN | UN
Thailand | Thailand | P
Bangkok | Bangkok | P
"""
CLAIMS["08_myanmar_quake_airstrikes"] = [
    ("more than 2,000", 2000, "more_than", "dead", None, None),
    ("2,056", 2056, "exact", "dead", "Junta chief Min Aung Hlaing", "Min Aung Hlaing"),
    ("more than 3,900", 3900, "more_than", "injured", "Junta chief Min Aung Hlaing", "Min Aung Hlaing"),
    ("270", 270, "exact", "other", "Junta chief Min Aung Hlaing", "Min Aung Hlaing"),
    ("at least five", 5, "at_least", "killed", "The Karen National Union", "Karen National Union"),
    ("third", 3, "exact", "ordinal", None, None),
    ("$2 million", 2_000_000, "exact", "money", None, None),
    ("37", 37, "exact", "other", "Chinese state media", None),
    ("more than 3.5 million", 3_500_000, "more_than", "displaced", "the UN", "UN"),
    ("dozens of", None, "about", "other", None, None),
]
QUOTES["08_myanmar_quake_airstrikes"] = [
    ("We were clearing the rubble and then the plane came back,", "direct", "a resident of the village", None),
    ("unfettered", "partial", "UN rights chief Volker Türk", "Volker Türk"),
    ("nothing short of outrageous", "partial", "Tom Andrews", "Tom Andrews"),
    ("My house is still standing, but I dare not go in,", "direct", "Ma Thida", "Ma Thida"),
    ("overwhelmed", "partial", "The International Committee of the Red Cross", "ICRC"),
]

# Dateline PORT-AU-PRINCE, Haiti (AP) — is stripped by the loader.
MENTIONS["09_haiti_wharf_jeremie"] = """
Haiti | Haiti | P
U.N. | UN
Wharf Jérémie | Wharf Jérémie | P
Cité Soleil | Cité Soleil | P
Port-au-Prince | Port-au-Prince | P
U.N. human rights office | OHCHR
Monel “Mikano” Felix | Monel Felix
Viv Ansanm | Viv Ansanm
Committee for Peace and Development | Committee for Peace and Development
U.N. | UN
António Guterres | Antonio Guterres
Volker Türk | Volker Türk
U.N. | UN
Haitian | Haiti
Haiti | Haiti
Alix Didier Fils-Aimé | Alix Didier Fils-Aimé
Kenyan police | Kenyan police
U.N. | UN
Port-au-Prince | Port-au-Prince | P
U.N. | UN
Haiti | Haiti | P
U.N. | UN
Pierre Espérance | Pierre Espérance
Haiti’s National Human Rights Defense Network | National Human Rights Defense Network
Cité Soleil | Cité Soleil | P
The Associated Press | The Associated Press
U.S. State Department | US State Department
Washington | United States
Jimmy Chérizier | Jimmy Chérizier
Viv Ansanm | Viv Ansanm
"""
CLAIMS["09_haiti_wharf_jeremie"] = [
    ("at least 184", 184, "at_least", "killed", "a U.N. report", "UN"),
    ("about 400", 400, "about", "other", "U.N. estimates", "UN"),
    ("2,500", 2500, "exact", "other", "U.N. estimates", "UN"),
    ("85%", 85, "exact", "percent", "U.N. estimates", "UN"),
    ("More than 5,000", 5000, "more_than", "killed", "the U.N.", "UN"),
    ("more than 700,000", 700_000, "more_than", "displaced", "the U.N.", "UN"),
]
QUOTES["09_haiti_wharf_jeremie"] = [
    ("Mikano", "term", None, None),
    ("They went door to door looking for old people,", "direct", "a man who fled the area with his mother", None),
    ("My neighbor was 70. They killed him in front of his house.", "direct", "a man who fled the area with his mother", None),
    ("horrified", "partial", "his spokesman", None),
    ("This is an abomination,", "direct", "Volker Türk", "Volker Türk"),
    ("a barbaric act of unbearable cruelty", "partial", "Haiti’s government", "Haiti"),
    ("Nobody protects the people of Cité Soleil,", "direct", "he", "Pierre Espérance"),
    ("Barbecue", "term", None, None),
]

# Dateline BAMAKO, Sept 17 (Reuters) - and the reporting credits are stripped by the loader.
MENTIONS["10_mali_bamako_attack"] = """
Mali | Mali | P
Bamako | Bamako | P
Faladie | Faladie | P
al Qaeda | al-Qaeda
Jama'at Nusrat al-Islam wal-Muslimin | JNIM
JNIM | JNIM
Russian | Russia
Reuters | Reuters
Reuters | Reuters
Modibo Keita International Airport | Modibo Keita International Airport | P
Aminata Traore | Aminata Traore
Oumar Diarra | Oumar Diarra
Mali | Mali
French | France
Russia | Russia
Wagner Group | Wagner
Wagner | Wagner
Tinzaouaten | Tinzaouaten | P
Algeria | Algeria | P
Abdoulaye Maiga | Abdoulaye Maiga
Assimi Goita | Assimi Goita
Burkina Faso | Burkina Faso
Niger | Niger
Alliance of Sahel States | AES
U.N. mission in Mali | MINUSMA
MINUSMA | MINUSMA
Sahel | Sahel | P
Armed Conflict Location & Event Data Project | ACLED
ACLED | ACLED
"""
CLAIMS["10_mali_bamako_attack"] = [
    ("at least 70", 70, "at_least", "killed", "A security source", None),
    ("several hours", None, "about", "duration", "an airport official", None),
    ("nearly ten years", 10, "nearly", "duration", None, None),
    ("dozens", None, "about", "killed", None, None),
    ("ten years", 10, "exact", "duration", None, None),
    ("more than 7,600", 7600, "more_than", "killed", "the Armed Conflict Location & Event Data Project (ACLED)", "ACLED"),
]
QUOTES["10_mali_bamako_attack"] = [
    ("inflicted huge human and material losses", "partial", "The al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "JNIM"),
    ("under control", "partial", "The army's general staff", "Malian military"),
    ("terrorists", "partial", "The army's general staff", "Malian military"),
    ("We heard shooting at around 5 o'clock. Then there was a huge explosion and the children started crying,", "direct", "Aminata Traore", "Aminata Traore"),
]

# Dawn's dateline ISLAMABAD: stays in the text (the loader keeps it) and is annotated.
MENTIONS["11_india_pakistan_strikes"] = """
ISLAMABAD | Islamabad | P
India | India
Pakistan | Pakistan | P
Azad Jammu and Kashmir | Azad Jammu and Kashmir | P
Inter-Services Public Relations | ISPR
ISPR | ISPR
Ahmed Sharif Chaudhry | Ahmed Sharif Chaudhry
Rawalpindi | Rawalpindi | P
Muridke | Muridke | P
Subhanallah mosque | Subhanallah mosque | P
Bahawalpur | Bahawalpur | P
Pakistan | Pakistan
Shehbaz Sharif | Shehbaz Sharif
National Security Committee | National Security Committee
ISPR | ISPR
Pakistan Air Force | Pakistan Air Force
Indian | India
New Delhi | India
New Delhi | New Delhi | P
Indian defence ministry | Indian defence ministry
Pakistani military | Pakistani military
Vikram Misri | Vikram Misri
Pahalgam | Pahalgam | P
India | India
Pahalgam | Pahalgam | P
Lashkar-e-Taiba | Lashkar-e-Taiba
The Resistance Front | The Resistance Front
Islamabad | Pakistan
Khawaja Asif | Khawaja Asif
Indian | India
Geo News | Geo News
Muzaffarabad | Muzaffarabad | P
Mohammad Bashir | Mohammad Bashir
Indian | India
Poonch | Poonch | P
Indian | India | P
Line of Control | Line of Control | P
Pakistani | Pakistan
UN | UN
Antonio Guterres | Antonio Guterres
India | India
Pakistan | Pakistan
US | United States
Donald Trump | Donald Trump
China | China
Pakistan | Pakistan
India | India
Punjab | Punjab | P
Islamabad | Islamabad | P
Pakistan | Pakistan
India | India
Kashmir | Kashmir | P
"""
CLAIMS["11_india_pakistan_strikes"] = [
    ("At least 26", 26, "at_least", "killed", "the military’s media wing", "ISPR"),
    ("46", 46, "exact", "injured", "the military’s media wing", "ISPR"),
    ("six", 6, "exact", "other", "the military’s media wing", "ISPR"),
    ("five", 5, "exact", "other", "The ISPR", "ISPR"),
    ("three", 3, "exact", "other", "The ISPR", "ISPR"),
    ("nine", 9, "exact", "other", "the Indian defence ministry", "Indian defence ministry"),
    ("26", 26, "exact", "killed", None, None),
    ("at least 10", 10, "at_least", "killed", "Indian officials", "India"),
    ("48 hours", 48, "exact", "duration", None, None),
    ("three", 3, "exact", "other", None, None),
    ("two", 2, "exact", "other", None, None),
]
QUOTES["11_india_pakistan_strikes"] = [
    ("This cowardly attack has been carried out on innocent civilians, and Pakistan will respond at a time and place of its choosing,", "direct", "he", "Ahmed Sharif Chaudhry"),
    ("corresponding actions", "partial", "the National Security Committee", "National Security Committee"),
    ("terrorist infrastructure", "partial", "the Indian defence ministry", "Indian defence ministry"),
    ("Operation Sindoor", "term", None, None),
    ("measured, non-escalatory", "partial", "Foreign Secretary Vikram Misri", "Vikram Misri"),
    ("a lie", "partial", "Defence Minister Khawaja Asif", "Khawaja Asif"),
    ("The whole house was shaking, and my daughter would not stop screaming,", "direct", "Mohammad Bashir", "Mohammad Bashir"),
    ("maximum military restraint", "partial", "UN Secretary General Antonio Guterres", "Antonio Guterres"),
    ("The world cannot afford a military confrontation between India and Pakistan,", "direct", "he", "Antonio Guterres"),
    ("a shame", "partial", "US President Donald Trump", "Donald Trump"),
    ("very quickly", "partial", "US President Donald Trump", "Donald Trump"),
    ("act in the larger interest of peace and stability", "partial", "China", "China"),
]

MENTIONS["12_taiwan_strait_thunder"] = """
China’s military | PLA
Taiwan | Taiwan | P
Ministry of National Defense | Taiwan defence ministry
Chinese military | PLA
Taiwan | Taiwan | P
Chinese People’s Liberation Army | PLA
PLA | PLA
Eastern Theater Command | Eastern Theater Command
Shi Yi | Shi Yi
Taiwanese | Taiwan
China Coast Guard | China Coast Guard
Taiwan | Taiwan | P
Wellington Koo | Wellington Koo
Taipei | Taipei | P
Chinese Communist Party | CCP
Taiwan Strait | Taiwan Strait | P
Koo | Wellington Koo
Presidential Office | Taiwan Presidential Office
Beijing | China
William Lai | Lai Ching-te
China | China
Chinese | China
Beijing | China
Lai | Lai Ching-te
Mainland Affairs Council | Mainland Affairs Council
China | China
Washington | Washington | P
US Department of State | US State Department
China | China
China | China
Taiwan | Taiwan | P
Taiwan | Taiwan | P
National Security Council | Taiwan National Security Council
Joseph Wu | Joseph Wu
Beijing | China
US | United States
Donald Trump | Donald Trump
Kinmen | Kinmen | P
Chinese | China | P
"""
CLAIMS["12_taiwan_strait_thunder"] = [
    ("second", 2, "exact", "ordinal", "the Ministry of National Defense", "Taiwan defence ministry"),
    ("76", 76, "exact", "other", "The ministry", "Taiwan defence ministry"),
    ("15", 15, "exact", "other", "The ministry", "Taiwan defence ministry"),
    ("four", 4, "exact", "other", "The ministry", "Taiwan defence ministry"),
    ("24 hours", 24, "exact", "duration", "The ministry", "Taiwan defence ministry"),
    ("17", 17, "exact", "other", None, None),
    ("first", 1, "exact", "ordinal", None, None),
    ("0.2 percent", 0.2, "exact", "percent", None, None),
    ("second", 2, "exact", "ordinal", "Officials in Kinmen", None),
]
QUOTES["12_taiwan_strait_thunder"] = [
    ("Strait Thunder-2025A,", "term", None, None),
    ("official ships", "partial", "The ministry", "Taiwan defence ministry"),
    ("regional control, joint blockade and precision strikes on key targets.", "partial", "The Chinese People’s Liberation Army’s (PLA) Eastern Theater Command", "Eastern Theater Command"),
    ("stern warning and forceful deterrence", "partial", "Command spokesman Shi Yi", "Shi Yi"),
    ("Taiwanese independence", "partial", "Command spokesman Shi Yi", "Shi Yi"),
    ("law enforcement patrols", "partial", "The China Coast Guard", "China Coast Guard"),
    ("appropriate forces", "partial", "Minister of National Defense Wellington Koo", "Wellington Koo"),
    ("The Chinese Communist Party is the troublemaker of the Taiwan Strait,", "direct", "Koo", "Wellington Koo"),
    ("Its provocations will only strengthen our resolve.", "direct", "Koo", "Wellington Koo"),
    ("the biggest threat to peace", "partial", "The Presidential Office", "Taiwan Presidential Office"),
    ("foreign hostile force", "partial", "President William Lai", "Lai Ching-te"),
    ("parasite", "partial", "Beijing", "China"),
    ("troublemaker.", "partial", "Beijing", "China"),
    ("a systematic destroyer of regional peace.", "partial", "The Mainland Affairs Council", "Mainland Affairs Council"),
    ("aggressive military activities and rhetoric", "partial", "the US Department of State", "US State Department"),
    ("Joint Sword-2024A", "term", None, None),
    ("Joint Sword-2024B", "term", None, None),
]
