"""What a print from a cold command line loads: ReportLab's QR encoder on its own (the same code
as through its package), and none of the other registers, Qt or ReportLab's drawing layer."""

import subprocess
import sys

from villagedesk.notices import document


def test_the_qr_encoder_loaded_on_its_own_encodes_as_the_packaged_one():
    from reportlab.graphics.barcode import qrencoder

    for payload in ("VD|general_notice|0d7f3c2e|1|c361ad06", "x" * 120, "村务公开"):
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(payload)
        code.version = code.calculate_version()
        code.makeImpl(False, document._QR_MASK)
        expected = tuple(tuple(bool(m) for m in row) for row in code.modules)
        assert document._qr_modules(payload) == expected


def test_building_a_notice_loads_no_drawing_layer_and_no_qt():
    probe = (
        "import datetime as dt, sys\n"
        "from villagedesk.notices.document import CentreInfo\n"
        "from villagedesk.notices.general_notice import GeneralNoticePrint, build_general_notice\n"
        "notice = GeneralNoticePrint(uuid='0d7f3c2e-8b1a-4e5f-9c6d-1a2b3c4d5e6f', version=1, revision=1,\n"
        "    title='关于临时停水的通知', paragraphs=['停水一天。'], notice_date=dt.date(2026, 12, 18),\n"
        "    posting_date=dt.date(2026, 12, 20), posting_days=7, issuers=['新桥村村民委员会'])\n"
        "centre = CentreInfo('新桥村', '新桥村村民委员会', '中共新桥村支部委员会', '盐东镇', '0515-88881234')\n"
        "assert build_general_notice(notice, centre).startswith(b'%PDF')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab.graphics', 'PySide6', 'villagedesk.db.models.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_prepare_loads_the_layout_engine_and_fonts_on_another_thread_and_nothing_of_ours_else():
    probe = (
        "import sys, threading\n"
        "from villagedesk import documents\n"
        "before = {m for m in sys.modules if m.startswith('villagedesk')}\n"
        "wait = documents.prepare()\n"
        "named = [t.name for t in threading.enumerate()]\n"
        "wait()\n"
        "from villagedesk.notices import fonts\n"
        "after = {m for m in sys.modules if m.startswith('villagedesk')} - before\n"
        "print('prepare-print' in named, 'reportlab.platypus' in sys.modules, fonts._fonts is not None, sorted(after))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    ours = ["villagedesk.files", "villagedesk.notices", "villagedesk.notices.fonts", "villagedesk.paths"]
    assert out.strip() == f"True True True {ours}"  # no core, no db: nothing the caller imports meanwhile
