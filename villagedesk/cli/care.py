"""暖心关怀 on the command line: the care fund statement of any period, as a PDF notice."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from villagedesk.cli.common import EXIT_OK, PIN_HELP, Subparsers, _open, _pin_flag
from villagedesk.cli.language import say, tx


def _care_parser(sub: Subparsers) -> None:
    p = sub.add_parser("care", help=tx("暖心关怀: the care fund statement of a period"))
    csub = p.add_subparsers(dest="care_command", required=True, metavar=tx("ACTION"))
    s = csub.add_parser(
        "statement",
        help=tx("write the care fund statement of a month, quarter, year or two dates as a PDF"),
        description=tx(
            "Write the statement (opening balance, income, payments, closing balance and every line) of "
            "each care fund, or of --fund, for the period; logged as saved by the acting user. "
        )
        + tx(PIN_HELP),
    )
    _pin_flag(s)
    s.add_argument(
        "period",
        help=tx("2026 (a year), 2026Q1 (a quarter), 2026-03 (a month) or 2026-01-15..2026-03-20"),
    )
    s.add_argument("--fund", help=tx("the fund's name (default: every care fund)"))
    s.add_argument("--out", required=True, help=tx("folder for the PDFs"))
    s.set_defaults(handler=cmd_care)


def cmd_care(args: argparse.Namespace) -> int:
    from villagedesk import documents
    from villagedesk.core.care import fund as f
    from villagedesk.core.care import periods
    from villagedesk.core.session import unit_of_work
    from villagedesk.documents.care import StatementKind
    from villagedesk.files import write_atomically

    start, end = periods.parse(args.period)  # a wrong period is refused before the PIN is asked
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    store = _open(args)
    with store:
        with unit_of_work(store.sessions) as session:
            chosen = [f.fund_named(session, args.fund)] if args.fund else f.ensure_funds(session)
            built = []
            for fund in chosen:
                item = StatementKind().printable(session, fund.id, start, end)
                pdf, digest = item.build()
                s = f.fund_statement(session, fund.id, start, end)
                built.append((item, pdf, digest, fund.name, s))
            outputs = [
                documents.Output(item, digest, target=str(out / f"{item.id}.pdf"))
                for item, _, digest, _, _ in built
            ]
            documents.record_output(session, outputs, "save", args.actor, dt.date.today())
            for item, pdf, _digest, name, s in built:
                path = out / f"{item.id}.pdf"
                write_atomically(path, pdf)
                print(path)
                say(
                    "{fund} {period}: opening {opening}, income {income}, payments {spent}, closing {closing} yuan",
                    fund=name,
                    period=periods.title(start, end),
                    opening=f.format_fen(s.opening),
                    income=f.format_fen(s.income),
                    spent=f.format_fen(s.expenditure),
                    closing=f.format_fen(s.closing),
                )
    return EXIT_OK


PARSERS = (_care_parser,)
