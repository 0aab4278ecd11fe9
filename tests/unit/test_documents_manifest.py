"""One document is found by importing its own register's code only: the manifest names each
register's document module and the kinds it declares, and must agree with the modules."""

import subprocess
import sys

import pytest

from villagedesk import documents


@pytest.mark.parametrize("module", list(documents.MODULES))
def test_the_manifest_lists_exactly_the_kinds_each_module_declares(module):
    declared = [(k.prefix, k.kind) for k in documents.module_kinds(module)]
    assert list(documents.MODULES[module]) == declared


def test_every_kind_is_found_by_its_prefix_and_its_stored_name():
    for kind in documents.kinds():
        assert documents.kind_named(kind.kind) is kind
    with pytest.raises(KeyError):
        documents.kind_named("no_such_kind")


def test_finding_a_general_notice_imports_no_other_register():
    probe = (
        "import sys\n"
        "from villagedesk import documents\n"
        "documents.kind_named('general_notice')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('villagedesk.documents.', 'villagedesk.db.models.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    loaded = eval(out)  # a printed list of module names
    assert "villagedesk.documents.general_notice" in loaded
    others = {f"villagedesk.documents.{m}" for m in documents.MODULES} - {
        "villagedesk.documents.general_notice"
    }
    assert not others & set(loaded)
    assert not {"villagedesk.db.models.care", "villagedesk.db.models.microservices"} & set(loaded)
