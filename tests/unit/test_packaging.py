"""The wheel finds its packages itself: a new sub-package is never left out of an install."""

import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_source_folder_is_a_package_the_build_finds():
    found = set(runpy.run_path(str(ROOT / "setup.py"), run_name="villagedesk_setup")["packages"]())
    folders = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "villagedesk").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert folders <= found, f"left out of the wheel: {sorted(folders - found)}"
    assert {"villagedesk._resources", "villagedesk._migrations", "villagedesk._migrations.versions"} <= found
