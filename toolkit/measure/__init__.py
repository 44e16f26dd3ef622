"""Measures over the extracted rows: actor co-occurrence (cooc) and tone in the narrator's and quoted voices (sentiment, vader)."""
