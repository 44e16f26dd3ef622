"""The annotation widget: check the toolkit's proposals sentence by sentence and build a gold set.

Tables in: the predicted tables (an :class:`toolkit.Analysis` or a mapping with ``sentences``,
``mentions``, ``claims``, ``quotes``) and an :class:`toolkit.validate.AnnotationStore` holding the
sample. Tables out: none; every decision is appended to the store's file at once (format:
``docs/annotation_format.md``), so a kernel restart or a second session loses nothing, and two
annotators (``annotator=`` ids) can work on the same sample, in one file or in two.

Each proposal is shown with its evidence: the sentence (the span highlighted), its neighbours and
the proposal's attributes. All article text is HTML-escaped before it is shown. Buttons, or keys
typed into the ``keys`` box: ``a`` accept, ``r`` reject, ``c`` save the correction in the form,
``+`` add the form as a new item, ``A`` accept every undecided proposal, ``n`` sentence done, next,
``p`` previous sentence, ``j``/``k`` next/previous proposal, ``x`` clear the form.

In a notebook::

    widget = annotation_widget(result, store, annotator="ann1")
    widget   # display it
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w
import polars as pl

from toolkit.core.errors import check_choice
from toolkit.core.schema import SCHEMAS
from toolkit.validate.scoring import _tables
from toolkit.validate.store import AnnotationStore
from toolkit.validate.tasks import SPAN_TASKS, TEXT_COLUMN, VOCAB, item_id

EDIT_FIELDS: dict[str, tuple[str, ...]] = {
    "mentions": ("surface", "actor_id", "actor_label", "actor_type", "is_place"),
    "claims": ("surface", "value", "qualifier", "counted", "unit", "what", "source_actor_id", "source_label", "source_surface"),
    "quotes": ("quote", "kind", "cue", "speaker_surface", "speaker_actor_id", "speaker_label"),
}
"""Columns the form lets an annotator set, per task."""

KEYS = {"a": "accept", "r": "reject", "c": "correct", "+": "add", "A": "accept_rest", "n": "done_next",
        "p": "previous", "j": "next_item", "k": "previous_item", "x": "clear_form"}  # fmt: skip
"""Key -> action of the ``keys`` box."""

_COLOURS = {"mentions": "#cfe8ff", "claims": "#ffe6a8", "quotes": "#d9f2d0"}


def render_sentence(text: str, start: int, end: int, span: tuple[int, int] | None = None, *, task: str = "claims") -> str:
    """HTML of ``text[start:end]`` with ``span`` (absolute offsets) marked; all text escaped.

    >>> render_sentence("He said <b>no</b>.", 0, 18, (8, 17))
    '<span>He said <mark style="background:#ffe6a8">&lt;b&gt;no&lt;/b&gt;</mark>.</span>'
    """
    if span is None or not (start <= span[0] < span[1] <= max(end, span[1])):
        return f"<span>{html.escape(text[start:end])}</span>"
    a, b = span
    stop = max(end, b)
    colour = _COLOURS.get(task, "#ffe6a8")
    return (
        f"<span>{html.escape(text[start:a])}<mark style=\"background:{colour}\">{html.escape(text[a:b])}</mark>"
        f"{html.escape(text[b:stop])}</span>"
    )


def locate(text: str, surface: str, start: int, end: int, *, near: int | None = None, occurrence: int = 1) -> tuple[int, int] | None:
    """Offsets of ``surface`` in ``text``, searched within ``start:end`` first, then the whole text.

    ``near``: pick the occurrence closest to this offset; otherwise the ``occurrence``-th (from 1).

    >>> locate("12 dead, 12 hurt", "12", 0, 16, occurrence=2)
    (9, 11)
    """
    if not surface:
        return None
    for lo, hi in ((start, end), (0, len(text))):
        hits = []
        i = text.find(surface, lo, hi)
        while i != -1:
            hits.append(i)
            i = text.find(surface, i + 1, hi)
        if hits:
            if near is not None:
                best = min(hits, key=lambda h: (abs(h - near), h))
            elif occurrence <= len(hits):
                best = hits[occurrence - 1]
            else:
                return None
            return best, best + len(surface)
    return None


class AnnotationWidget:
    """Annotate the sample stored in ``store``: one sentence at a time, every decision saved at once.

    The callbacks (:meth:`accept`, :meth:`reject`, :meth:`correct`, :meth:`add`, :meth:`accept_rest`,
    :meth:`done_next`, :meth:`previous`) can be called directly; display the object (or ``.widget``)
    in a notebook to get the buttons. Starts at the first sentence this annotator has not finished.
    """

    def __init__(
        self,
        predicted: Any,
        store: AnnotationStore,
        *,
        annotator: str,
        tasks: tuple[str, ...] = SPAN_TASKS,
        sample: pl.DataFrame | None = None,
    ) -> None:
        for t in tasks:
            check_choice("task", t, SPAN_TASKS)
        if not annotator or not annotator.strip():
            raise ValueError("annotator must be a non-empty id, e.g. 'ann1'")
        self.tables = _tables(predicted)
        self.store = store
        self.annotator = annotator.strip()
        self.tasks = tuple(tasks)
        gold = store.read() if store.path.exists() else None
        if sample is None:
            sample = gold.sample if gold is not None else None
        if sample is None or sample.height == 0:
            raise ValueError(f"no sample to annotate in {store.path}: call store.add_sample(sample, articles) first, or pass sample=")
        order = sample.sort("rank") if "rank" in sample.columns else sample
        self.units: list[tuple[str, int]] = [(str(a), int(s)) for a, s in order.select("article_id", "sentence_id").rows()]
        if "articles" in self.tables:
            store.add_articles(self.tables["articles"].filter(pl.col("article_id").is_in([u[0] for u in self.units])))
        self.texts = store.texts()
        missing = sorted({a for a, _ in self.units if a not in self.texts})
        if missing:
            raise ValueError(f"article text missing for {', '.join(missing[:3])}: pass the articles table with the predictions")
        sents = self.tables.get("sentences")
        if sents is None:
            raise ValueError("predicted tables need 'sentences' (the sentence offsets)")
        self.bounds: dict[tuple[str, int], tuple[int, int]] = {
            (a, s): (b, e) for a, s, b, e in sents.select("article_id", "sentence_id", "char_start", "char_end").rows()
        }
        self.decisions: dict[str, dict[str, Any]] = {}
        done: set[tuple[str, int]] = set()
        if gold is not None:
            for task in SPAN_TASKS:
                for r in gold.items[task].filter(pl.col("annotator") == self.annotator).to_dicts():
                    self.decisions[r["item_id"]] = {**r, "task": task}
            done = set(gold.units.filter(pl.col("annotator") == self.annotator).select("article_id", "sentence_id").rows())
        self.done = done
        self.position = next((i for i, u in enumerate(self.units) if u not in done), len(self.units) - 1)
        self.items: list[dict[str, Any]] = []
        self.selected: int | None = None
        self.message = ""
        self._build()
        self.show_unit()

    # ------------------------------------------------------------------ state
    @property
    def unit(self) -> tuple[str, int]:
        """(article_id, sentence_id) of the sentence on screen."""
        return self.units[self.position]

    def _proposals(self) -> list[dict[str, Any]]:
        aid, sid = self.unit
        lo, hi = self.bounds.get(self.unit, (0, 0))
        items: list[dict[str, Any]] = []
        seen: set[str] = set()
        for task in self.tasks:
            df = self.tables.get(task)
            if df is not None and df.height:
                rows = df.filter((pl.col("article_id") == aid) & (pl.col("sentence_id") == sid)).sort("char_start").to_dicts()
                for r in rows:
                    iid = item_id(task, aid, r["char_start"], r["char_end"])
                    if iid in seen:
                        continue
                    seen.add(iid)
                    row = {c: r.get(c) for c in SCHEMAS[task]}
                    dec = self.decisions.get(iid)
                    items.append({"task": task, "item_id": iid, "proposal": row,
                                  "row": _row_of(dec, task) if dec else row, "status": dec["decision"] if dec else "pending"})  # fmt: skip
        for iid, dec in self.decisions.items():
            if iid in seen or dec["task"] not in self.tasks or dec["article_id"] != aid:
                continue
            in_sentence = dec.get("sentence_id") == sid or (dec.get("sentence_id") is None and lo <= dec["char_start"] < hi)
            if in_sentence:
                row = _row_of(dec, dec["task"])
                items.append({"task": dec["task"], "item_id": iid, "proposal": None, "row": row, "status": dec["decision"]})
        return items

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        self.header = w.HTML()
        self.context = w.HTML()
        self.choice = w.Select(options=[], rows=8, layout=w.Layout(width="100%"))
        self.choice.observe(self._on_select, names="value")
        btn = {
            "accept": ("Accept (a)", "success"), "reject": ("Reject (r)", "danger"),
            "correct": ("Save correction (c)", "warning"), "add": ("Add as new (+)", "info"),
            "accept_rest": ("Accept all undecided (A)", ""), "previous": ("◀ Previous (p)", ""),
            "clear_form": ("Clear form (x)", ""),
            "done_next": ("Sentence done, next ▶ (n)", "primary"),
        }  # fmt: skip
        self.buttons: dict[str, w.Button] = {}
        for name, (label, style) in btn.items():
            b = w.Button(description=label, button_style=style, layout=w.Layout(width="auto"))
            b.on_click(lambda _b, name=name: self.act(name))
            self.buttons[name] = b
        self.form_task = w.Dropdown(options=list(self.tasks), description="task")
        self._syncing = False
        self.form_task.observe(self._on_task, names="value")
        self.occurrence = w.BoundedIntText(value=1, min=1, max=99, description="occurrence")
        self.form = w.VBox()
        self.keys = w.Text(placeholder="type a key: a r c + A n p j k x", description="keys", continuous_update=True)
        self.keys.observe(self._on_key, names="value")
        self.status = w.HTML()
        self.widget = w.VBox([
            self.header, self.context, self.choice,
            w.HBox([self.buttons[k] for k in ("accept", "reject", "accept_rest")]),
            w.HTML("<b>Form</b> (pick a proposal to correct it, or fill it in to add an item):"),
            w.HBox([self.form_task, self.occurrence]), self.form,
            w.HBox([self.buttons[k] for k in ("correct", "add", "clear_form")]),
            w.HBox([self.buttons["previous"], self.buttons["done_next"], self.keys]), self.status,
        ])  # fmt: skip
        self.fields: dict[str, w.Widget] = {}

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def snapshot(self) -> str:
        """Static HTML of the current sentence and proposals: what a notebook reopened without a kernel
        (or a rendered report) shows in place of the widget."""
        items = "".join(f"<li>{html.escape(label)}</li>" for label, _ in self.choice.options)
        return (
            '<div class="tk-static"><h4>Annotation widget</h4><p style="color:#555;font-size:13px"><b>Static snapshot.</b> '
            "Annotating needs a running Jupyter kernel: run the notebook in JupyterLab. Every decision is already "
            f"saved in the annotation file.</p>{self.header.value}{self.context.value}<ul>{items}</ul>{self.status.value}</div>"
        )

    def _ipython_display_(self) -> None:
        from IPython.display import display

        from toolkit.explore import live

        if not live.in_kernel():
            display(self._repr_mimebundle_(), raw=True)
            return
        self._live_display = live.LiveDisplay()
        self._live_display.show(self.widget, self.snapshot())

    def show_unit(self) -> None:
        """Show the current sentence, its proposals and the form."""
        self.items = self._proposals()
        labels = [(self._label(i, it), i) for i, it in enumerate(self.items)]
        self.selected = None
        self.choice.options = labels
        pending = [i for i, it in enumerate(self.items) if it["status"] == "pending"]
        self.selected = pending[0] if pending else (0 if self.items else None)
        self.choice.value = self.selected
        self._fill_form(self.selected)
        self._render()

    def _label(self, i: int, it: dict[str, Any]) -> str:
        row = it["row"]
        text = row.get(TEXT_COLUMN[it["task"]]) or ""
        attrs = {
            "mentions": ("actor_id", "actor_type", "is_place"),
            "claims": ("value", "qualifier", "counted", "source_label"),
            "quotes": ("kind", "speaker_surface", "speaker_actor_id"),
        }[it["task"]]
        extra = " ".join(f"{a}={row.get(a)}" for a in attrs if row.get(a) is not None)
        return f"{i + 1}. [{it['status']}] {it['task']}: “{text[:60]}” {extra}"

    def _render(self) -> None:
        aid, sid = self.unit
        text = self.texts[aid]
        lo, hi = self.bounds.get(self.unit, (0, len(text)))
        n_done = sum(1 for u in self.units if u in self.done)
        mark = "✓ done" if self.unit in self.done else "not done"
        self.header.value = (
            f"<b>Sentence {self.position + 1} of {len(self.units)}</b> ({mark}) · annotator "
            f"<code>{html.escape(self.annotator)}</code> · {n_done} finished · saved to "
            f"<code>{html.escape(str(self.store.path))}</code>"
        )
        it = self.items[self.selected] if self.selected is not None and self.items else None
        span = (it["row"]["char_start"], it["row"]["char_end"]) if it else None
        prev = self.bounds.get((aid, sid - 1))
        nxt = self.bounds.get((aid, sid + 1))
        grey = '<div style="color:#888">{}</div>'
        parts = [grey.format(html.escape(text[prev[0]:prev[1]]))] if prev else []
        parts.append(f'<div style="font-size:1.1em;margin:4px 0">{render_sentence(text, lo, hi, span, task=it["task"] if it else "claims")}</div>')
        if nxt:
            parts.append(grey.format(html.escape(text[nxt[0]:nxt[1]])))
        if it:
            rows = "".join(
                f"<tr><td>{html.escape(k)}</td><td>{html.escape(str(v))}</td></tr>" for k, v in it["row"].items() if v is not None
            )
            parts.append(f"<table style='font-size:0.9em'>{rows}</table>")
        self.context.value = "".join(parts)
        self.status.value = self.message
        if getattr(self, "_live_display", None) is not None:
            self._live_display.update(self.snapshot())

    def _fill_form(self, index: int | None) -> None:
        it = self.items[index] if index is not None and index < len(self.items) else None
        task = it["task"] if it else self.form_task.value
        if it and self.form_task.value != task:
            self._syncing = True
            try:
                self.form_task.value = task
            finally:
                self._syncing = False
        row = it["row"] if it else {}
        self.fields = {}
        for col in EDIT_FIELDS[task]:
            val = row.get(col)
            vocab = VOCAB.get(col)
            widget: w.Widget
            if col in ("is_place", "vague"):
                widget = w.Checkbox(value=bool(val), description=col, indent=False)
            elif vocab is not None:
                opts = ["", *vocab] + ([str(val)] if val and str(val) not in vocab else [])
                widget = w.Dropdown(options=opts, value=str(val) if val else "", description=col)
            else:
                widget = w.Text(value="" if val is None else _show(val), description=col)
            self.fields[col] = widget
        self.form.children = tuple(self.fields.values())

    # ------------------------------------------------------------------ callbacks
    def _on_select(self, change: dict[str, Any]) -> None:
        if change["new"] is None or change["new"] == self.selected:
            return
        self.selected = change["new"]
        self._fill_form(self.selected)
        self._render()

    def _on_task(self, change: dict[str, Any]) -> None:
        if not self._syncing:
            self._fill_form(None)

    def _on_key(self, change: dict[str, Any]) -> None:
        key = (change["new"] or "")[-1:]
        if not key:
            return
        self.keys.value = ""
        action = KEYS.get(key)
        if action is None:
            self._say(f"unknown key {key!r}; keys: " + ", ".join(f"{k} {v}" for k, v in KEYS.items()), error=True)
        else:
            self.act(action)

    def act(self, action: str) -> None:
        """Run an action by name (what buttons and keys call)."""
        check_choice("action", action, tuple(KEYS.values()))
        getattr(self, action)()

    def _say(self, text: str, *, error: bool = False) -> None:
        colour = "#b00020" if error else "#1b5e20"
        self.message = f'<span style="color:{colour}">{html.escape(text)}</span>'
        self.status.value = self.message

    def _current(self) -> dict[str, Any] | None:
        if self.selected is None or not self.items:
            self._say("no proposal selected", error=True)
            return None
        return self.items[self.selected]

    def _record(self, it: dict[str, Any], decision: str, row: dict[str, Any]) -> None:
        aid, sid = self.unit
        row = {**{c: row.get(c) for c in SCHEMAS[it["task"]]}, "article_id": aid, "sentence_id": sid}
        rec = self.store.decide(annotator=self.annotator, task=it["task"], decision=decision, row=row, item=it["item_id"])
        self.decisions[it["item_id"]] = {**rec, "task": it["task"]}
        self._say(f"{decision}: {it['task']} “{row.get(TEXT_COLUMN[it['task']])}” saved")

    def _advance(self) -> None:
        keep = self.selected
        self.show_unit()
        pending = [i for i, it in enumerate(self.items) if it["status"] == "pending"]
        if not pending and keep is not None and keep < len(self.items):
            self.selected = keep
            self.choice.value = keep
            self._fill_form(keep)
            self._render()

    def accept(self) -> None:
        """Accept the selected proposal as it is."""
        it = self._current()
        if it is not None:
            self._record(it, "accept", it["proposal"] or it["row"])
            self._advance()

    def reject(self) -> None:
        """Reject the selected item: it is not in the gold set."""
        it = self._current()
        if it is not None:
            self._record(it, "reject", it["row"])
            self._advance()

    def accept_rest(self) -> None:
        """Accept every proposal of this sentence not decided yet."""
        n = 0
        for it in list(self.items):
            if it["status"] == "pending":
                self._record(it, "accept", it["proposal"] or it["row"])
                n += 1
        self.show_unit()
        self._say(f"accepted {n} proposal(s)")

    def _form_row(self, task: str, near: int | None) -> dict[str, Any] | None:
        aid, _ = self.unit
        text = self.texts[aid]
        lo, hi = self.bounds.get(self.unit, (0, len(text)))
        row: dict[str, Any] = {}
        for col, widget in self.fields.items():
            val = widget.value
            if col == "value":
                s = str(val).replace(",", "").strip()
                if s:
                    try:
                        row[col] = float(s)
                    except ValueError:
                        self._say(f"value {val!r} is not a number", error=True)
                        return None
                else:
                    row[col] = None
            elif isinstance(widget, w.Checkbox):
                row[col] = bool(val)
            else:
                row[col] = str(val).strip() or None
        span_col = TEXT_COLUMN[task]
        surface = str(self.fields[span_col].value)
        found = locate(text, surface, lo, hi, near=near, occurrence=self.occurrence.value)
        if found is None:
            self._say(f"{span_col} {surface!r} is not in this sentence: copy the words exactly", error=True)
            return None
        row["char_start"], row["char_end"] = found
        row[span_col] = text[found[0]:found[1]]
        return row

    def correct(self) -> None:
        """Save the form as the correction of the selected item (its span may move)."""
        it = self._current()
        if it is None:
            return
        if self.form_task.value != it["task"]:
            self._say("the form holds another task: pick the proposal again", error=True)
            return
        row = self._form_row(it["task"], it["row"]["char_start"])
        if row is not None:
            self._record(it, "correct" if it["proposal"] is not None else it["status"], {**it["row"], **row})
            self._advance()

    def add(self) -> None:
        """Add the form as a new item of the form's task (the ``occurrence``-th match in the sentence)."""
        task = self.form_task.value
        row = self._form_row(task, None)
        if row is None:
            return
        aid, _ = self.unit
        it = {"task": task, "item_id": item_id(task, aid, row["char_start"], row["char_end"]), "proposal": None}
        self._record(it, "add", row)
        self._advance()

    def done_next(self) -> None:
        """Mark this sentence finished (undecided proposals are not gold) and show the next one."""
        aid, sid = self.unit
        self.store.mark_done(annotator=self.annotator, article_id=aid, sentence_id=sid)
        self.done.add(self.unit)
        if self.position + 1 < len(self.units):
            self.position += 1
            self.message = ""
        else:
            self.message = f'<span style="color:#1b5e20">all {len(self.units)} sentences of the sample shown; {len(self.done)} finished</span>'
        self.show_unit()

    def previous(self) -> None:
        """Go back one sentence (nothing is recorded)."""
        if self.position > 0:
            self.position -= 1
        self.message = ""
        self.show_unit()

    def clear_form(self) -> None:
        """Empty the form, to add a new item of the form's task."""
        self._fill_form(None)

    def next_item(self) -> None:
        """Select the next proposal."""
        if self.items:
            self.choice.value = ((self.selected or 0) + 1) % len(self.items)

    def previous_item(self) -> None:
        """Select the previous proposal."""
        if self.items:
            self.choice.value = ((self.selected or 0) - 1) % len(self.items)


def _row_of(dec: dict[str, Any], task: str) -> dict[str, Any]:
    return {c: dec.get(c) for c in SCHEMAS[task]}


def _show(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def annotation_widget(
    predicted: Any,
    store: AnnotationStore,
    *,
    annotator: str,
    tasks: tuple[str, ...] = SPAN_TASKS,
    sample: pl.DataFrame | None = None,
) -> AnnotationWidget:
    """The annotation widget for ``annotator`` on the sample in ``store`` (see :class:`AnnotationWidget`)."""
    return AnnotationWidget(predicted, store, annotator=annotator, tasks=tasks, sample=sample)
