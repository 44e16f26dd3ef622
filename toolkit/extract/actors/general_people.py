"""People and non-actors of general news by their article (issue 19, fourth round): steps of
:func:`toolkit.extract.actors.find_mentions` that run once per article, after the name discovery and
:mod:`toolkit.extract.actors.general_types`.

Tables in: the sentences of one article with the mentions the earlier rules found. Tables out: the same mentions,
some re-linked, retyped or dropped, and a few new ones:

* ``suffix_name``: a person read as a title then a name suffix ("King Jr.": "King" is a title head) is the whole
  name before the suffix ("Martin Luther King Jr.", id ``new:martin-luther-king-jr``): a suffix is never a name
  on its own, and the words before it that another rule typed ("Martin Luther") join the person.
* partial names join the full name: a discovered person whose words are a prefix or a part of exactly one longer
  person name of the same article ("John Luk", "Luk" -> "John Luk Jok") takes that person's id, also when the
  short form comes first (a headline); a one-word name typed ``other`` does so too.
* one person, one type: a discovered name typed ``person`` anywhere in the article (by "he"/"she" after it, an
  apposition with a human noun: ", his ex-wife", ", a spokeswoman") is a person in all its mentions; a
  capitalised word left untyped (a sentence's first word, a headline's word) that is such a one-word person, or a
  surname of a person named in full, is a mention of that person (rule ``surname``).
* works, vehicles, shows and competitions are no actors: a discovered name whose last word is a head of
  ``work_heads`` or ``event_heads`` ("Harbour Cup", "Golden Quill Award", "Morning Brew Show") or whose first
  words are of ``work_first`` ("Space Shuttle Endeavour") is dropped (``data/actors_general.yaml``). An actor of
  the dictionary is never dropped: a "Cup" that acts is an entry there.

>>> from toolkit.extract.actors import find_mentions
>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> text = "Luk wins appeal\\n\\nA court cleared John Luk Jok on Tuesday. John Luk thanked his lawyers."
>>> find_mentions(split_sentences(read_articles([text]).articles)).select("surface", "actor_id").rows()
[('Luk', 'new:john-luk-jok'), ('John Luk Jok', 'new:john-luk-jok'), ('John Luk', 'new:john-luk-jok')]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml
from toolkit.extract.actors.mentions import _START, _Mention, _Sentence
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.words import _STOP, NAME_SUFFIXES, _slug

_NAME = r"(?:Mc|Mac|O[’'])?[A-ZÀ-Þ][a-zà-ÿ]+(?:[’'-][A-Za-z][a-zà-ÿ]+)?"
_RUN_BEFORE = re.compile(rf"(?<![\w’'-])(?:{_NAME}\s+)+$")
_POSSESSIVE = re.compile(r"[’']s$")
_SUFFIX_IN = re.compile(rf"\b(?:{'|'.join(sorted(NAME_SUFFIXES))})\b")
_QUOTES = re.compile(r"[“”\"]")
# rules that type a name by its own words or by the dictionary: such a mention is never dropped as a work
_KEEP_RULES = frozenset(
    {"alias", "title", "apposition", "org_state", "org_form", "demonym", "demonym_role", "capital"}
)
_SOFT = frozenset({"other", "person", "organization"})
_LINKABLE_RULES = frozenset({"name_word", "name_other", "surname", "given_name", "name_verb", "name_form"})


@dataclass(frozen=True, eq=False)
class PeopleRules:
    """The words of ``data/actors_general.yaml`` read by this module (see :func:`people_rules`)."""

    work_heads: frozenset[str]  # last words of the names of works, vehicles, shows, prizes and competitions
    work_first: tuple[str, ...]  # first words of such names ("Space Shuttle", "Typhoon")


def people_rules() -> PeopleRules:
    """The rules of this module, built once per version of ``data/actors_general.yaml``."""
    path = data_path("actors_general.yaml")
    return cache.load("actors.general_people", (path,), lambda: _build(path))


def _build(path: Any) -> PeopleRules:
    doc = load_yaml(path)
    heads = [*(doc.get("work_heads") or ()), *(doc.get("event_heads") or ())]
    first = [*(doc.get("work_first") or ()), *(doc.get("not_name_first") or ())]
    return PeopleRules(frozenset(str(h) for h in heads), tuple(str(f) + " " for f in first))


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() or word


@functools.lru_cache(maxsize=1 << 16)
def _name_words(text: str) -> tuple[str, ...]:
    """The words of a name without a possessive, a name suffix or diacritics ("Brudziński's" -> "Brudzinski")."""
    words = [_plain(_POSSESSIVE.sub("", w).rstrip(",.")) for w in text.split()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return tuple(w for w in words if w)


def suffix_names(sent: _Sentence, rules: _Rules) -> None:
    """ "Martin Luther King Jr.": a person whose name is only a suffix ("King" read as its title) becomes the
    capitalised name before the suffix, over any mention there (see the module docstring)."""
    text = sent.text
    for m in list(sent.mentions):
        if m.type != "person" or not m.actor_id.startswith("new:"):
            continue
        ns = m.name_start if m.name_start is not None else m.start
        if text[ns : m.end].rstrip(".") not in NAME_SUFFIXES:
            continue
        run = _RUN_BEFORE.search(text, max(0, ns - 80), ns)
        if run is None:
            continue
        words = text[run.start() : ns].split()
        s = run.start()
        while words and (words[0].lower() in _STOP or words[0].lower() in rules.heads) and len(words) > 2:
            s = text.index(words[1], s + len(words[0]))
            words.pop(0)
        if len(words) < 2:
            continue
        name = text[s : m.end]
        title = None
        if m.start < s:
            t = text[m.start : s].strip(" ,")
            if t and t.split()[-1].lower() in rules.heads:
                title = t
        new = _Mention(
            m.start if title else s, m.end, "new:" + _slug(name), name, "person", "suffix_name", title=title,
            name_start=s,
        )  # fmt: skip
        sent.mentions = [
            x for x in sent.mentions if x is not m and not (x.start < new.end and new.start < x.end)
        ]
        sent.mentions.append(new)
        sent.mentions.sort(key=_START)


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


def join_partial_names(article: list[_Sentence]) -> None:
    """Give a discovered name the id of the one longer person name of the article that holds its words ("John
    Luk", "Luk" -> "John Luk Jok"); a name two people could own keeps its own id."""
    names: dict[str, tuple[str, ...]] = {}  # actor id -> its longest name in the article
    people: dict[str, _Mention] = {}
    nicknamed: set[str] = (
        set()
    )  # introduced with a nickname ('Joaquin "El Chapo" Guzman'): a person of its own
    for sent in article:
        for m in sent.mentions:
            if m.type not in ("person", "other") or m.is_place:
                continue
            if m.actor_id.startswith("new:") and m.rule not in _LINKABLE_RULES and m.type != "person":
                continue
            ns = m.name_start if m.name_start is not None else m.start
            if _QUOTES.search(sent.text, ns, m.end) is not None:
                nicknamed.add(m.actor_id)
            words = _name_words(sent.text[ns : m.end])
            if not words or not all(w[:1].isupper() for w in words):
                continue
            if len(words) > len(names.get(m.actor_id, ())):
                names[m.actor_id] = words
            if m.type == "person":
                people.setdefault(m.actor_id, m)
    if len(people) < 1 or len(names) < 2:
        return
    remap: dict[str, str] = {}
    for aid, words in names.items():
        if not aid.startswith("new:") or aid in nicknamed:
            continue
        cands = [
            b
            for b, bw in names.items()
            if b != aid and b in people and len(bw) > len(words) and _contains(bw, words)
        ]
        if not cands:
            continue
        top = max(cands, key=lambda b: len(names[b]))
        if all(b == top or _contains(names[top], names[b]) for b in cands):
            remap[aid] = top
    if not remap:
        return
    for sent in article:
        for m in sent.mentions:
            target = remap.get(m.actor_id)
            if target is None:
                continue
            src = people[target]
            m.actor_id, m.label, m.type, m.affiliation, m.role = (
                src.actor_id,
                src.label,
                "person",
                src.affiliation,
                src.role,
            )
            if m.rule == "name_word":
                m.rule = "surname"


def one_person_one_type(article: list[_Sentence]) -> None:
    """A discovered name typed ``person`` in one mention is a person in all its mentions; a capitalised word that
    no rule typed and that is a one-word person of the article, or the last word of a person named in full, is a
    mention of that person (see the module docstring)."""
    persons: dict[str, _Mention] = {}
    keys: dict[str, _Mention | None] = {}
    for sent in article:
        for m in sent.mentions:
            if m.type != "person":
                continue
            if m.actor_id.startswith("new:"):
                persons.setdefault(m.actor_id, m)
            ns = m.name_start if m.name_start is not None else m.start
            words = _name_words(sent.text[ns : m.end])
            if not words:
                continue
            k = words[-1]
            old = keys.get(k, m)
            keys[k] = m if old is not None and old.actor_id == m.actor_id else None
    if not persons and not keys:
        return
    for sent in article:
        for m in sent.mentions:
            if m.type == "other" and m.actor_id in persons and not m.is_place:
                m.type = "person"
        if not sent.pending or not keys:
            continue
        added = False
        for p in list(sent.pending):
            if len(p.tokens) != 1:
                continue
            w = p.tokens[0][2]
            src = keys.get(_plain(_POSSESSIVE.sub("", w)))
            if src is None or any(x.start < p.end and p.start < x.end for x in sent.mentions):
                continue
            sent.mentions.append(
                _Mention(p.start, p.end, src.actor_id, src.label, "person", "surname", name_start=p.start,
                         affiliation=src.affiliation, role=src.role)
            )  # fmt: skip
            sent.pending.remove(p)
            added = True
        if added:
            sent.mentions.sort(key=_START)


def _is_work(text: str, m: _Mention, r: PeopleRules) -> bool:
    if not m.actor_id.startswith("new:") or m.type not in _SOFT or m.rule in _KEEP_RULES:
        return False
    name = text[m.start : m.end]
    return " " in name and (name.rsplit(None, 1)[-1] in r.work_heads or name.startswith(r.work_first))


def drop_works(article: list[_Sentence], r: PeopleRules) -> None:
    """Drop discovered names of works, vehicles, shows, prizes and competitions ("Harbour Cup", "Space Shuttle
    Endeavour"); actors of the dictionary stay."""
    for sent in article:
        text = sent.text
        for m in sent.mentions:
            if _is_work(text, m, r):
                sent.mentions = [x for x in sent.mentions if not _is_work(text, x, r)]
                break


def link_people(article: list[_Sentence], rules: _Rules, r: PeopleRules) -> None:
    """The steps of this module, in order (see the module docstring)."""
    for sent in article:
        t = sent.text
        if sent.mentions and ("Jr" in t or "Sr" in t or "I" in t) and _SUFFIX_IN.search(t) is not None:
            suffix_names(sent, rules)
    drop_works(article, r)
    join_partial_names(article)
    one_person_one_type(article)
