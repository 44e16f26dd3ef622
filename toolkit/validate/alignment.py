"""Aligning the gold set's actor ids with the toolkit's before scoring: span matching, gold ``new:<slug>`` ids
(:func:`align_new_ids`) and the state a gold set writes for a body of that state (:func:`align_parent_ids`,
:class:`ParentRule`)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import polars as pl

ALIGNED_TYPES: frozenset[str] = frozenset({"organization"})
"""Predicted actor types that :func:`align_parent_ids` and :class:`ParentRule` may align with a gold state id: an
organisation only. A state is the state itself, a place is not a body of it, a person's affiliation is a state too
("Donald Trump" is no "USA"), and an armed group or group whose affiliation is a state is a faction, not the state's
body ("Hamas", affiliation ``PSE``, never stands for the gold ``PSE`` of "the Hamas-run health ministry")."""

NOT_ALIGNED_ROLES: frozenset[str] = frozenset({"party", "media", "business"})
"""Roles (``role`` of the dictionary entry or of the predicted mention; the values of ``toolkit/data/actors*.yaml``
and ``actors_agencies.csv``) of an organisation that never stands for its state: a party, a news outlet or a company
of the state is not a body of it ("Republicans", affiliation ``USA``, are not the gold ``USA`` of "the
Republican-led state legislature")."""

MIN_COVER = 0.5
"""Share of the gold span (characters; for quote speakers and claim sources: of the gold words) that the predicted
body must cover: a modifier never stands for its noun ("Hamas" in "the Hamas-run health ministry")."""


def _is_body(typ: Any, roles: Collection[Any]) -> bool:
    """Whether an actor of type ``typ`` with ``roles`` (its known roles, nulls allowed) may stand for its state.

    >>> _is_body("organization", [None, "government"]), _is_body("organization", ["party"])
    (True, False)
    >>> _is_body("armed_group", [None])
    False
    """
    return typ in ALIGNED_TYPES and not NOT_ALIGNED_ROLES.intersection(r for r in roles if r)


# --------------------------------------------------------------------------- spans


def _overlap(a1: int, b1: int, a2: int, b2: int) -> int:
    return max(0, min(b1, b2) - max(a1, a2))


def _match_spans(pred: list[dict[str, Any]], gold: list[dict[str, Any]], match: str) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs: exact spans, or largest overlap first."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p["article_id"] != g["article_id"]:
                continue
            if match == "exact":
                if p["char_start"] == g["char_start"] and p["char_end"] == g["char_end"]:
                    cands.append((1.0, i, j))
            else:
                ov = _overlap(p["char_start"], p["char_end"], g["char_start"], g["char_end"])
                if ov > 0:
                    union = max(p["char_end"], g["char_end"]) - min(p["char_start"], g["char_start"])
                    cands.append((ov / union, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


# --------------------------------------------------------------------------- gold ids of new actors


def _slug_tokens(text: str | None) -> tuple[str, ...]:
    import unicodedata

    if not text:
        return ()
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return tuple(t for t in "".join(c if c.isalnum() else " " for c in plain).split() if t)


def _same_actor_name(gold_id: str, pred_id: str, pred_label: str | None) -> bool:
    """Whether ``new:<slug>`` and a predicted id name the same actor: the predicted id is a discovered
    one too, or its id or label spells the slug, or one name holds the other's words (two words or more:
    "Geir Pedersen" / "UN envoy Geir Pedersen"; a lone "Wagner" never stands for "Therese Kayikwamba Wagner")."""
    if pred_id.startswith("new:"):
        return True
    g = _slug_tokens(gold_id[4:].replace("-", " "))
    for cand in (_slug_tokens(pred_id.replace("_", " ")), _slug_tokens(pred_label)):
        if not cand or not g:
            continue
        if cand == g:
            return True
        small, big = (cand, g) if len(cand) <= len(g) else (g, cand)
        if len(small) >= 2 and set(small) <= set(big):
            return True
    return False


def align_new_ids(predicted: pl.DataFrame, gold: pl.DataFrame) -> pl.DataFrame:
    """Match gold ids ``new:<slug>`` to the toolkit's ids, article by article: ``article_id``,
    ``gold_id``, ``pred_id``.

    A gold ``new:`` id marks an actor the annotator did not find in the dictionary when the gold was
    built; when the dictionary later learns that actor, or the toolkit discovers it under another slug,
    the same words carry a different id. Each such gold actor takes the id the toolkit gives most of
    its mentions (overlapping spans) if that id is a discovered one or names the same actor (see
    :func:`_same_actor_name`), one to one within the article, and never an id the gold uses for another
    actor there. Everything else keeps its gold id, so a wrong resolution stays wrong.

    >>> g = pl.DataFrame({"article_id": ["a"], "char_start": [0], "char_end": [13], "actor_id": ["new:geir-pedersen"]})
    >>> p = pl.DataFrame({"article_id": ["a"], "char_start": [0], "char_end": [13], "actor_id": ["pedersen"],
    ...                   "actor_label": ["Geir Pedersen"]})
    >>> align_new_ids(p, g).rows()
    [('a', 'new:geir-pedersen', 'pedersen')]
    >>> align_new_ids(p.with_columns(actor_id=pl.lit("WAGNER"), actor_label=pl.lit("Wagner Group")), g).height
    0
    """
    schema = {"article_id": pl.String, "gold_id": pl.String, "pred_id": pl.String}
    if gold.height == 0 or predicted.height == 0:
        return pl.DataFrame(schema=schema)
    label = (
        predicted["actor_label"]
        if "actor_label" in predicted.columns
        else pl.Series([None] * predicted.height)
    )
    preds = predicted.select("article_id", "char_start", "char_end", "actor_id").with_columns(
        label.alias("actor_label")
    )
    golds = gold.select("article_id", "char_start", "char_end", "actor_id")
    cands = (
        golds.filter(pl.col("actor_id").str.starts_with("new:"))
        .join(preds, on="article_id", suffix="_p")
        .filter((pl.col("char_start") < pl.col("char_end_p")) & (pl.col("char_start_p") < pl.col("char_end")))
        .group_by("article_id", "actor_id", "actor_id_p")
        .agg(pl.len().alias("n"), pl.col("actor_label").first())
        .sort("article_id", "n", "actor_id", "actor_id_p", descending=[False, True, False, False])
    )
    used_gold = {(a, i) for a, i in golds.select("article_id", "actor_id").unique().rows()}
    taken: set[tuple[str, str]] = set()
    done: set[tuple[str, str]] = set()
    rows = []
    for art, gid, pid, _, plabel in cands.rows():
        if (art, gid) in done or (art, pid) in taken or pid is None:
            continue
        if pid != gid and (art, pid) in used_gold:
            continue  # the gold names another actor so in this article
        if _same_actor_name(gid, pid, plabel):
            rows.append((art, gid, pid))
            done.add((art, gid))
            taken.add((art, pid))
    return pl.DataFrame(rows, schema=schema, orient="row")


def _apply_ids(df: pl.DataFrame, mapping: pl.DataFrame, column: str) -> pl.DataFrame:
    if column not in df.columns or mapping.height == 0:
        return df
    m = mapping.rename({"gold_id": column, "pred_id": "_pred"})
    return (
        df.join(m, on=["article_id", column], how="left", maintain_order="left")
        .with_columns(pl.coalesce("_pred", column).alias(column))
        .drop("_pred")
    )


# --------------------------------------------------------------------------- parent bodies written as their state


def _words(text: str | None) -> str:
    """``text`` as plain lower-case words (accents and punctuation dropped, a leading "the" too)."""
    toks = _slug_tokens(text)
    if toks[:1] == ("the",):
        toks = toks[1:]
    return " ".join(toks)


def _agree(a: str, b: str) -> bool:
    """Two word strings name the same thing: equal, or one holds the other as whole words."""
    return bool(a and b and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "))


def _covers(name: str, gold: str) -> bool:
    """Whether the words ``name`` agree with the gold words (:func:`_agree`) and hold at least
    :data:`MIN_COVER` of them: "hamas" is in "hamas run health ministry" but covers a quarter of it."""
    return _agree(name, gold) and len(name.split()) >= MIN_COVER * len(gold.split())


_Bodies = dict[str, tuple[Any, Any, Any, list[str]]]


def _dictionary_states(
    dictionary: str | Path | None = None,
) -> tuple[frozenset[str], dict[str, frozenset[str]], _Bodies]:
    """The dictionary's state ids, each state's names (label, aliases, demonyms; as :func:`_words`) and
    every actor's ``(affiliation, type, role, [label, *aliases])``; ``dictionary``: a user file, as
    :func:`toolkit.extract.actors.dictionary.load_actors`."""
    from toolkit.extract.actors.dictionary import load_actors

    actors = load_actors(dictionary)
    names: dict[str, frozenset[str]] = {}
    for aid, label, aliases, demonyms in (
        actors.filter(pl.col("type") == "state").select("actor_id", "label", "aliases", "demonyms").rows()
    ):
        names[aid] = frozenset(w for w in map(_words, [label, aid, *(aliases or []), *(demonyms or [])]) if w)
    bodies = {
        aid: (aff, typ, role, [label, *(aliases or [])])
        for aid, aff, typ, role, label, aliases in actors.select(
            "actor_id", "affiliation", "type", "role", "label", "aliases"
        ).rows()
    }
    return frozenset(names), names, bodies


def align_parent_ids(
    predicted: pl.DataFrame,
    gold: pl.DataFrame,
    states: Collection[str] | None = None,
    *,
    dictionary: str | Path | None = None,
) -> pl.DataFrame:
    """Gold mentions whose state id stands for a body of that state, and the toolkit's id for that body:
    ``article_id``, ``char_start``, ``char_end`` (the gold mention), ``gold_id``, ``pred_id``.

    Gold sets write an institution without a dictionary entry of its own as its state ("NASA", "Thames Valley
    Police" -> ``USA``, ``GBR``: the convention of every ``build_gold.py``); the toolkit may know that body by
    its own id, with the state as ``affiliation``. A gold mention whose ``actor_id`` is a state (``states``;
    default: the dictionary's actors of type ``state``) takes the id of the predicted mention it matches
    (spans one to one, largest overlap first, as ``overlap`` scoring) when that predicted mention

    - is a body of the state: its ``affiliation`` is that state, its ``actor_type`` one of :data:`ALIGNED_TYPES`
      (an organisation: never a person, place, state, armed group or group; "Donald Trump" or "Hamas" never
      stands for the gold ``USA`` or ``PSE``) and its role (the mention's ``role`` when ``predicted`` has one,
      and the dictionary entry's) none of :data:`NOT_ALIGNED_ROLES` (no party, news outlet or company);
    - covers at least :data:`MIN_COVER` of the gold span (a modifier, "Hamas" in "the Hamas-run health
      ministry", never stands for its noun);
    - and the gold words (``surface``, when given) are no name of the state (label, alias or demonym: "United
      States" is the state, whatever the toolkit says).

    Only that mention changes: "United States" elsewhere in the article stays ``USA``. ``predicted`` needs
    ``actor_type`` and ``affiliation``. ``dictionary``: a user file read with the packaged ones (states, roles).

    >>> g = pl.DataFrame({"article_id": ["a", "a"], "char_start": [0, 30], "char_end": [4, 43],
    ...                   "actor_id": ["USA", "USA"]})
    >>> p = pl.DataFrame({"article_id": ["a", "a"], "char_start": [0, 30], "char_end": [4, 43],
    ...                   "actor_id": ["NASA", "USA"], "actor_type": ["organization", "state"],
    ...                   "affiliation": ["USA", None]})
    >>> align_parent_ids(p, g).rows()
    [('a', 0, 4, 'USA', 'NASA')]
    >>> trump = p.with_columns(actor_id=pl.lit("donald-trump"), actor_type=pl.lit("person"), affiliation=pl.lit("USA"))
    >>> align_parent_ids(trump, g).height
    0
    >>> align_parent_ids(p.with_columns(char_end=pl.lit(2)), g).height  # "NA" covers half of "NASA" at most
    1
    >>> align_parent_ids(p.with_columns(char_end=pl.lit(1)), g).height
    0
    """
    schema = {
        "article_id": pl.String,
        "char_start": pl.Int64,
        "char_end": pl.Int64,
        "gold_id": pl.String,
        "pred_id": pl.String,
    }
    need = {"article_id", "char_start", "char_end", "actor_id", "actor_type", "affiliation"}
    if gold.height == 0 or predicted.height == 0 or not need <= set(predicted.columns):
        return pl.DataFrame(schema=schema)
    dict_ids, names, bodies = _dictionary_states(dictionary)
    ids = dict_ids if states is None else frozenset(states)
    has_role = "role" in predicted.columns
    surface = (
        gold["surface"] if "surface" in gold.columns else pl.Series([None] * gold.height, dtype=pl.String)
    )
    golds = gold.select("article_id", "char_start", "char_end", "actor_id").with_columns(
        surface.alias("surface")
    )
    arts = golds.filter(pl.col("actor_id").is_in(list(ids)))["article_id"].unique().to_list()
    if not arts:
        return pl.DataFrame(schema=schema)
    preds = predicted.filter(pl.col("article_id").is_in(arts)).select(
        sorted(need | ({"role"} if has_role else set()))
    )
    by_article: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {a: ([], []) for a in arts}
    for p in preds.sort("article_id", "char_start", "char_end").to_dicts():
        by_article[p["article_id"]][0].append(p)
    for g in (
        golds.filter(pl.col("article_id").is_in(arts)).sort("article_id", "char_start", "char_end").to_dicts()
    ):
        by_article[g["article_id"]][1].append(g)
    rows = []
    for ps, gs in by_article.values():
        for i, j in _match_spans(ps, gs, "overlap"):
            p, g = ps[i], gs[j]
            roles = (p.get("role"), bodies.get(p["actor_id"], (None, None, None, []))[2])
            cover = _overlap(p["char_start"], p["char_end"], g["char_start"], g["char_end"])
            if (
                g["actor_id"] in ids and p["actor_id"] is not None and p["actor_id"] != g["actor_id"]
                and p["affiliation"] == g["actor_id"] and _is_body(p["actor_type"], roles)
                and cover >= MIN_COVER * (g["char_end"] - g["char_start"])
                and _words(g["surface"]) not in names.get(g["actor_id"], frozenset())
            ):  # fmt: skip
                rows.append((g["article_id"], g["char_start"], g["char_end"], g["actor_id"], p["actor_id"]))
    return pl.DataFrame(rows, schema=schema, orient="row").unique(maintain_order=True)


def _apply_parent(gold: pl.DataFrame, mapping: pl.DataFrame) -> pl.DataFrame:
    """``gold`` mentions with the ids of :func:`align_parent_ids` (that mention only)."""
    if mapping.height == 0:
        return gold
    keys = ["article_id", "char_start", "char_end", "actor_id"]
    m = mapping.rename({"gold_id": "actor_id", "pred_id": "_pred"}).with_columns(
        [pl.col(c).cast(gold.schema[c]) for c in ("char_start", "char_end") if c in gold.columns]
    )
    return (
        gold.join(m, on=keys, how="left", maintain_order="left")
        .with_columns(pl.coalesce("_pred", "actor_id").alias("actor_id"))
        .drop("_pred")
    )


class ParentRule:
    """The same rule for quote speakers and claim sources, one matched pair at a time: see :meth:`agrees`.

    ``mentions``: the predicted mentions (each body's ``affiliation``, ``actor_type``, ``role`` and surfaces,
    article by article; the dictionary for ids the article's mentions lack). ``states`` and ``dictionary``: as
    :func:`align_parent_ids`.

    >>> rule = ParentRule(pl.DataFrame({"article_id": ["a"], "char_start": [0], "char_end": [4], "surface": ["NASA"],
    ...                                 "actor_id": ["NASA"], "actor_type": ["organization"], "affiliation": ["USA"]}))
    >>> pred = {"article_id": "a", "speaker_actor_id": "NASA", "speaker_surface": "NASA"}
    >>> rule.agrees("speaker", pred, {"speaker_actor_id": "USA", "speaker_surface": "NASA"})
    True
    >>> rule.agrees("speaker", pred, {"speaker_actor_id": "USA", "speaker_surface": "the United States"})
    False
    >>> rule.agrees("speaker", pred, {"speaker_actor_id": "USA", "speaker_surface": None})  # no gold words
    False
    """

    def __init__(
        self,
        mentions: pl.DataFrame | None,
        states: Collection[str] | None = None,
        *,
        dictionary: str | Path | None = None,
    ) -> None:
        ids, self._names, self._dictionary = _dictionary_states(dictionary)
        self.states = ids if states is None else frozenset(states)
        self._bodies: dict[tuple[Any, Any], tuple[Any, Any, set[Any], set[str]]] = {}
        cols = ("article_id", "actor_id", "affiliation", "actor_type", "surface")
        if mentions is not None and set(cols) <= set(mentions.columns):
            role = pl.col("role") if "role" in mentions.columns else pl.lit(None, dtype=pl.String)
            for art, aid, aff, typ, surface, r in (
                mentions.select(*cols, role.alias("_role")).drop_nulls("actor_id").rows()
            ):
                body = self._bodies.setdefault((art, aid), (aff, typ, set(), set()))
                body[2].add(r)
                body[3].add(_words(surface))

    def agrees(self, field: str, pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
        """Whether a gold ``speaker``/``source`` written as a state is the predicted body of that state.

        True when the gold id is a state, the predicted id is another actor that is a body of that state
        (affiliation, type and role from the predicted mentions of the article, else the dictionary; the
        dictionary's role counts too): its affiliation is that state, its type one of :data:`ALIGNED_TYPES`
        and its role none of :data:`NOT_ALIGNED_ROLES`; and the gold words show the gold means that body,
        not the state: the gold ``*_surface`` is no name of the state and agrees (equal, or one holds the
        other as whole words) with the predicted surface, label, the body's dictionary label or alias, or a
        mention of that body in the article, which holds at least :data:`MIN_COVER` of the gold words ("Hamas" never stands for "the Hamas-run
        health ministry"). Without gold words, never.
        """
        prefix = "source" if field == "source" else "speaker"
        gid, pid = gold.get(f"{prefix}_actor_id"), pred.get(f"{prefix}_actor_id")
        if gid not in self.states or pid is None or pid == gid:
            return False
        d_aff, d_typ, d_role, d_names = self._dictionary.get(pid, (None, None, None, []))
        aff, typ, roles, surfaces = self._bodies.get(
            (pred.get("article_id"), pid), (None, None, set(), set())
        )
        if aff is None:
            aff, typ = d_aff, d_typ
        if aff != gid or not _is_body(typ, {*roles, d_role}):
            return False
        state_names = self._names.get(gid, frozenset())
        g_words = _words(gold.get(f"{prefix}_surface"))
        if not g_words or g_words in state_names:
            return False
        said = [pred.get(f"{prefix}_surface"), pred.get(f"{prefix}_label"), *d_names]
        names = {*map(_words, said), *surfaces}
        return any(_covers(n, g_words) for n in names - {""} - state_names)
