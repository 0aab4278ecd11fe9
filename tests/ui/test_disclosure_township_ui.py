"""村务公开 at the township, through the real window: the escalated queries tab lists each village's
queries with the answer deadline, refuses an empty answer in Chinese, saves one that then travels back
with the acknowledgement; the overview opens a posted disclosure's board photo beside its PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import TODAY
from tests.e2e.test_disclosure_exchange import noisy_photo
from villagedesk.core.disclosure import service as s
from villagedesk.core.disclosure import workflow as w
from villagedesk.core.disclosure.photos import MAX_BYTES
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import Disclosure, DisclosureFeedback, DisclosureStatus
from villagedesk.exchange import township as tw
from villagedesk.exchange.ack import import_ack
from villagedesk.exchange.export import export_package
from villagedesk.exchange.keys import install_township_key
from villagedesk.exchange.package import is_jpeg
from villagedesk.exchange.township import open_township
from villagedesk.ui.dialogs import RecordingDialogs
from villagedesk.ui.township_window import TownshipWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")
CODE = "320902104203"
ADMIN, ADMIN_PIN = "周镇长", "246813"
SHOTS = Path("/tmp/i5")


@pytest.fixture
def town(desk, tmp_path):  # type: ignore[no-untyped-def]
    engine, sessions = open_township(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    with unit_of_work(sessions) as session:
        key = tw.public_key(tw.init_township(session, "盐东镇", "320902104", ADMIN, ADMIN_PIN))
    key_file = tmp_path / "township.pub"
    key_file.write_text(key.to_json(), encoding="utf-8")
    install_township_key(desk.store.data_dir.keys, key_file, CODE)
    photo = tmp_path / "board.png"
    photo.write_bytes(noisy_photo())
    with unit_of_work(desk.store.sessions, actor="tester") as session:
        posted = session.scalars(
            select(Disclosure)
            .where(Disclosure.status == DisclosureStatus.POSTED, Disclosure.deleted.is_(False))
            .order_by(Disclosure.posted_on.desc())
        ).first()
        s.add_attachment(session, posted.id, photo, "公开栏照片", desk.store.data_dir.attachments)
        fb = w.add_feedback(
            session, posted.id, "陈大爷", TODAY - dt.timedelta(days=40), "来访", "修路钱去哪了？", TODAY
        )
        w.escalate_feedback(session, fb.id, TODAY - dt.timedelta(days=30))
        ids = (posted.uuid, posted.title, fb.uuid)
        path = export_package(session, desk.store.data_dir, tmp_path / "usb").path
    with unit_of_work(sessions) as session:
        tw.enrol(session, tmp_path / "usb" / f"village-{CODE}.pub")
        report = tw.apply(session, tw.verify(session, path.read_bytes()))
    yield sessions, ids, report, tmp_path
    engine.dispose()


def test_the_township_answers_an_escalated_query_and_opens_the_board_photo(qtbot, desk, town):  # type: ignore[no-untyped-def]
    sessions, (posted_uuid, posted_title, fb_uuid), report, tmp_path = town
    dialogs = RecordingDialogs()
    window = TownshipWindow(sessions, dialogs, user=ADMIN)
    qtbot.addWidget(window)
    window.show()
    queries = window.queries
    queries.today = lambda: TODAY
    queries.refresh()
    window.tabs.setCurrentWidget(queries)
    rows = [queries.table.item(r, 2).text() for r in range(queries.table.rowCount())]
    row = rows.index("修路钱去哪了？")
    assert queries.table.item(row, 1).text() == posted_title
    due = TODAY - dt.timedelta(days=30) + dt.timedelta(days=20)  # escalated + 20 days (setting)
    assert queries.table.item(row, 4).text() == due.isoformat()
    assert "10" in queries.table.item(row, 5).text()  # ten days overdue
    queries.table.selectRow(row)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "township-queries.png"))
    queries.answer.setPlainText("   ")
    assert not queries.save() and "不能为空" in queries.message.text(), queries.message.text()
    queries.answer.setPlainText("经镇经管站核查，修路款已按合同支付，明细见第三季度财务公开。")
    queries.day.set_value(TODAY)
    assert queries.save(), queries.message.text()
    assert "已答复" in queries.table.item(queries.table.currentRow(), 5).text()
    # the answer goes back with the acknowledgement and lands on the village's query
    with unit_of_work(sessions) as session:
        ack = tw.write_ack(session, report, tmp_path / "acks")
    with unit_of_work(desk.store.sessions, actor="tester") as session:
        import_ack(session, desk.store.data_dir, ack)
    with desk.read() as session:
        fb = session.scalars(select(DisclosureFeedback).where(DisclosureFeedback.uuid == fb_uuid)).one()
        assert fb.township_answer.startswith("经镇经管站核查") and fb.township_answered_on == TODAY

    # the overview: the posted disclosure's PDF and its board photo
    window.tabs.setCurrentIndex(0)
    window.table.selectRow(0)
    with sessions() as session:
        pdf_id = next(p.id for p in tw.list_notice_pdfs(session, CODE) if p.notice_uuid == posted_uuid)
    pdf_row = next(
        r for r in range(window.pdfs.rowCount()) if str(window.pdfs.item(r, 0).data(256)) == str(pdf_id)
    )
    window.pdfs.selectRow(pdf_row)
    opened: list[Path] = []
    window.open_file = opened.append
    window.open_photo_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    data = opened[0].read_bytes()
    assert is_jpeg(data) and len(data) <= MAX_BYTES
    window.open_pdf()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    assert opened[1].read_bytes().startswith(b"%PDF")
    window.grab().save(str(SHOTS / "township-overview-photo.png"))
