"""Whole-process timings of `ocrelog sync`, against `ocrelog feel 6` in the same rounds.

    python benchmarks/sync.py            # about a minute
    python benchmarks/sync.py --check    # exit 1 when a target is missed

- sync of a ten-year journal (2 scores a day, ~7,500 entries, generated as benchmarks/run.py
  does) into an empty journal: each round starts from a fresh copy of an empty journal that
  has the key already (the copy, a few small files, is inside the timing: a few ms);
- one new entry between two ten-year journals already in sync: each round, the first adds a
  score (untimed), then its sync (one out) and the second's (one in) are timed;
- `ocrelog feel 6` on a ten-year journal, in the same rounds.

Each is run once to warm caches, then round after round, and the median is reported (see
docs/performance.md, "How we measure").
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import child_env, find_ocrelog, ten_years, timed  # noqa: E402

TARGETS = [
    # (what, numerator, denominator, at most)
    ("ten years into an empty journal vs feel", "sync: ten years into an empty journal", "ocrelog feel 6", 20.0),
    ("one new entry in vs feel", "sync: one new entry in", "ocrelog feel 6", 3.0),
    ("one new entry out vs feel", "sync: one new entry out", "ocrelog feel 6", 3.0),
]


def quiet(command: list[str]) -> str:
    done = subprocess.run(command, env=child_env(), capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr[-800:]}")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    ocrelog = find_ocrelog()
    work = Path(tempfile.mkdtemp(prefix="ocrelog-sync-bench-"))
    try:
        return measure(ocrelog, work, args.runs, args.check)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(ocrelog: str, work: Path, runs: int, check: bool) -> int:
    folder = work / "Sync"
    folder.mkdir()
    rows = ten_years(work / "ten.csv", 2)
    a, b, feel_journal = (work / name / "journal.db" for name in ("a", "b", "feel"))
    for path in (a, feel_journal):
        quiet([ocrelog, "--db", str(path), "import", str(work / "ten.csv")])
    key = quiet([ocrelog, "--db", str(a), "sync", str(folder), "--init"]).split()[-1]
    empty = work / "empty" / "journal.db"  # an empty journal with the key: copied fresh each round
    quiet([ocrelog, "--db", str(empty), "feel", "5"])
    quiet([ocrelog, "--db", str(empty), "undo", "--force"])
    shutil.copy(a.parent / "journal.db.key", empty.parent / "journal.db.key")
    quiet([ocrelog, "--db", str(b), "sync", str(folder), "--key", key])
    fresh = work / "fresh"
    into_empty = ["sh", "-c", f'rm -rf "{fresh}" && cp -r "{empty.parent}" "{fresh}" && exec "{ocrelog}" '
                  f'--db "{fresh}/journal.db" sync "{folder}"']
    times: dict[str, list[float]] = {name: [] for _, name, _, _ in TARGETS}
    times["ocrelog feel 6"] = []
    for round_ in range(runs + 1):  # the first round warms caches and is not counted
        got = {
            "sync: ten years into an empty journal": timed(into_empty),
            "ocrelog feel 6": timed([ocrelog, "--db", str(feel_journal), "feel", "6"]),
        }
        quiet([ocrelog, "--db", str(a), "feel", "4"])
        got["sync: one new entry out"] = timed([ocrelog, "--db", str(a), "sync", str(folder)])
        got["sync: one new entry in"] = timed([ocrelog, "--db", str(b), "sync", str(folder)])
        if round_:
            for name, seconds in got.items():
                times[name].append(seconds)
    print(f"ten years at 2 a day: {rows} entries; {runs} rounds; medians")
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"  {name:45} {value * 1000:8.1f} ms")
    missed = 0
    for what, numerator, denominator, most in TARGETS:
        ratio = medians[numerator] / medians[denominator]
        verdict = "met" if ratio <= most else "MISSED"
        missed += verdict != "met"
        print(f"  {what:45} {ratio:6.2f} x (at most {most} x) {verdict}")
    return 1 if check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
