"""Every user preference declared once, over QSettings; window state kept apart."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    return text


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title: str  # translatable, context "settings"


LARGE_TEXT = Setting(
    "ui/large_text", bool, False, QT_TRANSLATE_NOOP("settings", "Large text mode (大字模式)")
)
LARGE_TEXT_SCALE = Setting(
    "ui/large_text_scale", float, 1.35, QT_TRANSLATE_NOOP("settings", "Large text scale")
)
LAST_PAGE = Setting("ui/last_page", str, "home", QT_TRANSLATE_NOOP("settings", "Page shown at start"))
LAST_USER = Setting("ui/last_user", str, "", QT_TRANSLATE_NOOP("settings", "Last signed-in user"))

REGISTRY: dict[str, Setting] = {s.key: s for s in (LARGE_TEXT, LARGE_TEXT_SCALE, LAST_PAGE, LAST_USER)}


class Preferences:
    """Typed access to the registry; the file lives in the data folder so each centre keeps its own."""

    def __init__(self, path: Path) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._qs.value(setting.key, setting.default)
        if setting.type is bool:
            return value in (True, "true", "1", 1)
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any, *, at_once: bool = True) -> None:
        """``at_once=False`` for what is set at every click (the page last shown): Qt writes the
        file from its event loop soon after and when the desk closes, without a disk write now."""
        if setting.key not in REGISTRY:
            raise KeyError(setting.key)
        self._qs.setValue(setting.key, value)
        if at_once:
            self._qs.sync()

    def title(self, setting: Setting) -> str:
        return QCoreApplication.translate("settings", setting.title)

    # window state: separate group, never mixed with preferences
    def save_geometry(self, name: str, widget: QWidget) -> None:
        self._qs.setValue(f"window/{name}/geometry", widget.saveGeometry())
        self._qs.sync()

    def restore_geometry(self, name: str, widget: QWidget) -> bool:
        value = self._qs.value(f"window/{name}/geometry")
        if isinstance(value, QByteArray) and not value.isEmpty():
            return bool(widget.restoreGeometry(value))
        return False


class GeometryMixin:
    """Restores and saves a top-level window's geometry under its ``geometry_name``."""

    geometry_name = "main"
    preferences: Preferences

    def restore_window_geometry(self) -> bool:
        return self.preferences.restore_geometry(self.geometry_name, self)  # type: ignore[arg-type]

    def save_window_geometry(self) -> None:
        self.preferences.save_geometry(self.geometry_name, self)  # type: ignore[arg-type]
