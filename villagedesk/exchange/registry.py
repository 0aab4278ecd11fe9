"""Which records travel to the township, declared once per register.

A later register adds its record types here (model, the fields that are sensitive and travel
encrypted); the package code never changes for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from villagedesk.db import models as m


@dataclass(frozen=True)
class RecordType:
    name: str
    model: type
    sensitive: frozenset[str] = field(default_factory=frozenset)
    exclude: frozenset[str] = field(default_factory=frozenset)  # never leaves the village


RECORD_TYPES: list[RecordType] = [
    RecordType("centre_profile", m.CentreProfile),
    RecordType("centre_setting", m.CentreSetting),
    RecordType("person", m.Person, sensitive=frozenset({"phone", "notes", "birth_date"})),
    RecordType("membership", m.Membership),
    RecordType("general_notice", m.GeneralNotice),
    RecordType("review_signature", m.ReviewSignature),
    RecordType("matter", m.Matter),
    RecordType("meeting", m.Meeting),
    RecordType("matter_disclosure", m.MatterNotice),
]
BY_NAME = {t.name: t for t in RECORD_TYPES}


def record_type(name: str) -> RecordType:
    return BY_NAME[name]
