"""Importing an acknowledgement is a clerk's action (it applies the township's catalogues as the
township's decision): a viewer is refused and nothing changes at the village."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.e2e.test_exchange import World
from villagedesk.core import settings as centre_settings
from villagedesk.core import users
from villagedesk.core.deliberation.config import MAJOR_MATTERS
from villagedesk.core.errors import ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import ExportLog, UserRole
from villagedesk.exchange import township as tw
from villagedesk.exchange.ack import import_ack

CODE = "320902104203"


def test_a_viewer_cannot_import_an_acknowledgement(tmp_path):
    world = World(tmp_path, f"sqlite:///{tmp_path / 'township.sqlite3'}")
    try:
        store = world.village()
        with unit_of_work(store.sessions, actor="tester") as s:
            users.create_user(s, "老王", UserRole.VIEWER, "135724")
            catalogue_before = centre_settings.get(s, MAJOR_MATTERS)
        with unit_of_work(world.town) as s:
            tw.set_catalogues(s, {"major_matters": ["村道建设"]})
        _r, ack = world.import_(world.export(CODE))
        with pytest.raises(ValidationError) as err, unit_of_work(store.sessions, actor="老王") as s:
            import_ack(s, store.data_dir, ack)
        assert "老王" in err.value.render()
        with store.sessions() as s:  # nothing applied: not the acknowledgement, not the catalogues
            assert s.scalars(select(ExportLog)).one().acknowledged_at is None
            assert centre_settings.get(s, MAJOR_MATTERS) == catalogue_before != ["村道建设"]
        with unit_of_work(store.sessions, actor="tester") as s:  # a clerk's (here: the tester's) act
            assert import_ack(s, store.data_dir, ack).catalogues_applied == ["major_matters"]
    finally:
        world.close()
