"""A character none of the notice faces has is taken from a font installed on the PC.

fonts-hanazono (installed by .ci/run) is a TrueType font with 𪚥 (U+2A6A5), which neither the
bundled font nor any official face has. Outside CI the test skips when it is absent; in CI it
must run.
"""

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.unit.pdfcheck import body_text, read_pdf
from villagedesk.core.errors import ValidationError
from villagedesk.notices import fonts as fonts_module
from villagedesk.notices.document import CentreInfo
from villagedesk.notices.general_notice import GeneralNoticePrint, build_general_notice

RARE = "\U0002a6a5"  # 𪚥
IN_CI = os.environ.get("CI", "").lower() == "true"
CENTRE = CentreInfo("新桥村", "新桥村村民委员会", "中共新桥村支部委员会", "盐东镇", "0515-88881234")


def hanazono() -> Path | None:
    """The installed TrueType font that has 𪚥, found through fontconfig."""
    if shutil.which("fc-list") is None:
        return None
    out = subprocess.run(
        ["fc-list", f":charset={ord(RARE):x}:fontformat=TrueType", "file"], capture_output=True, text=True
    ).stdout
    paths = sorted(Path(line.split(":")[0]) for line in out.splitlines() if line.strip())
    return next((p for p in paths if "hana" in p.name.lower()), paths[0] if paths else None)


@pytest.fixture
def rare_font():
    path = hanazono()
    if path is None:
        if IN_CI:
            pytest.fail("CI must have a TrueType font with 𪚥: .ci/run installs fonts-hanazono")
        pytest.skip("no installed TrueType font has 𪚥 (apt-get install fonts-hanazono)")
    return path


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("VILLAGEDESK_CACHE_DIR", str(folder))
    fonts_module.reset_fonts()
    yield folder
    fonts_module.reset_fonts()


def notice_with(name: str) -> GeneralNoticePrint:
    return GeneralNoticePrint(
        uuid="0d7f3c2e-8b1a-4e5f-9c6d-1a2b3c4d5e6f",
        version=1,
        revision=1,
        title="关于2026年度低保对象名单的公示",
        paragraphs=[f"经村民代表会议评议，{name}等3户纳入2026年度低保对象。"],
        notice_date=dt.date(2026, 12, 18),
        posting_date=dt.date(2026, 12, 20),
        posting_days=7,
        issuers=["新桥村村民委员会"],
        table_headers=["序号", "姓名", "村民小组"],
        table_rows=[["1", name, "三组"], ["2", "王芳", "五组"]],
    )


def test_a_character_only_a_system_font_has_prints_from_that_font(rare_font, cache, monkeypatch):
    monkeypatch.delenv("VILLAGEDESK_FONT_DIRS", raising=False)  # the PC's real fonts
    name = f"张{RARE}明"
    data = build_general_notice(notice_with(name), CENTRE)
    assert name in body_text(data)  # (pypdf cannot read ReportLab's ToUnicode entry for 𪚥)
    embedded = read_pdf(data).font_files()
    assert all(n.endswith(" embedded") for n in embedded)
    face = fonts_module.fonts().runs(RARE, "fangsong", "x")
    chosen = fonts_module.fonts().fallbacks[-1]
    assert face == [(chosen.name, RARE)] and chosen.has(RARE)
    assert (cache / "font-index.json").exists()  # built on the miss and kept for the next one
    assert build_general_notice(notice_with(name), CENTRE) == data  # same input, same bytes


def test_the_index_is_found_in_a_folder_by_content_not_by_file_name(rare_font, cache, tmp_path, monkeypatch):
    """No list of known file names: a copy under any name in a font folder is found (the
    Windows path, which reads the folders instead of asking fontconfig)."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(rare_font, folder / "whatever-name.ttf")
    monkeypatch.setenv("VILLAGEDESK_FONT_DIRS", str(folder))
    fonts_module.reset_fonts()
    runs = fonts_module.fonts().runs(f"张{RARE}", "fangsong", "姓名")
    assert [text for _, text in runs] == ["张", RARE]
    assert fonts_module.fonts().fallbacks[-1].path.name == "whatever-name.ttf"


def test_the_index_is_built_only_on_a_miss_and_reused_until_a_font_changes(
    rare_font, cache, tmp_path, monkeypatch
):
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(rare_font, folder / "rare.ttf")
    monkeypatch.setenv("VILLAGEDESK_FONT_DIRS", str(folder))
    fonts_module.reset_fonts()
    scans = []
    real_scan = fonts_module._scan_files
    monkeypatch.setattr(fonts_module, "_scan_files", lambda files: scans.append(files) or real_scan(files))

    fonts_module.fonts().runs("新桥村王芳2026", "fangsong", "正文")  # nothing missing
    assert scans == [] and not (cache / "font-index.json").exists()

    fonts_module.fonts().runs(RARE, "fangsong", "姓名")
    assert len(scans) == 1
    fonts_module.reset_fonts()
    fonts_module.fonts().runs(RARE, "fangsong", "姓名")  # a new process: read from the disk cache
    assert len(scans) == 1

    os.utime(folder / "rare.ttf", ns=(0, 10**18))  # the font file changed
    fonts_module.reset_fonts()
    fonts_module.fonts().runs(RARE, "fangsong", "姓名")
    assert len(scans) == 2


def test_a_font_with_postscript_outlines_is_never_used_and_the_refusal_says_so(cache, tmp_path, monkeypatch):
    """An OpenType font with CFF outlines that has the character: ReportLab cannot embed it, so the
    notice is refused, naming the character, the field and the font that could not be used."""
    monkeypatch.delenv("VILLAGEDESK_FONT_DIRS", raising=False)
    fake = fonts_module.SystemFontIndex(
        [fonts_module.SystemFont("/fonts/RareSans.otf", 0, False, ((ord(RARE), ord(RARE)),))]
    )
    monkeypatch.setattr(fonts_module, "system_font_index", lambda: fake)
    fonts_module.reset_fonts()
    with pytest.raises(ValidationError) as err:
        build_general_notice(notice_with(f"张{RARE}明"), CENTRE)
    message = err.value.render()
    assert RARE in message and "U+2A6A5" in message and "正文第1段" in message
    assert "RareSans.otf" in message and "PostScript" in message


@pytest.mark.usefixtures("bundled_fonts")
def test_without_any_font_that_has_it_the_refusal_names_character_and_field():
    with pytest.raises(ValidationError) as err:
        build_general_notice(notice_with(f"张{RARE}明"), CENTRE)
    message = err.value.render()
    assert RARE in message and "U+2A6A5" in message and "正文第1段" in message
    assert "no font on this PC that can be embedded has it" in message and "PostScript" not in message
