"""What the township works out of a package before its store: the stored readable copy and the
audit chain's links, computed apart from the store, agree with what the store reads back."""

from __future__ import annotations

import json

import pytest

from villagedesk.core.hashing import link_hash
from villagedesk.exchange import prepare

ROWS = [
    {  # the common shape: written by the fast path
        "uuid": "u1",
        "version": 3,
        "change_counter": 41,
        "updated_at": "2026-11-26T08:00:00+00:00",
        "updated_by": '张会计"引号"',
        "deleted": False,
        "name": "王大妈",
        "sealed": "c2VhbGVk",
    },
    {"uuid": "u2", "version": 1, "name": "无时间"},  # no when fields but the version
    {"uuid": "u3", "version": 2, "change_counter": None, "updated_at": None, "amount_fen": 1250},
    {
        "uuid": "u4",
        "version": True,
        "change_counter": 5,
        "updated_at": "x",
        "updated_by": "y",
    },  # a bool is not an int
]


@pytest.mark.parametrize("row", ROWS)
def test_the_stored_copy_is_the_row_without_its_sealed_text_and_its_content_comes_first(row):
    text = prepare.data_json(row, prepare.to_json(prepare.content(row)))
    assert json.loads(text) == {k: v for k, v in row.items() if k != "sealed"}
    content_keys = [k for k in json.loads(text) if k not in prepare.NOT_CONTENT]
    assert list(json.loads(text))[: len(content_keys)] == sorted(content_keys)
    assert text == text.strip() and "\n" not in text


def test_the_chain_hashes_follow_each_entry_from_the_packages_start():
    start = "0" * 64
    entries = [
        {"a": "insert", "p": "1" * 64},
        {"a": "old", "e": "2" * 64},  # an old-form entry: its own hash is taken as it is
        {"a": "update", "p": "3" * 64},
    ]
    first = link_hash(start, "insert", "1" * 64)
    assert prepare.chain_hashes({"from": [7, start], "entries": entries}) == [
        first,
        "2" * 64,
        link_hash("2" * 64, "update", "3" * 64),
    ]
    assert prepare.chain_hashes({"from": [0, start], "entries": []}) == []
    assert prepare.chain_hashes(None) is None


@pytest.mark.parametrize("action", ["insert", "pin_reset", '引号"与\\反斜杠', "tab\there\n", "\u2028"])
def test_a_link_hashes_the_json_text_the_chain_has_always_hashed(action):
    import hashlib

    prev, payload = "a" * 64, "b" * 64
    text = json.dumps(["vd-link-2", prev, action, payload], ensure_ascii=False)
    assert link_hash(prev, action, payload) == hashlib.sha256(text.encode("utf-8")).hexdigest()
