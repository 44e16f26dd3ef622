"""Text into units: paragraphs, sentences and tokens with character offsets (tokenize)."""
