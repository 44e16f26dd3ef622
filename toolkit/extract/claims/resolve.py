"""A claim's source and place among the other tables: the actor of a source span (of the mentions), the
speaker of a quote the number sits in, the actor a pronoun source refers back to, the place a claim is
about; and sources carried across the sentences of a paragraph (:func:`_carry_sources`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

import polars as pl

from toolkit.extract.attribution import Candidate, load_given_names, resolve_pronoun
from toolkit.extract.claims.memos import _Memos
from toolkit.extract.claims.reading import _Claim
from toolkit.extract.claims.rules import _Rules
from toolkit.extract.claims.sources import _cues

# regexes of the hot paths, compiled once
_RE_PLACE_CLAUSE_END = re.compile(r"[;:]|,\s+(?:the|a|an|according|said|says)\b|$")
_RE_PLACE_AFTER = re.compile(
    r"[^,;:.]*?\b(?:in|across|throughout|inside)\s+((?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)"
)
_RE_AFTER_PREPOSITION = re.compile(r"\b(?:of|for|in|at|from|to|on|with|by|near|inside)\s+(?:the\s+)?$", re.I)


_MENTION_COLS = (
    "sentence_id",
    "char_start",
    "char_end",
    "surface",
    "actor_id",
    "actor_label",
    "actor_type",
    "is_place",
)
_QUOTE_COLS = (
    "char_start",
    "char_end",
    "speaker_surface",
    "speaker_actor_id",
    "speaker_label",
    "speaker_char_start",
    "speaker_char_end",
)


def _index(
    df: pl.DataFrame | None, keys: list[str], fields: tuple[str, ...], *, within: pl.DataFrame | None = None
) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    """Rows of ``df`` (as dicts of ``keys`` and ``fields``) by ``keys``, in ``char_start`` order;
    with ``within``, only the keys that occur there."""
    if df is None or df.height == 0 or any(k not in df.columns for k in keys):
        return {}
    cols = [*keys, *(c for c in fields if c in df.columns and c not in keys)]
    rows = df.select(cols)
    if within is not None:
        wanted = within.select(pl.col(k).cast(rows.schema[k], strict=False) for k in keys).unique()
        rows = rows.join(wanted, on=keys, how="semi")
    out: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    rows = rows.sort([*keys, "char_start"])
    # the dicts built from the columns' lists (faster than ``to_dicts``, and ``map`` faster than a
    # comprehension); ``cols`` starts with ``keys``; the lists are of one frame: equal lengths
    lists = [rows.get_column(c).to_list() for c in cols]
    dicts = list(map(dict, map(zip, itertools.repeat(cols), zip(*lists, strict=True))))
    for key, d in zip(zip(*lists[: len(keys)], strict=False), dicts, strict=True):
        group = out.get(key)
        if group is None:
            out[key] = [d]
        else:
            group.append(d)
    return out


def _actor_types(mentions: pl.DataFrame | None) -> dict[str, str]:
    """actor id -> actor type, from the mentions."""
    if mentions is None or mentions.height == 0 or not {"actor_id", "actor_type"} <= set(mentions.columns):
        return {}
    pairs = mentions.select("actor_id", "actor_type").drop_nulls().unique(subset="actor_id", keep="first")
    return dict(pairs.iter_rows())


def _type_of(ments: list[dict[str, Any]], actor_id: str) -> str | None:
    return next((m.get("actor_type") for m in ments if m.get("actor_id") == actor_id), None)


def _antecedent(
    pronoun: str,
    at: int,
    seen: list[tuple[int, str | None, str | None, str | None]],
    quotes: list[dict[str, Any]],
    ments: list[dict[str, Any]],
    actor_types: dict[str, str],
) -> tuple[str | None, str | None]:
    """The actor a pronoun source refers back to: the latest claim source or quote speaker before
    it of the right kind (a person for he/she; an organisation, group or state for it/they), else
    the first such actor mentioned in the nearest sentence before with one."""
    person = pronoun in ("he", "she")

    def fits(kind: str | None) -> bool:
        return kind == "person" if person else kind not in (None, "person", "location")

    best: tuple[int, str | None, str | None] | None = None
    for pos, actor, label, kind in seen:
        if pos < at and fits(kind) and (best is None or pos > best[0]):
            best = (pos, actor, label)
    for q in quotes:
        actor = q.get("speaker_actor_id")
        if (
            actor
            and q["char_start"] < at
            and fits(actor_types.get(actor))
            and (best is None or q["char_start"] > best[0])
        ):
            best = (q["char_start"], actor, q.get("speaker_label"))
    if best is not None:
        return best[1], best[2]
    earlier = [m for m in ments if m["char_end"] <= at and m.get("actor_id") and fits(m.get("actor_type"))]
    if not earlier:
        return None, None
    last_sentence = max(m["sentence_id"] for m in earlier)
    first = min((m for m in earlier if m["sentence_id"] == last_sentence), key=lambda m: m["char_start"])
    return first.get("actor_id"), first.get("actor_label")


def _quote_spans(quotes: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """(start, end, quote) of ``quotes``, in order, for :func:`_quote_at`."""
    return [(q["char_start"], q["char_end"], q) for q in quotes]


def _quote_at(spans: list[tuple[int, int, dict[str, Any]]], a: int, b: int) -> dict[str, Any] | None:
    """The first quote (of :func:`_quote_spans`) that holds the span ``a``-``b``."""
    for qa, qb, q in spans:
        if qa <= a and b <= qb:
            return q
    return None


def _actor_in(
    ments: list[dict[str, Any]], a: int, b: int, text: str = "", s0: int = 0
) -> tuple[str | None, str | None]:
    """The actor of a source span: the mention at the head of the noun phrase (the last one that
    is not a place or after a preposition: "the UN's World Food Programme" -> WFP, "civil defence
    spokesman Mahmud Bassal" -> Bassal, "the health ministry in Gaza" -> the ministry)."""
    inside = [m for m in ments if m["char_start"] < b and a < m["char_end"] and m.get("actor_id")]
    if not inside:
        inside = [m for m in ments if m["char_start"] < b and a < m["char_end"]]
        if not inside:
            return None, None
    if len(inside) == 1:
        return inside[0].get("actor_id"), inside[0].get("actor_label")

    def key(m: dict[str, Any]) -> tuple[bool, bool, int]:
        lead = text[max(0, a - s0) : max(0, m["char_start"] - s0)]
        return bool(m.get("is_place")), bool(_RE_AFTER_PREPOSITION.search(lead)), -m["char_end"]

    inside.sort(key=key)
    return inside[0].get("actor_id"), inside[0].get("actor_label")


def _place_mention(places: list[dict[str, Any]], at: int, limit: int) -> tuple[Any, Any] | None:
    """The place mention after the number within its clause (``at`` to ``limit``), else the last one before it."""
    after = [m for m in places if at <= m["char_start"] < limit]
    if after:
        return after[0].get("actor_id"), after[0]["surface"]
    before = [m for m in places if m["char_end"] <= at]
    if before:
        return before[-1].get("actor_id"), before[-1]["surface"]
    return None


def _place(
    text: str,
    s0: int,
    b: int,
    places: list[dict[str, Any]],
    not_places: frozenset[str] = frozenset(),
    memo: dict[str, tuple[int, str | None]] | None = None,
) -> tuple[str | None, str | None]:
    """The place a claim is about: the nearest place mention (of the sentence's ``places``, in
    ``char_start`` order) after it in the clause, else before it; else a capitalised name after
    ``in``/``across``/... close behind it. ``memo`` (one call's, for one ``not_places``): what the
    text after the claim alone decides (:func:`_place_in_text`), by that text."""
    rest = text[b:]
    hit = memo.get(rest) if memo is not None else None
    if hit is None:
        hit = _place_in_text(rest, not_places)
        if memo is not None:
            memo[rest] = hit
    found = _place_mention(places, s0 + b, s0 + b + hit[0]) if places else None
    return found if found is not None else (None, hit[1])


def _place_in_text(rest: str, not_places: frozenset[str]) -> tuple[int, str | None]:
    """What :func:`_place` reads in the text after a claim: where its clause ends, and the
    capitalised name after "in"/"across"/... (None: none)."""
    clause_end = _RE_PLACE_CLAUSE_END.search(rest)
    m = _RE_PLACE_AFTER.match(rest)
    name = m.group(1) if m and m.start(1) < 60 and m.group(1).split()[0] not in not_places else None
    return (clause_end.start() if clause_end else len(rest)), name


# the columns a claim's row adds to what its text alone decides, in the order of ``extra``
# (see table._extract_claims)
_ROW_COLS = (
    "article_id", "sentence_id", "char_start", "char_end", "surface", "source_actor_id", "source_label",
    "source_surface", "source_char_start", "source_char_end", "place", "place_surface", "source_rule",
)  # fmt: skip
_X_ID, _X_SID, _X_START, _X_SRC_ID, _X_SRC_LABEL, _X_SRC_SURFACE, _X_SRC_A, _X_SRC_B, _X_RULE = (
    0,
    1,
    2,
    5,
    6,
    7,
    8,
    9,
    12,
)
_CARRY_BACK = 3  # sentences of the paragraph a pronoun source looks back over
_RE_OPENING_ACCORDING = re.compile(r"\s*According\s+to\b")
# a sentence that opens on the previous sentence's figures continues its claim ("Of those, 9 were children",
# "Among them were 4 nurses", "Another 12 were injured"): the source credited there carries. Closed-class
# words of English grammar; any other sentence takes only an opening "According to X" (in-sample sets 2-5
# leave "X said 12 died. 9 were children." unsourced)
_RE_CONTINUING = re.compile(r"\s*(?:(?:Of|Among)\s+(?:those|them|these|whom)\b|(?:Another|A\s+further)\s)")


def _carry_sources(
    sentences: pl.DataFrame,
    mentions: pl.DataFrame | None,
    rules: _Rules,
    rows: list[_Claim],
    extra: list[tuple[Any, ...]],
    pending: list[int],
) -> None:
    """Sources across sentences (``source_rule`` ``carried`` / ``pronoun``), in place on ``extra``.

    A claim with no source (and no source cue anywhere in its sentence) takes the "According to X" that
    opens its paragraph, when the sentences between have no source cue of their own (the source is carried
    from sentence to sentence), or,
    when its sentence opens on the previous one's figures ("Of those", "Among them", "Another"), the source
    credited to a number there. A pronoun source that found no actor ("She added that ...") takes the
    nearest source of the paragraph's previous sentences (at most ``_CARRY_BACK``: a number's, else a
    reporting clause's subject) whose gender agrees (:func:`toolkit.extract.attribution.agrees`); its words and
    offsets become the source's.
    """

    arts = {extra[i][_X_ID] for i in pending}
    sents = sentences.filter(pl.col("article_id").is_in(list(arts))).select(
        "article_id", "sentence_id", "paragraph_id", "char_start", "text"
    )
    by_sent: dict[tuple[Any, Any], tuple[Any, int, str]] = {
        (a, sid): (pid, s0, t) for a, sid, pid, s0, t in sents.iter_rows()
    }
    ment_memo: list[dict[tuple[Any, ...], list[dict[str, Any]]]] = []

    def ments_of(art: Any, k: Any) -> list[dict[str, Any]]:
        if not ment_memo:  # only when a source is carried from a sentence's own cue
            ment_memo.append(_index(mentions, ["article_id", "sentence_id"], _MENTION_COLS, within=sents))
        return ment_memo[0].get((art, k), [])

    # the source each sentence's claims were credited in the sentence itself (first claim with one)
    credited: dict[tuple[Any, Any], tuple[Any, ...]] = {}
    for x in extra:
        if x[_X_RULE] in ("clause", "quote") and x[_X_SRC_A] is not None and (x[0], x[1]) not in credited:
            credited[x[0], x[1]] = (
                x[_X_SRC_A],
                x[_X_SRC_B],
                x[_X_SRC_ID],
                x[_X_SRC_LABEL],
                x[_X_SRC_SURFACE],
            )
    carried: dict[tuple[Any, Any], tuple[Any, ...]] = {}

    def opens_paragraph(art: Any, k: Any, sent: tuple[Any, int, str]) -> bool:
        """Sentence ``k`` opens its paragraph with "According to X" (one in mid-paragraph covers its own
        sentence: "... According to Ahola, it runs on old hardware. Minecraft costs $27." credits no one)."""
        before = by_sent.get((art, k - 1))
        return (before is None or before[0] != sent[0]) and _RE_OPENING_ACCORDING.match(sent[2]) is not None

    names = load_given_names()
    memos = _Memos(rules)
    for i in pending:
        x = extra[i]
        art, sid = x[_X_ID], x[_X_SID]
        here = by_sent.get((art, sid))
        if here is None:
            continue
        pid, _, own_text = here
        pronoun = x[_X_SRC_SURFACE] if x[_X_RULE] == "pronoun" else None
        if pronoun is None:
            prev = by_sent.get((art, sid - 1))
            continuing = (art, sid - 1) in credited and _RE_CONTINUING.match(own_text) is not None
            if (
                prev is None
                or prev[0] != pid
                or (
                    (art, sid - 1) not in carried
                    and not continuing
                    and not opens_paragraph(art, sid - 1, prev)
                )
            ):
                continue  # nothing to carry (checked first: the cheap test)
            if any(
                c[4] in ("verb", "according_to", "possessive") for c in _cues(own_text, rules, None, memos)
            ):
                continue  # the sentence names a source that does not cover this number: nothing to carry
        found = None
        if pronoun is None:
            # a plain claim takes only the previous sentence's "According to X" that opens it (or a
            # source carried there from one): a source credited to a number there is not carried
            # (annotators of the held-out sets 2-4 leave such claims unsourced)
            prev = by_sent.get((art, sid - 1))
            cand = carried.get((art, sid - 1))
            if cand is None and prev is not None and opens_paragraph(art, sid - 1, prev):
                _, p0, ptext = prev
                c = next((c for c in _cues(ptext, rules, None, memos) if c[4] == "according_to"), None)
                if c is not None:
                    aid, alabel = _actor_in(ments_of(art, sid - 1), p0 + c[0], p0 + c[1], ptext, p0)
                    cand = (p0 + c[0], p0 + c[1], aid, alabel, ptext[c[0] : c[1]])
            if cand is None and continuing:
                cand = credited[art, sid - 1]  # "The ministry said 12 died. Of those, 9 were children."
            found = cand
        else:
            # a pronoun source: the shared resolver (toolkit.extract.attribution.resolve_pronoun) over the
            # sources of the paragraph's previous sentences, nearest first
            by_span: dict[tuple[Any, Any], tuple[Any, ...]] = {}

            def candidates(
                art: Any = art,
                sid: Any = sid,
                pid: Any = pid,
                by_span: dict[tuple[Any, Any], tuple[Any, ...]] = by_span,
            ) -> Iterator[Candidate]:
                for k in range(sid - 1, sid - 1 - _CARRY_BACK, -1):
                    prev = by_sent.get((art, k))
                    if prev is None or prev[0] != pid:
                        return
                    cand = credited.get((art, k))
                    if cand is None:
                        _, p0, ptext = prev
                        cues = [
                            c for c in _cues(ptext, rules, None, memos) if c[4] in ("verb", "according_to")
                        ]
                        if cues:
                            c = min(cues, key=lambda c: (c[4] != "according_to", c[3]))
                            sa, sb = p0 + c[0], p0 + c[1]
                            aid, alabel = _actor_in(ments_of(art, k), sa, sb, ptext, p0)
                            cand = (sa, sb, aid, alabel, ptext[c[0] : c[1]])
                    if cand is not None:
                        by_span[cand[0], cand[1]] = cand
                        yield Candidate(cand[0], cand[1], str(cand[4]), cand[0], "source")

            hit = resolve_pronoun(pronoun, candidates(), before=x[_X_START], names=names)
            found = by_span[hit.start, hit.end] if hit is not None else None
        if found is None:
            continue
        rule = "pronoun" if pronoun is not None else "carried"
        extra[i] = (
            *x[:_X_SRC_ID],
            found[2],
            found[3],
            found[4],
            found[0],
            found[1],
            *x[_X_SRC_B + 1 : _X_RULE],
            rule,
        )
        if rule == "carried":
            carried.setdefault((art, sid), found)
