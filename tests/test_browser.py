"""Rendered reports opened as a reader would: headless Chromium, no network.

Chromium runs with ``--host-resolver-rules="MAP * ~NOTFOUND"`` (no host name resolves) and a net log;
:func:`toolkit.explore.report.open_offline` returns the DOM after load and every URL the page tried to fetch.
The reports are rendered from hand-built tables (every chart has data) that include a hostile article:
its payloads would set ``document.title`` or a ``data-pwned`` attribute if any of them ran.

Needs Chromium (Debian: ``apt-get install -y chromium``); skipped with that reason when it is missing.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_charts import make_analysis  # noqa: I001

from toolkit.explore import report

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(report.find_chromium() is None, reason="Chromium not installed (Debian: apt-get install -y chromium)"),
]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, [k for k, _ in attrs]))


def _elements(dom: str) -> list[tuple[str, list[str]]]:
    """(tag, attribute names) of every element of a dumped DOM."""
    parser = _Tags()
    parser.feed(dom)
    return parser.tags


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("reports")
    make_analysis().write(root / "tables")
    return report.render_reports([root / "tables"], root / "out")


@pytest.fixture(scope="module")
def opened(rendered) -> dict[str, tuple[str, list[str]]]:
    return {page.stem: report.open_offline(page) for page in rendered}


def test_network_check_sees_fetches(tmp_path):
    """Control: the same check catches a page that does fetch (script, style, image, fetch())."""
    probe = tmp_path / "probe.html"
    probe.write_text(
        '<html><head><script src="https://cdn.example.com/x.js"></script>'
        '<link rel="stylesheet" href="http://fonts.example.org/a.css"></head>'
        '<body><img src="https://img.example.net/p.png"><img src=x onerror="document.body.dataset.pwned=1"><script>fetch("https://api.example.io/q").catch(() => {});'
        'document.body.dataset.ran = "yes";</script></body></html>',
        encoding="utf-8",
    )
    dom, fetched = report.open_offline(probe, wait_ms=2000)
    assert 'data-ran="yes"' in dom and re.search(r"<body[^>]*data-pwned", dom)  # payloads of this kind do run
    assert sorted(fetched) == [
        "http://fonts.example.org/a.css", "https://api.example.io/q", "https://cdn.example.com/x.js",
        "https://img.example.net/p.png",
    ]  # fmt: skip
    assert len(report.find_remote_resources(probe.read_text(encoding="utf-8"))) == 3


def test_reports_fetch_nothing(rendered, opened):
    assert len(rendered) >= 4
    for name, (_, fetched) in opened.items():
        assert fetched == [], name
    for page in rendered:
        assert report.find_remote_resources(page.read_text(encoding="utf-8")) == [], page


def test_charts_are_drawn_by_the_inlined_vega(opened):
    for name, (dom, _) in opened.items():
        n_charts = dom.count('class="tk-chart"')
        assert n_charts >= (1 if name == "05_validation" else 2), name
        assert dom.count('data-rendered="vega"') == n_charts, name  # every chart drawn, none left static
        if name == "05_validation":  # the scores chart of a fresh sample: its "no finished annotations yet" note
            assert re.search(r'aria-roledescription="(rule|symbol|text) mark container"', dom), name
            continue
        marks = re.findall(r'aria-roledescription="(rect mark|bar|circle|point|line mark|symbol)"', dom)
        assert len(marks) >= 5, name
    network = opened["02_actor_network"][0]
    assert network.count('aria-roledescription="rect mark"') >= 8  # heatmap cells


def test_hostile_article_runs_nothing(opened):
    for name, (dom, _) in opened.items():
        head_title = re.search(r"<title>(.*?)</title>", dom, flags=re.S)
        assert head_title and "PWNED" not in head_title.group(1), name
        assert not re.search(r"<body[^>]*data-pwned", dom), name
        # the payloads show as text (and inside inert widget-state JSON), never as elements
        tags = _elements(dom)
        assert "img" not in {t for t, _ in tags}, name
        assert not [(t, a) for t, attrs in tags for a in attrs if a.startswith("on")], name
    articles = opened["01_corpus_and_articles"][0]
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;Officials in Gaza" in articles  # shown as text
    assert "&lt;b onmouseover=alert(1)&gt;nothing&lt;/b&gt;" in articles


def test_widget_snapshots_shown(opened):
    articles = opened["01_corpus_and_articles"][0]
    assert "Static snapshot." in articles and articles.count("<details") >= 3
    claims = opened["04_numeric_claims"][0]
    assert "about 1,200" in claims and "4 of 4 claims" in claims
    network = opened["02_actor_network"][0]
    assert "</span> fired 40 drones overnight." in network  # the sentences behind a pair


def test_screenshot(rendered, tmp_path):
    png = report.screenshot(rendered[0], tmp_path / "shot.png", height=1200, wait_ms=3000)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
