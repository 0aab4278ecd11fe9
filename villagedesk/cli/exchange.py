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
    counts_text,
)
from villagedesk.cli.language import say, tx
from villagedesk.core.i18n import QT_TRANSLATE_NOOP


def _township_key_parser(sub: Subparsers) -> None:
    p = sub.add_parser("township-key", help=tx("install the township's public key at the village"))
    tk = p.add_subparsers(dest="tk_command", required=True)
    t = tk.add_parser(
        "import",
        help=tx("install or replace the key file (the administrator only)"),
        description=tx(
            "Install or replace the township key: shows the installed and the new fingerprint side "
            "by side and asks to confirm (--yes when not at a terminal). The administrator only. "
        )
        + tx(PIN_HELP),
    )
    t.add_argument("file")
    t.add_argument(
        "--yes", action="store_true", help=tx("confirm without asking (after comparing the fingerprints)")
    )
    _pin_flag(t)
    tk.add_parser(
        "show", help=tx("the installed key"), description=tx("Show the installed key. ") + tx(NO_PIN_HELP)
    )
    p.set_defaults(handler=cmd_township_key)


def _side_by_side(old: Any, new: Any) -> str:
    rows = [
        ("", tx("installed now"), tx("new key file")),
        (
            tx("township"),
            f"{old.name} ({old.code})" if old else tx("(none)"),
            f"{new.name} ({new.code})",
        ),
        (tx("fingerprint"), old.fingerprint if old else "-", new.fingerprint),
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
            if key:
                say(
                    "{name} {code} fingerprint {fingerprint}",
                    name=key.name,
                    code=key.code,
                    fingerprint=key.fingerprint,
                )
            else:
                say("no township key installed")
            return EXIT_OK
        with store.sessions() as session:
            require_administrator(session)
            code = get_centre(session).division_code
        change = township_key_change(store.data_dir.keys, Path(args.file), code)
        print(_side_by_side(change.old, change.new))
        if change.unchanged:
            say("this key is already installed; nothing changed")
            return EXIT_OK
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError(tx("compare the fingerprints, then confirm with --yes; nothing changed"))
            if input(tx("install the new key? [y/N] ")).strip().lower() not in ("y", "yes", "是"):
                say("nothing changed")
                return EXIT_OK
        with unit_of_work(store.sessions, reason="township key") as session:
            replace_township_key(session, store.data_dir.keys, Path(args.file), code, change.new.fingerprint)
        key = change.new
        say(
            "township {name} ({code}) key installed; fingerprint {fingerprint}",
            name=key.name,
            code=key.code,
            fingerprint=key.fingerprint,
        )
        say("compare this fingerprint with the township by phone before the first export")
    return EXIT_OK


def _export_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "export",
        help=tx("write a signed package for the township (to a USB stick)"),
        description=tx("Write a signed package for the township. ") + tx(PIN_HELP),
    )
    _pin_flag(p)
    p.add_argument("--to", required=True)
    p.add_argument(
        "--all",
        action="store_true",
        help=tx("everything, not only what changed since the last acknowledgement"),
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
        say(
            "package {number}: {counts}",
            number=result.sequence,
            counts=counts_text({k: v for k, v in result.counts.items() if v}),
        )
        say("village key: {file}", file=result.key_file)
    return EXIT_OK


def _ack_parser(sub: Subparsers) -> None:
    p = sub.add_parser("ack", help=tx("the township's acknowledgement"))
    ak = p.add_subparsers(dest="ack_command", required=True)
    a = ak.add_parser(
        "import",
        help=tx("apply an acknowledgement"),
        description=tx("Apply an acknowledgement. ") + tx(PIN_HELP),
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
            say(
                "package {number}: this acknowledgement was applied before; nothing changed",
                number=result.sequence,
            )
            return EXIT_OK
        say(
            "package {number} acknowledged ({new} newly){catalogues}",
            number=result.sequence,
            new=result.newly_acknowledged,
            catalogues=tx("; catalogues applied: {names}", names=", ".join(result.catalogues_applied))
            if result.catalogues_applied
            else "",
        )
        if result.rejoined:
            voided = tx(
                "; packages made here that the township never took: {numbers}",
                numbers=", ".join(map(str, result.voided)),
            )
            say(
                "this desk now follows the township's chain (after a restore or on a new PC); changes are "
                "numbered above {mark}{voided}",
                mark=result.high_water,
                voided=voided if result.voided else "",
            )
    return EXIT_OK


TOWNSHIP_PIN_HELP = QT_TRANSLATE_NOOP(
    "",
    "Acts as a township user (--user NAME before `township`, default: the township's administrator), "
    "who gives their PIN: asked for at the terminal, or the first line of standard input with --pin-stdin.",
)


def _township_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "township",
        help=tx("the township store: init, users, enrol, import, report (no subcommand: open its window)"),
        description=tx(
            "The township store. Every command that changes it acts as a township user with a PIN."
        ),
    )
    p.add_argument("--db", required=True, help=tx("SQLAlchemy URL or a file path for SQLite"))
    ts = p.add_subparsers(dest="township_command")
    t = ts.add_parser(
        "init",
        help=tx("a new township store and its administrator"),
        description=tx(
            "Make the store and its administrator; the administrator's new PIN is asked for "
            "twice at the terminal, or read from the first line of standard input with --pin-stdin."
        ),
    )
    t.add_argument("--name", required=True)
    t.add_argument("--code", required=True, help=tx("9-digit township code"))
    t.add_argument("--admin", required=True, help=tx("the township administrator's name"))
    t.add_argument("--key-out", default=".", help=tx("folder for the township's public key file"))
    _pin_flag(t)
    t = ts.add_parser("user", help=tx("the township's users"))
    us = t.add_subparsers(dest="user_command", required=True)
    u = us.add_parser(
        "add",
        help=tx("add an operator or a viewer"),
        description=tx("Add a user. ") + tx(TOWNSHIP_PIN_HELP) + tx(" The new user's PIN is the next line."),
    )
    u.add_argument("name")
    u.add_argument("--role", choices=sorted(TOWNSHIP_ROLE_NAMES), required=True)
    _pin_flag(u)
    us.add_parser(
        "list", help=tx("the township's users"), description=tx("List the users. ") + tx(NO_PIN_HELP)
    )
    t = ts.add_parser(
        "enrol", help=tx("enrol a village's key"), description=tx("Enrol a village. ") + tx(TOWNSHIP_PIN_HELP)
    )
    t.add_argument("file", help=tx("a village's public key file (village-CODE.pub)"))
    _pin_flag(t)
    t = ts.add_parser(
        "re-enrol",
        help=tx("replace a village's lost key, after its fingerprint was read out by phone"),
        description=tx("Re-enrol a village with a new key (administrator only). ") + tx(TOWNSHIP_PIN_HELP),
    )
    t.add_argument("file", help=tx("the village's new public key file (village-CODE.pub)"))
    t.add_argument("--fingerprint", required=True, help=tx("the fingerprint the village read out by phone"))
    t.add_argument("--reason", required=True, help=tx("why the key is replaced (kept with the change)"))
    _pin_flag(t)
    t = ts.add_parser(
        "import", help=tx("import packages"), description=tx("Import packages. ") + tx(TOWNSHIP_PIN_HELP)
    )
    t.add_argument("files", nargs="+")
    t.add_argument("--dry-run", action="store_true")
    t.add_argument(
        "--ack-dir", help=tx("where to write the acknowledgements (default: next to each package)")
    )
    _pin_flag(t)
    t = ts.add_parser("report", help=tx("the overview as .xlsx or .pdf"), description=NO_PIN_HELP)
    t.add_argument("--out", required=True, help=tx(".xlsx or .pdf"))
    t = ts.add_parser(
        "ack",
        help=tx("write the acknowledgement of a package already imported"),
        description=tx("Write an acknowledgement again. ") + tx(TOWNSHIP_PIN_HELP),
    )
    t.add_argument("--again", nargs=2, metavar=("VILLAGE", "SEQUENCE"), required=True)
    t.add_argument("--out", default=".", help=tx("folder for the acknowledgement (the village's USB stick)"))
    _pin_flag(t)
    t = ts.add_parser(
        "conflicts", help=tx("list the records a village sent that differ from the stored ones")
    )
    t.add_argument("--village", help=tx("only this village (12-digit code)"))
    t.add_argument("--all", action="store_true", help=tx("also the conflicts already decided"))
    t = ts.add_parser(
        "resolve",
        help=tx("decide a conflict: keep the stored record or take the incoming one"),
        description=tx("Decide a conflict; the acting user is recorded with the decision. ")
        + tx(TOWNSHIP_PIN_HELP),
    )
    t.add_argument("id", type=int)
    choice = t.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", action="store_true", help=tx("keep the stored record"))
    choice.add_argument("--take", action="store_true", help=tx("take the record the village sent"))
    t.add_argument("--reason", default="", help=tx("why (kept with the decision)"))
    _pin_flag(t)
    t = ts.add_parser("pdfs", help=tx("list the posted notices' PDFs a village sent, or save one"))
    t.add_argument("village", help=tx("12-digit village code"))
    t.add_argument("--save", metavar="ID", help=tx("the number from the list, or the notice's UUID"))
    t.add_argument("--out", help=tx("file to save the PDF to"))
    t = ts.add_parser(
        "catalogues",
        help=tx("set the catalogues sent back with every acknowledgement"),
        description=tx("Set the catalogues. ") + tx(TOWNSHIP_PIN_HELP),
    )
    t.add_argument("--major-matters", help=tx("a text file, one category per line"))
    t.add_argument(
        "--catalogue",
        action="append",
        default=[],
        metavar="KEY=FILE",
        help=tx("any declared catalogue from a JSON file, e.g. disclosure_catalogue=catalogue.json"),
    )
    t.add_argument("--services", help=tx("a spreadsheet (.xlsx) of the 十有 services: columns 编码 and 名称"))
    _pin_flag(t)
    t = ts.add_parser(
        "backup",
        help=tx("an encrypted, portable copy of the whole store (keys included)"),
        description=tx(
            "Write a logical copy of the store, encrypted with a passphrase (asked twice at the "
            "terminal, or the line after the PIN with --pin-stdin). Administrator only. "
        )
        + tx(TOWNSHIP_PIN_HELP),
    )
    t.add_argument("file")
    _pin_flag(t)
    t = ts.add_parser(
        "restore",
        help=tx("restore a township backup into a new, empty database (SQLite or PostgreSQL)"),
        description=tx(
            "Restore into an empty store. --user (default: the backup's administrator) must be an "
            "administrator in the backup: the first line of standard input with --pin-stdin is their PIN, the "
            "next the passphrase."
        ),
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
                raise CliError(tx("no active township user called {name}", name=args.user))
            raise CliError(tx("this township store has no administrator: run `township init` with --admin"))
        name = user.name
        secret = _secret(args, "pin_stdin", tx("PIN of {name}", name=name))
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

    pin = _secret(args, "pin_stdin", tx("new PIN for {name}", name=args.admin), confirm=True)
    with unit_of_work(sessions) as session:
        info = tw.init_township(session, args.name, args.code, args.admin, pin)
        key = tw.public_key(info)
    out = Path(args.key_out) / f"township-{key.code}.pub"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(key.to_json(), encoding="utf-8")
    say(
        "township {name} ({code}) store ready; administrator {admin}; public key {file}",
        name=key.name,
        code=key.code,
        admin=args.admin,
        file=out,
    )
    say("fingerprint {fingerprint}", fingerprint=key.fingerprint)
    return EXIT_OK


def _tw_user(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core import users
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    if args.user_command == "list":
        with sessions() as session:
            for row in users.users(session, include_inactive=True):
                role = _tr(tw.TOWNSHIP_ROLE_LABELS.get(row.role, ""))
                print(f"{row.name}\t{role}" + ("" if row.active else "\t" + tx("disabled")))
        return EXIT_OK
    pin = _secret(args, "pin_stdin", tx("new PIN for {name}", name=args.name), confirm=True)
    with unit_of_work(sessions, reason="township user") as session:
        user = tw.add_township_user(session, args.name, tw.TOWNSHIP_ROLES[args.role], pin)
    say("township user {name} added ({role})", name=user.name, role=args.role)
    return EXIT_OK


def _tw_enrol(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    with unit_of_work(sessions, reason="enrol") as session:
        village = tw.enrol(session, Path(args.file))
        say(
            "enrolled {name} ({code}); fingerprint {fingerprint}",
            name=village.name,
            code=village.code,
            fingerprint=village.fingerprint,
        )
    return EXIT_OK


def _tw_reenrol(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    with unit_of_work(sessions, reason="re-enrol") as session:
        change = tw.reenrol(session, Path(args.file), args.fingerprint, args.reason)
        say(
            "village {code} re-enrolled by {name}: old key {old}, new key {new}; packages signed with the old "
            "key are refused from now on",
            code=change.village_code,
            name=change.changed_by,
            old=change.old_fingerprint,
            new=change.new_fingerprint,
        )
    return EXIT_OK


def _tw_catalogues(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    catalogues = {}
    if args.major_matters:
        lines = Path(args.major_matters).read_text(encoding="utf-8").splitlines()
        catalogues["major_matters"] = [line.strip() for line in lines if line.strip()]
    if args.services:
        from villagedesk.core.microservices.catalogue import read_catalogue_sheet

        catalogues["services"] = read_catalogue_sheet(Path(args.services))
    for entry in args.catalogue:
        key, _, file = entry.partition("=")
        catalogues[key.strip()] = json.loads(Path(file).read_text(encoding="utf-8"))
    with unit_of_work(sessions, reason="catalogues") as session:
        tw.set_catalogues(session, catalogues)
    if catalogues:
        say("catalogues set: {names}", names=", ".join(catalogues))
    else:
        say("catalogues cleared")
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
        raise CliError(tx("not a package number: {number}", number=number))
    with unit_of_work(sessions, reason=f"acknowledge {code} {number} again") as session:
        path = tw.write_ack_for(session, code, int(number), Path(args.out))
    print(path)
    return EXIT_OK


def _tw_conflicts(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township as tw

    with sessions() as session:
        rows = tw.list_conflicts(session, args.village, include_decided=args.all)
    for c in rows:
        decided = tx("  {decision} by {name}", decision=c.decision, name=c.decided_by) + (
            f" ({c.reason})" if c.reason else ""
        )
        print(
            f"{c.id}\t{c.village_code}\t{c.record_type}\t{c.uuid}\t"
            + tx(
                "stored v{stored}\tincoming v{incoming} (package {number})\tdiffers: {fields}",
                stored=c.stored_version,
                incoming=c.incoming_version,
                number=c.package_sequence,
                fields=", ".join(c.fields) or "-",
            )
            + (decided if c.decision else "")
        )
    if args.all:
        say("{count} conflicts", count=len(rows))
    else:
        say("{count} conflicts to decide", count=len(rows))
    return EXIT_OK


def _tw_resolve(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    with unit_of_work(sessions, reason=f"conflict {args.id}") as session:
        row = tw.resolve_conflict(session, args.id, take=args.take, by=args.actor, reason=args.reason)
    say(
        "conflict {id}: {decision} ({type} {uuid}) by {name}",
        id=row.id,
        decision=row.decision,
        type=row.record_type,
        uuid=row.uuid,
        name=row.decided_by,
    )
    return EXIT_OK


def _tw_pdfs(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township as tw

    with sessions() as session:
        if args.save:
            if not args.out:
                raise CliError(tx("--save needs --out FILE"))
            Path(args.out).write_bytes(tw.notice_pdf(session, args.village, args.save))
            print(args.out)
            return EXIT_OK
        pdfs = tw.list_notice_pdfs(session, args.village)
    for pdf in pdfs:
        print(
            f"{pdf.id}\t{pdf.notice_uuid}\t"
            + tx("package {number}", number=pdf.package_sequence)
            + f"\t{pdf.size // 1024} KB\t{pdf.title}"
        )
    say("{count} notice PDFs", count=len(pdfs))
    return EXIT_OK


def _tw_import(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township as tw

    refused = 0
    outcomes = tw.import_files(
        sessions,
        [Path(name) for name in args.files],
        Path(args.ack_dir) if args.ack_dir else None,
        dry_run=args.dry_run,
    )
    for outcome in outcomes:
        if outcome.refusal is not None:
            say(
                "REFUSED {file}: {kind}: {message}",
                file=outcome.path.name,
                kind=outcome.refusal.refusal.value,
                message=outcome.message(_tr),
                stream=sys.stderr,
            )
            refused += 1
            continue
        if outcome.failure:
            say(
                "FAILED {file}: {message}",
                file=outcome.path.name,
                message=outcome.message(_tr),
                stream=sys.stderr,
            )
            refused += 1
            continue
        report = outcome.report
        assert report is not None
        state = (
            tx("already imported, nothing changed")
            if report.already_imported
            else (tx("dry run") if args.dry_run else tx("imported"))
        )
        say(
            "{file}: {village} ({code}) package {number}: {state}",
            file=outcome.path.name,
            village=report.village_name,
            code=report.village_code,
            number=report.sequence,
            state=state,
        )
        for type_name, summary in report.summary.items():
            if summary.new or summary.updated or summary.conflicts:
                say(
                    "  {type}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}",
                    type=type_name,
                    new=summary.new,
                    updated=summary.updated,
                    unchanged=summary.unchanged,
                    conflicts=summary.conflicts,
                )
        if outcome.ack is not None:
            say("  acknowledgement: {file}", file=outcome.ack)
        if outcome.ack_failure:
            say(
                "NO ACKNOWLEDGEMENT {file}: {message}",
                file=outcome.path.name,
                message=outcome.message(_tr),
                stream=sys.stderr,
            )
            refused += 1
    return EXIT_ERROR if refused else EXIT_OK


def _tw_backup(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township_backup

    passphrase = _secret(args, "pin_stdin", tx("passphrase for the backup"), confirm=True)
    with sessions() as session:
        summary = township_backup.make_backup(session, sessions.kw["bind"], Path(args.file), passphrase)
    rows = sum(summary.rows.values())
    say(
        "{file}: township {name} ({code}), {rows} rows, keys included, encrypted",
        file=args.file,
        name=summary.township,
        code=summary.code,
        rows=rows,
    )
    return EXIT_OK


def _tw_restore(args: argparse.Namespace, sessions: Any) -> int:
    from villagedesk.exchange import township_backup

    pin = _secret(
        args, "pin_stdin", tx("PIN of {name} in the backup", name=args.user or tx("the administrator"))
    )
    passphrase = _secret(args, "pin_stdin", tx("passphrase of the backup"))
    summary = township_backup.restore_backup(sessions, Path(args.file), passphrase, args.user, pin)
    rows = sum(summary.rows.values())
    say("restored township {name} ({code}): {rows} rows", name=summary.township, code=summary.code, rows=rows)
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
