"""Recording a meeting (stages 1-4): who should attend, the checks, the result by the rules."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from villagedesk.core import roster
from villagedesk.core import settings as centre_settings
from villagedesk.core.centre import get_centre
from villagedesk.core.deliberation.config import PARTY_NOTICE_DAYS, VILLAGERS_NOTICE_DAYS
from villagedesk.core.deliberation.messages import (
    F_ABSENTEES,
    F_AGENDA,
    F_ATTENDEES,
    F_CHAIR,
    F_COMMITTEE_VOTES,
    F_COUNTS,
    F_DATE,
    F_PLACE,
    F_RECORDER,
    F_RESOLUTION,
    F_SCAN,
    F_STAGE,
    F_VOTES,
    R_AMOUNT,
    R_BEFORE_EARLIER,
    R_BEFORE_OPENED,
    R_COMMITTEE_PART,
    R_COMMITTEE_SUM,
    R_FUTURE,
    R_HOUSEHOLDS_MORE,
    R_HOUSEHOLDS_PRESENT,
    R_JOINT,
    R_KIND,
    R_MORE_THAN_PRESENT,
    R_NEGATIVE,
    R_NO_REASON,
    R_NOBODY,
    R_NOT_IN_PROGRESS,
    R_NOT_INVITEE,
    R_ORDER,
    R_REQUIRED,
    R_SCAN_KIND,
    R_SCAN_READ,
    R_SCAN_SIZE,
    R_VOTE_SUM,
    R_WRITTEN_NO_VOTE,
    R_WRITTEN_VOTE,
    SCAN_SUFFIXES,
    SOURCE_PRACTICE,
    STAGE_LABELS,
    VOTE_ABSTAIN,
    VOTE_NO,
    VOTE_YES,
    W_NO_NOTICE,
    W_NOTICE,
)
from villagedesk.core.deliberation.queries import (
    get_matter,
    meetings,
    next_stage,
    require_open,
    stage_of,
    stored_stage,
)
from villagedesk.core.deliberation.rules import (
    Composition,
    Evaluation,
    Facts,
    Line,
    composition_warnings,
    evaluate,
)
from villagedesk.core.errors import Collector, Translatable
from villagedesk.core.users import Action, require
from villagedesk.db.models import (
    Body,
    Matter,
    MatterStatus,
    Meeting,
    MeetingKind,
    MeetingResult,
    Person,
    Sex,
    Stage,
)
from villagedesk.files import write_atomically


@dataclass(frozen=True)
class Invitee:
    person_id: int
    uuid: str
    name: str
    group: str
    votes: bool
    committee: bool = False  # a branch committee member at a joint 一肩挑 meeting (the stage 1 rule)


# Who should attend (应到) each kind of meeting; a person on two of these bodies is invited once.
# A 村民代表会议 "由村民委员会成员和村民代表组成" (村民委员会组织法).
INVITED_BODIES: dict[MeetingKind, tuple[Body, ...]] = {
    MeetingKind.BRANCH_COMMITTEE: (Body.BRANCH_COMMITTEE,),
    MeetingKind.JOINT_COMMITTEES: (Body.BRANCH_COMMITTEE, Body.VILLAGE_COMMITTEE),
    MeetingKind.JOINT_PROPOSAL_CONSULTATION: (Body.BRANCH_COMMITTEE, Body.VILLAGE_COMMITTEE),
    MeetingKind.PARTY_GENERAL: (Body.PARTY_FULL, Body.PARTY_PROBATIONARY),
    MeetingKind.REPRESENTATIVES: (Body.VILLAGE_COMMITTEE, Body.REPRESENTATIVE),
    MeetingKind.VILLAGERS: (),  # every adult villager: a count the clerk enters, not a roster list
}


def _ids(session: Session, body: Body, day: dt.date) -> set[int]:
    return {p.id for p in roster.members_on(session, body, day)}


def invitees(session: Session, kind: MeetingKind, day: dt.date) -> list[Invitee]:
    """The 应到 list of a meeting held on ``day``, from the roster as of that day."""
    people: dict[int, Person] = {}
    for body in INVITED_BODIES[kind]:
        for person in roster.members_on(session, body, day):
            people[person.id] = person
    full = _ids(session, Body.PARTY_FULL, day) if kind is MeetingKind.PARTY_GENERAL else None
    committee = (
        _ids(session, Body.BRANCH_COMMITTEE, day)
        if kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION
        else set()
    )
    return sorted(
        (
            Invitee(p.id, p.uuid, p.name, p.group_name, full is None or p.id in full, p.id in committee)
            for p in people.values()
        ),
        key=lambda i: (i.group, i.name),
    )


def composition(session: Session, day: dt.date) -> Composition:
    """The 村民代表会议's 组成人员 on ``day`` (村委会 members and 村民代表, each person once)."""
    representatives = roster.members_on(session, Body.REPRESENTATIVE, day)
    members = {p.id for p in representatives} | _ids(session, Body.VILLAGE_COMMITTEE, day)
    return Composition(
        len(members),
        len(representatives),
        sum(1 for p in representatives if p.sex is Sex.FEMALE),
        sum(1 for p in representatives if p.sex is None),
    )


@dataclass
class Absentee:
    person_id: int
    reason: str
    opinion: str = ""  # written opinion, kept separately
    vote: str = ""  # the vote the written opinion states: "yes" / "no" / "abstain", or ""


@dataclass
class MeetingInput:
    kind: MeetingKind
    held_on: dt.date
    held_at: dt.time
    place: str
    chair: str
    recorder: str
    attendee_ids: list[int]
    absentees: list[Absentee]
    agenda: str
    discussion: str
    yes: int
    no: int
    abstain: int
    resolution: str
    form: str = "现场会议"
    signed_ids: list[int] = field(default_factory=list)
    observers: list[tuple[str, str]] = field(default_factory=list)  # (name, title)
    notice_sent_on: dt.date | None = None
    villagers_should: int = 0  # 村民会议: villagers aged 18 and over
    villagers_present: int = 0  # 村民会议: those present (到会人员), who vote
    households_total: int = 0  # 村民会议: households of the village (0: not counted)
    households_represented: int = 0  # 村民会议: households whose representative came
    committee_yes: int = (
        0  # a joint 一肩挑 meeting: the branch committee members' votes, part of yes/no/abstain
    )
    committee_no: int = 0
    committee_abstain: int = 0
    scan: Path | None = None  # a scan of the signed attendance sheet (PDF, JPEG or PNG)


def facts_for(session: Session, data: MeetingInput) -> Facts:
    """The counts the rules work on, with the 应到 list taken from the roster on the meeting date."""
    return _facts(data, invitees(session, data.kind, data.held_on))


WRITTEN_VOTES = ("yes", "no", "abstain")


def _written(absentees: list[Absentee], voters: set[int]) -> tuple[int, int, int]:
    """The written yes, no and abstain votes of absentees who have a vote, apart from the votes of
    those present."""
    stated = [a.vote for a in absentees if a.person_id in voters]
    yes, no, abstain = (stated.count(v) for v in WRITTEN_VOTES)
    return yes, no, abstain


def _facts(data: MeetingInput, invited: list[Invitee]) -> Facts:
    if data.kind is MeetingKind.VILLAGERS:
        return Facts(
            data.kind,
            data.villagers_should,
            data.villagers_should,
            data.villagers_present,
            data.villagers_present,
            data.yes,
            data.no,
            data.abstain,
            households_total=data.households_total,
            households_represented=data.households_represented,
        )
    voters = {i.person_id for i in invited if i.votes}
    invited_ids = {i.person_id for i in invited}
    present = [pid for pid in dict.fromkeys(data.attendee_ids) if pid in invited_ids]
    committee = None
    if data.kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION:
        members = {i.person_id for i in invited if i.committee}
        committee = Facts(
            MeetingKind.BRANCH_COMMITTEE,
            len(members),
            len(members & voters),
            len([p for p in present if p in members]),
            len([p for p in present if p in members and p in voters]),
            data.committee_yes,
            data.committee_no,
            data.committee_abstain,
            *_written(data.absentees, members & voters),
        )
    return Facts(
        data.kind,
        len(invited),
        len(voters),
        len(present),
        len([p for p in present if p in voters]),
        data.yes,
        data.no,
        data.abstain,
        *_written(data.absentees, voters),
        committee=committee,
    )


def _check_scan(scan: Path | None, errors: Collector) -> str:
    """The scan's SHA-256, after checking it is a readable PDF/JPEG/PNG of sensible size."""
    if scan is None:
        return ""
    name = Path(scan).name
    if Path(scan).suffix.lower() not in SCAN_SUFFIXES:
        errors.add(F_SCAN, R_SCAN_KIND, name=name)
        return ""
    try:
        data = Path(scan).read_bytes()
    except OSError:
        errors.add(F_SCAN, R_SCAN_READ, name=name)
        return ""
    if len(data) > 20 * 1024 * 1024:
        errors.add(F_SCAN, R_SCAN_SIZE, name=name)
        return ""
    return hashlib.sha256(data).hexdigest()


def record_meeting(
    session: Session,
    matter_id: int,
    data: MeetingInput,
    today: dt.date | None = None,
    attachments: Path | None = None,
) -> tuple[Meeting, list[tuple[str, dict[str, Any]]]]:
    """Check everything, compute the result with the rules, and store the meeting record.

    Returns the meeting and the warnings (notice periods, the 村民代表会议's composition) to show;
    nothing is stored on error.
    """
    require(session, Action.EDIT_RECORDS)
    today = today or dt.date.today()
    matter = get_matter(session, matter_id)
    require_open(matter)
    _check_stage(session, matter, data)
    invited = invitees(session, data.kind, data.held_on)
    errors = Collector()
    _check_required(data, errors)
    _check_dates(session, matter, data, today, errors)
    _check_attendance(session, data, invited, errors)
    scan_sha = _check_scan(data.scan, errors)
    facts = _facts(data, invited)
    _check_votes(data, facts, errors)
    _check_committee_votes(data, facts, errors)
    _check_written(data, invited, errors)
    errors.raise_if_any()

    values = centre_settings.snapshot(session)
    evaluation = evaluate(facts, values)
    warnings = notice_warnings(data, values) + composition_warnings_for(session, data.kind, data.held_on)
    meeting = _meeting_row(matter, data, invited, facts, evaluation, warnings)
    _keep_scan(meeting, data, scan_sha, attachments)
    session.add(meeting)
    if evaluation.result is MeetingResult.FAILED:
        matter.status = MatterStatus.FAILED
        matter.closed_on = data.held_on
        matter.close_reason = "表决未通过"
    session.flush()
    return meeting, warnings


def _check_stage(session: Session, matter: Matter, data: MeetingInput) -> None:
    """The meeting must be the matter's next stage; a joint meeting only in 一肩挑 villages."""
    errors = Collector()
    stage = stage_of(data.kind)
    expected = next_stage(session, matter)
    if data.kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION and not get_centre(session).one_shoulder:
        errors.add(F_STAGE, R_JOINT)
    if expected is None or expected.value > Stage.RESOLUTION.value:
        errors.add(F_STAGE, R_NOT_IN_PROGRESS, status=matter.status.value)
    elif stage.value > expected.value:
        errors.add(
            F_STAGE,
            R_ORDER,
            stage=Translatable(STAGE_LABELS[stage]),
            needed=Translatable(STAGE_LABELS[expected]),
        )
    elif stage != expected:
        errors.add(F_STAGE, R_KIND, kind=data.kind.value, stage=Translatable(STAGE_LABELS[expected]))
    errors.raise_if_any()


def _check_required(data: MeetingInput, errors: Collector) -> None:
    for value, label in (
        (data.place, F_PLACE),
        (data.chair, F_CHAIR),
        (data.recorder, F_RECORDER),
        (data.agenda, F_AGENDA),
        (data.resolution, F_RESOLUTION),
    ):
        if not value.strip():
            errors.add(label, R_REQUIRED)


def _check_dates(
    session: Session, matter: Matter, data: MeetingInput, today: dt.date, errors: Collector
) -> None:
    """Not in the future, not before the matter opened, not before any earlier meeting of the
    matter (those that lacked quorum or failed included); each message names the date it clashes with."""
    value = data.held_on.isoformat()
    if data.held_on > today:
        errors.add(F_DATE, R_FUTURE, value=value)
    if data.held_on < matter.opened_on:
        errors.add(F_DATE, R_BEFORE_OPENED, value=value, opened=matter.opened_on.isoformat())
    earlier = meetings(session, matter.id)
    if earlier:
        latest = max(earlier, key=lambda m: m.held_on)
        if data.held_on < latest.held_on:
            errors.add(
                F_DATE,
                R_BEFORE_EARLIER,
                value=value,
                meeting=latest.kind.value,
                previous=latest.held_on.isoformat(),
            )


def _check_attendance(
    session: Session, data: MeetingInput, invited: list[Invitee], errors: Collector
) -> None:
    if data.kind is MeetingKind.VILLAGERS:
        _check_villager_counts(data, errors)
        return
    if not invited:
        errors.add(F_ATTENDEES, R_NOBODY, day=data.held_on.isoformat())
    invited_ids = {i.person_id for i in invited}
    for pid in data.attendee_ids + [a.person_id for a in data.absentees]:
        if pid not in invited_ids:
            person = session.get(Person, pid)
            name = person.name if person else str(pid)
            errors.add(F_ATTENDEES, R_NOT_INVITEE, name=name, day=data.held_on.isoformat())
    by_id = {a.person_id: a for a in data.absentees}
    for invitee in invited:
        if invitee.person_id not in data.attendee_ids:
            absentee = by_id.get(invitee.person_id)
            if absentee is None or not absentee.reason.strip():
                errors.add(F_ABSENTEES, R_NO_REASON, name=invitee.name)


def _check_villager_counts(data: MeetingInput, errors: Collector) -> None:
    """村民会议: the adults (total / present) and the households (total / represented) the clerk counted;
    a quorum needs one of the two totals."""
    counts = (
        data.villagers_should,
        data.villagers_present,
        data.households_total,
        data.households_represented,
    )
    if min(counts) < 0:
        errors.add(F_COUNTS, R_AMOUNT)
        return
    if data.villagers_should <= 0 and data.households_total <= 0:
        errors.add(F_COUNTS, R_REQUIRED)
    if data.villagers_should > 0 and data.villagers_present > data.villagers_should:
        errors.add(
            F_COUNTS, R_MORE_THAN_PRESENT, present=data.villagers_present, should=data.villagers_should
        )
    if data.households_represented > data.households_total:
        errors.add(
            F_COUNTS, R_HOUSEHOLDS_MORE, represented=data.households_represented, total=data.households_total
        )
    if data.households_represented > data.villagers_present:
        errors.add(
            F_COUNTS,
            R_HOUSEHOLDS_PRESENT,
            represented=data.households_represented,
            present=data.villagers_present,
        )


def _check_votes(data: MeetingInput, facts: Facts, errors: Collector) -> None:
    total = data.yes + data.no + data.abstain
    if min(data.yes, data.no, data.abstain) < 0:
        errors.add(F_VOTES, R_NEGATIVE)
    elif total != facts.voting_present:
        errors.add(
            F_VOTES,
            R_VOTE_SUM,
            yes=data.yes,
            no=data.no,
            abstain=data.abstain,
            total=total,
            voters=facts.voting_present,
        )


def _check_committee_votes(data: MeetingInput, facts: Facts, errors: Collector) -> None:
    """A joint 一肩挑 meeting: the branch committee members' votes add up to those of them present,
    and each is a part of the whole meeting's."""
    if facts.committee is None:
        return
    parts = (
        (VOTE_YES, data.committee_yes, data.yes),
        (VOTE_NO, data.committee_no, data.no),
        (VOTE_ABSTAIN, data.committee_abstain, data.abstain),
    )
    if min(part for _, part, _ in parts) < 0:
        errors.add(F_COMMITTEE_VOTES, R_NEGATIVE)
        return
    total = sum(part for _, part, _ in parts)
    if total != facts.committee.voting_present:
        errors.add(
            F_COMMITTEE_VOTES,
            R_COMMITTEE_SUM,
            yes=data.committee_yes,
            no=data.committee_no,
            abstain=data.committee_abstain,
            total=total,
            present=facts.committee.voting_present,
        )
    for what, part, whole in parts:
        if part > whole:
            errors.add(F_COMMITTEE_VOTES, R_COMMITTEE_PART, what=Translatable(what), part=part, whole=whole)


def _check_written(data: MeetingInput, invited: list[Invitee], errors: Collector) -> None:
    """A written vote is yes, no or abstain, from an absentee who has a vote (not a 预备党员)."""
    by_id = {i.person_id: i for i in invited}
    for absentee in data.absentees:
        invitee = by_id.get(absentee.person_id)
        if not absentee.vote or invitee is None:
            continue
        if absentee.vote not in WRITTEN_VOTES:
            errors.add(F_ABSENTEES, R_WRITTEN_VOTE, name=invitee.name, value=absentee.vote)
        elif not invitee.votes:
            errors.add(F_ABSENTEES, R_WRITTEN_NO_VOTE, name=invitee.name)


def composition_warnings_for(session: Session, kind: MeetingKind, day: dt.date) -> list[Line]:
    """The composition rule of a 村民代表会议 held on ``day``, as warnings (never a refusal)."""
    if kind is not MeetingKind.REPRESENTATIVES:
        return []
    return composition_warnings(composition(session, day))


def _meeting_row(
    matter: Matter,
    data: MeetingInput,
    invited: list[Invitee],
    facts: Facts,
    evaluation: Evaluation,
    warnings: list[tuple[str, dict[str, Any]]],
) -> Meeting:
    names = {i.person_id: i for i in invited}
    attendees = [
        {
            "uuid": names[p].uuid,
            "name": names[p].name,
            "votes": names[p].votes,
            "signed": p in data.signed_ids,
        }
        for p in dict.fromkeys(data.attendee_ids)
        if p in names
    ]
    absentees = [
        {
            "uuid": names[a.person_id].uuid,
            "name": names[a.person_id].name,
            "reason": a.reason.strip(),
            "opinion": a.opinion.strip(),
            "vote": a.vote,
        }
        | ({"counted": evaluation.written_counted} if a.vote else {})
        for a in data.absentees
        if a.person_id in names
    ]
    committee = facts.committee or Facts(data.kind, 0, 0, 0, 0, 0)
    villagers = data.kind is MeetingKind.VILLAGERS
    return Meeting(
        matter_id=matter.id,
        stage=stored_stage(data.kind),
        kind=data.kind,
        held_on=data.held_on,
        held_at=data.held_at,
        place=data.place.strip(),
        form=data.form.strip(),
        chair=data.chair.strip(),
        recorder=data.recorder.strip(),
        should_attend=facts.should_attend,
        should_vote=facts.should_vote,
        present=facts.present,
        voting_present=facts.voting_present,
        attendees_json=json.dumps(attendees, ensure_ascii=False),
        absentees_json=json.dumps(absentees, ensure_ascii=False),
        observers_json=json.dumps([{"name": n, "title": t} for n, t in data.observers], ensure_ascii=False),
        agenda=data.agenda.strip(),
        discussion=data.discussion.strip(),
        yes=data.yes,
        no=data.no,
        abstain=data.abstain,
        resolution=data.resolution.strip(),
        result=evaluation.result,
        notice_sent_on=data.notice_sent_on,
        warnings=json.dumps([[t, p] for t, p in warnings], ensure_ascii=False),
        households_total=data.households_total if villagers else 0,
        households_represented=data.households_represented if villagers else 0,
        committee_should_attend=committee.should_attend,
        committee_present=committee.present,
        committee_yes=committee.yes,
        committee_no=committee.no,
        committee_abstain=committee.abstain,
    )


def _keep_scan(meeting: Meeting, data: MeetingInput, scan_sha: str, attachments: Path | None) -> None:
    """Kept by content: the same scan is stored once, and the record names it by its hash."""
    if data.scan is None or attachments is None:
        return
    attachments.mkdir(parents=True, exist_ok=True)
    stored = attachments / f"{scan_sha}{Path(data.scan).suffix.lower()}"
    if not stored.exists():
        write_atomically(stored, Path(data.scan).read_bytes())
    meeting.scan_file, meeting.scan_sha256 = stored.name, scan_sha


def notice_warnings(data: MeetingInput, values: centre_settings.Values) -> list[Line]:
    if data.kind is MeetingKind.PARTY_GENERAL:
        needed = values[PARTY_NOTICE_DAYS]
    elif data.kind is MeetingKind.VILLAGERS:
        needed = values[VILLAGERS_NOTICE_DAYS]
    else:
        return []
    if data.notice_sent_on is None:
        return [(W_NO_NOTICE, {"needed": needed})]
    days = (data.held_on - data.notice_sent_on).days
    if days < needed:
        return [(W_NOTICE, {"days": days, "needed": needed, "source": SOURCE_PRACTICE})]
    return []
