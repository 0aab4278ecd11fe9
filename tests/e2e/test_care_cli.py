"""暖心关怀 on the command line: the fund statement of any period as a PDF, with its figures."""

from tests.e2e.test_cli import ADMIN_PIN, run
from tests.unit.pdfcheck import read_pdf, squash


def test_care_statement_writes_the_quarter_and_refuses_a_wrong_period(tmp_path):
    data = tmp_path / "d"
    run(data, "demo", "--years", "1", "--as-of", "2026-11-26", check=True)
    bad = run(data, "care", "statement", "2026Q5", "--out", str(tmp_path / "x"), pin=ADMIN_PIN)
    assert bad.returncode != 0 and "2026Q5" in bad.stderr and "季度" in bad.stderr
    wrong = run(
        data, "care", "statement", "2026-03-20..2026-01-15", "--out", str(tmp_path / "x"), pin=ADMIN_PIN
    )
    assert wrong.returncode != 0 and "早于" in wrong.stderr
    proc = run(
        data,
        "care",
        "statement",
        "2026Q1",
        "--fund",
        "市县关爱基金",
        "--out",
        str(tmp_path / "q"),
        pin=ADMIN_PIN,
    )
    assert proc.returncode == 0, proc.stderr
    path, summary = proc.stdout.strip().splitlines()
    assert path.startswith(str(tmp_path / "q" / "carefund-")) and "2026年第一季度" in summary
    text = squash(read_pdf(open(path, "rb").read()).text)
    assert "市县关爱基金收支情况（2026年第一季度）" in text and "2026年1月1日至2026年3月31日" in text
    every = run(data, "care", "statement", "2026-02", "--out", str(tmp_path / "m"), pin=ADMIN_PIN)
    assert every.returncode == 0 and len(list((tmp_path / "m").glob("carefund-*.pdf"))) == 3
    unknown = run(
        data,
        "care",
        "statement",
        "2026",
        "--fund",
        "不存在的基金",
        "--out",
        str(tmp_path / "u"),
        pin=ADMIN_PIN,
    )
    assert unknown.returncode != 0 and "不存在的基金" in unknown.stderr
