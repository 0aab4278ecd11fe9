"""Cold start to a shown main window with the demo village (budget: 1.0 s on a 2-core machine).

    python benchmarks/startup.py [--runs 5]

Each run is a new process (`villagedesk --self-test`), timed from just before the process is
spawned to the moment the main window has been shown and painted once.
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

BUDGET_S = 1.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "villagedesk", "--data-dir", tmp, "demo"],
            check=True,
            capture_output=True,
            env=env,
        )
        times = []
        for _ in range(args.runs):
            started = time.time()
            out = subprocess.run(
                [sys.executable, "-m", "villagedesk", "--data-dir", tmp, "--self-test"],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout
            shown = float(re.search(r"shown at ([0-9.]+)", out).group(1))
            times.append(shown - started)
    median = statistics.median(times)
    print(
        f"startup to shown main window: median {median:.3f} s, min {min(times):.3f} s, "
        f"max {max(times):.3f} s over {len(times)} runs (budget {BUDGET_S:.1f} s)"
    )
    return 0 if median <= BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
