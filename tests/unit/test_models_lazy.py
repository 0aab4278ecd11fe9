"""Models are imported per register when first named; whoever looks at them whole gets them all."""

import importlib
import subprocess
import sys
from pathlib import Path

import villagedesk.db.models as models


def test_the_manifest_names_every_models_module_and_what_each_provides():
    files = {p.stem for p in Path(models.__file__).parent.glob("*.py")} - {"__init__"}
    assert set(models.MODULES) == files, "a new models module must be listed (load_all imports the list)"
    for module, names in models.MODULES.items():
        loaded = importlib.import_module(f"villagedesk.db.models.{module}")
        for name in names:
            assert getattr(loaded, name) is getattr(models, name)
    assert sorted(models.__all__) == sorted(n for names in models.MODULES.values() for n in names)


def test_naming_one_model_declares_only_its_register_and_the_whole_is_always_complete():
    probe = (
        "import sys\n"
        "from villagedesk.db.base import Base\n"
        "from villagedesk.db.models import PrintLog\n"
        "first = sorted(m for m in sys.modules if m.startswith('villagedesk.db.models.'))\n"
        "mappers = len(Base.registry.mappers)\n"
        "tables = [t.name for t in Base.metadata.sorted_tables]\n"
        "print(first, mappers, len(tables), tables.index('person') < tables.index('app_user'))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    first, rest = out.strip().split("] ")
    assert first + "]" == "['villagedesk.db.models.general_notice']"
    mappers, tables, ordered = rest.split()
    expected = sum(1 for line in _model_sources() if line.startswith("    __tablename__"))
    assert int(mappers) == int(tables) == expected and ordered == "True"


def _model_sources():
    for path in Path(models.__file__).parent.glob("*.py"):
        yield from path.read_text(encoding="utf-8").splitlines()
