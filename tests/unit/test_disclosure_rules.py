"""村务公开 rules: what is refused (with a Chinese message naming the field, nothing saved), the
finance balance and opening rules, the review's conflicts of interest, the posting lock."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from villagedesk.core import review, roster, users
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure import service as s
from villagedesk.core.disclosure import workflow as w
from villagedesk.core.disclosure.ledger import LineInput
from villagedesk.core.disclosure.record import disclosure_hash
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import Body, Disclosure, DisclosureLine, DisclosureStatus, PeriodKind, UserRole
from villagedesk.documents import Output, find_printable, record_output

START = dt.date(2026, 10, 1)
END = dt.date(2026, 10, 31)
PIN = "246813"


def supervisor(session, name: str = "赵监督", pin: str = PIN, committee: bool = False) -> str:  # type: ignore[no-untyped-def]
    person = roster.add_person(session, roster.PersonData(name), today=TODAY)
    roster.add_membership(session, person.id, Body.SUPERVISION, dt.date(2024, 1, 1), today=TODAY)
    if committee:  # a roster mistake the review must still refuse
        roster.add_membership(session, person.id, Body.VILLAGE_COMMITTEE, dt.date(2024, 1, 1), today=TODAY)
    users.create_user(session, name, UserRole.SUPERVISOR, pin, person_id=person.id)
    return name


def lines(*amounts: tuple[str, int | str], handler: str = "王建国") -> list[LineInput]:
    return [
        LineInput(d, f"项目{i}", a, "集体经营收入", handler, "属实") for i, (d, a) in enumerate(amounts, 1)
    ]


def finance(
    opening: int | str = 100_000,
    closing: int | str = 130_000,
    ledger: list[LineInput] | None = None,
    start: dt.date = START,
    end: dt.date = END,
    **extra: object,
) -> s.DisclosureInput:
    data = s.DisclosureInput(
        category="财务",
        item="财务收支明细",
        period_kind=PeriodKind.MONTH,
        period_start=start,
        period_end=end,
        title=f"{start.year}年{start.month}月财务收支情况公开",
        notice_date=dt.date(2026, 11, 18),
        posting_date=dt.date(2026, 11, 20),
        posting_days=10,
        opening=opening,
        closing=closing,
        lines=ledger if ledger is not None else lines(("收入", 50_000), ("支出", 20_000)),
    )
    for key, value in extra.items():
        setattr(data, key, value)
    return data


def count(session) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(Disclosure))


def refused(session, call, field: str, translator) -> str:  # type: ignore[no-untyped-def]
    before = count(session), session.scalar(select(func.count()).select_from(DisclosureLine))
    with pytest.raises(ValidationError) as info:
        call()
    assert field in info.value.fields
    after = count(session), session.scalar(select(func.count()).select_from(DisclosureLine))
    assert after == before, "nothing is saved when a rule is broken"
    from villagedesk.i18n import tr_core

    text = info.value.render(tr_core)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text
    return text


def test_lines_that_do_not_add_up_are_refused_naming_the_closing_balance(session, translator) -> None:
    text = refused(session, lambda: s.create(session, finance(closing=130_001)), c.F_CLOSING, translator)
    assert "期末余额" in text and "1,300.00" in text  # the expected figure is shown


def test_negative_and_three_decimal_amounts_are_refused_naming_the_line(session, translator) -> None:
    bad = lines(("收入", "-50.00"), ("支出", "12.345"))
    with pytest.raises(ValidationError) as info:
        s.create(session, finance(ledger=bad))
    assert info.value.fields == [c.F_LINE_AMOUNT, c.F_LINE_AMOUNT]
    assert [e.params["row"] for e in info.value.errors] == [1, 2]
    assert count(session) == 0
    from villagedesk.i18n import tr_core

    text = info.value.render(tr_core)
    assert "第1行" in text and "第2行" in text, text


def test_a_float_amount_is_refused_not_rounded(session) -> None:
    with pytest.raises(ValidationError):
        s.create(session, finance(ledger=[LineInput("收入", "项目", 500.5)]))  # type: ignore[arg-type]


def test_period_that_ends_before_it_starts_is_refused(session, translator) -> None:
    data = finance(start=dt.date(2026, 10, 31), end=dt.date(2026, 10, 1))
    text = refused(session, lambda: s.create(session, data), c.F_PERIOD_END, translator)
    assert "2026-10-01" in text


def test_a_monthly_period_must_be_a_calendar_month(session) -> None:
    with pytest.raises(ValidationError) as info:
        s.create(session, finance(end=dt.date(2026, 11, 15)))
    assert c.F_PERIOD in info.value.fields


def test_opening_differs_from_previous_closing_only_with_a_reason(session) -> None:
    s.create(session, finance(start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30)))  # closes at 1,300.00
    with pytest.raises(ValidationError) as info:
        s.create(session, finance(opening=120_000, closing=150_000))
    assert c.F_OPENING_REASON in info.value.fields
    ok = s.create(session, finance(opening=120_000, closing=150_000, opening_reason="9月漏记利息收入200元"))
    assert ok.opening_reason == "9月漏记利息收入200元"
    november = finance(
        opening=150_000, closing=180_000, start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30)
    )
    assert s.create(session, november).opening_reason == ""  # October closed at 1,500.00: no reason needed


def signing_day(session, d: Disclosure) -> dt.date:  # type: ignore[no-untyped-def]
    """The day the version to review was saved (the audit log's clock): a review is not dated before."""
    return review.version_saved_on(session, d.uuid, d.version) or TODAY


def post(session, d: Disclosure, reviewer: str) -> None:  # type: ignore[no-untyped-def]
    w.submit(session, d.id)
    day = signing_day(session, d)
    w.sign(session, d.id, reviewer, PIN, "经审核，同意公开。", day, day)
    item = find_printable(session, f"disclosure-{d.id}")
    record_output(session, [Output(item, disclosure_hash(session, d))], "post", "tester", TODAY)


def test_posting_an_unreviewed_disclosure_is_refused(session, translator) -> None:
    d = s.create(session, finance())
    item = find_printable(session, f"disclosure-{d.id}")
    with pytest.raises(ValidationError) as info:
        record_output(session, [Output(item, disclosure_hash(session, d))], "post", "tester", TODAY)
    assert c.F_DISCLOSURE in info.value.fields
    assert d.status is DisclosureStatus.DRAFT and d.posted_on is None


def test_the_drafter_may_not_review_their_own_disclosure(session, translator) -> None:
    name = supervisor(session)
    d = s.create(session, finance())
    assert d.drafted_by == "tester"
    d.drafted_by = name  # as if the supervisor had typed it in at the desk
    w.submit(session, d.id)
    with pytest.raises(ValidationError) as info:
        w.sign(session, d.id, name, PIN, "同意", TODAY, TODAY)
    assert info.value.fields == [c.F_REVIEWER]
    assert d.status is DisclosureStatus.PENDING


def test_a_line_handler_may_not_review(session) -> None:
    name = supervisor(session)
    d = s.create(session, finance(ledger=lines(("收入", 50_000), ("支出", 20_000), handler=name)))
    w.submit(session, d.id)
    with pytest.raises(ValidationError) as info:
        w.sign(session, d.id, name, PIN, "同意", TODAY, TODAY)
    assert "line" in str(info.value.errors[0].rule)


def test_a_villagers_committee_member_may_not_review(session) -> None:
    name = supervisor(session, committee=True)
    d = s.create(session, finance())
    w.submit(session, d.id)
    with pytest.raises(ValidationError) as info:
        w.sign(session, d.id, name, PIN, "同意", TODAY, TODAY)
    assert info.value.errors[0].rule == c.R_VILLAGE_COMMITTEE


def test_a_wrong_pin_signs_nothing(session) -> None:
    name = supervisor(session)
    d = s.create(session, finance())
    w.submit(session, d.id)
    with pytest.raises(ValidationError):
        w.sign(session, d.id, name, "000000", "同意", TODAY, TODAY)
    assert d.status is DisclosureStatus.PENDING


def test_editing_or_deleting_a_posted_disclosure_is_refused(session, translator) -> None:
    name = supervisor(session)
    d = s.create(session, finance())
    post(session, d, name)
    assert d.status is DisclosureStatus.POSTED and d.retention == "30年"
    text = refused(
        session, lambda: s.update(session, d.id, finance(closing=130_000)), c.F_DISCLOSURE, translator
    )
    assert "更正" in text
    with pytest.raises(ValidationError):
        s.remove(session, d.id)
    assert s.status_text(d, TODAY + dt.timedelta(days=3)) == "已公开"
    assert s.status_text(d, TODAY + dt.timedelta(days=30)) == "已归档"  # after the posting period


def test_a_correction_is_reviewed_and_its_closing_carried_into_the_next_opening(session) -> None:
    name = supervisor(session)
    september = s.create(session, finance(start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30)))
    post(session, september, name)
    fixed = s.input_of(session, september)
    fixed.lines[1].amount = 25_000
    fixed.closing = 125_000
    correction = s.correct(session, september.id, fixed, "9月一笔支出少记50元")
    assert correction.corrects_id == september.id and september.status is DisclosureStatus.POSTED
    # before the correction is posted, October still opens from the posted closing balance
    with pytest.raises(ValidationError):
        s.create(session, finance(opening=125_000, closing=155_000))
    post(session, correction, name)
    october = s.create(session, finance(opening=125_000, closing=155_000))
    assert october.opening_reason == "9月一笔支出少记50元"


def test_sending_back_needs_reasons_and_returns_to_draft(session) -> None:
    name = supervisor(session)
    d = s.create(session, finance())
    w.submit(session, d.id)
    with pytest.raises(ValidationError):
        w.send_back(session, d.id, name, PIN, "  ", TODAY)
    w.send_back(session, d.id, name, PIN, "第2行缺少票据", TODAY)
    assert d.status is DisclosureStatus.DRAFT and d.returned_reason == "第2行缺少票据"


def test_a_ledger_is_only_for_the_finance_item(session) -> None:
    data = finance()
    data.category, data.item, data.period_kind = "党务", "党费收缴", PeriodKind.QUARTER
    data.period_end = dt.date(2026, 12, 31)
    with pytest.raises(ValidationError) as info:
        s.create(session, data)
    assert c.F_LINES in info.value.fields


def test_a_board_photo_is_attached_after_posting_and_kept_by_content(session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    name = supervisor(session)
    d = s.create(session, finance())
    post(session, d, name)
    photo = tmp_path / "board.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the board")
    folder = tmp_path / "attachments"
    entry = s.add_attachment(session, d.id, photo, "公开栏照片", folder)
    s.add_attachment(session, d.id, photo, "公开栏照片", folder)  # the same photo twice: kept once
    assert (folder / entry["file"]).read_bytes() == photo.read_bytes()
    assert [a["label"] for a in s.attachments_of(d)] == ["公开栏照片"]
    text = tmp_path / "notes.txt"
    text.write_text("x")
    with pytest.raises(ValidationError) as info:
        s.add_attachment(session, d.id, text, "扫描件", folder)
    assert info.value.fields == [c.F_ATTACHMENT]
