"""The command line's translations, read from the compiled Qt catalogue (.qm) without Qt.

A command only looks strings up by context and source text; importing QtCore for that cost a
sixth of a second at every command. lrelease writes each message with its context, source text,
comment and translation (UTF-16), so the catalogue is read here into a dictionary. A file this
reader does not understand makes ``read`` fail, and the caller falls back to Qt's own translator.
The desk (and the township window) load Qt's translator as before.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69  # the section holding the messages; the others (hashes, language, rules) are not needed
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF


class CatalogueError(ValueError):
    """Not a catalogue this reader understands."""


class Catalogue:
    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        self._messages = messages

    def translate(self, context: str, text: str) -> str:
        """The translation, or "" when there is none (as QTranslator.translate answers)."""
        return self._messages.get((context, text), "")

    def __len__(self) -> int:
        return len(self._messages)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        data = path.read_bytes()
        if not data.startswith(MAGIC):
            raise CatalogueError(f"{path}: not a Qt translation file")
        pos, messages = len(MAGIC), b""
        while pos + 5 <= len(data):
            tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
            if tag == _MESSAGES:
                messages = data[pos + 5 : pos + 5 + length]
            pos += 5 + length
        return cls(_messages(messages))


def _messages(block: bytes) -> dict[tuple[str, str], str]:
    """Each message: tagged fields up to an end tag. Where several share a context and source
    text (differing by comment), the one without a comment is the plain lookup's answer."""
    out: dict[tuple[str, str], str] = {}
    plain: set[tuple[str, str]] = set()
    pos, size = 0, len(block)
    translation: str | None = None
    source = context = comment = ""
    while pos < size:
        tag = block[pos]
        pos += 1
        if tag == _END:
            key = (context, source)
            if translation and (key not in out or (not comment and key not in plain)):
                out[key] = translation
                if not comment:
                    plain.add(key)
            translation, source, context, comment = None, "", "", ""
            continue
        if tag == _OBSOLETE1:
            pos += 4
            continue
        if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT) or pos + 4 > size:
            raise CatalogueError(f"unknown field {tag:#x} in the catalogue")
        length = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if length == _NULL:
            continue
        raw = block[pos : pos + length]
        pos += length
        if tag == _TRANSLATION:
            if translation is None:  # the first of plural forms: the commands use no plurals
                translation = raw.decode("utf-16-be")
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")
        else:
            comment = raw.decode("utf-8")
    return out
