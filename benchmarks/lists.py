"""The roster page with 5,000 villagers: open ≤ 0.2 s, filter ≤ 100 ms a keystroke (DESIGN.md budgets).

    python benchmarks/lists.py [--people 5000] [--runs 5]

A roster of ``--people`` villagers, each with a membership or two (some of them ended), some with
an identity number and a few entered twice, is built in a temporary data folder in one transaction
through core's own checks. Then, in one desk process:

- opening the roster page (built, filled, shown and painted) beside its floor, a page holding an
  empty QTableView with the same columns, built, shown and painted the same way;
- typing filters keystroke by keystroke (a surname, a name, a group's name), each keystroke timed
  until the list is painted again, beside its floor: the same SQL run bare through core (the count
  and the first page of rows);
- the peak memory of the process.

Every figure is the median of ``--runs`` runs; the floors are measured in the same run, since these
machines are noisy. Exits 1 when a figure is over its budget.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    KEYSTROKE_BUDGET_S,
    MEMORY_BUDGET_MB,
    OPEN_BUDGET_S,
    Painted,
    drop_page,
    memory_line,
    open_floor,
)
from _harness import line as _line  # noqa: E402
from _harness import timed as _timed  # noqa: E402

__all__ = ["KEYSTROKE_BUDGET_S", "MEMORY_BUDGET_MB", "OPEN_BUDGET_S", "_line", "_timed"]
TODAY = dt.date(2026, 11, 26)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国秀英明华平志强伟芳军红丽敏静杰涛超娟霞桂兰玉凤海燕春梅德福"
GROUPS = [f"{n}组" for n in "一二三四五六七八九十"]
# What a clerk types, one keystroke at a time: a surname, a name, then (after clearing) a group.
TYPED = (("王", "王建"), ("三", "三组"))


def build_roster(folder: Path, people: int, seed: int = 11) -> int:
    """A centre, a secretary who is the administrator, and ``people`` villagers; returns memberships."""
    from villagedesk.core import roster, users
    from villagedesk.core.centre import CentreData, create_centre
    from villagedesk.core.errors import Collector
    from villagedesk.core.idnumber import check_character
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.models import Body, Membership, Person, Role, Sex, UserRole
    from villagedesk.db.store import open_store
    from villagedesk.paths import DataDir

    rng = random.Random(seed)
    store = open_store(DataDir.resolve(folder), actor="system")
    added = 0
    with unit_of_work(store.sessions, actor="system") as s:
        create_centre(
            s,
            CentreData(
                village_name="新桥村",
                division_code="320902104203",
                township_name="盐东镇",
                county_name="亭湖区",
                objection_phone="0515-88881234",
                supervision_phone="13851234567",
            ),
        )
        users.create_user(s, "bench", UserRole.SECRETARY, "258046", is_admin=True)
        with s.no_autoflush:  # checked in memory like the roster import, flushed once
            for n in range(people):
                birth = TODAY - dt.timedelta(days=rng.randrange(20 * 365, 85 * 365))
                sex = rng.choice([Sex.MALE, Sex.FEMALE])
                number = ""
                if rng.random() < 0.5:
                    body17 = f"320902{birth:%Y%m%d}{n % 100:02d}{1 if sex is Sex.MALE else 2}"
                    number = body17 + check_character(body17)
                data = roster.validate_person(
                    roster.PersonData(
                        name=rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2)))),
                        sex=sex,
                        birth_date=birth,
                        group_name=rng.choice(GROUPS),
                        phone=f"138{rng.randrange(10**8):08d}" if rng.random() < 0.8 else "",
                        id_number=number,
                    ),
                    TODAY,
                )
                person = Person(**data.__dict__)
                s.add(person)
                adult = birth.replace(year=birth.year + 19, day=min(birth.day, 28))
                bodies = rng.sample(list(Body), rng.choice((1, 2)))
                if Body.PARTY_FULL in bodies and Body.PARTY_PROBATIONARY in bodies:
                    bodies.remove(Body.PARTY_PROBATIONARY)
                for body in bodies:
                    start = adult + dt.timedelta(days=rng.randrange(max((TODAY - adult).days - 30, 1)))
                    ended = rng.random() < 0.2 and (TODAY - start).days > 60
                    end = (
                        start + dt.timedelta(days=rng.randrange(30, (TODAY - start).days)) if ended else None
                    )
                    errors = Collector()
                    roster.check_membership(person, body, start, TODAY, errors, end, "迁出" if end else "")
                    errors.raise_if_any()
                    s.add(
                        Membership(
                            person=person,
                            body=body,
                            role=Role.MEMBER,
                            start_date=start,
                            end_date=end,
                            end_reason="迁出" if end else "",
                        )
                    )
                    added += 1
                if n % 500 == 7:  # entered twice: the list marks both 核对
                    s.add(Person(**{**data.__dict__, "id_number": "", "group_name": rng.choice(GROUPS)}))
        s.flush()
    store.close()
    return added


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--demo",
        help="also open every register's page on this data folder (e.g. one made by "
        "`villagedesk --data-dir DIR demo --years 10`; it is copied first)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VILLAGEDESK_LANG", "zh_CN")
    tmp = Path(tempfile.mkdtemp(prefix="vd-lists-"))
    try:
        started = time.perf_counter()
        memberships = build_roster(tmp / "data", args.people)
        print(
            f"roster: {args.people:,} villagers (and a few entered twice), {memberships:,} memberships, "
            f"built in {time.perf_counter() - started:.1f} s"
        )
        code = _measure(tmp / "data", args.runs)
        if args.demo:
            shutil.copytree(args.demo, tmp / "demo", ignore=shutil.ignore_patterns("*.lock", "backups"))
            code |= _measure_registers(tmp / "demo", args.runs)
        return code
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _measure(folder: Path, runs: int) -> int:
    from villagedesk.core import roster
    from villagedesk.i18n import load_translator
    from villagedesk.paths import DataDir
    from villagedesk.ui.app import build_desk, ensure_application
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.main_window import MainWindow
    from villagedesk.ui.roster.models import PeopleModel
    from villagedesk.ui.roster.page import RosterPage

    app = ensure_application()
    load_translator("zh_CN")
    ctx = build_desk(DataDir.resolve(folder), RecordingDialogs(), user="bench")
    ctx.today_override = TODAY
    window = MainWindow(ctx)
    window.show()
    app.processEvents()

    # the updates a change asked for are delivered in painted(), which checks the list was painted
    paints = Painted(app)
    painted = paints.check

    def open_page() -> None:
        page = window.show_page("roster")
        assert isinstance(page, RosterPage)
        paints.watch(page.people.viewport())
        painted()

    def bare_sql(text: str) -> Callable[[], object]:
        def run() -> object:
            with ctx.read() as session:
                query = roster.PeopleQuery(text, None, TODAY)
                count = roster.count_people(session, query)
                return count, roster.people_page(session, query, 0, PeopleModel.PAGE_SIZE)

        return run

    lines: list[tuple[str, bool]] = []
    window.show_page("home")
    floor = [_timed(lambda: open_floor(window, len(PeopleModel.COLUMNS), paints)) for _ in range(runs)]
    opened = []
    for _ in range(runs):
        drop_page(window, "roster", app)
        opened.append(_timed(open_page))
    page = window.pages["roster"]
    assert isinstance(page, RosterPage)
    shown = page.people_model.rowCount()
    lines.append(_line(f"open the roster page ({page.count.text()})", opened, floor, OPEN_BUDGET_S))

    def keystroke(text: str) -> None:
        page.search.setText(text)
        painted()

    for word in TYPED:
        keystrokes: dict[str, list[float]] = {text: [] for text in word}
        floors: dict[str, list[float]] = {text: [] for text in word}
        counts: dict[str, str] = {}
        for _ in range(runs):
            keystroke("")
            for text in word:
                keystrokes[text].append(_timed(lambda text=text: keystroke(text)))
                counts[text] = page.count.text()
                floors[text].append(_timed(bare_sql(text)))
        for text in word:
            label = f"type “{text}” ({counts[text]})"
            lines.append(_line(label, keystrokes[text], floors[text], KEYSTROKE_BUDGET_S))
    keystroke("")

    for text, _ok in lines:
        print(text)
    memory, memory_ok = memory_line()
    print(memory)
    print(f"(rows the list holds after opening: {shown:,})")
    window.close()
    ctx.store.close()
    return 0 if all(ok for _text, ok in lines) and memory_ok else 1


def _measure_registers(folder: Path, runs: int) -> int:
    """Every register's page opened (built, filled, shown, painted) on a demo village, beside the
    floor of an empty table page shown the same way."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    from villagedesk.paths import DataDir
    from villagedesk.registers import REGISTERS
    from villagedesk.ui.app import build_desk, ensure_application
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.main_window import MainWindow

    app = ensure_application()
    ctx = build_desk(DataDir.resolve(folder), RecordingDialogs(), user="bench")
    ctx.today_override = TODAY
    window = MainWindow(ctx)
    window.show()
    app.processEvents()

    def open_floor() -> None:
        page = QWidget()
        view = QTableView(page)
        view.setModel(QStandardItemModel(0, 6, view))
        QVBoxLayout(page).addWidget(view)
        window.stack.addWidget(page)
        window.stack.setCurrentWidget(page)
        app.processEvents()
        window.stack.removeWidget(page)
        page.deleteLater()

    def open_page(key: str) -> None:
        window.show_page("home")
        old = window.pages.pop(key, None)
        if old is not None:
            window.stack.removeWidget(old)
            old.deleteLater()
        app.processEvents()
        started = time.perf_counter()
        window.show_page(key)
        app.processEvents()
        opened[key].append(time.perf_counter() - started)

    floor = [_timed(open_floor) for _ in range(runs)]
    opened: dict[str, list[float]] = {r.key: [] for r in REGISTERS}
    for _ in range(runs):
        for key in opened:
            open_page(key)
    results = [
        _line(f"open the {key} page (demo)", times, floor, OPEN_BUDGET_S) for key, times in opened.items()
    ]
    for text, _ok in results:
        print(text)
    window.close()
    ctx.store.close()
    return 0 if all(ok for _text, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
