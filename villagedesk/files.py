"""Files in the data folder: writing so that a crash, a full disk or a pulled USB stick never leaves
half of a file; scratch space for temporary copies; and the one reading of "the disk is full"."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from villagedesk.core.errors import DiskFullError

SCRATCH = "tmp"  # temporary copies live here, inside the data folder, never in the system temp folder
PART = ".part"  # a file being written; renamed over its target when complete
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
SQLITE_FULL = "database or disk is full"


def write_atomically(target: Path, data: bytes) -> None:
    """Write under a temporary name, flush to the device, then rename over ``target``.

    On any OSError the temporary file is removed and the error raised; ``target`` is either the
    old file or the complete new one.
    """
    target = Path(target)
    tmp = target.with_name(target.name + PART)
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


def disk_full(exc: BaseException, folder: Path | str | None = None) -> DiskFullError | None:
    """The :class:`DiskFullError` that ``exc`` (or what caused it) means, or None when the disk is
    not full. An OSError names its own file; otherwise the error names ``folder``."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DiskFullError):
            return current
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            where: Path | str | None = folder
            if current.filename:
                named = Path(os.fsdecode(current.filename))
                where = named if named.is_dir() else named.parent
            return DiskFullError(where if where is not None else Path.cwd())
        if SQLITE_FULL in str(current):  # sqlite3 or SQLAlchemy OperationalError (SQLITE_FULL)
            return DiskFullError(folder if folder is not None else Path.cwd())
        current = current.__cause__ or current.__context__
    return None


def scratch_root(data_root: Path) -> Path:
    return Path(data_root) / SCRATCH


@contextmanager
def scratch(data_root: Path) -> Iterator[Path]:
    """A private folder for temporary copies inside the data folder, removed afterwards. If the
    process is killed before that, :func:`clean_leftovers` removes it at the next start."""
    root = scratch_root(data_root)
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="work-", dir=root))
    try:
        os.chmod(folder, 0o700)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def clean_leftovers(data_root: Path, *folders: Path) -> list[Path]:
    """Remove what a killed process left behind: the scratch folder and half-written ``*.part``
    files in the data folder (and in ``folders``). Only call it holding the data folder's lock."""
    removed: list[Path] = []
    root = Path(data_root)
    scratch_folder = scratch_root(root)
    if scratch_folder.exists():
        for entry in scratch_folder.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry)
    for folder in (root, *folders):
        if folder.is_dir():
            for part in folder.glob(f"*{PART}"):
                if part.is_file():
                    part.unlink(missing_ok=True)
                    removed.append(part)
    return removed


CHECKSUM_SUFFIX = ".sha256"  # a sidecar in the format of `sha256sum`, for files that cannot hold their own


def sha256_file(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksum(path: Path) -> Path:
    """Write ``path.sha256`` next to ``path`` (checkable with ``sha256sum -c``)."""
    path = Path(path)
    sidecar = path.with_name(path.name + CHECKSUM_SUFFIX)
    write_atomically(sidecar, f"{sha256_file(path)}  {path.name}\n".encode())
    return sidecar


def read_checksum(path: Path) -> str | None:
    """The checksum recorded beside ``path``, or None when there is none (or it is unreadable)."""
    sidecar = Path(path).with_name(Path(path).name + CHECKSUM_SUFFIX)
    try:
        text = sidecar.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return None
    return text[0].lower() if text else ""
