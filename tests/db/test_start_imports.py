"""A normal start (database already at head) pulls in none of the heavy libraries."""

import subprocess
import sys

from villagedesk.db.migrate import head_revision, script_head


def test_head_read_from_the_files_is_alembics_head():
    assert script_head() == head_revision() != ""


def test_opening_a_database_at_head_imports_no_alembic(tmp_path):
    opening = (
        "import sys\n"
        "from villagedesk.db.store import open_store\n"
        "from villagedesk.paths import DataDir\n"
        f"open_store(DataDir.resolve({str(tmp_path)!r})).close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'reportlab', 'cryptography', 'openpyxl'}))\n"
    )
    subprocess.run([sys.executable, "-c", opening], check=True, capture_output=True)  # creates: migrates
    out = subprocess.run([sys.executable, "-c", opening], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]", "a database at head opens without these"
