import pytest

from tests.conftest import sample_centre
from villagedesk.core.centre import create_centre, get_centre, update_centre, validate_centre
from villagedesk.core.errors import ValidationError
from villagedesk.i18n import tr_core


@pytest.mark.parametrize(
    "code",
    [
        "32090210420",
        "3209021042031",
        "32090210420A",
        "３２０９０２１０４２０３",
        "32090210420 ",
        "",
        "320902-04203",
    ],
)
def test_division_code_must_be_twelve_ascii_digits(code):
    with pytest.raises(ValidationError) as err:
        validate_centre(sample_centre(division_code=code))
    assert err.value.fields == ["Statistical division code"]


@pytest.mark.parametrize(
    "code, rule",
    [("990902104203", "province"), ("320902000203", "township"), ("320902104000", "village")],
)
def test_division_code_parts_are_checked(code, rule):
    with pytest.raises(ValidationError) as err:
        validate_centre(sample_centre(division_code=code))
    assert rule in str(err.value)


def test_codes_derive_township_and_county(session):
    centre = get_centre(session)
    assert centre.township_code == "320902104"
    assert centre.county_code == "320902"


def test_message_is_chinese_and_names_field_and_rule(translator):
    with pytest.raises(ValidationError) as err:
        validate_centre(sample_centre(division_code="32090210420"))
    text = err.value.render(tr_core)
    assert text.startswith("统计用区划代码：")
    assert "12位数字" in text and "11 位" in text


def test_all_broken_rules_reported_at_once():
    with pytest.raises(ValidationError) as err:
        validate_centre(
            sample_centre(village_name=" ", township_name="", objection_phone="12345", posting_day=31)
        )
    assert {"Village name", "Township name", "Objection phone", "Posting day of month"} <= set(
        err.value.fields
    )


@pytest.mark.parametrize("phone", ["0515-88881234", "051588881234", "13851234567", "0515-88881234-801"])
def test_good_phone_numbers(phone):
    validate_centre(sample_centre(objection_phone=phone))


@pytest.mark.parametrize("phone", ["12345", "23851234567", "1385123456", "0515-888", "电话"])
def test_bad_phone_numbers(phone):
    with pytest.raises(ValidationError):
        validate_centre(sample_centre(objection_phone=phone))


def test_default_names_follow_village(session):
    data = validate_centre(sample_centre(party_org_name="", committee_name=""))
    assert data.party_org_name == "中共新桥村支部委员会"
    assert data.committee_name == "新桥村村民委员会"


def test_second_centre_refused(session):
    with pytest.raises(ValidationError):
        create_centre(session, sample_centre())


def test_bad_update_changes_nothing(session):
    with pytest.raises(ValidationError):
        update_centre(session, sample_centre(division_code="1"))
    assert get_centre(session).division_code == "320902104203"


def test_update_bumps_version(session):
    centre = get_centre(session)
    update_centre(session, sample_centre(posting_day=15))
    session.commit()
    assert centre.version == 2 and centre.posting_day == 15
