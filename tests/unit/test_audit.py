import json

import pytest
from sqlalchemy import select

from villagedesk.core import roster
from villagedesk.db.audit import GENESIS_HASH, HardDeleteError, link_hash, payload_hash
from villagedesk.db.models import AuditEntry, Person


def test_every_change_is_audited_with_a_hash_chain(session):
    p = roster.add_person(session, roster.PersonData(name="王建国"))
    session.commit()
    roster.update_person(session, p.id, roster.PersonData(name="王建国", group_name="五组"))
    session.commit()
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert entries[0].prev_hash == GENESIS_HASH
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.prev_hash == before.entry_hash
    for e in entries:
        # each link is checkable from the previous hash, the action and the payload hash alone
        assert e.payload_hash == payload_hash(
            e.at.isoformat(), e.actor, e.action, e.table_name, e.record_uuid, e.changes, e.reason
        )
        assert e.entry_hash == link_hash(e.prev_hash, e.action, e.payload_hash)
    last = entries[-1]
    assert last.action == "update" and last.actor == "tester" and last.record_uuid == p.uuid
    assert json.loads(last.changes)["group_name"] == ["", "五组"]
    assert p.version == 2 and p.updated_by == "tester" and p.updated_at.tzinfo is not None


def test_hard_delete_is_refused(session):
    p = roster.add_person(session, roster.PersonData(name="王建国"))
    session.commit()
    session.delete(session.get(Person, p.id))
    with pytest.raises(HardDeleteError):
        session.flush()


def test_failed_action_leaves_no_audit_entry(centre_store):
    from villagedesk.core.errors import ValidationError
    from villagedesk.core.session import unit_of_work

    with centre_store.sessions() as s:
        before = len(s.scalars(select(AuditEntry)).all())
    with pytest.raises(ValidationError), unit_of_work(centre_store.sessions) as s:
        roster.add_person(s, roster.PersonData(name="王建国"))
        roster.add_person(s, roster.PersonData(name=""))
    with centre_store.sessions() as s:
        assert len(s.scalars(select(AuditEntry)).all()) == before
        assert s.scalars(select(Person)).all() == []
