"""Village → township → acknowledgement → village, and every way a package can go wrong."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.conftest import TODAY, add_tester
from villagedesk.core import roster
from villagedesk.core.deliberation.config import MAJOR_MATTERS
from villagedesk.core.demo import fill_demo
from villagedesk.core.errors import ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import EnrolledVillage, ExportLog, ImportConflict, ReceivedPackage, TownshipRecord
from villagedesk.db.store import open_store
from villagedesk.exchange import township as tw
from villagedesk.exchange.ack import import_ack
from villagedesk.exchange.export import export_package
from villagedesk.exchange.keys import install_township_key
from villagedesk.exchange.package import PackageError, Refusal
from villagedesk.exchange.township import open_township
from villagedesk.paths import DataDir

TOWNSHIP_ADMIN, TOWNSHIP_PIN = "周镇长", "246813"  # the township's administrator, made at init


class World:
    def __init__(self, tmp: Path, url: str) -> None:
        self.tmp = tmp
        self.engine, self.town = open_township(url)
        with unit_of_work(self.town) as s:
            info = tw.init_township(s, "盐东镇", "320902104", TOWNSHIP_ADMIN, TOWNSHIP_PIN)
            key = tw.public_key(info)
        self.key_file = tmp / "township.pub"
        self.key_file.write_text(key.to_json(), encoding="utf-8")
        self.villages: dict[str, object] = {}

    def village(self, code: str = "320902104203", name: str = "新桥村", enrol: bool = True):  # type: ignore[no-untyped-def]
        store = open_store(DataDir.resolve(self.tmp / code))
        with unit_of_work(store.sessions, actor="system") as s:
            fill_demo(s, seed=int(code[-3:]), years=1, today=TODAY)
            from villagedesk.core.centre import centre_data, update_centre

            data = centre_data(s.scalars(select(__import__("villagedesk").db.models.CentreProfile)).one())
            data.division_code, data.village_name, data.committee_name, data.party_org_name = (
                code,
                name,
                "",
                "",
            )
            update_centre(s, data)
            add_tester(s)
        install_township_key(store.data_dir.keys, self.key_file, code)
        self.villages[code] = store
        if enrol:
            from villagedesk.exchange.keys import village_key_json, village_public

            key_file = self.tmp / f"village-{code}.pub"
            key_file.write_text(
                village_key_json(village_public(store.data_dir.keys, code, name)), encoding="utf-8"
            )
            with unit_of_work(self.town) as s:
                tw.enrol(s, key_file)
        return store

    def export(self, code: str, full: bool = False, folder: str = "usb") -> Path:
        store = self.villages[code]
        with unit_of_work(store.sessions, actor="tester") as s:
            return export_package(s, store.data_dir, self.tmp / folder, full=full).path

    def import_(self, path: Path, data: bytes | None = None):  # type: ignore[no-untyped-def]
        with unit_of_work(self.town) as s:
            contents = tw.verify(s, data if data is not None else path.read_bytes())
            report = tw.apply(s, contents)
        if report.already_imported:
            return report, None
        with unit_of_work(self.town) as s:  # committed first, acknowledged after
            ack = tw.write_ack(s, report, path.parent)
        return report, ack

    def count(self, model) -> int:  # type: ignore[no-untyped-def]
        with self.town() as s:
            return s.scalar(select(func.count()).select_from(model))

    def snapshot(self) -> tuple:
        with self.town() as s:
            return (
                sorted((r.uuid, r.version, r.content_hash) for r in s.scalars(select(TownshipRecord))),
                sorted((p.village_code, p.sequence) for p in s.scalars(select(ReceivedPackage))),
                sorted((v.code, v.last_sequence) for v in s.scalars(select(EnrolledVillage))),
                s.scalar(select(func.count()).select_from(ImportConflict)),
            )

    def close(self) -> None:
        for store in self.villages.values():
            store.close()
        self.engine.dispose()


@pytest.fixture
def world(tmp_path, township_url):
    w = World(tmp_path, township_url)
    yield w
    w.close()


def refused(world: World, path: Path, data: bytes, kind: Refusal) -> str:
    before = world.snapshot()
    with pytest.raises(PackageError) as err:
        world.import_(path, data)
    assert err.value.refusal is kind, err.value
    assert world.snapshot() == before  # nothing changed
    return err.value.detail


def test_round_trip_village_township_ack_village(world):
    store = world.village()
    path = world.export("320902104203")
    report, ack = world.import_(path)
    total = report.totals()
    assert total.new > 300 and total.conflicts == 0
    assert {
        "person",
        "membership",
        "general_notice",
        "matter",
        "meeting",
        "matter_disclosure",
        "review_signature",
        "centre_profile",
    } <= set(report.summary)
    with unit_of_work(store.sessions, actor="tester") as s:
        result = import_ack(s, store.data_dir, ack)
        assert result.sequence == 1 and s.scalars(select(ExportLog)).one().acknowledged_at is not None
    # a change at the village travels in the next package, and only the change
    with unit_of_work(store.sessions, actor="tester") as s:
        person = roster.search_people(s)[0]
        roster.update_person(s, person.id, roster.PersonData(name=person.name, group_name="九组"))
    second = world.export("320902104203")
    report2, _ = world.import_(second)
    assert report2.summary["person"].updated == 1 and report2.totals().new == 0
    assert sum(s.unchanged + s.new + s.updated for s in report2.summary.values()) == 1


def test_posted_notices_travel_as_pdfs_and_sensitive_fields_are_sealed(world):
    store = world.village()
    with store.sessions() as s:
        phones = [p.phone for p in roster.search_people(s) if p.phone]
    path = world.export("320902104203")
    archive = zipfile.ZipFile(path)
    pdfs = [n for n in archive.namelist() if n.startswith("notices/")]
    assert pdfs and all(archive.read(n).startswith(b"%PDF") for n in pdfs)
    people = json.loads(archive.read("records/person.json"))
    with_phone = [p for p in people if "sealed" in p]
    assert with_phone and all("phone" not in p and "birth_date" not in p for p in people)
    everything = b"".join(archive.read(n) for n in archive.namelist())
    assert phones and not any(phone.encode() in everything for phone in phones)
    world.import_(path)
    with world.town() as s:
        record = s.scalars(
            select(TownshipRecord).where(TownshipRecord.sealed != "", TownshipRecord.record_type == "person")
        ).first()
        opened = tw.open_sealed(s, record)
    assert "phone" in opened and "birth_date" in opened


def test_same_package_twice_changes_nothing(world):
    world.village()
    path = world.export("320902104203")
    world.import_(path)
    before = world.snapshot()
    report, ack = world.import_(path)
    assert report.already_imported and ack is None and world.snapshot() == before


def test_out_of_order_reports_missing_numbers(world):
    store = world.village()
    first = world.export("320902104203", folder="a")
    with unit_of_work(store.sessions, actor="tester") as s:
        roster.add_person(s, roster.PersonData(name="新来的"))
    world.export("320902104203", folder="b")
    with unit_of_work(store.sessions, actor="tester") as s:
        roster.add_person(s, roster.PersonData(name="又来的"))
    third = world.export("320902104203", folder="c")
    detail = refused(world, third, third.read_bytes(), Refusal.OUT_OF_SEQUENCE)
    assert "packages 1–2 " in detail
    world.import_(first)
    detail = refused(world, third, third.read_bytes(), Refusal.OUT_OF_SEQUENCE)
    assert "packages 2 " in detail


def test_unknown_village_and_wrong_township(world, tmp_path):
    world.village("320902104205", "东河村", enrol=False)
    path = world.export("320902104205")
    refused(world, path, path.read_bytes(), Refusal.UNKNOWN_VILLAGE)
    other_town_engine, other_town = open_township(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    with unit_of_work(other_town) as s:
        info = tw.init_township(s, "别的镇", "320902104")
        other_key = tmp_path / "other.pub"
        other_key.write_text(tw.public_key(info).to_json(), encoding="utf-8")
    other_town_engine.dispose()
    world.village()
    store = world.villages["320902104203"]
    install_township_key(
        store.data_dir.keys, other_key, "320902104203"
    )  # the village used another township key
    path = world.export("320902104203")
    refused(world, path, path.read_bytes(), Refusal.WRONG_TOWNSHIP)
    with pytest.raises(ValidationError):
        install_township_key(
            store.data_dir.keys, world.key_file, "320903101201"
        )  # a village of another township


def test_signed_by_another_village_or_replaced_key(world):
    world.village()
    world.village("320902104205", "东河村")
    good = world.export("320902104203")
    other = world.export("320902104205")
    # repackage the other village's package under this village's code: the signature cannot match
    archive = zipfile.ZipFile(other)
    manifest = json.loads(archive.read("manifest.json"))
    manifest["village"]["code"] = "320902104203"
    forged = _rezip(archive, {"manifest.json": json.dumps(manifest).encode()})
    refused(world, good, forged, Refusal.BAD_SIGNATURE)
    # a village whose key file was replaced after enrolment
    store = world.villages["320902104203"]
    (store.data_dir.keys / "village-ed25519.key").unlink()
    replaced = world.export("320902104203", folder="replaced")
    refused(world, replaced, replaced.read_bytes(), Refusal.BAD_SIGNATURE)


def _rezip(archive: zipfile.ZipFile, replace: dict[str, bytes], drop: tuple[str, ...] = ()) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name in archive.namelist():
            if name in drop:
                continue
            out.writestr(name, replace.get(name, archive.read(name)))
    return buffer.getvalue()


def test_unsigned_package(world):
    world.village()
    path = world.export("320902104203")
    data = _rezip(zipfile.ZipFile(path), {}, drop=("manifest.sig",))
    refused(world, path, data, Refusal.UNSIGNED)


def test_one_flipped_byte_in_each_member_is_caught(world):
    world.village()
    path = world.export("320902104203")
    archive = zipfile.ZipFile(path)
    for name in archive.namelist():
        body = bytearray(archive.read(name))
        body[len(body) // 2] ^= 0x01
        data = _rezip(archive, {name: bytes(body)})
        with pytest.raises(PackageError) as err:
            world.import_(path, data)
        assert err.value.refusal in (
            Refusal.TAMPERED,
            Refusal.BAD_SIGNATURE,
            Refusal.TRUNCATED,
            Refusal.FORMAT,
        ), name
    assert world.count(TownshipRecord) == 0


def test_flipped_bytes_in_the_file_itself(world):
    world.village()
    path = world.export("320902104203")
    data = path.read_bytes()
    for offset in range(0, len(data), max(len(data) // 40, 1)):
        damaged = bytearray(data)
        damaged[offset] ^= 0xFF
        try:
            world.import_(path, bytes(damaged))
        except PackageError:
            continue
        # a flip in zip padding/metadata that changes no member is harmless: the content is intact
        assert world.snapshot()[0]
    assert world.count(ReceivedPackage) <= 1


@pytest.mark.parametrize("fraction", [0.0, 0.01, 0.1, 0.33, 0.5, 0.75, 0.9, 0.99])
def test_truncated_package(world, fraction):
    world.village()
    path = world.export("320902104203")
    data = path.read_bytes()
    detail = refused(world, path, data[: int(len(data) * fraction)], Refusal.TRUNCATED)
    assert detail


def test_conflicts_are_kept_not_overwritten(world):
    """Same version with other content, or an older version, is kept for review; the stored record stays."""
    import copy

    world.village()
    path = world.export("320902104203")
    world.import_(path)
    from villagedesk.exchange import package as pkg

    with world.town() as s:
        village = s.scalars(select(EnrolledVillage)).one()
        stored = s.scalars(select(TownshipRecord).where(TownshipRecord.record_type == "person")).first()
        before = stored.data_json
        same_version = json.loads(stored.data_json) | {"group_name": "改动过的组"}
        older = json.loads(stored.data_json) | {"version": stored.version - 1 if stored.version > 1 else 0}
        from villagedesk.exchange.anchors import anchors_of

        anchor = anchors_of(s, village.code)[-1]  # an audit history that extends the anchored one
        forged = pkg.PackageContents(
            manifest={
                "village": {"code": village.code, "name": village.name},
                "sequence": 2,
                "previous_hash": village.last_hash,
                "period": {},
                "sealing": {"alg": "", "ephemeral_public": ""},
                "package_id": "x",
                "audit": {"count": anchor.entries, "head": anchor.head_hash},
            },
            manifest_bytes=b"forged-for-the-rule-test",
            records={"person": [same_version, copy.deepcopy(older) | {"uuid": stored.uuid}]},
            chain={"from": [anchor.entries, anchor.head_hash], "entries": []},
        )
        report = tw.plan(s, forged)
    assert report.summary["person"].conflicts == 2 and report.summary["person"].updated == 0
    with unit_of_work(world.town) as s:
        tw.apply(s, forged)
    with world.town() as s:
        assert (
            s.scalars(select(TownshipRecord).where(TownshipRecord.uuid == stored.uuid)).one().data_json
            == before
        )
        conflicts = s.scalars(select(ImportConflict)).all()
        assert len(conflicts) == 2 and {c.incoming_version for c in conflicts} == {
            stored.version,
            older["version"],
        }


def test_pulled_usb_stick_records_nothing(world, monkeypatch):
    store = world.village()
    import villagedesk.exchange.export as export_module

    def broken(target, data):  # type: ignore[no-untyped-def]
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(export_module, "_write_flushed", broken)
    with pytest.raises(ValidationError) as err, unit_of_work(store.sessions, actor="tester") as s:
        export_package(s, store.data_dir, world.tmp / "usb")
    assert "Input/output error" in err.value.render()
    with store.sessions() as s:
        assert s.scalars(select(ExportLog)).all() == []
    assert not list((world.tmp / "usb").glob("*.vdx")) if (world.tmp / "usb").exists() else True


def test_ack_tampered_or_for_another_village_refused(world):
    store = world.village()
    path = world.export("320902104203")
    _report, ack = world.import_(path)
    wrapper = json.loads(ack.read_text(encoding="utf-8"))
    body = json.loads(wrapper["body"])
    body["sequence"] = 7
    wrapper["body"] = json.dumps(body)
    bad = ack.with_name("bad.vdack")
    bad.write_text(json.dumps(wrapper), encoding="utf-8")
    with pytest.raises(ValidationError) as err, unit_of_work(store.sessions, actor="tester") as s:
        import_ack(s, store.data_dir, bad)
    assert "not signed" in err.value.render()


def test_ack_carries_catalogues(world):
    store = world.village()
    with unit_of_work(world.town) as s:
        tw.set_catalogues(s, {"major_matters": ["村道建设", "其他重大事项"]})
    _report, ack = world.import_(world.export("320902104203"))
    with unit_of_work(store.sessions, actor="tester") as s:
        result = import_ack(s, store.data_dir, ack)
        from villagedesk.core import settings as centre_settings

        assert result.catalogues_applied == ["major_matters"]
        assert centre_settings.get(s, MAJOR_MATTERS) == ["村道建设", "其他重大事项"]


def test_overview_and_reports(world, tmp_path):
    world.village()
    world.village("320902104205", "东河村")
    world.import_(world.export("320902104203"))
    with world.town() as s:
        rows = tw.overview(s, today=TODAY)
        assert [r.code for r in rows] == ["320902104203", "320902104205"]
        assert rows[0].last_sequence == 1 and rows[1].last_sequence == 0
        assert rows[0].values["people"] > 50
        assert rows[0].values["matters_waiting"] + rows[0].values["disclosures_missing"] >= 1
        pdf = tw.report_pdf(s, rows)
    assert pdf.startswith(b"%PDF")
    out = tw.report_xlsx(rows, tmp_path / "r.xlsx")
    import openpyxl

    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 3
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert first["Village"] == rows[0].name and first["People on the roster"] == rows[0].values["people"]
    assert first["Backups restored"] == rows[0].restores  # each figure under its own heading
    assert first["Services not available: details"] == rows[0].details["services_unavailable"]


@pytest.fixture(scope="module")
def one_package(tmp_path_factory):
    """A village and its first package, made once: the property test only varies the damage."""
    tmp = tmp_path_factory.mktemp("village")
    w = World(tmp, f"sqlite:///{tmp / 'first.sqlite3'}")
    w.village()
    path = w.export("320902104203")
    w.close()
    yield path, tmp


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offsets=st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=4))
def test_import_never_half_applies(one_package, offsets):
    """Whatever bytes are damaged, an import applies the whole package or nothing."""
    import tempfile

    from villagedesk.db.engine import sqlite_backup

    path, tmp = one_package
    data = path.read_bytes()
    folder = Path(tempfile.mkdtemp(dir=tmp))
    sqlite_backup(
        tmp / "first.sqlite3", folder / "t.sqlite3"
    )  # a consistent copy (the store runs in WAL mode)
    shutil.copy2(
        tmp / "first.sqlite3.key", folder / "t.sqlite3.key"
    )  # its keys open with the store's key file
    engine, town = open_township(f"sqlite:///{folder / 't.sqlite3'}")
    try:
        with unit_of_work(town) as s:  # the copied store already has the township and the enrolled village
            assert s.scalar(select(func.count()).select_from(EnrolledVillage)) == 1
        damaged = bytearray(data)
        for offset in offsets:
            damaged[offset % len(damaged)] ^= 0x5A
        try:
            with unit_of_work(town) as s:
                tw.apply(s, tw.verify(s, bytes(damaged)))
        except PackageError:
            pass
        with town() as s:
            packages = s.scalar(select(func.count()).select_from(ReceivedPackage))
            records = s.scalar(select(func.count()).select_from(TownshipRecord))
        assert (packages, records) == (0, 0) or (packages == 1 and records > 300)
    finally:
        engine.dispose()


def test_cli_import_lists_bad_files_and_exits_non_zero(world, tmp_path):
    import os
    import subprocess
    import sys

    world.village()
    good = world.export("320902104203")
    bad = good.with_name("broken.vdx")
    bad.write_bytes(good.read_bytes()[:1000])
    url = str(world.engine.url.render_as_string(hide_password=False))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "villagedesk",
            "--pin-stdin",
            "township",
            "--db",
            url,
            "import",
            str(good),
            str(bad),
        ],
        input=TOWNSHIP_PIN + "\n",
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode != 0
    assert "已导入" in proc.stdout and "拒收 broken.vdx：truncated" in proc.stderr
    assert world.count(ReceivedPackage) == 1
    _ = dt


def test_overview_lists_missing_packages_after_a_gap(world):
    store = world.village()
    first = world.export("320902104203", folder="a")
    for folder in ("b", "c"):
        with unit_of_work(store.sessions, actor="tester") as s:
            roster.add_person(s, roster.PersonData(name="新来的" + folder))
        last = world.export("320902104203", folder=folder)
    world.import_(first)
    with pytest.raises(PackageError) as err:
        world.import_(last)
    with unit_of_work(world.town) as s:
        tw.log_refusal(s, last.name, last.read_bytes(), err.value)
    with world.town() as s:
        row = tw.overview(s, today=TODAY)[0]
    assert row.last_sequence == 1 and list(row.missing) == [2]
