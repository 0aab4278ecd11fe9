"""The township's own users (PINs, roles, lockout as at the desk), re-enrolling a village whose key
was lost, and free text that travels sealed. On SQLite and on PostgreSQL (tests/e2e/conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest
from sqlalchemy import select

from tests.conftest import TODAY
from tests.e2e.test_exchange import TOWNSHIP_ADMIN, TOWNSHIP_PIN, World
from villagedesk.core import users
from villagedesk.core.errors import ValidationError
from villagedesk.core.general_notice import GeneralNoticeData, NoticeTable, create_notice
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import EnrolledVillage, ImportConflict, TownshipRecord
from villagedesk.exchange import township as tw
from villagedesk.exchange.keys import VILLAGE_KEY_FILE
from villagedesk.exchange.package import PackageError, Refusal

CODE = "320902104203"
ADMIN, ADMIN_PIN = TOWNSHIP_ADMIN, TOWNSHIP_PIN
CLERK, CLERK_PIN = "钱干事", "975318"
VIEWER, VIEWER_PIN = "孙科员", "864209"


@pytest.fixture
def world(tmp_path, township_url):
    w = World(tmp_path, township_url)
    with unit_of_work(w.town, actor=ADMIN) as s:
        tw.add_township_user(s, CLERK, tw.TOWNSHIP_ROLES["operator"], CLERK_PIN)
        tw.add_township_user(s, VIEWER, tw.TOWNSHIP_ROLES["viewer"], VIEWER_PIN)
    yield w
    w.close()


def township(world: World, *args: str, user: str = "", pin: str | None = None, stdin: str = ""):  # type: ignore[no-untyped-def]
    url = world.engine.url.render_as_string(hide_password=False)
    pre = ["--user", user] if user else []
    flags = ["--pin-stdin"] if pin is not None else []
    return subprocess.run(
        [sys.executable, "-m", "villagedesk", *pre, *flags, "township", "--db", url, *args],
        input=(pin + "\n" if pin is not None else "") + stdin,
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="en"),
    )


def test_init_makes_the_administrator_and_writing_commands_need_a_pin(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="en")

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "villagedesk", *args], input=stdin, capture_output=True, text=True, env=env
        )

    weak = run(
        "township",
        "--db",
        url,
        "init",
        "--name",
        "盐东镇",
        "--code",
        "320902104",
        "--admin",
        ADMIN,
        "--key-out",
        str(tmp_path),
        "--pin-stdin",
        stdin="111111\n",
    )
    assert weak.returncode == 1 and "too easy to guess" in weak.stderr
    done = run(
        "township",
        "--db",
        url,
        "init",
        "--name",
        "盐东镇",
        "--code",
        "320902104",
        "--admin",
        ADMIN,
        "--key-out",
        str(tmp_path),
        "--pin-stdin",
        stdin=ADMIN_PIN + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "township-320902104.pub").exists()
    catalogue = tmp_path / "matters.txt"
    catalogue.write_text("土地承包\n", encoding="utf-8")
    # no PIN given (and no terminal): refused, nothing set
    no_pin = run("township", "--db", url, "catalogues", "--major-matters", str(catalogue))
    assert no_pin.returncode == 1 and "--pin-stdin" in no_pin.stderr
    wrong = run(
        "--pin-stdin",
        "township",
        "--db",
        url,
        "catalogues",
        "--major-matters",
        str(catalogue),
        stdin="135792\n",
    )
    assert wrong.returncode == 1 and "wrong PIN; 4 tries left" in wrong.stderr
    ok = run(
        "--pin-stdin",
        "township",
        "--db",
        url,
        "catalogues",
        "--major-matters",
        str(catalogue),
        stdin=ADMIN_PIN + "\n",
    )
    assert ok.returncode == 0, ok.stderr
    listing = run("township", "--db", url, "user", "list")
    assert ADMIN in listing.stdout and "Township administrator" in listing.stdout


def test_wrong_pins_lock_a_township_user_as_at_the_desk(world):
    for _ in range(users.MAX_TRIES - 1):
        assert "wrong PIN" in township(world, "catalogues", user=CLERK, pin="000000").stderr
    locked = township(world, "catalogues", user=CLERK, pin="000000")
    assert locked.returncode == 1 and "locked until" in locked.stderr
    right = township(world, "catalogues", user=CLERK, pin=CLERK_PIN)  # even the right PIN, for now
    assert right.returncode == 1 and "locked until" in right.stderr


def test_roles_decide_who_imports_resolves_and_enrols(world):
    world.village()
    first = world.export(CODE)
    before = world.snapshot()
    viewer = township(world, "import", str(first), user=VIEWER, pin=VIEWER_PIN)
    assert viewer.returncode == 1 and "may not import village packages" in viewer.stderr
    assert world.snapshot() == before  # the viewer changed nothing
    clerk = township(world, "import", str(first), user=CLERK, pin=CLERK_PIN)
    assert clerk.returncode == 0 and "imported" in clerk.stdout, clerk.stderr
    # a conflict: the township holds a copy that differs at the same change number
    with world.town() as s:
        record = s.scalars(select(TownshipRecord).where(TownshipRecord.record_type == "person")).first()
        uuid = record.uuid
    with unit_of_work(world.town) as s:
        stored = s.scalars(select(TownshipRecord).where(TownshipRecord.uuid == uuid)).one()
        data = json.loads(stored.data_json)
        data["group_name"] = "改过的组"
        stored.data_json = json.dumps(data, ensure_ascii=False)
        stored.content_hash = "0" * 64
    second = world.export(CODE, full=True, folder="usb2")
    assert township(world, "import", str(second), user=CLERK, pin=CLERK_PIN).returncode == 0
    with world.town() as s:
        conflict = s.scalars(select(ImportConflict).where(ImportConflict.uuid == uuid)).one()
    denied = township(world, "resolve", str(conflict.id), "--take", user=VIEWER, pin=VIEWER_PIN)
    assert denied.returncode == 1 and "may not decide conflicts" in denied.stderr
    taken = township(
        world, "resolve", str(conflict.id), "--take", "--reason", "电话核实", user=CLERK, pin=CLERK_PIN
    )
    assert taken.returncode == 0, taken.stderr
    with world.town() as s:
        decided = s.get(ImportConflict, conflict.id)
        assert (decided.decision, decided.decided_by, decided.decision_reason) == ("take", CLERK, "电话核实")
    # enrolling and re-enrolling are the administrator's
    key = world.tmp / "usb" / f"village-{CODE}.pub"
    refused = township(
        world, "re-enrol", str(key), "--fingerprint", "x", "--reason", "y", user=CLERK, pin=CLERK_PIN
    )
    assert refused.returncode == 1 and "may not enrol or re-enrol a village" in refused.stderr


def _forget_key(store) -> bytes:  # type: ignore[no-untyped-def]
    path = store.data_dir.keys / VILLAGE_KEY_FILE
    old = path.read_bytes()
    path.unlink()
    return old


def test_a_lost_key_is_re_enrolled_after_the_phone_check_and_the_old_key_is_refused(world):
    store = world.village()
    world.import_(world.export(CODE))
    old_key = _forget_key(store)  # the PC died and no backup had the key: the desk makes a new one
    second = world.export(CODE, folder="usb2")
    new_pub = second.parent / f"village-{CODE}.pub"
    before = world.snapshot()
    with pytest.raises(PackageError) as err:
        world.import_(second)
    assert err.value.refusal is Refusal.BAD_SIGNATURE and world.snapshot() == before
    # plain enrolment refuses a new key; re-enrolment wants the fingerprint read out and a reason
    with (
        unit_of_work(world.town, actor=ADMIN) as s,
        pytest.raises(ValidationError, match="re-enrol it after reading the new fingerprint"),
    ):
        tw.enrol(s, new_pub)
    from villagedesk.exchange.keys import read_village_key

    fingerprint = read_village_key(new_pub).fingerprint
    wrong = township(
        world, "re-enrol", str(new_pub), "--fingerprint", "0000 1111", "--reason", "电脑损坏", pin=ADMIN_PIN
    )
    assert wrong.returncode == 1 and "is not the one of this key file" in wrong.stderr
    no_reason = township(
        world, "re-enrol", str(new_pub), "--fingerprint", fingerprint, "--reason", " ", pin=ADMIN_PIN
    )
    assert no_reason.returncode == 1 and "say why" in no_reason.stderr
    assert world.snapshot() == before
    done = township(
        world,
        "re-enrol",
        str(new_pub),
        "--fingerprint",
        fingerprint.lower().replace(" ", ""),
        "--reason",
        "电脑硬盘损坏，备份中无密钥",
        pin=ADMIN_PIN,
    )
    assert done.returncode == 0, done.stderr
    assert "re-enrolled by " + ADMIN in done.stdout
    with world.town() as s:
        (change,) = tw.key_changes(s, CODE)
        assert (change.changed_by, change.reason, change.new_fingerprint) == (
            ADMIN,
            "电脑硬盘损坏，备份中无密钥",
            fingerprint,
        )
        assert change.old_fingerprint != fingerprint
    report, ack = world.import_(second)  # the chain goes on with the new key
    assert report.sequence == 2 and not report.already_imported and ack is not None
    # a package signed with the old key after the re-enrolment is refused and changes nothing
    (store.data_dir.keys / VILLAGE_KEY_FILE).write_bytes(old_key)
    third = world.export(CODE, folder="usb3")
    before = world.snapshot()
    with pytest.raises(PackageError) as err:
        world.import_(third)
    assert err.value.refusal is Refusal.BAD_SIGNATURE and world.snapshot() == before
    with world.town() as s:
        assert s.scalars(select(EnrolledVillage.last_sequence)).one() == 2


def test_id_and_mobile_numbers_typed_into_a_notice_travel_sealed(world):
    store = world.village()
    body = "请王建国（身份证号320902198001011234，手机13812345678）于本周五前到村委会领取补贴。"
    with unit_of_work(store.sessions, actor="tester") as s:
        notice = create_notice(
            s,
            GeneralNoticeData(
                "关于领取补贴的通知 13900001111",
                body,
                TODAY,
                TODAY,
                table=NoticeTable(["姓名", "电话"], [["李四", "15011112222"]]),
            ),
        )
        uuid = notice.uuid
    path = world.export(CODE)
    raw = path.read_bytes()
    members = b"".join(zipfile.ZipFile(path).read(n) for n in zipfile.ZipFile(path).namelist())
    for number in ("320902198001011234", "13812345678", "13900001111", "15011112222"):
        assert number.encode() not in raw and number.encode() not in members
    world.import_(path)
    with world.town() as s:
        record = s.scalars(select(TownshipRecord).where(TownshipRecord.uuid == uuid)).one()
        assert "13812345678" not in record.data_json
        opened = tw.open_sealed(s, record)
    assert opened["body"] == body and "15011112222" in opened["table_json"]
    assert opened["title"] == "关于领取补贴的通知 13900001111"
    # re-sent unchanged (sealed again under another package key): unchanged, not a conflict
    report, _ack = world.import_(world.export(CODE, full=True, folder="usb2"))
    assert report.summary["general_notice"].unchanged >= 1 and report.totals().conflicts == 0


def test_the_pdf_report_keeps_each_name_and_code_on_one_line(world, tmp_path):
    from tests.conftest import TODAY
    from villagedesk.db.base import utcnow
    from villagedesk.i18n import load_translator, tr_core

    load_translator("zh_CN")
    names = ["盐东镇东河社区居民委员会", "䶮𪚥村", "新桥村"]
    with unit_of_work(world.town) as s:
        for i, name in enumerate(names):
            s.add(
                EnrolledVillage(
                    code=f"320902104{300 + i}",
                    name=name,
                    public_key="-",
                    fingerprint="-",
                    enrolled_at=utcnow(),
                    last_sequence=40031 * i,
                )
            )
    with world.town() as s:
        pdf = tw.report_pdf(s, tw.overview(s, TODAY), tr_core)
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    lines = text.splitlines()
    for i, name in enumerate(names):
        code = f"320902104{300 + i}"
        # pdftotext maps the astral 𪚥 to another code point (the PDF's text layer, not the print)
        shown = name.split("𪚥")[0]
        together = [line for line in lines if shown in line and code in line]
        with_code = [line for line in lines if code in line]
        # in every table (the exchange state, then the figures five at a time): name and code on one line
        assert len(together) >= 2 and len(together) == len(with_code), (name, text)
    assert "花名册人数" in text  # the legend names the numbered figures
