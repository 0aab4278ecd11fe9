"""Refresh the translation catalogue from the sources and compile it.

    python packaging/update_translations.py          # lupdate + lrelease
    python packaging/update_translations.py --check  # exit 1 if sources have strings the .ts lacks
    python packaging/update_translations.py --from OTHER.ts [...]  # also take translations from other
                                                   # copies of the catalogue (e.g. both sides of a merge)

Edit resources/translations/villagedesk_zh_CN.ts with Qt Linguist (pyside6-linguist) or by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "villagedesk_zh_CN.ts"
QM = TS.with_suffix(".qm")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "villagedesk").rglob("*.py"))


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return exe


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            # the command line's say()/tx() (villagedesk/cli/language.py): module-level calls, so
            # lupdate files them under the empty context name
            "-tr-function-alias",
            "QT_TR_NOOP+=tx,QT_TR_NOOP+=say",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease() -> None:
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True, capture_output=True)


def missing_sources() -> list[str]:
    """Source strings in the code that the committed .ts does not translate."""
    import xml.etree.ElementTree as ET

    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.ts"
        shutil.copy(TS, probe)
        lupdate(probe)
        tree = ET.parse(probe)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def fill_from(sources: list[Path]) -> int:
    """Fill untranslated messages of the catalogue from other copies of it; returns how many."""
    import xml.etree.ElementTree as ET

    known: dict[tuple[str, str], str] = {}
    for other in sources:
        for context in ET.parse(other).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if (
                    translation is not None
                    and translation.get("type") is None
                    and (translation.text or "").strip()
                ):
                    known[(name, message.findtext("source") or "")] = translation.text or ""
    tree = ET.parse(TS)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            if translation is not None and translation.get("type") == "unfinished" and key in known:
                translation.text = known[key]
                del translation.attrib["type"]
                filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    if "--from" in sys.argv:
        others = [Path(a) for a in sys.argv[sys.argv.index("--from") + 1 :]]
        lupdate(TS)
        print(f"filled {fill_from(others)} translations from {len(others)} other catalogue(s)")
        lupdate(TS)
        lrelease()
        sys.exit(0)
    if "--check" in sys.argv:
        missing = missing_sources()
        print("\n".join(missing) or "translation complete")
        sys.exit(1 if missing else 0)
    lupdate(TS)
    lrelease()
    print(f"updated {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
