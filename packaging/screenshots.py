"""Screenshots of every page and the main forms at 1024×768, for reviewers: docs/screens/*.png.

    python packaging/screenshots.py

A demo village is made in a temporary folder; the desk is opened offscreen on a 1024×768 screen
(the smallest a village PC has); every page the sidebar lists (so a new register's page is taken
too) and the main forms are grabbed. Run it again after changing a screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screens"
SCREEN = ROOT / "tests" / "offscreen-1024x768.json"


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "villagedesk", "--data-dir", tmp, "demo", "--as-of", "2026-11-26"],
            check=True,
            capture_output=True,
        )
        return _grab(Path(tmp))


def _grab(data: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from villagedesk.core import users
    from villagedesk.db.models import MatterNoticeKind, MeetingKind
    from villagedesk.i18n import load_translator
    from villagedesk.paths import DataDir
    from villagedesk.ui.app import build_desk, ensure_application
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.main_window import MainWindow, default_pages

    ensure_application()
    load_translator()
    ctx = build_desk(DataDir.resolve(data), RecordingDialogs())
    with ctx.read() as session:
        admin = users.administrator(session)
        ctx.user = admin.name if admin else users.SYSTEM_ACTOR
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow(ctx)
    window.show()
    shots = []

    def save(widget, name: str) -> None:  # noqa: ANN001
        widget.show()
        QApplication.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        shots.append(name)

    for number, spec in enumerate(default_pages(), start=1):
        window.show_page(spec.key)
        save(window, f"page-{number:02d}-{spec.key}")
    matters = window.show_page("deliberation")
    save(matters.new_matter(), "form-deliberation-new-matter")
    for row in matters.model.rows:
        matters.select_matter(row.id)
        dialog = matters.record_meeting()
        if dialog is not None and dialog.kind.findData(MeetingKind.PARTY_GENERAL) >= 0:
            dialog.kind.setCurrentIndex(dialog.kind.findData(MeetingKind.PARTY_GENERAL))
            save(dialog, "form-deliberation-meeting")
            dialog.reject()
            break
    for row in matters.model.rows:
        matters.select_matter(row.id)
        notice = matters.add_matter_notice(MatterNoticeKind.RESULT)
        if notice is not None and notice.isVisible():
            save(notice, "form-deliberation-result-disclosure")
            notice.reject()
            break
    save(window.show_page("general_notice").new_notice(), "form-general-notice")
    save(window.show_page("roster").add_person(), "form-roster-person")
    # every dialog a page lists in its tour (Page.tour), so a new register's dialogs are taken too
    for spec in default_pages():
        page = window.show_page(spec.key)
        for name, opener in page.tour():
            dialog = opener()
            if dialog is not None:
                save(dialog, f"dialog-{spec.key}-{name}")
                dialog.reject()
    # 大字模式 on the main pages
    settings = window.show_page("settings")
    settings.large_text.setChecked(True)
    for key in ("home", "deliberation", "settings"):
        window.show_page(key)
        save(window, f"large-text-{key}")
    settings = window.show_page("settings")
    settings.large_text.setChecked(False)
    print(f"{len(shots)} screenshots in {OUT.relative_to(ROOT)}")
    ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
