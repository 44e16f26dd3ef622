"""Widgets and highlighted articles: callbacks called directly, outputs read from the HTML widgets."""

from __future__ import annotations

import re

import polars as pl
import pytest
from test_charts import HOSTILE_TEXT, empty_analysis, make_analysis  # noqa: I001

from toolkit.explore import widgets
from toolkit.explore.highlight import frame_html, highlight_article, highlight_text

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _text(html_text: str) -> str:
    """Visible text of an HTML fragment (tags dropped, no unescaping)."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<style>.*?</style>", "", html_text, flags=re.S))


# ---------------------------------------------------------------- highlight


def test_highlight_overlapping_spans_are_flat_and_complete():
    text = "“Israel killed 12 people,” she said."
    ments = pl.DataFrame({"char_start": [1], "char_end": [7], "surface": ["Israel"], "actor_id": ["ISR"],
                          "actor_label": ["Israel"], "actor_type": ["state"], "is_place": [False]})  # fmt: skip
    clms = pl.DataFrame({"char_start": [15], "char_end": [24], "value": [12.0], "qualifier": ["exact"], "counted": ["killed"]})
    quots = pl.DataFrame({"char_start": [1], "char_end": [24], "kind": ["direct"], "speaker_label": ["she"], "cue": ["said"]})
    out = highlight_text(text, mentions=ments, claims=clms, quotes=quots)
    assert out == (
        '<div class="tk-article">“'
        '<span class="tk-quote tk-quote-direct tk-actor tk-type-state" title="quote (direct): she, said; Israel (state) [ISR]">Israel</span>'
        '<span class="tk-quote tk-quote-direct" title="quote (direct): she, said"> killed </span>'
        '<span class="tk-quote tk-quote-direct tk-claim" title="quote (direct): she, said; claim: 12.0 qualifier=exact counted=killed">12 people</span>'
        ",” she said.</div>"
    )
    assert _text(out) == text  # every character once, in order


def test_highlight_escapes_hostile_text_labels_and_classes():
    ments = pl.DataFrame({"char_start": [0], "char_end": [8], "surface": ["<script>"], "actor_id": ['x" onclick="y'],
                          "actor_label": ['"><img src=x onerror=alert(1)>'], "actor_type": ['bad" onmouseover="z'],
                          "is_place": [False]})  # fmt: skip
    out = highlight_text(HOSTILE_TEXT, mentions=ments)
    assert "<script" not in out and "<img" not in out and "<b " not in out
    assert "onmouseover=\"" not in out and 'onclick="' not in out
    assert 'class="tk-actor tk-type-bad_onmouseover_z"' in out
    assert "&lt;img src=x onerror=" in out


def test_highlight_ignores_spans_outside_text():
    ments = pl.DataFrame({"char_start": [-1, 2, 5], "char_end": [2, 99, 5], "surface": ["x", "y", ""],
                          "actor_id": ["A", "B", "C"], "actor_label": ["A", "B", "C"], "actor_type": ["person"] * 3,
                          "is_place": [False] * 3})  # fmt: skip
    assert highlight_text("abcdef", mentions=ments) == '<div class="tk-article">abcdef</div>'


def test_highlight_article_header_and_filtering():
    r = make_analysis()
    out = highlight_article(r.articles, "a1", mentions=r.mentions, claims=r.claims, quotes=r.quotes, legend=False)
    assert "<h3>Strikes on Rafah</h3>" in out and "AFP · 2024-03-22" in out
    assert out.count('<span class="tk-actor ') == 4  # Hamas, Rafah, Ismail Haniyeh, Israel: only a1's mentions
    assert 'class="tk-actor tk-type-location tk-place"' in out
    hostile = highlight_article(r.articles, "a3", mentions=r.mentions, claims=r.claims, quotes=r.quotes)
    assert "<script" not in hostile.replace("<style>", "") and "<img" not in hostile
    assert "&lt;script&gt;document.title=&#x27;PWNED-TITLE&#x27;&lt;/script&gt;" in hostile


def test_frame_html_escapes_and_truncates():
    df = pl.DataFrame({"a": ["<b>x</b>", "y"], "n": [1, None]})
    assert frame_html(df, max_rows=1) == (
        '<table class="tk-table"><thead><tr><th>a</th><th>n</th></tr></thead><tbody>'
        '<tr><td>&lt;b&gt;x&lt;/b&gt;</td><td>1</td></tr></tbody></table><p class="tk-meta">1 more rows not shown.</p>'
    )


# ---------------------------------------------------------------- explorers on empty tables


@pytest.mark.parametrize("cls", [widgets.ArticleExplorer, widgets.NetworkExplorer, widgets.ToneExplorer, widgets.ClaimsExplorer])
def test_explorers_on_empty_tables(cls):
    ex = cls(empty_analysis())
    bundle = ex._repr_mimebundle_()
    assert WIDGET_VIEW in bundle and "text/html" in bundle
    assert "No rows" in bundle["text/html"] or "No actor pair" in bundle["text/html"]


# ---------------------------------------------------------------- article explorer


def test_article_explorer_callback_switches_article():
    ex = widgets.ArticleExplorer(make_analysis())
    assert [v for _, v in ex.options] == ["a1", "a2", "a3"]
    assert ex.options[0][0] == "Strikes on Rafah — AFP, 2024-03-22 [a1]"
    assert "Ismail Haniyeh" in ex.article_html.value and "Sentence tone" in ex.tone_html.value
    ex.picker.value = "a2"  # as a user would
    assert "Drones over Kharkiv" in ex.article_html.value and "Ismail Haniyeh" not in ex.article_html.value
    ex.show_article("a3")  # the callback moves the picker too
    assert ex.picker.value == "a3"
    assert "<img" not in ex.article_html.value and "&lt;img src=x" in ex.article_html.value


def test_article_explorer_static_snapshot_lists_articles():
    ex = widgets.ArticleExplorer(make_analysis(), article_id="a2", max_static=2)
    html_text = ex.static_html()
    assert html_text.count("<details") == 2 and "<details open><summary>Drones over Kharkiv" in html_text
    assert "1 more articles" in html_text


# ---------------------------------------------------------------- network explorer


def test_find_pair_sentences_any_order_and_window():
    r = make_analysis()
    got = widgets.find_pair_sentences(r.cooc_pairs, r.sentences, "ISR", "HAM", window="article")
    assert got.select("article_id", "sentence_id").rows() == [("a1", 0), ("a1", 1), ("a2", 1)]
    assert widgets.find_pair_sentences(r.cooc_pairs, r.sentences, "ISR", "UKR").height == 0
    with pytest.raises(ValueError, match="invalid window='doc'"):
        widgets.find_pair_sentences(r.cooc_pairs, r.sentences, "ISR", "HAM", window="doc")


def test_network_explorer_controls_drive_pairs_and_sentences():
    ex = widgets.NetworkExplorer(make_analysis())
    assert [v for _, v in ex.pair.options] == [("GAZ", "new:officials"), ("RUS", "UKR"), ("HAN", "ISR"), ("HAM", "ISR")]
    assert ex.pair.value == ("GAZ", "new:officials")  # the picker names the pair whose sentences are shown (was None)
    assert "Russia" in ex.heatmap_html.value and "<svg" in ex.network_html.value
    ex.pair.value = ("RUS", "UKR")
    assert "Russia fired 40 drones" in _text(ex.sentences_html.value)
    assert ex.sentences_html.value.count('<span class="tk-actor') == 2  # Ukraine and Russia highlighted
    ex.window.value = "article"
    assert [v for _, v in ex.pair.options] == [("HAM", "ISR")] and ex.pair.value == ("HAM", "ISR")
    assert "3 sentence(s) behind this pair (article window)" in ex.sentences_html.value
    ex.min_count.value = 2
    assert len(ex.pair.options) == 1
    ex.window.value = "paragraph"
    assert ex.pair.options == () and "No actor pair" in ex.sentences_html.value
    assert "No rows: the cooc_edges table is empty for window=&#x27;paragraph&#x27;" in ex.heatmap_html.value or "No rows" in ex.heatmap_html.value


def test_network_explorer_actor_types_and_measure():
    ex = widgets.NetworkExplorer(make_analysis(), measure="llr")
    assert ex.pair.options[0][0].startswith("Gaza — <img src=x onerror=alert(2)> (llr 3.300")
    ex.actor_types.value = ("state", "person")
    assert [v for _, v in ex.pair.options] == [("RUS", "UKR"), ("HAN", "ISR")]
    static = ex.static_html()
    assert "actor types=state, person" in static and static.count("<details>") == 2
    with pytest.raises(ValueError, match="invalid measure='size'"):
        widgets.NetworkExplorer(make_analysis(), measure="size")


# ---------------------------------------------------------------- tone explorer


def test_tone_explorer_article_and_voice():
    ex = widgets.ToneExplorer(make_analysis())
    assert ex.article.value == "" and "Sentence tone" in ex.sentence_html.value
    ex.article.value = "a2"
    assert ex.sentence_html.value.count('aria-roledescription="circle"') == 2
    ex.voice.value = "quoted"
    assert "United Nations" in ex.actor_html.value and "Hamas" not in ex.actor_html.value
    ex.voice.value = "narrator"
    assert "No rows match voice='narrator' (the actor_sentiment table has 4 rows)." in ex.actor_html.value
    assert "voice: narrator" in ex.static_html()


# ---------------------------------------------------------------- claims explorer


def test_filter_claims_whole_frame():
    r = make_analysis()
    got = widgets.filter_claims(r.claims, counted=["killed", "displaced"], qualifier=["about", "at_least"])
    assert got.select("surface", "qualifier", "counted").rows() == [
        ("at least 32", "at_least", "killed"),
        ("about 1,200", "about", "displaced"),
    ]
    assert widgets.filter_claims(r.claims, source=["United Nations"])["surface"].to_list() == ["about 1,200"]
    assert widgets.filter_claims(r.claims).height == 4


def test_claims_explorer_filters_update_table_and_ledger():
    ex = widgets.ClaimsExplorer(make_analysis())
    assert ex.counted.options == ("dead", "displaced", "killed", "other")
    assert "4 of 4 claims" in ex.count_html.value
    ex.counted.value = ("killed",)
    assert "1 of 4 claims" in ex.count_html.value and "at least 32" in ex.table_html.value
    assert ex.ledger_html.value.count('aria-roledescription="point"') == 1
    ex.source.value = ("United Nations",)
    assert "0 of 4 claims" in ex.count_html.value
    assert "No claim matches these filters (category killed; source United Nations)." in ex.table_html.value
    assert "No claim in the ledger matches category killed; source United Nations." in ex.ledger_html.value  # not "table is empty"
    ex.counted.value = ()
    assert "1 of 4 claims" in ex.count_html.value
    assert "&lt;img src=x onerror=alert(3)&gt;" in widgets.ClaimsExplorer(make_analysis()).static_html()


def test_show_table_escapes():
    out = widgets.show_table(make_analysis().quotes, columns=["quote", "speaker_label"])._repr_html_()
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in out and "<script>alert" not in out


# ---------------------------------------------------------------- scale: pages, clicks, snapshots


def test_article_picker_pages_and_find():
    opts = [(f"Title {i} — outlet", f"id{i:03d}") for i in range(250)]
    p = widgets.ArticlePicker(opts, page_size=100)
    assert len(p.dropdown.options) == 100 and p.page.max == 3
    assert "250 articles; showing 1–100 (page 1 of 3)" in p.info.value
    p.page.value = 3
    assert [v for _, v in p.dropdown.options][:2] == ["id200", "id201"] and len(p.dropdown.options) == 50
    p.find.value = "Title 12"  # Title 12, 120..129
    assert len(p.dropdown.options) == 11 and p.page.value == 1 and "11 of 250 articles match" in p.info.value
    p.select("id240")  # not among the matches: the find box is cleared, its page shown
    assert p.find.value == "" and p.page.value == 3 and p.dropdown.value == "id240"


def test_article_explorer_pages_through_articles():
    ex = widgets.ArticleExplorer(make_analysis(), page_size=2)
    assert [v for _, v in ex.picker.options] == ["a1", "a2"]
    ex.show_article("a3")
    assert ex.chooser.page.value == 2 and ex.picker.value == "a3" and "&lt;img src=x" in ex.article_html.value
    static = ex.static_html(alternatives=False)
    assert static.count("<details") == 1 and "Officials in Gaza" in static


def test_network_explorer_chart_click_shows_the_pair():
    ex = widgets.NetworkExplorer(make_analysis())
    ex._on_chart_pick([{"actor_a": "RUS", "actor_b": "UKR"}])  # what a click on a heatmap cell or edge sends
    assert ex.pair.value == ("RUS", "UKR") and "Russia fired 40 drones" in _text(ex.sentences_html.value)
    ex.select_pair(("ISR", "HAM"))  # any order
    assert ex.pair.value == ("HAM", "ISR")


def test_claims_explorer_pages_and_ledger_click():
    ex = widgets.ClaimsExplorer(make_analysis(), max_rows=3)
    assert ex.page.max == 2 and "Rows 1–3 of 4 (page 1 of 2)" in ex.table_html.value
    ex.page.value = 2
    assert "Rows 4–4 of 4" in ex.table_html.value
    ex.counted.value = ("killed",)
    assert ex.page.value == 1 and ex.page.max == 1
    ex.counted.value = ()
    # a click on the UN's point of 25 March (vega sends the date as epoch milliseconds)
    ex.show_point([{"panel": "displaced (people)", "source_label": "United Nations", "published": 1711324800000, "period": "1d"}])
    assert "1 claim(s) behind this point" in ex.point_html.value
    assert '<span class="tk-claim" title="claim: 1200.0 qualifier=about counted=displaced">about 1,200</span>' in ex.point_html.value
    ex.show_point([{"panel": "displaced (people)", "source_label": "United Nations", "published": "2024-03-01", "period": "1mo"}])
    assert "1 claim(s) behind this point" in ex.point_html.value  # an aggregated point: its month


class _Handle:
    def __init__(self, calls):
        self.calls = calls

    def update(self, obj, **kw):
        self.calls.append(("update", obj))


def test_explorer_display_is_widget_then_updated_snapshot(monkeypatch):
    """In a kernel: the widget, then its snapshot with a display id; a callback refreshes the snapshot."""
    import IPython.display

    from toolkit.explore import live

    calls: list = []

    def fake_display(obj, **kw):
        calls.append(("display", obj, kw))
        return _Handle(calls) if kw.get("display_id") else None

    monkeypatch.setattr(IPython.display, "display", fake_display)
    monkeypatch.setattr(live, "in_kernel", lambda: True)
    monkeypatch.setenv(live.STATIC_ENV, "1")
    ex = widgets.ToneExplorer(make_analysis())
    ex._ipython_display_()
    assert calls[0][1] is ex.widget and "tk-live" in ex.widget._dom_classes
    snap = calls[1][1]["text/html"]
    assert calls[1][2] == {"raw": True, "display_id": True} and 'class="tk-snapshot"' in snap and "Static snapshot." in snap
    ex.voice.value = "quoted"
    assert calls[-1][0] == "update" and "voice: quoted" in calls[-1][1]["text/html"]


def test_tables_scroll_inside_their_box():
    out = widgets.show_table(make_analysis().claims)._repr_html_()
    assert '<div class="tk-scroll"><table class="tk-table">' in out and ".tk-scroll { max-height" in out
