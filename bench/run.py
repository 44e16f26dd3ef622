"""Run every benchmark and evaluation in turn (``make bench``); each prints its own numbers.

The evaluations whose public data is not shipped (NewsMTSC, ISAF) find it as ``bench/benchdata.py`` says
(``TOOLKIT_BENCH_DATA``, or ``../shared/benchmarks`` beside the repository) and otherwise stop with what to
pass; the held-out figures of today's code are in-sample (first runs: ``eval_first_run.py``, docs/accuracy.md).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
RUNS = [
    ["eval_sentences.py"],
    ["eval_tokens.py", "500"],
    ["bench_sentiment.py"],
    ["bench_actors.py"],
    ["bench_claims.py"],
    ["eval_newsmtsc.py"],
    ["eval_isaf.py"],
    ["eval_heldout.py"],
    ["eval_heldout.py", "--gold", str(HERE.parent / "tests" / "data" / "heldout2" / "gold.jsonl")],
    ["eval_heldout.py", "--gold", str(HERE.parent / "tests" / "data" / "heldout3" / "gold.jsonl")],
    ["eval_heldout.py", "--gold", str(HERE.parent / "tests" / "data" / "heldout4" / "gold.jsonl")],
    ["bench_pipeline.py", "2000"],
]

if __name__ == "__main__":
    failed = []
    for args in RUNS:
        if not (HERE / args[0]).exists():
            continue
        print(f"\n=== {' '.join(args)}", flush=True)
        if subprocess.run([sys.executable, str(HERE / args[0]), *args[1:]]).returncode != 0:
            failed.append(args[0])
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")
