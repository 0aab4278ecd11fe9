"""A matter completed from the command line with its record book printed in between (#15's
blocker): saving the 记录本 is a working document and locks nothing, so ``print result-N --post``
posts the implementation result, the matter completes and nobody is asked for a reason."""

from __future__ import annotations

import re

from sqlalchemy import select

from tests.conftest import TODAY
from tests.e2e.test_cli import ADMIN_PIN, demo_users, run, run_in
from villagedesk.core import deliberation as d
from villagedesk.core import review
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import AuditEntry, MatterNoticeKind, MatterStatus
from villagedesk.db.store import open_store
from villagedesk.paths import DataDir


def _listed(data_dir, doc_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    listing = run(data_dir, "print", "--list", check=True).stdout.splitlines()
    return next(line for line in listing if line.startswith(doc_id + "\t")).split("\t")


def test_record_book_printed_then_the_result_posted_from_the_cli_completes_the_matter(tmp_path):
    accounts = demo_users(tmp_path)
    admin = next(name for name, role, _ in accounts if "管理员" in role)
    sup, _, sup_pin = next(a for a in accounts if "监委会" in a[1])
    matter_line = next(
        line
        for line in run(tmp_path, "matter", "list", check=True).stdout.splitlines()
        if "\t实施结果公开\t" in line
    )
    matter_id = int(matter_line.split("\t")[0])

    # the clerk writes the implementation result (the command line has no form for it)
    store = open_store(DataDir.resolve(tmp_path))
    try:
        with unit_of_work(store.sessions, actor=admin) as s:
            result = d.add_matter_notice(
                s,
                matter_id,
                d.MatterNoticeInput(
                    MatterNoticeKind.RESULT,
                    "仓库已按方案出租，租金已入账。",
                    TODAY,
                    TODAY,
                    7,
                    spent_fen=0,
                    acceptance="经村务监督委员会验收合格。",
                ),
                today=TODAY,
            )
            doc = f"result-{result.id}"
            saved_on = review.version_saved_on(s, result.uuid, result.version)
    finally:
        store.close()

    # the record book saved as PDF in between, the way a clerk files it
    out = tmp_path / "pdf"
    run(tmp_path, "print", f"book-{matter_id}", "--out", str(out), check=True, pin=ADMIN_PIN)
    assert (out / f"book-{matter_id}.pdf").stat().st_size > 0
    assert _listed(tmp_path, doc)[3] == "draft"

    signed = run_in(
        tmp_path,
        sup_pin + "\n",
        "--user",
        sup,
        "notice",
        "review",
        doc,
        "--date",
        str(saved_on),
        "--pin-stdin",
    )
    assert signed.returncode == 0, signed.stderr
    posted = run(tmp_path, "print", doc, "--out", str(out), "--post", pin=ADMIN_PIN)
    assert posted.returncode == 0, posted.stderr
    assert "修改原因" not in posted.stderr and (out / f"{doc}.pdf").exists()

    assert _listed(tmp_path, doc)[3] == "posted"
    listed = run(tmp_path, "matter", "list", check=True).stdout.splitlines()
    assert next(line for line in listed if line.startswith(f"{matter_id}\t")).split("\t")[2] == "COMPLETED"
    store = open_store(DataDir.resolve(tmp_path))
    try:
        with store.sessions() as s:
            matter = d.get_matter(s, matter_id)
            assert matter.status is MatterStatus.COMPLETED
            assert matter.closed_on is not None and matter.closed_on >= TODAY  # the day it was posted
            # no step of it asked anyone for a reason: the system's consequences never need one
            reasons = s.scalars(
                select(AuditEntry.reason).where(AuditEntry.record_uuid.in_([matter.uuid, result.uuid]))
            ).all()
            assert all(not r or not r.startswith("修改") for r in reasons), reasons
    finally:
        store.close()
    # the record book still prints after the matter is completed, and the history is intact
    run(tmp_path, "print", f"book-{matter_id}", "--out", str(tmp_path / "again"), check=True, pin=ADMIN_PIN)
    assert run(tmp_path, "audit", "verify", check=True).stdout.startswith("修改记录链完好")

    # the backup made afterwards lists its figures in words, never as stored keys
    run(tmp_path, "backup", check=True, pin=ADMIN_PIN)
    [line] = run(tmp_path, "backups", check=True).stdout.splitlines()
    figures = line.split("\t")[2]
    assert "重大事项 18" in figures and "人员 " in figures and "，" in figures
    assert not re.search("[A-Za-z_]{3,}", figures), figures
