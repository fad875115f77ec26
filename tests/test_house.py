"""The house's limits on complexity: no function too branched to read at once.

ruff's C901 (cyclomatic complexity, McCabe) holds every function in src/ to 20
(pyproject.toml, run by .ci/run); ruff has one limit, so the rule's and the
matcher's files are held to 15 here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "ocrelog"
#: The rule, and the matcher with its judges: no function above ``STRICT``.
STRICT_FILES = ("rules.py", "dayscore.py", "cycle_shape.py", "signs.py", "alerts.py", "concerns.py")
STRICT = 15


def _too_complex(paths: list[Path], most: int) -> str:
    done = subprocess.run(
        [
            sys.executable, "-m", "ruff", "check", "--isolated", "--select", "C901",
            "--config", f"lint.mccabe.max-complexity={most}", "--output-format", "concise",
            *map(str, paths),
        ],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode in (0, 1), done.stderr  # 2: ruff itself failed
    return done.stdout if done.returncode else ""


def test_the_rule_and_the_matcher_have_no_function_above_15() -> None:
    paths = [SRC / name for name in STRICT_FILES]
    assert all(path.exists() for path in paths), [p.name for p in paths if not p.exists()]
    assert _too_complex(paths, STRICT) == ""


def test_the_limit_finds_a_function_over_it(tmp_path: Path) -> None:
    branches = "\n".join(f"    if x == {n}:\n        return {n}" for n in range(STRICT + 1))
    (tmp_path / "many.py").write_text(f"def many(x):\n{branches}\n    return -1\n")
    assert "many" in _too_complex([tmp_path / "many.py"], STRICT)
