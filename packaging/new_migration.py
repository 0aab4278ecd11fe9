"""Autogenerate a new Alembic revision against a scratch database upgraded to head.

python packaging/new_migration.py "add general notices"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from villagedesk.db.engine import make_engine
from villagedesk.db.migrate import alembic_config, upgrade


def main() -> None:
    message = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'scratch.sqlite3'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        versions = Path(__file__).resolve().parents[1] / "migrations" / "versions"
        next_id = f"{len([p for p in versions.glob('0*.py')]) + 1:04d}"
        command.revision(alembic_config(url), message=message, autogenerate=True, rev_id=next_id)


if __name__ == "__main__":
    main()
