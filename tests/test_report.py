"""Reports: parameters, tables folders, offline HTML, and every notebook executed on the seeds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import polars as pl
import pytest
from test_charts import make_analysis  # noqa: I001

from toolkit.explore import charts, live, report, widgets
from toolkit.explore.report import ReportError

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("0[1-4]_*.ipynb"))  # the four report notebooks


# ---------------------------------------------------------------- notebooks are thin and clean


def test_at_least_four_notebooks_committed_without_outputs():
    assert [p.name for p in NOTEBOOKS] == [
        "01_corpus_and_articles.ipynb", "02_actor_network.ipynb", "03_sentiment.ipynb", "04_numeric_claims.ipynb",
    ]  # fmt: skip
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(not c.outputs and c.execution_count is None for c in code), path
        assert "parameters" in code[0].metadata.get("tags", []) and code[0].source.startswith('CORPUS = "../seeds"')
        for c in code:  # thin: no definitions, no loops, at most two lines
            assert not re.search(r"^\s*(def|class|for|while)\b", c.source, flags=re.M), (path, c.source)
            assert len(c.source.strip().splitlines()) <= 2, (path, c.source)


def test_every_notebook_in_git_is_free_of_outputs_and_widget_state():
    """A notebook saved from JupyterLab after a run must be cleared before it is committed."""
    every = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert len(every) >= 5
    for path in every:
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(not c.outputs and c.execution_count is None for c in code), path
        assert "widgets" not in nb.metadata, path  # no saved widget state either


# ---------------------------------------------------------------- parameters and tables folders


def test_corpus_parameter_env_override(monkeypatch):
    monkeypatch.delenv(report.CORPUS_ENV, raising=False)
    assert report.corpus_parameter("../seeds") == "../seeds"
    assert report.corpus_parameter(("a", "b")) == ["a", "b"]
    monkeypatch.setenv(report.CORPUS_ENV, "/data/sudan")
    assert report.corpus_parameter("../seeds") == "/data/sudan"
    monkeypatch.setenv(report.CORPUS_ENV, f"/data/a{__import__('os').pathsep}/data/b")
    assert report.corpus_parameter("../seeds") == ["/data/a", "/data/b"]


def test_inject_parameters_after_tagged_cell():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# t"),
        nbformat.v4.new_code_cell('CORPUS = "../seeds"', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("x = 1"),
    ])  # fmt: skip
    out = report.inject_parameters(nb, {"CORPUS": "/tmp/c", "ON_ERROR": "skip"})
    assert [c.source.splitlines()[-1] for c in out.cells] == ["# t", 'CORPUS = "../seeds"', "ON_ERROR = 'skip'", "x = 1"]
    assert out.cells[2].source.splitlines()[1] == "CORPUS = '/tmp/c'"
    assert out.cells[2].metadata["tags"] == ["injected-parameters"]
    assert len(nb.cells) == 3  # the input is not changed
    nbformat.validate(out)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_read_tables_round_trip(tmp_path, fmt):
    r = make_analysis()
    r.write(tmp_path, format=fmt)
    assert report.is_tables_dir(tmp_path) and not report.is_tables_dir(ROOT / "seeds")
    back = report.load_corpus(tmp_path)
    for name in ("articles", "mentions", "cooc_pairs", "claims", "sentiment"):
        got = back.tables[name].select(r.tables[name].columns)
        assert got.schema == r.tables[name].schema, name
        assert got.equals(r.tables[name]), name
    assert back.settings == {"made": "by hand"}


def test_load_corpus_analyses_articles():
    res = report.load_corpus(["Sudan’s army said 12 people were killed in El Fasher.\nburs/xyz"])
    assert res.articles.height == 1 and res.sentences.height == 1
    with pytest.raises(ValueError, match="invalid on_error='ignore'; valid values: 'raise', 'skip'"):
        report.load_corpus("x", on_error="ignore")


# ---------------------------------------------------------------- offline HTML without a kernel


def test_find_remote_resources():
    page = (
        '<svg xmlns="http://www.w3.org/2000/svg"></svg><a href="https://example.org">a link is fine</a>'
        '<link rel="stylesheet" href="//cdn.example/x.css"><img src=https://x.example/p.png>'
        "<style>@import 'https://fonts.example/f.css'; .a{background:url(http://x.example/b.png)}</style>"
        '<script type="module">import m from "https://cdn.example/m.mjs";</script>'
    )
    found = report.find_remote_resources(page)
    assert len(found) == 5
    assert report.find_remote_resources('<a href="https://ok">x</a><svg xmlns="http://www.w3.org/2000/svg"/>') == []


def _fake_executed_notebook():
    """An 'executed' notebook built by hand: a chart output and a widget output with its snapshot."""
    r = make_analysis()
    ex = widgets.ArticleExplorer(r)
    chart = charts.plot_cooc_heatmap(r.cooc_edges, r.mentions)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# Report <script>alert(1)</script>"),
        nbformat.v4.new_code_cell("chart", outputs=[nbformat.v4.new_output(
            "display_data", data={"text/html": charts.chart_html(chart), "text/plain": "<altair chart>"})]),
        nbformat.v4.new_code_cell("ex", outputs=[nbformat.v4.new_output("display_data", data=ex._repr_mimebundle_())]),
        nbformat.v4.new_code_cell("w", outputs=[nbformat.v4.new_output("display_data", data={
            "application/vnd.jupyter.widget-view+json": {"model_id": "m2", "version_major": 2, "version_minor": 0},
            "text/plain": "IntSlider()"})]),
        # as a live kernel displays an explorer: the widget, then its snapshot (toolkit.explore.live)
        nbformat.v4.new_code_cell("ex2", outputs=[
            nbformat.v4.new_output("display_data", data={
                "application/vnd.jupyter.widget-view+json": {"model_id": "m3", "version_major": 2, "version_minor": 0},
                "text/plain": "VBox()"}),
            nbformat.v4.new_output("display_data", data=live.snapshot_bundle("<p>SNAPSHOT-OF-M3</p>"))]),
    ])  # fmt: skip
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {
        "state": {"m1": {"state": {"value": "</script><script>alert(5)</script>"}}}, "version_major": 2, "version_minor": 0}}  # fmt: skip
    return nb


def test_to_offline_html_is_self_contained():
    page = report.to_offline_html(_fake_executed_notebook(), title="test")
    assert report.find_remote_resources(page) == []
    assert "require.min.js" not in page and "unpkg.com" not in page and "mathjax" not in page.lower().split("</head>")[0]
    assert page.count(report.vega_bundle()[-300:]) == 1  # one inlined Vega bundle
    assert page.count('class="tk-chart"') >= 2  # heatmap + article tone chart
    assert "application/vnd.jupyter.widget-state+json" not in page  # nothing could read it: left out
    assert "alert(5)" not in page
    assert "Static snapshot." in page and "Interactive widget: it needs a running Jupyter kernel" in page
    assert page.count("SNAPSHOT-OF-M3") == 1 and page.count("Interactive widget: it needs") == 1  # m3's note dropped
    assert '<script type="application/vnd.jupyter.widget-view+json"' not in page


def test_find_notebooks_takes_report_notebooks(tmp_path):
    assert report.find_notebooks()[:4] == NOTEBOOKS
    assert all(report.is_report_notebook(p) for p in report.find_notebooks())
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")]), tmp_path / "plain.ipynb")
    with pytest.raises(ReportError, match="need a cell tagged 'parameters'"):
        report.find_notebooks(tmp_path)
    assert report.find_notebooks([tmp_path / "plain.ipynb"]) == [tmp_path / "plain.ipynb"]


def test_find_notebooks_errors(tmp_path, monkeypatch):
    with pytest.raises(ReportError, match="no notebooks found") as err:
        report.find_notebooks(tmp_path)
    assert "--notebooks on the command line, or notebooks= from Python" in str(err.value)  # both routes named
    monkeypatch.setattr(report, "NOTEBOOKS_DIR", tmp_path / "not-installed")  # an install that lost them (the wheel carries them)
    with pytest.raises(ReportError, match="notebooks were not found: reinstall the package"):
        report.find_notebooks()
    with pytest.raises(ValueError, match="invalid on_error='stop'"):
        report.render_reports(["seeds"], tmp_path, on_error="stop")


# ---------------------------------------------------------------- executing (a kernel per notebook)


def _failing_notebook(folder: Path) -> Path:
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell('CORPUS = "x"', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("raise RuntimeError('boom in cell')"),
    ])  # fmt: skip
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / "bad.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_execute_notebook_static_kernel_without_tcp_warning(tmp_path, capfd):
    """Kernels run with TOOLKIT_STATIC=1 (charts as snapshots) and say nothing about unencrypted TCP."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import os; print(os.environ.get('TOOLKIT_STATIC'))")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, tmp_path / "env.ipynb")
    out = report.execute_notebook(tmp_path / "env.ipynb")
    assert out.cells[0].outputs[0]["text"].strip() == "1"
    assert "without encryption" not in capfd.readouterr().err


@pytest.mark.slow
def test_failing_notebook_raise_and_skip(tmp_path):
    bad = _failing_notebook(tmp_path)
    tables = tmp_path / "tables"
    make_analysis().write(tables)
    with pytest.raises(ReportError, match=r"bad\.ipynb: a cell failed: RuntimeError: boom in cell"):
        report.render_reports([tables], tmp_path / "out", notebooks=[bad])
    with pytest.warns(UserWarning, match="boom in cell"):
        pages = report.render_reports([tables], tmp_path / "out2", notebooks=[bad], on_error="skip")
    assert "boom in cell" in pages[0].read_text(encoding="utf-8")


@pytest.mark.slow
def test_every_notebook_runs_on_the_seeds(tmp_path):
    checkout_out = ROOT / "out"
    before = sorted((p, p.stat().st_size) for p in checkout_out.rglob("*")) if checkout_out.exists() else []
    pages = report.render_reports([ROOT / "seeds"], tmp_path, on_error="raise")
    after = sorted((p, p.stat().st_size) for p in checkout_out.rglob("*")) if checkout_out.exists() else []
    assert after == before  # the report writes nothing outside --out (annotations went to the checkout's out/)
    stores = list((tmp_path / "validation").glob("*/annotations.jsonl"))
    assert len(stores) == 1  # the validation notebook's sample, kept with this corpus under --out
    assert [p.name for p in pages][:4] == [p.with_suffix(".html").name for p in NOTEBOOKS]
    assert (tmp_path / "tables" / "articles.parquet").exists()
    arts = pl.read_parquet(tmp_path / "tables" / "articles.parquet")
    assert arts.height == len(list((ROOT / "seeds").glob("*.txt")))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert report.find_remote_resources(text) == [], page
        assert "Traceback" not in text
        executed = nbformat.read(page.with_suffix(".ipynb"), as_version=4)
        code = [c for c in executed.cells if c.cell_type == "code"]
        assert all(c.execution_count for c in code)
        assert not [o for c in code for o in c.outputs if o.output_type == "error"]
        assert "application/vnd.jupyter.widget-state+json" in executed.metadata["widgets"]  # every notebook has an explorer
        params = next(c for c in code if "injected-parameters" in c.metadata.get("tags", []))
        assert f"CORPUS = {str((tmp_path / 'tables').resolve())!r}" in params.source
        assert json.dumps(str(tmp_path / "tables"))[1:-1] in text  # the report says which corpus it shows
