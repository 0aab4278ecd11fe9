"""What is due: each part of the desk contributes items to the home page (工作台) through its
declaration (``Part.due``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from villagedesk.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class DueItem:
    register: str  # translatable register title
    text: str  # translatable template
    params: dict[str, object]
    urgent: bool = False
    page: str = ""  # page key to open


def due_items(session: Session, today: dt.date | None = None) -> list[DueItem]:
    from villagedesk.registers import PARTS

    today = today or dt.date.today()
    items: list[DueItem] = []
    for part in PARTS:
        if part.due is not None:
            items.extend(part.due(session, today))
    return sorted(items, key=lambda i: not i.urgent)


# -- the first-run checklist --------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    key: str
    text: str  # translatable: what to do
    page: str  # page key where it is done
    done: bool


S_ROSTER = QT_TRANSLATE_NOOP("core", "Enter the people roster (type it in or import the county's workbook).")
S_SUPERVISORS = QT_TRANSLATE_NOOP(
    "core",
    "Add the supervision committee members as users, so they can sign reviews (Settings → Users).",
)
S_TOWNSHIP_KEY = QT_TRANSLATE_NOOP(
    "core", "Install the township's key from the township's USB stick (Township exchange)."
)
S_OBJECTION_PHONE = QT_TRANSLATE_NOOP(
    "core", "Fill in the phone number for objections that every notice prints (Settings)."
)


def first_run_steps(session: Session, keys_dir: Path) -> list[Step]:
    """What a new centre still has to set up; every step says whether it is done."""
    from sqlalchemy import func, select

    from villagedesk.db.models import AppUser, CentreProfile, Person, UserRole

    people = session.scalar(select(func.count(Person.id)).where(Person.deleted.is_(False))) or 0
    supervisors = (
        session.scalar(
            select(func.count(AppUser.id)).where(
                AppUser.role == UserRole.SUPERVISOR, AppUser.active.is_(True)
            )
        )
        or 0
    )
    phone = session.scalar(select(CentreProfile.objection_phone).limit(1)) or ""
    key = False
    # Only a key file that is there is parsed: the parsing needs cryptography, which a start on a
    # centre without a township key (a new or demo village) then never imports.
    if (keys_dir / "township.pub").exists():
        from villagedesk.exchange.keys import installed_township_key

        try:
            key = installed_township_key(keys_dir) is not None
        except (OSError, ValueError):
            key = False  # an unreadable key file is no key: the step stays
    return [
        Step("roster", S_ROSTER, "roster", people > 0),
        Step("supervisors", S_SUPERVISORS, "settings", supervisors > 0),
        Step("township_key", S_TOWNSHIP_KEY, "exchange", key),
        Step("objection_phone", S_OBJECTION_PHONE, "settings", bool(phone.strip())),
    ]


# -- the home page as a whole -------------------------------------------------------------------------
@dataclass(frozen=True)
class HomeFacts:
    """Everything the home page (工作台) shows, read in one go: plain values, so that it can be read
    off the GUI thread while the desk starts and shown after."""

    village: str
    township: str
    division_code: str
    today: dt.date
    counts: dict[str, int]  # Body name -> members on ``today``
    due: list[DueItem]
    steps: list[Step]  # the first-run steps still to do


HOME_BODIES = ("PARTY_FULL", "PARTY_PROBATIONARY", "REPRESENTATIVE", "SUPERVISION")


def home_facts(session: Session, today: dt.date, keys_dir: Path) -> HomeFacts | None:
    """The home page's facts, or None before the centre is set up."""
    from villagedesk.core import roster
    from villagedesk.core.centre import find_centre
    from villagedesk.db.models import Body

    centre = find_centre(session)
    if centre is None:
        return None
    return HomeFacts(
        village=centre.village_name,
        township=centre.township_name,
        division_code=centre.division_code,
        today=today,
        counts={name: roster.count_on(session, Body[name], today) for name in HOME_BODIES},
        due=due_items(session, today),
        steps=[s for s in first_run_steps(session, keys_dir) if not s.done],
    )
