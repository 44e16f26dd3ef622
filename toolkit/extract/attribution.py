"""Who said it: the attribution rules that quote speakers and claim sources share (issue 21).

Tables in: none of its own; :mod:`toolkit.extract.quotes` and :mod:`toolkit.extract.claims` call these rules while they
build ``quotes`` and ``claims``. What each decision rests on is recorded in the tables:

- ``quotes.attribution`` (values in :data:`QUOTE_ATTRIBUTION`) with the speaker's words at
  ``quotes.speaker_char_start``/``speaker_char_end``;
- ``claims.source_rule`` (values in :data:`SOURCE_RULES`) with the source's words at
  ``claims.source_char_start``/``source_char_end`` (for ``carried`` and ``pronoun`` these point into an
  earlier sentence: the evidence, not the claim's own sentence).

The resolver, in three parts:

1. **Candidates**: the subject of the reporting clause; names and descriptions before and after the quote;
   the speakers of the paragraph and of the previous quote; for claims, the source of the previous
   sentence of the paragraph (``carried``).
2. **Hard constraints**: a candidate is never inside the quote itself; a pronoun agrees in gender with
   its candidate (:func:`agrees`: from personal titles such as Mr/Ms/Sir/Lady and from the given-names
   table ``data/given_names_gender.csv``, US Census 1990 name files plus a hand list, see its header);
   the head of a phrase is the speaker (:func:`person_head`: "Dr. Ellen Novak of the University of
   Illinois" is Ellen Novak, not the university).
3. **Salience**: the nearest candidate wins: the last subject of a reporting verb (or the antecedent an
   earlier pronoun resolved to), then the paragraph's earlier sources (continuity), then a quote
   continued across paragraphs. Within an earlier sentence its subject is the salient actor
   (:func:`subject_salience`): "Bellamy endorsed his rival, Joe Biden. 'I am proud,' he said." is Bellamy,
   not the name in the object or appositive that happens to be nearer the pronoun.

Pronouns go through one function for both tables: :func:`resolve_pronoun` takes the candidates
(:class:`Candidate`, ordered by :func:`nearest_first`) and applies the hard constraints; the quotes
step proposes reporting clauses' subjects, earlier pronouns' antecedents, sentence subjects and person
mentions, the claims step the sources of the paragraph's previous sentences.

>>> agrees("he", "Maria Garcia"), agrees("she", "Maria Garcia"), agrees("he", "Hale")
(False, True, True)
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from toolkit.core import cache
from toolkit.core.resources import locate

GIVEN_NAMES_FILE = "given_names_gender.csv"

QUOTE_ATTRIBUTION: dict[str, str] = {
    "after": "a reporting cue right after the quote ('\"...,\" Blinken said')",
    "before": "a reporting cue right before the quote ('Blinken said: \"...\"')",
    "clause": "the subject of the reporting clause that governs the fragment ('X described it as \"...\"')",
    "according_to": "an 'according to X' phrase in the sentence",
    "colon": "a name and a colon ('Blinken: \"...\"'), the subject of a clause ending in a colon ('X addressed the crowd: \"...\"'), "
    "or a name that opens a clause after the quote and its colon, as headlines write it ('\"Never again\": Mayor X vows ...')",
    "pronoun": "a pronoun cue ('he said'), resolved to the nearest agreeing earlier speaker outside any quote",
    "previous_quote": "an unattributed direct quote continuing the previous quote's speaker",
    "previous_clause": "an unattributed direct quote taking the speaker of the last reporting clause",
    "continued_quote": "a multi-paragraph quote taking the speaker named at a later paragraph",
    "byline": "a name standing alone right after the quote, with no verb, as press releases write it "
    "('\"...,\" Col. Rafael Torres, the operations centre director.')",
    "document": "a text speaks for whoever issued it: 'X released a statement. The statement said: \"...\"' is X, "
    "whose words in the earlier sentence are the evidence; so does a named owner's text in the clause that introduces "
    "the quote ('Part of X\'s post included the line, \"...\"')",
    "description": "a definite back-reference ('\"...,\" the official said') takes the nearest earlier speaker "
    "described with the same noun and an affiliation ('an Iranian official told Reuters'), whose words are the evidence",
    "turn": "an answer in an interview transcript, spoken by the person its speaker tag names ('((Jane Doe)) ...', "
    "'JANE DOE: ...'; 'A: ...' is the interviewee; see toolkit.extract.transcripts): one row per paragraph of the turn",
    "heading": "a quote in a heading with no speaker named in the heading itself (a heading's own cue or colon gives one: the rules above)",
}
"""Values of ``quotes.attribution`` (how the speaker was found)."""

SOURCE_RULES: dict[str, str] = {
    "quote": "the number is inside a quote: its speaker",
    "clause": "a source cue in the claim's own sentence (X said, according to X, X's tally)",
    "pronoun": "a pronoun source ('she added'), resolved to an earlier source of the paragraph that agrees",
    "carried": "no source in the sentence: the source of an earlier sentence of the same paragraph",
}
"""Values of ``claims.source_rule`` (how the source was found; null: no source)."""

_MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "sheikh", "father", "brother", "mister", "duke"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "sister", "mother"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# words that open a phrase whose head comes before them: "Ellen Novak of the University of Illinois"
HEAD_BREAKS = frozenset({"of", "from", "at", "with"})
HONORIFICS = frozenset({"dr", "prof", "professor", "rev", "sen", "senator", "rep", "gov", "governor", "gen", "col", "maj",
                         "capt", "lt", "adm", "judge", "ambassador"}) | _MALE_TITLES | _FEMALE_TITLES


def load_given_names(path: str | Path | None = None) -> dict[str, str]:
    """Given name -> ``m``, ``f`` or ``u`` (both), from ``data/given_names_gender.csv`` or your own file
    of the same columns (``name,gender,source``; ``#`` lines are comments). Loaded once per file version.

    >>> names = load_given_names()
    >>> names["Maria"], names["John"], names["Taylor"]
    ('f', 'm', 'u')
    """
    p = locate(path or GIVEN_NAMES_FILE)
    return cache.load("attribution.given_names", (p,), lambda: _read_names(p))


def _read_names(p: Path) -> dict[str, str]:
    with p.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        out: dict[str, str] = {}
        for r in rows:
            g = (r.get("gender") or "").strip()
            if g not in ("m", "f", "u"):
                raise ValueError(f"{p}: gender must be one of m, f, u; got {g!r} for {r.get('name')!r}")
            out[r["name"].strip()] = g
        return out


def pronoun_gender(word: str) -> str | None:
    """``m`` for he/him/his, ``f`` for she/her, else None (they, it, we: no gender).

    >>> pronoun_gender("She"), pronoun_gender("they")
    ('f', None)
    """
    w = word.lower()
    return "m" if w in _MALE_PRONOUNS else "f" if w in _FEMALE_PRONOUNS else None


def candidate_gender(words: str, names: dict[str, str] | None = None) -> str | None:
    """The gender a speaker phrase marks: a personal title (Mr, Ms, Sir, Lady ...) anywhere in it, else
    its first capitalised word that is a given name of the table; None when nothing marks one.

    >>> candidate_gender("Ms. Lee"), candidate_gender("Dr. Ellen Novak"), candidate_gender("the ministry")
    ('f', 'f', None)
    """
    names = load_given_names() if names is None else names
    ws = [w.strip(".,;:’'\"“”") for w in words.split()]
    for w in ws:
        lw = w.lower()
        if lw in _MALE_TITLES:
            return "m"
        if lw in _FEMALE_TITLES:
            return "f"
    for w in ws:
        g = names.get(w)
        if g is not None:
            return None if g == "u" else g
    return None


def agrees(
    pronoun: str,
    candidate: str,
    names: dict[str, str] | None = None,
    full_names: Mapping[str, str] | None = None,
) -> bool:
    """False only when the pronoun and the candidate both mark a gender and they differ. A surname alone
    ("O'Donnell") takes the gender of the article's full name it stands for (``full_names``: last word ->
    the longest full name ending in it, as the quotes step collects them), so a name first written in full
    keeps its gender when it is later shortened.

    >>> agrees("she", "Mr. Hale"), agrees("they", "Maria Garcia")
    (False, True)
    >>> agrees("he", "Garcia"), agrees("he", "Garcia", full_names={"Garcia": "Maria Garcia"})
    (True, False)
    """
    pg = pronoun_gender(pronoun)
    if pg is None:
        return True
    cg = candidate_gender(candidate, names)
    if cg is None and full_names:
        ws = candidate.split()
        last = ws[-1].rstrip(".,;:").removesuffix("’s").removesuffix("'s") if ws else ""
        full = full_names.get(last)
        if full and full != candidate:
            cg = candidate_gender(full, names)
    return cg is None or cg == pg


def person_head(words: list[str], *, names: dict[str, str] | None = None, titles: frozenset[str] = frozenset()) -> int | None:
    """Where a person's name ends in a phrase whose last words name something else: the index of the
    ``of``/``from``/``at``/``with`` that follows the name, when the words before it end in a name opened
    by a given name of the table or by a title (``titles``: lower case, without the full stop); else None.

    >>> person_head("Political scientist Dr. Ellen Novak of the University of Illinois".split())
    5
    >>> person_head("head of the Norwegian Refugee Council".split()) is None
    True
    """
    names = load_given_names() if names is None else names
    for k, w in enumerate(words):
        if w not in HEAD_BREAKS or k == 0 or k + 1 >= len(words):
            continue
        # the capitalised run that ends right before the break
        j = k
        while j > 0 and words[j - 1][:1].isupper():
            j -= 1
        run = words[j:k]
        if not run:
            return None
        first = run[0].rstrip(".")
        before = words[j - 1].lower().rstrip(".") if j > 0 else ""
        titled = first.lower() in titles or before in titles or first.lower() in HONORIFICS
        while run and (run[0].rstrip(".").lower() in titles or run[0].rstrip(".").lower() in HONORIFICS):
            run = run[1:]
        if not run:
            return None
        given = names.get(run[0]) is not None
        if (given and len(run) >= 2) or (titled and 1 <= len(run) <= 3):
            return k
        return None
    return None


class Candidate(NamedTuple):
    """One candidate antecedent of a pronoun speaker or source: the words ``start``-``end`` (the evidence
    a researcher checks), where it sits for salience (``at``: a reporting cue's position, else ``start``),
    and how it was proposed (``origin``: ``cue`` a reporting clause's subject, ``chain`` an earlier pronoun's
    antecedent, ``subject`` a sentence's subject, ``mention`` a person mention, ``source`` a claim source)."""

    start: int
    end: int
    surface: str
    at: int
    origin: str


def resolve_pronoun(
    pronoun: str,
    candidates: Iterable[Candidate],
    *,
    before: int,
    names: dict[str, str] | None = None,
    inside_quote: Callable[[int], bool] | None = None,
    kind_fits: Callable[[Candidate], bool] | None = None,
    full_names: Mapping[str, str] | None = None,
) -> Candidate | None:
    """The antecedent of ``pronoun``: the first of ``candidates`` (given nearest first: salience) that
    meets the hard constraints. It ends before ``before`` (the pronoun); it is not inside a quote
    (``inside_quote(start)``); its gender agrees (:func:`agrees`); it is of the pronoun's kind
    (``kind_fits``: a person for he/she, a group for they/it; the caller's test); ``full_names`` (surname ->
    the article's full name) gives a surname alone the gender of its full name. Quote speakers
    (:mod:`toolkit.extract.quotes`) and claim sources (:mod:`toolkit.extract.claims`) both resolve through here.

    >>> cands = [Candidate(30, 42, "Maria Garcia", 30, "mention"), Candidate(0, 4, "Hale", 5, "cue")]
    >>> resolve_pronoun("he", cands, before=60).surface
    'Hale'
    >>> resolve_pronoun("he", cands, before=60, inside_quote=lambda i: i == 0) is None
    True
    >>> resolve_pronoun("she", [Candidate(0, 4, "Hale", 5, "cue")], before=60, full_names={"Hale": "Tom Hale"}) is None
    True
    """
    names = load_given_names() if names is None else names
    for c in candidates:
        if c.end > before or c.start >= c.end:
            continue
        if inside_quote is not None and inside_quote(c.start):
            continue
        if not agrees(pronoun, c.surface, names, full_names):
            continue
        if kind_fits is not None and not kind_fits(c):
            continue
        return c
    return None


def nearest_first(*groups: Iterable[Candidate]) -> list[Candidate]:
    """Candidates of several kinds in order of salience: nearest (latest ``at``) first; at the same place a
    reporting clause's subject (``cue``) or an earlier pronoun's antecedent (``chain``) before the rest.

    >>> [c.origin for c in nearest_first([Candidate(0, 4, "Hale", 10, "subject")], [Candidate(0, 4, "Hale", 10, "cue")])]
    ['cue', 'subject']
    """
    rank = {"cue": 0, "chain": 0, "source": 1, "subject": 2, "mention": 3}
    return sorted((c for g in groups for c in g), key=lambda c: (-c.at, rank.get(c.origin, 4)))


def subject_salience(subject_start: int, sentence_end: int, next_cue: int | None = None) -> int:
    """Where an earlier sentence's subject sits for salience (:attr:`Candidate.at`): at the end of its
    sentence, so it outranks the names in that sentence's objects and appositives (a pronoun that opens
    the next sentence continues the subject: "Bellamy endorsed his rival, Joe Biden. He said ..." is
    Bellamy); but no later than the sentence's next reporting cue (``next_cue``), whose own subject then
    wins the tie (:func:`nearest_first` ranks a cue first at the same place). Names in later sentences
    still come first (recency between sentences).

    >>> subject_salience(0, 60), subject_salience(0, 60, next_cue=40), subject_salience(0, 60, next_cue=90)
    (60, 40, 60)
    """
    end = sentence_end if next_cue is None else min(sentence_end, next_cue)
    return max(subject_start, end)


_NAME = r"[A-Z][\w.’'\-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w.’'\-]*){1,3}"  # two to four capitalised words


@functools.lru_cache(maxsize=256)
def described_name_regex(noun: str) -> re.Pattern[str]:
    """A person's name described with ``noun`` (lower case), as news names a speaker before it refers back
    to them as "the <noun>": in apposition after the name ("Greg Olsen, a lawyer for the family"; group
    ``name1``) or before it ("the ministry's spokeswoman, Clara Weiss", "spokeswoman Clara Weiss"; group
    ``name2``). The quotes step uses it for a definite back-reference ('"...," the lawyer said'), with
    ``quotes.attribution`` = ``description`` and the name's offsets as the evidence.

    >>> m = described_name_regex("lawyer").search("Greg Olsen, a lawyer for the family, filed it.")
    >>> m.group("name1")
    'Greg Olsen'
    >>> described_name_regex("spokeswoman").search("The ministry's spokeswoman, Clara Weiss, said").group("name2")
    'Clara Weiss'
    """
    n = re.escape(noun)
    return re.compile(
        r"(?P<name1>" + _NAME + r"),\s+(?:an?|the|its|his|her|their)\s+(?:[\w’'\-]+\s+){0,3}?" + n + r"\b"
        r"|\b" + n + r",?\s+(?P<name2>" + _NAME + r")",
    )
