"""村务公开 calendar (due dates across year ends and quarters), capital numerals on awkward
amounts, the ledger sheet import, and the finance notice across pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import TODAY
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure.calendar import (
    covers,
    due_date,
    is_whole_period,
    parse_catalogue,
    period_label,
    period_of,
    periods_due_between,
)
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import PeriodKind
from villagedesk.notices.numerals import amount_capitals

D = dt.date
M, Q, Y, A = PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.AD_HOC


@pytest.mark.parametrize(
    ("kind", "end", "posting_day", "due"),
    [
        (M, D(2026, 12, 31), 20, D(2027, 1, 20)),  # December's finance is due in January of the next year
        (M, D(2026, 1, 31), 20, D(2026, 2, 20)),
        (M, D(2027, 1, 31), 30, D(2027, 2, 28)),  # a posting day past the end of February
        (M, D(2028, 1, 31), 30, D(2028, 2, 29)),  # leap year
        (Q, D(2026, 3, 31), 20, D(2026, 4, 20)),
        (Q, D(2026, 12, 31), 20, D(2027, 1, 20)),  # the fourth quarter crosses the year end
        (Q, D(2026, 9, 30), 5, D(2026, 10, 5)),
        (Y, D(2026, 12, 31), 20, D(2027, 1, 20)),
        (A, D(2026, 12, 28), 20, D(2027, 1, 4)),  # ad hoc: 7 days after the event, across the year end
    ],
)
def test_due_dates(kind: PeriodKind, end: dt.date, posting_day: int, due: dt.date) -> None:
    assert due_date(kind, end, posting_day) == due


def test_periods_and_labels() -> None:
    assert period_of(Q, D(2026, 11, 26)) == (D(2026, 10, 1), D(2026, 12, 31))
    assert period_of(Q, D(2026, 2, 28)) == (D(2026, 1, 1), D(2026, 3, 31))
    assert period_of(M, D(2028, 2, 3)) == (D(2028, 2, 1), D(2028, 2, 29))
    assert period_label(Q, D(2026, 10, 1), D(2026, 12, 31)) == "2026年第4季度"
    assert period_label(M, D(2026, 1, 1), D(2026, 1, 31)) == "2026年1月"
    assert is_whole_period(Q, D(2026, 7, 1), D(2026, 9, 30))
    assert not is_whole_period(Q, D(2026, 7, 1), D(2026, 8, 31))
    assert not is_whole_period(M, D(2026, 12, 1), D(2027, 1, 31))


def test_periods_due_across_the_year_end() -> None:
    dues = periods_due_between(Q, D(2026, 11, 1), D(2027, 5, 31))
    assert [(s, e, d) for s, e, d in dues] == [
        (D(2026, 10, 1), D(2026, 12, 31), D(2027, 1, 20)),
        (D(2027, 1, 1), D(2027, 3, 31), D(2027, 4, 20)),
    ]
    months = periods_due_between(M, D(2026, 12, 1), D(2027, 2, 28))
    assert [d for _, _, d in months] == [D(2026, 12, 20), D(2027, 1, 20), D(2027, 2, 20)]
    assert periods_due_between(A, D(2026, 1, 1), D(2026, 12, 31)) == []


def test_default_catalogue_is_domains_table() -> None:
    items = {i.item: i for i in parse_catalogue(c.DEFAULT_CATALOGUE)}
    assert len(items) == 14
    assert items["财务收支明细"].kinds(False) == (M,)
    assert items["财务收支明细"].kinds(True) == (Q,)
    assert items["工程项目及资金使用"].kinds(False) == (A, Q)
    assert items["宅基地审批"].retention == "永久"
    assert items["党费收缴"].category == "党务"
    assert parse_catalogue(["坏行", "a|b|每天|10年"]) == []  # malformed rows are not items


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (100_000_000, "壹佰万元整"),  # whole yuan
        (1, "壹分"),  # only 分
        (10, "壹角"),
        (5, "伍分"),
        (100_005, "壹仟元零伍分"),  # zeros in the middle (no 角)
        (1_000_110, "壹万零壹元壹角"),
        (10_000_001, "壹拾万元零壹分"),
        (101_010_101, "壹佰零壹万零壹佰零壹元零壹分"),
        (123_456_789_012, "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分"),  # large sums
        (100_000_000_000_000, "壹万亿元整"),
        (0, "零元整"),
    ],
)
def test_capital_numerals_on_awkward_amounts(fen: int, text: str) -> None:
    assert amount_capitals(fen) == text


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


HEADER = ["序号", "收支项目", "收入（元）", "支出（元）", "资金来源", "经办人", "审核意见"]


def test_ledger_sheet_imports_clean_lines(tmp_path: Path) -> None:
    from villagedesk.core.disclosure.xlsx import read_ledger_xlsx

    path = _sheet(
        tmp_path / "ledger.xlsx",
        [
            ["新桥村2026年10月收支明细"],
            HEADER,
            [1, "鱼塘承包费", 12000, None, "集体经营收入", "王建国", "属实"],
            [2, "路灯维修", None, "1,234.50", "集体经营收入", "李秀英", ""],
            [None, None, None, None, None, None, None],
            ["", "合计", 12000, 1234.5, "", "", ""],
        ],
    )
    lines = read_ledger_xlsx(path)
    assert [(x.direction, x.item, x.amount) for x in lines] == [
        ("收入", "鱼塘承包费", 1_200_000),
        ("支出", "路灯维修", 123_450),
    ]


def test_ledger_sheet_with_problems_imports_nothing_and_lists_every_problem(
    tmp_path: Path, translator
) -> None:
    from villagedesk.core.disclosure.xlsx import read_ledger_xlsx
    from villagedesk.i18n import tr_core

    path = _sheet(
        tmp_path / "bad.xlsx",
        [
            HEADER,
            [1, "鱼塘承包费", 120.005, None, "", "", ""],  # three decimals
            [2, "路灯维修", None, -50, "", "", ""],  # negative
            [3, "", 10, None, "", "", ""],  # no item
            [4, "两个金额", 10, 20, "", "", ""],
            [5, "没有金额", None, None, "", "", ""],
        ],
    )
    with pytest.raises(ValidationError) as info:
        read_ledger_xlsx(path)
    text = info.value.render(tr_core)
    for row in ("2", "3", "4", "5", "6"):
        assert f"第 {row} 行" in text or f"第{row}行" in text, text
    assert "120.005" in text and "-50" in text


def test_finance_notice_runs_across_pages_with_subtotals(session, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from villagedesk.core.disclosure import service as s
    from villagedesk.core.disclosure.ledger import LineInput
    from villagedesk.documents import find_printable

    ledger = [
        LineInput(
            "收入" if i % 4 == 0 else "支出",
            f"第{i}笔 村道维修材料费（水泥、黄沙）",
            100_000 + i * 1234,
            "集体经营收入",
            "王建国",
            "属实",
        )
        for i in range(1, 201)
    ]
    income = sum(int(x.amount) for x in ledger if x.direction == "收入")
    spent = sum(int(x.amount) for x in ledger if x.direction == "支出")
    d = s.create(
        session,
        s.DisclosureInput(
            "财务",
            "财务收支明细",
            M,
            D(2026, 10, 1),
            D(2026, 10, 31),
            "2026年10月村级财务收支情况公开",
            D(2026, 11, 18),
            D(2026, 11, 20),
            10,
            opening=50_000_000,
            closing=50_000_000 + income - spent,
            lines=ledger,
        ),
    )
    pdf, _ = find_printable(session, f"disclosure-{d.id}").build()
    (tmp_path / "ledger.pdf").write_bytes(pdf)
    pages = [p.extract_text() for p in PdfReader(tmp_path / "ledger.pdf").pages]
    assert len(pages) > 5
    table_pages = [t for t in pages if "本页小计" in t]
    assert len(table_pages) >= len(pages) - 1  # every page of the ledger ends with its subtotal
    assert all("收支项目" in t for t in table_pages)  # the header repeats on every page
    assert "第200笔" in pages[-1] + pages[-2]
    assert amount_capitals(income) in "".join(pages[-2:]).replace("\n", "")
    ending = "".join(pages[-2:])
    assert "公示期" in ending and "村务监督委员会审核意见" in ending
    assert TODAY  # the notice does not read the clock


@pytest.mark.parametrize(
    ("spans", "start", "end", "covered"),
    [
        (
            [(D(2026, 10, 1), D(2026, 12, 31))],
            D(2026, 12, 1),
            D(2026, 12, 31),
            True,
        ),  # a quarter covers its months
        (
            [
                (D(2026, 12, 1), D(2026, 12, 31)),
                (D(2026, 10, 1), D(2026, 10, 31)),
                (D(2026, 11, 1), D(2026, 11, 30)),
            ],
            D(2026, 10, 1),
            D(2026, 12, 31),
            True,  # three months, in any order, cover the quarter
        ),
        (
            [(D(2026, 10, 1), D(2026, 10, 31)), (D(2026, 12, 1), D(2026, 12, 31))],
            D(2026, 10, 1),
            D(2026, 12, 31),
            False,
        ),
        ([(D(2026, 11, 1), D(2027, 1, 31))], D(2026, 12, 1), D(2026, 12, 31), True),  # across the year end
        ([(D(2026, 12, 2), D(2026, 12, 31))], D(2026, 12, 1), D(2026, 12, 31), False),  # one day short
        ([], D(2026, 12, 1), D(2026, 12, 31), False),
    ],
)
def test_posted_periods_cover_a_period(spans, start, end, covered) -> None:  # type: ignore[no-untyped-def]
    assert covers(spans, start, end) is covered
