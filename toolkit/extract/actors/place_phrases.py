"""Places as actors: is a state, capital or name used as a place, by the words before it ("fled to Egypt",
"eastern Congo", "80% of Port-au-Prince") and after it ("X-based", "X's capital"), and a place head or suffix
right after a name ("Ramree Island", "Zamzam camp").
"""

from __future__ import annotations

import re

from toolkit.extract.actors import quick_exits
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.titles import _head_match


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
    if quick_exits._FAST_PLACE and rules.place_pre_last is not None:
        # place_pre_re ends with one of its words then white space: when the last word before the white space
        # is none of them, the regex (a search from every position of ``pre``) cannot match
        k = j = len(pre.rstrip())
        while k > 0 and (pre[k - 1].isalnum() or pre[k - 1] == "_"):
            k -= 1
        last = pre[k:j]
        if last.isascii() and last.lower() not in rules.place_pre_last:
            return _extra_place(pre, rules)
    cut = 0
    if quick_exits._FAST_PLACE and rules.place_pre_vocab is not None:
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
        elif prep == "to" and last in _GO_WORDS and len(before) == 2:
            # "Second place went to X", "the prize goes to X": a winner, not a place
            prev = before[0].rsplit(None, 1)
            if prev and prev[-1].strip(",.;:!?\"“”’'()").lower() in rules.award_heads:
                return False
    return True


_GO_WORDS = frozenset(("went", "goes", "go", "gone", "going"))


# a two-word capitalised name then "of" ("Ron Wyden of Oregon"; not "Residents of X", "The City of X")
_NAME_OF_RE = re.compile(r"(?<![\w’'.-])(?!(?:The|A|An)\s)[A-Z][\w’'.-]*\s+[A-Z][\w’'.-]*\s+of\s+$")


def _owner(text: str, start: int, end: int, rules: _Rules) -> bool:
    """Is the place name at ``text[start:end]`` the owner of an office or a person's state, not a place?

    "the governor of Louisiana", "Senator from Vermont" (``place_owner_heads`` then "of" or "from"), "the
    Queensland premier" (a title head after it), "Senator Ron Wyden of Oregon" (a capitalised name then "of").

    >>> from toolkit.extract.actors.rules import _rules
    >>> t = "Senator Ron Wyden of Oregon and the senator from Vermont met the Texas governor in Austin."
    >>> [_owner(t, t.index(w), t.index(w) + len(w), _rules()) for w in ("Oregon", "Vermont", "Texas", "Austin")]
    [True, True, True, False]
    """
    pre = text[max(0, start - 40) : start]
    if quick_exits._FAST_PLACE:
        # both regexes before the name end in "of" or "from" (maybe then "the") and white space: the last word
        # before the white space is one of those, or neither regex can match (a search from every position)
        last = pre.rsplit(None, 1)[-1] if pre[-1:].isspace() and not pre.isspace() else ""
        low = last.lower()
        if low in _OWNER_LAST and (
            (rules.owner_of_re is not None and rules.owner_of_re.search(pre))
            or (last == "of" and _NAME_OF_RE.search(pre))
        ):
            return True
        if _head_match(text[end : end + 60], rules):
            return True
        # "\s+<title head>'s": the word after the white space must be a title head's first word
        if rules.owner_possessive_re is None or (
            rules.head_first is not None and _starts_none_at(text, end, rules.head_first)
        ):
            return False
        return rules.owner_possessive_re.match(text, end) is not None
    return bool(
        (rules.owner_of_re is not None and rules.owner_of_re.search(pre))
        or _NAME_OF_RE.search(pre)
        or _head_match(text[end : end + 60], rules)
        or (rules.owner_possessive_re is not None and rules.owner_possessive_re.match(text, end) is not None)
    )


_OWNER_LAST = frozenset(
    ("of", "from", "the")
)  # the last words before a name that owner_of_re and _NAME_OF_RE allow
_WS_WORD_RE = re.compile(r"\s+(\w*)")


def _starts_none_at(text: str, pos: int, firsts: frozenset[str]) -> bool:
    """True when ``text`` at ``pos`` cannot be white space then a phrase whose first word (lower case) is in
    ``firsts`` (:func:`toolkit.extract.actors.titles._starts_none` without slicing the text)."""
    m = _WS_WORD_RE.match(text, pos)
    if m is None:
        return True
    word = m.group(1)
    return word.isascii() and word.lower() not in firsts


def _kind_subject(text: str, start: int, rules: _Rules) -> bool:
    """Is the name at ``start`` named by its kind at the start of the sentence ("The state of Ohio ...")?

    >>> from toolkit.extract.actors.rules import _rules
    >>> _kind_subject("The state of Ohio passed a law.", 13, _rules()), _kind_subject("Rain hit the state of Ohio.", 22, _rules())
    (True, False)
    """
    words = text[:start].split()
    return (
        len(words) == 3
        and words[0] in ("The", "the")
        and words[1].lower() in rules.place_noun_set
        and words[2] == "of"
    )


_THE_END_RE = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)


def _acts(text: str, start: int, end: int, rules: _Rules) -> bool:
    """Does the place name at ``text[start:end]`` act or own something, so that it is an actor, not a place?

    "the governor of Louisiana", "the Louisiana governor" (an office's owner: ``place_owner_heads``, a title head), "Nevada became the first state"
    (the subject of an act: ``place_acting_verbs``), "told The Atlantic" (after a reporting verb), "Hong
    Kong's district elections" (the owner of a thing that is no part of a place: ``place_after_possessive``)
    and "intra-Africa trade" (glued to a prefix).

    >>> from toolkit.extract.actors.rules import _rules
    >>> def acts(text, name):
    ...     return _acts(text, text.index(name), text.index(name) + len(name), _rules())
    >>> acts("Nevada became the first state.", "Nevada"), acts("The governor of Louisiana said", "Louisiana")
    (True, True)
    >>> acts("Nevada was hit by floods.", "Nevada"), acts("Hong Kong's largest city", "Hong Kong")
    (False, False)
    """
    pre = text[max(0, start - 40) : start]
    if pre.endswith("-") and pre[-2:-1].islower():  # "intra-Africa trade", "pan-Africa"
        return True
    if _owner(text, start, end, rules):
        return True
    if rules.acting_re is not None and rules.acting_re.match(text[end : end + 60]):
        return True
    if text[end : end + 3] in ("'s ", "’s ") and not (
        rules.place_after_re is not None and rules.place_after_re.match(text[end : end + 60])
    ):
        return True  # "Hong Kong's district elections", "Africa's biggest economy"
    if not quick_exits._FAST_PLACE:
        tm = _THE_END_RE.search(pre)
        return bool(rules.verbs_before_re.search(pre[: tm.start() + 1] if tm else pre))  # "told The Atlantic"
    # the quick exits: both regexes end in white space, after "the" (_THE_END_RE) or a verb's last word
    if not pre[-1:].isspace():
        return False
    tm = _THE_END_RE.search(pre) if _last_word(pre).lower() == "the" else None
    before = pre[: tm.start() + 1] if tm else pre
    if not before[-1:].isspace() or (
        rules.verbs_last is not None and _last_word(before) not in rules.verbs_last
    ):
        return False
    return rules.verbs_before_re.search(before) is not None  # "told The Atlantic"


def _last_word(text: str) -> str:
    """The word characters right before the white space that ends ``text`` ("" when none)."""
    j = len(text.rstrip())
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    return text[k:j]


_PLACE_HEAD_RE = re.compile(r"^\s+([A-Z][a-z]+)\b(?![’'-])")


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
