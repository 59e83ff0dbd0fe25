"""Quick mode shared by every benchmark: ``--quick`` (or ``LERNPARTNER_BENCH_QUICK=1``) runs
the same code on tiny sizes, so the test suite can prove each benchmark still runs. The
figures of a quick run mean nothing; only full runs go into closing notes."""

from __future__ import annotations

import os
import sys

QUICK = "--quick" in sys.argv or os.environ.get("LERNPARTNER_BENCH_QUICK") == "1"
if "--quick" in sys.argv:
    sys.argv.remove("--quick")


def size(full: int, quick: int) -> int:
    """``full`` in a real run, ``quick`` in quick mode."""
    return quick if QUICK else full
