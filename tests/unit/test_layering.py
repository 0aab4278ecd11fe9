"""The layers below the GUI never import Qt (DESIGN.md: arrows point one way)."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "villagedesk"
QT_FREE = ["core", "db", "notices", "exchange", "documents"]


@pytest.mark.parametrize("layer", QT_FREE)
def test_no_qt_import_in_source(layer):
    for path in (PACKAGE / layer).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("PySide6", "PyQt", "villagedesk.ui", "villagedesk.i18n")), (
                    f"{path.relative_to(PACKAGE)} imports {name}"
                )


def test_the_register_manifest_imports_no_qt():
    tree = ast.parse((PACKAGE / "registers.py").read_text(encoding="utf-8"))
    modules = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
    assert modules and not [m for m in modules if m.startswith(("PySide6", "villagedesk.ui"))]


def test_importing_core_layers_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, villagedesk\n"
        f"for layer in {QT_FREE!r}:\n"
        "    pkg = importlib.import_module('villagedesk.' + layer)\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
