"""Every named actor, whatever the topic: the general-news step of :func:`toolkit.extract.actors.find_mentions`.

Tables in: the sentences of one article as :func:`toolkit.extract.actors.find_mentions` reads them (its dictionary
matches, conflict rules and the capitalised names they left untyped). Tables out: more rows of ``mentions``.

The dictionary and the conflict rules find what they know; this step takes every proper name they left
(maximal runs of capitalised words with their connectors and particles, all-caps acronyms) and types it by
evidence, in this order:

* ``alias_context`` / ``alias_unresolved``: short or shared aliases (acronyms of up to three letters of a body
  tied to a state, the aliases of ``data/actors_shared_aliases.csv``) keep their dictionary actor only with
  evidence in the same article: the actor's full name or another alias, or its state among the article's states
  and places. "PA" in a story from York is not the Palestinian Authority: with no evidence for any owner it
  becomes ``new:pa`` of type ``other`` (an institution such as "Senate" stays an organisation, resolved to the
  article's state like "the health ministry").
* ``company`` / ``club`` (role ``company`` / ``club``, type ``organization``): a legal form after the name
  ("Northwind Energy plc"), a company head ("Kestrel Airlines") or a club word ("Leeds United", "FC Porto"), from
  ``data/actors_general.yaml``. Places ("River Ouse") are left to the gazetteer of :mod:`toolkit.extract.places`.
* ``short_form``: a later short form of a company or club (its first word: "Northwind", "Leeds"), a nickname
  given with "nicknamed"/"known as" ("the Whites"), or the initials of any organisation named in full in the
  article ("IEBC" after "Independent Electoral and Boundaries Commission", rule ``acronym``) is that actor.
* ``name_form``: a person by context: "Mr"/"Dr" before the name, ", who" after it.
* ``name_other`` / ``acronym_other``: a name of two or more words, or an acronym, that nothing types is kept as
  type ``other`` with a ``new:<slug>`` id, not dropped; "<name> of <organisation> said" makes the name a person
  (``name_verb``).
* ``surname`` / ``name_word`` (issue 19): one capitalised word that nothing typed is the person of the article
  whose name ends with it ("Okafor" after "Marguerite Okafor"; "Qaboos" of "Qaboos bin Said"), else it is kept
  as type ``other`` (``person`` with "he"/"she" after it) when there is evidence that it names an actor: a verb
  of actors after it ("Brannigan said", "Energean signed", ``one_word_verbs``), a possessive, "and"/"or" with
  another name, a verb or "against"/"by" before it ("suing Vantorell", ``one_word_verbs_before``), or the word
  twice in the article. Never a sentence's first word unless the article writes it mid-sentence too (or a
  reporting verb follows it), a word after a determiner ("the Fed"), a word of a longer capitalised name, a
  place of the article ("Springfield, Illinois", "in Tobermory": left to :mod:`toolkit.extract.places`), a
  people counted ("2 million Gazans") or a word of ``not_one_word_names`` (diseases, faiths, feasts, months).
  One capitalised word with no evidence is left out, and so are headline-case sentences.

>>> from toolkit.extract.actors import find_mentions
>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> text = "Leeds United beat Hull 2-1. Leeds scored late, a PA reporter saw."
>>> find_mentions(split_sentences(read_articles([text]).articles)).select("surface", "actor_id", "rule").rows()
[('Leeds United', 'new:leeds-united', 'club'), ('Hull', 'new:hull', 'name_word'), ('Leeds', 'new:leeds-united', 'short_form'), ('PA', 'new:pa', 'alias_unresolved')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml
from toolkit.extract.actors.dictionary import _read_csv_rows
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.mentions import _Mention, _Pending, _Sentence
from toolkit.extract.actors.place_phrases import _is_place
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.words import _STOP, NAME_SUFFIXES, _alt, _slug

PACKAGED_GENERAL = "actors_general.yaml"
PACKAGED_SHARED = "actors_shared_aliases.csv"

_CODE_NUMBER_RE = re.compile(r"([A-Z]{2,})\d+")  # capitals glued to digits: "SEK9", or a name ("TF1", "RTL4")
_ACRONYM_RE = re.compile(r"(?<![\w\-.&’'])([A-Z][A-Z0-9&]{1,5}(?:-[A-Z][A-Z&]{1,5})?)(s?)(?![\w\-&’'])")
_ROMAN_RE = re.compile(r"[IVXLCDM]+")
_CAPWORD_RE = re.compile(r"\b[A-Z][\w’'\-]*")
_WORD_RE = re.compile(r"\b\w[\w’'\-]*")
_LOWER_RE = re.compile(r"\b[^\W\d_A-ZÀ-ÖØ-Þ][\w’'\-]*")
_NAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?")
_CONNECT = frozenset("of for and the de des du la le al el on in & y da di van von der den".split())


@dataclass(frozen=True, eq=False)
class GeneralRules:
    """The words of ``data/actors_general.yaml`` and the shared aliases, compiled (see :func:`general_rules`)."""

    company_suffix_re: re.Pattern[str]
    company_heads: frozenset[str]
    club_heads: frozenset[str]
    club_first: frozenset[str]
    person_after_re: re.Pattern[str]
    person_before: frozenset[str]
    short_form_re: re.Pattern[str]
    not_acronyms: frozenset[str]
    not_names: frozenset[str]  # press-release furniture ("Immediate Release"): never a name
    not_name_first: frozenset[str]  # "Typhoon Carina", "Operation Moshtarak": never an actor
    not_short_forms: frozenset[str]  # first words of a name that are never its short form ("National")
    not_one_word: frozenset[str]  # one capitalised word that is no actor on its own ("Ebola", "Christmas")
    one_word_after_re: re.Pattern[str]  # after one capitalised word: a verb of an actor ("Sanders campaigned")
    one_word_mid_re: re.Pattern[str]  # after one capitalised word inside a sentence: "was using", "escaped"
    one_word_before_re: re.Pattern[str]  # before it: "against", "by", "versus", a verb ("asked Clinton")
    reporting_after_re: re.Pattern[str]  # a reporting verb after a sentence's first word: "Cullen said"
    name_heads: frozenset[str]  # company and club heads, also the last word of organisations named by form
    shared: dict[str, tuple[str, ...]]  # alias -> the other actors it names
    context_names: frozenset[str]  # aliases that need evidence in the article whoever owns them
    currency_re: re.Pattern[str]  # after a state's name: a currency ("US dollars", "US$")
    name_parts: frozenset[str]  # context aliases that are no mention inside a longer capitalised name
    org_after_re: re.Pattern[str]  # after a word: the rest of an organisation's name ("Guard" of "Republican Guard")
    event_after_re: re.Pattern[str]  # after a name: the rest of an event's name ("Marathon" of "Berlin Marathon")
    abbreviations: frozenset[str]  # data/abbreviations.txt (lower case): "Sen." is no name
    not_initial: frozenset[str]  # sentence-initial words that are never a name ("Officials", "Then")
    not_qualifiers: frozenset[str]  # capitalised words before a comma that qualify no place ("On Monday, X")
    facility_heads: frozenset[str]  # last words of the names of facilities ("Grand Mosque", "Airport")
    facility_after_re: re.Pattern[str]  # after a name: the rest of a facility ("Grand Mosque", " oil field")
    org_before_re: re.Pattern[str]  # ends a text right before a name: "retailer ", "the carmaker "
    currency_codes: frozenset[str]  # ISO 4217 codes of claims_numbers.yaml: "SEK9 million" is an amount
    version: str


def general_rules() -> GeneralRules:
    """The general-news rules, built once per version of their files (an edited file is read again)."""
    files = (data_path(PACKAGED_GENERAL), data_path(PACKAGED_SHARED), data_path("actors_rules.yaml"),
             data_path("abbreviations.txt"), data_path("sentence_starters.txt"),
             data_path("claims_numbers.yaml"))  # fmt: skip
    return cache.load("actors.general", files, lambda: _build(files[0], files[1], files[2], files[5]))


def _build(path: Any, shared_path: Any, rules_path: Any, numbers_path: Any) -> GeneralRules:
    doc = load_yaml(path)
    # the ISO 4217 codes written before amounts (capital keys of the numbers' currency_symbols: "SEK", "USD")
    symbols = load_yaml(numbers_path).get("currency_symbols") or {}
    codes = frozenset(k for k in symbols if re.fullmatch("[A-Z]{3}", k))
    shared: dict[str, list[str]] = {}
    for r in _read_csv_rows(shared_path):
        owners = shared.setdefault(r["alias"], [])
        if r.get("actor_id"):
            owners.append(r["actor_id"])
    events = _alt(doc.get("event_heads") or ["(?!)"])
    return GeneralRules(
        company_suffix_re=re.compile(rf"^,?\s+(?:{_alt(doc['company_suffixes'])})(?![\w-])"),
        company_heads=frozenset(doc["company_heads"]),
        club_heads=frozenset(doc["club_heads"]),
        club_first=frozenset(doc["club_first"]),
        person_after_re=re.compile(rf"^,\s+(?:{_alt(doc['person_after'])})\b"),
        person_before=frozenset(doc["person_before"]),
        short_form_re=re.compile(
            rf"^,?\s+(?:{_alt(doc['short_form_cues'])})\s+(?:the\s+)?[“\"‘']?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
        ),
        not_acronyms=frozenset(doc["not_acronyms"]),
        not_names=frozenset(doc.get("not_names") or ()),
        not_name_first=frozenset(doc.get("not_name_first") or ()),
        not_short_forms=frozenset(doc.get("not_short_forms") or ()),
        not_one_word=frozenset(doc.get("not_one_word_names") or ()) | frozenset(doc.get("event_heads") or ()),
        one_word_after_re=re.compile(
            rf"(?:[’']s\s+[a-z]|,?\s+(?:(?:{_alt(doc.get('one_word_adverbs') or ['(?!)'])})\s+){{0,2}}"
            rf"(?:{_alt([*(doc.get('one_word_verbs') or []), *load_yaml(rules_path)['reporting_verbs']])})\b"
            rf"|,?\s+(?:and|or)\s+[A-Z])"
        ),
        one_word_mid_re=re.compile(
            rf",?\s+(?:(?:{_alt(doc.get('one_word_adverbs') or ['(?!)'])})\s+){{0,2}}"
            rf"(?:(?:{_alt(doc.get('one_word_auxiliaries') or ['(?!)'])})\s+(?:not\s+)?[a-z]|[a-z]{{2,}}ed\b(?![’'-]))"
        ),
        one_word_before_re=re.compile(
            rf"(?:\b(?:{_alt([*(doc.get('one_word_before') or []), *(doc.get('one_word_verbs_before') or [])])})"
            rf"|[A-Z][\w’'.-]*,?\s+(?:and|or))\s+$"
        ),
        reporting_after_re=re.compile(
            rf",?\s+(?:(?:{_alt(doc.get('one_word_adverbs') or ['(?!)'])})\s+)?"
            rf"(?:{_alt(load_yaml(rules_path)['reporting_verbs'])})\b"
        ),
        name_heads=frozenset(doc["company_heads"]) | frozenset(doc["club_heads"]),
        shared={a: tuple(o) for a, o in shared.items()},
        context_names=frozenset(shared),
        name_parts=frozenset(doc.get("name_part_aliases") or ()),
        currency_re=re.compile(rf"\$|\s+(?:{_alt(doc.get('currency_words') or ['(?!)'])})\b(?![’'-])"),
        org_after_re=re.compile(rf"\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?:{_alt(load_yaml(rules_path)['org_heads'])})\b"),
        event_after_re=re.compile(rf"\s+(?:(?:[A-Z][\w’'.-]*|\d{{4}})\s+){{0,2}}(?:{events})\b(?!\s+[A-Z])"),
        abbreviations=frozenset(_lines("abbreviations.txt")),
        not_initial=frozenset(doc.get("not_initial_names") or ())
        | {w.capitalize() for w in _lines("sentence_starters.txt")},
        not_qualifiers=frozenset(doc.get("day_names") or ()) | frozenset(doc.get("month_names") or ()),
        facility_heads=frozenset(doc.get("facility_heads") or ()),
        facility_after_re=re.compile(
            rf"(?:\s+[A-Z][\w’'-]*){{0,2}}?\s+(?:{_alt(doc.get('facility_heads') or ['(?!)'])})\b(?![’'-])"
            rf"|\s+(?:{_alt(doc.get('facility_nouns') or ['(?!)'])})\b"
        ),
        org_before_re=re.compile(rf"(?<![\w-])(?:{_alt(doc.get('org_nouns_before') or ['(?!)'])})\s+$"),
        currency_codes=codes,
        version=str(doc.get("version")),
    )


def _currency_amount(word: str, codes: frozenset[str]) -> bool:
    """Is ``word`` a currency code glued to its amount ("SEK9", "USD910")? Other capitals glued to digits are
    names (broadcasters, bands, models: "TF1", "RTL4", "NCT127").

    >>> [_currency_amount(w, frozenset({"SEK", "USD"})) for w in ["SEK9", "USD910", "TF1", "NCT127", "SEK"]]
    [True, True, False, False, False]
    """
    m = _CODE_NUMBER_RE.fullmatch(word)
    return m is not None and m.group(1) in codes


def _lines(name: str) -> list[str]:
    """The words of a one-word-a-line data file (``#`` starts a comment line)."""
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


# --------------------------------------------------------------------------- short and shared aliases


def _needs_evidence(surface: str, actor_id: str, lex: _Lexicon, g: GeneralRules) -> bool:
    """Is ``surface`` (a dictionary alias of ``actor_id``) short or shared, so that it needs evidence in the
    article?"""
    if surface in g.context_names or surface in g.not_one_word:
        return True  # shared, or a common capitalised word ("Hindu", short for the newspaper The Hindu)
    bare = surface.replace(".", "")
    if not (2 <= len(bare) <= 3 and bare.isupper() and bare.isalnum()):
        return False
    a = lex.actors[actor_id]
    if a["type"] in ("state", "person") or a["role"] == "media":
        return False  # states' codes, people's initials and news agencies are not ambiguous in news copy
    st = lex.state_of.get(actor_id)
    return st is not None and st != actor_id


def resolve_short_aliases(article: list[_Sentence], rules: _Rules, lex: _Lexicon, g: GeneralRules) -> None:
    """Short or shared aliases keep an actor only with evidence in the article (see the module docstring)."""
    memo = cache.scoped("actors.doubtful", lex, 4)
    found = memo.get(g)
    if found is None:  # every alias that needs evidence, with its owner, and the owners
        table = {a: i for a, i in lex.alias_ids.items() if _needs_evidence(a, i, lex, g)}
        found = memo.put(g, (table, frozenset(table.values())))
    need, owners_in_doubt = found
    doubtful: list[tuple[_Sentence, _Mention, str]] = []
    for sent in article:
        for m in list(sent.mentions):
            if m.rule == "alias" and m.title is None and m.actor_id in owners_in_doubt:
                surface = sent.text[m.start : m.end]
                if need.get(surface) == m.actor_id:
                    if surface in g.name_parts and _inside_name(sent, m):
                        sent.mentions.remove(m)  # "Republican Guard", "Opera House": another name's word
                        continue
                    doubtful.append((sent, m, surface))
    if not doubtful:
        return
    skip = {id(m) for _, m, _ in doubtful}
    named: set[str] = set()  # actors named otherwise in the article
    states: set[str] = set()  # the article's states and places' states
    for sent in article:
        for m in sent.mentions:
            if id(m) in skip:
                continue
            named.add(m.actor_id)
            st = lex.state_of.get(m.actor_id)
            if st is not None:
                states.add(st)
            if m.affiliation is not None:
                states.add(lex.state_of.get(m.affiliation, m.affiliation))
    for sent, m, surface in doubtful:
        owners = (m.actor_id, *g.shared.get(surface, ()))
        pick = next((o for o in owners if o in named), None)
        if pick is None and surface in g.not_one_word:
            sent.mentions.remove(m)  # "the Hindu god": a faith's adjective unless the article names The Hindu
            continue
        if pick is None:
            pick = next((o for o in owners if lex.state_of.get(o) in states), None)
        if pick == m.actor_id:
            continue
        if pick is not None:
            a = lex.actors[pick]
            m.actor_id, m.label, m.type, m.affiliation, m.role = (
                pick,
                a["label"],
                a["type"],
                a["affiliation"],
                a["role"],
            )
            m.rule = "alias_context"
            continue
        a = lex.actors[m.actor_id]
        if surface in g.not_acronyms or (surface in g.name_parts and a["role"] == "party"):
            sent.mentions.remove(m)  # "PDF": a file, not the People's Defence Force; "a Conservative think tank"
            continue
        inst = None if " " not in surface and surface.isupper() else (a["role"] or None)
        m.actor_id, m.label, m.affiliation, m.role, m.rule = (
            "new:" + _slug(surface),
            surface,
            None,
            None,
            "alias_unresolved",
        )
        m.type = "organization" if inst else "other"
        m.inst_role = inst  # "Senate", "Supreme Court": the article's state's body (see _find_institutions)


def drop_event_names(article: list[_Sentence], g: GeneralRules) -> None:
    """A place or state that names an event is no mention of it ("the 2021 Berlin Marathon", "the US Open"),
    nor is a state that names a currency ("US dollars", "US$3 billion", "the Australian dollar"): the event
    heads and currency words are ``event_heads`` and ``currency_words`` of ``data/actors_general.yaml``. A head followed by a capitalised word is
    no event's ("Olympic Games Organising Committee", the headline "Egypt Open To Talks"). A discovered name of
    an event stays, of type ``other``, like every name nothing types."""
    for sent in article:
        text = sent.text
        drop = [
            m
            for m in sent.mentions
            if m.type != "person"
            and (
                g.event_after_re.match(text, m.end, min(len(text), m.end + 60)) is not None
                or (m.type == "state" and g.currency_re.match(text, m.end, min(len(text), m.end + 14)) is not None)
            )
        ]
        if drop:
            sent.mentions = [m for m in sent.mentions if all(m is not d for d in drop)]


def facility_names(article: list[_Sentence], g: GeneralRules) -> None:
    """A person the rules read by form (a given name, a title) whose name ends in a facility head or is followed
    by the rest of a facility's name ("Sultan Qaboos Grand Mosque", "the Johan Sverdrup oil field") is a place:
    the whole capitalised name becomes a location used as a place (rule ``facility``). People of the dictionary
    stay. The heads and nouns are ``facility_heads`` and ``facility_nouns`` of ``data/actors_general.yaml``.

    >>> from toolkit.extract.actors import find_mentions
    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> text = "Crowds gathered at the Sultan Qaboos Grand Mosque on Friday."
    >>> find_mentions(split_sentences(read_articles([text]).articles)).select("surface", "actor_type", "rule").rows()
    [('Sultan Qaboos Grand Mosque', 'location', 'facility')]
    """
    for sent in article:
        text = sent.text
        for k, m in enumerate(sent.mentions):
            if m.type != "person" or m.rule == "alias":
                continue
            end = m.end
            words = text[m.start if m.name_start is None else m.name_start : m.end].split()
            if words[-1] in g.facility_heads:
                before = text[max(0, m.start - 6) : m.start].split()
                if len(words) < 3 or m.title in g.person_before or (before and before[-1] in g.person_before):
                    continue  # "Dr Anne Field", "Stuart Hall": a surname that is also a facility's head
            else:
                fm = g.facility_after_re.match(text, m.end, min(len(text), m.end + 40))
                if fm is None:
                    continue
                if fm.group().lstrip()[:1].isupper():
                    end = fm.end()  # "Qaboos" + " Grand Mosque": the capitalised rest joins the name
            if any(x is not m and x.start < end and m.start < x.end for x in sent.mentions):
                end = m.end
            name = text[m.start : end]
            sent.mentions[k] = _Mention(
                m.start, end, "new:" + _slug(name), name, "location", "facility", is_place=True
            )


def drop_name_parts(sent: _Sentence, g: GeneralRules) -> None:
    """Before organisations are read by form: a one-word alias of ``name_part_aliases`` with a capitalised word
    right before it, or followed by the rest of an organisation's name ("Republican Guard", "House Ethics
    Committee"), is a word of that name, not a mention."""
    text = sent.text
    for m in list(sent.mentions):
        if m.end - m.start > 13 or text[m.start : m.end] not in g.name_parts:
            continue
        if _capital_before(sent, m) or g.org_after_re.match(text, m.end, min(len(text), m.end + 60)):
            sent.mentions.remove(m)


_LEFT_WORD_RE = re.compile(r"([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*) $")


def grow_prefixed_names(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """A state, place or organisation of the dictionary after capitalised words of the same name is part of a
    longer, different name: "South Australia" is not Australia, "New South Wales" not Wales, "Liberal
    Democrats" not the Democratic Party, "Change UK" not the United Kingdom. The whole run becomes a
    ``new:<slug>`` name (rule ``prefixed_name``): a place (used as one) for a place, type ``other`` for a state. Words before it that are
    never part of a name ("The", "Israeli", weekdays), titles ("President"), heads ("Ministry"), aliases of
    the dictionary and the end of another mention stop the run, except the compass words and "New"; a run of
    other words must not start the sentence ("Meanwhile"). Compass words before a state name a part of it
    ("Northern Syria" stays Syria: states named with a compass word, "South Sudan", are in the dictionary)."""
    text = sent.text
    for m in list(sent.mentions):
        if m.rule == "demonym" and m.start >= 2 and text[m.start - 1] == " ":
            lm = _LEFT_WORD_RE.search(text, max(0, m.start - 30), m.start)
            if lm is not None and lm.group(1) in rules.compass_words:
                sent.mentions.remove(m)  # "North American", "West African": a region's adjective, not the state's
            continue
        if (
            m.rule != "alias"
            or m.type not in ("state", "location", "organization")
            or m.start < 2
            or text[m.start - 1] != " "
            or m.group
            or m.title is not None
        ):
            continue
        s = m.start
        compass = True
        while True:
            lm = _LEFT_WORD_RE.search(text, max(0, s - 30), s)
            if lm is None:
                break
            w = lm.group(1)
            k = lm.start(1)
            if k > 0 and not text[k - 1].isspace():
                break
            if any(x.end == s - 1 or (x.start < s and k < x.end) for x in sent.mentions if x is not m):
                break
            if w in rules.compass_words or w == "New":
                s = k
                continue
            if not _prefix_word(w, rules, lex):
                break
            s, compass = k, False
        if s == m.start or (not compass and s == 0) or (compass and m.type == "state"):
            continue  # "Northern Syria", "North Poland": a part of the state (its own names are in the dictionary)
        if s > 0 and text[s - 1] not in " (“\"":
            continue
        name = text[s : m.end]
        sent.mentions.remove(m)
        typ = {"state": "other", "location": "location"}.get(m.type, m.type)  # "Change UK" is no state
        sent.mentions.append(_Mention(s, m.end, "new:" + _slug(name), name, typ, "prefixed_name"))
    sent.mentions.sort(key=lambda x: x.start)


def grow_initial_prefixed(article: list[_Sentence]) -> None:
    """A sentence-initial word before a dictionary name joins it when the article has that longer name elsewhere
    (rule ``prefixed_name`` of :func:`grow_prefixed_names`): "Liberal Democrats are to find a new leader"."""
    labels = {m.label: m for sent in article for m in sent.mentions if m.rule == "prefixed_name"}
    if not labels:
        return
    for sent in article:
        if not sent.mentions:
            continue
        m = sent.mentions[0]  # only the sentence's first mention may follow its first word
        if m.rule == "alias" and m.start >= 2 and sent.text[m.start - 1] == " ":
            src = labels.get(sent.text[: m.end])
            if src is not None:
                sent.mentions[0] = _Mention(0, m.end, src.actor_id, src.label, src.type, "prefixed_name")


def _prefix_word(w: str, rules: _Rules, lex: _Lexicon) -> bool:
    """May ``w`` be a word of a longer name before a dictionary name (see :func:`grow_prefixed_names`)?"""
    return not (
        w in rules.not_names
        or w.lower() in rules.heads
        or w in lex.demonym_state
        or w in lex.info
        or w in rules.particles
        or w in rules.org_heads
        or w.lower() in rules.title_qualifiers
    )


def _capital_before(sent: _Sentence, m: _Mention) -> bool:
    """A capitalised word right before ``m`` that is not the sentence's first word nor the end of a mention."""
    text = sent.text
    if m.start < 2 or text[m.start - 1] != " ":
        return False
    k = text.rfind(" ", 0, m.start - 1) + 1
    return k > 0 and text[k : k + 1].isupper() and not any(x.end == m.start - 1 for x in sent.mentions)


def _inside_name(sent: _Sentence, m: _Mention) -> bool:
    """Is the one-word mention ``m`` a word of a longer capitalised name: a capitalised word right before it
    (not the sentence's first word, not the end of another mention), or right after it where no other mention
    starts ("Republican Guard"; "Republican Kevin Hale" is the party and a person)?"""
    text = sent.text
    if _capital_before(sent, m):
        return True
    if text[m.end : m.end + 1] == " " and text[m.end + 1 : m.end + 2].isupper():
        return not any(x.start == m.end + 1 for x in sent.mentions)
    return False


# --------------------------------------------------------------------------- names left untyped


def _org(s: int, e: int, name: str, rule: str, role: str | None) -> _Mention:
    return _Mention(s, e, "new:" + _slug(name), name, "organization", rule, role=role)


_SENTENCE_END = re.compile(r"[.!?][”\"’')\]]*\s*$")


def _headline(text: str) -> bool:
    """A sentence in title case or capitals (a headline): its capitalised words are no evidence of names.

    Headlines carry no full stop: a sentence that ends with one is body text when it has a lower-case word
    other than a connector ("Hargreave resigned on Monday.") and, past eight words, other than the short words
    title case leaves in lower case ("to", "at", "with"): a long list of names with few verbs ("The guests
    included actor Ana Ruiz of Studio 9; singer Tom Lee of Blue Blue; ... and Jo Kim.") is body text, however
    few of its words are lower-case. Without a full stop, a sentence is a headline unless over a quarter of its
    words are lower-case.

    >>> _headline("Floods In Kenya Kill Dozens After Heavy Rains")
    True
    >>> _headline("He met Nick Ames of Blue Blue and Jo Kim of Studio 9 on Monday.")
    False
    >>> _headline("Police Arrest Two Men After Shooting at Downtown Mall In Springfield.")
    True
    """
    n = len(_WORD_RE.findall(text))
    if n < 2:
        return False
    lower = 0
    ended = _SENTENCE_END.search(text) is not None
    short = n <= 8
    for w in _LOWER_RE.findall(text):
        if w not in _CONNECT:
            lower += 1
            if (ended and (short or w not in _TITLE_SMALL)) or lower > 0.25 * n:
                return False
    return True


# short words that title case leaves in lower case (articles, prepositions, conjunctions; AP and Chicago styles)
_TITLE_SMALL = frozenset(
    "a an and as at but by for from in into nor of off on onto or over per so than the to up upon via vs vs. with yet".split()
)


def _type_by_form(sent: _Sentence, p: _Pending, g: GeneralRules) -> _Mention | None:
    """A company or club by the words of the name or right around it (``None``: no such evidence). Places
    ("River Ouse") are left to :func:`toolkit.extract.places.find_place_mentions`, which reads them with the gazetteer."""
    text = sent.text
    words = [w for _, _, w in p.tokens]
    s, e = p.start, p.end
    before = text[max(0, s - 12) : s].split()
    prev = before[-1] if before else ""
    sm = g.company_suffix_re.match(text[e : e + 16])
    if sm:  # "Northwind Energy plc": the legal form is part of the name
        return _org(s, e + sm.end(), text[s:e], "company", "company")
    if prev in g.club_first and text[s - 1 : s] == " ":  # "FC Porto", "Real Sociedad"
        s0 = s - len(prev) - 1
        return _org(s0, e, text[s0:e], "club", "club")
    if len(words) >= 2 and words[-1] in g.club_heads:
        return _org(s, e, text[s:e], "club", "club")
    if len(words) >= 2 and words[0] in g.club_first:
        return _org(s, e, text[s:e], "club", "club")
    if len(words) >= 2 and words[-1] in g.company_heads:
        return _org(s, e, text[s:e], "company", "company")
    return None


def _group_words(words: list[str], rules: _Rules, lex: _Lexicon) -> bool:
    """A group of people, not a named actor: "Tigrayan Christians", "Syrian Kurds" (a demonym or a group noun)."""
    gre = rules.group_nouns_re
    return any(w in lex.demonym_state for w in words) or (
        gre is not None and gre.match(" " + words[-1]) is not None
    )


def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD_RE.findall(name) if w[0].isupper() and w.lower() not in _CONNECT)


def _short_forms(article: list[_Sentence], lex: _Lexicon, g: GeneralRules) -> dict[str, _Mention | None]:
    """Short forms of the organisations named in full in the article -> the mention (None: two actors share it)."""
    keys: dict[str, _Mention | None] = {}

    def add(key: str, m: _Mention) -> None:
        if key in keys and (keys[key] is None or keys[key].actor_id != m.actor_id):  # type: ignore[union-attr]
            keys[key] = None
        else:
            keys[key] = m

    for sent in article:
        for m in sent.mentions:
            if m.rule == "org_state":  # "California Department of ... (CalFire)": a body given to its state
                name = sent.text[m.start : m.end]
            elif m.type not in ("organization", "armed_group") or m.rule in ("short_form", "acronym"):
                continue
            else:
                name = m.label
            if " " not in name:
                continue
            ini = _initials(name)
            if len(ini) >= 2:
                add(ini, m)
                mixed = _mixed_initials(name)  # "BoM" of "Bureau of Meteorology"
                if mixed != ini:
                    add(mixed, m)
            after = sent.text[m.end : m.end + 40]
            nm = g.short_form_re.match(after)
            if nm:
                add(nm.group(1), m)
            pm = _PAREN_SHORT_RE.match(after)  # "Democratic Nursing Organisation of South Africa (Denosa)"
            if pm:
                add(pm.group(1), m)
            first = name.split()[0]
            if (
                len(first) > 2
                and first not in lex.demonym_state
                and (  # "Jollibee" of "Jollibee Foods Corporation" (an organisation by form)
                    m.role in ("company", "club")
                    or (
                        name.split()[-1] in g.name_heads
                        and first not in g.not_short_forms
                        and first not in lex.info
                    )
                )
            ):
                add(first, m)  # "Kestrel" of "Kestrel Airlines"
    return keys


_PAREN_SHORT_RE = re.compile(r"\s*\(([A-Z][A-Za-z]{2,11})\)")


def _mixed_initials(name: str) -> str:
    """Initials with the connectors in lower case: "BoM" of "Bureau of Meteorology", "DoJ"."""
    return "".join(
        w[0] if w[0].isupper() else w[0].lower()
        for w in _WORD_RE.findall(name)
        if w[0].isupper() or w.lower() in ("of", "for", "and")
    )


def _short_mention(src: _Mention, s: int, e: int, rule: str) -> _Mention:
    return _Mention(s, e, src.actor_id, src.label, src.type, rule, affiliation=src.affiliation, role=src.role)


def discover_names(
    article: list[_Sentence], rules: _Rules, lex: _Lexicon, g: GeneralRules, acr_flags: Iterable[bool]
) -> None:
    """Type the names the dictionary and the conflict rules left in ``article`` (see the module docstring).

    ``acr_flags``: per sentence, may it hold an acronym (two capitals in a row)?
    """
    acr_memo = cache.scoped("actors.acronyms", g, _MEMO_SIZE)
    head_memo = cache.scoped("actors.headline", g, _MEMO_SIZE)
    acrs = [
        _acronym_candidates(sent.text, rules, lex, g, acr_memo, head_memo) if flag else ()
        for sent, flag in zip(article, acr_flags, strict=True)
    ]
    if not any(acrs) and not any(sent.pending for sent in article):
        return
    grown: set[int] = set()
    rest: list[tuple[_Sentence, _Pending]] = []
    for sent in article:  # names typed by their own words
        for p in sent.pending:
            m = _type_by_form(sent, p, g)
            if m is None or any(x.start < m.end and m.start < x.end for x in sent.mentions):
                rest.append((sent, p))
                continue
            sent.mentions.append(m)
            grown.add(id(sent))
    keys = _short_forms(article, lex, g) if rest or any(acrs) else {}
    heads: dict[int, bool] = {}
    typed: dict[int, _Mention] = {}  # id(pending) -> its mention
    runs: dict[str, list[_Pending]] = {}  # surname -> untyped runs of name-shaped words ending with it
    for sent, p in rest:
        text = sent.text
        words = [w for _, _, w in p.tokens]
        name = text[p.start : p.end]
        src = keys.get(name)
        if src is not None:
            typed[id(p)] = _short_mention(src, p.start, p.end, "short_form")
            continue
        before = text[max(0, p.start - 6) : p.start].split()
        if len(words) == 1 and (name.lower() in rules.heads or name.lower().removesuffix("s") in rules.heads):
            continue  # "Senators, who serve six-year terms": a title, not a name
        if (before and before[-1] in g.person_before) or g.person_after_re.match(text[p.end : p.end + 10]):
            typed[id(p)] = _Mention(
                p.start, p.end, "new:" + _slug(name), name, "person", "name_form", name_start=p.start
            )
        elif 2 <= len(words) <= 3 and all(_NAME_SHAPE.fullmatch(w) for w in words):
            runs.setdefault(words[-1], []).append(p)
    # a surname alone elsewhere in the article makes the full name a person ("Priya Raman ... Raman")
    for _sent, p in rest:
        if id(p) in typed or len(p.tokens) != 1:
            continue
        full = runs.get(p.tokens[0][2], [])
        if len({" ".join(w for _, _, w in q.tokens) for q in full}) != 1:
            continue
        q = full[0]
        qname = " ".join(w for _, _, w in q.tokens)  # name chunks are words one space apart
        if id(q) not in typed:
            typed[id(q)] = _Mention(
                q.start, q.end, "new:" + _slug(qname), qname, "person", "name_form", name_start=q.start
            )
        src = typed[id(q)]
        typed[id(p)] = _Mention(
            p.start, p.end, src.actor_id, src.label, "person", "surname", name_start=p.start
        )
    mid = _mid_sentence_words(rest)
    people = _people_keys(article, rules)
    counts: dict[str, int] = {}  # one-word names: how often the article has each
    # one-word names that an organisation noun introduces somewhere in the article ("retailer Tesco"): an
    # organisation in every sentence, even where a place phrase stands before it ("staff from Tesco")
    introduced = _introduced_names(rest, g)
    for sent, p in rest:
        if len(p.tokens) == 1:
            w = p.tokens[0][2]
            counts[w] = counts.get(w, 0) + 1
            if w not in introduced and _placed(sent.text, p.start, p.end, rules, g):
                counts[w] = -1_000  # a place in the article ("Springfield, Illinois"): never a one-word actor
    for sent in article:
        for x in sent.mentions:
            if x.is_place and sent.text[x.start : x.end] not in introduced:
                counts[sent.text[x.start : x.end]] = -1_000
    for w in introduced:
        counts[w] = max(counts.get(w, 0), 2)  # named as an organisation: evidence wherever the word stands
    for sent, p in rest:
        m = typed.get(id(p))
        if m is None and len(p.tokens) == 1:
            head = heads.get(id(sent))
            if head is None:
                head = heads[id(sent)] = _headline_memo(sent.text, head_memo)
            src = people.get(_plain(p.tokens[0][2]))
            if src is not None and not head:  # "Brudzinski" after "Joachim Brudzinski", "Qaboos" of "Qaboos bin Said"
                m = _Mention(p.start, p.end, src.actor_id, src.label, "person", "surname", name_start=p.start,
                             affiliation=src.affiliation, role=src.role)  # fmt: skip
            elif not head:
                m = _single_name(sent, p, rules, lex, g, mid, counts)
        if (
            m is None
            and len(p.tokens) >= 2
            and p.tokens[0][2] not in g.not_name_first
            and sent.text[p.start : p.end] not in g.not_names
            and not _group_words([w for _, _, w in p.tokens], rules, lex)
        ):
            head = heads.get(id(sent))
            if head is None:
                head = heads[id(sent)] = _headline_memo(sent.text, head_memo)
            if not head:
                name = sent.text[p.start : p.end]
                typ, rule = ("person", "name_verb") if _of_org_verb(sent, p, rules) else ("other", "name_other")
                m = _Mention(p.start, p.end, "new:" + _slug(name), name, typ, rule, name_start=p.start)
        if m is not None and not any(x.start < m.end and m.start < x.end for x in sent.mentions):
            sent.mentions.append(m)
            sent.pending.remove(p)
            grown.add(id(sent))
    for sent, cands in zip(article, acrs, strict=True):
        if cands and _find_acronyms(sent, cands, keys):
            grown.add(id(sent))
    for sent in article:
        if id(sent) in grown:
            sent.mentions.sort(key=lambda x: x.start)


_OPENING = re.compile(r"(?:^|[“\"‘(\[:;]|\s[-—–])\s*$")


def _introduced_names(rest: list[tuple[_Sentence, _Pending]], g: GeneralRules) -> frozenset[str]:
    """The one-word names of the article that a lower-case organisation noun stands right before at least once
    ("UK-based retailer Tesco", "the carmaker Veltro"; ``org_nouns_before`` of ``data/actors_general.yaml``):
    such a word is a name wherever the article writes it (rule ``name_word``; :mod:`.general_types` then types
    it an organisation in every sentence), also after a place phrase ("jobs moved from Veltro")."""
    out = set()
    for sent, p in rest:
        if len(p.tokens) != 1:
            continue
        if g.org_before_re.search(sent.text, max(0, p.start - 40), p.start) is not None:
            w = p.tokens[0][2]
            if _ONE_NAME.fullmatch(w) is not None and w not in g.not_one_word:
                out.add(w)
    return frozenset(out)


def _people_keys(article: list[_Sentence], rules: _Rules) -> dict[str, _Mention]:
    """The one-word keys of the people named in full in the article: the last word of each name, and the first
    word of a name with a particle ("Qaboos" of "Qaboos bin Said"); a key two people share is left out."""
    keys: dict[str, _Mention | None] = {}
    for sent in article:
        for m in sent.mentions:
            if m.type != "person":
                continue
            start = m.name_start if m.name_start is not None else m.start
            words = [w.removesuffix("’s").removesuffix("'s").rstrip(",") for w in sent.text[start : m.end].split()]
            while len(words) > 2 and words[-1] in _NAME_SUFFIXES:
                words.pop()  # "Romeo Brawner Jr."
            if len(words) < 2:
                continue
            # every later word of the name ("Leana" of "Jesus Leana Ojeda"), and the first of a name with a particle
            cands = {_plain(w) for w in words[1:] if w[:1].isupper() and len(w) > 2 and w not in rules.particles}
            if any(w in rules.particles for w in words[1:-1]):
                cands.add(_plain(words[0]))
            for k in cands:
                old = keys.get(k, m)
                keys[k] = m if old is not None and old.actor_id == m.actor_id else None
    return {k: v for k, v in keys.items() if v is not None}


_OF_RE = re.compile(r" of (?:the )?")


def _of_org_verb(sent: _Sentence, p: _Pending, rules: _Rules) -> bool:
    """ "Nils Haagen of Rogaland Fire and Rescue said": a name, "of", an organisation, then a reporting verb."""
    om = _OF_RE.match(sent.text, p.end)
    if om is None:
        return False
    for x in sent.mentions:
        if x.start == om.end() and x.type in ("organization", "armed_group", "state") and not x.is_place:
            return rules.verbs_after_re.match(sent.text[x.end :]) is not None
    return False


def _placed(text: str, s: int, e: int, rules: _Rules, g: GeneralRules) -> bool:
    """Is the word at ``text[s:e]`` used as a place: with its state or country ("Springfield, Illinois", and the
    "Illinois" of it) or after a place phrase ("in", "near", "the town of")? A day, a month or a sentence opener
    before the comma qualifies no place ("On Wednesday, Brightmart cut prices", "However, Brightmart ...")."""
    if _QUALIFIED_AFTER.match(text, e) is not None or _is_place(text, s, rules):
        return True
    qm = _QUALIFIED_BEFORE.search(text, max(0, s - 30), s)
    if qm is None:
        return False
    word = qm.group().rstrip(", ").split()[-1]
    return word not in g.not_qualifiers and not (word in g.not_initial and _sentence_initial(text, qm.start()))


_NAME_SUFFIXES = NAME_SUFFIXES | {"Jr.", "Sr."}


def _plain(word: str) -> str:
    """``word`` without diacritics: "Brudziński" and "Brudzinski" are one surname in news copy."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() or word


def _sentence_initial(text: str, s: int) -> bool:
    """Does the word at ``s`` start its sentence or a quoted one (after an opening quote, a bracket, a colon or a
    dash: ``said "Beyond that``, ``(AFP) - Female``)?"""
    return _OPENING.search(text, max(0, s - 12), s) is not None


def _mid_sentence_words(rest: list[tuple[_Sentence, _Pending]]) -> frozenset[str]:
    """The one-word names of the article seen inside a sentence (not as its first word): a sentence-initial
    capitalised word is a name only when the article also writes it so mid-sentence."""
    return frozenset(
        p.tokens[0][2] for sent, p in rest if len(p.tokens) == 1 and not _sentence_initial(sent.text, p.start)
    )


_ONE_NAME = re.compile(r"(?:Mc|Mac|O[’'])?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")
_QUALIFIED_AFTER = re.compile(r",\s+[A-Z]")  # "Springfield, Illinois": a place for the gazetteer
_QUALIFIED_BEFORE = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]*,\s$")  # the "Illinois" of "Springfield, Illinois"
_PRONOUN_AFTER = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b")
_CAP_NEXT = re.compile(r"\s[A-ZÀ-Þ]")
_CAP_PREV = re.compile(r"[A-ZÀ-Þ][\w’'.-]*\s(?:(?:of|for|de|du|la|del|van|von)\s)?$")
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:million|thousand|hundred|many|several|some|few|all|more|most))\s$")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:the|The|a|an|An|this|This|its|their|his|her|our)\s$")


def _single_name(
    sent: _Sentence,
    p: _Pending,
    rules: _Rules,
    lex: _Lexicon,
    g: GeneralRules,
    mid: frozenset[str],
    counts: dict[str, int],
) -> _Mention | None:
    """One capitalised word that nothing typed (rule ``name_word``, type ``other``): "... against Sanders in
    Iowa", "Energean signed a deal". Not a word that starts its sentence unless the article writes it so
    mid-sentence too, nor one after an article or determiner ("the Fed", "a Democrat"), nor a place named with its
    state or country ("Springfield, Illinois", left to the gazetteer), nor after a place phrase ("in Ouse"), nor
    a word of the lists that are no names (demonyms, titles, ``not_short_forms``, ``not_name_first``)."""
    text = sent.text
    s, e, w = p.tokens[0]
    if (
        _ONE_NAME.fullmatch(w) is None
        or w in g.not_one_word
        or w.endswith("ans")  # a people by its place: "Gazans", "Kenyans"
        or _CAP_NEXT.match(text, e) is not None  # a word of a longer name: "Institut National ..."
        or _CAP_PREV.search(text, max(0, s - 40), s) is not None  # "Georgian Dream", "Company Prishtina"
        or _COUNT_BEFORE.search(text, max(0, s - 12), s) is not None  # "1.9 million Gazans", "many Tutsis"
        or w in g.not_short_forms
        or w in g.not_name_first
        or w in rules.compass_words
        or w in lex.demonym_state
        or w.lower() in rules.heads
        or w.lower().removesuffix("s") in rules.heads
        or w.lower() in rules.role_nouns
        or (_sentence_initial(text, s) and w not in mid and not _initial_name(text, e, w, g))
        or _ARTICLE_BEFORE.search(text, max(0, s - 7), s) is not None
        or _placed(text, s, e, rules, g)
        or text[e : e + 1] in ("-", "’", "'") and text[e : e + 2] not in ("’s", "'s")
        or (text[e : e + 1] == "." and w.lower() in g.abbreviations)  # "... and Sen." (a title cut off)
    ):
        return None
    if counts.get(w, 0) < 0:
        return None
    if not (
        counts.get(w, 0) >= 2
        or g.one_word_after_re.match(text, e) is not None
        or (  # "Halvorsen was using", "Delacroix escaped": inside the sentence only, and not "a unit of Marines is"
            not _sentence_initial(text, s)
            and text[max(0, s - 3) : s] != "of "
            and g.one_word_mid_re.match(text, e) is not None
        )
        or g.one_word_before_re.search(text, max(0, s - 40), s) is not None
        or rules.verbs_before_re.search(text, max(0, s - 40), s) is not None
    ):
        return None  # no evidence: left to the place finder (toolkit.extract.places) or out
    pm = _PRONOUN_AFTER.search(text, e, min(len(text), e + 80))
    if pm is not None and not any(e <= x.start < pm.start() and x.type == "person" for x in sent.mentions):
        # "Sanders said he would stay", "Clinton's campaign said her ...": a gendered pronoun after the name,
        # no other person between them
        return _Mention(s, e, "new:" + _slug(w), w, "person", "name_word", name_start=s)
    return _Mention(s, e, "new:" + _slug(w), w, "other", "name_word")


def _initial_name(text: str, e: int, w: str, g: GeneralRules) -> bool:
    """Is the sentence's first word ``w`` (ending at ``e``) a name by what follows it: a verb of actors
    ("Hargreave resigned", "Cullen said"), a possessive ("Okafor's lawyer") or "and"/"or" with a name? Never a word
    of ``not_initial_names`` or of ``data/sentence_starters.txt`` ("Officials said", "Meanwhile"); a word in -s
    only with a verb in -s ("Sanders says", not "Critics said")."""
    if w in g.not_initial:
        return False
    am = g.one_word_after_re.match(text, e)
    if am is None:
        return False
    if w.endswith("s"):
        last = am.group().split()[-1]
        return last.endswith("s") and last[:1].islower() and last not in ("was", "has", "is")
    return True


_MEMO_SIZE = 50_000  # texts per memo (see toolkit.core.cache)


def acronym_flags(texts: pl.Series, lex: _Lexicon, g: GeneralRules) -> list[bool]:
    """Per text: does it hold an all-caps word that is neither a dictionary alias nor a known non-actor?
    (vectorised: the other texts skip the acronym step)."""
    known = cache.scoped("actors.known_caps", lex, 4)
    words = known.get(g)
    if words is None:
        words = known.put(g, pl.Series([*lex.info, *g.not_acronyms], dtype=pl.String).unique())
    rows = (
        texts.to_frame("t")
        .with_row_index("r")
        .filter(pl.col("t").str.contains(r"[A-Z][A-Z0-9&]"))
        .select("r", pl.col("t").str.extract_all(_ACRONYM_FAST).alias("w"))
        .explode("w")
        .filter(pl.col("w").is_not_null() & ~pl.col("w").is_in(words.implode()))["r"]
    )
    flags = [False] * len(texts)
    for r in rows.unique().to_list():
        flags[r] = True
    return flags


_ACRONYM_FAST = r"\b[A-Z][A-Z0-9&]{1,5}s?\b"  # a superset of _ACRONYM_RE's words (no look-arounds in polars)


def _headline_memo(text: str, memo: cache.Memo[bool]) -> bool:
    """:func:`_headline`, memoised per text."""
    found = memo.get(text)
    if found is None:
        found = memo.put(text, _headline(text))
    return found  # type: ignore[no-any-return]


def _acronym_candidates(
    text: str,
    rules: _Rules,
    lex: _Lexicon,
    g: GeneralRules,
    memo: cache.Memo[tuple[tuple[int, int, str], ...]],
    head_memo: cache.Memo[bool],
) -> tuple[tuple[int, int, str], ...]:
    """The all-caps words of ``text`` that may be actors: (start, end, acronym), memoised per text."""
    found = memo.get(text)
    if found is not None:
        return found  # type: ignore[no-any-return]
    out: list[tuple[int, int, str]] = []
    for am in _ACRONYM_RE.finditer(text):
        acr = am.group(1)
        if (
            acr in g.not_acronyms
            or am.group() in g.not_acronyms
            or _ROMAN_RE.fullmatch(acr)
            or _currency_amount(acr, g.currency_codes)  # "SEK9 million", "USD910,000" (not "TF1", "NCT127")
            or acr.lower() in _STOP
            or acr.capitalize() in rules.not_names
            or acr.lower() in rules.heads
            or acr.capitalize() in lex.info  # "KABUL" in a dateline line is Kabul, not an acronym
        ):
            continue
        out.append((am.start(), am.end(), acr))
    if out and _headline_memo(text, head_memo):  # a headline's capitals are no acronyms (checked last: rare)
        out = []
    return memo.put(text, tuple(out))  # type: ignore[no-any-return]


def _find_acronyms(
    sent: _Sentence, cands: tuple[tuple[int, int, str], ...], keys: dict[str, _Mention | None]
) -> bool:
    """All-caps acronyms no mention covers: an organisation's initials, else type ``other``. True if any added."""
    added = False
    for s, e, acr in cands:
        if any(x.start < e and s < x.end for x in sent.mentions):
            continue
        src = keys.get(acr)
        if src is not None:
            sent.mentions.append(_short_mention(src, s, e, "acronym"))
        else:
            sent.mentions.append(_Mention(s, e, "new:" + _slug(acr), acr, "other", "acronym_other"))
        added = True
    return added
