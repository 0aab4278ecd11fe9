"""What every command shares: errors, exit codes, opening the store as a user, reading secrets."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
    from villagedesk.i18n import tr_core

    return tr_core(text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _open(args: argparse.Namespace, lock: bool = True) -> Store:
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
