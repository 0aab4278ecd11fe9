"""Build the one-folder bundle with PyInstaller, then smoke-test it like a clerk's PC would.

    python packaging/build.py            # build dist/villagedesk/ and test it
    python packaging/build.py --test     # only test an existing bundle

The smoke test runs the built program with no Python on the path: --version, init, demo, print,
and --self-test (opens the main window offscreen, checks the database and fonts, exits 0).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "villagedesk"
ADMIN_PIN = "258046"  # the administrator of the smoke test's init, and the demo's (see `villagedesk demo`)


def build() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "villagedesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def program() -> Path:
    name = "villagedesk.exe" if sys.platform.startswith("win") else "villagedesk"
    return DIST / name


def size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def prune() -> None:
    """Qt's own translations: keep Simplified Chinese (standard dialogs) and drop the other languages."""
    translations = DIST / "_internal" / "PySide6" / "Qt" / "translations"
    for path in translations.glob("*.qm"):
        if "_zh_CN" not in path.name:
            path.unlink()


def smoke_test() -> None:
    exe = program()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PATH"] = "/usr/bin:/bin"

    def run(*args: str, pin: str | None = None) -> str:
        """With ``pin``, the acting user's PIN goes in on standard input (--pin-stdin)."""
        extra = ["--pin-stdin"] if pin is not None else []
        proc = subprocess.run(
            [str(exe), *extra, *args],
            input=None if pin is None else pin + "\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            cwd="/",
        )
        if proc.returncode != 0:
            raise SystemExit(f"bundle smoke test failed: {' '.join(args)}\n{proc.stdout}\n{proc.stderr}")
        return proc.stdout

    with tempfile.TemporaryDirectory() as tmp:
        print(run("--version").strip())
        run(
            "--data-dir",
            f"{tmp}/init",
            "init",
            "--village",
            "新桥村",
            "--code",
            "320902104203",
            "--township",
            "盐东镇",
            "--objection-phone",
            "0515-88881234",
            "--admin-pin",
            ADMIN_PIN,
        )
        print(run("--data-dir", f"{tmp}/init", "info").splitlines()[-2])
        run("--data-dir", f"{tmp}/demo", "demo", "--years", "1")
        printed = run(
            "--data-dir", f"{tmp}/demo", "print", "--all", "--out", f"{tmp}/pdf", pin=ADMIN_PIN
        ).split()
        assert printed and all(Path(p).read_bytes().startswith(b"%PDF") for p in printed)
        started = time.time()
        out = run("--data-dir", f"{tmp}/demo", "--self-test")
        shown = float(out.split("shown at ")[1].split(",")[0])
        ready = float(out.split("ready at ")[1].split(",")[0])
        print(out.strip())
        print(f"bundle: cold start to shown window {shown - started:.2f} s, ready {ready - started:.2f} s")
    print(f"bundle size: {size_mb(DIST):.0f} MB in {DIST}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--test", action="store_true", help="only smoke-test an existing bundle")
    args = parser.parse_args()
    if not args.test:
        if DIST.exists():
            shutil.rmtree(DIST)
        build()
        prune()
    smoke_test()
    return 0


if __name__ == "__main__":
    sys.exit(main())
