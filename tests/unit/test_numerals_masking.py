import pytest

from villagedesk.notices.masking import (
    mask_address,
    mask_id,
    mask_mobile,
    mask_name,
    normalise_number,
    redact_free_text,
)
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


def test_mask_id_normalises_how_it_was_typed():
    assert mask_id("320902 19900101 123x") == "320902********123X"
    assert mask_id("３２０９０２１９９００１０１１２３Ｘ") == "320902********123X"


def test_mask_mobile():
    assert mask_mobile("13851235678") == "138****5678"
    assert mask_mobile("138 5123 5678") == "138****5678"
    assert mask_mobile("１３８－５１２３－５６７８") == "138****5678"


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


@pytest.mark.parametrize(
    "typed, printed",
    [
        # mobile numbers however they were typed, inside words
        ("电话13851235678。", "电话138****5678。"),
        ("电话138 5123 5678。", "电话138****5678。"),
        ("电话138-5123-5678转8021", "电话138****5678转8021"),
        ("电话１３８５１２３５６７８", "电话138****5678"),
        ("电话１３８－５１２３－５６７８", "电话138****5678"),
        ("电话１３８　５１２３　５６７８", "电话138****5678"),  # full-width spaces
        ("电话138 - 5123 - 5678", "电话138****5678"),
        ("+86 138 5123 5678", "+86 138****5678"),
        ("王喆13851235678李四", "王喆138****5678李四"),
        ("13851235678、13951230000", "138****5678、139****0000"),
        ("13851235678 13951230000", "138****5678 139****0000"),
        ("编号 2 13851235678", "编号 2 138****5678"),  # a stray digit before it stays
        ("Tel:19912345678x", "Tel:199****5678x"),
        # ID numbers: 18 with X or x, spaced, hyphenated, full-width; 15-digit legacy numbers
        ("身份证号32090219900101123X。", "身份证号320902********123X。"),
        ("身份证号32090219900101123x", "身份证号320902********123X"),
        ("身份证号 320902 19900101 123X 已核实", "身份证号 320902********123X 已核实"),
        ("身份证号320902-19900101-1234", "身份证号320902********1234"),
        ("身份证号320902 1990 0101 123 X", "身份证号320902********123X"),
        ("身份证号３２０９０２１９９００１０１１２３Ｘ", "身份证号320902********123X"),
        ("身份证号３２０９０２１９９００１０１１２３ｘ", "身份证号320902********123X"),
        ("ID32090219900101123Xyz", "ID320902********123Xyz"),
        ("老身份证320902900101123号", "老身份证320902*****1123号"),
        ("王芳（32090219900101123X，13851235678）", "王芳（320902********123X，138****5678）"),
    ],
)
def test_redact_free_text_finds_numbers_however_typed(typed, printed):
    assert redact_free_text(typed) == printed


@pytest.mark.parametrize(
    "text",
    [
        "金额1,234,567.89元",
        "金额100000000000元",  # 12 digits
        "共计12345678901.5吨",  # a decimal never is a phone number
        "2026-12-03至2026-12-26",
        "2026年12月3日",
        "20261203",
        "统计用区划代码320902101201",
        "统计用区划代码 320902 101201",  # 12 digits however spaced
        "座机0515-88888888",
        "座机0515 8888 8888",
        "座机(0515)88881234转8021",
        "邮编224000",
        "合同编号HT-2026-0038-YD",
        "应到35人，实到31人，同意29票",
        "第3–5001行共4,500行",
        "电话1385123567",  # 10 digits
        "电话138512356789",  # 12 digits
        "号码21234567890",  # 11 digits, not a mobile prefix
        "号码12345678901",  # 11 digits starting 12: no such mobile range
        "订单号320902199013451234",  # 18 digits without a real birth date
        "流水号000902199001011234",  # area code cannot start with 0
        "2020—2026年",
        "已打码138****5678和320902********123X",  # masking twice changes nothing
    ],
)
def test_redact_free_text_leaves_ordinary_numbers(text):
    assert redact_free_text(text) == text


def test_normalise_number():
    assert normalise_number("１３８ 5123－5678") == "13851235678"
    assert normalise_number("320902 19900101 123x") == "32090219900101123X"
