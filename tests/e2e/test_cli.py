"""The command line as a user runs it: a real process, exit codes and output."""

import os
import re
import subprocess
import sys

import pytest

from villagedesk import __version__

INIT = [
    "init",
    "--village",
    "新桥村",
    "--code",
    "320902104203",
    "--township",
    "盐东镇",
    "--objection-phone",
    "0515-88881234",
    "--admin-pin",
    "258046",
]
ADMIN_PIN = "258046"  # the administrator of INIT, and the demo's secretary/administrator


def run(data_dir, *args, check=False, pin=None):
    """Run the CLI; with ``pin`` the acting user's PIN goes in on the first line of stdin."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="zh_CN")
    proc = subprocess.run(
        [sys.executable, "-m", "villagedesk", "--data-dir", str(data_dir)]
        + (["--pin-stdin"] if pin is not None else [])
        + list(args),
        input=None if pin is None else pin + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_version(tmp_path):
    proc = run(tmp_path, "--version", check=True)
    assert __version__ in proc.stdout


@pytest.mark.parametrize("code", ["32090210420", "3209021042031", "32090210420X"])
def test_init_refuses_bad_code_and_creates_nothing(tmp_path, code):
    folder = tmp_path / "centre"
    args = list(INIT)
    args[args.index("320902104203")] = code
    proc = run(folder, *args)
    assert proc.returncode != 0
    assert "统计用区划代码" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not folder.exists()


def test_init_then_info(tmp_path):
    run(tmp_path, *INIT, check=True)
    info = run(tmp_path, "info", check=True).stdout
    assert "村：新桥村（320902104203）" in info
    assert "乡镇：盐东镇（320902104）" in info
    assert "数据库版本：" in info and str(tmp_path) in info
    assert "字体 宋体：" in info


def test_init_twice_refused(tmp_path):
    run(tmp_path, *INIT, check=True)
    proc = run(tmp_path, *INIT)
    assert proc.returncode != 0 and "已有服务中心数据" in proc.stderr


def _count(listing: str) -> int:
    """The figure of a listing's last line, "共 61 人"."""
    return int(re.search(r"\d+", listing.strip().splitlines()[-1]).group())


def test_demo_is_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    out_a = run(a, "demo", "--seed", "5", "--as-of", "2026-11-26", check=True).stdout
    run(b, "demo", "--seed", "5", "--as-of", "2026-11-26", check=True)
    assert "正式党员：" in out_a
    list_a = run(a, "roster", "list", "--on", "2026-11-26", check=True, pin=ADMIN_PIN).stdout
    list_b = run(b, "roster", "list", "--on", "2026-11-26", check=True, pin=ADMIN_PIN).stdout
    assert list_a == list_b
    full = run(a, "roster", "list", "--body", "PARTY_FULL", "--on", "2026-11-26", check=True, pin=ADMIN_PIN)
    count = _count(full.stdout)
    assert 55 <= count <= 65
    reps = run(
        a, "roster", "list", "--body", "REPRESENTATIVE", "--on", "2026-11-26", check=True, pin=ADMIN_PIN
    ).stdout
    assert 30 <= _count(reps) <= 40


def test_demo_refuses_existing_centre(tmp_path):
    run(tmp_path, *INIT, check=True)
    assert run(tmp_path, "demo").returncode != 0


def test_roster_import_xlsx(tmp_path):
    import openpyxl

    sheet = tmp_path / "roster.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "性别", "出生日期", "村民小组", "手机", "身份", "开始日期"])
    ws.append(["王建国", "男", "1965-03-02", "三组", "13851234567", "正式党员、村民代表", "1990-07-01"])
    ws.append(["李秀英", "女", "1972/5/8", "一组", "", "村民代表", "2021-01-15"])
    wb.save(sheet)
    run(tmp_path / "d", *INIT, check=True)
    plan = run(tmp_path / "d", "roster", "import", str(sheet), "--dry-run", check=True, pin=ADMIN_PIN).stdout
    assert "新增 2，更新 0，未变 0" in plan
    assert "共 0 人" in run(tmp_path / "d", "roster", "list", check=True, pin=ADMIN_PIN).stdout  # a dry run
    out = run(tmp_path / "d", "roster", "import", str(sheet), check=True, pin=ADMIN_PIN).stdout
    assert "已导入：新增 2，更新 0，新增身份 3" in out
    again = run(tmp_path / "d", "roster", "import", str(sheet), "--dry-run", check=True, pin=ADMIN_PIN).stdout
    assert "新增 0，更新 0，未变 2" in again  # the same sheet twice changes nothing
    listing = run(
        tmp_path / "d", "roster", "list", "--body", "REPRESENTATIVE", check=True, pin=ADMIN_PIN
    ).stdout
    assert "王建国" in listing and "李秀英" in listing


def test_roster_import_bad_row_imports_nothing(tmp_path):
    import openpyxl

    sheet = tmp_path / "roster.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "出生日期", "身份", "开始日期"])
    ws.append(["王建国", "1965-03-02", "正式党员", "1990-07-01"])
    ws.append(["李秀英", "2031-01-01", "村民代表", "2021-01-15"])
    wb.save(sheet)
    run(tmp_path / "d", *INIT, check=True)
    proc = run(tmp_path / "d", "roster", "import", str(sheet), pin=ADMIN_PIN)
    assert proc.returncode != 0 and "第 3 行" in proc.stderr
    assert "共 0 人" in run(tmp_path / "d", "roster", "list", check=True, pin=ADMIN_PIN).stdout


def test_print_list_and_write_pdfs(tmp_path):
    run(tmp_path / "d", "demo", "--as-of", "2026-11-26", check=True)
    listing = run(tmp_path / "d", "print", "--list", check=True).stdout.strip().splitlines()
    kinds = {line.split("\t")[1] for line in listing}
    assert kinds == {  # every register's documents, from the one manifest
        "general_notice",
        "deliberation_resolution",
        "deliberation_result",
        "deliberation_record_book",
        "disclosure",
        "care_disbursement",
        "care_visit_list",
        "care_fund_statement",
        "service_guide",
        "service_stats",
        "service_stats_years",
    }
    first_id = listing[0].split("\t")[0]
    out = run(
        tmp_path / "d", "print", first_id, "--out", str(tmp_path / "pdf"), check=True, pin=ADMIN_PIN
    ).stdout.split()
    assert out == [str(tmp_path / "pdf" / f"{first_id}.pdf")]
    assert (tmp_path / "pdf" / f"{first_id}.pdf").read_bytes().startswith(b"%PDF")
    all_out = run(
        tmp_path / "d", "print", "--all", "--out", str(tmp_path / "all"), check=True, pin=ADMIN_PIN
    ).stdout.split()
    assert len(all_out) == len(listing)
    bad = run(tmp_path / "d", "print", "general-999", "--out", str(tmp_path / "x"), pin=ADMIN_PIN)
    assert bad.returncode != 0 and "general-999" in bad.stderr


def test_print_for_posting_locks(tmp_path):
    run(tmp_path / "d", "demo", "--as-of", "2026-11-26", check=True)
    draft = [
        line
        for line in run(tmp_path / "d", "print", "--list", check=True).stdout.splitlines()
        if "\tgeneral_notice\t" in line and "\tdraft\t" in line
    ][0]
    doc_id = draft.split("\t")[0]
    run(tmp_path / "d", "print", doc_id, "--out", str(tmp_path / "p"), "--post", check=True, pin=ADMIN_PIN)
    again = run(tmp_path / "d", "print", "--list", check=True).stdout
    assert (
        f"{doc_id}\tgeneral_notice" in again
        and [line for line in again.splitlines() if line.startswith(doc_id + "\t")][0].split("\t")[3]
        == "posted"
    )


def run_in(data_dir, stdin, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="zh_CN")
    return subprocess.run(
        [sys.executable, "-m", "villagedesk", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _first_general_notice(data_dir) -> str:
    """The newest 通用公告 of ``print --list`` (the other registers' documents are listed too)."""
    listing = run(data_dir, "print", "--list", check=True).stdout.splitlines()
    return next(line for line in listing if "\tgeneral_notice\t" in line).split("\t")[0]


def demo_users(data_dir):
    out = run(data_dir, "demo", "--as-of", "2026-11-26", check=True).stdout
    lines = out.split("示例用户（用户名、角色、PIN）：")[1].strip().splitlines()
    return [tuple(line.strip().split("\t")) for line in lines]


def test_demo_documents_its_users_and_audit_verifies(tmp_path):
    accounts = demo_users(tmp_path)
    roles = [role for _, role, _ in accounts]
    assert any("管理员" in r for r in roles) and sum("监委会" in r for r in roles) == 2
    assert run(tmp_path, "audit", "verify", check=True).stdout.startswith("修改记录链完好")


def test_audit_verify_fails_after_tampering(tmp_path):
    import sqlite3

    demo_users(tmp_path)
    conn = sqlite3.connect(str(tmp_path / "villagedesk.sqlite3"))
    conn.execute("UPDATE person SET name='张冒' WHERE id=5")
    conn.commit()
    conn.close()
    proc = run(tmp_path, "audit", "verify")
    assert proc.returncode != 0 and "（在本软件之外被改动）：人员 " in proc.stderr
    assert "“姓名”现为 '张冒'" in proc.stderr and not re.search(
        "[A-Za-z]{3,}", re.sub("[0-9a-f-]{36}", "", proc.stderr)
    )


def test_review_needs_the_supervisors_pin(tmp_path):
    accounts = demo_users(tmp_path)
    name, _, pin = next(a for a in accounts if "监委会" in a[1])
    clerk, _, clerk_pin = next(a for a in accounts if a[1] == "录入")
    doc = _first_general_notice(tmp_path)
    wrong = run_in(tmp_path, "999999\n", "--user", name, "notice", "review", doc, "--pin-stdin")
    assert wrong.returncode != 0 and "PIN" in wrong.stderr
    not_member = run_in(tmp_path, clerk_pin + "\n", "--user", clerk, "notice", "review", doc, "--pin-stdin")
    assert not_member.returncode != 0 and "监督委员会" in not_member.stderr
    ok = run_in(tmp_path, pin + "\n", "--user", name, "notice", "review", doc, "--pin-stdin")
    assert ok.returncode == 0, ok.stderr
    out = tmp_path / "pdf"
    run(tmp_path, "print", doc, "--out", str(out), check=True, pin=ADMIN_PIN)
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(out / f"{doc}.pdf").pages)
    assert "审核人：" + name in "".join(text.split())


def test_viewer_cannot_change_records_from_cli(tmp_path):
    demo_users(tmp_path)
    add = run_in(
        tmp_path,
        f"{ADMIN_PIN}\n147258\n",
        "user",
        "add",
        "乡镇联络员",
        "--role",
        "VIEWER",
        "--pin-stdin",
        "--new-pin-stdin",
    )
    assert add.returncode == 0, add.stderr
    import openpyxl

    sheet = tmp_path / "r.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["姓名"])
    wb.active.append(["王建国"])
    wb.save(sheet)
    proc = run(tmp_path, "--user", "乡镇联络员", "roster", "import", str(sheet), pin="147258")
    assert proc.returncode != 0 and "乡镇联络员" in proc.stderr
    assert run(tmp_path, "--user", "nobody", "roster", "list", pin="147258").returncode != 0


def test_backup_to_usb_encrypted_and_restore(tmp_path):
    demo_users(tmp_path / "d")
    usb = tmp_path / "usb"
    made = run_in(
        tmp_path / "d",
        f"{ADMIN_PIN}\n月亮湾村口的老槐树\n",
        "backup",
        "--to",
        str(usb),
        "--pin-stdin",
        "--passphrase-stdin",
    )
    assert made.returncode == 0, made.stderr
    file = usb / made.stdout.strip().split("/")[-1]
    assert file.exists() and not file.read_bytes().startswith(b"SQLite")
    wrong = run_in(
        tmp_path / "d",
        f"{ADMIN_PIN}\nnot the passphrase\n",
        "restore",
        str(file),
        "--pin-stdin",
        "--passphrase-stdin",
        "--yes",
    )
    assert wrong.returncode != 0 and "口令" in wrong.stderr or "passphrase" in wrong.stderr
    ok = run_in(
        tmp_path / "d",
        f"{ADMIN_PIN}\n月亮湾村口的老槐树\n",
        "restore",
        str(file),
        "--pin-stdin",
        "--passphrase-stdin",
        "--yes",
    )
    assert ok.returncode == 0, ok.stderr
    assert "新桥村" in ok.stdout and "已恢复" in ok.stdout
    assert run(tmp_path / "d", "audit", "verify").returncode == 0
    assert "pre-restore" in run(tmp_path / "d", "backups", check=True).stdout


def test_matter_list_and_show(tmp_path):
    demo_users(tmp_path)
    listing = run(tmp_path, "matter", "list", check=True).stdout.splitlines()
    assert listing[-1].endswith("个事项") and int(listing[-1].split()[1]) >= 10
    first = listing[0].split("\t")[0]
    shown = run(tmp_path, "matter", "show", first, check=True).stdout
    assert "动议事由" in shown and "党组织提议" in shown


# -- trust against the person at the keyboard --------------------------------------------------------
def audit_rows(data_dir, action):
    import sqlite3

    conn = sqlite3.connect(str(data_dir / "villagedesk.sqlite3"))
    try:
        return conn.execute(
            "SELECT actor, reason FROM audit_entry WHERE action = ? ORDER BY id", (action,)
        ).fetchall()
    finally:
        conn.close()


def review_count(data_dir):
    import sqlite3

    conn = sqlite3.connect(str(data_dir / "villagedesk.sqlite3"))
    try:
        return conn.execute("SELECT count(*) FROM review_signature").fetchone()[0]
    finally:
        conn.close()


def test_writing_and_personal_data_need_the_acting_users_pin(tmp_path):
    accounts = demo_users(tmp_path)
    assert ("258046" in [pin for _, _, pin in accounts]) and all(len(pin) >= 6 for _, _, pin in accounts)
    no_pin = run(tmp_path, "roster", "list")
    assert no_pin.returncode != 0 and "--pin-stdin" in no_pin.stderr and "王" not in no_pin.stdout
    wrong = run(tmp_path, "roster", "list", pin="999999")
    assert wrong.returncode != 0 and "PIN 不正确" in wrong.stderr and wrong.stdout == ""
    before = run(tmp_path, "user", "list", check=True).stdout
    forged = run_in(
        tmp_path, "147258\n", "user", "add", "冒名者", "--role", "SECRETARY", "--admin", "--new-pin-stdin"
    )
    assert forged.returncode != 0
    assert run(tmp_path, "user", "list", check=True).stdout == before
    # the commands that change nothing and show no personal data in full need no PIN
    for args in (["info"], ["print", "--list"], ["matter", "list"], ["audit", "verify"], ["backups"]):
        assert run(tmp_path, *args).returncode == 0, args
    # the PIN may also come before the subcommand
    assert "共 " in run(tmp_path, "roster", "list", check=True, pin=ADMIN_PIN).stdout
    help_text = run(tmp_path, "user", "set-pin", "--help", check=True).stdout
    assert "第一行" in help_text and "第二行" in help_text and "用法：" in help_text


def test_resetting_a_supervisors_pin_does_not_let_anyone_sign_as_them(tmp_path):
    accounts = demo_users(tmp_path)
    admin = next(name for name, role, _ in accounts if "管理员" in role)
    sup, _, sup_pin = next(a for a in accounts if "监委会" in a[1])
    doc = _first_general_notice(tmp_path)
    before = review_count(tmp_path)
    # without the administrator's PIN, no reset
    blind = run_in(tmp_path, "147258\n", "user", "set-pin", sup, "--new-pin-stdin")
    assert blind.returncode != 0
    guessed = run_in(tmp_path, "999999\n147258\n", "--pin-stdin", "user", "set-pin", sup, "--new-pin-stdin")
    assert guessed.returncode != 0 and "PIN" in guessed.stderr
    # the administrator resets it: audited, and the known PIN signs nothing
    reset = run_in(
        tmp_path, f"{ADMIN_PIN}\n147258\n", "--pin-stdin", "user", "set-pin", sup, "--new-pin-stdin"
    )
    assert reset.returncode == 0, reset.stderr
    assert "下次登录时必须设置新 PIN" in reset.stdout
    assert [actor for actor, _ in audit_rows(tmp_path, "pin_reset")] == [admin]
    # not in clear anywhere (hex digests and ids may hold the same digits among other hex digits)
    stored = (tmp_path / "villagedesk.sqlite3").read_bytes().decode("latin-1")
    assert not re.search(r"(?<![0-9A-Za-z])147258(?![0-9A-Za-z])", stored)
    forged = run_in(tmp_path, "147258\n", "--user", sup, "notice", "review", doc, "--pin-stdin")
    assert forged.returncode != 0 and "set-pin" in forged.stderr
    assert review_count(tmp_path) == before
    # the supervisor chooses a new PIN (proving the reset one), then signs with it
    same = run_in(
        tmp_path, "147258\n147258\n", "--user", sup, "--pin-stdin", "user", "set-pin", sup, "--new-pin-stdin"
    )
    assert same.returncode != 0 and "不同" in same.stderr
    own = run_in(
        tmp_path, "147258\n369147\n", "--user", sup, "--pin-stdin", "user", "set-pin", sup, "--new-pin-stdin"
    )
    assert own.returncode == 0, own.stderr
    assert [actor for actor, _ in audit_rows(tmp_path, "pin_change")] == [sup]
    assert (
        run_in(tmp_path, sup_pin + "\n", "--user", sup, "notice", "review", doc, "--pin-stdin").returncode
        != 0
    )
    signed = run_in(tmp_path, "369147\n", "--user", sup, "notice", "review", doc, "--pin-stdin")
    assert signed.returncode == 0, signed.stderr
    assert review_count(tmp_path) == before + 1


def test_a_locked_user_can_do_nothing_on_the_command_line(tmp_path):
    accounts = demo_users(tmp_path)
    clerk, _, clerk_pin = next(a for a in accounts if a[1] == "录入")
    for left in (4, 3, 2, 1):
        proc = run(tmp_path, "--user", clerk, "roster", "list", pin="999999")
        assert proc.returncode != 0 and f"再错 {left} 次" in proc.stderr, proc.stderr
    locked = run(tmp_path, "--user", clerk, "roster", "list", pin="999999")
    assert locked.returncode != 0 and "锁定" in locked.stderr
    for args in (["roster", "list"], ["export", "--to", str(tmp_path / "usb")], ["print", "--list"]):
        proc = run(tmp_path, "--user", clerk, *args, pin=clerk_pin)
        assert proc.returncode != 0 and "锁定" in proc.stderr and proc.stdout == "", args
    assert not (tmp_path / "usb").exists()


def test_a_disabled_user_can_do_nothing(tmp_path):
    accounts = demo_users(tmp_path)
    admin = next(name for name, role, _ in accounts if "管理员" in role)
    clerk, _, clerk_pin = next(a for a in accounts if a[1] == "录入")
    assert run(tmp_path, "--user", clerk, "roster", "list", pin=clerk_pin).returncode == 0
    assert run(tmp_path, "user", "disable", clerk).returncode != 0  # not without the PIN
    run(tmp_path, "user", "disable", clerk, check=True, pin=ADMIN_PIN)
    assert audit_rows(tmp_path, "user_disable") == [(admin, f"user {clerk} disabled")]
    for args in (["roster", "list"], ["print", "--list"], ["info"]):
        proc = run(tmp_path, "--user", clerk, *args, pin=clerk_pin)
        assert proc.returncode != 0 and clerk in proc.stderr, args


def test_user_add_is_audited_and_keeps_to_the_pin_policy(tmp_path):
    demo_users(tmp_path)
    for weak in ("14702", "123456", "121212", "000000"):
        proc = run_in(
            tmp_path,
            f"{ADMIN_PIN}\n{weak}\n",
            "--pin-stdin",
            "user",
            "add",
            "新文书",
            "--role",
            "CLERK",
            "--new-pin-stdin",
        )
        assert proc.returncode != 0 and "PIN" in proc.stderr, weak
    ok = run_in(
        tmp_path,
        f"{ADMIN_PIN}\n147025\n",
        "--pin-stdin",
        "user",
        "add",
        "新文书",
        "--role",
        "CLERK",
        "--new-pin-stdin",
    )
    assert ok.returncode == 0, ok.stderr
    assert [reason for _, reason in audit_rows(tmp_path, "user_add")][-1] == "user 新文书: CLERK"
    assert run(tmp_path, "--user", "新文书", "roster", "list", pin="147025").returncode == 0


def test_a_review_cannot_be_backdated_nor_dated_in_the_future(tmp_path):
    accounts = demo_users(tmp_path)
    sup, _, sup_pin = next(a for a in accounts if "监委会" in a[1])
    doc = _first_general_notice(tmp_path)
    old = run_in(
        tmp_path,
        sup_pin + "\n",
        "--user",
        sup,
        "notice",
        "review",
        doc,
        "--date",
        "2020-01-01",
        "--pin-stdin",
    )
    assert old.returncode != 0 and "2020-01-01" in old.stderr and "保存" in old.stderr
    future = run_in(
        tmp_path,
        sup_pin + "\n",
        "--user",
        sup,
        "notice",
        "review",
        doc,
        "--date",
        "2999-01-01",
        "--pin-stdin",
    )
    assert future.returncode != 0 and "2999-01-01" in future.stderr
    assert (
        run_in(tmp_path, sup_pin + "\n", "--user", sup, "notice", "review", doc, "--pin-stdin").returncode
        == 0
    )
