"""The ``ocrelog`` program: one short-lived process that runs one command, then ends.

The cyclic garbage collector is tuned for that. With CPython's default
thresholds (700 allocations) it runs some 30 times while Typer and Rich are
imported and finds next to nothing, and then once more, over every object,
as the interpreter shuts down. Here it runs after every ``YOUNG_ALLOCATIONS``
allocations instead, and the objects still alive at the end are frozen
(``gc.freeze``), so the final collection skips them: the process ends and the
operating system takes the memory back in one go. Reference counting frees
everything else as usual, so a long import still runs in flat memory.

Only the program does this: importing ``ocrelog`` (the tests, a script) leaves
the collector as it was. docs/performance.md has the measurements.
"""

from __future__ import annotations

import gc

YOUNG_ALLOCATIONS = 50_000  # CPython's default is 700
OLDER_EVERY = (20, 100)  # the defaults are (10, 10): collections of the young before an older one


def run() -> None:
    """The ``ocrelog`` console script and ``python -m ocrelog``."""
    gc.set_threshold(YOUNG_ALLOCATIONS, *OLDER_EVERY)
    from ocrelog.cli import main

    try:
        main()
    finally:
        gc.freeze()
