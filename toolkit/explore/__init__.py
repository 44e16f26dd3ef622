"""The notebook layer: charts, widgets, highlighting, offline live charts (live) and shareable HTML reports (report).

Nothing below this layer imports it (checked by import-linter)."""
