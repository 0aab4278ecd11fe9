"""The township exchange: keys, export at the village, the township store."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from villagedesk.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    NO_PIN_HELP,
    PIN_HELP,
    CliError,
    Subparsers,
    _open,
    _pin_flag,
    _secret,
    _tr,
)


def _township_key_parser(sub: Subparsers) -> None:
    p = sub.add_parser("township-key", help="install the township's public key at the village")
    tk = p.add_subparsers(dest="tk_command", required=True)
    t = tk.add_parser(
        "import",
        help="install or replace the key file (the administrator only)",
        description="Install or replace the township key: shows the installed and the new fingerprint side "
        "by side and asks to confirm (--yes when not at a terminal). The administrator only. " + PIN_HELP,
    )
    t.add_argument("file")
    t.add_argument(
        "--yes", action="store_true", help="confirm without asking (after comparing the fingerprints)"
    )
    _pin_flag(t)
    tk.add_parser("show", help="the installed key", description="Show the installed key. " + NO_PIN_HELP)
    p.set_defaults(handler=cmd_township_key)


def _side_by_side(old: Any, new: Any) -> str:
    rows = [
        ("", "installed now", "new key file"),
        (
            "township",
            f"{old.name} ({old.code})" if old else "(none)",
            f"{new.name} ({new.code})",
        ),
        ("fingerprint", old.fingerprint if old else "-", new.fingerprint),
    ]
    width = [max(len(r[i]) for r in rows) for i in range(2)]
    return "\n".join(f"{a:<{width[0]}}  {b:<{width[1]}}  {c}" for a, b, c in rows)


def cmd_township_key(args: argparse.Namespace) -> int:
    from villagedesk.core.centre import get_centre
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange.keys import (
        installed_township_key,
        replace_township_key,
        require_administrator,
        township_key_change,
    )

    store = _open(args, pin=args.tk_command != "show")
    with store:
        if args.tk_command == "show":
            key = installed_township_key(store.data_dir.keys)
            print(
                f"{key.name} {key.code} fingerprint {key.fingerprint}" if key else "no township key installed"
            )
            return EXIT_OK
        with store.sessions() as session:
            require_administrator(session)
            code = get_centre(session).division_code
        change = township_key_change(store.data_dir.keys, Path(args.file), code)
        print(_side_by_side(change.old, change.new))
        if change.unchanged:
            print("this key is already installed; nothing changed")
            return EXIT_OK
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("compare the fingerprints, then confirm with --yes; nothing changed")
            if input("install the new key? [y/N] ").strip().lower() not in ("y", "yes"):
                print("nothing changed")
                return EXIT_OK
        with unit_of_work(store.sessions, reason="township key") as session:
            replace_township_key(session, store.data_dir.keys, Path(args.file), code, change.new.fingerprint)
        key = change.new
        print(f"township {key.name} ({key.code}) key installed; fingerprint {key.fingerprint}")
        print("compare this fingerprint with the township by phone before the first export")
    return EXIT_OK


def _export_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "export",
        help="write a signed package for the township (to a USB stick)",
        description="Write a signed package for the township. " + PIN_HELP,
    )
    _pin_flag(p)
    p.add_argument("--to", required=True)
    p.add_argument(
        "--all", action="store_true", help="everything, not only what changed since the last acknowledgement"
    )
    p.set_defaults(handler=cmd_export)


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


def _ack_parser(sub: Subparsers) -> None:
    p = sub.add_parser("ack", help="the township's acknowledgement")
    ak = p.add_subparsers(dest="ack_command", required=True)
    a = ak.add_parser(
        "import", help="apply an acknowledgement", description="Apply an acknowledgement. " + PIN_HELP
    )
    a.add_argument("file")
    _pin_flag(a)
    p.set_defaults(handler=cmd_ack)


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


TOWNSHIP_PIN_HELP = (
    "Acts as a township user (--user NAME before `township`, default: the township's administrator), "
    "who gives their PIN: asked for at the terminal, or the first line of standard input with --pin-stdin."
)


def _township_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "township",
        help="the township store: init, users, enrol, import, report (no subcommand: open its window)",
        description="The township store. Every command that changes it acts as a township user with a PIN.",
    )
    p.add_argument("--db", required=True, help="SQLAlchemy URL or a file path for SQLite")
    ts = p.add_subparsers(dest="township_command")
    t = ts.add_parser(
        "init",
        help="a new township store and its administrator",
        description="Make the store and its administrator; the administrator's new PIN is asked for "
        "twice at the terminal, or read from the first line of standard input with --pin-stdin.",
    )
    t.add_argument("--name", required=True)
    t.add_argument("--code", required=True, help="9-digit township code")
    t.add_argument("--admin", required=True, help="the township administrator's name")
    t.add_argument("--key-out", default=".", help="folder for the township's public key file")
    _pin_flag(t)
    t = ts.add_parser("user", help="the township's users")
    us = t.add_subparsers(dest="user_command", required=True)
    u = us.add_parser(
        "add",
        help="add an operator or a viewer",
        description="Add a user. " + TOWNSHIP_PIN_HELP + " The new user's PIN is the next line.",
    )
    u.add_argument("name")
    u.add_argument("--role", choices=sorted(TOWNSHIP_ROLE_NAMES), required=True)
    _pin_flag(u)
    us.add_parser("list", help="the township's users", description="List the users. " + NO_PIN_HELP)
    t = ts.add_parser(
        "enrol", help="enrol a village's key", description="Enrol a village. " + TOWNSHIP_PIN_HELP
    )
    t.add_argument("file", help="a village's public key file (village-CODE.pub)")
    _pin_flag(t)
    t = ts.add_parser(
        "re-enrol",
        help="replace a village's lost key, after its fingerprint was read out by phone",
        description="Re-enrol a village with a new key (administrator only). " + TOWNSHIP_PIN_HELP,
    )
    t.add_argument("file", help="the village's new public key file (village-CODE.pub)")
    t.add_argument("--fingerprint", required=True, help="the fingerprint the village read out by phone")
    t.add_argument("--reason", required=True, help="why the key is replaced (kept with the change)")
    _pin_flag(t)
    t = ts.add_parser("import", help="import packages", description="Import packages. " + TOWNSHIP_PIN_HELP)
    t.add_argument("files", nargs="+")
    t.add_argument("--dry-run", action="store_true")
    t.add_argument("--ack-dir", help="where to write the acknowledgements (default: next to each package)")
    _pin_flag(t)
    t = ts.add_parser("report", help="the overview as .xlsx or .pdf", description=NO_PIN_HELP)
    t.add_argument("--out", required=True, help=".xlsx or .pdf")
    t = ts.add_parser(
        "ack",
        help="write the acknowledgement of a package already imported",
        description="Write an acknowledgement again. " + TOWNSHIP_PIN_HELP,
    )
    t.add_argument("--again", nargs=2, metavar=("VILLAGE", "SEQUENCE"), required=True)
    t.add_argument("--out", default=".", help="folder for the acknowledgement (the village's USB stick)")
    _pin_flag(t)
    t = ts.add_parser("conflicts", help="list the records a village sent that differ from the stored ones")
    t.add_argument("--village", help="only this village (12-digit code)")
    t.add_argument("--all", action="store_true", help="also the conflicts already decided")
    t = ts.add_parser(
        "resolve",
        help="decide a conflict: keep the stored record or take the incoming one",
        description="Decide a conflict; the acting user is recorded with the decision. " + TOWNSHIP_PIN_HELP,
    )
    t.add_argument("id", type=int)
    choice = t.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", action="store_true", help="keep the stored record")
    choice.add_argument("--take", action="store_true", help="take the record the village sent")
    t.add_argument("--reason", default="", help="why (kept with the decision)")
    _pin_flag(t)
    t = ts.add_parser("pdfs", help="list the posted notices' PDFs a village sent, or save one")
    t.add_argument("village", help="12-digit village code")
    t.add_argument("--save", metavar="ID", help="the number from the list, or the notice's UUID")
    t.add_argument("--out", help="file to save the PDF to")
    t = ts.add_parser(
        "catalogues",
        help="set the catalogues sent back with every acknowledgement",
        description="Set the catalogues. " + TOWNSHIP_PIN_HELP,
    )
    t.add_argument("--major-matters", help="a text file, one category per line")
    t.add_argument(
        "--catalogue",
        action="append",
        default=[],
        metavar="KEY=FILE",
        help="any declared catalogue from a JSON file, e.g. disclosure_catalogue=catalogue.json",
    )
    _pin_flag(t)
    t = ts.add_parser(
        "backup",
        help="an encrypted, portable copy of the whole store (keys included)",
        description="Write a logical copy of the store, encrypted with a passphrase (asked twice at the "
        "terminal, or the line after the PIN with --pin-stdin). Administrator only. " + TOWNSHIP_PIN_HELP,
    )
    t.add_argument("file")
    _pin_flag(t)
    t = ts.add_parser(
        "restore",
        help="restore a township backup into a new, empty database (SQLite or PostgreSQL)",
        description="Restore into an empty store. --user (default: the backup's administrator) must be an "
        "administrator in the backup: the first line of standard input with --pin-stdin is their PIN, the "
        "next the passphrase.",
    )
    t.add_argument("file")
    _pin_flag(t)
    p.set_defaults(handler=cmd_township)


TOWNSHIP_ROLE_NAMES = ("operator", "viewer")
_READ_ONLY = frozenset({"report", "conflicts", "pdfs"})
_NO_SIGN_IN = _READ_ONLY | {"init", "restore"}  # restore: the user signs in to the restored store


def _township_sign_in(args: argparse.Namespace, sessions: Any) -> str:
    """The acting township user proves it with their PIN (a wrong PIN counts towards the lockout,
    as at the desk); the store's sessions then act as that user."""
    from villagedesk.core import users
    from villagedesk.core.errors import ValidationError
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    failure: ValidationError | None = None
    with unit_of_work(sessions, actor=users.SYSTEM_ACTOR) as session:
        tw.township(session)
        user = users.find_user(session, args.user) if args.user else users.administrator(session)
        if user is None or not user.active:
            if args.user:
                raise CliError(f"no active township user called {args.user}")
            raise CliError("this township store has no administrator: run `township init` with --admin")
        name = user.name
        secret = _secret(args, "pin_stdin", f"PIN of {name}")
        try:
            tw.sign_in(session, name, secret)
        except ValidationError as exc:
            failure = exc  # committed: the wrong try counts
    if failure is not None:
        raise failure
    sessions.configure(info={"actor": name})
    args.actor = name
    return name


def cmd_township(args: argparse.Namespace) -> int:
    from villagedesk.exchange import township as tw

    url = tw.township_url(args.db)
    if args.township_command is None:
        from villagedesk.ui.township_window import run_township

        return run_township(url)
    engine, sessions = tw.open_township(url)
    try:
        command = args.township_command
        if command not in _NO_SIGN_IN and not (command == "user" and args.user_command == "list"):
            _township_sign_in(args, sessions)
        return _TOWNSHIP_COMMANDS[command](args, sessions)
    finally:
        engine.dispose()


def _tw_init(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    pin = _secret(args, "pin_stdin", f"new PIN of {args.admin}", confirm=True)
    with unit_of_work(sessions) as session:
        info = tw.init_township(session, args.name, args.code, args.admin, pin)
        key = tw.public_key(info)
    out = Path(args.key_out) / f"township-{key.code}.pub"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(key.to_json(), encoding="utf-8")
    print(f"township {key.name} ({key.code}) store ready; administrator {args.admin}; public key {out}")
    print(f"fingerprint {key.fingerprint}")
    return EXIT_OK


def _tw_user(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core import users
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    if args.user_command == "list":
        with sessions() as session:
            for row in users.users(session, include_inactive=True):
                role = _tr(tw.TOWNSHIP_ROLE_LABELS.get(row.role, ""))
                print(f"{row.name}\t{role}" + ("" if row.active else "\tdisabled"))
        return EXIT_OK
    pin = _secret(args, "pin_stdin", f"new PIN of {args.name}", confirm=True)
    with unit_of_work(sessions, reason="township user") as session:
        user = tw.add_township_user(session, args.name, tw.TOWNSHIP_ROLES[args.role], pin)
    print(f"township user {user.name} added ({args.role})")
    return EXIT_OK


def _tw_enrol(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    with unit_of_work(sessions, reason="enrol") as session:
        village = tw.enrol(session, Path(args.file))
        print(f"enrolled {village.name} ({village.code}); fingerprint {village.fingerprint}")
    return EXIT_OK


def _tw_reenrol(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    with unit_of_work(sessions, reason="re-enrol") as session:
        change = tw.reenrol(session, Path(args.file), args.fingerprint, args.reason)
        print(
            f"village {change.village_code} re-enrolled by {change.changed_by}: old key {change.old_fingerprint}"
            f", new key {change.new_fingerprint}; packages signed with the old key are refused from now on"
        )
    return EXIT_OK


def _tw_catalogues(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    catalogues = {}
    if args.major_matters:
        lines = Path(args.major_matters).read_text(encoding="utf-8").splitlines()
        catalogues["major_matters"] = [line.strip() for line in lines if line.strip()]
    for entry in args.catalogue:
        key, _, file = entry.partition("=")
        catalogues[key.strip()] = json.loads(Path(file).read_text(encoding="utf-8"))
    with unit_of_work(sessions, reason="catalogues") as session:
        tw.set_catalogues(session, catalogues)
    print("catalogues set: " + ", ".join(catalogues) if catalogues else "catalogues cleared")
    return EXIT_OK


def _tw_report(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township as tw

    out = Path(args.out)
    with sessions() as session:
        rows = tw.overview(session)
        if out.suffix.lower() == ".pdf":
            out.write_bytes(tw.report_pdf(session, rows, _tr))
        else:
            tw.report_xlsx(rows, out, _tr)
    print(out)
    return EXIT_OK


def _tw_ack(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    code, number = args.again
    if not number.isdigit():
        raise CliError(f"not a package number: {number}")
    with unit_of_work(sessions, reason=f"acknowledge {code} {number} again") as session:
        path = tw.write_ack_for(session, code, int(number), Path(args.out))
    print(path)
    return EXIT_OK


def _tw_conflicts(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township as tw

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


def _tw_resolve(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    with unit_of_work(sessions, reason=f"conflict {args.id}") as session:
        row = tw.resolve_conflict(session, args.id, take=args.take, by=args.actor, reason=args.reason)
    print(f"conflict {row.id}: {row.decision} ({row.record_type} {row.uuid}) by {row.decided_by}")
    return EXIT_OK


def _tw_pdfs(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township as tw

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


def _tw_import(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township as tw

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


def _tw_backup(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township_backup

    passphrase = _secret(args, "pin_stdin", "backup passphrase", confirm=True)
    with sessions() as session:
        summary = township_backup.make_backup(session, sessions.kw["bind"], Path(args.file), passphrase)
    rows = sum(summary.rows.values())
    print(f"{args.file}: township {summary.township} ({summary.code}), {rows} rows, keys included, encrypted")
    return EXIT_OK


def _tw_restore(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township_backup

    pin = _secret(args, "pin_stdin", f"PIN of {args.user or 'the administrator'} in the backup")
    passphrase = _secret(args, "pin_stdin", "backup passphrase")
    summary = township_backup.restore_backup(sessions, Path(args.file), passphrase, args.user, pin)
    rows = sum(summary.rows.values())
    print(f"restored township {summary.township} ({summary.code}): {rows} rows")
    return EXIT_OK


_TOWNSHIP_COMMANDS = {
    "backup": _tw_backup,
    "restore": _tw_restore,
    "init": _tw_init,
    "user": _tw_user,
    "enrol": _tw_enrol,
    "re-enrol": _tw_reenrol,
    "catalogues": _tw_catalogues,
    "report": _tw_report,
    "ack": _tw_ack,
    "conflicts": _tw_conflicts,
    "resolve": _tw_resolve,
    "pdfs": _tw_pdfs,
    "import": _tw_import,
}


PARSERS = (
    _township_key_parser,
    _export_parser,
    _ack_parser,
    _township_parser,
)
