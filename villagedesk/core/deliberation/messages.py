"""Every field name, rule and explanation the 四议两公开 register shows, translatable, in one place."""

from __future__ import annotations

from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.settings import MORE_THAN_HALF, TWO_THIRDS
from villagedesk.db.models import (
    Stage,
)

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

L_QUORUM = QT_TRANSLATE_NOOP(
    "core",
    "Attendance: {rule} {basis} ({base}) must be there, at least {needed}; {count} are: {verdict} ({source})",
)
L_PASS = QT_TRANSLATE_NOOP(
    "core",
    "Vote: yes votes must be {rule} {basis} ({base}), at least {needed}; {yes} voted yes: {verdict} ({source})",
)
BASIS_ADULTS = QT_TRANSLATE_NOOP("core", "of the villagers aged 18 and over")
BASIS_HOUSEHOLDS = QT_TRANSLATE_NOOP("core", "of the households")
L_QUORUM_HOUSEHOLDS = QT_TRANSLATE_NOOP(
    "core",
    "Or households: representatives of {rule} {basis} ({base}), at least {needed}; {count} came: {verdict} ({source})",
)
L_QUORUM_WAY = QT_TRANSLATE_NOOP("core", "The assembly has its quorum through {way}.")
WAY_ADULTS = QT_TRANSLATE_NOOP("core", "the villagers aged 18 and over present")
WAY_HOUSEHOLDS = QT_TRANSLATE_NOOP("core", "the households' representatives")
WAY_BOTH = QT_TRANSLATE_NOOP("core", "both the villagers present and the households' representatives")
L_JOINT_COMMITTEE = QT_TRANSLATE_NOOP(
    "core", "Among the branch committee members (the stage 1 rule, proposal):"
)
L_JOINT_WHOLE = QT_TRANSLATE_NOOP("core", "The whole joint meeting (the stage 2 rule, consultation):")
L_WRITTEN_TALLY = QT_TRANSLATE_NOOP(
    "core",
    "Absentees' written opinions: {yes} yes, {no} no, {abstain} abstain; they join the tally only, "
    "as the base already counts the absentees ({source})",
)
L_WRITTEN_BOTH = QT_TRANSLATE_NOOP(
    "core",
    "Absentees' written opinions: {yes} yes, {no} no, {abstain} abstain; they join the tally and the base ({source})",
)
L_WRITTEN_OFF = QT_TRANSLATE_NOOP(
    "core",
    "Absentees' written opinions: {yes} yes, {no} no, {abstain} abstain; not counted (village setting)",
)
L_WRITTEN_NEVER = QT_TRANSLATE_NOOP(
    "core",
    "Absentees' written opinions: {yes} yes, {no} no, {abstain} abstain; never counted here: "
    "the decision is by those present ({source})",
)
L_OK = QT_TRANSLATE_NOOP("core", "met")
L_NOT = QT_TRANSLATE_NOOP("core", "not met")
L_NO_QUORUM = QT_TRANSLATE_NOOP(
    "core", "The meeting did not reach its quorum (未达法定人数): the stage does not pass."
)


STAGE_LABELS = {
    Stage.PROPOSAL: QT_TRANSLATE_NOOP("core", "Party organisation proposal"),
    Stage.CONSULTATION: QT_TRANSLATE_NOOP("core", "Joint committees' consultation"),
    Stage.PARTY_REVIEW: QT_TRANSLATE_NOOP("core", "Party members' meeting review"),
    Stage.RESOLUTION: QT_TRANSLATE_NOOP("core", "Villagers' (representatives') meeting resolution"),
    Stage.RESOLUTION_DISCLOSURE: QT_TRANSLATE_NOOP("core", "Resolution disclosure"),
    Stage.RESULT_DISCLOSURE: QT_TRANSLATE_NOOP("core", "Implementation result disclosure"),
}

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
F_SPENT = QT_TRANSLATE_NOOP("core", "Money spent")
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
R_BEFORE_EARLIER = QT_TRANSLATE_NOOP(
    "core", "{value} is before this matter's earlier meeting ({meeting}) held on {previous}"
)
R_BEFORE_OPENED = QT_TRANSLATE_NOOP("core", "{value} is before the matter was opened on {opened}")
R_NOT_INVITEE = QT_TRANSLATE_NOOP("core", "{name} was not a member of this body on {day} (roster)")
R_NO_REASON = QT_TRANSLATE_NOOP("core", "{name} is absent without a reason")
R_NEGATIVE = QT_TRANSLATE_NOOP("core", "vote counts cannot be negative")
R_VOTE_SUM = QT_TRANSLATE_NOOP(
    "core", "yes {yes} + no {no} + abstain {abstain} = {total}, but {voters} members with a vote are present"
)
R_MORE_THAN_PRESENT = QT_TRANSLATE_NOOP(
    "core", "{present} present is more than the {should} who should attend"
)
R_HOUSEHOLDS_MORE = QT_TRANSLATE_NOOP(
    "core", "{represented} households represented is more than the {total} households of the village"
)
R_HOUSEHOLDS_PRESENT = QT_TRANSLATE_NOOP(
    "core", "{represented} households represented, but only {present} villagers are present"
)
R_WRITTEN_VOTE = QT_TRANSLATE_NOOP("core", "{name}'s written vote must be yes, no or abstain, got {value}")
R_WRITTEN_NO_VOTE = QT_TRANSLATE_NOOP(
    "core", "{name} attends without a vote (probationary Party member), so has no written vote either"
)
F_COMMITTEE_VOTES = QT_TRANSLATE_NOOP("core", "Branch committee members' votes")
R_COMMITTEE_SUM = QT_TRANSLATE_NOOP(
    "core",
    "yes {yes} + no {no} + abstain {abstain} = {total}, but {present} branch committee members are present",
)
R_COMMITTEE_PART = QT_TRANSLATE_NOOP(
    "core", "the branch committee members' {what} votes ({part}) are more than the whole meeting's ({whole})"
)
VOTE_YES = QT_TRANSLATE_NOOP("core", "yes")
VOTE_NO = QT_TRANSLATE_NOOP("core", "no")
VOTE_ABSTAIN = QT_TRANSLATE_NOOP("core", "abstain")
W_REPRESENTATIVES_SHARE = QT_TRANSLATE_NOOP(
    "core",
    "Villagers' representatives' meeting: {representatives} of its {members} members (村委会 members and "
    "村民代表) are 村民代表; the law asks for at least four fifths, {needed} ({source})",
)
W_WOMEN_SHARE = QT_TRANSLATE_NOOP(
    "core",
    "Villagers' representatives' meeting: {women} of its {members} members are women representatives; "
    "the law asks for at least one third, {needed} ({source})",
)
W_SEX_UNKNOWN = QT_TRANSLATE_NOOP(
    "core", "the roster does not say whether {count} of the 村民代表 are men or women"
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


R_NOT_FAILED = QT_TRANSLATE_NOOP(
    "core", "only a matter that failed a vote or was withdrawn can be proposed again"
)


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

REG = QT_TRANSLATE_NOOP("core", "Four deliberations, two disclosures")
D_WAITING = QT_TRANSLATE_NOOP("core", "{title}: waiting for {stage} (open {days} days)")
D_OVERDUE = QT_TRANSLATE_NOOP("core", "{title}: open {days} days, past the {limit}-day limit")
D_MISSING = QT_TRANSLATE_NOOP("core", "{title}: passed, but the resolution disclosure is not posted")
