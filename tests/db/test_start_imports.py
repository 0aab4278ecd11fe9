"""A normal start (database already at head) pulls in none of the heavy libraries."""

import re
import subprocess
import sys

from villagedesk.db.migrate import head_revision, script_head


def test_head_read_from_the_files_is_alembics_head():
    assert script_head() == head_revision() != ""


def test_opening_a_database_at_head_imports_no_alembic(tmp_path):
    opening = (
        "import sys\n"
        "from villagedesk.db.store import open_store\n"
        "from villagedesk.paths import DataDir\n"
        f"open_store(DataDir.resolve({str(tmp_path)!r})).close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'reportlab', 'cryptography', 'openpyxl'}))\n"
    )
    subprocess.run([sys.executable, "-c", opening], check=True, capture_output=True)  # creates: migrates
    out = subprocess.run([sys.executable, "-c", opening], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]", "a database at head opens without these"


def test_the_desk_opening_on_the_home_page_imports_none_of_them(tmp_path, demo_templates):
    """The home page's first-run checklist asks whether a township key is installed: without a key
    file that must not pull in cryptography (nor anything else heavy) at start."""
    import os

    from villagedesk.paths import DataDir

    data_dir = demo_templates.copy_to(DataDir.resolve(tmp_path / "village"))
    assert not (data_dir.keys / "township.pub").exists()
    # Looked at when the shown window is closed (closing may make a first periodic backup, which
    # carries the signing key and so may use cryptography: that is after the start).
    probe = (
        "import sys\n"
        "from villagedesk.cli import main\n"
        "from villagedesk.ui.main_window import MainWindow\n"
        "heavy = {'alembic', 'reportlab', 'cryptography', 'openpyxl'}\n"
        "seen = []\n"
        "close = MainWindow.closeEvent\n"
        "def closing(self, event):\n"
        "    seen.append(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
        "    close(self, event)\n"
        "MainWindow.closeEvent = closing\n"
        f"assert main(['--data-dir', {str(data_dir.root)!r}, '--self-test']) == 0\n"
        "print(seen[0])\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert "self-test ok" in out.stdout


def test_the_window_shows_before_the_database_layer_is_imported(tmp_path, demo_templates):
    """The desk's window is on the screen before SQLAlchemy and the models are imported (the store
    opens in the background after), and the same start still ends with the store attached and the
    page it reopens on filled in (the self-test checks that the window holds the opened store)."""
    import os

    from villagedesk.paths import DataDir

    data_dir = demo_templates.copy_to(DataDir.resolve(tmp_path / "village"))
    probe = (
        "import sys\n"
        "from villagedesk.cli import main\n"
        "from villagedesk.ui.main_window import MainWindow\n"
        "seen = []\n"
        "show = MainWindow.show\n"
        "def showing(self):\n"
        "    seen.append(sorted({m for m in sys.modules if m in ('sqlalchemy', 'villagedesk.db.models')}))\n"
        "    show(self)\n"
        "MainWindow.show = showing\n"
        f"assert main(['--data-dir', {str(data_dir.root)!r}, '--self-test']) == 0\n"
        "print('before show:', seen[0])\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env)
    assert "before show: []" in out.stdout
    found = re.search(r"self-test ok: window shown at ([0-9.]+), ready at ([0-9.]+)", out.stdout)
    assert found, out.stdout
    assert float(found.group(1)) <= float(found.group(2))


def test_building_the_command_line_imports_no_models():
    """Every start (the desk's and every command's) builds the parser: it must stay light. The
    roster's --body choices are spelt out in the CLI and must stay the model's."""
    from villagedesk.cli.registers import BODY_NAMES
    from villagedesk.db.models import Body

    assert BODY_NAMES == tuple(b.name for b in Body)
    probe = "import sys\nfrom villagedesk.cli import build_parser\nbuild_parser()\nprint('sqlalchemy' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "False"


def test_the_desk_start_reads_its_options_without_the_whole_parser():
    """Opening the desk reads only the global options (every command's parser is not built); it
    reads them as the whole parser does, and anything else goes to the whole parser."""
    from villagedesk.cli import _desk_args, build_parser

    argv = ["--data-dir", "/tmp/x", "--user", "张三", "--self-test"]
    quick, whole = _desk_args(argv), build_parser().parse_args(argv)
    assert quick is not None and vars(quick) == {k: v for k, v in vars(whole).items() if k in vars(quick)}
    assert quick.command is None and whole.command is None
    for other in (["print", "general-1"], ["--help"], ["--bogus"], ["--data-dir"], ["--version"]):
        assert _desk_args(other) is None, other
