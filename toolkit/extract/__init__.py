"""Extractors: what the articles say, row by row, each row with its article, sentence and character offsets.

- ``actors``: actor mentions (dictionary first, then every proper name, typed by evidence)
- ``places``: places resolved to GeoNames ids (the gazetteer)
- ``quotes``: direct and partial quotes and their speakers
- ``claims``: numeric claims, with ``numbers`` (the number parser) and ``units`` (the unit vocabulary)
- ``attribution``: the words of attribution that quotes and claims share (pronoun agreement, given names)

Extractors do not import each other (checked by import-linter); what they share sits beside them."""
