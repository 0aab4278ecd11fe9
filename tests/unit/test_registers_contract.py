"""Every part of the desk keeps the plug-in contract (DESIGN.md, "A register is a plug-in").

The test walks the manifests, so a register added later is held to the same contract without a
line here changing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from tests.conftest import TODAY
from villagedesk import documents
from villagedesk.db.base import TravelMixin
from villagedesk.db.store import open_store
from villagedesk.paths import DataDir
from villagedesk.registers import PARTS, REGISTERS

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "villagedesk_zh_CN.ts"


def _translated(context: str) -> dict[str, str]:
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if (
                translation is not None
                and translation.get("type") is None
                and (translation.text or "").strip()
            ):
                out[message.findtext("source") or ""] = translation.text or ""
    return out


def test_keys_record_types_prefixes_and_settings_are_unique():
    keys = [p.key for p in PARTS]
    assert len(keys) == len(set(keys))
    names = [t.name for p in PARTS for t in p.record_types]
    assert len(names) == len(set(names)), "a record type travels under one name only"
    prefixes = [x for r in REGISTERS for x in r.document_prefixes]
    assert len(prefixes) == len(set(prefixes))
    settings = [s.key for p in PARTS for s in p.settings]
    assert len(settings) == len(set(settings))
    catalogues = [c.key for p in PARTS for c in p.catalogues]
    assert len(catalogues) == len(set(catalogues))


def test_record_types_are_travelling_models_with_the_fields_they_declare():
    for part in PARTS:
        for rtype in part.record_types:
            assert issubclass(rtype.model, TravelMixin), f"{part.key}: {rtype.name} has no UUID/version"
            columns = {a.key for a in inspect(rtype.model).mapper.column_attrs}
            declared = rtype.sensitive | rtype.free_text | rtype.exclude
            assert declared <= columns, f"{rtype.name}: {sorted(declared - columns)} are not columns"


def test_every_document_kind_belongs_to_the_register_that_declares_its_prefix():
    declared = {x: r.key for r in REGISTERS for x in r.document_prefixes}
    kinds = documents.kinds()
    assert sorted(k.prefix for k in kinds) == sorted(declared)
    assert len({k.kind for k in kinds}) == len(kinds), "stored kind strings are unique"


def test_titles_are_translated():
    core = _translated("core")
    titles = []
    for part in PARTS:
        titles.append(part.title)
        titles += [s.title for s in part.settings]
        titles += [c.title for c in part.counts]
        titles += [c.title for c in part.catalogues]
        if part.overview:
            titles += [c.title for c in part.overview.columns]
    missing = [t for t in titles if t not in core]
    assert not missing, f"untranslated: {missing}"
    main_window = _translated("MainWindow")
    from villagedesk.ui.registers import PAGES

    assert [p.source_title for p in PAGES if p.source_title not in main_window] == []


def test_every_register_has_a_page():
    from villagedesk.ui.registers import PAGES

    page_keys = [p.key for p in PAGES]
    assert len(page_keys) == len(set(page_keys))
    assert {r.key for r in REGISTERS} <= set(page_keys)


@pytest.fixture
def demo_session(tmp_path, demo_templates):
    """Two years of the demo: every kind of document is there (a result disclosure needs a year)."""
    store = open_store(demo_templates.copy_to(DataDir.resolve(tmp_path / "demo"), seed=3, years=2))
    s = store.sessions()
    s.info["actor"] = "tester"
    yield s
    s.close()
    store.close()


def test_every_register_fills_its_records_in_the_demo(demo_session):
    for register in REGISTERS:
        assert register.demo is not None, f"{register.key} has no demo data"
        for rtype in register.record_types:
            count = demo_session.scalar(select(func.count()).select_from(rtype.model))
            assert count, f"the demo village has no {rtype.name} records for {register.key}"


def test_every_document_kind_prints_and_is_found_by_its_id(demo_session):
    for kind in documents.kinds():
        items = list(kind.list(demo_session))
        assert items, f"the demo has no {kind.kind} to print"
        item = items[0]
        again = documents.find_printable(demo_session, item.id)
        assert (again.uuid, again.kind) == (item.uuid, item.kind)
        pdf, digest = again.build()
        assert pdf.startswith(b"%PDF") and len(digest) == 64
    with pytest.raises(KeyError):
        documents.find_printable(demo_session, "resolution-999999")
    with pytest.raises(KeyError):
        documents.find_printable(demo_session, "nonsense")


def test_overview_facts_are_plain_data_and_columns_read_only_facts(demo_session):
    import json

    from villagedesk.exchange.export import serialize

    records = {
        rtype.name: [
            serialize(demo_session, obj, rtype, None) for obj in demo_session.scalars(select(rtype.model))
        ]
        for part in PARTS
        for rtype in part.record_types
    }
    for part in PARTS:
        if part.overview is None:
            continue
        facts = part.overview.facts(records)
        assert json.loads(json.dumps(facts)) == facts, f"{part.key}: facts must be JSON as they are stored"
        for column in part.overview.columns:
            assert isinstance(column.value(facts, TODAY), int)
