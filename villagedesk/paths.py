"""Where data, backups and logs live, and where the bundled resources are.

This is the one place that knows whether we run from a source checkout, an installed wheel or a
frozen bundle; everything else asks ``resource_path`` or a ``DataDir``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "VillageDesk"
DB_FILENAME = "villagedesk.sqlite3"


def _resource_roots() -> list[Path]:
    here = Path(__file__).resolve().parent
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root) / "resources")
    roots.append(here.parent / "resources")  # source checkout / editable install
    roots.append(here / "_resources")  # installed wheel
    return roots


def _migration_roots() -> list[Path]:
    here = Path(__file__).resolve().parent
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root) / "migrations")
    roots.append(here.parent / "migrations")
    roots.append(here / "_migrations")
    return roots


def _first_existing(roots: list[Path], parts: tuple[str, ...]) -> Path:
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("resource not found: " + "/".join(parts))


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource (fonts/..., translations/..., catalogues/...)."""
    return _first_existing(_resource_roots(), parts)


def migrations_path() -> Path:
    return _first_existing(_migration_roots(), ("env.py",)).parent


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataDir:
    """The data folder of one centre: database, backups, logs, keys."""

    root: Path

    @classmethod
    def resolve(cls, override: str | Path | None = None) -> DataDir:
        root = Path(override).expanduser().resolve() if override else default_data_dir()
        return cls(root)

    def ensure(self) -> DataDir:
        for folder in (self.root, self.backups, self.logs, self.keys):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def lock_file(self) -> Path:
        return self.root / "villagedesk.lock"

    @property
    def url(self) -> str:
        return f"sqlite:///{self.database}"
