"""The evidence an article gives :mod:`toolkit.extract.places`: its capitalised runs, the countries and regions
it names (after a place, elsewhere in its text, in its dateline), and the words around a mention that make it a
place (a country or capital qualifying the place before it, a compass word, a list of places).
"""

from __future__ import annotations

import polars as pl

from toolkit.extract.place_gazetteer import _gazetteer, _names_for, _norm, _places_for

_LOCATIVE = (
    r"(?i)(?:\b(?:in|at|near|from|to|into|outside|inside|across|toward|towards|via|through|around|along|off|"
    r"between|reached|entered|visited|(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|city|town|village|"
    r"province|region|state|county|outskirts|suburbs?|capital|port|area|heart|centre|center|banks|mouth)\s+of)"
    r"\s+(?:the\s+)?)$"
)
# A capitalised run of words ("Bay of Bengal", "al-Burhan"), in the Rust syntax of polars' regexes: [\p{L}\p{N}] is
# Python's [^\W_] (a Rust \w would also take combining marks), and a run starts after none of _CHUNK's characters
_ALNUM = r"[\p{L}\p{N}]"
_CHUNK = r"\p{L}\p{N}_'’\-"
_WORD = rf"(?:(?:al|el|ad|ash|an|ar|as|at|az)[-‐])?[A-Z]{_ALNUM}*(?:[-‐'’]{_ALNUM}+)*\.?"
_GAP = r"[ \t]+(?:(?:of|upon|on|de|del|la|le|el|al|the)[ \t]+)?"
_RUN = rf"{_WORD}(?:{_GAP}{_WORD})*"
# Rust regexes have no look-behind: a run, or text in which no run may start (a chunk of word characters, then
# more of them after punctuation as long as the next chunk begins with none of the letters a run begins with)
_SCAN = rf"{_RUN}|[{_CHUNK}]+(?:[^{_CHUNK}]+[[{_CHUNK}]--[A-Zae]][{_CHUNK}]*)*"
_RUN_HEAD = r"^(?:(?:al|el|ad|ash|an|ar|as|at|az)[-‐])?[A-Z]"
_QUAL_RE = r"^\s*[,(]\s*([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,2})"
# what may stand between a place and the country or capital that qualifies it: ", " or " (QLD), "
_QUAL_GAP = r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?,[ \t]*"
# the last capitalised words (up to three) before such a gap, at the end of the text before a mention
_BEFORE_QUAL_RE = rf"(\p{{Lu}}[\p{{L}}\p{{N}}.'’-]*(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{N}}.'’-]*){{0,2}}){_QUAL_GAP}$"


# ---------------------------------------------------------------- evidence in the article


def _iso2(iso3: pl.Expr) -> pl.Expr:
    """ISO 3166-1 alpha-3 -> alpha-2 (null for actor ids that are not country codes)."""
    g = _gazetteer().places.filter(pl.col("feature") == "country")
    return iso3.replace_strict(dict(zip(g["country3"], g["country"], strict=True)), default=None, return_dtype=pl.String)


def _qualifier_rows(frame: pl.DataFrame, text: str, by: list[str]) -> pl.DataFrame:
    """Countries and regions named right after a place name (``, Illinois``): ``by`` + q_country, q_admin1."""
    q = _gazetteer().qualifiers
    phrase = frame.select(*by, pl.col(text).str.extract(_QUAL_RE, 1).alias("q")).drop_nulls("q")
    words = pl.col("q").str.split(" ")
    parts = pl.concat([phrase.select(*by, words.list.slice(0, n).list.join(" ").alias("q")) for n in (1, 2, 3)])
    return _with_key(parts, "q", "key").join(q, on="key").select(*by, "q_country", "q_admin1").unique()


def _runs(frame: pl.DataFrame, text: str, keep: list[str]) -> pl.DataFrame:
    """Every capitalised run (:data:`_RUN`) of each row's ``text`` that starts inside no word: ``keep`` columns,
    ``run_start`` (characters into the text) and ``run``, in text order.

    A text is first cut before every match of :data:`_RUN`; a text where one starts right after a word character
    (the "Phone" of "iPhone") is cut again at the matches of :data:`_SCAN`, which skip the rest of such words.

    >>> t = "Talks in St.Louis and iPhone Users of al-Qaeda, al-ahram, Bay of Bengal."
    >>> _runs(pl.DataFrame({"t": [t]}), "t", []).rows()
    [(0, 'Talks'), (9, 'St.'), (12, 'Louis'), (29, 'Users of al-Qaeda'), (58, 'Bay of Bengal.')]
    """
    texts = frame.select(*keep, pl.int_range(pl.len()).alias("_r"),
                         pl.col(text).fill_null("").str.replace_all("[\x00\x01]", "\x02").alias("_t"))  # fmt: skip
    runs = _cut(texts, _RUN)
    inside = runs.filter(pl.col("_inside"))["_r"].unique().implode()
    if inside.list.len().item():
        again = _cut(texts.filter(pl.col("_r").is_in(inside)), _SCAN).filter(pl.col("run").str.contains(_RUN_HEAD))
        runs = pl.concat([runs.filter(~pl.col("_r").is_in(inside)), again]).sort("_r", "run_start")
    return runs.select(*keep, "run_start", "run")


def _cut(texts: pl.DataFrame, pattern: str) -> pl.DataFrame:
    """The matches of ``pattern`` in ``_t`` with their offset (``run_start``), and whether a word character
    (:data:`_CHUNK`) is right before each (``_inside``)."""
    pieces = pl.col("_t").str.replace_all(pattern, "\x00$0\x01").str.split("\x00")  # a match, \x01, what follows
    p = texts.select(pl.exclude("_t"), pieces.alias("run")).explode("run")
    later = pl.col("_r").eq_missing(pl.col("_r").shift(1))  # the pieces after the text before the first match
    p = p.with_columns(
        _offset(pl.col("run").str.len_chars() - later.cast(pl.Int64), "_r").alias("run_start"),
        pl.col("run").str.contains(f"[{_CHUNK}]\x01?$").shift(1).alias("_inside"),
    )
    return p.filter(later).with_columns(pl.col("run").str.split_exact("\x01", 1).struct.field("field_0").alias("run"))


def _offset(n: pl.Expr, group: str) -> pl.Expr:
    """The sum of ``n`` over the rows before each row of its ``group`` (whose rows are contiguous)."""
    at = n.cast(pl.Int64).cum_sum() - n.cast(pl.Int64)
    return at - pl.when(pl.col(group).ne_missing(pl.col(group).shift(1))).then(at).forward_fill()


def _with_key(frame: pl.DataFrame, col: str, key: str) -> pl.DataFrame:
    """``frame`` with ``key``, the :func:`_norm` of ``col``, normalised once per distinct value."""
    keys = frame.select(pl.col(col).unique().drop_nulls()).with_columns(_norm(pl.col(col)).alias(key))
    return frame.join(keys, on=col, how="left", maintain_order="left")


def _context_rows(articles: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Countries and regions an article names: article_id, c_start, c_end, c_key, q_country, q_admin1, weight.

    From the text (every capitalised phrase of up to three words that names a country or region), the mentions'
    own countries (a state's id, a place's affiliation) and the dateline (weight 2; at offset -1).
    """
    runs = _runs(articles, "text", ["article_id"]).with_row_index("_run")
    many = pl.col("run").str.contains("[ \t]")  # a run of one word is its only word
    words = pl.concat([
        runs.filter(~many).with_columns(pl.lit(0, pl.Int64).alias("w_start"), pl.col("run").str.len_chars().alias("w")),
        runs.filter(many).with_columns(pl.col("run").str.extract_all(_WORD).alias("w"),
                                       pl.concat_list(pl.col("run").str.extract_all(_GAP), pl.lit("")).alias("gap"))
        .explode(["w", "gap"]).with_columns(pl.col("w").str.len_chars(), pl.col("gap").str.len_chars())
        .select(*runs.columns, _offset(pl.col("w") + pl.col("gap"), "_run").alias("w_start"), "w"),
    ]).with_columns((pl.col("w_start") + pl.col("w")).alias("w_end"))  # fmt: skip  # w: a word's length
    scan = pl.concat([
        words.with_columns(pl.col("w_end").shift(-d).alias("end"), pl.col("_run").shift(-d).alias("_to"))
        .filter(pl.col("_to") == pl.col("_run"))
        .select("article_id", (pl.col("run_start") + pl.col("w_start")).alias("c_start"),
                (pl.col("run_start") + pl.col("end")).alias("c_end"),
                pl.col("run").str.slice(pl.col("w_start"), pl.col("end") - pl.col("w_start")).alias("phrase"))
        for d in (0, 1, 2)  # phrases of one, two and three words
    ])  # fmt: skip
    scan = _with_key(scan, "phrase", "c_key")
    q = _gazetteer().qualifiers
    named = scan.join(q, left_on="c_key", right_on="key").filter(
        pl.col("exact").is_null() | (pl.col("phrase") == pl.col("exact"))).with_columns(pl.lit(1.0).alias("weight"))
    own = _with_key(mentions, "surface", "c_key").select(
        "article_id", pl.col("char_start").alias("c_start"), pl.col("char_end").alias("c_end"),
        "c_key", pl.col("hint").alias("q_country"),
        pl.lit(None, pl.String).alias("q_admin1"), pl.lit(1.0).alias("weight"),
    ).drop_nulls("q_country")  # fmt: skip
    parts = [named.select(own.columns), own]
    if "dateline" in articles.columns:
        parts.append(
            _dateline_quals(articles)
            .select("article_id", pl.lit(-1, pl.Int64).alias("c_start"), pl.lit(-1, pl.Int64).alias("c_end"),
                    pl.col("c_key").fill_null(""), "q_country", "q_admin1", pl.lit(2.0).alias("weight"))
        )  # fmt: skip
    return pl.concat(parts, how="vertical_relaxed")


def _dateline_quals(articles: pl.DataFrame) -> pl.DataFrame:
    """article_id, c_key (the dateline's place), q_country, q_admin1: the countries and regions a dateline names
    after its place (``PARIS, Texas (AP) -`` -> ``paris``, ``US``, ``US-TX``)."""
    if "dateline" not in articles.columns:
        return pl.DataFrame(schema={"article_id": pl.String, "c_key": pl.String, "q_country": pl.String,
                                    "q_admin1": pl.String})  # fmt: skip
    dl = articles.select(
        "article_id", pl.col("dateline").str.replace_all(r"\([^)]*\)", " ").str.replace(r"[\s\-–—:]+$", "")
        .str.split(",").alias("parts"),
    ).drop_nulls("parts")  # fmt: skip
    quals = dl.select("article_id", pl.col("parts").list.slice(1)).explode("parts").drop_nulls("parts")
    quals = quals.with_columns(_norm(pl.col("parts")).alias("key")).join(_gazetteer().qualifiers, on="key")
    city = dl.select("article_id", _norm(pl.col("parts").list.first()).alias("c_key"))
    return quals.join(city, on="article_id", how="left").select("article_id", "c_key", "q_country", "q_admin1")


def _dateline_cities(articles: pl.DataFrame) -> pl.DataFrame:
    """article_id, key: the normalised place name at the head of each dateline (``YORK, England`` -> ``york``)."""
    if "dateline" not in articles.columns:
        return pl.DataFrame(schema={"article_id": pl.String, "key": pl.String})
    head = pl.col("dateline").str.replace_all(r"\([^)]*\)", " ").str.split(",").list.first()
    return articles.select("article_id", _norm(head).alias("key")).drop_nulls("key")


def _after_place(m: pl.DataFrame, articles: pl.DataFrame) -> pl.Series:
    """The ``idx`` of country and capital mentions that qualify the place named right before them ("Gdynia,
    Poland", "Queensland (QLD), Australia", "Chandni Chowk, New Delhi"): state mentions not yet places whose
    surface is a gazetteer name, after a name the gazetteer has in that country (not a country itself) or after a
    place mention the gazetteer lacks; never before a possessive ("in Gdynia, Poland's envoy said") nor after a
    country's name ("Benin, Nigeria join the bloc")."""
    st = _with_key(m.filter((pl.col("actor_type") == "state") & ~pl.col("is_place").fill_null(False)), "surface", "key")
    st = st.join(_names_for(st["key"]).select("key").unique(), on="key", how="semi").join(
        articles.select("article_id", "text"), on="article_id").select(
        "idx", "article_id", "char_start", _iso2(pl.col("actor_id")).alias("cc"),
        pl.col("text").str.slice(pl.max_horizontal(pl.col("char_start") - 60, 0), pl.min_horizontal(pl.col("char_start"), 60))
        .str.extract(_BEFORE_QUAL_RE, 1).alias("q"),
        pl.col("text").str.slice(pl.col("char_end"), 2).str.contains(r"^['’]s").alias("poss"),
    ).filter(pl.col("q").is_not_null() & ~pl.col("poss") & pl.col("cc").is_not_null())  # fmt: skip
    if st.height == 0:
        return pl.Series("idx", [], dtype=pl.Int64)
    words = pl.col("q").str.split(" ")
    parts = pl.concat([st.select("idx", "cc", words.list.slice(-n).list.join(" ").alias("p")) for n in (1, 2, 3)])
    parts = _with_key(parts.unique(), "p", "key")
    names = _names_for(parts["key"])
    named = parts.join(names, on="key").join(
        _places_for(names["place_id"]).select("place_id", "country", "feature"), on="place_id")
    # a country's own name before it makes a list of countries ("Benin, Nigeria join the bloc"), whatever
    # towns share the name
    listed = named.filter((pl.col("feature") == "country") & (pl.col("kind") != "alt"))
    inside = named.filter((pl.col("country") == pl.col("cc")) & (pl.col("feature") != "country")).join(
        listed, on="idx", how="anti")
    # the mention right before, a place the gazetteer lacks ("Chandni Chowk")
    prev = _with_key(m.sort("article_id", "char_start"), "surface", "p_key").select(
        "idx", pl.col("char_end").shift(1).over("article_id").alias("p_end"),
        (pl.col("is_place").fill_null(False) | (pl.col("actor_type") == "location")).shift(1).over("article_id")
        .alias("p_place"), pl.col("p_key").shift(1).over("article_id"),
    )  # fmt: skip
    known = _names_for(prev["p_key"])["key"].unique()
    prev = prev.filter(pl.col("p_place").fill_null(False) & ~pl.col("p_key").is_in(known.implode()))
    # (the gap is read only where the mention before ends before this one starts: a filter's "&" evaluates both
    # sides, and a slice of negative length is an error in polars)
    unknown = prev.join(st.select("idx", "article_id", "char_start"), on="idx").filter(
        pl.col("p_end") <= pl.col("char_start")).join(articles.select("article_id", "text"), on="article_id").filter(
        pl.col("text").str.slice(pl.col("p_end"), pl.col("char_start") - pl.col("p_end")).str.contains(f"^{_QUAL_GAP}$"))  # fmt: skip
    return pl.concat([inside["idx"], unknown["idx"]]).unique()


def _before_rows(m: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """idx, b_country, b_admin1: the countries and regions of the places a mention may qualify, named right
    before it ("Seattle, Washington", "Saratoga Springs, New York", "Evansville, Indiana, United States"): the
    last one to three capitalised words before ", " that name a gazetteer place other than a country (a country
    before it makes a list of countries, "France, Germany"), one row per country and region such a place is in.
    This is the mirror of the ", Illinois" after a place (:func:`_qualifier_rows`): the name after a place is the
    region or country that place is in, not a namesake city (New York City) or town (Washington, Utah)."""
    empty = pl.DataFrame(schema={"idx": pl.Int64, "b_country": pl.String, "b_admin1": pl.String})
    q = m.filter(pl.col("char_start") > 0).join(articles.select("article_id", "text"), on="article_id").select(
        "idx", pl.col("text").str.slice(pl.max_horizontal(pl.col("char_start") - 60, 0),
                                        pl.min_horizontal(pl.col("char_start"), 60))
        .str.extract(_BEFORE_QUAL_RE, 1).alias("q"),
    ).drop_nulls("q")  # fmt: skip
    if q.height == 0:
        return empty
    words = pl.col("q").str.split(" ")
    parts = _with_key(pl.concat([q.select("idx", words.list.slice(-n).list.join(" ").alias("p")) for n in (1, 2, 3)])
                      .unique(), "p", "key")  # fmt: skip
    names = _names_for(parts["key"])
    named = parts.join(names, on="key").join(
        _places_for(names["place_id"]).select("place_id", "country", "admin1_code", "feature"), on="place_id")  # fmt: skip
    listed = named.filter((pl.col("feature") == "country") & (pl.col("kind") != "alt"))
    return named.filter(pl.col("feature") != "country").join(listed, on="idx", how="anti").select(
        "idx", pl.col("country").alias("b_country"), pl.col("admin1_code").alias("b_admin1")).unique()  # fmt: skip


def _in_list(m: pl.DataFrame, articles: pl.DataFrame) -> pl.Series:
    """The ``idx`` of place mentions that stand in a list of places, so that the name before them is no place
    they qualify (:func:`_before_rows` gives them nothing): a place right after them with "and" or "or" between
    ("Flights from Buffalo, New York and Boston": three cities, New York the city), unless a ", <name>" follows
    that place ("Seattle, Washington and Portland, Oregon": cities with their states); a place right after them
    with only a comma between, unless it is a region or country ("Buffalo, New York, Boston and Chicago"; but
    "Buffalo, New York" and "Evansville, Indiana, United States"); or two places before them, each after a comma ("Boston, Buffalo, New York").

    >>> arts = pl.DataFrame({"article_id": ["a"], "text": ["Flights from Buffalo, New York and Boston left."]})
    >>> m = pl.DataFrame({"idx": [0, 1, 2], "article_id": ["a"] * 3, "char_start": [13, 22, 35],
    ...                   "char_end": [20, 30, 41], "surface": ["Buffalo", "New York", "Boston"]})
    >>> _in_list(m, arts).to_list()
    [1]
    """
    pairs = _list_pairs(m, articles)
    if pairs.height == 0:
        return pl.Series("idx", [], dtype=pl.Int64)
    nxt = _with_key(pairs.join(m.select(pl.col("idx").alias("n_idx"), "surface"), on="n_idx"), "surface", "n_key")
    names = _names_for(nxt["n_key"])
    regions = names.filter(pl.col("kind") != "alt").join(  # names of countries and regions: "Indiana, United States"
        _places_for(names["place_id"]).filter(pl.col("feature").is_in(["country", "region"])).select("place_id"),
        on="place_id")  # fmt: skip
    commas = pairs.filter(~pl.col("conj")).select(pl.col("idx").alias("n_idx"))  # names a ", <name>" follows
    by_conj = nxt.filter(pl.col("conj")).join(commas, on="n_idx", how="anti")["idx"]
    by_comma = nxt.filter(~pl.col("conj") & ~pl.col("n_key").is_in(regions["key"].implode()))["idx"]
    # a ", <name>" after a name that itself follows a comma: the third name of "Boston, Buffalo, New York"
    comma_pairs = pairs.filter(~pl.col("conj"))
    after_two = comma_pairs.join(comma_pairs.select(pl.col("n_idx").alias("idx")), on="idx", how="semi")
    return pl.concat([by_conj, by_comma, after_two["n_idx"]]).unique().sort()


# what stands between two names of a list ("Idaho, Michigan, and Washington", "Italy, the United States")
_LIST_GAP = r"^(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?$"
# a locative word, then a compass word, right before a name: "in southwest France", "across northern Poland"
_COMPASS_BEFORE = (
    r"(?i)\b(?:in|into|across|throughout|inside|around|to|from)[ \t]+(?:the[ \t]+)?(?:far[ \t]+)?"
    r"(?:(?:north|south)[ -]?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?|central|mid|upstate|downstate)"
    r"[ \t]+$"
)


_FRONTED = r"(?:^|[.!?:;\n][ \t\"“]*)(?:In|At|From|Across|Outside|Inside|Near|Throughout)[ \t]+(?:the[ \t]+)?$"


def _list_pairs(m: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """idx, n_idx, conj: each mention and the capitalised mention right after it when they are names of one list
    ("Idaho, Michigan, and Washington"): nothing but a comma, "and" or "or" (and a "the") between them (conj: an
    "and" or "or"); never from a name that opens its sentence after a locative word to a comma ("In Lebanon,
    the ...")."""
    on = m.filter(pl.col("char_start") >= 0).sort("article_id", "char_start").select(
        "idx", "article_id", "char_end", pl.col("idx").shift(-1).over("article_id").alias("n_idx"),
        pl.col("char_start").shift(-1).over("article_id").alias("n_start"),
    ).drop_nulls("n_idx").filter(pl.col("n_start").is_between(pl.col("char_end"), pl.col("char_end") + 8))  # fmt: skip
    # (a next mention that starts inside this one, as two finders' overlapping readings may, is no list neighbour;
    # its gap would be a slice of negative length, an error in polars)
    gap = pl.col("text").str.slice(pl.col("char_end"), pl.col("n_start") - pl.col("char_end"))
    head = pl.col("text").str.slice(pl.max_horizontal(pl.col("char_start") - 12, 0),
                                    pl.min_horizontal(pl.col("char_start"), 12))  # fmt: skip
    on = on.join(m.select("idx", "char_start", "surface"), on="idx").join(
        articles.select("article_id", "text"), on="article_id").filter(
        gap.str.contains(_LIST_GAP) & pl.col("surface").str.contains(r"^\p{Lu}"))  # fmt: skip
    conj = gap.str.contains(r"\b(?:and|or)\b")
    # "In Lebanon, the health ministry said": a name that opens its sentence after a locative word is no list's
    # head when a comma follows it
    return on.filter(conj | ~head.str.contains(_FRONTED)).select(
        "idx", pl.col("n_idx").cast(pl.Int64), conj.alias("conj"))


def _place_by_context(m: pl.DataFrame, articles: pl.DataFrame, pairs: pl.DataFrame) -> pl.Series:
    """The ``idx`` of country and region mentions not yet places that the words around them make places: a
    locative word and a compass word before them ("in southwest France"), or a list closed by "and" or "or" one
    of whose names is a place ("in several countries, including Italy, the United States, Thailand and Canada":
    each of the list; :func:`_list_pairs`)."""
    geo = (pl.col("actor_type").is_in(["state", "location"])) & ~pl.col("is_place").fill_null(False)
    before = pl.col("text").str.slice(pl.max_horizontal(pl.col("char_start") - 40, 0),
                                      pl.min_horizontal(pl.col("char_start"), 40))  # fmt: skip
    compass = m.filter(geo & (pl.col("char_start") >= 0)).join(
        articles.select("article_id", "text"), on="article_id").filter(before.str.contains(_COMPASS_BEFORE))["idx"]
    place = pl.col("is_place").fill_null(False) | pl.col("idx").is_in(compass.implode())
    kinds = m.select("idx", place.alias("place"), geo.alias("geo"),
                     (pl.col("actor_type").is_in(["state", "location"]) | place).alias("geo_or_place"))
    # the lists: runs of pairs of names that are all countries, regions or places
    p = pairs.join(kinds.select("idx", pl.col("geo_or_place").alias("a")), on="idx").join(
        kinds.select(pl.col("idx").alias("n_idx"), pl.col("geo_or_place").alias("b")), on="n_idx"
    ).filter(pl.col("a") & pl.col("b")).select("idx", "n_idx", "conj")  # fmt: skip
    if p.height == 0:
        return compass
    heads = p.join(p.select(pl.col("n_idx").alias("idx")), on="idx", how="anti")["idx"]
    member = dict(zip(heads, heads, strict=True))
    nxt = dict(zip(p["idx"], p["n_idx"], strict=True))
    for h in heads:  # lists are short: a walk along each
        i = h
        while i in nxt:
            i = nxt[i]
            member[i] = h
    lists = pl.DataFrame({"idx": list(member), "list": list(member.values())},
                         schema={"idx": pl.Int64, "list": pl.Int64}).join(kinds, on="idx")  # fmt: skip
    # a list closed by "and" or "or" ("A, B and C"), one of whose names is a place
    closed = lists.join(p.filter(pl.col("conj")).select("idx"), on="idx", how="semi")["list"].implode()
    listed = lists.filter(pl.col("place").any().over("list") & pl.col("geo") & pl.col("list").is_in(closed))["idx"]
    return pl.concat([compass, listed]).unique()
