"""Data survives migrations; the desk backs the file up before migrating it."""

import datetime as dt
import uuid

from sqlalchemy import text

from villagedesk.db.engine import make_engine
from villagedesk.db.migrate import current_revision, downgrade, head_revision, upgrade
from villagedesk.db.store import open_store
from villagedesk.paths import DataDir

NOW = "2026-01-01 08:00:00.000000"


def _first_revision_with_data(path):
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO centre_profile (id, uuid, version, created_at, updated_at, updated_by, deleted, village_name,"
                " division_code, township_name, county_name, party_org_kind, party_org_name, committee_name,"
                " objection_phone, supervision_phone, township_phone, one_shoulder, posting_day) VALUES (1, :u, 1, :t, :t,"
                " 'old', 0, '新桥村', '320902104203', '盐东镇', '', 'BRANCH', '中共新桥村支部委员会', '新桥村村民委员会',"
                " '0515-88881234', '', '', 1, 20)"
            ),
            {"u": str(uuid.uuid4()), "t": NOW},
        )
        for i in range(1, 51):
            conn.execute(
                text(
                    "INSERT INTO person (id, uuid, version, created_at, updated_at, updated_by, deleted, name, sex,"
                    " birth_date, group_name, phone, notes) VALUES (:i, :u, 1, :t, :t, 'old', 0, :n, 'MALE', '1970-01-01',"
                    " '三组', '', '')"
                ),
                {"i": i, "u": str(uuid.uuid4()), "t": NOW, "n": f"村民{i}"},
            )
            conn.execute(
                text(
                    "INSERT INTO membership (uuid, version, created_at, updated_at, updated_by, deleted, person_id, body,"
                    " role, start_date, end_date, end_reason) VALUES (:u, 1, :t, :t, 'old', 0, :i, 'PARTY_FULL', 'MEMBER',"
                    " '2000-07-01', NULL, '')"
                ),
                {"i": i, "u": str(uuid.uuid4()), "t": NOW},
            )
    engine.dispose()


def test_first_revision_database_upgrades_without_loss(tmp_path):
    path = tmp_path / "old.sqlite3"
    _first_revision_with_data(path)
    engine = make_engine(f"sqlite:///{path}")
    assert current_revision(engine) == "0001"
    upgrade(engine)
    assert current_revision(engine) == head_revision() != "0001"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM person")).scalar() == 50
        assert conn.execute(text("SELECT count(*) FROM membership WHERE body='PARTY_FULL'")).scalar() == 50
        assert conn.execute(text("SELECT village_name FROM centre_profile")).scalar() == "新桥村"
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    downgrade(engine, "0001")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM person")).scalar() == 50
    engine.dispose()


def test_open_store_backs_up_before_migrating(tmp_path):
    data_dir = DataDir.resolve(tmp_path / "desk").ensure()
    _first_revision_with_data(data_dir.database)
    store = open_store(data_dir)
    try:
        backup = store.pre_migration_backup
        assert (
            backup is not None
            and backup.parent == data_dir.backups
            and "rev0001" in backup.name
            and backup.name.endswith("-pre-migrate.vdbak")
        )
        old = make_engine(f"sqlite:///{backup}")
        assert current_revision(old) == "0001"
        with old.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM person")).scalar() == 50
        old.dispose()
        from villagedesk.core import roster

        with store.sessions() as s:
            assert len(roster.search_people(s, "村民", day=dt.date(2026, 1, 1))) == 50
    finally:
        store.close()
    again = open_store(data_dir)  # already at head: no second backup
    assert again.pre_migration_backup is None
    again.close()
