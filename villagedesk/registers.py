"""The one list of what the desk is made of: the spine and the registers, in sidebar order.

A new register is its own modules on each floor plus one line here (and one in each of
``documents.MODULES`` (its document kinds by id prefix), ``db.models.MODULES`` (its models, imported
on first use) and ``ui/registers.py``); tests/unit/test_registers_contract.py,
test_documents_manifest.py and test_models_lazy.py fail while one is missing.
"""

from __future__ import annotations

from villagedesk.core.care.register import REGISTER as CARE
from villagedesk.core.deliberation import REGISTER as DELIBERATION
from villagedesk.core.disclosure import REGISTER as DISCLOSURE
from villagedesk.core.general_notice import REGISTER as GENERAL_NOTICE
from villagedesk.core.microservices import REGISTER as MICROSERVICES
from villagedesk.core.register import Part, RecordType, Register
from villagedesk.core.spine import SPINE

REGISTERS: tuple[Register, ...] = (DELIBERATION, DISCLOSURE, CARE, MICROSERVICES, GENERAL_NOTICE)
PARTS: tuple[Part, ...] = (SPINE, *REGISTERS)


def record_types() -> list[RecordType]:
    return [t for part in PARTS for t in part.record_types]


def register(key: str) -> Register:
    for r in REGISTERS:
        if r.key == key:
            return r
    raise KeyError(key)
