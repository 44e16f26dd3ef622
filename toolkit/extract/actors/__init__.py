"""Actor mentions: who a story names, traceable to the words.

Tables in: ``sentences``. Tables out: ``mentions`` (one row per mention, with offsets into
``articles.text``), and :func:`load_actors` gives the actor dictionary as a table.

Method, in the spirit of the PETRARCH/Phoenix actor dictionaries (Schrodt 2014; Norris, Schrodt &
Beieler 2017): a dictionary kept as data (``data/actors.yaml`` for organisations, armed groups, places and
people; ``data/actors_states.csv`` for every state with its demonyms and capital) is matched with an
Aho-Corasick automaton (polars ``str.find_many``) over all sentences at once, on word boundaries, longest
match first, with no overlapping mentions. Rules from ``data/actors_rules.yaml`` then work on the matches
and the words around them:

* ``demonym_role`` / ``state_role``: "Israeli officials", "Russia's army" -> the state with a role;
  ``demonym``: a bare adjective ("Israeli bombardment"); ``people``: "Palestinians". "Israel" inside
  "Israeli" never matches Israel (word boundaries).
* ``capital``: "Washington", "Moscow" -> the government; ``is_place`` after "in", "to", "from", ... for
  states, capitals and places ("fled to Egypt", "the southern city of Rafah").
* ``title``: a title attaches to the person ("Secretary of State Blinken", "UN rights chief Volker Turk");
  the title's words are part of the mention and in the ``title`` column.
* Actors not in the dictionary: people introduced by a title or role ("resident Nabil Abu Thabet"), an
  apposition ("Ahmed Hassan, a teacher"), a reporting verb ("Ahmed Hassan said") or a common given name
  (rules ``title``, ``apposition``, ``name_verb``, ``given_name``) and organisations by their form
  ("Sovereign Council", "Ministry of Health": ``org_form``), with ids ``new:<slug>``.
* ``surname``: within an article, "Netanyahu" or "Abu Thabet" after the full name resolves to that person.
* National agencies, regulators, statistics offices, central banks and electoral bodies known by their full
  name or acronym (NASA, NTSB, Ofcom, Stats NZ) are in ``data/actors_agencies.csv``, each with its own id and
  its state as affiliation.
* Places: ``data/actors_places.csv`` is a gazetteer of cities, regions, camps, crossings and waterways;
  a capitalised name after a place phrase ("the village of X", "near X") or with a place word ("X Island",
  "X camp") is a discovered place (``place_form``); "X's capital", "eastern X", "80% of X", "X-based" make a
  state a place.
* Groups of people named by a demonym ("Syrian refugees", "Yemenis", "every Afghan") are not the state:
  dropped by default, kept as type ``group`` with ``groups=True``.
* ``institution``: lower-case institutions ("the health ministry", "the Houthi-run health ministry",
  "Civil defence spokesman ...") resolve to the owner named in the sentence or the article's main state;
  ``acronym``: "Kachin Independence Organisation (KIO)" makes later "KIO" that actor; ``title_org``: an
  unknown name before a title ("Ti Makak leader Ronel Dorvil") is an organisation, not part of the title.
* Names (2025.4): a role apposition before a name ("The UN envoy for Syria, Geir Pedersen,"), an organisation's
  possessive ("Al Jazeera's Resul Serdar"), a list with a person or after a plural noun ("the captives, X, Y and
  Z"), a nickname ("Jimmy “Barbecue” Chérizier") or a portfolio title ("Minister of National Defense X") make a
  person; a dictionary name inside a longer personal name is part of it ("Thérèse Kayikwamba Wagner" is not the
  Wagner group, "Hafez al-Assad" not Bashar al-Assad); another given name before a known surname is another
  person of the family (``family_name``) and a lone first name refers back to the person found with it.
* National bodies (``org_state``): "Pakistan Air Force", "Egypt's Suez Canal Authority", "the Presidential
  Office" are their state (or its institution for the role); a state before its own institution is one mention
  ("US Department of State"); "Name (ACR)" is one organisation (``acronym_name``).
* General news (2025.6, :mod:`toolkit.extract.actors.general_news`): every proper name left untyped is typed by evidence after
  the rules above: short or shared aliases keep their actor only with evidence in the article
  (``alias_context``, ``alias_unresolved``: "PA" in a story from York is not the Palestinian Authority);
  companies and clubs by their words (``company``, ``club``, with ``role``); their later short forms, nicknames
  and organisations' initials (``short_form``, ``acronym``); people by "Mr", ", who" or a later surname
  (``name_form``), a census given name first ("Hillary Clinton", ``given_name``), a later surname; one capitalised
  word with evidence (a verb after or before it, a possessive, "and" with a name) is kept (``name_word``); what
  nothing types is kept as type ``other`` (``name_other``, ``acronym_other``). Titles of
  local office and working life attach whole ("Chief Inspector Mark Dobson"); qualifiers ("incumbent",
  "former", "then-") are not part of a title.
* Spelling variants of aliases are generated: "U.N."/"U.S." dotted forms, "Asean" for "ASEAN", "el-Fasher"
  for "El-Fasher", "Guardian" for "The Guardian", both apostrophes.

Modules: :mod:`~toolkit.extract.actors.dictionary` (the dictionary files, :func:`load_actors`),
:mod:`~toolkit.extract.actors.rules` (the rule file, compiled), :mod:`~toolkit.extract.actors.lexicon` (the
alias table and its spelling variants), :mod:`~toolkit.extract.actors.matching` (the alias matcher over
sentences), :mod:`~toolkit.extract.actors.mentions` (what the rules build: mentions, pending names, sentences),
:mod:`~toolkit.extract.actors.words` (the text helpers they share), :mod:`~toolkit.extract.actors.context`
(dictionary matches in context: roles, groups, places), :mod:`~toolkit.extract.actors.place_phrases` (is a name
used as a place), :mod:`~toolkit.extract.actors.titles` (titles and roles next to a name),
:mod:`~toolkit.extract.actors.organisations` (organisations by form, national bodies, acronyms),
:mod:`~toolkit.extract.actors.name_chunks` (runs of capitalised words), :mod:`~toolkit.extract.actors.people`
(people by title, apposition, verb, given name, list, nickname), :mod:`~toolkit.extract.actors.surnames` (later
surnames, family names, first names within an article), :mod:`~toolkit.extract.actors.institutions` (lower-case
institutions resolved in an article), :mod:`~toolkit.extract.actors.general_news` (the general-news step),
:mod:`~toolkit.extract.actors.general_types` (names typed by their article),
:mod:`~toolkit.extract.actors.general_people` (partial names, name suffixes, one type per person, works and
competitions that are no actors),
:mod:`~toolkit.extract.actors.compound_names` (party names with a lower-case "party", a news organisation's
national service, web addresses), :mod:`~toolkit.extract.actors.memos` (what the cross-call memos hold), :mod:`~toolkit.extract.actors.quick_exits`
(the switches of the quick exits) and :mod:`~toolkit.extract.actors.finder` (:func:`find_mentions`, the entry
point).

>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> arts = read_articles(["Israeli officials met UN rights chief Volker Türk in Egypt. Türk left."]).articles
>>> find_mentions(split_sentences(arts)).select("surface", "actor_id", "is_place", "rule").rows()
[('Israeli officials', 'ISR', False, 'demonym_role'), ('UN', 'UN', False, 'alias'), ('rights chief Volker Türk', 'volker-turk', False, 'alias'), ('Egypt', 'EGY', True, 'alias'), ('Türk', 'volker-turk', False, 'alias')]
"""

from __future__ import annotations

from toolkit.extract.actors.dictionary import (
    ACTOR_TYPES,
    PACKAGED_DICTIONARY,
    PACKAGED_PLACES,
    PACKAGED_STATES,
    DictionaryError,
    load_actors,
)
from toolkit.extract.actors.finder import find_mentions
from toolkit.extract.actors.rules import PACKAGED_GENERAL, PACKAGED_GIVEN_NAMES, PACKAGED_RULES

__all__ = [
    "ACTOR_TYPES",
    "PACKAGED_DICTIONARY",
    "PACKAGED_GENERAL",
    "PACKAGED_GIVEN_NAMES",
    "PACKAGED_PLACES",
    "PACKAGED_RULES",
    "PACKAGED_STATES",
    "DictionaryError",
    "find_mentions",
    "load_actors",
]
