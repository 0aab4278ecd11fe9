"""The 十有 share of `villagedesk demo`: the ten services with hours and keepers, equipment (some kits
expired), years of usage and monthly inspections. A sample of the usage goes through ``add_usage``;
the rest is checked with the same rule and added in bulk, so a year of it costs well under a second."""

from __future__ import annotations

import datetime as dt
import random
import struct
import tempfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.errors import Collector
from villagedesk.core.microservices import catalogue as cat
from villagedesk.core.microservices.equipment import EquipmentInput, add_equipment, move_stock
from villagedesk.core.microservices.inspections import FindingInput, InspectionInput, record_inspection
from villagedesk.core.microservices.usage import UsageInput, add_usage, correct_usage, usage_errors
from villagedesk.db.models import ClosureKind, Person, ServiceItem, ServiceState, UsageEntry
from villagedesk.paths import DataDir

if TYPE_CHECKING:
    from villagedesk.core.demo import DemoSummary

WEEKDAYS = {d: [("08:30", "11:30"), ("14:00", "17:30")] for d in range(5)}
_PLACES = (
    ("一楼卫生服务室", "镇卫生院", 3.0, ("测量血压，结果正常", "测量血糖，建议复查", "简单包扎")),
    ("一楼大厅东侧", "邮政盐东支局", 4.0, ("代收包裹", "寄出邮件", "代收快递")),
    ("一楼便民服务窗口", "", 3.0, ("代办医保缴费", "代办社保认证", "代办证明")),
    ("二楼农家书屋", "县图书馆", 2.0, ("借阅图书", "归还图书", "少儿阅读")),
    ("中心南侧广场", "", 1.0, ("广场舞活动", "篮球活动", "乒乓球活动")),
    (
        "二楼直播间",
        "县电商服务中心",
        0.5,
        (
            "农产品直播带货",
            "直播培训",
        ),
    ),
    ("一楼爱心超市", "县慈善总会", 1.5, ("积分兑换生活用品", "困难群众领取物资")),
    ("二楼调解室", "镇司法所", 0.4, ("邻里纠纷调解成功", "土地纠纷调解，待复议", "家庭矛盾调解")),
    ("一楼志愿服务站", "团县委", 1.0, ("志愿者登记", "助老服务", "清洁家园")),
    ("一楼户外劳动者驿站", "县总工会", 2.0, ("提供饮水热饭", "休息避雨", "手机充电")),
)


def fill_demo(session: Session, rng: random.Random, today: dt.date, years: int, summary: DemoSummary) -> None:
    cat.ensure_defaults(session)
    people = list(
        session.scalars(select(Person.id).where(Person.deleted.is_(False)).order_by(Person.id).limit(400))
    )
    items = cat.items(session)
    start = dt.date(today.year - years + 1, 1, 1)
    for item, (place, partner, _rate, _outcomes) in zip(items, _PLACES, strict=False):
        hours = dict(WEEKDAYS)
        if item.name in ("有文体场地", "有户外劳动者驿站", "有村邮站点"):
            hours |= {5: [("08:30", "11:30")], 6: [("08:30", "11:30")]}
        data = cat.item_input(item)
        data.location, data.partner, data.hours = place, partner, hours
        data.responsible_id = rng.choice(people) if people else None
        data.phone = f"0515-8888{rng.randint(1000, 9999)}"
        cat.update_item(session, item.id, data)
    cat.add_closure(
        session,
        cat.ClosureInput(
            None, ClosureKind.HOLIDAY, dt.date(today.year, 10, 1), dt.date(today.year, 10, 7), "国庆节"
        ),
    )
    cat.add_closure(
        session,
        cat.ClosureInput(
            items[5].id,
            ClosureKind.CLOSURE,
            today + dt.timedelta(days=3),
            today + dt.timedelta(days=9),
            "设备检修",
        ),
    )
    _equipment(session, rng, today, items[0].id, start)
    _usage(session, rng, today, start, items, people)
    _inspections(session, rng, today, start, items)
    summary.counts["十有使用登记"] = int(session.query(UsageEntry).count())


def _equipment(session: Session, rng: random.Random, today: dt.date, item_id: int, start: dt.date) -> None:
    kits = (
        ("电子血压计", "台", 2, 3650),
        ("血糖仪", "台", 1, 3650),
        ("血糖试纸", "条", 100, 540),
        ("家庭急救包", "个", 3, 730),
    )
    for name, unit, quantity, shelf_life in kits:
        bought = today - dt.timedelta(days=rng.randint(200, 700))
        kit = add_equipment(
            session,
            EquipmentInput(item_id, name, unit, quantity, bought, bought + dt.timedelta(days=shelf_life)),
        )
        if unit == "条":
            move_stock(session, kit.id, -rng.randint(20, 60), today - dt.timedelta(days=30), "日常检测使用")
            move_stock(session, kit.id, 50, today - dt.timedelta(days=10), "镇卫生院补充")
    # expired kits still on the shelf: the home page asks for them to be replaced
    expired = today - dt.timedelta(days=rng.randint(5, 60))
    add_equipment(
        session, EquipmentInput(item_id, "医用消毒棉签", "包", 4, expired - dt.timedelta(days=730), expired)
    )
    add_equipment(
        session,
        EquipmentInput(
            item_id,
            "速效救心丸急救盒",
            "盒",
            1,
            today - dt.timedelta(days=700),
            today + dt.timedelta(days=20),
        ),
    )


def _usage(
    session: Session,
    rng: random.Random,
    today: dt.date,
    start: dt.date,
    items: list[ServiceItem],
    people: list[int],
) -> None:
    rows: list[UsageEntry] = []
    day = start
    sample = 0
    while day <= today:
        if day.weekday() < 5 or rng.random() < 0.5:
            for item, (_p, _partner, rate, outcomes) in zip(items, _PLACES, strict=False):
                for _ in range(int(rate * 0.2 + rng.random())):
                    data = UsageInput(
                        day,
                        item.id,
                        rng.choice((1, 1, 1, 2, 3)) if rate > 0.5 else rng.randint(1, 12),
                        rng.choice(people) if people and rng.random() < 0.3 else None,
                        rng.choice(outcomes),
                    )
                    if sample < 12:  # a sample the whole way, as the desk enters it
                        add_usage(session, data, today)
                        sample += 1
                        continue
                    errors = Collector()  # the same rules, the service already at hand
                    data.outcome = usage_errors(data, item, today, errors)
                    errors.raise_if_any()
                    rows.append(
                        UsageEntry(
                            day=data.day,
                            item_id=data.item_id,
                            people=data.people,
                            person_id=data.person_id,
                            outcome=data.outcome,
                        )
                    )
        day += dt.timedelta(days=1)
    session.add_all(rows)
    session.flush()
    if rows:
        wrong = rows[-3]
        correct_usage(
            session, wrong.id, "人数登记错误，实为2人", UsageInput(wrong.day, wrong.item_id, 2), today
        )


def _inspections(
    session: Session, rng: random.Random, today: dt.date, start: dt.date, items: list[ServiceItem]
) -> None:
    inspectors = ("王建国", "李秀英")
    month = start
    while month <= today:
        day = min(month.replace(day=rng.randint(3, 10)), today)
        findings = [FindingInput(i.id, ServiceState.AVAILABLE, "运行正常") for i in items]
        if (today - day).days < 40:
            findings[5] = FindingInput(items[5].id, ServiceState.UNAVAILABLE, "直播设备故障，已报修")
            findings[3] = FindingInput(items[3].id, ServiceState.PARTLY, "部分书架待整理")
            findings = findings[:-1]  # the 驿站 was missed this time
        photos = [_photo(rng)] if (today - day).days < 40 else []
        record_inspection(
            session,
            InspectionInput(day, rng.choice(inspectors), findings, "每月自查", photos),
            today,
            _attachments(session),
        )
        month = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _attachments(session: Session) -> Path | None:
    """The data folder's attachments, beside the village database (none for a database in memory)."""
    bind = session.get_bind()
    database = bind.engine.url.database
    return DataDir(Path(database).parent).attachments if database and database != ":memory:" else None


def _photo(rng: random.Random) -> Path:
    """A small PNG standing for the photo of the broken live-stream kit (a grey-blue square)."""
    width = height = 64
    colour = bytes((rng.randint(60, 120), rng.randint(90, 140), rng.randint(150, 200)))
    raw = b"".join(b"\x00" + colour * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    path = Path(tempfile.mkdtemp(prefix="vd-demo-")) / "直播设备故障.png"
    path.write_bytes(png)
    return path
