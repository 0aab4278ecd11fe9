"""The command line speaks Chinese by default: help, usage errors, results, unexpected failures."""

import os
import re
import subprocess
import sys

from tests.e2e.test_cli import INIT, run


def _english(data_dir, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="en")
    return subprocess.run(
        [sys.executable, "-m", "villagedesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_help_and_usage_errors_are_chinese(tmp_path):
    top = run(tmp_path, "--help", check=True).stdout
    assert top.startswith("用法：villagedesk") and "显示本帮助并退出" in top and "数据文件夹" in top
    sub = run(tmp_path, "backup", "--help", check=True).stdout
    assert "立即备份" in sub and "U 盘" in sub
    # every option's help line under every subcommand is Chinese, not the English source
    for command in (
        "init",
        "info",
        "demo",
        "user",
        "audit",
        "backup",
        "backups",
        "restore",
        "roster",
        "print",
    ):
        text = run(tmp_path, command, "--help", check=True).stdout
        prose = [line for line in text.splitlines() if re.search(r"[a-z]{4,} [a-z]{3,} [a-z]{3,}", line)]
        assert prose == [], (command, prose)
    wrong = run(tmp_path, "prnt")
    assert wrong.returncode == 2 and "错误" in wrong.stderr and "无效的选择" in wrong.stderr
    missing = run(tmp_path, "init")
    assert missing.returncode == 2 and "缺少必需的参数" in missing.stderr
    bad_date = run(tmp_path, "demo", "--as-of", "2026-13-01")
    assert bad_date.returncode == 2 and "不是有效日期" in bad_date.stderr


def test_english_on_request(tmp_path):
    assert _english(tmp_path, "--help").stdout.startswith("usage: villagedesk")
    run(tmp_path, *INIT, check=True)
    info = _english(tmp_path, "info").stdout
    assert "village: 新桥村 (320902104203)" in info  # stored names stay as they are


def test_results_are_chinese(tmp_path):
    run(tmp_path, *INIT, check=True)
    out = run(tmp_path, "info", check=True).stdout
    assert "意见反馈电话：0515-88881234" in out and "one-shoulder" not in out


def test_an_unexpected_error_is_one_line_and_the_log(tmp_path):
    """A broken database is nothing the commands foresee: one Chinese line naming the log, no traceback."""
    run(tmp_path, *INIT, check=True)
    (tmp_path / "villagedesk.sqlite3").write_bytes(b"not a database at all" * 100)
    proc = run(tmp_path, "info")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "意外错误" in proc.stderr and "villagedesk.log" in proc.stderr
    assert "Traceback" in (tmp_path / "logs" / "villagedesk.log").read_text(encoding="utf-8")


def test_a_closed_pipe_is_not_an_error(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="zh_CN")
    run(tmp_path, *INIT, check=True)
    # `true` has gone before the command writes: every write meets a closed pipe
    for args in ("--help", "info"):
        shell = (
            f"{sys.executable} -m villagedesk --data-dir {tmp_path} {args} | true; exit ${{PIPESTATUS[0]}}"
        )
        proc = subprocess.run(["bash", "-c", shell], capture_output=True, env=env, timeout=120)
        assert proc.returncode == 0 and proc.stderr == b"", proc.stderr.decode("utf-8", "replace")
