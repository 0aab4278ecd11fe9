"""The 十有 usage log with 100,000 lines: open ≤ 0.2 s, filter ≤ 100 ms a keystroke, scroll without
a stall, memory ≤ 300 MB (DESIGN.md budgets).

    python benchmarks/microservices.py [--lines 100000] [--runs 5] [--keep FOLDER]

A centre with the default ten services, 300 villagers and ``--lines`` usage lines over ten years is
built in a temporary data folder (the lines in bulk: building is not what is measured). Then, in
one desk process:

- opening the 十有 page (built, the first page of the log fetched, shown and painted) beside its
  floor, a page holding an empty QTableView with the same columns;
- typing filters keystroke by keystroke (an outcome, a service name), each keystroke timed until
  the list is painted again, beside its floor: the same SQL run bare through core (one page query:
  a keystroke does not count); then the pause after the word, when the list counts what it found
  (timed until the count is shown), beside the bare count;
- scrolling: a page down (the next rows fetched as the view reaches the end) and to the end of
  what is fetched, each timed until painted, beside the bare SQL of one page;
- the peak memory of the process.
Figures are medians of ``--runs`` runs. Exits 1 when a figure is over its budget.
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
    OPEN_BUDGET_S,
    Painted,
    drop_page,
    line,
    memory_line,
    open_floor,
    timed,
)

TODAY = dt.date(2026, 11, 26)
OUTCOMES = (
    "测量血压，结果正常",
    "测量血糖，建议复查",
    "代收包裹",
    "借阅图书",
    "代办医保缴费",
    "邻里纠纷调解成功",
)
TYPED = (("测", "测量", "测量血"), ("有", "有村", "有村邮"))
SCROLL_BUDGET_S = 0.1


def build(folder: Path, lines: int, seed: int = 5) -> None:
    from sqlalchemy import insert

    from villagedesk.core import roster, users
    from villagedesk.core.centre import CentreData, create_centre
    from villagedesk.core.microservices import catalogue as cat
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.base import new_uuid, utcnow
    from villagedesk.db.models import PartyOrgKind, UsageEntry, UserRole
    from villagedesk.db.store import open_store
    from villagedesk.paths import DataDir

    rng = random.Random(seed)
    store = open_store(DataDir.resolve(folder), actor="system")
    with unit_of_work(store.sessions, actor="system") as s:
        create_centre(
            s,
            CentreData(
                village_name="新桥村",
                division_code="320902104203",
                township_name="盐东镇",
                county_name="盐城市亭湖区",
                party_org_kind=PartyOrgKind.BRANCH,
                party_org_name="中共新桥村支部委员会",
                committee_name="新桥村村民委员会",
                objection_phone="0515-88881234",
            ),
        )
        users.create_user(s, "bench", UserRole.SECRETARY, "258046", is_admin=True)
        s.info["actor"] = "bench"
        given = "建国秀英明华平志强伟芳军红丽敏静杰涛超娟霞桂兰玉凤海燕春梅德福"
        names = [f"{a}{b}{c}" for a in "王李张刘陈杨黄赵吴周" for b in given[:6] for c in given[6:11]][:300]
        people = [roster.add_person(s, roster.PersonData(name)).id for name in names]
        cat.ensure_defaults(s)
        items = [i.id for i in cat.items(s)]
        now = utcnow()
        first = TODAY - dt.timedelta(days=3650)
        rows = [
            {
                "uuid": new_uuid(),
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "updated_by": "bench",
                "deleted": False,
                "change_counter": 0,
                "day": first + dt.timedelta(days=n * 3650 // lines),
                "item_id": rng.choice(items),
                "people": rng.randint(1, 5),
                "person_id": rng.choice(people) if rng.random() < 0.3 else None,
                "outcome": rng.choice(OUTCOMES),
                "reason": "",
            }
            for n in range(lines)
        ]
        s.execute(insert(UsageEntry), rows)
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="build the data folder here once and reuse it (a copy is measured)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VILLAGEDESK_LANG", "zh_CN")
    tmp = Path(tempfile.mkdtemp(prefix="vd-services-"))
    if args.keep is not None:
        if not (args.keep / "villagedesk.sqlite3").exists():
            build(args.keep, args.lines)
        shutil.copytree(args.keep, tmp / "data")
        try:
            return _measure(tmp / "data", args.runs)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    try:
        started = time.perf_counter()
        build(tmp / "data", args.lines)
        print(
            f"usage log: {args.lines:,} lines over ten years, built in {time.perf_counter() - started:.1f} s"
        )
        return _measure(tmp / "data", args.runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _measure(folder: Path, runs: int) -> int:  # noqa: C901
    from villagedesk.core.microservices import usage
    from villagedesk.i18n import load_translator
    from villagedesk.paths import DataDir
    from villagedesk.ui.app import build_desk, ensure_application
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.main_window import MainWindow
    from villagedesk.ui.microservices.models import UsageModel
    from villagedesk.ui.microservices.page import MicroservicesPage

    app = ensure_application()
    load_translator("zh_CN")
    ctx = build_desk(DataDir.resolve(folder), RecordingDialogs(), user="bench")
    ctx.today_override = TODAY
    window = MainWindow(ctx)
    window.resize(1024, 768)
    window.show()
    app.processEvents()
    paints = Painted(app)
    painted = paints.check

    def open_page() -> None:
        page = window.show_page("microservices")
        assert isinstance(page, MicroservicesPage)
        paints.watch(page.usage.view.viewport())
        painted()

    def bare_sql(text: str, offset: int = 0, size: int = UsageModel.PAGE_SIZE) -> Callable[[], object]:
        """What the list asks core for, run bare: a page (the first one a row longer)."""

        def run() -> object:
            with ctx.read() as session:
                return usage.usage_page(session, usage.UsageQuery(text), offset, size)

        return run

    def bare_count(text: str) -> Callable[[], object]:
        def run() -> object:
            with ctx.read() as session:
                return usage.count_usage(session, usage.UsageQuery(text))

        return run

    lines: list[tuple[str, bool]] = []
    window.show_page("home")
    floor = [timed(lambda: open_floor(window, len(UsageModel.COLUMNS), paints)) for _ in range(runs)]
    opened = []
    for _ in range(runs):
        drop_page(window, "microservices", app)
        opened.append(timed(open_page))
    page = window.pages["microservices"]
    assert isinstance(page, MicroservicesPage)
    tab = page.usage
    lines.append(line(f"open the 十有 page ({tab.count_label.text()})", opened, floor, OPEN_BUDGET_S))

    tab.finish_count()
    lines[-1] = line(f"open the 十有 page ({tab.count_label.text()})", opened, floor, OPEN_BUDGET_S)

    def keystroke(text: str) -> None:
        tab.search.setText(text)  # what the filter timer does, without waiting for it
        tab._filter_timer.stop()
        tab.filter_changed()
        tab._count_timer.stop()
        painted()

    def pause() -> None:
        """The typing pauses: the count timer fires and the count is shown."""
        tab.finish_count()
        app.processEvents()

    for word in TYPED:
        keystrokes: dict[str, list[float]] = {text: [] for text in word}
        floors: dict[str, list[float]] = {text: [] for text in word}
        counts: dict[str, str] = {}
        paused: list[float] = []
        paused_floor: list[float] = []
        for _ in range(runs):
            tab.reload()  # every run starts with no count kept: each keystroke is new
            keystroke("")
            for text in word:
                keystrokes[text].append(timed(lambda text=text: keystroke(text)))
                counts[text] = tab.count_label.text()
                floors[text].append(timed(bare_sql(text, 0, UsageModel.PAGE_SIZE + 1)))
            paused.append(timed(pause))
            paused_floor.append(timed(bare_count(word[-1])))
        for text in word:
            lines.append(
                line(f"type “{text}” ({counts[text]})", keystrokes[text], floors[text], KEYSTROKE_BUDGET_S)
            )
        lines.append(
            line(f"  then pause: {tab.count_label.text()}", paused, paused_floor, KEYSTROKE_BUDGET_S)
        )
    keystroke("")
    pause()

    view = tab.view
    scrolls: list[float] = []
    scroll_floor: list[float] = []
    for n in range(runs * 4):

        def page_down() -> None:
            view.scrollToBottom()  # the view asks the model for the next page at the end
            painted()

        scrolls.append(timed(page_down))
        scroll_floor.append(timed(bare_sql("", (n + 1) * UsageModel.PAGE_SIZE)))
    lines.append(
        line(
            f"scroll to the end ({tab.model.rowCount():,} of {tab.model.total:,} fetched)",
            scrolls,
            scroll_floor,
            SCROLL_BUDGET_S,
        )
    )
    for text, _ok in lines:
        print(text)
    memory, memory_ok = memory_line()
    print(memory)
    window.close()
    ctx.store.close()
    return 0 if all(ok for _text, ok in lines) and memory_ok else 1


if __name__ == "__main__":
    sys.exit(main())
