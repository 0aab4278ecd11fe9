"""Installing or replacing the township key at the village: the administrator only, with the old and
the new fingerprint side by side, confirmed and with a PIN; at the desk and on the command line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import TESTER_PIN
from villagedesk.core import users
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import UserRole
from villagedesk.exchange import township as tw
from villagedesk.exchange.keys import installed_township_key
from villagedesk.exchange.township import open_township
from villagedesk.ui.main_window import MainWindow

CLERK_PIN = "975318"


def township_key(tmp_path, name: str):  # type: ignore[no-untyped-def]
    engine, town = open_township(f"sqlite:///{tmp_path / (name + '.sqlite3')}")
    with unit_of_work(town) as s:
        key = tw.public_key(tw.init_township(s, "盐东镇", "320902104"))
    engine.dispose()
    path = tmp_path / f"{name}.pub"
    path.write_text(key.to_json(), encoding="utf-8")
    return path, key


@pytest.fixture
def page(qtbot, desk):  # type: ignore[no-untyped-def]
    with unit_of_work(desk.store.sessions, actor="tester") as s:
        users.create_user(s, "小钱", UserRole.CLERK, CLERK_PIN)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    return window.show_page("exchange")


def test_replacing_the_key_shows_both_fingerprints_and_needs_the_admin_pin(page, desk, tmp_path):
    first, first_key = township_key(tmp_path, "first")
    second, second_key = township_key(tmp_path, "second")
    keys = desk.store.data_dir.keys
    desk.dialogs.file_answers = [str(first)]
    desk.dialogs.secret_answers = [TESTER_PIN]
    page.install_key()
    assert installed_township_key(keys).fingerprint == first_key.fingerprint
    # replacing: the confirmation shows the installed and the new fingerprint side by side
    desk.dialogs.file_answers = [str(second)]
    desk.dialogs.confirm_answers = [False]
    page.install_key()
    shown = desk.dialogs.texts("confirm")[-1]
    assert first_key.fingerprint in shown and second_key.fingerprint in shown and "<table>" in shown
    assert shown.index(first_key.fingerprint) < shown.index(second_key.fingerprint)
    assert installed_township_key(keys).fingerprint == first_key.fingerprint  # declined: unchanged
    # a wrong PIN changes nothing and counts towards the lockout
    desk.dialogs.file_answers = [str(second)]
    desk.dialogs.secret_answers = ["135792"]
    page.install_key()
    assert "4" in desk.dialogs.texts("warning")[-1]
    assert installed_township_key(keys).fingerprint == first_key.fingerprint
    desk.dialogs.file_answers = [str(second)]
    desk.dialogs.secret_answers = [TESTER_PIN]
    page.install_key()
    assert installed_township_key(keys).fingerprint == second_key.fingerprint
    assert second_key.fingerprint in desk.dialogs.texts("info")[-1]


def test_a_clerk_cannot_install_or_replace_the_key(page, desk, tmp_path):
    first, first_key = township_key(tmp_path, "first")
    desk.user = "小钱"
    desk.dialogs.file_answers = [str(first)]
    desk.dialogs.secret_answers = [CLERK_PIN]
    page.install_key()
    assert installed_township_key(desk.store.data_dir.keys) is None
    assert "小钱" in desk.dialogs.texts("warning")[-1] and not desk.dialogs.texts("confirm")


def test_command_line_shows_both_fingerprints_and_only_the_admin_replaces(desk, tmp_path):
    with unit_of_work(desk.store.sessions, actor="tester") as s:
        users.create_user(s, "小钱", UserRole.CLERK, CLERK_PIN)
    first, first_key = township_key(tmp_path, "first")
    second, second_key = township_key(tmp_path, "second")
    keys = desk.store.data_dir.keys
    desk.store.close()  # the command line takes the data folder's lock
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="en")

    def run(*args: str, user: str = "tester", pin: str = TESTER_PIN) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "villagedesk",
                "--data-dir",
                str(desk.store.data_dir.root),
                "--user",
                user,
                "--pin-stdin",
                "township-key",
                "import",
                *args,
            ],
            input=pin + "\n",
            capture_output=True,
            text=True,
            env=env,
        )

    assert run(str(first), "--yes").returncode == 0
    clerk = run(str(second), "--yes", user="小钱", pin=CLERK_PIN)
    assert clerk.returncode == 1 and "may not install or replace the township key" in clerk.stderr
    assert installed_township_key(keys).fingerprint == first_key.fingerprint
    unconfirmed = run(str(second))
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    table = unconfirmed.stdout.splitlines()
    fingerprints = next(line for line in table if line.startswith("fingerprint"))
    assert first_key.fingerprint in fingerprints and second_key.fingerprint in fingerprints
    assert installed_township_key(keys).fingerprint == first_key.fingerprint
    wrong = run(str(second), "--yes", pin="135792")
    assert wrong.returncode == 1 and installed_township_key(keys).fingerprint == first_key.fingerprint
    assert run(str(second), "--yes").returncode == 0
    assert installed_township_key(keys).fingerprint == second_key.fingerprint
