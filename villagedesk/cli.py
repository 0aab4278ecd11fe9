"""Command line: the same services as the desk, for scripts and for the township.

Exit code 0 on success; on error one line on stderr and a non-zero code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence

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
    from villagedesk.db.store import open_store

    return open_store(DataDir.resolve(args.data_dir), lock=lock, actor=args.user or "admin")


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
    store = _open(args)
    try:
        with unit_of_work(store.sessions) as session:
            centre = create_centre(session, data)
            print(f"{centre.village_name} {centre.division_code} → {store.data_dir.root}")
    finally:
        store.close()
    return EXIT_OK


@command("info")
def cmd_info(args: argparse.Namespace) -> int:
    from villagedesk.core.centre import find_centre
    from villagedesk.db.migrate import current_revision, head_revision

    store = _open(args, lock=False)
    try:
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
    finally:
        store.close()
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
    try:
        with unit_of_work(store.sessions) as session:
            if find_centre(session) is not None:
                raise CliError(
                    "this data folder already has a centre; demo needs a new, empty folder (--data-dir)"
                )
            summary = fill_demo(session, seed=args.seed, years=args.years, today=args.as_of)
        print(f"demo village {summary.village}: {summary.people} people in {store.data_dir.root}")
        for key, value in summary.counts.items():
            print(f"  {key}: {value}")
    finally:
        store.close()
    return EXIT_OK


@command("roster")
def cmd_roster(args: argparse.Namespace) -> int:
    from villagedesk.core import roster
    from villagedesk.core.session import unit_of_work

    if args.roster_command == "import":
        from villagedesk.core.roster_import import import_roster_xlsx

        store = _open(args)
        try:
            with unit_of_work(store.sessions, reason="roster import") as session:
                result = import_roster_xlsx(session, args.file)
            print(f"imported {result.people} people, {result.memberships} memberships")
        finally:
            store.close()
        return EXIT_OK
    store = _open(args, lock=False)
    try:
        with store.sessions() as session:
            rows = roster.search_people(session, args.name, Body[args.body] if args.body else None, args.on)
            for row in rows:
                bodies = ",".join(b.value for b in row.bodies)
                print(f"{row.id}\t{row.name}\t{row.group_name}\t{bodies}")
            print(f"{len(rows)} people")
    finally:
        store.close()
    return EXIT_OK


@command("print")
def cmd_print(args: argparse.Namespace) -> int:
    from pathlib import Path

    from villagedesk import documents
    from villagedesk.core.session import unit_of_work

    if args.list:
        store = _open(args, lock=False)
        try:
            with store.sessions() as session:
                for item in documents.printables(session):
                    state = "posted" if item.locked else "draft"
                    print(f"{item.id}\t{item.kind}\t{item.date.isoformat()}\t{state}\t{item.title}")
        finally:
            store.close()
        return EXIT_OK
    if not args.out or not (args.ids or args.all):
        raise CliError("print: give document ids (or --all) and --out DIR, or --list")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    store = _open(args)
    try:
        with unit_of_work(store.sessions, actor=args.user or "admin") as session:
            items = documents.printables(session)
            by_id = {item.id: item for item in items}
            unknown = [i for i in args.ids if i not in by_id]
            if unknown:
                raise CliError(
                    f"print: no such document: {', '.join(unknown)} (see `villagedesk print --list`)"
                )
            chosen = items if args.all else [by_id[i] for i in args.ids]
            written = []
            for item in chosen:
                pdf, digest = item.build()  # all PDFs are built before anything is written or logged
                written.append((item, pdf, digest))
            for item, pdf, digest in written:
                path = out / f"{item.id}.pdf"
                tmp = path.with_suffix(".pdf.part")
                tmp.write_bytes(pdf)
                tmp.replace(path)
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
    finally:
        store.close()
    return EXIT_OK


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
