"""What every command shares: errors, exit codes, opening the store as a user, reading secrets."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from villagedesk.cli.language import tx
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.paths import DataDir

if TYPE_CHECKING:
    from villagedesk.db.store import Store

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
Handler = Callable[[argparse.Namespace], int]
Subparsers = Any  # argparse._SubParsersAction, which argparse does not export

LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "core", "VillageDesk is already open on this data folder (another window or command). Close it first."
)


class CliError(Exception):
    """A one-line message for the user; the command exits non-zero."""


def _tr(text: str) -> str:
    """A core message in the command line's language."""
    from villagedesk.cli.language import translate
    from villagedesk.core.i18n import CONTEXT

    return translate(CONTEXT, text)


def counts_text(counts: dict[str, int]) -> str:
    """A backup's or a package's figures in words ("people 92" is 人员 92): the registers' count
    titles and the record kinds, in the user's language; a key nobody labelled stays as it is."""
    from villagedesk.core.labels import TABLE_LABELS
    from villagedesk.registers import PARTS

    titles = {c.key: c.title for part in PARTS for c in part.counts} | {k: v for k, v in TABLE_LABELS.items()}
    return tx(", ").join(
        tx("{what} {count}", what=_tr(titles[k]) if k in titles else k, count=v) for k, v in counts.items()
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(tx("not a date (YYYY-MM-DD): {text}", text=text)) from exc


# Shared help texts, translated where the parser is built (tx(PIN_HELP) and so on).
PIN_STDIN_HELP = QT_TRANSLATE_NOOP(
    "",
    "read the acting user's PIN from the first line of standard input (before any other secret the "
    "command reads there)",
)
NO_PIN_HELP = QT_TRANSLATE_NOOP("", "needs no PIN: it shows no personal data in full and changes nothing.")
PIN_HELP = QT_TRANSLATE_NOOP(
    "",
    "Acts as --user (default: the administrator), who must give their PIN: asked for at the terminal, "
    "or the first line of standard input with --pin-stdin.",
)


def _pin_flag(p: argparse.ArgumentParser) -> None:
    """--pin-stdin after the subcommand too (it is also accepted before it)."""
    p.add_argument("--pin-stdin", action="store_true", default=argparse.SUPPRESS, help=tx(PIN_STDIN_HELP))


def _open(args: argparse.Namespace, lock: bool = True, *, pin: bool = True, new_pin: bool = False) -> Store:
    """Open the store acting as --user or as the centre's administrator.

    With ``pin`` (every writing command, and every command that shows personal data in full) the
    acting user proves it with their PIN; a wrong PIN counts towards the lockout as at the desk. A
    disabled or locked user is refused either way. ``new_pin``: the command is the user choosing a
    new PIN, so a PIN that must be changed is accepted here (and nowhere else).
    """
    from villagedesk.core import users
    from villagedesk.core.errors import ValidationError
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.store import open_store

    store = open_store(DataDir.resolve(args.data_dir), lock=lock)
    try:
        failure: ValidationError | None = None
        with unit_of_work(store.sessions, actor=users.SYSTEM_ACTOR) as session:
            user = users.find_user(session, args.user) if args.user else users.administrator(session)
            if user is None and not args.user and not pin and not users.users(session, include_inactive=True):
                # a folder nobody has set up yet (or whose setup failed, e.g. on a full disk): the
                # commands that only read (info, listings) still answer, acting as nobody
                store.sessions.configure(info={"actor": users.SYSTEM_ACTOR})
                args.actor = users.SYSTEM_ACTOR
                return store
            if user is None or not user.active:
                if args.user:
                    raise CliError(
                        tx("no active user called {name} (see `villagedesk user list`)", name=args.user)
                    )
                raise CliError(
                    tx(
                        "this data folder has no users yet: run `villagedesk init` or `villagedesk demo`, "
                        "or open the desk"
                    )
                )
            actor = user.name
            if users.is_locked(user):
                failure = ValidationError.single(
                    users.F_PIN, users.R_LOCKED, until=user.locked_until.astimezone().strftime("%H:%M")
                )
            elif pin:
                secret = _secret(args, "pin_stdin", tx("PIN of {name}", name=actor))
                try:
                    users.authenticate(session, actor, secret)
                except ValidationError as exc:
                    failure = exc  # committed: the wrong try counts, as at the desk
                else:
                    if users.needs_new_pin(session, user, secret) and not (new_pin and args.name == actor):
                        # only `user set-pin` of one's own name goes on: it is the change itself
                        failure = ValidationError.single(
                            users.F_PIN,
                            users.R_MUST_CHANGE,
                            name=actor,
                            minimum=users.pin_min_length(session),
                        )
                args.pin = secret
        if failure is not None:
            raise failure
    except BaseException:
        store.close()
        raise
    store.sessions.configure(info={"actor": actor})
    args.actor = actor
    return store


def _open_empty(args: argparse.Namespace, what: str) -> Store:
    """``init`` and ``demo``: the only commands that act without a PIN, and only on a folder with
    no centre and no users yet."""
    from villagedesk.core import users
    from villagedesk.core.centre import find_centre
    from villagedesk.db.store import open_store

    store = open_store(DataDir.resolve(args.data_dir), lock=True)
    with store.sessions() as session:
        used = find_centre(session) is not None or bool(users.users(session, include_inactive=True))
    if used:
        store.close()
        raise CliError(
            tx(
                "this data folder already has a centre; {command} needs a new, empty folder (--data-dir)",
                command=what,
            )
        )
    store.sessions.configure(info={"actor": users.SYSTEM_ACTOR})
    args.actor = users.SYSTEM_ACTOR
    return store


def _secret(args: argparse.Namespace, flag: str, prompt: str, confirm: bool = False) -> str:
    """A PIN or passphrase: from standard input with --*-stdin, else asked for at the terminal."""
    if getattr(args, flag, False):
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise CliError(
            tx("{prompt}: run in a terminal or pass --{flag}", prompt=prompt, flag=flag.replace("_", "-"))
        )
    import getpass

    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(tx("{prompt} (again): ", prompt=prompt)) != first:
        raise CliError(tx("the two entries are different"))
    return first
