"""Shared fixtures: a fresh data folder per test, a migrated store, and a desk for GUI tests."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# GUI tests run on a 1024×768 screen, the smallest a village PC has (the offscreen default is 800×800).
_SCREEN = Path(__file__).resolve().parent / "offscreen-1024x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("VILLAGEDESK_LANG", "zh_CN")
# PIN hashes at a test cost (inherited by the CLI processes the tests start); one test in
# tests/unit/test_pin_policy.py holds the real cost.
os.environ.setdefault("VILLAGEDESK_PIN_HASH_N", "256")
# Parsed fonts are cached here for the test run (and the CLI processes it starts), not in the
# user's own cache folder.
os.environ.setdefault("VILLAGEDESK_CACHE_DIR", tempfile.mkdtemp(prefix="villagedesk-test-cache-"))

import pytest  # noqa: E402

from villagedesk.core.centre import CentreData, create_centre  # noqa: E402
from villagedesk.core.session import unit_of_work  # noqa: E402
from villagedesk.db.store import Store, open_store  # noqa: E402
from villagedesk.paths import DataDir  # noqa: E402

TODAY = dt.date(2026, 11, 26)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The end-to-end tests (command-line processes, whole packages, the real PostgreSQL) are
    marked ``slow``: the README's command and .ci/run run them all; ``-m "not slow"`` leaves them
    out for a quick check while working."""
    for item in items:
        if "e2e" in item.path.parts or item.get_closest_marker("postgres") is not None:
            item.add_marker(pytest.mark.slow)


def sample_centre(**overrides: object) -> CentreData:
    data = CentreData(
        village_name="新桥村",
        division_code="320902104203",
        township_name="盐东镇",
        county_name="亭湖区",
        objection_phone="0515-88881234",
        supervision_phone="13851234567",
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir.resolve(tmp_path / "data")


@pytest.fixture
def store(data_dir: DataDir) -> Iterator[Store]:
    s = open_store(data_dir, actor="tester")
    yield s
    s.close()


TESTER_PIN = "258046"


def add_tester(session) -> None:  # type: ignore[no-untyped-def]
    """The test user: a secretary who is also the administrator."""
    from villagedesk.core import users
    from villagedesk.db.models import UserRole

    users.create_user(session, "tester", UserRole.SECRETARY, TESTER_PIN, is_admin=True)


@pytest.fixture
def centre_store(store: Store) -> Store:
    with unit_of_work(store.sessions, actor="system") as session:
        create_centre(session, sample_centre())
        add_tester(session)
    return store


@pytest.fixture
def session(centre_store: Store):  # type: ignore[no-untyped-def]
    s = centre_store.sessions()
    s.info["actor"] = "tester"
    yield s
    s.rollback()
    s.close()


@pytest.fixture(scope="session")
def translator():  # type: ignore[no-untyped-def]
    from villagedesk.i18n import load_translator

    return load_translator("zh_CN")


class DemoTemplates:
    """Demo villages built once per test run: a test copies the database file it needs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.built: dict[tuple[int, int], Path] = {}
        self.summaries: dict[tuple[int, int], object] = {}  # villagedesk.core.demo.DemoSummary

    def database(self, seed: int, years: int) -> Path:
        if (seed, years) not in self.built:
            from villagedesk.core.demo import fill_demo

            data_dir = DataDir.resolve(self.root / f"demo-{seed}-{years}")
            store = open_store(data_dir, actor="system")
            with unit_of_work(store.sessions, actor="system") as s:
                self.summaries[(seed, years)] = fill_demo(s, seed=seed, years=years, today=TODAY)
                add_tester(s)
            store.close()
            self.built[(seed, years)] = data_dir.database
        return self.built[(seed, years)]

    def copy_to(self, data_dir: DataDir, seed: int = 7, years: int = 1) -> DataDir:
        import shutil

        data_dir.ensure()
        shutil.copyfile(self.database(seed, years), data_dir.database)
        return data_dir


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory) -> DemoTemplates:  # type: ignore[no-untyped-def]
    return DemoTemplates(tmp_path_factory.mktemp("demo-templates"))


@pytest.fixture
def desk(qapp, translator, data_dir: DataDir, demo_templates: DemoTemplates):  # type: ignore[no-untyped-def]
    """A desk context on a demo village, with prompts recorded instead of shown."""
    from PySide6.QtCore import QCoreApplication

    from villagedesk.ui.app import build_desk, ensure_application
    from villagedesk.ui.dialogs import RecordingDialogs

    ensure_application()
    QCoreApplication.installTranslator(translator)
    from villagedesk.i18n import install_qt_translation

    install_qt_translation("zh_CN")
    demo_templates.copy_to(data_dir, seed=7, years=1)
    ctx = build_desk(data_dir, RecordingDialogs(), user="tester")
    ctx.today_override = TODAY
    yield ctx
    ctx.store.close()


@pytest.fixture
def bundled_fonts(monkeypatch):  # type: ignore[no-untyped-def]
    """Print as on a PC without Chinese fonts: only the bundled font."""
    from villagedesk.notices import fonts as fonts_module

    monkeypatch.setenv("VILLAGEDESK_FONT_DIRS", "")
    fonts_module.reset_fonts()
    yield
    fonts_module.reset_fonts()
