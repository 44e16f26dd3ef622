"""The shared core every layer may use: the table contract (schema), errors, packaged data (resources) and memos (cache).

Nothing here imports another part of the toolkit."""
