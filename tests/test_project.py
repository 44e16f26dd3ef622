"""Project files agree with each other and the README's commands work."""

from __future__ import annotations

import re
from pathlib import Path

import tomllib
import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name(req: str) -> str:
    return re.split(r"[<>=!~\[; ]", req, maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    assert sorted(project["dependencies"]) == sorted(pip)
    assert {_name(r) for r in project["dependencies"]} == {_name(r) for r in pip}


def test_readme_gives_the_two_commands_and_makefile_has_them():
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme
    make = (ROOT / "Makefile").read_text()
    for target in ("install:", "demo:", "test:", "lab:"):
        assert target in make
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_seed_is_bundled_with_metadata():
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert "000_1ee66edd6f6d697a.txt" in seeds and "000_1ee66edd6f6d697a.json" in seeds


def test_readme_script_runs(tmp_path, monkeypatch):
    """The ten-line script in the README runs as written."""
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"```python\n(# script.*?)```", readme, re.S)
    assert block, "README has no ```python block starting with '# script'"
    monkeypatch.chdir(ROOT)
    code = block.group(1).replace('"out/', f'"{tmp_path}/')
    exec(compile(code, "README.md", "exec"), {})


def test_public_names_resolve_lazily():
    import subprocess
    import sys

    import toolkit

    assert set(toolkit.__all__) == set(toolkit._EXPORTS)
    for name in toolkit.__all__:
        assert getattr(toolkit, name) is not None, name
    assert set(toolkit.__all__) <= set(dir(toolkit))
    try:
        toolkit.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("unknown names must raise AttributeError")
    # the command line and the engine's main process start without the extractors
    code = "import sys, toolkit.cli, toolkit.run.engine; print(sorted(m for m in sys.modules if m in ('toolkit.extract.claims', 'toolkit.extract.actors', 'toolkit.extract.quotes')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
