"""Running every step: one corpus in memory (pipeline) or a corpus of any size in batches, on a pool or a Dask cluster (engine)."""
