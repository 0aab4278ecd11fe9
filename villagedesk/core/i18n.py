"""Translatable text without Qt.

Core writes English source strings wrapped in ``QT_TRANSLATE_NOOP("core", ...)`` so Qt's lupdate
collects them into the same .ts file as the GUI; the GUI and the CLI translate them with
``QCoreApplication.translate("core", text)`` before formatting. Core itself never imports Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable

CONTEXT = "core"
DEFAULT_LANGUAGE = "zh_CN"


def language() -> str:
    """The desk's and the command line's language (``VILLAGEDESK_LANG``; Simplified Chinese by default)."""
    return os.environ.get("VILLAGEDESK_LANG", DEFAULT_LANGUAGE)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate recognises)
    return text


Translator = Callable[[str], str]


def identity(text: str) -> str:
    return text
