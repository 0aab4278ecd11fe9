"""The shipped Simplified Chinese translation is complete and compiled."""

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "villagedesk_zh_CN.ts"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_unfinished_entries_in_catalogue():
    unfinished = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr.get("type") == "unfinished" or not (tr.text or "").strip():
                unfinished.append(message.findtext("source"))
    assert unfinished == []


def test_every_source_string_is_translated():
    """Runs lupdate over the code: a new tr() string without a translation fails here."""
    assert _tool().missing_sources() == []


def test_no_tr_inside_fstrings():
    """lupdate cannot see tr() calls inside f-strings, so they would never be translated."""
    offenders = []
    for path in (ROOT / "villagedesk").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""f["'][^"']*\{[^}]*\btr\(""", line):
                offenders.append(f"{path.name}:{number}")
    assert offenders == []


def test_placeholders_survive_translation():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            assert sorted(re.findall(r"\{\w+\}|%\d", source)) == sorted(
                re.findall(r"\{\w+\}|%\d", translation)
            ), source


def test_compiled_catalogue_translates(translator):
    assert translator is not None
    assert translator.translate("core", "Statistical division code") == "统计用区划代码"
    assert translator.translate("MainWindow", "Workbench") == "工作台"
