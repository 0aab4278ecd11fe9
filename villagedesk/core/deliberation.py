"""四议两公开: the stages of a major matter, the quorum and pass rules, and the two disclosures.

All arithmetic is integer: "more than half of n" needs n // 2 + 1; "at least two thirds of n"
needs ceil(2n / 3) = (2n + 2) // 3. Party meetings pass on the members who should attend (应到),
villagers' meetings on those present (实到); probationary Party members attend without a vote.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import roster
from villagedesk.core import settings as centre_settings
from villagedesk.core.centre import get_centre
from villagedesk.core.errors import Collector, NotFoundError, Translatable, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.settings import MORE_THAN_HALF, TWO_THIRDS
from villagedesk.core.users import Action, require
from villagedesk.db.models import (
    Body,
    Matter,
    MatterNotice,
    MatterNoticeKind,
    MatterStatus,
    Meeting,
    MeetingKind,
    MeetingResult,
    Origin,
    Person,
    Stage,
)
from villagedesk.files import write_atomically

# -- the arithmetic -------------------------------------------------------------------------------


def minimum(threshold: str, n: int) -> int:
    """The smallest count that satisfies ``threshold`` of ``n``."""
    if threshold == MORE_THAN_HALF:
        return n // 2 + 1
    if threshold == TWO_THIRDS:
        return (2 * n + 2) // 3
    raise ValueError(threshold)


def meets(threshold: str, count: int, n: int) -> bool:
    if n <= 0:
        return False  # a body with nobody on it cannot meet
    if threshold == MORE_THAN_HALF:
        return 2 * count > n
    if threshold == TWO_THIRDS:
        return 3 * count >= 2 * n
    raise ValueError(threshold)


THRESHOLD_LABELS = {
    MORE_THAN_HALF: QT_TRANSLATE_NOOP("core", "more than half"),
    TWO_THIRDS: QT_TRANSLATE_NOOP("core", "at least two thirds"),
}
BASIS_SHOULD = QT_TRANSLATE_NOOP("core", "of those who should attend")
BASIS_SHOULD_VOTE = QT_TRANSLATE_NOOP("core", "of the full Party members who should attend")
BASIS_PRESENT = QT_TRANSLATE_NOOP("core", "of those present")
SOURCE_LAW = QT_TRANSLATE_NOOP("core", "Organic Law of Villagers' Committees")
SOURCE_PARTY_RULES = QT_TRANSLATE_NOOP("core", "Party rules on village organisations")
SOURCE_PRACTICE = QT_TRANSLATE_NOOP("core", "local practice, a setting")


@dataclass(frozen=True)
class Rule:
    threshold: str
    basis: str  # BASIS_* (translatable)
    source: str  # SOURCE_* (translatable)


@dataclass(frozen=True)
class MeetingRules:
    quorum: Rule
    passing: Rule


def rules_for(kind: MeetingKind, values: dict[str, Any]) -> MeetingRules:
    if kind is MeetingKind.BRANCH_COMMITTEE:
        return MeetingRules(
            Rule(values["stage1_quorum"], BASIS_SHOULD, SOURCE_PRACTICE),
            Rule(values["stage1_pass"], BASIS_SHOULD, SOURCE_PRACTICE),
        )
    if kind in (MeetingKind.JOINT_COMMITTEES, MeetingKind.JOINT_PROPOSAL_CONSULTATION):
        return MeetingRules(
            Rule(values["stage2_quorum"], BASIS_SHOULD, SOURCE_PRACTICE),
            Rule(values["stage2_pass"], BASIS_PRESENT, SOURCE_PRACTICE),
        )
    if kind is MeetingKind.PARTY_GENERAL:
        return MeetingRules(
            Rule(values["stage3_quorum"], BASIS_SHOULD_VOTE, SOURCE_PRACTICE),
            Rule(MORE_THAN_HALF, BASIS_SHOULD_VOTE, SOURCE_PARTY_RULES),
        )
    if kind is MeetingKind.REPRESENTATIVES:
        return MeetingRules(
            Rule(TWO_THIRDS, BASIS_SHOULD, SOURCE_LAW), Rule(MORE_THAN_HALF, BASIS_PRESENT, SOURCE_LAW)
        )
    if kind is MeetingKind.VILLAGERS:
        return MeetingRules(
            Rule(MORE_THAN_HALF, BASIS_SHOULD, SOURCE_LAW), Rule(MORE_THAN_HALF, BASIS_PRESENT, SOURCE_LAW)
        )
    raise ValueError(kind)


@dataclass(frozen=True)
class Facts:
    kind: MeetingKind
    should_attend: int
    should_vote: int
    present: int
    voting_present: int
    yes: int
    no: int = 0
    abstain: int = 0
    written_yes: int = 0  # absentees' written opinions in favour (count only where the setting says so)


@dataclass
class Evaluation:
    quorum_base: int
    quorum_count: int
    quorum_needed: int
    quorum_ok: bool
    pass_base: int
    pass_needed: int
    yes: int
    passed: bool
    result: MeetingResult
    lines: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (translatable template, params)


L_QUORUM = QT_TRANSLATE_NOOP(
    "core",
    "Attendance: {rule} {basis} ({base}) must be there, at least {needed}; {count} are: {verdict} ({source})",
)
L_PASS = QT_TRANSLATE_NOOP(
    "core",
    "Vote: yes votes must be {rule} {basis} ({base}), at least {needed}; {yes} voted yes: {verdict} ({source})",
)
L_OK = QT_TRANSLATE_NOOP("core", "met")
L_NOT = QT_TRANSLATE_NOOP("core", "not met")
L_NO_QUORUM = QT_TRANSLATE_NOOP(
    "core", "The meeting did not reach its quorum (未达法定人数): the stage does not pass."
)


def evaluate(facts: Facts, values: dict[str, Any]) -> Evaluation:
    rules = rules_for(facts.kind, values)
    party = facts.kind is MeetingKind.PARTY_GENERAL
    quorum_base = facts.should_vote if party else facts.should_attend
    quorum_count = facts.voting_present if party else facts.present
    quorum_ok = meets(rules.quorum.threshold, quorum_count, quorum_base)
    if rules.passing.basis == BASIS_PRESENT:
        pass_base = facts.voting_present
    elif rules.passing.basis == BASIS_SHOULD_VOTE:
        pass_base = facts.should_vote
    else:
        pass_base = facts.should_attend
    yes = facts.yes + (facts.written_yes if values.get("absentee_opinions_count") else 0)
    passed = quorum_ok and meets(rules.passing.threshold, yes, pass_base)
    result = (
        MeetingResult.NO_QUORUM
        if not quorum_ok
        else (MeetingResult.PASSED if passed else MeetingResult.FAILED)
    )
    lines = [
        (
            L_QUORUM,
            {
                "rule": THRESHOLD_LABELS[rules.quorum.threshold],
                "basis": rules.quorum.basis,
                "base": quorum_base,
                "needed": minimum(rules.quorum.threshold, quorum_base),
                "count": quorum_count,
                "verdict": L_OK if quorum_ok else L_NOT,
                "source": rules.quorum.source,
            },
        ),
    ]
    if quorum_ok:
        lines.append(
            (
                L_PASS,
                {
                    "rule": THRESHOLD_LABELS[rules.passing.threshold],
                    "basis": rules.passing.basis,
                    "base": pass_base,
                    "needed": minimum(rules.passing.threshold, pass_base),
                    "yes": yes,
                    "verdict": L_OK if passed else L_NOT,
                    "source": rules.passing.source,
                },
            )
        )
    else:
        lines.append((L_NO_QUORUM, {}))
    return Evaluation(
        quorum_base,
        quorum_count,
        minimum(rules.quorum.threshold, quorum_base),
        quorum_ok,
        pass_base,
        minimum(rules.passing.threshold, pass_base),
        yes,
        passed,
        result,
        lines,
    )


def render_lines(evaluation: Evaluation, tr: Any) -> list[str]:
    out = []
    for template, params in evaluation.lines:
        translated = {
            k: (tr(v) if isinstance(v, str) and k in ("rule", "basis", "verdict", "source") else v)
            for k, v in params.items()
        }
        out.append(tr(template).format(**translated))
    return out


# -- who should attend ----------------------------------------------------------------------------
STAGE_KINDS: dict[Stage, tuple[MeetingKind, ...]] = {
    Stage.PROPOSAL: (MeetingKind.BRANCH_COMMITTEE, MeetingKind.JOINT_PROPOSAL_CONSULTATION),
    Stage.CONSULTATION: (MeetingKind.JOINT_COMMITTEES,),
    Stage.PARTY_REVIEW: (MeetingKind.PARTY_GENERAL,),
    Stage.RESOLUTION: (MeetingKind.REPRESENTATIVES, MeetingKind.VILLAGERS),
}
STAGE_LABELS = {
    Stage.PROPOSAL: QT_TRANSLATE_NOOP("core", "Party organisation proposal"),
    Stage.CONSULTATION: QT_TRANSLATE_NOOP("core", "Joint committees' consultation"),
    Stage.PARTY_REVIEW: QT_TRANSLATE_NOOP("core", "Party members' meeting review"),
    Stage.RESOLUTION: QT_TRANSLATE_NOOP("core", "Villagers' (representatives') meeting resolution"),
    Stage.RESOLUTION_DISCLOSURE: QT_TRANSLATE_NOOP("core", "Resolution disclosure"),
    Stage.RESULT_DISCLOSURE: QT_TRANSLATE_NOOP("core", "Implementation result disclosure"),
}


@dataclass(frozen=True)
class Invitee:
    person_id: int
    uuid: str
    name: str
    group: str
    votes: bool


def invitees(session: Session, kind: MeetingKind, day: dt.date) -> list[Invitee]:
    """The 应到 list of a meeting held on ``day``, from the roster as of that day."""
    if kind is MeetingKind.VILLAGERS:
        return []  # every adult villager: a count the clerk enters, not a roster list
    if kind is MeetingKind.BRANCH_COMMITTEE:
        bodies = (Body.BRANCH_COMMITTEE,)
    elif kind in (MeetingKind.JOINT_COMMITTEES, MeetingKind.JOINT_PROPOSAL_CONSULTATION):
        bodies = (Body.BRANCH_COMMITTEE, Body.VILLAGE_COMMITTEE)
    elif kind is MeetingKind.PARTY_GENERAL:
        bodies = (Body.PARTY_FULL, Body.PARTY_PROBATIONARY)
    else:
        bodies = (Body.REPRESENTATIVE,)
    people: dict[int, Person] = {}
    for body in bodies:
        for person in roster.members_on(session, body, day):
            people[person.id] = person
    full = (
        {p.id for p in roster.members_on(session, Body.PARTY_FULL, day)}
        if kind is MeetingKind.PARTY_GENERAL
        else None
    )
    return sorted(
        (Invitee(p.id, p.uuid, p.name, p.group_name, full is None or p.id in full) for p in people.values()),
        key=lambda i: (i.group, i.name),
    )


# -- recording a meeting ----------------------------------------------------------------------------
F_MATTER = QT_TRANSLATE_NOOP("core", "Major matter")
F_STAGE = QT_TRANSLATE_NOOP("core", "Stage")
F_DATE = QT_TRANSLATE_NOOP("core", "Meeting date")
F_PLACE = QT_TRANSLATE_NOOP("core", "Place")
F_CHAIR = QT_TRANSLATE_NOOP("core", "Chair")
F_RECORDER = QT_TRANSLATE_NOOP("core", "Recorder")
F_ATTENDEES = QT_TRANSLATE_NOOP("core", "Attendees")
F_ABSENTEES = QT_TRANSLATE_NOOP("core", "Absentees")
F_VOTES = QT_TRANSLATE_NOOP("core", "Votes")
F_AGENDA = QT_TRANSLATE_NOOP("core", "Agenda")
F_RESOLUTION = QT_TRANSLATE_NOOP("core", "Resolution")
F_TITLE = QT_TRANSLATE_NOOP("core", "Title")
F_CATEGORY = QT_TRANSLATE_NOOP("core", "Category")
F_AMOUNT = QT_TRANSLATE_NOOP("core", "Amount")
F_ORIGIN = QT_TRANSLATE_NOOP("core", "Origin (动议事由)")
F_COUNTS = QT_TRANSLATE_NOOP("core", "Attendance counts")
F_REASON = QT_TRANSLATE_NOOP("core", "Reason")

R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_TOO_LONG = QT_TRANSLATE_NOOP("core", "must be at most {max} characters")
R_NOT_IN_PROGRESS = QT_TRANSLATE_NOOP("core", "this matter is {status}; no further stage can be recorded")
R_ORDER = QT_TRANSLATE_NOOP("core", "{stage} cannot be recorded yet: {needed} has not passed")
R_JOINT = QT_TRANSLATE_NOOP(
    "core",
    "stages 1 and 2 may be one joint meeting only where the secretary is also the committee chair (一肩挑, a centre setting)",
)
R_KIND = QT_TRANSLATE_NOOP("core", "a {kind} cannot record the stage {stage}")
R_FUTURE = QT_TRANSLATE_NOOP("core", "{value} is in the future; a meeting is recorded after it is held")
R_BEFORE_PREVIOUS = QT_TRANSLATE_NOOP("core", "{value} is before the previous stage's meeting on {previous}")
R_NOT_INVITEE = QT_TRANSLATE_NOOP("core", "{name} was not a member of this body on {day} (roster)")
R_NO_REASON = QT_TRANSLATE_NOOP("core", "{name} is absent without a reason")
R_NEGATIVE = QT_TRANSLATE_NOOP("core", "vote counts cannot be negative")
R_VOTE_SUM = QT_TRANSLATE_NOOP(
    "core", "yes {yes} + no {no} + abstain {abstain} = {total}, but {voters} members with a vote are present"
)
R_MORE_THAN_PRESENT = QT_TRANSLATE_NOOP(
    "core", "{present} present is more than the {should} who should attend"
)
R_NOBODY = QT_TRANSLATE_NOOP("core", "nobody is on the roster for this body on {day}; add its members first")
R_AMOUNT = QT_TRANSLATE_NOOP("core", "cannot be negative")
F_SCAN = QT_TRANSLATE_NOOP("core", "Scan of the signatures")
R_SCAN_KIND = QT_TRANSLATE_NOOP("core", "{name} must be a PDF, JPEG or PNG file")
R_SCAN_SIZE = QT_TRANSLATE_NOOP("core", "{name} is larger than 20 MB")
R_SCAN_READ = QT_TRANSLATE_NOOP("core", "{name} cannot be read")
SCAN_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
R_CATEGORY = QT_TRANSLATE_NOOP("core", "{value} is not on the major-matters list")
W_NOTICE = QT_TRANSLATE_NOOP(
    "core",
    "the notice went out {days} days before the meeting; the rule is at least {needed} days ({source})",
)
W_NO_NOTICE = QT_TRANSLATE_NOOP(
    "core", "no date is recorded for when the meeting was announced; the rule is at least {needed} days ahead"
)


@dataclass
class Absentee:
    person_id: int
    reason: str
    opinion: str = ""  # written opinion, kept separately
    vote: str = ""  # "yes" / "no" / "abstain" / "" when the written opinion states one


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
    villagers_should: int = 0  # 村民会议: adult villagers
    villagers_present: int = 0
    scan: Path | None = None  # a scan of the signed attendance sheet (PDF, JPEG or PNG)


def stage_of(kind: MeetingKind) -> Stage:
    for stage, kinds in STAGE_KINDS.items():
        if kind in kinds:
            return stage
    raise ValueError(kind)


def get_matter(session: Session, matter_id: int) -> Matter:
    matter = session.get(Matter, matter_id)
    if matter is None or matter.deleted:
        raise NotFoundError(f"matter {matter_id}")
    return matter


def meetings(session: Session, matter_id: int) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting)
            .where(Meeting.matter_id == matter_id, Meeting.deleted.is_(False))
            .order_by(Meeting.held_on, Meeting.id)
        )
    )


def matter_notices(session: Session, matter_id: int) -> list[MatterNotice]:
    return list(
        session.scalars(
            select(MatterNotice)
            .where(MatterNotice.matter_id == matter_id, MatterNotice.deleted.is_(False))
            .order_by(MatterNotice.kind, MatterNotice.phase)
        )
    )


def passed_stages(session: Session, matter_id: int) -> set[Stage]:
    done: set[Stage] = set()
    for m in meetings(session, matter_id):
        if m.result is MeetingResult.PASSED:
            done.add(m.stage)
            if m.kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION:
                done.update({Stage.PROPOSAL, Stage.CONSULTATION})
    for d in matter_notices(session, matter_id):
        if d.posted_on is not None:
            done.add(
                Stage.RESOLUTION_DISCLOSURE
                if d.kind is MatterNoticeKind.RESOLUTION
                else Stage.RESULT_DISCLOSURE
            )
    return done


def next_stage(session: Session, matter: Matter) -> Stage | None:
    if matter.status is not MatterStatus.IN_PROGRESS:
        return None
    done = passed_stages(session, matter.id)
    for stage in Stage:
        if stage not in done:
            return stage
    return None


def _matter_open(matter: Matter) -> None:
    if matter.status is not MatterStatus.IN_PROGRESS:
        raise ValidationError.single(F_MATTER, R_NOT_IN_PROGRESS, status=matter.status.value)


def facts_for(session: Session, data: MeetingInput) -> Facts:
    invited = invitees(session, data.kind, data.held_on)
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
        )
    voters = {i.person_id for i in invited if i.votes}
    present = [pid for pid in dict.fromkeys(data.attendee_ids) if pid in {i.person_id for i in invited}]
    written_yes = sum(1 for a in data.absentees if a.vote == "yes" and a.person_id in voters)
    return Facts(
        data.kind,
        len(invited),
        len(voters),
        len(present),
        len([p for p in present if p in voters]),
        data.yes,
        data.no,
        data.abstain,
        written_yes,
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

    Returns the meeting and the warnings (notice periods) to show; nothing is stored on error.
    """
    require(session, Action.EDIT_RECORDS)
    today = today or dt.date.today()
    matter = get_matter(session, matter_id)
    _matter_open(matter)
    values = centre_settings.all_values(session)
    errors = Collector()
    stage = stage_of(data.kind)
    expected = next_stage(session, matter)
    if data.kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION and not get_centre(session).one_shoulder:
        errors.add(F_STAGE, R_JOINT)
    if expected is None or expected.value > Stage.RESOLUTION.value:
        errors.add(F_STAGE, R_NOT_IN_PROGRESS, status=matter.status.value)
    elif stage != expected:
        if stage.value > expected.value:
            errors.add(
                F_STAGE,
                R_ORDER,
                stage=Translatable(STAGE_LABELS[stage]),
                needed=Translatable(STAGE_LABELS[expected]),
            )
        else:
            errors.add(F_STAGE, R_KIND, kind=data.kind.value, stage=Translatable(STAGE_LABELS[expected]))
    errors.raise_if_any()
    for value, label in (
        (data.place, F_PLACE),
        (data.chair, F_CHAIR),
        (data.recorder, F_RECORDER),
        (data.agenda, F_AGENDA),
        (data.resolution, F_RESOLUTION),
    ):
        if not value.strip():
            errors.add(label, R_REQUIRED)
    if data.held_on > today:
        errors.add(F_DATE, R_FUTURE, value=data.held_on.isoformat())
    previous = [m for m in meetings(session, matter.id) if m.result is MeetingResult.PASSED]
    if previous and data.held_on < previous[-1].held_on:
        errors.add(
            F_DATE,
            R_BEFORE_PREVIOUS,
            value=data.held_on.isoformat(),
            previous=previous[-1].held_on.isoformat(),
        )
    if data.held_on < matter.opened_on:
        errors.add(
            F_DATE, R_BEFORE_PREVIOUS, value=data.held_on.isoformat(), previous=matter.opened_on.isoformat()
        )
    invited = invitees(session, data.kind, data.held_on)
    invited_ids = {i.person_id for i in invited}
    if data.kind is not MeetingKind.VILLAGERS:
        if not invited:
            errors.add(F_ATTENDEES, R_NOBODY, day=data.held_on.isoformat())
        for pid in data.attendee_ids + [a.person_id for a in data.absentees]:
            if pid not in invited_ids:
                person = session.get(Person, pid)
                errors.add(
                    F_ATTENDEES,
                    R_NOT_INVITEE,
                    name=person.name if person else str(pid),
                    day=data.held_on.isoformat(),
                )
        by_id = {a.person_id: a for a in data.absentees}
        for invitee in invited:
            if invitee.person_id not in data.attendee_ids:
                absentee = by_id.get(invitee.person_id)
                if absentee is None or not absentee.reason.strip():
                    errors.add(F_ABSENTEES, R_NO_REASON, name=invitee.name)
    else:
        if data.villagers_should <= 0:
            errors.add(F_COUNTS, R_REQUIRED)
        if data.villagers_present > data.villagers_should:
            errors.add(
                F_COUNTS, R_MORE_THAN_PRESENT, present=data.villagers_present, should=data.villagers_should
            )
    scan_sha = _check_scan(data.scan, errors)
    facts = facts_for(session, data)
    if min(data.yes, data.no, data.abstain) < 0:
        errors.add(F_VOTES, R_NEGATIVE)
    elif data.yes + data.no + data.abstain != facts.voting_present:
        errors.add(
            F_VOTES,
            R_VOTE_SUM,
            yes=data.yes,
            no=data.no,
            abstain=data.abstain,
            total=data.yes + data.no + data.abstain,
            voters=facts.voting_present,
        )
    errors.raise_if_any()

    evaluation = evaluate(facts, values)
    warnings = notice_warnings(data, values)
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
        for a in data.absentees
        if a.person_id in names
    ]
    meeting = Meeting(
        matter_id=matter.id,
        stage=Stage.CONSULTATION if data.kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION else stage,
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
    )
    if data.scan is not None and attachments is not None:
        # kept by content: the same scan is stored once, and the record names it by its hash
        attachments.mkdir(parents=True, exist_ok=True)
        stored = attachments / f"{scan_sha}{Path(data.scan).suffix.lower()}"
        if not stored.exists():
            write_atomically(stored, Path(data.scan).read_bytes())
        meeting.scan_file, meeting.scan_sha256 = stored.name, scan_sha
    session.add(meeting)
    if evaluation.result is MeetingResult.FAILED:
        matter.status = MatterStatus.FAILED
        matter.closed_on = data.held_on
        matter.close_reason = "表决未通过"
    session.flush()
    return meeting, warnings


def notice_warnings(data: MeetingInput, values: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    if data.kind is MeetingKind.PARTY_GENERAL:
        needed = int(values["party_notice_days"])
    elif data.kind is MeetingKind.VILLAGERS:
        needed = int(values["villagers_notice_days"])
    else:
        return []
    if data.notice_sent_on is None:
        return [(W_NO_NOTICE, {"needed": needed})]
    days = (data.held_on - data.notice_sent_on).days
    if days < needed:
        return [(W_NOTICE, {"days": days, "needed": needed, "source": SOURCE_PRACTICE})]
    return []


# -- matters ----------------------------------------------------------------------------------------
@dataclass
class MatterInput:
    title: str
    category: str
    origin: Origin
    opened_on: dt.date
    amount_fen: int | None = None
    origin_detail: str = ""
    description: str = ""
    phased: bool = False


def _validate_matter(session: Session, data: MatterInput, today: dt.date) -> MatterInput:
    errors = Collector()
    title = " ".join(data.title.split())
    if not title:
        errors.add(F_TITLE, R_REQUIRED)
    elif len(title) > 120:
        errors.add(F_TITLE, R_TOO_LONG, max=120)
    if data.category not in centre_settings.get(session, "major_matters"):
        errors.add(F_CATEGORY, R_CATEGORY, value=data.category)
    if data.amount_fen is not None and data.amount_fen < 0:
        errors.add(F_AMOUNT, R_AMOUNT)
    if data.opened_on > today:
        errors.add(F_DATE, R_FUTURE, value=data.opened_on.isoformat())
    errors.raise_if_any()
    return MatterInput(
        title,
        data.category,
        data.origin,
        data.opened_on,
        data.amount_fen,
        data.origin_detail.strip(),
        data.description.strip(),
        data.phased,
    )


def open_matter(
    session: Session, data: MatterInput, today: dt.date | None = None, previous_round_id: int | None = None
) -> Matter:
    require(session, Action.EDIT_RECORDS)
    data = _validate_matter(session, data, today or dt.date.today())
    matter = Matter(
        title=data.title,
        category=data.category,
        origin=data.origin,
        origin_detail=data.origin_detail,
        amount_fen=data.amount_fen,
        description=data.description,
        opened_on=data.opened_on,
        phased=data.phased,
        previous_round_id=previous_round_id,
    )
    if previous_round_id is not None:
        matter.round = get_matter(session, previous_round_id).round + 1
    session.add(matter)
    session.flush()
    return matter


def withdraw(session: Session, matter_id: int, day: dt.date, reason: str) -> Matter:
    require(session, Action.EDIT_RECORDS)
    matter = get_matter(session, matter_id)
    if matter.status not in (MatterStatus.IN_PROGRESS, MatterStatus.FAILED):
        raise ValidationError.single(F_MATTER, R_NOT_IN_PROGRESS, status=matter.status.value)
    if not reason.strip():
        raise ValidationError.single(F_REASON, R_REQUIRED)
    matter.status = MatterStatus.WITHDRAWN
    matter.closed_on = day
    matter.close_reason = reason.strip()
    session.flush()
    return matter


R_NOT_FAILED = QT_TRANSLATE_NOOP(
    "core", "only a matter that failed a vote or was withdrawn can be proposed again"
)


def propose_again(
    session: Session, matter_id: int, data: MatterInput, today: dt.date | None = None
) -> Matter:
    """A failed or withdrawn matter, revised, starts a new round linked to the old one."""
    old = get_matter(session, matter_id)
    if old.status not in (MatterStatus.FAILED, MatterStatus.WITHDRAWN):
        raise ValidationError.single(F_MATTER, R_NOT_FAILED)
    return open_matter(session, data, today, previous_round_id=old.id)


# -- disclosures (stages 5 and 6) -------------------------------------------------------------------
F_NOTICE = QT_TRANSLATE_NOOP("core", "Disclosure")
F_CONTENT = QT_TRANSLATE_NOOP("core", "Content")
F_POSTING_DAYS = QT_TRANSLATE_NOOP("core", "Posting period (days)")
R_NEEDS_RESOLUTION = QT_TRANSLATE_NOOP(
    "core",
    "the resolution disclosure needs the villagers' (representatives') meeting to have passed the matter",
)
R_NEEDS_RESOLUTION_POSTED = QT_TRANSLATE_NOOP(
    "core", "the implementation result is disclosed after the resolution disclosure was posted"
)
R_ONE_RESOLUTION = QT_TRANSLATE_NOOP("core", "this matter already has a resolution disclosure")
R_FINAL_DONE = QT_TRANSLATE_NOOP("core", "the final implementation result has already been disclosed")
R_LOCKED = QT_TRANSLATE_NOOP("core", "this disclosure was posted on {day} and is locked")
R_NEEDS_REVIEW = QT_TRANSLATE_NOOP(
    "core", "needs the supervision committee's review signature before it can be printed for posting"
)
R_DAYS = QT_TRANSLATE_NOOP("core", "must be from 1 to 90 days, got {value}")
R_BEFORE_MEETING = QT_TRANSLATE_NOOP("core", "{value} is before the resolution meeting on {meeting}")
R_NOT_POSTED = QT_TRANSLATE_NOOP("core", "this disclosure has not been posted")


@dataclass
class MatterNoticeInput:
    kind: MatterNoticeKind
    content: str
    notice_date: dt.date
    posting_date: dt.date
    posting_days: int
    spent_fen: int | None = None
    acceptance: str = ""
    final: bool = True


def _resolution_meeting(session: Session, matter_id: int) -> Meeting | None:
    for m in meetings(session, matter_id):
        if m.stage is Stage.RESOLUTION and m.result is MeetingResult.PASSED:
            return m
    return None


def add_matter_notice(
    session: Session, matter_id: int, data: MatterNoticeInput, today: dt.date | None = None
) -> MatterNotice:
    require(session, Action.EDIT_RECORDS)
    today = today or dt.date.today()
    matter = get_matter(session, matter_id)
    _matter_open(matter)
    existing = matter_notices(session, matter_id)
    errors = Collector()
    resolution_meeting = _resolution_meeting(session, matter_id)
    if resolution_meeting is None:
        raise ValidationError.single(F_NOTICE, R_NEEDS_RESOLUTION)
    resolutions = [d for d in existing if d.kind is MatterNoticeKind.RESOLUTION]
    results = [d for d in existing if d.kind is MatterNoticeKind.RESULT]
    if data.kind is MatterNoticeKind.RESOLUTION and resolutions:
        raise ValidationError.single(F_NOTICE, R_ONE_RESOLUTION)
    if data.kind is MatterNoticeKind.RESULT:
        if not resolutions or resolutions[0].posted_on is None:
            raise ValidationError.single(F_NOTICE, R_NEEDS_RESOLUTION_POSTED)
        if any(r.final for r in results):
            raise ValidationError.single(F_NOTICE, R_FINAL_DONE)
    _check_matter_notice(data, resolution_meeting, errors)
    errors.raise_if_any()
    disclosure = MatterNotice(
        matter_id=matter.id,
        kind=data.kind,
        phase=len(results) + 1 if data.kind is MatterNoticeKind.RESULT else 1,
        final=data.final if matter.phased else True,
        content=data.content.strip(),
        spent_fen=data.spent_fen,
        acceptance=data.acceptance.strip(),
        notice_date=data.notice_date,
        posting_date=data.posting_date,
        posting_days=data.posting_days,
    )
    session.add(disclosure)
    session.flush()
    return disclosure


def _check_matter_notice(data: MatterNoticeInput, resolution_meeting: Meeting, errors: Collector) -> None:
    if not data.content.strip():
        errors.add(F_CONTENT, R_REQUIRED)
    if not 1 <= data.posting_days <= 90:
        errors.add(F_POSTING_DAYS, R_DAYS, value=data.posting_days)
    if data.notice_date < resolution_meeting.held_on:
        errors.add(
            F_DATE,
            R_BEFORE_MEETING,
            value=data.notice_date.isoformat(),
            meeting=resolution_meeting.held_on.isoformat(),
        )
    if data.posting_date < data.notice_date:
        errors.add(
            F_DATE,
            R_BEFORE_MEETING,
            value=data.posting_date.isoformat(),
            meeting=data.notice_date.isoformat(),
        )
    if data.spent_fen is not None and data.spent_fen < 0:
        errors.add(F_AMOUNT, R_AMOUNT)


def update_matter_notice(session: Session, disclosure_id: int, data: MatterNoticeInput) -> MatterNotice:
    require(session, Action.EDIT_RECORDS)
    disclosure = get_matter_notice(session, disclosure_id)
    if disclosure.posted_on is not None:
        raise ValidationError.single(F_NOTICE, R_LOCKED, day=disclosure.posted_on.isoformat())
    errors = Collector()
    meeting = _resolution_meeting(session, disclosure.matter_id)
    assert meeting is not None
    _check_matter_notice(data, meeting, errors)
    errors.raise_if_any()
    for key, value in (
        ("content", data.content.strip()),
        ("spent_fen", data.spent_fen),
        ("acceptance", data.acceptance.strip()),
        ("notice_date", data.notice_date),
        ("posting_date", data.posting_date),
        ("posting_days", data.posting_days),
    ):
        if getattr(disclosure, key) != value:
            setattr(disclosure, key, value)
    session.flush()
    return disclosure


def get_matter_notice(session: Session, disclosure_id: int) -> MatterNotice:
    disclosure = session.get(MatterNotice, disclosure_id)
    if disclosure is None or disclosure.deleted:
        raise NotFoundError(f"disclosure {disclosure_id}")
    return disclosure


def mark_matter_notice_posted(
    session: Session, disclosure_id: int, day: dt.date, actor: str, content_hash: str
) -> None:
    """Printing for posting needs a supervision review of exactly this content; it locks the disclosure."""
    from villagedesk.core.review import current_review

    require(session, Action.POST)
    disclosure = get_matter_notice(session, disclosure_id)
    if current_review(session, disclosure.uuid, content_hash) is None:
        raise ValidationError.single(F_NOTICE, R_NEEDS_REVIEW)
    if disclosure.posted_on is None:
        disclosure.posted_on = day
        disclosure.posted_by = actor
        disclosure.content_hash = content_hash
        matter = get_matter(session, disclosure.matter_id)
        if disclosure.kind is MatterNoticeKind.RESULT and disclosure.final:
            matter.status = MatterStatus.COMPLETED
            matter.closed_on = day
    session.flush()


def take_down(session: Session, disclosure_id: int, day: dt.date, reason: str = "") -> bool:
    """Record when a posted disclosure came off the board; returns True when that was early."""
    require(session, Action.EDIT_RECORDS)
    disclosure = get_matter_notice(session, disclosure_id)
    if disclosure.posted_on is None:
        raise ValidationError.single(F_NOTICE, R_NOT_POSTED)
    disclosure.taken_down_on = day
    disclosure.taken_down_reason = reason.strip()
    session.flush()
    return taken_down_early(disclosure)


def taken_down_early(disclosure: MatterNotice) -> bool:
    if disclosure.taken_down_on is None:
        return False
    end = disclosure.posting_date + dt.timedelta(days=disclosure.posting_days - 1)
    return disclosure.taken_down_on < end


# -- seeing where things stand ----------------------------------------------------------------------
@dataclass(frozen=True)
class MatterRow:
    id: int
    uuid: str
    title: str
    category: str
    origin: Origin
    amount_fen: int | None
    opened_on: dt.date
    status: MatterStatus
    next_stage: Stage | None
    round: int
    overdue: bool
    missing_disclosure: bool
    days_open: int


def _row(session: Session, matter: Matter, today: dt.date, limit: int) -> MatterRow:
    nxt = next_stage(session, matter)
    done = passed_stages(session, matter.id)
    overdue = (
        matter.status is MatterStatus.IN_PROGRESS
        and Stage.RESOLUTION_DISCLOSURE not in done
        and (today - matter.opened_on).days > limit
    )
    missing = (
        matter.status is MatterStatus.IN_PROGRESS
        and Stage.RESOLUTION in done
        and (Stage.RESOLUTION_DISCLOSURE not in done)
    )
    return MatterRow(
        matter.id,
        matter.uuid,
        matter.title,
        matter.category,
        matter.origin,
        matter.amount_fen,
        matter.opened_on,
        matter.status,
        nxt,
        matter.round,
        overdue,
        missing,
        (today - matter.opened_on).days,
    )


def list_matters(
    session: Session,
    year: int | None = None,
    category: str | None = None,
    status: MatterStatus | None = None,
    today: dt.date | None = None,
) -> list[MatterRow]:
    today = today or dt.date.today()
    stmt = select(Matter).where(Matter.deleted.is_(False))
    if year:
        stmt = stmt.where(Matter.opened_on >= dt.date(year, 1, 1), Matter.opened_on <= dt.date(year, 12, 31))
    if category:
        stmt = stmt.where(Matter.category == category)
    if status:
        stmt = stmt.where(Matter.status == status)
    limit = int(centre_settings.get(session, "process_limit_days"))
    return [
        _row(session, m, today, limit)
        for m in session.scalars(stmt.order_by(Matter.opened_on.desc(), Matter.id.desc()))
    ]


@dataclass(frozen=True)
class TimelineItem:
    stage: Stage
    day: dt.date | None
    label: str  # translatable stage label
    state: str  # "passed" / "failed" / "no_quorum" / "posted" / "draft" / "waiting" / "taken_down_early"
    record_id: int | None = None
    record_kind: str = ""


def timeline(session: Session, matter_id: int) -> list[TimelineItem]:
    items: list[TimelineItem] = []
    for m in meetings(session, matter_id):
        state = {
            MeetingResult.PASSED: "passed",
            MeetingResult.FAILED: "failed",
            MeetingResult.NO_QUORUM: "no_quorum",
        }[m.result]
        items.append(TimelineItem(m.stage, m.held_on, STAGE_LABELS[m.stage], state, m.id, "meeting"))
    for d in matter_notices(session, matter_id):
        stage = (
            Stage.RESOLUTION_DISCLOSURE if d.kind is MatterNoticeKind.RESOLUTION else Stage.RESULT_DISCLOSURE
        )
        state = "taken_down_early" if taken_down_early(d) else ("posted" if d.posted_on else "draft")
        items.append(
            TimelineItem(stage, d.posted_on or d.notice_date, STAGE_LABELS[stage], state, d.id, "disclosure")
        )
    matter = get_matter(session, matter_id)
    nxt = next_stage(session, matter)
    if nxt is not None and not any(i.stage is nxt and i.state in ("draft",) for i in items):
        items.append(TimelineItem(nxt, None, STAGE_LABELS[nxt], "waiting"))
    return items


REG = QT_TRANSLATE_NOOP("core", "Four deliberations, two disclosures")
D_WAITING = QT_TRANSLATE_NOOP("core", "{title}: waiting for {stage} (open {days} days)")
D_OVERDUE = QT_TRANSLATE_NOOP("core", "{title}: open {days} days, past the {limit}-day limit")
D_MISSING = QT_TRANSLATE_NOOP("core", "{title}: passed, but the resolution disclosure is not posted")


def due(session: Session, today: dt.date) -> list[Any]:
    from villagedesk.core.workbench import DueItem

    limit = int(centre_settings.get(session, "process_limit_days"))
    items = []
    for row in list_matters(session, status=MatterStatus.IN_PROGRESS, today=today):
        params = {"title": row.title, "days": row.days_open, "limit": limit}
        if row.missing_disclosure:
            items.append(DueItem(REG, D_MISSING, params, True, "deliberation"))
        elif row.overdue:
            items.append(DueItem(REG, D_OVERDUE, params, True, "deliberation"))
        elif row.next_stage is not None:
            items.append(
                DueItem(
                    REG, D_WAITING, params | {"stage": STAGE_LABELS[row.next_stage]}, False, "deliberation"
                )
            )
    return items
