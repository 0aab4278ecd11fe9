"""Fonts for notices: the official faces when installed, the bundled font otherwise, always embedded.

ReportLab draws a character its font lacks as an empty box and says nothing, so every string is
split into runs by which available font has each glyph (``runs``); a character no font has raises
``MissingGlyphError`` naming it and the field it is in, and the notice is refused.
Fonts are found and parsed once per process, lazily, on the first notice.
"""

from __future__ import annotations

import os
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from villagedesk.paths import resource_path

# Roles of GB/T 9704 and the file names that provide them, most official first.
ROLE_FILES: dict[str, list[str]] = {
    "fangsong": ["simfang.ttf", "FANGSONG_GB2312.TTF", "仿宋_GB2312.ttf", "STFANGSO.TTF", "FZFSJW.TTF"],
    "hei": ["simhei.ttf", "STHEITI.TTF", "FZHTJW.TTF"],
    "kai": ["simkai.ttf", "KAITI_GB2312.TTF", "楷体_GB2312.ttf", "STKAITI.TTF", "FZKTJW.TTF"],
    "song": ["simsun.ttc", "STSONG.TTF", "FZSSJW.TTF"],
    "xbs": ["FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXBSK.TTF"],  # 小标宋 for titles
}
# Faces with the rare characters of real names (CJK Extension B and beyond).
EXTRA_FALLBACK_FILES = ["simsunb.ttf", "SimSun-ExtB.ttf", "HanaMinB.ttf", "TH-Khaai-TP2.ttf"]
# When a role's official face is missing, the closest other role, then the bundled font.
ROLE_SUBSTITUTES: dict[str, list[str]] = {
    "xbs": ["hei", "song"],
    "fangsong": ["song", "kai"],
    "kai": ["fangsong", "song"],
    "hei": [],
    "song": ["fangsong"],
}
BUNDLED = ("VDBundled", "wqy-microhei.ttc", 0)


class MissingGlyphError(ValueError):
    """No available font can print this character; the notice is refused."""

    def __init__(self, char: str, field: str) -> None:
        self.char = char
        self.field = field
        name = unicodedata.name(char, "?")
        super().__init__(f"{field}: no font on this computer can print '{char}' (U+{ord(char):04X} {name})")


@dataclass(frozen=True)
class LoadedFont:
    name: str  # ReportLab registration name
    path: Path
    cmap: frozenset[int]

    def has(self, char: str) -> bool:
        return ord(char) in self.cmap or char in "\n\t "


def font_dirs() -> list[Path]:
    override = os.environ.get("VILLAGEDESK_FONT_DIRS")
    if override is not None:  # tests pin the font set; "" means: bundled font only
        return [Path(p) for p in override.split(os.pathsep) if p]
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs += [
            windir / "Fonts",
            Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts",
        ]
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        dirs += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".fonts",
            Path.home() / ".local" / "share" / "fonts",
        ]
    return [d for d in dirs if d.is_dir()]


def _find(names: list[str], dirs: list[Path]) -> Path | None:
    wanted = {n.lower() for n in names}
    for folder in dirs:
        try:
            for path in folder.rglob("*"):
                if path.name.lower() in wanted and path.is_file():
                    return path
        except OSError:
            continue
    return None


def _load(name: str, path: Path, subfont: int = 0) -> LoadedFont | None:
    try:
        font = TTFont(name, str(path), subfontIndex=subfont)
    except Exception:  # a damaged or CFF-outline font: skip it, never crash printing
        return None
    pdfmetrics.registerFont(font)
    return LoadedFont(name, path, frozenset(font.face.charToGlyph))


class FontSet:
    """The faces for each role plus the fallback chain; built once per process."""

    def __init__(self) -> None:
        dirs = font_dirs()
        self.bundled = _load(BUNDLED[0], resource_path("fonts", BUNDLED[1]), BUNDLED[2])
        if self.bundled is None:
            raise RuntimeError("the bundled font resources/fonts/wqy-microhei.ttc cannot be loaded")
        official: dict[str, LoadedFont] = {}
        for role, names in ROLE_FILES.items():
            path = _find(names, dirs)
            if path is not None:
                loaded = _load(f"VD-{role}", path)
                if loaded is not None:
                    official[role] = loaded
        self.official = official
        self.roles: dict[str, LoadedFont] = {}
        for role in ROLE_FILES:
            chosen = official.get(role)
            for substitute in ROLE_SUBSTITUTES[role]:
                chosen = chosen or official.get(substitute)
            self.roles[role] = chosen or self.bundled
        extras = []
        for index, name in enumerate(EXTRA_FALLBACK_FILES):
            path = _find([name], dirs)
            if path is not None:
                loaded = _load(f"VD-extra{index}", path)
                if loaded is not None:
                    extras.append(loaded)
        chain = [*official.values(), self.bundled, *extras]
        self.fallbacks: list[LoadedFont] = []
        for font in chain:
            if font.name not in {f.name for f in self.fallbacks}:
                self.fallbacks.append(font)

    def font(self, role: str) -> LoadedFont:
        return self.roles[role]

    def runs(self, text: str, role: str, field: str) -> list[tuple[str, str]]:
        """Split ``text`` into (font name, text) runs so every character has a real glyph."""
        primary = self.roles[role]
        out: list[tuple[str, str]] = []
        for char in text:
            if unicodedata.category(char) in ("Cc", "Cf") and char not in "\n\t":
                continue  # invisible control and format characters never print
            font = primary if primary.has(char) else next((f for f in self.fallbacks if f.has(char)), None)
            if font is None:
                raise MissingGlyphError(char, field)
            if out and out[-1][0] == font.name:
                out[-1] = (font.name, out[-1][1] + char)
            else:
                out.append((font.name, char))
        return out

    def check(self, text: str, role: str, field: str) -> None:
        self.runs(text, role, field)

    def describe(self) -> list[str]:
        lines = []
        for role, label in (
            ("fangsong", "仿宋"),
            ("hei", "黑体"),
            ("kai", "楷体"),
            ("song", "宋体"),
            ("xbs", "小标宋"),
        ):
            font = self.roles[role]
            where = "bundled" if font is self.bundled else "system"
            lines.append(f"font {label}: {font.path.name} ({where})")
        return lines


_fonts: FontSet | None = None
_lock = threading.Lock()


def fonts() -> FontSet:
    global _fonts
    with _lock:
        if _fonts is None:
            _fonts = FontSet()
        return _fonts


def reset_fonts() -> None:
    """Forget the discovered fonts (tests change VILLAGEDESK_FONT_DIRS)."""
    global _fonts
    with _lock:
        _fonts = None


def font_report() -> list[str]:
    return fonts().describe()
