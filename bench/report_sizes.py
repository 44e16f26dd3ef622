"""Size of each rendered report and the time headless Chromium takes to open it with every chart drawn.

Usage (after ``python -m toolkit report TABLES --out DIR``):
    python bench/report_sizes.py DIR [--runs 3]

For each ``DIR/*.html``: its size in MB, and the median over ``--runs`` fresh pages of the seconds from
navigation to the moment every chart of the page is drawn by the inlined Vega bundle (each
``div.tk-chart`` has ``data-rendered``), with every network request blocked. Needs Chromium (Debian:
``apt-get install -y chromium``) and Playwright for Python (the ``dev`` extra).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from toolkit.explore.report import find_chromium  # noqa: E402

DRAWN = """() => { const c = document.querySelectorAll('div.tk-chart');
  return Array.from(c).every(e => e.dataset.rendered) ? c.length : -1; }"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    exe = find_chromium()
    if exe is None:
        print("Chromium not found (Debian: apt-get install -y chromium)", file=sys.stderr)
        return 2
    pages = sorted(args.folder.glob("*.html"))
    print(f"{'report':<32} {'MB':>7} {'charts':>7} {'open s':>7}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        for page_path in pages:
            times, n = [], 0
            for _ in range(args.runs):
                context = browser.new_context(viewport={"width": 1440, "height": 1000})
                context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
                page = context.new_page()
                t0 = time.perf_counter()
                page.goto(page_path.resolve().as_uri(), wait_until="load", timeout=300_000)
                handle = page.wait_for_function(DRAWN, timeout=300_000, polling=50)
                times.append(time.perf_counter() - t0)
                n = int(handle.json_value())
                context.close()
            mb = page_path.stat().st_size / 1e6
            print(f"{page_path.name:<32} {mb:>7.1f} {n:>7} {statistics.median(times):>7.2f}")
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
