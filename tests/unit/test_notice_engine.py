"""The notice engine: page geometry, fonts, fallback, masking, verification and determinism."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tests.unit.pdfcheck import BLOCK_RIGHT, MM, body_lines, body_text, read_pdf, squash
from villagedesk.core.errors import ValidationError
from villagedesk.notices import fonts as fonts_module
from villagedesk.notices.document import CentreInfo, Column, NoticeDocument, content_hash, posting_period
from villagedesk.notices.general_notice import GeneralNoticePrint, build_general_notice

CENTRE = CentreInfo(
    "新桥村",
    "新桥村村民委员会",
    "中共新桥村支部委员会",
    "盐东镇",
    "0515-88881234",
    "13851234567",
    "0515-88886789",
)


def notice(**overrides):
    values = dict(
        uuid="1b4e28ba-2fa1-11d2-883f-0016d3cca427",
        version=3,
        revision=1,
        title="关于2026年冬季农村饮水管网检修临时停水的通知",
        paragraphs=[
            "因镇自来水厂对主管网进行冬季检修，现将停水安排通知如下：",
            "一、停水时间",
            "2026年12月3日8时至18时，如遇特殊情况顺延，另行通知。",
            "（一）一组至四组全部农户；",
            "联系人王喆，电话13851235678，身份证号32090219900101123X。",
        ],
        notice_date=dt.date(2026, 12, 18),
        posting_date=dt.date(2026, 12, 20),
        posting_days=7,
        issuers=["中共新桥村支部委员会", "新桥村村民委员会"],
        table_headers=["序号", "村民小组", "联系人电话", "备注"],
        table_rows=[[str(i), f"{i % 8 + 1}组", "13951230000", "请提前储水" * (i % 3)] for i in range(1, 41)],
    )
    values.update(overrides)
    return GeneralNoticePrint(**values)


pytestmark = pytest.mark.usefixtures("bundled_fonts")


def test_every_input_string_is_in_the_pdf():
    data = notice()
    pdf = read_pdf(build_general_notice(data, CENTRE))
    text = squash(pdf.text)
    assert squash(data.title) in text
    for paragraph in data.paragraphs[:4]:
        assert squash(paragraph) in text
    assert "王喆" in text  # outside GB2312, inside the bundled font
    for header in data.table_headers:
        assert header in text
    assert "请提前储水请提前储水" in text
    assert "\x00" not in pdf.text and "\ufffd" not in pdf.text


def test_legal_parts_of_a_board_notice():
    data = build_general_notice(notice(), CENTRE)
    text = body_text(data)
    assert "公示期：2026年12月20日至2026年12月26日" in text
    assert "村务监督委员会（电话：13851234567）" in text and "盐东镇人民政府（电话：0515-88886789）" in text
    assert "意见反映电话：0515-88881234" in text
    assert "中共新桥村支部委员会新桥村村民委员会2026年12月18日" in text
    pages = squash(read_pdf(data).text)
    assert "—1—" in pages and "—2—" in pages


def test_full_id_and_mobile_numbers_never_print():
    text = squash(read_pdf(build_general_notice(notice(), CENTRE)).text)
    assert "32090219900101123X" not in text and "320902********123X" in text
    assert "13851235678" not in text and "138****5678" in text
    assert "13951230000" not in text and "139****0000" in text


def test_pages_are_a4_with_gbt9704_margins():
    pdf = read_pdf(build_general_notice(notice(), CENTRE))
    assert pdf.pages >= 2
    for page in pdf.reader.pages:
        box = page.mediabox
        assert abs(float(box.width) - 210 * MM) < 0.5 and abs(float(box.height) - 297 * MM) < 0.5
    footer = ("核验", "编号", "SHA-256")
    body = [(x, y, t) for x, y, t in pdf.positions if "—" not in t and not t.startswith(footer)]
    margin = [(x, y, t) for x, y, t in pdf.positions if t.startswith(footer)]
    assert margin and all(y < (297 - 37 - 225 - 7) * MM - 14 for _, y, _ in margin)  # under the page number
    assert min(x for x, _, _ in body) >= 28 * MM - 0.5
    assert max(y for _, y, _ in body) <= (297 - 37) * MM
    assert min(y for _, y, _ in body) >= (297 - 37 - 225) * MM - 1


def test_fonts_are_embedded():
    names = read_pdf(build_general_notice(notice(), CENTRE)).font_files()
    assert names and all(n.endswith(" embedded") for n in names)


def test_same_input_gives_identical_bytes():
    assert build_general_notice(notice(), CENTRE) == build_general_notice(notice(), CENTRE)


def test_verification_hash_depends_only_on_record(tmp_path, monkeypatch):
    import reportlab

    data = notice()
    expected = content_hash(data.record())
    bundled = build_general_notice(data, CENTRE)
    assert expected in squash(read_pdf(bundled).text) and data.uuid in squash(read_pdf(bundled).text)
    # The same record on a PC with another "official" 仿宋 prints different bytes but the same hash.
    shutil.copy(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf", tmp_path / "simfang.ttf")
    monkeypatch.setenv("VILLAGEDESK_FONT_DIRS", str(tmp_path))
    fonts_module.reset_fonts()
    other = build_general_notice(data, CENTRE)
    assert other != bundled
    assert expected in squash(read_pdf(other).text)
    assert content_hash(notice(title="关于临时停电的通知").record()) != expected


def test_per_character_fallback_when_official_face_lacks_glyph(tmp_path, monkeypatch):
    """A 'system 仿宋' without Chinese glyphs: Chinese falls back to the bundled font per character."""
    import reportlab

    shutil.copy(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf", tmp_path / "simfang.ttf")
    monkeypatch.setenv("VILLAGEDESK_FONT_DIRS", str(tmp_path))
    fonts_module.reset_fonts()
    f = fonts_module.fonts()
    assert f.font("fangsong").path.name == "simfang.ttf"
    runs = f.runs("Notice 王喆", "fangsong", "x")
    assert [name for name, _ in runs] == ["VD-fangsong", "VDBundled"]
    pdf = read_pdf(build_general_notice(notice(), CENTRE))
    assert "王喆" in squash(pdf.text)
    assert any("Vera" in n for n in pdf.font_files()) and len(pdf.font_files()) >= 2


@pytest.mark.parametrize(
    "where, overrides",
    [
        ("标题", {"title": "关于𠈌明同志的公示"}),
        ("正文第2段", {"paragraphs": ["第一段", "村民𠈌明"]}),
        (
            "表格第3行第2列",
            {"table_rows": [["1", "一组", "", ""], ["2", "二组", "", ""], ["3", "𠈌", "", ""]]},
        ),
    ],
)
def test_character_no_font_has_is_refused_naming_it_and_field(where, overrides):
    with pytest.raises(ValidationError) as err:
        build_general_notice(notice(**overrides), CENTRE)
    message = err.value.render()
    assert "𠈌" in message and "U+2020C" in message and where in message


def test_long_title_wraps_and_cells_wrap_inside_block():
    long_title = "关于" + "新桥村二〇二六年度村级公益事业一事一议筹资筹劳项目" * 3 + "的公示"
    rows = [[str(i), "一组", "", "很长的备注" * 12] for i in range(1, 6)]
    data = build_general_notice(notice(title=long_title, table_rows=rows), CENTRE)
    lines = body_lines(data)
    assert max(line.x1 for line in lines) <= BLOCK_RIGHT + 0.05  # nothing hangs in the margin
    assert squash(long_title) in body_text(data)


def test_posting_period_arithmetic():
    assert posting_period(dt.date(2026, 12, 20), 7) == (dt.date(2026, 12, 20), dt.date(2026, 12, 26))
    assert posting_period(dt.date(2026, 12, 28), 7)[1] == dt.date(2027, 1, 3)
    assert posting_period(dt.date(2028, 2, 25), 5)[1] == dt.date(2028, 2, 29)
    with pytest.raises(ValueError):
        posting_period(dt.date(2026, 1, 1), 0)


def test_table_prints_only_declared_columns_masked_by_kind():
    doc = NoticeDocument(title="关于2026年度低保对象名单的公示", kind="test", uuid="u", record={"k": 1})
    rows = [
        {
            "name": "王建国",
            "id": "32090219900101123X",
            "phone": "13851235678",
            "group": "三组",
            "amount": 123450,
            "diagnosis": "糖尿病",
            "bank": "6222021234567890123",
        }
    ]
    doc.table(
        [
            Column("name", "姓名", "masked_name"),
            Column("id", "身份证号", "id"),
            Column("phone", "电话", "mobile"),
            Column("group", "村民小组", "group"),
            Column("amount", "金额（元）", "amount"),
        ],
        rows,
        "名单",
    )
    text = squash(read_pdf(doc.build()).text)
    assert "王*国" in text and "320902********123X" in text and "138****5678" in text and "1,234.50" in text
    for secret in ("王建国", "32090219900101123X", "13851235678", "糖尿病", "6222021234567890123"):
        assert secret not in text


@pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="needs zbar-tools and poppler-utils (installed by .ci/run)",
)
def test_qr_code_on_every_page_decodes_to_uuid_and_hash(tmp_path):
    import subprocess

    data = notice()
    (tmp_path / "n.pdf").write_bytes(build_general_notice(data, CENTRE))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", str(tmp_path / "n.pdf"), str(tmp_path / "p")], check=True
    )
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) >= 2
    for page in pages:
        out = subprocess.run(
            ["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True
        ).stdout.strip()
        assert out == f"villagedesk:general_notice:{data.uuid}:{content_hash(data.record())}"


def test_numbers_typed_into_free_text_cells_print_masked():
    doc = NoticeDocument(title="关于走访情况的公示", kind="test", uuid="u", record={"k": 1})
    rows = [
        {"note": "已联系本人（电话１３８ ５１２３ ５６７８，身份证320902 19900101 123x），座机0515-88881234"}
    ]
    doc.table([Column("note", "走访情况")], rows, "名单")
    text = body_text(doc.build())
    assert "138****5678" in text and "320902********123X" in text and "0515-88881234" in text
    assert "５１２３" not in text and "19900101" not in text
