"""Live charts and lasting widgets in JupyterLab, with nothing fetched from a CDN.

Tables in and out: none. This is the display plumbing that :mod:`toolkit.explore.charts`, :mod:`toolkit.explore.widgets`
and :mod:`toolkit.validate.annotate` share.

**Live.** In a running kernel a chart is displayed as altair's ``JupyterChart`` (an anywidget) in
offline mode: its JavaScript is the Vega, Vega-Lite and vega-embed bundle that ``vl-convert`` carries
inside the installed package (``JupyterChart.enable_offline()``), sent to JupyterLab over the widget
channel, so nothing is loaded from a CDN. Tooltips (vega-tooltip), zoom/pan where a chart binds its
scales, and click selections work; selections come back to Python (``_vl_selections``), which is how
the explorers open the sentences behind a clicked heatmap cell, network edge or ledger point.

**Lasting.** Every live display is two outputs: the widget, then a static snapshot (``text/html``:
the chart as SVG drawn by vl-convert, or the explorer's last view) with a display id that the
explorer updates as it changes. A style rule in the snapshot (CSS ``:has()``) hides the snapshot
while the widget is drawn, and hides the widget's output when its model is gone: a notebook saved
and reopened without a kernel would say "Error displaying widget: model not found"; the reader sees
the snapshot instead. Rendered reports (:mod:`toolkit.explore.report`) drop the widget outputs and keep the
snapshots, whose charts the report's inlined Vega bundle draws again, live.

**Static mode.** Outside a kernel, or with ``TOOLKIT_STATIC=1`` in the kernel's environment (set by
:func:`toolkit.explore.report.execute_notebook`: a report has no kernel to talk to), charts are only the
snapshot and explorers draw their charts into ``ipywidgets.HTML``.

>>> bundle = snapshot_bundle("<p>hi</p>")
>>> 'class="tk-snapshot"' in bundle["text/html"] and bundle["text/plain"]
'<static snapshot>'
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any

STATIC_ENV = "TOOLKIT_STATIC"
"""Environment variable: ``1`` keeps charts and explorers static (no widgets for charts)."""

LIVE_CLASS = "tk-live"
"""CSS class of every live widget the toolkit displays (the snapshot rule looks for it)."""

# JupyterLab's widget renderer is a Lumino panel with no data-mime-type (other renderers have one)
_WIDGET_OUTPUT = ".jp-OutputArea-child:has(> .jp-OutputArea-output.lm-Panel:not([data-mime-type]))"
SNAPSHOT_CSS = (
    # the widget is drawn: hide the snapshot that follows it
    ".jp-OutputArea-child:has(.tk-live) + .jp-OutputArea-child:has(.tk-snapshot) { display: none; }\n"
    # the widget is not drawn (loading, or its model is gone): hide its output, the snapshot shows
    f"{_WIDGET_OUTPUT}:not(:has(.tk-live)):has(+ .jp-OutputArea-child .tk-snapshot) {{ display: none; }}\n"
    ".tk-snapshot-note { color: #777; font-size: 12px; margin: 2px 0 6px; }\n"
)
"""Style rules that pick, in JupyterLab, the live widget when it is drawn and the snapshot otherwise."""

EMBED_OPTIONS: dict[str, Any] = {"actions": False, "renderer": "svg", "tooltip": True}
"""vega-embed options of live charts: SVG (as the snapshots), tooltips, no export menu."""


def in_kernel() -> bool:
    """True inside an IPython kernel (JupyterLab, or nbclient executing a notebook).

    >>> in_kernel()
    False
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with ipykernel
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def is_live() -> bool:
    """True when charts should be live widgets: in a kernel, and ``TOOLKIT_STATIC`` is not ``1``."""
    return in_kernel() and os.environ.get(STATIC_ENV, "") != "1"


def snapshot_html(inner: str, *, note: str = "") -> str:
    """``inner`` wrapped as a snapshot: the style rule, then ``<div class="tk-snapshot">``.

    >>> snapshot_html("<b>x</b>").endswith('<div class="tk-snapshot"><b>x</b></div>')
    True
    """
    head = f'<p class="tk-snapshot-note">{note}</p>' if note else ""
    return f'<style>{SNAPSHOT_CSS}</style><div class="tk-snapshot">{head}{inner}</div>'


def snapshot_bundle(inner: str, *, note: str = "") -> dict[str, Any]:
    """The mime bundle of a snapshot output (``text/html`` + a short ``text/plain``)."""
    return {"text/html": snapshot_html(inner, note=note), "text/plain": "<static snapshot>"}


# Each live chart loads its own copy of the Vega bundle (anywidget imports every widget's module
# afresh), so every chart numbers its SVG clip paths from "clip1": in one page, "url(#clip1)" then
# resolves to the FIRST chart's clip rectangle, and a zoomable chart taller than the first was cut
# off below that height (the sentence tone line lost its lower half under the corpus timeline).
# This module wraps altair's: it gives the clip paths of its chart ids of their own, again after
# each redraw. ``__BUNDLE__`` is altair's module text (a JSON string).
UNIQUE_CLIP_IDS_ESM = """
const inner = await import(URL.createObjectURL(new Blob([__BUNDLE__], {type: "text/javascript"})));
let counter = 0;
function ownClipIds(el, prefix) {
  for (const svg of el.querySelectorAll("svg")) {
    for (const cp of svg.querySelectorAll("clipPath[id]")) {
      if (cp.id.startsWith(prefix)) continue;
      const old = cp.id, id = prefix + old;
      for (const m of svg.querySelectorAll('[clip-path="url(#' + old + ')"]')) m.setAttribute("clip-path", "url(#" + id + ")");
      cp.id = id;
    }
  }
}
async function render(ctx) {
  // each chart has a module of its own: a counter alone would repeat, so a random part too
  const prefix = "tk" + Math.random().toString(36).slice(2, 10) + (++counter) + "-";
  const fix = () => ownClipIds(ctx.el, prefix);
  const observer = new MutationObserver(fix);
  observer.observe(ctx.el, {subtree: true, childList: true, attributes: true, attributeFilter: ["clip-path", "id"]});
  const cleanup = await inner.default.render(ctx);
  fix();
  return () => { observer.disconnect(); if (typeof cleanup === "function") cleanup(); };
}
export default { render };
"""
"""The ES module of the toolkit's live charts: altair's, with clip path ids unique in the page."""


@functools.lru_cache(maxsize=1)
def _jupyter_chart_class() -> Any:
    """altair's ``JupyterChart`` with its offline bundle (built once per process, about 2 s), and
    clip path ids unique in the page (:data:`UNIQUE_CLIP_IDS_ESM`)."""
    import json

    import altair as alt

    alt.JupyterChart.enable_offline()  # vl-convert's bundle instead of esm.sh imports: no network

    class Chart(alt.JupyterChart):  # type: ignore[misc, valid-type]
        _esm = UNIQUE_CLIP_IDS_ESM.replace("__BUNDLE__", json.dumps(alt.JupyterChart._esm))

    return Chart


def chart_widget(chart: Any = None) -> Any:
    """A live ``JupyterChart`` showing ``chart`` (an altair chart, a Vega-Lite dict, or None for later).

    A dict is shown as is (no selections reach Python); pass the altair chart when its point
    selections should (``widget._vl_selections``).
    """
    cls = _jupyter_chart_class()
    w = cls(None, embed_options=dict(EMBED_OPTIONS))
    w.add_class(LIVE_CLASS)
    set_chart(w, chart)
    return w


def set_chart(widget: Any, chart: Any) -> None:
    """Show ``chart`` in a live chart widget (an altair chart keeps its selections; a dict is a spec)."""
    import altair as alt

    from toolkit.explore.charts import chart_spec

    if chart is None:
        return
    with alt.data_transformers.disable_max_rows(), widget.hold_sync():
        if isinstance(chart, dict):
            widget.chart = None
            widget.spec = chart
        else:
            widget.chart = chart  # sets up the selections
            widget.spec = chart_spec(chart)  # with the toolkit's config (full legend labels)


def selected_rows(widget: Any, name: str) -> list[dict[str, Any]]:
    """The rows (field -> value) selected in point selection ``name`` of a live chart widget.

    >>> class W: _vl_selections = {"pick": {"value": None, "store": [{"fields": [{"field": "a"}], "values": [1]}]}}
    >>> selected_rows(W(), "pick")
    [{'a': 1}]
    """
    sel = (getattr(widget, "_vl_selections", None) or {}).get(name) or {}
    rows = []
    for entry in sel.get("store") or []:
        fields = [f.get("field") for f in entry.get("fields", [])]
        rows.append(dict(zip(fields, entry.get("values", []), strict=False)))
    return rows


def on_select(widget: Any, name: str, callback: Callable[[list[dict[str, Any]]], None]) -> None:
    """Call ``callback(rows)`` each time point selection ``name`` of a live chart widget changes."""

    def changed(_change: Any) -> None:
        rows = selected_rows(widget, name)
        if rows:
            callback(rows)

    widget.observe(changed, names="_vl_selections")


class LiveDisplay:
    """A widget shown with its snapshot: :meth:`show` displays both, :meth:`update` refreshes the snapshot."""

    def __init__(self) -> None:
        self.handle: Any = None

    def show(self, widget: Any, snapshot: str, *, note: str = "") -> None:
        """Display ``widget`` (marked live), then ``snapshot`` (with a display id for later updates)."""
        from IPython.display import display

        widget.add_class(LIVE_CLASS)
        display(widget)
        self.handle = display(snapshot_bundle(snapshot, note=note), raw=True, display_id=True)

    def update(self, snapshot: str, *, note: str = "") -> None:
        """Replace the displayed snapshot (no-op before :meth:`show`)."""
        if self.handle is not None:
            self.handle.update(snapshot_bundle(snapshot, note=note), raw=True)
