"""Fragments of a longer capitalised name: a name the rules discovered (``place_form``, ``name_other``) that is
only the tail of a longer capitalised name the rules split is no actor of its own ("the Western District of
Texas" -> not "District", "Middle East Respiratory Syndrome" -> not "Respiratory Syndrome", "the Nemmers Prize
in Mathematics" -> not "Mathematics").
"""

from __future__ import annotations

import re

from toolkit.extract.actors.mentions import _Sentence
from toolkit.extract.actors.rules import _Rules

_DISCOVERED = frozenset(("place_form", "name_other"))
_PREV_WORD_RE = re.compile(r"(?:^|(?<=\s))([A-Z][\w’'.-]*)(\s+(?:in|of|for)\s+|\s)$")
_SENT_START_RE = re.compile(r"^[\s\"“‘'(]*$")


def drop_fragments(article: list[_Sentence], rules: _Rules) -> None:
    """Drop discovered names glued to the capitalised name before them.

    The word right before (one space) is a compass word ("Western District"), or the end of a dictionary place
    ("Middle East Respiratory Syndrome"); or a capitalised word that is no mention, no title head and does not
    start the sentence (or the end of an untyped discovered name) comes before "in", "of" or "for" ("Nemmers Prize
    in Mathematics").

    >>> from toolkit.extract.actors import find_mentions
    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> text = "A judge of the Western District of Ohio ruled; the Carrow Prize in Geology went to her."
    >>> find_mentions(split_sentences(read_articles([text]).articles))["surface"].to_list()
    ['Ohio']
    """
    for sent in article:
        if not any(m.rule in _DISCOVERED for m in sent.mentions):
            continue
        text = sent.text
        ends = {m.end: m for m in sent.mentions}
        starts = {m.start for m in sent.mentions}
        drop = []
        for m in sent.mentions:
            if m.rule not in _DISCOVERED:
                continue
            pm = _PREV_WORD_RE.search(text, max(0, m.start - 40), m.start)
            if pm is None:
                continue
            word, gap = pm.group(1), pm.group(2)
            if gap == " ":
                prev = ends.get(pm.end(1))
                if word in rules.compass_words and prev is None:
                    drop.append(m)  # "the Western District"
                elif prev is not None and prev.rule == "alias" and prev.type == "location":
                    drop.append(m)  # "Middle East Respiratory Syndrome"
            elif (
                (
                    pm.end(1) not in ends or ends[pm.end(1)].rule == "name_other"
                )  # "Carrow Prize" is no actor type
                and pm.start(1) not in starts
                and word.lower() not in rules.heads
                and word not in rules.not_names
                and not _SENT_START_RE.match(text[: pm.start(1)])
            ):
                drop.append(m)  # "the Nemmers Prize in Mathematics"
        if drop:
            sent.mentions = [m for m in sent.mentions if all(m is not d for d in drop)]
