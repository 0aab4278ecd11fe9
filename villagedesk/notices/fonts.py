"""Fonts for notices: the official faces when installed, the bundled font otherwise, always embedded.

ReportLab draws a character its font lacks as an empty box and says nothing, so every string is
split into runs by which available font has each glyph (``runs``); a character no font has raises
``MissingGlyphError`` naming it and the field it is in, and the notice is refused.
Fonts are found and parsed once per process, lazily, on the first notice.

When none of those faces has a character (a rare name: 𪚥, 䶮), every font installed on the PC
is a candidate: on Linux fontconfig lists them with the characters each covers (``fc-list``),
elsewhere the font folders are read. That index is built on the first such miss only, never on
an ordinary print, and kept on disk in the user cache folder until a font file is added, removed
or changed. ReportLab can embed only TrueType outlines (TTF/TTC with a ``glyf`` table), so a font
with PostScript (CFF) outlines is never used, and the refusal says which fonts had the character
but could not be embedded.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from villagedesk.files import write_atomically
from villagedesk.paths import APP_NAME, resource_path

log = logging.getLogger(__name__)

# Roles of GB/T 9704 and the file names that provide them, most official first.
ROLE_FILES: dict[str, list[str]] = {
    "fangsong": ["simfang.ttf", "FANGSONG_GB2312.TTF", "仿宋_GB2312.ttf", "STFANGSO.TTF", "FZFSJW.TTF"],
    "hei": ["simhei.ttf", "STHEITI.TTF", "FZHTJW.TTF"],
    "kai": ["simkai.ttf", "KAITI_GB2312.TTF", "楷体_GB2312.ttf", "STKAITI.TTF", "FZKTJW.TTF"],
    "song": ["simsun.ttc", "STSONG.TTF", "FZSSJW.TTF"],
    "xbs": ["FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXBSK.TTF"],  # 小标宋 for titles
}
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

    def __init__(self, char: str, field: str, unembeddable: tuple[str, ...] = ()) -> None:
        self.char = char
        self.field = field
        self.unembeddable = unembeddable  # fonts that have it but cannot be embedded (CFF outlines)
        name = unicodedata.name(char, "?")
        super().__init__(
            f"{field}: no font on this computer that can be embedded has '{char}' (U+{ord(char):04X} {name})"
        )


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


# -- every font on the PC, by the characters it covers --------------------------------------------
FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
INDEX_VERSION = 1


@dataclass(frozen=True)
class SystemFont:
    path: str
    index: int  # the face inside a .ttc collection
    embeddable: bool  # TrueType outlines: ReportLab can embed it
    ranges: tuple[tuple[int, int], ...]  # covered code points, inclusive, sorted

    def covers(self, code: int) -> bool:
        at = bisect.bisect_right(self.ranges, (code, sys.maxsize)) - 1
        return at >= 0 and self.ranges[at][0] <= code <= self.ranges[at][1]


class SystemFontIndex:
    def __init__(self, fonts: list[SystemFont]) -> None:
        self.fonts = sorted(fonts, key=lambda f: (not f.embeddable, f.path, f.index))

    def covering(self, code: int) -> list[SystemFont]:
        """Fonts that have this character, those that can be embedded first."""
        return [f for f in self.fonts if f.covers(code)]


def _ranges(codes: list[int]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for code in sorted(codes):
        if out and code == out[-1][1] + 1:
            out[-1] = (out[-1][0], code)
        else:
            out.append((code, code))
    return tuple(out)


def _font_files(dirs: list[Path]) -> list[Path]:
    files = []
    for folder in dirs:
        for root, _subdirs, names in os.walk(folder):
            files += [Path(root) / n for n in names if n.lower().endswith(FONT_SUFFIXES)]
    return sorted(set(files))


def _fingerprint(files: list[Path], how: str) -> str:
    digest = hashlib.sha256(f"{INDEX_VERSION}:{how}".encode())
    for path in files:
        try:
            info = path.stat()
        except OSError:
            continue
        digest.update(f"{path}\t{info.st_mtime_ns}\t{info.st_size}\n".encode())
    return digest.hexdigest()


def _scan_fontconfig(program: str) -> list[SystemFont]:
    """fontconfig already knows every installed font's characters: one ``fc-list`` call."""
    out = subprocess.run(
        [program, "--format", "%{file}|%{index}|%{fontformat}|%{charset}\n"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    fonts = []
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) != 4 or not parts[0].lower().endswith(FONT_SUFFIXES):
            continue
        path, index, kind, charset = parts
        ranges = []
        for item in charset.split():
            low, _, high = item.partition("-")
            ranges.append((int(low, 16), int(high or low, 16)))
        fonts.append(SystemFont(path, int(index or 0), kind == "TrueType", tuple(sorted(ranges))))
    return fonts


def _scan_files(files: list[Path]) -> list[SystemFont]:
    """Read each font's character map (Windows, or folders named in VILLAGEDESK_FONT_DIRS)."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFontFile

    fonts = []
    for path in files:
        index = count = 0
        while index <= count:
            try:
                face = TTFontFile(str(path), subfontIndex=index)
            except TTFError as exc:  # PostScript (CFF) outlines, or damaged: cannot be embedded
                log.debug("font %s: %s", path, exc)
                fonts.append(SystemFont(str(path), index, False, ()))
                break
            except Exception as exc:  # never let a strange font file stop printing
                log.debug("font %s unreadable: %s", path, exc)
                break
            count = getattr(face, "numSubfonts", 1) - 1
            fonts.append(SystemFont(str(path), index, True, _ranges(list(face.charToGlyph))))
            index += 1
    return fonts


def cache_dir() -> Path:
    override = os.environ.get("VILLAGEDESK_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def system_font_index() -> SystemFontIndex:
    """The index of the PC's fonts, from the disk cache while no font file has changed."""
    override = os.environ.get("VILLAGEDESK_FONT_DIRS")
    if override == "":  # tests print with the bundled font only
        return SystemFontIndex([])
    fc_list = shutil.which("fc-list") if override is None and not sys.platform.startswith("win") else None
    dirs = font_dirs()
    how = "fontconfig" if fc_list else "files"
    files = _font_files(dirs)
    key = _fingerprint(files, how + os.pathsep.join(str(d) for d in dirs))
    cache = cache_dir() / "font-index.json"
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return SystemFontIndex(
                [SystemFont(p, i, e, tuple((a, b) for a, b in r)) for p, i, e, r in stored["fonts"]]
            )
    except (OSError, ValueError, KeyError, TypeError):
        pass
    fonts: list[SystemFont] = []
    if fc_list:
        try:
            fonts = _scan_fontconfig(fc_list)
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            log.warning("fc-list failed (%s); reading the font folders instead", exc)
            fonts = _scan_files(files)
    else:
        fonts = _scan_files(files)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        payload = {"key": key, "fonts": [[f.path, f.index, f.embeddable, f.ranges] for f in fonts]}
        write_atomically(cache, json.dumps(payload, separators=(",", ":")).encode("utf-8"))
    except OSError as exc:  # a read-only profile still prints; the index is rebuilt next time
        log.warning("font index not cached: %s", exc)
    return SystemFontIndex(fonts)


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
        chain = [*official.values(), self.bundled]
        self.fallbacks: list[LoadedFont] = []
        for font in chain:
            if font.name not in {f.name for f in self.fallbacks}:
                self.fallbacks.append(font)
        self._index: SystemFontIndex | None = None
        self._system: dict[tuple[str, int], LoadedFont | None] = {}
        self._known_missing: dict[str, tuple[str, ...]] = {}

    def system_fallback(self, char: str) -> LoadedFont | None:
        """A font installed on the PC that has ``char`` and can be embedded, loaded and added to
        the fallback chain; None when there is none. The index is built on the first call."""
        if char in self._known_missing:
            return None
        if self._index is None:
            self._index = system_font_index()
        unembeddable: list[str] = []
        for entry in self._index.covering(ord(char)):
            if not entry.embeddable:
                unembeddable.append(Path(entry.path).name)
                continue
            key = (entry.path, entry.index)
            if key not in self._system:
                loaded = _load(f"VD-sys{len(self._system)}", Path(entry.path), entry.index)
                self._system[key] = loaded
                if loaded is None:
                    log.info("font %s cannot be embedded; skipped", entry.path)
            loaded = self._system[key]
            if loaded is None:
                unembeddable.append(Path(entry.path).name)
            elif loaded.has(char):
                if loaded not in self.fallbacks:
                    self.fallbacks.append(loaded)
                return loaded
        self._known_missing[char] = tuple(dict.fromkeys(unembeddable))
        return None

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
                font = self.system_fallback(char)
            if font is None:
                raise MissingGlyphError(char, field, self._known_missing.get(char, ()))
            if out and out[-1][0] == font.name:
                out[-1] = (font.name, out[-1][1] + char)
            else:
                out.append((font.name, char))
        return out

    def check(self, text: str, role: str, field: str) -> None:
        self.runs(text, role, field)

    def describe(self) -> list[tuple[str, str, bool]]:
        """(role, file name, bundled) per face: the fallbacks first (role ""), then each role by its
        Chinese name; the command line words it."""
        lines = [("", font.path.name, False) for font in self.fallbacks[len(self.official) + 1 :]]
        for role, label in (
            ("fangsong", "仿宋"),
            ("hei", "黑体"),
            ("kai", "楷体"),
            ("song", "宋体"),
            ("xbs", "小标宋"),
        ):
            font = self.roles[role]
            lines.append((label, font.path.name, font is self.bundled))
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


def font_report() -> list[tuple[str, str, bool]]:
    return fonts().describe()
