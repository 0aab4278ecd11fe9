"""Loading the Qt translation for the GUI and the CLI (Simplified Chinese by default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from villagedesk.core.i18n import CONTEXT, language
from villagedesk.paths import resource_path

_translator: QTranslator | None = None
_qt_translator: QTranslator | None = None  # Qt's own: standard buttons, file and print dialogs


def load_translator(lang: str | None = None) -> QTranslator | None:
    """Load and install the translator for ``lang``; 'en' uses the English source strings."""
    global _translator
    lang = lang or language()
    if lang.startswith("en"):
        return None
    if _translator is not None and _translator.language().replace("-", "_") == lang:
        translator = _translator  # already loaded (the CLI loads it before the desk's QApplication exists)
        if QCoreApplication.instance() is not None:
            QCoreApplication.installTranslator(translator)
            install_qt_translation(lang)
        return translator
    translator = QTranslator()
    try:
        qm = resource_path("translations", f"villagedesk_{lang}.qm")
    except FileNotFoundError as exc:
        raise RuntimeError(str(exc)) from exc
    if not translator.load(str(qm)):
        raise RuntimeError(f"cannot load translation {qm}")
    _translator = translator
    if QCoreApplication.instance() is not None:
        QCoreApplication.installTranslator(translator)
    install_qt_translation(lang)
    return translator


def install_qt_translation(lang: str | None = None) -> bool:
    """Qt's own strings (OK/Cancel/Yes/No, the file and print dialogs) in the desk's language, from
    the qtbase catalogue that ships with PySide6. Installed once a QApplication exists."""
    global _qt_translator
    lang = lang or language()
    if lang.startswith("en") or QCoreApplication.instance() is None:
        return False
    if _qt_translator is None:
        translator = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not translator.load(f"qtbase_{lang}", folder):
            return False
        _qt_translator = translator
    return QCoreApplication.installTranslator(_qt_translator)


def tr_core(text: str) -> str:
    """Translate a core message source string (works with or without a QCoreApplication)."""
    if _translator is None:
        return text
    translated = _translator.translate(CONTEXT, text)
    return translated or text
