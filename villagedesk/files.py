"""Writing a file so that a crash, a full disk or a pulled USB stick never leaves half of it."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Write under a temporary name, flush to the device, then rename over ``target``.

    On any OSError the temporary file is removed and the error raised; ``target`` is either the
    old file or the complete new one.
    """
    target = Path(target)
    tmp = target.with_name(target.name + ".part")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    if os.name == "posix":  # make the rename itself durable
        fd = os.open(str(target.parent), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
