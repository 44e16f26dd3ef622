"""Names the finder reads as two actors but news copy writes as one (issue 19, seventh round): an article step of
:func:`toolkit.extract.actors.find_mentions`, run after the general-news steps.

* ``party_name``: capitalised words, then the lower-case noun "party", are the party's name ("the Democratic
  party", "the Thai Raksa Chart party"): one organisation with "party" in its span; the dictionary's "<words>
  Party" gives its id when it has one (the Democratic party -> the Democratic Party), else ``new:<slug>`` with
  role ``party`` and the state of a leading demonym or state name as affiliation. A run holding a person, a
  day, a feast or a title word ("the Christmas party", "a Super Bowl party" is left to the other rules: no name
  word of it may be a ``not_one_word_names`` or an ``occasion_words`` entry: "a Chinese New Year party") is left
  alone, and so is a state or demonym alone ("the Thai party").
* ``media_branch``: a news organisation of the dictionary or the media rules (role ``media``) written right
  before a state's name (not its adjective) is that organisation's national service ("CNN Philippines
  reported", "told ABC Australia"): one organisation ``new:<slug>``, role ``media``, not the organisation and
  the state. A title or role noun after the state ("the BBC Russia editor") or a possessive on it keeps them
  apart, and so does a verb or auxiliary after the state when a verb such as "told" stands before the
  organisation ("told the BBC Ukraine would ...": ``clause_object_verbs``).

* ``web_name``: a capitalised name written as a web address ("Domain.com, a real estate site", "a News.com.au
  report"; endings ``web_endings`` of ``data/actors_general.yaml``) is one organisation, not the word before its
  first dot; a news site (role ``media``) only with a news noun (``web_media_nouns``) right before or after it
  ("the news portal Rappler.com", "Domain.com, a news website") or a masthead word as its name ("News.com.au"):
  "Amazon.com said" is a company's voice, no role.

>>> import polars as pl, toolkit
>>> t = "CNN Philippines reported that the ruling Norvalan Unity party won and the Democratic party conceded."
>>> toolkit.analyze_articles(pl.DataFrame({"article_id": ["a"], "text": [t]}), progress=False).tables[
...     "mentions"].select("surface", "actor_id", "actor_type").rows()
[('CNN Philippines', 'new:cnn-philippines', 'organization'), ('Norvalan Unity party', 'new:norvalan-unity-party', 'organization'), ('Democratic party', 'DEMOCRATS', 'organization')]
"""

from __future__ import annotations

import re
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.mentions import _START, _Mention, _Sentence
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.words import _slug

_PARTY_RE = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'-]*[ \t]+){1,4})party\b(?![’'-])")
# the words of politics right before a party's name ("the ruling Pheu Thai party"): written from news usage
_POLITICAL_BEFORE = re.compile(
    r"\b(?:ruling|governing|opposition|rival|coalition|nationalist|populist|far-right|far-left|right-wing|left-wing"
    r"|centrist|conservative|liberal|socialist|communist|Islamist|separatist|pro-[\w-]+|anti-[\w-]+)\s+(?:the\s+)?$"
)
_NEXT_WORD_RE = re.compile(r"([’']s\b)?[ \t]*([\w-]*)")  # a possessive, then the next word


def party_names(
    article: list[_Sentence],
    rules: _Rules,
    lex: _Lexicon,
    not_words: frozenset[str],
    vocab: _Words | None = None,
) -> None:
    """Join capitalised words and the lower-case "party" after them into one organisation (rule ``party_name``,
    see the module docstring). ``not_words``: one capitalised word that is no name (feasts, days, events).
    ``vocab``: :func:`compound_words` (read here when not given; a caller running many articles reads it once)."""
    occasions = (vocab or compound_words()).occasions
    for sent in article:
        text = sent.text
        if "party" not in text:
            continue
        changed = False
        for pm in _PARTY_RE.finditer(text):
            s, e = pm.start(1), pm.end()
            words = pm.group(1).split()
            args = lex.mention_args.get(" ".join(words) + " Party")
            while args is None and words and words[0] in rules.not_names:  # "The", "Many", "Democratic"
                s = text.index(words[0], s) + len(words[0])
                s += len(text[s:e]) - len(text[s:e].lstrip())
                words = words[1:]
                args = lex.mention_args.get(" ".join(words) + " Party")
            if not words or any(w in not_words or w in occasions or w.lower() in rules.heads for w in words):
                continue  # (a feast or occasion: "a Chinese New Year party", "the Independence Day party")
            ms = sent.mentions
            inside = [x for x in ms if x.start < e and s < x.end]
            if any(x.start < s or x.end > e or x.type == "person" for x in inside):
                continue
            if any(x.type == "organization" and not x.actor_id.startswith("new:") for x in inside):
                continue  # "the ruling Frelimo party": the dictionary's party is found already
            if all(w in lex.demonym_state for w in words):
                continue  # "the Thai party": a state's adjective, no name
            if (
                args is None
                and words[0] not in lex.demonym_state
                and _POLITICAL_BEFORE.search(text, 0, s) is None
            ):
                continue  # "a Super Bowl party": a party of a state or of politics only
            name = text[s:e]
            if args is not None and args[2] == "organization":
                joined = _Mention(s, e, *args)
                joined.rule = "party_name"
            else:
                state = lex.demonym_state.get(words[0])
                joined = _Mention(s, e, "new:" + _slug(name), name, "organization", "party_name",
                                  affiliation=state, role="party")  # fmt: skip
            ms[:] = [x for x in ms if not any(x is y for y in inside)]
            ms.append(joined)
            changed = True
        if changed:
            sent.mentions.sort(key=_START)


def media_branches(article: list[_Sentence], rules: _Rules, words: _Words | None = None) -> None:
    """Join a news organisation and the state's name right after it into one organisation, the national service
    (rule ``media_branch``, see the module docstring). ``words``: as for :func:`party_names`."""
    words = words or compound_words()
    for sent in article:
        ms = sent.mentions
        if len(ms) < 2 or not any(m.role == "media" for m in ms):
            continue
        text = sent.text
        for a, b in zip(ms[:-1], ms[1:], strict=True):
            if (
                a.role != "media"
                or a.type != "organization"
                or b.type != "state"
                or b.rule != "alias"
                or b.start != a.end + 1
                or text[a.end] != " "
            ):
                continue
            nm = _NEXT_WORD_RE.match(text, b.end)
            if nm is not None and (
                nm.group(1) is not None
                or nm.group(2).lower() in rules.heads
                or nm.group(2).lower() in rules.role_nouns
            ):
                continue  # "BBC Russia's ...", "the BBC Russia editor"
            if nm is not None and nm.group(2) in words.verbs and _told_before(text, a.start, words):
                continue  # "told the BBC Ukraine would ...": the object, then the next clause's subject
            name = text[a.start : b.end]
            joined = _Mention(a.start, b.end, "new:" + _slug(name), name, "organization", "media_branch",
                              role="media")  # fmt: skip
            ms[:] = [joined if x is a else x for x in ms if x is not b]
            ms.sort(key=_START)
            break  # one per sentence: news copy names one service at a time


class _Words:
    """The vocabularies of this module read from ``data/actors_general.yaml`` (see its comments)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        def low(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in doc.get(key) or ())

        self.occasions = frozenset(str(w) for w in doc.get("occasion_words") or ())
        self.clause_objects = low("clause_object_verbs")
        self.verbs = low("one_word_verbs") | low("one_word_auxiliaries") | low("one_word_adverbs")
        self.mastheads = frozenset(str(w) for w in doc.get("publication_heads") or ())
        nouns = sorted((re.escape(str(w)).replace(r"\ ", r"\s+") for w in doc.get("web_media_nouns") or ()),
                       key=len, reverse=True)  # fmt: skip
        alt = "|".join(nouns) or "(?!)"
        self.media_before = re.compile(rf"\b(?:{alt})\s*,?\s*$", re.IGNORECASE)
        self.media_after = re.compile(
            rf"(?:\s*(?:,|\s(?:is|was))\s+(?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?|[ \t]+)(?:{alt})\b",
            re.IGNORECASE,
        )


def compound_words() -> _Words:
    """:class:`_Words`, read once per version of the file (each call checks the file's fingerprint: a caller
    running many articles calls it once and passes it on).

    >>> w = compound_words()
    >>> ("Year" in w.occasions, "would" in w.verbs, bool(w.media_before.search("the news portal ")))
    (True, True, True)
    """
    path = data_path("actors_general.yaml")
    return cache.load("actors.compound_words", (path,), lambda: _Words(load_yaml(path)))  # type: ignore[no-any-return]


_LAST_WORDS_RE = re.compile(r"([\w’']+)[ \t]+(?:the[ \t]+)?$")


def _told_before(text: str, start: int, words: _Words) -> bool:
    """Is the word before ``start`` (past a "the") a verb whose object a reported clause follows ("told")?"""
    m = _LAST_WORDS_RE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() in words.clause_objects


def web_re() -> re.Pattern[str]:
    """A capitalised name ending in one of the ``web_endings`` of ``data/actors_general.yaml``, read once per
    version of the file.

    >>> [m.group() for m in web_re().finditer("A News.com.au report cited Domain.com and example.com.")]
    ['News.com.au', 'Domain.com']
    """
    path = data_path("actors_general.yaml")
    return cache.load("actors.web_names", (path,), lambda: _build_web(path))  # type: ignore[no-any-return]


def _build_web(path: Any) -> re.Pattern[str]:
    ends = sorted(
        (re.escape(str(w)) for w in load_yaml(path).get("web_endings") or ()), key=len, reverse=True
    )
    return re.compile(rf"(?<![\w@/.-])[A-Z][\w-]*(?:{'|'.join(ends) or '(?!)'})(?![\w@/-]|\.\w)")


# a cheap test, vectorised over all sentences (polars, no look-around): may the text hold a web address name?
WEB_PREFILTER = r"[A-Z][\w-]*\.[a-z]{2,4}\b"


def web_names(
    article: list[_Sentence], pattern: re.Pattern[str], flags: list[bool], words: _Words | None = None
) -> None:
    """Make each capitalised web address one organisation, a website (rule ``web_name``, see the module
    docstring), in place of the mentions inside it. ``flags``: per sentence, does :data:`WEB_PREFILTER` match?
    ``words``: as for :func:`party_names`."""
    if not any(flags):
        return
    words = words or compound_words()
    for sent, flag in zip(article, flags, strict=True):
        if not flag:
            continue
        text = sent.text
        for wm in pattern.finditer(text):
            s, e = wm.span()
            ms = sent.mentions
            inside = [x for x in ms if x.start < e and s < x.end]
            if any(x.start < s or x.end > e for x in inside):
                continue
            name = wm.group()
            media = (
                name.split(".", 1)[0] in words.mastheads
                or words.media_before.search(text, max(0, s - 40), s) is not None
                or words.media_after.match(text, e) is not None
            )  # "News.com.au", "the news portal Rappler.com", "Domain.com, a news site"; not "Amazon.com said"
            ms[:] = [x for x in ms if not any(x is y for y in inside)]
            ms.append(_Mention(s, e, "new:" + _slug(name), name, "organization", "web_name",
                               role="media" if media else None))  # fmt: skip
            ms.sort(key=_START)
