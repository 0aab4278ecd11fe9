"""All mapped models; one module per register.

The models are imported per register when first named (``from villagedesk.db.models import
PrintLog`` imports the general notice's models and what they refer to, nothing else): a print from
the command line does not pay for declaring every register's tables. Whoever looks at the models
as a whole (``Base.registry.mappers``, ``Base.metadata.sorted_tables``: exports, the history, the
township backup) gets every one of them, through ``load_all``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from villagedesk.db.models.anchor import AuditAnchor
    from villagedesk.db.models.audit import AuditEntry
    from villagedesk.db.models.care import (
        CareCategory,
        CareFund,
        CareFundEntry,
        CareSource,
        CareStatus,
        CareTarget,
        CareVisit,
        DisbursementState,
        EntryKind,
    )
    from villagedesk.db.models.centre import CentreProfile, PartyOrgKind
    from villagedesk.db.models.deliberation import (
        Matter,
        MatterNotice,
        MatterNoticeKind,
        MatterStatus,
        Meeting,
        MeetingKind,
        MeetingResult,
        Origin,
        Stage,
    )
    from villagedesk.db.models.disclosure import (
        Disclosure,
        DisclosureFeedback,
        DisclosureLine,
        DisclosureStatus,
        PeriodKind,
    )
    from villagedesk.db.models.exchange import (
        EnrolledVillage,
        ExportLog,
        ImportConflict,
        ReceivedPackage,
        RefusedPackage,
        TownshipInfo,
        TownshipRecord,
    )
    from villagedesk.db.models.general_notice import GeneralNotice, Issuer, PrintLog
    from villagedesk.db.models.microservices import (
        ClosureKind,
        Equipment,
        Inspection,
        InspectionFinding,
        InspectionPhoto,
        ServiceClosure,
        ServiceItem,
        ServiceState,
        StockMovement,
        UsageEntry,
    )
    from villagedesk.db.models.roster import Body, Membership, Person, Role, Sex
    from villagedesk.db.models.settings import CentreSetting
    from villagedesk.db.models.users import AppUser, ReviewSignature, UserRole

# module → the names it provides here
MODULES: dict[str, tuple[str, ...]] = {
    "anchor": ("AuditAnchor",),
    "audit": ("AuditEntry",),
    "care": (
        "CareCategory",
        "CareFund",
        "CareFundEntry",
        "CareSource",
        "CareStatus",
        "CareTarget",
        "CareVisit",
        "DisbursementState",
        "EntryKind",
    ),
    "centre": (
        "CentreProfile",
        "PartyOrgKind",
    ),
    "deliberation": (
        "Matter",
        "MatterNotice",
        "MatterNoticeKind",
        "MatterStatus",
        "Meeting",
        "MeetingKind",
        "MeetingResult",
        "Origin",
        "Stage",
    ),
    "disclosure": (
        "Disclosure",
        "DisclosureFeedback",
        "DisclosureLine",
        "DisclosureStatus",
        "PeriodKind",
    ),
    "exchange": (
        "EnrolledVillage",
        "ExportLog",
        "ImportConflict",
        "ReceivedPackage",
        "RefusedPackage",
        "TownshipInfo",
        "TownshipRecord",
    ),
    "general_notice": (
        "GeneralNotice",
        "Issuer",
        "PrintLog",
    ),
    "microservices": (
        "ClosureKind",
        "Equipment",
        "Inspection",
        "InspectionFinding",
        "InspectionPhoto",
        "ServiceClosure",
        "ServiceItem",
        "ServiceState",
        "StockMovement",
        "UsageEntry",
    ),
    "settings": ("CentreSetting",),
    "roster": (
        "Body",
        "Membership",
        "Person",
        "Role",
        "Sex",
    ),
    "users": (
        "AppUser",
        "ReviewSignature",
        "UserRole",
    ),
}
_WHERE = {name: module for module, names in MODULES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


_all_loaded = False


def load_all() -> None:
    """Import every register's models (idempotent; nothing to do once done)."""
    global _all_loaded
    if not _all_loaded:
        for module in MODULES:
            importlib.import_module(f"{__name__}.{module}")
        _all_loaded = True


__all__ = [
    "Disclosure",
    "DisclosureFeedback",
    "DisclosureLine",
    "DisclosureStatus",
    "PeriodKind",
    "CareCategory",
    "CareFund",
    "CareFundEntry",
    "CareSource",
    "CareStatus",
    "CareTarget",
    "CareVisit",
    "DisbursementState",
    "EntryKind",
    "ClosureKind",
    "Equipment",
    "Inspection",
    "InspectionFinding",
    "InspectionPhoto",
    "ServiceClosure",
    "ServiceItem",
    "ServiceState",
    "StockMovement",
    "UsageEntry",
    "AuditAnchor",
    "EnrolledVillage",
    "ExportLog",
    "ImportConflict",
    "ReceivedPackage",
    "RefusedPackage",
    "TownshipInfo",
    "TownshipRecord",
    "CentreSetting",
    "MatterNoticeKind",
    "Matter",
    "MatterNotice",
    "MatterStatus",
    "Meeting",
    "MeetingKind",
    "MeetingResult",
    "Origin",
    "Stage",
    "AppUser",
    "AuditEntry",
    "Body",
    "CentreProfile",
    "GeneralNotice",
    "Issuer",
    "PrintLog",
    "Membership",
    "PartyOrgKind",
    "Person",
    "ReviewSignature",
    "Role",
    "Sex",
    "UserRole",
]
