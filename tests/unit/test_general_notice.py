import datetime as dt

import pytest

from tests.unit.pdfcheck import read_pdf, squash
from villagedesk import documents
from villagedesk.core import general_notice as gn
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import Issuer

D = dt.date(2026, 12, 18)


def data(**kw):
    values = dict(
        title="关于临时停水的通知",
        body="因管网检修，12月20日停水一天。\n请提前储水。",
        notice_date=D,
        posting_date=D,
        posting_days=7,
        issuer=Issuer.COMMITTEE,
    )
    values.update(kw)
    return gn.GeneralNoticeData(**values)


def test_create_and_print(session):
    notice = gn.create_notice(
        session, data(table=gn.NoticeTable(["组别", "时间"], [["一组", "8时"], ["二组", "9时"]]))
    )
    item = documents.find_printable(session, f"general-{notice.id}")
    pdf, digest = item.build()
    text = squash(read_pdf(pdf).text)
    assert "关于临时停水的通知" in text and "一组" in text and digest in text
    assert "新桥村村民委员会2026年12月18日" in text


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"title": " "}, "Title"),
        ({"title": "长" * 61}, "Title"),
        ({"body": "\n \n"}, "Text"),
        ({"posting_days": 0}, "Posting period (days)"),
        ({"posting_days": 91}, "Posting period (days)"),
        ({"posting_date": D - dt.timedelta(days=1)}, "Posting date"),
        ({"notice_date": None}, "Date of issue"),
        ({"table": gn.NoticeTable(["a", ""], [["1", "2"]])}, "Table"),
        ({"table": gn.NoticeTable(["a", "b"], [["1"]])}, "Table"),
        ({"table": gn.NoticeTable(["a"], [])}, "Table"),
        ({"table": gn.NoticeTable([str(i) for i in range(9)], [["x"] * 9])}, "Table"),
    ],
)
def test_validation(session, overrides, field):
    with pytest.raises(ValidationError) as err:
        gn.create_notice(session, data(**overrides))
    assert field in err.value.fields
    assert gn.current_notices(session) == []


def test_posted_notice_is_locked_and_revisions_link(session):
    first = gn.create_notice(session, data())
    gn.mark_posted(session, first.id, D, "tester", "abc")
    with pytest.raises(ValidationError) as err:
        gn.update_notice(session, first.id, data(title="改了"))
    assert "locked" in str(err.value)
    with pytest.raises(ValidationError):
        gn.remove_draft(session, first.id)
    second = gn.revise_notice(session, first.id, data(title="关于临时停水的更正通知"))
    assert second.revision == 2 and second.supersedes_id == first.id and second.posted_on is None
    assert first.title == "关于临时停水的通知" and first.version == 2  # posted stays as posted
    # the posted version is still on the board: it stays listed until its revision is posted
    assert [n.id for n in gn.current_notices(session)] == [second.id, first.id]
    assert [n.revision for n in gn.history(session, first.id)] == [1, 2]
    with pytest.raises(ValidationError):
        gn.revise_notice(session, first.id, data())  # only the newest revision can change


def test_draft_edits_in_place_and_can_be_deleted(session):
    notice = gn.create_notice(session, data())
    gn.update_notice(session, notice.id, data(title="关于临时停电的通知"))
    assert notice.revision == 1 and notice.title == "关于临时停电的通知"
    gn.remove_draft(session, notice.id)
    assert gn.current_notices(session) == []


def test_print_log_and_posting_through_documents(session):
    notice = gn.create_notice(session, data())
    item = documents.find_printable(session, f"general-{notice.id}")
    pdf, digest = item.build()
    documents.log_print(session, item, "post", "tester", digest, pages=1)
    documents.mark_posted(session, item, "tester", digest, D)
    log = documents.print_log(session)
    assert log[0].action == "post" and log[0].document_uuid == notice.uuid and log[0].content_hash == digest
    assert notice.posted_on == D and notice.content_hash == digest
