"""All mapped models; one module per register. Importing this registers them on Base.metadata."""

from villagedesk.db.models.anchor import AuditAnchor
from villagedesk.db.models.audit import AuditEntry
from villagedesk.db.models.centre import CentreProfile, PartyOrgKind
from villagedesk.db.models.deliberation import (
    CentreSetting,
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
from villagedesk.db.models.roster import Body, Membership, Person, Role, Sex
from villagedesk.db.models.users import AppUser, ReviewSignature, UserRole

__all__ = [
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
