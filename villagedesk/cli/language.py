"""The command line speaks the desk's language (Simplified Chinese by default; ``VILLAGEDESK_LANG=en``
for English): its own help and messages (context "cli"), and argparse's usage lines and usage errors.

argparse looks its messages up through ``gettext`` at the moment it uses them, so they are routed
through the same Qt catalogue here. Ids, kinds and states meant for scripts (``notice-3``,
``IN_PROGRESS``, tab-separated columns) stay as they are.
"""

from __future__ import annotations

import argparse
import copy
from typing import Any, Protocol

from villagedesk.core.i18n import QT_TRANSLATE_NOOP

# lupdate files the module-level say()/tx() calls (aliases of QT_TR_NOOP, see
# packaging/update_translations.py) under the empty context name: that is the command line's context.
CLI = ""

# argparse's own messages (CPython's argparse, as its ``_()`` and ``ngettext()`` calls spell them).
_ARGPARSE = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


class _Lookup(Protocol):
    def translate(self, context: str, text: str, /) -> str: ...


_catalogue: _Lookup | None = None


def load_catalogue(lang: str | None = None, *, qt: bool = False) -> None:
    """The user's language for the command line: the compiled catalogue read without Qt (see
    catalogue.py), or Qt's translator when the file is one that reader does not understand or when
    ``qt`` (the desk is about to open and loads it anyway). Raises RuntimeError when the catalogue
    cannot be loaded (the CLI then speaks English source text)."""
    global _catalogue
    if qt:
        from villagedesk import i18n

        _catalogue = i18n.load_translator(lang)
        return
    from villagedesk.core.i18n import language
    from villagedesk.paths import resource_path

    lang = lang or language()
    if lang.startswith("en"):
        _catalogue = None
        return
    try:
        qm = resource_path("translations", f"villagedesk_{lang}.qm")
    except FileNotFoundError as exc:
        raise RuntimeError(str(exc)) from exc
    from villagedesk.cli.catalogue import Catalogue, CatalogueError

    try:
        _catalogue = Catalogue.read(qm)
    except (OSError, CatalogueError):
        from villagedesk import i18n

        _catalogue = i18n.load_translator(lang)


def translate(context: str, text: str) -> str:
    if _catalogue is None or not text:
        return text
    return _catalogue.translate(context, text) or text


def tx(text: str, /, **fields: Any) -> str:
    """A CLI message in the user's language, its ``{fields}`` filled in after translation."""
    translated = translate(CLI, text)
    return translated.format(**fields) if fields else translated


def say(text: str, /, *, stream: Any = None, **fields: Any) -> None:
    """Print a CLI message in the user's language (standard output unless ``file``)."""
    print(tx(text, **fields), file=stream)


def _gettext(text: str) -> str:
    return translate("argparse", text)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate("argparse", singular if count == 1 else plural)


def speak() -> None:
    """Route argparse's messages through the catalogue (call once the translator is loaded)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Help text in the user's language: descriptions, epilogs and each option's help are source
    strings written as ``tx("…")`` (translated when the parser is built, after the translator is
    loaded); what argparse adds itself (its --help and --version lines) is translated here."""

    def _expand_help(self, action: argparse.Action) -> str:
        if action.help and action.help is not argparse.SUPPRESS:
            action = copy.copy(action)
            action.help = _translated_help(action.help)
        return super()._expand_help(action)


def _translated_help(text: str) -> str:
    return translate("argparse", text)  # argparse's own --help / --version lines; others pass through


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose subcommands share its formatter (argparse does not pass it on)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
