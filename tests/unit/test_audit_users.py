"""Users and roles in the audit history, tried as someone with sqlite3 at the centre PC: a user
made administrator in the database, a user added there, the "must change PIN" mark cleared there;
the self-test's read-only identity; a PIN reset shown in the history of what its user signs."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import create_engine, select, text

from tests.conftest import TODAY
from villagedesk.core import audit, review, roster, users
from villagedesk.core.errors import ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.db.audit import ReadOnlyError
from villagedesk.db.models import AuditEntry, Body, Person, Sex, UserRole


def sql(store, statement: str, **params: object) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{store.data_dir.database}")
    with engine.begin() as conn:
        conn.execute(text(statement), params)
    engine.dispose()


def verify(store) -> audit.VerifyResult:  # type: ignore[no-untyped-def]
    with store.sessions() as s:
        return audit.verify_chain(s)


def add_clerk(store) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(store.sessions, actor="tester") as s:
        users.create_user(s, "村文书", UserRole.CLERK, "135724")


def zh(translator):  # type: ignore[no-untyped-def]
    return lambda source: translator.translate("core", source) or source


def test_a_user_made_administrator_in_the_database_is_caught(centre_store, translator):
    add_clerk(centre_store)
    assert verify(centre_store).ok
    sql(centre_store, "UPDATE app_user SET is_admin = 1 WHERE name = '村文书'")
    result = verify(centre_store)
    assert not result.ok and result.kind == "outside"
    assert (
        "User" in result.problem and "Administrator" in result.problem and "outside the app" in result.problem
    )
    # the clerk reads it in Chinese: the record kind, the field and what happened, no English left
    said = result.problem_text(zh(translator))
    assert said.startswith("用户 ") and "“管理员”现为 True，修改记录却为 False" in said
    words = re.sub(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "", said)  # the record's id is not English
    assert not re.search(r"[A-Za-z]{3,}", words.replace("True", "").replace("False", ""))
    assert result.kind_text(zh(translator)) == "在本软件之外被改动"


def test_a_role_changed_in_the_database_is_caught(centre_store):
    add_clerk(centre_store)
    sql(centre_store, "UPDATE app_user SET role = 'SUPERVISOR' WHERE name = '村文书'")
    result = verify(centre_store)
    assert not result.ok and "Role" in result.problem and "'SUPERVISOR'" in result.problem


def test_a_user_added_in_the_database_is_caught(centre_store, translator):
    add_clerk(centre_store)
    sql(
        centre_store,
        "INSERT INTO app_user (uuid, name, role, is_admin, may_reveal, pin_hash, failed_attempts, "
        "must_change_pin, active, created_at) VALUES ('11111111-2222-3333-4444-555555555555', '暗账户', "
        "'CLERK', 1, 1, 'x', 0, 0, 1, :at)",
        at=dt.datetime.now(dt.UTC).isoformat(),
    )
    result = verify(centre_store)
    assert not result.ok and "暗账户" not in result.problem and "added outside the app" in result.problem
    said = result.problem_text(zh(translator))
    assert said == "用户 11111111-2222-3333-4444-555555555555：这条记录是在本软件之外添加的"


def test_the_must_change_mark_cleared_in_the_database_is_caught(centre_store):
    add_clerk(centre_store)
    with unit_of_work(centre_store.sessions, actor="tester") as s:
        users.set_pin(s, "村文书", "147258")  # the administrator's reset
    sql(centre_store, "UPDATE app_user SET must_change_pin = 0 WHERE name = '村文书'")
    result = verify(centre_store)
    assert not result.ok and "Must choose a new PIN" in result.problem


def test_user_changes_are_audited_with_their_fields_never_the_pin(centre_store):
    add_clerk(centre_store)
    with unit_of_work(centre_store.sessions, actor="tester") as s:
        users.set_pin(s, "村文书", "147258")
        uuid = users.find_user(s, "村文书").uuid
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.record_uuid == uuid).order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["user_add", "pin_reset"]
    assert (
        '"role": [null, "CLERK"]' in entries[0].changes
        and '"must_change_pin": [false, true]' in entries[1].changes
    )
    assert all("pin_hash" not in e.changes and "147258" not in e.changes for e in entries)


def test_reserved_names_cannot_be_users(session):
    for name in (users.SYSTEM_ACTOR, users.READ_ONLY_ACTOR):
        with pytest.raises(ValidationError):
            users.create_user(session, name, UserRole.CLERK, "135724")


def test_the_read_only_identity_may_do_nothing_and_writes_nothing(centre_store):
    with centre_store.sessions() as s:
        before = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    s = centre_store.sessions()
    s.info["actor"] = users.READ_ONLY_ACTOR
    assert not any(users.can(s, users.READ_ONLY_ACTOR, action) for action in users.Action)
    with pytest.raises(ValidationError):  # refused by the roles
        roster.add_person(s, roster.PersonData(name="王建国"))
    s.rollback()
    s.add(Person(name="王建国", sex=Sex.MALE))  # and a write that asks no role is refused by the storage
    with pytest.raises(ReadOnlyError):
        s.flush()
    s.rollback()
    s.close()
    with centre_store.sessions() as s:
        assert s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) == before


def _supervisor(session) -> None:  # type: ignore[no-untyped-def]
    person = roster.add_person(session, roster.PersonData(name="监委李"))
    roster.add_membership(session, person.id, Body.SUPERVISION, TODAY - dt.timedelta(days=400), today=TODAY)
    users.create_user(session, "监委李", UserRole.SUPERVISOR, "135724", person_id=person.id)


def test_a_reset_pin_signs_nothing_and_the_reset_shows_in_the_signatures_history(session):
    _supervisor(session)
    notice = roster.add_person(session, roster.PersonData(name="待审人"))
    users.set_pin(session, "监委李", "147258")  # the administrator knows this one
    saved = review.version_saved_on(session, notice.uuid, notice.version)
    sign = dict(
        record_kind="person",
        record_uuid=notice.uuid,
        record_version=notice.version,
        content_hash="",
        signer="监委李",
        opinion="同意",
        day=saved,
        today=saved,
    )
    with pytest.raises(ValidationError) as err:
        review.sign_review(session, pin="147258", **sign)
    assert "reset" in str(err.value)
    users.change_own_pin(session, "监委李", "147258", "369147", "369147")
    signature = review.sign_review(session, pin="369147", **sign)
    actions = [line.action for line in audit.history(session, signature.uuid)]
    assert actions == ["pin_reset", "pin_change", "insert"]
