"""Command line: the same services as the desk, for scripts and for the township.

Exit code 0 on success; on error one line on stderr and a non-zero code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from villagedesk import __version__
from villagedesk.core.errors import ValidationError
from villagedesk.db.lock import AlreadyRunningError
from villagedesk.db.models.roster import Body
from villagedesk.paths import DataDir

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
Handler = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Handler] = {}


class CliError(Exception):
    """A one-line message for the user; the command exits non-zero."""


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _COMMANDS[name] = fn
        return fn

    return register


def _tr(text: str) -> str:
    from villagedesk.i18n import tr_core

    return tr_core(text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="villagedesk", description="VillageDesk 村党群服务中心台账")
    parser.add_argument("--version", action="version", version=f"VillageDesk {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: the user data folder)")
    parser.add_argument("--user", help="act as this user (default: the centre's administrator)")
    parser.add_argument("--self-test", action="store_true", help="open the desk offscreen, check it and quit")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("init", help="create the centre profile without the wizard")
    p.add_argument("--village", required=True)
    p.add_argument("--code", required=True, help="12-digit 统计用区划代码")
    p.add_argument("--township", required=True)
    p.add_argument("--county", default="")
    p.add_argument("--party-org", default="", help="name of the village Party organisation")
    p.add_argument("--party-org-kind", choices=["BRANCH", "GENERAL_BRANCH", "COMMITTEE"], default="BRANCH")
    p.add_argument("--committee", default="", help="name of the villagers' committee")
    p.add_argument("--objection-phone", required=True)
    p.add_argument("--supervision-phone", default="")
    p.add_argument("--township-phone", default="")
    p.add_argument("--one-shoulder", action="store_true", help="secretary is also committee chair (一肩挑)")
    p.add_argument("--posting-day", type=int, default=20)
    p.add_argument("--admin", default="管理员", help="name of the administrator user (default 管理员)")
    p.add_argument("--admin-pin", help="the administrator's PIN (4-12 digits); asked for when omitted")

    sub.add_parser("info", help="print the centre profile, database revision, data folder and fonts")

    p = sub.add_parser("demo", help="fill a new centre with sample data")
    p.add_argument("--years", type=int, default=3)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--as-of", type=_date, default=None, help="the demo's 'today' (default: today)")

    p = sub.add_parser("roster", help="list or import the people roster")
    rsub = p.add_subparsers(dest="roster_command", required=True)
    r = rsub.add_parser("list")
    r.add_argument("--name", default="")
    r.add_argument("--body", choices=[b.name for b in Body])
    r.add_argument("--on", type=_date, default=None)
    r = rsub.add_parser("import", help="import people and memberships from an .xlsx sheet")
    r.add_argument("file")
    p = sub.add_parser("user", help="desk users: list, add, set-pin, disable")
    usub = p.add_subparsers(dest="user_command", required=True)
    usub.add_parser("list")
    u = usub.add_parser("add")
    u.add_argument("name")
    u.add_argument("--role", choices=["CLERK", "SECRETARY", "SUPERVISOR", "VIEWER"], required=True)
    u.add_argument("--person-id", type=int, help="roster person (required for SUPERVISOR)")
    u.add_argument("--admin", action="store_true", help="may manage users and restore backups")
    u.add_argument("--pin-stdin", action="store_true", help="read the new PIN from standard input")
    u = usub.add_parser("set-pin")
    u.add_argument("name")
    u.add_argument("--pin-stdin", action="store_true")
    u = usub.add_parser("disable")
    u.add_argument("name")

    p = sub.add_parser("audit", help="check or show the tamper-evident history")
    asub = p.add_subparsers(dest="audit_command", required=True)
    asub.add_parser("verify", help="walk the whole chain; exit 0 when intact")
    a = asub.add_parser("history", help="the history of one record")
    a.add_argument("uuid")

    p = sub.add_parser("backup", help="make a backup now")
    p.add_argument("--to", help="folder outside the data folder (e.g. a USB stick): the copy is encrypted")
    p.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from standard input")
    p = sub.add_parser("restore", help="restore a backup (the current state is backed up first)")
    p.add_argument("file")
    p.add_argument("--passphrase-stdin", action="store_true")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = sub.add_parser("backups", help="list the automatic and manual backups in the data folder")

    p = sub.add_parser("notice", help="general notices: supervision review")
    nsub = p.add_subparsers(dest="notice_command", required=True)
    n = nsub.add_parser("review", help="sign the supervision review of a notice (as --user, with their PIN)")
    n.add_argument("id", help="document id, e.g. general-3")
    n.add_argument("--opinion", default="同意公开。")
    n.add_argument("--date", type=_date, default=None)
    n.add_argument("--pin-stdin", action="store_true")

    p = sub.add_parser("matter", help="四议两公开: list the major matters and where each stands")
    msub = p.add_subparsers(dest="matter_command", required=True)
    m = msub.add_parser("list")
    m.add_argument("--year", type=int)
    m.add_argument("--status", choices=["IN_PROGRESS", "FAILED", "WITHDRAWN", "COMPLETED"])
    m = msub.add_parser("show")
    m.add_argument("id", type=int)

    p = sub.add_parser("township-key", help="install the township's public key at the village")
    tk = p.add_subparsers(dest="tk_command", required=True)
    t = tk.add_parser("import")
    t.add_argument("file")
    tk.add_parser("show")

    p = sub.add_parser("export", help="write a signed package for the township (to a USB stick)")
    p.add_argument("--to", required=True)
    p.add_argument(
        "--all", action="store_true", help="everything, not only what changed since the last acknowledgement"
    )

    p = sub.add_parser("ack", help="the township's acknowledgement")
    ak = p.add_subparsers(dest="ack_command", required=True)
    a = ak.add_parser("import")
    a.add_argument("file")

    p = sub.add_parser(
        "township", help="the township store: init, enrol, import, report (no subcommand: open its window)"
    )
    p.add_argument("--db", required=True, help="SQLAlchemy URL or a file path for SQLite")
    ts = p.add_subparsers(dest="township_command")
    t = ts.add_parser("init")
    t.add_argument("--name", required=True)
    t.add_argument("--code", required=True, help="9-digit township code")
    t.add_argument("--key-out", default=".", help="folder for the township's public key file")
    t = ts.add_parser("enrol")
    t.add_argument("file", help="a village's public key file (village-CODE.pub)")
    t = ts.add_parser("import")
    t.add_argument("files", nargs="+")
    t.add_argument("--dry-run", action="store_true")
    t.add_argument("--ack-dir", help="where to write the acknowledgements (default: next to each package)")
    t = ts.add_parser("report")
    t.add_argument("--out", required=True, help=".xlsx or .pdf")
    t = ts.add_parser("ack", help="write the acknowledgement of a package already imported")
    t.add_argument("--again", nargs=2, metavar=("VILLAGE", "SEQUENCE"), required=True)
    t.add_argument("--out", default=".", help="folder for the acknowledgement (the village's USB stick)")
    t = ts.add_parser("conflicts", help="list the records a village sent that differ from the stored ones")
    t.add_argument("--village", help="only this village (12-digit code)")
    t.add_argument("--all", action="store_true", help="also the conflicts already decided")
    t = ts.add_parser("resolve", help="decide a conflict: keep the stored record or take the incoming one")
    t.add_argument("id", type=int)
    choice = t.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", action="store_true", help="keep the stored record")
    choice.add_argument("--take", action="store_true", help="take the record the village sent")
    t.add_argument("--by", required=True, help="who decides (kept with the decision)")
    t.add_argument("--reason", default="", help="why (kept with the decision)")
    t = ts.add_parser("pdfs", help="list the posted notices' PDFs a village sent, or save one")
    t.add_argument("village", help="12-digit village code")
    t.add_argument("--save", metavar="ID", help="the number from the list, or the notice's UUID")
    t.add_argument("--out", help="file to save the PDF to")
    t = ts.add_parser("catalogues", help="set the catalogues sent back with every acknowledgement")
    t.add_argument("--major-matters", help="a text file, one category per line")

    p = sub.add_parser("print", help="list printable documents or write their PDFs")
    p.add_argument("ids", nargs="*", help="document ids from --list, e.g. general-3")
    p.add_argument("--list", action="store_true", help="list every printable document")
    p.add_argument("--all", action="store_true", help="write every printable document")
    p.add_argument("--out", help="folder for the PDFs")
    p.add_argument("--post", action="store_true", help="these copies are for posting: lock the notices")
    for extra in _EXTRA_PARSERS:
        extra(sub)
    return parser


_EXTRA_PARSERS: list[Callable[[argparse._SubParsersAction], None]] = []  # type: ignore[type-arg]


def _open(args: argparse.Namespace, lock: bool = True):  # type: ignore[no-untyped-def]
    """Open the store acting as --user (which must exist) or as the centre's administrator."""
    from villagedesk.core import users
    from villagedesk.db.store import open_store

    store = open_store(DataDir.resolve(args.data_dir), lock=lock)
    with store.sessions() as session:
        if args.user:
            user = users.find_user(session, args.user)
            if user is None or not user.active:
                store.close()
                raise CliError(f"no active user called {args.user} (see `villagedesk user list`)")
            actor = user.name
        else:
            admin = users.administrator(session)
            actor = admin.name if admin is not None else users.SYSTEM_ACTOR
    store.sessions.configure(info={"actor": actor})
    args.actor = actor
    return store


def _secret(args: argparse.Namespace, flag: str, prompt: str, confirm: bool = False) -> str:
    """A PIN or passphrase: from standard input with --*-stdin, else asked for at the terminal."""
    if getattr(args, flag, False):
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise CliError(f"{prompt}: run in a terminal or pass --{flag.replace('_', '-')}")
    import getpass

    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != first:
        raise CliError("the two entries are different")
    return first


@command("init")
def cmd_init(args: argparse.Namespace) -> int:
    from villagedesk.core.centre import CentreData, create_centre
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.models import PartyOrgKind

    data = CentreData(
        village_name=args.village,
        division_code=args.code,
        township_name=args.township,
        county_name=args.county,
        party_org_kind=PartyOrgKind[args.party_org_kind],
        party_org_name=args.party_org,
        committee_name=args.committee,
        objection_phone=args.objection_phone,
        supervision_phone=args.supervision_phone,
        township_phone=args.township_phone,
        one_shoulder=args.one_shoulder,
        posting_day=args.posting_day,
    )
    from villagedesk.core.centre import validate_centre

    validate_centre(data)  # refuse before anything is created on disk
    from villagedesk.core import users
    from villagedesk.core.errors import Collector
    from villagedesk.db.models import UserRole

    pin = (
        args.admin_pin
        if args.admin_pin is not None
        else _secret(args, "admin_pin_stdin", "administrator PIN", True)
    )
    errors = Collector()
    users.check_pin(pin, errors)
    errors.raise_if_any()
    store = _open(args)
    with store:
        with unit_of_work(store.sessions, actor=users.SYSTEM_ACTOR) as session:
            centre = create_centre(session, data)
            users.create_user(session, args.admin, UserRole.SECRETARY, pin, is_admin=True)
            print(f"{centre.village_name} {centre.division_code} → {store.data_dir.root}")
            print(f"administrator: {args.admin}")
    return EXIT_OK


@command("info")
def cmd_info(args: argparse.Namespace) -> int:
    from villagedesk.core.centre import find_centre
    from villagedesk.db.migrate import current_revision, head_revision

    store = _open(args, lock=False)
    with store:
        with store.sessions() as session:
            centre = find_centre(session)
            if centre is None:
                print("centre: (not set up — run `villagedesk init` or open the desk)")
            else:
                print(f"village: {centre.village_name} ({centre.division_code})")
                print(f"township: {centre.township_name} ({centre.township_code})")
                print(f"county: {centre.county_name} ({centre.county_code})")
                print(f"party organisation: {centre.party_org_name}")
                print(f"villagers' committee: {centre.committee_name}")
                print(f"objection phone: {centre.objection_phone}")
                print(f"supervision phone: {centre.supervision_phone}")
                print(f"one-shoulder (一肩挑): {'yes' if centre.one_shoulder else 'no'}")
                print(f"posting day: {centre.posting_day}")
        print(f"database revision: {current_revision(store.engine)} (head {head_revision()})")
        print(f"data folder: {store.data_dir.root}")
        print(f"database: {store.data_dir.database}")
        for line in _font_lines():
            print(line)
    return EXIT_OK


def _font_lines() -> list[str]:
    try:
        from villagedesk.notices.fonts import font_report
    except ImportError:
        from villagedesk.paths import resource_path

        return [f"fonts: bundled {resource_path('fonts', 'wqy-microhei.ttc')}"]
    return font_report()


@command("demo")
def cmd_demo(args: argparse.Namespace) -> int:
    from villagedesk.core.centre import find_centre
    from villagedesk.core.demo import fill_demo
    from villagedesk.core.session import unit_of_work

    store = _open(args)
    with store:
        with unit_of_work(store.sessions) as session:
            if find_centre(session) is not None:
                raise CliError(
                    "this data folder already has a centre; demo needs a new, empty folder (--data-dir)"
                )
            summary = fill_demo(session, seed=args.seed, years=args.years, today=args.as_of)
        print(f"demo village {summary.village}: {summary.people} people in {store.data_dir.root}")
        for key, value in summary.counts.items():
            print(f"  {key}: {value}")
        print("demo users (name, role, PIN):")
        for name, role, pin in summary.users:
            print(f"  {name}\t{role}\t{pin}")
    return EXIT_OK


@command("roster")
def cmd_roster(args: argparse.Namespace) -> int:
    from villagedesk.core import roster
    from villagedesk.core.session import unit_of_work

    if args.roster_command == "import":
        from villagedesk.core.roster_import import import_roster_xlsx

        store = _open(args)
        with store:
            from villagedesk.core.backup import make_backup

            make_backup(store.data_dir.database, store.data_dir.backups, "pre-import")
            with unit_of_work(store.sessions, reason="roster import") as session:
                result = import_roster_xlsx(session, args.file)
            print(f"imported {result.people} people, {result.memberships} memberships")
        return EXIT_OK
    store = _open(args, lock=False)
    with store:
        with store.sessions() as session:
            rows = roster.search_people(session, args.name, Body[args.body] if args.body else None, args.on)
            for row in rows:
                bodies = ",".join(b.value for b in row.bodies)
                print(f"{row.id}\t{row.name}\t{row.group_name}\t{bodies}")
            print(f"{len(rows)} people")
    return EXIT_OK


@command("print")
def cmd_print(args: argparse.Namespace) -> int:
    from pathlib import Path

    from villagedesk import documents
    from villagedesk.core.session import unit_of_work
    from villagedesk.files import write_atomically

    if args.list:
        store = _open(args, lock=False)
        with store:
            with store.sessions() as session:
                for item in documents.printables(session):
                    state = "posted" if item.locked else "draft"
                    print(f"{item.id}\t{item.kind}\t{item.date.isoformat()}\t{state}\t{item.title}")
        return EXIT_OK
    if not args.out or not (args.ids or args.all):
        raise CliError("print: give document ids (or --all) and --out DIR, or --list")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    store = _open(args)
    with store:
        with unit_of_work(store.sessions) as session:
            if args.all:
                chosen = documents.printables(session)
            else:
                chosen, unknown = [], []
                for printable_id in args.ids:
                    try:
                        chosen.append(documents.find_printable(session, printable_id))
                    except KeyError:
                        unknown.append(printable_id)
                if unknown:
                    raise CliError(
                        f"print: no such document: {', '.join(unknown)} (see `villagedesk print --list`)"
                    )
            written = []
            for item in chosen:
                pdf, digest = item.build()  # all PDFs are built before anything is written or logged
                if args.post:
                    documents.check_postable(session, item, digest)
                written.append((item, pdf, digest))
            for item, pdf, digest in written:
                path = out / f"{item.id}.pdf"
                write_atomically(path, pdf)
                documents.log_print(
                    session,
                    item,
                    "post" if args.post else "save",
                    args.user or "admin",
                    digest,
                    target=str(path),
                )
                if args.post:
                    documents.mark_posted(session, item, args.user or "admin", digest)
                print(path)
    return EXIT_OK


@command("user")
def cmd_user(args: argparse.Namespace) -> int:
    from villagedesk.core import users
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.models import UserRole

    store = _open(args, lock=args.user_command != "list")
    with store:
        if args.user_command == "list":
            with store.sessions() as session:
                for row in users.users(session, include_inactive=True):
                    flags = ",".join(
                        f for f, on in (("admin", row.is_admin), ("disabled", not row.active)) if on
                    )
                    print(f"{row.name}\t{row.role.name}\t{flags}")
            return EXIT_OK
        with unit_of_work(store.sessions) as session:
            if args.user_command == "add":
                pin = _secret(args, "pin_stdin", f"PIN for {args.name}", confirm=True)
                users.create_user(
                    session,
                    args.name,
                    UserRole[args.role],
                    pin,
                    is_admin=args.admin,
                    person_id=args.person_id,
                )
            elif args.user_command == "set-pin":
                users.set_pin(
                    session, args.name, _secret(args, "pin_stdin", f"new PIN for {args.name}", confirm=True)
                )
            elif args.user_command == "disable":
                users.set_active(session, args.name, False)
        print(f"{args.user_command}: {args.name}")
    return EXIT_OK


@command("audit")
def cmd_audit(args: argparse.Namespace) -> int:
    from villagedesk.core import audit

    store = _open(args, lock=False)
    with store:
        with store.sessions() as session:
            if args.audit_command == "history":
                for line in audit.history(session, args.uuid):
                    changes = "; ".join(f"{k}: {v[0]!r} → {v[1]!r}" for k, v in line.changes.items())
                    reason = f" ({line.reason})" if line.reason else ""
                    print(f"{line.at}\t{line.actor}\t{line.action}\t{changes}{reason}")
                return EXIT_OK
            result = audit.verify_chain(session)
    if result.ok:
        print(f"audit chain intact: {result.entries} entries, {result.records} records")
        return EXIT_OK
    print(f"audit chain BROKEN: {result.problem}", file=sys.stderr)
    return EXIT_ERROR


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from villagedesk.core import users
    from villagedesk.core.backup import make_backup, rotate

    store = _open(args, lock=False)
    with store:
        with store.sessions() as session:
            session.info["actor"] = args.actor
            users.require(session, users.Action.BACKUP)
        folder = Path(args.to).expanduser().resolve() if args.to else store.data_dir.backups
        outside = not folder.is_relative_to(store.data_dir.root)
        passphrase = (
            _secret(args, "passphrase_stdin", "passphrase for the backup", confirm=True) if outside else None
        )
        path = make_backup(store.data_dir.database, folder, "manual", passphrase)
        if not outside:
            rotate(folder)
        print(path)
    return EXIT_OK


@command("backups")
def cmd_backups(args: argparse.Namespace) -> int:
    from villagedesk.core.backup import list_backups

    data_dir = DataDir.resolve(args.data_dir)
    for info in list_backups(data_dir.backups):
        counts = ", ".join(f"{k} {v}" for k, v in info.counts.items())
        print(f"{info.created_at:%Y-%m-%d %H:%M}\t{info.path.name}\t{counts}")
    return EXIT_OK


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from villagedesk.core import users
    from villagedesk.core.backup import inspect_backup, is_encrypted, restore_backup
    from villagedesk.core.centre import find_centre
    from villagedesk.db.migrate import known_revisions, upgrade

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"file not found: {path}")
    passphrase = _secret(args, "passphrase_stdin", "passphrase of the backup") if is_encrypted(path) else None
    store = _open(args)
    with store:
        with store.sessions() as session:
            session.info["actor"] = args.actor
            users.require(session, users.Action.RESTORE)
            centre = find_centre(session)
            own = centre.division_code if centre else None
        info = inspect_backup(path, passphrase)
        counts = ", ".join(f"{k} {v}" for k, v in info.counts.items())
        print(
            f"backup of {info.village_name} ({info.division_code}) made {info.created_at:%Y-%m-%d %H:%M}: {counts}"
        )
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("restore replaces the current data: confirm with --yes")
            if input("restore it? the current state is backed up first [y/N] ").strip().lower() not in (
                "y",
                "yes",
            ):
                print("nothing changed")
                return EXIT_OK
        store.engine.dispose()
        _, safety = restore_backup(
            path, store.data_dir.database, store.data_dir.backups, own, known_revisions(), passphrase
        )
        upgrade(store.engine)
        print(f"restored; the state before the restore is in {safety}")
    return EXIT_OK


@command("notice")
def cmd_notice(args: argparse.Namespace) -> int:
    from villagedesk import documents
    from villagedesk.core import review
    from villagedesk.core.session import unit_of_work

    if not args.user:
        raise CliError("a review is signed by a supervision committee member: name them with --user")
    store = _open(args)
    with store:
        pin = _secret(args, "pin_stdin", f"PIN of {args.actor}")
        session_failed: Exception | None = None
        with unit_of_work(store.sessions) as session:
            try:
                item = documents.find_printable(session, args.id)
            except KeyError:
                raise CliError(f"no such document: {args.id}") from None
            _pdf, digest = item.build()
            try:
                review.sign_review(
                    session,
                    record_kind=item.kind,
                    record_uuid=item.uuid,
                    record_version=item.version,
                    content_hash=digest,
                    signer=args.actor,
                    pin=pin,
                    opinion=args.opinion,
                    day=args.date or dt.date.today(),
                )
            except ValidationError as exc:
                session_failed = exc  # the failed PIN try is committed (lockout counts), the signature is not
        if session_failed is not None:
            raise session_failed
        print(f"{args.id}: reviewed by {args.actor}")
    return EXIT_OK


@command("matter")
def cmd_matter(args: argparse.Namespace) -> int:
    from villagedesk.core import deliberation as d
    from villagedesk.db.models import MatterStatus

    store = _open(args, lock=False)
    with store:
        with store.sessions() as session:
            if args.matter_command == "show":
                matter = d.get_matter(session, args.id)
                print(
                    f"{matter.title}\t{matter.category}\t{matter.status.value}\t动议事由：{matter.origin.value}"
                )
                for item in d.timeline(session, args.id):
                    day = item.day.isoformat() if item.day else "—"
                    print(f"  {day}\t{_tr(item.label)}\t{item.state}")
                return EXIT_OK
            rows = d.list_matters(
                session, args.year, status=MatterStatus[args.status] if args.status else None
            )
            for row in rows:
                stage = _tr(d.STAGE_LABELS[row.next_stage]) if row.next_stage else "—"
                flags = ",".join(
                    f
                    for f, on in (("overdue", row.overdue), ("disclosure-missing", row.missing_disclosure))
                    if on
                )
                print(f"{row.id}\t{row.opened_on}\t{row.status.name}\t{stage}\t{flags}\t{row.title}")
            print(f"{len(rows)} matters")
    return EXIT_OK


@command("township-key")
def cmd_township_key(args: argparse.Namespace) -> int:
    from pathlib import Path

    from villagedesk.core.centre import get_centre
    from villagedesk.exchange.keys import install_township_key, installed_township_key

    store = _open(args)
    with store:
        if args.tk_command == "show":
            key = installed_township_key(store.data_dir.keys)
            print(
                f"{key.name} {key.code} fingerprint {key.fingerprint}" if key else "no township key installed"
            )
            return EXIT_OK
        with store.sessions() as session:
            code = get_centre(session).division_code
        key = install_township_key(store.data_dir.keys, Path(args.file), code)
        print(f"township {key.name} ({key.code}) key installed; fingerprint {key.fingerprint}")
        print("compare this fingerprint with the township by phone before the first export")
    return EXIT_OK


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange.export import export_package

    store = _open(args)
    with store:
        with unit_of_work(store.sessions, reason="export") as session:
            result = export_package(session, store.data_dir, Path(args.to), full=args.all)
        print(result.path)
        print(f"package {result.sequence}: " + ", ".join(f"{k} {v}" for k, v in result.counts.items() if v))
        print(f"village key: {result.key_file}")
    return EXIT_OK


@command("ack")
def cmd_ack(args: argparse.Namespace) -> int:
    from pathlib import Path

    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange.ack import import_ack

    store = _open(args)
    with store:
        with unit_of_work(store.sessions, reason="township acknowledgement") as session:
            result = import_ack(session, store.data_dir, Path(args.file))
        if result.already_applied:
            print(f"package {result.sequence}: this acknowledgement was applied before; nothing changed")
            return EXIT_OK
        print(
            f"package {result.sequence} acknowledged ({result.newly_acknowledged} newly)"
            + (
                f"; catalogues applied: {', '.join(result.catalogues_applied)}"
                if result.catalogues_applied
                else ""
            )
        )
        if result.rejoined:
            voided = (
                f"; packages made here that the township never took: {', '.join(map(str, result.voided))}"
            )
            print(
                "this desk now follows the township's chain (after a restore or on a new PC); changes are "
                f"numbered above {result.high_water}" + (voided if result.voided else "")
            )
    return EXIT_OK


def township_url(text: str) -> str:
    return text if "://" in text else f"sqlite:///{Path(text).expanduser().resolve()}"


def open_township(url: str):  # type: ignore[no-untyped-def]
    from villagedesk.db.engine import make_engine, make_session_factory
    from villagedesk.db.migrate import upgrade

    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    upgrade(engine)
    return engine, make_session_factory(engine, actor="township")


@command("township")
def cmd_township(args: argparse.Namespace) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    url = township_url(args.db)
    if args.township_command is None:
        from villagedesk.ui.township_window import run_township

        return run_township(url)
    engine, sessions = open_township(url)
    try:
        if args.township_command == "init":
            with unit_of_work(sessions) as session:
                info = tw.init_township(session, args.name, args.code)
                key = tw.public_key(info)
            out = Path(args.key_out) / f"township-{key.code}.pub"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(key.to_json(), encoding="utf-8")
            print(f"township {key.name} ({key.code}) store ready; public key {out}")
            print(f"fingerprint {key.fingerprint}")
            return EXIT_OK
        if args.township_command == "enrol":
            with unit_of_work(sessions) as session:
                village = tw.enrol(session, Path(args.file))
                print(f"enrolled {village.name} ({village.code}); fingerprint {village.fingerprint}")
            return EXIT_OK
        if args.township_command == "catalogues":
            catalogues = {}
            if args.major_matters:
                lines = Path(args.major_matters).read_text(encoding="utf-8").splitlines()
                catalogues["major_matters"] = [line.strip() for line in lines if line.strip()]
            with unit_of_work(sessions) as session:
                tw.set_catalogues(session, catalogues)
            print("catalogues set: " + ", ".join(catalogues) if catalogues else "catalogues cleared")
            return EXIT_OK
        if args.township_command == "report":
            out = Path(args.out)
            with sessions() as session:
                rows = tw.overview(session)
                if out.suffix.lower() == ".pdf":
                    out.write_bytes(tw.report_pdf(session, rows, _tr))
                else:
                    tw.report_xlsx(rows, out, _tr)
            print(out)
            return EXIT_OK
        if args.township_command == "ack":
            code, number = args.again
            if not number.isdigit():
                raise CliError(f"not a package number: {number}")
            with unit_of_work(sessions, reason=f"acknowledge {code} {number} again") as session:
                path = tw.write_ack_for(session, code, int(number), Path(args.out))
            print(path)
            return EXIT_OK
        if args.township_command == "conflicts":
            with sessions() as session:
                rows = tw.list_conflicts(session, args.village, include_decided=args.all)
            for c in rows:
                decided = f"  {c.decision} by {c.decided_by}" + (f" ({c.reason})" if c.reason else "")
                print(
                    f"{c.id}\t{c.village_code}\t{c.record_type}\t{c.uuid}\tstored v{c.stored_version}"
                    f"\tincoming v{c.incoming_version} (package {c.package_sequence})"
                    f"\tdiffers: {', '.join(c.fields) or '-'}" + (decided if c.decision else "")
                )
            print(f"{len(rows)} conflicts" + ("" if args.all else " to decide"))
            return EXIT_OK
        if args.township_command == "resolve":
            with unit_of_work(sessions, reason=f"conflict {args.id}") as session:
                row = tw.resolve_conflict(session, args.id, take=args.take, by=args.by, reason=args.reason)
            print(f"conflict {row.id}: {row.decision} ({row.record_type} {row.uuid}) by {row.decided_by}")
            return EXIT_OK
        if args.township_command == "pdfs":
            with sessions() as session:
                if args.save:
                    if not args.out:
                        raise CliError("--save needs --out FILE")
                    Path(args.out).write_bytes(tw.notice_pdf(session, args.village, args.save))
                    print(args.out)
                    return EXIT_OK
                pdfs = tw.list_notice_pdfs(session, args.village)
            for pdf in pdfs:
                print(
                    f"{pdf.id}\t{pdf.notice_uuid}\tpackage {pdf.package_sequence}\t{pdf.size // 1024} KB\t{pdf.title}"
                )
            print(f"{len(pdfs)} notice PDFs")
            return EXIT_OK
        refused = 0
        for name in args.files:
            outcome = tw.import_file(
                sessions, Path(name), Path(args.ack_dir) if args.ack_dir else None, dry_run=args.dry_run
            )
            if outcome.refusal is not None:
                print(
                    f"REFUSED {outcome.path.name}: {outcome.refusal.refusal.value}: {outcome.message(_tr)}",
                    file=sys.stderr,
                )
                refused += 1
                continue
            if outcome.failure:
                print(f"FAILED {outcome.path.name}: {outcome.message(_tr)}", file=sys.stderr)
                refused += 1
                continue
            report = outcome.report
            assert report is not None
            state = (
                "already imported, nothing changed"
                if report.already_imported
                else ("dry run" if args.dry_run else "imported")
            )
            print(
                f"{outcome.path.name}: {report.village_name} ({report.village_code}) package {report.sequence}: {state}"
            )
            for type_name, summary in report.summary.items():
                if summary.new or summary.updated or summary.conflicts:
                    print(
                        f"  {type_name}: new {summary.new}, updated {summary.updated}, "
                        f"unchanged {summary.unchanged}, conflicts {summary.conflicts}"
                    )
            if outcome.ack is not None:
                print(f"  acknowledgement: {outcome.ack}")
            if outcome.ack_failure:
                print(f"NO ACKNOWLEDGEMENT {outcome.path.name}: {outcome.message(_tr)}", file=sys.stderr)
                refused += 1
        return EXIT_ERROR if refused else EXIT_OK
    finally:
        engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from villagedesk.i18n import load_translator

    try:
        load_translator()
    except RuntimeError:
        pass  # the CLI still works in English source text
    if args.command is None:
        from villagedesk.ui.app import run_desk

        return run_desk(args)
    try:
        return _COMMANDS[args.command](args)
    except ValidationError as exc:
        print(exc.render(_tr).replace("\n", "; "), file=sys.stderr)
        return EXIT_ERROR
    except AlreadyRunningError:
        print(_tr(LOCKED_MESSAGE), file=sys.stderr)
        return EXIT_LOCKED
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    except FileNotFoundError as exc:
        print(f"file not found: {exc.filename or exc}", file=sys.stderr)
        return EXIT_ERROR


from villagedesk.core.i18n import QT_TRANSLATE_NOOP  # noqa: E402

LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "core", "VillageDesk is already open on this data folder (another window or command). Close it first."
)
