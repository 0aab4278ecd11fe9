"""The parsed bundled font is kept in the user cache folder: a print from a cold command line does
not parse it again, and a cache file that is damaged or stale is ignored, never trusted."""

import datetime as dt
import os
import shutil

import pytest
from reportlab.pdfbase import ttfonts

from tests.unit.pdfcheck import read_pdf, squash
from villagedesk.notices import fonts as fonts_module
from villagedesk.notices.document import CentreInfo
from villagedesk.notices.general_notice import GeneralNoticePrint, build_general_notice
from villagedesk.paths import resource_path

CENTRE = CentreInfo("新桥村", "新桥村村民委员会", "中共新桥村支部委员会", "盐东镇", "0515-88881234")
NOTICE = GeneralNoticePrint(
    uuid="0d7f3c2e-8b1a-4e5f-9c6d-1a2b3c4d5e6f",
    version=1,
    revision=1,
    title="关于临时停水的通知",
    paragraphs=["因管网检修，12月20日停水一天，请提前储水。", "张家所在三组同日停水。"],
    notice_date=dt.date(2026, 12, 18),
    posting_date=dt.date(2026, 12, 20),
    posting_days=7,
    issuers=["新桥村村民委员会"],
    table_headers=["组别", "时间"],
    table_rows=[["一组", "8时"], ["二组", "9时"]],
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("VILLAGEDESK_CACHE_DIR", str(folder))
    monkeypatch.setenv("VILLAGEDESK_FONT_DIRS", "")  # the bundled font only
    fonts_module.reset_fonts()
    yield folder
    fonts_module.reset_fonts()


@pytest.fixture
def parses(monkeypatch):
    """How many times ReportLab parsed a font file."""
    count = []
    parse = ttfonts.TTFontFace.__init__

    def counting(self, *args, **kwargs):
        count.append(args[0])
        parse(self, *args, **kwargs)

    monkeypatch.setattr(ttfonts.TTFontFace, "__init__", counting)
    return count


def build() -> bytes:
    fonts_module.reset_fonts()  # a new process, as far as fonts go
    return build_general_notice(NOTICE, CENTRE)


def cache_files(folder):
    return sorted((folder / "fonts").glob("*.rlfont"))


def test_the_second_process_reads_the_parsed_font_and_prints_the_same_bytes(cache, parses):
    first = build()
    assert len(parses) == 1 and len(cache_files(cache)) == 1
    second = build()
    assert len(parses) == 1, "the cached parse was used"
    assert second == first
    text = squash(read_pdf(second).text)
    assert "关于临时停水的通知" in text and "张家所在三组" in text and "二组" in text
    assert all(name.endswith(" embedded") for name in read_pdf(second).font_files())


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],  # a write cut short
        lambda data: b"not marshal at all" + data[:100],
        lambda data: data.replace(b"charToGlyph", b"charToGlyqh"),  # a field missing
    ],
    ids=["empty", "truncated", "garbage", "field-missing"],
)
def test_a_damaged_cache_file_is_ignored_and_written_again(cache, parses, damage):
    good = build()
    [path] = cache_files(cache)
    path.write_bytes(damage(path.read_bytes()))
    assert build() == good
    assert len(parses) == 2, "parsed again instead of trusting the damaged file"
    assert build() == good
    assert len(parses) == 2, "and the rewritten cache is used next time"


def test_a_changed_font_file_is_parsed_again(cache, parses, tmp_path):
    """The key is the font file's size and modification time (and ReportLab's version): the same
    path with another file behind it never reuses the old parse."""
    copy = tmp_path / "face.ttc"
    shutil.copy(resource_path("fonts", "wqy-microhei.ttc"), copy)
    first = fonts_module._load("VDCacheTest", copy, 0, cached=True)
    assert first is not None and len(parses) == 1
    assert fonts_module._load("VDCacheTest", copy, 0, cached=True) == first
    assert len(parses) == 1
    stat = copy.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    again = fonts_module._load("VDCacheTest", copy, 0, cached=True)
    assert len(parses) == 2 and again == first


def test_a_cache_from_another_reportlab_version_is_not_used(cache, parses, monkeypatch):
    import reportlab

    good = build()
    monkeypatch.setattr(reportlab, "Version", reportlab.Version + ".other")
    assert build() == good
    assert len(parses) == 2


def test_an_unwritable_cache_folder_still_prints(tmp_path, monkeypatch, parses):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("VILLAGEDESK_CACHE_DIR", str(blocker))
    monkeypatch.setenv("VILLAGEDESK_FONT_DIRS", "")
    try:
        assert "关于临时停水的通知" in squash(read_pdf(build()).text)
        assert "关于临时停水的通知" in squash(read_pdf(build()).text)
        assert len(parses) == 2  # parsed each time, nothing cached, nothing broken
    finally:
        fonts_module.reset_fonts()


def test_a_font_that_moves_replaces_its_cache_file_instead_of_adding_one(cache, parses, tmp_path):
    """A program installed in another folder (a new version) leaves no stale copies behind."""
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        shutil.copy(resource_path("fonts", "wqy-microhei.ttc"), tmp_path / folder / "face.ttc")
        assert fonts_module._load("VDMoved", tmp_path / folder / "face.ttc", 0, cached=True) is not None
    assert [p.name for p in cache_files(cache)] == ["face-0.rlfont"]
    assert len(parses) == 2  # the second folder's file is not taken for the first's
    assert fonts_module._load("VDMoved", tmp_path / "two" / "face.ttc", 0, cached=True) is not None
    assert len(parses) == 2
