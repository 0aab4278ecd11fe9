"""Township import of 200 village packages of a year each (budget: 30 s on SQLite), and the overview
of the 200 villages after it (budget: 0.2 s).

    python benchmarks/township.py [--villages 200] [--sources 4] [--window] [--pg URL] [--profile FILE]

How the packages are made. Building a village for real (a year of demo data, then a full export)
takes about 3 s, so 200 of them would take ten minutes before anything is measured. Instead:

1. ``--sources`` villages (default 4) are built for real: each its own demo data (its own seed),
   its own code and name, its own signing key, exporting a full package with the desk's own
   ``export_package`` to a fresh township's key.
2. Every one of the ``--villages`` packages is derived from one of those: it is read and verified,
   its sealed fields are opened with the township's private key, every record UUID is replaced by a
   new one of its own (``uuid5`` of the new village code and the old UUID, in the records, in the
   references between them, in the sealed fields and in the names of the notice PDFs and photos),
   the village code and name are replaced wherever they appear, the sealed fields are sealed again
   for a new package id with a new ephemeral key, and the package is built and signed again with
   ``package.build`` by a new signing key of that village (whose public key the township enrols).

So each of the 200 is a genuine, distinct, verifiable package that the importer checks in full
(signature, sequence, member hashes, sealing, the audit chain), holding as many records as a real
village's year. What the copies share with their source is the shape and the counts of the data
and the audit chain's hashes (which name no record).

The built packages and the empty township they were sealed for are kept in the system's temp folder,
in a folder named after a hash of the village-side code (everything under ``villagedesk/`` except the
township's import side, the UI and the CLI), so a second run measures straight away; ``--fresh``
builds them again.

Printed: the import of all packages, the floor beside it (reading and verifying the same packages,
storing nothing), the overview of all villages (``township.overview``, and with ``--window`` the
township window's refresh too), and the load average.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid as uuid_module
from pathlib import Path
from typing import Any

BUDGET_S = 30.0
OVERVIEW_BUDGET_S = 0.2
ROOT = Path(__file__).resolve().parent.parent
SOURCE_DATE = "2026-11-26"


def code_version() -> str:
    """A hash of the code that makes packages (the village side): the cache's name."""
    digest = hashlib.sha256()
    package_dir = ROOT / "villagedesk"
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir).as_posix()
        if rel.startswith(("ui/", "cli/", "exchange/township")):
            continue
        digest.update(rel.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def village_code(n: int) -> str:
    return f"320902{104 + n // 900:03d}{n % 900 + 100:03d}"[:12]


def _remap(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return mapping.get(value, value)
    if isinstance(value, list):
        return [_remap(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: _remap(v, mapping) for k, v in value.items()}
    return value


def derive(
    data: bytes, source_key: Any, township_x25519: Any, township_pub: Any, code: str, name: str
) -> tuple[bytes, Any]:
    """A package of village ``code`` made from the package ``data`` of a real village (see the
    module's docstring); returns its bytes and the new village's signing key."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from villagedesk.exchange import package

    contents = package.read(data, lambda _code: source_key)
    manifest = contents.manifest
    opener = package.Opener(
        township_x25519, base64.b64decode(manifest["sealing"]["ephemeral_public"]), manifest["package_id"]
    )
    package_id = str(uuid_module.uuid4())
    sealer = package.Sealer(township_pub.encryption_key(), package_id)
    namespace = uuid_module.uuid5(uuid_module.NAMESPACE_OID, code)
    mapping = {
        row["uuid"]: str(uuid_module.uuid5(namespace, row["uuid"]))
        for rows in contents.records.values()
        for row in rows
    }
    mapping[contents.village_code] = code
    mapping[str(manifest["village"]["name"])] = name
    records: dict[str, list[dict[str, Any]]] = {}
    for type_name, rows in contents.records.items():
        out = []
        for row in rows:
            sealed = row.get("sealed")
            new = _remap({k: v for k, v in row.items() if k != "sealed"}, mapping)
            if sealed:
                new["sealed"] = sealer.seal(new["uuid"], _remap(opener.open(row["uuid"], sealed), mapping))
            out.append(new)
        records[type_name] = out
    signer = Ed25519PrivateKey.generate()
    new_manifest = {k: v for k, v in manifest.items() if k not in ("format_version", "counts", "members")}
    new_manifest |= {
        "package_id": package_id,
        "village": {"code": code, "name": name},
        "sealing": {
            **manifest["sealing"],
            "ephemeral_public": base64.b64encode(sealer.ephemeral_public).decode(),
        },
    }
    chain = json.dumps(contents.chain).encode("utf-8") if contents.chain is not None else None
    built, _hash = package.build(
        new_manifest,
        records,
        {mapping.get(u, u): pdf for u, pdf in contents.notices.items()},
        signer,
        chain,
        {mapping.get(u, u): jpeg for u, jpeg in contents.photos.items()},
    )
    return built, signer


def build_cache(cache: Path, villages: int, sources: int) -> None:
    """The empty township and the packages (see the module's docstring), written into ``cache``."""
    import datetime as dt

    from sqlalchemy import select

    from villagedesk.core.centre import centre_data, update_centre
    from villagedesk.core.demo import fill_demo
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.models import CentreProfile
    from villagedesk.db.store import open_store
    from villagedesk.exchange import township as tw
    from villagedesk.exchange import township_keys
    from villagedesk.exchange.export import export_package
    from villagedesk.exchange.keys import (
        VillagePublicKey,
        install_township_key,
        raw_public,
        village_key_json,
        village_signing_key,
    )
    from villagedesk.paths import DataDir

    work = Path(tempfile.mkdtemp(prefix="vd-bench-build-"))
    try:
        town_dir = work / "town"
        engine, town = open_township(f"sqlite:///{town_dir / 'township.sqlite3'}")
        with unit_of_work(town) as s:
            info = tw.init_township(s, "盐东镇", "320902104")
            township_pub = tw.public_key(info)
            township_x25519 = township_keys.private_keys(info)[0]
        engine.dispose()
        key_file = work / "township.pub"
        key_file.write_text(township_pub.to_json(), encoding="utf-8")
        real: list[tuple[bytes, Any]] = []
        for n in range(sources):
            code = f"320902104{900 + n:03d}"
            folder = DataDir.resolve(work / code)
            store = open_store(folder)
            with unit_of_work(store.sessions, actor="system") as s:
                fill_demo(s, seed=n + 1, years=1, today=dt.date.fromisoformat(SOURCE_DATE))
            with unit_of_work(store.sessions, actor="system") as s:
                data = centre_data(s.scalars(select(CentreProfile)).one())
                data.division_code, data.village_name = code, f"样本{n + 1}村"
                data.party_org_name = data.committee_name = ""
                update_centre(s, data)
                install_township_key(folder.keys, key_file, code)
                path = export_package(s, folder, work / "usb", full=True).path
            real.append((path.read_bytes(), village_signing_key(folder.keys).public_key()))
            store.close()
        packages = work / "packages"
        packages.mkdir()
        for n in range(villages):
            code, name = village_code(n), f"第{n + 1}村"
            data, source_key = real[n % len(real)]
            built, signer = derive(data, source_key, township_x25519, township_pub, code, name)
            (packages / f"villagedesk-{code}-0001.vdx").write_bytes(built)
            (packages / f"village-{code}.pub").write_text(
                village_key_json(VillagePublicKey(code, name, raw_public(signer.public_key()))),
                encoding="utf-8",
            )
        cache.parent.mkdir(parents=True, exist_ok=True)
        staged = cache.with_name(cache.name + ".part")
        shutil.rmtree(staged, ignore_errors=True)
        staged.mkdir()
        shutil.move(str(town_dir), str(staged / "town"))
        shutil.move(str(packages), str(staged / "packages"))
        (staged / "about.json").write_text(
            json.dumps({"villages": villages, "sources": sources}), encoding="utf-8"
        )
        staged.rename(cache)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def open_township(url: str) -> Any:
    from villagedesk.exchange.township import open_township as open_it

    return open_it(url)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--villages", type=int, default=200)
    parser.add_argument("--sources", type=int, default=4, help="villages built for real")
    parser.add_argument("--fresh", action="store_true", help="build the packages again")
    parser.add_argument("--window", action="store_true", help="also time the township window's refresh")
    parser.add_argument("--profile", default="", help="write a cProfile of the import to this file")
    parser.add_argument(
        "--pg", default="", help="also import into this PostgreSQL database URL (it is reset)"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))

    import datetime as dt

    from sqlalchemy import select

    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw
    from villagedesk.exchange import township_keys

    cache = Path(tempfile.gettempdir()) / f"vd-bench-township-{code_version()}-{args.villages}-{args.sources}"
    if args.fresh:
        shutil.rmtree(cache, ignore_errors=True)
    started = time.perf_counter()
    built = not cache.exists()
    if built:
        build_cache(cache, args.villages, args.sources)
    prepared = time.perf_counter() - started
    packages = sorted((cache / "packages").glob("*.vdx"))
    size = sum(p.stat().st_size for p in packages)

    tmp = Path(tempfile.mkdtemp(prefix="vd-bench-"))
    os.environ[township_keys.ENV_KEY_DIR] = str(tmp / "keys")  # the PostgreSQL store's key file
    try:
        shutil.copytree(cache / "town", tmp / "town")
        url = f"sqlite:///{tmp / 'town' / 'township.sqlite3'}"
        engine, town = open_township(url)
        with unit_of_work(town) as s:
            for pub in sorted((cache / "packages").glob("village-*.pub")):
                tw.enrol(s, pub)

        def import_all(sessions: Any) -> tuple[float, int]:
            """As the township window and `township import` do: the batch, acknowledgements written."""
            t0 = time.perf_counter()
            records = 0
            for outcome in tw.import_files(sessions, packages, ack_dir=tmp / "acks"):
                assert outcome.imported and outcome.report is not None, outcome.message()
                records += outcome.report.totals().new
            return time.perf_counter() - t0, records

        t0 = time.perf_counter()  # floor: reading and verifying every package, storing nothing
        with town() as s:
            for path in packages:
                tw.verify(s, path.read_bytes())
        verify_floor = time.perf_counter() - t0
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
            seconds, records = import_all(town)
            profiler.disable()
            profiler.dump_stats(args.profile)
        else:
            seconds, records = import_all(town)
        load = os.getloadavg()
        overview_times, floor_times = [], []
        for _ in range(7):
            with town() as s:
                t0 = time.perf_counter()
                rows = tw.overview(s, dt.date(2026, 12, 1))
                overview_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()  # floor: reading the villages' rows and nothing else
                list(s.scalars(select(tw.EnrolledVillage)))
                floor_times.append(time.perf_counter() - t0)
        how = "built now" if built else f"from {cache}"
        print(f"{len(packages)} packages ({how}, {prepared:.1f} s): {size / 1e6:.1f} MB, {records} records")
        print(
            f"import into SQLite: {seconds:.1f} s (budget {BUDGET_S:.0f} s; "
            f"floor, reading and verifying the packages: {verify_floor:.1f} s; "
            f"load {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f})"
        )
        overview_s = statistics.median(overview_times)
        print(
            f"overview of {len(rows)} villages: median {overview_s * 1000:.0f} ms "
            f"(floor, reading the village rows: {statistics.median(floor_times) * 1000:.0f} ms; "
            f"budget {OVERVIEW_BUDGET_S * 1000:.0f} ms; load {os.getloadavg()[0]:.2f})"
        )
        if args.window:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            from villagedesk.ui.township_window import TownshipWindow

            app = QApplication.instance() or QApplication([])
            window = TownshipWindow(town, user=tw.STORE_ACTOR)
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                window.refresh()
                app.processEvents()
                times.append(time.perf_counter() - t0)
            print(
                f"township window refresh of {window.table.rowCount()} villages: median "
                f"{statistics.median(times) * 1000:.0f} ms"
            )
            window.close()
        engine.dispose()
        if args.pg:
            from sqlalchemy import create_engine, text

            from villagedesk.exchange.keys import b64, raw_private

            admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            admin.dispose()
            pg_engine, pg_town = open_township(args.pg)
            with unit_of_work(pg_town) as s:
                tw.init_township(s, "盐东镇", "320902104")
            # the packages were sealed for the cached SQLite township's key: copy its keys across
            sqlite_engine, sqlite_town = open_township(f"sqlite:///{cache / 'town' / 'township.sqlite3'}")
            with sqlite_town() as src, unit_of_work(pg_town) as dst:
                info = tw.township(src)
                target = tw.township(dst)
                secret = township_keys.store_key(dst, target)
                for column, private in zip(
                    township_keys.COLUMNS, township_keys.private_keys(info), strict=True
                ):
                    sealed = township_keys.seal(secret, target.code, column, b64(raw_private(private)))
                    setattr(target, column, sealed)
                for pub in sorted((cache / "packages").glob("village-*.pub")):
                    tw.enrol(dst, pub)
            sqlite_engine.dispose()
            pg_seconds, pg_records = import_all(pg_town)
            pg_engine.dispose()
            print(f"import into PostgreSQL: {pg_seconds:.1f} s for {pg_records} records")
        return 0 if seconds <= BUDGET_S and overview_s <= OVERVIEW_BUDGET_S else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # with --window, PySide6 can crash while the interpreter tears its objects down after the
    # figures were printed: leave without that tear-down (the temp folder is already removed)
    os._exit(code)
