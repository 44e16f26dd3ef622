"""Typing the names of general news by their article (issue 19, third round): steps of
:func:`toolkit.extract.actors.find_mentions` that run once per article, after the name discovery and the
institution rules.

Tables in: the sentences of one article with the mentions the earlier rules found. Tables out: the same mentions,
some joined, retyped, re-linked or dropped:

* ``acronym_other`` joined: two discovered all-caps words written with a hyphen ("ABS-CBN", "RTL-TVI") are one
  name, not two acronyms. Dictionary actors stay apart ("US-China talks"); codes with digits ("REGN-EB3", a
  drug) are no name.
* ``org_context``: a discovered name is an organisation, in every sentence of the article, when a lower-case
  organisation noun stands right before one of its mentions ("broadcast corporation Northwind", "the wrestling
  promotion Kestrel Ring Stars", ``org_nouns_before``), when a company legal form or head follows one of its
  mentions ("Northwind Corporation"), when a mention of two or more words is followed by its own one-word short
  form in brackets ("Kestrel Ring Stars (Stars)": people are not given bracketed short forms) or when a
  capitalised "The" starts it in mid-sentence ("told The Daily Clarion": a publication). Names typed by a
  title or the dictionary keep their type.
* ``join_state_prefixed``: a discovered organisation first named with its state or demonym ("the US Libertarian
  Party") is the same actor when the article later drops the state ("the Libertarian Party").
* short forms of a public body: an acronym or short form ("NTC") of an organisation that the institution rules
  gave to its state ("National Telecommunications Commission" -> the article's state) is that state too.
* document names are no actors: a discovered name that ends in a document head ("Transitional Constitution") or
  is followed by one ("the Radio Control Law") is dropped (``document_heads`` of ``data/actors_general.yaml``),
  also when the name was given its acronym in brackets ("the Ballot Access Act (BAA)"): then the acronym's later
  mentions ("Under BAA") are dropped too.

>>> from toolkit.extract.actors import find_mentions
>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> text = "The broadcaster KTV-NEWS lost its licence. KTV-NEWS said it would appeal."
>>> find_mentions(split_sentences(read_articles([text]).articles)).select("surface", "actor_type").rows()
[('KTV-NEWS', 'organization'), ('KTV-NEWS', 'organization')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml
from toolkit.extract.actors.mentions import _Mention, _Sentence
from toolkit.extract.actors.words import _alt, _slug

_CAPS_RE = re.compile(r"[A-Z][A-Z&]+")  # letters only: "REGN-EB3" is a product code
# rules whose type stands whatever the context: the dictionary, titles, given names read with a title
_FIRM_RULES = frozenset({"alias", "title", "apposition", "org_state", "demonym", "demonym_role", "capital"})
# a discovered name's type that the context may change
_SOFT_TYPES = frozenset({"other", "person", "location"})


@dataclass(frozen=True, eq=False)
class TypeRules:
    """The words of ``data/actors_general.yaml`` read by this module, compiled (see :func:`type_rules`)."""

    org_before_re: re.Pattern[str]  # ends a text right before a name: "broadcast corporation "
    company_after_re: re.Pattern[str]  # starts a text right after a name: " Corporation", " plc"
    document_heads: frozenset[str]
    document_after_re: re.Pattern[str]


def type_rules() -> TypeRules:
    """The rules of this module, built once per version of ``data/actors_general.yaml``."""
    path = data_path("actors_general.yaml")
    return cache.load("actors.general_types", (path,), lambda: _build(path))


def _build(path: Any) -> TypeRules:
    doc = load_yaml(path)
    heads = [*doc["company_suffixes"], *doc["company_heads"]]
    docs = doc.get("document_heads") or ["(?!)"]
    return TypeRules(
        org_before_re=re.compile(rf"(?<![\w-])(?:{_alt(doc.get('org_nouns_before') or ['(?!)'])})\s+$"),
        company_after_re=re.compile(rf"\s+(?:{_alt(heads)})(?![\w-])"),
        document_heads=frozenset(docs),
        document_after_re=re.compile(rf"\s+(?:{_alt(docs)})\b(?![’'-])"),
    )


def _joinable(m: _Mention, text: str) -> bool:
    return m.actor_id.startswith("new:") and _CAPS_RE.fullmatch(text[m.start : m.end]) is not None


def join_hyphenated_acronyms(sent: _Sentence) -> None:
    """ "ABS-CBN": two discovered all-caps mentions joined by a hyphen become one (type ``other`` until the
    article's context types it)."""
    ms, text = sent.mentions, sent.text
    k = 0
    while k + 1 < len(ms):
        a, b = ms[k], ms[k + 1]
        if b.start == a.end + 1 and text[a.end] == "-" and _joinable(a, text) and _joinable(b, text):
            name = text[a.start : b.end]
            ms[k] = _Mention(a.start, b.end, "new:" + _slug(name), name, "other", "acronym_other")
            del ms[k + 1]
        else:
            k += 1


def _org_evidence(sent: _Sentence, m: _Mention, r: TypeRules, by_id: dict[str, list[_Mention]]) -> bool:
    text = sent.text
    if r.org_before_re.search(text, max(0, m.start - 40), m.start) is not None:
        return True
    if r.company_after_re.match(text, m.end, min(len(text), m.end + 30)) is not None:
        return True
    # "Kestrel Ring Stars (Stars)": a bracketed short form of the same actor right after the name
    if " " in text[m.start : m.end] and text[m.end : m.end + 2] == " (":
        for x in by_id.get(m.actor_id, ()):
            if x is not m and x.start == m.end + 2 and text[x.end : x.end + 1] == ")":
                return True
    # "told The Daily Clarion": a capitalised "The" in mid-sentence starts the name of a publication
    head = text[max(0, m.start - 4) : m.start]
    return head == "The " and m.start > 4 and text[: m.start - 4].rstrip()[-1:] not in ".!?“\"‘'(:;—–-"


def join_state_prefixed(article: list[_Sentence], states: Mapping[str, str]) -> None:
    """ "the US Libertarian Party ... the Libertarian Party": a discovered organisation's name without the state
    or demonym that starts its first mention is the same organisation (its id and label). ``states``: the
    dictionary's state names and demonyms (``_Lexicon.demonym_state``). A short form that two such names share
    ("US Green Party", "German Green Party") is left alone.

    >>> import polars as pl, toolkit
    >>> t = "The US Libertarian Party named its candidate. The Libertarian Party said the vote was fair."
    >>> toolkit.analyze_articles(pl.DataFrame({"article_id": ["a"], "text": [t]}), progress=False).tables[
    ...     "mentions"].select("surface", "actor_id").rows()
    [('US Libertarian Party', 'new:us-libertarian-party'), ('Libertarian Party', 'new:us-libertarian-party')]
    """
    full: dict[str, _Mention | None] = {}
    for sent in article:
        text = sent.text
        for m in sent.mentions:
            if m.type != "organization" or not m.actor_id.startswith("new:"):
                continue
            words = text[m.start : m.end].split()
            for k in (1, 2):
                if len(words) >= k + 2 and " ".join(words[:k]) in states:
                    rest = " ".join(words[k:])
                    old = full.get(rest, m)
                    full[rest] = m if old is not None and old.actor_id == m.actor_id else None
    if not full:
        return
    for sent in article:
        text = sent.text
        for m in sent.mentions:
            src = full.get(text[m.start : m.end])
            if src is not None and m.actor_id.startswith("new:") and m.rule not in _FIRM_RULES:
                m.actor_id, m.label, m.type = src.actor_id, src.label, src.type


def _document_name(name: str, r: TypeRules) -> bool:
    """Is ``name`` the name of a document: two words or more, the last a document head ("Clean Air Act")?

    >>> r = type_rules()
    >>> _document_name("Ballot Access Act", r), _document_name("Law Society", r), _document_name("Act", r)
    (True, False, False)
    """
    words = name.split()
    return len(words) > 1 and words[-1] in r.document_heads


def type_by_context(article: list[_Sentence], r: TypeRules) -> None:
    """Join hyphenated acronyms, type discovered names as organisations by their article's evidence, give the
    short forms of a public body its state, and drop the names of documents (see the module docstring)."""
    for sent in article:
        if len(sent.mentions) > 1:
            join_hyphenated_acronyms(sent)
    by_id: dict[str, list[_Mention]] = {}
    for sent in article:
        for m in sent.mentions:
            if m.actor_id.startswith("new:"):
                by_id.setdefault(m.actor_id, []).append(m)
    if not by_id:
        return
    orgs: set[str] = set()
    bodies: dict[str, _Mention] = {}  # slug of a public body's surface -> its mention (given to its state)
    documents: set[str] = set()  # "Ballot Access Act (BAA)": the act and its acronym are no actors
    for sent in article:
        text = sent.text
        for m in sent.mentions:
            if m.actor_id.startswith("new:"):
                if m.rule == "acronym_name" and _document_name(text[m.start : m.end], r):
                    documents.add(m.actor_id)
                if m.actor_id not in orgs and m.rule not in _FIRM_RULES and _org_evidence(sent, m, r, by_id):
                    orgs.add(m.actor_id)
            elif m.rule in ("org_form", "org_state") and m.type == "state":
                name = text[m.start : m.end]
                bodies.setdefault("new:" + _slug(name), m)
                if " of " in name:  # "the Port Authority" after "Port Authority of New York and New Jersey"
                    bodies.setdefault("new:" + _slug(name.split(" of ")[0]), m)
    for sent in article:
        text = sent.text
        keep = []
        for m in sent.mentions:
            aid = m.actor_id
            if aid in documents and m.rule in ("acronym_name", "acronym", "short_form"):
                continue
            if aid in bodies and m.rule in ("acronym", "short_form", "org_form"):
                b = bodies[aid]
                m.actor_id, m.label, m.type, m.affiliation, m.role = (
                    b.actor_id,
                    b.label,
                    b.type,
                    b.affiliation,
                    b.role,
                )
            elif aid in orgs and m.type in _SOFT_TYPES and m.rule not in _FIRM_RULES:
                m.type, m.is_place = "organization", False
                if m.rule in ("name_other", "acronym_other", "alias_unresolved", "place_form"):
                    m.rule = "org_context"
            elif aid.startswith("new:") and m.type in _SOFT_TYPES and m.rule not in _FIRM_RULES:
                words = text[m.start : m.end].split()
                if words[-1] in r.document_heads and len(words) > 1:
                    continue
                if r.document_after_re.match(text, m.end, min(len(text), m.end + 16)) is not None:
                    continue
            keep.append(m)
        if len(keep) != len(sent.mentions):
            sent.mentions = keep
