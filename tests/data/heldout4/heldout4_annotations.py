"""Hand annotations of the fourth held-out set (gold), written from the article texts alone, before
looking at the toolkit's rules or dictionaries (and before seeing any toolkit output on these articles).

Conventions: those of the first and second held-out sets (``tests/data/heldout2/heldout2_annotations.py``),
applied to every article:

* Mentions: every named person, state, organisation and armed group, and every named place. A state
  name, demonym or metonym (``Tehran``, ``Belgrade``, ``Pristina``, ``Manila``) naming the state is a state
  mention; a demonym or possessive + army/military/forces/troops/soldiers/servicemen is one mention of that
  military (``U.S. soldiers``, ``Pyongyang's troops``); ``X's <ministry/agency>`` and a demonym + ministry or
  department is one mention of that body (``Iran's foreign ministry``, ``US state department``). Names
  inside a title are annotated, the title words are not part of the person span. Bare back-references
  (``the group``, ``police``, ``the ministry``, ``the Navy``, ``the interior ministry``), ethnic groups and
  demonyms naming people (``Nigerians``, ``Russians``, ``Afghan women``) are not mentions. ``is_place``:
  the name is used as a location. A dateline the loader leaves in the text is annotated like any other
  text; a dateline or sign-off the loader strips is not text.
* Claims: counts of people and things, money, percentages and fractions (as percent), durations and
  ordinals; dates, times, years, ages, unit names and number-adjectives (``15-year``, ``B-1``,
  ``Tower 22``) are not claims. Vague amounts have value null and qualifier ``about``; a converted amount
  in brackets takes the qualifier of the amount it converts. The source is the actor the number is
  attributed to by a reporting clause (said, according to, told, estimated); null when it is the
  reporter's own.
* Quotes: the text inside the marks. ``direct`` = a whole quoted sentence or clause (a quote that
  continues the previous speaker's words keeps that speaker); ``partial`` = a quoted fragment inside
  reported speech or a single attributed word; ``term`` = a name, nickname or scare quote nobody is said
  to speak (speaker null).

Judgement calls of this set (the conventions above do not settle them):

* Platforms named as a medium (``on X``, ``on Telegram``) and vehicles (``Air Force One``, ``BRP Sierra
  Madre``), treaties and events (``Maidan`` in "a Maidan scenario") are not mentions.
* A demonym used as an adjective (``the Iraqi border``, ``the Russian region``, ``the French energy giant``)
  is a state mention but not a place.
* A capitalised body without its state name (``Foreign Ministry spokesman``, ``the Defense Ministry``) is a
  mention of that state's body; a lower-case one (``the interior ministry``) is a back-reference.
* A quoted group name inside reported speech (``linked to "Civilna Zaštita"``) and quoted nicknames and
  faction names (``"El Mayo"``, ``"Los Chapitos"``) are ``term`` quotes; the group names are also mentions.
* A speaker that is not a named actor (``an Iranian official``, ``a former university lecturer``) has the
  speaker's words and a null label; a pronoun speaker gets its antecedent's words.
* Numbers in a sentence whose main clause is governed by a reporting clause take that clause's source,
  including numbers in its relative clauses.

Every list is in text order: build_gold.py finds each surface at its first occurrence (on word
boundaries) after the previous item of the same task.
"""

from __future__ import annotations

# label -> actor_type (gold's own labels; ids are mapped in build_gold.py)
ACTORS: dict[str, str] = {}


def _a(kind: str, *labels: str) -> None:
    for label in labels:
        ACTORS[label] = kind


_a("state", "Iran", "United States", "Oman", "Israel", "Italy", "Iraq", "Syria", "Jordan", "United Kingdom", "Nigeria",
   "Cameroon", "Mozambique", "Rwanda", "France", "Georgia", "Ukraine", "Russia", "Serbia", "Kosovo", "Venezuela", "Brazil",
   "Colombia", "Mexico", "Afghanistan", "North Korea", "South Korea", "China", "Philippines", "Uganda", "South Sudan",
   "Sudan")
_a("armed_group", "Islamic Revolutionary Guard Corps", "US military", "Popular Mobilization Forces", "Iraqi military",
   "Islamic Resistance in Iraq", "Kataib Hezbollah", "Islamic State", "Boko Haram", "ISWAP", "Nigerian military",
   "Mozambican military", "Rwandan military", "Civilna Zaštita", "Sinaloa Cartel", "La Mayiza", "Los Chapitos",
   "Mexican military", "Taliban", "Ukrainian military", "North Korean military", "Russian military", "Philippine military",
   "Philippine Navy", "White Army", "Ugandan military")
_a("organization", "Iranian foreign ministry", "White House", "IAEA", "Reuters", "Bonbast.com", "Joint Staff", "Pentagon",
   "Iraqi government", "Syrian Observatory for Human Rights", "SEMA", "AFP", "Amnesty International", "UN", "BBC", "Amaq",
   "ACLED", "MSF", "TotalEnergies", "SADC", "European Union", "Georgian interior ministry",
   "Georgian Young Lawyers' Association", "Georgian Dream", "US State Department", "Russian Security Council", "TV Pink",
   "Kosovo Police", "Regional Water Company Prishtina", "NATO", "KFOR", "US Embassy", "CNE", "Foro Penal", "TSJ",
   "Mexican defense ministry", "US Justice Department", "ICC", "Al Jazeera", "Taliban foreign ministry",
   "Human Rights Watch", "HUR", "NIS", "Kremlin", "China Coast Guard", "Chinese foreign ministry",
   "National Maritime Council", "UNMISS", "SPLM-IO", "AP")
_a("person", "Donald Trump", "Abbas Araqchi", "Steve Witkoff", "Badr Albusaidi", "Ali Khamenei", "Benjamin Netanyahu",
   "Douglas Sims", "Joe Biden", "Basim al-Awadi", "Mohammed Shia al-Sudani", "Pat Ryder", "Nasser Kanaani", "John Kirby",
   "Barkindo Saidu", "Babakura Kolo", "Ibrahim Ali", "Babagana Zulum", "Bola Tinubu", "Abdul", "Cristóvão Chume",
   "Raphael Veicht", "Filipe Nyusi", "Salome Zourabichvili", "Irakli Kobakhidze", "Bidzina Ivanishvili", "Nino Lomidze",
   "Matthew Miller", "David Zalkaliani", "Dmitry Medvedev", "Kaja Kallas", "Albin Kurti", "Aleksandar Vučić",
   "Xhelal Sveçla", "Miroslav Lajčák", "Nicolás Maduro", "Edmundo González Urrutia", "María Corina Machado",
   "Tarek William Saab", "Luiz Inácio Lula da Silva", "Ismael Zambada", "Joaquin Guzman Lopez", "Joaquin Guzman",
   "Ruben Rocha", "Jesus Leana Ojeda", "Maria Elena Soto", "Andres Manuel Lopez Obrador", "Ken Salazar", "Karim Khan",
   "Haibatullah Akhundzada", "Abdul Hakim Haqqani", "Zabihullah Mujahid", "Richard Bennett", "Heather Barr",
   "Volodymyr Zelensky", "Lee Seong-kweun", "Oleksandr Syrskyi", "Dmitry Peskov", "Vladimir Putin", "Kim Jong Un",
   "Nina Pavlivna", "Romeo Brawner Jr.", "Lin Jian", "Ferdinand Marcos Jr.", "MaryKay Carlson", "Eduardo Año",
   "Majur Dak", "Nicholas Haysom", "Riek Machar", "Michael Makuei Lueth", "Puot Kang Chol", "Pal Mai Deng", "Salva Kiir",
   "Muhoozi Kainerugaba", "Yoweri Museveni", "Mary Nyakuoth")
_a("location", "Rome", "Middle East", "Al-Qaim", "Tower 22", "Tehran", "Maiduguri", "Borno", "Gwoza",
   "Gwoza General Hospital", "Cabo Delgado", "Macomia", "Palma", "Tbilisi", "Brussels", "Rustaveli Avenue", "Europe",
   "Moscow", "Ibar-Lepenac canal", "Varage", "Zubin Potok", "Pristina", "Mitrovica", "Obiliq", "Fushë Kosovë", "Banjska",
   "Caracas", "Tocorón", "Tocuyito", "Sinaloa", "Culiacan", "Texas", "Tierra Blanca", "Kabul", "Kursk Oblast", "Plekhovo",
   "Vorozhba", "Martynovka", "Seoul", "Sudzha", "Second Thomas Shoal", "West Philippine Sea", "Beijing", "Palawan",
   "South China Sea", "The Hague", "Nasir", "Juba", "Upper Nile", "Ulang")

# Mentions: "surface | label" or "surface | label | P" (used as a place); text order.
MENTIONS: dict[str, str] = {}
# Claims: (surface, value, qualifier, counted, source words or None, source label or None); text order.
CLAIMS: dict[str, list[tuple[str, float | None, str, str, str | None, str | None]]] = {}
# Quotes: (quote, kind, speaker words or None, speaker label or None); text order.
QUOTES: dict[str, list[tuple[str, str, str | None, str | None]]] = {}

# The loader strips the datelines of Reuters, AP, The Kyiv Independent, the Inquirer and one AFP story
# (07), and the desk sign-offs and reporting credits; it keeps the AFP dateline of 03. Only the text it
# keeps is annotated.

# ---------------------------------------------------------------- 01 Reuters, Iran-US talks in Oman
MENTIONS["01_iran_oman_talks"] = """
Iranian | Iran
U.S. | United States
Trump | Donald Trump
Tehran | Iran
Oman | Oman | P
Iran's foreign ministry | Iranian foreign ministry
Iranian | Iran
Abbas Araqchi | Abbas Araqchi
U.S. | United States
Steve Witkoff | Steve Witkoff
Omani | Oman
Badr Albusaidi | Badr Albusaidi
Araqchi | Abbas Araqchi
White House | White House
Witkoff | Steve Witkoff
Donald Trump | Donald Trump
Witkoff | Steve Witkoff
White House | White House
Trump | Donald Trump
United States | United States
Iran | Iran
Tehran | Iran
Iran | Iran
International Atomic Energy Agency | IAEA
IAEA | IAEA
Iran | Iran
Tehran | Iran
Ali Khamenei | Ali Khamenei
Iranian | Iran
Reuters | Reuters
Araqchi | Abbas Araqchi
Israel | Israel
Iranian | Iran
Tehran | Iran
Benjamin Netanyahu | Benjamin Netanyahu
Iran | Iran
American | United States
Iran | Iran
Bonbast.com | Bonbast.com
Albusaidi | Badr Albusaidi
Italy | Italy
Rome | Rome | P
"""
CLAIMS["01_iran_oman_talks"] = [
    ("first", 1, "exact", "ordinal", None, None),
    ("a week", 1, "exact", "duration", "Iran's foreign ministry", "Iranian foreign ministry"),
    ("about 45 minutes", 45, "about", "duration", "the ministry", "Iranian foreign ministry"),
    ("more than two and a half hours", 2.5, "more_than", "duration", "the ministry", "Iranian foreign ministry"),
    ("two", 2, "exact", "other", "The White House", "White House"),
    ("six", 6, "exact", "other", None, None),
    ("up to 60%", 60, "up_to", "percent", "The International Atomic Energy Agency (IAEA)", "IAEA"),
    ("about 275 kg", 275, "about", "other", "The International Atomic Energy Agency (IAEA)", "IAEA"),
    ("roughly 90%", 90, "about", "percent", None, None),
    ("about 6%", 6, "about", "percent", "the foreign exchange website Bonbast.com", "Bonbast.com"),
    ("1,043,000", 1043000, "exact", "money", None, None),
]
QUOTES["01_iran_oman_talks"] = [
    ("constructive", "partial", "Iran's foreign ministry", "Iranian foreign ministry"),
    ("We are very close to a basis for negotiations, and if we can finalise this basis next week, we will have taken a big step forward,",
     "direct", "Araqchi", "Abbas Araqchi"),
    ("very positive and constructive", "partial", "The White House", "White House"),
    ("through dialogue and diplomacy, if that is possible", "partial", "The White House", "White House"),
    ("These issues are very complicated, and Special Envoy Witkoff's direct communication today was a step forward in achieving a mutually beneficial outcome,",
     "direct", "the White House", "White House"),
    ("to be a wonderful, great, happy country", "partial", "Trump", "Donald Trump"),
    ("The Leader has given full authority to Araqchi for indirect talks,", "direct", "an Iranian official", None),
    ("The time frame is short.", "direct", "an Iranian official", None),
    ("under American supervision", "partial", "Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"),
    ("friendly atmosphere", "partial", "Albusaidi", "Badr Albusaidi"),
]

# ---------------------------------------------------------------- 02 AP, US strikes in Iraq and Syria
MENTIONS["02_iraq_us_strikes"] = """
United States | United States
Iraq | Iraq | P
Syria | Syria | P
Iran's Revolutionary Guard | Islamic Revolutionary Guard Corps
U.S. military | US military
U.S. soldiers | US military
Jordan | Jordan | P
United States | United States | P
Douglas Sims | Douglas Sims
Joint Staff | Joint Staff
Pentagon | Pentagon | P
Joe Biden | Joe Biden
United States | United States
Middle East | Middle East | P
Baghdad | Iraq
Iraqi | Iraq
Al-Qaim | Al-Qaim | P
Iraq | Iraq | P
Basim al-Awadi | Basim al-Awadi
Mohammed Shia al-Sudani | Mohammed Shia al-Sudani
Popular Mobilization Forces | Popular Mobilization Forces
Iran | Iran
Iraq's armed forces | Iraqi military
Syrian | Syria
Iraqi | Iraq
Britain | United Kingdom | P
Syrian Observatory for Human Rights | Syrian Observatory for Human Rights
Tower 22 | Tower 22 | P
Jordan | Jordan | P
Islamic Resistance in Iraq | Islamic Resistance in Iraq
Iran | Iran
U.S. forces | US military
Pentagon | Pentagon
Kataib Hezbollah | Kataib Hezbollah
U.S. troops | US military
Iraqi government | Iraqi government
Pentagon | Pentagon
Pentagon | Pentagon
Pat Ryder | Pat Ryder
Tehran | Tehran | P
Foreign Ministry | Iranian foreign ministry
Nasser Kanaani | Nasser Kanaani
Washington | United States
White House | White House
John Kirby | John Kirby
U.S. | United States
Iraqi government | Iraqi government
Iraqi | Iraq
al-Awadi | Basim al-Awadi
U.S. troops | US military
Iraq | Iraq | P
Syria | Syria | P
Islamic State | Islamic State
"""
CLAIMS["02_iraq_us_strikes"] = [
    ("more than 85", 85, "more_than", "other", "the U.S. military", "US military"),
    ("three", 3, "exact", "killed", None, None),
    ("seven", 7, "exact", "other", "Lt. Gen. Douglas Sims", "Douglas Sims"),
    ("16", 16, "exact", "killed", "Baghdad", "Iraq"),
    ("25", 25, "exact", "injured", "Baghdad", "Iraq"),
    ("16", 16, "exact", "killed", "The Popular Mobilization Forces", "Popular Mobilization Forces"),
    ("at least 23", 23, "at_least", "dead", "the Britain-based Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("more than 160", 160, "more_than", "other", "the Pentagon", "Pentagon"),
    ("about 2,500", 2500, "about", "other", None, None),
    ("900", 900, "exact", "other", None, None),
]
QUOTES["02_iraq_us_strikes"] = [
    ("Our response began today. It will continue at times and places of our choosing,", "direct", "President Joe Biden", "Joe Biden"),
    ("The United States does not seek conflict in the Middle East or anywhere else in the world. But let all those who would seek to do us harm know this: If you harm an American, we will respond.",
     "direct", "President Joe Biden", "Joe Biden"),
    ("violation of Iraqi sovereignty", "partial", "Baghdad", "Iraq"),
    ("These strikes will put security in Iraq and the region on the brink of the abyss,", "direct", "Basim al-Awadi", "Basim al-Awadi"),
    ("to prevent embarrassment to the Iraqi government.", "partial", "Kataib Hezbollah", "Kataib Hezbollah"),
    ("Actions speak louder than words,", "direct", "Pentagon press secretary Maj. Gen. Pat Ryder", "Pat Ryder"),
    ("another adventurous and strategic mistake", "partial", "Foreign Ministry spokesman Nasser Kanaani", "Nasser Kanaani"),
    ("There was no prior coordination,", "direct", "al-Awadi", "Basim al-Awadi"),
    ("a lie", "partial", "al-Awadi", "Basim al-Awadi"),
]

# ---------------------------------------------------------------- 03 AFP, Gwoza suicide bombings
# The loader keeps this AFP dateline ("Maiduguri (Nigeria) (AFP) -") in the text: annotated like any text.
MENTIONS["03_nigeria_gwoza_bombings"] = """
Maiduguri | Maiduguri | P
Nigeria | Nigeria | P
AFP | AFP
Nigeria | Nigeria | P
Borno | Borno | P
Gwoza | Gwoza | P
Cameroon | Cameroon | P
Barkindo Saidu | Barkindo Saidu
Borno State Emergency Management Agency | SEMA
SEMA | SEMA
Saidu | Barkindo Saidu
Maiduguri | Maiduguri | P
Boko Haram | Boko Haram
Islamic State West Africa Province | ISWAP
ISWAP | ISWAP
Babakura Kolo | Babakura Kolo
Kolo | Babakura Kolo
AFP | AFP
General Hospital | Gwoza General Hospital | P
Ibrahim Ali | Ibrahim Ali
AFP | AFP
Amnesty International | Amnesty International
Borno | Borno | P
Borno | Borno
Babagana Zulum | Babagana Zulum
Maiduguri | Maiduguri | P
Nigeria | Nigeria | P
United Nations | UN
Gwoza | Gwoza | P
Boko Haram | Boko Haram
Nigerian troops | Nigerian military
Bola Tinubu | Bola Tinubu
"""
CLAIMS["03_nigeria_gwoza_bombings"] = [
    ("at least 18", 18, "at_least", "killed", "emergency officials", None),
    ("42", 42, "exact", "injured", "Barkindo Saidu", "Barkindo Saidu"),
    ("18", 18, "exact", "dead", "Saidu", "Barkindo Saidu"),
    ("24", 24, "exact", "dead", "Kolo", "Babakura Kolo"),
    ("one", 1, "exact", "dead", "Kolo", "Babakura Kolo"),
    ("first", 1, "exact", "ordinal", "Kolo", "Babakura Kolo"),
    ("second", 2, "exact", "ordinal", "Kolo", "Babakura Kolo"),
    ("third", 3, "exact", "ordinal", "Kolo", "Babakura Kolo"),
    ("two", 2, "exact", "killed", "Ibrahim Ali", "Ibrahim Ali"),
    ("more than 40,000", 40000, "more_than", "killed", "the United Nations", "UN"),
    ("around two million", 2000000, "about", "displaced", "the United Nations", "UN"),
]
QUOTES["03_nigeria_gwoza_bombings"] = [
    ("The death toll has risen to 18,", "direct", "Saidu", "Barkindo Saidu"),
    ("Those with serious injuries have been taken to Maiduguri.", "direct", "Saidu", "Barkindo Saidu"),
    ("We have so far recorded 24 dead, including the bombers and one of our members,", "direct", "Kolo", "Babakura Kolo"),
    ("I was outside the tent when I heard the explosion. Everybody was running and crying,", "direct", "Ibrahim Ali", "Ibrahim Ali"),
    ("We buried them this morning.", "direct", "Ibrahim Ali", "Ibrahim Ali"),
    ("a horrific reminder", "partial", "Amnesty International", "Amnesty International"),
    ("terrible price", "partial", "Amnesty International", "Amnesty International"),
    ("caliphate", "term", None, None),
    ("isolated episodes of desperation", "partial", "President Bola Tinubu", "Bola Tinubu"),
    ("forcing their agenda on Nigerians", "partial", "President Bola Tinubu", "Bola Tinubu"),
]

# ---------------------------------------------------------------- 04 BBC, Macomia (Cabo Delgado)
MENTIONS["04_mozambique_macomia"] = """
Mozambique | Mozambique | P
Cabo Delgado | Cabo Delgado | P
Islamic State | Islamic State
IS | Islamic State
Macomia | Macomia | P
Abdul | Abdul
BBC | BBC
Mozambican army | Mozambican military
IS | Islamic State
Amaq | Amaq
Mozambique | Mozambique
Cristóvão Chume | Cristóvão Chume
Macomia | Macomia | P
Rwanda | Rwanda
Cabo Delgado | Cabo Delgado | P
Rwanda Defence Force | Rwandan military
Acled | ACLED
Médecins Sans Frontières | MSF
MSF | MSF
Macomia | Macomia | P
Raphael Veicht | Raphael Veicht
French | France
TotalEnergies | TotalEnergies
Palma | Palma | P
Southern African Development Community | SADC
SADC | SADC
Rwandan | Rwandan military
Mozambican forces | Mozambican military
Filipe Nyusi | Filipe Nyusi
Cabo Delgado | Cabo Delgado | P
"""
CLAIMS["04_mozambique_macomia"] = [
    ("Dozens", None, "about", "other", None, None),
    ("hundreds", None, "about", "displaced", None, None),
    ("three", 3, "exact", "other", "a shopkeeper who gave his name only as Abdul", "Abdul"),
    ("more than 20", 20, "more_than", "killed", "IS", "Islamic State"),
    ("about 2,500", 2500, "about", "other", "the Rwanda Defence Force", "Rwandan military"),
    ("more than 5,000", 5000, "more_than", "killed", "Acled", "ACLED"),
    ("about 1.3 million", 1300000, "about", "displaced", "Acled", "ACLED"),
    ("tens of thousands", None, "about", "other", "Raphael Veicht", "Raphael Veicht"),
    ("$20bn", 20e9, "exact", "money", None, None),
    ("£16bn", 16e9, "exact", "money", None, None),
    ("more than 100,000", 100000, "more_than", "displaced", "aid agencies", None),
]
QUOTES["04_mozambique_macomia"] = [
    ("They came in three groups, shooting in the air and shouting,", "direct", "a shopkeeper who gave his name only as Abdul", "Abdul"),
    ("We ran with nothing. My wife and children are still in the forest.", "direct", "a shopkeeper who gave his name only as Abdul", "Abdul"),
    ("regained control", "partial", "Mozambique’s defence minister, Cristóvão Chume", "Cristóvão Chume"),
    ("heavy losses", "partial", "Mozambique’s defence minister, Cristóvão Chume", "Cristóvão Chume"),
    ("Our teams had no choice but to leave, and tens of thousands of people are now without any healthcare,",
     "direct", "Raphael Veicht", "Raphael Veicht"),
]

# ---------------------------------------------------------------- 05 The Guardian, Georgia protests
MENTIONS["05_georgia_protests"] = """
Georgia | Georgia | P
EU | European Union
Tbilisi | Tbilisi | P
Salome Zourabichvili | Salome Zourabichvili
Irakli Kobakhidze | Irakli Kobakhidze
Georgia | Georgia
European Union | European Union
Brussels | European Union
Georgian Young Lawyers’ Association | Georgian Young Lawyers' Association
Zourabichvili | Salome Zourabichvili
Kobakhidze | Irakli Kobakhidze
Georgian Dream | Georgian Dream
Georgia | Georgia | P
Ukraine | Ukraine | P
Georgia | Georgia
Tbilisi | Tbilisi | P
Brussels | Brussels | P
Georgian Dream | Georgian Dream
Bidzina Ivanishvili | Bidzina Ivanishvili
Russia | Russia | P
Rustaveli Avenue | Rustaveli Avenue | P
Europe | Europe
Nino Lomidze | Nino Lomidze
EU | European Union
US state department | US State Department
Georgia | Georgia
Matthew Miller | Matthew Miller
Georgia | Georgia
US | United States
David Zalkaliani | David Zalkaliani
Moscow | Moscow | P
Dmitry Medvedev | Dmitry Medvedev
Russia’s security council | Russian Security Council
Georgia | Georgia
Ukrainian | Ukraine
EU | European Union
Kaja Kallas | Kaja Kallas
"""
CLAIMS["05_georgia_protests"] = [
    ("thousands", None, "about", "other", None, None),
    ("fourth", 4, "exact", "ordinal", None, None),
    ("224", 224, "exact", "arrested", "The interior ministry", "Georgian interior ministry"),
    ("113", 113, "exact", "injured", "The interior ministry", "Georgian interior ministry"),
    ("Hundreds", None, "about", "other", None, None),
]
QUOTES["05_georgia_protests"] = [
    ("blackmail", "partial", "the prime minister, Irakli Kobakhidze", "Irakli Kobakhidze"),
    ("I am staying your president. There is no legitimate parliament, and therefore an illegitimate parliament cannot elect a new president,",
     "direct", "Zourabichvili", "Salome Zourabichvili"),
    ("not allow a Maidan scenario", "partial", "Kobakhidze", "Irakli Kobakhidze"),
    ("Georgia’s partners must understand that the future of this country will be decided in Tbilisi, not in Brussels,",
     "direct", "Kobakhidze", "Irakli Kobakhidze"),
    ("We are not going to let them take Europe from us,", "direct", "Nino Lomidze", "Nino Lomidze"),
    ("They stole the election, and now they want to steal our future.", "direct", "Nino Lomidze", "Nino Lomidze"),
    ("excessive use of force", "partial", "its spokesperson, Matthew Miller", "Matthew Miller"),
    ("exercising their freedom to protest", "partial", "its spokesperson, Matthew Miller", "Matthew Miller"),
    ("moving rapidly along the Ukrainian path, into the dark abyss", "partial", "Dmitry Medvedev", "Dmitry Medvedev"),
    ("with the Georgian people and their choice for a European future", "partial", "The EU’s foreign policy chief, Kaja Kallas", "Kaja Kallas"),
]

# ---------------------------------------------------------------- 06 Balkan Insight, Ibar-Lepenac canal blast
MENTIONS["06_kosovo_canal_blast"] = """
Kosovo | Kosovo
Albin Kurti | Albin Kurti
Serbia | Serbia
Ibar-Lepenac canal | Ibar-Lepenac canal | P
Varage | Varage | P
Zubin Potok | Zubin Potok | P
Kosovo | Kosovo | P
Kurti | Albin Kurti
Pristina | Pristina | P
Serbia | Serbia
Serbian | Serbia
Aleksandar Vučić | Aleksandar Vučić
Belgrade | Serbia
Kurti | Albin Kurti
Kurti | Albin Kurti
Serbia | Serbia
Vučić | Aleksandar Vučić
TV Pink | TV Pink
Kosovo Police | Kosovo Police
Mitrovica | Mitrovica | P
Xhelal Sveçla | Xhelal Sveçla
Civilna Zaštita | Civilna Zaštita
Pristina | Kosovo
Pristina | Pristina | P
Obiliq | Obiliq | P
Fushë Kosovë | Fushë Kosovë | P
Regional Water Company Prishtina | Regional Water Company Prishtina
NATO | NATO
KFOR | KFOR
Kosovo | Kosovo
EU | European Union
Belgrade | Serbia
Pristina | Kosovo
Miroslav Lajčák | Miroslav Lajčák
US embassy | US Embassy
Pristina | Pristina | P
Banjska | Banjska | P
Kosovo police | Kosovo Police
Serbia | Serbia
Kosovo | Kosovo
Pristina | Kosovo
"""
CLAIMS["06_kosovo_canal_blast"] = [
    ("two", 2, "exact", "other", None, None),
    ("eight", 8, "exact", "arrested", "Kosovo Police", "Kosovo Police"),
    ("About 160,000", 160000, "about", "other", "the Regional Water Company Prishtina", "Regional Water Company Prishtina"),
    ("14 months", 14, "exact", "duration", None, None),
    ("around 30", 30, "about", "other", None, None),
    ("one", 1, "exact", "dead", None, None),
    ("three", 3, "exact", "dead", None, None),
    ("about 50,000", 50000, "about", "population", None, None),
]
QUOTES["06_kosovo_canal_blast"] = [
    ("criminal and terrorist attack", "partial", "Kosovo Prime Minister Albin Kurti", "Albin Kurti"),
    ("This was a criminal and terrorist attack, aimed at destroying our critical infrastructure,", "direct", "Kurti", "Albin Kurti"),
    ("It was carried out by professionals, by gangs directed by Serbia.", "direct", "Kurti", "Albin Kurti"),
    ("had nothing to do", "partial", "Serbian President Aleksandar Vučić", "Aleksandar Vučić"),
    ("Kurti blames Serbia for everything, even when it rains,", "direct", "Vučić", "Aleksandar Vučić"),
    ("Civilna Zaštita", "term", None, None),
    ("in the strongest terms", "partial", "Miroslav Lajčák", "Miroslav Lajčák"),
    ("deeply concerned", "partial", "The US embassy in Pristina", "US Embassy"),
]

# ---------------------------------------------------------------- 07 AFP, Venezuela post-election arrests
# The loader strips this AFP dateline ("Caracas (AFP) -") and the desk sign-off: they are not text.
MENTIONS["07_venezuela_arrests"] = """
Venezuelan | Venezuela
Nicolás Maduro | Nicolás Maduro
Maduro | Nicolás Maduro
Caracas | Caracas | P
Tocorón | Tocorón | P
Tocuyito | Tocuyito | P
National Electoral Council | CNE
CNE | CNE
Maduro | Nicolás Maduro
Edmundo González Urrutia | Edmundo González Urrutia
María Corina Machado | María Corina Machado
AFP | AFP
Machado | María Corina Machado
Foro Penal | Foro Penal
Tarek William Saab | Tarek William Saab
González Urrutia | Edmundo González Urrutia
Machado | María Corina Machado
United States | United States
European Union | European Union
Maduro | Nicolás Maduro
Brazil | Brazil
Colombia | Colombia
Mexico | Mexico
Caracas | Venezuela
CNE | CNE
Brazilian | Brazil
Luiz Inácio Lula da Silva | Luiz Inácio Lula da Silva
Machado | María Corina Machado
Maduro | Nicolás Maduro
Supreme Court | TSJ
TSJ | TSJ
UN | UN
"""
CLAIMS["07_venezuela_arrests"] = [
    ("more than 2,000", 2000, "more_than", "arrested", "the leader", "Nicolás Maduro"),
    ("2,229", 2229, "exact", "arrested", "Maduro", "Nicolás Maduro"),
    ("two", 2, "exact", "other", None, None),
    ("52 percent", 52, "exact", "percent", "The National Electoral Council (CNE)", "CNE"),
    ("more than 80 percent", 80, "more_than", "percent", "The opposition", None),
    ("67 percent", 67, "exact", "percent", "The opposition", None),
    ("At least 24", 24, "at_least", "killed", "rights groups", None),
    ("1,229", 1229, "exact", "arrested", "the NGO Foro Penal", "Foro Penal"),
    ("Some 7.7 million", 7700000, "about", "displaced", "the UN", "UN"),
]
QUOTES["07_venezuela_arrests"] = [
    ("We have 2,229 captured,", "direct", "Maduro", "Nicolás Maduro"),
    ("They are all going to Tocorón and Tocuyito,", "direct", "Maduro", "Nicolás Maduro"),
    ("no forgiveness.", "partial", "Maduro", "Nicolás Maduro"),
    ("We are not going to give up. The truth is on our side, and the whole world knows it,", "direct", "Machado", "María Corina Machado"),
    ("instigation to insurrection", "partial", "Attorney General Tarek William Saab", "Tarek William Saab"),
    ("a lack of respect", "partial", "Machado", "María Corina Machado"),
]

# ---------------------------------------------------------------- 08 Reuters, Sinaloa cartel infighting
MENTIONS["08_mexico_culiacan"] = """
Sinaloa Cartel | Sinaloa Cartel
Mexican | Mexico
Sinaloa | Sinaloa | P
Culiacan | Culiacan | P
Texas | Texas | P
Ismael "El Mayo" Zambada | Ismael Zambada
United States | United States | P
Joaquin Guzman Lopez | Joaquin Guzman Lopez
Joaquin "El Chapo" Guzman | Joaquin Guzman
Zambada | Ismael Zambada
La Mayiza | La Mayiza
Los Chapitos | Los Chapitos
Guzman | Joaquin Guzman
Sinaloa | Sinaloa
Ruben Rocha | Ruben Rocha
Mexican army | Mexican military
Defense Ministry | Mexican defense ministry
Jesus Leana Ojeda | Jesus Leana Ojeda
Leana | Jesus Leana Ojeda
Culiacan | Culiacan | P
Mayo faction | La Mayiza
Maria Elena Soto | Maria Elena Soto
Tierra Blanca | Tierra Blanca | P
Andres Manuel Lopez Obrador | Andres Manuel Lopez Obrador
United States | United States
Washington | United States
Zambada | Ismael Zambada
U.S. Justice Department | US Justice Department
U.S. | United States
Mexico | Mexico
Ken Salazar | Ken Salazar
Zambada | Ismael Zambada
U.S. | United States
Zambada | Ismael Zambada
Guzman Lopez | Joaquin Guzman Lopez
U.S. | United States
"""
CLAIMS["08_mexico_culiacan"] = [
    ("at least 53", 53, "at_least", "killed", "state officials", None),
    ("53", 53, "exact", "killed", "Sinaloa Governor Ruben Rocha", "Ruben Rocha"),
    ("51", 51, "exact", "other", "Sinaloa Governor Ruben Rocha", "Ruben Rocha"),
    ("11 days", 11, "exact", "duration", "Sinaloa Governor Ruben Rocha", "Ruben Rocha"),
    ("more than 1,100", 1100, "more_than", "other", "the Defense Ministry", "Mexican defense ministry"),
    ("about 200", 200, "about", "other", "the Defense Ministry", "Mexican defense ministry"),
]
QUOTES["08_mexico_culiacan"] = [
    ("El Mayo", "term", None, None),
    ("El Chapo", "term", None, None),
    ("La Mayiza", "term", None, None),
    ("Los Chapitos", "term", None, None),
    ("We are doing everything we can, together with the federal government,", "direct", "Ruben Rocha", "Ruben Rocha"),
    ("It depends on the rival groups, on them ceasing their confrontation among themselves,", "direct", "Leana", "Jesus Leana Ojeda"),
    ("Nobody goes out after dark any more. We close the shop at four,", "direct", "Maria Elena Soto", "Maria Elena Soto"),
    ("irresponsible", "partial", "President Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador"),
    ("not brought over by U.S. agents.", "partial", "the U.S. ambassador to Mexico, Ken Salazar", "Ken Salazar"),
]

# ---------------------------------------------------------------- 09 Al Jazeera, ICC warrants for Taliban leaders
MENTIONS["09_afghanistan_icc_taliban"] = """
International Criminal Court | ICC
ICC | ICC
Taliban | Taliban
Afghanistan | Afghanistan
Karim Khan | Karim Khan
Haibatullah Akhundzada | Haibatullah Akhundzada
Abdul Hakim Haqqani | Abdul Hakim Haqqani
Taliban | Taliban
Khan | Karim Khan
Afghanistan | Afghanistan | P
Taliban | Taliban
Taliban | Taliban
Zabihullah Mujahid | Zabihullah Mujahid
Al Jazeera | Al Jazeera
ICC | ICC
Afghanistan | Afghanistan | P
Taliban foreign ministry | Taliban foreign ministry
Taliban | Taliban
Richard Bennett | Richard Bennett
United Nations | UN
Afghanistan | Afghanistan
Heather Barr | Heather Barr
Human Rights Watch | Human Rights Watch
Kabul | Kabul | P
Afghanistan | Afghanistan
ICC | ICC
"""
CLAIMS["09_afghanistan_icc_taliban"] = [
    ("first", 1, "exact", "ordinal", None, None),
    ("two", 2, "exact", "other", "a former university lecturer", None),
    ("three years", 3, "exact", "duration", "a former university lecturer", None),
    ("125", 125, "exact", "other", None, None),
]
QUOTES["09_afghanistan_icc_taliban"] = [
    ("Afghan women and girls, as well as the LGBTQI+ community, are facing an unprecedented, unconscionable and ongoing persecution by the Taliban,",
     "direct", "Khan", "Karim Khan"),
    ("Our action signals that the status quo for women and girls in Afghanistan is not acceptable,", "direct", "Khan", "Karim Khan"),
    ("double standards", "partial", "Zabihullah Mujahid", "Zabihullah Mujahid"),
    ("Such meaningless announcements will not affect our commitment to Islamic law,", "direct", "the Taliban foreign ministry", "Taliban foreign ministry"),
    ("vice and virtue", "term", None, None),
    ("a significant step towards accountability", "partial", "Richard Bennett", "Richard Bennett"),
    ("a glimmer of hope", "partial", "Heather Barr", "Heather Barr"),
    ("For three years we have been erased. Now at least someone is saying our names,", "direct", "a former university lecturer", None),
    ("But a warrant will not open the schools.", "direct", "a former university lecturer", None),
]

# ---------------------------------------------------------------- 10 The Kyiv Independent, North Korean troops in Kursk
MENTIONS["10_kursk_north_korean_troops"] = """
Ukrainian forces | Ukrainian military
North Korean soldiers | North Korean military
Russian troops | Russian military
Kursk Oblast | Kursk Oblast | P
Ukraine's military intelligence agency | HUR
HUR | HUR
North Korean servicemen | North Korean military
Plekhovo | Plekhovo | P
Vorozhba | Vorozhba | P
Martynovka | Martynovka | P
Volodymyr Zelensky | Volodymyr Zelensky
Pyongyang's troops | North Korean military
North Korean soldiers | North Korean military
Zelensky | Volodymyr Zelensky
Kursk | Kursk Oblast | P
North Korean troops | North Korean military
Russia | Russia | P
U.S. | United States
South Korean | South Korea
Kursk Oblast | Kursk Oblast | P
Ukraine | Ukraine
South Korea's National Intelligence Service | NIS
NIS | NIS
Seoul | Seoul | P
North Korean soldiers | North Korean military
North Korean troops | North Korean military
Lee Seong-kweun | Lee Seong-kweun
Ukraine | Ukraine
Russian | Russia
Ukrainian | Ukraine
Oleksandr Syrskyi | Oleksandr Syrskyi
Kremlin | Kremlin
North Korean troops | North Korean military
Kremlin | Kremlin
Dmitry Peskov | Dmitry Peskov
Pyongyang | North Korea
Russian | Russia
Vladimir Putin | Vladimir Putin
North Korean | North Korea
Kim Jong Un | Kim Jong Un
Sudzha | Sudzha | P
Ukrainian forces | Ukrainian military
Ukrainian military | Ukrainian military
Nina Pavlivna | Nina Pavlivna
Zelensky | Volodymyr Zelensky
Ukraine | Ukraine
United States | United States
Moscow | Russia
Pyongyang | North Korea
"""
CLAIMS["10_kursk_north_korean_troops"] = [
    ("dozens", None, "about", "killed", "Ukraine's military intelligence agency (HUR)", "HUR"),
    ("At least 30", 30, "at_least", "killed", "the agency", "HUR"),
    ("Around 11,000", 11000, "about", "other", "U.S. and South Korean estimates", None),
    ("at least 100", 100, "at_least", "killed", "South Korea's National Intelligence Service (NIS)", "NIS"),
    ("about 1,000", 1000, "about", "injured", "South Korea's National Intelligence Service (NIS)", "NIS"),
    ("about 800 square kilometers", 800, "about", "other", "Ukrainian commander-in-chief Oleksandr Syrskyi", "Oleksandr Syrskyi"),
    ("roughly 1,300", 1300, "about", "other", "Ukrainian commander-in-chief Oleksandr Syrskyi", "Oleksandr Syrskyi"),
    ("two", 2, "exact", "other", "Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov"),
    ("some 2,000", 2000, "about", "population", "the Ukrainian military commandant's office", "Ukrainian military"),
]
QUOTES["10_kursk_north_korean_troops"] = [
    ("noticeable numbers.", "partial", "President Volodymyr Zelensky", "Volodymyr Zelensky"),
    ("Today, we already have preliminary data that North Korean soldiers have started to be used in assaults – not only in small groups, but in noticeable numbers,",
     "direct", "Zelensky", "Volodymyr Zelensky"),
    ("Russians are covering them, and they are involved in operations in the Kursk region.", "direct", "Zelensky", "Volodymyr Zelensky"),
    ("The North Korean troops lack an understanding of drone warfare and are being used as frontline assault units in open fields,",
     "direct", "lawmaker Lee Seong-kweun", "Lee Seong-kweun"),
    ("the sovereign right", "partial", "Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov"),
    ("We hear the fighting every night. The North Koreans, the Russians, we do not know who is shooting,", "direct", "Nina Pavlivna", "Nina Pavlivna"),
    ("escalation", "partial", "Zelensky", "Volodymyr Zelensky"),
]

# ---------------------------------------------------------------- 11 Philippine Daily Inquirer, Ayungin (Second Thomas) Shoal
# Here "AFP" is the Armed Forces of the Philippines, not the news agency.
MENTIONS["11_philippines_ayungin_shoal"] = """
Armed Forces of the Philippines | Philippine military
AFP | Philippine military
China Coast Guard | China Coast Guard
Philippine Navy | Philippine Navy
Ayungin Shoal | Second Thomas Shoal | P
West Philippine Sea | West Philippine Sea | P
AFP | Philippine military
Romeo Brawner Jr. | Romeo Brawner Jr.
Chinese | China
Brawner | Romeo Brawner Jr.
Brawner | Romeo Brawner Jr.
China | China
Second Thomas Shoal | Second Thomas Shoal | P
Manila | Philippines
China Coast Guard | China Coast Guard
Philippine | Philippines
Ren’ai Jiao | Second Thomas Shoal | P
Chinese foreign ministry | Chinese foreign ministry
Lin Jian | Lin Jian
Beijing | Beijing | P
Philippines | Philippines
Philippine | Philippines
Ferdinand Marcos Jr. | Ferdinand Marcos Jr.
Manila | Philippines
Palawan | Palawan | P
US | United States
MaryKay Carlson | MaryKay Carlson
China | China
Philippine armed forces | Philippine military
South China Sea | South China Sea | P
China | China
South China Sea | South China Sea | P
The Hague | The Hague | P
Eduardo Año | Eduardo Año
National Maritime Council | National Maritime Council
Chinese | China
Philippine | Philippines
"""
CLAIMS["11_philippines_ayungin_shoal"] = [
    ("two", 2, "exact", "other", "AFP chief Gen. Romeo Brawner Jr.", "Romeo Brawner Jr."),
    ("seven", 7, "exact", "other", "AFP chief Gen. Romeo Brawner Jr.", "Romeo Brawner Jr."),
    ("about ₱1 million", 1000000, "about", "money", "Brawner", "Romeo Brawner Jr."),
    ("more than 20", 20, "more_than", "other", "The National Maritime Council", "National Maritime Council"),
]
QUOTES["11_philippines_ayungin_shoal"] = [
    ("They boarded our RHIBs illegally and seized our equipment. They have no right and no legal authority to hijack our operations,",
     "direct", "Brawner", "Romeo Brawner Jr."),
    ("They are like pirates.", "direct", "Brawner", "Romeo Brawner Jr."),
    ("control measures", "partial", "The China Coast Guard", "China Coast Guard"),
    ("illegally intruded", "partial", "The China Coast Guard", "China Coast Guard"),
    ("professional and restrained", "partial", "The China Coast Guard", "China Coast Guard"),
    ("The Philippine side has been stirring up trouble,", "direct", "Chinese foreign ministry spokesperson Lin Jian", "Lin Jian"),
    ("We are not in the business to instigate wars,", "direct", "President Ferdinand Marcos Jr.", "Ferdinand Marcos Jr."),
    ("dangerous and irresponsible", "partial", "US Ambassador MaryKay Carlson", "MaryKay Carlson"),
]

# ---------------------------------------------------------------- 12 AP, UN helicopter attacked in Nasir (South Sudan)
MENTIONS["12_south_sudan_nasir"] = """
United Nations | UN
Nasir | Nasir | P
U.N. mission in South Sudan | UNMISS
U.N. Mission in South Sudan | UNMISS
UNMISS | UNMISS
Majur Dak | Majur Dak
UN | UN
UNMISS | UNMISS
Nicholas Haysom | Nicholas Haysom
White Army | White Army
Nasir | Nasir | P
Riek Machar | Riek Machar
Machar | Riek Machar
SPLM-IO | SPLM-IO
Michael Makuei Lueth | Michael Makuei Lueth
Machar | Riek Machar
Puot Kang Chol | Puot Kang Chol
SPLM-IO | SPLM-IO
Pal Mai Deng | Pal Mai Deng
Associated Press | AP
Salva Kiir | Salva Kiir
Uganda | Uganda
Juba | Juba | P
Kiir | Salva Kiir
Uganda | Uganda
Muhoozi Kainerugaba | Muhoozi Kainerugaba
Ugandan military | Ugandan military
Yoweri Museveni | Yoweri Museveni
Upper Nile | Upper Nile | P
U.N. | UN
Mary Nyakuoth | Mary Nyakuoth
Doctors Without Borders | MSF
Ulang | Ulang | P
South Sudan | South Sudan
Sudan | Sudan
Kiir | Salva Kiir
Machar | Riek Machar
U.S. | United States
"""
CLAIMS["12_south_sudan_nasir"] = [
    ("one", 1, "exact", "killed", "the U.N. Mission in South Sudan, known as UNMISS", "UNMISS"),
    ("two", 2, "exact", "injured", "the U.N. Mission in South Sudan, known as UNMISS", "UNMISS"),
    ("more than 50,000", 50000, "more_than", "displaced", "the U.N. humanitarian office", "UN"),
    ("nearly 400,000", 400000, "nearly", "killed", None, None),
]
QUOTES["12_south_sudan_nasir"] = [
    ("The attack on UN personnel may constitute a war crime under international law,", "direct", "UNMISS chief Nicholas Haysom", "Nicholas Haysom"),
    ("We call on all parties to refrain from further violence.", "direct", "UNMISS chief Nicholas Haysom", "Nicholas Haysom"),
    ("deal with", "partial", "Information Minister Michael Makuei Lueth", "Michael Makuei Lueth"),
    ("The arrests are a violation of the peace agreement and put the whole process in jeopardy,", "direct", "SPLM-IO spokesman Pal Mai Deng", "Pal Mai Deng"),
    ("return the country to war", "partial", "President Salva Kiir", "Salva Kiir"),
    ("Any move against him is a declaration of war against Uganda,", "direct", "Gen. Muhoozi Kainerugaba", "Muhoozi Kainerugaba"),
    ("People are sleeping under trees with nothing. We have seen children die from diarrhea on the way,", "direct", "Mary Nyakuoth", "Mary Nyakuoth"),
]
