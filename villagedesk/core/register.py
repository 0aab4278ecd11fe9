"""What a part of the desk declares so the shared machinery can serve it without naming it.

Each register (四议两公开, 通用公告, and the ones to come) ends its core module with a ``Register``;
what is not a register — the centre profile, settings, the roster, users, review signatures — is
declared the same way as the desk's ``SPINE`` (a ``Part``). ``villagedesk/registers.py`` lists them.
The shared code (home page, township overview, demo, backup summary, exchange, acknowledgements,
settings) iterates over these declarations and names no register.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from villagedesk.core.demo import DemoSummary
    from villagedesk.core.settings import SettingDef
    from villagedesk.core.workbench import DueItem


@dataclass(frozen=True)
class RecordType:
    """A table whose rows travel to the township in the USB package."""

    name: str  # stable name in packages: never renamed without a package-format bump
    model: type
    sensitive: frozenset[str] = field(default_factory=frozenset)  # sealed to the township's key
    free_text: frozenset[str] = field(default_factory=frozenset)  # text a clerk may type numbers into
    exclude: frozenset[str] = field(default_factory=frozenset)  # never leaves the village


Records = Mapping[str, Sequence[Mapping[str, Any]]]  # record-type name → one village's rows as stored


@dataclass(frozen=True)
class OverviewColumn:
    """One column of the township overview, computed from the facts stored at import and today."""

    key: str
    title: str  # translatable (context "core")
    value: Callable[[Mapping[str, Any], dt.date], Any]
    # words behind the figure (which services, which funds), shown beside it where there is room
    detail: Callable[[Mapping[str, Any], dt.date], str] | None = None


@dataclass(frozen=True)
class Overview:
    """``facts`` reads one village's records once, at import, into small JSON-able facts (due dates,
    stage dates, counts); ``columns`` turn those facts into figures for a given day when shown."""

    facts: Callable[[Records], dict[str, Any]]
    columns: tuple[OverviewColumn, ...]


@dataclass(frozen=True)
class Catalogue:
    """A list the township may send back in its acknowledgement (e.g. the major-matters list)."""

    key: str  # name in the acknowledgement
    title: str  # translatable
    apply: Callable[[Session, Any], None]  # validates and stores it at the village
    current: Callable[[Session], Any]  # what the village has now


@dataclass(frozen=True)
class Count:
    """A figure in the summary of a backup (read from the backup's own tables, without the models)."""

    key: str  # stable: stored in backup headers
    table: str
    title: str  # translatable (context "core")
    tombstoned: bool = True  # count only the rows that are not tombstoned


@dataclass(frozen=True)
class Part:
    key: str
    title: str  # translatable (context "core")
    record_types: tuple[RecordType, ...] = ()
    settings: tuple[SettingDef[Any], ...] = ()
    due: Callable[[Session, dt.date], list[DueItem]] | None = None
    overview: Overview | None = None
    demo: Callable[[Session, random.Random, dt.date, int, DemoSummary], None] | None = (
        None  # `villagedesk demo`
    )
    counts: tuple[Count, ...] = ()  # the backup summary
    catalogues: tuple[Catalogue, ...] = ()
    # What this part offers other registers, by the name of the hook the other register reads, e.g.
    # "disclosure_calendar" (items for the 村务公开 calendar) or "finance_statement" (a fund statement).
    contributes: Mapping[str, Callable[..., Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Register(Part):
    """A register: a room of the desk with its own records, documents and page."""

    document_prefixes: tuple[str, ...] = ()  # the printable ids it owns, e.g. "resolution" in resolution-12
