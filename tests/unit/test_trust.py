"""Users and PINs, role checks in core, review signatures, reasons for changes, the audit chain."""

import datetime as dt

import pytest
from sqlalchemy import text

from tests.conftest import TESTER_PIN, TODAY, sample_centre
from villagedesk.core import audit, review, roster, users
from villagedesk.core import general_notice as gn
from villagedesk.core.centre import update_centre
from villagedesk.core.errors import ValidationError
from villagedesk.db.base import utcnow
from villagedesk.db.models import Body, Issuer, UserRole


def supervisor(session, name="刘监督", pin="246813", start=dt.date(2021, 1, 15), end=None):
    person = roster.add_person(session, roster.PersonData(name=name, birth_date=dt.date(1970, 1, 1)))
    roster.add_membership(
        session,
        person.id,
        Body.SUPERVISION,
        start,
        end_date=end,
        end_reason="届满" if end else "",
        today=TODAY,
    )
    users.create_user(session, name, UserRole.SUPERVISOR, pin, person_id=person.id)
    return person


def as_user(session, name):
    session.info["actor"] = name
    return session


# -- PINs ------------------------------------------------------------------------------------------
def test_pins_are_salted_slow_hashes(session):
    users.create_user(session, "村文书", UserRole.CLERK, "135724")
    stored = users.find_user(session, "村文书").pin_hash
    assert stored.startswith("scrypt$") and "135724" not in stored
    assert users.hash_pin("135724") != users.hash_pin("135724")
    assert users.pin_matches("135724", stored) and not users.pin_matches("135725", stored)


@pytest.mark.parametrize("pin", ["", "123", "12a4", "1234567890123", "0000", "1234", "9876", "５６７８"])
def test_bad_pins_refused(session, pin):
    with pytest.raises(ValidationError) as err:
        users.create_user(session, "村文书", UserRole.CLERK, pin)
    assert err.value.fields == ["PIN"]


def test_pin_repeat_must_match(session):
    with pytest.raises(ValidationError):
        users.create_user(session, "村文书", UserRole.CLERK, "135724", repeat="135725")


def test_five_wrong_pins_lock_the_account(session):
    now = utcnow()
    for left in (4, 3, 2, 1):
        with pytest.raises(ValidationError) as err:
            users.authenticate(session, "tester", "999999", now)
        assert f"{left} tries left" in str(err.value)
    with pytest.raises(ValidationError) as err:
        users.authenticate(session, "tester", "999999", now)
    assert "locked" in str(err.value)
    with pytest.raises(ValidationError) as err:
        users.authenticate(session, "tester", TESTER_PIN, now + dt.timedelta(minutes=1))
    assert "locked" in str(err.value)  # even the right PIN waits
    assert users.authenticate(session, "tester", TESTER_PIN, now + dt.timedelta(minutes=6)).name == "tester"


def test_unknown_or_disabled_user_cannot_sign_in(session):
    users.create_user(session, "村文书", UserRole.CLERK, "135724")
    users.set_active(session, "村文书", False)
    with pytest.raises(ValidationError):
        users.authenticate(session, "村文书", "135724")
    with pytest.raises(ValidationError):
        users.authenticate(session, "nobody", "135724")


# -- roles, checked in core --------------------------------------------------------------------------
def test_viewer_and_supervisor_cannot_change_records(session):
    users.create_user(session, "查看员", UserRole.VIEWER, "135724")
    supervisor(session)
    for name in ("查看员", "刘监督"):
        as_user(session, name)
        with pytest.raises(ValidationError) as err:
            roster.add_person(session, roster.PersonData(name="王建国"))
        assert err.value.fields == ["Permission"] and "change records" in str(err.value)


def test_clerk_cannot_change_centre_or_manage_users(session):
    users.create_user(session, "村文书", UserRole.CLERK, "135724")
    as_user(session, "村文书")
    roster.add_person(session, roster.PersonData(name="王建国"))
    with pytest.raises(ValidationError):
        update_centre(session, sample_centre(posting_day=10))
    with pytest.raises(ValidationError):
        users.create_user(session, "新人", UserRole.CLERK, "135724")
    users.set_pin(session, "村文书", "246813")  # but may change their own PIN


def test_unknown_actor_refused(session):
    as_user(session, "冒名者")
    with pytest.raises(ValidationError):
        roster.add_person(session, roster.PersonData(name="王建国"))


def test_last_administrator_stays(session):
    with pytest.raises(ValidationError):
        users.set_active(session, "tester", False)


# -- review signatures --------------------------------------------------------------------------------
def notice(session):
    return gn.create_notice(
        session, gn.GeneralNoticeData("关于临时停水的通知", "停水一天。", TODAY, TODAY, 7, Issuer.COMMITTEE)
    )


def sign(session, signer, pin, n, day=None, opinion="同意公开。", today=None):
    """Signed on the day the notice was saved unless told otherwise (the save date comes from the
    audit log, so the test does not depend on which day it runs)."""
    saved = review.version_saved_on(session, n.uuid, n.version)
    day, today = day or saved, today or saved
    return review.sign_review(
        session,
        record_kind="general_notice",
        record_uuid=n.uuid,
        record_version=n.version,
        content_hash="h",
        signer=signer,
        pin=pin,
        opinion=opinion,
        day=day,
        today=today,
    )


def test_supervisor_signs_with_own_pin(session):
    supervisor(session)
    n = notice(session)
    signature = sign(session, "刘监督", "246813", n)
    saved = review.version_saved_on(session, n.uuid, n.version)
    assert signature.signer_name == "刘监督" and signature.review_date == saved
    assert review.current_review(session, n.uuid, "h") is signature
    with pytest.raises(ValidationError):
        sign(session, "刘监督", "246813", n)  # once per version


def test_non_member_cannot_sign(session):
    n = notice(session)
    with pytest.raises(ValidationError) as err:
        sign(session, "tester", TESTER_PIN, n)
    assert "supervision committee" in str(err.value)


def test_former_member_cannot_sign_after_term_nor_backdate_into_it(session):
    supervisor(session, start=dt.date(2016, 1, 15), end=dt.date(2021, 1, 15))
    n = notice(session)
    with pytest.raises(ValidationError) as err:
        sign(session, "刘监督", "246813", n)
    assert "supervision committee" in str(err.value)
    # a date inside the old term is before the notice existed: refused too
    with pytest.raises(ValidationError) as err:
        sign(session, "刘监督", "246813", n, day=dt.date(2020, 6, 1))
    assert "2020-06-01 is before" in str(err.value)
    assert users.supervisor_person_on(session, users.find_user(session, "刘监督"), dt.date(2020, 6, 1))


def test_wrong_pin_refused_and_counted(session):
    supervisor(session)
    n = notice(session)
    with pytest.raises(ValidationError) as err:
        sign(session, "刘监督", "111111", n)
    assert "wrong PIN" in str(err.value)
    assert users.find_user(session, "刘监督").failed_attempts == 1


def test_opinion_required(session):
    supervisor(session)
    with pytest.raises(ValidationError) as err:
        sign(session, "刘监督", "246813", notice(session), opinion=" ")
    assert err.value.fields == ["Review opinion"]


# -- reasons for changes ------------------------------------------------------------------------------
def test_printing_a_draft_never_asks_for_a_reason(centre_store):
    from villagedesk import documents
    from villagedesk.core.session import unit_of_work

    with unit_of_work(centre_store.sessions, actor="tester") as s:
        n = notice(s)
        item = documents.find_printable(s, f"general-{n.id}")
        documents.log_print(s, item, "print", "tester", item.build()[1])
        nid = n.id
    data = gn.GeneralNoticeData("关于临时停水的更正通知", "停水两天。", TODAY, TODAY, 7, Issuer.COMMITTEE)
    with unit_of_work(centre_store.sessions, actor="tester") as s:
        gn.update_notice(s, nid, data)
        assert gn.get_notice(s, nid).title == "关于临时停水的更正通知"


def test_posted_record_changes_only_with_reason(centre_store):
    from villagedesk import documents
    from villagedesk.core.session import unit_of_work

    with unit_of_work(centre_store.sessions, actor="tester") as s:
        n = notice(s)
        item = documents.find_printable(s, f"general-{n.id}")
        digest = item.build()[1]
        documents.log_print(s, item, "post", "tester", digest)
        gn.mark_posted(s, n.id, TODAY, "tester", digest)  # the posting date is the system's: no reason
        nid, uuid = n.id, n.uuid
    # The desk refuses to edit a posted notice (a change is a new revision); below it, the storage
    # still refuses any change to the posted record that comes without a reason.
    with pytest.raises(ValidationError) as err, unit_of_work(centre_store.sessions, actor="tester") as s:
        gn.get_notice(s, nid).title = "改过的标题"
    assert "posted on the village board" in str(err.value)
    with unit_of_work(centre_store.sessions, actor="tester") as s:
        assert gn.get_notice(s, nid).title == "关于临时停水的通知"
    with unit_of_work(centre_store.sessions, actor="tester", reason="错别字更正") as s:
        gn.get_notice(s, nid).title = "关于临时停水的通知（更正）"
        lines = audit.history(s, uuid)
    assert lines[-1].reason == "错别字更正"


# -- the audit chain ----------------------------------------------------------------------------------
def _busy(session):
    supervisor(session)
    n = notice(session)
    p = roster.add_person(session, roster.PersonData(name="王建国"))
    roster.update_person(session, p.id, roster.PersonData(name="王建国", group_name="三组"))
    sign(session, "刘监督", "246813", n)
    session.commit()
    return p


def test_chain_intact_after_normal_work(session):
    _busy(session)
    result = audit.verify_chain(session)
    assert result.ok and result.entries > 5


def test_altered_entry_detected(session):
    _busy(session)
    session.execute(text("UPDATE audit_entry SET actor='someone' WHERE id=3"))
    result = audit.verify_chain(session)
    assert not result.ok and result.entry_id == 3 and "altered" in result.problem


def test_removed_entry_detected(session):
    _busy(session)
    session.execute(text("DELETE FROM audit_entry WHERE id=4"))
    result = audit.verify_chain(session)
    assert not result.ok and "link" in result.problem


def test_record_changed_outside_app_detected(session):
    p = _busy(session)
    session.execute(text("UPDATE person SET group_name='九组' WHERE id=:i"), {"i": p.id})
    result = audit.verify_chain(session)
    assert not result.ok and "Villagers' group" in result.problem and p.uuid in result.problem
    assert "'九组'" in result.problem  # the value found, and the value the history holds


def test_record_added_outside_app_detected(session):
    _busy(session)
    session.execute(
        text(
            "INSERT INTO person (uuid, version, created_at, updated_at, updated_by, deleted, name, group_name, phone, notes)"
            " VALUES ('00000000-0000-0000-0000-000000000001', 1, '2026-01-01', '2026-01-01', 'x', 0, '幽灵', '', '', '')"
        )
    )
    result = audit.verify_chain(session)
    assert not result.ok and "added outside" in result.problem
