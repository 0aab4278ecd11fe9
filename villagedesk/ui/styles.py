"""The desk's font size and style sheet (大字模式), kept apart from the pages so that the window can
be styled before any page (or the database layer they use) is imported."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from villagedesk.ui import settings as prefs

_base_point_size: float | None = None


def style_sheet(point_size: float) -> str:
    """Sizes derive from the application font so 大字模式 scales titles and the sidebar too."""
    return (
        f"QLabel#pageTitle {{ font-size: {point_size * 1.5:.1f}pt; font-weight: bold; padding: 4px 0 8px 0; }}\n"
        f"QListWidget#sidebar {{ font-size: {point_size * 1.25:.1f}pt; }}\n"
        "QListWidget#sidebar::item { padding: 8px 6px; }\n"
    )


def apply_text_scale(preferences: prefs.Preferences) -> float:
    """Scale the whole interface's font for 大字模式; returns the point size now in use."""
    global _base_point_size
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    scale = preferences.get(prefs.LARGE_TEXT_SCALE) if preferences.get(prefs.LARGE_TEXT) else 1.0
    size = round(_base_point_size * scale, 1)
    font.setPointSizeF(size)
    # Widgets follow the application font unless one was given its own; the style sheet (headings,
    # the sidebar) is derived from the same size. No per-widget setFont: that would pin each
    # widget's font, so the heading style and a later switch back would no longer apply.
    app.setFont(font)
    app.setStyleSheet(style_sheet(size))
    return font.pointSizeF()
