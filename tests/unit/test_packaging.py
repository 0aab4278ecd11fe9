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


def test_reportlab_runs_with_its_c_speedup() -> None:
    """Without rl_accel ReportLab falls back to pure Python and a notice takes several times longer."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ != rl_accel.__name__, "ReportLab is using its pure-Python fallbacks"
    spec = (Path(__file__).parents[2] / "packaging" / "villagedesk.spec").read_text(encoding="utf-8")
    assert '"_rl_accel"' in spec  # the bundle names the extension ReportLab imports inside a try
