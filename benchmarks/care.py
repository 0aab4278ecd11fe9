"""暖心关怀 figures: the register's share of `villagedesk demo`, its home-page items, the care page
and the printed notices, on a demo village of ``--years`` years.

    python benchmarks/care.py [--years 10]

Each figure is printed beside its floor measured in the same run (these machines are noisy):
- the demo: the care step alone, beside the whole demo it is part of (budget: < 2 s a year of it);
- what is due (the home page's care items), beside the same home page's other parts;
- opening the care page (built, filled and painted), beside opening the roster page;
- building the festival visit list and a disbursement notice, beside a general notice;
- building the fund statement of a quarter and of the whole demo period.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

TODAY = dt.date(2026, 11, 26)


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from villagedesk.core import demo
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.store import open_store
    from villagedesk.paths import DataDir
    from villagedesk.registers import REGISTERS

    care = next(r for r in REGISTERS if r.key == "care")
    spent: dict[str, float] = {}
    original = care.demo
    assert original is not None

    def measured(*a):  # type: ignore[no-untyped-def]
        spent["care"], _ = timed(lambda: original(*a))

    object.__setattr__(care, "demo", measured)
    folder = DataDir.resolve(Path(tempfile.mkdtemp()) / "care")
    store = open_store(folder, actor="system")
    with unit_of_work(store.sessions, actor="system") as s:
        whole, summary = timed(lambda: demo.fill_demo(s, seed=7, years=args.years, today=TODAY))
    object.__setattr__(care, "demo", original)
    print(f"demo {args.years} years: care step {spent['care']:.2f} s of the whole demo {whole:.2f} s")
    print(f"  {summary.counts}")

    session = store.sessions()
    session.info["actor"] = "system"
    due_s, items = timed(lambda: care.due(session, TODAY))  # type: ignore[misc]
    others = [p for p in REGISTERS if p.key != "care" and p.due is not None]
    floor_s, _ = timed(lambda: [p.due(session, TODAY) for p in others])  # type: ignore[misc]
    print(
        f"care due items: {due_s * 1000:.0f} ms ({len(items)} items) beside the other registers' {floor_s * 1000:.0f} ms"
    )

    from villagedesk import documents

    def build(prefix: str) -> float:
        item = next(i for k in documents.kinds() if k.prefix == prefix for i in k.list(session))
        return timed(item.build)[0]

    print(
        f"print: visit list {build('carevisits') * 1000:.0f} ms, disbursement notice "
        f"{build('caredisb') * 1000:.0f} ms, beside a general notice {build('general') * 1000:.0f} ms"
    )
    from villagedesk.core.care import fund as f
    from villagedesk.core.care import periods
    from villagedesk.documents.care import StatementKind

    city = f.funds(session)[0]
    quarter = StatementKind().printable(session, city.id, *periods.quarter(TODAY.year, 1))
    years = StatementKind().printable(session, city.id, TODAY.replace(year=TODAY.year - args.years), TODAY)
    print(
        f"print: fund statement of a quarter {timed(quarter.build)[0] * 1000:.0f} ms, of all {args.years} "
        f"years {timed(years.build)[0] * 1000:.0f} ms"
    )
    session.close()

    from villagedesk.ui.app import build_desk, ensure_application
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.main_window import MainWindow

    app = ensure_application()
    store.close()
    ctx = build_desk(folder, RecordingDialogs(), user="system")
    ctx.today_override = TODAY
    window = MainWindow(ctx)
    window.resize(1024, 768)
    window.show()
    app.processEvents()

    def open_page(key: str) -> float:
        start = time.perf_counter()
        page = window.show_page(key)
        page.refresh()
        page.repaint()
        app.processEvents()
        return time.perf_counter() - start

    roster_s = open_page("roster")
    care_s = open_page("care")
    print(f"open the care page: {care_s * 1000:.0f} ms beside the roster page {roster_s * 1000:.0f} ms")
    ctx.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
