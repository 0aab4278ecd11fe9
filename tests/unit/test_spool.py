"""Printing through CUPS: the notice's PDF itself goes to the queue and comes out unchanged.

The queue is a virtual PDF printer (Debian's printer-driver-cups-pdf, set up by .ci/run as
VD-PDF). cups-pdf re-encodes the fonts, so the printed file's text cannot be compared: the test
compares pictures of page 1 rendered at 30 dpi, and proves the tolerance is tight enough by
checking that a blank page and the same page shifted by 2 mm both fail it.
"""

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader

from villagedesk.notices.document import CentreInfo
from villagedesk.notices.general_notice import GeneralNoticePrint, build_general_notice
from villagedesk.notices.spool import SpoolError, lp_arguments, lp_command, send_to_queue

QUEUE = os.environ.get("VILLAGEDESK_TEST_QUEUE", "VD-PDF")
IN_CI = os.environ.get("CI", "").lower() == "true"
# Mean absolute difference of 8-bit grey values over page 1 at 30 dpi. The printed page differs
# from the original only by the anti-aliasing of re-encoded glyphs (measured ≈ 0.7); a blank
# page differs by ≈ 20 and the page shifted by one pixel (0.85 mm) already by ≈ 30.
TOLERANCE = 1.5
CENTRE = CentreInfo("新桥村", "新桥村村民委员会", "中共新桥村支部委员会", "盐东镇", "0515-88881234")


def two_page_notice() -> bytes:
    data = GeneralNoticePrint(
        uuid="6f1c1e7a-9d1b-4c35-8a52-2b7d3c9e0f11",
        version=1,
        revision=1,
        title="关于2026年冬季农村饮水管网检修临时停水的通知",
        paragraphs=[
            "因镇自来水厂对主管网进行冬季检修，现将停水安排通知如下：",
            "一、停水时间",
            "2026年12月3日8时至18时，如遇特殊情况顺延，另行通知。",
        ],
        notice_date=dt.date(2026, 12, 18),
        posting_date=dt.date(2026, 12, 20),
        posting_days=7,
        issuers=["新桥村村民委员会"],
        table_headers=["序号", "村民小组", "备注"],
        table_rows=[[str(i), f"{i % 8 + 1}组", "请提前储水"] for i in range(1, 26)],
    )
    return build_general_notice(data, CENTRE)


def cups_pdf_out_dir() -> Path | None:
    conf = Path("/etc/cups/cups-pdf.conf")
    if not conf.exists():
        return None
    out = "${HOME}/PDF"
    for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
        if re.match(r"\s*Out\s", line):
            out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", os.environ.get("USER", "root")))


def queue_ready() -> str:
    """Why the CUPS test cannot run here, or "" when it can."""
    if lp_command() is None or shutil.which("lpstat") is None:
        return "no CUPS client (lp)"
    if shutil.which("pdftoppm") is None:
        return "no pdftoppm (poppler-utils)"
    state = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True)
    if state.returncode != 0:
        return f"no CUPS queue {QUEUE}: {state.stderr.strip()}"
    if cups_pdf_out_dir() is None:
        return "no cups-pdf configuration"
    return ""


@pytest.fixture
def cups_queue():
    reason = queue_ready()
    if reason:
        if IN_CI:
            pytest.fail(f"CI must print through CUPS ({reason}); .ci/run sets it up")
        pytest.skip(reason)
    return cups_pdf_out_dir()


def wait_for_output(folder: Path, title: str, timeout: float = 60) -> bytes:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in folder.glob(f"{title}*.pdf"):
            data = path.read_bytes()
            if data.rstrip().endswith(b"%%EOF"):
                time.sleep(0.2)
                if path.read_bytes() == data:
                    return data
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote nothing named {title}*.pdf into {folder} in {timeout} s")


def page_one(pdf: bytes, tmp_path: Path, name: str) -> Image.Image:
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "30",
            "-gray",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(source),
            str(tmp_path / name),
        ],
        check=True,
    )
    return Image.open(tmp_path / f"{name}.pgm").convert("L")


def difference(a: Image.Image, b: Image.Image) -> float:
    assert abs(a.width - b.width) <= 1 and abs(a.height - b.height) <= 1, (a.size, b.size)
    size = (min(a.width, b.width), min(a.height, b.height))
    return ImageStat.Stat(ImageChops.difference(a.crop((0, 0, *size)), b.crop((0, 0, *size)))).mean[0]


@pytest.mark.usefixtures("bundled_fonts")
def test_a_notice_printed_through_cups_comes_out_as_it_was_drawn(cups_queue, tmp_path):
    original = two_page_notice()
    pages = len(PdfReader(io.BytesIO(original)).pages)
    assert pages == 2
    title = f"vdtest-{uuid.uuid4().hex[:12]}"

    started = time.monotonic()
    job = send_to_queue([original], QUEUE, title=title)
    assert time.monotonic() - started <= 2.0  # the job is in the queue within two seconds
    assert job.startswith(QUEUE)

    printed = wait_for_output(cups_queue, title)
    reader = PdfReader(io.BytesIO(printed))
    assert len(reader.pages) == pages
    assert len(printed) < 1_000_000  # vector, not a raster of the sheet
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert resources.get("/Font"), "the printed page has no fonts: it was turned into a picture"
        for ref in resources.get("/XObject", {}).values():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image":
                assert int(image["/Width"]) * int(image["/Height"]) < 300 * 300, "a full-page image"

    expected = page_one(original, tmp_path, "original")
    got = page_one(printed, tmp_path, "printed")
    assert difference(expected, got) < TOLERANCE
    # the tolerance tells a right page from a wrong one: a blank sheet and a 2 mm shift both fail
    blank = Image.new("L", expected.size, 255)
    assert difference(expected, blank) > TOLERANCE * 4
    shift = round(2 / 25.4 * 30)  # 2 mm at 30 dpi
    shifted = ImageChops.offset(expected, shift, shift)
    assert difference(expected, shifted) > TOLERANCE


def test_only_the_chosen_pages_print(cups_queue):
    title = f"vdtest-{uuid.uuid4().hex[:12]}"
    send_to_queue([two_page_notice()], QUEUE, pages=(2, 2), title=title)
    assert len(PdfReader(io.BytesIO(wait_for_output(cups_queue, title))).pages) == 1


def test_an_unknown_queue_is_refused_with_what_cups_said(cups_queue):
    with pytest.raises(SpoolError) as err:
        send_to_queue([two_page_notice()], "VD-NO-SUCH-QUEUE", title="vdtest-none")
    assert "VD-NO-SUCH-QUEUE" in str(err.value) or "not exist" in str(err.value).lower()


def test_lp_command_line_passes_copies_range_and_no_scaling():
    args = lp_arguments(
        "Office", [Path("/tmp/a.pdf"), Path("/tmp/b.pdf")], copies=3, pages=(2, 4), title="公示"
    )
    assert args[:2] == ["-d", "Office"]
    assert args[args.index("-n") + 1] == "3" and args[args.index("-P") + 1] == "2-4"
    assert "fit-to-page=false" in args and args[args.index("-t") + 1] == "公示"
    assert args[-3:] == ["--", "/tmp/a.pdf", "/tmp/b.pdf"]
    assert "-P" not in lp_arguments("Office", [Path("/tmp/a.pdf")])
    with pytest.raises(ValueError):
        lp_arguments("Office", [Path("/tmp/a.pdf")], pages=(3, 2))
    with pytest.raises(ValueError):
        lp_arguments("Office", [Path("/tmp/a.pdf")], copies=0)
