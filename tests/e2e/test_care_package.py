"""暖心关怀 in the township package: targets, visits and fund movements travel with every sensitive
field and free-text note sealed; no full ID number or mobile number of a care target is readable in
the package; the township opens them only with its key."""

import json
import zipfile

from sqlalchemy import select

from tests.e2e.test_exchange import world  # noqa: F401  (the fixture)
from villagedesk.db.models import CareTarget, TownshipRecord
from villagedesk.exchange import township as tw
from villagedesk.registers import REGISTERS

CARE = next(r for r in REGISTERS if r.key == "care")


def test_care_records_travel_with_sensitive_fields_and_notes_sealed(world):  # noqa: F811
    store = world.village()
    with store.sessions() as s:
        numbers = [x for t in s.scalars(select(CareTarget)) for x in (t.id_number, t.phone) if x]
    assert len(numbers) > 40
    path = world.export("320902104203")
    archive = zipfile.ZipFile(path)
    for rtype in CARE.record_types:
        rows = json.loads(archive.read(f"records/{rtype.name}.json"))
        assert rows, rtype.name
        hidden = rtype.sensitive | rtype.free_text
        assert all(not (hidden & row.keys()) for row in rows), rtype.name
        if hidden:
            assert any("sealed" in row for row in rows), rtype.name
    everything = b"".join(archive.read(n) for n in archive.namelist())
    assert not any(number.encode() in everything for number in numbers)
    world.import_(path)
    with world.town() as s:
        record = s.scalars(
            select(TownshipRecord).where(
                TownshipRecord.sealed != "", TownshipRecord.record_type == "care_target"
            )
        ).first()
        opened = tw.open_sealed(s, record)
    assert {"id_number", "phone", "difficulty_notes"} <= opened.keys()
