"""十有 statistics against figures worked out by hand, the spreadsheet, and the two printed documents."""

import datetime as dt

import openpyxl
import pytest

from tests.conftest import TODAY
from tests.unit.pdfcheck import read_pdf, squash
from villagedesk import documents
from villagedesk.core.centre import get_centre
from villagedesk.core.microservices import catalogue as cat
from villagedesk.core.microservices import stats, usage
from villagedesk.db.models import ClosureKind
from villagedesk.documents import microservices as docs


@pytest.fixture
def items(session):
    cat.ensure_defaults(session)
    return cat.items(session)


def add(session, day, item, people):
    return usage.add_usage(session, usage.UsageInput(day, item.id, people), TODAY)


@pytest.fixture
def log(session, items):
    """By hand: 诊疗 Jan 3+2=5, Mar 4 (one line of 40 reversed, replaced by 4); 村邮 Jan 1, Dec 7;
    2025: 诊疗 Dec 6 (outside 2026); 直播 (retired 2026-06-30) May 2."""
    med, post, live = items[0], items[1], items[5]
    add(session, dt.date(2026, 1, 5), med, 3)
    add(session, dt.date(2026, 1, 31), med, 2)
    wrong = add(session, dt.date(2026, 3, 1), med, 40)
    usage.correct_usage(session, wrong.id, "多打了0", usage.UsageInput(dt.date(2026, 3, 1), med.id, 4), TODAY)
    add(session, dt.date(2026, 1, 1), post, 1)
    add(session, dt.date(2025, 12, 31), med, 6)
    add(session, dt.date(2026, 5, 20), live, 2)
    cat.retire_item(session, live.id, dt.date(2026, 6, 30))
    add(session, dt.date(2026, 11, 2), post, 7)
    return items


def test_monthly_figures_match_the_hand_count(session, log):
    figures = stats.monthly(session, 2026)
    rows = {r.name: r for r in figures.rows}
    assert rows["有诊疗器材"].periods == (5, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    assert rows["有诊疗器材"].visits == (
        2,
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    )  # the reversed line no longer counts
    assert rows["有村邮站点"].periods[0] == 1 and rows["有村邮站点"].periods[10] == 7
    assert rows["有电商直播点"].periods[4] == 2  # retired in the year: its usage still counts
    assert figures.totals == (6, 0, 4, 0, 2, 0, 0, 0, 0, 0, 7, 0) and sum(figures.totals) == 19
    assert figures.labels[0] == "1月" and len(figures.rows) == 10
    assert stats.month_people(session, 2026, 1) == {"SY01": 5, "SY02": 1}


def test_yearly_figures_and_retired_items_leave_later_years(session, log):
    figures = stats.yearly(session, 2025, 2026)
    rows = {r.name: r for r in figures.rows}
    assert rows["有诊疗器材"].periods == (6, 9) and rows["有诊疗器材"].total == 15
    assert figures.labels == ("2025年", "2026年") and figures.totals == (6, 19)
    assert stats.years_with_usage(session) == (2025, 2026)
    assert "有电商直播点" not in {r.name for r in stats.monthly(session, 2027).rows}


def test_spreadsheet_holds_numbers_and_text_never_formulas(session, log, tmp_path):
    data = cat.item_input(log[2])
    data.name = "=有便民代办"
    cat.update_item(session, log[2].id, data, TODAY)
    path = docs.stats_xlsx(stats.monthly(session, 2026), tmp_path / "s.xlsx", "新桥村")
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][:3] == ("编码", "服务项目", "1月")
    assert rows[2][:5] == ("SY01", "有诊疗器材", 5, 0, 4) and rows[2][14] == 9 and rows[2][15] == 3
    cell = sheet.cell(row=5, column=2)
    assert cell.value == "=有便民代办" and cell.data_type == "s"
    assert rows[-1][1] == "合计" and rows[-1][14] == 19
    assert all(
        not (isinstance(v, str) and v.startswith("=") and c.data_type == "f")
        for r in sheet.iter_rows()
        for c in r
        for v in [c.value]
    )


def test_guide_fits_one_page_with_hours_phones_and_supervision(session, log):
    for item, hours in zip(cat.items(session), range(10), strict=False):
        data = cat.item_input(item)
        data.location = "村党群服务中心一楼东侧便民服务大厅"
        data.phone = "13851234567"
        data.hours = {d: [("08:30", "11:30"), ("14:00", "17:30")] for d in range(5)} | (
            {5: [("09:00", "11:00")]} if hours % 2 else {}
        )
        cat.update_item(session, item.id, data, TODAY)
    cat.add_closure(
        session,
        cat.ClosureInput(None, ClosureKind.HOLIDAY, dt.date(2026, 12, 31), dt.date(2027, 1, 2), "元旦"),
    )
    centre = get_centre(session)
    data = docs.guide_print(session, centre, TODAY)
    pdf, _digest = docs.build_guide_pdf(data, centre)
    text = squash(read_pdf(pdf).text)
    assert read_pdf(pdf).pages == 1
    assert "有诊疗器材" in text and "13851234567" in text  # the public phone prints in full
    assert "周一至周五8:30-11:30、14:00-17:30" in text
    assert "12月31日至1月2日元旦，全部服务休息" in text
    assert "监督电话" in text and centre.supervision_phone in text
    assert "有电商直播点" not in text  # retired


def test_a_long_list_runs_onto_a_second_page(session, items):
    for n in range(20):
        extra = cat.add_item(
            session,
            cat.ItemInput(
                f"有服务项目{n}", location="村党群服务中心二楼西侧会议室旁边的小房间", phone="0515-88881234"
            ),
        )
        assert extra.code == f"V-{n + 1}"
    centre = get_centre(session)
    pdf, _ = docs.build_guide_pdf(docs.guide_print(session, centre, TODAY), centre)
    assert read_pdf(pdf).pages > 1  # the desk tells the clerk (StatsTab.guide)


def test_documents_are_findable_by_id(session, log):
    guide = documents.find_printable(session, "guide-1")
    assert guide.kind == "service_guide"
    printed = documents.find_printable(session, "servicestats-2026")
    pdf, digest = printed.build()
    text = squash(read_pdf(pdf).text)
    assert "共服务群众19人次" in text and digest in text
    with pytest.raises(KeyError):
        documents.find_printable(session, "servicestats-2019")


def test_the_yearly_statistics_print_one_column_a_year(session, log, tmp_path):
    """By hand (the log above): 2025: 6 people; 2026: 5 + 4 + 1 + 2 + 7 = 19."""
    data = docs.stats_print(session, get_centre(session), 2026, TODAY, yearly=True)
    assert not data.monthly and data.labels == ["2025年", "2026年"] and data.title == "2025—2026年"
    assert [sum(p) for p in zip(*data.people, strict=True)] == [6, 19]
    printed = documents.find_printable(session, "servicestatsyears-2026")
    assert printed.kind == "service_stats_years" and "2025—2026年" in printed.title
    pdf, digest = printed.build()
    (tmp_path / "years.pdf").write_bytes(pdf)
    text = squash(read_pdf(pdf).text)
    assert "共服务群众25人次，分年情况如下" in text and digest in text
    assert read_pdf(pdf).pages == 1
    with pytest.raises(KeyError):
        documents.find_printable(session, "servicestatsyears-2019")
