"""The township's import and overview cost a fixed number of SQL statements, whatever the size:
a package of thousands of records takes the statements of one of a few hundred, and the overview of
200 villages those of one village (DESIGN.md budgets: 200 packages import in 30 s, their overview
shows in 0.2 s). A per-record or per-village query slipping back in fails here, on SQLite and
PostgreSQL, before it shows up as minutes in the benchmark."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, event, select, update

from tests.conftest import TODAY
from tests.e2e.test_exchange import World
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import EnrolledVillage, TownshipRecord
from villagedesk.exchange import package
from villagedesk.exchange import township as tw
from villagedesk.exchange.keys import VillagePublicKey, raw_public, village_key_json, village_signing_key

BIG, SMALL = "320902104203", "320902104204"


@pytest.fixture
def world(tmp_path, township_url):
    w = World(tmp_path, township_url)
    yield w
    w.close()


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """Every statement sent to the database inside the block (an executemany counts once)."""
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def enrol_new_key(world: World, code: str, name: str) -> Ed25519PrivateKey:
    """A village enrolled with a signing key of its own (no desk behind it)."""
    key = Ed25519PrivateKey.generate()
    path = world.tmp / f"village-{code}.pub"
    path.write_text(village_key_json(VillagePublicKey(code, name, raw_public(key.public_key()))), "utf-8")
    with unit_of_work(world.town) as s:
        tw.enrol(s, path)
    return key


def resigned(
    data: bytes,
    source: Ed25519PrivateKey,
    signer: Ed25519PrivateKey,
    keep: int,
    sequence: int = 1,
    previous_hash: str = "",
) -> bytes:
    """The package ``data`` as village SMALL would send it with one record in ``keep`` of each type:
    the same notices, photos, sealing and audit history, numbered and signed as SMALL's own."""
    contents = package.read(data, lambda _code: source.public_key())
    manifest = {
        k: v for k, v in contents.manifest.items() if k not in ("format_version", "counts", "members")
    }
    manifest |= {
        "village": {"code": SMALL, "name": "东河村"},
        "sequence": sequence,
        "previous_hash": previous_hash,
    }
    records = {name: rows[::keep] for name, rows in contents.records.items()}
    chain = json.dumps(contents.chain).encode("utf-8") if contents.chain is not None else None
    return package.build(manifest, records, contents.notices, signer, chain, contents.photos)[0]


def imported(world: World, data: bytes) -> tuple[tw.ImportReport, list[str]]:
    with statements(world.engine) as seen, unit_of_work(world.town) as s:
        report = tw.apply(s, tw.verify(s, data))
    return report, seen


def test_import_statements_do_not_grow_with_the_records(world):
    store = world.village(BIG, "新桥村")
    signer = enrol_new_key(world, SMALL, "东河村")
    data = world.export(BIG, full=True).read_bytes()
    small = resigned(data, village_signing_key(store.data_dir.keys), signer, keep=10)

    small_report, small_seen = imported(world, small)
    big_report, big_seen = imported(world, data)

    assert big_report.totals().new > 1000  # a year of a village
    assert big_report.totals().new > 8 * small_report.totals().new > 0
    assert len(big_seen) == len(small_seen), "\n".join(big_seen)
    with world.town() as s:  # and every record of both is there
        stored = s.execute(select(TownshipRecord.village_code, TownshipRecord.uuid)).all()
    assert len(stored) == big_report.totals().new + small_report.totals().new
    assert {u for c, u in stored if c == SMALL} < {u for c, u in stored if c == BIG}


def test_a_later_package_costs_no_statement_per_record_either(world):
    """A second package, its records compared with what the township holds, takes as many
    statements when it re-sends a year as when it re-sends a tenth of one."""
    store = world.village(BIG, "新桥村")
    source = village_signing_key(store.data_dir.keys)
    signer = enrol_new_key(world, SMALL, "东河村")
    first = world.export(BIG, full=True).read_bytes()
    imported(world, first)
    imported(world, resigned(first, source, signer, keep=10))
    again = world.export(BIG, full=True).read_bytes()  # nothing changed since
    with world.town() as s:
        head = s.scalars(select(EnrolledVillage.last_hash).where(EnrolledVillage.code == SMALL)).one()

    big_report, many = imported(world, again)
    small_report, few = imported(world, resigned(again, source, signer, 10, sequence=2, previous_hash=head))

    assert big_report.sequence == small_report.sequence == 2
    assert big_report.totals().unchanged > 1000 and big_report.totals().new == 0
    assert big_report.totals().unchanged > 8 * small_report.totals().unchanged > 0
    assert small_report.totals().new == small_report.totals().conflicts == 0
    assert len(many) == len(few), "\n".join(many)


def test_overview_of_200_villages_costs_the_statements_of_one(world):
    world.village(BIG, "新桥村")
    world.import_(world.export(BIG, full=True))

    def overview() -> tuple[list[tw.VillageStatus], list[str]]:
        with statements(world.engine) as seen, world.town() as s:
            rows = tw.overview(s, TODAY)
        return rows, seen

    (one,), one_seen = overview()
    codes = [f"320902104{n:03d}" for n in range(300, 499)]
    for n, code in enumerate(codes):
        enrol_new_key(world, code, f"第{n + 1}村")
    with unit_of_work(world.town) as s:  # half of them hold what the first one holds
        facts = s.scalars(select(EnrolledVillage.facts_json).where(EnrolledVillage.code == BIG)).one()
        s.execute(
            update(EnrolledVillage)
            .where(EnrolledVillage.code.in_(codes[::2]))
            .values(facts_json=facts, last_sequence=1)
        )
    rows, many_seen = overview()

    assert len(rows) == 200
    assert len(many_seen) == len(one_seen), "\n".join(many_seen)
    by_code = {r.code: r for r in rows}
    assert all(by_code[c].values == one.values for c in codes[::2])
    never = [by_code[c] for c in codes[1::2]]  # never sent a package: nothing to count
    assert all(r.last_sequence == 0 and r.last_received is None for r in never)
    assert all(r.values == never[0].values for r in never)
    assert never[0].values != one.values


def test_the_stored_copy_and_its_digest_are_those_of_the_package(world):
    """The import encodes each record once for both its stored copy and its digest; what it stores
    reads back as the package's record, and its digest is the one worked out again from the stored
    copy and the opened sealed fields (as the import does for records it stored earlier), so a
    record re-sent unchanged is found unchanged either way."""
    store = world.village(BIG, "新桥村")
    data = world.export(BIG, full=True).read_bytes()
    imported(world, data)
    contents = package.read(data, lambda _code: village_signing_key(store.data_dir.keys).public_key())
    rows = {row["uuid"]: row for rows in contents.records.values() for row in rows}
    with world.town() as s:
        key = tw._digest_key(tw.township(s))
        records = list(s.scalars(select(TownshipRecord)))
        assert len(records) == len(rows) > 1000
        sealed = 0
        for record in records:
            row = rows[record.uuid]
            opened = tw.open_sealed(s, record)
            sealed += bool(opened)
            assert json.loads(record.data_json) == {k: v for k, v in row.items() if k != "sealed"}
            assert record.content_hash == tw.content_digest(key, json.loads(record.data_json), opened)
            assert record.content_hash == tw.content_digest(key, row, opened)
        assert sealed > 100
