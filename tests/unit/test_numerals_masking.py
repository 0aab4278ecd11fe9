import pytest

from villagedesk.notices.masking import mask_address, mask_id, mask_mobile, mask_name, redact_free_text
from villagedesk.notices.numerals import amount_capitals, format_yuan, parse_yuan


@pytest.mark.parametrize(
    "fen, text",
    [
        (0, "零元整"),
        (1, "壹分"),
        (10, "壹角"),
        (105, "壹元零伍分"),
        (150, "壹元伍角"),
        (10000, "壹佰元整"),
        (100000, "壹仟元整"),
        (1000000, "壹万元整"),
        (1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"),
        (1000100, "壹万零壹元整"),
        (1001000, "壹万零壹拾元整"),
        (10000000, "壹拾万元整"),
        (100000100, "壹佰万零壹元整"),
        (10001000000, "壹亿零壹万元整"),
        (5000000000, "伍仟万元整"),
        (20300, "贰佰零叁元整"),
        (1010, "壹拾元零壹角"),
        (-5000, "负伍拾元整"),
    ],
)
def test_amount_capitals(fen, text):
    assert amount_capitals(fen) == text


def test_amounts_are_integer_fen_only():
    with pytest.raises(TypeError):
        amount_capitals(12.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text, fen", [("12,345.67", 1234567), ("0.5", 50), ("100", 10000), ("-3.05", -305), ("¥8元", 800)]
)
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen
    assert parse_yuan(format_yuan(fen)) == fen


@pytest.mark.parametrize("text", ["1.234", "abc", "", "1.2.3"])
def test_parse_yuan_refuses(text):
    with pytest.raises(ValueError):
        parse_yuan(text)


def test_mask_id_keeps_first_six_last_four():
    assert mask_id("32090219900101123X") == "320902********123X"
    assert mask_id("320902900101123") == "320902*****1123"


def test_mask_mobile():
    assert mask_mobile("13851235678") == "138****5678"
    assert mask_mobile("138 5123 5678") == "138****5678"


def test_mask_name_and_address():
    assert mask_name("王建国") == "王*国"
    assert mask_name("王芳") == "王*"
    assert mask_name("欧阳建国") == "欧**国"
    assert mask_address("新桥村三组18号", "三组") == "三组"
    assert mask_address("盐东镇新桥村三组18号") == "盐东镇新桥村三组"


def test_redact_free_text():
    text = "联系人王喆，电话13851235678，身份证号32090219900101123X，座机0515-88881234，金额100000000000元"
    out = redact_free_text(text)
    assert "13851235678" not in out and "138****5678" in out
    assert "32090219900101123X" not in out and "320902********123X" in out
    assert "0515-88881234" in out  # a landline is an office phone, printed as is
