"""Public bodies of a state that the dictionary lacks (issue 19, general news): an article step of
:func:`toolkit.extract.actors.find_mentions`, run after the name discovery, the institution rules and the typing
by context.

Tables in: the sentences of one article with their mentions. Tables out: the same mentions, with ``affiliation`` and
``role`` filled on public bodies:

* a discovered organisation (``new:<slug>``) whose name has the form of a state institution ("North Wales Police",
  "Oslo Fire and Rescue", "Superior Court", "Court of Appeals", "National Emergency Operation Centre": the
  ``heads`` and ``qualified_heads`` of ``data/actors_public_bodies.yaml``) keeps its id and label and gets the
  state it belongs to as its affiliation: the state of a state, capital, demonym or place named inside it, else the
  article's main state (:func:`toolkit.extract.actors.institutions._article_state`); with neither it stays
  unaffiliated. Only states, demonyms, capitals and places count: another body's alias names no state ("Academic
  Senate" is not the US Senate's), and a body named after an armed group ("Hamas Police", "Houthi Coast Guard")
  stays unaffiliated, not the article's state: the gold sets give a body without an entry its state *or parent
  body*, and an armed group's body is the group's, not the state's. International, private and civil-society
  bodies (``not_words``) get none, unless the word names the body's remit ("Ministry of Youth and Sports",
  "Federal Trade Commission": ``remit_heads``, ``remit_words``). The later uses of its acronym ("NEOC") get the
  same.
* "<place> <body noun>" read as the place with a role ("the Hong Kong government": ``place_body_nouns``) is one
  mention of the body, not of the place: id ``new:<slug>``, type organization, affiliation the place's state.

>>> import polars as pl, toolkit
>>> t = "Officers from Harrowgate Police searched a house in London on Monday."
>>> toolkit.analyze_articles(pl.DataFrame({"article_id": ["a"], "text": [t]}), progress=False).tables[
...     "mentions"].select("surface", "actor_id", "affiliation", "role").rows()[0]
('Harrowgate Police', 'new:harrowgate-police', 'GBR', 'security')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml
from toolkit.extract.actors.institutions import _article_state
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.mentions import _Mention, _Sentence
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.words import _alt, _slug

PACKAGED_BODIES = "actors_public_bodies.yaml"
_UNSET = "\0"  # the article's main state, not computed yet


@dataclass(frozen=True, eq=False)
class BodyRules:
    """``data/actors_public_bodies.yaml`` compiled (see :func:`body_rules`)."""

    heads: dict[str, str]  # head -> role
    qualified: dict[str, str]
    end_re: re.Pattern[str]  # a name ending in a head: group "h"
    start_re: re.Pattern[str]  # a name starting with a head before "of"/"for"
    qend_re: re.Pattern[str]
    qstart_re: re.Pattern[str]
    public_words: frozenset[str]
    not_re: re.Pattern[str]
    place_nouns: dict[str, str]
    place_noun_re: re.Pattern[str]  # the body noun that ends a "<place> <noun>" surface
    remit_heads: frozenset[str] = frozenset()  # "Ministry" of "Ministry of Youth and Sports"
    remit_words: frozenset[str] = frozenset()  # state_body_not_words that name a remit too ("Trade", "Civil")


def body_rules() -> BodyRules:
    """The rules of this module, built once per version of ``data/actors_public_bodies.yaml``.

    >>> r = body_rules()
    >>> r.heads["Police"], r.qualified["Institute"], "National" in r.public_words
    ('security', 'government', True)
    """
    path = data_path(PACKAGED_BODIES)
    return cache.load("actors.gov_bodies", (path,), lambda: _build(path))


def _build(path: Any) -> BodyRules:
    doc = load_yaml(path)
    heads = {str(k): str(v) for k, v in doc["heads"].items()}
    qual = {str(k): str(v) for k, v in doc["qualified_heads"].items()}
    nouns = {str(k).lower(): str(v) for k, v in doc["place_body_nouns"].items()}
    not_words = [str(w) for w in doc["not_words"]]

    def ends(words: dict[str, str]) -> re.Pattern[str]:
        return re.compile(rf"(?:^|\s)(?P<h>{_alt(words)})$")

    def starts(words: dict[str, str]) -> re.Pattern[str]:
        return re.compile(rf"^(?:The\s+)?(?P<h>{_alt(words)})\s+(?:of|for)\s")

    return BodyRules(
        heads=heads,
        qualified=qual,
        end_re=ends(heads),
        start_re=starts(heads),
        qend_re=ends(qual),
        qstart_re=starts(qual),
        public_words=frozenset(str(w) for w in doc["public_words"]),
        not_re=re.compile(rf"(?<![\w-])(?:{_alt(not_words)})(?![\w-])"),
        place_nouns=nouns,
        place_noun_re=re.compile(rf"\s(?P<h>{_alt(nouns)})$"),
        remit_heads=frozenset(str(w) for w in doc.get("remit_heads") or ()),
        remit_words=frozenset(str(w) for w in doc.get("remit_words") or ()),
    )


_PLACE_TYPES = ("state", "location")


def _named_inside(name: str, lex: _Lexicon) -> tuple[set[str], bool]:
    """The states named inside ``name`` by a state, its demonym or capital, or a place of a state (word runs,
    longest first), and whether an armed group is named inside it. Another dictionary body's alias ("Senate" of
    "Academic Senate", "Supreme Court") names no state."""
    words = name.split()
    found: set[str] = set()
    armed = False
    k = 0
    while k < len(words):
        for n in range(min(4, len(words) - k), 0, -1):
            info = lex.info.get(" ".join(words[k : k + n]))
            if info is None or info[1] == "people":
                continue
            typ = lex.actors.get(info[0], {}).get("type")
            if typ == "armed_group":
                armed = True
            st = lex.state_of.get(info[0]) if typ in _PLACE_TYPES else None
            if st is not None and lex.actors.get(st, {}).get("type") == "state":
                found.add(st)
            k += n - 1
            break
        k += 1
    return found, armed


def _inner_state(name: str, lex: _Lexicon) -> str | None:
    """The one state named inside ``name``: a state, demonym, capital or place of a state among its word runs
    (longest first), or None (none, or two different ones). Armed groups and other bodies named inside it name
    no state ("Houthi Coast Guard", "Academic Senate").

    >>> from toolkit.extract.actors.lexicon import _lexicon
    >>> lex = _lexicon(None)
    >>> _inner_state("North Wales Police", lex), _inner_state("Oslo Fire and Rescue", lex)
    ('GBR', 'NOR')
    >>> _inner_state("Superior Court", lex), _inner_state("Academic Senate", lex), _inner_state("Hamas Police", lex)
    (None, None, None)
    """
    found = _named_inside(name, lex)[0]
    return found.pop() if len(found) == 1 else None


def _barred(name: str, words: list[str], m: re.Match[str], r: BodyRules, rules: _Rules) -> bool:
    """Does a word of ``name`` (head match ``m``) mark it as no state's body? The words of the head and, after a
    remit head's "of", of the remit never do; a remit word ("Trade") does not in a name with a public word."""
    s, e = m.span("h")
    if m.re in (r.start_re, r.qstart_re) and m.group("h") in r.remit_heads:
        e = len(name)  # "Ministry of Youth and Sports": the words after the head are its remit
    outside = name[:s] + " " + name[e:]
    if r.not_re.search(outside) is not None:
        return True
    public = any(w in r.public_words for w in words)
    return any(
        w in rules.state_body_not_words and not (public and w in r.remit_words) for w in outside.split()
    )


def body_role(name: str, r: BodyRules, rules: _Rules, lex: _Lexicon) -> str | None:
    """The role of a public body named ``name``, or None when the name is not one.

    >>> from toolkit.extract.actors.lexicon import _lexicon
    >>> from toolkit.extract.actors.rules import _rules
    >>> r, rules, lex = body_rules(), _rules(), _lexicon(None)
    >>> [body_role(n, r, rules, lex) for n in ("Kestrel Valley Fire and Rescue", "Court of Appeals",
    ...     "National Plant Health Laboratory", "Plant Health Laboratory", "International Court of Arbitration",
    ...     "Labour Member of Parliament", "Ministry of Youth and Sports", "Federal Trade Commission",
    ...     "Youth Council")]
    ['civil_defence', 'judiciary', 'government', None, None, None, 'government', 'government', None]
    """
    words = name.split()
    if any(w == "of" and words[k - 1].lower() in rules.heads for k, w in enumerate(words) if k):
        return None  # "Member of Parliament", "Speaker of the Legislative Assembly": a title, not a body
    m = r.end_re.search(name) or r.start_re.match(name)
    if m is not None:
        return None if _barred(name, words, m, r, rules) else r.heads[m.group("h")]
    m = r.qend_re.search(name) or r.qstart_re.match(name)
    if m is None or _barred(name, words, m, r, rules):
        return None
    if any(w in r.public_words for w in words) or _inner_state(name, lex) is not None:
        return r.qualified[m.group("h")]
    return None


def public_bodies(article: list[_Sentence], rules: _Rules, lex: _Lexicon, r: BodyRules) -> None:
    """Give the discovered public bodies of ``article`` their state and role (see the module docstring)."""
    main = _UNSET
    found: dict[str, tuple[str | None, str]] = {}  # body id -> (its state, its role)
    for sent in article:
        text = sent.text
        for k, m in enumerate(sent.mentions):
            if m.rule == "place_role" and m.type == "location" and m.affiliation is not None:
                pm = r.place_noun_re.search(text, m.start, m.end)
                st = lex.state_of.get(m.actor_id)
                if pm is None or st is None or st == m.actor_id:
                    continue
                label = text[m.start : m.end]
                sent.mentions[k] = _Mention(
                    m.start, m.end, "new:" + _slug(label), label, "organization", "place_body",
                    affiliation=st, role=r.place_nouns[pm.group("h").lower()],
                )  # fmt: skip
                continue
            if m.type != "organization" or not m.actor_id.startswith("new:") or m.actor_id in found:
                continue
            name = text[m.start : m.end]
            role = body_role(name, r, rules, lex)
            if role is None:
                continue
            st = m.affiliation if m.affiliation in lex.actors else None
            armed = False
            if st is None:
                inner, armed = _named_inside(name, lex)
                st = inner.pop() if len(inner) == 1 else None
            # an armed group's body ("Hamas Police") is not the article's state's
            if st is None and not armed:
                if main == _UNSET:
                    main = _article_state(article, lex) or ""
                st = main or None
            found[m.actor_id] = (st, role)
    if not found:
        return
    for sent in article:
        for m in sent.mentions:
            body = found.get(m.actor_id)
            if body is not None and m.type == "organization":
                if m.affiliation is None:
                    m.affiliation = body[0]
                if m.role is None:
                    m.role = body[1]
