"""Griffe extension for the API reference: the toolkit's reST-flavoured docstrings, read as Markdown.

The docstrings are written for ``help()`` and doctest, with reST roles (``:func:`read_articles```),
``::`` literal-block markers and ``>>>`` examples. Markdown has none of these, so before mkdocstrings
renders a docstring this extension

- turns a role into inline code (``:func:`~toolkit.io.loading.read_articles``` -> ```read_articles```);
- drops the reST ``::`` marker at the end of a paragraph (the indented block after it is code in
  Markdown too);
- fences every ``>>>`` example (the prompt lines, their continuations and the expected output, up to
  the next blank line) as a ``pycon`` code block, so ``['a'][0]`` in an example is never read as a link.

It changes only what the documentation shows, never the package (mkdocs.yml: ``extensions``).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:func|class|mod|meth|attr|data|exc|obj|const|term|ref|doc):`(~?)([^`]+?)`")


def _role(m: re.Match[str]) -> str:
    tilde, text = m.group(1), m.group(2).strip()
    titled = re.fullmatch(r"(.+?)\s*<([^>]+)>", text)  # :func:`title <target>`
    if titled:
        return f"`{titled.group(1)}`"
    if tilde:
        text = text.rsplit(".", 1)[-1]
    return f"`{text}`"


def markdown_docstring(text: str) -> str:
    """The docstring ``text`` (already dedented by griffe) with roles, ``::`` and doctests made Markdown."""
    out: list[str] = []
    lines = text.split("\n")
    in_fence = False  # inside a fenced block already (a docstring written in Markdown, or converted before)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            out.append(line)
            i += 1
            continue
        if in_fence:
            out.append(line)
            i += 1
            continue
        if line.startswith(">>>"):
            if out and out[-1].strip():
                out.append("")
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            out += ["```pycon", *block, "```"]
            continue
        line = _ROLE.sub(_role, line)
        stripped = line.rstrip()
        if stripped.endswith("::"):
            if stripped.strip() == "::":
                line = ""
            elif stripped.endswith(" ::"):
                line = stripped[:-3]
            else:
                line = stripped[:-1]
        out.append(line)
        i += 1
    return "\n".join(out)


class ReSTToMarkdown(griffe.Extension):
    """Rewrite every docstring of a loaded package (see the module docstring), each one once."""

    def __init__(self) -> None:
        super().__init__()
        self._done: set[int] = set()

    def _rewrite(self, pkg: Any) -> None:
        stack: list[Any] = [pkg]
        while stack:
            obj = stack.pop()
            if isinstance(obj, griffe.Alias) or id(obj) in self._done:
                continue
            self._done.add(id(obj))
            if obj.docstring is not None:
                obj.docstring.value = markdown_docstring(obj.docstring.value)
            stack.extend(obj.members.values())

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:  # griffe >= 1.14 (griffelib 2)
        self._rewrite(pkg)

    def on_package_loaded(self, *, pkg: griffe.Module, **kwargs: Any) -> None:  # older griffe
        self._rewrite(pkg)
