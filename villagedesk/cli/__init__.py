"""Command line: the same services as the desk, for scripts and for the township.

One module per area (``desk``, ``registers``, ``exchange``); each declares its subcommands next to
their handlers. Exit code 0 on success; on error one line on stderr and a non-zero code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from villagedesk import __version__
from villagedesk.cli.common import (
    EXIT_ERROR,
    EXIT_LOCKED,
    LOCKED_MESSAGE,
    PIN_STDIN_HELP,
    CliError,
    _tr,
)
from villagedesk.cli.language import Parser, say, speak, tx


def build_parser() -> argparse.ArgumentParser:
    from villagedesk.cli import care, desk, exchange, registers

    parser = Parser(
        prog="villagedesk",
        description=tx("VillageDesk 村党群服务中心台账"),
        epilog=tx(
            "Every command that changes something or shows personal data in full acts as a real user "
            "who gives their PIN: --user NAME (default: the administrator), the PIN asked for at the "
            "terminal or read from the first line of standard input with --pin-stdin; a command that "
            "reads another secret from standard input (a new PIN, a backup passphrase) reads it on the "
            "next line. Only `init` and `demo` on an empty folder need no PIN. A locked or disabled "
            "user can do nothing."
        ),
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", title=tx("commands"), metavar=tx("COMMAND"))
    for add in (*desk.PARSERS, *registers.PARSERS, *care.PARSERS, *exchange.PARSERS):
        add(sub)
    return parser


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"VillageDesk {__version__}")
    parser.add_argument("--data-dir", help=tx("data folder (default: the user data folder)"))
    parser.add_argument(
        "--user", help=tx("act as this user (default: the centre's administrator, who still gives their PIN)")
    )
    parser.add_argument("--pin-stdin", action="store_true", default=False, help=tx(PIN_STDIN_HELP))
    parser.add_argument(
        "--self-test", action="store_true", help=tx("open the desk offscreen, check it and quit")
    )


def _desk_args(argv: list[str]) -> argparse.Namespace | None:
    """The desk's start (global options only) read without building every command's parser;
    None for anything else (a command, --help, a mistake), which the whole parser then reads."""
    if not _opens_the_desk(argv) or any(a in ("-h", "--help", "--version") for a in argv):
        return None
    parser = Parser(prog="villagedesk", add_help=False, exit_on_error=False)
    _global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before anything is imported: it must be instant
        print(f"VillageDesk {__version__}")
        return 0
    from villagedesk.cli.language import load_catalogue

    try:
        # before the parser: its help and usage errors are in the user's language
        load_catalogue(qt=_opens_the_desk(argv))
    except RuntimeError:
        pass  # the CLI still works in English source text
    speak()
    try:
        args = _desk_args(argv) or build_parser().parse_args(argv)  # --help prints here
        if args.command is None:
            from villagedesk.ui.app import run_desk

            return run_desk(args)
        return _run(args)
    except BrokenPipeError:  # `villagedesk … | head`: the reader has what it wanted
        _silence_stdout()
        return 0


def _opens_the_desk(argv: list[str]) -> bool:
    """No command word, only global options: the desk opens, and it loads Qt's translator anyway."""
    takes_value = {"--data-dir", "--user"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            return False
    return True


def _run(args: argparse.Namespace) -> int:
    from villagedesk.core.errors import ValidationError
    from villagedesk.db.lock import AlreadyRunningError

    try:
        return int(args.handler(args))
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
        say("file not found: {name}", name=exc.filename or exc, stream=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        raise
    except Exception as exc:  # a full disk anywhere: one clear message naming the folder
        from villagedesk.files import disk_full
        from villagedesk.paths import DataDir

        full = disk_full(exc, DataDir.resolve(getattr(args, "data_dir", None)).root)
        if full is not None:
            print(full.render(_tr), file=sys.stderr)
            return EXIT_ERROR
        return _unexpected(exc, args)


def _unexpected(exc: BaseException, args: argparse.Namespace) -> int:
    """An error nobody foresaw: the whole story goes to the log, the user gets one line and its path."""
    import logging

    from villagedesk.logs import setup_logging
    from villagedesk.paths import DataDir

    try:
        log = setup_logging(DataDir.resolve(getattr(args, "data_dir", None)).logs)
        logging.getLogger("villagedesk.cli").error("unexpected error in %s", args.command, exc_info=exc)
        where = str(log)
    except OSError:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)  # no log can be written: keep the story here
        where = "-"
    say(
        "Unexpected error ({kind}: {message}). Nothing more was done. Details are in the log: {log}",
        kind=type(exc).__name__,
        message=(str(exc).splitlines() or [""])[0][:200],
        log=where,
        stream=sys.stderr,
    )
    return EXIT_ERROR


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at nothing so Python's exit flush does not complain."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
