"""十有 rules: the catalogue and its codes, hours and closures, stock, usage and its corrections,
inspections, the home page and the township's catalogue."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from villagedesk.core import roster
from villagedesk.core.errors import Collector, ValidationError
from villagedesk.core.microservices import catalogue as cat
from villagedesk.core.microservices import equipment as eq
from villagedesk.core.microservices import inspections as insp
from villagedesk.core.microservices import status, usage
from villagedesk.core.microservices.register import REGISTER, latest_complete_month, overview_facts
from villagedesk.db.models import ClosureKind, ServiceItem, ServiceState, StockMovement, UsageEntry
from villagedesk.i18n import tr_core

D = TODAY


@pytest.fixture(autouse=True)
def chinese(translator):
    return translator


@pytest.fixture
def items(session):
    cat.ensure_defaults(session)
    return cat.items(session)


def rendered(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return exc.value.render(tr_core)


def lines(session) -> int:
    return session.scalar(select(func.count()).select_from(UsageEntry))


def test_the_default_ten_in_domain_order_with_shipped_codes(items):
    assert [i.name for i in items][:3] == ["有诊疗器材", "有村邮站点", "有便民代办"]
    assert len(items) == 10 and items[-1].name == "有户外劳动者驿站"
    assert [i.code for i in items] == [f"SY{n:02d}" for n in range(1, 11)]


def test_village_items_get_codes_in_their_own_namespace(session, items):
    first = cat.add_item(session, cat.ItemInput("有法律咨询"))
    second = cat.add_item(session, cat.ItemInput("有理发服务"))
    assert (first.code, second.code) == ("V-1", "V-2")
    cat.retire_item(session, first.id, D)
    assert cat.add_item(session, cat.ItemInput("有助餐点")).code == "V-3"  # a retired code is never reused


def test_rename_keeps_history_and_usage(session, items):
    entry = usage.add_usage(session, usage.UsageInput(D, items[3].id, 2), D)
    data = cat.item_input(items[3])
    data.name = "有书香驿站"
    cat.update_item(session, items[3].id, data, D)
    assert items[3].former_names == "有农家书屋" and entry.item_id == items[3].id
    assert usage.usage_page(session, usage.UsageQuery(), 0, 5)[0].service == "有书香驿站"


def test_hours_parse_summarise_and_refuse():
    errors = Collector()
    assert cat.parse_ranges("8:30-11:30，14:00-17:30", 0, errors) == [("08:30", "11:30"), ("14:00", "17:30")]
    assert not errors.errors
    hours = {d: [("08:30", "11:30"), ("14:00", "17:30")] for d in range(5)} | {5: [("09:00", "11:00")]}
    assert cat.hours_summary(hours) == "周一至周五 8:30-11:30、14:00-17:30；周六 9:00-11:00"
    for bad in ("8点到11点", "11:30-08:30", "08:00-12:00, 11:00-13:00", "25:00-26:00"):
        errors = Collector()
        cat.parse_ranges(bad, 2, errors)
        assert errors.errors and "周三" in errors.errors[0].render(tr_core), bad


def test_overlapping_closures_are_refused(session, items):
    cat.add_closure(
        session,
        cat.ClosureInput(None, ClosureKind.HOLIDAY, dt.date(2026, 10, 1), dt.date(2026, 10, 7), "国庆节"),
    )
    cat.add_closure(
        session, cat.ClosureInput(items[1].id, ClosureKind.CLOSURE, D, D + dt.timedelta(days=2), "检修")
    )
    with pytest.raises(ValidationError) as exc:  # one item, inside the centre-wide holiday
        cat.add_closure(
            session,
            cat.ClosureInput(items[0].id, ClosureKind.CLOSURE, dt.date(2026, 10, 7), dt.date(2026, 10, 9)),
        )
    assert "国庆节" in rendered(exc) and "重叠" in rendered(exc)
    with pytest.raises(ValidationError):  # same item, touching by one day
        cat.add_closure(
            session,
            cat.ClosureInput(
                items[1].id, ClosureKind.CLOSURE, D + dt.timedelta(days=2), D + dt.timedelta(days=4)
            ),
        )
    with pytest.raises(ValidationError) as exc:
        cat.add_closure(
            session, cat.ClosureInput(items[2].id, ClosureKind.CLOSURE, D, D - dt.timedelta(days=1))
        )
    assert "截止" in rendered(exc) or "早于" in rendered(exc)
    # another item on the same days is fine
    cat.add_closure(session, cat.ClosureInput(items[2].id, ClosureKind.CLOSURE, D, D + dt.timedelta(days=2)))
    assert len(cat.closures(session)) == 3


def test_expiry_before_purchase_and_stock_below_zero(session, items):
    with pytest.raises(ValidationError) as exc:
        eq.add_equipment(
            session, eq.EquipmentInput(items[0].id, "血糖试纸", "条", 50, D, D - dt.timedelta(days=1))
        )
    assert "购置" in rendered(exc)
    with pytest.raises(ValidationError):
        eq.add_equipment(session, eq.EquipmentInput(items[0].id, "血糖试纸", "条", -1, D, None))
    kit = eq.add_equipment(
        session, eq.EquipmentInput(items[0].id, "血糖试纸", "条", 50, D, D + dt.timedelta(days=300))
    )
    eq.move_stock(session, kit.id, -50, D, "用完")
    assert kit.quantity == 0
    with pytest.raises(ValidationError) as exc:
        eq.move_stock(session, kit.id, -1, D)
    assert "0" in rendered(exc) and kit.quantity == 0
    eq.move_stock(session, kit.id, 100, D, "补充")
    assert kit.quantity == 100
    assert [m.change for m in eq.movements(session, kit.id)] == [-50, 100]
    with pytest.raises(ValidationError):
        eq.move_stock(session, kit.id, 0, D)
    assert session.scalar(select(func.count()).select_from(StockMovement)) == 2


@pytest.mark.parametrize("people", [0, -3, 501, 10_000])
def test_absurd_counts_are_refused_and_nothing_saved(session, items, people):
    with pytest.raises(ValidationError) as exc:
        usage.add_usage(session, usage.UsageInput(D, items[0].id, people), D)
    assert "500" in rendered(exc) and exc.value.fields == [usage.msg.F_PEOPLE]
    assert lines(session) == 0


def test_the_bound_itself_is_accepted(session, items):
    usage.add_usage(session, usage.UsageInput(D, items[4].id, usage.MAX_PEOPLE), D)
    usage.add_usage(session, usage.UsageInput(D, items[4].id, 1), D)
    assert lines(session) == 2


def test_usage_after_retirement_is_refused(session, items):
    usage.add_usage(session, usage.UsageInput(D - dt.timedelta(days=5), items[5].id, 1), D)
    cat.retire_item(session, items[5].id, D - dt.timedelta(days=3))
    usage.add_usage(
        session, usage.UsageInput(D - dt.timedelta(days=3), items[5].id, 1), D
    )  # the last day counts
    with pytest.raises(ValidationError) as exc:
        usage.add_usage(session, usage.UsageInput(D - dt.timedelta(days=2), items[5].id, 1), D)
    assert "有电商直播点" in rendered(exc) and lines(session) == 2
    assert items[5] not in cat.items(session) and items[5] in cat.items(session, include_retired=True)


def test_future_date_and_unknown_resident_refused(session, items):
    with pytest.raises(ValidationError) as exc:
        usage.add_usage(session, usage.UsageInput(D + dt.timedelta(days=1), items[0].id, 1, 999_999), D)
    assert set(exc.value.fields) == {usage.msg.F_DATE, usage.msg.F_RESIDENT}


def test_correction_is_a_reversal_with_a_reason(session, items):
    person = roster.add_person(session, roster.PersonData("欧阳秀英"))
    wrong = usage.add_usage(session, usage.UsageInput(D, items[0].id, 30, person.id, "测量血压"), D)
    with pytest.raises(ValidationError):
        usage.correct_usage(session, wrong.id, "  ")
    reversal, right = usage.correct_usage(
        session, wrong.id, "多打了一个0", usage.UsageInput(D, items[0].id, 3, person.id), D
    )
    assert reversal.people == -30 and reversal.corrects_id == wrong.id and right is not None
    assert wrong.people == 30  # the mistaken line stays as it was entered
    with pytest.raises(ValidationError):
        usage.correct_usage(session, wrong.id, "again")
    with pytest.raises(ValidationError):
        usage.correct_usage(session, reversal.id, "again")
    rows = usage.usage_page(session, usage.UsageQuery(), 0, 10)
    assert sum(r.people for r in rows) == 3
    by_id = {r.id: r for r in rows}
    assert (
        by_id[wrong.id].corrected
        and by_id[reversal.id].reversal
        and by_id[reversal.id].reason == "多打了一个0"
    )


def test_correction_with_a_bad_replacement_changes_nothing(session, items):
    wrong = usage.add_usage(session, usage.UsageInput(D, items[0].id, 30), D)
    with pytest.raises(ValidationError):
        usage.correct_usage(session, wrong.id, "错", usage.UsageInput(D, items[0].id, 0), D)
    assert lines(session) == 1


def test_log_query_filters_and_positions(session, items):
    person = roster.add_person(session, roster.PersonData("李秀英"))
    for n in range(1, 8):
        usage.add_usage(
            session,
            usage.UsageInput(
                D - dt.timedelta(days=n), items[n % 2].id, n, person.id if n == 3 else None, f"结果{n}"
            ),
            D,
        )
    everything = usage.UsageQuery()
    assert usage.count_usage(session, everything) == 7
    assert [r.people for r in usage.usage_page(session, everything, 0, 3)] == [1, 2, 3]  # newest first
    assert usage.count_usage(session, usage.UsageQuery(item_id=items[1].id)) == 4
    assert [r.people for r in usage.usage_page(session, usage.UsageQuery("李秀"), 0, 9)] == [3]
    assert usage.count_usage(session, usage.UsageQuery("结果5")) == 1
    assert usage.count_usage(session, usage.UsageQuery("有村邮")) == 4
    last = usage.usage_page(session, everything, 6, 1)[0]
    assert usage.usage_position(session, everything, last.id) == 6
    assert usage.last_service(session) == items[1].id


def test_inspection_updates_state_and_keeps_photos(session, items, tmp_path: Path):
    photo = tmp_path / "书屋.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    attachments = tmp_path / "attachments"
    findings = [
        insp.FindingInput(items[3].id, ServiceState.PARTLY, "书架待整理"),
        insp.FindingInput(items[0].id, ServiceState.AVAILABLE),
    ]
    inspection = insp.record_inspection(
        session, insp.InspectionInput(D, "王建国", findings, photos=[photo]), D, attachments
    )
    assert items[3].state is ServiceState.PARTLY and items[3].checked_on == D and items[0].checked_on == D
    stored = insp.photos_of(session, inspection.id)
    assert len(stored) == 1 and (attachments / stored[0].file).read_bytes() == photo.read_bytes()
    # an older inspection entered late does not overwrite the newer state
    insp.record_inspection(
        session,
        insp.InspectionInput(
            D - dt.timedelta(days=9), "王建国", [insp.FindingInput(items[3].id, ServiceState.AVAILABLE)]
        ),
        D,
    )
    assert items[3].state is ServiceState.PARTLY
    with pytest.raises(ValidationError) as exc:
        insp.record_inspection(session, insp.InspectionInput(D, "", [], photos=[tmp_path / "a.gif"]), D)
    assert len(exc.value.errors) == 3


def test_home_page_items(session, items):
    findings = [insp.FindingInput(i.id, ServiceState.AVAILABLE) for i in items[1:]]
    findings[0] = insp.FindingInput(items[1].id, ServiceState.UNAVAILABLE, "快递柜故障")
    insp.record_inspection(session, insp.InspectionInput(D - dt.timedelta(days=31), "王建国", findings), D)
    eq.add_equipment(
        session,
        eq.EquipmentInput(
            items[0].id, "家庭急救包", "个", 2, D - dt.timedelta(days=700), D - dt.timedelta(days=1)
        ),
    )
    eq.add_equipment(
        session, eq.EquipmentInput(items[0].id, "血糖试纸", "条", 20, D, D + dt.timedelta(days=30))
    )
    eq.add_equipment(session, eq.EquipmentInput(items[0].id, "血压计", "台", 1, D, D + dt.timedelta(days=31)))
    eq.add_equipment(
        session,
        eq.EquipmentInput(
            items[0].id, "旧试纸", "条", 0, D - dt.timedelta(days=700), D - dt.timedelta(days=5)
        ),
    )
    due = status.due(session, D)
    texts = [tr_core(i.text).format(**i.params) for i in due]
    assert any("有诊疗器材" in t and "从未" in t for t in texts)  # never checked
    assert any("有村邮站点" in t for t in texts if "暂不可用" in t or "不可用" in t)
    assert sum("31" in t for t in texts) == 8  # the other eight: last checked 31 days ago (> 30)
    assert any("家庭急救包" in t and "已于2026-11-25过期" in t for t in texts)
    assert any("血糖试纸" in t for t in texts)
    assert not any("血压计" in t or "旧试纸" in t for t in texts)  # beyond 30 days; none left
    assert all(i.page == "microservices" for i in due)


def test_township_catalogue_replaces_the_list_without_losing_records(session, items):
    own = cat.add_item(session, cat.ItemInput("有理发服务"))
    entry = usage.add_usage(session, usage.UsageInput(D, items[0].id, 2), D)
    post = usage.add_usage(session, usage.UsageInput(D, items[1].id, 1), D)
    township = [
        {"code": "YD-01", "name": "有诊疗器材"},  # same name: takes the township's code
        {"code": "YD-02", "name": "有快递收发点"},  # new
        {"code": "SY03", "name": "有便民代办服务"},  # same code: renamed
    ]
    counts = cat.apply_catalogue(session, township, D)
    assert counts == {"added": 1, "renamed": 1, "retired": 8, "holidays": 0}
    current = cat.items(session)
    assert [i.code for i in current[:3]] == ["YD-01", "YD-02", "SY03"] and own in current
    assert session.get(ServiceItem, entry.item_id).code == "YD-01"
    assert items[1].retired_on == D and session.get(UsageEntry, post.id) is not None
    assert "有便民代办" in items[2].former_names
    assert cat.current_catalogue(session)[1] == {"code": "YD-02", "name": "有快递收发点"}
    # applying it again changes nothing
    assert cat.apply_catalogue(session, township, D) == {
        "added": 0,
        "renamed": 0,
        "retired": 0,
        "holidays": 0,
    }


TEN = [{"code": f"YD{n:02d}", "name": name} for n, name in enumerate(cat.DEFAULT_SERVICES, 1)]


def test_township_holidays_are_the_townships_decision(session, items):
    past = {"start": "2026-10-01", "end": "2026-10-07", "note": "国庆节"}
    new_year = {"start": "2027-01-01", "end": "2027-01-01", "note": "元旦"}
    spring = {"start": "2027-02-16", "end": "2027-02-22", "note": "春节"}
    counts = cat.apply_catalogue(session, {"items": TEN, "holidays": [past, new_year, spring]}, D)
    assert counts["holidays"] == 3
    shut = [(c.start, c.end, c.note, c.item_id, c.from_township) for c in cat.closures(session)]
    assert shut == [
        (dt.date(2026, 10, 1), dt.date(2026, 10, 7), "国庆节", None, True),
        (dt.date(2027, 1, 1), dt.date(2027, 1, 1), "元旦", None, True),
        (dt.date(2027, 2, 16), dt.date(2027, 2, 22), "春节", None, True),
    ]
    # the clerk cannot withdraw the township's holiday, nor enter a closure across it
    with pytest.raises(ValidationError) as exc:
        cat.remove_closure(session, cat.closures(session)[1].id)
    assert "乡镇" in rendered(exc)
    with pytest.raises(ValidationError):
        cat.add_closure(
            session,
            cat.ClosureInput(items[0].id, ClosureKind.CLOSURE, dt.date(2027, 1, 1), dt.date(2027, 1, 2)),
        )
    # the clerk enters a holiday of the village's own (a temple fair) beside them
    cat.add_closure(
        session, cat.ClosureInput(None, ClosureKind.HOLIDAY, dt.date(2027, 3, 5), dt.date(2027, 3, 5), "庙会")
    )
    # the township moves 春节 and drops 元旦; the past 国庆节 stays as it was
    moved = {**spring, "start": "2027-02-15"}
    assert cat.apply_catalogue(session, {"items": TEN, "holidays": [moved]}, D)["holidays"] == 1
    notes = [(c.note, c.start, c.from_township) for c in cat.closures(session)]
    assert notes == [
        ("国庆节", dt.date(2026, 10, 1), True),
        ("春节", dt.date(2027, 2, 15), True),
        ("庙会", dt.date(2027, 3, 5), False),
    ]


def test_bad_township_holidays_are_all_named_and_nothing_applied(session, items):
    value = {
        "items": TEN,
        "holidays": [
            {"start": "2027-13-01", "end": "2027-01-02", "note": "元旦"},  # no such month
            {"start": "2027-02-20", "end": "2027-02-16", "note": "春节"},  # ends before it starts
            {"start": "2027-05-01", "end": "2027-05-05", "note": "劳动节"},
            {"start": "2027-05-04", "end": "2027-05-06", "note": "青年节"},  # overlaps 劳动节
            {"start": "2027-06-01", "end": "2027-06-01", "note": ""},  # no name
        ],
    }
    with pytest.raises(ValidationError) as exc:
        cat.apply_catalogue(session, value, D)
    assert len(exc.value.errors) == 4
    text = rendered(exc)
    assert "2027-13-01" in text and "劳动节" in text
    assert cat.closures(session) == [] and [i.code for i in cat.items(session)][0] == "SY01"


@pytest.mark.parametrize(
    "value",
    [
        [],
        [{"code": "V-9", "name": "有X"}],
        [{"code": "A1", "name": "有X"}, {"code": "A1", "name": "有Y"}],
        [{"code": "A 1", "name": ""}],
    ],
)
def test_bad_township_catalogue_refused(session, items, value):
    with pytest.raises(ValidationError):
        cat.apply_catalogue(session, value, D)
    assert [i.code for i in cat.items(session)] == [f"SY{n:02d}" for n in range(1, 11)]


def test_catalogue_is_declared_and_overview_counts_the_latest_complete_month():
    assert [c.key for c in REGISTER.catalogues] == ["services"]
    assert latest_complete_month(dt.date(2026, 1, 15)) == (2025, 12)
    records = {
        "service_item": [
            {"name": "有调解室", "state": "UNAVAILABLE", "deleted": False, "retired_on": None},
            {"name": "有村邮站点", "state": "AVAILABLE", "deleted": False, "retired_on": None},
            {"name": "有旧项目", "state": "UNAVAILABLE", "deleted": False, "retired_on": "2025-01-01"},
        ],
        "usage_entry": [
            {"day": "2026-10-31", "people": 4, "deleted": False},
            {"day": "2026-10-02", "people": 30, "deleted": False},
            {"day": "2026-10-02", "people": -30, "deleted": False},
            {"day": "2026-11-01", "people": 9, "deleted": False},
        ],
    }
    facts = overview_facts(records)
    columns = {c.key: c.value(facts, dt.date(2026, 11, 26)) for c in REGISTER.overview.columns}
    assert columns == {"services_unavailable": 1, "services_last_month": 4}
