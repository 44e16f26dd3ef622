"""The notebooks in a live JupyterLab, driven by headless Chromium through Playwright, with no network.

One JupyterLab server on a free localhost port with a token, its settings, workspaces and runtime
files in a temporary folder (nothing of the user's), serving COPIES of the notebooks and the seeds.
For every notebook: open it, run all cells, and check that no cell failed, that the browser logged no
error, that the charts are live Vega views with tooltips, and that changing one control of each
explorer changes what it shows. Then save, shut the kernel down, reload, and check that each widget
shows its static snapshot instead of "Error displaying widget: model not found". Every request to a
host other than localhost is blocked and recorded: none may be attempted (no CDN).

With ``TOOLKIT_SCREENSHOTS=DIR`` set, a screenshot of each notebook's explorer, live, is written there
(``make screenshots`` refreshes ``docs/screenshots/`` this way). The window is 1,440 pixels wide (the
notebook panel about 1,280 beside the file browser) and no output may be wider than its panel.

Needs Chromium (Debian: ``apt-get install -y chromium``; ``make browser``) and Playwright for Python
(the ``dev`` extra); skipped with that reason when either is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest

from toolkit.explore import report

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("0*.ipynb"))
if os.environ.get("TOOLKIT_LAB_NOTEBOOKS"):  # a debugging aid: e.g. "02,05" runs those two only
    NOTEBOOKS = [n for n in NOTEBOOKS if n[:2] in os.environ["TOOLKIT_LAB_NOTEBOOKS"].split(",")]
CHROMIUM = report.find_chromium()

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the dev extra installs it
    sync_playwright = None

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (Debian: apt-get install -y chromium; make browser)"),
    pytest.mark.skipif(sync_playwright is None, reason="Playwright not installed (pip install -e '.[dev]')"),
]

WIDGET_ERROR = "Error displaying widget"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on copies of the notebooks and seeds; yields (base URL, token, root)."""
    tmp = tmp_path_factory.mktemp("jupyterlab")
    root = tmp / "root"
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copytree(ROOT / "seeds", root / "seeds")  # the notebooks read CORPUS = "../seeds"
    settings = tmp / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)  # no "get notified about Jupyter news?" toast (and no news fetched)
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false", "checkForUpdates": false}')
    notebook_settings = tmp / "settings" / "@jupyterlab" / "notebook-extension"
    notebook_settings.mkdir(parents=True)  # every cell drawn (JupyterLab 4 draws only the cells in view by
    # default, so a long notebook's last outputs would not be in the page to check)
    (notebook_settings / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    port, token = _free_port(), uuid.uuid4().hex
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "TOOLKIT_"))}
    env.update(
        JUPYTER_CONFIG_DIR=str(tmp / "config"), JUPYTER_DATA_DIR=str(tmp / "data"), JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(tmp / "settings"), JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"),
        JUPYTER_PLATFORM_DIRS="1", PYDEVD_DISABLE_FILE_VALIDATION="1",
    )  # fmt: skip
    cmd = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.open_browser=False",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        "--LabApp.expose_app_in_browser=True",  # window.jupyterapp: run cells and read outputs from the model
        "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--KernelManager.transport_encryption=auto",
        *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
    ]  # fmt: skip
    log = open(tmp / "server.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not start: {(tmp / 'server.log').read_text()[-2000:]}")
            time.sleep(0.3)
        yield base, token, root
    finally:
        # only the server this test started, and its kernels (its own process group)
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        except ProcessLookupError:
            pass
        log.close()


@pytest.fixture(scope="module")
def browser_page(lab):
    """A Chromium page that may only reach localhost; yields (page, blocked URLs, console errors)."""
    blocked: list[str] = []
    errors: list[str] = []

    def route(r):
        host = urlparse(r.request.url).hostname or ""
        if host in LOCAL_HOSTS:
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        # a reader west of Greenwich: a date must still show as the day the table holds
        context = browser.new_context(viewport={"width": 1440, "height": 1000}, timezone_id="America/New_York")
        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
        yield page, blocked, errors
        browser.close()


def _api(lab, method: str, path: str) -> object:
    base, token, _ = lab
    req = urllib.request.Request(f"{base}{path}", method=method, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        body = r.read()
    return json.loads(body) if body else None


_KERNEL_IDLE = """() => {
  const nb = window.jupyterapp.shell.currentWidget;
  if (!nb || !nb.sessionContext || !nb.content) return false;
  const k = nb.sessionContext.session && nb.sessionContext.session.kernel;
  return !!k && k.status === 'idle';
}"""

_ALL_RUN = """() => {
  const nb = window.jupyterapp.shell.currentWidget;
  const k = nb.sessionContext.session && nb.sessionContext.session.kernel;
  if (!k || k.status !== 'idle') return false;
  const cells = nb.content.model.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells.get(i);
    if (c.type === 'code' && !c.executionCount) return false;
  }
  return true;
}"""

_OUTPUTS = """() => {
  const cells = window.jupyterapp.shell.currentWidget.content.model.cells;
  const out = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells.get(i);
    if (c.type === 'code') out.push(c.outputs.toJSON());
  }
  return out;
}"""


_OVERFLOWING = """() => {
  const out = [];
  document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output').forEach(el => {
    // the toolkit's outputs (polars' own frame reprs are JupyterLab's to scroll)
    if (!el.querySelector('.tk-live, .tk-snapshot, .tk-chart, .tk-table') && !el.classList.contains('tk-live')) return;
    if (el.offsetParent !== null && el.scrollWidth > el.clientWidth + 2)
      out.push(el.className + ': ' + el.scrollWidth + ' > ' + el.clientWidth + ' ' + el.innerText.slice(0, 60));
  });
  return out;
}"""


_WRAPPED_SHORT_CELLS = """() => {
  // a table cell of a few characters (a date, an id, a name) broken over two lines is hard to read
  const out = [];
  document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) table.tk-table td').forEach(td => {
    const text = td.innerText.trim();
    if (!text || text.length > 24 || td.offsetParent === null) return;
    const range = document.createRange();
    range.selectNodeContents(td);
    const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
    if (tops.size > 1) out.push(text);
  });
  return out;
}"""


def _open(page, lab, name: str) -> None:
    base, token, _ = lab
    # a workspace of its own: no other notebook (with widgets of a kernel now gone) is restored beside it
    page.goto(f"{base}/lab/workspaces/{Path(name).stem}/tree/notebooks/{name}?token={token}", wait_until="domcontentloaded")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget && "
                           "window.jupyterapp.shell.currentWidget.context && "
                           f"window.jupyterapp.shell.currentWidget.context.path.endsWith({json.dumps(name)})",
                           timeout=60_000)  # fmt: skip
    page.wait_for_function(_KERNEL_IDLE, timeout=60_000)


def _run_all(page) -> list:
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_timeout(500)
    page.wait_for_function(_ALL_RUN, timeout=120_000, polling=250)
    return page.evaluate(_OUTPUTS)


def _settle(page, ms: int = 1500) -> None:
    """Let kernel callbacks and widget redraws finish."""
    page.wait_for_function(_KERNEL_IDLE, timeout=60_000)
    page.wait_for_timeout(ms)


def _visible_text(page) -> str:
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook").inner_text()


def _change_a_control(page, name: str) -> tuple[str, str]:
    """Change one control of the notebook's explorer; return (what it showed before, after)."""
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    live = panel.locator(".tk-live.widget-vbox").first
    live.scroll_into_view_if_needed()
    before = live.inner_text()
    if name.startswith("01"):  # the seeds hold one article: narrow the picker to none
        find = live.locator(".widget-text input").first
        find.fill("no such words")
        find.press("Enter")
    elif name.startswith("02"):
        live.get_by_role("button", name="article", exact=True).click()
    elif name.startswith("03"):
        live.get_by_role("button", name="quoted", exact=True).click()
    elif name.startswith("04"):
        select = live.locator(".widget-select-multiple select").first
        select.select_option(index=0)
    elif name.startswith("06"):  # the search explorer: search a word instead of the top actor
        live.get_by_role("button", name="word", exact=True).click()
        query = live.locator(".widget-text input").first
        query.fill("said")
        query.press("Enter")
    else:
        live.get_by_role("button", name="Reject (r)").click()
    _settle(page)
    return before, live.inner_text()


def _hover_shows_tooltip(page) -> bool:
    """Hover the marks of the live charts until vega-tooltip shows one."""
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    kinds = (".mark-rect path", ".mark-symbol path", ".mark-rule line", ".mark-text text")
    marks = panel.locator(", ".join(f"{v} svg {k}" for v in (".tk-live .vega-embed", ".vega-embed.tk-live") for k in kinds))
    for i in range(min(marks.count(), 40)):
        mark = marks.nth(i)
        try:
            mark.scroll_into_view_if_needed(timeout=2000)
            box = mark.bounding_box()
        except Exception:  # noqa: BLE001 - gone with a redraw: try the next
            continue
        if not box or box["width"] * box["height"] == 0 and max(box["width"], box["height"]) < 2:
            continue
        page.mouse.move(5, 5)
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=3)
        page.wait_for_timeout(250)
        tip = page.locator("#vg-tooltip-element.visible")
        if tip.count() and tip.first.inner_text().strip():
            return True
    return False


def test_notebooks_live_then_static_without_kernel(lab, browser_page):
    page, blocked, errors = browser_page
    shots = os.environ.get("TOOLKIT_SCREENSHOTS")
    for name in NOTEBOOKS:
        _open(page, lab, name)
        outputs = _run_all(page)
        failed = [o for cell in outputs for o in cell if o.get("output_type") == "error"]
        assert not failed, (name, [f"{o.get('ename')}: {o.get('evalue')}" for o in failed])
        stderr = [o.get("text", "") for cell in outputs for o in cell if o.get("name") == "stderr"]
        assert not [t for t in stderr if "Traceback" in t or "Error" in t], (name, stderr)
        _settle(page, 2500)
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        # live: Vega views drawn by the widgets, and their snapshots hidden while they are
        n_live = panel.locator(".tk-live .vega-embed, .vega-embed.tk-live").count()
        assert n_live >= 1, name
        assert panel.locator(".tk-snapshot:visible").count() == 0, name
        assert WIDGET_ERROR not in _visible_text(page), name
        assert _hover_shows_tooltip(page), f"{name}: no tooltip on hover"
        wide = page.evaluate(_OVERFLOWING)
        assert wide == [], (name, wide)  # the toolkit's outputs fit the panel (tables scroll inside their own box)
        clip_ids = page.evaluate("() => Array.from(document.querySelectorAll("
                                 "'.jp-NotebookPanel:not(.lm-mod-hidden) .tk-live svg clipPath')).map(c => c.id)")
        # each live chart numbers its clip paths from "clip1": url(#clip1) would be the first chart's
        assert len(clip_ids) == len(set(clip_ids)), (name, sorted(clip_ids))
        wrapped = page.evaluate(_WRAPPED_SHORT_CELLS)
        assert wrapped == [], (name, wrapped[:10])  # short values stay on one line (the table scrolls instead)
        if name.startswith("01"):  # the seed article's date on the timeline, not the day before (New York time)
            published = {json.loads(p.read_text())["published"] for p in (ROOT / "seeds").glob("*.json")}
            axis = page.evaluate("() => Array.from(document.querySelectorAll("
                                 "'.jp-NotebookPanel:not(.lm-mod-hidden) .vega-embed svg .role-axis-label text')).map(t => t.textContent)")
            assert published <= set(axis), (published, axis)
        if shots:
            page.mouse.move(1, 1)  # no tooltip left over from the hover check in the picture
            page.wait_for_timeout(300)
            # the explorer's top (its controls and chart) at the top of the window, whatever its height
            panel.locator(".tk-live.widget-vbox").first.evaluate("el => el.scrollIntoView({block: 'start'})")
            page.wait_for_timeout(500)
            page.screenshot(path=str(Path(shots) / f"{Path(name).stem}.png"))
        before, after = _change_a_control(page, name)
        assert before != after, f"{name}: changing a control changed nothing"
        if name.startswith("02"):  # click a heatmap cell: its sentences are shown
            cells = panel.locator(".tk-live .vega-embed svg .mark-rect path")
            cells.nth(cells.count() - 1).click(force=True)
            _settle(page)
            assert "sentence(s) behind this pair" in panel.locator(".tk-live.widget-vbox").first.inner_text()
        last_view = after
        # save, shut the kernel down, reload: the snapshots show, not "model not found"
        page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
        page.wait_for_function("() => !window.jupyterapp.shell.currentWidget.context.model.dirty", timeout=30_000)
        assert errors == [], (name, errors)  # the browser logged no error while the notebook ran live
        for s in _api(lab, "GET", "/api/sessions"):
            _api(lab, "DELETE", f"/api/sessions/{s['id']}")
        _open(page, lab, name)
        page.wait_for_timeout(2500)
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        text = _visible_text(page)
        assert WIDGET_ERROR not in text, name
        snapshots = panel.locator(".tk-snapshot")
        assert snapshots.count() >= 1 and panel.locator(".tk-snapshot:visible").count() == snapshots.count(), name
        if not name.startswith("05"):
            assert "Static snapshot." in text, name
        assert any(line and line in text for line in last_view.splitlines()[-3:]), name  # the last view, not the first
        for s in _api(lab, "GET", "/api/sessions"):
            _api(lab, "DELETE", f"/api/sessions/{s['id']}")
        # reopened without the widgets' models, JupyterLab's widget manager logs "widget model not found"
        # for each widget output (the snapshot shows in its place): that error, and no other
        assert [e for e in errors if "widget model not found" not in e] == [], (name, errors)
        errors.clear()
    assert blocked == [], blocked  # nothing fetched from a CDN or anywhere else
