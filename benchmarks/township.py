"""Township import of 200 village packages of a year each (budget: 30 s on SQLite).

    python benchmarks/township.py [--villages 200] [--pg URL]

One demo village with a year of data is generated, copied into 200 villages (each with its own
code and signing key, as real villages have), each exports a full package, and all the packages
are imported into a fresh township store. Only the import is held to the budget.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BUDGET_S = 30.0
OVERVIEW_BUDGET_S = 0.2


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--villages", type=int, default=200)
    parser.add_argument(
        "--pg", default="", help="also import into this PostgreSQL database URL (it is reset)"
    )
    args = parser.parse_args()

    from sqlalchemy import select

    from villagedesk.core.centre import centre_data, update_centre
    from villagedesk.core.demo import fill_demo
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.engine import sqlite_backup
    from villagedesk.db.models import CentreProfile
    from villagedesk.db.store import open_store
    from villagedesk.exchange import township as tw
    from villagedesk.exchange import township_keys
    from villagedesk.exchange.export import export_package
    from villagedesk.exchange.keys import (
        b64,
        install_township_key,
        raw_private,
        village_key_json,
        village_public,
    )
    from villagedesk.exchange.township import open_township
    from villagedesk.paths import DataDir

    tmp = Path(tempfile.mkdtemp(prefix="vd-bench-"))
    os.environ[township_keys.ENV_KEY_DIR] = str(tmp / "keys")  # the PostgreSQL store's key file
    try:
        engine, town = open_township(f"sqlite:///{tmp / 'township.sqlite3'}")
        with unit_of_work(town) as s:
            key_file = tmp / "township.pub"
            key_file.write_text(
                tw.public_key(tw.init_township(s, "盐东镇", "320902104")).to_json(), encoding="utf-8"
            )
        template = DataDir.resolve(tmp / "template")
        store = open_store(template)
        with unit_of_work(store.sessions, actor="system") as s:
            fill_demo(s, seed=1, years=1, today=dt.date(2026, 11, 26))
        store.close()

        started = time.perf_counter()
        packages: list[Path] = []
        usb = tmp / "usb"
        for n in range(args.villages):
            code = f"320902104{n + 200:03d}"
            folder = DataDir.resolve(tmp / code).ensure()
            sqlite_backup(template.database, folder.database)
            village = open_store(folder)
            with unit_of_work(village.sessions, actor="system") as s:
                data = centre_data(s.scalars(select(CentreProfile)).one())
                data.division_code, data.village_name = code, f"第{n + 1}村"
                data.party_org_name = data.committee_name = ""
                update_centre(s, data)
                install_township_key(folder.keys, key_file, code)
                packages.append(export_package(s, folder, usb, full=True).path)
                pub = tmp / f"village-{code}.pub"
                pub.write_text(
                    village_key_json(village_public(folder.keys, code, data.village_name)), encoding="utf-8"
                )
            village.close()
            with unit_of_work(town) as s:
                tw.enrol(s, pub)
        exported = time.perf_counter() - started
        size = sum(p.stat().st_size for p in packages)

        def import_all(sessions) -> tuple[float, int]:  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            records = 0
            for path in packages:
                with unit_of_work(sessions) as s:
                    report = tw.apply(s, tw.verify(s, path.read_bytes()))
                    records += report.totals().new
            return time.perf_counter() - t0, records

        t0 = time.perf_counter()  # floor: reading and verifying every package, storing nothing
        with town() as s:
            for path in packages:
                tw.verify(s, path.read_bytes())
        verify_floor = time.perf_counter() - t0
        seconds, records = import_all(town)
        overview_times, floor_times = [], []
        for _ in range(5):
            with town() as s:
                t0 = time.perf_counter()
                rows = tw.overview(s, dt.date(2026, 12, 1))
                overview_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()  # floor: reading the villages' rows and nothing else
                list(s.scalars(select(tw.EnrolledVillage)))
                floor_times.append(time.perf_counter() - t0)
        engine.dispose()
        print(f"{args.villages} villages: export {exported:.1f} s, {size / 1e6:.1f} MB of packages")
        print(
            f"import into SQLite: {seconds:.1f} s for {records} records (budget {BUDGET_S:.0f} s; "
            f"floor, reading and verifying the packages: {verify_floor:.1f} s)"
        )
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
        overview_s = statistics.median(overview_times)
        print(
            f"overview of {len(rows)} villages: median {overview_s * 1000:.0f} ms "
            f"(floor, reading the village rows: {statistics.median(floor_times) * 1000:.0f} ms; "
            f"budget {OVERVIEW_BUDGET_S * 1000:.0f} ms)"
        )
        if args.pg:
            from sqlalchemy import create_engine, text

            admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            admin.dispose()
            pg_engine, pg_town = open_township(args.pg)
            with unit_of_work(pg_town) as s:
                tw.init_township(s, "盐东镇", "320902104")
            # the packages were sealed for the SQLite township's key: copy its keys across
            sqlite_engine, sqlite_town = open_township(f"sqlite:///{tmp / 'township.sqlite3'}")
            with sqlite_town() as src, unit_of_work(pg_town) as dst:
                info = tw.township(src)
                target = tw.township(dst)
                secret = township_keys.store_key(dst, target)
                for column, private in zip(
                    township_keys.COLUMNS, township_keys.private_keys(info), strict=True
                ):
                    sealed = township_keys.seal(secret, target.code, column, b64(raw_private(private)))
                    setattr(target, column, sealed)
                for pub in tmp.glob("village-*.pub"):
                    tw.enrol(dst, pub)
            sqlite_engine.dispose()
            pg_seconds, pg_records = import_all(pg_town)
            pg_engine.dispose()
            print(f"import into PostgreSQL: {pg_seconds:.1f} s for {pg_records} records")
        return 0 if seconds <= BUDGET_S and overview_s <= OVERVIEW_BUDGET_S else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
