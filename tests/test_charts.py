"""Charts: every plot_* on empty tables (a "No rows" chart) and on small hand-built tables.

``make_analysis`` builds a small, fully populated :class:`toolkit.Analysis` by hand (three invented
articles; the third is hostile HTML) so that charts, widgets and reports can be tested while the
extraction modules are still being written. Other test files import it from here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import altair as alt
import polars as pl
import pytest

from toolkit import Analysis
from toolkit.core.schema import TABLES, conform, empty
from toolkit.explore import charts

HOSTILE_TITLE = "<script>document.title='PWNED-TITLE'</script>Gaza update"
HOSTILE_TEXT = (
    "<script>document.title='PWNED'</script>Officials in Gaza said "
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> 5 people died on Tuesday.\n"
    "The UN said “<b onmouseover=alert(1)>nothing</b> is safe” in Gaza."
)

ARTICLES = [
    {
        "article_id": "a1", "title": "Strikes on Rafah", "outlet": "AFP", "published": dt.date(2024, 3, 22),
        "text": "Hamas said at least 32 people were killed in Rafah.\n"
                "“We will not surrender,” said Ismail Haniyeh, as Israel rejected the toll.",
        "sentences": ["Hamas said at least 32 people were killed in Rafah.",
                      "“We will not surrender,” said Ismail Haniyeh, as Israel rejected the toll."],
    },
    {
        "article_id": "a2", "title": "Drones over Kharkiv", "outlet": "Reuters", "published": dt.date(2024, 3, 25),
        "text": "Ukraine’s Zelensky said Russia fired 40 drones overnight.\n"
                "The UN said about 1,200 civilians had fled Kharkiv, and Hamas and Israel traded blame.",
        "sentences": ["Ukraine’s Zelensky said Russia fired 40 drones overnight.",
                      "The UN said about 1,200 civilians had fled Kharkiv, and Hamas and Israel traded blame."],
    },
    {
        "article_id": "a3", "title": HOSTILE_TITLE, "outlet": "<i>Evil</i> Wire", "published": dt.date(2024, 3, 26),
        "text": HOSTILE_TEXT,
        "sentences": HOSTILE_TEXT.split("\n"),
    },
]  # fmt: skip

# (article, surface, actor_id, label, type, is_place)
MENTIONS = [
    ("a1", "Hamas", "HAM", "Hamas", "armed_group", False),
    ("a1", "Rafah", "RAF", "Rafah", "location", True),
    ("a1", "Ismail Haniyeh", "HAN", "Ismail Haniyeh", "person", False),
    ("a1", "Israel", "ISR", "Israel", "state", False),
    ("a2", "Ukraine", "UKR", "Ukraine", "state", False),
    ("a2", "Zelensky", "ZEL", "Volodymyr Zelensky", "person", False),
    ("a2", "Russia", "RUS", "Russia", "state", False),
    ("a2", "UN", "UN", "United Nations", "organization", False),
    ("a2", "Hamas", "HAM", "Hamas", "armed_group", False),
    ("a2", "Israel", "ISR", "Israel", "state", False),
    ("a3", "Officials", "new:officials", "<img src=x onerror=alert(2)>", "group", False),
    ("a3", "Gaza", "GAZ", "Gaza", "location", True),
    ("a3", "UN", "UN", "United Nations", "organization", False),
]


def _sentence_of(art: dict, start: int) -> int:
    pos = 0
    for i, s in enumerate(art["sentences"]):
        pos = art["text"].index(s, pos)
        if pos <= start < pos + len(s):
            return i
        pos += len(s)
    raise AssertionError(start)


def make_analysis() -> Analysis:
    """A small, consistent set of every table (offsets point into the article texts)."""
    arts = {a["article_id"]: a for a in ARTICLES}
    articles = conform(pl.DataFrame([{k: v for k, v in a.items() if k != "sentences"} for a in ARTICLES]), "articles")
    sent_rows = []
    for a in ARTICLES:
        pos = 0
        for i, s in enumerate(a["sentences"]):
            pos = a["text"].index(s, pos)
            sent_rows.append({"article_id": a["article_id"], "paragraph_id": i, "sentence_id": i,
                              "char_start": pos, "char_end": pos + len(s), "text": s, "is_heading": False})  # fmt: skip
            pos += len(s)
    sentences = conform(pl.DataFrame(sent_rows), "sentences")
    ment_rows, seen = [], {}
    for aid, surface, actor, label, typ, place in MENTIONS:
        start = arts[aid]["text"].index(surface, seen.get((aid, surface), 0))
        seen[(aid, surface)] = start + 1
        sid = _sentence_of(arts[aid], start)
        ment_rows.append({"article_id": aid, "sentence_id": sid, "paragraph_id": sid, "char_start": start,
                          "char_end": start + len(surface), "surface": surface, "actor_id": actor,
                          "actor_label": label, "actor_type": typ, "is_place": place, "rule": "alias"})  # fmt: skip
    mentions = conform(pl.DataFrame(ment_rows), "mentions")
    pairs = conform(
        pl.DataFrame(
            [
                {"article_id": "a1", "window": "sentence", "unit_id": 1, "actor_a": "HAN", "actor_b": "ISR", "sentence_ids": [1]},
                {"article_id": "a2", "window": "sentence", "unit_id": 1, "actor_a": "HAM", "actor_b": "ISR", "sentence_ids": [1]},
                {"article_id": "a1", "window": "article", "unit_id": 0, "actor_a": "HAM", "actor_b": "ISR", "sentence_ids": [0, 1]},
                {"article_id": "a2", "window": "article", "unit_id": 0, "actor_a": "HAM", "actor_b": "ISR", "sentence_ids": [1]},
                {"article_id": "a2", "window": "sentence", "unit_id": 0, "actor_a": "RUS", "actor_b": "UKR", "sentence_ids": [0]},
                {"article_id": "a3", "window": "sentence", "unit_id": 0, "actor_a": "GAZ", "actor_b": "new:officials", "sentence_ids": [0]},
            ]
        ),
        "cooc_pairs",
    )  # fmt: skip
    edges = conform(
        pl.DataFrame(
            {
                "actor_a": ["HAM", "HAN", "RUS", "GAZ", "HAM"],
                "actor_b": ["ISR", "ISR", "UKR", "new:officials", "ISR"],
                "window": ["sentence", "sentence", "sentence", "sentence", "article"],
                "n_units": [1, 1, 1, 1, 2], "n_articles": [1, 1, 1, 1, 2],
                "pmi": [1.0, 1.6, 2.0, 2.6, 0.0], "npmi": [0.3, 0.5, 0.6, 0.9, 0.0],
                "dice": [0.5, 0.67, 1.0, 1.0, 1.0], "llr": [1.2, 2.1, 2.8, 3.3, 0.0],
            }
        ),
        "cooc_edges",
    )  # fmt: skip
    senti = conform(
        sentences.select("article_id", "sentence_id").with_columns(
            pl.Series("compound", [-0.7, 0.2, -0.3, -0.5, -0.6, 0.1]),
            pl.Series("voice", ["narrator", "mixed", "narrator", "narrator", "narrator", "mixed"]),
            pl.Series("narrator_compound", [-0.7, -0.1, -0.3, -0.5, -0.6, 0.0]),
            pl.Series("quoted_compound", [None, 0.4, None, None, None, 0.3]),
        ),
        "sentiment",
    )
    actor_senti = conform(
        pl.DataFrame(
            {"actor_id": ["HAM", "ISR", "UN", "UN"], "actor_label": ["Hamas", "Israel", "United Nations", "United Nations"],
             "voice": ["all", "all", "all", "quoted"], "n_sentences": [2, 2, 2, 1],
             "mean_compound": [-0.55, -0.15, -0.2, 0.3], "ci_low": [-0.7, -0.5, -0.5, 0.3], "ci_high": [-0.4, 0.2, 0.1, 0.3]}
        ),
        "actor_sentiment",
    )  # fmt: skip
    claim_specs = [
        ("a1", "at least 32", 32.0, "at_least", "killed", "HAM", "Hamas"),
        ("a2", "40", 40.0, "exact", "other", "ZEL", "Volodymyr Zelensky"),
        ("a2", "about 1,200", 1200.0, "about", "displaced", "UN", "United Nations"),
        ("a3", "5", 5.0, "exact", "dead", "new:officials", "<img src=x onerror=alert(3)>"),
    ]
    claim_rows = []
    for aid, surface, value, qual, counted, src, label in claim_specs:
        text = arts[aid]["text"]
        start = text.index(surface) if surface != "5" else text.index(" 5 ") + 1
        claim_rows.append({"article_id": aid, "sentence_id": _sentence_of(arts[aid], start), "char_start": start,
                           "char_end": start + len(surface), "surface": surface, "value": value, "value_low": value,
                           "value_high": value * (1.1 if qual == "about" else 1.0), "qualifier": qual, "counted": counted,
                           "unit": "people", "what": "people", "vague": False, "source_actor_id": src, "source_label": label})  # fmt: skip
    clms = conform(pl.DataFrame(claim_rows), "claims")
    ledger = conform(
        clms.join(articles.select("article_id", "published"), on="article_id").with_columns(pl.lit(None, pl.String).alias("place")),
        "claim_ledger",
    )
    q1 = arts["a1"]["text"]
    q3 = arts["a3"]["text"]
    quote_rows = [
        {"article_id": "a1", "sentence_id": 1, "char_start": q1.index("We will"), "char_end": q1.index(",” said"),
         "quote": "We will not surrender", "kind": "direct", "cue": "said", "speaker_surface": "Ismail Haniyeh",
         "speaker_actor_id": "HAN", "speaker_label": "Ismail Haniyeh"},
        {"article_id": "a3", "sentence_id": 1, "char_start": q3.index("<b on"), "char_end": q3.index("” in Gaza"),
         "quote": q3[q3.index("<b on"): q3.index("” in Gaza")], "kind": "direct", "cue": "said",
         "speaker_surface": "The UN", "speaker_actor_id": "UN", "speaker_label": "<script>alert(4)</script>"},
    ]  # fmt: skip
    quots = conform(pl.DataFrame(quote_rows), "quotes")
    tables = {name: empty(name) for name in TABLES}
    tables.update(articles=articles, sentences=sentences, mentions=mentions, cooc_pairs=pairs, cooc_edges=edges,
                  sentiment=senti, actor_sentiment=actor_senti, claims=clms, claim_ledger=ledger, quotes=quots)  # fmt: skip
    return Analysis(**tables, settings={"made": "by hand"})


def empty_analysis() -> Analysis:
    return Analysis(**{name: empty(name) for name in TABLES})


def _data_values(chart) -> list[dict]:
    spec = charts.chart_spec(chart)
    return [row for rows in spec.get("datasets", {}).values() for row in rows]


def _marks(svg: str, mark: str) -> int:
    """Number of drawn marks of one kind (vega's aria description: "rect mark", "bar", "circle", ...)."""
    return svg.count(f'aria-roledescription="{mark}"')


# ---------------------------------------------------------------- the hand-built tables are consistent


def test_fixture_offsets_round_trip():
    r = make_analysis()
    text = dict(r.articles.select("article_id", "text").iter_rows())
    for name, col in (("sentences", "text"), ("mentions", "surface"), ("claims", "surface"), ("quotes", "quote")):
        for row in r.tables[name].iter_rows(named=True):
            assert text[row["article_id"]][row["char_start"]: row["char_end"]] == row[col], (name, row)


# ---------------------------------------------------------------- empty tables


EMPTY_CALLS = {
    "plot_cooc_heatmap": lambda: charts.plot_cooc_heatmap(empty("cooc_edges"), empty("mentions")),
    "plot_cooc_network": lambda: charts.plot_cooc_network(empty("cooc_edges"), empty("mentions")),
    "plot_sentence_tone": lambda: charts.plot_sentence_tone(empty("sentiment"), empty("sentences")),
    "plot_article_tone": lambda: charts.plot_article_tone(empty("sentiment"), empty("articles")),
    "plot_voice_tone": lambda: charts.plot_voice_tone(empty("sentiment")),
    "plot_actor_tone": lambda: charts.plot_actor_tone(empty("actor_sentiment")),
    "plot_claim_ledger": lambda: charts.plot_claim_ledger(empty("claim_ledger")),
    "plot_claim_counts": lambda: charts.plot_claim_counts(empty("claims")),
    "plot_top_actors": lambda: charts.plot_top_actors(empty("mentions")),
    "plot_corpus_timeline": lambda: charts.plot_corpus_timeline(empty("articles")),
    "plot_places_map": lambda: charts.plot_places_map(empty("places")),
    "plot_story_spread": lambda: charts.plot_story_spread(empty("articles")),
}


@pytest.mark.parametrize("name", sorted(EMPTY_CALLS))
def test_empty_table_gives_no_rows_chart(name):
    chart = EMPTY_CALLS[name]()
    values = charts.chart_spec(chart)["data"]["values"]
    table = {"plot_claim_ledger": "claim_ledger", "plot_actor_tone": "actor_sentiment"}.get(name)
    assert values[0]["message"].startswith("No rows: the ")
    if table:
        assert values[0]["message"] == f"No rows: the {table} table is empty."
    svg = charts.to_svg(chart)
    assert "No rows: the" in svg


def test_every_plot_function_is_covered_by_empty_test():
    plots = {n for n in dir(charts) if n.startswith("plot_")}
    assert plots == set(EMPTY_CALLS)


# ---------------------------------------------------------------- co-occurrence


def test_filter_edges_whole_frame():
    r = make_analysis()
    got = charts.filter_edges(r.cooc_edges, r.mentions, window="sentence", measure="llr", min_count=1)
    assert got.select("label_a", "label_b", "type_a", "type_b", "score").rows() == [
        ("Gaza", "<img src=x onerror=alert(2)>", "location", "group", 3.3),
        ("Russia", "Ukraine", "state", "state", 2.8),
        ("Ismail Haniyeh", "Israel", "person", "state", 2.1),
        ("Hamas", "Israel", "armed_group", "state", 1.2),
    ]


def test_filter_edges_window_min_count_types_top():
    r = make_analysis()
    assert charts.filter_edges(r.cooc_edges, r.mentions, window="article", min_count=2)[["actor_a", "actor_b"]].rows() == [("HAM", "ISR")]
    assert charts.filter_edges(r.cooc_edges, r.mentions, min_count=2).height == 0
    states = charts.filter_edges(r.cooc_edges, r.mentions, actor_types=["state"])
    assert states[["actor_a", "actor_b"]].rows() == [("RUS", "UKR")]
    assert charts.filter_edges(r.cooc_edges, r.mentions, top=2).height == 2
    # without mentions, labels fall back to ids and types to "other"
    bare = charts.filter_edges(r.cooc_edges, window="article")
    assert bare.select("label_a", "type_a").row(0) == ("HAM", "other")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"window": "page"}, "invalid window='page'; valid values: 'sentence', 'paragraph', 'article'"),
        ({"measure": "jaccard"}, "invalid measure='jaccard'; valid values: 'npmi', 'pmi', 'dice', 'llr', 'n_units'"),
    ],
)
def test_bad_options_list_valid_values(kwargs, message):
    r = make_analysis()
    with pytest.raises(ValueError, match=re.escape(message)):
        charts.plot_cooc_heatmap(r.cooc_edges, r.mentions, **kwargs)


def test_missing_columns_named():
    with pytest.raises(ValueError, match="plot_sentence_tone needs column"):
        charts.plot_sentence_tone(pl.DataFrame({"article_id": ["a"]}))


def test_heatmap_is_symmetric_and_drawn():
    r = make_analysis()
    chart = charts.plot_cooc_heatmap(r.cooc_edges, r.mentions, window="sentence", measure="npmi")
    cells = {(v["row"], v["col"]): v["score"] for v in _data_values(chart)}
    assert len(cells) == 8  # 4 pairs, both triangles
    assert cells[("Hamas", "Israel")] == cells[("Israel", "Hamas")] == 0.3
    assert _marks(charts.to_svg(chart), "rect mark") == 8


def test_network_layout_is_deterministic_and_complete():
    r = make_analysis()
    sel = charts.filter_edges(r.cooc_edges, r.mentions)
    nodes1, edges1 = charts.layout_network(sel, seed=1)
    nodes2, _ = charts.layout_network(sel, seed=1)
    assert nodes1.equals(nodes2)
    assert sorted(nodes1["label"]) == sorted(
        ["Gaza", "<img src=x onerror=alert(2)>", "Russia", "Ukraine", "Ismail Haniyeh", "Israel", "Hamas"]
    )
    assert nodes1.filter(pl.col("label") == "Israel")["degree"].item() == 2
    pos = {n["label"]: (n["x"], n["y"]) for n in nodes1.iter_rows(named=True)}
    row = edges1.filter(pl.col("label_a") == "Russia").row(0, named=True)
    assert (row["x"], row["y"], row["x2"], row["y2"]) == (*pos["Russia"], *pos["Ukraine"])
    svg = charts.to_svg(charts.plot_cooc_network(r.cooc_edges, r.mentions))
    assert _marks(svg, "circle") == 7
    assert "&lt;img src=x onerror=alert(2)&gt;" in svg and "<img" not in svg


# ---------------------------------------------------------------- sentiment


def test_sentence_tone_one_article_with_text():
    r = make_analysis()
    chart = charts.plot_sentence_tone(r.sentiment, r.sentences, article_id="a2")
    rows = [v for v in _data_values(chart) if "compound" in v]
    assert [(v["sentence_id"], v["compound"], v["voice"]) for v in rows] == [(0, -0.3, "narrator"), (1, -0.5, "narrator")]
    assert rows[0]["text"].startswith("Ukraine’s Zelensky")
    assert _marks(charts.to_svg(chart), "circle") == 2
    msg = charts.plot_sentence_tone(r.sentiment, article_id="zz")
    assert charts.chart_spec(msg)["data"]["values"][0]["message"] == "No rows match article_id='zz' (the sentiment table has 6 rows)."


def test_voice_tone_uses_narrator_and_quoted_scores():
    r = make_analysis()
    values = {v["voice"]: v for v in _data_values(charts.plot_voice_tone(r.sentiment))}
    assert values["quoted"]["n"] == 2 and values["quoted"]["mean"] == pytest.approx(0.35)  # of 0.3 and 0.4
    assert values["narrator"]["n"] == 6
    assert values["quoted"]["ci_low"] < 0.35 < values["quoted"]["ci_high"]


def test_actor_tone_by_voice():
    r = make_analysis()
    values = _data_values(charts.plot_actor_tone(r.actor_sentiment, voice="all"))
    labels = {v["actor_label"] for v in values if "actor_label" in v}
    assert labels == {"Hamas", "Israel", "United Nations"}
    q = _data_values(charts.plot_actor_tone(r.actor_sentiment, voice="quoted"))
    assert [(v["actor_label"], v["ci_low"], v["ci_high"]) for v in q if "actor_label" in v] == [("United Nations", 0.3, 0.3)]
    with pytest.raises(ValueError, match="invalid voice='both'"):
        charts.plot_actor_tone(r.actor_sentiment, voice="both")


def test_article_tone_labels_articles():
    r = make_analysis()
    values = _data_values(charts.plot_article_tone(r.sentiment, r.articles))
    assert {v["article"] for v in values} >= {"Strikes on Rafah — AFP", "Drones over Kharkiv — Reuters"}


# ---------------------------------------------------------------- claims and corpus


def test_claim_ledger_panels_and_dates():
    r = make_analysis()
    chart = charts.plot_claim_ledger(r.claim_ledger)
    assert isinstance(chart, alt.FacetChart)
    values = _data_values(chart)
    assert {v["counted"] for v in values} == {"killed", "other", "displaced", "dead"}
    assert {v["published"] for v in values} == {"2024-03-22", "2024-03-25", "2024-03-26"}
    only = _data_values(charts.plot_claim_ledger(r.claim_ledger, counted=["displaced"]))
    assert [(v["source_label"], v["value"], v["value_high"]) for v in only] == [("United Nations", 1200.0, pytest.approx(1320.0))]
    svg = charts.to_svg(chart)
    assert _marks(svg, "point") == 4


def test_claim_counts_and_top_actors_and_timeline():
    r = make_analysis()
    assert _marks(charts.to_svg(charts.plot_claim_counts(r.claims)), "bar") == 4
    top = _data_values(charts.plot_top_actors(r.mentions, top=3))
    assert [(v["actor_label"], v["n_mentions"]) for v in top][:2] == [("Hamas", 2), ("Israel", 2)]
    assert "Rafah" not in {v["actor_label"] for v in top}
    assert _marks(charts.to_svg(charts.plot_corpus_timeline(r.articles)), "bar") == 3
    no_dates = r.articles.with_columns(pl.lit(None, pl.Date).alias("published"))
    assert "No publication dates" in charts.to_svg(charts.plot_corpus_timeline(no_dates))


# ---------------------------------------------------------------- offline display


def test_chart_html_escapes_spec_and_keeps_svg():
    chart = charts.message_chart("</script><script>alert(1)</script>")
    out = charts.chart_html(chart)
    assert out.count("</script>") == 1  # only the closing tag of the spec block
    spec_json = re.search(r'vegalite\+json">(.*)</script>', out).group(1)
    assert json.loads(spec_json)["data"]["values"][0]["message"] == "</script><script>alert(1)</script>"
    assert "<svg" in out and 'class="tk-chart"' in out


def test_offline_renderer_gives_static_snapshot_outside_a_kernel():
    assert charts.use_offline_renderer() == "toolkit"
    bundle = alt.renderers.get()(charts.chart_spec(charts.message_chart("hi")))
    assert set(bundle) == {"text/html", "text/plain"}  # the SVG once, inside the HTML (not twice)
    page = bundle["text/html"]
    assert 'class="tk-snapshot"' in page and "<svg" in page and ".jp-OutputArea-child:has(.tk-live)" in page
    assert "https://" not in page.split("<script")[0].replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_count_axes_and_legends_have_whole_number_ticks():
    """No '0.2 articles' or '1.2 windows': every count axis and legend ticks whole numbers."""
    from toolkit.explore import charts as ch

    mentions = pl.DataFrame({"actor_id": ["A", "B"], "actor_label": ["A", "B"], "actor_type": ["state", "state"],
                             "is_place": [False, False]})  # fmt: skip
    claims = pl.DataFrame({"counted": ["killed"], "qualifier": ["exact"]})
    articles = pl.DataFrame({"published": [dt.date(2024, 3, 22)], "outlet": ["AFP"]})
    for chart, channel in ((ch.plot_top_actors(mentions), "x"), (ch.plot_claim_counts(claims), "x"),
                           (ch.plot_corpus_timeline(articles), "y")):  # fmt: skip
        axis = chart.to_dict()["encoding"][channel]["axis"]
        assert axis["tickMinStep"] == 1 and axis["format"] == "d"
    # as drawn: Vega still puts a tick at 0.5 on a 0-1 count axis; it must not be labelled (it read "1" twice)
    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(ch.plot_corpus_timeline(articles).to_json())
    assert re.findall(r"<text[^>]*>(\d+)</text>", svg) == ["0", "1"]


def test_tables_display_rounded_numbers_but_keep_full_precision():
    from toolkit.explore.highlight import frame_html

    df = pl.DataFrame({"score": [5.044394119358453], "value": [31988.0]})
    page = frame_html(df)
    assert "<td>5.044</td>" in page and "<td>31988</td>" in page and "5.0443941" not in page
    assert df["score"][0] == 5.044394119358453


def test_claim_ledger_never_puts_two_currencies_on_one_axis():
    ledger = pl.DataFrame({
        "counted": ["money", "money", "killed"], "unit": ["GBP", "USD", "people"], "source_label": ["A", "B", "C"],
        "published": [dt.date(2024, 3, 22)] * 3, "value": [5e6, 7e6, 12.0], "value_low": [None, None, None],
        "value_high": [None, None, None],
    }, schema_overrides={"value_low": pl.Float64, "value_high": pl.Float64})  # fmt: skip
    spec = charts.plot_claim_ledger(ledger).to_dict()
    assert spec["facet"]["row"]["field"] == "panel" and spec["resolve"]["scale"]["y"] == "independent"
    data = next(iter(spec["datasets"].values()))
    assert sorted({r["panel"] for r in data}) == ["killed (people)", "money (GBP)", "money (USD)"]


# ---------------------------------------------------------------- live charts: tooltips, selections, labels


def _units(spec: dict) -> list[dict]:
    """Every unit spec (one with a mark) of a Vega-Lite spec: layers, facets and concatenations opened."""
    out = []
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for sub in spec.get(key, []):
            out += _units(sub)
    if "spec" in spec:
        out += _units(spec["spec"])
    if "mark" in spec:
        out.append(spec)
    return out


def _all_charts(r) -> dict[str, object]:
    return {
        "heatmap": charts.plot_cooc_heatmap(r.cooc_edges, r.mentions),
        "network": charts.plot_cooc_network(r.cooc_edges, r.mentions),
        "sentence_tone_one": charts.plot_sentence_tone(r.sentiment, r.sentences, article_id="a1"),
        "sentence_tone_all": charts.plot_sentence_tone(r.sentiment, r.sentences, articles=r.articles),
        "sentence_tone_mean": charts.plot_sentence_tone(r.sentiment, max_series=2),
        "article_tone": charts.plot_article_tone(r.sentiment, r.articles),
        "voice_tone": charts.plot_voice_tone(r.sentiment),
        "actor_tone": charts.plot_actor_tone(r.actor_sentiment),
        "ledger": charts.plot_claim_ledger(r.claim_ledger),
        "claim_counts": charts.plot_claim_counts(r.claims),
        "top_actors": charts.plot_top_actors(r.mentions),
        "timeline": charts.plot_corpus_timeline(r.articles),
        "message": charts.message_chart("hello"),
    }


def test_every_mark_has_a_tooltip():
    for name, chart in _all_charts(make_analysis()).items():
        for unit in _units(charts.chart_spec(chart)):
            mark = unit["mark"] if isinstance(unit["mark"], dict) else {"type": unit["mark"]}
            assert "tooltip" in unit.get("encoding", {}) or "tooltip" in mark, (name, mark["type"])


def test_selections_that_drive_the_explorers():
    r = make_analysis()
    heat = charts.chart_spec(charts.plot_cooc_heatmap(r.cooc_edges, r.mentions))
    assert [(p["name"], p["select"]["fields"]) for p in heat["params"]] == [("pair", ["actor_a", "actor_b"])]
    rows = _data_values(charts.plot_cooc_heatmap(r.cooc_edges, r.mentions))
    assert {(v["actor_a"], v["actor_b"]) for v in rows} >= {("RUS", "UKR"), ("HAM", "ISR")}  # ids to select on
    net = charts.chart_spec(charts.plot_cooc_network(r.cooc_edges, r.mentions))
    assert {p["name"] for p in net["params"]} == {"pair", "zoom"}  # click an edge; zoom and pan
    led = charts.chart_spec(charts.plot_claim_ledger(r.claim_ledger))
    assert led["params"][0]["select"]["fields"] == ["panel", "source_label", "published", "period"]
    from toolkit.explore import live

    w = live.chart_widget(charts.plot_cooc_heatmap(r.cooc_edges, r.mentions))
    assert "tk-live" in w._dom_classes and w._selection_types == {"pair": "point"}
    assert len(w._esm) > 500_000 and "esm.sh" not in w._esm  # vl-convert's bundle inlined, no import from a CDN
    w._vl_selections = {"pair": {"value": None, "store": [{"fields": [{"field": "actor_a"}, {"field": "actor_b"}], "values": ["RUS", "UKR"]}]}}
    assert live.selected_rows(w, "pair") == [{"actor_a": "RUS", "actor_b": "UKR"}]


def test_legends_keep_full_labels():
    spec = charts.chart_spec(charts.plot_cooc_network(make_analysis().cooc_edges, make_analysis().mentions))
    assert spec["config"]["legend"]["labelLimit"] == 0  # "armed_group", "organization" in full
    assert "armed_group" in charts.to_svg(spec) and "organization" in charts.to_svg(spec)


def test_all_articles_tone_labels_its_series():
    r = make_analysis()
    spec = charts.chart_spec(charts.plot_sentence_tone(r.sentiment, r.sentences, articles=r.articles))
    line = _units(spec)[0]
    assert line["encoding"]["color"]["field"] == "article" and line["encoding"]["color"]["title"] == "article"
    svg = charts.to_svg(spec)
    assert "Strikes on Rafah — AFP" in svg  # the legend names each line
    mean = charts.chart_spec(charts.plot_sentence_tone(r.sentiment, max_series=2))
    assert "mean of 3 articles" in json.dumps(mean)  # more articles than series: their mean, labelled


def test_no_match_says_which_filter():
    r = make_analysis()
    heat = charts.chart_spec(charts.plot_cooc_heatmap(r.cooc_edges, r.mentions, window="paragraph"))
    msg = heat["data"]["values"][0]["message"]
    assert msg.startswith("No rows match window='paragraph', min count 1") and "the cooc_edges table has" in msg
    led = charts.chart_spec(charts.plot_claim_ledger(r.claim_ledger.head(0), filters="source UN"))
    assert led["data"]["values"][0]["message"] == "No claim in the ledger matches source UN."


def _big_tables(n_articles: int = 2000, per_article: int = 38) -> dict[str, pl.DataFrame]:
    """Synthetic tables the size of a 2,000-article corpus (76,000 sentences, 40,000 ledger claims)."""
    import numpy as np

    rng = np.random.default_rng(0)
    n = n_articles * per_article
    ids = [f"a{i:05d}" for i in range(n_articles)]
    sentiment = pl.DataFrame({
        "article_id": np.repeat(ids, per_article), "sentence_id": np.tile(np.arange(per_article, dtype=np.int32), n_articles),
        "compound": rng.uniform(-1, 1, n), "voice": rng.choice(["narrator", "quoted", "mixed"], n),
        "narrator_compound": rng.uniform(-1, 1, n), "quoted_compound": rng.uniform(-1, 1, n),
    })  # fmt: skip
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 365, n_articles)]
    articles = pl.DataFrame({"article_id": ids, "title": [f"Title {i}" for i in range(n_articles)], "published": days,
                             "outlet": rng.choice([f"outlet {k}" for k in range(30)], n_articles)})  # fmt: skip
    m = 40_000
    ledger = pl.DataFrame({
        "counted": rng.choice(["killed", "injured", "displaced", "money", "percent"], m), "unit": rng.choice(["people", "USD"], m),
        "source_label": rng.choice([f"source {k}" for k in range(150)], m),
        "published": [days[int(i)] for i in rng.integers(0, n_articles, m)],
        "value": rng.uniform(1, 1000, m), "value_low": [None] * m, "value_high": [None] * m,
        "qualifier": rng.choice(["exact", "about", "at_least"], m), "surface": ["at least 12"] * m,
        "article_id": rng.choice(ids, m), "sentence_id": rng.integers(0, per_article, m).astype(np.int32),
    }).cast({"value_low": pl.Float64, "value_high": pl.Float64})  # fmt: skip
    return {"sentiment": sentiment, "articles": articles, "claim_ledger": ledger}


def test_charts_aggregate_before_they_draw():
    """At 2,000 articles every chart stays small: what made a 67 MB report is aggregated or cut."""
    t = _big_tables()
    sizes = {
        "sentence_tone_all": charts.chart_html(charts.plot_sentence_tone(t["sentiment"], articles=t["articles"])),
        "article_tone": charts.chart_html(charts.plot_article_tone(t["sentiment"], t["articles"])),
        "voice_tone": charts.chart_html(charts.plot_voice_tone(t["sentiment"])),
        "ledger": charts.chart_html(charts.plot_claim_ledger(t["claim_ledger"])),
        "timeline": charts.chart_html(charts.plot_corpus_timeline(t["articles"])),
    }
    for name, page in sizes.items():
        assert len(page) < 1_600_000, (name, len(page))
    points, note = charts.ledger_points(t["claim_ledger"])
    assert points.height <= charts.MAX_POINTS and "medians per" in note and "smaller sources as '(other sources)'" in note
    assert points["source_label"].n_unique() <= charts.TOP_SOURCES + 1
    assert "mean of 2,000 articles" in sizes["sentence_tone_all"]
    assert "and 1,960 more articles" in sizes["article_tone"]
    assert "per week; the 10 largest of 30 outlets" in sizes["timeline"]


# ---------------------------------------------------------------- outlets and stories


def _wire_corpus() -> pl.DataFrame:
    """A wire story printed by three outlets (the agency first), a second by two, and one own report."""
    wire = " ".join(f"The ferry to island number {i} ran again on Monday, the harbour master said." for i in range(8))
    other = " ".join(f"Council members voted on bridge repair item {i} after a long evening debate." for i in range(8))
    rows = [
        ("w1", "Wire Agency", dt.date(2024, 3, 4), "Ferry returns", wire),
        ("w2", "Lakeside Courier", dt.date(2024, 3, 5), "Ferry is back", "(Wire Agency) " + wire),
        ("w3", "Valley Star", dt.date(2024, 3, 6), "Ferry returns", wire + " Reporting by staff."),
        ("b1", "Valley Star", dt.date(2024, 3, 2), "Bridge vote", other),
        ("b2", "Valley Star", dt.date(2024, 3, 3), "Bridge vote", other),
        ("own", "Lakeside Courier", dt.date(2024, 3, 1), "Gulls", "Gulls have nested on the old pier again this spring."),
    ]
    return pl.DataFrame(rows, schema=["article_id", "outlet", "published", "title", "text"], orient="row")


def test_story_spread_bars_outlets_first_publisher_and_sizes():
    chart = charts.plot_story_spread(_wire_corpus())
    rows = _data_values(chart)
    got = [(v["n_outlets"], v["n_copies"], v["first_outlet"], v["first_published"]) for v in rows if "story" in v]
    assert got == [(3, 3, "Wire Agency", "2024-03-04"), (1, 2, "Valley Star", "2024-03-02")]
    assert sorted((v["n_copies"], v["stories"]) for v in rows if "stories" in v) == [(1, 1), (2, 1), (3, 1)]
    assert _marks(charts.to_svg(chart), "bar") == 5
    alone = charts.plot_story_spread(_wire_corpus().filter(pl.col("article_id").is_in(["w1", "b1", "own"])))
    assert "No story has a copy" in charts.to_svg(alone)


def _time_fields(spec: dict) -> list[tuple[str, dict]]:
    """Every temporal encoding (axis or tooltip) of every unit: (channel, field definition)."""
    out = []
    for unit in _units(spec):
        for channel, enc in unit.get("encoding", {}).items():
            for d in enc if isinstance(enc, list) else [enc]:
                if isinstance(d, dict) and d.get("type") == "temporal":
                    out.append((channel, d))
    return out


def test_dates_are_read_and_labelled_in_utc():
    # A date "2024-03-22" is midnight UTC to a browser; a plain time axis labels it in local time, so
    # in New York it showed as the 21st. Every date axis and tooltip is UTC, with an ISO label: the
    # per-period tone chart's "formatType: utc" was dropped by Vega-Lite (not a format type), so its
    # axis said "March" with no year.
    from toolkit.explore import compare_charts
    from toolkit.measure import compare

    r = make_analysis()
    tone = compare.tone_by_outlet(r.sentiment, r.mentions, r.articles, actors=["ISR"], period="month")
    shares = compare.mentions_by_period(r.mentions, r.articles, actors=["ISR"], period="month")
    dated = {
        "timeline": charts.plot_corpus_timeline(r.articles),
        "ledger": charts.plot_claim_ledger(r.claim_ledger),
        "story_spread": charts.plot_story_spread(_wire_corpus()),
        "tone_by_period": compare_charts.plot_tone_by_period(tone),
        "share_by_period": compare_charts.plot_share_by_period(shares),
    }
    for name, chart in dated.items():
        fields = _time_fields(charts.chart_spec(chart))
        assert fields, name
        for channel, d in fields:
            assert d.get("scale", {}).get("type") == "utc" or str(d.get("timeUnit", "")).startswith("utc"), (name, channel, d)
            assert d.get("axis", {}).get("formatType") in (None, "time"), (name, d)  # "utc" is no format type
    assert "2024-03-01" in charts.to_svg(dated["tone_by_period"])  # the period's first day, with its year
    assert "2024-03-22" in charts.to_svg(dated["timeline"])


def test_snapshots_have_their_own_clip_ids():
    # vl-convert names a process's clip paths "clip1", "clip2"...: snapshots drawn by two kernels (a cell
    # re-run after a restart) both had "clip1", and in one page url(#clip1) meant the first one's
    # rectangle, so a taller zoomable chart was cut off. Each drawing, in a fresh process here.
    import subprocess
    import sys

    ids = []
    for chart in ("plot_corpus_timeline(r.articles)", 'plot_sentence_tone(r.sentiment, r.sentences, article_id="a1")'):
        code = ("import sys; sys.path.insert(0, 'tests'); from test_charts import make_analysis; from toolkit.explore import charts; "
                f"r = make_analysis(); print(charts.to_svg(charts.{chart}))")  # fmt: skip
        svg = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent).stdout
        own = re.findall(r'<clipPath id="([^"]+)"', svg)
        assert own, "a zoomable chart clips its marks"
        assert set(re.findall(r"url\(#([^)]+)\)", svg)) <= set(own)  # every reference resolves inside the drawing
        ids += own
    assert len(ids) == len(set(ids)), ids
