"""Which records travel to the township: whatever the parts of the desk declare (``Part.record_types``
in their core modules, listed in ``villagedesk/registers.py``); the package code never names one."""

from __future__ import annotations

from villagedesk.core.register import RecordType
from villagedesk.registers import record_types

RECORD_TYPES: list[RecordType] = record_types()
BY_NAME = {t.name: t for t in RECORD_TYPES}


def record_type(name: str) -> RecordType:
    return BY_NAME[name]


__all__ = ["BY_NAME", "RECORD_TYPES", "RecordType", "record_type"]
