"""Every printable document, whatever its register: find them, build their PDFs, log each print.

The GUI and the CLI both come here, so a PDF previewed, printed, saved or exported is the same
bytes, and every print lands in the print log. Each register has a module here exporting ``KINDS``:
one ``DocumentKind`` per kind of document, which lists its documents, finds one by id without
listing the others, and knows its own posting and locking rules. ``MODULES`` is the manifest.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.base import utcnow
from villagedesk.db.models import CentreProfile, PrintLog

if TYPE_CHECKING:
    from villagedesk.notices.document import CentreInfo, Review

F_DOCUMENT = QT_TRANSLATE_NOOP("core", "Document")
R_NOT_POSTED_KIND = QT_TRANSLATE_NOOP("core", "is filed, not posted on the board")


@dataclass(frozen=True)
class Printable:
    id: str  # "<prefix>-<row id>", stable and typed on the command line
    kind: str  # stored in the print log and review signatures: never renamed
    kind_label: str
    title: str
    date: dt.date
    uuid: str
    version: int
    locked: bool
    build: Callable[[], tuple[bytes, str]]  # → (pdf bytes, content hash)
    # What a supervision review of this document signs: the hash of its content as it prints, without
    # the review line itself. Empty: the built PDF's content hash.
    review_hash: str = ""


class DocumentKind:
    """One kind of printable document. A register's module subclasses it once per kind."""

    prefix: str = ""
    kind: str = ""
    label: str = ""
    field_label: str = F_DOCUMENT  # translatable: names the document in a refusal

    def list(self, session: Session) -> Iterator[Printable]:
        raise NotImplementedError

    def get(self, session: Session, row_id: int) -> Printable:
        """One document by its row id; KeyError when there is none of this kind."""
        raise NotImplementedError

    def sign_review(
        self,
        session: Session,
        item: Printable,
        signer: str,
        pin: str,
        opinion: str,
        day: dt.date,
        today: dt.date | None,
    ) -> None:
        """Record a supervision review of ``item``; a register with its own review rules overrides this."""
        from villagedesk.core import review

        review.sign_review(
            session,
            record_kind=item.kind,
            record_uuid=item.uuid,
            record_version=item.version,
            content_hash=item.review_hash or item.build()[1],
            signer=signer,
            pin=pin,
            opinion=opinion,
            day=day,
            today=today,
        )

    def check_postable(self, session: Session, item: Printable, digest: str) -> None:
        """Refuse before anything is printed when the document cannot be posted (e.g. no review yet)."""

    def mark_posted(self, session: Session, item: Printable, actor: str, digest: str, day: dt.date) -> None:
        """Record the posting, in the transaction that locks the record."""
        raise ValidationError.single(self.field_label, R_NOT_POSTED_KIND)


# The manifest: each register's document module and the (prefix, kind) of every document kind it
# declares in its KINDS, so that one document is found by importing its own register's module only
# (a print from the command line does not pay for every register's code). A test holds this table
# to the modules' KINDS.
MODULES: dict[str, tuple[tuple[str, str], ...]] = {
    "general_notice": (("general", "general_notice"),),
    "deliberation": (
        ("resolution", "deliberation_resolution"),
        ("result", "deliberation_result"),
        ("book", "deliberation_record_book"),
    ),
    "disclosure": (("disclosure", "disclosure"),),
    "care": (
        ("caredisb", "care_disbursement"),
        ("carevisits", "care_visit_list"),
        ("carefund", "care_fund_statement"),
    ),
    "microservices": (
        ("guide", "service_guide"),
        ("servicestats", "service_stats"),
        ("servicestatsyears", "service_stats_years"),
    ),
}


def module_kinds(module: str) -> tuple[DocumentKind, ...]:
    """One register's kinds (imported here, not at start-up: PDFs pull in ReportLab)."""
    kinds_of: tuple[DocumentKind, ...] = importlib.import_module(f"villagedesk.documents.{module}").KINDS
    return kinds_of


def kinds() -> tuple[DocumentKind, ...]:
    """Every kind of every register, in the manifest's order."""
    return tuple(kind for module in MODULES for kind in module_kinds(module))


def _kind_where(position: int, value: str) -> DocumentKind:
    for module, pairs in MODULES.items():
        if any(pair[position] == value for pair in pairs):
            for kind in module_kinds(module):
                if (kind.prefix, kind.kind)[position] == value:
                    return kind
    raise KeyError(value)


def kind_named(kind: str) -> DocumentKind:
    return _kind_where(1, kind)


def prepare() -> Callable[[], None]:
    """Load, on a second thread, ReportLab's layout engine and the parsed fonts while the caller
    opens the store and checks the PIN, whose hashing leaves the interpreter free; returns the wait
    for it. Only modules the caller does not import meanwhile are loaded there (ReportLab and the
    font module, which import nothing of ours but files and paths), so the two threads never wait
    for each other's half-imported modules. A failure is left for the build to meet and report."""
    import threading

    def load() -> None:
        try:
            import reportlab.platypus  # noqa: F401  (the bulk of a notice's imports)

            from villagedesk.notices.fonts import fonts

            fonts()
        except Exception:  # noqa: S110  (the build meets the same problem and reports it)
            pass

    import villagedesk.files  # noqa: F401  (imported here first: the font module needs it)
    import villagedesk.paths  # noqa: F401

    worker = threading.Thread(target=load, name="prepare-print", daemon=True)
    worker.start()
    return worker.join


def printables(session: Session) -> list[Printable]:
    items: list[Printable] = []
    for kind in kinds():
        items.extend(kind.list(session))
    return sorted(items, key=lambda p: (p.date, p.id), reverse=True)


def find_printable(session: Session, printable_id: str) -> Printable:
    """One document by its printable id, without building the others."""
    prefix, _, number = printable_id.rpartition("-")
    if not number.isdigit():
        raise KeyError(printable_id)
    try:
        kind = _kind_where(0, prefix)
    except KeyError:
        raise KeyError(printable_id) from None
    return kind.get(session, int(number))


def sign_review(
    session: Session,
    item: Printable,
    *,
    signer: str,
    pin: str,
    opinion: str,
    day: dt.date,
    today: dt.date | None = None,
) -> None:
    """The one way a supervision review is signed, from the desk or the command line: the reviewer's own
    PIN now, over the content the document prints now; the document's kind applies its own rules."""
    kind_named(item.kind).sign_review(session, item, signer, pin, opinion, day, today)


def check_postable(session: Session, item: Printable, digest: str) -> None:
    kind_named(item.kind).check_postable(session, item, digest)


def mark_posted(
    session: Session, item: Printable, actor: str, content_hash: str, day: dt.date | None = None
) -> None:
    """Printing for posting locks the record: later changes make a new revision."""
    kind = kind_named(item.kind)
    kind.check_postable(session, item, content_hash)
    kind.mark_posted(session, item, actor, content_hash, day or dt.date.today())


def log_print(
    session: Session,
    item: Printable,
    action: str,
    actor: str,
    content_hash: str,
    pages: int = 0,
    copies: int = 1,
    target: str = "",
) -> PrintLog:
    from villagedesk.core.users import Action, require

    require(session, Action.POST if action == "post" else Action.PRINT)
    entry = PrintLog(
        at=utcnow(),
        actor=actor,
        action=action,
        document_kind=item.kind,
        document_uuid=item.uuid,
        document_version=item.version,
        title=item.title[:200],
        content_hash=content_hash,
        pages=pages,
        copies=copies,
        target=target[:400],
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Output:
    """One document as it leaves the desk: printed, saved, or printed for posting."""

    item: Printable
    digest: str
    pages: int = 0
    target: str = ""


def record_output(
    session: Session,
    outputs: list[Output],
    action: str,
    actor: str,
    day: dt.date,
    copies: int = 1,
) -> None:
    """The one place both fronts record what they print, save or post, in the caller's transaction:
    a post is checked first (e.g. its review), logged, and locks the record before any job goes to
    a printer, so a printer that jams later leaves a post that can simply be printed again."""
    if action == "post":
        for out in outputs:
            check_postable(session, out.item, out.digest)
    for out in outputs:
        log_print(session, out.item, action, actor, out.digest, out.pages, copies, out.target)
        if action == "post":
            mark_posted(session, out.item, actor, out.digest, day)


def print_log(session: Session, limit: int = 200) -> list[PrintLog]:
    return list(session.scalars(select(PrintLog).order_by(PrintLog.id.desc()).limit(limit)))


def centre_info(centre: CentreProfile) -> CentreInfo:
    from villagedesk.notices.document import CentreInfo

    return CentreInfo(
        village_name=centre.village_name,
        committee_name=centre.committee_name,
        party_org_name=centre.party_org_name,
        township_name=centre.township_name,
        objection_phone=centre.objection_phone,
        supervision_phone=centre.supervision_phone,
        township_phone=centre.township_phone,
    )


def signed_review(session: Session, record_uuid: str, digest: str) -> Review | None:
    """The supervision review line to print, when a signature covers exactly this content."""
    from villagedesk.core.review import current_review
    from villagedesk.notices.document import Review

    signature = current_review(session, record_uuid, digest)
    return (
        None if signature is None else Review(signature.opinion, signature.signer_name, signature.review_date)
    )


def row_id(item: Printable) -> int:
    return int(item.id.rpartition("-")[2])


__all__ = [
    "DocumentKind",
    "Output",
    "Printable",
    "centre_info",
    "check_postable",
    "find_printable",
    "kind_named",
    "kinds",
    "module_kinds",
    "prepare",
    "log_print",
    "mark_posted",
    "print_log",
    "printables",
    "record_output",
    "row_id",
    "signed_review",
]
