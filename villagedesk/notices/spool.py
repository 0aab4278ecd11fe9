"""Hand a notice's PDF to the system print queue as it is: vector, small, never rescaled.

Where CUPS's ``lp`` is installed (Linux, macOS) the PDF itself goes to the queue: the printer
receives the same fonts and lines the clerk previewed, a two-page notice is tens of kilobytes
instead of a 5–10 MB raster job, and it reaches the queue in well under a second. Without ``lp``
(Windows) the desk renders the pages at the printer's resolution through Qt instead (ui/printing.py).

No Qt here: the command line and the tests use the same function.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

LP_TIMEOUT_S = 30


class SpoolError(OSError):
    """The queue refused the job; the message is what ``lp`` said."""


def lp_command() -> str | None:
    """The ``lp`` program, or None where the system has no CUPS client (Windows)."""
    if sys.platform.startswith("win"):
        return None
    return shutil.which("lp")


def lp_arguments(
    queue: str, files: Sequence[Path], copies: int = 1, pages: tuple[int, int] | None = None, title: str = ""
) -> list[str]:
    """The ``lp`` command line: queue, copies, page range, and no scaling (a notice is already A4
    with the official margins; "fit to page" would shrink it and move the margins)."""
    if copies < 1:
        raise ValueError("at least one copy")
    args = ["-d", queue, "-n", str(copies), "-o", "fit-to-page=false", "-o", "print-scaling=none"]
    if pages is not None:
        first, last = pages
        if not 1 <= first <= last:
            raise ValueError(f"bad page range {first}-{last}")
        args += ["-P", f"{first}-{last}"]
    if title:
        args += ["-t", title]
    return args + ["--", *(str(f) for f in files)]


def send_to_queue(
    pdfs: Sequence[bytes],
    queue: str,
    copies: int = 1,
    pages: tuple[int, int] | None = None,
    title: str = "VillageDesk",
    lp: str | None = None,
) -> str:
    """Send the PDFs as one print job to ``queue``; returns the job id CUPS gave it.

    ``pages`` (first, last, counted from 1) applies to every file; the desk passes it only when
    one document is printed. Raises SpoolError when ``lp`` is missing or refuses.
    """
    program = lp or lp_command()
    if program is None:
        raise SpoolError("lp not found")
    if not pdfs:
        raise ValueError("nothing to print")
    with tempfile.TemporaryDirectory(prefix="villagedesk-print-") as folder:
        files = []
        for number, data in enumerate(pdfs, start=1):
            path = Path(folder) / f"{number:03d}.pdf"
            path.write_bytes(data)
            files.append(path)
        try:
            done = subprocess.run(
                [program, *lp_arguments(queue, files, copies, pages, title)],
                capture_output=True,
                text=True,
                timeout=LP_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SpoolError(str(exc)) from exc
    # lp has sent the files' contents to the scheduler when it returns, so they may go now
    if done.returncode != 0:
        raise SpoolError((done.stderr or done.stdout).strip() or f"lp exited with {done.returncode}")
    match = re.search(r"request id is (\S+)", done.stdout)
    return match.group(1) if match else done.stdout.strip()
