"""The registers' commands: the roster, printing, reviews, 四议两公开."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from villagedesk.cli.common import (
    EXIT_OK,
    NO_PIN_HELP,
    PIN_HELP,
    CliError,
    Subparsers,
    _date,
    _open,
    _pin_flag,
    _tr,
)
from villagedesk.cli.language import say, tx
from villagedesk.core.errors import ValidationError

# The names of db.models.roster.Body, spelt out so that building the parser (every start of the
# desk and of every command) does not import the models; tests/db/test_start_imports.py keeps them equal.
BODY_NAMES = (
    "PARTY_FULL",
    "PARTY_PROBATIONARY",
    "BRANCH_COMMITTEE",
    "VILLAGE_COMMITTEE",
    "REPRESENTATIVE",
    "SUPERVISION",
)


def _roster_parser(sub: Subparsers) -> None:
    p = sub.add_parser("roster", help=tx("list or import the people roster"))
    rsub = p.add_subparsers(dest="roster_command", required=True)
    r = rsub.add_parser(
        "list",
        help=tx("people, their groups and memberships"),
        description=tx("List people with their group and memberships (Party membership is personal data). ")
        + tx(PIN_HELP),
    )
    _pin_flag(r)
    r.add_argument("--name", default="")
    r.add_argument("--body", choices=BODY_NAMES)
    r.add_argument("--on", type=_date, default=None)
    r = rsub.add_parser(
        "import",
        help=tx("import people and memberships from an .xlsx sheet"),
        description=tx(
            "Import people and memberships from an .xlsx sheet: every problem is listed and "
            "nothing is imported until the sheet is clean; the same sheet twice changes nothing. "
        )
        + tx(PIN_HELP),
    )
    r.add_argument("file")
    r.add_argument("--dry-run", action="store_true", help=tx("show what would change and import nothing"))
    _pin_flag(r)
    p.set_defaults(handler=cmd_roster)


def cmd_roster(args: argparse.Namespace) -> int:
    from villagedesk.core import roster

    if args.roster_command == "import":
        return _roster_import(args)
    from villagedesk.db.models.roster import Body

    store = _open(args, lock=False)  # with the PIN: names and Party membership are personal data
    with store:
        with store.sessions() as session:
            rows = roster.search_people(session, args.name, Body[args.body] if args.body else None, args.on)
            for row in rows:
                bodies = ",".join(b.value for b in row.bodies)
                print(f"{row.id}\t{row.name}\t{row.group_name}\t{bodies}")
            say("{count} people", count=len(rows))
    return EXIT_OK


def _print_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "print",
        help=tx("list printable documents or write their PDFs"),
        description=tx(
            "List the printable documents (--list, which needs no PIN) or write their PDFs (logged as "
            "printed by the acting user). "
        )
        + tx(PIN_HELP),
    )
    _pin_flag(p)
    p.add_argument("ids", nargs="*", help=tx("document ids from --list, e.g. general-3"))
    p.add_argument("--list", action="store_true", help=tx("list every printable document"))
    p.add_argument("--all", action="store_true", help=tx("write every printable document"))
    p.add_argument("--out", help=tx("folder for the PDFs"))
    p.add_argument("--post", action="store_true", help=tx("these copies are for posting: lock the notices"))
    p.set_defaults(handler=cmd_print)


def cmd_print(args: argparse.Namespace) -> int:

    from villagedesk import documents
    from villagedesk.core.session import unit_of_work
    from villagedesk.files import write_atomically

    if args.list:
        store = _open(args, lock=False, pin=False)
        with store:
            with store.sessions() as session:
                for item in documents.printables(session):
                    state = "posted" if item.locked else "draft"  # a state for scripts: stays as it is
                    print(f"{item.id}\t{item.kind}\t{item.date.isoformat()}\t{state}\t{item.title}")
        return EXIT_OK
    if not args.out or not (args.ids or args.all):
        raise CliError(tx("print: give document ids (or --all) and --out DIR, or --list"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    prepared = documents.prepare()  # while the PIN is checked
    try:
        store = _open(args)
    finally:
        prepared()
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
                        tx(
                            "print: no such document: {ids} (see `villagedesk print --list`)",
                            ids=", ".join(unknown),
                        )
                    )
            # every PDF is built, and the whole print recorded by the service the desk uses (a post is
            # checked, logged and locks its record), before any file is written
            built = [(item, *item.build()) for item in chosen]
            outputs = [
                documents.Output(item, digest, target=str(out / f"{item.id}.pdf"))
                for item, _pdf, digest in built
            ]
            documents.record_output(
                session, outputs, "post" if args.post else "save", args.actor, dt.date.today()
            )
            for item, pdf, _digest in built:
                path = out / f"{item.id}.pdf"
                write_atomically(path, pdf)
                print(path)
    return EXIT_OK


def _roster_import(args: argparse.Namespace) -> int:
    """The same policy as the desk: every problem at once, nothing imported until the sheet is
    clean; --dry-run shows what would change (new, updated, unchanged, differences) and stops."""
    from villagedesk.core.roster_import import apply_import, plan_import
    from villagedesk.core.session import unit_of_work

    store = _open(args)
    with store:
        with store.sessions() as session:
            session.info["actor"] = args.actor
            plan = plan_import(session, args.file, dt.date.today())
            session.rollback()
        for group in plan.grouped_problems():
            print(group.render(_tr), file=sys.stderr)
        for column in plan.unknown_columns:
            say(
                "column not imported: {letter} {header}",
                letter=column.letter,
                header=column.header,
                stream=sys.stderr,
            )
        say(
            "new {new}, updated {updated}, unchanged {unchanged}",
            new=plan.new,
            updated=plan.updated,
            unchanged=plan.unchanged,
        )
        for change in plan.differences:
            kept = ", ".join(f"{b.value} {d.isoformat()}" for b, d in change.not_in_sheet)
            if kept:
                say(
                    "row {row} {name}: not in the sheet, kept on the roster: {kept}",
                    row=change.row,
                    name=change.name,
                    kept=kept,
                )
        if not plan.clean:
            raise CliError(tx("the sheet has problems (listed above); nothing was imported"))
        if args.dry_run:
            return EXIT_OK
        from villagedesk.core.backup import make_backup

        make_backup(store.data_dir.database, store.data_dir.backups, "pre-import")
        with unit_of_work(store.sessions, reason="roster import") as session:
            done = apply_import(session, args.file, dt.date.today(), expected_sha256=plan.sheet_sha256)
        say(
            "imported: new {new}, updated {updated}, memberships added {added}",
            new=done.new,
            updated=done.updated,
            added=done.memberships_added,
        )
    return EXIT_OK


def _notice_parser(sub: Subparsers) -> None:
    p = sub.add_parser("notice", help=tx("general notices: supervision review"))
    nsub = p.add_subparsers(dest="notice_command", required=True)
    n = nsub.add_parser(
        "review",
        help=tx("sign the supervision review of a notice (as --user, with their PIN)"),
        description=tx(
            "A supervision committee member (--user NAME) signs the review of a notice with "
            "their own PIN (asked for at the terminal, or the first line of standard input with "
            "--pin-stdin). The date is today unless --date says otherwise; it cannot be in the future nor "
            "before the day the notice's current version was saved."
        ),
    )
    n.add_argument("id", help=tx("document id, e.g. general-3"))
    n.add_argument("--opinion", default="同意公开。")
    n.add_argument("--date", type=_date, default=None)
    _pin_flag(n)
    p.set_defaults(handler=cmd_notice)


def cmd_notice(args: argparse.Namespace) -> int:
    from villagedesk import documents
    from villagedesk.core.session import unit_of_work

    if not args.user:
        raise CliError(tx("a review is signed by a supervision committee member: name them with --user"))
    store = _open(args)  # the reviewer proves who they are with their own PIN, now
    with store:
        pin = args.pin
        session_failed: Exception | None = None
        with unit_of_work(store.sessions) as session:
            try:
                item = documents.find_printable(session, args.id)
            except KeyError:
                raise CliError(tx("no such document: {id}", id=args.id)) from None
            try:
                documents.sign_review(
                    session,
                    item,
                    signer=args.actor,
                    pin=pin,
                    opinion=args.opinion,
                    day=args.date or dt.date.today(),
                )
            except ValidationError as exc:
                session_failed = exc  # the failed PIN try is committed (lockout counts), the signature is not
        if session_failed is not None:
            raise session_failed
        say("{id}: reviewed by {name}", id=args.id, name=args.actor)
    return EXIT_OK


def _matter_parser(sub: Subparsers) -> None:
    p = sub.add_parser("matter", help=tx("四议两公开: list the major matters and where each stands"))
    msub = p.add_subparsers(dest="matter_command", required=True)
    m = msub.add_parser(
        "list", help=tx("the major matters"), description=tx("List the major matters. ") + tx(NO_PIN_HELP)
    )
    m.add_argument("--year", type=int)
    m.add_argument("--status", choices=["IN_PROGRESS", "FAILED", "WITHDRAWN", "COMPLETED"])
    m = msub.add_parser(
        "show", help=tx("one matter's timeline"), description=tx("A matter's timeline. ") + tx(NO_PIN_HELP)
    )
    m.add_argument("id", type=int)
    p.set_defaults(handler=cmd_matter)


def cmd_matter(args: argparse.Namespace) -> int:
    from villagedesk.core import deliberation as d
    from villagedesk.db.models import MatterStatus

    store = _open(args, lock=False, pin=False)
    with store:
        with store.sessions() as session:
            if args.matter_command == "show":
                matter = d.get_matter(session, args.id)
                print(
                    f"{matter.title}\t{matter.category}\t{matter.status.value}\t"
                    + tx("origin: {origin}", origin=matter.origin.value)
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
                    for f, on in (
                        (tx("overdue"), row.overdue),
                        (tx("disclosure missing"), row.missing_disclosure),
                    )
                    if on
                )
                print(f"{row.id}\t{row.opened_on}\t{row.status.name}\t{stage}\t{flags}\t{row.title}")
            say("{count} matters", count=len(rows))
    return EXIT_OK


PARSERS = (
    _roster_parser,
    _print_parser,
    _notice_parser,
    _matter_parser,
)
