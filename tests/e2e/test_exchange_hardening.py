"""Packages made by hand to break every rule a signed package can still break: oversized and
duplicate members, malformed manifests and records, numbers far ahead, formulas in names. Each
refusal is a clear message under 200 characters, changes nothing, and a batch goes on past it."""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
import tracemalloc
import uuid
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from tests.e2e.test_exchange import TOWNSHIP_ADMIN, TOWNSHIP_PIN
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import EnrolledVillage, ImportConflict, ReceivedPackage, TownshipRecord
from villagedesk.db.models.exchange import TownshipNotice
from villagedesk.exchange import package
from villagedesk.exchange import township as tw
from villagedesk.exchange.keys import VillagePublicKey, raw_public, village_key_json
from villagedesk.exchange.package import PackageError, Refusal
from villagedesk.exchange.township import open_township

CODE = "320902104203"
OTHER = "320902104205"
NOW = "2026-11-26T08:00:00+00:00"


class Town:
    """A township store with two enrolled villages whose keys the test holds."""

    def __init__(self, tmp: Path, url: str) -> None:
        self.tmp, self.url = tmp, url
        self.engine, self.sessions = open_township(url)
        with unit_of_work(self.sessions) as s:
            self.key = tw.public_key(tw.init_township(s, "盐东镇", "320902104", TOWNSHIP_ADMIN, TOWNSHIP_PIN))
        self.signers = {CODE: Ed25519PrivateKey.generate(), OTHER: Ed25519PrivateKey.generate()}
        self.hashes = {CODE: "", OTHER: ""}
        for code, name in ((CODE, "新桥村"), (OTHER, '=HYPERLINK("http://x","点我")')):
            key_file = tmp / f"village-{code}.pub"
            key_file.write_text(
                village_key_json(VillagePublicKey(code, name, raw_public(self.signers[code].public_key()))),
                encoding="utf-8",
            )
            with unit_of_work(self.sessions) as s:
                tw.enrol(s, key_file)

    def people(self, n: int, package_id: str, phone: str = "13800138000") -> list[dict]:
        sealer = package.Sealer(self.key.encryption_key(), package_id)
        rows = []
        for i in range(n):
            uid = str(uuid.UUID(int=i + 1))
            rows.append(
                {
                    "uuid": uid,
                    "version": 1,
                    "change_counter": i + 1,
                    "deleted": False,
                    "name": f"村民{i}",
                    "group_name": "一组",
                    "sealed": sealer.seal(uid, {"phone": phone, "birth_date": "1970-01-01"}),
                }
            )
        return rows, sealer

    def craft(
        self,
        sequence: int,
        code: str = CODE,
        records: dict | None = None,
        mutate=None,  # type: ignore[no-untyped-def]
        extra: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
        notices: dict[str, bytes] | None = None,
        previous: str | None = None,
        phone: str = "13800138000",
    ) -> bytes:
        package_id = str(uuid.uuid4())
        rows, sealer = self.people(3, package_id, phone)
        records = {"person": rows} if records is None else records
        members = {
            f"records/{n}.json": json.dumps(r, ensure_ascii=False).encode() for n, r in records.items()
        }
        for uid, pdf in (notices or {}).items():
            members[f"notices/{uid}.pdf"] = pdf
        manifest = {
            "format_version": 1,
            "package_id": package_id,
            "village": {"code": code, "name": "新桥村"},
            "township": {"code": self.key.code, "key_fingerprint": self.key.fingerprint},
            "period": {"from": None, "to": NOW, "full": True},
            "changes": {"after": 0, "upto": 3},
            "sequence": sequence,
            "previous_hash": self.hashes[code] if previous is None else previous,
            "created_at": NOW,
            "sealing": {
                "alg": package.SEAL_ALG,
                "ephemeral_public": base64.b64encode(sealer.ephemeral_public).decode(),
            },
            "counts": {n: len(r) for n, r in records.items()},
            "members": {n: package.sha256(b) for n, b in members.items()},
        }
        if mutate:
            mutate(manifest)
        manifest_bytes = json.dumps(manifest, ensure_ascii=False).encode()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", manifest_bytes)
            z.writestr("manifest.sig", base64.b64encode(self.signers[code].sign(manifest_bytes)))
            for name, body in members.items():
                z.writestr(name, body)
            for name, body in extra:
                z.writestr(name, body)
        return buffer.getvalue()

    def write(self, name: str, data: bytes) -> Path:
        path = self.tmp / "usb" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return path

    def import_ok(self, name: str, data: bytes) -> tw.FileOutcome:
        outcome = tw.import_file(self.sessions, self.write(name, data))
        assert outcome.imported, outcome.message()
        self.hashes[outcome.report.village_code] = outcome.report.package_hash
        return outcome

    def snapshot(self) -> tuple:
        with self.sessions() as s:
            return (
                sorted((r.uuid, r.version, r.content_hash) for r in s.scalars(select(TownshipRecord))),
                sorted((p.village_code, p.sequence) for p in s.scalars(select(ReceivedPackage))),
                sorted((v.code, v.last_sequence, v.high_water) for v in s.scalars(select(EnrolledVillage))),
                s.scalar(select(func.count()).select_from(ImportConflict)),
                s.scalar(select(func.count()).select_from(TownshipNotice)),
            )


@pytest.fixture
def town(tmp_path, township_url):
    t = Town(tmp_path, township_url)
    yield t
    t.engine.dispose()


@pytest.fixture(scope="module")
def chinese():
    from villagedesk.i18n import load_translator, tr_core

    load_translator("zh_CN")
    return tr_core


def refuse(town: Town, data: bytes, kind: Refusal, chinese) -> str:  # type: ignore[no-untyped-def]
    before = town.snapshot()
    outcome = tw.import_file(town.sessions, town.write("bad.vdx", data))
    assert outcome.refusal is not None and outcome.refusal.refusal is kind, outcome.message()
    assert town.snapshot() == before  # a refusal changes nothing
    message = outcome.message(chinese)
    assert 0 < len(message) < 200 and "Traceback" not in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message), message  # in the clerk's language
    return message


def _set(path: str, value):  # type: ignore[no-untyped-def]
    def mutate(manifest: dict) -> None:
        *parents, last = path.split(".")
        target = manifest
        for key in parents:
            target = target[key]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value

    return mutate


@pytest.mark.parametrize(
    ("mutation", "names"),
    [
        (_set("sequence", "abc"), "sequence"),
        (_set("sequence", 0), "sequence"),
        (_set("sequence", 2**40), "sequence"),
        (_set("sequence", True), "sequence"),
        (_set("counts.person", "many"), "counts.person"),
        (_set("counts.person", 4), "person"),
        (_set("counts.notes", 0), "notes"),
        (_set("sealing", KeyError), "sealing"),
        (_set("village.name", 5), "village.name"),
        (_set("period", []), "period"),
        (_set("changes.upto", -1), "changes.upto"),
        (_set("previous_hash", "x" * 64), "previous_hash"),
        (_set("members", {"../../etc/passwd": "0" * 64}), "../../etc/passwd"),
        (_set("sealing.ephemeral_public", "AAAA"), "sealing.ephemeral_public"),
    ],
)
def test_a_signed_but_malformed_manifest_is_a_clear_refusal(town, chinese, mutation, names):
    message = refuse(town, town.craft(1, mutate=mutation), Refusal.MALFORMED, chinese)
    assert names in message


def test_malformed_records_are_refused(town, chinese):
    base_rows, _ = town.people(2, str(uuid.uuid4()))
    for rows, field in (
        ({"a": 1}, "person"),
        ([dict(base_rows[0], version="x"), base_rows[1]], "version"),
        ([dict(base_rows[0], change_counter=-3), base_rows[1]], "change_counter"),
        ([dict(base_rows[0], deleted="no"), base_rows[1]], "deleted"),
        ([{k: v for k, v in base_rows[0].items() if k != "uuid"}, base_rows[1]], "uuid"),
        ([base_rows[0], dict(base_rows[0])], base_rows[0]["uuid"]),  # the same record twice
    ):
        count = len(rows) if isinstance(rows, list) else 1
        data = town.craft(1, records={"person": rows}, mutate=_set("counts.person", count))
        assert field in refuse(town, data, Refusal.MALFORMED, chinese)
    # sealed fields that do not open are tampering, refused before anything is stored
    rows = [dict(base_rows[0], sealed=base64.b64encode(b"x" * 40).decode())]
    refuse(town, town.craft(1, records={"person": rows}), Refusal.TAMPERED, chinese)


def test_a_manifest_bomb_is_stopped_before_it_is_inflated(town, chinese):
    """A 2 MB file whose manifest inflates to 300 MB: refused from its declared size, and a copy
    that lies about its size is stopped while reading. Memory stays small either way."""
    good = town.craft(1)
    bomb = b"{" + b" " * (300 * 1024 * 1024) + b"}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("manifest.json", bomb)
    del bomb
    data = buffer.getvalue()
    assert len(data) < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        message = refuse(town, data, Refusal.TOO_LARGE, chinese)
        assert "manifest.json" in message
        # the same bomb declaring a size of 100 bytes in both headers
        lying = bytearray(data)
        real = (300 * 1024 * 1024 + 2).to_bytes(4, "little")
        for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            at = lying.find(signature)
            assert lying[at + offset : at + offset + 4] == real
            lying[at + offset : at + offset + 4] = (100).to_bytes(4, "little")
        tracemalloc.reset_peak()
        outcome = tw.import_file(town.sessions, town.write("lying.vdx", bytes(lying)))
        assert outcome.refusal is not None and outcome.refusal.refusal in (
            Refusal.TAMPERED,
            Refusal.TOO_LARGE,
        )
        assert tracemalloc.get_traced_memory()[1] < 50 * 1024 * 1024
    finally:
        tracemalloc.stop()
    # every other member has its limit too
    big_pdf = {str(uuid.uuid4()): b"%PDF" + b"0" * (package.MAX_NOTICE_MEMBER + 1)}
    assert "notices/" in refuse(town, town.craft(1, notices=big_pdf), Refusal.TOO_LARGE, chinese)
    town.import_ok("good.vdx", good)  # and nothing stuck: the good package still imports


def test_duplicate_member_names_are_refused(town, chinese):
    data = town.craft(1)
    archive = zipfile.ZipFile(io.BytesIO(data))
    other = json.dumps([]).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name in archive.namelist():
            z.writestr(name, archive.read(name))
        with pytest.warns(UserWarning, match="Duplicate name"):
            z.writestr("records/person.json", other)  # unzip would show this copy
    assert "records/person.json" in refuse(town, buffer.getvalue(), Refusal.TAMPERED, chinese)
    with pytest.warns(UserWarning, match="Duplicate name"):
        twice = town.craft(1, extra=[("manifest.json", b"{}")])
    refuse(town, twice, Refusal.TAMPERED, chinese)


def test_a_number_far_ahead_shows_the_missing_ones_as_a_range(town, chinese):
    for sequence in range(1, 12):
        town.import_ok(f"{sequence}.vdx", town.craft(sequence))
    ahead = town.craft(40032)
    message = refuse(town, ahead, Refusal.OUT_OF_SEQUENCE, chinese)
    assert "12–40031" in message and len(message) < 200
    outcome = tw.import_file(town.sessions, town.write("ahead.vdx", ahead))  # logged this time
    assert outcome.refusal is not None
    with town.sessions() as s:
        row = next(r for r in tw.overview(s) if r.code == CODE)
    assert tw.format_ranges(row.missing) == "12–40031"
    assert tw.format_ranges([3, 4, 5, 9, 12, 13]) == "3–5, 9, 12–13"


def test_one_bad_file_in_a_batch_is_reported_and_the_others_import(town):
    good_a = town.write("a.vdx", town.craft(1))
    bad = town.write("b.vdx", town.craft(1, code=OTHER, mutate=_set("counts.person", "many")))
    good_c = town.write("c.vdx", town.craft(1, code=OTHER))
    missing = town.tmp / "usb" / "gone.vdx"
    proc = subprocess.run(
        [sys.executable, "-m", "villagedesk", "--pin-stdin", "township", "--db", town.url, "import"]
        + [str(p) for p in (good_a, bad, missing, good_c)],
        input=TOWNSHIP_PIN + "\n",
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="en"),
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "REFUSED b.vdx: malformed: malformed: counts.person" in proc.stderr
    assert "REFUSED gone.vdx: unreadable" in proc.stderr
    assert "a.vdx: 新桥村 (320902104203) package 1: imported" in proc.stdout
    assert "c.vdx:" in proc.stdout and proc.stdout.count(": imported") == 2
    assert (town.tmp / "usb" / f"ack-{OTHER}-0001.vdack").exists()
    with town.sessions() as s:
        assert sorted(s.scalars(select(ReceivedPackage.village_code))) == [CODE, OTHER]


def test_a_resealed_unchanged_record_is_unchanged_and_no_plain_hash_is_stored(town):
    first = town.import_ok("1.vdx", town.craft(1))
    assert first.report.totals().new == 3
    again = town.import_ok("2.vdx", town.craft(2))  # the same people, sealed afresh for this package
    total = again.report.totals()
    assert (total.new, total.updated, total.unchanged, total.conflicts) == (0, 0, 3, 0)
    changed = town.import_ok("3.vdx", town.craft(3, phone="13900139000"))  # same version, other phone
    assert changed.report.totals().conflicts == 3
    with town.sessions() as s:
        stored = s.scalars(select(TownshipRecord)).first()
        body = json.loads(stored.data_json)
        plain = {k: v for k, v in body.items() if k not in ("version", "change_counter")}
        plain |= {"phone": "13800138000", "birth_date": "1970-01-01"}
        unkeyed = package.sha256(json.dumps(plain, ensure_ascii=False, sort_keys=True).encode())
        assert stored.content_hash != unkeyed  # a digest nobody can recompute without the township's key
        assert "13800138000" not in stored.data_json + stored.content_hash


def test_conflicts_are_listed_and_resolved_with_the_decision_recorded(town):
    town.import_ok("1.vdx", town.craft(1))
    town.import_ok("2.vdx", town.craft(2, phone="13900139000"))
    with town.sessions() as s:
        conflicts = tw.list_conflicts(s, CODE)
    assert len(conflicts) == 3 and all(c.fields == ("phone",) for c in conflicts)
    keep, take = conflicts[0], conflicts[1]
    url = town.url
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="en")
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "villagedesk", "--pin-stdin", "township", "--db", url, *a],
        input=TOWNSHIP_PIN + "\n",
        capture_output=True,
        text=True,
        env=env,
    )
    listing = run("conflicts")
    assert (
        listing.returncode == 0
        and "3 conflicts to decide" in listing.stdout
        and "differs: phone" in listing.stdout
    )
    assert run("resolve", str(keep.id), "--keep", "--reason", "已电话核实").returncode == 0
    assert run("resolve", str(take.id), "--take").returncode == 0
    twice = run("resolve", str(take.id), "--keep")
    assert twice.returncode == 1 and "already decided" in twice.stderr
    with town.sessions() as s:
        left = tw.list_conflicts(s, CODE)
        decided = {c.id: c for c in tw.list_conflicts(s, CODE, include_decided=True)}
        by_uuid = {r.uuid: r for r in s.scalars(select(TownshipRecord))}
        assert tw.open_sealed(s, by_uuid[take.uuid])["phone"] == "13900139000"
        assert tw.open_sealed(s, by_uuid[keep.uuid])["phone"] == "13800138000"
    assert [c.id for c in left] == [conflicts[2].id]
    assert (decided[keep.id].decision, decided[keep.id].decided_by, decided[keep.id].reason) == (
        "keep",
        TOWNSHIP_ADMIN,  # the signed-in township user who decided
        "已电话核实",
    )
    assert decided[take.id].decision == "take" and decided[take.id].decided_at is not None
    # the record taken is now what the village sent: sending it again is unchanged
    again = town.import_ok("3.vdx", town.craft(3, phone="13900139000"))
    assert again.report.totals().conflicts == 2  # the two kept at 13800138000 differ, the taken one not


def test_posted_notice_pdfs_are_kept_and_can_be_saved(town, tmp_path):
    notice = str(uuid.uuid4())
    pdf = b"%PDF-1.4 posted notice\n%%EOF"
    town.import_ok("1.vdx", town.craft(1, notices={notice: pdf}))
    town.import_ok("2.vdx", town.craft(2, notices={notice: pdf}))  # the same copy is kept once
    with town.sessions() as s:
        kept = tw.list_notice_pdfs(s, CODE)
        assert [(k.notice_uuid, k.package_sequence, k.size) for k in kept] == [(notice, 1, len(pdf))]
    out = tmp_path / "saved.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "villagedesk", "township", "--db", town.url, "pdfs", CODE]
        + ["--save", str(kept[0].id), "--out", str(out)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == pdf
    with town.sessions() as s, pytest.raises(Exception) as err:
        tw.notice_pdf(s, CODE, "999")
    assert "999" in str(err.value)


def test_xlsx_report_cells_are_text_never_formulas(town, tmp_path):
    import openpyxl

    town.import_ok("1.vdx", town.craft(1))
    with town.sessions() as s:
        rows = tw.overview(s)
    assert any(r.name.startswith("=") for r in rows)
    for r in rows:  # names that spreadsheet programs would evaluate
        if r.code == CODE:
            r.name = "+1-2@3"
    path = tw.report_xlsx(rows, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(path).active
    names = {
        sheet.cell(row=i, column=2).value: sheet.cell(row=i, column=1) for i in range(2, sheet.max_row + 1)
    }
    assert names[OTHER].value == '=HYPERLINK("http://x","点我")' and names[OTHER].data_type == "s"
    assert names[CODE].value == "+1-2@3" and names[CODE].data_type == "s"
    with zipfile.ZipFile(path) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    assert isinstance(sheet.cell(row=2, column=3).value, int)  # numbers stay numbers


def test_package_errors_render_within_200_characters_even_with_long_values(chinese):
    error = PackageError(Refusal.MALFORMED, package.R_MEMBER_NAME, name=package.shorten("x" * 5000))
    assert len(error.render(chinese)) < 200 and len(error.render()) < 200


def test_a_batch_is_prepared_in_a_second_process_and_stores_what_one_file_at_a_time_would(town, monkeypatch):
    """import_files: the files are read, verified and digested in a worker process (this process
    never verifies one), a tampered file in the middle is refused and logged, and each stored
    record carries the same digest the township computes for it itself."""
    files = []
    for sequence in (1, 2):
        data = town.craft(sequence)
        files.append(town.write(f"{CODE}-{sequence}.vdx", data))
        with town.sessions() as s:
            contents = tw.verify(s, data)
        town.hashes[CODE] = contents.package_hash
    tampered = bytearray(town.craft(1, code=OTHER))
    tampered[-30] ^= 0xFF  # a member's name in the zip's directory: not the member the manifest lists
    files.insert(1, town.write("broken.vdx", bytes(tampered)))
    files.append(town.write(f"{OTHER}-1.vdx", town.craft(1, code=OTHER)))

    def verified_here(*_args):  # type: ignore[no-untyped-def]
        raise AssertionError("a file of the batch was verified in the importing process")

    monkeypatch.setattr(tw, "verify", verified_here)
    seen = []
    outcomes = list(
        tw.import_files(town.sessions, files, progress=lambda done, total: seen.append((done, total)))
    )
    assert [o.path.name for o in outcomes] == [p.name for p in files]
    assert [o.imported for o in outcomes] == [True, False, True, True]
    assert outcomes[1].refusal is not None and outcomes[1].refusal.refusal is Refusal.TAMPERED
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4)]
    with town.sessions() as s:
        assert sorted((p.village_code, p.sequence) for p in s.scalars(select(ReceivedPackage))) == [
            (CODE, 1),
            (CODE, 2),
            (OTHER, 1),
        ]
        assert list(s.scalars(select(tw.RefusedPackage.village_code))) == [
            OTHER
        ]  # read from the refused bytes
        key = tw._digest_key(tw.township(s))
        plain = tw._StoredPlain(s, tw.township(s))
        records = list(s.scalars(select(TownshipRecord)))
        assert len(records) == 6  # three people of each village, stored once
        for record in records:
            assert record.content_hash == tw.content_digest(
                key, json.loads(record.data_json), plain.opened(record)
            )


def test_a_file_prepared_before_its_village_was_re_enrolled_is_verified_again_with_the_new_key(town):
    from villagedesk.exchange import prepare

    path = town.write("1.vdx", town.craft(1))
    with town.sessions() as s:
        prepared = prepare.prepare_file(path, tw.keyring(s))
    assert prepared.refusal is None
    new_key = Ed25519PrivateKey.generate()
    with unit_of_work(town.sessions) as s:
        village = s.scalars(select(EnrolledVillage).where(EnrolledVillage.code == CODE)).one()
        village.public_key = base64.b64encode(raw_public(new_key.public_key())).decode()
    before = town.snapshot()
    outcome = tw._import(town.sessions, path, prepared, None, False)
    assert outcome.refusal is not None and outcome.refusal.refusal is Refusal.BAD_SIGNATURE
    assert town.snapshot() == before


def test_a_refusal_crosses_from_the_worker_process_whole():
    import pickle

    error = PackageError(Refusal.OUT_OF_SEQUENCE, tw.R_SEQ_MISSING, missing="3–9", code=CODE)
    again = pickle.loads(pickle.dumps(error))
    assert (again.refusal, again.template, again.params) == (error.refusal, error.template, error.params)
    assert again.render() == error.render()


def test_a_file_refused_for_a_key_the_batch_began_without_is_checked_again_with_the_stores_key(town):
    """Another desk enrols the village while the batch runs: the worker, holding the keys as the
    batch began, refuses the file as from an unknown village; the store's key now verifies it."""
    import dataclasses

    from villagedesk.exchange import prepare

    path = town.write("1.vdx", town.craft(1))
    with town.sessions() as s:
        ring = dataclasses.replace(tw.keyring(s), villages={})
    prepared = prepare.prepare_file(path, ring)
    assert prepared.refusal is not None and prepared.refusal.refusal is Refusal.UNKNOWN_VILLAGE
    outcome = tw._import(town.sessions, path, prepared, None, False)
    assert outcome.imported, outcome.message()
    with town.sessions() as s:
        assert s.scalar(select(func.count()).select_from(tw.RefusedPackage)) == 0
