"""Media by the evidence of the article (issue 19, fourth round): a step of
:func:`toolkit.extract.actors.find_mentions` that runs once per article, after the types by context.

Tables in: the sentences of one article with the mentions the earlier rules found. Tables out: the same mentions
with some added or joined (rule ``media``, type ``organization``, role ``media``):

* Not a platform used as a medium ("posted on Twitter", "announced on Facebook"): by the general-news annotation
  convention a platform is a mention where the company acts or is acted on, not where it is the medium, and the
  name finder handles the company like any organisation.
* A publication that reports: a run of capitalised words ending in a masthead word (``publication_heads``:
  "Times", "Review-Journal", "Herald") right before a reporting verb ("Harbour City Times reported"), right
  after "according to", "told" or "reported by" (also opening the sentence: "According to the ..."), or after
  a newsroom job and "at", "of", "for" or "with" ("an editor at the Valley Herald": ``media_staff_nouns``) is
  one organisation, in place of the place or name its first words made ("Harbour City" alone would be a
  place). A name the dictionary knows in full is left alone.
* An acronym the name finder left untyped (``acronym_other``) right before a reporting verb, or before "of" and a
  place and then the verb ("KBC of Kenya reported"), is an organisation.

>>> from toolkit.extract.actors import find_mentions
>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> text = "The mayor said the bridge was shut. The Port Elwood Herald reported the closure."
>>> find_mentions(split_sentences(read_articles([text]).articles)).select("surface", "actor_type", "rule").rows()
[('Port Elwood Herald', 'organization', 'media')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml
from toolkit.extract.actors import quick_exits
from toolkit.extract.actors.mentions import _Mention, _Sentence
from toolkit.extract.actors.words import _alt, _slug

_CAP_TOKEN_RE = re.compile(r"[A-Z][\w&’'.-]*$")


@dataclass(frozen=True, eq=False)
class MediaRules:
    """The words of ``data/actors_general.yaml`` and ``actors_rules.yaml`` read here, compiled (see :func:`media_rules`)."""

    prefilter_re: re.Pattern[str]  # a sentence without a match has nothing for this module
    heads_re: re.Pattern[str]  # a masthead word anywhere: a sentence without one has no match of ``head_re``
    head_re: re.Pattern[str]  # a masthead word with what makes it a source: group 1 the head
    acronym_after_re: re.Pattern[str]  # after an acronym: " reported", " of Kenya reported"


def media_rules() -> MediaRules:
    """The rules of this module, built once per version of the two data files."""
    general, rules = data_path("actors_general.yaml"), data_path("actors_rules.yaml")
    return cache.load("actors.media", (general, rules), lambda: _build(general, rules))


def _build(general: Any, rules: Any) -> MediaRules:
    doc, rdoc = load_yaml(general), load_yaml(rules)
    heads = _alt(doc.get("publication_heads") or ["(?!)"])
    staff = _alt(doc.get("media_staff_nouns") or ["(?!)"])
    report = _alt(
        [v for v in rdoc["reporting_verbs"] if v != "according"]
        + ["reported", "reports", "quoted", "cited", "published"]
    )
    return MediaRules(
        prefilter_re=re.compile(rf"\b(?:{heads}|[A-Z]{{2,}})\b"),
        heads_re=re.compile(heads),  # no \b: a plain search of the words, which the engine skips to fast
        head_re=re.compile(
            rf"(?<![\w-])({heads})(?=\s+(?:{report})\b)"
            # "according to" and the rest may open the sentence ("According to the Valley Herald, ..."); a
            # newsroom job before "at", "of", "for" or "with" ("an editor at the Valley Herald") also names one
            rf"|(?:\b(?:[Aa]ccording to|[Tt]old|[Rr]eported by|[Qq]uoted by|[Cc]ited by|[Ii]nterview with)"
            rf"|(?<![\w-])(?:{staff})(?:\s+at\s+large)?\s+(?:at|of|for|with))\s+(?:the\s+|The\s+)?"
            rf"(?:[A-Z][\w&’'.-]*\s+){{0,4}}({heads})\b(?![\w-])"
        ),
        acronym_after_re=re.compile(
            rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:{report})\b"
        ),
    )


def _media(s: int, e: int, text: str) -> _Mention:
    name = text[s:e]
    return _Mention(s, e, "new:" + _slug(name), name, "organization", "media", role="media")


def _replace(sent: _Sentence, new: _Mention) -> None:
    """Put ``new`` in the sentence, in place of the discovered or place mentions inside its span; a dictionary
    actor that is not a place (a person, a party) inside the span keeps the span out."""
    inside = [m for m in sent.mentions if m.start < new.end and new.start < m.end]
    for m in inside:
        if m.start < new.start or m.end > new.end:
            return  # a longer name holds it
        if not (m.actor_id.startswith("new:") or m.is_place or m.type in ("state", "location")):
            return
    if any(m.start == new.start and m.end == new.end and not m.actor_id.startswith("new:") for m in inside):
        return  # the dictionary knows the name in full
    sent.mentions = sorted(
        [m for m in sent.mentions if m not in inside] + [new], key=lambda m: (m.start, m.end)
    )


def _head_span(text: str, head_start: int, head_end: int) -> tuple[int, int] | None:
    """The run of capitalised words that ends with the masthead word at ``head_start``; None for a lone head."""
    s = head_start
    while True:
        j = text.rfind(" ", 0, s - 1) + 1 if s > 0 and text[s - 1] == " " else -1
        if j < 0:
            break
        word = text[j : s - 1]
        if not _CAP_TOKEN_RE.match(word) or word in ("The", "A", "An") or word.endswith((",", ".")):
            break
        s = j
    return (s, head_end) if s < head_start else None


def media_names(article: list[_Sentence], r: MediaRules) -> None:
    """Add the publications of the article's sentences (see the module docstring)."""
    for sent in article:
        text = sent.text
        # the prefilter (a masthead word or two capitals in a row, searched from every position) is asked only
        # where one of its two uses may act: a sentence with a masthead word somewhere (every match of
        # head_re holds one), or with a mention of rule acronym_other; the answers are those of asking first
        pre = None if quick_exits._FAST_MEDIA else r.prefilter_re.search(text) is not None
        if pre is not None and not pre:
            continue
        if pre or r.heads_re.search(text) is not None:
            if pre is None:
                pre = r.prefilter_re.search(text) is not None
            if pre:
                for hm in r.head_re.finditer(text):
                    g = 1 if hm.group(1) is not None else 2
                    span = _head_span(text, *hm.span(g))
                    if span is not None:
                        _replace(sent, _media(span[0], span[1], text))
        for m in sent.mentions:
            if m.rule == "acronym_other":
                if pre is None:
                    pre = r.prefilter_re.search(text) is not None
                if pre and r.acronym_after_re.match(text, m.end) is not None:
                    m.type, m.rule, m.role, m.is_place = "organization", "media", "media", False
