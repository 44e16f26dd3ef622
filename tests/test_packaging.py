"""A regular (non-editable) install works like the checkout.

Builds the sdist and the wheel (``python -m build``, from the sdist, as PyPI users get it), checks them with
``twine check``, installs the wheel into a fresh venv outside the checkout and runs ``toolkit analyze`` and
``toolkit report`` there on a folder of articles. The fresh venv borrows the project venv's dependencies
(a path entry, so their ``.pth`` files, the editable install's among them, are not run; their Jupyter data
files through ``JUPYTER_PATH``) and installs the
wheel itself with ``--no-deps``: no network, and the toolkit it imports is the wheel's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 900) -> str:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc.stdout


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout (the sdist is built from the tracked files)")
    src = tmp_path_factory.mktemp("src")
    # the tracked files only, so nothing of this checkout's build/ or egg-info leaks in
    files = _run(["git", "ls-files", "-z"], ROOT).split("\0")
    for f in filter(None, files):
        if (ROOT / f).is_file():
            (src / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / f, src / f)
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(src)], src)
    return out


def test_wheel_and_sdist_build_and_pass_twine_check(dists):
    wheel = next(dists.glob("*.whl"))
    sdist = next(dists.glob("*.tar.gz"))
    _run([sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)], dists)
    names = zipfile.ZipFile(wheel).namelist()
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert [n.rsplit("/", 1)[1] for n in names if n.startswith("toolkit/notebooks/")] == notebooks
    assert "toolkit/data/actors.yaml" in names and "toolkit/py.typed" in names
    assert "toolkit/extract/__init__.py" in names and not any(n.startswith(("tests/", "seeds/")) for n in names)


def test_installed_wheel_analyzes_and_reports_outside_the_checkout(dists, tmp_path):
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp_path)
    py = venv / "bin" / "python"
    site = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp_path).strip())
    (site / "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next(dists.glob("*.whl"))
    _run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", "--target", str(site),
          str(wheel)], tmp_path)
    work = tmp_path / "work"
    shutil.copytree(ROOT / "seeds", work / "articles")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    # the borrowed dependencies' data files (nbconvert's templates, the kernel spec) live under their prefix
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    where = _run([str(py), "-c", "import toolkit; print(toolkit.__file__)"], work, env).strip()
    assert where.startswith(str(site)), f"imported {where}, not the installed wheel"
    _run([str(py), "-m", "toolkit", "analyze", "articles", "--out", "tables", "--no-progress", "--quiet"], work, env)
    assert (work / "tables" / "mentions.parquet").is_file() and (work / "tables" / "places.parquet").is_file()
    _run([str(py), "-m", "toolkit", "report", "tables", "--out", "reports"], work, env)
    pages = sorted(p.name for p in (work / "reports").glob("*.html"))
    assert len(pages) == len(list((ROOT / "notebooks").glob("*.ipynb"))), pages
    assert all((work / "reports" / p).stat().st_size > 50_000 for p in pages)
