"""The PIN policy (length as an administrator's setting, no trivial PINs, a slow hash), PIN resets
that force a new PIN, locked and disabled users, and the review date's bounds."""

import datetime as dt
import time

import pytest

from tests.conftest import TODAY
from villagedesk.core import general_notice as gn
from villagedesk.core import review, roster, users
from villagedesk.core import settings as centre_settings
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import AuditEntry, Body, Issuer, UserRole


def as_user(session, name):
    session.info["actor"] = name
    return session


# -- the PIN itself -----------------------------------------------------------------------------------
def test_the_real_hash_costs_a_tenth_of_a_second_a_guess(monkeypatch):
    monkeypatch.delenv(users.PIN_COST_ENV, raising=False)
    started = time.perf_counter()
    stored = users.hash_pin("258046")
    spent = time.perf_counter() - started
    assert stored.startswith(f"scrypt${users.SCRYPT_N}$8$1$") and users.SCRYPT_N >= 2**14
    assert spent >= 0.05, spent
    started = time.perf_counter()
    assert users.pin_matches("258046", stored)
    assert time.perf_counter() - started >= 0.05


def test_a_stored_hash_asking_for_absurd_cost_is_refused_not_computed():
    n = 2**30
    assert not users.pin_matches("258046", f"scrypt${n}$8$1${'00' * 16}${'00' * 32}")
    assert not users.pin_matches("258046", "md5$whatever")


@pytest.mark.parametrize(
    "pin",
    [
        "25804",
        "2580461234567",
        "000000",
        "999999",
        "123456",
        "654321",
        "890123",
        "210987",
        "135791",
        "121212",
        "909090",
        "123123",
        "12341234",
        "25８046",
        "258 46",
    ],
)
def test_short_and_trivial_pins_refused(session, pin):
    with pytest.raises(ValidationError) as err:
        users.create_user(session, "村文书", UserRole.CLERK, pin)
    assert err.value.fields == ["PIN"]


@pytest.mark.parametrize("pin", ["258046", "135724", "112233", "100200", "123457", "998877665544"])
def test_ordinary_pins_accepted(session, pin):
    assert users.create_user(session, "村文书", UserRole.CLERK, pin).name == "村文书"


def test_the_minimum_length_is_an_administrators_setting(session):
    users.create_user(session, "书记", UserRole.SECRETARY, "135724")
    as_user(session, "书记")  # may change the centre's rules, but not this one
    with pytest.raises(ValidationError) as err:
        centre_settings.set_value(session, centre_settings.PIN_MIN_LENGTH, 8)
    assert "manage users" in str(err.value)
    centre_settings.set_value(session, centre_settings.PIN_MIN_LENGTH, 6)  # unchanged: allowed
    as_user(session, "tester")
    with pytest.raises(ValidationError):
        centre_settings.set_value(session, centre_settings.PIN_MIN_LENGTH, 4)  # never below 6
    centre_settings.set_value(session, centre_settings.PIN_MIN_LENGTH, 8)
    with pytest.raises(ValidationError) as err:
        users.create_user(session, "村文书", UserRole.CLERK, "1357246")
    assert "8" in str(err.value)
    users.create_user(session, "村文书", UserRole.CLERK, "13572468")
    # a PIN shorter than the new policy still signs in, but must be changed first
    user = users.authenticate(session, "书记", "135724")
    assert users.needs_new_pin(session, user, "135724")
    assert not users.needs_new_pin(session, users.find_user(session, "村文书"), "13572468")


def test_an_old_four_digit_pin_must_be_changed_at_sign_in(session):
    users.create_user(session, "村文书", UserRole.CLERK, "135724")
    users.find_user(session, "村文书").pin_hash = users.hash_pin("1357")  # as stored before the policy
    user = users.authenticate(session, "村文书", "1357")
    assert users.needs_new_pin(session, user, "1357")
    users.change_own_pin(session, "村文书", "1357", "135724", "135724")
    assert not users.needs_new_pin(session, user, "135724")
    assert users.authenticate(session, "村文书", "135724").name == "村文书"


# -- resets, locks and disabled users -----------------------------------------------------------------
def audit_actions(session, user_name):
    uuid = users.find_user(session, user_name).uuid
    return [
        (e.actor, e.action)
        for e in session.query(AuditEntry).filter_by(record_uuid=uuid).order_by(AuditEntry.id)
    ]


def test_an_administrators_reset_forces_a_new_pin_and_is_audited(session):
    users.create_user(session, "村文书", UserRole.CLERK, "135724")
    users.set_pin(session, "村文书", "147258")  # the tester is the administrator
    user = users.authenticate(session, "村文书", "147258")
    assert user.must_change_pin and users.needs_new_pin(session, user, "147258")
    with pytest.raises(ValidationError) as err:
        users.change_own_pin(session, "村文书", "147258", "147258", "147258")
    assert "differ" in str(err.value)
    users.change_own_pin(session, "村文书", "147258", "369147", "369147")
    assert not users.find_user(session, "村文书").must_change_pin
    users.set_active(session, "村文书", False)
    assert audit_actions(session, "村文书") == [
        ("tester", "user_add"),
        ("tester", "pin_reset"),
        ("村文书", "pin_change"),
        ("tester", "user_disable"),
    ]
    assert all("147258" not in e.reason and "369147" not in e.reason for e in session.query(AuditEntry))


def test_only_an_administrator_resets_someone_elses_pin(session):
    users.create_user(session, "村文书", UserRole.CLERK, "135724")
    users.create_user(session, "书记", UserRole.SECRETARY, "258046")
    as_user(session, "书记")
    with pytest.raises(ValidationError):
        users.set_pin(session, "村文书", "147258")
    users.set_pin(session, "书记", "369147")  # one's own PIN, yes
    assert not users.find_user(session, "书记").must_change_pin


def test_a_locked_or_disabled_user_can_do_nothing(session):
    users.create_user(session, "村文书", UserRole.CLERK, "135724")
    as_user(session, "村文书")
    roster.add_person(session, roster.PersonData(name="王建国"))
    for _ in range(users.MAX_TRIES):
        with pytest.raises(ValidationError):
            users.authenticate(session, "村文书", "999999")
    with pytest.raises(ValidationError) as err:
        roster.add_person(session, roster.PersonData(name="李秀英"))  # already signed in: still refused
    assert err.value.fields == ["Permission"]
    as_user(session, "tester")
    users.set_pin(session, "村文书", "147258")  # the administrator unlocks by resetting
    as_user(session, "村文书")
    roster.add_person(session, roster.PersonData(name="李秀英"))
    as_user(session, "tester")
    users.set_active(session, "村文书", False)
    assert not users.can(session, "村文书", users.Action.PRINT)
    with pytest.raises(ValidationError):
        users.authenticate(session, "村文书", "147258")


# -- the review date ------------------------------------------------------------------------------
def _supervised_notice(session):
    person = roster.add_person(session, roster.PersonData(name="刘监督", birth_date=dt.date(1970, 1, 1)))
    roster.add_membership(session, person.id, Body.SUPERVISION, dt.date(2021, 1, 15), today=TODAY)
    users.create_user(session, "刘监督", UserRole.SUPERVISOR, "246813", person_id=person.id)
    data = gn.GeneralNoticeData("关于临时停水的通知", "停水一天。", TODAY, TODAY, 7, Issuer.COMMITTEE)
    return gn.create_notice(session, data)


def _sign(session, n, day, today, pin="246813"):
    return review.sign_review(
        session,
        record_kind="general_notice",
        record_uuid=n.uuid,
        record_version=n.version,
        content_hash="h",
        signer="刘监督",
        pin=pin,
        opinion="同意公开。",
        day=day,
        today=today,
    )


def test_a_review_is_dated_between_the_save_and_today(session, translator):
    from villagedesk.i18n import tr_core

    n = _supervised_notice(session)
    saved = review.version_saved_on(session, n.uuid, n.version)
    assert saved is not None
    with pytest.raises(ValidationError) as err:
        _sign(session, n, saved - dt.timedelta(days=1), saved)
    text = err.value.render(tr_core)
    assert (saved - dt.timedelta(days=1)).isoformat() in text and saved.isoformat() in text and "保存" in text
    with pytest.raises(ValidationError) as err:
        _sign(session, n, dt.date(2019, 3, 1), saved)  # years before the notice existed
    assert "2019-03-01" in err.value.render(tr_core)
    with pytest.raises(ValidationError) as err:
        _sign(session, n, saved + dt.timedelta(days=1), saved)
    assert "未来" in err.value.render(tr_core) or "future" in str(err.value)
    assert _sign(session, n, saved, saved).review_date == saved
    # a new version needs a new review, dated no earlier than its own save
    gn.update_notice(
        session,
        n.id,
        gn.GeneralNoticeData("关于临时停水的更正通知", "停水两天。", TODAY, TODAY, 7, Issuer.COMMITTEE),
    )
    assert review.version_saved_on(session, n.uuid, n.version) >= saved


def test_a_reset_supervisor_cannot_sign_with_the_pin_the_administrator_chose(session):
    n = _supervised_notice(session)
    users.set_pin(session, "刘监督", "147258")
    saved = review.version_saved_on(session, n.uuid, n.version)
    with pytest.raises(ValidationError) as err:
        _sign(session, n, saved, saved, pin="147258")
    assert "reset" in str(err.value)
    assert review.reviews_for(session, n.uuid) == []
