"""MkDocs hooks of the toolkit's documentation (mkdocs.yml: ``hooks``).

- A page holding ``<!-- data-dictionary -->`` gets the data dictionary there, one table per table of a
  run, generated at build time from ``toolkit.describe()`` and ``toolkit.TABLES``: it cannot drift
  from the schema.
- A page holding ``<!-- package-layout -->`` gets the package's modules there, read from disk (docstrings
  with ``ast``, nothing imported): the Architecture page follows every module move by itself.
- ``reference.md`` must document every name of ``toolkit.__all__`` with a ``::: toolkit.NAME`` line, and
  nothing else: a missing or extra name is a warning, so ``mkdocs build --strict`` fails on it.

Only top-level names are used, so the hooks do not depend on which module defines what.
"""

from __future__ import annotations

import ast
import logging
import re
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.toolkit_docs")  # under "mkdocs": counted by --strict

MARKER = "<!-- data-dictionary -->"
LAYOUT_MARKER = "<!-- package-layout -->"
REFERENCE = "reference.md"
PACKAGE = Path(__file__).resolve().parents[2] / "toolkit"


def _cell(text: str) -> str:
    """``text`` on one line, safe in a table cell: ``|`` escaped outside code spans (inside them Python-Markdown
    does not split cells, and would show the backslash)."""
    parts = re.split(r"(``.+?``|`[^`]*`)", " ".join(str(text).split()))
    return "".join(p if p.startswith("`") else p.replace("|", "\\|") for p in parts)


def data_dictionary() -> str:
    import toolkit

    d = toolkit.describe()
    order = list(toolkit.TABLES) + [
        t for t in d["table"].unique(maintain_order=True) if t not in toolkit.TABLES
    ]
    parts = []
    for table in order:
        rows = d.filter(d["table"] == table)
        if rows.height == 0:
            continue
        parts.append(f"## `{table}`\n\n| column | dtype | meaning |\n|---|---|---|")
        parts += [
            f"| `{c}` | `{_cell(t)}` | {_cell(m)} |"
            for c, t, m in rows.select("column", "dtype", "description").rows()
        ]
        parts.append("")
    return "\n".join(parts)


def _summary(path: Path) -> str:
    """The first sentence of a module's docstring (read with ast: nothing is imported)."""
    try:
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    except (OSError, SyntaxError, ValueError):
        return ""
    first = " ".join(doc.split("\n\n", 1)[0].split())
    first = re.sub(r":(?:py:)?[a-z]+:`~?([^`]+)`", r"`\1`", first)  # reST roles as code
    first = re.split(r"(?<=[\w)\]]\.)\s", first, maxsplit=1)[0]  # the first sentence of the first paragraph
    if len(first) > 220:
        first = first[:220].rsplit(" ", 1)[0] + " …"
    return "" if first in (".", "") else _cell(first)


def _public_names() -> dict[str, list[str]]:
    """Module path relative to toolkit/ (``extract/actors``) -> the public names toolkit/__init__.py takes from it."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    names: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            names.setdefault(node.module.replace(".", "/"), []).extend(a.asname or a.name for a in node.names)
    return names


def package_layout(page_markdown: str) -> str:
    """One table per subpackage of toolkit/ as it is on disk: its modules (and sub-packages), the first
    sentence of each docstring, and the public names taken from each. Subpackages come in the order the
    page first names them (its layers table), others after."""
    public = _public_names()
    subs = sorted(p for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    mentioned = [m.group(1) for m in re.finditer(r"`toolkit/([a-z_]+)/`", page_markdown)]
    subs.sort(key=lambda p: (mentioned.index(p.name) if p.name in mentioned else len(mentioned), p.name))
    out = []
    for sub in subs:
        out.append(f"### `toolkit/{sub.name}/`\n")
        about = _summary(sub / "__init__.py")
        if about:
            out.append(about + "\n")
        out.append("| module | what it holds | public names |\n|---|---|---|")
        entries = sorted(
            p
            for p in sub.iterdir()
            if (p.suffix == ".py" and p.name != "__init__.py")
            or (p.is_dir() and (p / "__init__.py").exists())
        )
        for e in entries:
            key = f"{sub.name}/{e.stem if e.is_file() else e.name}"
            label = (
                f"`{e.name}`" if e.is_file() else f"`{e.name}/` ({sum(1 for _ in e.glob('*.py'))} modules)"
            )
            doc = _summary(e if e.is_file() else e / "__init__.py")
            names = ", ".join(f"`{n}`" for n in public.get(key, []))
            out.append(f"| {label} | {doc} | {names} |")
        out.append("")
    tops = sorted(p for p in PACKAGE.glob("*.py") if p.name != "__init__.py")
    out.append("### Top level\n\n| module | what it holds |\n|---|---|")
    out += [f"| `toolkit/{p.name}` | {_summary(p)} |" for p in tops]
    out.append("")
    return "\n".join(out)


def check_reference(markdown: str) -> None:
    import toolkit

    documented = re.findall(r"^::: toolkit\.(\w+)\s*$", markdown, flags=re.M)
    public = set(toolkit.__all__)
    missing = sorted(public - set(documented))
    extra = sorted(set(documented) - public)
    twice = sorted({n for n in documented if documented.count(n) > 1})
    if missing:
        log.warning("%s: public names without a '::: toolkit.NAME' entry: %s", REFERENCE, ", ".join(missing))
    if extra:
        log.warning("%s: documents names that are not in toolkit.__all__: %s", REFERENCE, ", ".join(extra))
    if twice:
        log.warning("%s: documents names twice: %s", REFERENCE, ", ".join(twice))


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, data_dictionary())
    if LAYOUT_MARKER in markdown:
        markdown = markdown.replace(LAYOUT_MARKER, package_layout(markdown))
    if page.file.src_uri == REFERENCE:
        check_reference(markdown)
    return markdown
