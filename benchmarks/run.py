"""Whole-process timings for ocrelog, side by side with jrnl and with the floor.

Run it from a checkout where ocrelog is installed (``pip install -e .``):

    python benchmarks/run.py            # about a minute; the first run also installs jrnl
    python benchmarks/run.py --check    # exit 1 when a target is missed

It measures, as a person would feel them, whole processes started from a shell:

- ``ocrelog feel 6`` against ``jrnl`` 4.6 adding one entry (installed by this
  script into benchmarks/.venv-jrnl, set up from a config file, no prompts) and
  against the floor: ``python -c`` opening the same SQLite file;
- ``ocrelog report`` on ten years of data at 2 and at 20 fatigue scores a day
  (generated here, loaded with ``ocrelog import``), and on one and thirty
  years at 2 a day (how the report grows with the journal);
- ``ocrelog status`` (the morning screen), ``status --short`` (the shell
  prompt's line) and ``ocrelog chart`` on the same journal, and ``feel`` with
  a note in trailing words;
- ``ocrelog feel 6`` right after a read (``status``, untimed) against right
  after another ``feel``, on ten years at 20 a day: a read must not make the
  next write run the integrity check;
- the imports themselves, as rows per second;
- with ``--baseline PATH``, the same commands of another ocrelog (an older
  install, say ``/tmp/old/bin/ocrelog``) side by side, to show a change is
  no slower;
- with ``--big``, journals of 10,000 and 100,000 entries: ``log --all``,
  ``export`` (CSV and JSON) and ``import`` of each, per row, and an Apple
  Health export of 200 MB (benchmarks/apple_health.py) with its peak memory.

Every command runs once to warm caches, then ``--runs`` times, interleaved
(one of each per round), and the median is reported. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
JRNL_VERSION = "4.6"
JRNL_VENV = HERE / ".venv-jrnl"
TARGETS = [
    # (what, numerator, denominator, at most)
    ("feel vs jrnl", "ocrelog feel 6", "jrnl (add one entry)", 0.6),
    ("report 2/day vs feel", "ocrelog report (2 a day)", "ocrelog feel 6", 1.5),
    ("report 30 years vs 1 year", "ocrelog report (30 years)", "ocrelog report (1 year)", 1.3),
    ("report 20/day vs 2/day", "ocrelog report (20 a day)", "ocrelog report (2 a day)", 2.5),
    ("chart vs feel", "ocrelog chart (2 a day)", "ocrelog feel 6", 2.0),
    ("status vs report", "ocrelog status (2 a day)", "ocrelog report (2 a day)", 1.0),
    ("feel after read vs after feel", "ocrelog feel 6 after status", "ocrelog feel 6 after feel", 1.05),
    ("feel vs baseline feel", "ocrelog feel 6", "baseline feel 6", 1.05),
    ("feel with a note vs feel", "ocrelog feel 6 (trailing words)", "ocrelog feel 6", 1.1),
    ("status --short vs feel", "ocrelog status --short (2 a day)", "ocrelog feel 6", 1.1),
    ("report vs baseline report", "ocrelog report (2 a day)", "baseline report (2 a day)", 1.1),
]
#: Timed after an untimed run of another command (name -> the command's name in PREPARED_BY).
AFTER = {"ocrelog feel 6 after status": "status", "ocrelog feel 6 after feel": "feel"}
IMPORT_ROWS_PER_SECOND = 80_000
HEALTH_MB = 200
HEALTH_MEMORY_MB = 150


def child_env() -> dict[str, str]:
    """The environment a person has: bytecode cached, no colour, a fixed width."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("OCRELOG_DB", None)
    env.update(NO_COLOR="1", COLUMNS="100")
    return env


def find_ocrelog() -> str:
    beside = Path(sys.executable).parent / "ocrelog"
    found = str(beside) if beside.exists() else shutil.which("ocrelog")
    if not found:
        sys.exit("ocrelog is not installed here; run: pip install -e .")
    return found


def setup_jrnl(work: Path) -> list[str] | None:
    """jrnl 4.6 in its own venv, configured by file so it never asks a question."""
    jrnl = JRNL_VENV / "bin" / "jrnl"
    if not jrnl.exists():
        print(f"Installing jrnl {JRNL_VERSION} into {JRNL_VENV} (once) ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
        result = subprocess.run(
            [str(JRNL_VENV / "bin" / "pip"), "install", "--quiet", f"jrnl=={JRNL_VERSION}"],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            print(f"Could not install jrnl; skipping it.\n{result.stderr[-800:]}", file=sys.stderr)
            shutil.rmtree(JRNL_VENV, ignore_errors=True)
            return None
    config = work / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: true\n"
        "indent_character: '|'\n"
        f"journals: {{default: {{journal: {work / 'jrnl.txt'}}}}}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\n"
        f"version: v{JRNL_VERSION}\n"
    )
    command = [str(jrnl), "--config-file", str(config), "feel 6"]
    subprocess.run(command, env=child_env(), capture_output=True, stdin=subprocess.DEVNULL)
    return command


def ten_years(path: Path, per_day: int, seed: int = 6, years: int = 10) -> int:
    """A CSV journal: an infusion every six months, scores every day, some symptoms."""
    rng = random.Random(seed)
    end = date.today() - timedelta(days=1)
    start = end - timedelta(days=round(365.25 * years))
    infusions = {start + timedelta(days=182 * n) for n in range(2 * years)}
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["type", "date", "value", "name", "note"])
        day = start
        since_infusion = 99
        while day <= end:
            if day in infusions:
                out.writerow(["infusion", day.isoformat(), 600, "", "routine"])
                rows += 1
                since_infusion = 0
            tired = 3 if since_infusion < rng.choice((2, 3, 6)) else 0
            for n in range(per_day):
                minute = 6 * 60 + n * (16 * 60 // per_day)
                score = min(10, rng.choice((1, 2, 2, 3, 3, 4)) + tired)
                note = "long day, slept badly" if rng.random() < 0.05 else ""
                out.writerow(["fatigue", f"{day.isoformat()}T{minute // 60:02d}:{minute % 60:02d}",
                              score, "", note])
                rows += 1
            if rng.random() < 0.05:
                out.writerow(["symptom", day.isoformat(), "",
                              rng.choice(("headache", "fever", "nausea", "rash")), ""])
                rows += 1
            since_infusion += 1
            day += timedelta(days=1)
    return rows


def timed(command: list[str]) -> float:
    """Wall-clock seconds of a whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=child_env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{stderr.decode()[-800:]}")
    return elapsed


def _peak_mb(command: list[str]) -> float:
    """The peak resident memory of ``command``, run once more on its own (ru_maxrss, in MB)."""
    process = subprocess.Popen(command, env=child_env(), stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024


def big_journals(ocrelog: str, work: Path) -> list[tuple[str, int, float]]:
    """(what, rows, seconds) for log --all, export and import at 10,000 and 100,000 entries."""
    results = []
    for size in (10_000, 100_000):
        source = work / f"big-{size}.csv"
        rows = sized(source, size)
        journal = work / f"big-{size}.db"
        results.append((f"import CSV, {size:,} entries", rows, timed([ocrelog, "--db", str(journal), "import", str(source)])))
        exported = work / f"big-{size}.json"
        results.append((f"export JSON, {size:,} entries", rows,
                        timed([ocrelog, "--db", str(journal), "export", "--format", "json", "-o", str(exported)])))
        results.append((f"export CSV, {size:,} entries", rows,
                        timed([ocrelog, "--db", str(journal), "export", "-o", str(work / f"big-{size}-out.csv")])))
        results.append((f"log --all, {size:,} entries", rows, timed([ocrelog, "--db", str(journal), "log", "--all"])))
        copy = work / f"big-{size}-json.db"
        results.append((f"import JSON, {size:,} entries", rows, timed([ocrelog, "--db", str(copy), "import", str(exported)])))
        for kind, path in (("CSV", source), ("JSON", exported)):  # peak memory, into a new journal
            fresh = work / f"peak-{size}.db"
            PEAKS[f"import {kind}, {size:,} entries"] = _peak_mb([ocrelog, "--db", str(fresh), "import", str(path)])
            for leftover in work.glob(f"peak-{size}.db*"):
                leftover.unlink()
    return results


#: Peak memory (MB) of each import in big_journals: flat when it does not grow with the file.
PEAKS: dict[str, float] = {}


def sized(path: Path, entries: int) -> int:
    """A CSV journal of about ``entries`` rows: ten years at the rate that gives that many."""
    per_day = max(1, round(entries / 3653))
    return ten_years(path, per_day)


def apple_health(ocrelog: str, work: Path) -> tuple[float, float, float]:
    """(MB, seconds, peak MB) of importing a generated Apple Health export."""
    sys.path.insert(0, str(HERE))
    from apple_health import write_export

    source = work / "export.xml"
    write_export(source, HEALTH_MB * 1024 * 1024)
    size = source.stat().st_size / (1024 * 1024)
    command = [ocrelog, "--db", str(work / "health.db"), "import", str(source)]
    seconds = timed(command)
    (work / "health.db").unlink()
    return size, seconds, _peak_mb(command)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds to take the median of")
    parser.add_argument("--skip-jrnl", action="store_true", help="do not install or time jrnl")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--baseline", metavar="OCRELOG", help="another ocrelog to time side by side")
    parser.add_argument("--big", action="store_true", help="also time big journals and a 200 MB Apple Health import")
    args = parser.parse_args()

    ocrelog = find_ocrelog()
    work = Path(tempfile.mkdtemp(prefix="ocrelog-bench-"))
    try:
        small = work / "small.db"
        commands: dict[str, list[str]] = {
            "ocrelog feel 6": [ocrelog, "--db", str(small), "feel", "6"],
            "ocrelog feel 6 (trailing words)": [ocrelog, "--db", str(small), "feel", "6", "exhausted", "after", "shower"],
            "python -c (open the same file)": [
                sys.executable, "-c",
                f"import sqlite3; sqlite3.connect({str(small)!r}).execute("
                "'SELECT count(*) FROM entries').fetchone()",
            ],
        }
        jrnl = None if args.skip_jrnl else setup_jrnl(work)
        if jrnl:
            commands["jrnl (add one entry)"] = jrnl
        if args.baseline:
            commands["baseline feel 6"] = [args.baseline, "--db", str(work / "baseline.db"), "feel", "6"]

        imports = {}
        prepared: dict[str, list[str]] = {}
        for per_day in (2, 20):
            source = work / f"ten-years-{per_day}.csv"
            rows = ten_years(source, per_day)
            journal = work / f"ten-years-{per_day}.db"
            seconds = timed([ocrelog, "--db", str(journal), "import", str(source)])
            imports[per_day] = (rows, seconds)
            commands[f"ocrelog report ({per_day} a day)"] = [ocrelog, "--db", str(journal), "report"]
            if per_day == 2:
                commands["ocrelog status (2 a day)"] = [ocrelog, "--db", str(journal), "status"]
                commands["ocrelog chart (2 a day)"] = [ocrelog, "--db", str(journal), "chart"]
                commands["ocrelog status --short (2 a day)"] = [ocrelog, "--db", str(journal), "status", "--short"]
                if args.baseline:
                    old = work / "baseline-2.db"
                    timed([args.baseline, "--db", str(old), "import", str(source)])
                    commands["baseline report (2 a day)"] = [args.baseline, "--db", str(old), "report"]
            else:  # the big journal: a read, then a write
                feel = [ocrelog, "--db", str(journal), "feel", "6"]
                prepared = {"status": [ocrelog, "--db", str(journal), "status"], "feel": feel}
                for name in AFTER:
                    commands[name] = feel
        for years in (1, 30):
            source = work / f"{years}-years.csv"
            ten_years(source, 2, years=years)
            journal = work / f"{years}-years.db"
            timed([ocrelog, "--db", str(journal), "import", str(source)])
            commands[f"ocrelog report ({years} year{'s' if years > 1 else ''})"] = [ocrelog, "--db", str(journal), "report"]

        def measure(name: str, command: list[str]) -> float:
            if name in AFTER:  # what runs just before it, untimed
                timed(prepared[AFTER[name]])
            return timed(command)

        for name, command in commands.items():  # warm-up: caches, bytecode, jrnl's config
            measure(name, command)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                samples[name].append(measure(name, command))
        medians = {name: statistics.median(times) for name, times in samples.items()}
        big = big_journals(ocrelog, work) if args.big else []
        health = apple_health(ocrelog, work) if args.big else None
    finally:
        shutil.rmtree(work, ignore_errors=True)

    import typer

    print(f"ocrelog benchmark: {platform.python_implementation()} {platform.python_version()}, "
          f"typer {typer.__version__}, {os.cpu_count()} cores, {platform.machine()}, "
          f"median of {args.runs} interleaved runs")
    print()
    print(f"{'command':44} {'median':>9}")
    for name, seconds in medians.items():
        print(f"{name:44} {seconds * 1000:7.1f} ms")
    print()
    for per_day, (rows, seconds) in imports.items():
        print(f"import, {per_day} a day: {rows} rows in {seconds:.2f} s = {rows / seconds:,.0f} rows/s")
    print()
    missed_speed = 0
    for what, rows, seconds in big:
        speed = rows / seconds
        verdict = ""
        if what.startswith("import") and "100,000" in what:
            verdict = f"   target >= {IMPORT_ROWS_PER_SECOND:,} rows/s   " + (
                "met" if speed >= IMPORT_ROWS_PER_SECOND else "MISSED")
            missed_speed += speed < IMPORT_ROWS_PER_SECOND
        print(f"{what:34} {seconds:7.2f} s  {speed:>10,.0f} rows/s{verdict}")
    for what, peak in PEAKS.items():
        print(f"{what:34} peak memory {peak:5.0f} MB")
    if health:
        size, seconds, peak = health
        print(f"Apple Health export, {size:.0f} MB: {seconds:.1f} s ({size / seconds:.1f} MB/s), "
              f"peak memory {peak:.0f} MB (goal: under {HEALTH_MEMORY_MB} MB)")
        missed_memory = peak >= HEALTH_MEMORY_MB
    else:
        missed_memory = False
    if big or health:
        print()
    missed = 0
    for what, numerator, denominator, limit in TARGETS:
        if numerator not in medians or denominator not in medians:
            print(f"{what:30} skipped")
            continue
        ratio = medians[numerator] / medians[denominator]
        ok = ratio <= limit
        missed += not ok
        print(f"{what:30} {ratio:5.2f} x   target <= {limit} x   {'met' if ok else 'MISSED'}")
    return 1 if args.check and (missed or missed_memory or missed_speed) else 0


if __name__ == "__main__":
    sys.exit(main())
