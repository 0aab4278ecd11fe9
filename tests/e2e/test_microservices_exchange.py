"""十有 across the exchange: the usage travels to the township, its overview shows the services not
available and last month's usage, and the township's catalogue (authored from a spreadsheet) comes
back with the acknowledgement and replaces the village's list without losing a record."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.e2e.test_exchange import World
from villagedesk.core.errors import ValidationError
from villagedesk.core.microservices import catalogue as cat
from villagedesk.core.microservices import stats
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import UsageEntry
from villagedesk.exchange import township as tw

CODE = "320902104203"


@pytest.fixture
def world(tmp_path, township_url):
    w = World(tmp_path, township_url)
    yield w
    w.close()


def sheet(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_township_catalogue_from_a_spreadsheet_replaces_the_list(world, tmp_path):
    store = world.village()
    with store.sessions() as s:
        used = s.scalar(select(func.count()).select_from(UsageEntry))
        unavailable = sorted(i.name for i in cat.items(s) if i.state.name == "UNAVAILABLE")
        month = stats.month_people(s, 2026, 10)
    services = cat.read_catalogue_sheet(
        sheet(
            tmp_path / "目录.xlsx",
            [["编码", "名称"], ["YD01", "有诊疗器材"], ["YD02", "有村邮站点"], ["YD11", "有快递柜"]],
        )
    )
    with unit_of_work(world.town) as s:
        tw.set_catalogues(s, {"services": services})
    _report, ack = world.import_(world.export(CODE))
    with world.town() as s:
        row = next(r for r in tw.overview(s, TODAY) if r.code == CODE)
    assert row.values["services_unavailable"] == len(unavailable) == 1
    assert row.values["services_last_month"] == sum(month.values()) > 0
    with unit_of_work(store.sessions, actor="tester") as s:
        from villagedesk.exchange.ack import import_ack

        assert "services" in import_ack(s, store.data_dir, ack).catalogues_applied
    with store.sessions() as s:
        current = cat.items(s)
        assert [i.code for i in current] == ["YD01", "YD02", "YD11"]
        assert s.scalar(select(func.count()).select_from(UsageEntry)) == used  # nothing lost
        assert stats.month_people(s, 2026, 10).get("YD01") == month.get("SY01")
        assert len(cat.items(s, include_retired=True)) == 11


def test_a_bad_spreadsheet_is_refused(tmp_path):
    with pytest.raises(ValidationError):
        cat.read_catalogue_sheet(sheet(tmp_path / "a.xlsx", [["序号", "项目"], [1, "有诊疗器材"]]))
    with pytest.raises(ValidationError) as err:
        cat.read_catalogue_sheet(
            sheet(tmp_path / "b.xlsx", [["编码", "名称"], ["V-1", "有诊疗器材"], ["A1", ""]])
        )
    assert len(err.value.errors) == 2
