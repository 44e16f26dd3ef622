"""Rendered reports: execute the notebooks on a corpus and write self-contained HTML that works offline.

Tables in: articles files (any input of :func:`toolkit.analyze`) or a folder of tables written by
``python -m toolkit analyze --out DIR``. Tables out: the tables of one analysis run (written once to
``OUT/tables/`` and read by every notebook), then one ``OUT/<notebook>.html`` per notebook (plus the
executed ``OUT/<notebook>.ipynb`` with outputs and widget state).

Offline by construction: nbconvert's ``lab`` template is used with the blocks that load require.js,
MathJax, Mermaid and the Jupyter widget manager from CDNs removed; charts are inline SVG drawn by
vl-convert and become interactive through one inlined Vega bundle (``vl_convert.javascript_bundle``);
each widget shows its static snapshot (:mod:`toolkit.explore.live`, :meth:`toolkit.explore.widgets.Explorer.static_html`)
and the widget state, which nothing could read, is left out (it stays in the executed ``.ipynb``). The
kernels run with ``TOOLKIT_STATIC=1``: charts are snapshots, not widgets, and charts and explorers
aggregate or page their rows, so a report stays a few MB whatever the corpus size (``docs/notebooks.md``). :func:`find_remote_resources` checks the result, and a
report that would fetch anything is an error.

Notebooks take their corpus from a ``parameters`` cell (``CORPUS = "../seeds"``); the environment
variable ``TOOLKIT_CORPUS`` overrides it when running them by hand (:func:`corpus_parameter`), and
:func:`render_reports` injects a papermill-style ``injected-parameters`` cell after it.

>>> find_remote_resources('<script src="https://cdn.example/x.js"></script><a href="https://ok">link</a>')
['<script src="https://cdn.example/x.js">']
"""

from __future__ import annotations

import copy
import functools
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import polars as pl

from toolkit.core.errors import ToolkitError, check_choice
from toolkit.core.schema import SCHEMAS, TABLES, conform, empty

OnError = Literal["raise", "skip"]
ON_ERROR_CHOICES = ("raise", "skip")
CORPUS_ENV = "TOOLKIT_CORPUS"
def _notebooks_dir() -> Path:
    """The toolkit's own notebooks: inside the package (a wheel carries ``toolkit/notebooks/``, see setup.py),
    else the checkout's ``notebooks/`` (an editable install or a source checkout)."""
    from importlib import resources

    packaged = resources.files("toolkit") / "notebooks"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "notebooks"


NOTEBOOKS_DIR = _notebooks_dir()
"""The project's notebooks (a source checkout; pass ``notebooks=`` otherwise)."""

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""

# Draw every .tk-chart with vega-embed (tooltips, SVG renderer); the static SVG stays if anything fails.
_EMBED_SNIPPET = """
window.vegaEmbed = vegaEmbed; window.vega = vega;
function tkDraw() {
  document.querySelectorAll("div.tk-chart").forEach(function (el) {
    if (el.dataset.rendered) return;
    var data = el.querySelector('script[type="application/vnd.toolkit.vegalite+json"]');
    if (!data) return;
    var target = document.createElement("div");
    el.appendChild(target);
    vegaEmbed(target, JSON.parse(data.textContent), {renderer: "svg", actions: false}).then(function () {
      var fallback = el.querySelector(".tk-chart-static");
      if (fallback) fallback.remove();
      el.dataset.rendered = "vega";
    }).catch(function (err) { target.remove(); el.dataset.rendered = "static"; el.title = String(err); });
  });
}
if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", tkDraw); } else { tkDraw(); }
"""

_REMOTE_TAG = re.compile(
    r"<(?:script|link|img|iframe|source|video|audio|embed|object|image|use)\b[^>]*?\b(?:src|href|data|xlink:href|srcset)"
    r"\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>",
    re.IGNORECASE,
)
_REMOTE_CSS = re.compile(r"(?:url\(\s*[\"']?\s*(?:https?:)?//[^)]*\)|@import\s+[\"'](?:https?:)?//[^\"']*[\"'])", re.IGNORECASE)
_REMOTE_JS = re.compile(r"\bimport\s*(?:\(\s*)?[^;\n]*?[\"'](?:https?:)?//[^\"']+[\"']", re.IGNORECASE)


class ReportError(ToolkitError):
    """A notebook failed, or a report would fetch something from the network."""


# ---------------------------------------------------------------- inside the notebooks


def corpus_parameter(default: str | Sequence[str]) -> str | list[str]:
    """The corpus a notebook analyses: ``$TOOLKIT_CORPUS`` when set (several paths separated by
    ``os.pathsep``), else ``default`` (the notebook's ``CORPUS`` parameter).

    >>> os.environ.pop(CORPUS_ENV, None) and None
    >>> corpus_parameter("../seeds")
    '../seeds'
    """
    env = os.environ.get(CORPUS_ENV)
    if env:
        parts = [p for p in env.split(os.pathsep) if p]
        return parts[0] if len(parts) == 1 else parts
    return default if isinstance(default, str) else list(default)


def is_tables_dir(path: str | Path) -> bool:
    """True for a folder written by ``python -m toolkit analyze --out DIR`` (holds ``articles.parquet``
    or ``articles.csv`` next to ``run.json``)."""
    p = Path(path)
    return p.is_dir() and (p / "run.json").exists() and any((p / f"articles.{e}").exists() for e in ("parquet", "csv"))


def read_tables(path: str | Path) -> Any:
    """Read a folder written by :meth:`toolkit.Analysis.write` back into an :class:`toolkit.Analysis`.

    Missing tables are empty; CSV tables are cast to the schema (``;``-joined lists split again).
    """
    from toolkit.run.pipeline import Analysis

    p = Path(path)
    tables: dict[str, pl.DataFrame] = {}
    for name in TABLES:
        pq, csv = p / f"{name}.parquet", p / f"{name}.csv"
        if pq.exists():
            df = pl.read_parquet(pq)
        elif csv.exists():
            df = _cast_csv(pl.read_csv(csv, infer_schema_length=0), name)
        else:
            df = empty(name)
        tables[name] = df
    run = p / "run.json"
    settings = json.loads(run.read_text(encoding="utf-8")) if run.exists() else {}
    return Analysis(**tables, settings=settings)


def _cast_csv(df: pl.DataFrame, table: str) -> pl.DataFrame:
    """A CSV table read as text, cast back to its schema (dates parsed, ``;``-joined lists split)."""
    exprs = []
    for c in df.columns:
        d = SCHEMAS[table].get(c)
        col = pl.col(c)
        if d is None or d == pl.String:
            exprs.append(col)
        elif d == pl.Date:
            exprs.append(col.str.to_date("%Y-%m-%d", strict=False))
        elif d == pl.Boolean:
            exprs.append(col.str.to_lowercase().replace_strict({"true": True, "false": False}, default=None, return_dtype=pl.Boolean))
        elif isinstance(d, pl.List):
            exprs.append(col.str.split(";").cast(d, strict=False))
        else:
            exprs.append(col.cast(d, strict=False))
    return conform(df.select(exprs), table, extra=True)


def load_corpus(corpus: str | Path | Sequence[str | Path], *, on_error: OnError = "raise") -> Any:
    """Every table for a notebook: read a tables folder, or analyse articles with :func:`toolkit.analyze`.

    >>> load_corpus(["Israel said 3 people died.\\nburs/ami"]).articles.height
    1
    """
    check_choice("on_error", on_error, ON_ERROR_CHOICES)
    if isinstance(corpus, (str, Path)) and is_tables_dir(corpus):
        return read_tables(corpus)
    from toolkit.run.pipeline import analyze

    return analyze(corpus, on_error=on_error, progress=False)


# ---------------------------------------------------------------- executing


def is_report_notebook(path: str | Path) -> bool:
    """True when a notebook takes a corpus: one of its cells is tagged ``parameters``."""
    import nbformat

    nb = nbformat.read(Path(path), as_version=4)
    return any("parameters" in c.get("metadata", {}).get("tags", []) for c in nb.cells)


def find_notebooks(notebooks: str | Path | Iterable[str | Path] | None = None) -> list[Path]:
    """The ``.ipynb`` files to render: a list of files as given, or the notebooks of a folder (default:
    the project's ``notebooks/``) that take a corpus (:func:`is_report_notebook`)."""
    if notebooks is None:
        notebooks = NOTEBOOKS_DIR
    if isinstance(notebooks, (str, Path)) and Path(notebooks).is_dir():
        found = [p for p in sorted(Path(notebooks).glob("*.ipynb")) if is_report_notebook(p)]
    elif isinstance(notebooks, (str, Path)):
        found = [Path(notebooks)]
    else:
        found = [Path(n) for n in notebooks]
    missing = [str(n) for n in found if not n.is_file()]
    if missing or not found:
        where = ", ".join(missing) or str(notebooks)
        hint = (
            " (the toolkit's own notebooks were not found: reinstall the package, or use a source checkout)"
            if Path(notebooks if isinstance(notebooks, (str, Path)) else ".") == NOTEBOOKS_DIR else ""
        )
        raise ReportError(
            f"no notebooks found: {where}{hint}. Name the notebooks to render: a folder or .ipynb files with "
            "--notebooks on the command line, or notebooks= from Python (a folder's notebooks need a cell "
            "tagged 'parameters')"
        )
    return found


def inject_parameters(nb: Any, parameters: dict[str, Any]) -> Any:
    """A copy of ``nb`` with a code cell assigning ``parameters`` after the cell tagged ``parameters``
    (papermill convention; first cell when none is tagged), tagged ``injected-parameters``."""
    import nbformat

    nb = copy.deepcopy(nb)
    src = "# Parameters injected by toolkit.explore.report\n" + "\n".join(f"{k} = {v!r}" for k, v in parameters.items())
    cell = nbformat.v4.new_code_cell(src, metadata={"tags": ["injected-parameters"]})
    if nb.get("nbformat_minor", 0) < 5:
        cell.pop("id", None)
    at = next((i + 1 for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])), 0)
    nb.cells.insert(at, cell)
    return nb


def execute_notebook(
    path: str | Path,
    *,
    parameters: dict[str, Any] | None = None,
    timeout: int = 600,
    kernel_name: str = "python3",
    allow_errors: bool = False,
) -> Any:
    """Execute a notebook (in its own folder, ``$TOOLKIT_CORPUS`` unset) and return it with outputs and
    widget state. A failing cell raises :class:`ReportError` naming the notebook, cell and error."""
    import nbclient
    import nbformat
    from nbclient.exceptions import CellExecutionError
    from traitlets.config import Config

    from toolkit.explore.live import STATIC_ENV

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    if parameters:
        nb = inject_parameters(nb, parameters)
    env = {k: v for k, v in os.environ.items() if k != CORPUS_ENV}
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    env[STATIC_ENV] = "1"  # no kernel will be there to talk to live charts: draw them as static snapshots
    # ipykernel >= 7 warns "Kernel is running over TCP without encryption" at every start (five lines in
    # `make demo`): have jupyter_client provision CurveZMQ keys when the kernelspec supports them (the
    # ipykernel one does). Older jupyter_client ignores the unknown option and the kernel runs as before.
    config = Config({"KernelManager": {"transport_encryption": "auto"}})
    client = nbclient.NotebookClient(
        nb, timeout=timeout, kernel_name=kernel_name, allow_errors=allow_errors, store_widget_state=True,
        resources={"metadata": {"path": str(path.parent.resolve())}}, config=config,
    )  # fmt: skip
    try:
        client.execute(env=env)
    except CellExecutionError as exc:
        first = next((line for line in str(exc).splitlines() if line.strip() and not line.startswith("-")), "")
        lines = [line for line in str(exc).splitlines() if line.strip()]
        last = re.sub(r"\x1b\[[0-9;]*m", "", lines[-1] if lines else first)
        raise ReportError(f"{path}: a cell failed: {last}") from exc
    except Exception as exc:  # kernel died, timeout, ...
        raise ReportError(f"{path}: could not execute: {type(exc).__name__}: {exc}") from exc
    return nb


# ---------------------------------------------------------------- HTML


@functools.lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script (from vl-convert, no network), drawing every chart."""
    import vl_convert as vlc

    js = vlc.javascript_bundle(_EMBED_SNIPPET)
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _is_snapshot(out: Any) -> bool:
    return 'class="tk-snapshot"' in str((out.get("data") or {}).get("text/html", ""))


def _static_outputs(nb: Any) -> Any:
    """Widget outputs replaced by their ``text/html`` snapshot (or a note); a widget output followed by
    its snapshot output (:mod:`toolkit.explore.live`) is dropped. The widget state is left out: without a widget
    manager nothing reads it, and it repeats every chart of the explorers."""
    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        outs = cell.get("outputs", [])
        cell["outputs"] = [
            o for i, o in enumerate(outs)
            if not (WIDGET_VIEW in (o.get("data") or {}) and i + 1 < len(outs) and _is_snapshot(outs[i + 1]))
        ]  # fmt: skip
        for out in cell["outputs"]:
            data = out.get("data")
            if not data or WIDGET_VIEW not in data:
                continue
            data.pop(WIDGET_VIEW)
            if "text/html" not in data:
                data["text/html"] = (
                    '<p class="tk-meta"><i>Interactive widget: it needs a running Jupyter kernel. '
                    "Open the notebook in JupyterLab to use it.</i></p>"
                )
    return nb


def find_remote_resources(html_text: str) -> list[str]:
    """Everything in ``html_text`` that a browser would fetch from the network (``src``/``href`` of
    scripts, styles, images, frames; CSS ``url()``/``@import``; JS ``import`` of a URL). Links
    (``<a href>``) are not fetches and are allowed."""
    found = [m.group(0) for m in _REMOTE_TAG.finditer(html_text)]
    found += [m.group(0) for m in _REMOTE_CSS.finditer(html_text)]
    for block in re.findall(r"<script\b[^>]*>(.*?)</script>", html_text, flags=re.S | re.I):
        if len(block) < 100_000:  # the inlined vega bundle mentions URLs in strings, it imports none
            found += [m.group(0) for m in _REMOTE_JS.finditer(block)]
    return found


def to_offline_html(nb: Any, *, title: str | None = None) -> str:
    """One self-contained HTML page of an executed notebook: nothing is fetched from the network.

    Raises :class:`ReportError` when something remote is left (e.g. an image URL in a markdown cell).
    """
    import jinja2
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="lab", extra_loaders=[jinja2.DictLoader({"toolkit_offline.html.j2": _TEMPLATE})],
        template_file="toolkit_offline.html.j2", embed_images=True,
    )  # fmt: skip
    static = _static_outputs(nb)
    if title:
        static.metadata["title"] = title
    body, _ = exporter.from_notebook_node(static)
    head_style = "<style>.tk-chart{margin:4px 0;} .tk-static details{margin:.4em 0;} .tk-static summary{cursor:pointer;}</style>"
    body = body.replace("</head>", head_style + "</head>", 1)
    if 'class="tk-chart"' in body:
        body = body.replace("</body>", f"<script>{vega_bundle()}</script></body>", 1)
    remote = find_remote_resources(body)
    if remote:
        raise ReportError(f"report {title or ''} would fetch from the network: {'; '.join(r[:120] for r in remote[:5])}")
    return body


# ---------------------------------------------------------------- the command


def render_reports(
    paths: str | Path | Sequence[str | Path],
    out_dir: str | Path,
    *,
    on_error: OnError = "raise",
    notebooks: str | Path | Iterable[str | Path] | None = None,
    timeout: int = 600,
    kernel_name: str = "python3",
    screenshots: str | Path | None = None,
) -> list[Path]:
    """Analyse ``paths`` once, execute every notebook on the result, write one offline HTML per notebook.

    ``paths``: article files/folders/globs, or one tables folder from ``python -m toolkit analyze``.
    ``on_error``: ``"raise"`` stops at the first bad input file or failing notebook (a
    :class:`ReportError` naming it); ``"skip"`` skips bad input files (listed in ``load_report``) and
    writes a failing notebook's report with its error shown, warning and going on.
    ``notebooks``: a folder or list of ``.ipynb`` (default: the project's ``notebooks/``).
    ``screenshots``: a folder to also write ``<notebook>.png`` screenshots to (needs Chromium).
    Returns the HTML files written (``out_dir/<notebook>.html``; ``.ipynb`` with outputs beside them).
    """
    check_choice("on_error", on_error, ON_ERROR_CHOICES)
    nbs = find_notebooks(notebooks)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    inputs: list[str | Path] = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if len(inputs) == 1 and is_tables_dir(inputs[0]):
        tables_dir = Path(inputs[0]).resolve()
    else:
        from toolkit.run.pipeline import analyze

        resolved = [str(Path(p).resolve()) if Path(p).exists() else str(p) for p in inputs]
        tables_dir = (out / "tables").resolve()
        analyze(resolved, on_error=on_error, progress=False).write(tables_dir)
    import nbformat

    written = []
    for nb_path in nbs:
        params = {"CORPUS": str(tables_dir), "ON_ERROR": on_error, "OUT": str(out.resolve())}  # nothing written elsewhere
        try:
            nb = execute_notebook(nb_path, parameters=params, timeout=timeout, kernel_name=kernel_name)
        except ReportError as exc:
            if on_error == "raise":
                raise
            warnings.warn(f"{exc} (report written with the error shown)", stacklevel=2)
            nb = execute_notebook(nb_path, parameters=params, timeout=timeout, kernel_name=kernel_name, allow_errors=True)
        nbformat.write(nb, out / nb_path.name)
        page = out / f"{nb_path.stem}.html"
        page.write_text(to_offline_html(nb, title=nb_path.stem.replace("_", " ")), encoding="utf-8")
        written.append(page)
        if screenshots is not None:
            screenshot(page, Path(screenshots) / f"{nb_path.stem}.png")
    return written


# ---------------------------------------------------------------- headless Chromium

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
    "--hide-scrollbars", '--host-resolver-rules=MAP * ~NOTFOUND',
)  # fmt: skip
"""Flags for every Chromium run: headless, and no host name resolves (nothing can be fetched)."""


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome binary (``$CHROMIUM`` first), or None. Debian: ``apt-get install -y chromium``."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if name and (found := shutil.which(name)):
            return found
    return None


def run_chromium(args: Sequence[str], *, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with :data:`CHROMIUM_FLAGS` and a throwaway profile."""
    exe = find_chromium()
    if exe is None:
        raise ReportError("Chromium not found: install it (Debian: apt-get install -y chromium) or set $CHROMIUM")
    with tempfile.TemporaryDirectory(prefix="toolkit-chromium-") as profile:
        cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)


def screenshot(page: str | Path, png: str | Path, *, width: int = 1280, height: int = 2400, wait_ms: int = 5000) -> Path:
    """PNG screenshot of a rendered report (first ``height`` pixels) with headless Chromium, offline."""
    png = Path(png)
    png.parent.mkdir(parents=True, exist_ok=True)
    res = run_chromium([f"--window-size={width},{height}", f"--virtual-time-budget={wait_ms}",
                        f"--screenshot={png.resolve()}", Path(page).resolve().as_uri()])  # fmt: skip
    if not png.exists():
        raise ReportError(f"screenshot of {page} failed: {html.unescape(res.stderr[-500:])}")
    return png


def open_offline(page: str | Path, *, wait_ms: int = 5000, timeout: int = 120) -> tuple[str, list[str]]:
    """Open ``page`` in headless Chromium with no name resolution; return (DOM after load and
    ``wait_ms`` of virtual time, URLs the page tried to fetch from the network).

    Fetches are read from Chromium's net log: requests made for the ``file://`` page, not those
    the browser makes for itself.
    """
    with tempfile.TemporaryDirectory(prefix="toolkit-netlog-") as tmp:
        log = Path(tmp) / "netlog.json"
        res = run_chromium([f"--virtual-time-budget={wait_ms}", f"--log-net-log={log}", "--dump-dom",
                            Path(page).resolve().as_uri()], timeout=timeout)  # fmt: skip
        fetched = page_requests(log) if log.exists() else []
    if not res.stdout.strip():
        raise ReportError(f"Chromium showed nothing for {page}: {res.stderr[-500:]}")
    return res.stdout, fetched


def page_requests(netlog: str | Path) -> list[str]:
    """URLs requested on behalf of a ``file://`` page in a Chromium net log (``--log-net-log``)."""
    text = Path(netlog).read_text(encoding="utf-8", errors="replace").rstrip().rstrip(",")
    if not text.endswith("}"):  # a log cut short by exit: close the events list
        text += "]}"
    data = json.loads(text)
    names = {v: k for k, v in data["constants"]["logEventTypes"].items()}
    urls = []
    for ev in data.get("events", []):
        p = ev.get("params") or {}
        if names.get(ev.get("type")) == "URL_REQUEST_START_JOB" and "url" in p:
            if "file://" in str(p.get("network_isolation_key", "")) or p.get("initiator") not in (None, "not an origin"):
                if not str(p["url"]).startswith(("file:", "data:", "blob:")):
                    urls.append(str(p["url"]))
    return urls
