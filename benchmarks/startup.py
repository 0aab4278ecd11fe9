"""Cold start to a shown main window, beside its floor (DESIGN.md budget: ≤ 0.5 s).

    python benchmarks/startup.py [--runs 5] [--years 10] [--bundle DIR]

Each run is a new process (`villagedesk --self-test`), timed from just before the process is
spawned to the moment the main window has been shown and painted once (the window shows before the
database layer is imported: the store then opens in the background), and to the moment it is ready
(the store open and the page the desk reopens on filled in): on the home page, and
again with the desk reopening on the 四议两公开 page. The floor is a bare PySide6 window shown the
same way in a new process, measured in the same run (these machines are noisy). Also reports
`villagedesk --version` beside `python -c pass`, and which heavy modules a normal start imported.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_S = 0.5
VERSION_BUDGET_S = 0.1
FLOOR = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1000, 700); w.show(); app.processEvents()
print(f"shown at {time.time():.6f}")
"""
HEAVY = ("alembic", "reportlab", "cryptography", "openpyxl")


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return float(re.search(r"shown at ([0-9.]+)", out).group(1)) - started


def _median(cmd: list[str], env: dict[str, str], runs: int) -> list[float]:
    return [_timed(cmd, env) for _ in range(runs)]


def _shown_and_ready(cmd: list[str], env: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    shown, ready = [], []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
        found = re.search(r"shown at ([0-9.]+), ready at ([0-9.]+)", out)
        assert found, out
        shown.append(float(found.group(1)) - started)
        ready.append(float(found.group(2)) - started)
    return shown, ready


def _ready_line(times: list[float]) -> str:
    return (
        f"  ready (store open, page filled): median {statistics.median(times):.3f} s "
        f"(min {min(times):.3f}, max {max(times):.3f})"
    )


def _wall(cmd: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return times


def _line(label: str, times: list[float], floor: list[float], budget: float) -> str:
    m, f = statistics.median(times), statistics.median(floor)
    verdict = "ok" if m <= budget else "OVER BUDGET"
    return (
        f"{label}: median {m:.3f} s (min {min(times):.3f}, max {max(times):.3f}); "
        f"floor {f:.3f} s; budget {budget:.2f} s: {verdict}"
    )


def _heavy(data_dir: str, env: dict[str, str]) -> str:
    """The heavy libraries loaded when the shown window closes (a first periodic backup at close
    may load more: that is after the start)."""
    probe = "\n".join(
        [
            "import sys",
            "from villagedesk.cli import main",
            "from villagedesk.ui.main_window import MainWindow",
            "seen, close = [], MainWindow.closeEvent",
            f"heavy = set({HEAVY!r})",
            "def closing(self, event):",
            "    seen.append(sorted({m.split('.')[0] for m in sys.modules} & heavy))",
            "    close(self, event)",
            "MainWindow.closeEvent = closing",
            f"main(['--data-dir', {data_dir!r}, '--self-test'])",
            "print('heavy:', seen[0] if seen else '?')",
        ]
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env).stdout
    found = re.search(r"heavy: (.*)", out)
    return found.group(1) if found else "?"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=int, default=10, help="years of demo data")
    parser.add_argument("--bundle", help="also time the PyInstaller bundle in this folder")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed desk runs from compiled bytecode (pip compiles it); so does this measurement.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(__file__).resolve().parents[1] / "villagedesk")]
    )
    desk = [sys.executable, "-m", "villagedesk"]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [*desk, "--data-dir", tmp, "demo", "--years", str(args.years)],
            check=True,
            capture_output=True,
            env=env,
        )
        floor = _median([sys.executable, "-c", FLOOR], env, args.runs)
        home, home_ready = _shown_and_ready([*desk, "--data-dir", tmp, "--self-test"], env, args.runs)
        print(_line(f"start on the home page ({args.years}-year demo)", home, floor, BUDGET_S))
        print(_ready_line(home_ready))
        print(f"heavy modules imported by a start on the home page: {_heavy(tmp, env)}")
        ok &= statistics.median(home) <= BUDGET_S
        from PySide6.QtCore import QSettings

        prefs = QSettings(str(Path(tmp) / "desk.ini"), QSettings.Format.IniFormat)
        prefs.setValue("ui/last_page", "deliberation")
        prefs.sync()
        delib, delib_ready = _shown_and_ready([*desk, "--data-dir", tmp, "--self-test"], env, args.runs)
        print(_line("start reopening on the 四议两公开 page", delib, floor, BUDGET_S))
        print(_ready_line(delib_ready))
        ok &= statistics.median(delib) <= BUDGET_S
        if args.bundle:
            exe = Path(args.bundle) / "villagedesk"
            bundle, bundle_ready = _shown_and_ready(
                [str(exe), "--data-dir", tmp, "--self-test"], env, args.runs
            )
            print(_line("bundle start reopening on the 四议两公开 page", bundle, floor, BUDGET_S))
            print(_ready_line(bundle_ready))
        print(f"heavy modules imported by a start reopening on 四议两公开: {_heavy(tmp, env)}")
    version = _wall([*desk, "--version"], env, args.runs)
    version_floor = _wall([sys.executable, "-c", "pass"], env, args.runs)
    print(_line("villagedesk --version", version, version_floor, VERSION_BUDGET_S))
    ok &= statistics.median(version) <= VERSION_BUDGET_S
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
