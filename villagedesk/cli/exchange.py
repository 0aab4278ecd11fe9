"""The township exchange: keys, export at the village, the township store."""

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
    _open,
    _pin_flag,
    _tr,
)


def _township_key_parser(sub: Subparsers) -> None:
    p = sub.add_parser("township-key", help="install the township's public key at the village")
    tk = p.add_subparsers(dest="tk_command", required=True)
    t = tk.add_parser("import", help="install the key file", description="Install the key. " + PIN_HELP)
    t.add_argument("file")
    _pin_flag(t)
    tk.add_parser("show", help="the installed key", description="Show the installed key. " + NO_PIN_HELP)
    p.set_defaults(handler=cmd_township_key)


def cmd_township_key(args: argparse.Namespace) -> int:
    from pathlib import Path

    from villagedesk.core.centre import get_centre
    from villagedesk.exchange.keys import install_township_key, installed_township_key

    store = _open(args, pin=args.tk_command != "show")
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


def _township_parser(sub: Subparsers) -> None:
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
    t.add_argument("--services", help="a spreadsheet (.xlsx) of the 十有 services: columns 编码 and 名称")
    p.set_defaults(handler=cmd_township)


def cmd_township(args: argparse.Namespace) -> int:
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw

    url = tw.township_url(args.db)
    if args.township_command is None:
        from villagedesk.ui.township_window import run_township

        return run_township(url)
    engine, sessions = tw.open_township(url)
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
            if args.services:
                from villagedesk.core.microservices.catalogue import read_catalogue_sheet

                catalogues["services"] = read_catalogue_sheet(Path(args.services))
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


PARSERS = (
    _township_key_parser,
    _export_parser,
    _ack_parser,
    _township_parser,
)
