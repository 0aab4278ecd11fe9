"""Every printed line stays inside the 156 mm text block and follows the Chinese line-breaking rules.

Line extents are measured on the generated PDF (tests/unit/pdfcheck.py interprets the content
stream with each font's real advance widths), so a line that runs into the margin is caught as a
reader of the sheet would see it.
"""

import re
import shutil
from pathlib import Path

import pytest

from tests.unit.pdfcheck import BLOCK_LEFT, BLOCK_RIGHT, MM, body_lines, squash
from villagedesk.notices import fonts as fonts_module
from villagedesk.notices.document import Column, NoticeDocument
from villagedesk.notices.linebreak import CANNOT_END, CANNOT_START, break_lines, may_break

pytestmark = pytest.mark.usefixtures("bundled_fonts")
EDGE = 0.05  # points: rounding in the PDF's numbers, far below anything visible (0.02 mm)

MIXED = [
    "2026年12月3日8时至18时，如遇特殊情况顺延，另行通知。",
    "本项目总投资1,234,567.89元，其中村集体经济组织自筹456,789.00元，申请上级补助777,778.89元（详见附表），"
    "工期自2026-03-01至2026-11-30，合同编号HT-2026-0038-YD，监理单位为XYZ Engineering Consulting Co., Ltd.。",
    "联系人王喆，电话13851235678，座机0515-88881234转8021，邮箱wangzhe2026@example.com，"
    "地址盐东镇新桥村3组128号（村部东侧）。",
    "根据《中华人民共和国村民委员会组织法》第二十四条、《江苏省村务公开条例》第12条和第13条的规定，"
    "经2026年第3次村民代表会议（应到35人，实到31人）表决，同意29票，反对1票，弃权1票，通过。",
    "统计用区划代码320902101201、320902101202、320902101203，共计3个村民小组，受益农户268户，合计1,024人。",
    "“一事一议”筹资标准为每人15元，五保户、低保户免筹；筹劳标准为每个劳动力2个工日……",
]


def mixed_notice() -> NoticeDocument:
    doc = NoticeDocument(
        title="关于2026年度村级公益事业建设项目（第2批）实施情况的公示", kind="t", uuid="u", record={}
    )
    for number, text in enumerate(MIXED, start=1):
        doc.paragraph(text, f"正文第{number}段")
    doc.table(
        [
            Column("n", "序号"),
            Column("item", "项目名称"),
            Column("code", "合同编号"),
            Column("amount", "金额（元）", "amount"),
            Column("note", "备注"),
        ],
        [
            {
                "n": str(i),
                "item": f"新桥村{i}组道路硬化工程（长{120 * i}米、宽3.5米）",
                "code": f"HT-2026-{i:04d}-XQ-ROAD-EXT",
                "amount": 12345678 * i,
                "note": "已验收合格，质保期2年（至2028年6月30日）。" * (i % 3),
            }
            for i in range(1, 9)
        ],
        "表格",
    )
    return doc


def shifted_notice() -> NoticeDocument:
    """The same sentence pushed one character further each time, so every character of it meets
    the right edge once: numbers, closing marks and opening brackets all land at a line end."""
    doc = NoticeDocument(title="断行测试", kind="t", uuid="u", record={})
    sentence = (
        "合计金额12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分），电话0515-88881234；见《公示》“第3条”。"
    )
    for shift in range(30):
        doc.paragraph("村" * shift + sentence, f"第{shift}段")
    return doc


@pytest.fixture(params=["bundled", "latin-official"])
def font_setup(request, tmp_path, monkeypatch):
    """Once with only the bundled font, once with an 'official 仿宋' that has only Latin glyphs, so
    every line mixes two fonts with different widths (Chinese falls back per character)."""
    if request.param == "latin-official":
        import reportlab

        shutil.copy(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf", tmp_path / "simfang.ttf")
        monkeypatch.setenv("VILLAGEDESK_FONT_DIRS", str(tmp_path))
        fonts_module.reset_fonts()
    return request.param


def test_every_line_of_mixed_text_and_tables_stays_inside_the_text_block(font_setup):
    lines = body_lines(mixed_notice().build())
    assert len(lines) > 40
    for line in lines:
        assert line.x0 >= BLOCK_LEFT - EDGE, line
        assert line.x1 <= BLOCK_RIGHT + EDGE, (line.text, (line.x1 - BLOCK_RIGHT) / MM)


def test_justified_lines_end_exactly_at_the_right_edge(font_setup):
    """Chinese body text is set flush: a full line of mixed text ends on the block's right edge,
    not ragged a few millimetres short of it."""
    doc = NoticeDocument(title="对齐", kind="t", uuid="u", record={})
    doc.paragraph(MIXED[1] * 2, "正文")
    lines = body_lines(doc.build())[1:]  # after the title
    assert len(lines) >= 4
    for line in lines[:-1]:  # the last line of a paragraph stays ragged
        assert abs(line.x1 - BLOCK_RIGHT) < 0.5, (line.text, (line.x1 - BLOCK_RIGHT) / MM)


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(font_setup):
    lines = body_lines(shifted_notice().build())
    assert len(lines) > 60
    starts = {line.text[0] for line in lines}
    ends = {line.text[-1] for line in lines}
    assert not starts & CANNOT_START, starts & CANNOT_START
    assert not ends & CANNOT_END, ends & CANNOT_END
    for line in lines:
        assert line.x1 <= BLOCK_RIGHT + EDGE, line.text


def test_numbers_and_codes_are_never_split_across_lines(font_setup):
    lines = body_lines(shifted_notice().build())
    text = squash("".join(line.text for line in lines))
    assert text.count("12,345.67") == 30 and text.count("0515-88881234") == 30
    for line in lines:
        for number in re.findall(r"\d(?:[\d,.\-]*\d)?", line.text):
            assert number in ("12,345.67", "0515-88881234", "3"), (number, line.text)


def test_a_code_longer_than_its_table_cell_is_cut_inside_the_cell():
    doc = NoticeDocument(title="窄列", kind="t", uuid="u", record={})
    doc.table(
        [Column("a", "甲"), Column("b", "乙"), Column("c", "丙"), Column("d", "丁"), Column("e", "戊")],
        [{k: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" for k in "abcde"}],
        "表",
    )
    lines = body_lines(doc.build())
    assert all(line.x1 <= BLOCK_RIGHT + EDGE for line in lines)
    assert squash("".join(line.text for line in lines)).count("ABCDEFGHIJ") >= 1


# -- the rules themselves ------------------------------------------------------------------


@pytest.mark.parametrize(
    "before, after, allowed",
    [
        ("村", "民", True),
        ("村", "，", False),  # a comma never starts a line
        ("（", "村", False),  # an opening bracket never ends a line
        ("）", "村", True),
        ("村", "（", True),
        ("5", "6", False),  # inside a number
        ("5", ",", False),
        ("A", "-", False),
        ("元", "1", True),  # between Chinese and a number
        ("1", "元", True),
        ("—", "—", False),  # a dash pair stays whole
        ("…", "…", False),
        ("拉", "·", False),  # the middle dot of a name
        ("·", "买", False),
        ("村", "”", False),
        ("“", "村", False),
        ("a", " ", True),
        ("２", "３", False),  # full-width digits are one number too
    ],
)
def test_may_break(before, after, allowed):
    assert may_break(before, after) is allowed


def test_break_lines_pushes_a_character_down_instead_of_hanging_a_mark():
    chars = list("一二三四。五")
    # room for four characters: "。" may not start the next line, so "四" goes down with it
    assert break_lines(chars, [10.0] * 6, [40.0]) == [(0, 3), (3, 6)]


def test_break_lines_keeps_a_number_whole_and_cuts_only_what_can_never_fit():
    chars = list("合计12345元")
    assert break_lines(chars, [10.0] * 8, [60.0]) == [(0, 2), (2, 8)]
    word = list("ABCDEFGHIJ")
    assert break_lines(word, [10.0] * 10, [40.0]) == [(0, 4), (4, 8), (8, 10)]


def test_break_lines_honours_forced_breaks_and_skips_spaces_at_a_wrapped_start():
    chars = list("ab cd")
    assert break_lines(chars, [10.0] * 5, [25.0]) == [(0, 2), (3, 5)]
    chars = list("一二三四")
    hard = [False, True, False, False]
    assert break_lines(chars, [10.0] * 4, [100.0], hard) == [(0, 2), (2, 4)]
