from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = text.split("```bash\n")[1:3]
    return [b.split("\n```")[0].strip() for b in blocks]


def test_readme_opens_with_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    head = text.split("## ")[0]
    assert head.count("```bash") == 2
    install, test = _readme_commands()
    assert "pip install ." in install and install.endswith("villagedesk")
    assert "pytest" in test


def test_ci_runs_the_readme_test_command():
    assert _readme_commands()[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_packaging_files_present_and_consistent():
    spec = (ROOT / "packaging" / "villagedesk.spec").read_text(encoding="utf-8")
    assert '"resources"' in spec and '"migrations"' in spec
    desktop = (ROOT / "packaging" / "linux" / "villagedesk.desktop").read_text(encoding="utf-8")
    assert "Name[zh_CN]=村务台账" in desktop and "Exec=" in desktop
    iss = (ROOT / "packaging" / "windows" / "villagedesk.iss").read_text(encoding="utf-8")
    assert "ChineseSimplified.isl" in iss and "{uninstallexe}" in iss
    import villagedesk

    assert f'#define AppVersion "{villagedesk.__version__}"' in iss
    assert (ROOT / "resources" / "icons" / "villagedesk.ico").exists()
