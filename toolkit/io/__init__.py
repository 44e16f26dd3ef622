"""Reading a corpus: articles from files, folders and archive exports (loading, exports), and syndicated copies of one story (stories)."""
