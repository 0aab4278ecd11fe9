"""暖心关怀 as printable documents: the disbursement notice (posted after the supervision review),
the festival visit list and the fund statement of any period (both filed, not posted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.care import config as c
from villagedesk.core.care import fund as f
from villagedesk.core.care import periods, printed
from villagedesk.core.care.targets import target_rows
from villagedesk.core.centre import get_centre
from villagedesk.core.errors import NotFoundError, ValidationError
from villagedesk.db.models import CareFund, CareFundEntry, CentreProfile
from villagedesk.documents import DocumentKind, Printable, centre_info, row_id, signed_review
from villagedesk.notices.care import disbursement_title

FESTIVALS = {1: "春节", 2: "七一"}


class DisbursementKind(DocumentKind):
    prefix = "caredisb"
    kind = printed.DISBURSEMENT_KIND
    label = "关爱资金发放公示"
    field_label = c.F_DISBURSEMENT

    def _printable(self, session: Session, head: CareFundEntry, centre: CentreProfile) -> Printable:
        record = printed.disbursement_record(session, head)
        digest = printed.disbursement_hash(session, head)
        review = signed_review(session, head.uuid, digest)
        data_day = printed.notice_day(head)
        return Printable(
            id=f"{self.prefix}-{head.id}",
            kind=self.kind,
            kind_label=self.label,
            title=f"{disbursement_title(record)}（{record['fund']}，{len(record['lines'])}人）",
            date=data_day,
            uuid=head.uuid,
            version=head.version,
            locked=head.posted_on is not None,
            build=partial(_build_disbursement, record, data_day, centre, review, digest),
            review_hash=digest,
        )

    def list(self, session: Session) -> Iterator[Printable]:
        centre = get_centre(session)
        for head in printed.disbursement_heads(session):
            yield self._printable(session, head, centre)

    def get(self, session: Session, row_id: int) -> Printable:
        try:
            head = printed.batch_head(session, row_id)
        except NotFoundError:
            raise KeyError(f"{self.prefix}-{row_id}") from None
        return self._printable(session, head, get_centre(session))

    def check_postable(self, session: Session, item: Printable, digest: str) -> None:
        if signed_review(session, item.uuid, digest) is None:
            raise ValidationError.single(c.F_DISBURSEMENT, c.R_NEEDS_REVIEW)

    def mark_posted(self, session: Session, item: Printable, actor: str, digest: str, day: dt.date) -> None:
        printed.post_batch(session, row_id(item), day, actor, digest)


def _build_disbursement(record, day, centre, review, digest):  # type: ignore[no-untyped-def]
    from villagedesk.notices.care import DisbursementPrint, build_disbursement

    data = DisbursementPrint(record, day, [centre.party_org_name, centre.committee_name], review)
    return build_disbursement(data, centre_info(centre)), digest


def disbursement_hash(session: Session, entry_id: int) -> tuple[str, str, int, str]:
    """(uuid, digest, version, title) of the notice an entry heads, for the review dialog."""
    head = printed.batch_head(session, entry_id)
    record = printed.disbursement_record(session, head)
    return (
        head.uuid,
        printed.disbursement_hash(session, head),
        head.version,
        f"关于{record['fund']}发放情况的公示",
    )


# -- the festival visit list ---------------------------------------------------------------------
def festival_date(year: int, which: int) -> dt.date | None:
    return c.spring_festival(year) if which == 1 else c.party_day(year)


class VisitListKind(DocumentKind):
    prefix = "carevisits"
    kind = "care_visit_list"
    label = "走访慰问名单"
    field_label = c.F_TARGET

    def printable(self, session: Session, year: int, which: int) -> Printable:
        day = festival_date(year, which)
        if day is None or which not in FESTIVALS:
            raise KeyError(f"{self.prefix}-{year}{which}")
        centre = get_centre(session)
        window = settings.get(session, c.FESTIVAL_DAYS)
        start = day - dt.timedelta(days=window)
        data = visit_list_data(session, FESTIVALS[which], day, start, centre)
        return Printable(
            id=f"{self.prefix}-{year}{which}",
            kind=self.kind,
            kind_label=self.label,
            title=data.title,
            date=start,
            uuid=data.uuid,
            version=1,
            locked=False,
            build=partial(_build_visits, data, centre),
        )

    def list(self, session: Session) -> Iterator[Printable]:
        today = dt.date.today()
        for festival, day in c.festivals_ahead(today, 400)[:2]:
            yield self.printable(session, day.year, 1 if festival == "春节" else 2)

    def get(self, session: Session, row_id: int) -> Printable:
        year, which = divmod(row_id, 10)
        if not 2020 <= year <= 2040:
            raise KeyError(f"{self.prefix}-{row_id}")
        return self.printable(session, year, which)


def visit_list_data(session: Session, festival: str, day: dt.date, start: dt.date, centre: CentreProfile):  # type: ignore[no-untyped-def]
    """Party-side targets on the list at the start of the round (the one the 七一/春节 visits are
    for), with the special-hardship elderly at 春节."""
    import uuid as uuid_mod

    from villagedesk.notices.care import VisitLine, VisitListPrint

    rows = [r for r in target_rows(session, start) if r.party or (festival == "春节" and r.special)]
    lines = [
        VisitLine(
            name=r.name,
            minor=r.minor,
            group=r.group_name,
            categories="、".join(r.categories),
            helper=r.helper,
            last_visit=r.last_visit,
            standing=f"{r.standing.years}年" if r.standing else "",
        )
        for r in rows
    ]
    ident = str(
        uuid_mod.uuid5(uuid_mod.NAMESPACE_URL, f"villagedesk:care:visits:{centre.division_code}:{day}")
    )
    return VisitListPrint(
        ident, f"{day.year}年{festival}走访慰问对象名单", festival, day, start, start, lines
    )


def _build_visits(data, centre):  # type: ignore[no-untyped-def]
    from villagedesk.core.hashing import content_hash
    from villagedesk.notices.care import build_visit_list

    return build_visit_list(data, centre_info(centre)), content_hash(data.record())


# -- the fund statement of a period ---------------------------------------------------------------------
class StatementKind(DocumentKind):
    prefix = "carefund"
    kind = "care_fund_statement"
    label = "关爱资金收支情况"
    field_label = c.F_FUND

    def printable(
        self, session: Session, fund_id: int, start: dt.date, end: dt.date, row: int | None = None
    ) -> Printable:
        """The statement of one fund for [start, end]: a month, a quarter, a year or any period."""
        start, end = periods.checked(start, end)
        row = periods.encode(fund_id, start, end) if row is None else row
        fund = session.get(CareFund, fund_id)
        if fund is None or fund.deleted:
            raise KeyError(f"{self.prefix}-{row}")
        statement = f.fund_statement(session, fund_id, start, end)
        centre = get_centre(session)
        import uuid as uuid_mod

        from villagedesk.notices.care import StatementPrint

        ident = str(
            uuid_mod.uuid5(uuid_mod.NAMESPACE_URL, f"villagedesk:care:fund:{fund.uuid}:{start}:{end}")
        )
        data = StatementPrint(
            ident,
            fund.name,
            start,
            end,
            statement.opening,
            statement.income,
            statement.expenditure,
            statement.closing,
            statement.lines,
            min(end, dt.date.today()),  # a statement of the running year is dated the day it is made
            [centre.committee_name],
            periods.title(start, end),
        )
        return Printable(
            id=f"{self.prefix}-{row}",
            kind=self.kind,
            kind_label=self.label,
            title=f"{fund.name}收支情况（{periods.title(start, end)}）",
            date=end,
            uuid=ident,
            version=1,
            locked=False,
            build=partial(_build_statement, data, centre),
        )

    def list(self, session: Session) -> Iterator[Printable]:
        years = sorted(
            {
                d.year
                for d in session.scalars(
                    select(CareFundEntry.entry_date).where(CareFundEntry.deleted.is_(False))
                )
            },
            reverse=True,
        )
        for fund in f.funds(session):
            for year in years:
                yield self.get(session, fund.id * 10000 + year)

    def get(self, session: Session, row_id: int) -> Printable:
        """A yearly id from the list (fund·year) or any period (periods.encode)."""
        try:
            fund_id, start, end = periods.decode(row_id)
        except ValueError:
            raise KeyError(f"{self.prefix}-{row_id}") from None
        return self.printable(session, fund_id, start, end, row_id)


def _build_statement(data, centre):  # type: ignore[no-untyped-def]
    from villagedesk.core.hashing import content_hash
    from villagedesk.notices.care import build_statement

    return build_statement(data, centre_info(centre)), content_hash(data.record())


KINDS: tuple[DocumentKind, ...] = (DisbursementKind(), VisitListKind(), StatementKind())
