"""Notice building speed: a two-page notice with a 40-row table.

    python benchmarks/notices.py [--runs 20]

Budget: ≤ 600 ms for the first notice in a fresh process (font discovery and loading included),
≤ 100 ms for each one after it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time

FIRST_BUDGET_S, NEXT_BUDGET_S = 0.6, 0.1


def sample(number: int = 0):  # type: ignore[no-untyped-def]
    """The benchmark notice; ``number`` makes each one a different document (its own id and QR code)."""
    from villagedesk.notices.general_notice import GeneralNoticePrint

    return GeneralNoticePrint(
        uuid=f"0e9183d1-d360-4ba2-a06b-{number:012d}",
        version=1,
        revision=1,
        title="关于2026年度村集体经济收益分配方案的公示",
        paragraphs=["经村民代表会议决议，现将2026年度村集体经济收益分配方案公示如下："],
        notice_date=dt.date(2026, 12, 18),
        posting_date=dt.date(2026, 12, 20),
        posting_days=7,
        issuers=["中共新桥村支部委员会", "新桥村村民委员会"],
        table_headers=["序号", "户主", "村民小组", "人口", "分配金额（元）"],
        table_rows=[
            [str(i), f"王{'建国秀英明华'[i % 6]}{i}", f"{i % 8 + 1}组", str(2 + i % 4), f"{1200 + i * 35}.00"]
            for i in range(1, 41)
        ],
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    started = time.perf_counter()
    from pypdf import PdfReader

    from villagedesk.notices.document import CentreInfo
    from villagedesk.notices.general_notice import build_general_notice

    centre = CentreInfo(
        "新桥村",
        "新桥村村民委员会",
        "中共新桥村支部委员会",
        "盐东镇",
        "0515-88881234",
        "13851234567",
        "0515-88886789",
    )
    data = sample()
    t0 = time.perf_counter()
    pdf = build_general_notice(data, centre)
    first = time.perf_counter() - t0
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    times, cpu = [], []
    for number in range(1, args.runs + 1):
        data = sample(number)  # a new notice each time: nothing cached from the one before
        t0, c0 = time.perf_counter(), time.process_time()
        build_general_notice(data, centre)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    median = statistics.median(times)
    print(f"notice with a 40-row table: {pages} pages, {len(pdf) // 1024} KiB")
    print(
        f"first notice (fonts loaded lazily): {first * 1000:.0f} ms (budget {FIRST_BUDGET_S * 1000:.0f} ms); "
        f"import + first {(time.perf_counter() - started - sum(times)) * 1000:.0f} ms"
    )
    print(
        f"next notices: median {median * 1000:.1f} ms, max {max(times) * 1000:.1f} ms over {args.runs} "
        f"(budget {NEXT_BUDGET_S * 1000:.0f} ms); CPU time median {statistics.median(cpu) * 1000:.1f} ms "
        f"(the wall time on a loaded machine includes waiting for a core)"
    )
    return 0 if first <= FIRST_BUDGET_S and median <= NEXT_BUDGET_S and pages == 2 else 1


if __name__ == "__main__":
    sys.exit(main())
