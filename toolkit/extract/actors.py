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
* General news (2025.6, :mod:`toolkit.extract.actor_names`): every proper name left untyped is typed by evidence after
  the rules above: short or shared aliases keep their actor only with evidence in the article
  (``alias_context``, ``alias_unresolved``: "PA" in a story from York is not the Palestinian Authority);
  companies and clubs by their words (``company``, ``club``, with ``role``); their later short forms, nicknames
  and organisations' initials (``short_form``, ``acronym``); people by "Mr", ", who" or a later surname
  (``name_form``); what nothing types is kept as type ``other`` (``name_other``, ``acronym_other``). Titles of
  local office and working life attach whole ("Chief Inspector Mark Dobson"); qualifiers ("incumbent",
  "former", "then-") are not part of a title.
* Spelling variants of aliases are generated: "U.N."/"U.S." dotted forms, "Asean" for "ASEAN", "el-Fasher"
  for "El-Fasher", "Guardian" for "The Guardian", both apostrophes.

>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> arts = read_articles(["Israeli officials met UN rights chief Volker Türk in Egypt. Türk left."]).articles
>>> find_mentions(split_sentences(arts)).select("surface", "actor_id", "is_place", "rule").rows()
[('Israeli officials', 'ISR', False, 'demonym_role'), ('UN', 'UN', False, 'alias'), ('rights chief Volker Türk', 'volker-turk', False, 'alias'), ('Egypt', 'EGY', True, 'alias'), ('Türk', 'volker-turk', False, 'alias')]
"""

from __future__ import annotations

import csv
import io
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.core.resources import data_path, load_lines, load_yaml
from toolkit.core.resources import fold_lower as _fold
from toolkit.core.schema import conform, empty, require_columns

ACTOR_TYPES = ("person", "state", "organization", "armed_group", "group", "location", "other")
"""Valid values of ``actor_type``."""

PACKAGED_DICTIONARY = "actors.yaml"
PACKAGED_STATES = "actors_states.csv"
PACKAGED_RULES = "actors_rules.yaml"
PACKAGED_GIVEN_NAMES = "actors_given_names.txt"
PACKAGED_GENERAL = "actors_general.yaml"  # read by toolkit.extract.actor_names; its company and club heads also here
PACKAGED_PLACES = "actors_places.csv"

_ACTOR_SCHEMA: dict[str, Any] = {
    "actor_id": pl.String,
    "label": pl.String,
    "type": pl.String,
    "aliases": pl.List(pl.String),
    "demonyms": pl.List(pl.String),
    "people": pl.List(pl.String),
    "capitals": pl.List(pl.String),
    "affiliation": pl.String,
    "role": pl.String,
    "title": pl.String,
    "roles": pl.String,
    "stands_for": pl.String,
    "source": pl.String,
}


class DictionaryError(ValueError):
    """An actor dictionary file is malformed: duplicate ids, conflicting aliases, bad types."""


# --------------------------------------------------------------------------- dictionary


def _split(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _read_csv_rows(path: Path) -> list[dict[str, str]]:
    text = "\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#"))
    return list(csv.DictReader(io.StringIO(text)))


def _entry(raw: dict[str, Any], source: str) -> dict[str, Any]:
    if not raw.get("id") or not raw.get("label"):
        raise DictionaryError(f"{source}: every actor needs an id and a label; got {raw!r}")
    typ = str(raw.get("type") or "other")
    if typ not in ACTOR_TYPES:
        raise DictionaryError(
            f"{source}: actor {raw['id']!r} has type {typ!r}; valid types: {', '.join(ACTOR_TYPES)}"
        )
    roles = raw.get("roles")
    return {
        "actor_id": str(raw["id"]),
        "label": str(raw["label"]),
        "type": typ,
        "aliases": _split(raw.get("aliases")) or [str(raw["label"])],
        "demonyms": _split(raw.get("demonyms")),
        "people": _split(raw.get("people")),
        "capitals": _split(raw.get("capitals")),
        "affiliation": raw.get("affiliation") or None,
        "role": raw.get("role") or None,
        "title": raw.get("title") or None,
        "roles": None if not roles else str(roles),
        "stands_for": raw.get("stands_for") or None,
        "source": source,
    }


def _read_dictionary_file(path: Path) -> tuple[list[dict[str, Any]], str]:
    """Entries and a ``name version`` string from a YAML or CSV actor dictionary."""
    if path.suffix.lower() == ".csv":
        rows = _read_csv_rows(path)
        version = None
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"#\s*version:\s*(\S+)", line)
            if m:
                version = m.group(1)
        entries = [_entry(dict(r), path.name) for r in rows]
    else:
        doc = load_yaml(path)
        if not isinstance(doc, dict) or not isinstance(doc.get("actors"), list):
            raise DictionaryError(f"{path}: an actor dictionary needs a top-level `actors:` list")
        version = doc.get("version")
        entries = [_entry(r, path.name) for r in doc["actors"]]
    return entries, f"{path.name} {version}" if version else path.name


def _check_unique(entries: list[dict[str, Any]], source: str) -> None:
    seen: set[str] = set()
    for e in entries:
        if e["actor_id"] in seen:
            raise DictionaryError(f"{source}: duplicate actor id {e['actor_id']!r}")
        seen.add(e["actor_id"])


def _alias_owners(entries: list[dict[str, Any]]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for e in entries:
        for a in set(e["aliases"] + e["demonyms"] + e["people"] + e["capitals"]):
            owners.setdefault(a, set()).add(e["actor_id"])
    return owners


def _places(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The packaged gazetteer (``data/actors_places.csv``), less ids and aliases the other files already use."""
    ids = {e["actor_id"] for e in entries}
    taken = set(_alias_owners(entries))
    out = []
    for r in _read_csv_rows(data_path(PACKAGED_PLACES)):
        e = _entry({**r, "type": r.get("type") or "location"}, PACKAGED_PLACES)
        e["aliases"] = [a for a in e["aliases"] if a not in taken]
        if e["actor_id"] in ids or not e["aliases"]:
            continue
        ids.add(e["actor_id"])
        taken.update(e["aliases"])
        out.append(e)
    return out


def _dictionary_files(user: str | None) -> tuple[Path | None, ...]:
    """Every file the actor dictionary is read from (packaged states, actors and places, the user's file)."""
    if user is not None and not Path(user).exists():
        raise FileNotFoundError(f"actor dictionary {user!r} not found")
    return (
        data_path(PACKAGED_STATES), data_path(PACKAGED_DICTIONARY), data_path(PACKAGED_PLACES),
        None if user is None else Path(user),
    )  # fmt: skip


def _dictionary(user: str | None) -> tuple[pl.DataFrame, str]:
    """The dictionary table and its name, read once per version of its files (an edited file is read again)."""
    return cache.load("actors.dictionary", _dictionary_files(user), lambda: _read_dictionary(user))


def _read_dictionary(user: str | None) -> tuple[pl.DataFrame, str]:
    states = [
        _entry({**r, "type": "state"}, PACKAGED_STATES) for r in _read_csv_rows(data_path(PACKAGED_STATES))
    ]
    packaged, name = _read_dictionary_file(data_path(PACKAGED_DICTIONARY))
    entries = states + packaged
    _check_unique(entries, "packaged actor dictionary")
    entries += _places(entries)
    conflicts = {a: ids for a, ids in _alias_owners(entries).items() if len(ids) > 1}
    if conflicts:
        a, ids = next(iter(sorted(conflicts.items())))
        raise DictionaryError(f"packaged actor dictionary: alias {a!r} belongs to {sorted(ids)}")
    if user is not None:
        upath = Path(user)
        extra, uname = _read_dictionary_file(upath)
        _check_unique(extra, str(upath))
        by_id = {e["actor_id"]: e for e in entries}
        user_aliases = {a for e in extra for a in e["aliases"] + e["demonyms"] + e["people"] + e["capitals"]}
        for e in by_id.values():  # the user's aliases win over packaged ones
            for key in ("aliases", "demonyms", "people", "capitals"):
                e[key] = [a for a in e[key] if a not in user_aliases]
        for e in extra:
            by_id[e["actor_id"]] = e
        entries = list(by_id.values())
        name = f"{name} + {uname}"
    return pl.DataFrame(entries, schema=_ACTOR_SCHEMA), name


def load_actors(dictionary: str | Path | None = None) -> pl.DataFrame:
    """The actor dictionary as a table: one row per actor (packaged, plus ``dictionary`` if given).

    Columns: ``actor_id``, ``label``, ``type``, ``aliases`` (list), ``demonyms``, ``people`` and ``capitals``
    (lists, states only), ``affiliation``, ``role``, ``title``, ``roles`` (dated role history as text) and
    ``source`` (the file the entry came from). A user file (YAML like ``data/actors.yaml``, or CSV with
    columns ``id,label,type,aliases,affiliation,role,title``; aliases ``;``-separated) adds actors and
    replaces packaged entries with the same id; its aliases win over packaged ones.

    >>> actors = load_actors()
    >>> actors.filter(pl.col("actor_id") == "ISR").select("label", "type", "capitals").row(0)
    ('Israel', 'state', [])
    >>> actors.filter(pl.col("actor_id") == "benjamin-netanyahu")["affiliation"][0]
    'ISR'
    """
    return _dictionary(None if dictionary is None else str(Path(dictionary).resolve()))[0]


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rules:
    role_nouns: dict[str, str]
    role_re: re.Pattern[str]
    heads: frozenset[str]
    head_re: re.Pattern[str]
    org_re: re.Pattern[str]
    org_heads: frozenset[str]
    org_generic: frozenset[str]
    place_pre_re: re.Pattern[str]
    not_place_to: frozenset[str]
    particles: frozenset[str]
    verbs_after_re: re.Pattern[str]
    verbs_before_re: re.Pattern[str]
    apposition_re: re.Pattern[str]
    not_names: frozenset[str]
    given: frozenset[str]
    cand_re: re.Pattern[str]
    version: str
    group_roles: frozenset[str] = frozenset()
    person_demonym_re: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    group_nouns_re: re.Pattern[str] | None = None
    name_heads: frozenset[str] = frozenset()  # company and club heads of data/actors_general.yaml ("Cement")
    demonym_not_re: re.Pattern[str] | None = None
    place_after_re: re.Pattern[str] | None = None
    bare_adjs: frozenset[str] = frozenset()
    place_noun_set: frozenset[str] = frozenset()
    of_words: frozenset[str] = frozenset()
    list_heads: frozenset[str] = frozenset()
    not_place_from: frozenset[str] = frozenset()
    not_place_names: frozenset[str] = frozenset()
    place_suffix_re: re.Pattern[str] | None = None
    place_heads: frozenset[str] = frozenset()
    armed_suffix_re: re.Pattern[str] | None = None
    org_first: frozenset[str] = frozenset()
    institutions: dict[str, str] = field(default_factory=dict)
    institution_re: re.Pattern[str] | None = None
    institution_pre_re: re.Pattern[str] | None = None
    portfolio_heads: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()
    group_demonym_re: re.Pattern[str] | None = None
    remit_heads: frozenset[str] = frozenset()
    place_with_words: frozenset[str] = frozenset()
    alias_compounds: tuple[str, ...] = ()
    state_body_heads: dict[str, str] = field(default_factory=dict)
    state_body_words: frozenset[str] = frozenset()
    state_body_not_words: frozenset[str] = frozenset()
    pre_appos_re: re.Pattern[str] | None = None
    org_head_re: re.Pattern[str] | None = None  # an organisation head word
    # the last word (lower case) of every phrase place_pre_re can end with, or None (see _is_place)
    place_pre_last: frozenset[str] | None = None
    place_pre_vocab: frozenset[str] | None = None  # every word place_pre_re is made of, lower case, or None
    # the first word (lower case) of every role modifier and role noun, or None (see _role_match)
    role_first: frozenset[str] | None = None
    head_first: frozenset[str] | None = None  # the same for the title heads (see _head_match)
    # the last _WORD_RE token of every title head (lower case), or None when a head is not ASCII (see _title_before)
    head_last: frozenset[str] | None = None
    title_qualifiers: frozenset[str] = frozenset()  # "incumbent", "former": before a title, never part of it
    # Memos of these rules (set by _build_rules; see toolkit.core.cache.scoped: edited rules get new, empty ones):
    # per capitalised word: may it be part of a name (not a stop word, acronym or title head)?
    word_ok: cache.Memo[bool] = field(init=False, compare=False, hash=False, repr=False)
    # per 30-character window before an institution: institution_pre_re's search there (see _institution_pre)
    inst_pre: cache.Memo[re.Match[str] | None] = field(init=False, compare=False, hash=False, repr=False)


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_CAP = r"[A-ZÀ-ÖØ-Þ][\w]*(?:[’'\-](?!s\b)\w+)*"


def _last_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The last word of each phrase, lower case, or None when a phrase does not end in an ASCII word."""
    out = set()
    for p in phrases:
        words = re.findall(r"\w+", str(p).lower())
        if not words or not p.isascii() or not re.search(r"\w$", str(p)):
            return None
        out.add(words[-1])
    return frozenset(out)


def _vocabulary(words: Iterable[str]) -> frozenset[str] | None:
    """The words, lower case, with "the" and "of", or None when one is not a single ASCII word."""
    out = {"the", "of"}
    for w in words:
        w = str(w)
        if not w.isascii() or not w or len(w.split()) != 1 or w.strip() != w:
            return None
        out.add(w.lower())
    return frozenset(out)


def _first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first word of each phrase, lower case, or None when a phrase does not start with an ASCII word."""
    out = set()
    for p in phrases:
        words = re.findall(r"\w+", str(p).lower())
        if not words or not str(p).isascii() or not re.match(r"\w", str(p)):
            return None
        out.add(words[0])
    return frozenset(out)


def _last_tokens(phrases: Iterable[str]) -> frozenset[str] | None:
    """The last ``_WORD_RE`` token of each phrase (lower case), or None when a phrase is not ASCII or has none."""
    out = set()
    for p in phrases:
        toks = _WORD_RE.findall(str(p).lower())
        if not toks or not str(p).isascii():
            return None
        out.add(toks[-1])
    return frozenset(out)


def _rules(path: str | None = None) -> _Rules:
    """The rules (``data/actors_rules.yaml`` or ``path``, with the given names), built once per version of
    their files: an edited file gives new rules, with empty memos of their own, on the next call."""
    rules_path = Path(path) if path else data_path(PACKAGED_RULES)
    files = (rules_path, data_path(PACKAGED_GIVEN_NAMES), data_path(PACKAGED_GENERAL))
    return cache.load("actors.rules", files, lambda: _build_rules(rules_path))


def _build_rules(path: Path) -> _Rules:
    doc = load_yaml(path)
    general = load_yaml(PACKAGED_GENERAL)
    role_nouns = {str(k).lower(): str(v) for k, v in doc["role_nouns"].items()}
    for noun in doc.get("group_role_nouns") or []:
        role_nouns.setdefault(str(noun).lower(), "civilians")
    mods = _alt(doc["role_modifiers"])
    not_after = _alt(doc.get("role_not_before") or ["-"])
    role_re = re.compile(
        rf"^(?:[’']s)?\s+(?:(?:{mods})\s+){{0,2}}({_alt(role_nouns)})\b(?![’'-])(?!\s+(?:{not_after})\b)",
        re.IGNORECASE,
    )
    heads = frozenset(h.lower() for h in doc["title_heads"])
    # a title head then a capitalised name right after a mention: "Israeli military spokesman Daniel Hagari"
    head_re = re.compile(rf"^\s+(?:{_alt(heads)})\s+(?:{_CAP})", re.IGNORECASE)
    org_heads = frozenset(doc["org_heads"])
    oh = _alt(org_heads)
    tail = rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+|&\s+|for\s+|of\s+)?{_CAP})*)"
    org_re = re.compile(  # "Palestinian Prisoners' Club": a plural possessive inside the name
        rf"\b(?:{_CAP}(?:(?<=s)[’'](?=\s))?\s+(?:(?:of|for|and|on|&)\s+)?){{1,5}}(?:{oh})\b{tail}?|\b(?:{oh}){tail}",
    )
    adjs = _alt(doc["place_adjectives"])
    nouns = _alt(doc["place_nouns"])
    preps = _alt(doc["place_prepositions"])
    place_pre_re = re.compile(
        rf"(?:\b(?P<prep>{preps})\s+(?:the\s+)?(?:(?:{adjs})\s+)*(?:(?:{nouns})\s+of\s+(?:the\s+)?(?:(?:{adjs})\s+)*)?"
        rf"|\bthe\s+(?:(?:{adjs})\s+)*(?:{nouns})\s+of\s+(?:the\s+)?)$",
        re.IGNORECASE,
    )
    verbs = _alt(doc["reporting_verbs"])
    head_words = _alt(heads)
    apposition_re = re.compile(
        rf"^(?:\s*\([^\d)][^)]{{0,23}}\))?(?:,\s+(?:a|an|the|who\s+is\s+an?|[\w.’'-]+[’']s)\s+(?:[\w.’'-]+\s+){{0,4}}?(?:{head_words})\b|,\s+\d{{1,3}}\s*[,.;]|\s+\(\d{{1,3}}\))",
        re.IGNORECASE,
    )
    given = frozenset(load_lines(PACKAGED_GIVEN_NAMES))
    particles = _alt(doc["name_particles"])
    cand_re = re.compile(
        rf"(?<![\w’'\-.])(?:(?:{particles})-{_CAP}|[A-Z]\.(?=\s)|{_CAP}|(?:{particles})(?=\s))"
    )
    ncomp = _alt(doc["not_actor_compounds"])
    pcomp = _alt(doc["place_compounds"])
    dnot = _alt(doc["demonym_not_before"])
    dplace = _alt(doc["demonym_place_nouns"])
    after_pos = _alt(doc["place_after_possessive"])
    institutions = {str(k): str(v) for k, v in doc["institution_nouns"].items()}
    dets = _alt(doc["institution_determiners"])
    rules = _Rules(
        group_roles=frozenset(doc["group_roles"]),
        person_demonym_re=(
            re.compile(rf"\b(?:{_alt(doc['person_demonym_before'])})\s+$", re.IGNORECASE),
            re.compile(rf"^(?:\s*[,.;:!?”\"]|\s+(?:{_alt(doc['person_demonym_after'])})\b)"),
        ),
        group_nouns_re=re.compile(rf"^\s+(?:{_alt(doc['group_nouns'])})\b"),
        # after a demonym: a language/label noun, or a hyphenated compound that describes a thing
        demonym_not_re=re.compile(rf"^(?:\s+(?:{dnot})\b|-(?:{ncomp})\b)", re.IGNORECASE),
        # after a state, a capital or a demonym: words that make it a place
        place_after_re=re.compile(
            rf"^(?:-(?:{pcomp})\b|\s+(?:{dplace})\b|[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:{after_pos})\b)",
            re.IGNORECASE,
        ),
        # before a state, a capital or a place: more place phrases ("eastern Congo", "the capital Maputo",
        # "80% of Port-au-Prince", "countries such as Chad"), checked word by word (see _extra_place)
        bare_adjs=frozenset(w.lower() for w in doc["place_bare_adjectives"]),
        place_noun_set=frozenset(w.lower() for w in doc["place_nouns"]),
        of_words=frozenset(w.lower() for w in doc["place_of_words"]),
        list_heads=frozenset(w.lower() for w in doc["place_list_heads"]),
        not_place_from=frozenset(w.lower() for w in doc["not_place_before_from"]),
        not_place_names=frozenset(doc["not_place_names"]),
        place_suffix_re=re.compile(rf"^\s+(?:{_alt(doc['place_suffixes'])})\b(?![’'-])"),
        place_heads=frozenset(doc["place_heads"]),
        armed_suffix_re=re.compile(rf"^\s+(?:{_alt(doc['armed_suffixes'])})\b(?![’'-])"),
        org_first=frozenset(doc["org_first_words"]),
        institutions=institutions,
        institution_re=re.compile(rf"\b(?:{_alt(institutions)})\b(?![’'-])"),
        institution_pre_re=re.compile(
            rf"(?:(?:^|\s)(?:{dets})|(?P<run>\w+)-(?:run|led|controlled|ruled|held))\s+$", re.IGNORECASE
        ),
        title_qualifiers=frozenset(w.lower() for w in doc.get("title_qualifiers") or []),
        portfolio_heads=frozenset(w.lower() for w in doc.get("portfolio_heads") or []),
        portfolio_words=frozenset(w.lower() for w in doc.get("portfolio_words") or []),
        compass_words=frozenset(doc.get("compass_words") or []),
        remit_heads=frozenset(w.lower() for w in doc.get("remit_heads") or []),
        place_with_words=frozenset(w.lower() for w in doc.get("place_with_words") or []),
        alias_compounds=tuple(doc.get("alias_compounds") or []),
        state_body_heads={str(k): str(v) for k, v in (doc.get("state_body_heads") or {}).items()},
        state_body_words=frozenset(doc.get("state_body_words") or []),
        state_body_not_words=frozenset(doc.get("state_body_not_words") or []),
        # "The UN special envoy for Syria, Geir Pedersen," / "the UN's humanitarian coordinator in Sudan, X": a
        # role phrase with a determiner or a possessive, then a comma, introduces the name after it
        pre_appos_re=re.compile(
            rf"(?:^|\b(?:the|a|an|its|their|his|her)\s+|[’']s\s+)(?:[\w.’'-]+\s+){{0,4}}?(?:{head_words})"
            rf"(?:\s+(?:for|in|on|of|to|at|with)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){{0,3}}?)?,\s+$",
            re.IGNORECASE,
        ),
        group_demonym_re=(
            re.compile(rf"\b(?:{_alt(doc['group_demonym_before'])})\s+$", re.IGNORECASE)
            if doc.get("group_demonym_before")
            else None
        ),
        role_nouns=role_nouns,
        role_re=role_re,
        heads=heads,
        head_re=head_re,
        org_re=org_re,
        org_head_re=re.compile(rf"\b(?:{oh})\b"),
        place_pre_last=_last_words([*doc["place_prepositions"], *doc["place_adjectives"], "the", "of"]),
        place_pre_vocab=_vocabulary(
            [*doc["place_prepositions"], *doc["place_adjectives"], *doc["place_nouns"]]
        ),
        role_first=_first_words([*doc["role_modifiers"], *role_nouns]),
        head_first=_first_words(heads),
        head_last=_last_tokens(heads),
        org_heads=org_heads,
        org_generic=frozenset(doc["org_generic_words"]),
        place_pre_re=place_pre_re,
        not_place_to=frozenset(w.lower() for w in doc["not_place_before_to"]),
        particles=frozenset(doc["name_particles"]),
        verbs_after_re=re.compile(rf"^(?:\s*\([^)]{{1,24}}\))?,?\s+(?:{verbs})\b"),
        verbs_before_re=re.compile(rf"\b(?:{verbs}|according\s+to)\s+$"),
        apposition_re=apposition_re,
        not_names=frozenset(doc["not_name_words"]),
        given=given,
        cand_re=cand_re,
        version=str(doc.get("version")),
        name_heads=frozenset(general["company_heads"]) | frozenset(general["club_heads"]),
    )
    object.__setattr__(rules, "word_ok", cache.scoped("actors.word_ok", rules, _WORD_MEMO_SIZE))
    object.__setattr__(rules, "inst_pre", cache.scoped("actors.inst_pre", rules, _MEMO_SIZE))
    return rules


# --------------------------------------------------------------------------- alias table


@dataclass(frozen=True)
class _Lexicon:
    aliases: pl.DataFrame  # alias, actor_id, rule, role
    patterns: list[str]
    actors: dict[str, dict[str, Any]]
    demonym_state: dict[str, str]
    institutions: dict[tuple[str, str], str]
    name: str
    state_of: dict[str, str] = field(default_factory=dict)  # actor id -> the state it belongs to
    alias_ids: dict[str, str] = field(default_factory=dict)  # dictionary alias (rule ``alias``) -> actor id
    info: dict[str, tuple[str, str, str | None]] = field(
        default_factory=dict
    )  # alias -> (actor id, rule, role)
    # alias -> its _Mention's fields after start and end (actor id, label, type, rule, is_place, affiliation, role)
    mention_args: dict[str, tuple[Any, ...]] = field(default_factory=dict)


_DOTTED = {"UN": "U.N.", "US": "U.S.", "UK": "U.K.", "EU": "E.U."}
_DOTTED_RE = re.compile(r"\b(UN|US|UK|EU)\b(?=\s)")


def _variants(alias: str) -> list[str]:
    """Spelling variants news copy uses for a dictionary alias.

    Dotted abbreviations ("UN refugee agency" -> "U.N. refugee agency"), the other apostrophe, lower-case
    Arabic articles ("El-Fasher" -> "el-Fasher"), title-case acronyms of four or more letters ("ASEAN" ->
    "Asean") and a name without its leading "The" ("The Guardian" -> "Guardian").

    >>> _variants("UN refugee agency"), _variants("ASEAN"), _variants("El-Fasher")
    (['U.N. refugee agency'], ['Asean'], ['el-Fasher'])
    """
    out = []
    if _DOTTED_RE.search(alias):
        out.append(_DOTTED_RE.sub(lambda m: _DOTTED[m.group(1)], alias))
    for a, b in (("'", "’"), ("’", "'")):
        if a in alias:
            out.append(alias.replace(a, b))
    m = _ARTICLE_START_RE.match(alias)
    if m:
        out.append(m.group(1).lower() + alias[len(m.group(1)) :])
    if len(alias) >= 4 and alias.isalpha() and alias.isupper():
        out.append(alias.capitalize())
    if alias.startswith("The ") and alias[4:5].isupper():
        out.append(alias[4:])
    return out


def _lexicon(user: str | None) -> _Lexicon:
    """The alias table of the dictionary (``user``: a resolved path or None), built once per version of its files."""
    return cache.load("actors.lexicon", _dictionary_files(user), lambda: _build_lexicon(user))


def _build_lexicon(user: str | None) -> _Lexicon:
    table, name = _dictionary(user)
    rows: list[tuple[str, str, str, str | None]] = []
    demonym_state: dict[str, str] = {}
    for r in table.iter_rows(named=True):
        for a in r["aliases"]:
            rows.append((a, r["actor_id"], "alias", r["role"]))
        for a in r["demonyms"]:
            rows.append((a, r["actor_id"], "demonym", None))
            demonym_state[a] = r["actor_id"]
        for a in r["people"]:
            rows.append((a, r["actor_id"], "people", "population"))
        for a in r["capitals"]:
            rows.append((a, r["actor_id"], "capital", "government"))
        if r["type"] == "state":
            for a in r["aliases"]:
                demonym_state.setdefault(a, r["actor_id"])
    known = {r[0] for r in rows}
    extra = []
    for a, actor, rule, role in rows:
        for v in _variants(a):
            if v not in known:
                known.add(v)
                extra.append((v, actor, rule, role))
    aliases = pl.DataFrame(
        rows + extra,
        schema={"alias": pl.String, "actor_id": pl.String, "rule": pl.String, "role": pl.String},
        orient="row",
    ).unique("alias", keep="first", maintain_order=True)
    patterns = sorted(aliases["alias"].to_list(), key=lambda a: (-len(a.encode()), a))
    actors = {r["actor_id"]: r for r in table.iter_rows(named=True)}
    institutions = {
        (r["affiliation"], r["stands_for"]): r["actor_id"]
        for r in actors.values()
        if r["stands_for"] and r["affiliation"]
    }
    state_of: dict[str, str] = {}
    for aid, r in actors.items():
        cur: dict[str, Any] | None = r
        for _ in range(4):  # Gaza City -> Gaza Strip -> PSE; Houthi health ministry -> Houthis -> YEM
            if cur is None or cur["type"] == "state":
                break
            cur = actors.get(cur["affiliation"]) if cur["affiliation"] else None
        if cur is not None and cur["type"] == "state":
            state_of[aid] = cur["actor_id"]
    alias_ids = {a: i for a, i, r in aliases.select("alias", "actor_id", "rule").iter_rows() if r == "alias"}
    info = {r[0]: r[1:] for r in aliases.iter_rows()}
    margs = {
        alias: (aid, actors[aid]["label"], actors[aid]["type"], rule, False, actors[aid]["affiliation"], role)
        for alias, (aid, rule, role) in info.items()
    }
    return _Lexicon(
        aliases, patterns, actors, demonym_state, institutions, name, state_of, alias_ids, info, margs
    )


# --------------------------------------------------------------------------- dictionary matching


_HITS_SCHEMA = {"row": pl.UInt32, "start": pl.Int64, "end": pl.Int64, "alias": pl.String, "cap": pl.Boolean}


def _dictionary_matches(sents: pl.DataFrame, lex: _Lexicon, compounds: tuple[str, ...] = ()) -> pl.DataFrame:
    """Every dictionary alias found on word boundaries: row, start, end (chars, within the sentence), alias.

    One Aho-Corasick pass over all sentences (polars ``find_many``/``extract_many``, overlapping so a
    longer alias is never hidden by a shorter one); offsets are converted from bytes to characters only
    for sentences that are not ASCII.
    """
    if not lex.patterns or sents.height == 0:
        return pl.DataFrame(schema=_HITS_SCHEMA)
    hits = (
        sents.select(
            pl.int_range(pl.len(), dtype=pl.UInt32).alias("row"),
            pl.col("text"),
            pl.col("text").str.find_many(lex.patterns, overlapping=True).alias("bstart"),
            pl.col("text").str.extract_many(lex.patterns, overlapping=True).alias("alias"),
        )
        .filter(pl.col("alias").list.len() > 0)
        .explode("bstart", "alias")
        .with_columns(ascii=pl.col("text").str.len_bytes() == pl.col("text").str.len_chars())
    )
    if hits.height == 0:
        return pl.DataFrame(schema=_HITS_SCHEMA)
    starts = hits["bstart"].cast(pl.Int64).to_list()
    texts = hits["text"].to_list()
    is_ascii = hits["ascii"].to_list()
    chars = [
        b if a else len(t.encode("utf-8")[:b].decode("utf-8", "ignore"))
        for t, b, a in zip(texts, starts, is_ascii, strict=True)
    ]
    word = r"^[\p{L}\p{N}_]$"
    out = (
        hits.with_columns(start=pl.Series(chars, dtype=pl.Int64))
        .with_columns(end=pl.col("start") + pl.col("alias").str.len_chars())
        .with_columns(
            before=pl.col("text").str.slice(pl.col("start") - 1, 1).fill_null(""),
            after=pl.col("text").str.slice(pl.col("end"), 1).fill_null(""),
        )
        .filter(
            ((pl.col("start") == 0) | ~pl.col("before").str.contains(word))
            & ~pl.col("after").str.contains(word)
        )
        # "Ukrainian military-industrial complex": a phrase alias never ends inside a hyphenated word ...
        .with_columns(
            # a capitalised word right before or after the match (see _absorb_in_names)
            cap=pl.col("text")
            .str.slice(pl.max_horizontal(pl.col("start") - 30, 0), pl.min_horizontal(pl.col("start"), 30))
            .str.contains(r"(?:^|\s)[A-ZÀ-ÖØ-Þ][^\s]*\s$")
            | pl.col("text").str.slice(pl.col("end"), 2).str.contains(r"^\s[A-ZÀ-ÖØ-Þ]"),
            hyphen=(pl.col("after") == "-")
            & pl.col("alias").str.contains(" ", literal=True)
            & pl.col("text").str.slice(pl.col("end") + 1, 1).str.contains(word),
        )
    )
    if out["hyphen"].any():  # ... unless it is an affiliation compound ("the al Qaeda-linked JNIM"): few rows
        rx = re.compile(rf"(?:{_alt(compounds)})\b") if compounds else None
        keep = [
            not h or (rx is not None and rx.match(t, e + 1) is not None)
            for h, t, e in zip(
                out["hyphen"].to_list(), out["text"].to_list(), out["end"].to_list(), strict=True
            )
        ]
        out = out.filter(pl.Series(keep, dtype=pl.Boolean))
    return out.select("row", "start", "end", "alias", "cap")


_FIRST = operator.itemgetter(0)
_START = operator.attrgetter("start")  # the sort key of mentions


def _has_type(ms: list[_Mention], typ: str) -> bool:
    """``any(m.type == typ for m in ms)``, without a generator (these checks run per sentence)."""
    for m in ms:
        if m.type == typ:
            return True
    return False


def _proper(spans: list[tuple[int, int]]) -> bool:
    """``bool(spans) and all(a < b for a, b in spans)``, without a generator."""
    for a, b in spans:
        if a >= b:
            return False
    return bool(spans)


def _greedy(spans: list[tuple[int, int, int, Any]]) -> list[tuple[int, int, int, Any]]:
    """Longest first, then earliest, then priority (lower wins); keep spans that overlap nothing kept."""
    if len(spans) < 2:
        return list(spans)
    by_start = sorted(spans, key=_FIRST)
    for a, b in itertools.pairwise(by_start):
        if a[1] > b[0]:
            break
    else:  # nothing overlaps: all are kept
        return by_start
    kept: list[tuple[int, int, int, Any]] = []
    for s in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[2], x[0])):
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda x: x[0])


# --------------------------------------------------------------------------- per-sentence rules


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    actor_id: str
    label: str
    type: str
    rule: str
    is_place: bool = False
    affiliation: str | None = None
    role: str | None = None
    title: str | None = None
    name_start: int | None = None  # where the name starts when a title is attached
    group: bool = False  # a group of people of a state ("Syrian refugees"): kept only with groups=True
    inst_role: str | None = None  # a lower-case institution ("the health ministry") resolved per article


@dataclass(slots=True)
class _Pending:
    start: int
    end: int
    tokens: list[tuple[int, int, str]]


@dataclass(slots=True)
class _Sentence:
    row: int
    text: str
    mentions: list[_Mention] = field(default_factory=list)
    pending: list[_Pending] = field(default_factory=list)


_TOKEN_RE = re.compile(r"\w+(?:[’'\-.]\w+)*\.?")
_ABBREV_RE = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
_TRAIL_SPACE_RE = re.compile(r"(,?\s+)$")
_DET_RE = re.compile(r"\b(?:the|a|an|its|their|his|her)\b[^,]{0,40}$", re.I)
_WORD_RE = re.compile(r"[\w.’'-]+")
_SPACES_RE = re.compile(r"\s+")
_DIGIT_RE = re.compile(r"\d")
_PLACE_HEAD_RE = re.compile(r"^\s+([A-Z][a-z]+)\b(?![’'-])")
_ARTICLE_START_RE = re.compile(r"^(Al|El|Ad|As|Ash|At|Az)-[A-Z]")
_ARABIC_ARTICLE_RE = re.compile(r"(?:al|el|ad|as|ash|at|az|Al|El)-(.+)$")
_FIRST_WORD_RE = re.compile(r"[\w.-]+")
_NON_SLUG_RE = re.compile(r"[^a-z0-9]+")
_CONJ_GAP_RE = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
_GROUP_AFTER_RE = re.compile(r"^\s+(?:[a-z]+\s+)?groups?\b")  # "the Palestinian (militant) group"


def _slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NON_SLUG_RE.sub("-", t).strip("-") or "x"


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        s, e = m.start(), m.end()
        w = m.group()
        if w.endswith(".") and not _ABBREV_RE.fullmatch(w):
            e -= 1
            w = w[:-1]
        for suf in ("’s", "'s"):
            if w.endswith(suf) and len(w) > 2:
                e -= 2
                w = w[:-2]
        out.append((s, e, w))
    return out


def _extra_place(pre: str, rules: _Rules) -> bool:
    """Place phrases checked on the last words: "eastern", "the capital", "80% of", "countries such as"."""
    words = pre[-48:].lower().split()
    if not words:
        return False
    last = words[-1]
    if last in rules.bare_adjs or last.rstrip(",") in rules.place_noun_set:
        return True
    if last == "the":
        words.pop()
        if not words:
            return False
        last = words[-1]
    n = len(words)
    if last == "of" and n >= 2:
        prev = words[-2]
        return (
            prev in rules.of_words
            or prev.endswith("%")
            or (n >= 3 and f"{words[-3]} {prev}" in rules.of_words)
        )
    if last == "with" and n >= 2:  # "on the border with Algeria"
        return words[-2] in rules.place_with_words
    if last in ("as", "like", "including") and n >= 2:
        if last == "as":
            return n >= 3 and words[-2] == "such" and words[-3] in rules.list_heads
        return words[-2] in rules.list_heads
    return False


_FAST_PLACE = True  # the word check before place_pre_re in _is_place (False: the regex always, to A/B it)


def _is_place(text: str, start: int, rules: _Rules, end: int | None = None) -> bool:
    """Is the name at ``text[start:end]`` used as a place? Looks at the words before it and, with ``end``, after.

    Before: "in", "fled to", "the southern city of", "eastern", "the capital", "80% of", "countries such as";
    after: "-based", "'s capital", "'s largest city" (rules ``place_*`` in ``actors_rules.yaml``).
    """
    if (
        end is not None
        and rules.place_after_re is not None
        and rules.place_after_re.match(text[end : end + 60])
    ):
        return True
    if start == 0 or not text[start - 1].isspace():  # every place phrase ends in white space
        return False
    pre = text[max(0, start - 80) : start]
    if _FAST_PLACE and rules.place_pre_last is not None:
        # place_pre_re ends with one of its words then white space: when the last word before the white space
        # is none of them, the regex (a search from every position of ``pre``) cannot match
        k = j = len(pre.rstrip())
        while k > 0 and (pre[k - 1].isalnum() or pre[k - 1] == "_"):
            k -= 1
        last = pre[k:j]
        if last.isascii() and last.lower() not in rules.place_pre_last:
            return _extra_place(pre, rules)
    cut = 0
    if _FAST_PLACE and rules.place_pre_vocab is not None:
        # a match is words of the regex's vocabulary up to the end (its first word maybe glued to a bracket):
        # the search starts at the last word outside that vocabulary, not at the first character
        toks = pre.split()
        run = 0
        for t in reversed(toks):
            if t.isascii() and t.lower() not in rules.place_pre_vocab:
                break
            run += 1
        if run + 1 < len(toks):
            cut = len(pre.rsplit(None, run + 1)[0])
    m = rules.place_pre_re.search(pre, cut)
    if not m:
        return _extra_place(pre, rules)
    prep = m.group("prep").lower() if m.group("prep") else None
    if prep in ("to", "from") or (prep == "in" and m.group().lower().split() in (["in"], ["in", "the"])):
        before = pre[max(0, m.start() - 30) : m.start()].rsplit(None, 1)
        last = before[-1].strip(",.;:!?\"“”’'()").lower() if before else ""
        if prep == "in":
            if last in rules.remit_heads:
                return False  # "the UN's humanitarian coordinator in Sudan": a remit, not a place
        elif last in (rules.not_place_to if prep == "to" else rules.not_place_from) or (
            prep == "from" and last[:1].isdigit()  # "13 from South Africa"
        ):
            return False
    return True


def _shrink_before_titles(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """In "Sudan's army chief Abdel Fattah al-Burhan" the state is a mention and "army chief" a title.

    A dictionary match such as "Sudan's army" or "Israeli military" followed by a title head and a name
    shrinks to its first word when that word names a state (or is dropped when it does not).
    """
    keep = []
    for m in sent.mentions:
        if (
            m.type == "organization"
            and m.actor_id not in lex.state_of  # "Israeli military spokesman X": the military is the mention
            and " " in sent.text[m.start : m.end]
            and _head_match(sent.text[m.end :], rules)
        ):
            first = _FIRST_WORD_RE.match(sent.text[m.start : m.end])
            state = lex.demonym_state.get(first.group()) if first else None
            if state is None or first is None:
                continue
            a = lex.actors[state]
            rule = "demonym" if first.group() in a["demonyms"] else "alias"
            m = _Mention(
                m.start,
                m.start + first.end(),
                state,
                a["label"],
                a["type"],
                rule,
                affiliation=a["affiliation"],
            )
        keep.append(m)
    sent.mentions = keep


_OWNED_ROLES = frozenset(
    "government military security intelligence diplomacy health judiciary legislature civil_defence elections".split()
)


def _merge_owned(sent: _Sentence, lex: _Lexicon) -> None:
    """Two dictionary matches that name one actor.

    A state before its own institution is one mention of the institution ("US Department of State",
    "Egypt's Interior Ministry"), and a descriptive alias right before the actor's acronym keeps only the
    parent organisation it names first ("the UN refugee agency UNHCR" -> "UN" and "UNHCR").
    """
    ms = sent.mentions
    if all(n.start - m.end > 3 for m, n in itertools.pairwise(ms)):  # nothing adjacent: nothing to merge
        return
    text = sent.text
    out: list[_Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        n = ms[i + 1] if i + 1 < len(ms) else None
        if n is not None:
            gap = text[m.end : n.start]
            if (
                m.type == "state"
                and m.rule in ("alias", "demonym")
                and gap in (" ", "’s ", "'s ")
                and n.type == "organization"
                and lex.state_of.get(n.actor_id) == m.actor_id
                and (gap != " " or lex.actors[n.actor_id]["role"] in _OWNED_ROLES)
            ):
                n.start = m.start
                i += 1
                continue
            if gap == " " and n.actor_id == m.actor_id and " " in text[m.start : m.end]:
                first = text[m.start : m.end].split(" ", 1)[0]
                other = lex.alias_ids.get(first)
                if other is not None and other != m.actor_id:
                    a = lex.actors[other]
                    m = _Mention(m.start, m.start + len(first), other, a["label"], a["type"], "alias",
                                 affiliation=a["affiliation"], role=a["role"])  # fmt: skip
        out.append(m)
        i += 1
    sent.mentions = out


def _as_group(m: _Mention) -> None:
    """A group of people of a state ("Syrian refugees", "Yemenis"): type ``group``, affiliated to the state."""
    m.group = True
    m.affiliation = m.actor_id
    m.type = "group"
    m.role = m.role or "population"


_FAST_ROLE = True  # the word checks in _role_match, _head_match and _title_before (False: the full checks, to A/B them)


def _starts_none(after: str, firsts: frozenset[str]) -> bool:
    """True when ``after`` cannot be white space then a phrase whose first word (lower case) is in ``firsts``:
    it does not start with white space, or the word after it is an ASCII word that is not in ``firsts``."""
    m = _WS_WORD_RE.match(after)
    if m is None:
        return True
    word = m.group(1)
    return word.isascii() and word.lower() not in firsts


_WS_WORD_RE = re.compile(r"\s+(\w*)")  # white space, then the word after it (maybe empty)


def _role_match(after: str, rules: _Rules) -> re.Match[str] | None:
    """``rules.role_re.match(after)``, skipping the regex when the word after the white space starts no role
    phrase (role_re wants white space, then a modifier or a role noun, whose first word must be that word)."""
    if (
        _FAST_ROLE
        and rules.role_first is not None
        and after[:1] not in ("’", "'")
        and _starts_none(after, rules.role_first)
    ):
        return None
    return rules.role_re.match(after)


def _head_match(after: str, rules: _Rules) -> re.Match[str] | None:
    """``rules.head_re.match(after)``, skipping the regex when the word after the white space starts no title
    head (head_re wants white space, then a title head, whose first word must be that word)."""
    if _FAST_ROLE and rules.head_first is not None and _starts_none(after, rules.head_first):
        return None
    return rules.head_re.match(after)


_PLACE_TYPES = frozenset(("state", "location"))
_CONTEXT_RULES = frozenset(("people", "demonym", "capital"))  # with _PLACE_TYPES: what _contextualise reads


def _contextualise(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """Roles after demonyms, states and places; groups of people; place flags."""
    if _has_type(sent.mentions, "organization"):  # both rules work on organisations
        _shrink_before_titles(sent, rules, lex)
        if len(sent.mentions) > 1 and _has_type(sent.mentions, "organization"):
            _merge_owned(sent, lex)
    text = sent.text
    ms = sent.mentions
    drop = []
    for i, m in enumerate(ms):
        if m.type not in _PLACE_TYPES and m.rule not in _CONTEXT_RULES:
            continue  # "Hamas", "AFP", "Netanyahu": no rule below reads other actors' matches
        nxt_start = ms[i + 1].start if i + 1 < len(ms) else len(text)
        if m.rule == "people":
            _as_group(m)
            continue
        if m.type == "state" or m.rule in ("demonym", "capital"):
            after = text[m.end : m.end + 40]
            c0 = after[:1]
            if c0 == "-" or (m.rule == "demonym" and c0 == " "):
                if rules.demonym_not_re is not None and rules.demonym_not_re.match(after):
                    drop.append(m)  # "French initials", "a Greek-flagged tanker"
                    continue
            if (
                m.rule == "demonym"
                and rules.group_demonym_re is not None
                and rules.group_demonym_re.search(text[max(0, m.start - 20) : m.start])
            ):
                m.rule = "demonym_group"  # "ethnic Armenian fighters", "ethnic Russians"
                _as_group(m)
                continue
            if m.rule == "demonym" and c0 != "-":
                pd = rules.person_demonym_re
                if (
                    pd is not None
                    and pd[1].match(after)
                    and pd[0].search(text[max(0, m.start - 12) : m.start])
                ):
                    m.rule = "demonym_person"  # "every Syrian,", "a Yemeni who"
                    _as_group(m)
                    continue
                if (
                    rules.group_nouns_re is not None and rules.group_nouns_re.match(after)
                ) or _GROUP_AFTER_RE.match(after):
                    m.rule = "demonym_group"  # "Congolese Tutsis"
                    _as_group(m)
                    continue
        if m.type in ("state", "location") or m.rule in ("demonym", "capital"):
            rm = _role_match(text[m.end : nxt_start], rules)
            if (
                rm
                and m.rule != "people"
                and (
                    not _head_match(text[m.end + rm.end() :], rules)
                    or (
                        m.type == "state"
                        and (m.actor_id, rules.role_nouns[_fold(rm.group(1))]) in lex.institutions
                    )
                )
            ):
                m.end = m.end + rm.end()
                m.role = rules.role_nouns[_fold(rm.group(1))]
                if m.role in rules.group_roles and m.type == "state":  # "Palestinian prisoners"
                    m.rule = "demonym_group" if m.rule == "demonym" else "state_group"
                    _as_group(m)
                    continue
                m.rule = {
                    "demonym": "demonym_role",
                    "alias": "state_role" if m.type == "state" else "place_role",
                }.get(m.rule, m.rule + "_role")
                inst = lex.institutions.get((m.actor_id, m.role))
                if inst is not None and m.type == "state":
                    a = lex.actors[inst]
                    m.actor_id, m.label, m.type, m.affiliation = inst, a["label"], a["type"], a["affiliation"]
                continue
        if m.rule == "demonym" and i + 1 < len(ms):  # "Qatari and Egyptian officials"
            nm = ms[i + 1]
            gap = text[m.end : nm.start]
            if _CONJ_GAP_RE.fullmatch(gap) and nm.rule == "demonym":
                rm = _role_match(text[nm.end : ms[i + 2].start if i + 2 < len(ms) else len(text)], rules)
                if rm:
                    m.role = rules.role_nouns[_fold(rm.group(1))]
                    m.rule = "demonym_role"
                    continue
        if m.type == "location" and m.rule == "alias":
            m.is_place = True
            sm = rules.place_suffix_re.match(text[m.end : m.end + 30]) if rules.place_suffix_re else None
            if sm and (i + 1 == len(ms) or ms[i + 1].start >= m.end + sm.end()):  # "Rakhine state"
                m.end += sm.end()
        elif (m.type == "state" and m.rule == "alias") or m.rule == "capital" or m.type == "location":
            m.is_place = _is_place(text, m.start, rules, m.end)
            if (
                m.is_place
                and i + 1 < len(ms)
                and ms[i + 1].start == m.end + 3
                and text[m.end : m.end + 3] in ("’s ", "'s ")
                and ms[i + 1].type in ("organization", "armed_group", "person")
            ):
                m.is_place = False  # "turned to Russia's Wagner Group": the owner of an actor, not a place
            if (
                not m.is_place
                and i > 0
                and ms[i - 1].is_place
                and _CONJ_GAP_RE.fullmatch(text[ms[i - 1].end : m.start])
            ):
                m.is_place = True  # "in Latakia and Tartus", "countries such as Chad and Egypt"
        elif m.rule == "demonym" and rules.place_after_re is not None:
            m.is_place = bool(rules.place_after_re.match(text[m.end : m.end + 40]))  # "Polish airspace"
    if drop:
        sent.mentions = [m for m in ms if all(m is not d for d in drop)]


def _attach_titles(sent: _Sentence, rules: _Rules, lex: _Lexicon, covered: list[tuple[int, int]]) -> None:
    """Extend person mentions over the title before them ("army chief Herzi Halevi")."""
    for m in list(sent.mentions):
        if m.type != "person" or m.title:
            continue
        t0 = _title_before(sent.text, m.start, rules, covered)
        if t0 is not None:
            t0 = _title_org(sent, t0, m.start, rules, lex)
            m.title = sent.text[t0 : m.start].rstrip(" ,")
            m.name_start = m.start
            m.start = t0
    sent.mentions.sort(key=_START)


def _title_before(text: str, pos: int, rules: _Rules, covered: list[tuple[int, int]]) -> int | None:
    """Start of a title phrase ending right before ``pos`` (optionally followed by a comma), or None."""
    if pos == 0 or not text[pos - 1].isspace():  # the phrase must end in white space
        return None
    pre = text[:pos]
    # the white space (and a comma before it) the phrase ends with: _TRAIL_SPACE_RE without its scan of ``pre``
    end = pos - 1
    while end > 0 and pre[end - 1].isspace():
        end -= 1
    comma = end > 0 and pre[end - 1] == ","
    if comma:
        end -= 1
    if comma and not _DET_RE.search(pre[:end]):
        return None
    words = list(_WORD_RE.finditer(pre[max(0, end - 60) : end]))
    off = max(0, end - 60)
    if not words:
        return None
    # the head: longest title head ending at the last word. A head equal to the phrase (in lower case) ends
    # with the phrase's last token, so a last token that ends no head skips the loop (heads in ASCII only:
    # then lower case maps each character of the phrase to one character and keeps its tokens).
    head_start = None
    last = words[-1].group().lower()
    tries = (
        0
        if _FAST_ROLE
        and rules.head_last is not None
        and last not in rules.head_last
        and last.partition("-")[2] not in rules.head_last  # "then-mayor"
        else 4
    )
    for k in range(min(tries, len(words)), 0, -1):
        cand = words[-k:]
        if cand[-1].end() + off != end:
            break
        phrase = pre[cand[0].start() + off : end]
        if _SPACES_RE.sub(" ", phrase).lower() in rules.heads:
            head_start = cand[0].start() + off
            n_head = k
            break
        q, dash, rest = phrase.partition("-")  # "then-Mayor", "ex-Senator": the title starts after the hyphen
        if dash and q.lower() in rules.title_qualifiers and _SPACES_RE.sub(" ", rest).lower() in rules.heads:
            return cand[0].start() + off + len(q) + 1
    if head_start is None and len(words) >= 3 and words[-1].group()[:1].isupper():
        # "Minister of National Defense Wellington Koo": a head, of/for, then capitalised portfolio words
        j = len(words)
        while j > 0 and (
            (words[j - 1].group()[:1].isupper() and words[j - 1].group().lower() in rules.portfolio_words)
            or words[j - 1].group() in ("and", "&")
        ):
            j -= 1
        if j < len(words) and j >= 2 and words[j - 1].group() in ("of", "for"):
            for k in range(min(3, j - 1), 0, -1):
                cand = words[j - 1 - k : j - 1]
                phrase = pre[cand[0].start() + off : cand[-1].end() + off]
                if _SPACES_RE.sub(" ", phrase).lower() in rules.heads:
                    head_start = cand[0].start() + off
                    n_head = len(words) - (j - 1 - k)
                    break
    if head_start is None:
        return None
    if any(a < end and head_start < b for a, b in covered):
        return None
    start = head_start
    # up to three modifiers: words that are not stop words, not covered by another mention
    mods = words[: len(words) - n_head]
    for w in reversed(mods[-3:]):
        ws, we = w.start() + off, w.end() + off
        gap = pre[we:start]
        if not _SPACES_RE.fullmatch(gap) or any(a < we and ws < b for a, b in covered):
            break
        token = w.group()
        if (
            token.lower() in _STOP
            or token.lower() in rules.title_qualifiers  # "defeating incumbent Mayor X": the title is "Mayor"
            or token in rules.not_names
            or token.endswith(("’s", "'s"))
            or _DIGIT_RE.search(token)
        ):
            break
        start = ws
    return start


_DATE_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August "
    "September October November December".split()
)

_STOP = frozenset(
    "the a an and or but of in on at to for from by with as is was were are be been has have had said says told "
    "that this these those who which whose whom its it his her their our your my he she they we you i not no "
    "after before since during while when where than then also about over into onto upon via per between among "
    "against with without toward towards amid under across behind near like including".split()
)


def _orgs_blocked(sent: _Sentence, rules: _Rules) -> bool:
    """True when :func:`_find_orgs` provably adds nothing: every organisation head word in the sentence lies in
    a mention an organisation name may not swallow ("Red Cross", "UN Security Council"), and no head word can
    be trimmed off the front of a name (so every name the rule reads keeps a head and overlaps that mention).
    """
    ms = sent.mentions
    for h in rules.org_head_re.finditer(sent.text):  # type: ignore[union-attr]
        w = h.group()
        if w in rules.org_generic or (w in rules.not_names and w not in rules.org_first):
            return False
        s, e = h.span()
        if not any(
            x.start < e
            and s < x.end
            and x.type not in ("state", "location")
            and x.rule not in ("demonym", "capital")
            for x in ms
        ):
            return False
    return True


_FAST_ORGS = True  # skip _find_orgs when _orgs_blocked says it adds nothing (False: always run it, to A/B it)


def _find_orgs(sent: _Sentence, rules: _Rules, lex: _Lexicon, covered: list[tuple[int, int]]) -> None:
    text = sent.text
    if _FAST_ORGS and rules.org_head_re is not None and _orgs_blocked(sent, rules):
        return
    for m in rules.org_re.finditer(text):
        s, e = m.start(), m.end()
        toks = _tokens(text[s:e])
        the_tok = toks[0] if toks and toks[0][2] == "The" else None
        while toks and (
            toks[0][2] in rules.org_generic
            or (toks[0][2] in rules.not_names and toks[0][2] not in rules.org_first)
        ):
            toks = toks[1:]
        if not toks:
            continue
        for k, t in enumerate(toks):  # "West Bank on Tuesday": a day or month ends the name
            if k and t[2] in _DATE_WORDS:
                toks = toks[:k]
                while toks and toks[-1][2] in ("of", "for", "and", "on", "&"):
                    toks.pop()
                if not toks or toks[-1][2] not in rules.org_heads:
                    toks = []
                break
        if not toks:
            continue
        s, e = m.start() + toks[0][0], m.start() + toks[-1][1]
        words = [t[2] for t in toks]
        if len(words) < 2:
            continue
        if the_tok is not None and the_tok[1] + 1 == toks[0][0] and text[s - 4 : s] == "The ":
            before = text[: s - 4].rstrip()
            if (
                before and before[-1] not in ".!?“\"‘'(:;—–-"
            ):  # "its proxy, The Resistance Front": part of the name
                s -= 4
        inside = [x for x in sent.mentions if x.start < e and s < x.end]
        # an org name may swallow demonyms, state names and places, never other actors
        if any(x.start < s or x.end > e for x in inside):
            continue
        if any(x.type not in ("state", "location") and x.rule not in ("demonym", "capital") for x in inside):
            continue
        affiliation = lex.demonym_state.get(words[0])
        for x in inside:
            sent.mentions.remove(x)
        label = _SPACES_RE.sub(" ", text[s:e])
        # "Haiti's National Human Rights Defense Network", "Egypt's Suez Canal Authority": one mention
        owner = None
        if text[s - 3 : s] in ("’s ", "'s "):
            for x in sent.mentions:
                if x.end == s - 3 and x.type == "state" and x.rule in ("alias", "demonym"):
                    owner = x.actor_id
                    sent.mentions.remove(x)
                    s = x.start
                    break
        body = _state_body(words, rules, lex, owner or affiliation)
        if body is not None:
            st, body_role = body
            if st is not None:  # "Pakistan Air Force" -> the state (or its institution for the role)
                inst = lex.institutions.get((st, body_role))
                a = lex.actors[inst or st]
                sent.mentions.append(
                    _Mention(s, e, a["actor_id"], a["label"], a["type"], "org_state",
                             affiliation=a["affiliation"] if inst else st, role=body_role)
                )  # fmt: skip
                covered.append((s, e))
                continue
        known = lex.alias_ids.get(label)  # "West Bank" (a dictionary name that ends in an org head)
        if known is not None:
            a = lex.actors[known]
            sent.mentions.append(
                _Mention(s, e, known, a["label"], a["type"], "alias", is_place=a["type"] == "location",
                         affiliation=a["affiliation"], role=a["role"])
            )  # fmt: skip
            covered.append((s, e))
            continue
        role = rules.institutions.get(label.lower())  # "Constitutional Council": resolved per article
        if role is None and body is not None:
            role = body[1]  # "the Presidential Office", "Ministry of National Defense": the article's state
        sent.mentions.append(
            _Mention(
                s,
                e,
                "new:" + _slug(label),
                label,
                "organization",
                "org_form",
                affiliation=affiliation,
                inst_role=role,
            )
        )
        covered.append((s, e))
    sent.mentions.sort(key=_START)


_PAREN_ACR_RE = re.compile(r"\s\(([A-Z][A-Za-z&]{1,8})\)")
_RUN_WORD_RE = re.compile(r"[^\s]+")
_CONNECTORS = frozenset("of for and the de des du la le al el wal ul e on in".split())
_ARMED_WORDS = frozenset("Army Front Brigade Brigades Militia Liberation Mujahideen Jihad".split())


def _initials(word: str) -> str:
    return "".join(p[0] for p in re.split(r"[-’']", word) if p[:1].isupper())


def _find_acronym_names(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """ "Alliance Fleuve Congo (AFC)", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a capitalised name followed
    by its initials in brackets is one organisation (the acronym's dictionary actor, or ``new:<slug>``), and the
    places or states inside it are not mentions."""
    text = sent.text
    for am in _PAREN_ACR_RE.finditer(text):
        acr = am.group(1)
        letters = "".join(c for c in acr if c.isupper())
        words = list(_RUN_WORD_RE.finditer(text, max(0, am.start() - 100), am.start()))
        run: list[re.Match[str]] = []
        for w in reversed(words):
            token = w.group()
            if (
                token[:1].isupper()
                and token not in rules.not_names
                and token.isalpha()
                or (token[:1].isupper() and re.fullmatch(r"[\w’'-]+", token))
            ):
                run.insert(0, w)
            elif token in _CONNECTORS or re.fullmatch(r"(?:al|el|wal|ul|ad|as|ash|at|az)-[\w’'-]+", token):
                run.insert(0, w)
            else:
                break
        best = None
        for k in range(len(run)):  # the longest run whose capitals spell the acronym
            if run[k].group() in _CONNECTORS or run[k].group() in rules.not_names:
                continue
            ini = "".join(_initials(w.group()) for w in run[k:])
            if ini[:1] != letters[:1] or len(ini) > len(letters) + 1:
                continue
            it = iter(ini)
            if all(c in it for c in letters):
                best = k
                break
        if best is None or len(run) - best < 2:
            continue
        while run and run[-1].group() in _CONNECTORS:
            run.pop()
        s, e = run[best].start(), run[-1].end()
        if e <= s:
            continue
        inside = [x for x in sent.mentions if x.start < e and s < x.end]
        if any(x.start < s or x.end > e for x in inside) or any(
            x.rule not in ("alias", "demonym", "capital") or x.type not in ("state", "location")
            for x in inside
        ):
            continue
        for x in inside:
            sent.mentions.remove(x)
        name = _SPACES_RE.sub(" ", text[s:e])
        known = lex.alias_ids.get(acr)
        if known is not None:
            a = lex.actors[known]
            men = _Mention(s, e, known, a["label"], a["type"], "acronym_name", affiliation=a["affiliation"],
                           role=a["role"])  # fmt: skip
        else:
            typ = "armed_group" if any(w.group() in _ARMED_WORDS for w in run[best:]) else "organization"
            men = _Mention(s, e, "new:" + _slug(name), name, typ, "acronym_name",
                           affiliation=lex.demonym_state.get(run[best].group()))  # fmt: skip
        sent.mentions.append(men)
    sent.mentions.sort(key=_START)


def _state_body(
    words: list[str], rules: _Rules, lex: _Lexicon, owner: str | None
) -> tuple[str | None, str] | None:
    """Is a discovered organisation a national body of a state? (its state or None, its role), or None.

    The head must be a body head ("Air Force", "Council", "Ministry of ...") and the state named first
    ("Pakistan Air Force"), before it ("Egypt's Suez Canal Authority") or the name must read national
    ("National Security Council", "Presidential Office", "Ministry of National Defense").
    """
    heads = rules.state_body_heads
    head = words[-1] if words[-1] in heads else None
    if head is None and words[0] in heads and len(words) > 2 and words[1] in ("of", "for"):
        head = words[0]
    if head is None or any(w in rules.state_body_not_words for w in words):
        return None
    st = owner
    if st is not None and lex.actors.get(st, {}).get("type") != "state":
        st = lex.state_of.get(st)
    if st is not None or any(w in rules.state_body_words for w in words):
        return st, heads[head]
    return None


def _word_ok(w: str, rules: _Rules) -> bool:
    """May the capitalised word ``w`` be part of a name (not a stop word, acronym or title head)? (memoised in
    ``rules.word_ok``)"""
    ok = w not in rules.not_names and not (w.isupper() and len(w) > 1 and not w.endswith("."))
    return ok and w.lower() not in rules.heads


def _chunk_scan_start(text: str, rules: _Rules, covered: list[tuple[int, int]]) -> int | None:
    """The quick exit of :func:`_name_chunks` (``covered``: proper spans): where its scan must start, or None
    when there are no chunks.

    Exact: a chunk needs a candidate word with a capital (the class that starts _CAP) that no mention covers.
    When every uncovered capital starts a word that is no name word ("The"), there are no chunks; any other
    uncovered capital goes the full way, from the start of its word (the words before it start no chunk, and no
    candidate crosses the non-word character before it). Only the gaps between the covered spans are searched.
    """
    word_ok = rules.word_ok
    search = _UPPER_RE.search
    pos = 0
    n = len(text)
    for a, b in (*sorted(covered), (n, n)):
        while pos < a:
            u = search(text, pos, a)
            if u is None:
                break
            p = u.start()
            if p and _RUN_CHAR_RE.match(text, p - 1):
                first = p - 1
                while first and _RUN_CHAR_RE.match(text, first - 1):
                    first -= 1
                return first
            c = rules.cand_re.match(text, p)
            if c is None:
                return 0
            w = c.group()
            ok = word_ok.get(w)
            if ok is None:
                ok = word_ok.put(w, _word_ok(w, rules))
            if ok:
                return p
            pos = p + 1
        if b > pos:
            pos = b
    return None


def _name_chunks(
    text: str, rules: _Rules, covered: list[tuple[int, int]]
) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (with name particles inside) not covered by a mention.

    Only capitalised words and particles are visited (one regex pass), so lower-case text costs nothing.
    """
    word_ok = rules.word_ok
    first = 0  # where the scan for candidates starts
    proper = _proper(covered)
    if proper and _FAST_CHUNKS:
        found = _chunk_scan_start(text, rules, covered)
        if found is None:
            return []
        first = found
    chunks: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    particles = rules.particles

    def flush() -> None:
        while cur and cur[-1][2] in particles:
            cur.pop()
        if cur:
            chunks.append(cur)

    prev_end = -1
    mask = None  # characters covered by a mention, when every covered span is a proper span
    if proper:
        mask = bytearray(len(text))
        for a, b in covered:
            mask[max(a, 0) : b] = b"\x01" * (b - max(a, 0))
    for m in rules.cand_re.finditer(text, first):
        s, e = m.span()
        w = m.group()
        if cur and text[prev_end:s] != " ":
            flush()
            cur = []
        ok = word_ok.get(w)
        if ok is None:
            ok = word_ok.put(w, _word_ok(w, rules))
        if ok and covered:
            if mask is not None:
                ok = mask.find(1, s, e) < 0
            else:
                ok = not any(a < e and s < b for a, b in covered)
        if ok and not cur and w in particles:
            ok = False
        if ok:
            cur.append((s, e, w))
        elif cur:
            flush()
            cur = []
        prev_end = e
    flush()
    return chunks


_FAST_CHUNKS = True  # the quick exit of _name_chunks (False: the full scan always, to A/B it)
_UPPER_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]")  # the first character of _CAP
_RUN_CHAR_RE = re.compile(r"[\w’'\-.]")  # the characters cand_re's look-behind refuses

_LEFT_RUN_RE = re.compile(rf"(?:(?<=\s)|^)((?:{_CAP}\s){{1,3}})$")
_RIGHT_RUN_RE = re.compile(rf"^((?:\s{_CAP}){{1,2}})")


def _name_word(w: str, rules: _Rules, lex: _Lexicon) -> bool:
    return not (
        w in rules.not_names
        or w.lower() in rules.heads
        or (w.isupper() and len(w) > 1)
        or w in lex.demonym_state
        or w in rules.particles
        or w in rules.org_heads
        or w in rules.place_heads
    )


def _absorb_in_names(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """A dictionary name inside a longer personal name is part of that name, not the actor it names.

    "Foreign Minister Thérèse Kayikwamba Wagner" is not the Wagner group, "Minister Wellington Koo" not New
    Zealand's capital, and "Hafez al-Assad" not Bashar al-Assad (another given name before the dictionary
    person's surname). A one-word match with capitalised name words around it becomes a person when the whole
    name is introduced as one (a title before it, a common given name first, an apposition or a reporting
    verb after it); a person's one-word alias after another given name is always a different person.
    """
    text = sent.text
    ms = sent.mentions
    for m in list(ms):
        # cheap test first: a capitalised word right before (or, for non-people, right after) the match
        b = m.start
        cap_left = b >= 2 and text[b - 1] == " " and text[text.rfind(" ", 0, b - 1) + 1 : b][:1].isupper()
        cap_right = (
            m.type != "person" and text[m.end : m.end + 1] == " " and text[m.end + 1 : m.end + 2].isupper()
        )
        if not (cap_left or cap_right) or m.group or " " in text[m.start : m.end]:
            continue
        if m.type != "person" and text[m.start : m.end] in lex.demonym_state:
            continue  # "Philippine Coast Guard", "Israel Katz": a state's name or adjective starts no person here
        lm = _LEFT_RUN_RE.search(text[max(0, m.start - 60) : m.start]) if cap_left else None
        left: list[str] = []
        for w in reversed(lm.group(1).split() if lm else []):  # the name words right before the match
            if (
                not _name_word(w, rules, lex) or w.lower() in rules.portfolio_words
            ):  # not "Secretary of State X"
                break
            left.insert(0, w)
        if not left and not cap_right:
            continue
        others = [(x.start, x.end) for x in ms if x is not m]
        s = m.start - sum(len(w) + 1 for w in left)
        if m.type == "person":
            label_words = m.label.split()
            if not left or left[0] == label_words[0] or left[-1] in label_words:
                if (
                    left
                    and all(w in label_words for w in left)
                    and not any(a < m.start and s < b for a, b in others)
                ):
                    m.start = m.name_start = s  # "Omar Touray" for "Omar Alieu Touray": the same person
                continue
            e = m.end
        else:
            rm = _RIGHT_RUN_RE.match(text[m.end : m.end + 40]) if cap_right else None
            right = rm.group(1).split() if rm else []
            while right and not _name_word(right[-1], rules, lex):
                right.pop()
            if any(not _name_word(w, rules, lex) for w in right):
                right = []
            if not left and not right:
                continue
            e = m.end + sum(len(w) + 1 for w in right)
            words = [*left, text[m.start : m.end], *right]
            if not (
                words[0] in rules.given
                or _title_before(text, s, rules, others) is not None
                or rules.apposition_re.match(text[e:])
                or rules.verbs_after_re.match(text[e:])
            ):
                continue
        if any(a < e and s < b for a, b in others):
            continue
        name = text[s:e]
        p = _Mention(s, e, "new:" + _slug(name), name, "person", "full_name", name_start=s)
        t0 = _title_before(text, s, rules, others)
        if t0 is not None:
            p.title = text[t0:s].rstrip(" ,")
            p.start = t0
        ms[ms.index(m)] = p
    ms.sort(key=_START)


def _title_org(sent: _Sentence, t0: int, name_start: int, rules: _Rules, lex: _Lexicon) -> int:
    """Split an organisation off the front of a title: "Gran Grif leader X", "Civil defence spokesman X".

    Returns the new start of the title; the organisation (capitalised words inside a sentence, or an
    institution phrase such as "civil defence" at its start) becomes its own mention.
    """
    text = sent.text
    toks = _tokens(text[t0:name_start])
    if len(toks) < 2 or not toks[0][2][:1].isupper():
        return t0
    # the head: the longest title head at the end of the title
    for k in range(min(4, len(toks)), 0, -1):
        head = " ".join(w for _, _, w in toks[-k:]).lower()
        if head in rules.heads:
            mods = toks[:-k]
            break
    else:
        return t0
    if not mods or any(w.endswith(".") or w.lower() in rules.heads for _, _, w in mods):
        return t0
    if head in rules.portfolio_heads or all(w.lower() in rules.portfolio_words for _, _, w in mods):
        if not any(w in lex.demonym_state for _, _, w in mods):
            return t0  # "Energy Minister X", "National Security Advisor X": a portfolio, not an organisation
    s, e = t0 + mods[0][0], t0 + mods[-1][1]
    if (
        len(mods) == 1 and mods[0][2] in rules.org_heads
    ):  # "ECOWAS Commission President X": the org's own body
        for x in sent.mentions:
            if x.end + 1 == s and text[x.end] == " " and x.type == "organization":
                x.end = e
                return t0 + toks[-k][0]
    phrase = _SPACES_RE.sub(" ", text[s:e])
    role = rules.institutions.get(phrase.lower())
    initial = s == 0 or not text[:s].strip() or text[:s].rstrip()[-1] in "“\"‘'(:"
    if role is not None:
        m = _Mention(s, e, "new:" + _slug(phrase), phrase, "organization", "institution", inst_role=role)
    elif not initial and all(w[:1].isupper() and w not in rules.not_names for _, _, w in mods):
        if mods[0][2] in lex.demonym_state:
            return t0
        m = _Mention(s, e, "new:" + _slug(phrase), phrase, "organization", "title_org")
    else:
        return t0
    sent.mentions.append(m)
    return t0 + toks[-k][0]


def _place_after(text: str, e: int, rules: _Rules) -> tuple[int, str] | None:
    """A place head or suffix right after a name ("Ramree Island", "Zamzam camp"): (end, kind) or None."""
    after = text[e : e + 30]
    m = _PLACE_HEAD_RE.match(after)
    if m and m.group(1) in rules.place_heads:
        return e + m.end(), "location"
    for rx, kind in ((rules.place_suffix_re, "location"), (rules.armed_suffix_re, "armed_group")):
        m2 = rx.match(after) if rx is not None else None
        if m2:
            return e + m2.end(), kind
    return None


def _find_people(
    sent: _Sentence,
    rules: _Rules,
    lex: _Lexicon,
    covered: list[tuple[int, int]],
    known: dict[str, _Mention | None],
) -> list[str]:
    """People and places not in the dictionary; returns the chunk keys looked up in ``known``."""
    text = sent.text
    keys: list[str] = []
    if "“" in text or '"' in text:
        _find_nicknamed(sent, rules, covered)
    for chunk in _name_chunks(text, rules, covered):
        s, e = chunk[0][0], chunk[-1][1]
        words = [w for _, _, w in chunk]
        if words[0] in lex.demonym_state or words[-1] in rules.org_heads:
            continue
        rule = None
        title_start = _title_before(text, s, rules, covered)
        while len(chunk) > 2 and words[0].lower() in rules.portfolio_words:
            t1 = _title_before(
                text, chunk[1][0], rules, covered
            )  # "Minister of National Defense Chen Wei-lun"
            if t1 is None:
                break
            chunk, words, title_start = chunk[1:], words[1:], t1
            s = chunk[0][0]
        key = " ".join(words)
        keys.append(key)
        src = known.get(key)
        if src is not None:  # the surname of a person named earlier in the article
            m = _surname_mention(src, text, s, e, title_start)
            sent.mentions.append(m)
            covered.append((m.start, e))
            continue
        if title_start is not None:
            title_start = _title_org(sent, title_start, s, rules, lex)
            rule = "title"
        elif (
            len(words) >= 2
            and text[s - 2 : s] == ", "
            and (text[e : e + 1] in (",", ";") or rules.verbs_after_re.match(text[e:]))
            and rules.pre_appos_re is not None
            and rules.pre_appos_re.search(text[max(0, s - 120) : s])
        ):
            rule = "apposition"  # "The UN special envoy for Syria, Geir Pedersen, said"
        elif _head_match(text[e : e + 60], rules):
            continue  # "Ti Makak leader Ronel Dorvil": the name before a title is split off with the title
        else:
            kind = _place_after(text, e, rules)
            place_ok = words[0] not in rules.given and not any(w in rules.not_place_names for w in words)
            if kind is None and len(words) == 1 and words[0] in rules.compass_words:
                place_ok = False  # "the South Caucasus" split, a bare "North": never an actor on its own
            if kind is None and place_ok:
                if _is_place(text, s, rules) or any(
                    x.is_place and _CONJ_GAP_RE.fullmatch(text[x.end : s])
                    for x in sent.mentions
                    if x.end <= s
                ):
                    kind = (e, "location")
            if kind is not None and (place_ok or kind[1] == "armed_group"):
                end, typ = kind
                for _, te, w in chunk[:-1]:  # "Medics at Al-Awda Hospital": the place starts after "at"
                    if w in _PREP_PARTICLES:
                        s = te + 1
                name = (
                    text[s:end]
                    if text[end - 1 : end].isupper() or text[e + 1 : e + 2].isupper()
                    else text[s:e]
                )
                sent.mentions.append(
                    _Mention(s, end, "new:" + _slug(name), name, typ, "place_form" if typ == "location" else "group_form",
                             is_place=typ == "location")
                )  # fmt: skip
                covered.append((s, end))
                continue
        if rule is not None:
            pass
        elif len(words) >= 2 and words[-1] in rules.name_heads and words[0] not in rules.given:
            pass  # "Dangote Cement said": a company or club, typed by toolkit.extract.actor_names
        elif rules.apposition_re.match(text[e:]):
            rule = "apposition"
        elif len(words) >= 2 and (
            rules.verbs_after_re.match(text[e:]) or rules.verbs_before_re.search(text[:s])
        ):
            rule = "name_verb"
        elif len(words) >= 2 and words[0] in rules.given:
            rule = "given_name"
        elif (
            len(words) >= 2
            and (
                text[s - 3 : s] in ("’s ", "'s ")
                or (text[s - 2 : s] in ("’ ", "' ") and text[s - 3 : s - 2] == "s")
            )
            and any(
                x.end in (s - 3, s - 2) and x.type in ("organization", "armed_group", "state")
                for x in sent.mentions
            )
        ):
            rule = "possessive"  # "Al Jazeera's Resul Serdar"
        if rule is None:
            sent.pending.append(_Pending(s, e, chunk))
            continue
        name = text[s:e]
        m = _Mention(s, e, "new:" + _slug(name), name, "person", rule, name_start=s)
        if title_start is not None:
            m.title = text[title_start:s].rstrip(" ,")
            m.start = title_start
        sent.mentions.append(m)
        covered.append((m.start, e))
    if sent.pending and (len(sent.pending) > 1 or _has_type(sent.mentions, "person")):
        _name_lists(sent, rules, lex)
    sent.mentions.sort(key=_START)
    return keys


_PLURAL_BEFORE_RE = re.compile(r"(\w+),\s$")


def _name_lists(sent: _Sentence, rules: _Rules, lex: _Lexicon) -> None:
    """ "the three women, Romi Gonen, Emily Damari and Doron Steinbrecher": names listed with a person, or
    listed after a plural noun for people ("the captives, X, Y and Z"), are people."""
    text = sent.text
    two = [p for p in sent.pending if len(p.tokens) >= 2 and p.tokens[0][2] not in lex.demonym_state]
    for p, q in itertools.pairwise(two):
        pm = _PLURAL_BEFORE_RE.search(text[max(0, p.start - 30) : p.start])
        noun = pm.group(1).lower() if pm else ""
        if (
            noun.endswith("s")
            and (noun[:-1] in rules.heads or noun in rules.role_nouns)
            and _CONJ_GAP_RE.fullmatch(text[p.end : q.start])
        ):
            name = text[p.start : p.end]
            sent.mentions.append(
                _Mention(
                    p.start, p.end, "new:" + _slug(name), name, "person", "name_list", name_start=p.start
                )
            )
            sent.pending.remove(p)
            break
    changed = True
    while changed and sent.pending:
        changed = False
        spans = [
            (x.name_start if x.name_start is not None else x.start, x.end)
            for x in sent.mentions
            if x.type == "person"
        ]
        for p in list(sent.pending):
            if len(p.tokens) < 2 or p.tokens[0][2] in lex.demonym_state:
                continue
            if any(
                (pe <= p.start and _CONJ_GAP_RE.fullmatch(text[pe : p.start]))
                or (ps >= p.end and _CONJ_GAP_RE.fullmatch(text[p.end : ps]))
                for ps, pe in spans
            ):
                name = text[p.start : p.end]
                sent.mentions.append(
                    _Mention(
                        p.start, p.end, "new:" + _slug(name), name, "person", "name_list", name_start=p.start
                    )
                )
                sent.pending.remove(p)
                changed = True


_NICK_RE = re.compile(rf"({_CAP})\s+[“\"]({_CAP}(?:\s+{_CAP})?)[”\"]\s+({_CAP}(?:\s+{_CAP})?)")


def _find_nicknamed(sent: _Sentence, rules: _Rules, covered: list[tuple[int, int]]) -> None:
    """ "Monel “Mikano” Felix", "Jimmy “Barbecue” Chérizier": a person with a nickname (label without it)."""
    text = sent.text
    for m in _NICK_RE.finditer(text):
        s, e = m.span()
        first, last = m.group(1), m.group(3)
        if (
            first in rules.not_names
            or first.lower() in rules.heads
            or any(a < e and s < b for a, b in covered)
        ):
            continue
        label = f"{first} {last}"
        men = _Mention(s, e, "new:" + _slug(label), label, "person", "nickname", name_start=s)
        t0 = _title_before(text, s, rules, covered)
        if t0 is not None:
            men.title = text[t0:s].rstrip(" ,")
            men.start = t0
        sent.mentions.append(men)
        covered.append((men.start, e))


_SURNAME_KEYS = cache.memo("actors.surname_keys", 65_536)


def _surname_keys(name: str, particles: frozenset[str]) -> tuple[str, ...]:
    """:func:`_surname_keys_of`, memoised (a pure function of its arguments)."""
    key = (name, particles)
    keys = _SURNAME_KEYS.get(key)
    if keys is None:
        keys = _SURNAME_KEYS.put(key, tuple(_surname_keys_of(name, particles)))
    return keys  # type: ignore[no-any-return]


def _surname_keys_of(name: str, particles: frozenset[str]) -> list[str]:
    words = name.split()
    if len(words) < 2:
        return []
    keys = [words[-1]]
    if len(words) == 2 and _HYPHEN_GIVEN_RE.fullmatch(words[1]):
        keys.append(words[0])  # "Lai Ching-te", "Chen Wei-lun": the family name comes first
    if len(words) >= 3 and (words[-2] in particles or words[-2].lower() in particles):
        keys.append(" ".join(words[-2:]))
    last = words[-1]
    m = _ARABIC_ARTICLE_RE.match(last)
    if m:
        keys.append(m.group(1))
    return keys


def _register_surnames(sent: _Sentence, rules: _Rules, known: dict[str, _Mention | None]) -> None:
    """Add the surnames of the people named in ``sent`` to ``known`` (None marks an ambiguous key)."""
    for m in sent.mentions:
        if m.type != "person" or m.rule == "surname":
            continue
        name = sent.text[m.name_start if m.name_start is not None else m.start : m.end]
        for key in (*_surname_keys(name, rules.particles), *_surname_keys(m.label, rules.particles)):
            if key in known and (known[key] is None or known[key].actor_id != m.actor_id):  # type: ignore[union-attr]
                known[key] = None
            else:
                known[key] = m


def _surname_tail(words: list[str], keys: dict[str, str]) -> tuple[int, str] | None:
    """The longest tail of ``words`` that is a known surname: (its length, the person's id), or None."""
    for n in range(len(words), 0, -1):
        tail = " ".join(words[-n:])
        if tail in keys:
            return n, keys[tail]
    return None


def _resolve_surnames(sents: list[_Sentence], rules: _Rules, lex: _Lexicon) -> None:
    """Within one article: a pending capitalised word equal to a known person's surname is that person.

    A pending name whose given name is another ("Romi Gonen" after "Meirav Leshem Gonen") is another person of
    that family; a pending first name alone ("Romi's mother") is the one person found in the article with it.
    """
    if not any(sent.pending for sent in sents):
        return
    owners: dict[str, set[str]] = {}
    info: dict[str, _Mention] = {}
    for sent in sents:
        for m in sent.mentions:
            if m.type != "person":
                continue
            name = sent.text[m.name_start if m.name_start is not None else m.start : m.end]
            for key in (*_surname_keys(name, rules.particles), *_surname_keys(m.label, rules.particles)):
                owners.setdefault(key, set()).add(m.actor_id)
                info.setdefault(m.actor_id, m)
    keys = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    grown: set[int] = set()  # the sentences (ids) given a mention, sorted at the end
    if keys:
        for sent in sents:
            for p in [p for p in sent.pending if len(p.tokens) > 1]:
                words = [w for _, _, w in p.tokens]
                hit = _surname_tail(words, keys)
                if hit is None or hit[0] == len(words):
                    continue
                if set(words[: len(words) - hit[0]]) <= set(info[hit[1]].label.split()):
                    continue
                name = sent.text[p.start : p.end]
                m = _Mention(
                    p.start, p.end, "new:" + _slug(name), name, "person", "family_name", name_start=p.start
                )
                sent.mentions.append(m)
                sent.pending.remove(p)
                info.setdefault(m.actor_id, m)
                grown.add(id(sent))
    firsts: dict[str, set[str]] = {}
    for aid, m in info.items():
        parts = m.label.split()
        if aid.startswith("new:") and len(parts) >= 2 and parts[0] not in rules.particles:
            firsts.setdefault(parts[0], set()).add(aid)
    if not keys and not firsts:
        return
    for sent in sents:
        for p in sent.pending:
            words = [w for _, _, w in p.tokens]
            hit = _surname_tail(words, keys)
            if hit is not None:
                n, actor = hit
                s = (
                    p.start if n < len(words) else p.tokens[-n][0]
                )  # "Meirav Leshem Gonen" before the full name
                e = p.end
            elif len(words) == 1 and len(firsts.get(words[0], ())) == 1:
                s, e, actor = p.start, p.end, next(iter(firsts[words[0]]))
            else:
                continue
            src = info[actor]
            title_start = _title_before(sent.text, s, rules, [(x.start, x.end) for x in sent.mentions])
            m = _surname_mention(src, sent.text, s, e, title_start)
            if all(m.end <= x.start or m.start >= x.end for x in sent.mentions):
                sent.mentions.append(m)
                grown.add(id(sent))
        if id(sent) in grown:
            sent.mentions.sort(key=_START)


def _surname_mention(src: _Mention, text: str, s: int, e: int, title_start: int | None) -> _Mention:
    """A later mention of the person ``src`` by surname at ``s:e``, with its title (``army chief``) if any."""
    m = _Mention(
        s, e, src.actor_id, src.label, "person", "surname",
        affiliation=src.affiliation, role=src.role, name_start=s,
    )  # fmt: skip
    if title_start is not None:
        m.title = text[title_start:s].rstrip(" ,")
        m.start = title_start
    return m


_HYPHEN_GIVEN_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")
_ACRONYM_RE = re.compile(r"^\s*\(([A-Z][A-Z0-9&]{1,7})\)")
_PREP_PARTICLES = frozenset({"at", "in", "to", "from"})
_RUN_RE = re.compile(r"^-(?:run|led|controlled|ruled|held)\b")
_IN_RE = re.compile(r"^\s+in\s+(?:the\s+)?$")


def _article_state(sents: list[_Sentence], lex: _Lexicon) -> str | None:
    """The state an article is mostly about: the most frequent state among its mentions (first wins a tie).

    A place counts twice: a story told from Taipei names Taiwan's places and China as an actor, so "the
    Presidential Office" there is Taiwan's.
    """
    counts: dict[str, int] = {}
    for sent in sents:
        for m in sent.mentions:
            if m.type != "person" and not m.group:
                st = lex.state_of.get(m.actor_id)
                if st is not None:
                    counts[st] = counts.get(st, 0) + (2 if m.is_place else 1)
    return max(counts, key=lambda k: counts[k]) if counts else None


def _institution_pre(text: str, start: int, rules: _Rules) -> re.Match[str] | None:
    """``rules.institution_pre_re.search(text[max(0, start - 30) : start])``, memoised per window (the window
    before an institution repeats: "according to the", "while the")."""
    window = text[max(0, start - 30) : start]
    found = rules.inst_pre.get(window, cache.MISSING)  # read once: another thread may evict it
    if found is cache.MISSING:
        found = rules.inst_pre.put(window, rules.institution_pre_re.search(window))  # type: ignore[union-attr]
    return found  # type: ignore[no-any-return]


def _find_institutions(sents: list[_Sentence], rules: _Rules, lex: _Lexicon, flags: list[bool]) -> None:
    """Lower-case institutions ("the health ministry", "the Houthi-run health ministry") resolved in context.

    The owner is, in order: the actor before "-run"/"-led"; a state or capital right after "in"; the
    nearest state, place or institution before it in the sentence; the article's main state. The mention
    is the owner's institution for that role when the dictionary has one (``stands_for``), else the owner
    with the role (rule ``institution``); with no owner it keeps a ``new:`` id.
    """
    main: str | None = ""  # the article's state, computed when first needed
    rx, pre_rx = rules.institution_re, rules.institution_pre_re
    if rx is None or pre_rx is None:
        return
    for sent, flag in zip(sents, flags, strict=True):
        text = sent.text
        if flag:
            for hit in rx.finditer(text):
                s, e = hit.span()
                if any(x.start < e and s < x.end for x in sent.mentions):
                    continue
                if not _institution_pre(text, s, rules):
                    continue
                phrase = hit.group()
                sent.mentions.append(
                    _Mention(s, e, "new:" + _slug(phrase), phrase, "organization", "institution",
                             inst_role=rules.institutions[phrase])
                )  # fmt: skip
            sent.mentions.sort(key=_START)
        for i, m in enumerate(sent.mentions):
            if m.inst_role is None:
                continue
            owner = None
            pm = _institution_pre(text, m.start, rules)
            prev = [x for x in sent.mentions[:i] if x.type != "person" and not x.group]
            if pm and pm.group("run") and prev and text[prev[-1].end : m.start].startswith("-"):
                owner = prev[-1].actor_id  # "the Houthi-run health ministry"
            if owner is None and i + 1 < len(sent.mentions):
                nx = sent.mentions[i + 1]
                if _IN_RE.match(text[m.end : nx.start]) and nx.actor_id in lex.state_of:
                    # "the interior ministry in Damascus", "the health ministry in the Hamas-run territory"
                    run = _RUN_RE.match(text[nx.end : nx.end + 16])
                    owner = nx.actor_id if run else lex.state_of[nx.actor_id]
            if owner is None:
                for x in reversed(prev):
                    if x.actor_id in lex.state_of:
                        owner = lex.state_of[x.actor_id]
                        break
            if owner is None and main == "":
                main = _article_state(sents, lex)
            owner = owner or main
            if owner is None or owner not in lex.actors:
                continue
            inst = lex.institutions.get((owner, m.inst_role)) or lex.institutions.get(
                (lex.state_of.get(owner, owner), m.inst_role)
            )
            a = lex.actors[inst or owner]
            m.actor_id, m.label, m.type = a["actor_id"], a["label"], a["type"]
            if inst is None and a["type"] not in ("state", "organization"):
                m.type = "organization"  # the Houthis' health ministry is an organisation of an armed group
            m.affiliation = a["affiliation"] if inst else owner
            m.role = m.inst_role


def _find_acronyms(sents: list[_Sentence], lex: _Lexicon) -> None:
    """ "Arakan Army (AA)": the bracketed acronym and its later uses in the article are that actor."""
    defs: dict[str, _Mention] = {}
    for sent in sents:
        for m in sent.mentions:
            if (m.type in ("person", "state", "location") and m.rule != "org_state") or m.group:
                continue
            am = _ACRONYM_RE.match(sent.text[m.end : m.end + 14])
            if am and am.group(1) not in lex.actors and am.group(1) not in defs:
                defs[am.group(1)] = m
    if not defs:
        return
    rx = re.compile(rf"(?<![\w-])(?:{_alt(defs)})(?![\w-])")
    for sent in sents:
        added = False
        for hit in rx.finditer(sent.text):
            s, e = hit.span()
            if any(x.start < e and s < x.end for x in sent.mentions):
                continue
            src = defs[hit.group()]
            sent.mentions.append(
                _Mention(
                    s,
                    e,
                    src.actor_id,
                    src.label,
                    src.type,
                    "acronym",
                    affiliation=src.affiliation,
                    role=src.role,
                )
            )
            added = True
        if added:
            sent.mentions.sort(key=_START)


_Spans = tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]  # the kept matches of a text: starts, ends, aliases


def _sentence_rules(
    i: int,
    text: str,
    spans: _Spans | None,
    rules: _Rules,
    lex: _Lexicon,
    alias_info: dict[str, tuple[str, str, str | None]],
    has_org: bool,
    known: dict[str, _Mention | None],
    *,
    discover: bool,
    bare_demonyms: bool,
    absorb: bool = True,
) -> tuple[_Sentence, list[str] | None]:
    """The rules of one sentence: dictionary matches in context, organisations, titles, people and places.

    ``spans``: the sentence's dictionary matches that :func:`_greedy` keeps, in order, as three lists (starts,
    ends and aliases), or None.

    Returns the sentence and the name chunks looked up among the article's known surnames (``[]`` when
    ``discover`` is off).
    """
    sent = _Sentence(i, text)
    if spans:  # sentences without dictionary matches skip the rules that work on matches
        margs = lex.mention_args  # per alias: the fields of its mention after start and end
        sent.mentions = [_Mention(s, e, *margs[alias]) for s, e, alias in zip(*spans, strict=True)]
        if absorb:
            _absorb_in_names(sent, rules, lex)
        _contextualise(sent, rules, lex)
    if discover and has_org:
        _find_orgs(sent, rules, lex, [(m.start, m.end) for m in sent.mentions])
    if discover and " (" in text:
        _find_acronym_names(sent, rules, lex)
    if _has_type(sent.mentions, "person"):
        _attach_titles(sent, rules, lex, [(m.start, m.end) for m in sent.mentions])
    keys: list[str] = []
    if discover:
        keys = _find_people(sent, rules, lex, [(m.start, m.end) for m in sent.mentions], known)
    if not bare_demonyms:
        sent.mentions = [m for m in sent.mentions if m.rule != "demonym"]
    return sent, keys


# --------------------------------------------------------------------------- main entry

# Cross-call memos of the per-text work (a batch need not re-read sentences an earlier batch of the same
# process read), scoped to the rule set in use (toolkit.core.cache.scoped: an edited dictionary or rule file gives a
# new rule set, with empty memos): the dictionary matches of each text, and per (discover, bare_demonyms) the
# sentence rules' result (mentions, pending names, name keys) for texts whose result does not depend on the
# article's known surnames. Bounded, safe under threads: each value is read once (Memo.get) into this call's
# own tables, so an eviction by another thread (or a full memo) only costs a recomputation.
_MEMO_SIZE = 50_000  # texts per memo (some tens of MB); the oldest eighth is dropped when full
_WORD_MEMO_SIZE = 500_000  # capitalised words (rules.word_ok)
_NO_MATCH: tuple[Any, ...] = ((), (), (), False)  # a text's matches: starts, ends, aliases, next to a capital


@dataclass(frozen=True, eq=False)
class _RuleSet:
    """What :func:`find_mentions` reads with one dictionary: its alias table and the rules (the owner of the
    per-text memos)."""

    lex: _Lexicon
    rules: _Rules


def _rule_set(dictionary: str | Path | None) -> _RuleSet:
    """The rule set for ``dictionary``, built once per version of every file it is read from."""
    user = None if dictionary is None else str(Path(dictionary).resolve())
    files = (*_dictionary_files(user), data_path(PACKAGED_RULES), data_path(PACKAGED_GIVEN_NAMES),
             data_path(PACKAGED_GENERAL))  # fmt: skip
    return cache.load("actors.rule_set", files, lambda: _RuleSet(_lexicon(user), _rules()))


_MENTION_FIELDS = operator.attrgetter(*_Mention.__slots__)
_Packed = tuple[Any, ...]  # (name keys, pending names, *mentions): see _pack


def _pack(mentions: Iterable[_Mention], pending: Iterable[_Pending], keys: Iterable[str]) -> _Packed:
    """A sentence result as the memos hold it: ``(name keys, pending names, *the fields of each mention)``,
    the pending names flat: ``(start, end, number of tokens, *each token's start, end and word, ...)``.

    Tuples of numbers and strings only, nested as little as may be: the garbage collector stops tracking
    such tuples after a collection or two (memos of objects made every full collection walk tens of
    thousands of them: about a quarter of find_mentions' time on a call of 17,000 sentences).
    """
    flat: list[Any] = []
    for p in pending:
        flat += (p.start, p.end, len(p.tokens))
        for tok in p.tokens:
            flat += tok
    return (tuple(keys), tuple(flat), *[_MENTION_FIELDS(m) for m in mentions])


def _unpack_pending(flat: tuple[Any, ...]) -> list[_Pending]:
    """The pending names :func:`_pack` flattened, as new objects."""
    out = []
    i = 0
    while i < len(flat):
        start, end, n = flat[i : i + 3]
        i += 3
        out.append(_Pending(start, end, [flat[i + 3 * k : i + 3 * k + 3] for k in range(n)]))
        i += 3 * n
    return out


_OUT_FIELDS = operator.attrgetter("start", "end", "actor_id", "label", "type", "is_place", "rule", "affiliation", "role", "title")


def find_mentions(
    sentences: pl.DataFrame,
    *,
    dictionary: str | Path | None = None,
    discover: bool = True,
    bare_demonyms: bool = True,
    groups: bool = False,
) -> pl.DataFrame:
    """Mentions of actors in ``sentences``: the ``mentions`` table.

    ``dictionary``: your actor file (YAML or CSV, see :func:`load_actors`), added to the packaged one.
    ``discover``: also find actors not in the dictionary (people introduced by a title, an apposition,
    a reporting verb or a given name; organisations by their form), with ids ``new:<slug>``.
    ``bare_demonyms``: keep adjectives without a role noun ("Israeli bombardment") as mentions of the state
    (rule ``demonym``); with ``False`` only "Israeli officials"-style phrases count.
    ``groups``: keep groups of people named by a demonym ("Palestinian prisoners", "Syrian refugees",
    "Yemenis") as mentions of type ``group`` affiliated to the state; by default they are not mentions (they
    are not the state acting).

    Speed: each distinct sentence text is matched and read once per call, and once per process while the
    memos of the rule set in use hold it (bounded and shared by threads, see :mod:`toolkit.core.cache`;
    ``toolkit.core.cache.clear_all()`` empties them); the output is the same either way. The dictionary and rule
    files are read again when one of them was edited since the last call.

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> s = split_sentences(read_articles(["Resident Nabil Abu Thabet told AFP. Abu Thabet fled to Egypt."]).articles)
    >>> find_mentions(s).select("surface", "actor_id", "rule").rows()
    [('Resident Nabil Abu Thabet', 'new:nabil-abu-thabet', 'title'), ('AFP', 'AFP', 'alias'), ('Abu Thabet', 'new:nabil-abu-thabet', 'surname'), ('Egypt', 'EGY', 'alias')]
    """
    require_columns(
        sentences, ["article_id", "paragraph_id", "sentence_id", "char_start", "text"], what="find_mentions"
    )
    if sentences.height == 0:
        return empty("mentions")
    rule_set = _rule_set(dictionary)
    lex, rules = rule_set.lex, rule_set.rules
    sents = sentences.select("article_id", "paragraph_id", "sentence_id", "char_start", "text")
    alias_info = lex.info
    texts = [t or "" for t in sents["text"].to_list()]
    # the dictionary matches of each distinct text (a pure function of the text): read once per text, and
    # once per process while the rule set's memo holds them; this call reads them from its own table
    memo = cache.scoped("actors.matches", rule_set, _MEMO_SIZE)
    results = cache.scoped(f"actors.results.{discover:d}{bare_demonyms:d}", rule_set, _MEMO_SIZE)
    matched: dict[str, tuple[Any, ...]] = {}  # this call's: per text, its matches (_NO_MATCH: none)
    new_texts = []
    get = memo.get
    for t in dict.fromkeys(texts):
        found = get(t)
        if found is None:
            new_texts.append(t)
        else:
            matched[t] = found
    if new_texts:
        hits = _dictionary_matches(
            pl.DataFrame({"text": new_texts}, schema={"text": pl.String}), lex, rules.alias_compounds
        )
        # per text: its matches that do not overlap a longer one (_greedy), and whether one is next to a
        # capitalised word (see _absorb_in_names); sorted and checked for overlaps in polars, so Python only
        # zips columns and runs _greedy on the few texts whose matches overlap
        h = hits.sort("row", "start", maintain_order=True).with_columns(
            overlap=(pl.col("row").shift(1) == pl.col("row")) & (pl.col("end").shift(1) > pl.col("start"))
        )
        g = h.group_by("row", maintain_order=True).agg(pl.len(), pl.col("cap").any(), pl.col("overlap").any())
        # flat columns sliced per text into tuples of numbers and strings, which the garbage collector stops
        # tracking (the memo holds many; a list per text and column made its full collections slow)
        starts, ends, aliases = (h[c].to_list() for c in ("start", "end", "alias"))
        zero = itertools.repeat(0)
        a = 0
        for row, n, cap, overlap in zip(*(g[c].to_list() for c in ("row", "len", "cap", "overlap")), strict=True):
            b = a + n
            kept: _Spans
            if overlap:
                best = _greedy(list(zip(starts[a:b], ends[a:b], zero, aliases[a:b], strict=False)))
                kept = (tuple([k[0] for k in best]), tuple([k[1] for k in best]), tuple([k[3] for k in best]))
            else:
                kept = (tuple(starts[a:b]), tuple(ends[a:b]), tuple(aliases[a:b]))
            matched[new_texts[row]] = (*kept, cap)
            a = b
        for t in new_texts:
            memo.put(t, matched.setdefault(t, _NO_MATCH))
    art_ids = sents["article_id"].to_list()
    # vectorised pre-filter: only sentences with an organisation head word go through the org rule
    has_org = sents["text"].str.contains(rf"\b(?:{_alt(rules.org_heads)})\b").fill_null(False).to_list()
    has_inst = sents["text"].str.contains(rf"\b(?:{_alt(rules.institutions)})\b").fill_null(False).to_list()
    from toolkit.extract import (
        actor_names,  # the general-news step (it imports this module's mention classes)
    )

    general = actor_names.general_rules()
    has_acr = actor_names.acronym_flags(sents["text"], lex, general)  # sentences that may hold a new acronym
    # per mention: its sentence's row and the fields written, appended as each article is finished (tuples of
    # numbers and strings, which the garbage collector stops tracking: the call keeps no objects per mention)
    out_rows: list[tuple[Any, ...]] = []
    article: list[_Sentence] = []
    known: dict[str, _Mention | None] = {}

    def finish(article: list[_Sentence]) -> None:
        first = article[0].row
        actor_names.resolve_short_aliases(article, rules, lex, general)
        if discover:
            _resolve_surnames(article, rules, lex)
            _find_acronyms(article, lex)
            actor_names.discover_names(article, rules, lex, general, has_acr[first : first + len(article)])
        flags = has_inst[first : first + len(article)]
        if any(flags) or any(m.inst_role for sent in article for m in sent.mentions):
            _find_institutions(article, rules, lex, flags)
        if not groups:
            for sent in article:
                for m in sent.mentions:
                    if m.group:
                        sent.mentions = [x for x in sent.mentions if not x.group]
                        break
        for sent in article:
            row = sent.row
            for m in sent.mentions:
                out_rows.append((row, *_OUT_FIELDS(m)))

    # The sentence rules depend on the sentence's text only, except for surnames named earlier in the
    # article (``known``): a text seen before whose name chunks hit no known surname reuses that result.
    cache_: dict[str, _Packed] = {}
    for i, text in enumerate(texts):
        if article and art_ids[i] != art_ids[i - 1]:
            finish(article)
            article = []
            known = {}
        hit = cache_.get(text)
        if hit is None:
            hit = results.get(text)  # read once: another thread may evict it
            if hit is not None:  # read by an earlier call
                cache_[text] = hit
        if hit is not None and (not known or not hit[0] or all(known.get(k) is None for k in hit[0])):
            # new objects: the article rules edit mentions and remove names from the pending list (a shared
            # list leaked those removals into later articles, so output depended on article order)
            sent = _Sentence(i, text, [_Mention(*f) for f in hit[2:]], _unpack_pending(hit[1]) if hit[1] else [])
        else:
            found = matched[text]
            spans = found[:3] if found[0] else None
            cap = found[3]
            sent, keys = _sentence_rules(i, text, spans, rules, lex, alias_info, has_org[i], known,
                                         discover=discover, bare_demonyms=bare_demonyms,
                                         absorb=discover and cap)  # fmt: skip
            if keys is not None and (not known or not keys or all(known.get(k) is None for k in keys)):
                packed = cache_[text] = _pack(sent.mentions, sent.pending, keys)  # before the article rules edit it
                results.put(text, packed)
        if discover and sent.mentions:
            _register_surnames(sent, rules, known)
        article.append(sent)
    if article:
        finish(article)

    if not out_rows:
        return empty("mentions")
    df = pl.DataFrame(
        out_rows,
        orient="row",
        schema={
            "row": pl.UInt32, "s": pl.Int64, "e": pl.Int64, "actor_id": pl.String, "actor_label": pl.String,
            "actor_type": pl.String, "is_place": pl.Boolean, "rule": pl.String, "affiliation": pl.String,
            "role": pl.String, "title": pl.String,
        },
    )  # fmt: skip
    base = sents.with_row_index("row")
    df = (
        df.join(base, on="row", how="left")
        .with_columns(
            surface=pl.col("text").str.slice(pl.col("s"), pl.col("e") - pl.col("s")),
            char_start=pl.col("char_start") + pl.col("s"),
            char_end=pl.col("char_start") + pl.col("e"),
            dictionary=pl.lit(f"{lex.name}; rules {rules.version}"),
        )
        .sort("row", "s")
    )
    return conform(df, "mentions")

