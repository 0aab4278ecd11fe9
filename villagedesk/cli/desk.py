"""The desk's own commands: the centre, users, history, backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from villagedesk.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    NO_PIN_HELP,
    PIN_HELP,
    CliError,
    Subparsers,
    _date,
    _open,
    _open_empty,
    _pin_flag,
    _secret,
    _tr,
    counts_text,
)
from villagedesk.cli.language import say, tx
from villagedesk.paths import DataDir


def _init_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "init",
        help=tx("create the centre profile without the wizard"),
        description=tx(
            "Create the centre and its administrator in an empty data folder (no PIN needed: "
            "there is no user yet)."
        ),
    )
    p.add_argument("--village", required=True)
    p.add_argument("--code", required=True, help=tx("12-digit 统计用区划代码"))
    p.add_argument("--township", required=True)
    p.add_argument("--county", default="")
    p.add_argument("--party-org", default="", help=tx("name of the village Party organisation"))
    p.add_argument("--party-org-kind", choices=["BRANCH", "GENERAL_BRANCH", "COMMITTEE"], default="BRANCH")
    p.add_argument("--committee", default="", help=tx("name of the villagers' committee"))
    p.add_argument("--objection-phone", required=True)
    p.add_argument("--supervision-phone", default="")
    p.add_argument("--township-phone", default="")
    p.add_argument(
        "--one-shoulder", action="store_true", help=tx("secretary is also committee chair (一肩挑)")
    )
    p.add_argument("--posting-day", type=int, default=20)
    p.add_argument("--admin", default="管理员", help=tx("name of the administrator user (default 管理员)"))
    p.add_argument(
        "--admin-pin",
        help=tx("the administrator's PIN (6 to 12 digits, not a simple sequence); asked for when omitted"),
    )
    p.add_argument(
        "--admin-pin-stdin",
        action="store_true",
        help=tx("read the administrator's new PIN from standard input"),
    )
    p.set_defaults(handler=cmd_init)


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
    store = _open_empty(args, "init")
    with store:
        with unit_of_work(store.sessions, actor=users.SYSTEM_ACTOR) as session:
            centre = create_centre(session, data)
            users.create_user(session, args.admin, UserRole.SECRETARY, pin, is_admin=True)
            say(
                "{village} {code} → {folder}",
                village=centre.village_name,
                code=centre.division_code,
                folder=store.data_dir.root,
            )
            say("administrator: {name}", name=args.admin)
    return EXIT_OK


def _info_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "info",
        help=tx("print the centre profile, database revision, data folder and fonts"),
        description=tx("Print the centre profile, database revision, data folder and fonts. ")
        + tx(NO_PIN_HELP),
    )
    p.set_defaults(handler=cmd_info)


def cmd_info(args: argparse.Namespace) -> int:
    from villagedesk.core.centre import find_centre
    from villagedesk.db.migrate import current_revision, head_revision

    store = _open(args, lock=False, pin=False)
    with store:
        with store.sessions() as session:
            centre = find_centre(session)
            if centre is None:
                say("centre: (not set up — run `villagedesk init` or open the desk)")
            else:
                say("village: {name} ({code})", name=centre.village_name, code=centre.division_code)
                say("township: {name} ({code})", name=centre.township_name, code=centre.township_code)
                say("county: {name} ({code})", name=centre.county_name, code=centre.county_code)
                say("party organisation: {name}", name=centre.party_org_name)
                say("villagers' committee: {name}", name=centre.committee_name)
                say("objection phone: {phone}", phone=centre.objection_phone)
                say("supervision phone: {phone}", phone=centre.supervision_phone)
                say("one-shoulder (一肩挑): {answer}", answer=tx("yes") if centre.one_shoulder else tx("no"))
                say("posting day: {day}", day=centre.posting_day)
        say(
            "database revision: {revision} (head {head})",
            revision=current_revision(store.engine),
            head=head_revision(),
        )
        say("data folder: {folder}", folder=store.data_dir.root)
        say("database: {file}", file=store.data_dir.database)
        for line in _font_lines():
            print(line)
    return EXIT_OK


def _font_lines() -> list[str]:
    try:
        from villagedesk.notices.fonts import font_report
    except ImportError:
        from villagedesk.paths import resource_path

        return [tx("font: {file} (bundled)", file=resource_path("fonts", "wqy-microhei.ttc"))]
    lines = []
    for label, name, bundled in font_report():
        if not label:
            lines.append(tx("font fallback: {file} (system)", file=name))
        elif bundled:
            lines.append(tx("font {role}: {file} (bundled)", role=label, file=name))
        else:
            lines.append(tx("font {role}: {file} (system)", role=label, file=name))
    return lines


def _demo_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "demo",
        help=tx("fill a new centre with sample data"),
        description=tx(
            "Fill an empty data folder with a sample village (no PIN needed: there is no user "
            "yet). Prints the demo users and their PINs."
        ),
    )
    p.add_argument("--years", type=int, default=3)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--as-of", type=_date, default=None, help=tx("the demo's 'today' (default: today)"))
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from villagedesk.core.centre import find_centre
    from villagedesk.core.demo import fill_demo
    from villagedesk.core.session import unit_of_work

    store = _open_empty(args, "demo")
    with store:
        with unit_of_work(store.sessions) as session:
            if find_centre(session) is not None:
                raise CliError(
                    tx(
                        "this data folder already has a centre; {command} needs a new, empty folder (--data-dir)",
                        command="demo",
                    )
                )
            summary = fill_demo(session, seed=args.seed, years=args.years, today=args.as_of)
        say(
            "demo village {village}: {people} people in {folder}",
            village=summary.village,
            people=summary.people,
            folder=store.data_dir.root,
        )
        for key, value in summary.counts.items():
            say("  {what}: {count}", what=key, count=value)
        say("demo users (name, role, PIN):")
        for name, role, pin in summary.users:
            print(f"  {name}\t{role}\t{pin}")
    return EXIT_OK


def _user_parser(sub: Subparsers) -> None:
    p = sub.add_parser("user", help=tx("desk users: list, add, set-pin, disable"))
    usub = p.add_subparsers(dest="user_command", required=True)
    usub.add_parser(
        "list", help=tx("the users and their roles"), description=tx("List the users. ") + tx(NO_PIN_HELP)
    )
    order = tx(
        " Standard input, with both flags: the acting user's PIN on the first line, the new PIN on the "
        "second."
    )
    u = usub.add_parser(
        "add",
        help=tx("add a user (administrator)"),
        description=tx("Add a user; an administrator's action. ") + tx(PIN_HELP) + order,
    )
    u.add_argument("name")
    u.add_argument("--role", choices=["CLERK", "SECRETARY", "SUPERVISOR", "VIEWER"], required=True)
    u.add_argument("--person-id", type=int, help=tx("roster person (required for SUPERVISOR)"))
    u.add_argument("--admin", action="store_true", help=tx("may manage users and restore backups"))
    u.add_argument(
        "--new-pin-stdin", action="store_true", help=tx("read the new user's PIN from standard input")
    )
    _pin_flag(u)
    u = usub.add_parser(
        "set-pin",
        help=tx("change your own PIN, or reset another user's (administrator)"),
        description=tx(
            "Change your own PIN (--user NAME user set-pin NAME, with your current PIN), or, as "
            "the administrator, reset another user's: they must then choose a new PIN at their next "
            "sign-in and cannot sign a review before. "
        )
        + tx(PIN_HELP)
        + order,
    )
    u.add_argument("name")
    u.add_argument("--new-pin-stdin", action="store_true", help=tx("read the new PIN from standard input"))
    _pin_flag(u)
    u = usub.add_parser(
        "disable",
        help=tx("disable a user (administrator)"),
        description=tx("Disable a user. ") + tx(PIN_HELP),
    )
    u.add_argument("name")
    _pin_flag(u)
    p.set_defaults(handler=cmd_user)


def cmd_user(args: argparse.Namespace) -> int:
    from villagedesk.core import users
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.models import UserRole

    listing = args.user_command == "list"
    store = _open(args, lock=not listing, pin=not listing, new_pin=args.user_command == "set-pin")
    own_pin = args.user_command == "set-pin" and args.name == args.actor
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
                pin = _secret(args, "new_pin_stdin", tx("PIN for {name}", name=args.name), confirm=True)
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
                    session,
                    args.name,
                    _secret(args, "new_pin_stdin", tx("new PIN for {name}", name=args.name), confirm=True),
                )
            elif args.user_command == "disable":
                users.set_active(session, args.name, False)
        done = {
            "add": tx("user added: {name}"),
            "set-pin": tx("PIN set: {name}"),
            "disable": tx("user disabled: {name}"),
        }
        print(done[args.user_command].format(name=args.name))
        if args.user_command == "set-pin" and not own_pin:
            say("{name} must choose a new PIN at their next sign-in", name=args.name)
    return EXIT_OK


def _audit_parser(sub: Subparsers) -> None:
    p = sub.add_parser("audit", help=tx("check or show the tamper-evident history"))
    asub = p.add_subparsers(dest="audit_command", required=True)
    asub.add_parser(
        "verify",
        help=tx("walk the whole chain; exit 0 when intact"),
        description=tx("Walk the whole chain; exit 0 when intact. ") + tx(NO_PIN_HELP),
    )
    a = asub.add_parser(
        "history",
        help=tx("the history of one record"),
        description=tx("Every change to one record, in words (identity numbers masked). ") + tx(PIN_HELP),
    )
    a.add_argument("uuid")
    _pin_flag(a)
    p.set_defaults(handler=cmd_audit)


def cmd_audit(args: argparse.Namespace) -> int:
    from villagedesk.core import audit

    store = _open(args, lock=False, pin=args.audit_command == "history")
    with store:
        with store.sessions() as session:
            if args.audit_command == "history":
                from villagedesk.core.labels import readable_history

                for line in readable_history(session, [args.uuid], _tr):
                    changes = "; ".join(
                        f"{field}: {new}" if old is None else f"{field}: {old} → {new}"
                        for field, new, old in line.changes
                    )
                    reason = f" ({line.reason})" if line.reason else ""
                    print(f"{line.at}\t{line.actor}\t{line.record}\t{line.action}\t{changes}{reason}")
                return EXIT_OK
            from villagedesk.exchange.anchors import local_anchors

            result = audit.verify_chain(session, local_anchors(store.data_dir))
    for restore in result.restores:  # a restore is said, never hidden: it is not a rewrite
        say(
            "restored {at} by {name} from {backup} ({count} entries){start}",
            at=restore.at,
            name=restore.actor,
            backup=restore.backup,
            count=restore.backup_count,
            start=tx(
                ", started again from the township's anchor at entry {count}", count=restore.anchor_count
            )
            if restore.anchor_count is not None
            else "",
        )
    for name in result.discarded_words:
        say("{name} lies past the restore: those entries were discarded by it", name=name.render(_tr))
    if result.ok:
        say(
            "audit chain intact: {entries} entries, {records} records, {anchors} anchors outside the database agree",
            entries=result.entries,
            records=result.records,
            anchors=result.anchors,
        )
        return EXIT_OK
    say(
        "audit chain BROKEN ({kind}): {problem}",
        kind=result.kind_text(_tr),
        problem=result.problem_text(_tr),
        stream=sys.stderr,
    )
    return EXIT_ERROR


def _backup_parser(sub: Subparsers) -> None:
    p = sub.add_parser("backup", help=tx("make a backup now"))
    p.add_argument(
        "--to", help=tx("folder outside the data folder (e.g. a USB stick): the copy is encrypted")
    )
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=tx("read the passphrase from standard input (after the PIN, when --pin-stdin is given too)"),
    )
    _pin_flag(p)
    p.description = tx("Make a backup now. ") + tx(PIN_HELP)
    p.set_defaults(handler=cmd_backup)


def cmd_backup(args: argparse.Namespace) -> int:

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
            _secret(args, "passphrase_stdin", tx("passphrase for the backup"), confirm=True)
            if outside
            else None
        )
        path = make_backup(store.data_dir.database, folder, "manual", passphrase)
        if not outside:
            rotate(folder)
        print(path)
    return EXIT_OK


def _backups_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "backups",
        help=tx("list the automatic and manual backups in the data folder"),
        description=tx("List the backups in the data folder. ") + tx(NO_PIN_HELP),
    )
    p.set_defaults(handler=cmd_backups)


def cmd_backups(args: argparse.Namespace) -> int:
    from villagedesk.core.backup import is_safety_copy, list_backups

    data_dir = DataDir.resolve(args.data_dir)
    for info in list_backups(data_dir.backups):
        counts = counts_text(info.counts)
        if info.attachments:
            counts += tx(", attachments {count}", count=info.attachments)
        kept = "\t" + tx("kept 30 days") if is_safety_copy(info.path) else ""
        print(f"{info.created_at:%Y-%m-%d %H:%M}\t{info.path.name}\t{counts}{kept}")
    return EXIT_OK


def _restore_parser(sub: Subparsers) -> None:
    p = sub.add_parser("restore", help=tx("restore a backup (the current state is backed up first)"))
    p.add_argument("file")
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=tx("read the passphrase from standard input (after the PIN, when --pin-stdin is given too)"),
    )
    p.add_argument("--yes", action="store_true", help=tx("do not ask for confirmation"))
    _pin_flag(p)
    p.description = tx("Restore a backup; an administrator's action. ") + tx(PIN_HELP)
    p.set_defaults(handler=cmd_restore)


def cmd_restore(args: argparse.Namespace) -> int:

    from villagedesk.core import users
    from villagedesk.core.backup import inspect_backup, is_encrypted
    from villagedesk.core.restore import restore_into

    path = Path(args.file)
    if not path.is_file():
        raise CliError(tx("file not found: {name}", name=path))
    store = _open(args)  # the acting user's PIN is read first, then the passphrase
    with store:
        passphrase = (
            _secret(args, "passphrase_stdin", tx("passphrase of the backup")) if is_encrypted(path) else None
        )
        with store.sessions() as session:
            users.require(session, users.Action.RESTORE)  # asked before the backup is opened
        info = inspect_backup(path, passphrase)
        counts = counts_text(info.counts)
        if info.attachments:
            counts += tx(", attachments {count}", count=info.attachments)
        if info.signing_key:
            counts += tx(", the village signing key")
        say(
            "backup of {village} ({code}) made {made}: {counts}",
            village=info.village_name,
            code=info.division_code,
            made=f"{info.created_at:%Y-%m-%d %H:%M}",
            counts=counts,
        )
        if not info.checksum:
            say("note: an old copy without a checksum; only its database structure was checked")
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError(tx("restore replaces the current data: confirm with --yes"))
            answer = input(tx("restore it? the current state is backed up first [y/N] ")).strip().lower()
            if answer not in ("y", "yes", tx("y"), "是"):
                say("nothing changed")
                return EXIT_OK
        _, safety = restore_into(store, path, passphrase, actor=args.actor)
        say("restored; the state before the restore is in {path}", path=safety)
    return EXIT_OK


PARSERS = (
    _init_parser,
    _info_parser,
    _demo_parser,
    _user_parser,
    _audit_parser,
    _backup_parser,
    _backups_parser,
    _restore_parser,
)
