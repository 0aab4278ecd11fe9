"""A matter from proposal to its completed implementation disclosure, with the record book saved
as PDF in between (the way a clerk files it): printing a working document never locks the matter,
so posting the last disclosure completes it without anyone being asked for a reason."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import TODAY
from tests.unit.test_deliberation_register import DAY, _reviewed_post, full_passage, matter
from villagedesk import documents
from villagedesk.core import deliberation as d
from villagedesk.core import review, users
from villagedesk.db.models import MatterNoticeKind, MatterStatus, UserRole
from villagedesk.db.store import open_store
from villagedesk.paths import DataDir


@pytest.fixture
def demo(tmp_path, demo_templates):
    store = open_store(demo_templates.copy_to(DataDir.resolve(tmp_path / "demo"), seed=3, years=2))
    s = store.sessions()
    s.info["actor"] = "tester"
    s.demo_summary = demo_templates.summaries[(3, 2)]
    yield s
    s.rollback()
    s.close()
    store.close()


def _notice(session, m, kind, days, **kw):
    day = DAY + dt.timedelta(days=days)
    return d.add_matter_notice(
        session, m.id, d.MatterNoticeInput(kind, "内容", day, day, 7, **kw), today=TODAY
    )


def test_record_book_printed_between_then_the_result_posts_and_completes(demo):
    m = matter(demo)
    full_passage(demo, m)
    book = documents.find_printable(demo, f"book-{m.id}")
    _pdf, digest = book.build()
    documents.log_print(demo, book, "save", "tester", digest)  # the clerk files the record book
    _reviewed_post(demo, _notice(demo, m, MatterNoticeKind.RESOLUTION, 11))
    book = documents.find_printable(demo, f"book-{m.id}")
    documents.log_print(demo, book, "print", "tester", book.build()[1])  # printed again, to sign
    result = _notice(demo, m, MatterNoticeKind.RESULT, 30, spent_fen=7_500_000, acceptance="合格")

    sup = next(u for u in users.users(demo) if u.role is UserRole.SUPERVISOR)
    pin = {n: p for n, _, p in demo.demo_summary.users}[sup.name]
    item = documents.find_printable(demo, f"result-{result.id}")
    _pdf, digest = item.build()
    review.sign_review(
        demo,
        record_kind=item.kind,
        record_uuid=item.uuid,
        record_version=item.version,
        content_hash=digest,
        signer=sup.name,
        pin=pin,
        opinion="同意公开",
        day=review.version_saved_on(demo, item.uuid, item.version),  # not before the result was saved
        today=review.version_saved_on(demo, item.uuid, item.version),
    )
    demo.info["actor"] = "tester"
    assert not demo.info.get("reason")
    item = documents.find_printable(demo, f"result-{result.id}")  # now with its review line
    pdf, digest = item.build()
    documents.log_print(demo, item, "post", "tester", digest, pages=1)
    documents.mark_posted(demo, item, "tester", digest, result.notice_date)
    demo.flush()

    assert m.status is MatterStatus.COMPLETED and m.closed_on == result.notice_date
    assert documents.find_printable(demo, f"result-{result.id}").locked
    assert [i.state for i in d.timeline(demo, m.id)] == ["passed"] * 4 + ["posted"] * 2


def test_meeting_dates_are_checked_against_every_earlier_meeting_and_the_opening(demo):
    from tests.unit.test_deliberation_register import meeting
    from villagedesk.core.errors import ValidationError
    from villagedesk.db.models import MeetingKind

    m = matter(demo)
    with pytest.raises(ValidationError) as err:
        meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY - dt.timedelta(days=1))
    assert "before the matter was opened" in str(err.value) and DAY.isoformat() in str(err.value)
    meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY + dt.timedelta(days=5), attend=1)  # short of quorum
    with pytest.raises(ValidationError) as err:
        meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY + dt.timedelta(days=3))
    message = str(err.value)
    assert "earlier meeting" in message and (DAY + dt.timedelta(days=5)).isoformat() in message
