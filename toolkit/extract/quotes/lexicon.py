"""The reporting cues and word lists of :mod:`toolkit.extract.quotes`: ``data/quotes_verbs.yaml`` (verbs, their
forms and phrases such as *according to*) and ``data/quotes_words.yaml`` (titles, pronouns, boundary words,
groups), read into a ``_Lexicon`` with one regex of all cue forms for Python and one for polars.

The lexicon is memoised here (``cache.load("quotes.lexicon", ...)``), once per version of the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import load_yaml, locate
from toolkit.extract import attribution


@dataclass(frozen=True)
class _Lexicon:
    cue_re: re.Pattern[str]
    lemma: dict[str, str]
    group: dict[str, str]
    after: frozenset[str]
    titles: tuple[tuple[str, ...], ...]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    between: frozenset[str]
    boundaries: frozenset[str]
    particles: frozenset[str]
    version: str
    title_set: frozenset[tuple[str, ...]] = frozenset()  # the titles again, for fast look-ups
    title_lens: tuple[int, ...] = ()
    title_firsts: frozenset[str] = frozenset()
    title_lasts: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()  # head nouns of organisations and groups (army, ministry, residents)
    bodies: frozenset[str] = frozenset()  # head nouns of an organisation in its own right (mission, army)
    naming_re: re.Pattern[str] = re.compile(r"(?!x)x")  # "dubbed", "known as" ... at the end of a text
    cue_rust: str = ""  # ``cue_re`` for polars' (Rust) regex engine, "" when it cannot be written there
    given: dict[str, str] = field(default_factory=dict)  # given name -> m/f/u (attribution.load_given_names)
    persons: frozenset[str] = frozenset()  # head nouns of descriptions of a person (lecturer, shopkeeper)
    ly_nouns: frozenset[str] = frozenset()  # lower-case words in -ly that are no adverbs (family, assembly, daily)
    documents: frozenset[str] = frozenset()  # nouns of texts that speak (statement, letter, note, sign)
    time_openers: frozenset[str] = frozenset()  # words of time opening a sentence (Wednesday, yesterday)
    # ", the same day that he dropped out," after an opening adverbial of time: up to the comma before a capital
    time_appositive_re: re.Pattern[str] = re.compile(r"(?!x)x")
    credit_re: re.Pattern[str] = re.compile(r"(?!x)x")  # the credit that ends a picture's caption ("Image: NASA.")
    # "issued a statement": a verb of ``issuing`` and a noun of ``documents`` as its object
    issuing_re: re.Pattern[str] = re.compile(r"(?!x)x")


def _cue_regex(forms: list[str], phrases: set[str]) -> re.Pattern[str]:
    """One regex for all cue forms, longest first; phrases also match capitalised.

    The alternatives are grouped by their first character (``s(?:aid|ays|...)``), which matches
    exactly what the flat alternation ``said|says|...`` matches but lets the engine reject a
    position after one character instead of trying every form there.
    """
    if not forms:
        return re.compile(r"(?!x)x")
    flat = []
    groups: dict[str, list[str]] = {}
    for form in forms:
        esc = re.escape(form).replace(r"\ ", r"\s+")
        heads = form[:1]
        if form in phrases:
            heads = f"{form[0].upper()}{form[0]}"
            esc = f"[{heads}]{esc[1:]}"
        flat.append(esc)
        for h in dict.fromkeys(heads):
            groups.setdefault(h, []).append(re.escape(form[1:]).replace(r"\ ", r"\s+"))
    if all(forms) and all(h.isalnum() for h in groups):
        alts = [f"{h}(?:{'|'.join(rests)})" for h, rests in groups.items()]
    else:  # an odd first character (space, punctuation): keep the plain alternation
        alts = flat
    return re.compile(r"(?<![\w’'\-])(?:" + "|".join(alts) + r")(?![\w\-])")


# Python's ``\w`` and ``\s`` written for the Rust engine (which has no look-around)
_RS_W = r"\p{L}\p{N}_"
_RS_S = r"[\s\x1c-\x1f]"


def _cue_rust(forms: list[str], phrases: set[str]) -> str:
    """``_cue_regex`` for polars: the look-behind becomes a consumed character (or the start) and
    the look-ahead an ASCII word boundary, checked again in Python (:func:`~toolkit.extract.quotes.scan._cue_spans`).

    The alternatives are in the same order as in ``_cue_regex``, so that both engines, which
    prefer the first alternative that matches, pick the same one. "" when a form has a character
    other than letters and spaces, or does not start with a letter.
    """
    if not forms or not all(f[:1].isalpha() and all(c.isalpha() or c == " " for c in f) for f in forms):
        return ""
    groups: dict[str, list[str]] = {}
    for form in forms:
        heads = f"{form[0].upper()}{form[0]}" if form in phrases else form[:1]
        for h in dict.fromkeys(heads):
            groups.setdefault(h, []).append(form[1:].replace(" ", _RS_S + "+"))
    alts = [f"{h}(?:{'|'.join(rests)})" for h, rests in groups.items()]
    return rf"(?:^|[^{_RS_W}’'\-])(?:" + "|".join(alts) + r")(?-u:\b)"


def _lexicon(verbs: str | None = None, words: str | None = None) -> _Lexicon:
    """The cues, titles and word lists of ``verbs`` and ``words`` (paths, or None for the packaged files),
    built once per version of the two files: an edited file takes effect on the next call."""
    vpath, wpath = locate(verbs or "quotes_verbs.yaml"), locate(words or "quotes_words.yaml")
    gpath = locate(attribution.GIVEN_NAMES_FILE)
    return cache.load("quotes.lexicon", (vpath, wpath, gpath), lambda: _build_lexicon(vpath, wpath, verbs))


def _build_lexicon(vpath: Path, wpath: Path, verbs: str | None) -> _Lexicon:
    vd: dict[str, Any] = load_yaml(vpath)
    wd: dict[str, Any] = load_yaml(wpath)
    lemma: dict[str, str] = {}
    group: dict[str, str] = {}
    for lem, spec in (vd.get("verbs") or {}).items():
        for form in spec["forms"]:
            lemma[form] = str(lem)
            group[form] = spec.get("group", "speech")
    after = set()
    for phrase, spec in (vd.get("phrases") or {}).items():
        lemma[phrase] = str(phrase)
        group[phrase] = spec.get("group", "speech")
        if spec.get("after"):
            after.add(phrase)
    cue_re = _cue_regex(sorted(lemma, key=len, reverse=True), set(vd.get("phrases") or {}))
    cue_rust = _cue_rust(sorted(lemma, key=len, reverse=True), set(vd.get("phrases") or {}))
    titles = tuple(
        sorted({tuple(w.rstrip(".") for w in t.lower().split()) for t in wd.get("titles", [])}, key=len, reverse=True)
    )
    pr = wd.get("pronouns", {})
    name = f"{Path(verbs).name if verbs else 'quotes_verbs.yaml'} v{vd.get('version', '?')}"
    return _Lexicon(
        cue_re=cue_re, lemma=lemma, group=group, after=frozenset(after), titles=titles,
        person_pronouns=frozenset(pr.get("person", [])), group_pronouns=frozenset(pr.get("group", [])),
        between=frozenset(wd.get("between", [])), boundaries=frozenset(wd.get("boundaries", [])),
        particles=frozenset(p.lower() for p in wd.get("particles", [])), version=name,
        title_set=frozenset(titles), title_lens=tuple(sorted({len(t) for t in titles})),
        title_firsts=frozenset(t[0] for t in titles if t), title_lasts=frozenset(t[-1] for t in titles if t),
        groups=frozenset(g.lower() for g in wd.get("groups", [])),
        bodies=frozenset(g.lower() for g in wd.get("bodies", [])),
        naming_re=_naming_regex([str(w) for w in wd.get("naming", [])]), cue_rust=cue_rust,
        given=attribution.load_given_names(), persons=frozenset(w.lower() for w in wd.get("persons", [])),
        ly_nouns=frozenset(w.lower() for w in wd.get("ly_nouns", [])),
        documents=frozenset(w.lower() for w in wd.get("documents", [])),
        time_openers=frozenset(w.lower() for w in wd.get("time_openers", [])),
        time_appositive_re=_time_appositive_regex([str(w) for w in wd.get("time_nouns", [])]),
        credit_re=_credit_regex([str(w) for w in wd.get("credits", [])]),
        issuing_re=_issuing_regex([str(w) for w in wd.get("issuing", [])], [str(w) for w in wd.get("documents", [])]),
    )  # fmt: skip


def _time_appositive_regex(nouns: list[str]) -> re.Pattern[str]:
    """An appositive of time after an adverbial's comma: the/a/an, up to two words, a noun of time, up to 80
    more characters with no punctuation, a comma; it ends before the capital that follows (not consumed).

    >>> bool(_time_appositive_regex(["day"]).match(" the same day that he quit, Bellamy said"))
    True
    >>> bool(_time_appositive_regex(["day"]).match(" the ministry announced cuts, Reuters said"))
    False
    """
    if not nouns:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    tail = r")\b[^,.;:!?()\n]{0,80},(?=\s+[A-Z])"
    return re.compile(r"\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?(?:" + alts + tail)


def _credit_regex(words: list[str]) -> re.Pattern[str]:
    """The credit ending a picture's caption: a credit word, capitalised, then ``:`` or ``/`` and a short name
    opened by a capital (or ``©``), up to the end of the line.

    >>> r = _credit_regex(["image", "photo"])
    >>> [bool(r.search(t)) for t in ["Boats at the pier. Image: NASA.", "(AP Photo/Jane Doe)", "a photo: it was"]]
    [True, True, False]
    """
    if not words:
        return re.compile(r"(?!x)x")
    alts = "|".join(
        re.escape(w[:1].upper() + w[1:]).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(r"(?<![\w\-])(?:" + alts + r")\s*[:/]\s*[©A-Z][^\n.!?:;]{0,60}\.?\)?[ \t]*$")


def _issuing_regex(verbs: list[str], documents: list[str]) -> re.Pattern[str]:
    """A verb of ``verbs`` whose object is a noun of ``documents`` (a determiner first, up to two modifiers).

    >>> r = _issuing_regex(["issued", "put out"], ["statement"])
    >>> [bool(r.search(t)) for t in ["Hale issued a brief statement on it.", "Hale issued a ban.", "put out its statement"]]
    [True, False, True]
    """
    if not verbs or not documents:
        return re.compile(r"(?!x)x")

    def alts(ws: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))

    det = r"(?:a|an|the|his|her|its|their|our)"
    return re.compile(rf"(?<![\w\-])(?:{alts(verbs)})\s+{det}\s+(?:[\w\-]+\s+){{0,2}}?(?:{alts(documents)})\b")


def _naming_regex(words: list[str]) -> re.Pattern[str]:
    """``dubbed``, ``known as`` ... ending a text (group 1), then only spaces or a comma."""
    if not words:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w\-])(" + alts + r")[\s,]*$", re.I)
