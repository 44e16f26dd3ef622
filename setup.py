"""One build step beyond pyproject.toml: the report notebooks ship inside the package.

``notebooks/`` stays at the top of the checkout (``make lab`` opens it); a wheel built from the checkout or
from the sdist carries a copy as ``toolkit/notebooks/``, which ``toolkit report`` reads through
``importlib.resources`` (:data:`toolkit.explore.report.NOTEBOOKS_DIR`)."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithNotebooks(build_py):
    def run(self) -> None:
        super().run()
        src = Path(__file__).resolve().parent / "notebooks"
        dst = Path(self.build_lib) / "toolkit" / "notebooks"
        dst.mkdir(parents=True, exist_ok=True)
        for nb in sorted(src.glob("*.ipynb")):
            shutil.copyfile(nb, dst / nb.name)


setup(cmdclass={"build_py": BuildWithNotebooks})
