"""The command line reads the compiled catalogue without Qt, and answers exactly as Qt would."""

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from villagedesk.cli.catalogue import Catalogue, CatalogueError
from villagedesk.paths import resource_path


def test_every_message_translates_as_qt_translates_it():
    from PySide6.QtCore import QTranslator

    qm = resource_path("translations", "villagedesk_zh_CN.qm")
    ours = Catalogue.read(qm)
    qt = QTranslator()
    assert qt.load(str(qm))
    root = ET.parse(resource_path("translations", "villagedesk_zh_CN.ts")).getroot()
    checked = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            assert ours.translate(name, source) == qt.translate(name, source), (name, source)
            checked += 1
    assert checked > 1000 and len(ours) > 1000
    assert ours.translate("core", "no such source text") == ""


def test_a_file_that_is_not_a_catalogue_is_refused(tmp_path):
    bad = tmp_path / "x.qm"
    bad.write_bytes(b"hello")
    with pytest.raises(CatalogueError):
        Catalogue.read(bad)


def test_a_command_speaks_chinese_without_importing_qt():
    probe = (
        "import sys\n"
        "from villagedesk.cli import main\n"
        "code = main(['print'])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env={"PATH": ""})
    assert proc.stdout.strip() == "1 []"
    assert "请给出文档编号" in proc.stderr


@pytest.mark.parametrize(
    "argv, desk",
    [
        ([], True),
        (["--data-dir", "print", "--self-test"], True),  # a folder that happens to be called print
        (["--user", "村文书", "--data-dir=/x"], True),
        (["print", "--list"], False),
        (["--data-dir", "/x", "info"], False),
    ],
)
def test_only_the_desk_start_loads_qts_translator_for_the_command_line(argv, desk):
    from villagedesk.cli import _opens_the_desk

    assert _opens_the_desk(argv) is desk
